"""Extraction: papers in, :class:`mlkg.model.Extraction` records out.

``EXTRACTORS`` names the available extractors; ``mlkg build --extractor``
chooses one. Each takes an iterable of papers and yields one Extraction per
paper, in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from mlkg.model import Extraction, Paper

from .basic import extract_basic

ExtractorFn = Callable[[Iterable[Paper]], Iterator[Extraction]]

EXTRACTORS: dict[str, ExtractorFn] = {
    "basic": extract_basic,
}


def get_extractor(name: str) -> ExtractorFn:
    try:
        return EXTRACTORS[name]
    except KeyError:
        raise KeyError(f"unknown extractor {name!r}; valid: {', '.join(sorted(EXTRACTORS))}") from None
