"""Extraction: papers in, :class:`mlkg.model.Extraction` records out.

``EXTRACTORS`` names the available extractors; ``mlkg build --extractor``
chooses one. Each takes an iterable of papers (and ``n_process``) and yields
one Extraction per paper, in input order.

- ``spacy`` (default): the spaCy pipeline of :mod:`mlkg.extract.pipeline`.
- ``basic``: listing metadata only (repositories and the organization field).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from mlkg.model import Extraction, Paper

from .basic import extract_basic


class ExtractorFn(Protocol):
    def __call__(self, papers: Iterable[Paper], *, n_process: int = 1) -> Iterator[Extraction]: ...


def _basic(papers: Iterable[Paper], *, n_process: int = 1) -> Iterator[Extraction]:
    return extract_basic(papers)


def _spacy(papers: Iterable[Paper], *, n_process: int = 1) -> Iterator[Extraction]:
    from .pipeline import extract_spacy

    return extract_spacy(papers, n_process=n_process)


EXTRACTORS: dict[str, ExtractorFn] = {"spacy": _spacy, "basic": _basic}


def get_extractor(name: str) -> ExtractorFn:
    try:
        return EXTRACTORS[name]
    except KeyError:
        raise KeyError(f"unknown extractor {name!r}; valid: {', '.join(sorted(EXTRACTORS))}") from None


def extraction_record(extraction: Extraction) -> dict[str, Any]:
    """One paper's extraction as the JSON object ``mlkg extract`` writes (one per line)."""
    paper = extraction.paper
    return {
        "id": paper.id,
        "title": paper.title,
        "entities": [
            {
                "name": e.name,
                "type": e.type.value,
                "role": e.role.value,
                "confidence": e.confidence,
                "aliases": list(e.aliases),
                "extractor": e.extractor,
                "evidence": [{"text": ev.text, "start": ev.start, "end": ev.end} for ev in e.evidence],
            }
            for e in extraction.entities
        ],
        "results": [
            {"model": r.model, "dataset": r.dataset, "metric": r.metric, "value": r.value,
             "evidence": {"text": r.evidence.text, "start": r.evidence.start, "end": r.evidence.end}}
            for r in extraction.results
        ],
    }
