"""The extraction cache a build leaves in its output directory, which ``mlkg build --update`` reads.

Resolution is global (a definition in one paper merges mentions in others),
so an update must re-resolve every paper; the cache spares it re-extracting
the ones already seen. It is gzip'd JSON Lines: a header object, then one
extraction per line with the full paper record, in the build's paper order.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

from mlkg.errors import MlkgError
from mlkg.files import atomic_path
from mlkg.model import Entity, EntityType, Evidence, Extraction, Organization, Paper, Result, Role

FILENAME = "extractions.jsonl.gz"
FORMAT_VERSION = 1


class CacheError(MlkgError, ValueError):
    """The cache is missing, from another extractor or version, or damaged; the message says what to do."""


def _paper_dict(paper: Paper) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(paper):
        value = getattr(paper, f.name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, Organization):
            value = {"name": value.name, "slug": value.slug}
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out


def _paper(data: dict[str, Any]) -> Paper:
    values = dict(data)
    if values.get("published"):
        values["published"] = dt.date.fromisoformat(values["published"])
    if values.get("organization"):
        values["organization"] = Organization(**values["organization"])
    for name in ("authors", "categories", "keywords"):
        values[name] = tuple(values.get(name) or ())
    return Paper(**values)


def _ev_dict(evidence: Evidence) -> dict[str, Any]:
    return {"text": evidence.text, "start": evidence.start, "end": evidence.end}


def extraction_dict(extraction: Extraction) -> dict[str, Any]:
    """Everything in an Extraction, losslessly, as JSON-ready data."""
    return {
        "paper": _paper_dict(extraction.paper),
        "entities": [{"name": e.name, "type": e.type.value, "role": e.role.value, "confidence": e.confidence,
                      "evidence": [_ev_dict(ev) for ev in e.evidence], "extractor": e.extractor,
                      "aliases": list(e.aliases), "key": e.key} for e in extraction.entities],
        "results": [{"model": r.model, "dataset": r.dataset, "metric": r.metric, "value": r.value,
                     "evidence": _ev_dict(r.evidence), "confidence": r.confidence, "extractor": r.extractor}
                    for r in extraction.results],
    }


def extraction_from_dict(data: dict[str, Any]) -> Extraction:
    # One sentence is the evidence of several entities: keep one string per sentence, not one per use.
    sentences: dict[str, str] = {}

    def evidence(ev: dict[str, Any]) -> Evidence:
        return Evidence(sentences.setdefault(ev["text"], ev["text"]), ev.get("start"), ev.get("end"))

    entities = tuple(
        Entity(e["name"], EntityType(e["type"]), Role(e["role"]), e["confidence"],
               tuple(evidence(ev) for ev in e["evidence"]), e["extractor"], tuple(e["aliases"]), e.get("key"))
        for e in data["entities"])
    results = tuple(
        Result(r["model"], r["dataset"], r["metric"], r["value"], evidence(r["evidence"]), r["confidence"],
               r["extractor"]) for r in data["results"])
    paper = data["paper"] if isinstance(data["paper"], Paper) else _paper(data["paper"])
    return Extraction(paper, entities, results)


def header(extractor: str, version: str) -> dict[str, Any]:
    return {"mlkg_extractions": FORMAT_VERSION, "extractor": extractor, "mlkg_version": version}


def write_cache(outdir: Path, extractions: Iterable[Extraction], meta: dict[str, Any]) -> Path:
    target = outdir / FILENAME
    # mtime 0 and no file name in the gzip header: the same build writes the same bytes
    with atomic_path(target) as tmp, tmp.open("wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=1, mtime=0) as packed, \
            io.TextIOWrapper(packed, encoding="utf-8") as fh:
        fh.write(json.dumps(meta) + "\n")
        for extraction in extractions:
            fh.write(json.dumps(extraction_dict(extraction), ensure_ascii=False) + "\n")
    return target


def read_cache(outdir: Path, expect: dict[str, Any]) -> Iterator[Extraction]:
    """The cached extractions of a previous build; CacheError if it cannot be reused as is."""
    source = outdir / FILENAME
    if not source.is_file():
        raise CacheError(f"{source}: no extraction cache; give a directory written by `mlkg build`")
    try:
        with gzip.open(source, "rt", encoding="utf-8") as fh:
            first = json.loads(fh.readline() or "{}")
            if first.get("mlkg_extractions") != FORMAT_VERSION:
                raise CacheError(f"{source}: not an mlkg extraction cache (or an older format); rebuild with "
                                 "`mlkg build` instead of --update")
            for key, value in expect.items():
                if first.get(key) != value:
                    raise CacheError(f"{source}: built with {key}={first.get(key)!r}, this run has {value!r}; "
                                     "rebuild from all inputs instead of --update")
            for line_no, line in enumerate(fh, start=2):
                try:
                    yield extraction_from_dict(json.loads(line))
                except (KeyError, TypeError, ValueError) as exc:
                    raise CacheError(f"{source}, line {line_no}: damaged record ({exc}); rebuild from all "
                                     "inputs") from None
    except (OSError, EOFError) as exc:
        raise CacheError(f"{source}: unreadable ({exc}); rebuild from all inputs") from None
