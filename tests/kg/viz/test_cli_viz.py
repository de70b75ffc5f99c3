"""`mlkg viz` and the html export on a real build of examples/ (selection checked against select())."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlkg.build.pipeline import build, open_graph
from mlkg.cli import app
from mlkg.graph.store import KnowledgeGraph
from mlkg.viz import page_data, select

REPO = Path(__file__).parents[3]
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("viz") / "build"
    build([str(REPO / "examples")], out)
    return out


@pytest.fixture(scope="module")
def graph(built: Path) -> KnowledgeGraph:
    return open_graph(built)


@pytest.fixture(scope="module")
def hub_name(graph: KnowledgeGraph) -> str:
    """The label of the best-connected model, read from the graph rather than assumed."""
    whole = select(graph, types=("Model", "Paper"), top=None)
    return next(graph.nodes[i].label for i in whole.nodes if graph.nodes[i].type == "Model")


def ids(page: Path) -> list[str]:
    return [n["id"] for n in page_data(page.read_text(encoding="utf-8"))["nodes"]]


def test_build_writes_the_default_page(built: Path, graph: KnowledgeGraph) -> None:
    page = built / "graph.html"
    assert page.is_file()
    assert ids(page) == list(select(graph).nodes)
    assert not list(built.glob(".*.tmp"))


def test_viz_with_every_option(built: Path, graph: KnowledgeGraph, hub_name: str, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    result = runner.invoke(app, ["viz", str(built), "-o", str(page), "--top", "50", "--focus", hub_name,
                                 "--hops", "2", "--types", "Model,Paper", "--min-papers", "1"])
    assert result.exit_code == 0, result.output
    expected = select(graph, top=50, focus=hub_name, hops=2, types=("Model", "Paper"), min_papers=1)
    assert expected.focus and expected.edges
    assert f"wrote {page}: {expected.summary()}" in result.stdout
    assert ids(page) == list(expected.nodes)
    data = page_data(page.read_text(encoding="utf-8"))
    assert {n["group"] for n in data["nodes"]} <= {"Model", "Paper"}
    assert len(data["edges"]) == len(expected.edges)
    assert {n["id"] for n in data["nodes"] if n.get("borderWidth") == 4} == set(expected.focus)
    assert expected.summary() in page.read_text(encoding="utf-8")


def test_viz_defaults(built: Path, graph: KnowledgeGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["viz", str(built)])
    assert result.exit_code == 0, result.output
    assert ids(tmp_path / "graph.html") == list(select(graph).nodes)
    assert f"wrote graph.html: {select(graph).summary()}" in result.stdout


def test_top_zero_is_no_limit(built: Path, graph: KnowledgeGraph, tmp_path: Path) -> None:
    page = tmp_path / "all.html"
    result = runner.invoke(app, ["viz", str(built), "-o", str(page), "--top", "0"])
    assert result.exit_code == 0, result.output
    everything = select(graph, top=None)
    assert ids(page) == list(everything.nodes)
    assert "below the top" not in result.stdout


def test_top_cuts_and_says_so(built: Path, graph: KnowledgeGraph, tmp_path: Path) -> None:
    page = tmp_path / "top.html"
    result = runner.invoke(app, ["viz", str(built), "-o", str(page), "--top", "10"])
    assert result.exit_code == 0, result.output
    expected = select(graph, top=10)
    assert ids(page) == list(expected.nodes)
    assert len(expected.nodes) + expected.left_out.get("stray", 0) == 10
    left = select(graph, top=None).nodes
    assert f"{len(left) - 10:,} below the top by degree" in result.stdout
    if expected.left_out.get("stray"):
        assert f"{expected.left_out['stray']:,} in stray components" in result.stdout


def test_title_is_escaped(built: Path, tmp_path: Path) -> None:
    page = tmp_path / "titled.html"
    result = runner.invoke(app, ["viz", str(built), "-o", str(page), "--top", "5", "--title", "<b>My</b> graph"])
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert "<title>&lt;b&gt;My&lt;/b&gt; graph</title>" in text and "<b>My</b>" not in text


def test_bad_focus_exits_1_with_a_message(built: Path, tmp_path: Path) -> None:
    page = tmp_path / "none.html"
    result = runner.invoke(app, ["viz", str(built), "-o", str(page), "--focus", "zzqqxx-no-such-model"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # a clean exit, not a crash
    assert "error: [E603] no node named 'zzqqxx-no-such-model' among the selected node types" in result.stderr
    assert not page.exists()


def test_misspelt_focus_suggests_the_name(built: Path, hub_name: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["viz", str(built), "-o", str(tmp_path / "x.html"),
                                 "--focus", hub_name + "qq"])
    assert result.exit_code == 1
    assert f"did you mean {hub_name!r}" in result.stderr


def test_focus_with_markup_characters(built: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["viz", str(built), "-o", str(tmp_path / "x.html"), "--focus", "[/]"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert "no node named '[/]'" in result.stderr


def test_unknown_type_exits_1_listing_valid_ones(built: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["viz", str(built), "-o", str(tmp_path / "x.html"), "--types", "Model,Modle"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert "unknown node type(s) Modle; valid: " in result.stderr
    assert "Model" in result.stderr.split("valid:")[1] and "Paper" in result.stderr.split("valid:")[1]


@pytest.mark.parametrize("option", ["--top", "--hops", "--min-papers"])
def test_negative_numbers_exit_1(built: Path, tmp_path: Path, option: str) -> None:
    result = runner.invoke(app, ["viz", str(built), "-o", str(tmp_path / "x.html"), option, "-1"])
    assert result.exit_code == 1
    assert "≥ 0" in result.stderr


def test_missing_build_dir_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-build"
    result = runner.invoke(app, ["viz", str(missing), "-o", str(tmp_path / "x.html")])
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit)
    assert str(missing) in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_export_html_command(built: Path, graph: KnowledgeGraph, tmp_path: Path) -> None:
    out = tmp_path / "exported"
    result = runner.invoke(app, ["export", "html", str(built), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out / 'graph.html'}" in " ".join(result.stdout.split())  # rich may wrap the path
    assert ids(out / "graph.html") == list(select(graph).nodes)
    assert (out / "graph.html").read_bytes() == (built / "graph.html").read_bytes()
