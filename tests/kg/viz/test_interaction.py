"""The page's search, details panel and legend, driven in real headless Chromium (issue 16).

Pages are written from hand-built graphs and opened from file://; what the page shows is read
from its DOM and from vis-network (the DataSet and the drawn nodes' options).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.ontology.schema import schema
from mlkg.viz import write_page
from mlkg.viz.browser import OpenPage, open_page
from mlkg.viz.page import DETAIL_ROWS

pytestmark = pytest.mark.browser

IMG = '<img src=x onerror=alert("evidence")>'
CLOSE = '</script><script>alert("closed")</script>'


def add_paper(g: KnowledgeGraph, pid: str, title: str, date: str = "2025-01-01") -> str:
    g.add_node(Node(f"paper/{pid}", "Paper", title, {"title": title, "published": date}))
    return f"paper/{pid}"


def link(g: KnowledgeGraph, paper: str, rel: str, target: str, evidence: str) -> None:
    g.add_edge(Edge(paper, rel, target, {"paper": paper, "evidence": evidence, "confidence": 0.9}))


def search_graph() -> KnowledgeGraph:
    """CLIP (2 papers) beside PyramidCLIP (6, so a degree-first search picks it), CLIPScore (a
    prefix hit, 1 paper), ViT with the alias "Vision Transformer", and a dataset with many papers."""
    g = KnowledgeGraph()
    g.add_node(Node("entity/clip", "Model", "CLIP", {"aliases": ("Contrastive Language-Image Pre-training",)}))
    g.add_node(Node("entity/pyramidclip", "Model", "PyramidCLIP"))
    g.add_node(Node("entity/clipscore", "Benchmark", "CLIPScore"))
    g.add_node(Node("entity/vit", "Model", "ViT", {"aliases": ("Vision Transformer", "ViT-B/16")}))
    g.add_node(Node("entity/coco", "Dataset", "COCO"))
    for i in range(DETAIL_ROWS + 3):
        paper = add_paper(g, f"p{i}", f"Paper number {i}", f"2025-01-{i + 1:02d}")
        link(g, paper, "uses", "entity/coco", f"We train on COCO in paper {i}.")
        if i < 6:
            link(g, paper, "uses", "entity/pyramidclip", f"PyramidCLIP helps in paper {i}.")
        if i < 2:
            link(g, paper, "compares", "entity/clip", f"We compare with CLIP in paper {i}.")
        if i == 2:
            link(g, paper, "uses", "entity/clipscore", "We score with CLIPScore.")
            link(g, paper, "uses", "entity/vit", "A ViT backbone.")
    intro = add_paper(g, "intro", "Introducing CLIP", "2021-02-26")
    link(g, intro, "introduces", "entity/clip", "We introduce CLIP, trained on 400M pairs.")
    return g


@pytest.fixture(scope="module")
def search_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = tmp_path_factory.mktemp("search") / "graph.html"
    write_page(search_graph(), page)
    return page


@pytest.fixture
def opened(chromium: str, search_page: Path) -> Iterator[OpenPage]:
    with open_page(search_page) as o:
        yield o
        assert o.console_errors == [] and o.dialogs == []


def find(o: OpenPage, text: str) -> None:
    o.page.fill("#search", text)
    o.page.press("#search", "Enter")


def selected(o: OpenPage) -> list[str]:
    return o.page.evaluate("window.mlkg.network.getSelectedNodes()")


def hit_ids(o: OpenPage) -> list[str]:
    return o.page.eval_on_selector_all("#hits button", "bs => bs.map(b => b.dataset.id)")


def test_exact_name_beats_a_better_connected_substring(opened: OpenPage) -> None:
    find(opened, "clip")
    assert selected(opened) == ["entity/clip"]
    # exact, then prefix, then substring (ties by paper count); papers whose title has "clip" too
    assert hit_ids(opened) == ["entity/clip", "entity/clipscore", "entity/pyramidclip", "paper/intro"]
    hits = opened.page.inner_text("#hits")
    assert "4 matches" in hits and "CLIPScore\nBenchmark · 1 paper" in hits
    assert "PyramidCLIP\nModel · 6 papers" in hits


def test_an_alias_finds_its_node(opened: OpenPage) -> None:
    find(opened, "  vision TRANSFORMER ")
    assert selected(opened) == ["entity/vit"]
    assert hit_ids(opened) == ["entity/vit"]
    assert "ViT" in opened.page.inner_text("#details")


def test_an_exact_alias_beats_a_prefix(opened: OpenPage) -> None:
    find(opened, "Contrastive Language-Image Pre-training")
    assert selected(opened) == ["entity/clip"]


def test_clicking_a_hit_selects_and_shows_it(opened: OpenPage) -> None:
    find(opened, "clip")
    opened.page.click('#hits button[data-id="entity/pyramidclip"]')
    assert selected(opened) == ["entity/pyramidclip"]
    assert opened.page.inner_text("#details").startswith("PyramidCLIP")
    assert hit_ids(opened)[0] == "entity/clip"  # the list stays


def test_a_failed_search_clears_the_old_selection(opened: OpenPage) -> None:
    find(opened, "clip")
    assert selected(opened) == ["entity/clip"]
    find(opened, "no such thing")
    assert selected(opened) == []
    assert opened.page.inner_text("#details") == ""
    assert "No node matches “no such thing”" in opened.page.inner_text("#hits")
    assert hit_ids(opened) == []


def test_details_list_papers_with_date_role_and_evidence(opened: OpenPage) -> None:
    find(opened, "CLIP")
    text = opened.page.inner_text("#details")
    assert "3 papers" in text
    # the paper that introduces it first, then newest first
    intro, p1, p0 = (text.index(t) for t in ("Introducing CLIP", "Paper number 1", "Paper number 0"))
    assert intro < p1 < p0
    assert "2021-02-26 · introduces" in text and "“We introduce CLIP, trained on 400M pairs.”" in text
    assert "2025-01-02 · compares" in text and "“We compare with CLIP in paper 1.”" in text


def test_details_are_capped_with_and_n_more(opened: OpenPage) -> None:
    find(opened, "COCO")
    text = opened.page.inner_text("#details")
    assert f"{DETAIL_ROWS + 3} papers" in text
    assert opened.page.eval_on_selector_all("#details ol.rows li", "l => l.length") == DETAIL_ROWS
    assert "and 3 more" in text
    assert "Paper number 12" in text and "Paper number 2\n" not in text  # newest first


def test_a_papers_details_list_its_entities(opened: OpenPage) -> None:
    find(opened, "Paper number 2")
    assert selected(opened) == ["paper/p2"]
    text = opened.page.inner_text("#details")
    assert "4 entities" in text
    for line in ("CLIPScore\nBenchmark · uses", "COCO\nDataset · uses", "ViT\nModel · uses", "“A ViT backbone.”"):
        assert line in text


def hostile_graph() -> KnowledgeGraph:
    g = KnowledgeGraph()
    paper = add_paper(g, "h", f"Title {IMG}", f"2025{CLOSE}")
    g.add_node(Node("entity/m", "Model", "M", {"aliases": (IMG,)}))
    g.add_node(Node("entity/d", "Dataset", "D"))
    link(g, paper, "uses", "entity/m", f"We use {IMG} and {CLOSE}.")
    link(g, paper, "uses", "entity/d", CLOSE)
    return g


@pytest.mark.parametrize("query, node", [("M", "entity/m"), ("Title", "paper/h"), ("<img", "entity/m")])
def test_hostile_evidence_in_the_details_stays_text(chromium: str, tmp_path: Path, query: str, node: str) -> None:
    page = tmp_path / "hostile.html"
    write_page(hostile_graph(), page)
    with open_page(page) as o:
        find(o, query)
        assert selected(o) == [node]
        text = o.page.inner_text("#details")
        assert f"“We use {IMG} and {CLOSE}.”" in text  # shown literally
        assert o.page.evaluate("document.querySelectorAll('aside img, aside script').length") == 0
        o.page.wait_for_timeout(300)
        assert o.dialogs == [] and o.console_errors == []
        assert o.requests == [o.url]  # <img src=x> was never created, so never fetched


def test_legend_hide_and_show_keeps_the_types_colours(opened: OpenPage) -> None:
    colours = """(type) => window.mlkg.nodes.get({filter: (n) => n.group === type}).map((n) => {
        const o = window.mlkg.network.body.nodes[n.id].options.color;
        return [n.id, JSON.stringify(window.mlkg.nodes.get(n.id).color), o.background, o.border]; })"""
    expected = schema().nodes["Model"].color
    before = opened.page.evaluate(colours, "Model")
    assert {b[2] for b in before} == {expected} and len({b[3] for b in before}) == 1
    legend = opened.page.locator('#legend li[data-type="Model"]')
    legend.click()
    assert opened.page.evaluate("window.mlkg.nodes.get('entity/clip').hidden") is True
    legend.click()
    assert opened.page.evaluate("window.mlkg.nodes.get('entity/clip').hidden") is False
    assert opened.page.evaluate(colours, "Model") == before
    other = opened.page.evaluate(colours, "Dataset")
    assert {o[2] for o in other} == {schema().nodes["Dataset"].color}
