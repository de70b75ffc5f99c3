"""Well-known public datasets, benchmarks and models (known.toml), added to the finished records so that a
name the corpus rarely writes is still proposed in a text that writes it."""

from __future__ import annotations

import tomllib
from pathlib import Path

from mlkg.identity import norm_key

from .groups import make_id
from .vocab import COUNT_KEYS, TYPES

KNOWN = Path(__file__).with_name("known.toml")
_DATA = {"Dataset", "Benchmark"}  # a known dataset may be a record's benchmark, or the other way round


def known_names(path: Path = KNOWN) -> list[tuple[str, tuple[str, ...], str]]:
    """(name, aliases, type) for every entry of ``path``, in file order."""
    out = []
    for group in tomllib.loads(path.read_text(encoding="utf-8")).get("group", []):
        if group["type"] not in TYPES:
            raise ValueError(f"{path}: group {group.get('source', '?')!r}: unknown type {group['type']!r}; "
                             f"use one of {TYPES}")
        for line in group["names"]:
            name, *aliases = (part.strip() for part in line.split("|"))
            out.append((name, tuple(a for a in aliases if a), group["type"]))
    return out


def apply_known(records: list[dict], path: Path = KNOWN) -> list[dict]:
    """Add a record of the group's type for each known name that no record holds; where a record
    already holds the name or an alias, only add the other forms to it (the corpus keeps its type).
    A record of another kind (a model "CoPA" for the benchmark COPA: the key ignores case) is left
    alone, and so is the known name: its forms would match that record's."""
    out = [dict(r) for r in records]
    by_key = {norm_key(f): r for r in out for f in (r["name"], *r["aliases"])}
    for name, aliases, type_ in known_names(path):
        forms = (name, *aliases)
        record = next((by_key[k] for k in map(norm_key, forms) if k in by_key), None)
        if record is not None and record["type"] != type_ and not {record["type"], type_} <= _DATA:
            continue
        if record is None:
            record = {"id": make_id(type_, name), "name": name, "aliases": [], "type": type_, "source": [],
                      "counts": {**dict.fromkeys(COUNT_KEYS, 0), "curated": 1}}
            out.append(record)
        record["aliases"] = [a for a in dict.fromkeys([*record["aliases"], *forms]) if a != record["name"]]
        record["source"] = sorted({*record["source"], "known"})
        by_key.update((norm_key(f), record) for f in forms)
    return out
