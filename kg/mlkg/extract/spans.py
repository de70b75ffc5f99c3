"""The state the components leave on a Doc, the spaCy way: spans, and plain values in extensions.

Components hand each other spans and serializable values, never Python objects, so a processed
Doc round-trips through ``doc.to_bytes()`` and ``DocBin(store_user_data=True)``, ``displacy``
draws its entities, and a trained component can consume or produce the same spans.

- ``doc.spans["mlkg_candidates"]``: mentions that may name an entity. ``label_`` is where the
  mention came from (lexicon, shape, abbreviation, title), ``kb_id_`` the lexicon entry's id. A
  name can be part of a token ("PIVOT" in "PIVOT-trained") or have a long form ("Vision
  Transformer" for ViT): ``doc._.mlkg_candidate_parts`` maps such a span's index in the group to
  ``[start, end, long_form]``. The group's ``attrs["mlkg_rows"]`` holds the same candidates as plain
  rows, which the next component reads instead of walking the spans (see :func:`read_candidates`).
- ``doc.spans["mlkg_entities"]``: every mention of every entity; ``label_`` is the
  :class:`~mlkg.model.EntityType`, ``kb_id_`` the lexicon id, ``id_`` the entity's row number in
  ``doc._.mlkg_entity_rows`` (one dict per entity: name, role, confidence, aliases, mentions...).
- ``doc.ents``: the longest non-overlapping entity mentions.
- ``span._.mlkg_name``, ``mlkg_role``, ``mlkg_confidence``, ``mlkg_aliases``, ``mlkg_evidence``:
  the facts of the entity a mention span belongs to.
- ``doc.spans["mlkg_results"]``: the value of each claimed result; ``label_`` is the normalised
  metric, ``id_`` the claim's row in ``doc._.mlkg_result_rows``; ``span._.mlkg_result_model``,
  ``mlkg_result_dataset``, ``mlkg_result_metric``, ``mlkg_result_value``, ``mlkg_result_setting``
  and ``mlkg_result_task`` read that row ("" for a setting or task the sentence does not give).

spaCy keys a span extension's value by the span's characters only, so two entities mentioned on
the same token ("ResNet50/ViT-B32") would share per-span values: that is why an entity's facts
live in its row, which the span's ``id_`` names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from mlkg.model import EntityType, Role

from .candidates import Candidate, doc_text, sentence_bounds

if TYPE_CHECKING:
    from .classify import DocEntity
    from .lexicon import LexEntry

CANDIDATES = "mlkg_candidates"
ENTITIES = "mlkg_entities"
RESULTS = "mlkg_results"
_ROWS = "mlkg_entity_rows"


def ensure_extensions() -> None:
    """Register the Doc and Span extensions the mlkg components share (idempotent; called in ``__init__``)."""
    doc_getters = {
        "mlkg_candidates": lambda doc: read_candidates(doc),
        "mlkg_entities": lambda doc: read_entities(doc),
        "mlkg_results": _results,
        "abbreviations": _abbreviations,
    }
    for name, getter in doc_getters.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=getter)
    for name in (_ROWS, "mlkg_candidate_parts", "mlkg_result_rows", "mlkg_abbreviation_rows"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    span_getters = {
        "mlkg_name": lambda span: _row_value(span, "name"),
        "mlkg_role": lambda span: _row_value(span, "role"),
        "mlkg_confidence": lambda span: _row_value(span, "confidence"),
        "mlkg_aliases": lambda span: _row_value(span, "aliases"),
        "mlkg_evidence": _span_evidence,
        "mlkg_result_model": lambda span: _result_value(span, 0),
        "mlkg_result_dataset": lambda span: _result_value(span, 1),
        "mlkg_result_metric": lambda span: _result_value(span, 2),
        "mlkg_result_value": lambda span: _result_value(span, 3),
        "mlkg_result_setting": lambda span: _result_value(span, 9),
        "mlkg_result_task": lambda span: _result_value(span, 10),
    }
    for name, getter in span_getters.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)


# Candidates ------------------------------------------------------------------------------------

_ROWS_ATTR = "mlkg_rows"
"""The group's ``attrs`` key of its candidates as plain rows, ``[start, end, tok_start, tok_end, source,
entry id or None, long form or None]`` per span: four components read the candidates, and walking the
spans (a Span object, two string-store look-ups each) took about 4% of extraction. The rows are written
with the spans (so a copy or a serialized group keeps both); a group assigned anew has none, and one whose
length no longer matches is read from its spans."""


def _candidate_rows(doc: Doc, group: SpanGroup) -> list[list[Any]]:
    """The rows of the candidate group: kept by the writer, else read from the spans."""
    kept: list[list[Any]] | None = group.attrs.get(_ROWS_ATTR)
    if kept is not None and len(kept) == len(group):
        return kept
    parts = doc_value(doc, "mlkg_candidate_parts") or {}
    rows = []
    for i, span in enumerate(group):
        part = parts.get(i)
        start, end, long_form = part if part is not None else (span.start_char, span.end_char, None)
        rows.append([start, end, span.start, span.end, span.label_, span.kb_id_ if span.kb_id else None, long_form])
    return rows


def _row(cand: Candidate) -> list[Any]:
    return [cand.start, cand.end, cand.tok_start, cand.tok_end, cand.source,
            cand.entry.id if cand.entry is not None else None, cand.long_form]


def candidate_token_ranges(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` token offsets of the candidate spans."""
    group = doc.spans.get(CANDIDATES)
    return [(row[2], row[3]) for row in _candidate_rows(doc, group)] if group else []


def read_candidates(doc: Doc, entries: Mapping[str, LexEntry] | None = None, *,
                    entry_type: str | None = None, skip_sources: frozenset[str] = frozenset(),
                    covered: set[int] | None = None) -> list[Candidate]:
    """The candidate spans as working :class:`Candidate` objects (fresh each call).

    ``entries`` resolves each span's ``kb_id_``; with ``entry_type``, only spans whose entry has
    that type are read. Spans from ``skip_sources``, and spans with a character in ``covered``, are
    not read (tested on the rows: no object is built for a span the caller would drop).
    """
    group = doc.spans.get(CANDIDATES)
    if not group:
        return []
    text = doc_text(doc)
    out: list[Candidate] = []
    for start, end, tok_start, tok_end, source, entry_id, long_form in _candidate_rows(doc, group):
        if source in skip_sources or covered and not covered.isdisjoint(range(start, end)):
            continue
        entry = entries.get(entry_id) if entry_id and entries is not None else None
        if entry_type is not None and (entry is None or entry.type != entry_type):
            continue
        out.append(Candidate(start, end, tok_start, tok_end, text[start:end], source, entry=entry,
                             long_form=long_form))
    return out


def write_candidates(doc: Doc, candidates: Iterable[Candidate], *, append: bool = False) -> None:
    """Store ``candidates`` in ``doc.spans["mlkg_candidates"]``, replacing the group or appending to it."""
    group = doc.spans.get(CANDIDATES) if append else None
    base = len(group) if group is not None else 0
    parts: dict[int, list[Any]] = dict(doc_value(doc, "mlkg_candidate_parts") or {}) if group is not None else {}
    rows = list(_candidate_rows(doc, group)) if group is not None else []
    spans: list[Span] = []
    add = doc.vocab.strings.add
    for i, cand in enumerate(candidates, base):
        span = Span(doc, cand.tok_start, cand.tok_end, label=add(cand.source),
                    kb_id=add(cand.entry.id) if cand.entry is not None else 0)
        spans.append(span)
        rows.append(_row(cand))
        if cand.long_form is not None or cand.start != span.start_char or cand.end != span.end_char:
            parts[i] = [cand.start, cand.end, cand.long_form]
    if group is not None:
        group.extend(spans)
    else:
        doc.spans[CANDIDATES] = spans
        group = doc.spans[CANDIDATES]
    group.attrs[_ROWS_ATTR] = rows
    set_doc_value(doc, "mlkg_candidate_parts", parts)


def update_candidates(doc: Doc, candidates: list[Candidate], changed: Iterable[int]) -> None:
    """Rewrite the spans of ``candidates`` (as :func:`read_candidates` returned them) at the ``changed`` indices."""
    group = doc.spans[CANDIDATES]
    parts: dict[int, list[Any]] = dict(doc_value(doc, "mlkg_candidate_parts") or {})
    rows = list(_candidate_rows(doc, group))
    add = doc.vocab.strings.add
    for i in changed:
        cand = candidates[i]
        span = Span(doc, cand.tok_start, cand.tok_end, label=add(cand.source),
                    kb_id=add(cand.entry.id) if cand.entry is not None else 0)
        group[i] = span
        rows[i] = _row(cand)
        if cand.long_form is not None or cand.start != span.start_char or cand.end != span.end_char:
            parts[i] = [cand.start, cand.end, cand.long_form]
    group.attrs[_ROWS_ATTR] = rows
    set_doc_value(doc, "mlkg_candidate_parts", parts)


# Entities --------------------------------------------------------------------------------------

def _entity_row(entity: DocEntity) -> dict[str, Any]:
    return {
        "key": entity.key, "name": entity.name, "type": entity.type.value, "role": entity.role.value,
        "confidence": entity.confidence, "aliases": list(entity.aliases), "lexicon_id": entity.lexicon_id,
        "extractor": entity.extractor, "coined": entity.coined,
        "stated": entity.stated,
        "votes": {label: round(weight, 3) for label, weight in sorted(entity.votes.items())},
        "mentions": [[m.start, m.end, m.source, m.tok_start, m.tok_end] for m in entity.mentions],
        "evidence": [list(ev) for ev in entity.evidence] if entity.evidence is not None else None,
    }


def entity_rows(doc: Doc) -> list[dict[str, Any]]:
    """The entity rows as stored (mutable: a component may update a row in place)."""
    return doc_value(doc, _ROWS) or []


# The members by value: a dict look-up, where calling the Enum (EntityType("Model")) costs a dozen times more;
# read_entities turns every row's two values back into members, a few times per Doc.
_TYPES: dict[str, EntityType] = {t.value: t for t in EntityType}
_ROLES: dict[str, Role] = {r.value: r for r in Role}


@cache
def _entity_class() -> type[DocEntity]:
    """DocEntity, imported once (classify imports this module): an import statement in a function costs
    microseconds on every call, and the entities are read a few times per Doc."""
    from .classify import DocEntity

    return DocEntity


def read_entities(doc: Doc) -> list[DocEntity]:
    """The entities as working :class:`~mlkg.extract.classify.DocEntity` objects (fresh each call)."""
    DocEntity = _entity_class()
    text = doc_text(doc)
    out = []
    for row in entity_rows(doc):
        mentions = [Candidate(s, e, ts, te, text[s:e], source) for s, e, source, ts, te in row["mentions"]]
        evidence = row["evidence"]
        kind, role = row["type"], row["role"]
        out.append(DocEntity(row["key"], row["name"], type=_TYPES.get(kind) or EntityType(kind), mentions=mentions,
                             aliases=list(row["aliases"]), role=_ROLES.get(role) or Role(role),
                             confidence=row["confidence"],
                             lexicon_id=row["lexicon_id"], coined=row["coined"], stated=row["stated"],
                             extractor=row["extractor"],
                             evidence=[tuple(ev) for ev in evidence] if evidence is not None else None))
    return out


def write_entities(doc: Doc, entities: Iterable[DocEntity], *, append: bool = False) -> None:
    """Store ``entities`` as rows, mention spans in ``doc.spans["mlkg_entities"]``, and ``doc.ents``."""
    rows = list(entity_rows(doc)) if append else []
    spans = list(doc.spans[ENTITIES]) if append and ENTITIES in doc.spans else []
    add = doc.vocab.strings.add
    for entity in entities:
        span_id = add(str(len(rows)))
        rows.append(_entity_row(entity))
        label, kb_id = add(entity.type.value), add(entity.lexicon_id) if entity.lexicon_id else 0
        spans.extend(Span(doc, m.tok_start, m.tok_end, label=label, kb_id=kb_id, span_id=span_id)
                     for m in entity.mentions)
    set_doc_value(doc, _ROWS, rows)
    doc.spans[ENTITIES] = spans
    _set_ents(doc, filter_spans(spans))


def _set_ents(doc: Doc, ents: list[Span]) -> None:
    """``doc.set_ents(ents, default="outside")``: every token first marked outside (O, no type) in one array
    write, then the entities set over it, the rest unmodified. The same token state, but spaCy's loop for the
    default reads an Enum member per token, and passing the gaps as ``outside`` spans has it collect every
    token in a set: each made the call about twice as slow. (The ``doc.ents`` setter is slower still.)"""
    ents = [ent for ent in ents if ent.label]  # (as set_ents does: a span with no label is no entity)
    outside = numpy.zeros((len(doc), 2), dtype="uint64")
    outside[:, 0] = _IOB_OUTSIDE
    doc.from_array(_IOB_AND_TYPE, outside)
    doc.set_ents(ents, default="unmodified")


_IOB_AND_TYPE = [ENT_IOB, ENT_TYPE]
_IOB_OUTSIDE = 2  # (token.ent_iob: 0 missing, 1 inside, 2 outside, 3 begin)


def update_roles(doc: Doc, entities: list[DocEntity]) -> None:
    """Write back the roles of ``entities``, as :func:`read_entities` returned them (same order)."""
    for row, entity in zip(entity_rows(doc), entities, strict=True):
        row["role"] = entity.role.value
        row["confidence"] = entity.confidence


def _row_value(span: Span, field: str) -> Any:
    rows = entity_rows(span.doc)
    span_id = span.id_
    if not span_id.isdigit() or int(span_id) >= len(rows):
        return None
    value = rows[int(span_id)][field]
    return Role(value) if field == "role" else value


def _span_evidence(span: Span) -> tuple[str, int, int]:
    """The sentence around the span, as ``(text, start, end)``."""
    start, end = sentence_bounds(span.doc, span.start_char)
    return doc_text(span.doc)[start:end], start, end


# Abbreviations and results: plain rows, read as objects -----------------------------------------

_last_abbreviations: tuple[list[Any], tuple[Any, ...]] = ([], ())
"""The rows last read and their (frozen) Abbreviation objects: names, types and roles each read the same
Doc's rows, one after the other. (The rows are replaced, never changed in place; holding them keeps their id.)"""


def _abbreviations(doc: Doc) -> list[Any]:
    global _last_abbreviations

    rows = doc_value(doc, "mlkg_abbreviation_rows") or []
    last = _last_abbreviations  # (read once: another thread may replace it meanwhile)
    if last[0] is not rows:
        # (imported here, once per Doc: abbreviations imports this module)
        from .abbreviations import Abbreviation

        last = _last_abbreviations = (rows, tuple(Abbreviation(*row) for row in rows))
    return list(last[1])


def _results(doc: Doc) -> list[Any]:
    from .results import DocResult

    return [DocResult(*row) for row in doc_value(doc, "mlkg_result_rows") or ()]


def _result_value(span: Span, field: int) -> Any:
    """A field of the result row a ``doc.spans["mlkg_results"]`` span names (None for any other span)."""
    rows = doc_value(span.doc, "mlkg_result_rows") or ()
    span_id = span.id_
    if not span_id.isdigit() or int(span_id) >= len(rows):
        return None
    if not any(s.start == span.start and s.end == span.end and s.id_ == span_id
               for s in span.doc.spans.get(RESULTS, ())):
        return None
    return rows[int(span_id)][field]


abbreviations_of = _abbreviations  # doc._.abbreviations, for the components (no Underscore object per call)


def doc_value(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` of an extension with a default, read where spaCy keeps it, in ``doc.user_data``.

    ``doc._`` builds an object on each access; the components read and write their rows a few
    dozen times per Doc, on millions of Docs, so they use these two instead.
    """
    return doc.user_data.get(("._.", name, None, None))


def set_doc_value(doc: Doc, name: str, value: Any) -> None:
    """``doc._.<name> = value`` (see :func:`doc_value`)."""
    doc.user_data[("._.", name, None, None)] = value
