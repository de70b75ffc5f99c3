"""Where extraction runs: in this process, in worker processes, or on a Dask cluster.

Extraction is the only stage that costs (resolution is global and cheap), so it is the
only one that fans out, and this module is the only place that fans it out: ``mlkg build``
(with or without an output directory) and ``mlkg extract`` both call
:func:`extract_partitions`. The papers are cut into partitions (:mod:`mlkg.build.shards`),
each runner yields, per partition, its first position and its Parquet shard bytes, and the
extractions come out in input order, so the result is the same byte for byte whichever runs it.

A single partition, or one process, runs here: starting workers would cost more than they
save. Worker processes start from forkserver: a clean process, not a copy of this one with
every paper loaded, so their memory stays flat however big the input is.

On Dask, the partitions go through a ``dask.bag`` built from scattered partitions: the
client sends the papers, so workers need mlkg installed but no shared filesystem. Shards
come back as they finish and are written by the client, so ``--resume`` works here too.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from mlkg.build import shards
from mlkg.build.report import peak_rss_mb
from mlkg.errors import Errors, MlkgError
from mlkg.extract import get_extractor
from mlkg.model import Extraction, Paper

log = logging.getLogger("mlkg")

Partition = tuple[int, list[Paper]]
Done = tuple[int, bytes, float]  # first position, shard bytes, the worker's peak RSS in MB
Progress = Callable[[str, int, int | None], None]


class RunnerError(MlkgError, RuntimeError):
    """A runner that cannot start (Dask missing, a bad number of processes); the message says why."""


def worker_count(processes: int) -> int:
    """``processes``, or one per core available to this process for 0 (as cargo and ruff do)."""
    if processes < 0:
        raise RunnerError(Errors.E331.format(processes=processes))
    if processes:
        return processes
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass
class PartitionRun:
    """How extraction ran: report.json's ``shards`` section."""

    partition_size: int
    partitions: int = 0
    resumed: int = 0
    extracted: int = 0
    corrupt: list[str] = field(default_factory=list)
    runner: str = ""
    worker_peak_rss_mb: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"partition_size": self.partition_size, "partitions": self.partitions,
                "resumed": self.resumed, "extracted": self.extracted, "corrupt": self.corrupt,
                "runner": self.runner, "worker_peak_rss_mb": round(self.worker_peak_rss_mb, 1)}


def extract_partitions(papers: Sequence[Paper], *, extractor: str, processes: int = 0,
                       dask: str | None = None, partition_size: int = shards.DEFAULT_PARTITION_SIZE,
                       store: shards.ShardStore | None = None, run: PartitionRun | None = None,
                       progress: Progress | None = None) -> Iterator[Extraction]:
    """The extractions of ``papers``, in their order, as soon as each leading partition is done.

    ``processes`` workers (0: one per core) or the Dask scheduler at ``dask`` (``"local"``: a
    LocalCluster of that many workers). With a ``store``, each finished partition is kept as a
    shard, and shards an interrupted run left are re-used when their papers are the same and
    their bytes check out; a damaged one is reported (warning and ``run.corrupt``) and
    extracted again. ``run`` receives how it went.
    """
    get_extractor(extractor)  # an unknown name fails here, not in a worker
    workers = worker_count(processes)
    run = run if run is not None else PartitionRun(partition_size)
    parts = shards.partitions(papers, partition_size)
    keys = {start: shards.partition_key(part, store.meta) for start, part in parts} if store else {}
    manifest = store.manifest() if store else {}
    done: dict[int, list[Extraction]] = {}
    pending: list[Partition] = []
    for start, part in parts:
        if store is not None and str(start) in manifest:
            try:
                done[start] = store.read(start, keys[start], part, manifest)
                continue
            except shards.ShardError as exc:
                run.corrupt.append(str(exc))
                log.warning("%s; extracting it again", exc)
        pending.append((start, part))
    in_process = not dask and (workers == 1 or len(pending) <= 1)
    run.partitions, run.resumed, run.extracted = len(parts), len(done), len(pending)
    run.runner = (f"dask {dask}" if dask else "1 process" if in_process else f"{workers} processes")
    total, finished = len(papers), sum(len(x) for x in done.values())
    if progress:
        progress("extract", finished, total)
    parts_by_start = dict(parts)
    order = iter(start for start, _ in parts)
    following = next(order, None)
    with contextlib.ExitStack() as stack:
        if dask:
            client = stack.enter_context(dask_client(dask, workers))
            runs = run_dask(pending, extractor, client)
        elif in_process:
            runs = run_here(pending, extractor)
        else:
            runs = run_local(pending, extractor, min(workers, len(pending)))
        # Closed on the way out, so a Ctrl-C while this loop writes a shard ends the worker pool
        # here, not at interpreter shutdown (where workers printed tracebacks, and the exit code
        # was sometimes the signal's instead of 130).
        stack.enter_context(contextlib.closing(runs))
        for start, data, extractions, peak in runs:
            run.worker_peak_rss_mb = max(run.worker_peak_rss_mb, peak)
            if store is not None:
                store.write(start, keys[start], data, manifest)
            if extractions is None:  # from a worker: attach the build's own Paper objects
                source = str(store.path(start)) if store is not None else f"partition {start}"
                extractions = shards.decode(data, parts_by_start[start], source)
            done[start] = extractions
            finished += len(parts_by_start[start])
            if progress:
                progress("extract", finished, total)
            while following is not None and following in done:
                yield from done.pop(following)
                following = next(order, None)
    while following is not None:
        yield from done.pop(following)
        following = next(order, None)


def extract_partition(part: Partition, extractor: str) -> Done:
    """Extract one partition and encode it as a shard (runs in workers)."""
    start, papers = part
    data = shards.encode(start, list(get_extractor(extractor)(papers)))
    return start, data, peak_rss_mb()


def run_here(parts: Sequence[Partition],
             extractor: str) -> Iterator[tuple[int, bytes, list[Extraction], float]]:
    """In this process: the extractions are kept as they are (no decoding); no worker peak."""
    extract = get_extractor(extractor)
    for start, papers in parts:
        extractions = list(extract(papers))
        yield start, shards.encode(start, extractions), extractions, 0.0


def run_local(parts: Sequence[Partition], extractor: str,
              processes: int) -> Iterator[tuple[int, bytes, None, float]]:
    """In ``processes`` worker processes; shards come back as they finish.

    A :class:`~concurrent.futures.ProcessPoolExecutor`, not a ``multiprocessing.Pool``: when a
    build is stopped, ``Pool.terminate()`` can hang for good (CPython issues 73945, 78178, 96995:
    its task handler blocks on a pipe no worker reads any more), and a Ctrl-C must end the build.
    Here a stop cancels what has not started and the workers end after their current partition.
    At most two partitions per worker are in flight, so memory stays bounded."""
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    methods = mp.get_all_start_methods()
    context = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
    if context.get_start_method() == "forkserver":
        # The server imports spaCy and the extractor once; each worker forks from it ready to go.
        context.set_forkserver_preload(["mlkg.extract.pipeline"])
    todo = iter(parts)
    with ProcessPoolExecutor(processes, mp_context=context, initializer=_ignore_sigint) as pool:
        try:
            running: set[Future[Done]] = set()
            for part in todo:
                running.add(pool.submit(extract_partition, part, extractor))
                if len(running) >= 2 * processes:
                    break
            while running:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for future in sorted(done, key=lambda f: f.result()[0]):
                    following = next(todo, None)
                    if following is not None:
                        running.add(pool.submit(extract_partition, following, extractor))
                    start, data, peak = future.result()
                    yield start, data, None, peak
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)  # a stop or an error: start nothing more
            raise


def _ignore_sigint() -> None:
    """Ctrl-C reaches every process of the terminal's group: this one handles it (the outputs stay,
    finished shards are kept) and ends the pool; a worker ignores it, instead of each printing a
    KeyboardInterrupt traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _one(part: Partition) -> list[Partition]:
    return [part]


def _extract_bag_partition(partition: list[Partition], extractor: str) -> list[Done]:
    return [extract_partition(part, extractor) for part in partition]


@contextmanager
def dask_client(address: str, workers: int) -> Iterator[Any]:
    """A client of the scheduler at ``address``, or of a LocalCluster on loopback for ``local``."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise RunnerError(Errors.E330) from None
    if address == "local":
        with LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                          host="127.0.0.1", dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
    else:
        with Client(address) as client:
            yield client


def run_dask(parts: Sequence[Partition], extractor: str,
             client: Any) -> Iterator[tuple[int, bytes, None, float]]:
    """Each partition is one partition of a dask.bag; shards stream back as they finish."""
    import dask
    import dask.bag as db
    from dask.distributed import as_completed

    if not parts:
        return
    scattered = client.scatter(list(parts))
    bag = db.from_delayed([dask.delayed(_one)(future) for future in scattered])
    futures = client.compute(bag.map_partitions(_extract_bag_partition, extractor).to_delayed())
    try:
        for future in as_completed(futures):
            for start, data, peak in future.result():
                yield start, data, None, peak
    finally:
        client.cancel(futures)
