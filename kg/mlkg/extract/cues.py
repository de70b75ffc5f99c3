"""Cue phrases shared by the type and role classifiers (their words in data/words.toml)."""

from __future__ import annotations

import re

from .words import alternation, word_list

# "we propose/introduce/present ...", "motivates us to introduce ..." and kin: the paper makes something new.
# A far verb counts when it is coordinated with the subject's first verb and takes an object (or the text searched
# ends there, before the name): "we also explore ... from videos and construct a training dataset X", "...,
# and introduce X" (not "... and established systems (X)").
_INTRO_VERBS = alternation("cues.intro_verbs")
# "established systems (X, Y)", "prior knowledge in open-source foundation models, e.g., X" name no new thing
_NOT_ADJECTIVE = r"(?!(?<=established)\s+[a-z]+s\b)(?!(?<=open-source)\s+(?:[a-z-]+\s+)?[a-z]+s\b)" \
    r"(?<!the open-source)(?<!fully open-source)(?<!an open-source)(?<!its open-source)"  # "the open-source OLMo"
# "commercial and open-source LLMs": "open-source" coordinated with an adjective describes, it does not release
_NOT_AFTER_ADJECTIVE = r"(?<!commercial and )(?<!proprietary and )(?<!closed-source and )(?<!closed and )"
INTRO = re.compile(
    r"\b(?:we|us|this (?:paper|work|study)|our (?:work|paper)|here)\b"
    rf"(?:[^.;]{{0,60}}?\b{_NOT_AFTER_ADJECTIVE}(?:{_INTRO_VERBS})\b{_NOT_ADJECTIVE}|[^.;]*?\band\s+(?:also\s+|further\s+|then\s+)?"
    rf"{_NOT_AFTER_ADJECTIVE}(?:{_INTRO_VERBS})\b{_NOT_ADJECTIVE}"
    r"(?=\s+(?:(?:a|an|the|our|this|these|two|three|four|several|new|novel)\b|(?-i:[A-Z]))|\s*$))",
    re.IGNORECASE,
)


def _required_start(alternative: str) -> str:
    """The letters every match of one alternative of a word list starts with ("propos" of "propos(?:e[sd]?|ing)",
    "contribute" of "contribute[sd]?"); "" when that is not plain to see (then any text may hold it)."""
    depth = 0
    for ch in alternative:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            return ""  # alternatives of its own
    literal = re.match(r"[a-z-]*", alternative).group()  # type: ignore[union-attr]
    if alternative[len(literal):len(literal) + 1] in ("?", "*", "{"):
        literal = literal[:-1]  # its last letter is optional
    return literal


_INTRO_STARTS = tuple(_required_start(verb) for verb in word_list("cues.intro_verbs"))


def may_introduce(text: str) -> bool:
    """Whether :data:`INTRO` may match in ``text``: it needs one of its subjects ("we", "us", "this", "our",
    "here") and one of its verbs. A cheap test before its searches, which run per mention and mostly fail; a text
    outside ASCII is searched anyway (case-insensitive matching folds some other letters into ASCII ones: "ſ" into
    "s")."""
    if not text.isascii():
        return True
    lower = text.lower()
    if not ("we" in lower or "us" in lower or "this" in lower or "our" in lower or "here" in lower):
        return False
    for start in _INTRO_STARTS:  # (a loop, not any() over a generator: this runs per mention)
        if start in lower:
            return True
    return False


# The last of coordinated verbs of making: "we develop a pipeline ... and construct the X (Y) dataset" makes the
# dataset, whatever "pipeline for" says before it (the search starts after the first cue).
AND_INTRO = re.compile(rf"\band\s+(?:also\s+|further\s+|then\s+)?(?:{_INTRO_VERBS})\b"
                       r"(?=\s+(?:a|an|the|our|this|these|new|novel)\b|\s+(?-i:[A-Z])|\s*$)", re.IGNORECASE)
# The number of a list item right before a mention: "(1) ", "2) ", "(ii) ".
ENUM_BEFORE = re.compile(r"(?:^|[\s(])(?:\(?\d\)|\(?[ivx]{1,4}\))\s+$")
# A name the words after it say the paper made: "X, a benchmark we introduce", "X, which we propose" (not
# "X, which we build on").
MADE_AFTER = re.compile(r"\s*,?\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}(?:(?:that|which)\s+)?|(?:that|which)\s+|:\s*)we\s+"
                        r"(?:have\s+|also\s+|newly\s+)?(?:propose|introduce|present|develop|construct|build|release|curate"
                        r"|create|design|collect)\b(?!\s+(?:on|upon)\b)", re.IGNORECASE)  # not "build on"
# Words between an introduce cue and a name that show the name is not the new thing
# ("we propose a method based on CLIP").
BLOCKERS = re.compile(rf"\b(?:{alternation('cues.blockers')})\b", re.IGNORECASE)

# Evaluation metrics as abstracts write them.
METRICS = alternation("cues.metrics")

# What separates the names of one coordinated list: "A, B and C", "A, the B", "A/B", "A & B".
NAME_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?|and\s+(?:the\s+)?|or\s+|/|&\s*)$")

# The present passive of making, right after the name: "Unified Positional Encoding (UMPE) is introduced to align
# ..." (not "was proposed", nor "is proposed by Lee et al.", which are another paper's; nor a known name: "a
# cross-modal fusion Transformer is introduced" makes a transformer, not the Transformer).
INTRODUCED_AFTER = re.compile(r"\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:is|are)\s+(?:first\s+|further\s+|also\s+|then\s+|"
                              r"newly\s+|hence\s+)?(?:introduced|proposed|presented|designed|developed|devised|"
                              r"constructed)\b(?!\s+(?:by|in)\b)")
