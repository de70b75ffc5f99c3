from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from mlkg.loaders import LoadError, LoadReport, load


def test_arxiv_jsonl_listing(data_dir: Path) -> None:
    records = [json.loads(line) for line in (data_dir / "arxiv_listing.jsonl").read_text().splitlines()]
    papers = list(load(data_dir / "arxiv_listing.jsonl"))
    assert [p.arxiv_id for p in papers] == [r["arxiv_id"] for r in records]
    for paper, rec in zip(papers, records):
        assert paper.authors == tuple(rec["authors"])
        assert paper.categories == tuple(rec["categories"])
        assert paper.published.isoformat() == rec["listing_date"]
        assert paper.abstract.split() == " ".join(rec["abstract"].split()).split()
        assert paper.source.endswith("arxiv_listing.jsonl") and paper.record >= 1


def test_csv_with_field_mapping(data_dir: Path) -> None:
    path = data_dir / "listing_custom_columns.csv"
    rows = list(csv.DictReader(path.open(newline="")))
    with pytest.raises(LoadError, match="--field title=COLUMN"):  # no title column: not guessed
        list(load(path))
    mapping = {"title": "headline", "abstract": "body", "authors": "writers",
               "published": "day", "arxiv_id": "paper_key"}
    papers = list(load(path, fields=mapping))
    assert [p.title for p in papers] == [r["headline"] for r in rows]
    assert [p.arxiv_id for p in papers] == [r["paper_key"] for r in rows]
    assert papers[0].authors == tuple(a.strip() for a in rows[0]["writers"].split(";"))


def test_jsonl_bad_lines_are_skipped_and_named(tmp_path: Path) -> None:
    path = tmp_path / "list.jsonl"
    path.write_text('{"title": "A", "abstract": "x"}\n{not json}\n[1, 2]\n\n{"abstract": "no title"}\n'
                    '{"title": "B", "abstract": "y", "upvotes": "many"}\n{"title": "C", "abstract": "z"}\n')
    report = LoadReport()
    papers = list(load(path, report=report))
    assert [p.title for p in papers] == ["A", "C"]
    assert [(p.record, p.reason.split(":")[0]) for p in report.skipped] == [
        (2, "invalid JSON"), (3, "expected an object, found list"), (5, "missing title"),
        (6, "upvotes is not a number")]
    assert all(str(path) in str(p) for p in report.skipped)


def test_csv_ragged_row(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("title,abstract\nGood,fine\nBad,too,many\n")
    report = LoadReport()
    assert [p.title for p in load(path, report=report)] == ["Good"]
    assert report.skipped[0].record == 2
