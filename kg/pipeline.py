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

from mlkg import __version__, cache
from mlkg.export import DEFAULT_FORMATS, EXPORTERS, export, get_exporter
from mlkg.export.atomic import atomic_path, write_text_atomic
from mlkg.extract import extraction_record, get_extractor
from mlkg.graph import KnowledgeGraph, build_graph
from mlkg.loaders import Deduplicator, LoadError, LoadReport, expand_inputs, load
from mlkg.model import Paper
from mlkg.resolve import resolve

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
                progress: Progress | None = None, unique: Deduplicator | None = None) -> Deduplicator:
    """Every input file, de-duplicated (into ``unique`` if given); a bad file is reported, the rest loads."""
    try:
        files = expand_inputs(inputs)
    except LoadError as exc:
        raise BuildError(str(exc)) from None
    unique = unique if unique is not None else Deduplicator()
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


def read_papers(inputs: Iterable[str | Path], *, format: str | None, fields: Mapping[str, str] | None,
                report: LoadReport, strict: bool, progress: Progress | None = None,
                unique: Deduplicator | None = None) -> Deduplicator:
    """Load and de-duplicate; raise BuildError when nothing was read or --strict finds problems."""
    unique = load_papers(inputs, format=format, fields=fields, report=report, progress=progress, unique=unique)
    if strict and (report.skipped or report.failed_files):
        problems = [str(p) for p in report.failed_files + report.skipped]
        raise BuildError(f"--strict: {len(problems)} problem(s); first: " + "; ".join(problems[:5]))
    if not unique.papers:
        raise BuildError("no papers were read from the inputs"
                         + (f"; {report.failed_files[0]}" if report.failed_files else ""))
    return unique


def extract_to_jsonl(inputs: Iterable[str | Path], target: str | Path, *, format: str | None = None,
                     fields: Mapping[str, str] | None = None, extractor: str = "spacy", processes: int = 1,
                     strict: bool = False, progress: Progress | None = None) -> dict[str, Any]:
    """Write one JSON object per paper (entities with roles and evidence, results); return counts."""
    extract = get_extractor(extractor)
    report = LoadReport()
    t0 = time.perf_counter()
    papers = read_papers(inputs, format=format, fields=fields, report=report, strict=strict,
                         progress=progress).papers
    t1 = time.perf_counter()
    entities = results = 0
    with atomic_path(target) as tmp, tmp.open("w", encoding="utf-8") as fh:
        for extraction in extract(_tracked(papers, "extract", progress), n_process=processes):
            entities += len(extraction.entities)
            results += len(extraction.results)
            fh.write(json.dumps(extraction_record(extraction), ensure_ascii=False) + "\n")
    t2 = time.perf_counter()
    return {"papers": len(papers), "entities": entities, "results": results,
            "papers_per_second": round(len(papers) / max(t2 - t1, 1e-9), 1),
            "timing_seconds": {"load": round(t1 - t0, 3), "extract": round(t2 - t1, 3)},
            **report.as_dict()}


def _tracked(items: list[Paper], stage: str, progress: Progress | None) -> Iterator[Paper]:
    for i, item in enumerate(items, 1):
        yield item
        if progress and (i % 200 == 0 or i == len(items)):
            progress(stage, i, len(items))


def build(inputs: Iterable[str | Path], outdir: str | Path | None = None, *,
          format: str | None = None, fields: Mapping[str, str] | None = None,
          formats: Iterable[str] = DEFAULT_FORMATS, extractor: str = "spacy", processes: int = 1,
          strict: bool = False, update: bool = False, progress: Progress | None = None) -> BuildResult:
    """Build the knowledge graph of ``inputs``; write outputs and report.json when ``outdir`` is given.

    With ``update``, ``outdir`` holds an earlier build: its papers are kept, ``inputs`` are added
    (repeats merge as in any build), only new or changed papers are extracted, and everything is
    resolved and exported again, so the result equals one build from all inputs at once.
    """
    formats = tuple(formats)
    for name in formats:
        get_exporter(name)  # a typo fails before any work
    extract = get_extractor(extractor)
    timings: dict[str, float] = {}
    load_report = LoadReport()
    meta = cache.header(extractor, __version__)

    t0 = time.perf_counter()
    unique, cached = Deduplicator(), []
    if update:
        if outdir is None:
            raise BuildError("--update needs the output directory of an earlier build")
        try:
            cached = list(cache.read_cache(Path(outdir), meta))
        except cache.CacheError as exc:
            raise BuildError(str(exc)) from None
        for extraction in cached:
            unique.add(extraction.paper)
    unique = read_papers(inputs, format=format, fields=fields, report=load_report, strict=strict,
                         progress=progress, unique=unique)
    timings["load"] = time.perf_counter() - t0
    papers = unique.papers

    t0 = time.perf_counter()
    reuse = {i: cached[i] for i in range(len(cached)) if papers[i] == cached[i].paper}
    todo = [p for i, p in enumerate(papers) if i not in reuse]
    fresh = iter(extract(_tracked(todo, "extract", progress), n_process=processes))
    extractions = [reuse[i] if i in reuse else next(fresh) for i in range(len(papers))]
    timings["extract"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    resolution = resolve(extractions)
    timings["resolve"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    graph = build_graph(extractions, resolution)
    timings["graph"] = time.perf_counter() - t0

    counts = graph.counts()
    entity_count = sum(v for k, v in counts["nodes"].items() if k not in ("Paper", "Person", "Result", "Metric"))
    report: dict[str, Any] = {
        "mlkg_version": __version__,
        "papers": len(papers),
        "duplicates_merged": unique.duplicates,
        **load_report.as_dict(),
        **({"update": {"previous_papers": len(cached), "extracted": len(todo)}} if update else {}),
        "extractor": extractor,
        "mentions": sum(len(x.entities) for x in extractions),
        "entities": entity_count,
        "nodes": sum(counts["nodes"].values()),
        "edges": sum(counts["edges"].values()),
        "nodes_by_type": counts["nodes"],
        "edges_by_relation": counts["edges"],
        "merged_nodes": len(resolution.merges),
        "variant_links": len(resolution.variants),
        "merges": [m.as_dict() for m in resolution.merges],
        "timing_seconds": timings,
    }
    result = BuildResult(graph, papers, report)
    if outdir is not None:
        t0 = time.perf_counter()
        if progress:
            progress("export", 0, len(formats))
        result.outputs = export(graph, Path(outdir), formats)
        result.outputs.append(cache.write_cache(Path(outdir), extractions, meta))
        timings["export"] = time.perf_counter() - t0
        report["outputs"] = [p.name for p in result.outputs] + ["report.json"]
    timings["total"] = sum(timings.values())
    report["timing_seconds"] = {k: round(v, 3) for k, v in timings.items()}
    if outdir is not None:
        write_report(Path(outdir) / "report.json", report)
    return result


def previous_formats(outdir: str | Path) -> tuple[str, ...]:
    """The export formats an earlier build in ``outdir`` wrote (from its report.json), for --update."""
    try:
        outputs = json.loads((Path(outdir) / "report.json").read_text(encoding="utf-8")).get("outputs", [])
    except (OSError, ValueError):
        return DEFAULT_FORMATS
    by_file = {e.filename: name for name, e in EXPORTERS.items()}
    return tuple(by_file[o] for o in outputs if o in by_file) or DEFAULT_FORMATS


def write_report(target: Path, report: dict[str, Any]) -> None:
    write_text_atomic(target, json.dumps(report, indent=2, ensure_ascii=False) + "\n")


def open_graph(outdir: str | Path) -> KnowledgeGraph:
    """The graph of an earlier build, rebuilt exactly from its extraction cache (no re-extraction).

    Exporters that need the typed graph (Neo4j, the pyvis page) start from a build directory.
    """
    path = Path(outdir)
    if path.is_file():
        path = path.parent
    try:
        extractions = list(cache.read_cache(path, {}))
    except cache.CacheError as exc:
        raise BuildError(str(exc)) from None
    return build_graph(extractions, resolve(extractions))
