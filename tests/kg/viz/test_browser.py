"""The page in real headless Chromium, opened from file:// with no network.

Counts come from the page's vis DataSet and vis-network's body and are compared with
the selection computed in Python; hostile listing text must show as text and never run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlkg.build.pipeline import build, open_graph
from mlkg.cli import app
from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.viz import PHYSICS_LIMIT, select, write_page
from mlkg.viz.browser import check_page

pytestmark = pytest.mark.browser
REPO = Path(__file__).parents[3]

SCRIPT = '<script>alert("script in title")</script>'
IMG = '<img src=x onerror=alert("img")>'
CLOSE = '</script><script>alert("closed the data block")</script>'


def _png_is_a_picture(path: Path) -> bool:
    import matplotlib.image

    pixels = matplotlib.image.imread(str(path))
    return pixels.shape[0] > 100 and float(pixels.std()) > 0.01


@pytest.fixture(scope="module")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("example")
    build([REPO / "examples"], out, formats=("html",))
    return out


def test_built_page_opens_offline_and_draws_the_selection(chromium: str, example_build: Path,
                                                          tmp_path: Path) -> None:
    expected = select(open_graph(example_build))
    shot = tmp_path / "graph.png"
    check = check_page(example_build / "graph.html", screenshot=shot)
    assert check.nodes == check.drawn_nodes == len(expected.nodes)
    assert check.edges == len(expected.edges)
    assert check.console_errors == ()
    assert check.requests == (check.url,)
    assert _png_is_a_picture(shot)


def test_viz_command_focus_page_and_screenshot(chromium: str, example_build: Path, tmp_path: Path) -> None:
    graph = open_graph(example_build)
    hub = max((n for n in graph.nodes.values() if n.type == "Model"),
              key=lambda n: sum(1 for e in graph.edges if n.id in (e[0], e[2])))
    page, shot = tmp_path / "focus.html", tmp_path / "focus.png"
    result = CliRunner().invoke(app, ["viz", str(example_build), "-o", str(page), "--focus", hub.label,
                                      "--hops", "2", "--screenshot", str(shot)])
    assert result.exit_code == 0, result.output
    expected = select(graph, focus=hub.label, hops=2)
    check = check_page(page, click_node=hub.id)
    assert check.drawn_nodes == len(expected.nodes) < len(select(graph).nodes)
    assert hub.label in check.details
    assert check.console_errors == () and check.external_requests == ()
    assert _png_is_a_picture(shot)


def hostile_graph() -> KnowledgeGraph:
    g = KnowledgeGraph()
    title = f"Attack {SCRIPT} {IMG} {CLOSE}"
    g.add_node(Node("paper/1", "Paper", title, {
        "title": title, "published": f"2025-01-01{IMG}", "upvotes": 3,
        "url": 'javascript:alert("link")', "arxiv_id": "2501.00001"}))
    g.add_node(Node("entity/evil", "Model", f"Evil{IMG}", {"aliases": (SCRIPT, CLOSE)}))
    g.add_node(Node("entity/d", "Dataset", "D", {}))
    g.add_edge(Edge("paper/1", "uses", "entity/evil", {
        "paper": "paper/1", "evidence": f"We use {SCRIPT}{IMG}.", "confidence": 0.9, "extractor": "t"}))
    g.add_edge(Edge("paper/1", "uses", "entity/d", {"paper": "paper/1", "evidence": CLOSE, "confidence": 0.5}))
    return g


@pytest.mark.parametrize("node", ["paper/1", "entity/evil"])
def test_hostile_listing_text_shows_as_text_and_never_runs(chromium: str, tmp_path: Path, node: str) -> None:
    page = tmp_path / "hostile.html"
    write_page(hostile_graph(), page)
    check = check_page(page, click_node=node)
    assert check.dialogs == ()  # no alert() ran, from the title, an alias, an edge or a link
    assert check.requests == (check.url,)  # <img src=x> was never created, so never fetched
    assert check.console_errors == ()
    assert check.nodes == check.drawn_nodes == 3
    if node == "paper/1":
        assert SCRIPT in check.details and IMG in check.details  # shown literally
    else:
        assert "Evil<img" in check.details and SCRIPT in check.details


def star_graph(papers: int) -> KnowledgeGraph:
    """Papers that each use one of ten models and their own dataset: 2·papers + 10 nodes."""
    g = KnowledgeGraph()
    for m in range(10):
        g.add_node(Node(f"entity/m{m}", "Model", f"Model {m}", {}))
    for p in range(papers):
        g.add_node(Node(f"paper/{p}", "Paper", f"Paper {p}", {"title": f"Paper {p}"}))
        g.add_node(Node(f"entity/{p}", "Dataset", f"Data {p}", {}))
        for target in (f"entity/m{p % 10}", f"entity/{p}"):
            g.add_edge(Edge(f"paper/{p}", "uses", target, {"paper": f"paper/{p}", "evidence": "e", "confidence": 1}))
    return g


def test_big_page_stabilizes_then_switches_physics_off(chromium: str, tmp_path: Path) -> None:
    big, small = star_graph(PHYSICS_LIMIT // 2 + 50), star_graph(100)
    write_page(big, tmp_path / "big.html", top=0)
    write_page(small, tmp_path / "small.html", top=0)
    big_check, small_check = check_page(tmp_path / "big.html"), check_page(tmp_path / "small.html")
    assert big_check.drawn_nodes == len(big.nodes) > PHYSICS_LIMIT
    assert big_check.physics_enabled is False
    assert small_check.drawn_nodes == len(small.nodes) and small_check.physics_enabled is True
    assert big_check.console_errors == small_check.console_errors == ()
