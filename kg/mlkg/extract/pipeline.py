"""The spaCy extractor: ``spacy.blank("en")`` plus the mlkg components, papers in, Extractions out.

Components, in order (each a registered ``@Language.factory``):

=====================  ==========================================================
mlkg_sentences         sentence starts, including the title/abstract break
mlkg_abbreviations     Schwartz–Hearst acronym definitions -> doc._.abbreviations
mlkg_lexicon           known names and aliases -> doc.spans["mlkg_candidates"]
mlkg_names             coined names by shape, acronym short forms, the title's name (candidates)
mlkg_types             one entity per distinct name, generic ones dropped, typed by votes
                       -> doc.spans["mlkg_entities"], doc.ents
mlkg_decide            the trained decider: keeps, drops, adds or retypes names where it is
                       confident (:mod:`mlkg.extract.decide`)
mlkg_roles             introduces / compares / uses / mentions per entity
mlkg_repositories      GitHub and Hugging Face repositories (code or mentions) -> entities
mlkg_organizations     companies, labs and universities named in the text -> entities
mlkg_results           (model, dataset, metric, value) claims -> doc._.mlkg_results
=====================  ==========================================================

:func:`create_nlp` (also ``mlkg.extract.create_nlp``) returns the pipeline; what a processed
Doc holds, and how it serializes, is described in :mod:`mlkg.extract.spans`.

The decider's weights ship in the package (data/decider.json.gz); nothing is downloaded.
:func:`extract_spacy` runs in one process; to use more, the build's partition runner (:mod:`mlkg.build.runner`) gives each worker
process its own partitions of the papers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from mlkg.model import Entity, EntityType, Evidence, Extraction, Paper, Result

from . import (  # noqa: F401
    abbreviations,
    classify,
    lexicon,
    names,
    organizations,
    repos,
    results,
    roles,
    sentences,
    tokenizer,  # registers mlkg.Tokenizer.v1
)
from .basic import organization_entities
from .candidates import doc_text, make_doc, sentence_bounds
from .classify import DocEntity
from .decide import component as _decide_component  # noqa: F401  registers mlkg_decide
from .repos import with_listing_repositories
from .results import DocResult
from .shapes import norm_key
from .spans import doc_value, read_entities

PIPELINE = (
    "mlkg_sentences", "mlkg_abbreviations", "mlkg_lexicon", "mlkg_names", "mlkg_types", "mlkg_decide", "mlkg_roles",
    "mlkg_repositories", "mlkg_organizations", "mlkg_results",
)
MAX_EVIDENCE = 3


def create_nlp(lexicon_path: str | None = None, *, decide: bool = True) -> Language:
    """A blank English pipeline with the mlkg tokenizer and components (``decide=False``: rules only,
    as the decider's training sees them)."""
    # The tokenizer from the config: spacy.blank would first build (and load the special cases of) its own.
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "mlkg.Tokenizer.v1"}}})
    for name in PIPELINE:
        if name == "mlkg_decide" and not decide:
            continue
        config = {"path": lexicon_path} if name in ("mlkg_lexicon", "mlkg_types", "mlkg_decide",
                                                    "mlkg_organizations") else {}
        nlp.add_pipe(name, config=config)
    return nlp


def _evidence(doc: Doc, entity: DocEntity) -> tuple[Evidence, ...]:
    out: list[Evidence] = []
    seen: set[int] = set()
    text = doc_text(doc)
    for cand in sorted(entity.mentions, key=lambda c: c.start):
        start, end = sentence_bounds(doc, cand.start)
        if start in seen:
            continue
        seen.add(start)
        out.append(Evidence(text[start:end], start, end))
        if len(out) == MAX_EVIDENCE:
            break
    return tuple(out)


def doc_to_extraction(doc: Doc, paper: Paper) -> Extraction:
    """Turn a processed Doc into one Entity per distinct thing, merged with the listing's metadata."""
    entities: dict[tuple[str, str], Entity] = {}
    repositories: dict[str, Entity] = {}
    for item in read_entities(doc):
        if item.type is EntityType.REPOSITORY:  # as mlkg_repositories found them, merged below with the listing
            repositories[item.key] = Entity(
                item.name, item.type, item.role, item.confidence,
                tuple(Evidence(*ev) for ev in item.evidence or ()), item.extractor,
                aliases=tuple(item.aliases), key=item.key)
            continue
        key = item.lexicon_id if item.lexicon_id else None
        entity = Entity(
            name=item.name,
            type=item.type,
            role=item.role,
            confidence=item.confidence,
            evidence=_evidence(doc, item),
            extractor=item.extractor if item.type is EntityType.ORGANIZATION or item.extractor == "mlkg_decide"
            else ("mlkg_lexicon" if item.lexicon_id else "mlkg_names"),
            aliases=tuple(a for a in dict.fromkeys(item.aliases) if a != item.name),
            key=f"lex:{key}" if key else None,
        )
        slot = (entity.type.value, norm_key(entity.name))
        if slot not in entities:
            entities[slot] = entity
    for entity in organization_entities(paper) + with_listing_repositories(repositories, paper):
        slot = (entity.type.value, norm_key(entity.name))
        entities[slot] = entity  # the listing's own field is authoritative for affiliation and code
    found = [  # the rows behind doc.spans["mlkg_results"]; a relative gain is less sure than a stated number
        Result(r.model, r.dataset, r.metric, r.value,
               Evidence(doc_text(doc)[r.sent_start:r.sent_end], r.sent_start, r.sent_end), r.confidence)
        for r in map(DocResult._make, doc_value(doc, "mlkg_result_rows") or ())
    ]
    return Extraction(paper, tuple(entities.values()), tuple(found))


def _extract_chunk(args: tuple[list[Paper], str | None, int]) -> list[Extraction]:
    papers, lexicon_path, batch_size = args
    nlp = _worker_nlp(lexicon_path)
    docs = nlp.pipe((make_doc(nlp, p.text) for p in papers), batch_size=batch_size)
    return [doc_to_extraction(doc, paper) for doc, paper in zip(docs, papers)]


_NLP_CACHE: dict[str | None, Language] = {}


def _worker_nlp(lexicon_path: str | None) -> Language:
    if lexicon_path not in _NLP_CACHE:
        _NLP_CACHE[lexicon_path] = create_nlp(lexicon_path)
    return _NLP_CACHE[lexicon_path]


def _chunks(papers: Iterable[Paper], size: int) -> Iterator[list[Paper]]:
    iterator = iter(papers)
    while chunk := list(islice(iterator, size)):
        yield chunk


def extract_spacy(papers: Iterable[Paper], *, batch_size: int = 256, chunk_size: int = 1000,
                  lexicon_path: str | None = None) -> Iterator[Extraction]:
    """Extract from every paper, in input order, in this process (chunks bound the memory held)."""
    for chunk in _chunks(papers, chunk_size):
        yield from _extract_chunk((chunk, lexicon_path, batch_size))
