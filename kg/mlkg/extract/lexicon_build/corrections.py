"""The builder's last step: the guidelines' decisions that corpus statistics get wrong, as data
(corrections.toml), applied to the finished records."""

from __future__ import annotations

import tomllib
from pathlib import Path

from mlkg.identity import norm_key

from .groups import make_id
from .vocab import COUNT_KEYS, TYPES

CORRECTIONS = Path(__file__).with_name("corrections.toml")


def apply_corrections(records: list[dict], path: Path = CORRECTIONS) -> list[dict]:
    """Retype (and add aliases to) the record each correction names, or add a record; fold into it the
    records its ``merge`` list names (one thing under two records: MS-COCO and COCO), and with ``rename``
    give it the correction's spelling (the old name becomes an alias); ``drop_aliases`` removes forms that
    are no name of it ("Thoughts" of ToT); sorted by id."""
    entries = tomllib.loads(path.read_text(encoding="utf-8")).get("entry", [])
    out = [dict(r) for r in records]
    for entry in entries:
        if entry["type"] not in TYPES:
            raise ValueError(f"{path}: {entry['name']}: unknown type {entry['type']!r}; use one of {TYPES}")
        key = norm_key(entry["name"])
        record = next((r for r in out if key in {norm_key(f) for f in (r["name"], *r["aliases"])}), None)
        if record is None:
            record = {"name": entry["name"], "aliases": [], "source": [],
                      "counts": {**dict.fromkeys(COUNT_KEYS, 0), "curated": 1}}
            out.append(record)
        for other_name in entry.get("merge", []):
            _fold(out, record, norm_key(other_name))
        if entry.get("rename") and record["name"] != entry["name"]:  # "GoogleDeepMind", an account's spelling
            record["aliases"] = [a for a in (record["name"], *record["aliases"]) if a != entry["name"]]
            record["name"] = entry["name"]
        record["source"] = sorted({*record["source"], "guidelines"})
        record["type"] = entry["type"]
        record["id"] = make_id(entry["type"], record["name"])
        dropped = {norm_key(a) for a in entry.get("drop_aliases", [])}  # a word the statistics took for a form
        record["aliases"] = [a for a in dict.fromkeys([*record["aliases"], *entry.get("aliases", [])])
                             if norm_key(a) not in dropped]
    out = [{k: r[k] for k in ("id", "name", "aliases", "type", "source", "counts")} for r in out]
    return sorted(out, key=lambda r: r["id"])


def _fold(records: list[dict], into: dict, key: str) -> None:
    """Move the record that ``key`` names into ``into``: its name and aliases become aliases, its sources
    and counts add up (a paper that names both counts twice: the counts are evidence, not a census)."""
    other = next((r for r in records if r is not into and key in {norm_key(f) for f in (r["name"], *r["aliases"])}),
                 None)
    if other is None:
        return
    records.remove(other)
    into["aliases"] = [a for a in dict.fromkeys([*into["aliases"], other["name"], *other["aliases"]])
                       if a != into["name"]]
    into["source"] = sorted({*into["source"], *other["source"]})
    into["counts"] = {k: into["counts"].get(k, 0) + other["counts"].get(k, 0) for k in into["counts"]}
