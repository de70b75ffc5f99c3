"""The build, top to bottom: load -> extract -> resolve -> graph -> export, with a report.

The CLI is a thin layer over :func:`build` and :func:`extract_to_jsonl`; notebooks and tests
call them too. Each stage is timed, with its peak memory, by :class:`mlkg.build.report.Stages`.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import shutil
import signal
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlkg import __version__, codec
from mlkg.build import cache, lock, runner, shards
from mlkg.build.report import BuildReport, Stages
from mlkg.build.runner import PartitionRun, Progress
from mlkg.errors import Errors, MlkgError
from mlkg.export import DEFAULT_FORMATS, FILE_FORMATS, export, file_exporters, void
from mlkg.extract import get_extractor
from mlkg.files import atomic_path, write_text_atomic
from mlkg.graph import KnowledgeGraph, build_graph
from mlkg.loaders import Deduplicator, LoadReport, load_all
from mlkg.model import Extraction, Paper
from mlkg.resolve import resolve

__all__ = ["BuildError", "BuildResult", "Progress", "build", "extract_to_jsonl", "open_graph",
           "previous_formats", "previous_inputs", "read_papers"]

log = logging.getLogger("mlkg")

NON_ENTITY_NODES = ("Paper", "Person", "Result", "Metric")


class BuildError(MlkgError):
    """The build cannot go on (no input, --strict with bad records); the message says why."""


@dataclass
class BuildResult:
    graph: KnowledgeGraph
    papers: list[Paper]
    report: dict[str, Any]
    outputs: list[Path] = field(default_factory=list)


def build(inputs: Iterable[str | Path], outdir: str | Path | None = None, *,
          format: str | None = None, fields: Mapping[str, str] | None = None,
          formats: Iterable[str] = DEFAULT_FORMATS, extractor: str = "spacy", processes: int = 0,
          strict: bool = False, update: bool = False, resume: bool = False,
          partition_size: int = shards.DEFAULT_PARTITION_SIZE, dask: str | None = None,
          wait: bool = False, progress: Progress | None = None) -> BuildResult:
    """Build the knowledge graph of ``inputs``; write outputs and report.json when ``outdir`` is given.

    With ``update``, ``outdir`` holds an earlier build: its papers are kept, ``inputs`` are added
    (repeats merge as in any build), only new or changed papers are extracted, and everything is
    resolved and exported again, so the result equals one build from all inputs at once.

    Extraction runs per partition of ``partition_size`` papers, in ``processes`` worker
    processes (0: one per core; one partition runs in this process) or on the Dask scheduler at
    ``dask`` (``"local"``: a LocalCluster of ``processes`` workers). With ``outdir``, each
    finished partition is kept as a shard there, so that ``resume`` continues an interrupted
    build. Outputs are replaced only at the end, all together, so an interrupted build leaves
    the previous ones as they were, and so does one that cannot write (a full disk): BuildError
    says so. One build at a time writes ``outdir``: another one holding it is a LockError naming
    its process, or with ``wait`` is waited for.
    """
    formats = tuple(formats)
    file_exporters(formats)  # a typo, or an exporter that is not a file, fails before any work
    get_extractor(extractor)
    if update and outdir is None:
        raise BuildError(Errors.E302)
    options = {"format": format, "fields": fields, "formats": formats, "extractor": extractor,
               "processes": processes, "strict": strict, "update": update, "resume": resume,
               "partition_size": partition_size, "dask": dask, "progress": progress}
    if outdir is None:
        return _build(inputs, None, **options)
    out = Path(outdir)
    if update and not out.is_dir():
        raise BuildError(Errors.E310.format(path=out / cache.FILENAME))
    output_directory(out)
    with lock.locked(out, wait=wait):
        return _build(inputs, out, **options)


def output_directory(out: Path) -> Path:
    """``out``, created if missing; BuildError if it is a file (or under one) or cannot be created."""
    if out.exists() and not out.is_dir():
        raise BuildError(Errors.E340.format(path=out))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise BuildError(Errors.E340.format(path=_first_file(out))) from None
    except OSError as exc:
        raise BuildError(Errors.E341.format(path=out, reason=exc.strerror or exc)) from None
    return out


def _first_file(path: Path) -> Path:
    """The file that stands where a directory of ``path`` should be."""
    return next((p for p in reversed(path.parents) if p.exists() and not p.is_dir()), path)


def _build(inputs: Iterable[str | Path], outdir: Path | None, *, format: str | None,
           fields: Mapping[str, str] | None, formats: tuple[str, ...], extractor: str, processes: int,
           strict: bool, update: bool, resume: bool, partition_size: int, dask: str | None,
           progress: Progress | None) -> BuildResult:
    """:func:`build` once its output directory, if any, is there and locked."""
    head = codec.header(extractor, __version__)
    report = BuildReport(__version__, extractor)
    load_report = LoadReport()
    inputs = list(inputs)  # read twice: by the loaders, and for void.ttl's checksums

    with report.stages.stage("load"):
        cached = _cached_extractions(Path(outdir), head) if update and outdir is not None else []
        # an update keeps the inputs of the builds before it; an unreadable void.ttl fails before extraction
        earlier = void.earlier_inputs(Path(outdir) / void.FILENAME) if update and outdir is not None else ()
        unique = Deduplicator()
        for extraction in cached:
            unique.add(extraction.paper)
        unique = read_papers(inputs, format=format, fields=fields, report=load_report, strict=strict,
                             progress=progress, unique=unique)
        papers = unique.papers

    with report.stages.stage("extract"), _writing(outdir, "the extraction shards"):
        store = shards.ShardStore.open(Path(outdir), head, resume=resume) if outdir is not None else None
        run = PartitionRun(partition_size)
        extractions, extracted = _extract(papers, cached, extractor=extractor, processes=processes, dask=dask,
                                          store=store, run=run, progress=progress)

    with report.stages.stage("resolve"):
        resolution = resolve(extractions)

    with report.stages.stage("graph"):
        graph = build_graph(extractions, resolution)

    counts = graph.counts()
    report.papers, report.duplicates_merged = len(papers), unique.duplicates
    report.loading = load_report.as_dict()
    report.update = {"previous_papers": len(cached), "extracted": extracted} if update else None
    report.mentions = sum(len(x.entities) for x in extractions)
    report.results_without_model = sum(1 for x in extractions for r in x.results if not r.model.strip())
    report.entities = sum(v for k, v in counts["nodes"].items() if k not in NON_ENTITY_NODES)
    report.nodes_by_type, report.edges_by_relation = counts["nodes"], counts["edges"]
    report.merges = [m.as_dict() for m in resolution.merges]
    report.splits = [s.as_dict() for s in resolution.splits]
    report.variant_links = len(resolution.variants)
    report.shards = run.as_dict() if store is not None else None
    if outdir is None:
        return BuildResult(graph, papers, report.as_dict())

    out = Path(outdir)
    if progress:
        progress("export", 0, len(formats))
    with _writing(out, "the outputs"), staged_outputs(out) as staging:
        with report.stages.stage("export"):
            written = export(graph, staging, formats)
            written.append(cache.write_cache(staging, extractions, head))
            described = void.BuildDescription(__version__, extractor,
                                              void.merged_inputs(earlier, void.input_files(inputs)),
                                              tuple(p.name for p in written))
            written.append(void.write_void(graph, staging / void.FILENAME, described))
        report.worker_peak_rss_mb = round(run.worker_peak_rss_mb, 1)
        report.outputs = [p.name for p in written] + ["report.json"]
        report.inputs = given_inputs(inputs, previous_inputs(out) if update else ())
        write_report(staging / "report.json", report.as_dict())
    if store is not None:
        store.clear()  # the build is whole: its shards are no longer needed
    return BuildResult(graph, papers, report.as_dict(), [out / p.name for p in written])


def read_papers(inputs: Iterable[str | Path], *, format: str | None, fields: Mapping[str, str] | None,
                report: LoadReport, strict: bool, progress: Progress | None = None,
                unique: Deduplicator | None = None) -> Deduplicator:
    """Load and de-duplicate; raise BuildError when nothing was read or --strict finds problems."""
    def loaded(done: int, total: int) -> None:
        if progress:
            progress("load", done, total)

    unique = load_all(inputs, format, report, fields, unique=unique, progress=loaded)
    if strict and (report.skipped or report.failed_files or report.repaired):
        problems = [str(p) for p in report.failed_files + report.skipped + report.repaired]
        raise BuildError(Errors.E301.format(count=len(problems), first="; ".join(problems[:5])))
    if not unique.papers:
        detail = f" ({report.failed_files[0]})" if report.failed_files else ""
        raise BuildError(Errors.E300.format(detail=detail))
    return unique


def _extract(papers: list[Paper], cached: list[Extraction], *, extractor: str, processes: int,
             dask: str | None, store: shards.ShardStore | None, run: PartitionRun,
             progress: Progress | None) -> tuple[list[Extraction], int]:
    """Every paper's extraction, and how many were extracted: an update re-uses the cached ones
    whose paper is unchanged, the partition runner extracts the rest."""
    reuse = {i: cached[i] for i in range(len(cached)) if papers[i] == cached[i].paper}
    todo = [p for i, p in enumerate(papers) if i not in reuse]
    fresh = iter(list(runner.extract_partitions(
        todo, extractor=extractor, processes=processes, dask=dask, partition_size=run.partition_size,
        store=store, run=run, progress=progress)))
    return [reuse[i] if i in reuse else next(fresh) for i in range(len(papers))], len(todo)


def _cached_extractions(outdir: Path, head: dict[str, Any]) -> list[Extraction]:
    """The extractions of the earlier build in ``outdir``, which --update adds to."""
    try:
        return list(cache.read_cache(outdir, head))
    except (cache.CacheError, codec.CodecError) as exc:
        raise BuildError(str(exc)) from None


def extract_to_jsonl(inputs: Iterable[str | Path], target: str | Path, *, format: str | None = None,
                     fields: Mapping[str, str] | None = None, extractor: str = "spacy", processes: int = 0,
                     strict: bool = False, partition_size: int = shards.DEFAULT_PARTITION_SIZE,
                     dask: str | None = None, progress: Progress | None = None) -> dict[str, Any]:
    """Write the extraction of every paper to ``target`` in the format of :mod:`mlkg.codec`; return counts.

    Extraction runs as in :func:`build` (partitions, ``processes`` workers or ``dask``), and
    records are written in input order as soon as each leading partition is done.
    """
    get_extractor(extractor)
    target = Path(target)
    if target.is_dir():
        raise BuildError(Errors.E347.format(path=target))
    output_directory(target.parent)
    stages, load_report, found = Stages(), LoadReport(), {"entities": 0, "results": 0}
    with stages.stage("load"):
        papers = read_papers(inputs, format=format, fields=fields, report=load_report, strict=strict,
                             progress=progress).papers

    def counted(extractions: Iterable[Extraction]) -> Iterator[Extraction]:
        for extraction in extractions:
            found["entities"] += len(extraction.entities)
            found["results"] += len(extraction.results)
            yield extraction

    with stages.stage("extract"), _writing(target.parent, str(target)), atomic_path(target) as tmp, \
            tmp.open("w", encoding="utf-8") as fh:
        extractions = runner.extract_partitions(papers, extractor=extractor, processes=processes, dask=dask,
                                                partition_size=partition_size, progress=progress)
        codec.write(fh, counted(extractions), codec.header(extractor, __version__))
    return {"papers": len(papers), **found,
            "papers_per_second": round(len(papers) / max(stages.seconds["extract"], 1e-9), 1),
            "timing_seconds": {k: round(v, 3) for k, v in stages.seconds.items()},
            "peak_rss_mb": stages.peak_rss_mb, **load_report.as_dict()}


@contextlib.contextmanager
def _writing(outdir: Path | None, what: str) -> Iterator[None]:
    """Turn an OSError while writing ``what`` (a full disk, no permission) into one BuildError
    line that says the previous outputs are unchanged: outputs are only replaced at the end."""
    try:
        yield
    except OSError as exc:
        if outdir is None:
            raise
        target = exc.filename or what
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise BuildError(Errors.E343.format(what=target, outdir=outdir)) from None
        raise BuildError(Errors.E344.format(what=target, reason=exc.strerror or exc, outdir=outdir)) from None


@contextlib.contextmanager
def staged_outputs(outdir: Path) -> Iterator[Path]:
    """Write every output into a staging directory, then move them all in at once.

    Each file is replaced by a rename, with Ctrl-C (and SIGTERM) held back for the few
    milliseconds the renames take, so an interrupted build leaves the previous outputs, all of them, intact.
    A rename that fails after others succeeded (rare: renames in one directory need no space)
    is a BuildError saying how many were replaced.
    """
    staging = outdir / ".mlkg-staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        yield staging
        with _stops_held_back() as held:
            items = sorted(staging.iterdir(), key=lambda p: p.name == "report.json")
            for done, item in enumerate(items):
                try:
                    os.replace(item, outdir / item.name)
                except OSError as exc:
                    if not done:
                        raise
                    raise BuildError(Errors.E345.format(outdir=outdir, reason=exc.strerror or exc, done=done,
                                                        total=len(items))) from None
        if held:
            # the outputs are all in: stopping now would report "previous outputs untouched", untrue
            log.warning("a stop arrived while the outputs were moved in; the build had finished")
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@contextlib.contextmanager
def _stops_held_back() -> Iterator[list[int]]:
    """Ctrl-C and SIGTERM are noted, not raised, while the body runs. A handler swap, not a signal
    mask: the kernel may hand a signal to any thread that does not block it, and Python then runs
    the handler in the main thread anyway, so masking the main thread alone holds nothing back."""
    held: list[int] = []
    stops = (signal.SIGINT, signal.SIGTERM)
    try:
        previous = {signum: signal.signal(signum, lambda signum, frame: held.append(signum)) for signum in stops}
    except ValueError:  # not the main thread, where no Python handler runs anyway
        yield held
        return
    try:
        yield held
    finally:
        for signum, handler in previous.items():
            if handler is not None:
                signal.signal(signum, handler)


def previous_formats(outdir: str | Path) -> tuple[str, ...]:
    """The export formats an earlier build in ``outdir`` wrote (from its report.json), for --update."""
    try:
        outputs = json.loads((Path(outdir) / "report.json").read_text(encoding="utf-8")).get("outputs", [])
    except (OSError, ValueError):
        return DEFAULT_FORMATS
    by_file = {e.filename: e.name for e in file_exporters(FILE_FORMATS)}
    return tuple(by_file[o] for o in outputs if o in by_file) or DEFAULT_FORMATS


def previous_inputs(outdir: str | Path) -> tuple[str, ...]:
    """The inputs an earlier build in ``outdir`` was given (report.json), which an update keeps."""
    try:
        given = json.loads((Path(outdir) / "report.json").read_text(encoding="utf-8")).get("inputs", [])
    except (OSError, ValueError):
        return ()
    return tuple(str(i) for i in given if isinstance(i, str))


def given_inputs(inputs: Iterable[str | Path], earlier: Iterable[str] = ()) -> list[str]:
    """Inputs as real paths (typed any way, the same), so that `mlkg update` finds the raw directory it fetches into."""
    found = dict.fromkeys(earlier)
    found.update(dict.fromkeys(os.path.realpath(str(i)) for i in inputs))
    return list(found)


def write_report(target: Path, report: dict[str, Any]) -> None:
    write_text_atomic(target, json.dumps(report, indent=2, ensure_ascii=False) + "\n")


def open_graph(outdir: str | Path) -> KnowledgeGraph:
    """The graph of an earlier build, rebuilt exactly from its extraction cache (no re-extraction).

    Exporters that need the typed graph (Neo4j, the pyvis page) start from a build directory.
    """
    path = Path(outdir)
    if path.is_file():
        path = path.parent
    extractions = _cached_extractions(path, {})
    return build_graph(extractions, resolve(extractions))
