"""Build the extraction lexicon ``mlkg/extract/data/lexicon.jsonl`` from the shared corpora.

Run it from the repository root (see docs/lexicon.md)::

    python -m mlkg.extract.lexicon_build --data ../shared/data --out kg/mlkg/extract/data/lexicon.jsonl

Inputs (read-only, see ``<data>/README.md``): arXiv abstracts, Hugging Face daily papers,
SciERC, SciREX and NLP-TDMS. Everything is derived from corpus statistics with plain
regular expressions; the only hard-coded vocabulary is generic English (head nouns such as
"dataset"/"benchmark"/"model", function words, units), kept in ``data/words.toml``. No
specific model, dataset or benchmark name is written in this package.

The steps, one module each, in the order they run:

- :mod:`.inputs`: the corpora; :mod:`.tokens`, :mod:`.lists`, :mod:`.definitions` and
  :mod:`.contexts`: what one document says; :mod:`.stats`: the corpus passes;
- :mod:`.decide`: groups (:mod:`.groups`), Generic or named, type, gates (every number in
  :mod:`.thresholds`);
- :mod:`.organizations`; :mod:`.output`: final counts, conflicts, the records and the file.

The output is deterministic: records sorted by id, keys in a fixed order, UTF-8.
"""

from __future__ import annotations

from .contexts import scan_document, shape_votes
from .decide import decide
from .definitions import (
    align_acronym,
    classify_long_form,
    find_definitions,
    sense_clusters,
    singular,
)
from .groups import Group, make_id, slug_key
from .inputs import Doc, load_corpus, load_curated
from .lists import parse_list_backward, parse_list_forward
from .output import LexiconBuildError, build, summary, write
from .stats import Stats, collect, collect_parallel
from .thresholds import THRESHOLDS, Thresholds
from .tokens import is_acronym, is_junk, token_shape

__all__ = [
    "THRESHOLDS", "Doc", "Group", "LexiconBuildError", "Stats", "Thresholds", "align_acronym",
    "build", "classify_long_form", "collect", "collect_parallel", "decide", "find_definitions",
    "is_acronym", "is_junk", "load_corpus", "load_curated", "make_id", "parse_list_backward",
    "parse_list_forward", "scan_document", "sense_clusters", "shape_votes", "singular", "slug_key",
    "summary", "token_shape", "write",
]
