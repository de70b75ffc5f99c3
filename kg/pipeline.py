"""The build, top to bottom: load -> extract -> graph -> export, with a report.

The CLI is a thin layer over :func:`build`; notebooks and tests call it too.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlkg import __version__
from mlkg.export import DEFAULT_FORMATS, export, get_exporter
from mlkg.export.atomic import write_text_atomic
from mlkg.extract import get_extractor
from mlkg.graph import KnowledgeGraph, build_graph
from mlkg.loaders import Deduplicator, LoadError, LoadReport, expand_inputs, load
from mlkg.model import Paper

Progress = Callable[[str, int, int | None], None]
"""progress(stage, done, total): called as work advances; total None when unknown."""


class BuildError(Exception):
    """The build cannot go on (no input, --strict with bad records); the message says why."""


@dataclass
class BuildResult:
    graph: KnowledgeGraph
    papers: list[Paper]
    report: dict[str, Any]
    outputs: list[Path] = field(default_factory=list)


def load_papers(inputs: Iterable[str | Path], *, format: str | None = None,
                fields: Mapping[str, str] | None = None, report: LoadReport,
                progress: Progress | None = None) -> Deduplicator:
    """Every input file, de-duplicated; a bad file is reported and the rest still loads."""
    try:
        files = expand_inputs(inputs)
    except LoadError as exc:
        raise BuildError(str(exc)) from None
    unique = Deduplicator()
    for done, path in enumerate(files):
        try:
            for paper in load(path, format, report, fields):
                unique.add(paper)
                if progress and report.read % 500 == 0:
                    progress("load", done, len(files))
        except LoadError as exc:
            report.fail_file(exc)
        if progress:
            progress("load", done + 1, len(files))
    return unique


def _tracked(items: list[Paper], stage: str, progress: Progress | None) -> Iterator[Paper]:
    for i, item in enumerate(items, 1):
        yield item
        if progress and (i % 200 == 0 or i == len(items)):
            progress(stage, i, len(items))


def build(inputs: Iterable[str | Path], outdir: str | Path | None = None, *,
          format: str | None = None, fields: Mapping[str, str] | None = None,
          formats: Iterable[str] = DEFAULT_FORMATS, extractor: str = "basic",
          strict: bool = False, progress: Progress | None = None) -> BuildResult:
    """Build the knowledge graph of ``inputs``; write outputs and report.json when ``outdir`` is given."""
    formats = tuple(formats)
    for name in formats:
        get_exporter(name)  # a typo fails before any work
    extract = get_extractor(extractor)
    timings: dict[str, float] = {}
    load_report = LoadReport()

    t0 = time.perf_counter()
    unique = load_papers(inputs, format=format, fields=fields, report=load_report, progress=progress)
    timings["load"] = time.perf_counter() - t0
    papers = unique.papers
    if strict and (load_report.skipped or load_report.failed_files):
        problems = [str(p) for p in load_report.failed_files + load_report.skipped]
        raise BuildError(f"--strict: {len(problems)} problem(s); first: " + "; ".join(problems[:5]))
    if not papers:
        raise BuildError("no papers were read from the inputs"
                         + (f"; {load_report.failed_files[0]}" if load_report.failed_files else ""))

    t0 = time.perf_counter()
    extractions = list(extract(_tracked(papers, "extract", progress)))
    timings["extract"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    graph = build_graph(extractions)
    timings["graph"] = time.perf_counter() - t0

    counts = graph.counts()
    entity_count = sum(v for k, v in counts["nodes"].items() if k not in ("Paper", "Person"))
    report: dict[str, Any] = {
        "mlkg_version": __version__,
        "papers": len(papers),
        "duplicates_merged": unique.duplicates,
        **load_report.as_dict(),
        "extractor": extractor,
        "mentions": sum(len(x.entities) for x in extractions),
        "entities": entity_count,
        "nodes": sum(counts["nodes"].values()),
        "edges": sum(counts["edges"].values()),
        "nodes_by_type": counts["nodes"],
        "edges_by_relation": counts["edges"],
        "timing_seconds": timings,
    }
    result = BuildResult(graph, papers, report)
    if outdir is not None:
        t0 = time.perf_counter()
        if progress:
            progress("export", 0, len(formats))
        result.outputs = export(graph, Path(outdir), formats)
        timings["export"] = time.perf_counter() - t0
        report["outputs"] = [p.name for p in result.outputs] + ["report.json"]
    timings["total"] = sum(timings.values())
    report["timing_seconds"] = {k: round(v, 3) for k, v in timings.items()}
    if outdir is not None:
        write_report(Path(outdir) / "report.json", report)
    return result


def write_report(target: Path, report: dict[str, Any]) -> None:
    write_text_atomic(target, json.dumps(report, indent=2, ensure_ascii=False) + "\n")
