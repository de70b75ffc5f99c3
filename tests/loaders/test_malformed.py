"""Damaged input of every kind: one-line LoadError or a counted skip, never a traceback."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from mlkg.loaders import LoadError, LoadReport, load, load_all


@pytest.mark.parametrize("name", ["empty.txt", "empty.json", "empty.jsonl", "empty.csv", "empty.atom"])
def test_empty_files(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"  \n")
    with pytest.raises(LoadError, match="empty") as info:
        list(load(path))
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_truncated_gzip_keeps_earlier_lines(data_dir: Path, tmp_path: Path) -> None:
    blob = gzip.compress((data_dir / "arxiv_listing.jsonl").read_bytes() * 20)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(blob[: len(blob) // 2])
    got = []
    with pytest.raises(LoadError, match=r"cut\.jsonl\.gz: cannot read after line \d+: the gzip stream is truncated"):
        for paper in load(path):
            got.append(paper)  # noqa: PERF402 - keep what came before the error
    assert got  # what came before the cut is kept


def test_truncated_gzip_in_a_build_is_reported_not_fatal(data_dir: Path, tmp_path: Path) -> None:
    blob = gzip.compress((data_dir / "hf_daily_api" / "2024-10-16.json").read_bytes())
    (tmp_path / "bad.json.gz").write_bytes(blob[:40])
    report = LoadReport()
    unique = load_all([tmp_path / "bad.json.gz", data_dir / "hf_daily_api" / "2025-01-10.json"], report=report)
    assert len(unique) == 2
    assert len(report.failed_files) == 1 and "bad.json.gz" in str(report.failed_files[0])


def test_windows_1252_text_is_repaired_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "latin.jsonl"
    path.write_bytes('{"title": "Caf\u00e9 models", "abstract": "na\u00efve \u2013 ok"}\n'.encode("cp1252"))
    report = LoadReport()
    (paper,) = load(path, report=report)
    assert paper.title == "Café models" and "naïve – ok" in paper.abstract
    assert "not UTF-8" in report.repaired[0].reason and report.repaired[0].record == 1


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "u16.csv"
    path.write_bytes("title,abstract\nT,A\n".encode("utf-16"))
    assert [p.title for p in load(path)] == ["T"]


def test_missing_title_and_abstract(tmp_path: Path) -> None:
    path = tmp_path / "day.json"
    path.write_text('[{"paper": {"id": "2401.00001", "summary": "S"}},'
                    ' {"paper": {"id": "2401.00002", "title": "Only a title"}}]')
    report = LoadReport()
    papers = list(load(path, report=report))
    assert [p.arxiv_id for p in papers] == ["2401.00002"]
    assert [(p.record, p.reason) for p in report.skipped] == [(1, "missing title")]
    assert report.warnings[0].record == 2 and "missing abstract" in report.warnings[0].reason


def test_unknown_format_lists_the_valid_ones(data_dir: Path) -> None:
    with pytest.raises(LoadError, match="valid formats: arxiv-atom, csv, hf-api, hf-page, jsonl"):
        list(load(data_dir / "arxiv_listing.jsonl", format="bibtex"))


def test_undetectable_file(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"\x00\x01\x02 nothing here")
    with pytest.raises(LoadError, match="pass --format"):
        list(load(path))


def test_missing_input_and_empty_glob(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load_all([tmp_path / "nope.json"])
    with pytest.raises(LoadError, match="matches no file"):
        load_all([str(tmp_path / "*.json")])
