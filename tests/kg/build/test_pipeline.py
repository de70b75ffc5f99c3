"""The build pipeline: incremental updates equal a build from all inputs at once."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlkg.build.cache import FILENAME
from mlkg.build.pipeline import BuildError, build
from mlkg.cli import app

DATA = Path(__file__).parents[3] / "tests" / "data"
FIRST = [DATA / "hf_daily_papers_page_excerpt.txt", DATA / "hf_daily_api" / "2024-10-16.json"]
LATER = [DATA / "arxiv_listing.jsonl", DATA / "hf_daily_api" / "2025-01-10.json"]
FORMATS = ("nt", "ttl", "graphml")


def _outputs(directory: Path) -> dict[str, bytes]:
    return {name: (directory / f"graph.{name}").read_bytes() for name in FORMATS}


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("full")
    build(FIRST + LATER, out, formats=FORMATS)
    return out


def test_update_equals_a_build_from_all_inputs(full: Path, tmp_path: Path) -> None:
    build(FIRST, tmp_path, formats=FORMATS)
    before = _outputs(tmp_path)
    result = build(LATER, tmp_path, formats=FORMATS, update=True)
    assert _outputs(tmp_path) != before
    assert _outputs(tmp_path) == _outputs(full)
    assert result.report["update"]["previous_papers"] < result.report["papers"]
    assert result.report["update"]["extracted"] == result.report["papers"] - result.report["update"][
        "previous_papers"]


def test_updating_with_the_same_input_again_changes_nothing(full: Path, tmp_path: Path) -> None:
    build(FIRST + LATER, tmp_path, formats=FORMATS)
    result = build(LATER, tmp_path, formats=FORMATS, update=True)
    assert result.report["update"]["extracted"] == 0
    assert result.report["duplicates_merged"] == result.report["records_read"]
    assert _outputs(tmp_path) == _outputs(full)


def test_a_repeat_with_new_metadata_is_merged_and_re_extracted(tmp_path: Path) -> None:
    build(FIRST, tmp_path, formats=("nt",))
    record = json.loads((DATA / "hf_daily_api" / "2024-10-16.json").read_text(encoding="utf-8"))[0]
    record["paper"]["githubRepo"] = "https://github.com/example-owner/example-repo"
    repeat = tmp_path / "repeat.json"
    repeat.write_text(json.dumps([record]), encoding="utf-8")
    papers_before = build(FIRST, tmp_path / "again", formats=("nt",)).report["papers"]
    result = build([repeat], tmp_path, formats=("nt",), update=True)
    assert result.report["papers"] == papers_before
    assert result.report["update"]["extracted"] == 1
    assert "repo/github/example-owner/example-repo" in result.graph.nodes


def test_update_needs_a_cache_from_the_same_extractor(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="no extraction cache"):
        build(LATER, tmp_path, update=True)
    build(FIRST, tmp_path, formats=("nt",), extractor="basic")
    with pytest.raises(BuildError, match="extractor='basic'"):
        build(LATER, tmp_path, formats=("nt",), extractor="spacy", update=True)


def test_a_damaged_cache_names_file_and_line(tmp_path: Path) -> None:
    build(FIRST, tmp_path, formats=("nt",))
    cache = tmp_path / FILENAME
    with gzip.open(cache, "rt", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    lines[2] = '{"paper": {}}'
    with gzip.open(cache, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    with pytest.raises(BuildError, match=rf"\[E192\] .*{FILENAME}:3: damaged"):
        build(LATER, tmp_path, update=True)


def test_cli_update_keeps_the_earlier_formats(full: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["build", *map(str, FIRST), "-o", str(tmp_path), "--formats", "nt,ttl,graphml",
                                "-q"])
    assert first.exit_code == 0, first.output
    update = runner.invoke(app, ["build", "--update", str(tmp_path), *map(str, LATER), "-q"])
    assert update.exit_code == 0, update.output
    assert _outputs(tmp_path) == _outputs(full)
    both = runner.invoke(app, ["build", *map(str, LATER), "-o", str(tmp_path), "--update", str(tmp_path)])
    assert both.exit_code != 0 and "exactly one of" in both.output
