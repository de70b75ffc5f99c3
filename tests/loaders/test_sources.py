"""Which files an input contributes, and the name each goes by in the outputs."""

from __future__ import annotations

from pathlib import Path

from mlkg.loaders import LoadReport, expand_inputs, load, load_all, named_inputs


def test_a_directory_gives_its_listings_but_not_hidden_files_or_folders_or_docs(tmp_path: Path) -> None:
    for name in ("b.jsonl", "a.json.gz", "sub/c.csv", ".hidden.jsonl", "README.md", "notes/plot.png",
                 ".mlkg-fetch/kept.json.gz", "sub/.git/d.jsonl"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in expand_inputs([tmp_path])] == [
        "a.json.gz", "b.jsonl", "sub/c.csv"]
    assert expand_inputs([tmp_path / "README.md"]) == [tmp_path / "README.md"]  # named: always read
    assert expand_inputs([tmp_path / ".mlkg-fetch"]) == [tmp_path / ".mlkg-fetch" / "kept.json.gz"]  # named


def test_each_file_is_named_below_the_input_that_named_it(tmp_path: Path, monkeypatch) -> None:
    """The name a paper's sourceFile records does not depend on how the input was typed."""
    data = tmp_path / "data"
    for name in ("a.jsonl", "sub/b.jsonl"):
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_text("x")
    (tmp_path / "link").symlink_to(data, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    expected = ["a.jsonl", "sub/b.jsonl"]
    for spelling in ("data", "./data/", str(data), "link", str(tmp_path / "link")):
        assert [name for _, name in named_inputs([spelling])] == expected, spelling
    for spelling in ("data/sub/b.jsonl", str(data / "sub" / "b.jsonl"), "link/sub/b.jsonl"):
        assert named_inputs([spelling]) == [(Path(spelling), "b.jsonl")], spelling
    for spelling in ("data/*/*.jsonl", str(data) + "/**/*.jsonl", "link/sub/*.jsonl"):
        names = [name for _, name in named_inputs([spelling])]
        assert names == {"data/*/*.jsonl": ["sub/b.jsonl"], "link/sub/*.jsonl": ["b.jsonl"]}.get(
            spelling, expected), spelling


def test_papers_and_report_problems_carry_the_name_not_the_typed_path(tmp_path: Path, monkeypatch) -> None:
    listing = tmp_path / "in" / "day" / "x.jsonl"
    listing.parent.mkdir(parents=True)
    listing.write_text('{"title": "A", "abstract": "a"}\nnot json\n{"abstract": "no title"}\n')
    monkeypatch.chdir(tmp_path)
    seen = []
    for spelling in ("in", str(tmp_path / "in")):
        report = LoadReport()
        papers = load_all([spelling], report=report).papers
        assert [p.source for p in papers] == ["day/x.jsonl"]
        seen.append(report.as_dict())
    assert seen[0] == seen[1] and seen[0]["skipped"] == 2
    assert all(line.startswith("day/x.jsonl: record ") for line in seen[0]["skipped_records"])
    report = LoadReport()
    assert [p.source for p in load(listing, report=report)] == [str(listing)]  # one file, no name: as typed
    assert report.skipped[0].source == str(listing)
