from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from mlkg.loaders import LoadError, LoadReport, load


def test_feed_entries_match_their_source_records(data_dir: Path) -> None:
    lines = (data_dir / "arxiv_listing.jsonl").read_text().splitlines()
    records = [json.loads(line) for line in (lines[0], lines[1], lines[5])]
    papers = list(load(data_dir / "arxiv_query.atom"))
    assert len(papers) == 3
    for paper, rec in zip(papers, records):
        assert paper.arxiv_id == rec["arxiv_id"]  # version suffix dropped
        assert paper.title == rec["title"]
        assert paper.authors == tuple(rec["authors"])
        assert paper.categories[0] == rec["categories"][0]
        assert paper.published.isoformat() == rec["listing_date"]
        assert "\n" not in paper.abstract and paper.abstract.split() == rec["abstract"].split()


def test_api_error_entry_is_skipped(tmp_path: Path) -> None:
    feed = tmp_path / "err.atom"
    feed.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>'
                    "<id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id><title>Error</title>"
                    "<summary>incorrect id format for 1234</summary></entry></feed>")
    report = LoadReport()
    assert list(load(feed, report=report)) == []
    assert "API error" in report.skipped[0].reason


def test_entity_declarations_are_refused(tmp_path: Path) -> None:
    feed = tmp_path / "bomb.xml"
    feed.write_text('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
                    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&lol;</title></entry></feed>')
    with pytest.raises(LoadError, match="entity declarations"):
        list(load(feed))


def test_malformed_xml_keeps_earlier_entries(data_dir: Path, tmp_path: Path) -> None:
    text = (data_dir / "arxiv_query.atom").read_text()
    cut = text.index("<entry>", text.index("</entry>")) + 30
    feed = tmp_path / "cut.atom"
    feed.write_text(text[:cut])
    got = []
    with pytest.raises(LoadError, match="malformed XML"):
        for paper in load(feed):
            got.append(paper)  # noqa: PERF402 - keep what came before the error
    assert len(got) == 1


def _feed(titles: list[str]) -> str:
    entries = "".join(f"<entry><id>http://arxiv.org/abs/2501.0000{i}v1</id><title>{t}</title>"
                      f"<summary>Abstract {i}.</summary></entry>" for i, t in enumerate(titles))
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">{entries}</feed>'


def test_truncated_gzip_keeps_the_entries_read_before_the_cut(tmp_path: Path) -> None:
    # Many entries so the cut falls after the first read chunk: the loader must stream.
    packed = gzip.compress(_feed([f"Paper {i} " + "x" * 2000 for i in range(200)]).encode())
    feed = tmp_path / "cut.atom.gz"
    feed.write_bytes(packed[: len(packed) * 3 // 4])
    got = []
    with pytest.raises(LoadError, match="truncated"):
        for paper in load(feed):
            got.append(paper)  # noqa: PERF402 - keep what came before the error
    assert 0 < len(got) < 200


def test_one_windows_1252_byte_is_repaired_where_it_stands(tmp_path: Path) -> None:
    raw = _feed(["Caf\u00e9 models", "PLACEHOLDER", "Na\u00efve baselines"]).encode()
    feed = tmp_path / "mixed.atom"
    feed.write_bytes(raw.replace(b"PLACEHOLDER", "R\u00e9sum\u00e9".encode("cp1252")))
    report = LoadReport()
    titles = [p.title for p in load(feed, report=report)]
    assert titles == ["Caf\u00e9 models", "R\u00e9sum\u00e9", "Na\u00efve baselines"]  # not "CafÃ©"
    assert len(report.repaired) == 1 and "Windows-1252" in report.repaired[0].reason
