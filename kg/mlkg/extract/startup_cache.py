"""The on-disk cache that lets the extractor start in well under a second.

Building the lexicon's PhraseMatcher means tokenizing every name and alias (17k forms),
which creates a lexeme per new word: most of the extractor's start-up. The matcher only
needs each form's ORTH hashes, so those are cached, in the PhraseMatcher's own pattern
form (one tuple of hashes per form), and fed back with ``PhraseMatcher.add``.

The cache lives in ``$MLKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/mlkg``, else ``~/.cache/mlkg``.
Its file name holds a digest of everything the patterns depend on: the mlkg and spaCy
versions, the tokenizer's rules and the forms themselves (so an edited lexicon misses).
Files are written atomically; a damaged or unreadable file is rebuilt, never fatal, and a
cache directory that cannot be written just means no cache.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import spacy
import srsly

from mlkg import __version__
from mlkg.files import atomic_path

Patterns = list[tuple[int, ...]]
_log = logging.getLogger(__name__)
_FORMAT = 1


def cache_dir() -> Path:
    """Where mlkg keeps its per-user caches (``MLKG_CACHE_DIR`` or the XDG cache directory)."""
    explicit = os.environ.get("MLKG_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "mlkg"


def patterns_path(forms: Sequence[str], tokenizer_id: str) -> Path:
    """The cache file for the patterns of ``forms`` tokenized by the tokenizer ``tokenizer_id`` describes."""
    digest = hashlib.sha256()
    for part in (f"format {_FORMAT}", f"mlkg {__version__}", f"spacy {spacy.__version__}", tokenizer_id):
        digest.update(part.encode("utf-8") + b"\0")
    for form in forms:
        digest.update(form.encode("utf-8") + b"\n")
    return cache_dir() / f"lexicon-patterns-{digest.hexdigest()[:24]}.msgpack"


def load_patterns(forms: Sequence[str], tokenizer_id: str, build: Callable[[], Patterns]) -> Patterns:
    """The cached patterns of ``forms``, or ``build()``'s, which are then cached."""
    path = patterns_path(forms, tokenizer_id)
    try:
        data = srsly.read_msgpack(path)
        patterns = [tuple(p) for p in data["patterns"]]
        if data.get("forms") == len(forms) == len(patterns) and all(isinstance(h, int) for p in patterns for h in p):
            return patterns
    except Exception as exc:  # noqa: BLE001 - missing, truncated or foreign: rebuild it below
        _log.debug("lexicon pattern cache %s unusable (%s); rebuilding it", path, exc)
    patterns = build()
    try:
        with atomic_path(path) as tmp:
            srsly.write_msgpack(tmp, {"forms": len(forms), "patterns": [list(p) for p in patterns]})
    except OSError as exc:  # a read-only home: start without a cache
        _log.debug("cannot write the lexicon pattern cache %s (%s)", path, exc)
    return patterns
