"""What ML names look like: the string tests shared by the tokenizer, detector and classifiers.

Coined names mix case (TinyViT, LaVIT), digits (4D-VLA, WebVid-10M), joiners
(ViT-L/14, M^2-Encoder, LLaVA-1.5) or are acronyms (CLIP, DINO). Ordinary
capitalised words, units and sizes are not names on their own.

Names may use Greek letters (π0, π0.5, Ω-Net) and other cased letters; text
is NFKC-normalised first (ＧＰＴ-4 is GPT-4, M²-Encoder is M2-Encoder). Pure
ASCII takes the original regular expressions, so its shapes never change.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from mlkg.identity import norm_key  # the comparison key of a name lives with the rest of identity

__all__ = ["BENCH_END", "EDITION_NUMERALS", "JOINED_TOKEN", "LOWER_BENCH", "NUMBERED_SIBLINGS", "PARAMETER_COUNT", "has_size_suffix", "is_version", "name_shape", "norm_key",
           "starts_name", "unbalanced"]

# A token made of alphanumeric chunks (Latin or Greek letters, digits) joined by - / ^ + . with some
# capital or digit: ViT-L/14, π0.5, Ω-Net. For ASCII text this is [A-Za-z0-9] chunks and [A-Z0-9].
_NAME_PUNCT = frozenset("-/^+._ ")
_GREEK = "\u0370-\u03ff\u1f00-\u1fff"
# A size tag as model hubs and Ollama write it after a name: "GPT-OSS:20b", "Llama3.2:1b".
_SIZE_TAG = r"(?::\d+(?:\.\d+)?[bBmM])?"
_LATIN_JOINED = re.compile(rf"^(?=\S*[A-Z0-9])[A-Za-z0-9]+(?:[-/^+.][A-Za-z0-9]+)+\+*{_SIZE_TAG}$")
JOINED_TOKEN = re.compile(rf"^(?=\S*[A-Z0-9\u0391-\u03a9])[A-Za-z0-9{_GREEK}]+(?:[-/^+.][A-Za-z0-9{_GREEK}]+)+\+*{_SIZE_TAG}$")
_HAS_LOWER = re.compile(r"[a-z]")
_INNER_UPPER = re.compile(r"^.[^\s]*[A-Z]")
_ALPHA = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_NUMBERISH = re.compile(r"^[\d.,:/x×%+\-]+(?:[A-Za-z]{0,2}|/[a-z]+)$")  # 10M, 3D, 7B, 2x, 1.5T, 24fps; a rate
# per unit: "$200-500/month", "10/minute"
_TIMES_BEFORE = re.compile(r"^\d+(?:\.\d+)?[*×]")  # "1.6*GPU utilization", "2×H100": a multiple of a unit
_UNIT = re.compile(r"^(?:\d+(?:\.\d+)?[kKMG]?)?(?:[KMGT]B|[kMGT]?Hz|[KMGTP]?FLOPs?|[kKMGT]MACs?|MACs|FPS|fps|ms"
                   r"|GPUs?|TPUs?|CPUs?)$")  # (and "10kMACs": a count of operations, not a name)
_ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$")
# Not a name whatever its case: an assignment ("ACC=0.864", "NFE=1"), a product whose LaTeX "\\times" lost
# its backslash ("30-180times", "400times720"), a range of sizes ("1B--7B", "7B-70B") and a token that
# closes a bracket it never opened ("VQA).However", a sentence run on without its space); and identifiers: six
# digits or more that are no date ("2015arXiv151205287", a grant's "17YF1428200"; not "...-20241022"), an
# ACL Anthology id ("D18-1444").
# (nor LaTeX math: "θ^{(1)},\\dots", "α^{(n)}$"; nor Markdown emphasis: "S**elf-**Ev**olving")
# (nor a bound glued to its measure: "(NCC~≤ 0.96)", "PSNR>30")
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_NEVER_TOKEN = re.compile(r"=|[~≤≥≈<>]|\dtimes|\\(?:dots|ldots|cdots|mathbb|mathcal|mathrm|frac|sum|in|le|ge)\b"
                          r"|\$|\*\*"
                          r"|^[^(]*\)|^\d+(?:\.\d+)?[A-Za-z]{0,2}(?:-{1,2}|–)\d+(?:\.\d+)?[A-Za-z]{0,2}$"
                          r"|(?<!\d)(?!(?:19|20)\d\d[01]\d[0-3]\d(?!\d))\d{6,}|^[A-Z]\d\d-\d{4}$"
                          rf"|^{_MONTH}(?:[-–/]{_MONTH})+$"  # (and a span of months: "April-May 2026")
                          r"|^\d+\^?(?:st|nd|rd|th)$"  # (and an ordinal: "from the 19^th to 20^th century")
                          # (and a power: "from O(n · 2^k) to O(n + k)", "αn^-1")
                          r"|^\d+(?:\.\d+)?\^[a-z0-9]{1,2}$|\^-\d"
                          # (a year's quarter: "2024Q1-Q4"; an index: "L+1"; a space: "on the sphere S^d-1")
                          r"|^(?:19|20)\d\d[QH]\d|^[A-Za-z]\+\d+$|^[A-Za-z]\^[a-z](?:[-+]\d)?$")
# (Not a bare "0.87": a measurement, as in "MAE 0.87 to 0.73"; "v0.10" keeps its "v".)
# (not a factor: "RLHF 1.7x to 2x faster" is no release of RLHF)
_VERSION = re.compile(r"^(?:[vV]\d+(?:\.\d+)*[a-wyz]?|(?!0\.\d\d)\d+(?:\.\d+)*[a-wyz]?)$")
_SIZE_SUFFIX = re.compile(r"[-_ ]?(?<![\d.])(?!0\d)\d+(?:\.\d+)?[KMBT]$")  # (not the "00T" of "GR00T")
# A lower-case "k" counts items after a hyphen ("ASORES-39k"), but not a context length after a model's size
# ("Foo-7B-32k").
_ITEM_COUNT = re.compile(r"-(?!0\d)\d{1,3}(?:\.\d)?k$")
_CONTEXT_AFTER_SIZE = re.compile(r"\d[BbMm][-_ ]\d+k$")
# "-Bench" ending a name, maybe with a version or a subset: "VTC-Bench", "MMBench-v1.1", "SWE-bench Verified"
# (not "Workbench"). An evaluation suite's name says what it is.
BENCH_END = re.compile(r"(?:Bench|BENCH|[-_ ]bench)(?:[-_ ]?(?i:v?\d[\w.]*|mini|lite|pro|hard|verified|plus|\+\+?))?$")
# A benchmark written all in lower case: "fev-bench", "tau-bench-v2" (not an English "test-bench").
LOWER_BENCH = re.compile(r"^(?!(?:test|work)-)[a-z][a-z0-9]*-bench(?:-[a-z0-9]+(?:\.[a-z0-9]+)*)?$")
# The Roman numerals that number an edition after a name ("Chronos Benchmark II"); not I or V, which are words.
EDITION_NUMERALS = r"(?:II|III|IV|VI|VII|VIII)"
# Numbered siblings written as one token: "CIFAR-10/100", "AIME24/25" (group 1: the first name).
NUMBERED_SIBLINGS = re.compile(r"^([A-Za-z][\w.-]*?[A-Za-z-]\d+(?:\.\d+)?)(?:/\d+(?:\.\d+)?)+$")  # "Qwen-2.5/3" too
# A parameter count in a name: "Qwen2.5-Math-1.5B", "Llama 3 70B", "Foo-7B-Instruct".
PARAMETER_COUNT = re.compile(r"(?:^|[-_ ])\d+(?:\.\d+)?[Bb](?:$|[-_ ])")


_WORD_PLUS_PLUS = re.compile(r"^[A-Z][a-z]{2,}\+\+$")


@lru_cache(maxsize=200_000)
def name_shape(text: str) -> str | None:
    """Classify a token's surface: 'acronym', 'mixed', 'joined', 'alnum' or None (not name-like)."""
    if text.isascii():
        return _latin_name_shape(text)
    # Non-ASCII text keeps the shape the Latin rules give it (DALL·E 3, LLM×MapReduce); the
    # Unicode rules only add names those rules miss (π0, Ω-Net, ＧＰＴ-4).
    return _latin_name_shape(text) or _unicode_name_shape(unicodedata.normalize("NFKC", text))


def _latin_name_shape(text: str) -> str | None:
    """The shape by ASCII letters and digits only."""
    if len(text) < 2 or len(text) > 60 or not _ALPHA.search(text):
        return None
    if _NUMBERISH.match(text) or _UNIT.match(text) or _ROMAN.match(text) or _NEVER_TOKEN.search(text) \
            or _TIMES_BEFORE.match(text) \
            or text.endswith("/"):  # "ArogyaSutra/": a path's end cut from a URL, not a name
        return None
    if _LATIN_JOINED.match(text) or LOWER_BENCH.match(text) or _WORD_PLUS_PLUS.match(text):
        return "joined"  # (and "Elliptic++": a word's extended edition)
    if not _HAS_LOWER.search(text):
        letters = sum(ch.isalpha() for ch in text)
        return "acronym" if letters >= 2 else None
    if _INNER_UPPER.match(text):
        return "mixed"
    if _DIGIT.search(text) and text[0].isalpha():
        return "alnum"  # ResNet50 handled as mixed; word2vec, resnet50, t5
    return None


def _cased(ch: str) -> bool:
    """A letter with case (Latin, Greek, Cyrillic, ...): CJK ideographs and marks are not name letters."""
    return ch.isupper() or ch.islower()


def _unicode_name_shape(text: str) -> str | None:
    """:func:`name_shape` for text with non-ASCII characters, by the same rules on cased letters."""
    if text.isascii():
        return name_shape(text)
    if len(text) < 2 or len(text) > 60 or not any(_cased(ch) for ch in text):
        return None
    if any(not ch.isalnum() and ch not in _NAME_PUNCT for ch in text):
        return None  # λ=1, σ=50: an assignment, not a name
    if text[0].isdigit():
        return None  # 200nm-20μ, 5μm: a measurement (Unicode names start with a letter: π0, Ω-Net)
    if _NUMBERISH.match(text) or _UNIT.match(text) or _ROMAN.match(text):
        return None
    if JOINED_TOKEN.match(text):
        return "joined"
    if not any(ch.islower() for ch in text):
        return "acronym" if sum(ch.isupper() for ch in text) >= 2 else None
    if any(ch.isupper() for ch in re.split(r"\s", text[1:], maxsplit=1)[0]):
        return "mixed"
    if any(ch.isdigit() for ch in text) and text[0].isalpha():
        return "alnum"  # π0, φ0
    return None


def starts_name(text: str) -> bool:
    """Whether a name may start with this token's first character: a capital, a digit, or a Greek
    letter of either case (π0, φ0; coined names use lower-case Greek letters as Latin ones use capitals)."""
    first = text[:1]
    return first.isupper() or first.isdigit() or ("\u0370" <= first <= "\u03ff" and first.isalpha())


def is_version(text: str) -> bool:
    """A version or size that may continue a name: '3', 'v2', '1.5', 'V3'."""
    return bool(_VERSION.match(text))


def has_size_suffix(name: str) -> bool:
    """Names ending in a size: WebVid-10M, SceneSplat-7K, LAION-5B, ASORES-39k."""
    if _TO_CODE_END.search(name):
        return False  # "AttT2M", "Foo-I2V": text-to-motion, image-to-video, no size
    return bool(_SIZE_SUFFIX.search(name)) or (_ITEM_COUNT.search(name) is not None
                                                and not _CONTEXT_AFTER_SIZE.search(name))


_TO_CODE_END = re.compile(r"(?:^|[a-z_ -])[A-Z]2[A-Z]$")


def unbalanced(text: str) -> bool:
    """A string cut out of a sentence or of markup: a bracket it does not close ("LSTM)", "GPT-[n") or a
    dangling LaTeX "$" ("L_{cert}(M)$."); "C$^2$R" and "\u03c0_{0.5}" are whole."""
    return text.count("(") != text.count(")") or text.count("[") != text.count("]") or \
        text.count("{") != text.count("}") or text.count("$") % 2 == 1
