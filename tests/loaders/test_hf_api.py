from __future__ import annotations

import ast
import gzip
import json
from pathlib import Path

import pytest

from mlkg.loaders import LoadError, LoadReport, load, load_all


def test_list_file_fields(data_dir: Path) -> None:
    raw = json.loads((data_dir / "hf_daily_api" / "2024-10-16.json").read_text())
    papers = list(load(data_dir / "hf_daily_api" / "2024-10-16.json"))
    assert [p.arxiv_id for p in papers] == [item["paper"]["id"] for item in raw]
    for paper, item in zip(papers, raw):
        assert paper.id == item["paper"]["id"]
        assert paper.authors == tuple(a["name"] for a in item["paper"]["authors"])
        assert paper.author_count == len(item["paper"]["authors"])
        assert paper.upvotes == item["paper"]["upvotes"]
        assert paper.published.isoformat() == item["paper"]["publishedAt"][:10]
        assert paper.hf_url == f"https://huggingface.co/papers/{item['paper']['id']}"
        assert "\n" not in paper.abstract


def test_single_item_with_org_repo_and_keywords(data_dir: Path) -> None:
    path = data_dir / "hf_daily_api" / "single_item_2025-10-03.json"
    item = json.loads(path.read_text())["paper"]
    (paper,) = load(path)
    assert paper.organization.slug == item["organization"]["name"]
    assert paper.organization.name == item["organization"]["fullname"]
    assert paper.github_url == item["githubRepo"]
    assert paper.project_url == item["projectPage"]
    assert paper.keywords == tuple(item["ai_keywords"])


def test_repr_items_are_repaired_and_counted(data_dir: Path) -> None:
    report = LoadReport()
    papers = list(load(data_dir / "hf_daily_api" / "2024-12-11.json.gz", report=report))
    assert len(papers) == 2
    assert len(report.repaired) == 2 and report.skipped == []
    assert all(p.arxiv_id and p.title and p.abstract for p in papers)


def test_envelope_object(data_dir: Path) -> None:
    papers = list(load(data_dir / "hf_daily_api" / "2025-01-10.json"))
    envelope = json.loads((data_dir / "hf_daily_api" / "2025-01-10.json").read_text())
    items = [ast.literal_eval(i) if isinstance(i, str) else i for i in envelope["data"]]
    assert [p.arxiv_id for p in papers] == [item["paper"]["id"] for item in items]


def test_directory_and_glob(data_dir: Path) -> None:
    by_dir = load_all([data_dir / "hf_daily_api"])
    by_glob = load_all([str(data_dir / "hf_daily_api" / "2024-*.json*")])
    assert len(by_dir) == 3 + 2 + 2 + 1
    assert {p.id for p in by_glob} < {p.id for p in by_dir}


def test_repr_string_is_never_evaluated(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = f"__import__('os').system('touch {marker}')"
    path = tmp_path / "day.json"
    path.write_text(json.dumps([payload, "{'paper': {'id': '2401.00001', 'title': 'T', 'summary': 'S'}}"]))
    report = LoadReport()
    papers = list(load(path, format="hf-api", report=report))
    assert not marker.exists()
    assert [p.arxiv_id for p in papers] == ["2401.00001"]
    assert len(report.skipped) == 1 and report.skipped[0].record == 1
    assert len(report.repaired) == 1


def test_truncated_list_keeps_items_before_the_cut(data_dir: Path, tmp_path: Path) -> None:
    text = (data_dir / "hf_daily_api" / "2024-10-16.json").read_text()
    second_item_end = text.index('"paper"', text.index('"paper"', text.index('"paper"') + 1) + 1)
    path = tmp_path / "cut.json.gz"
    path.write_bytes(gzip.compress(text[:second_item_end].encode()))
    report = LoadReport()
    papers = []
    with pytest.raises(LoadError, match=r"cut\.json\.gz: record 3"):
        for paper in load(path, report=report):
            papers.append(paper)  # noqa: PERF402 - keep what came before the error
    assert len(papers) == 2


def test_an_organizations_display_name_loses_stray_underscores_and_spaces(tmp_path: Path) -> None:
    """The API lists "Mistral AI_" and "shanghai ailab ": the display name is the name without them."""
    item = {"paper": {"id": "2603.00001", "title": "T", "summary": "S", "authors": [],
                      "organization": {"name": "kelpai", "fullname": " Kelp AI_ "}}}
    path = tmp_path / "2026-03-26.json"
    path.write_text(json.dumps([item]), encoding="utf-8")
    (paper,) = load(path)
    assert paper.organization.name == "Kelp AI" and paper.organization.slug == "kelpai"
