"""Builds at scale: the same graph for 1 process, N processes and a Dask cluster; interrupted
builds keep the previous outputs and resume from their finished partitions; damaged shards
are reported, never merged."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mlkg.build.pipeline import build
from mlkg.build.shards import DIRNAME, MANIFEST
from mlkg.loaders import load_all

REPO = Path(__file__).parents[3]
EXAMPLES = REPO / "examples"
FORMATS = ("nt", "ttl", "graphml")
FILES = ("graph.nt", "graph.ttl", "graph.graphml", "extractions.jsonl.gz")


def outputs(directory: Path) -> dict[str, bytes]:
    return {name: (directory / name).read_bytes() for name in FILES}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The examples built in one process, in one partition."""
    out = tmp_path_factory.mktemp("reference")
    build([EXAMPLES], out, formats=FORMATS, partition_size=10_000)
    return outputs(out)


def test_partition_size_and_processes_do_not_change_a_byte(reference: dict[str, bytes], tmp_path: Path) -> None:
    result = build([EXAMPLES], tmp_path, formats=FORMATS, processes=2, partition_size=7)
    assert outputs(tmp_path) == reference
    assert result.report["shards"]["partitions"] == -(-result.report["papers"] // 7)
    assert not (tmp_path / DIRNAME).exists()  # a finished build removes its shards


def test_dask_local_cluster_of_two_workers_builds_the_same_graph(reference: dict[str, bytes],
                                                                 tmp_path: Path) -> None:
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        result = build([EXAMPLES], tmp_path, formats=FORMATS, partition_size=10, dask=cluster.scheduler_address)
        workers = client.run(os.getpid)
    assert len(set(workers.values())) == 2 and os.getpid() not in workers.values()
    assert outputs(tmp_path) == reference
    assert result.report["shards"]["runner"] == f"dask {cluster.scheduler_address}"


class Interrupt(Exception):
    pass


def _interrupt_after(partitions: int, size: int):  # type: ignore[no-untyped-def]
    """A progress callback that presses Ctrl-C once ``partitions`` partitions are done."""
    def progress(stage: str, done: int, total: int | None) -> None:
        if stage == "extract" and done >= partitions * size:
            raise KeyboardInterrupt
    return progress


def test_an_interrupted_build_keeps_the_previous_outputs_and_resumes(reference: dict[str, bytes],
                                                                     tmp_path: Path) -> None:
    build([EXAMPLES / "hf_daily_papers_page.txt"], tmp_path, formats=FORMATS)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    with pytest.raises(KeyboardInterrupt):
        build([EXAMPLES], tmp_path, formats=FORMATS, partition_size=10, progress=_interrupt_after(3, 10))
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
    assert len(list((tmp_path / DIRNAME).glob("part-*.parquet"))) == 3

    result = build([EXAMPLES], tmp_path, formats=FORMATS, partition_size=10, resume=True)
    assert result.report["shards"]["resumed"] == 3
    assert result.report["shards"]["extracted"] == result.report["shards"]["partitions"] - 3
    assert outputs(tmp_path) == reference


def test_without_resume_old_shards_are_not_used(tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt):
        build([EXAMPLES], tmp_path, formats=FORMATS, partition_size=10, progress=_interrupt_after(2, 10))
    result = build([EXAMPLES], tmp_path, formats=FORMATS, partition_size=10)
    assert result.report["shards"]["resumed"] == 0


def test_shards_of_other_inputs_are_not_resumed(reference: dict[str, bytes], tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt):
        build([EXAMPLES / "hf_daily_api"], tmp_path, formats=FORMATS, partition_size=10,
              progress=_interrupt_after(2, 10))
    result = build([EXAMPLES], tmp_path, formats=FORMATS, partition_size=10, resume=True)
    assert result.report["shards"]["corrupt"] == []
    assert outputs(tmp_path) == reference


def test_a_damaged_shard_is_reported_and_extracted_again(reference: dict[str, bytes], tmp_path: Path,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(KeyboardInterrupt):
        build([EXAMPLES], tmp_path, formats=FORMATS, partition_size=10, progress=_interrupt_after(3, 10))
    damaged = sorted((tmp_path / DIRNAME).glob("part-*.parquet"))[1]
    data = bytearray(damaged.read_bytes())
    data[-40] ^= 0x55
    damaged.write_bytes(bytes(data))

    result = build([EXAMPLES], tmp_path, formats=FORMATS, partition_size=10, resume=True)
    [problem] = result.report["shards"]["corrupt"]
    assert damaged.name in problem and "corrupt shard" in problem
    assert any(damaged.name in r.getMessage() for r in caplog.records)
    assert result.report["shards"]["resumed"] == 2
    assert outputs(tmp_path) == reference


def _many_papers(target: Path, copies: int) -> Path:
    """The example papers, each under several distinct titles: a corpus that takes a while."""
    unique = load_all([EXAMPLES])
    with target.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            for paper in unique.papers:
                fh.write(json.dumps({"title": f"{paper.title} (variant {k})", "abstract": paper.abstract}) + "\n")
    return target


def _recorded_shards(out: Path) -> dict[str, object]:
    """The shards the manifest lists (a shard is trusted only once it is recorded there)."""
    try:
        return json.loads((out / DIRNAME / MANIFEST).read_text(encoding="utf-8")).get("shards", {})
    except (OSError, ValueError):
        return {}


def test_ctrl_c_on_the_command_keeps_outputs_and_resume_finishes(tmp_path: Path) -> None:
    corpus = _many_papers(tmp_path / "corpus.jsonl", copies=12)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "mlkg", "build", str(corpus), "-o", str(out), "--formats", "nt",
               "--partition-size", "40", "-q"]
    subprocess.run([*command[:4], str(EXAMPLES / "hf_daily_papers_page.txt"), *command[5:]], check=True)
    before = (out / "graph.nt").read_bytes(), (out / "report.json").read_bytes()

    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not _recorded_shards(out) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "--resume" in stderr
    assert ((out / "graph.nt").read_bytes(), (out / "report.json").read_bytes()) == before
    # A shard file written just before the signal, but not yet in the manifest, is not trusted
    # (and is extracted again): only recorded shards count as kept.
    kept = len(_recorded_shards(out))
    assert kept >= 1

    subprocess.run([*command, "--resume"], check=True)
    report = json.loads((out / "report.json").read_text())
    assert report["shards"]["resumed"] >= kept
    fresh = tmp_path / "fresh"
    subprocess.run([*command[:5], "-o", str(fresh), *command[7:]], check=True)
    assert (out / "graph.nt").read_bytes() == (fresh / "graph.nt").read_bytes()
