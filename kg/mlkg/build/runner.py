"""Where extraction runs: in this process, in worker processes, or on a Dask cluster.

Extraction is the only stage that costs (resolution is global and cheap), so it is the
only one that fans out. Every runner takes the same partitions and yields, per partition,
its first position and its Parquet shard bytes (:mod:`mlkg.build.shards`), so the merged graph
is the same byte for byte whichever runs it.

On Dask, the partitions go through a ``dask.bag`` built from scattered partitions: the
client sends the papers, so workers need mlkg installed but no shared filesystem. Shards
come back as they finish and are written by the client, so ``--resume`` works here too.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from mlkg.build import shards
from mlkg.extract import get_extractor
from mlkg.model import Extraction, Paper

Partition = tuple[int, list[Paper]]


Done = tuple[int, bytes, float]  # first position, shard bytes, the worker's peak RSS in MB


def extract_partition(part: Partition, extractor: str) -> Done:
    """Extract one partition and encode it as a shard (runs in workers)."""
    start, papers = part
    data = shards.encode(start, list(get_extractor(extractor)(papers, n_process=1)))
    return start, data, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _extract_partition_local(args: tuple[Partition, str]) -> Done:
    return extract_partition(*args)


def run_local(parts: Sequence[Partition], extractor: str,
              processes: int) -> Iterator[tuple[int, bytes, list[Extraction] | None, float]]:
    """In this process (extractions kept, no decoding) or in a pool of worker processes."""
    if processes <= 1:
        for start, papers in parts:
            extractions = list(get_extractor(extractor)(papers, n_process=1))
            yield start, shards.encode(start, extractions), extractions, 0.0
        return
    # forkserver: workers start from a clean process, not a copy of this one with every paper
    # loaded, so their memory stays flat however big the input is.
    methods = mp.get_all_start_methods()
    context = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
    with context.Pool(processes) as pool:
        work = ((part, extractor) for part in parts)
        for start, data, peak in pool.imap_unordered(_extract_partition_local, work):
            yield start, data, None, peak


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
        raise RuntimeError('Dask is missing: pip install "mlkg[dask]"') from None
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
