"""The page's HTML without a browser: escaping, offline, data, colours, legend, physics, export."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import markupsafe
import pytest

from mlkg.export import DEFAULT_FORMATS, EXPORTERS, export
from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.ontology.schema import schema
from mlkg.viz import PHYSICS_LIMIT, InlinePage, inline, page_data, render_page, select, write_page
from mlkg.viz.page import (
    CROWDED,
    LABEL_CHARS,
    PAPER_LABEL_CHARS,
    DetailRow,
    LegendEntry,
    detail_rows,
    edge_tooltip,
    legend,
    node_tooltip,
    options,
)

REPO = Path(__file__).parents[3]

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
QUOTES = "\"'><svg onload=alert(1)>"
CLOSE = "</script><script>alert(2)</script>"
HOSTILE = (SCRIPT, IMG, QUOTES, CLOSE)
PHYSICS_OFF = "setOptions({physics: false})"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# --- graphs ----------------------------------------------------------------------------------

def benign_graph() -> KnowledgeGraph:
    """Two papers, two models, a dataset: 5 nodes, 4 edges."""
    g = KnowledgeGraph()
    g.add_node(Node("paper/a", "Paper", "Paper A", {"title": "Paper A", "published": "2024-01-02",
                                                   "upvotes": 5, "arxiv_id": "2401.00002",
                                                   "url": "https://example.org/a"}))
    g.add_node(Node("paper/b", "Paper", "Paper B", {"title": "Paper B"}))
    g.add_node(Node("entity/m", "Model", "Model M", {"aliases": ("M-1",)}))
    g.add_node(Node("entity/n", "Model", "Model N"))
    g.add_node(Node("entity/d", "Dataset", "Data D"))
    for paper, target in (("a", "entity/m"), ("a", "entity/d"), ("b", "entity/m"), ("b", "entity/n")):
        g.add_edge(Edge(f"paper/{paper}", "uses", target,
                        {"paper": f"paper/{paper}", "evidence": f"{paper} uses {target}",
                         "confidence": 0.75, "extractor": "mlkg_lexicon"}))
    return g


def hostile_graph() -> KnowledgeGraph:
    """The same shape with script, markup and quotes in every text a page shows."""
    g = KnowledgeGraph()
    g.add_node(Node("paper/a", "Paper", SCRIPT, {"title": SCRIPT, "published": IMG, "upvotes": QUOTES,
                                                "arxiv_id": CLOSE, "url": "javascript:alert(1)"}))
    g.add_node(Node("paper/b", "Paper", CLOSE, {"title": CLOSE, "url": "https://example.org/b"}))
    g.add_node(Node("entity/m", "Model", IMG, {"aliases": (QUOTES, CLOSE, SCRIPT)}))
    g.add_node(Node("entity/n", "Model", QUOTES, {"value": SCRIPT}))
    g.add_node(Node("entity/d", "Dataset", CLOSE))
    for paper, target in (("a", "entity/m"), ("a", "entity/d"), ("b", "entity/m"), ("b", "entity/n")):
        g.add_edge(Edge(f"paper/{paper}", "uses", target,
                        {"paper": f"paper/{paper}", "evidence": CLOSE + IMG + QUOTES,
                         "confidence": QUOTES, "extractor": SCRIPT}))
    return g


def papers_only(count: int) -> KnowledgeGraph:
    g = KnowledgeGraph()
    for i in range(count):
        g.add_node(Node(f"paper/{i:05d}", "Paper", f"P{i}", {"title": f"P{i}"}))
    return g


# --- HTML inspection -------------------------------------------------------------------------

class Markup(HTMLParser):
    """Start tags with attributes, <style> texts, text, and the legend's items."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self.legend: list[tuple[str | None, str]] = []
        self._stack: list[str] = []
        self._li: list[str] | None = None
        self._li_type: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._stack.append(tag)
        if tag == "li":
            self._li, self._li_type = [], dict(attrs).get("data-type")

    def handle_endtag(self, tag: str) -> None:
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
        if tag == "li" and self._li is not None:
            self.legend.append((self._li_type, "".join(self._li).strip()))
            self._li = None

    def handle_data(self, data: str) -> None:
        if self._stack and self._stack[-1] == "style":
            self.styles.append(data)
        self.text.append(data)
        if self._li is not None:
            self._li.append(data)


def parse(markup: str) -> Markup:
    parser = Markup()
    parser.feed(markup)
    parser.close()
    return parser


def check_tooltip(tooltip: str) -> Markup:
    """A tooltip holds only our own tags: b, i, br and safe anchors."""
    parsed = parse(tooltip)
    assert {tag for tag, _ in parsed.tags} <= {"b", "i", "br", "a"}
    for tag, attrs in parsed.tags:
        if tag == "a":
            assert set(attrs) == {"href", "target", "rel"}
            assert (attrs["href"] or "").startswith(("https://", "http://"))
        else:
            assert attrs == {}
    for raw in HOSTILE:
        assert raw not in tooltip
    return parsed


# --- tooltips --------------------------------------------------------------------------------

def test_entity_tooltip_exact() -> None:
    node = Node("entity/m", "Model", "GPT-4", {"aliases": ("gpt4", "GPT-4", "GPT 4")})
    assert node_tooltip(node, 2, 3) == "<b>GPT-4</b><br>Model · 2 papers · 3 links shown<br>also: gpt4, GPT 4"
    assert node_tooltip(Node("entity/m", "Model", "X"), 1, 1) == "<b>X</b><br>Model · 1 paper · 1 link shown"
    assert node_tooltip(Node("entity/m", "Model", "X"), 1234, 0).endswith("1,234 papers · 0 links shown")


def test_entity_tooltip_caps_aliases() -> None:
    node = Node("entity/m", "Model", "X", {"aliases": tuple(f"a{i}" for i in range(15))})
    assert node_tooltip(node, 1, 1).endswith("also: " + ", ".join(f"a{i}" for i in range(12)) + " …")


def test_paper_tooltip_exact() -> None:
    node = benign_graph().nodes["paper/a"]
    assert node_tooltip(node, 1, 2) == (
        "<b>Paper A</b><br>Paper<br>published 2024-01-02 · 5 upvotes · arXiv 2401.00002<br>"
        '<a href="https://example.org/a" target="_blank" rel="noopener noreferrer">'
        "https://example.org/a</a>")
    assert node_tooltip(Node("paper/x", "Paper", "Label only"), 1, 0) == "<b>Label only</b><br>Paper"


def test_paper_tooltip_falls_back_to_arxiv_link() -> None:
    node = Node("paper/x", "Paper", "T", {"title": "T", "arxiv_id": "2401.00001", "url": "javascript:alert(1)"})
    tooltip = node_tooltip(node, 1, 0)
    assert "javascript" not in tooltip
    [(_tag, attrs)] = [t for t in check_tooltip(tooltip).tags if t[0] == "a"]
    assert attrs["href"] == "https://arxiv.org/abs/2401.00001"


@pytest.mark.parametrize("url", ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>x</b>",
                                 "vbscript:msgbox(1)", "//evil.example/x", "ftp://example.org/x"])
def test_only_web_urls_become_links(url: str) -> None:
    tooltip = node_tooltip(Node("paper/x", "Paper", "T", {"title": "T", "url": url}), 1, 0)
    assert "<a" not in tooltip and "href" not in tooltip
    assert tooltip == "<b>T</b><br>Paper"


@pytest.mark.parametrize("url", ["https://example.org/p?a=1&b=2", "http://example.org/x"])
def test_web_urls_become_links(url: str) -> None:
    tooltip = node_tooltip(Node("paper/x", "Paper", "T", {"title": "T", "url": url}), 1, 0)
    anchors = [attrs for tag, attrs in check_tooltip(tooltip).tags if tag == "a"]
    assert anchors == [{"href": url, "target": "_blank", "rel": "noopener noreferrer"}]


def test_quotes_in_a_url_cannot_add_attributes() -> None:
    url = 'https://example.org/" onmouseover="alert(1)'
    tooltip = node_tooltip(Node("paper/x", "Paper", "T", {"title": "T", "url": url}), 1, 0)
    anchors = [attrs for tag, attrs in check_tooltip(tooltip).tags if tag == "a"]
    assert anchors == [{"href": url, "target": "_blank", "rel": "noopener noreferrer"}]


def test_hostile_paper_tooltip_is_escaped() -> None:
    node = hostile_graph().nodes["paper/a"]
    tooltip = node_tooltip(node, 1, 2)
    parsed = check_tooltip(tooltip)
    text = "".join(parsed.text)
    for raw in (SCRIPT, IMG, QUOTES, CLOSE):  # title, published, upvotes, arxiv_id come back as text
        assert raw in text
    assert tooltip.startswith(f"<b>{esc(SCRIPT)}</b><br>Paper<br>published {esc(IMG)} · {esc(QUOTES)} upvotes")
    # the arXiv link built from a hostile id stays one escaped attribute
    [(_, attrs)] = [t for t in parsed.tags if t[0] == "a"]
    assert attrs["href"] == "https://arxiv.org/abs/" + CLOSE


def test_hostile_entity_tooltip_is_escaped() -> None:
    g = hostile_graph()
    tooltip = node_tooltip(g.nodes["entity/m"], 2, 2)
    text = "".join(check_tooltip(tooltip).text)
    assert IMG in text and f"also: {QUOTES}, {CLOSE}, {SCRIPT}" in text
    tooltip = node_tooltip(g.nodes["entity/n"], 1, 1)
    assert f"value {SCRIPT}" in "".join(check_tooltip(tooltip).text)


def test_hostile_node_type_is_escaped() -> None:
    tooltip = node_tooltip(Node("x/y", IMG, "Y"), 1, 1)
    assert IMG in "".join(check_tooltip(tooltip).text)


def test_edge_tooltip_exact() -> None:
    props = {"confidence": 0.75, "evidence": "We  use\nX.", "extractor": "mlkg_lexicon", "paper": "paper/a"}
    assert edge_tooltip("uses", props, "Paper A") == (
        "<b>uses</b> · confidence 0.75<br>“We use X.”<br><i>Paper A</i><br>extractor mlkg_lexicon")
    assert edge_tooltip("variantOf", {}, None) == "<b>variantOf</b>"


def test_edge_tooltip_shortens_long_evidence() -> None:
    tooltip = edge_tooltip("uses", {"evidence": "word " * 400}, None)
    evidence = tooltip.split("<br>")[1]
    assert len(evidence) == 600 + 2 and evidence.endswith("…”")


def test_hostile_edge_tooltip_is_escaped() -> None:
    props = {"confidence": QUOTES, "evidence": CLOSE + IMG, "extractor": SCRIPT}
    tooltip = edge_tooltip(IMG, props, SCRIPT + QUOTES)
    text = "".join(check_tooltip(tooltip).text)
    for raw in (IMG, QUOTES, CLOSE + IMG, SCRIPT + QUOTES, f"extractor {SCRIPT}"):
        assert raw in text


# --- the rendered page -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def benign_page() -> str:
    return render_page(benign_graph(), select(benign_graph()))


@pytest.fixture(scope="module")
def hostile() -> tuple[KnowledgeGraph, object, str]:
    g = hostile_graph()
    g.add_node(Node("gadget/g", IMG, "gadget"))  # a hostile node type, in the legend
    g.add_edge(Edge("paper/b", "mentions", "gadget/g", {"paper": "paper/b", "evidence": SCRIPT}))
    selection = select(g, types=("Paper", "Model", "Dataset", IMG))
    return g, selection, render_page(g, selection, heading=SCRIPT + QUOTES)


def test_hostile_page_has_no_raw_hostile_text(hostile, benign_page: str) -> None:
    _g, selection, page = hostile
    assert len(selection.nodes) == 6
    for raw in HOSTILE:
        assert raw not in page
    for fragment in ("<img", "<svg", "<script>alert", "onerror=alert(1)>", "javascript:alert"):
        assert fragment not in page
    # no </script> (or <script) from the data: as many as the template itself has
    assert page.lower().count("</script") == benign_page.lower().count("</script") == 3
    assert page.lower().count("<script") == benign_page.lower().count("<script")


def test_hostile_page_markup_holds_only_the_template_tags(hostile, benign_page: str) -> None:
    _g, _selection, page = hostile
    tags = Counter(tag for tag, _ in parse(page).tags)
    assert tags == Counter(tag for tag, _ in parse(benign_page).tags) + Counter(["li", "span"])  # hostile type
    for _tag, attrs in parse(page).tags:
        assert not any(name.startswith("on") for name in attrs)


def test_hostile_heading_legend_and_title_are_escaped(hostile) -> None:
    _g, _selection, page = hostile
    parsed = parse(page)
    assert f"<title>{markupsafe.escape(SCRIPT + QUOTES)}</title>" in page
    assert f"<h1>{markupsafe.escape(SCRIPT + QUOTES)}</h1>" in page
    assert (IMG, f"{IMG} (1)") in parsed.legend


def test_page_data_round_trips_hostile_text(hostile) -> None:
    g, selection, page = hostile
    data = page_data(page)
    assert [n["id"] for n in data["nodes"]] == list(selection.nodes)
    assert len(data["edges"]) == len(selection.edges) == 5
    assert {(e["from"], e["rel"], e["to"]) for e in data["edges"]} == set(selection.edges)
    nodes = {n["id"]: n for n in data["nodes"]}
    # labels are drawn on the canvas as text: they come back exactly (papers' shortened)
    for node_id in selection.nodes:
        label = g.nodes[node_id].label
        limit = PAPER_LABEL_CHARS if g.nodes[node_id].type == "Paper" else LABEL_CHARS
        assert nodes[node_id]["label"] == (label if len(label) <= limit else label[: limit - 1] + "…")
    assert nodes["entity/m"]["label"] == IMG
    # titles are HTML for the tooltip: the hostile text is in them, escaped
    assert nodes["paper/a"]["title"].startswith(f"<b>{esc(SCRIPT)}</b>")
    assert f"also: {esc(QUOTES + ', ' + CLOSE + ', ' + SCRIPT)}" in nodes["entity/m"]["title"]
    for item in [*data["nodes"], *data["edges"]]:
        check_tooltip(item["title"])
    edge = next(e for e in data["edges"] if e["from"] == "paper/a" and e["to"] == "entity/m")
    assert esc(CLOSE + IMG + QUOTES) in edge["title"]
    assert "".join(parse(edge["title"]).text).count(CLOSE + IMG + QUOTES) == 1


def test_no_external_resource(hostile, benign_page: str) -> None:
    for page in (hostile[2], benign_page):
        parsed = parse(page)
        for tag, attrs in parsed.tags:
            assert not (tag == "script" and "src" in attrs)
            assert not (tag == "link" and "href" in attrs)
            assert not (tag in ("img", "iframe", "source", "embed", "object", "video", "audio")
                        and ({"src", "data", "srcset"} & set(attrs)))
            for name in ("src", "href", "data", "srcset", "action", "poster"):
                value = (attrs.get(name) or "").lower()
                assert "http://" not in value and "https://" not in value and not value.startswith("//")
        assert len(parsed.styles) == 2
        for style in parsed.styles:
            assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", style, re.IGNORECASE)
            assert "@import" not in style
        assert "cdn.jsdelivr" not in page and "bootstrap" not in page.lower()


def test_page_inlines_vis_network(benign_page: str) -> None:
    assert "vis.Network" in benign_page
    assert len(benign_page) > 300_000  # the vis-network JS and CSS are inside the page


def test_nodes_carry_colour_group_value_and_position() -> None:
    g = benign_graph()
    selection = select(g)
    data = page_data(render_page(g, selection))
    colors = {name: t.color for name, t in schema().nodes.items()}
    values = {n["id"]: n["value"] for n in data["nodes"]}
    assert values == {"entity/m": 3, "paper/a": 3, "paper/b": 3, "entity/d": 2, "entity/n": 2}
    for n in data["nodes"]:
        node = g.nodes[n["id"]]
        assert n["group"] == node.type
        assert n["color"] == colors[node.type]
        assert n["value"] == selection.degree[n["id"]] + 1
        assert isinstance(n["x"], float) and isinstance(n["y"], float)
        assert "borderWidth" not in n
    assert {e["rel"] for e in data["edges"]} == {"uses"}
    assert [e["id"] for e in data["edges"]] == list(range(4))


def test_colours_differ_by_type_and_unknown_types_are_grey() -> None:
    g = benign_graph()
    g.add_node(Node("gadget/g", "Gadget", "G"))
    g.add_edge(Edge("paper/a", "mentions", "gadget/g", {"paper": "paper/a"}))
    data = page_data(render_page(g, select(g, types=("Paper", "Model", "Gadget"))))
    color = {n["group"]: n["color"] for n in data["nodes"]}
    assert color["Gadget"] == "#999999"
    assert len({color["Paper"], color["Model"]}) == 2


def test_focus_nodes_get_a_thick_border() -> None:
    g = benign_graph()
    data = page_data(render_page(g, select(g, focus="M-1")))
    border = {n["id"]: n.get("borderWidth") for n in data["nodes"]}
    assert border == {"entity/m": 4, "paper/a": None, "paper/b": None}


def test_long_labels_are_shortened() -> None:
    g = KnowledgeGraph()
    g.add_node(Node("paper/x", "Paper", "x" * 60, {"title": "x" * 60}))
    [node] = page_data(render_page(g, select(g)))["nodes"]
    assert node["label"] == "x" * (PAPER_LABEL_CHARS - 1) + "…"
    assert node["title"].startswith("<b>" + "x" * 60 + "</b>")  # the tooltip keeps the whole title


def test_edge_tooltips_name_the_paper_when_it_is_not_an_end() -> None:
    g = benign_graph()
    g.add_edge(Edge("entity/n", "variantOf", "entity/m", {"paper": "paper/a", "evidence": "N is M"}))
    data = page_data(render_page(g, select(g)))
    titles = {(e["from"], e["to"]): e["title"] for e in data["edges"]}
    assert titles[("entity/n", "entity/m")] == "<b>variantOf</b><br>“N is M”<br><i>Paper A</i>"
    assert "<i>" not in titles[("paper/a", "entity/m")]


def test_legend_lists_types_with_counts(benign_page: str) -> None:
    g = benign_graph()
    colors = {name: t.color for name, t in schema().nodes.items()}
    assert legend(g, select(g)) == [LegendEntry("Paper", colors["Paper"], 2),
                                    LegendEntry("Model", colors["Model"], 2),
                                    LegendEntry("Dataset", colors["Dataset"], 1)]
    assert parse(benign_page).legend == [("Paper", "Paper (2)"), ("Model", "Model (2)"),
                                         ("Dataset", "Dataset (1)")]
    assert legend(g, select(g, types=["Model"], min_papers=0)) == [LegendEntry("Model", colors["Model"], 2)]


def test_summary_and_heading_are_on_the_page() -> None:
    g = benign_graph()
    selection = select(g, types=["Paper", "Model"])
    page = render_page(g, selection, heading="My graph")
    assert f'<span id="summary">{esc(selection.summary())}</span>' in page
    assert "left out 1 of other types" in page
    assert "<title>My graph</title>" in page and "<h1>My graph</h1>" in page
    assert "Laying out 4 nodes…" in page


def test_empty_selection_renders() -> None:
    g = KnowledgeGraph()
    selection = select(g)
    page = render_page(g, selection)
    data = page_data(page)
    assert (data["nodes"], data["edges"]) == ([], [])
    assert parse(page).legend == []
    assert "showing 0 of 0 nodes and 0 of 0 edges" in page
    assert PHYSICS_OFF not in page


def test_page_is_reproducible(benign_page: str) -> None:
    assert render_page(benign_graph(), select(benign_graph())) == benign_page
    g = benign_graph()
    reordered = KnowledgeGraph()
    for node in reversed(list(g.nodes.values())):
        reordered.add_node(node)
    for edge in reversed(list(g.edges.values())):
        reordered.add_edge(edge)
    assert render_page(reordered, select(reordered)) == benign_page


def test_page_is_the_same_under_another_hash_seed(benign_page: str) -> None:
    code = ("import sys; from tests.kg.viz.test_page import benign_graph; from mlkg.viz import render_page, select; "
            "g = benign_graph(); sys.stdout.write(render_page(g, select(g)))")
    for seed in ("1", "2"):
        proc = subprocess.run([sys.executable, "-c", code], check=False, cwd=REPO, capture_output=True, text=True,
                              encoding="utf-8", env={**os.environ, "PYTHONHASHSEED": seed}, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout == benign_page


# --- physics ---------------------------------------------------------------------------------

def test_options_small_and_big() -> None:
    small, big = options(PHYSICS_LIMIT), options(PHYSICS_LIMIT + 1)
    assert small["physics"]["enabled"] and big["physics"]["enabled"]
    assert small["physics"]["stabilization"]["iterations"] == 150
    assert big["physics"]["stabilization"]["iterations"] == 10
    assert small["interaction"]["hideEdgesOnDrag"] is False and big["interaction"]["hideEdgesOnDrag"] is True
    assert small["interaction"]["hideEdgesOnZoom"] is False and big["interaction"]["hideEdgesOnZoom"] is True
    assert options(200)["layout"]["improvedLayout"] is True
    assert options(201)["layout"]["improvedLayout"] is False
    assert json.loads(json.dumps(big)) == big  # plain JSON for the page


@pytest.mark.parametrize("count", [PHYSICS_LIMIT, PHYSICS_LIMIT + 1])
def test_physics_switches_off_only_on_big_pages(count: int) -> None:
    g = papers_only(count)
    selection = select(g, top=None)
    assert len(selection.nodes) == count
    page = render_page(g, selection)
    data = page_data(page)
    assert len(data["nodes"]) == count
    big = count > PHYSICS_LIMIT
    assert page.count(PHYSICS_OFF) == (1 if big else 0)
    assert without_groups(data["options"]) == options(count)
    assert data["options"]["physics"]["stabilization"]["iterations"] == (10 if big else 150)
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is big


def test_small_page_keeps_physics(benign_page: str) -> None:
    assert PHYSICS_OFF not in benign_page
    assert without_groups(page_data(benign_page)["options"]) == options(5)


def without_groups(opts: dict) -> dict:
    return {k: v for k, v in opts.items() if k != "groups"}


def test_groups_carry_the_types_colours(benign_page: str) -> None:
    """vis-network re-applies a group's style on every node update: it must be the type's colour."""
    data = page_data(benign_page)
    colours = {n["group"]: n["color"] for n in data["nodes"]}
    assert data["options"]["groups"] == {t: {"color": c} for t, c in colours.items()}
    assert data["options"]["groups"]["Model"] == {"color": schema().nodes["Model"].color}


def test_crowded_pages_label_only_the_hubs_at_overview() -> None:
    quiet, crowded = options(CROWDED), options(CROWDED + 1)
    assert quiet["nodes"]["scaling"]["label"]["drawThreshold"] < crowded["nodes"]["scaling"]["label"]["drawThreshold"]
    assert quiet["nodes"]["scaling"]["label"]["max"] < crowded["nodes"]["scaling"]["label"]["max"]


# --- details rows ----------------------------------------------------------------------------

def details_graph() -> KnowledgeGraph:
    g = KnowledgeGraph()
    for i, date in enumerate(("2024-05-01", "2025-02-01", "2023-01-01")):
        g.add_node(Node(f"paper/{i}", "Paper", f"P{i}", {"title": f"Paper {i}", "published": date}))
    g.add_node(Node("entity/m", "Model", "M"))
    g.add_node(Node("entity/n", "Model", "N"))
    g.add_node(Node("entity/d", "Dataset", "D"))
    g.add_node(Node("person/a", "Person", "Ann"))
    for i in range(3):
        g.add_edge(Edge(f"paper/{i}", "uses", "entity/m", {"paper": f"paper/{i}", "evidence": f"uses M {i}"}))
    g.add_edge(Edge("paper/2", "introduces", "entity/m", {"paper": "paper/2", "evidence": "we introduce M"}))
    g.add_edge(Edge("paper/1", "evaluatedOn", "entity/d", {"paper": "paper/1", "evidence": IMG}))
    g.add_edge(Edge("entity/n", "variantOf", "entity/m", {"paper": "paper/1", "evidence": "N is M"}))
    g.add_edge(Edge("paper/0", "authoredBy", "person/a"))
    return g


def test_detail_rows_of_an_entity_introduced_first_then_newest() -> None:
    g = details_graph()
    rows = detail_rows(g, select(g, types=None, top=None))
    shown, more = rows["entity/m"]
    assert more == 0
    assert [r.heading for r in shown] == ["Paper 2", "Paper 1", "Paper 0"]
    assert shown[0] == DetailRow("Paper 2", "2023-01-01", "uses, introduces", "uses M 2")
    assert shown[1].roles == "uses, N variantOf"  # the other end named when it is not the paper
    assert rows["entity/n"][0] == [DetailRow("Paper 1", "2025-02-01", "variantOf M", "N is M")]


def test_detail_rows_of_a_paper_list_its_entities_and_cap() -> None:
    g = details_graph()
    rows = detail_rows(g, select(g, types=("Paper", "Model", "Dataset", "Person"), top=None))
    assert [(r.heading, r.note, r.roles) for r in rows["paper/1"][0]] == [
        ("D", "Dataset", "evaluatedOn"), ("M", "Model", "uses, variantOf"), ("N", "Model", "variantOf")]
    assert rows["paper/1"][0][0].evidence == IMG  # text: the page sets it with textContent
    assert rows["paper/0"][0][0] == DetailRow("M", "Model", "uses", "uses M 0")
    assert [(r.heading, r.roles) for r in rows["paper/0"][0]] == [("M", "uses"), ("Ann", "authoredBy")]
    capped = detail_rows(g, select(g, top=None), limit=1)
    assert [r.heading for r in capped["entity/m"][0]] == ["Paper 2"] and capped["entity/m"][1] == 2


def test_page_nodes_carry_name_aliases_papers_and_rows() -> None:
    g = details_graph()
    g.add_node(Node("entity/v", "Model", "ViT", {"aliases": ("ViT", "Vision Transformer")}))
    g.add_edge(Edge("paper/0", "uses", "entity/v", {"paper": "paper/0"}))
    nodes = {n["id"]: n for n in page_data(render_page(g, select(g)))["nodes"]}
    assert nodes["entity/v"]["aliases"] == ["Vision Transformer"] and nodes["entity/v"]["name"] == "ViT"
    assert nodes["paper/1"]["name"] == "Paper 1" and nodes["entity/m"]["papers"] == 3
    assert nodes["entity/m"]["rows"][0] == ["Paper 2", "2023-01-01", "uses, introduces", "uses M 2"]
    assert nodes["entity/m"]["more"] == 0


# --- write_page, inline ----------------------------------------------------------------------

def test_write_page_writes_atomically_and_returns_the_selection(tmp_path: Path, benign_page: str) -> None:
    target = tmp_path / "sub" / "page.html"
    selection = write_page(benign_graph(), target)
    assert selection == select(benign_graph())
    assert target.read_text(encoding="utf-8") == benign_page
    assert [p.name for p in target.parent.iterdir()] == ["page.html"]
    selection = write_page(benign_graph(), target, heading="Only models", types=["Model"], min_papers=0)
    assert [n["id"] for n in page_data(target.read_text(encoding="utf-8"))["nodes"]] == list(selection.nodes)
    assert "<h1>Only models</h1>" in target.read_text(encoding="utf-8")


def test_inline_page_is_one_escaped_iframe() -> None:
    shown = inline(hostile_graph(), height="300px")
    assert isinstance(shown, InlinePage)
    assert shown.selection == select(hostile_graph())
    markup = shown._repr_html_()
    for raw in HOSTILE:
        assert raw not in markup
    tags = parse(markup).tags
    assert [tag for tag, _ in tags] == ["iframe", "p"]
    attrs = tags[0][1]
    assert attrs["srcdoc"] == shown.page  # the attribute unescapes to the whole page
    assert attrs["sandbox"] == "allow-scripts allow-popups"
    assert "height:300px" in (attrs["style"] or "")


# --- the export registry ---------------------------------------------------------------------

def test_html_is_a_default_export_format() -> None:
    assert "html" in EXPORTERS and "html" in DEFAULT_FORMATS
    assert EXPORTERS["html"].filename == "graph.html"


def test_export_writes_graph_html(tmp_path: Path, benign_page: str) -> None:
    written = export(benign_graph(), tmp_path, ("html",))
    assert written == [tmp_path / "graph.html"]
    assert (tmp_path / "graph.html").read_text(encoding="utf-8") == benign_page


def test_re_export_overwrites(tmp_path: Path) -> None:
    export(benign_graph(), tmp_path, ("html",))
    export(hostile_graph(), tmp_path, ("html",))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert page == render_page(hostile_graph(), select(hostile_graph()))
    assert page.count("<!DOCTYPE html>") == 1


def test_failed_export_keeps_the_previous_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               benign_page: str) -> None:
    export(benign_graph(), tmp_path, ("html",))

    def broken(*_args, **_kwargs):
        raise RuntimeError("layout failed")

    monkeypatch.setattr("mlkg.viz.page.layout", broken)
    with pytest.raises(RuntimeError, match="layout failed"):
        export(hostile_graph(), tmp_path, ("html",))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]
    assert (tmp_path / "graph.html").read_text(encoding="utf-8") == benign_page


def test_a_heading_utf8_cannot_encode_still_writes_the_page(tmp_path: Path) -> None:
    """``mlkg viz --title`` with a byte that is not UTF-8 arrives as a lone surrogate (issue 14)."""
    target = tmp_path / "page.html"
    write_page(benign_graph(), target, heading="bad \udcff head \x01")
    page = target.read_text(encoding="utf-8")
    assert "<h1>bad \ufffd head \x01</h1>" in page
    assert page_data(page)["nodes"]
