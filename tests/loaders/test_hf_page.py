from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from mlkg.loaders import LoadError, LoadReport, load
from mlkg.model import Organization


def _blocks(page: Path) -> list[list[str]]:
    """Independent reading of the page: records end at a '·' line followed by a date line."""
    lines = [line.strip() for line in page.read_text(encoding="utf-8").splitlines() if line.strip()]
    anchors = [i for i, line in enumerate(lines) if line == "·"]
    return [lines[i - 3 : i + 2] for i in anchors]


def test_excerpt_fields(data_dir: Path) -> None:
    report = LoadReport()
    papers = list(load(data_dir / "hf_daily_papers_page_excerpt.txt", report=report))
    assert [p.title for p in papers][:2] == [
        "Unified Language-Vision Pretraining in LLM with Dynamic Discrete Visual Tokenization",
        "RL makes MLLMs see better than SFT",
    ]
    first, second = papers[0], papers[1]
    assert first.author_count == 16 and first.organization is None
    assert first.published == dt.date(2023, 9, 8) and first.upvotes == 0
    assert first.abstract.startswith("Recently, the remarkable advance")
    assert first.abstract.endswith("https://github.com/jy0205/LaVIT.")
    assert second.organization == Organization(name="NAVER AI Lab", slug="naver-ai")
    assert second.author_count is None
    assert second.published == dt.date(2025, 10, 17) and second.upvotes == 2
    assert all(p.id.startswith("t-") and p.arxiv_id is None for p in papers)
    assert report.skipped == [] and report.warnings == []


def test_whole_page_matches_an_independent_reading(example_page: Path) -> None:
    papers = list(load(example_page))
    blocks = _blocks(example_page)
    assert len(papers) == len(blocks) == 29
    for paper, block in zip(papers, blocks):
        title, _abstract, meta, _dot, date_line = block
        assert paper.title == title
        authors = re.match(r"•\s*(\d+) authors", meta)
        if authors:
            assert paper.author_count == int(authors.group(1))
        else:
            assert paper.organization is not None and meta == f"{paper.organization.slug} {paper.organization.name}"
        date = re.fullmatch(r"(\w+ \d+, \d{4})(?: (\d+))?", date_line)
        assert date, date_line
        assert paper.upvotes == int(date.group(2) or 0)
        assert paper.published == dt.datetime.strptime(date.group(1), "%b %d, %Y").date()


def test_header_lines_are_not_papers(data_dir: Path) -> None:
    titles = {p.title for p in load(data_dir / "hf_daily_papers_page_excerpt.txt")}
    assert not titles & {"Daily Papers", "Subscribe", "new", "Jan 8", "byAK and the research community"}


def test_multi_paragraph_abstract_and_large_upvotes(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Daily Papers\n\nMy Title: A Study\n\nFirst paragraph of the abstract.\n\n"
        "Second paragraph, still abstract.\n\n  • 3 authors\n·\nMar 2, 2024 1,024\n", encoding="utf-8")
    (paper,) = load(page)
    assert paper.title == "My Title: A Study"
    assert paper.abstract == "First paragraph of the abstract. Second paragraph, still abstract."
    assert paper.upvotes == 1024 and paper.author_count == 3


def test_record_without_abstract_is_kept_with_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Lonely Title\n  • 3 authors\n·\nMar 2, 2024\n\nGood Title\n\nAn abstract.\n"
                    "  • 2 authors\n·\nMar 3, 2024\n", encoding="utf-8")
    report = LoadReport()
    papers = list(load(page, report=report))
    assert [(p.title, p.abstract, p.author_count) for p in papers] == [
        ("Lonely Title", "", 3), ("Good Title", "An abstract.", 2)]
    assert [(w.record, w.reason.split(";")[0]) for w in report.warnings] == [(1, "missing abstract")]
    assert report.skipped == []


def test_record_without_title_is_skipped_and_named(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Good Title\n\nAn abstract.\n  • 2 authors\n·\nMar 3, 2024\n·\nMar 4, 2024\n",
                    encoding="utf-8")
    report = LoadReport()
    assert [p.title for p in load(page, report=report)] == ["Good Title"]
    assert report.skipped[0].record == 2 and "missing title" in str(report.skipped[0])
    assert "page.txt" in report.skipped[0].source


def test_text_without_papers_is_a_clear_error(tmp_path: Path) -> None:
    page = tmp_path / "notes.txt"
    page.write_text("just some notes\nDaily Papers\n", encoding="utf-8")
    with pytest.raises(LoadError, match="no paper found"):
        list(load(page, format="hf-page"))
