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

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice
from typing import Any

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
PIECE_CHARS = 100_000
"""Texts longer than this are extracted in pieces of at most this many characters: spaCy refuses
texts over ``nlp.max_length`` (10x this), and the components' time grows faster than the length."""
_SURROGATE = re.compile("[\ud800-\udfff]")


def create_nlp(lexicon_path: str | None = None, *, decide: bool = True) -> Language:
    """A blank English pipeline with the mlkg tokenizer and components (``decide=False``: rules only,
    as the decider's training sees them)."""
    # The tokenizer from the config: spacy.blank would first build (and load the special cases of) its own.
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "mlkg.Tokenizer.v1"}}})
    for name in PIPELINE:
        if name == "mlkg_decide" and not decide:
            continue
        config: dict[str, Any] = {"path": lexicon_path} if name in ("mlkg_lexicon", "mlkg_types", "mlkg_decide",
                                                                    "mlkg_roles", "mlkg_organizations") else {}
        if name == "mlkg_results":
            config = {"decide": decide}  # the results decider goes with the entity decider
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
    renamed: dict[str, str] = {}
    for item in read_entities(doc):
        if item.type is EntityType.REPOSITORY:  # as mlkg_repositories found them, merged below with the listing
            repositories[item.key] = Entity(
                item.name, item.type, item.role, item.confidence,
                tuple(Evidence(*ev) for ev in item.evidence or ()), item.extractor,
                aliases=tuple(item.aliases), key=item.key)
            continue
        key = item.lexicon_id if item.lexicon_id else None
        name = _written_name(item)
        if name != item.name:
            renamed[item.name] = name
        entity = Entity(
            name=name,
            type=item.type,
            role=item.role,
            confidence=item.confidence,
            evidence=_evidence(doc, item),
            extractor=item.extractor if item.type is EntityType.ORGANIZATION or item.extractor == "mlkg_decide"
            else ("mlkg_lexicon" if item.lexicon_id else "mlkg_names"),
            aliases=tuple(a for a in dict.fromkeys((*item.aliases, item.name)) if a != name),
            key=f"lex:{key}" if key else None,
        )
        slot = (entity.type.value, norm_key(entity.name))
        if slot not in entities:
            entities[slot] = entity
    for entity in organization_entities(paper) + with_listing_repositories(repositories, paper):
        slot = (entity.type.value, norm_key(entity.name))
        entities[slot] = entity  # the listing's own field is authoritative for affiliation and code
    found = [  # the rows behind doc.spans["mlkg_results"]; a relative gain is less sure than a stated number
        Result(renamed.get(r.model, r.model), renamed.get(r.dataset, r.dataset), r.metric, r.value,
               Evidence(doc_text(doc)[r.sent_start:r.sent_end], r.sent_start, r.sent_end), r.confidence,
               setting=r.setting or None, task=r.task or None)
        for r in map(DocResult._make, doc_value(doc, "mlkg_result_rows") or ())
    ]
    return Extraction(paper, tuple(entities.values()), tuple(found))


def _written_name(item: DocEntity) -> str:
    """The name as the text writes it: the rules name an acronym by its singular ("HMM" for "HMMs"), which
    merges its forms; where the text writes only the plural, that is the name (and the singular an alias)."""
    written = [m.text for m in item.mentions if m.source != "title"] or [m.text for m in item.mentions]
    if not written or item.name in written:
        return item.name
    plural = next((w for w in written if w.endswith("s") and w[:-1] == item.name), None)
    return plural or item.name


def _extract_chunk(args: tuple[list[Paper], str | None, int]) -> list[Extraction]:
    papers, lexicon_path, batch_size = args
    nlp = _worker_nlp(lexicon_path)
    texts = [p.text for p in papers]
    short = [(text, paper) for text, paper in zip(texts, papers) if len(text) <= PIECE_CHARS]
    docs = nlp.pipe((_make_doc(nlp, text) for text, _ in short), batch_size=batch_size)
    found = (doc_to_extraction(doc, paper) for doc, (_, paper) in zip(docs, short))
    return [next(found) if len(text) <= PIECE_CHARS else _extract_long(nlp, text, paper)
            for text, paper in zip(texts, papers)]


def _make_doc(nlp: Language, text: str) -> Doc:
    """:func:`make_doc`, safe for lone surrogates, which spaCy cannot hash: they are tokenized as
    U+FFFD (one character for one, so offsets hold) while the Doc keeps ``text`` as it is, for
    evidence. Loaders repair surrogates; this keeps extraction from failing on any that get through."""
    try:
        text.encode("utf-8")  # what spaCy does to hash each token; much faster than a regex search
    except UnicodeEncodeError:
        doc = make_doc(nlp, _SURROGATE.sub("\ufffd", text))
        doc.user_data["mlkg_text"] = text
        return doc
    return make_doc(nlp, text)


def split_pieces(text: str, start: int = 0, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of ``text[start:]`` of at most ``limit`` characters, cut
    after a sentence's end where one is in the second half of a piece, else after a space."""
    spans = []
    while len(text) - start > limit:
        end, half = start + limit, start + limit // 2
        cut = max(text.rfind(". ", half, end) + 2, text.rfind("\n", half, end) + 1)
        if cut < half:
            cut = text.rfind(" ", half, end) + 1
        end = cut if cut > half else end
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _extract_long(nlp: Language, text: str, paper: Paper) -> Extraction:
    """Extract a text longer than :data:`PIECE_CHARS` piece by piece, each piece after the title (as
    every paper starts), with offsets shifted back into ``Paper.text``; merged per distinct entity."""
    head = len(paper.title) + 2 if paper.abstract and len(paper.title) + 2 <= PIECE_CHARS // 2 else 0
    entities: dict[tuple[str, str], Entity] = {}
    found: list[Result] = []
    for start, end in split_pieces(text, head, PIECE_CHARS - head):
        shift = start - head

        def moved(ev: Evidence, shift: int = shift) -> Evidence | None:
            """The evidence at its place in the whole text; None for the title's, after the first piece
            (the first piece has it, and a sentence running from the title on is the first piece's)."""
            if ev.start is None or ev.end is None or not shift:
                return ev
            return Evidence(ev.text, ev.start + shift, ev.end + shift) if ev.start >= head else None

        part = doc_to_extraction(nlp(_make_doc(nlp, text[:head] + text[start:end])), paper)
        for entity in part.entities:
            evidence = tuple(ev for ev in map(moved, entity.evidence) if ev is not None)
            if not evidence and entity.evidence:
                continue  # named in the title only: the first piece has it
            entity = replace(entity, evidence=evidence)
            slot = (entity.type.value, norm_key(entity.name))
            if slot in entities:  # the first piece's entity, with evidence from later pieces too
                first = entities[slot]
                evidence = tuple(dict.fromkeys(first.evidence + entity.evidence))[:MAX_EVIDENCE]
                entity = replace(first, evidence=evidence)
            entities[slot] = entity
        for result in part.results:
            evidence = moved(result.evidence)
            if evidence is not None and (result := replace(result, evidence=evidence)) not in found:
                found.append(result)
    return Extraction(paper, tuple(entities.values()), tuple(found))


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
