"""The builder's vocabulary: generic English words only (head nouns, function words, units)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mlkg.extract.words import alternation, words

TYPES = ("Model", "Dataset", "Benchmark", "Organization", "Generic")
SOURCES = ("arxiv", "hf", "hf_keywords", "scierc", "scirex", "nlp_tdms", "hf_org", "known", "guidelines")
COUNT_KEYS = (
    "papers", "dataset_ctx", "benchmark_ctx", "model_ctx", "eval_ctx", "metric_ctx",
    "introduced", "defined", "lower_long", "title_long", "coined_long", "plural",
    "variants", "keyword_papers", "curated", "lower_running", "cap_running",
)

# Pattern vocabulary: generic English words only, from data/words.toml (shared with the extractor
# and the resolver through mlkg.extract.words).
DATASET_HEADS = words("heads.lexicon_dataset")
BENCH_HEADS = words("heads.lexicon_benchmark")
MODEL_HEADS = words("heads.lexicon_model")
METRIC_HEADS = words("heads.lexicon_metric")
PLURAL_HEADS = words("heads.lexicon_plural")
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
STOP = words("stop_words.never_name")
# Capitalised common words that are parts of generic phrases and never a name on their own.
WEAK_STOP = words("stop_words.weak")
# Units, hardware and bookkeeping tokens that look like names.
UNITS = words("units.lexicon")
# Function words and light verbs that may follow a name without making it a modifier.
FUNC_WORDS = words("function_words.after_name")

# English morphology of compound adjectives ("LLM-based", "AI-generated", "3D-aware", "non-IID")
_ADJ_WORDS = alternation("adjectives.suffix_words")
_ADJ_WORD = re.compile(rf"^(?:{_ADJ_WORDS})$")
_ADJ_SUFFIX = re.compile(rf"^[a-z]+(?:ed|ing)$|^(?:{_ADJ_WORDS})$")
_ADJ_PREFIX = words("adjectives.prefixes")


# Nouns of the STOP list: after a name they make it a modifier ("on STEM tasks").
_STOP_NOUNS = words("stop_words.nouns")
# Function words skipped when aligning and classifying acronym long forms.
FUNC = words("function_words.long_form")
# More words that never start an organization name.
ORG_STOP_EXTRA = words("stop_words.organization")
