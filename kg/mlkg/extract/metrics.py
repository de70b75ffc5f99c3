"""Evaluation metrics as data: ``data/metrics.toml``, one record per metric family.

A claimed result is only comparable with others once its metric has one name and a direction:
"top-1 accuracies", "Top-1 acc." and "top-1" are one metric, and a leaderboard of FID, error
rates or perplexity lists the smallest value first. The table gives each family its canonical
name, the forms papers write it in, whether lower is better and what its number measures; this
module is the only reader.

A metric as written is a core (the family's alias or pattern, found as the longest matching tail
of the words) with qualifier words in front, which are kept: "zero-shot Top-1 accuracies" is
"zero-shot top-1 accuracy", of the family "top-1 accuracy". A metric in no family keeps its words
(the last one in the singular, words in lower case, acronyms as written) and is higher-is-better:
most metrics papers invent are scores or shares of something done well.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from mlkg.errors import Errors, MlkgError

__all__ = ["UNITS", "MetricFamily", "MetricTable", "MetricTableError", "canonical_metric", "load_metric_table",
           "lower_is_better", "metric_family", "metric_table"]

# What a family's number measures (the table's ``unit``).
UNITS = frozenset({"ratio", "score", "distance", "time", "bits", "decibel", "rank"})
_PLURAL_IES = re.compile(r"(?<=[a-z]{2})ies$")
_PLURAL_S = re.compile(r"(?<=[a-z]{2})(?<![sui])s$")


class MetricTableError(MlkgError, ValueError):
    """A metric table that cannot be read; the message names the record and the fix."""


@dataclass(frozen=True, slots=True)
class MetricFamily:
    """One metric and the ways papers write it."""

    name: str
    aliases: tuple[str, ...]
    patterns: tuple[str, ...]
    lower_is_better: bool
    unit: str


@dataclass(frozen=True)
class MetricTable:
    """The families, indexed by alias (lower case) and by pattern."""

    families: tuple[MetricFamily, ...]
    by_alias: Mapping[str, MetricFamily]
    by_pattern: tuple[tuple[re.Pattern[str], MetricFamily], ...]

    @classmethod
    def from_records(cls, records: list[dict[str, Any]], source: str) -> MetricTable:
        families: list[MetricFamily] = []
        by_alias: dict[str, MetricFamily] = {}
        by_pattern: list[tuple[re.Pattern[str], MetricFamily]] = []
        for index, record in enumerate(records):
            family = _family(record, f"{source}: metric[{index}]")
            families.append(family)
            for alias in (family.name.lower(), *family.aliases):
                other = by_alias.get(alias)
                if other is not None and other is not family:
                    raise MetricTableError(Errors.E171.format(source=source, alias=alias, first=other.name,
                                                              second=family.name))
                by_alias[alias] = family
            by_pattern.extend((re.compile(p, re.IGNORECASE), family) for p in family.patterns)
        return cls(tuple(families), by_alias, tuple(by_pattern))

    def family_at(self, core: str) -> MetricFamily | None:
        """The family whose alias or pattern is ``core`` (a tail of a metric's words)."""
        family = self.by_alias.get(core.lower())
        if family is not None:
            return family
        return next((f for pattern, f in self.by_pattern if pattern.fullmatch(core)), None)


def _family(record: Any, where: str) -> MetricFamily:
    if not isinstance(record, dict):
        raise MetricTableError(Errors.E170.format(where=where, problem="is not a table"))
    name, aliases, patterns = record.get("name"), record.get("aliases", []), record.get("patterns", [])
    lower, unit = record.get("lower_is_better"), record.get("unit")
    if not isinstance(name, str) or not name.strip():
        raise MetricTableError(Errors.E170.format(where=where, problem="has no name"))
    if not isinstance(lower, bool):
        raise MetricTableError(Errors.E170.format(where=where, problem=f"{name!r}: lower_is_better is not true or false"))
    if unit not in UNITS:
        raise MetricTableError(Errors.E170.format(
            where=where, problem=f"{name!r}: unit {unit!r} is not one of {', '.join(sorted(UNITS))}"))
    for field, items in (("aliases", aliases), ("patterns", patterns)):
        if not isinstance(items, list) or not all(isinstance(a, str) and a.strip() for a in items):
            raise MetricTableError(Errors.E170.format(where=where, problem=f"{name!r}: {field} is not a list of strings"))
    for alias in aliases:
        if alias != " ".join(alias.lower().split()):
            raise MetricTableError(Errors.E170.format(
                where=where, problem=f"{name!r}: alias {alias!r} is not in lower case with single spaces"))
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise MetricTableError(Errors.E170.format(
                where=where, problem=f"{name!r}: pattern {pattern!r} is no regular expression ({exc})")) from None
    return MetricFamily(name, tuple(aliases), tuple(patterns), lower, unit)


def load_metric_table(path: str | Path | None = None) -> MetricTable:
    """The metric table at ``path`` (the shipped ``data/metrics.toml`` by default)."""
    if path is None:
        with resources.files(__package__).joinpath("data", "metrics.toml").open("rb") as fh:
            return _parse(fh.read(), "mlkg/extract/data/metrics.toml")
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise MetricTableError(Errors.E172.format(path=path, reason=exc.strerror or exc)) from None
    return _parse(data, str(path))


def _parse(data: bytes, source: str) -> MetricTable:
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise MetricTableError(Errors.E172.format(path=source, reason=exc)) from None
    records = table.get("metric")
    if not isinstance(records, list):
        raise MetricTableError(Errors.E172.format(path=source, reason="no [[metric]] records"))
    return MetricTable.from_records(records, source)


@lru_cache(maxsize=1)
def metric_table() -> MetricTable:
    """The shipped table, read once per process."""
    return load_metric_table()


def _core_words(metric: str) -> list[str]:
    words = metric.split()
    if len(words) > 1 and words[-1].lower() in ("score", "scores") and (
            any(c.isupper() or c.isdigit() for c in words[-2][1:])
            or len(words) > 2 and " ".join(words[:-1]).lower() in metric_table().by_alias) and (
            f"{words[-2]} {words[-1]}".lower() not in metric_table().by_alias):  # ("CLIP Score" is CLIPScore)
        words = words[:-1]  # "BLEU-4 scores" -> "BLEU-4", "Intersection over Union scores" -> IoU
    return words


def _find(words: list[str]) -> tuple[int, MetricFamily | None]:
    """Where the core starts and its family: the longest tail of ``words`` the table knows."""
    table = metric_table()
    for i in range(len(words)):
        family = table.family_at(" ".join(words[i:]))
        if family is not None:
            return i, family
    return len(words), None


def _head(words: list[str]) -> list[str]:
    return [w if w.isupper() else w.lower() for w in words]


def _as_word(word: str) -> bool:
    """A word (lower case, or capitalised at the start of a name), not an acronym."""
    return word.lower() == word or word[:1].isupper() and word[1:].islower()


_ACRONYM_PLURAL = re.compile(r"(?<=[A-Z])s$")


_AVERAGED_AFTER = re.compile(r"(.*?)(\S+)-(macro|micro|weighted)((?:\s+scores?)?)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def canonical_metric(metric: str) -> str:
    """The metric's canonical name: "Top-1 acc." -> "top-1 accuracy", "F1-score" -> "F1", "zero-shot
    accuracies" -> "zero-shot accuracy", "hit rates" -> "hit rate", "FID-50K" -> "FID-50K"."""
    if (averaged := _AVERAGED_AFTER.fullmatch(metric)) is not None:
        # "F1-Macro" -> "macro-F1"
        metric = f"{averaged.group(1)}{averaged.group(3).lower()}-{averaged.group(2)}{averaged.group(4)}"
    words = _core_words(metric)
    if not words:
        return ""
    i, family = _find(words)
    if family is not None:
        core = " ".join(words[i:])
        if core.lower() in metric_table().by_alias:
            return " ".join([*_head(words[:i]), family.name])
        return " ".join([*_head(words[:i]), *(w.lower() if _as_word(w) else w for w in words[i:])])
    last = words[-1]
    if not _as_word(last):  # an acronym, as written (in the singular: "FIDs" is FID)
        return " ".join([*_head(words[:-1]), _ACRONYM_PLURAL.sub("", last)])
    last = last.lower()
    last = _PLURAL_IES.sub("y", last) if last.endswith("ies") else _PLURAL_S.sub("", last)
    return " ".join([*_head(words[:-1]), last])


@lru_cache(maxsize=4096)
def metric_family(metric: str) -> MetricFamily | None:
    """The family of a metric as written or canonical; None for a metric the table does not know.
    A hyphenated last word counts by its tail too ("macro-F1" is an F1, "test-error" an error)."""
    words = _core_words(metric)
    if not words:
        return None
    _, family = _find(words)
    if family is None and "-" in words[-1]:
        parts = words[-1].split("-")
        family = next((f for k in range(1, len(parts)) if (f := metric_table().family_at("-".join(parts[k:])))),
                      None)
    return family


def lower_is_better(metric: str) -> bool:
    """Whether a smaller value of ``metric`` is better; False for a metric in no family."""
    family = metric_family(metric)
    return family.lower_is_better if family is not None else False
