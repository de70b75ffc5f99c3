"""Loaders: listing files in, validated :class:`mlkg.model.Paper` records out.

Each format is a registered ``load(path, report) -> Iterator[Paper]``. Use
:func:`load` for one file and :func:`load_all` for a build's inputs
(directories and globs expand, bad files are reported and the rest goes on).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from mlkg.errors import Errors
from mlkg.model import Paper

from . import arxiv_atom, hf_api, hf_page, tabular  # noqa: F401  (register the formats)
from .dedupe import Deduplicator
from .errors import LoadError, LoadReport, Problem
from .registry import LOADERS, detect_format, get_loader
from .sources import expand_inputs, head_text, named_inputs

__all__ = [
    "LOADERS", "Deduplicator", "LoadError", "LoadReport", "Problem",
    "detect_format", "expand_inputs", "load", "load_all", "named_inputs",
]


def _head(path: Path, size: int = 8192) -> bytes:
    """The first bytes of the (decompressed) content; a truncated gzip still has a head."""
    try:
        with path.open("rb") as fh:
            head = fh.read(size * 8)
        if head[:2] == b"\x1f\x8b":
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, size)
    except (OSError, zlib.error) as exc:
        raise LoadError(path, Errors.E004.format(why=exc)) from None
    return head_text(head[:size])


def load(path: str | Path, format: str | None = None, report: LoadReport | None = None,
         fields: Mapping[str, str] | None = None, *, name: str | None = None) -> Iterator[Paper]:
    """Yield the papers of one file. Bad records are skipped into ``report``; a bad file raises LoadError.

    ``name``: what papers and report.json call the file (default: ``path`` as given).
    """
    path = Path(path)
    report = report if report is not None else LoadReport()
    if name is not None:
        report.names[str(path)] = name
    if not path.is_file():
        raise LoadError(path, Errors.E001)
    head = _head(path)
    if not head.strip():
        raise LoadError(path, Errors.E003)
    loader = get_loader(format) if format else LOADERS[detect_format(path, head)]
    report.files += 1
    papers = 0
    try:
        for paper in loader.load(path, report, fields=fields):
            report.read += 1
            papers += 1
            if not paper.abstract:
                report.warn(path, paper.record, "missing abstract; the paper is kept with its title only")
            yield paper
    except LoadError as exc:  # a cut or a cap: say how much of the file made it
        raise (exc.with_kept(papers) if papers else exc) from None


def load_all(inputs: Iterable[str | Path], format: str | None = None,
             report: LoadReport | None = None, fields: Mapping[str, str] | None = None,
             on_file: Callable[[Path], None] | None = None, *, unique: Deduplicator | None = None,
             progress: Callable[[int, int], None] | None = None) -> Deduplicator:
    """Load every input into one de-duplicated collection; a bad file is reported, not fatal.

    Papers go into ``unique`` when given (an update adds to the papers of an earlier build).
    Each file goes by its name below the input that named it (:func:`named_inputs`).
    ``progress(files_done, files_total)`` is called after each file and every 500 records.
    """
    report = report if report is not None else LoadReport()
    unique = unique if unique is not None else Deduplicator()
    files = named_inputs(inputs)
    for done, (path, name) in enumerate(files):
        if on_file:
            on_file(path)
        try:
            for paper in load(path, format, report, fields, name=name):
                unique.add(paper)
                if progress and report.read % 500 == 0:
                    progress(done, len(files))
        except LoadError as exc:
            report.fail_file(exc, path)
        if progress:
            progress(done + 1, len(files))
    return unique
