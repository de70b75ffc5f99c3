"""One way to run extraction: the partition runner, for `mlkg build` and `mlkg extract`, here or in workers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from mlkg import codec
from mlkg.build import runner
from mlkg.build.pipeline import build, extract_to_jsonl
from mlkg.errors import MlkgError
from mlkg.extract import UnknownExtractor, get_extractor
from mlkg.loaders import load

DATA = Path(__file__).parents[3] / "tests" / "data"
PAGE = DATA / "hf_daily_papers_page_excerpt.txt"
REPORT_KEYS = [
    "mlkg_version", "papers", "duplicates_merged", "files", "records_read", "repaired", "repaired_by_reason",
    "skipped", "skipped_by_reason", "skipped_records", "warnings", "warning_list", "failed_files", "extractor",
    "mentions", "entities", "results_without_model", "nodes", "edges", "nodes_by_type", "edges_by_relation",
    "merged_nodes", "variant_links", "merges", "resolution", "shards", "timing_seconds", "peak_rss_mb", "outputs",
    "inputs",
]


def test_zero_processes_means_one_per_core() -> None:
    assert runner.worker_count(0) == len(os.sched_getaffinity(0))
    assert runner.worker_count(3) == 3
    with pytest.raises(runner.RunnerError) as info:
        runner.worker_count(-1)
    assert info.value.code == "E331"


def test_one_partition_runs_here_whatever_the_processes() -> None:
    papers = list(load(PAGE))
    run = runner.PartitionRun(1000)
    found = list(runner.extract_partitions(papers, extractor="basic", processes=4, run=run))
    assert [x.paper for x in found] == papers
    assert (run.partitions, run.runner, run.worker_peak_rss_mb) == (1, "1 process", 0.0)


def test_extract_output_is_the_same_for_one_and_two_processes(tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    summary = extract_to_jsonl([PAGE], one, extractor="basic", processes=1, partition_size=2)
    extract_to_jsonl([PAGE], two, extractor="basic", processes=2, partition_size=2)
    assert one.read_bytes() == two.read_bytes()
    with one.open(encoding="utf-8") as fh:
        extractions = list(codec.read(fh, str(one)))
    assert [x.paper for x in extractions] == list(load(PAGE, name=PAGE.name))  # a file named on its own: its name
    assert summary["papers"] == len(extractions) and set(summary["timing_seconds"]) == {"load", "extract"}
    assert summary["peak_rss_mb"]["extract"] > 0


def test_report_json_keeps_its_keys_and_a_tiny_build_starts_no_worker(tmp_path: Path) -> None:
    import json

    result = build([PAGE], tmp_path, formats=("nt",), extractor="basic")
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert list(report) == REPORT_KEYS
    assert report == result.report
    assert report["shards"]["runner"] == "1 process"  # the default is one per core, but one partition
    assert list(report["timing_seconds"]) == ["load", "extract", "resolve", "graph", "export", "total"]
    assert list(report["peak_rss_mb"]) == ["load", "extract", "resolve", "graph", "export", "workers"]
    in_memory = build([PAGE], extractor="basic").report
    assert "shards" not in in_memory and "outputs" not in in_memory and "inputs" not in in_memory
    assert list(in_memory["timing_seconds"]) == ["load", "extract", "resolve", "graph", "total"]


def test_missing_dask_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    with pytest.raises(runner.RunnerError) as info, runner.dask_client("local", 1):
        pass
    assert info.value.code == "E330" and "mlkg[dask]" in str(info.value)
    assert isinstance(info.value, MlkgError)


def test_an_unknown_extractor_is_a_coded_error() -> None:
    with pytest.raises(UnknownExtractor) as info:
        get_extractor("spacey")
    assert info.value.code == "E180" and "basic, spacy" in str(info.value)
    assert isinstance(info.value, MlkgError) and isinstance(info.value, KeyError)
