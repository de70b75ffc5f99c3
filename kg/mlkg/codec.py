"""The one file format of :class:`mlkg.model.Extraction` records: versioned JSON Lines.

``mlkg extract`` writes it, a build's extraction cache is the same lines gzip'd, shards
carry its entity and result lists, and ``mlkg eval`` reads predictions with it. A file is
a header object, then one record per line::

    {"mlkg_extractions": 1, "extractor": "spacy", "mlkg_version": "..."}
    {"paper": {...every Paper field...}, "entities": [...], "results": [...]}

A record holds everything in an Extraction, losslessly, so any such file rebuilds the
graph. Change the layout of a record only together with :data:`FORMAT_VERSION`: readers
refuse any other version with a coded error, never misread it. An optional key that a reader
may ignore (a result's ``setting`` and ``task``, written only when known) is no new layout.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import fields
from typing import IO, Any

from mlkg.errors import Errors, MlkgError
from mlkg.model import Entity, EntityType, Evidence, Extraction, Organization, Paper, Result, Role

FORMAT_VERSION = 1
VERSION_KEY = "mlkg_extractions"


class CodecError(MlkgError, ValueError):
    """A file or record that is not (this version of) the extraction format; the message says where."""


def header(extractor: str, mlkg_version: str) -> dict[str, Any]:
    """The first line of a file: the format version and what wrote it."""
    return {VERSION_KEY: FORMAT_VERSION, "extractor": extractor, "mlkg_version": mlkg_version}


# --------------------------------------------------------------------------- encoding


def encode_paper(paper: Paper) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(paper):
        value = getattr(paper, f.name)
        if f.name == "replaces" and not value:
            continue  # rare; absent, a record reads the same in versions before it
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, Organization):
            value = {"name": value.name, "slug": value.slug}
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {"text": evidence.text, "start": evidence.start, "end": evidence.end}


def encode_entities(entities: Iterable[Entity]) -> list[dict[str, Any]]:
    return [{"name": e.name, "type": e.type.value, "role": e.role.value, "confidence": e.confidence,
             "evidence": [_evidence(ev) for ev in e.evidence], "extractor": e.extractor,
             "aliases": list(e.aliases), "key": e.key} for e in entities]


def encode_results(results: Iterable[Result]) -> list[dict[str, Any]]:
    """Each result; ``setting`` and ``task`` only when known, so records without them read as before."""
    return [{"model": r.model, "dataset": r.dataset, "metric": r.metric, "value": r.value,
             "evidence": _evidence(r.evidence), "confidence": r.confidence, "extractor": r.extractor,
             **({"setting": r.setting} if r.setting is not None else {}),
             **({"task": r.task} if r.task is not None else {})}
            for r in results]


def encode(extraction: Extraction) -> dict[str, Any]:
    """Everything in an Extraction, losslessly, as JSON-ready data (one record)."""
    return {"paper": encode_paper(extraction.paper), "entities": encode_entities(extraction.entities),
            "results": encode_results(extraction.results)}


def to_json(value: Any) -> str:
    """``value`` as JSON text that encodes to UTF-8 whatever its strings hold: a lone surrogate (which
    UTF-8 cannot carry) makes the text ASCII-escaped, and ``json.loads`` gives the same strings back."""
    text = json.dumps(value, ensure_ascii=False)
    return text if utf8_safe(text) else json.dumps(value)


def utf8_safe(text: str) -> bool:
    """Whether ``text`` encodes to UTF-8, i.e. holds no lone surrogate (faster than a regex search)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def dumps(extraction: Extraction) -> str:
    """One record as its line (without the newline)."""
    return to_json(encode(extraction))


def write(fh: IO[str], extractions: Iterable[Extraction], head: Mapping[str, Any]) -> int:
    """Write the header, then one line per extraction; return how many were written."""
    if head.get(VERSION_KEY) != FORMAT_VERSION:
        raise ValueError(f"a header of format version {FORMAT_VERSION} is needed, not {dict(head)!r}")
    fh.write(json.dumps(dict(head)) + "\n")
    count = 0
    for extraction in extractions:
        fh.write(dumps(extraction) + "\n")
        count += 1
    return count


# --------------------------------------------------------------------------- decoding


def decode_paper(data: Mapping[str, Any]) -> Paper:
    values = dict(data)
    if values.get("published"):
        values["published"] = dt.date.fromisoformat(values["published"])
    if values.get("organization"):
        values["organization"] = Organization(**values["organization"])
    for name in ("authors", "categories", "keywords", "replaces"):
        values[name] = tuple(values.get(name) or ())
    return Paper(**values)


def decode(record: Mapping[str, Any], paper: Paper | None = None) -> Extraction:
    """The Extraction of one record; ``paper`` replaces the record's own (shards carry none).

    Raises KeyError, TypeError or ValueError on a damaged record; :func:`read` turns those
    into a :class:`CodecError` naming the line.
    """
    # One sentence is the evidence of several entities: keep one string per sentence, not one per use.
    sentences: dict[str, str] = {}

    def evidence(ev: Mapping[str, Any]) -> Evidence:
        return Evidence(sentences.setdefault(ev["text"], ev["text"]), ev.get("start"), ev.get("end"))

    entities = tuple(
        Entity(e["name"], EntityType(e["type"]), Role(e["role"]), e["confidence"],
               tuple(evidence(ev) for ev in e["evidence"]), e["extractor"], tuple(e["aliases"]),
               e.get("key"))
        for e in record["entities"])
    results = tuple(
        Result(r["model"], r["dataset"], r["metric"], r["value"], evidence(r["evidence"]),
               r["confidence"], r["extractor"], r.get("setting"), r.get("task")) for r in record["results"])
    return Extraction(paper if paper is not None else decode_paper(record["paper"]), entities, results)


_PLAIN = {"str": (str,), "int": (int,), "float": (float, int), "bool": (bool,)}


def checked(extraction: Extraction) -> Extraction:
    """``extraction`` if every field holds its annotated type, else TypeError: a record edited or
    damaged in place (an int title) would otherwise fail far from the file, in resolution."""
    _check(extraction, "record")
    return extraction


def _check(obj: Any, where: str) -> None:
    for f in fields(obj):
        value, kind = getattr(obj, f.name), str(f.type).replace(" ", "")
        base = kind.removesuffix("|None")
        if value is None:
            if base == kind:
                raise TypeError(f"{where}.{f.name} is null")
            continue
        items = value if base.startswith("tuple[") else (value,)
        if base.startswith("tuple[") and not isinstance(value, tuple):
            raise TypeError(f"{where}.{f.name} is not a list")
        plain = _PLAIN.get(base.removeprefix("tuple[").removesuffix(",...]"))
        for item in items:
            if plain and (not isinstance(item, plain) or (isinstance(item, bool) and bool not in plain)):
                raise TypeError(f"{where}.{f.name} is {type(item).__name__}, not {plain[0].__name__}")
            if not plain and hasattr(item, "__dataclass_fields__"):
                _check(item, f"{where}.{f.name}")


def read_header(line: str, source: str) -> dict[str, Any]:
    """The header of a file whose first line is ``line``; CodecError unless it is this version's."""
    try:
        head = json.loads(line) if line.strip() else None
    except ValueError:
        head = None
    if not isinstance(head, dict) or VERSION_KEY not in head:
        raise CodecError(Errors.E190.format(source=source))
    if head[VERSION_KEY] != FORMAT_VERSION:
        raise CodecError(Errors.E191.format(source=source, version=head[VERSION_KEY],
                                            supported=FORMAT_VERSION))
    return head


def read(lines: Iterable[str], source: str,
         check: Callable[[dict[str, Any]], None] | None = None) -> Iterator[Extraction]:
    """The extractions of a file's ``lines`` (header first); ``source`` names it in errors.

    ``check(header)`` may raise to refuse a file of another extractor or version before any
    record is read. Blank lines are skipped.
    """
    iterator = iter(lines)
    head = read_header(next(iterator, ""), source)
    if check is not None:
        check(head)
    for line_no, line in enumerate(iterator, start=2):
        if not line.strip():
            continue
        try:
            yield checked(decode(json.loads(line)))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise CodecError(Errors.E192.format(source=source, line=line_no,
                                                problem=f"{type(exc).__name__}: {exc}")) from None
