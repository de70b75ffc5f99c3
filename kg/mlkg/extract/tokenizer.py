"""spaCy's English tokenizer, taught to keep ML names whole.

The stock rules split "SceneSplat-7K" into "SceneSplat-7" + "K" and "Swin-B."
into "Swin", "-", "B.". A ``token_match`` for joined alphanumeric chunks with a
capital or digit (ViT-L/14, M^2-Encoder, Qwen2.5-VL-7B), a word with a size suffix
(Foo10K, WebVid10M, which spaCy cuts before the unit) or a lower-case benchmark (fev-bench),
and three suffix rules for a final period after such names fix that without touching ordinary words.
A descriptive word joined to a name ("Visual Genome-style", "LoRA-finetuned") is split off, as spaCy
splits "llm-based", so that the name's own tokens match the lexicon. A sentence that lost the space after
its period ("UI-TARS-1.5.To do so") is split there, not read as one joined name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from re import Pattern

from spacy.attrs import ORTH
from spacy.lang.tokenizer_exceptions import emoticons
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .shapes import JOINED_TOKEN, LOWER_BENCH
from .words import words

# A name joined to a descriptive word ("LoRA-finetuned", "Visual Genome-style", "Gemini 2.5 Pro-generated")
# is the name, a hyphen and the word, as spaCy splits "llm-based": the name's own tokens then match the lexicon.
DESCRIPTIVE = "|".join(sorted(words("adjectives.suffix_words") | words("nonentity.adjective_suffixes")
                               | words("nonentity.participle_suffixes")))
# A name with a size suffix ends in digits and K/M/B/T: Foo10K, WebVid10M ("10K" alone is a number).
_SIZED_WORD = r"^[A-Za-z][A-Za-z0-9]*[A-Za-z]\d+(?:\.\d+)?[KMBTG]$"
# A sentence that lost the space after its period ("... the AIGer.Specifically, we ...") is two words, not a
# joined name: a period before a capitalised word that never forms a name ("The", "We", "Specifically").
_OPENERS = "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(words("stop_words.never_name"))
                    if len(w) > 1)  # not "A": "S.A", "U.S.A" are no lost spaces
_LOST_SPACE = rf"\S*\.(?:{_OPENERS})$"
# The opener comes off as a suffix; the period before it then comes off as at any sentence's end.
_EXTRA_SUFFIXES = (r"(?<=-[A-Z])\.", r"(?<=[0-9][A-Z])\.", r"(?<=[a-z][A-Z])\.",
                   rf"(?<=[A-Za-z0-9]-)(?:{DESCRIPTIVE})", r"(?<=[A-Za-z0-9]{2}-)(?:a|an|the)", r"(?<=[A-Za-z0-9])-",
                   rf"(?<=[A-Za-z0-9%)\]]\.)(?:{_OPENERS})",
                   # a joined name's bracketed score comes off as suffixes, the number and then its bracket, so
                   # that the name is matched whole again ("DeepSeek-R1(14.49%)"; infixes would split its hyphen)
                   r"(?<=[A-Za-z0-9+]\()[+\-\u2212]?[0-9]+\.[0-9]+", r"(?<=[A-Za-z0-9+])\(")  # (a signed gain too:
# "T2I-ReasonBench(+3.7), and GenEval++(+4.3)")
# A score bracketed right after a name, with no space ("on TIIF(73.8), DPG(86.8)"), comes off the name.
# A score has a decimal point: "SU(2)", "AGL(1,F)" and "GPT-4(0613)" stay whole. (Infixes see the token
# after its suffixes came off: "TIIF(73.8".)
# ("Corpus(AAEC)", "Mining(AM)": a definition's bracket glued to its last word opens a token of its own)
# (each opens on its bracket, not a look-behind: a pattern that starts with a literal fails fast at every position)
# A score after a name and a colon ("ChartQA:+1.2%", "MMStar:71.3", "AMC23:+27.5%") comes off the name the same way.
_EXTRA_INFIXES = (r"(?<=[A-Za-z0-9+])\((?=[+\-\u2212]?[0-9]+\.[0-9]+$)", r"\((?<=[a-z]{2}\()(?=[A-Z][A-Za-z0-9-]{1,15}$)",
                  r":(?:(?<=[A-Za-z]:)|(?<=[A-Za-z][0-9]:)|(?<=[A-Za-z][0-9]{2}:))(?=[+\-\u2212]?[0-9]+(?:\.[0-9]+)?$)",
                  r"(?<=[A-Za-z]{2})\+(?=[0-9]+\.[0-9]+$)")
# (a metric written onto its gain, "AR+11.1 on UVO, PixelAcc+4.5 on COCOStuff-27", comes apart at the sign)
# A capital, a number and a capital is an acronym ("T3M", "V2M"), not a letter and a unit ("T3" "M").
_LETTER_NUMBER_LETTER = r"^[A-Z]\d{1,3}[A-Z]$"
# A benchmark written all in lower case keeps its hyphen: fev-bench, tau-bench-v2. The name shapes, which
# most words fail at once, are tried first (as a lookahead: each is anchored at both ends), the exceptions after.
_TOKEN_MATCH = re.compile(rf"(?=(?:{JOINED_TOKEN.pattern})|(?:{_SIZED_WORD})|(?:{LOWER_BENCH.pattern})"
                          rf"|(?:{_LETTER_NUMBER_LETTER}))"
                          rf"(?!\S*-(?:{DESCRIPTIVE}|a|an|the)$)(?!{_LOST_SPACE})"  # (and a dash lost before an
                          # article: "ZeroBench-a lightweight benchmark" is ZeroBench, then "a")
                          r"(?!\S*[A-Za-z]:[+\-\u2212]?[0-9]+(?:\.[0-9]+)?\W*$)"
                          r"(?![A-Za-z]+\+[0-9]+\.[0-9]+$)")  # (nor a metric and its gain: "AR+11.1", "PixelAcc+4.5")
# What every string _TOKEN_MATCH matches holds: a joined name's separator ("-" of a lower-case benchmark too) or a
# digit (a sized word, a capital-number-capital acronym). Most words hold neither and skip the costlier match.
_MAY_MATCH = re.compile(r"[-/^+.\d]").search


class _GatedTokenMatch:
    """``_TOKEN_MATCH.match``, tried only on a string :data:`_MAY_MATCH` finds something in (spaCy calls it on
    every chunk it splits, and most are plain words). Keeps ``pattern``: spaCy serializes a ``token_match`` as
    ``token_match.__self__.pattern`` (and reads it back as that pattern's ``match``, which gives the same)."""

    __slots__ = ("pattern",)

    def __init__(self) -> None:
        self.pattern = _TOKEN_MATCH.pattern

    def match(self, string: str) -> re.Match[str] | None:
        return _TOKEN_MATCH.match(string) if _MAY_MATCH(string) is not None else None


_GATED_TOKEN_MATCH = _GatedTokenMatch()


class _LetterWordSkip:
    """A compiled suffix or infix pattern's ``search`` and ``finditer``, which answer "none" at once for a word of
    ASCII letters alone: no suffix or infix of the English rules or ours can match one (each is a punctuation mark
    or a symbol, or a word or a letter after a digit, a hyphen, a period, a bracket or an apostrophe; a test checks
    every rule). spaCy asks for the affixes of every chunk it has not seen, and most are plain words, on which the
    suffix search tries every one of some 570 alternatives at every position. Keeps ``pattern``, as
    :class:`_GatedTokenMatch` does."""

    __slots__ = ("_finditer", "_search", "pattern")

    def __init__(self, compiled: Pattern[str]) -> None:
        self.pattern = compiled.pattern
        self._search = compiled.search
        self._finditer = compiled.finditer

    def search(self, string: str) -> re.Match[str] | None:
        return None if string.isalpha() and string.isascii() else self._search(string)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        return iter(()) if string.isalpha() and string.isascii() else self._finditer(string)
# Whitespace-separated chunks whose tokens the tokenizer keeps (spaCy's default is 10,000, which a few hundred
# abstracts fill; the first 100,000 hold most of the words that recur, halving the tokenizer's time on a long
# run for about 25 MB per process). The cache only memoizes: the tokens are the same either way.
CACHE_SIZE = 100_000
# What distinguishes this tokenizer from spaCy's English one (a cache key for tokenized text).
# Abbreviations of papers that spaCy's English exceptions do not keep whole, so that their period ends no
# sentence: "96.3% avg. SR on LIBERO", "(see Fig. 3)", "approx. 5".
_PAPER_ABBREVIATIONS = ("avg.", "Avg.", "approx.", "resp.", "cf.", "Fig.", "Figs.", "Eq.", "Eqs.", "Sec.", "Tab.")
TOKENIZER_ID = "\n".join((_TOKEN_MATCH.pattern, *_EXTRA_SUFFIXES, *_EXTRA_INFIXES, "no-emoticons",
                          *_PAPER_ABBREVIATIONS))


@cache
def _rules(defaults: type) -> dict[str, object]:
    """The language's special cases without its emoticons (in papers "8)" closes "(Generation 8)" and
    "(-8" opens "(-8.2%)", so the stock rules, which keep them whole as smileys, break brackets), with
    the abbreviations of papers."""
    rules = {k: v for k, v in defaults.tokenizer_exceptions.items()  # type: ignore[attr-defined]
             if k not in emoticons}
    rules.update({a: [{ORTH: a}] for a in _PAPER_ABBREVIATIONS})
    return rules


@cache
def _affixes(defaults: type) -> tuple[Pattern[str] | None, Pattern[str], Pattern[str] | None]:
    """The prefix, suffix (with ours) and infix regexes of a language, compiled once per process."""
    prefixes = compile_prefix_regex(defaults.prefixes) if defaults.prefixes else None  # type: ignore[attr-defined]
    suffixes = compile_suffix_regex(list(defaults.suffixes) + list(_EXTRA_SUFFIXES))  # type: ignore[attr-defined]
    infixes = compile_infix_regex(list(defaults.infixes or ()) + list(_EXTRA_INFIXES))  # type: ignore[attr-defined]
    return prefixes, suffixes, infixes


def create_tokenizer(nlp: Language) -> Tokenizer:
    """Give ``nlp`` the mlkg tokenizer and return it."""
    tokenizer = build_tokenizer(nlp)
    nlp.tokenizer = tokenizer
    return tokenizer


@registry.tokenizers("mlkg.Tokenizer.v1")
def make_tokenizer() -> Callable[[Language], Tokenizer]:
    """The mlkg tokenizer as a spaCy config entry: ``[nlp.tokenizer] @tokenizers = "mlkg.Tokenizer.v1"``."""
    return build_tokenizer


def build_tokenizer(nlp: Language) -> Tokenizer:
    """The mlkg tokenizer for ``nlp``'s language.

    Built in one go: setting ``token_match`` or ``suffix_search`` on an existing tokenizer reloads
    all its special cases each time, which cost most of the extractor's start.
    """
    defaults = nlp.Defaults
    prefixes, suffixes, infixes = _affixes(defaults)
    return Tokenizer(
        nlp.vocab,
        rules=_rules(defaults),
        prefix_search=prefixes.search if prefixes else None,
        suffix_search=_LetterWordSkip(suffixes).search,
        infix_finditer=_LetterWordSkip(infixes).finditer if infixes else None,
        token_match=_GATED_TOKEN_MATCH.match,
        url_match=defaults.url_match,
        max_cache_size=CACHE_SIZE,
    )
