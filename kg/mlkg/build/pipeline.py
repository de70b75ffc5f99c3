"""The build, top to bottom: load -> extract -> graph -> export, with a report.

The CLI is a thin layer over :func:`build`; notebooks and tests call it too.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import resource
import shutil
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlkg import __version__
from mlkg.build import cache, shards
from mlkg.errors import MlkgError
from mlkg.export import DEFAULT_FORMATS, EXPORTERS, export, get_exporter
from mlkg.extract import extraction_record, get_extractor
from mlkg.files import atomic_path, write_text_atomic
from mlkg.graph import KnowledgeGraph, build_graph
from mlkg.loaders import Deduplicator, LoadError, LoadReport, expand_inputs, load
from mlkg.model import Extraction, Paper
from mlkg.resolve import resolve

log = logging.getLogger("mlkg")

Progress = Callable[[str, int, int | None], None]
"""progress(stage, done, total): called as work advances; total None when unknown."""


class BuildError(MlkgError):
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
          strict: bool = False, update: bool = False, resume: bool = False,
          partition_size: int = shards.DEFAULT_PARTITION_SIZE, dask: str | None = None,
          progress: Progress | None = None) -> BuildResult:
    """Build the knowledge graph of ``inputs``; write outputs and report.json when ``outdir`` is given.

    With ``update``, ``outdir`` holds an earlier build: its papers are kept, ``inputs`` are added
    (repeats merge as in any build), only new or changed papers are extracted, and everything is
    resolved and exported again, so the result equals one build from all inputs at once.

    Extraction runs per partition of ``partition_size`` papers, in ``processes`` worker
    processes or on the Dask scheduler at ``dask`` (``"local"``: a LocalCluster of
    ``processes`` workers), and each finished partition is kept as a shard in ``outdir``, so
    that ``resume`` continues an interrupted build. Outputs are replaced only at the end, all
    together, so an interrupted build leaves the previous ones as they were.
    """
    formats = tuple(formats)
    for name in formats:
        get_exporter(name)  # a typo fails before any work
    extract = get_extractor(extractor)
    timings: dict[str, float] = {}
    peak_mb: dict[str, float] = {}
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

    peak_mb["load"] = _peak_rss_mb()

    t0 = time.perf_counter()
    reuse = {i: cached[i] for i in range(len(cached)) if papers[i] == cached[i].paper}
    todo = [p for i, p in enumerate(papers) if i not in reuse]
    shard_report: dict[str, Any] = {}
    if outdir is None:
        fresh = iter(extract(_tracked(todo, "extract", progress), n_process=processes))
    else:
        store = shards.ShardStore.open(Path(outdir), meta, resume=resume)
        fresh = iter(extract_partitions(todo, store, extractor=extractor, processes=processes, dask=dask,
                                        partition_size=partition_size, report=shard_report,
                                        progress=progress))
    extractions = [reuse[i] if i in reuse else next(fresh) for i in range(len(papers))]
    timings["extract"] = time.perf_counter() - t0
    peak_mb["extract"] = _peak_rss_mb()

    t0 = time.perf_counter()
    resolution = resolve(extractions)
    timings["resolve"] = time.perf_counter() - t0
    peak_mb["resolve"] = _peak_rss_mb()

    t0 = time.perf_counter()
    graph = build_graph(extractions, resolution)
    timings["graph"] = time.perf_counter() - t0
    peak_mb["graph"] = _peak_rss_mb()

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
        **({"shards": shard_report} if shard_report else {}),
        "timing_seconds": timings,
        "peak_rss_mb": peak_mb,
    }
    result = BuildResult(graph, papers, report)
    if outdir is None:
        timings["total"] = sum(timings.values())
        report["timing_seconds"] = {k: round(v, 3) for k, v in timings.items()}
        return result
    out = Path(outdir)
    t0 = time.perf_counter()
    if progress:
        progress("export", 0, len(formats))
    with staged_outputs(out) as staging:
        written = export(graph, staging, formats)
        written.append(cache.write_cache(staging, extractions, meta))
        timings["export"] = time.perf_counter() - t0
        peak_mb["export"] = _peak_rss_mb()
        peak_mb["workers"] = shard_report.get("worker_peak_rss_mb", 0.0)
        timings["total"] = sum(timings.values())
        report["timing_seconds"] = {k: round(v, 3) for k, v in timings.items()}
        report["outputs"] = [p.name for p in written] + ["report.json"]
        write_report(staging / "report.json", report)
    result.outputs = [out / p.name for p in written]
    store.clear()  # the build is whole: its shards are no longer needed
    return result


def extract_partitions(papers: list[Paper], store: shards.ShardStore, *, extractor: str, processes: int,
                       dask: str | None, partition_size: int, report: dict[str, Any],
                       progress: Progress | None = None) -> list[Extraction]:
    """Extract ``papers`` partition by partition, keeping each finished one as a shard.

    Shards an earlier, interrupted run left are re-used when their papers are the same and
    their bytes check out; a damaged one is reported (warning and report) and extracted again.
    """
    from mlkg.build import runner as distributed

    parts = shards.partitions(papers, partition_size)
    keys = {start: shards.partition_key(part, store.meta) for start, part in parts}
    manifest = store.manifest()
    done: dict[int, list[Extraction]] = {}
    corrupt: list[str] = []
    pending = []
    for start, part in parts:
        if str(start) in manifest:
            try:
                done[start] = store.read(start, keys[start], part, manifest)
                continue
            except shards.ShardError as exc:
                corrupt.append(str(exc))
                log.warning("%s; extracting it again", exc)
        pending.append((start, part))
    report.update(partition_size=partition_size, partitions=len(parts), resumed=len(done),
                  extracted=len(pending), corrupt=corrupt, runner=f"dask {dask}" if dask else
                  f"{processes} process{'es' if processes > 1 else ''}")
    total, finished = len(papers), sum(len(x) for x in done.values())
    if progress:
        progress("extract", finished, total)
    parts_by_start = dict(parts)
    worker_peak = 0.0
    with contextlib.ExitStack() as stack:
        if dask:
            client = stack.enter_context(distributed.dask_client(dask, processes))
            runs = distributed.run_dask(pending, extractor, client)
        else:
            runs = distributed.run_local(pending, extractor, processes)
        for start, data, extractions, peak in runs:
            worker_peak = max(worker_peak, peak)
            store.write(start, keys[start], data, manifest)
            if extractions is None:  # from a worker: attach the build's own Paper objects
                extractions = shards.decode(data, parts_by_start[start], str(store.path(start)))
            done[start] = extractions
            finished += len(parts_by_start[start])
            if progress:
                progress("extract", finished, total)
    report["worker_peak_rss_mb"] = round(worker_peak, 1)
    return [x for start, _ in parts for x in done[start]]


def _peak_rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


@contextlib.contextmanager
def staged_outputs(outdir: Path) -> Iterator[Path]:
    """Write every output into a staging directory, then move them all in at once.

    Each file is replaced by a rename, with Ctrl-C held back for the few milliseconds the
    renames take, so an interrupted build leaves the previous outputs, all of them, intact.
    """
    staging = outdir / ".mlkg-staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        yield staging
        blocked = _block_sigint()
        try:
            for item in sorted(staging.iterdir(), key=lambda p: p.name == "report.json"):
                os.replace(item, outdir / item.name)
        finally:
            if blocked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _block_sigint() -> bool:
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGINT])
        return True
    except (AttributeError, ValueError, OSError):
        return False


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
