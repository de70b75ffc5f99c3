"""What a build did, and where its time and memory went: the data of ``report.json``.

Time and peak memory are measured in one place, :meth:`Stages.stage`, for the build and
for ``mlkg extract`` alike; worker processes report theirs with :func:`peak_rss_mb` too.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (ru_maxrss is KiB on Linux)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


@dataclass
class Stages:
    """Seconds and peak memory after each stage, in the order the stages ran."""

    seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time the block and note this process's peak memory after it (not if it fails)."""
        start = time.perf_counter()
        yield
        self.seconds[name] = time.perf_counter() - start
        self.peak_rss_mb[name] = peak_rss_mb()

    def timing(self) -> dict[str, float]:
        """Seconds per stage and their total, rounded to the millisecond."""
        return {k: round(v, 3) for k, v in {**self.seconds, "total": sum(self.seconds.values())}.items()}


MAX_LISTED_SPLITS = 500


def resolution_summary(merges: list[dict[str, Any]], splits: list[dict[str, Any]]) -> dict[str, Any]:
    """How resolution decided: merges counted by the rule that made them (a merge may cite several),
    and every split (name kept apart as several nodes) with its reason, listed up to a cap."""
    rules: dict[str, int] = {}
    for merge in merges:
        for kind in dict.fromkeys(e["kind"] for e in merge.get("evidence", ())):
            rules[kind] = rules.get(kind, 0) + 1
    kinds: dict[str, int] = {}
    for split in splits:
        kinds[split["kind"]] = kinds.get(split["kind"], 0) + 1
    return {"merged_nodes": len(merges), "merges_by_rule": dict(sorted(rules.items())),
            "split_names": len(splits), "splits_by_kind": dict(sorted(kinds.items())),
            "splits_listed": min(len(splits), MAX_LISTED_SPLITS), "splits": splits[:MAX_LISTED_SPLITS]}


@dataclass
class BuildReport:
    """Everything report.json says; :meth:`as_dict` keeps its keys and their order."""

    mlkg_version: str
    extractor: str
    papers: int = 0
    duplicates_merged: int = 0
    loading: dict[str, Any] = field(default_factory=dict)  # LoadReport.as_dict(), at top level
    update: dict[str, int] | None = None  # previous_papers, extracted; only for --update
    mentions: int = 0
    entities: int = 0
    # claims of a paper's own unnamed method ("our approach reaches x on D"): in the extractions, not in
    # the graph, where every result links to a model
    results_without_model: int = 0
    nodes_by_type: dict[str, int] = field(default_factory=dict)
    edges_by_relation: dict[str, int] = field(default_factory=dict)
    merges: list[dict[str, Any]] = field(default_factory=list)
    splits: list[dict[str, Any]] = field(default_factory=list)  # names kept apart as several nodes
    variant_links: int = 0
    shards: dict[str, Any] | None = None  # the partition run, when shards were kept
    stages: Stages = field(default_factory=Stages)
    worker_peak_rss_mb: float | None = None
    outputs: list[str] | None = None  # file names, when written to a directory
    inputs: list[str] | None = None  # the inputs as given, absolute (with an update's earlier ones)

    def as_dict(self) -> dict[str, Any]:
        peaks = dict(self.stages.peak_rss_mb)
        if self.worker_peak_rss_mb is not None:
            peaks["workers"] = self.worker_peak_rss_mb
        return {
            "mlkg_version": self.mlkg_version,
            "papers": self.papers,
            "duplicates_merged": self.duplicates_merged,
            **self.loading,
            **({"update": self.update} if self.update is not None else {}),
            "extractor": self.extractor,
            "mentions": self.mentions,
            "entities": self.entities,
            "results_without_model": self.results_without_model,
            "nodes": sum(self.nodes_by_type.values()),
            "edges": sum(self.edges_by_relation.values()),
            "nodes_by_type": self.nodes_by_type,
            "edges_by_relation": self.edges_by_relation,
            "merged_nodes": len(self.merges),
            "variant_links": self.variant_links,
            "merges": self.merges,
            "resolution": resolution_summary(self.merges, self.splits),
            **({"shards": self.shards} if self.shards else {}),
            "timing_seconds": self.stages.timing(),
            "peak_rss_mb": peaks,
            **({"outputs": self.outputs} if self.outputs is not None else {}),
            **({"inputs": self.inputs} if self.inputs is not None else {}),
        }
