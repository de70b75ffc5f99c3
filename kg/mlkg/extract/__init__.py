"""Extraction: papers in, :class:`mlkg.model.Extraction` records out.

``EXTRACTORS`` names the available extractors; ``mlkg build --extractor``
chooses one. Each is a plain single-process function: it takes an iterable of
papers and yields one Extraction per paper, in input order. Running them in
parallel is the build's job (:mod:`mlkg.build.runner`), and writing or reading
their records is :mod:`mlkg.codec`'s.

- ``spacy`` (default): the spaCy pipeline of :mod:`mlkg.extract.pipeline`;
  :func:`create_nlp` returns that pipeline itself, a spaCy ``Language``.
- ``basic``: listing metadata only (repositories and the organization field).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from mlkg.errors import Errors, MlkgError
from mlkg.model import Extraction, Paper

ExtractorFn = Callable[[Iterable[Paper]], Iterator[Extraction]]

if TYPE_CHECKING:
    from spacy.language import Language


def create_nlp(lexicon_path: str | None = None, *, decide: bool = True) -> Language:
    """The spaCy extractor: ``spacy.blank("en")`` with the mlkg tokenizer and components.

    A processed Doc keeps its candidates and entities as spans (``doc.spans``, ``doc.ents``;
    see :mod:`mlkg.extract.spans`). ``lexicon_path`` replaces the shipped lexicon;
    ``decide=False`` leaves out the trained decider (the rules alone).
    """
    from .pipeline import create_nlp as create

    return create(lexicon_path, decide=decide)


class UnknownExtractor(MlkgError, KeyError):
    """No extractor of that name; the message lists the valid ones."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


# The extractors import spaCy when first called, so naming them (``mlkg --help``) stays cheap.
def _basic(papers: Iterable[Paper]) -> Iterator[Extraction]:
    from .basic import extract_basic

    return extract_basic(papers)


def _spacy(papers: Iterable[Paper]) -> Iterator[Extraction]:
    from .pipeline import extract_spacy

    return extract_spacy(papers)


EXTRACTORS: dict[str, ExtractorFn] = {"spacy": _spacy, "basic": _basic}


def get_extractor(name: str) -> ExtractorFn:
    try:
        return EXTRACTORS[name]
    except KeyError:
        raise UnknownExtractor(Errors.E180.format(name=name, valid=", ".join(sorted(EXTRACTORS)))) from None
