"""Extraction shards: the unit of progress of a build, and what workers send back.

A build cuts its papers into partitions of ``partition_size`` (in input order, so the
cut is the same for 1 process, N processes or a Dask cluster). Each partition is
extracted into one Parquet shard under ``OUT/.mlkg-shards/``, written atomically and
listed in ``manifest.json`` with its key (a hash of its papers, the extractor and
the mlkg version) and the SHA-256 of its bytes. An interrupted build keeps its
finished shards; ``--resume`` re-uses every shard whose key still matches and whose
bytes check out, and reports a damaged shard instead of merging it. A finished build
removes the directory.

A shard's rows: ``position`` (the paper's place in the build), ``paper_id``, and the
paper's ``entities`` and ``results`` as JSON (as in the records of :mod:`mlkg.codec`), so shards
can be read with pandas, DuckDB or Spark too. The papers themselves are not in the shard:
the build has them, and a resumed build reads its inputs again (the key checks they are the
same), so workers do not send abstracts back.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from mlkg import codec
from mlkg.build import DEFAULT_PARTITION_SIZE  # noqa: F401  (re-exported: shards.DEFAULT_PARTITION_SIZE)
from mlkg.errors import Errors, MlkgError
from mlkg.files import atomic_path, write_text_atomic
from mlkg.model import Extraction, Paper

DIRNAME = ".mlkg-shards"
MANIFEST = "manifest.json"
FORMAT_VERSION = 1
SCHEMA = pa.schema([("position", pa.int64()), ("paper_id", pa.string()), ("entities", pa.string()),
                    ("results", pa.string())])


class ShardError(MlkgError, ValueError):
    """A shard that cannot be used: missing, damaged, or from other papers; the message names it."""


def partitions(papers: Sequence[Paper], size: int) -> list[tuple[int, list[Paper]]]:
    """(first position, papers) per partition, in input order."""
    if size < 1:
        raise ShardError(Errors.E303.format(size=size))
    return [(start, list(papers[start:start + size])) for start in range(0, len(papers), size)]


# Every field of a paper but the name of the file it came from, which depends on how the input was
# named (a directory, or a file in it) and never on what extraction sees.
_KEY_FIELDS = tuple(f.name for f in fields(Paper) if f.name != "source")


def partition_key(papers: Sequence[Paper], meta: dict[str, Any]) -> str:
    """What a shard was extracted from: its papers, in order, and the extractor and version."""
    digest = hashlib.sha256(json.dumps(meta, sort_keys=True).encode())
    for paper in papers:
        digest.update(repr(tuple(getattr(paper, name) for name in _KEY_FIELDS)).encode())
    return digest.hexdigest()


def encode(start: int, extractions: Sequence[Extraction]) -> bytes:
    """One partition's extractions as Parquet bytes (workers send these back)."""
    table = pa.table({
        "position": list(range(start, start + len(extractions))),
        "paper_id": [x.paper.id for x in extractions],
        "entities": [codec.to_json(codec.encode_entities(x.entities)) for x in extractions],
        "results": [codec.to_json(codec.encode_results(x.results)) for x in extractions],
    }, schema=SCHEMA)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def decode(data: bytes, papers: Sequence[Paper], source: str = "shard") -> list[Extraction]:
    """The extractions of ``papers`` from a shard; ShardError if it is damaged or of other papers."""
    try:
        table = pq.read_table(io.BytesIO(data))
        if table.schema.names != SCHEMA.names:
            raise ShardError(Errors.E320.format(source=source, found=table.schema.names,
                                                expected=SCHEMA.names))
        if table.column("paper_id").to_pylist() != [p.id for p in papers]:
            raise ShardError(Errors.E321.format(source=source))
        return [codec.decode({"entities": json.loads(e), "results": json.loads(r)}, paper)
                for paper, e, r in zip(papers, table.column("entities").to_pylist(),
                                       table.column("results").to_pylist())]
    except ShardError:
        raise
    except (pa.ArrowException, ValueError, KeyError, TypeError) as exc:
        raise ShardError(Errors.E322.format(source=source, problem=f"{type(exc).__name__}: {exc}")) from None


@dataclass
class ShardStore:
    """The shard directory of one output directory, with its manifest."""

    root: Path
    meta: dict[str, Any]

    @classmethod
    def open(cls, outdir: Path, meta: dict[str, Any], *, resume: bool) -> ShardStore:
        """A fresh store, or with ``resume`` the one an interrupted build left (if it matches)."""
        store = cls(outdir / DIRNAME, {**meta, "shards": FORMAT_VERSION})
        if not resume:
            store.clear()
        store.root.mkdir(parents=True, exist_ok=True)
        return store

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST

    def manifest(self) -> dict[str, Any]:
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data.get("shards", {}) if data.get("meta") == self.meta else {}

    def path(self, start: int) -> Path:
        return self.root / f"part-{start:09d}.parquet"

    def write(self, start: int, key: str, data: bytes, manifest: dict[str, Any]) -> Path:
        """Write the shard, then record it: a shard not in the manifest is never trusted."""
        target = self.path(start)
        with atomic_path(target) as tmp:
            tmp.write_bytes(data)
        manifest[str(start)] = {"file": target.name, "key": key, "sha256": hashlib.sha256(data).hexdigest()}
        write_text_atomic(self.manifest_path, json.dumps({"meta": self.meta, "shards": manifest}, indent=1))
        return target

    def read(self, start: int, key: str, papers: Sequence[Paper], manifest: dict[str, Any]) -> list[Extraction]:
        """The shard's extractions, after checking it is whole and of exactly these papers."""
        entry = manifest.get(str(start))
        target = self.path(start)
        if entry is None or entry.get("key") != key:
            raise ShardError(Errors.E323.format(source=target))
        try:
            data = target.read_bytes()
        except OSError as exc:
            raise ShardError(Errors.E324.format(source=target, reason=exc.strerror or exc)) from None
        if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise ShardError(Errors.E325.format(source=target))
        return decode(data, papers, str(target))

    def clear(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

