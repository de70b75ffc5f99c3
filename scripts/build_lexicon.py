#!/usr/bin/env python
"""Build the extraction lexicon ``kg/mlkg/extract/data/lexicon.jsonl`` from the shared corpora.

Usage (from the repository root)::

    python scripts/build_lexicon.py --data ../shared/data --out kg/mlkg/extract/data/lexicon.jsonl

Inputs (read-only, see ``<data>/README.md``): arXiv abstracts, Hugging Face daily papers,
SciERC, SciREX and NLP-TDMS. Everything is derived from corpus statistics with plain
regular expressions; the only hard-coded vocabulary is generic English (head nouns such as
"dataset"/"benchmark"/"model", function words, units). No specific model, dataset or
benchmark name is written in this file. See docs/lexicon.md for the method.

The output is deterministic: records sorted by id, keys in a fixed order, UTF-8.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

TYPES = ("Model", "Dataset", "Benchmark", "Organization", "Generic")
SOURCES = ("arxiv", "hf", "hf_keywords", "scierc", "scirex", "nlp_tdms", "hf_org")
COUNT_KEYS = (
    "papers", "dataset_ctx", "benchmark_ctx", "model_ctx", "eval_ctx", "metric_ctx",
    "introduced", "defined", "lower_long", "title_long", "coined_long", "plural",
    "variants", "keyword_papers", "curated", "lower_running", "cap_running",
)

# --------------------------------------------------------------------------------------
# Pattern vocabulary: generic English words only.
# --------------------------------------------------------------------------------------
DATASET_HEADS = {"dataset", "datasets", "data set", "data sets", "corpus", "corpora", "database"}
BENCH_HEADS = {"benchmark", "benchmarks", "suite", "leaderboard", "leaderboards", "testbed",
               "test suite", "evaluation suite"}
MODEL_HEADS = {"model", "models", "architecture", "architectures", "framework", "network",
               "networks", "backbone", "backbones", "encoder", "encoders", "decoder", "method",
               "algorithm", "agent", "family", "series", "checkpoint", "checkpoints", "detector",
               "tokenizer", "policy", "baseline", "variant", "variants", "approach", "pipeline",
               "system", "paradigm", "technique"}
METRIC_HEADS = {"score", "scores", "metric", "metrics"}
PLURAL_HEADS = {"datasets", "data sets", "corpora", "benchmarks", "leaderboards", "models",
                "architectures", "networks", "backbones", "encoders", "checkpoints", "variants",
                "baselines", "scores", "metrics"}
HEAD_KIND = {**{w: "dataset" for w in DATASET_HEADS}, **{w: "benchmark" for w in BENCH_HEADS},
             **{w: "model" for w in MODEL_HEADS}, **{w: "metric" for w in METRIC_HEADS}}


def _ci_alternation(words: Iterable[str]) -> str:
    """A case-sensitive alternation that accepts a capitalised first letter, behind a
    first-character look-ahead (Python's re is several times faster this way than with
    re.IGNORECASE on long alternations)."""
    words = sorted(words, key=len, reverse=True)
    firsts = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    alts = "|".join(f"[{w[0].upper()}{w[0].lower()}]" + re.escape(w[1:]).replace(r"\ ", r"\s+")
                    for w in words)
    return rf"(?=[{''.join(firsts)}])(?:{alts})"


_HEAD_ALT = _ci_alternation(HEAD_KIND)
HEAD_RE = re.compile(r"\b(" + _HEAD_ALT + r")\b(?![\w-])")

# Words that never start (or form) a name even when capitalised: function words, sentence
# openers, section words and the head nouns themselves.
STOP = set(["a", "an", "the", "this", "that", "these", "those", "our", "we", "it", "its", "their", "his", "her", "they", "them", "he", "she", "you", "your", "my", "in", "on", "of", "for", "to", "at", "by", "from", "with", "without", "as", "into", "onto", "over", "under", "via", "per", "and", "or", "nor", "but", "not", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can", "could", "may", "might", "will", "would", "should", "such", "each", "every", "all", "both", "many", "most", "more", "much", "some", "any", "several", "various", "other", "another", "few", "new", "novel", "existing", "previous", "prior", "recent", "current", "modern", "standard", "popular", "common", "typical", "unlike", "while", "when", "where", "which", "who", "whom", "whose", "what", "why", "how", "whether", "if", "then", "than", "thus", "hence", "however", "moreover", "furthermore", "additionally", "specifically", "finally", "first", "second", "third", "last", "next", "here", "there", "also", "further", "finally", "overall", "notably", "importantly", "meanwhile", "instead", "rather", "based", "using", "given", "compared", "across", "among", "between", "within", "toward", "towards", "through", "during", "after", "before", "experiments", "experimental", "results", "evaluation", "evaluations", "analysis", "abstract", "introduction", "method", "methods", "approach", "approaches", "conclusion", "conclusions", "background", "objective", "objectives", "purpose", "motivation", "contributions", "contribution", "limitations", "discussion", "related", "work", "code", "project", "data", "dataset", "datasets", "benchmark", "benchmarks", "model", "models", "framework", "frameworks", "network", "networks", "architecture", "architectures", "system", "systems", "task", "tasks", "paper", "papers", "study", "studies", "table", "figure", "fig", "section", "appendix", "supplementary", "github", "huggingface", "page", "website", "link", "available", "dubbed", "called", "named", "stage", "stages", "step", "steps", "phase", "phases", "track", "tracks", "part", "parts", "level", "levels", "round", "rounds", "version", "setting", "settings", "scenario", "scenarios", "case", "cases", "option", "mode", "modes", "type", "types", "group", "team"])
# Capitalised common words that are parts of generic phrases and never a name on their own.
WEAK_STOP = set(["large", "small", "big", "deep", "neural", "learning", "language", "vision", "visual", "image", "images", "video", "videos", "text", "audio", "speech", "multimodal", "multi-modal", "generative", "foundation", "pretrained", "pre-trained", "training", "general", "generalist", "unified", "open", "efficient", "robust", "scalable", "simple", "universal", "real-world", "synthetic", "human"])
# Units, hardware and bookkeeping tokens that look like names.
UNITS = set(["gb", "mb", "tb", "kb", "pb", "gib", "mib", "flop", "flops", "gflop", "gflops", "tflop", "tflops", "pflops", "macs", "gmacs", "tmacs", "gpu", "gpus", "cpu", "cpus", "tpu", "tpus", "npu", "npus", "fps", "ms", "hz", "khz", "mhz", "ghz", "db", "dbs", "mah", "kwh", "kw", "mw", "nm", "mm", "cm", "km", "usd", "eur", "rmb", "gpu-hours", "gpu-days", "tokens/s", "it/s", "ram", "vram", "dram", "sram", "fp16", "fp32", "fp8", "bf16", "int4", "int8", "et", "al", "eq", "eqs", "fig", "figs", "tab", "sec", "arxiv", "doi", "isbn", "url", "urls", "http", "https", "www", "pdf", "html", "json", "csv", "ie", "eg", "etc", "vs"])
CURATED_MIN_PAPERS = 1
# Function words and light verbs that may follow a name without making it a modifier.
FUNC_WORDS = set(["of", "the", "a", "an", "and", "for", "in", "on", "with", "to", "via", "by", "from", "at", "as", "or", "into", "over", "under", "using", "is", "are", "was", "were", "be", "been", "has", "have", "had", "can", "could", "may", "might", "will", "would", "should", "shows", "show", "showed", "achieves", "achieve", "achieved", "outperforms", "outperform", "reaches", "reach", "obtains", "obtain", "yields", "yield", "demonstrates", "demonstrate", "indicate", "indicates", "reveal", "reveals", "suggest", "suggests", "while", "whereas", "but", "than", "that", "which", "who", "where", "when", "respectively", "alone", "only", "also", "both", "each", "all", "even", "still"])

# --------------------------------------------------------------------------------------
# Token shapes
# --------------------------------------------------------------------------------------
TOKEN_RE = re.compile(r"(?<![\w+])[A-Za-z0-9][A-Za-z0-9+]*(?:['’]?[-./][A-Za-z0-9+]+)*")
_NUMERIC_JUNK = re.compile(
    r"^(?:[+-]?\d+(?:[.,]\d+)*(?:[KMBGTkmbgt%x×]|[KMGT]B|ms|s|h|hz|Hz|fps|px|D|d|K|k|st|nd|rd|th|"
    r"p|P|bit|bits|b)?|\d+x\d+(?:x\d+)?|v\d+(?:\.\d+)*|\d+(?:-\d+)+|\d+[a-z]?)$")
_MATH_VAR = re.compile(r"^[a-z]\d{0,2}$|^[A-Za-z]_\w+$|^[A-Z][a-z]?\d?[a-z]$")
_VERSION = re.compile(r"^(?:v\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)*[a-z]?|[IVX]{1,4})$")
_SIZE_SUFFIX = re.compile(
    r"^(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[BMKT]|[BLHSGTM]|XL|XXL|[Bb]ase|[Ll]arge|[Ss]mall|"
    r"[Tt]iny|[Hh]uge|[Gg]iant|[Mm]ini|[Nn]ano|Pro|Plus|Max|Ultra|Flash|Lite|Turbo|Instruct|Chat|"
    r"[A-Z]\d+|\d+[a-z]|o)(?:/\d+)?$")


def _parts(tok: str) -> list[str]:
    return [p for p in re.split(r"[-./]", tok) if p]


@lru_cache(maxsize=1 << 18)
def is_junk(tok: str) -> bool:
    """Numbers, units, math variables and bookkeeping tokens."""
    low = tok.lower()
    if low in UNITS or low.rstrip("s") in UNITS:
        return True
    if _NUMERIC_JUNK.match(tok) or _MATH_VAR.match(tok):
        return True
    letters = sum(c.isalpha() for c in tok)
    if letters < 2 and not re.fullmatch(r"[A-Z]\d{1,2}", tok):  # but T5, R1 can be names
        return True
    if re.fullmatch(r"\d+[A-Za-z]{1,2}(?:-\d+[A-Za-z]{1,2})*", tok):  # 3D, 2D, 7B, 4K, 3D-2D
        return True
    return False


# English morphology of compound adjectives ("LLM-based", "AI-generated", "3D-aware", "non-IID")
_ADJ_WORDS = (
    "based|like|level|wise|aware|free|centric|specific|agnostic|oriented|friendly|scale|style|"
    "only|native|ready|grade|class|type|size|length|shot|step|stage|time|aligned|compatible|"
    "powered|driven|guided|related|relevant|dependent|independent|intensive|efficient|heavy|rich|"
    "first|enabled|bound|inspired|informed|generated|authored|written|annotated|labeled|labelled|"
    "centred|centered")
_ADJ_WORD = re.compile(rf"^(?:{_ADJ_WORDS})$")
_ADJ_SUFFIX = re.compile(rf"^[a-z]+(?:ed|ing)$|^(?:{_ADJ_WORDS})$")
_ADJ_PREFIX = {"non", "pre", "post", "multi", "self", "cross", "semi", "anti", "sub", "inter",
               "intra", "over", "under", "out", "re", "un", "de", "co", "bi", "tri", "mono",
               "omni", "hyper", "ultra", "mega", "pseudo", "quasi", "full", "half", "all", "in",
               "on", "off", "fine", "coarse", "high", "low", "long", "short", "open", "closed"}


def _is_compound_adjective(tok: str) -> bool:
    parts = tok.split("-")
    last, first = parts[-1], parts[0]
    if "to" in parts[1:-1] or (first.isalpha() and first.islower() and len(first) >= 3):
        return True  # "Text-to-SQL", "image-to-3D" (tasks); "human-AI", "text-only"
    if last.isalpha() and last.islower() and len(last) >= 4 and \
            all(re.fullmatch(r"\d+(?:\.\d+)?[A-Za-z]?", p) for p in parts[:-1]):
        return True  # "30B-parameter", "8K-token"
    if last.isalpha() and last.islower() and _ADJ_SUFFIX.match(last):
        return True
    if last.isalpha() and last.istitle() and _ADJ_WORD.match(last.lower()):
        return True  # "LLM-Based", "AI-Driven"
    return first.isalpha() and first.islower() and first in _ADJ_PREFIX


@lru_cache(maxsize=1 << 18)
def token_shape(tok: str) -> str:
    """'strong' (name-shaped), 'title' (Capitalised word), 'version', 'lower' or 'junk'."""
    if _VERSION.match(tok):
        return "version"
    if is_junk(tok):
        return "junk"
    parts = _parts(tok)
    if "-" in tok and _is_compound_adjective(tok):
        return "lower"
    has_digit = any(c.isdigit() for c in tok)
    for p in parts:
        letters = [c for c in p if c.isalpha()]
        if not letters:
            continue
        if any(c.isupper() for c in p[1:]) and not p[1:].islower():
            return "strong"  # ViT, ImageNet, GPT, LLaMA, MMLU
        if len(letters) >= 2 and p.isupper():
            return "strong"
    if tok[0].isupper():
        return "strong" if has_digit else "title"  # Kinetics-400, Places365 / Mamba, Cityscapes
    if has_digit and sum(c.isalpha() for c in tok) >= 3 and tok[0].isalpha():
        return "strong"  # word2vec, wav2vec
    return "lower"


def is_acronym(name: str) -> bool:
    """All-caps (or mostly caps) short token such as LLM, CoT, MoE, VQA, 3DGS."""
    if " " in name or len(name) > 10:
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(c.isupper() for c in letters)
    return name[0].isupper() or name[0].isdigit() if upper >= max(2, len(letters) - 1) else False


# --------------------------------------------------------------------------------------
# Name lists around head words
# --------------------------------------------------------------------------------------
_SEG_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+]*(?:['’]?[-./][A-Za-z0-9+]+)*|,|;|:|\(|\)|\S")
_LIST_SEP = {",", "and", "or", "&", "/"}


def _name_ok(tokens: list[str], sentence_initial: bool, in_title: bool) -> tuple[str, bool] | None:
    """Validate a token sequence as a name; returns (surface, strong?) or None."""
    if not tokens or len(tokens) > 4:
        return None
    shapes = [token_shape(t) for t in tokens]
    if shapes[0] in ("version", "junk", "lower"):
        return None
    if any(s in ("junk", "lower") for s in shapes):
        return None
    if any(t.lower() in STOP for t in tokens[:-1]) or \
            (tokens[-1].lower() in STOP and tokens[-1].lower() not in HEAD_KIND) or \
            (len(tokens) == 1 and tokens[0].lower() in STOP):
        return None
    strong = any(s == "strong" for s in shapes)
    if not strong:
        # Title-case names only outside titles and not at a sentence start, and not generic words.
        if in_title or (sentence_initial and len(tokens) == 1):
            return None
        if all(t.lower() in WEAK_STOP for t in tokens if token_shape(t) == "title"):
            return None
    return " ".join(tokens), strong


def parse_list_backward(segment: str, sentence_initial_at: int | None = None,
                        in_title: bool = False) -> list[tuple[str, bool]]:
    """Names in a list that ends right before a head word: "on X, Y and the Z" -> [X, Y, Z].

    ``segment`` is the text immediately left of the head word. Returns (surface, strong) pairs
    in text order. Parsing stops at the first token that is neither a name nor a separator.
    """
    toks = [(m.group(0), m.start()) for m in _SEG_TOKEN.finditer(segment)]
    names: list[tuple[str, bool]] = []
    i = len(toks) - 1
    while i >= 0:
        j = i
        while j >= 0 and i - j < 4 and toks[j][0] not in _LIST_SEP and toks[j][0] not in ",;:()" \
                and token_shape(toks[j][0]) in ("strong", "title", "version") \
                and toks[j][0].lower() not in STOP:
            j -= 1
        cand = [t for t, _ in toks[j + 1:i + 1]]
        # trim leading tokens until the sequence validates (longest valid suffix)
        got = None
        for k in range(len(cand)):
            start_pos = toks[j + 1 + k][1]
            sent_init = start_pos == 0 and sentence_initial_at == 0
            got = _name_ok(cand[k:], sent_init, in_title)
            if got:
                break
        if not got:
            break
        names.append(got)
        if k > 0:  # something non-name-like preceded the name: the list ends here
            break
        i = j
        if i >= 0 and toks[i][0].lower() == "the":  # "X, Y and the Z"
            i -= 1
        # separators: ", ", " and ", ", and ", " or ", "/"
        seen_sep = False
        while i >= 0 and toks[i][0] in _LIST_SEP:
            seen_sep = True
            i -= 1
        if not seen_sep:
            break
    names.reverse()
    return names


# Nouns of the STOP list: after a name they make it a modifier ("on STEM tasks").
_STOP_NOUNS = set(["experiments", "results", "evaluation", "evaluations", "analysis", "method", "methods", "approach", "approaches", "data", "task", "tasks", "code", "project", "paper", "papers", "study", "studies", "table", "figure", "section", "appendix", "stage", "stages", "step", "steps", "phase", "phases", "track", "tracks", "part", "parts", "level", "levels", "round", "rounds", "version", "setting", "settings", "scenario", "scenarios", "case", "cases", "option", "mode", "modes", "type", "types", "group", "team", "work", "page", "website", "link"])


def _modifies_next(tok: str) -> bool:
    """Does a name followed by ``tok`` modify it ("NVIDIA GPUs", "English text")?"""
    if not tok[:1].isalnum():
        return False
    low = tok.lower()
    if low in HEAD_KIND or low in FUNC_WORDS or low in FUNC or (low in STOP and
                                                                 low not in _STOP_NOUNS):
        return False
    shape = token_shape(tok)
    return shape == "junk" or (shape == "lower" and tok.isalpha() and len(tok) > 2)


def parse_list_forward(segment: str, in_title: bool = False) -> list[tuple[str, bool]]:
    """Names in a list that starts the segment: "X, Y, and Z ..." -> [X, Y, Z]."""
    toks = [m.group(0) for m in _SEG_TOKEN.finditer(segment)]
    names: list[tuple[str, bool]] = []
    i = 0
    if i < len(toks) and toks[i].lower() == "the":
        i += 1
    while i < len(toks):
        j = i
        while j < len(toks) and j - i < 4 and toks[j] not in _LIST_SEP and toks[j] not in ",;:()" \
                and token_shape(toks[j]) in ("strong", "title", "version") \
                and toks[j].lower() not in STOP:
            j += 1
        got = None
        for k in range(j, i, -1):  # longest valid prefix
            got = _name_ok(toks[i:k], False, in_title)
            if got:
                break
        if not got:
            break
        if k == j and j < len(toks) and (_modifies_next(toks[j]) or toks[j] in ("'", "’")):
            break  # "on NVIDIA GPUs", "on English text": a modifier; "OpenAI's o1": a possessor
        names.append(got)
        if k < j:
            break
        i = j
        seen = False
        while i < len(toks) and (toks[i] in _LIST_SEP or toks[i].lower() == "the"):
            seen = seen or toks[i] in _LIST_SEP
            i += 1
        if not seen:
            break
    return names


# --------------------------------------------------------------------------------------
# Acronym definitions: "Long Form (ACR)" (Schwartz & Hearst 2003, word-initial variant)
# --------------------------------------------------------------------------------------
FUNC = set(["of", "the", "a", "an", "and", "for", "in", "on", "with", "to", "via", "by", "from", "at", "as", "or", "into", "over", "under", "using", "based", "is", "its", "their", "towards", "toward", "through", "without", "across", "against", "beyond", "between", "among", "vs", "de", "la", "le", "du", "des"])
_DEF_RE = re.compile(r"\(\s*([A-Za-z0-9][A-Za-z0-9+\-.&]{0,14}?)\s*(?:[;,][^()]{0,80})?\)")
_CLAUSE_CUT = re.compile(r"[.;:!?()\[\]{}\"“”]\s|[,;:()\[\]{}\"“”]")


def _initials(words: list[str]) -> tuple[str, list[bool], list[bool]]:
    """Long-form string, per-char 'mandatory' flags (content-word initials) and word starts."""
    chars: list[str] = []
    mandatory: list[bool] = []
    starts: list[bool] = []
    for w_i, w in enumerate(words):
        if w_i:
            chars.append(" ")
            mandatory.append(False)
            starts.append(False)
        parts = re.split(r"([-/])", w)
        first_part = True
        for part in parts:
            if part in ("-", "/"):
                chars.append(part)
                mandatory.append(False)
                starts.append(False)
                continue
            for c_i, c in enumerate(part):
                chars.append(c)
                is_start = c_i == 0
                starts.append(is_start)
                mandatory.append(is_start and first_part and part.lower() not in FUNC
                                 and c.isalpha())
            if part:
                first_part = False
    return "".join(chars), mandatory, starts


def _align(letters: str, text: str, mandatory: list[bool]) -> bool:
    """Can ``letters`` be matched in order in ``text`` without skipping a mandatory char?"""
    n = len(text)
    next_mand = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        next_mand[i] = i if mandatory[i] else next_mand[i + 1]
    low = text.lower()

    def go(li: int, pos: int) -> bool:
        if li == len(letters):
            return next_mand[pos] == n
        limit = next_mand[pos]
        q = low.find(letters[li], pos)
        while q != -1 and q <= limit:
            if go(li + 1, q + 1):
                return True
            q = low.find(letters[li], q + 1)
        return False

    if not low or low[0] != letters[0]:
        return False
    return go(1, 1)


def align_acronym(acr: str, window: str) -> str | None:
    """The shortest word suffix of ``window`` whose content-word initials spell ``acr``."""
    letters = "".join(c.lower() for c in acr if c.isalnum())
    if sum(c.isalpha() for c in letters) < 2:
        return None
    words = window.split()
    max_words = min(len(letters) + 5, 2 * len(letters))
    for k in range(1, min(max_words, len(words)) + 1):
        cand = words[-k:]
        if cand[0].lower() in FUNC:
            continue
        text, mandatory, _ = _initials(cand)
        if _align(letters, text, mandatory):
            long_form = " ".join(cand)
            if k == 1 and len(long_form) <= len(acr) + 2:
                return None
            if long_form.lower().replace("-", "") == acr.lower().replace("-", ""):
                return None
            return long_form
    return None


def classify_long_form(long_form: str, sentence_initial: bool = False) -> str:
    """'lower' (large language models), 'title' (Segment Anything Model),
    'coined' (Preference-Instructed Vision OpTimization) or 'mixed'."""
    words = [w for w in long_form.split() if w]
    parts = [p for p in re.split(r"[\s\-/]+", long_form) if p]
    # capitalisation is judged on whole words, i.e. the first part of a hyphenated compound
    # ("Contrastive Language-Image Pre-training" is Title Case)
    heads = [re.split(r"[-/]", w)[0] or w for w in words]
    content = [p for p in heads if p.lower() not in FUNC and any(c.isalpha() for c in p)]
    if not content:
        return "mixed"
    for p in [p for p in parts if p.lower() not in FUNC]:
        letters = [c for c in p if c.isalpha()]
        if len(letters) >= 3 and any(c.isupper() for c in p[1:]) and not p.isupper() \
                and p[0].isupper():
            return "coined"
    first_ok = content[0][0].islower() or (sentence_initial and heads[0] == content[0])
    if first_ok and all(p[0].islower() or p[0].isdigit() for p in content[1:]):
        return "lower"
    if all(p[0].isupper() or p[0].isdigit() for p in content):
        return "title"
    return "mixed"


@dataclass(frozen=True)
class Definition:
    acronym: str
    long_form: str
    plural: bool
    kind: str  # classify_long_form


def singular(surface: str) -> str:
    """LLMs -> LLM, ViTs -> ViT, GPT-4s -> GPT-4; other words unchanged."""
    if len(surface) > 2 and surface.endswith("s") and " " not in surface:
        stem = surface[:-1]
        if stem[-1].isupper() or stem[-1].isdigit():
            if sum(c.isupper() for c in stem) >= 2 or stem[-1].isdigit():
                return stem
    return surface


def find_definitions(text: str) -> Iterator[Definition]:
    for m in _DEF_RE.finditer(text):
        raw = m.group(1).rstrip(".-")
        acr = singular(raw)
        plural = acr != raw
        letters = [c for c in acr if c.isalpha()]
        if len(letters) < 2 or sum(c.isupper() for c in letters) < 1 or is_junk(acr):
            continue
        if not acr[0].isupper() and not acr[0].isdigit() and sum(c.isupper() for c in acr) < 2:
            continue
        pre = text[max(0, m.start() - 200):m.start()].rstrip()
        cut = None
        for cut in _CLAUSE_CUT.finditer(pre):
            pass
        window = pre[cut.end():] if cut else pre
        window = window.strip()
        if not window:
            continue
        long_form = align_acronym(acr, window)
        if not long_form:
            continue
        gap = len(text[:m.start()]) - len(text[:m.start()].rstrip())
        lf_start = m.start() - gap - len(long_form)
        before = text[max(0, lf_start - 3):lf_start]
        sent_init = lf_start <= 0 or bool(re.search(r"(?:[.!?:]\s*|\n)$", before))
        yield Definition(acr, long_form, plural, classify_long_form(long_form, sent_init))


def _sense_prefixes(long_form: str) -> frozenset:
    """4-letter prefixes of the content words, hyphenated words both split and joined
    ('Pre-training' -> pre, trai, pret) so that spelling variants overlap."""
    low = long_form.lower()
    split = [w for w in re.findall(r"[a-z0-9]+", low) if w not in FUNC]
    joined = [w for w in re.findall(r"[a-z0-9]+", low.replace("-", "")) if w not in FUNC]
    return frozenset(w[:4] for w in split + joined)


def sense_clusters(long_forms: Counter) -> list[tuple[int, list[str]]]:
    """Group long forms that name the same thing (Jaccard >= 0.5 over 4-letter word prefixes:
    'region(s) of interest', 'electroencephalography/-gram'); biggest cluster first."""
    clusters: list[list] = []  # [count, prefixes, [long forms]]
    for lf, c in sorted(long_forms.items(), key=lambda kv: (-kv[1], kv[0])):
        p = _sense_prefixes(lf)
        for cl in clusters:
            union = len(p | cl[1])
            if union and len(p & cl[1]) / union >= 0.5:
                cl[0] += c
                cl[2].append(lf)
                break
        else:
            clusters.append([c, p, [lf]])
    clusters.sort(key=lambda cl: (-cl[0], cl[2][0]))
    return [(cl[0], cl[2]) for cl in clusters]


def sense_key(long_form: str) -> str:
    """Normalised long form: case, hyphens, spaces and a final plural -s folded."""
    s = re.sub(r"[^a-z0-9]+", "", long_form.lower())
    return s[:-1] if s.endswith("s") and not s.endswith("ss") else s


# --------------------------------------------------------------------------------------
# Typed contexts in one document
# --------------------------------------------------------------------------------------
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"(\[])|\n+")
_FWD_MARK = re.compile(r"\s*(?:\(|,|:|—|–)?\s*(?:such\s+as|including|includes|include|like|"
                       r"e\.g\.,?|i\.e\.,?|namely|specifically|viz\.?)\s+|"
                       r"\s*(?::|\()\s*(?=[A-Z0-9])", re.IGNORECASE)
_EVAL_TRIGGER = re.compile(r"\b(?=[rReEaApPoOsStTbBiIgGvVdD])(?:[Rr]esults?|[Ee]xperiments?|"
                           r"[Ee]valuat|[Aa]ccuracy|[Pp]erformance|[Aa]chiev|[Oo]utperform|"
                           r"[Ss]tate-of-the-art|SOTA|[Tt]ested|[Bb]enchmark|[Ii]mprov|[Ss]urpass|"
                           r"[Ss]cores?|[Gg]ains?|[Vv]alidated|[Dd]emonstrat)")
_EVAL_ON = re.compile(r"\b(?:on|across)\s+(?:the\s+)?(?:(?:challenging|popular|standard|public|"
                      r"widely[- ]used|large-scale|several|multiple|two|three|four|five|six|seven|"
                      r"diverse|various|real-world|established|mainstream|representative|"
                      r"well-known|benchmark|benchmarks|datasets?)[\s,]+)*(?:(?:such\s+as|"
                      r"including|like|e\.g\.,?)\s+)?")
_TRAIN_ON = re.compile(r"\b(?=[pPtTfFdD])(?:[Pp]re-?train(?:ed|ing)|[Tt]rain(?:ed|ing)?|"
                       r"[Ff]ine-?tun(?:ed|ing)|[Dd]istilled)\s+(?:\w+\s+){0,2}?"
                       r"on\s+(?:the\s+)?(?:large-scale\s+|public\s+)?")
_COMPARE = re.compile(
    r"\b(?=[oOsSbBeErRcCvViI])(?:[Oo]utperform(?:s|ed|ing)?|[Ss]urpass(?:es|ed|ing)?|"
    r"[Bb]eat(?:s|ing)?|[Ee]xceed(?:s|ed|ing)?|[Rr]ival(?:s|ing)?|"
    r"[Cc]ompar(?:ed|ison|ing)\s+(?:to|with|against)|better\s+than|superior\s+to|versus|vs\.?|"
    r"competitive\s+with|on\s+par\s+with|[Bb]uilt\s+(?:on|upon)|[Bb]ased\s+on|"
    r"[Ii]nitiali[sz]ed\s+(?:from|with)|backbones?\s+(?:of|from))\s+"
    r"(?:the\s+)?(?:(?:strong|state-of-the-art|existing|previous|prior|leading|competitive|"
    r"proprietary|open-source|closed-source|commercial|larger|recent|popular|powerful|"
    r"pretrained|pre-trained|frozen|original|vanilla|standard)\s+)*"
    r"(?:(?:models?|methods?|baselines?|approaches|systems|LLMs|MLLMs|VLMs|counterparts|"
    r"architectures?|backbones?|encoders?)\s*,?\s*(?:such\s+as|including|like|e\.g\.,?)?\s*)?")
_INTRO_VERB = re.compile(
    r"\b(?=[Wwp])(?:[Ww]e|paper|work)\s+(?:\w+ly\s+)?(?:propose|present|introduce|develop|design|"
    r"release|build|construct|curate|collect|create|contribute|establish|offer|describe|devise)"
    r"[sd]?\s+")
_INTRO_HEAD_FIRST = re.compile(
    r"^(?:a|an|the)\s+((?:[\w-]+\s+){0,6}?)(" + _HEAD_ALT + r")\s*(?:,|:|—|–)?\s*"
    r"(?:(?:called|named|dubbed|termed|coined|namely|i\.e\.,?)\s+)?(?=[A-Z0-9])", re.IGNORECASE)
_DUBBED = re.compile(r"(?:called|named|dubbed|termed|coined)\s+(?:as\s+)?(?=[A-Z0-9])")
_APPOSITIVE = re.compile(r"^\s*(?:\([^()]{0,80}\))?\s*(?:,|:|—|–|--)\s*(?:which\s+is\s+)?"
                         r"(?:a|an|the|our)?\s*((?:[\w-]+\s+){0,6}?)(" + _HEAD_ALT + r")\b",
                         re.IGNORECASE)
_METRIC_VALUE = re.compile(r"(?:[=≈]| of) ?[+-]?\d")
_PREV_TOKEN = re.compile(r"(?<![\w+])([A-Za-z0-9][A-Za-z0-9+]*(?:[-./][A-Za-z0-9+]+)*)"
                         r"(?:\s+scores?)?$")
_PAREN_ACR_END = re.compile(r"\(([A-Za-z0-9][A-Za-z0-9+.\-]{0,15})\)\s$")
_TITLE_NAME = re.compile(r"^\s*([^:]{1,60}?)\s*(?::|\s[-–—]\s)\s*\S")


def shape_votes(name: str) -> Counter:
    """Type hints from the shape of a name: -Bench, -1M/-7K sizes, -7B parameter counts."""
    votes: Counter = Counter()
    if re.search(r"Bench|[-_ ]bench\b", name):
        votes["benchmark"] += 2
    if re.search(r"[- ]\d+(?:\.\d+)?[KM]\b", name):
        votes["dataset"] += 2
    if re.search(r"[- ]\d+(?:\.\d+)?[Bb]\b(?!\w)", name) or \
            re.search(r"[-_](?:Instruct|Chat|Base|Coder)\b", name):
        votes["model"] += 1
    return votes


@dataclass
class DocFacts:
    contexts: set = field(default_factory=set)  # (surface, kind)
    definitions: list = field(default_factory=list)
    introduced: set = field(default_factory=set)  # (surface, kind or "")


def _kind_of_head(head: str) -> str:
    return HEAD_KIND[re.sub(r"\s+", " ", head.lower())]


def _title_is_shouting(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.7 * len(letters)


def scan_document(text: str) -> DocFacts:
    """Typed contexts, acronym definitions and introductions found in one title+abstract."""
    facts = DocFacts()
    title, _, body = text.partition("\n\n")
    if _title_is_shouting(title):
        title = ""
    facts.definitions.extend(find_definitions(body))
    facts.definitions.extend(d for d in find_definitions(title) if d.kind != "lower")
    acr_of_long = {d.long_form: d.acronym for d in facts.definitions}

    def add(names: list[tuple[str, bool]], kind: str) -> None:
        for surface, _strong in names:
            facts.contexts.add((singular(surface), kind))

    def resolve_name(surface: str, rest: str) -> str:
        """'Dynamic Token Pruning (DTP)' -> 'DTP' when the parenthesis defines it."""
        m = re.match(r"^\s*\(([^()]{2,16})\)", rest)
        if m and acr_of_long.get(surface) == singular(m.group(1)):
            return singular(m.group(1))
        return surface

    # Title: "Name: subtitle" introduces Name.
    m = _TITLE_NAME.match(title) if title else None
    if m:
        got = _name_ok(m.group(1).split(), False, False)
        if got and got[1]:
            rest = title[m.end(1):].lower()
            kinds = [_kind_of_head(h.group(1)) for h in HEAD_RE.finditer(rest)]
            kinds = [k for k in kinds if k != "metric"]
            facts.introduced.add((singular(got[0]), kinds[0] if kinds else ""))

    for part_i, part in enumerate((title, body)):
        in_title = part_i == 0
        for sent in _SENT_SPLIT.split(part):
            if len(sent) < 4:
                continue
            for h in HEAD_RE.finditer(sent):
                head = re.sub(r"\s+", " ", h.group(1).lower())
                kind = HEAD_KIND[head]
                # A capitalised head word mid-sentence is part of a name: "Segment Anything
                # Model", "Diffusion Policy"; followed by another capitalised word it is inside
                # a longer name ("Group Relative Policy Optimization") and says nothing.
                cap_head = h.group(1)[0].isupper() and not in_title and h.start() > 0
                if cap_head:
                    nxt = re.match(r"\s+([A-Za-z0-9])", sent[h.end():h.end() + 3])
                    if nxt and (nxt.group(1).isupper() or nxt.group(1).isdigit()):
                        continue
                seg = sent[max(0, h.start() - 160):h.start()]
                if seg.endswith(" ") and not seg.endswith("  "):
                    seg_start_is_sentence = h.start() - 160 <= 0
                    acr = _PAREN_ACR_END.search(seg)
                    if acr and token_shape(acr.group(1)) == "strong" and \
                            singular(acr.group(1)) in acr_of_long.values():
                        # "the Segment Anything Model (SAM) model": the acronym is the name
                        names = [(singular(acr.group(1)), True)]
                    else:
                        names = parse_list_backward(seg.rstrip(),
                                                    0 if seg_start_is_sentence else None, in_title)
                    if cap_head and len(names) == 1 and not names[0][1]:
                        got = _name_ok(names[0][0].split() + [h.group(1)], False, False)
                        if got:
                            add([got], kind)
                        continue
                    if names:
                        before = seg.rstrip()[: len(seg.rstrip()) - len(names[0][0])]
                        article = re.search(r"\b(?:a|an|any|each|every|one)\s*$", before,
                                            re.IGNORECASE)
                        if len(names) == 1 and (head in PLURAL_HEADS or article):
                            add(names, "mod")
                        else:
                            add(names, kind)
                if head in PLURAL_HEADS or kind == "benchmark":
                    fm = _FWD_MARK.match(sent, h.end())
                    if fm:
                        add(parse_list_forward(sent[fm.end():fm.end() + 200], in_title), kind)
            if in_title:
                continue
            if _EVAL_TRIGGER.search(sent):
                for em in _EVAL_ON.finditer(sent):
                    names = parse_list_forward(sent[em.end():em.end() + 200])
                    add([n for n in names if n[1]], "eval")
            for tm in _TRAIN_ON.finditer(sent):
                names = parse_list_forward(sent[tm.end():tm.end() + 200])
                add([n for n in names if n[1]], "dataset")
            for cm in _COMPARE.finditer(sent):
                names = parse_list_forward(sent[cm.end():cm.end() + 200])
                add([n for n in names if n[1]], "model")
            for im in _INTRO_VERB.finditer(sent):
                rest = sent[im.end():im.end() + 240]
                hf = _INTRO_HEAD_FIRST.match(rest)
                kind = ""
                if hf:
                    kind = _kind_of_head(hf.group(2))
                    rest = rest[hf.end():]
                names = parse_list_forward(rest)[:1]
                if not names or not names[0][1] and len(names[0][0].split()) < 2:
                    continue
                surface = names[0][0]
                after = rest[rest.find(surface) + len(surface):] if surface in rest else ""
                surface = resolve_name(surface, after)
                if not kind:
                    ap = _APPOSITIVE.match(after)
                    if ap:
                        kind = _kind_of_head(ap.group(2))
                if kind == "metric":
                    kind = ""
                facts.introduced.add((singular(surface), kind))
            for dm in _DUBBED.finditer(sent):
                if dm.start() and (sent[dm.start() - 1].isalnum() or
                                   sent[max(0, dm.start() - 3):dm.start()] == "so-"):
                    continue
                names = parse_list_forward(sent[dm.end():dm.end() + 120])[:1]
                if not names or not names[0][1]:
                    continue
                window = sent[max(0, dm.start() - 80):dm.start()]
                heads = [_kind_of_head(x.group(1)) for x in HEAD_RE.finditer(window)]
                heads = [k for k in heads if k != "metric"]
                facts.introduced.add((singular(names[0][0]), heads[-1] if heads else ""))
    for mv in _METRIC_VALUE.finditer(body):
        pm = _PREV_TOKEN.search(body, max(0, mv.start() - 48), mv.start())
        if pm and token_shape(pm.group(1)) == "strong":
            facts.contexts.add((pm.group(1), "metric"))
    for d in facts.definitions:
        words = d.long_form.split()
        last = re.sub(r"[^a-z ]", "", words[-1].lower()) if words else ""
        if last in HEAD_KIND and HEAD_KIND[last] != "metric":
            facts.contexts.add((d.acronym, HEAD_KIND[last]))
    return facts


# --------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------
@dataclass
class Doc:
    text: str
    sources: set
    keywords: tuple = ()
    org: tuple | None = None  # (display name, slug)


def load_corpus(data: Path) -> list[Doc]:
    """arXiv + Hugging Face papers, merged by paper id (title + abstract via Paper.text)."""
    from mlkg.loaders import load_all

    docs: dict[str, Doc] = {}
    inputs = (("arxiv", data / "arxiv" / "arxiv_daily_abstracts.jsonl.gz"),
              ("hf", data / "hf_daily_api"))
    for source, path in inputs:
        if not path.exists():
            print(f"warning: {path} not found, skipped", file=sys.stderr)
            continue
        for paper in load_all([str(path)]).papers:
            doc = docs.get(paper.id)
            if doc is None:
                doc = docs[paper.id] = Doc(paper.text, set())
            elif len(paper.text) > len(doc.text):
                doc.text = paper.text
            doc.sources.add(source)
            if paper.keywords:
                doc.keywords = tuple(paper.keywords)
            if paper.organization is not None and paper.organization.name:
                doc.org = (paper.organization.name, paper.organization.slug)
    return [docs[k] for k in sorted(docs)]


def _detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"\s*([/.])\s*(?=\w)", r"\1", s)
    s = re.sub(r"\(\s*", "(", s)
    return re.sub(r"\s*\)", ")", s).strip()


def _curated_name(raw: str) -> str | None:
    """Clean a curated surface and keep it only when it is name-shaped."""
    s = re.sub(r"\([^()]*\)", " ", raw)
    s = re.sub(r"(?<=\d)_(?=\d)", ".", s)
    s = re.sub(r"_+", " ", s)
    s = " ".join(s.split()).strip(" -,:;")
    if not s or len(s) > 40:
        return None
    toks = s.split()
    got = _name_ok(toks, False, False)
    if got is None:
        return None
    return singular(got[0])


def load_curated(data: Path) -> dict[str, Counter]:
    """Typed votes from SciERC, SciREX and NLP-TDMS: surface -> Counter of 'src:kind'."""
    votes: dict[str, Counter] = defaultdict(Counter)
    scierc = data / "scierc"
    for split in ("train", "dev", "test"):
        path = scierc / f"{split}.json"
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            words = [w for sent in doc["sentences"] for w in sent]
            seen = set()
            for sent_spans in doc.get("ner", []):
                for start, end, label in sent_spans:
                    kind = {"Method": "model", "Material": "dataset"}.get(label)
                    name = _curated_name(_detok(words[start:end + 1])) if kind else None
                    if name and (name, kind) not in seen:
                        seen.add((name, kind))
                        votes[name][f"scierc:{kind}"] += 1
    scirex = data / "scirex" / "train.jsonl.gz"
    if scirex.exists():
        with gzip.open(scirex, "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                words = doc["words"]
                seen = set()
                for rel in doc.get("n_ary_relations", []):
                    for label, kind in (("Material", "dataset"), ("Method", "model")):
                        name = _curated_name(rel.get(label) or "")
                        if name and (name, "nary" + kind) not in seen:
                            seen.add((name, "nary" + kind))
                            votes[name][f"scirex_nary:{kind}"] += 1
                for start, end, label in doc.get("ner", []):
                    kind = {"Method": "model", "Material": "dataset"}.get(label)
                    name = _curated_name(_detok(words[start:end])) if kind else None
                    if name and (name, kind) not in seen:
                        seen.add((name, kind))
                        votes[name][f"scirex:{kind}"] += 1
    tdms = data / "nlp_tdms"
    for fname, kind in (("datasetKB.tsv", "dataset"), ("evaMatrixKB.tsv", "metric")):
        path = tdms / fname
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2:
                name = _curated_name(cols[1])
                if name:
                    votes[name][f"nlp_tdms:{kind}"] += 1
    return votes


# --------------------------------------------------------------------------------------
# Corpus statistics
# --------------------------------------------------------------------------------------
@dataclass
class AcronymStats:
    papers: int = 0  # papers defining it
    kinds: Counter = field(default_factory=Counter)
    plural_defs: int = 0
    long_forms: Counter = field(default_factory=Counter)
    senses: Counter = field(default_factory=Counter)


@dataclass
class Stats:
    n_docs: int = 0
    df: Counter = field(default_factory=Counter)
    ctx: dict = field(default_factory=lambda: defaultdict(Counter))
    intro: dict = field(default_factory=lambda: defaultdict(Counter))
    acr: dict = field(default_factory=lambda: defaultdict(AcronymStats))
    keywords: Counter = field(default_factory=Counter)
    orgs: Counter = field(default_factory=Counter)
    text_orgs: Counter = field(default_factory=Counter)


_ORG_RE = re.compile(
    r"\b(?:University\s+of\s+(?:[A-Z][\w&'-]+)(?:\s+[A-Z][\w&'-]+){0,2}|"
    r"(?:[A-Z][\w&'-]+\s+){1,3}(?:University|Institute\s+of\s+Technology|Research|AI\s+Lab|"
    r"AI\s+Research|Laboratory|Labs?|Institute)(?!\s+(?:of|for)\b)|"
    r"(?:[A-Z][\w&'-]+\s+){1,2}(?:Inc\.|Ltd\.|Corporation))")
_ORG_KEY = re.compile(r"University|Institute|Research|Lab|Corporation|Inc\.|Ltd\.")
_ORG_STOP = STOP | WEAK_STOP | {"deep", "learning", "machine", "national", "key", "state",
                                "artificial", "intelligence", "open", "source", "human"}


N_CHUNKS = 16  # fixed, so that the merge order (and every tie-break) is independent of --jobs
_WORK_DOCS: list[Doc] = []


def _collect_chunk(bounds: tuple[int, int]) -> Stats:
    st = collect(_WORK_DOCS[bounds[0]:bounds[1]])
    st.ctx, st.intro, st.acr = dict(st.ctx), dict(st.intro), dict(st.acr)
    return st


def merge_stats(into: Stats, part: Stats) -> None:
    into.n_docs += part.n_docs
    into.df.update(part.df)
    for surface, c in part.ctx.items():
        into.ctx[surface].update(c)
    for surface, c in part.intro.items():
        into.intro[surface].update(c)
    for a, s in part.acr.items():
        t = into.acr[a]
        t.papers += s.papers
        t.kinds.update(s.kinds)
        t.plural_defs += s.plural_defs
        t.long_forms.update(s.long_forms)
        t.senses.update(s.senses)
    into.keywords.update(part.keywords)
    into.orgs.update(part.orgs)
    into.text_orgs.update(part.text_orgs)


def collect_parallel(docs: list[Doc], jobs: int) -> Stats:
    """Pass 1 over fixed chunks, in ``jobs`` processes (fork) when available."""
    global _WORK_DOCS
    _WORK_DOCS = docs
    step = math.ceil(len(docs) / N_CHUNKS) or 1
    bounds = [(i, min(len(docs), i + step)) for i in range(0, len(docs), step)]
    total = Stats()
    try:
        import multiprocessing as mp
        ctx = mp.get_context("fork") if jobs > 1 else None
    except (ImportError, ValueError):
        ctx = None
    if ctx is None:
        parts: Iterable[Stats] = map(_collect_chunk, bounds)
        for part in parts:
            merge_stats(total, part)
    else:
        with ctx.Pool(jobs) as pool:
            for part in pool.imap(_collect_chunk, bounds):
                merge_stats(total, part)
    _WORK_DOCS = []
    return total


def collect(docs: list[Doc]) -> Stats:
    st = Stats(n_docs=len(docs))
    for doc in docs:
        st.df.update(set(TOKEN_RE.findall(doc.text)))
        facts = scan_document(doc.text)
        for surface, kind in facts.contexts:
            st.ctx[surface][kind] += 1
        for surface, kind in facts.introduced:
            st.intro[surface][kind] += 1
        seen = set()
        for d in facts.definitions:
            a = st.acr[d.acronym]
            a.kinds[d.kind] += 1
            a.plural_defs += d.plural
            a.long_forms[d.long_form] += 1
            a.senses[sense_key(d.long_form)] += 1
            if d.acronym not in seen:
                seen.add(d.acronym)
                a.papers += 1
        for kw in set(doc.keywords):
            st.keywords[kw.strip()] += 1
        if doc.org:
            st.orgs[doc.org] += 1
        found = set()
        for k in _ORG_KEY.finditer(doc.text):
            m = _ORG_RE.search(doc.text, max(0, k.start() - 80), k.end() + 60)
            if m is None:
                continue
            name = " ".join(m.group(0).split())
            words = [w for w in re.split(r"\s+", name) if w]
            if words[0].lower() in _ORG_STOP or sum(w.lower() in _ORG_STOP for w in words) > 1:
                continue
            found.add(name)
        st.text_orgs.update(found)
    return st


_WORD_RE = re.compile(r"[A-Za-z0-9]+")


def phrase_scan(docs: list[Doc], exact: Iterable[str], folded: dict[tuple, set]) -> tuple:
    """Second pass.

    ``exact``: multi-token surfaces counted case-sensitively as whole token sequences
    (papers per surface). ``folded``: lowercase word tuples -> labels, counted
    case-insensitively; each mid-sentence occurrence in an abstract is classed lower/cap.
    Returns (exact_df, case[label] = Counter(lower=, cap=, lower_papers=)).
    """
    exact_set: set[tuple] = set()
    exact_len: dict[str, set] = defaultdict(set)
    for surface in exact:
        toks = tuple(TOKEN_RE.findall(surface))
        if len(toks) > 1 and " ".join(toks) == surface:
            exact_set.add(toks)
            exact_len[toks[0]].add(len(toks))
    folded_len: dict[str, set] = defaultdict(set)
    for words in folded:
        folded_len[words[0]].add(len(words))
    exact_df: Counter = Counter()
    case: dict = defaultdict(Counter)
    for doc in docs:
        text = doc.text
        toks = [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        names = [t for t, _, _ in toks]
        hits = set()
        for i, t in enumerate(names):
            for n in exact_len.get(t, ()):
                if i + n > len(names):
                    continue
                cand = tuple(names[i:i + n])
                if cand in exact_set:
                    span = text[toks[i][1]:toks[i + n - 1][2]]
                    if span == " ".join(cand):
                        hits.add(span)
        exact_df.update(hits)
        body_start = text.find("\n\n") + 2 if "\n\n" in text else len(text)
        words = [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(text, body_start)]
        lowered = [w.lower() for w, _, _ in words]
        doc_lower = set()
        for i, w in enumerate(lowered):
            lens = folded_len.get(w)
            if not lens:
                continue
            for n in lens:
                if i + n > len(lowered):
                    continue
                cand = tuple(lowered[i:i + n])
                labels = folded.get(cand)
                if not labels:
                    continue
                s, e = words[i][1], words[i + n - 1][2]
                if text[e:e + 1].isalnum() or text[e:e + 2] in (" (", "-") or \
                        text[e:e + 1] == "-" or (s and text[s - 1] in "-"):
                    continue  # part of a longer word/compound, or the definition itself
                before = text[max(body_start, s - 3):s]
                if s == body_start or _SENT_START.search(before):
                    continue  # sentence-initial
                content = [words[i + k][0] for k in range(n) if lowered[i + k] not in FUNC]
                is_lower = all(c[0].islower() or c[0].isdigit() for c in content)
                modifier = False
                if i + n < len(words) and text[e:words[i + n][1]] == " ":
                    nxt = words[i + n][0]
                    modifier = nxt.islower() and len(nxt) > 2 and nxt not in FUNC_WORDS and \
                        nxt not in STOP and nxt not in HEAD_KIND
                for label in labels:
                    case[label]["lower" if is_lower else "cap"] += 1
                    if modifier and not is_lower:
                        case[label]["cap_modifier"] += 1
                    if is_lower:
                        doc_lower.add(label)
        for label in doc_lower:
            case[label]["lower_papers"] += 1
    return exact_df, case


_SENT_START = re.compile(r"[.!?:\n]\s*$")
_WORK_ARGS: tuple = ()


def _phrase_chunk(bounds: tuple[int, int]) -> tuple:
    exact_df, case = phrase_scan(_WORK_DOCS[bounds[0]:bounds[1]], *_WORK_ARGS)
    return exact_df, dict(case)


def phrase_scan_parallel(docs: list[Doc], exact: list[str], folded: dict, jobs: int) -> tuple:
    global _WORK_DOCS, _WORK_ARGS
    _WORK_DOCS, _WORK_ARGS = docs, (exact, folded)
    step = math.ceil(len(docs) / N_CHUNKS) or 1
    bounds = [(i, min(len(docs), i + step)) for i in range(0, len(docs), step)]
    exact_df: Counter = Counter()
    case: dict = defaultdict(Counter)
    try:
        import multiprocessing as mp
        ctx = mp.get_context("fork") if jobs > 1 else None
    except (ImportError, ValueError):
        ctx = None
    if ctx is None:
        parts: Iterable = map(_phrase_chunk, bounds)
        pool = None
    else:
        pool = ctx.Pool(jobs)
        parts = pool.imap(_phrase_chunk, bounds)
    try:
        for part_df, part_case in parts:
            exact_df.update(part_df)
            for k, v in part_case.items():
                case[k].update(v)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    _WORK_DOCS, _WORK_ARGS = [], ()
    return exact_df, case


# --------------------------------------------------------------------------------------
# Decisions
# --------------------------------------------------------------------------------------
# Thresholds (see docs/lexicon.md). Papers are distinct arXiv/HF papers.
MIN_PAPERS = 3            # a corpus name needs this many papers ...
MIN_TYPED = 1             # ... and at least this many papers with a typed context
RATE_MIN_PAPERS = 20      # names in >= 20 papers must also have
TYPED_RATE = 0.05         # ... typed-context papers >= 5% of their papers, or
NAMED_TYPED_RATE = 0.015  # ... >= 1.5% when the name has versioned variants or Title Case
VARIANT_EVIDENCE = 0.2    #     definitions (variant papers >= 20% of papers: Gemini 2.5, ...)
NAMED_MAX_LOWER_DEFS = 0.25
SHORT_MIN_TYPED = 5       # two-character names (T5, R1) need >= 5 typed-context papers
SHORT_TYPED_RATE = 0.15   # ... making >= 15% of their papers
AMBIGUOUS_TYPED_RATE = 0.05  # acronyms with two meanings need >= 5 and >= 5% typed papers
SMALL_ACRONYM_PAPERS = 10   # acronyms in < 10 papers need 2 typed papers or a Title Case /
                            # coined (never lowercase) definition
MIN_PAPERS_INTRO = 2      # a name a paper introduces (strong shape) needs this many papers
WEAK_MIN_TYPED = 2        # Title Case names (Mamba, Cityscapes) need more typed contexts
WEAK_CAP_SHARE = 0.7      # ... and are capitalised in >= 70% of mid-sentence uses
WEAK_TYPED_RATE = 0.05    # ... typed-context papers >= 5% of their papers
WEAK_MAX_MODIFIER = 0.3   # ... and not mostly an adjective ("Gaussian noise", "English text")
GENERIC_MIN_PAPERS = 20   # "occurs in very many papers"
GENERIC_MIN_DEFS = 5      # defined by at least this many papers
GENERIC_LOWNESS = 0.5     # mean of (lowercase definitions, lowercase running text)
GENERIC_LOWNESS_PLURAL = 0.4
GENERIC_PLURAL = 0.5      # plural papers / papers
GENERIC_MODIFIER = 0.5    # "an MoE layer", "VLA models": modifier uses / all head-word uses
GENERIC_LOWNESS_MODIFIER = 0.3
GENERIC_MODIFIER_UNDEFINED = 0.6  # "T2I models", "a T2I model": never defined, mostly a modifier
GENERIC_MAX_VARIANTS = 0.1  # variant papers (X-7B, Xv2, X-L/14) / papers
AMBIGUOUS_SECOND_SENSE = 0.25
METRIC_MIN = 5
VARIANT_MIN_SHARE = 0.01  # a case/hyphen variant joins as alias if seen in >= 1% as many papers
MODIFIER_MIN = 5          # modifier uses needed before the modifier rate means anything
RUNNING_MIN = 10          # running-text long-form uses needed before their case share counts
COMMON_WORD_MIN_PAPERS = 20


def slug_key(surface: str) -> str:
    return re.sub(r"[^a-z0-9.+]", "", surface.lower())


def make_id(type_: str, name: str) -> str:
    slug = re.sub(r"[^a-z0-9.+]+", "-", name.lower()).strip("-") or "x"
    return f"{type_.lower()}:{slug}"


def variant_stats(df: Counter) -> dict[str, list[int]]:
    """prefix -> [distinct variant tokens, papers] for X-7B, X-L/14, Xv2, X2.5, X-4o."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for tok, c in df.items():
        prefix = None
        if "-" in tok:
            head, rest = tok.split("-", 1)
            if head and rest and all(_SIZE_SUFFIX.match(p) for p in rest.split("-")):
                prefix = head
        else:
            m = re.match(r"^([A-Za-z]*[A-Za-z])(v?\d+(?:\.\d+)*[a-z]?)$", tok)
            if m:
                prefix = m.group(1)
        if prefix and len(prefix) >= 2:
            out[prefix][0] += 1
            out[prefix][1] += c
    return out


@dataclass
class Group:
    key: str
    surfaces: Counter = field(default_factory=Counter)  # surface -> papers
    ctx: Counter = field(default_factory=Counter)
    intro: Counter = field(default_factory=Counter)
    curated: Counter = field(default_factory=Counter)
    keyword_papers: int = 0
    long_forms: list = field(default_factory=list)
    acronym: str | None = None
    counts: dict = field(default_factory=dict)
    type: str | None = None
    name: str = ""
    aliases: list = field(default_factory=list)
    gate: str = ""
    strong: bool = True
    debug: dict = field(default_factory=dict)


def _best_surface(surfaces: Counter) -> str:
    return sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def decide(st: Stats, curated: dict[str, Counter], docs: list[Doc], log,
           jobs: int = 1) -> list[Group]:
    """Group surface variants, decide Generic vs named type, apply the gates.

    Returns the kept groups (type, name, aliases and counts filled in); ``log`` receives how
    many candidates each gate kept or rejected.
    """
    df = st.df
    groups: dict[str, Group] = {}

    def group_for(surface: str) -> Group:
        key = slug_key(surface)
        g = groups.get(key)
        if g is None:
            g = groups[key] = Group(key)
        g.surfaces.setdefault(surface, 0)
        return g

    for surface, c in st.ctx.items():
        if len(surface) > 1:
            group_for(surface).ctx.update(c)
    for surface, c in st.intro.items():
        group_for(surface).intro.update(c)
    for surface, c in curated.items():
        group_for(surface).curated.update(c)
    acr_ok = {a: s for a, s in st.acr.items() if s.papers >= 1 and token_shape(a) == "strong"}
    for a in acr_ok:
        group_for(a).acronym = a
    log(f"candidate surfaces: {sum(len(g.surfaces) for g in groups.values())} "
        f"in {len(groups)} groups")

    # Pass 2: papers of multi-token surfaces, case statistics of long forms / Title Case names
    def typed_of(g: Group) -> int:
        return sum(g.ctx[k] for k in ("dataset", "benchmark", "model", "eval"))

    multi = sorted(s for g in groups.values() if typed_of(g) or g.intro or g.curated
                   for s in g.surfaces if " " in s)
    folded: dict[tuple, set] = defaultdict(set)
    for a, s in acr_ok.items():
        if s.papers < GENERIC_MIN_DEFS or df[a] < GENERIC_MIN_PAPERS:
            continue
        for lf in sense_clusters(s.long_forms)[0][1]:  # the main meaning's spellings
            words = tuple(w.lower() for w in _WORD_RE.findall(lf))
            folded[words].add(("lf", a))
            last = words[-1]
            alt = last[:-1] if last.endswith("s") else last + "s"
            folded[words[:-1] + (alt,)].add(("lf", a))
    for g in groups.values():
        if typed_of(g) < WEAK_MIN_TYPED and not g.curated:
            continue
        for s in g.surfaces:
            if all(token_shape(t) in ("title", "version") for t in s.split()):
                folded[tuple(w.lower() for w in _WORD_RE.findall(s))].add(("tc", s))
    t0 = time.time()
    exact_df, case = phrase_scan_parallel(docs, multi, folded, jobs)
    log(f"phrase scan: {len(multi)} multi-token surfaces, {len(folded)} folded phrases "
        f"({time.time() - t0:.0f} s)")

    def papers_of(surface: str) -> int:
        return exact_df[surface] if " " in surface else df[surface]

    for g in groups.values():
        for s in list(g.surfaces):
            g.surfaces[s] = papers_of(s)
    # case/hyphen variants seen in the corpus join the group (ImageNet-1k / ImageNet-1K / ...)
    variants_by_key: dict[str, list[str]] = defaultdict(list)
    for tok in df:
        k = slug_key(tok)
        if k in groups:
            variants_by_key[k].append(tok)
    for k, toks in variants_by_key.items():
        g = groups[k]
        top = max((df[t] for t in toks), default=0)
        for t in toks:
            if t not in g.surfaces and token_shape(t) == "strong" and singular(t) == t and \
                    t.isascii() and df[t] >= max(2, VARIANT_MIN_SHARE * top):
                g.surfaces[t] = df[t]

    # Fold Title Case long forms into their acronym ("Vision Transformer" -> ViT)
    long_owner: dict[str, tuple[int, str]] = {}
    for a in sorted(acr_ok):
        s = acr_ok[a]
        clusters = sense_clusters(s.long_forms)
        if len(clusters) > 1 and clusters[1][0] >= max(
                3, AMBIGUOUS_SECOND_SENSE * sum(s.long_forms.values())):
            continue  # an ambiguous acronym does not absorb either meaning's long form
        top = set(clusters[0][1])
        for lf, c in s.long_forms.items():
            if len(lf.split()) < 2 or lf not in top:
                continue
            for k in (slug_key(singular_phrase(lf)), slug_key(lf)):
                if (c, a) > long_owner.get(k, (0, "")):
                    long_owner[k] = (c, a)
    for k in sorted(groups):
        owner = long_owner.get(k)
        if owner and slug_key(owner[1]) in groups and slug_key(owner[1]) != k:
            g = groups.pop(k)
            tgt = groups[slug_key(owner[1])]
            tgt.ctx.update(g.ctx)
            tgt.intro.update(g.intro)
            tgt.curated.update(g.curated)
            tgt.long_forms.extend(g.surfaces)

    var = variant_stats(df)
    kw_lookup: dict[str, int] = defaultdict(int)
    for kw, c in st.keywords.items():
        kw_lookup[slug_key(singular(kw))] += c

    gate_counts: Counter = Counter()
    kept: list[Group] = []
    for g in groups.values():
        surfaces = Counter({s: c for s, c in g.surfaces.items() if c > 0 or g.curated})
        if not surfaces:
            continue
        name = _best_surface(surfaces)
        g.name = name
        papers = max(surfaces.values())
        g.strong = any(token_shape(t) == "strong" for t in name.split())
        ctx = g.ctx
        intro_total = sum(g.intro.values())
        intro_typed = Counter({k: v for k, v in g.intro.items() if k})
        cur = Counter()
        for k, v in g.curated.items():
            src, kind = k.split(":")
            cur[kind] += v * (3 if src in ("scirex_nary", "nlp_tdms") else 1)
        sv = shape_votes(name)
        if name in acr_ok:
            g.acronym = name
        else:
            defined_forms = sorted((s for s in surfaces if s in acr_ok),
                                   key=lambda s: (-acr_ok[s].papers, s))
            g.acronym = defined_forms[0] if defined_forms else None
        a = acr_ok[g.acronym] if g.acronym else None
        defined = a.papers if a else 0
        lower_long = a.kinds["lower"] if a else 0
        title_long = a.kinds["title"] if a else 0
        coined_long = a.kinds["coined"] if a else 0
        n_defs = sum(a.kinds.values()) if a else 0
        plural_df = df[name + "s"] if " " not in name else 0
        v_n, v_df = var.get(name, [0, 0]) if " " not in name else (0, 0)
        g.keyword_papers = kw_lookup.get(g.key, 0)
        typed_ctx = ctx["dataset"] + ctx["benchmark"] + ctx["model"] + ctx["eval"]
        typed = typed_ctx + sum(intro_typed.values())
        g.counts = {
            "papers": papers, "dataset_ctx": ctx["dataset"] + intro_typed["dataset"],
            "benchmark_ctx": ctx["benchmark"] + intro_typed["benchmark"],
            "model_ctx": ctx["model"] + intro_typed["model"], "eval_ctx": ctx["eval"],
            "metric_ctx": ctx["metric"] + cur["metric"], "introduced": intro_total,
            "defined": defined, "lower_long": lower_long, "title_long": title_long,
            "coined_long": coined_long, "plural": plural_df, "variants": v_df,
            "keyword_papers": g.keyword_papers, "curated": sum(g.curated.values()),
        }
        # ---- Generic: acronyms of generic phrases, from corpus statistics ----
        generic_reason = ""
        ambiguous = False
        named_defs = False
        clusters: list = []
        if a:
            # two meanings ("mean absolute error" / "masked autoencoder"): never Generic
            clusters = sense_clusters(a.long_forms)
            total = sum(a.long_forms.values())
            ambiguous = len(clusters) > 1 and \
                clusters[1][0] >= max(3, AMBIGUOUS_SECOND_SENSE * total)
            # mostly Title Case / coined definitions: evidence of a named thing
            named_defs = n_defs >= GENERIC_MIN_DEFS and \
                title_long + coined_long >= GENERIC_MIN_DEFS and \
                lower_long <= NAMED_MAX_LOWER_DEFS * n_defs
        if a and is_acronym(name) and a.papers >= GENERIC_MIN_DEFS and papers >= GENERIC_MIN_PAPERS:
            senses = [(cl[1][0], cl[0]) for cl in clusters[:2]]
            lc = case.get(("lf", name), Counter())
            run_low = lc["lower"] / (lc["lower"] + lc["cap"]) \
                if lc["lower"] + lc["cap"] >= RUNNING_MIN else None
            low_def = lower_long / n_defs if n_defs else 0.0
            lowness = low_def if run_low is None else (low_def + run_low) / 2
            plural_rate = plural_df / papers if papers else 0.0
            variant_rate = v_df / papers if papers else 0.0
            mod_rate = ctx["mod"] / (ctx["mod"] + typed_ctx) if ctx["mod"] + typed_ctx else 0.0
            g.counts["lower_running"] = lc["lower"]
            g.counts["cap_running"] = lc["cap"]
            g.debug = dict(senses=senses, run_low=run_low, low_def=low_def, lowness=lowness,
                           plural_rate=plural_rate, variant_rate=variant_rate, mod_rate=mod_rate,
                           ambiguous=ambiguous)
            if ambiguous:
                gate_counts["generic_rejected_ambiguous"] += 1
            elif variant_rate >= GENERIC_MAX_VARIANTS:
                gate_counts["generic_rejected_variants"] += 1
            elif coined_long > lower_long:
                gate_counts["generic_rejected_coined"] += 1
            elif lowness >= GENERIC_LOWNESS:
                generic_reason = "lowercase"
            elif plural_rate >= GENERIC_PLURAL and lowness >= GENERIC_LOWNESS_PLURAL:
                generic_reason = "plural"
            elif ctx["mod"] >= MODIFIER_MIN and mod_rate >= GENERIC_MODIFIER and \
                    lowness >= GENERIC_LOWNESS_MODIFIER:
                generic_reason = "modifier"
        if not generic_reason and not a and is_acronym(name) and papers >= GENERIC_MIN_PAPERS:
            mod_rate = ctx["mod"] / (ctx["mod"] + typed_ctx) if ctx["mod"] + typed_ctx else 0.0
            if ctx["mod"] >= MODIFIER_MIN and mod_rate >= GENERIC_MODIFIER_UNDEFINED and \
                    v_df < GENERIC_MAX_VARIANTS * papers:
                generic_reason = "modifier_undefined"
                g.debug = dict(mod_rate=mod_rate)
        if not generic_reason and not ambiguous and g.counts["metric_ctx"] >= METRIC_MIN and \
                g.counts["metric_ctx"] >= 2 * (typed + cur["dataset"] + cur["model"]):
            generic_reason = "metric"
        g.counts.setdefault("lower_running", 0)
        g.counts.setdefault("cap_running", 0)
        if generic_reason:
            g.type = "Generic"
            g.gate = "generic_" + generic_reason
        else:
            # ---- a named thing: type by votes ----
            score = {
                "Model": ctx["model"] + 2 * intro_typed["model"] + sv["model"] + cur["model"],
                "Dataset": ctx["dataset"] + 2 * intro_typed["dataset"] + sv["dataset"] +
                cur["dataset"] + 0.5 * ctx["eval"],
                "Benchmark": ctx["benchmark"] + 2 * intro_typed["benchmark"] + sv["benchmark"] +
                0.5 * ctx["eval"],
            }
            order = {"Dataset": 0, "Benchmark": 1, "Model": 2}
            best = sorted(score.items(), key=lambda kv: (-kv[1], order[kv[0]]))[0]
            g.type = best[0] if best[1] > 0 else "Model"
            curated_strong = any(k.split(":")[0] in ("scirex_nary", "nlp_tdms") and
                                 not k.endswith("metric") for k in g.curated)
            curated_weak = any(k.split(":")[0] in ("scierc", "scirex") for k in g.curated)
            total_typed = typed + (1 if curated_weak else 0) + (1 if g.keyword_papers else 0) * \
                (typed > 0)
            variant_rich = v_df >= VARIANT_EVIDENCE * papers and v_n >= 2
            rate_ok = papers < RATE_MIN_PAPERS or typed >= TYPED_RATE * papers or (
                (variant_rich or named_defs) and typed >= NAMED_TYPED_RATE * papers)
            short = len(re.sub(r"[^A-Za-z0-9]", "", name)) <= 2
            small_acronym = is_acronym(name) and len(name) <= 4 and papers < SMALL_ACRONYM_PAPERS
            if g.strong and short and (typed < SHORT_MIN_TYPED or
                                       typed < SHORT_TYPED_RATE * papers):
                gate_counts["rejected_short_name"] += 1  # "AD", "SD", "EU": too ambiguous
            elif g.strong and ambiguous and (typed < SHORT_MIN_TYPED or
                                             typed < AMBIGUOUS_TYPED_RATE * papers):
                gate_counts["rejected_ambiguous_acronym"] += 1  # two meanings, weak evidence
            elif g.strong and small_acronym and typed < 2 and not (
                    defined and lower_long == 0 and title_long + coined_long > 0):
                gate_counts["rejected_small_acronym"] += 1  # "SRP", "CNE": reused by many papers
            elif g.strong:
                if papers >= MIN_PAPERS and total_typed >= MIN_TYPED and not rate_ok:
                    gate_counts["rejected_typed_rate"] += 1
                elif papers >= MIN_PAPERS and total_typed >= MIN_TYPED:
                    g.gate = "typed_context"
                elif intro_total and papers >= MIN_PAPERS_INTRO:
                    g.gate = "introduced"
                elif curated_strong and papers >= CURATED_MIN_PAPERS:
                    g.gate = "curated"
                elif curated_weak and papers >= MIN_PAPERS_INTRO and typed >= 1:
                    g.gate = "curated_weak"
            elif papers >= MIN_PAPERS and total_typed >= WEAK_MIN_TYPED or curated_strong:
                tc = case.get(("tc", name), Counter())
                cap_share = tc["cap"] / (tc["cap"] + tc["lower"]) if tc["cap"] + tc["lower"] else 0
                modifier_rate = tc["cap_modifier"] / tc["cap"] if tc["cap"] else 0
                g.counts["lower_running"] = tc["lower"]
                g.counts["cap_running"] = tc["cap"]
                g.debug = dict(cap_share=cap_share, modifier_rate=modifier_rate)
                if cap_share < WEAK_CAP_SHARE:
                    gate_counts["weak_rejected_lowercase"] += 1
                elif modifier_rate >= WEAK_MAX_MODIFIER:
                    gate_counts["weak_rejected_modifier"] += 1
                elif total_typed >= WEAK_MIN_TYPED and (typed >= WEAK_TYPED_RATE * papers or (
                        variant_rich and typed >= NAMED_TYPED_RATE * papers)):
                    g.gate = "weak_typed_context"
                elif curated_strong and papers >= CURATED_MIN_PAPERS:
                    g.gate = "curated"
                else:
                    gate_counts["weak_rejected_rate"] += 1
        if not g.gate:
            gate_counts["rejected"] += 1
            continue
        gate_counts[g.gate] += 1
        # aliases: other surfaces and long forms
        aliases = [s for s, c in sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))
                   if s != name]
        if a and not (ambiguous and g.type != "Generic"):
            # (an ambiguous acronym's long forms would alias the wrong meaning)
            top_forms = {lf for c, lfs in sense_clusters(a.long_forms)
                         if c >= max(1, AMBIGUOUS_SECOND_SENSE * sum(a.long_forms.values()))
                         for lf in lfs}
            forms = [(lf, c) for lf, c in sorted(a.long_forms.items(),
                                                 key=lambda kv: (-kv[1], kv[0]))
                     if lf in top_forms]
            if g.type != "Generic":
                named = [(lf, c) for lf, c in forms if classify_long_form(lf, True) != "lower"]
                forms = named or forms[:1]
            aliases.extend(lf for i, (lf, c) in enumerate(forms[:3])
                           if i == 0 or c >= max(2, 0.02 * n_defs))
            if g.type == "Generic" and plural_df:
                aliases.append(name + "s")
        aliases.extend(sorted(g.long_forms))  # sorted: independent of hash/dict order
        seen = {name}
        g.aliases = [x for x in aliases if not (x in seen or seen.add(x))][:10]
        kept.append(g)
    # Names made only of Generic acronyms and common words ("LLM Agent", "Multimodal LLMs",
    # "Agentic RAG") are Generic too.
    generic_names = {g.name for g in kept if g.type == "Generic"}
    generic_names |= {n + "s" for n in generic_names}

    def common(word: str) -> bool:
        """A lower/Title-case English word used mostly in lower case ("Agent", "Efficient")."""
        low = word.lower()
        if low in WEAK_STOP or low in HEAD_KIND or low in STOP or low in FUNC:
            return True
        return word.isalpha() and (word.islower() or word.istitle()) and \
            df[low] >= max(COMMON_WORD_MIN_PAPERS, df[word])

    for g in kept:
        if g.type == "Generic" or g.type is None or g.intro or shape_votes(g.name):
            continue
        parts = g.name.split()
        if len(parts) > 1 and any(p in generic_names for p in parts) and \
                all(p in generic_names or common(p) for p in parts):
            gate_counts[g.gate] -= 1
            g.type, g.gate = "Generic", "generic_composed"
            gate_counts[g.gate] += 1
    for k in sorted(gate_counts):
        log(f"  gate {k}: {gate_counts[k]}")
    return kept


def singular_phrase(phrase: str) -> str:
    words = phrase.split()
    if words and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


# --------------------------------------------------------------------------------------
# Organizations
# --------------------------------------------------------------------------------------
def organizations(st: Stats, log, generic: set[str] = frozenset()) -> list[Group]:
    """HF organization fields (name = display name, alias = account slug), plus org names
    from text patterns ("University of X", "X Research", ...) seen in >= MIN_PAPERS papers."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    def okey(name: str) -> str:
        return "n:" + re.sub(r"\W+", "", name.casefold())

    for (name, slug), _c in st.orgs.items():
        union(okey(name), okey(name))
        if slug:
            union(okey(name), "s:" + slug.lower())

    def cap_consistent(word: str) -> bool:
        """Always written capitalised in the corpus (Stanford, Google), unlike common words."""
        return st.df[word] > 2 * st.df[word.lower()] or token_shape(word) == "strong"

    org_words = {"University", "Institute", "Research", "Lab", "Labs", "Laboratory", "AI",
                 "Technology", "Inc.", "Ltd.", "Corporation"}

    def distinctive(name: str) -> bool:
        """Some word is a proper name: 'Stanford University' yes, 'AI Research' no."""
        words = [w for w in name.replace(",", " ").split()
                 if w not in org_words and w.lower() not in FUNC]
        return bool(words) and all(cap_consistent(w) for w in words) and \
            any(w not in generic for w in words)

    text_orgs = {n: c for n, c in st.text_orgs.items() if c >= MIN_PAPERS and distinctive(n)}
    for name in text_orgs:
        union(okey(name), okey(name))
    members: dict[str, Group] = {}
    for (name, slug), c in sorted(st.orgs.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        root = find(okey(name))
        g = members.setdefault(root, Group(root))
        g.surfaces[name] += c
        if slug:
            g.curated[f"slug:{slug}"] += c
        g.ctx["hf_org"] += c
    for name, c in sorted(text_orgs.items()):
        root = find(okey(name))
        g = members.setdefault(root, Group(root))
        g.surfaces[name] += 0
        g.ctx["text_org"] += c
    out = []
    dropped = 0
    for g in members.values():
        names = Counter({s: c for s, c in g.surfaces.items()})
        g.name = sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        if " " not in g.name and g.name[:1].isupper() and not cap_consistent(g.name) or \
                " " in g.name and not any(cap_consistent(w) and w not in org_words and
                                          w not in generic for w in g.name.split()):
            dropped += 1  # "Together", "Model Architectures": common words, not usable names
            continue
        slugs = sorted({k.split(":", 1)[1] for k in g.curated})
        if not slug_key(g.name) and slugs:
            g.name = slugs[0]  # a name without Latin letters: the account slug gives the id
        g.key = slug_key(g.name)
        if not g.key:
            continue
        g.type = "Organization"
        g.gate = "hf_org" if g.ctx["hf_org"] else "text_org"
        aliases = [s for s in sorted(names, key=lambda s: (-names[s], s)) if s != g.name]
        aliases += sorted({k.split(":", 1)[1] for k in g.curated} - {g.name})
        g.aliases = list(dict.fromkeys(aliases))
        g.counts = {"papers": 0}
        out.append(g)
    log(f"  organizations: {len(out)} ({sum(1 for g in out if g.gate == 'hf_org')} from HF fields"
        f", {dropped} common-word names dropped)")
    return out


# --------------------------------------------------------------------------------------
# Final counts, conflicts, output
# --------------------------------------------------------------------------------------
def count_papers(docs: list[Doc], records: list[Group]) -> None:
    """counts.papers = distinct papers containing the name or a surface variant (whole tokens,
    case-sensitive); also fills the arxiv/hf sources."""
    single: dict[str, list[int]] = defaultdict(list)
    first: dict[str, list[tuple[tuple, int]]] = defaultdict(list)
    for idx, g in enumerate(records):
        forms = {g.name} | {a for a in g.aliases if slug_key(a) == g.key}
        if g.type == "Organization":
            forms |= {a for a in g.aliases if " " in a or a[:1].isupper()}
        if g.type == "Generic":
            forms |= {a for a in g.aliases if a == g.name + "s"}
        for f in forms:
            toks = tuple(TOKEN_RE.findall(f))
            if len(toks) == 1 and toks[0] == f:
                single[f].append(idx)
            elif len(toks) > 1 and " ".join(toks) == f:
                first[toks[0]].append((toks, idx))
    papers = [0] * len(records)
    srcs: list[set] = [set() for _ in records]
    for doc in docs:
        toks = TOKEN_RE.findall(doc.text)
        hit: set[int] = set()
        for t in set(toks):
            hit.update(single.get(t, ()))
        if first:
            spans = None
            for i, t in enumerate(toks):
                for cand, idx in first.get(t, ()):
                    if idx in hit or tuple(toks[i:i + len(cand)]) != cand:
                        continue
                    if " ".join(cand) in doc.text:
                        hit.add(idx)
        for idx in hit:
            papers[idx] += 1
            srcs[idx].update(doc.sources)
    for idx, g in enumerate(records):
        g.counts["papers"] = papers[idx]
        g.counts.setdefault("_sources", set()).update(srcs[idx])


def sources_of(g: Group) -> list[str]:
    out = set(g.counts.get("_sources", ()))
    if g.keyword_papers:
        out.add("hf_keywords")
    for k in g.curated:
        src = k.split(":")[0]
        out.add({"scirex_nary": "scirex", "slug": "hf_org"}.get(src, src))
    if g.ctx.get("hf_org"):
        out.add("hf_org")
    return sorted(s for s in out if s in SOURCES)


STRONG_GENERIC_GATES = {"generic_lowercase", "generic_plural", "generic_modifier"}


def resolve_conflicts(named: list[Group], orgs: list[Group], log) -> list[Group]:
    """Unique names; an alias is kept only on the strongest record that carries it."""
    by_key = {g.key: g for g in named}
    kept_orgs = []
    dropped = Counter()
    for o in orgs:
        other = by_key.get(o.key)
        if other is None:
            kept_orgs.append(o)
            continue
        typed = sum(other.counts.get(k, 0) for k in ("dataset_ctx", "benchmark_ctx", "model_ctx",
                                                     "eval_ctx", "introduced"))
        strong_generic = other.type == "Generic" and other.gate in STRONG_GENERIC_GATES
        papers = other.counts.get("papers", 0)
        if strong_generic or other.type != "Generic" and typed >= max(5, 0.1 * papers):
            dropped["org_name_taken"] += 1
        else:
            del by_key[o.key]
            dropped["named_replaced_by_org"] += 1
            kept_orgs.append(o)
    records = sorted(list(by_key.values()) + kept_orgs,
                     key=lambda g: (-g.counts.get("papers", 0), g.type, g.name))
    names = {slug_key(g.name): g for g in records}
    owner: dict[str, Group] = {}
    for g in records:
        clean = []
        for a in g.aliases:
            k = a.casefold()
            if not a.strip() or slug_key(a) in names and names[slug_key(a)] is not g:
                dropped["alias_is_other_name"] += 1
                continue
            if k in owner and owner[k] is not g:
                dropped["alias_on_two_records"] += 1
                continue
            owner[k] = g
            clean.append(a)
        g.aliases = clean
    log("  conflicts: " + ", ".join(f"{k}={v}" for k, v in sorted(dropped.items())))
    return records


def to_record(g: Group) -> dict:
    counts = {k: int(g.counts.get(k, 0)) for k in COUNT_KEYS}
    return {"id": make_id(g.type, g.name), "name": g.name, "aliases": list(g.aliases),
            "type": g.type, "source": sources_of(g), "counts": counts}


def build(data: Path, log=print, jobs: int = 2) -> list[dict]:
    t0 = time.time()
    docs = load_corpus(data)
    log(f"papers: {len(docs)} ({sum('arxiv' in d.sources for d in docs)} arXiv, "
        f"{sum('hf' in d.sources for d in docs)} HF) [{time.time() - t0:.0f} s]")
    st = collect_parallel(docs, jobs)
    log(f"pass 1: {len(st.df)} tokens, {len(st.ctx)} context surfaces, {len(st.acr)} acronyms "
        f"[{time.time() - t0:.0f} s]")
    curated = load_curated(data)
    log(f"curated surfaces: {len(curated)}")
    named = decide(st, curated, docs, log, jobs)
    orgs = organizations(st, log, {g.name for g in named if g.type == "Generic"})
    records = resolve_conflicts(named, orgs, log)
    count_papers(docs, records)
    records = [g for g in records
               if g.counts["papers"] > 0 or g.curated or g.type == "Organization"]
    out = [to_record(g) for g in records]
    ids = Counter(r["id"] for r in out)
    dup = [i for i, c in ids.items() if c > 1]
    if dup:
        log(f"  duplicate ids merged away: {len(dup)}")
        seen = set()
        out = [r for r in sorted(out, key=lambda r: -r["counts"]["papers"])
               if not (r["id"] in seen or seen.add(r["id"]))]
    out.sort(key=lambda r: r["id"])
    log(f"records: {len(out)} [{time.time() - t0:.0f} s]")
    return out


def write(records: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def summary(records: list[dict], log=print) -> None:
    by_type = Counter(r["type"] for r in records)
    by_source = Counter(s for r in records for s in r["source"])
    log("per type: " + ", ".join(f"{t}={by_type[t]}" for t in TYPES))
    log("per source: " + ", ".join(f"{s}={by_source[s]}" for s in SOURCES))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=REPO / ".." / "shared" / "data",
                    help="folder of the shared corpora (default: ../shared/data from the repo)")
    ap.add_argument("--out", type=Path, default=REPO / "kg" / "mlkg" / "extract" / "data" / "lexicon.jsonl")
    ap.add_argument("--jobs", type=int, default=2, help="processes for the first pass (default 2)")
    args = ap.parse_args(argv)
    t0 = time.time()
    records = build(args.data.resolve(), jobs=max(1, args.jobs))
    write(records, args.out)
    summary(records)
    size = args.out.stat().st_size
    print(f"wrote {len(records)} records, {size / 1e6:.1f} MB to {args.out} "
          f"in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
