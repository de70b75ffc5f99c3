"""The explorer's pages and JSON over real HTTP (uvicorn on a free port, httpx): what they show,
that listing text is escaped everywhere, and that no page carries an inline script or style."""

from __future__ import annotations

import json
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from mlkg.build.pipeline import build, open_graph
from mlkg.export.explorer import FILENAME, HIDDEN_TYPES, write_explorer
from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.serve.index import PAGE_SIZE

from .explorer_app import CSP, serving
from .test_index import hub_graph

REPO = Path(__file__).parents[3]
SCRIPT = '<script>alert("script")</script>'
IMG = '<img src=x onerror=alert("img")>'
CLOSE = '</script><script>alert("closed")</script>'
CURLY = "{{ 7*7 }}{% raw %}"
HOSTILE = f"{SCRIPT}{IMG}{CLOSE}{CURLY}"


class Page(HTMLParser):
    """The parts of a page that matter for safety: scripts, styles, links, and the visible text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.inline_scripts: list[str] = []
        self.styles = 0
        self.style_attributes = 0
        self.handlers: list[str] = []
        self.links: list[str] = []
        self.text: list[str] = []
        self.marks: list[str] = []
        self._in: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self._in.append(tag)
        if tag == "script":
            self.scripts.append(values)
        if tag == "style":
            self.styles += 1
        if "style" in values:
            self.style_attributes += 1
        self.handlers += [name for name in values if name.startswith("on")]
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] == "script" and data.strip():
            self.inline_scripts.append(data)
        if self._in and self._in[-1] == "mark":
            self.marks.append(data)
        self.text.append(data)

    @property
    def visible(self) -> str:
        return "".join(self.text)


def hostile_graph() -> KnowledgeGraph:
    g = KnowledgeGraph()
    title = f"Attack {HOSTILE}"
    abstract = f"We use Evil{IMG} and {SCRIPT} here. See javascript:alert(1)."
    g.add_node(Node("paper/evil", "Paper", title, {
        "title": title, "abstract": abstract, "published": "2025-01-01",
        "url": 'javascript:alert("link")', "arxiv_id": f"2501.00001{IMG}"}))
    g.add_node(Node("entity/evil", "Model", f"Evil{IMG}", {"aliases": (SCRIPT, CLOSE, CURLY)}))
    g.add_node(Node("repo/github/x/y", "Repository", "x/y", {"same_as": "javascript:alert('repo')"}))
    g.add_node(Node("person/p", "Person", f"Mallory {SCRIPT}"))
    text = f"{title}\n\n{abstract}"
    sentence = f"We use Evil{IMG} and {SCRIPT} here."
    start = text.index(sentence)
    g.add_edge(Edge("paper/evil", "uses", "entity/evil", {"paper": "paper/evil", "evidence": sentence,
                                                          "start": start, "end": start + len(sentence),
                                                          "confidence": 0.9}))
    g.add_edge(Edge("paper/evil", "code", "repo/github/x/y", {"paper": "paper/evil", "evidence": CLOSE,
                                                              "confidence": 0.9}))
    g.add_edge(Edge("paper/evil", "authoredBy", "person/p"))
    return g


def _served(graph: KnowledgeGraph, factory: pytest.TempPathFactory) -> Iterator[str]:
    path = factory.mktemp("index") / FILENAME
    write_explorer(graph, path)
    with serving(path) as base:
        yield base


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _served(hostile_graph(), tmp_path_factory)


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _served(hub_graph(), tmp_path_factory)


def _get(base: str, path: str, status: int = 200) -> httpx.Response:
    response = httpx.get(base + path, follow_redirects=False)
    assert response.status_code == status, (path, response.status_code, response.text[:300])
    return response


def _strict(page: Page) -> None:
    """Scripts from files of this server only, no style element or attribute, no event handler."""
    assert page.inline_scripts == [] and page.styles == 0 and page.style_attributes == 0 and page.handlers == []
    assert all((s.get("src") or "").startswith("/static/") for s in page.scripts)


def test_every_page_is_strict_and_sends_the_csp(hub: str) -> None:
    for path in ("/", "/search?q=hub", "/entity/entity/hub", "/entity/entity/data", "/paper/paper/3",
                 "/entity/org/lab", "/entity/metric/accuracy", "/entity/repo/github/a/b"):
        response = _get(hub, path)
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["content-type"].startswith("text/html")
        _strict(Page(response.text))
    for path in ("/static/explorer.js", "/static/ego.js", "/static/explorer.css", "/static/types.css",
                 "/static/vis/vis-network.min.js", "/static/vis/vis-network.css"):
        assert _get(hub, path).content


def test_search_page_without_script(hub: str) -> None:
    page = Page(_get(hub, "/search?q=hub").text)
    hits = [link for link in page.links if link.startswith(("/entity/", "/paper/"))]
    assert hits[0] == "/entity/entity/hub" and "/entity/entity/hub2" in hits and len(hits) == 50
    assert "120 papers" in page.visible and "122 matches for “hub”; the best 50 shown" in page.visible
    only = Page(_get(hub, "/search?q=data&type=Dataset").text)
    assert "/entity/entity/data" in only.links and "/entity/entity/hub" not in only.links


def test_api_search_ranks_and_counts(hub: str) -> None:
    data = _get(hub, "/api/search?q=hub").json()
    assert data["hits"][0]["name"] == "Hub" and "Hub-2" in [h["name"] for h in data["hits"]]
    assert data["hits"][0] == {"id": "entity/hub", "type": "Model", "name": "Hub", "papers": 120, "match": "name",
                               "matched": "Hub", "url": "/entity/entity/hub"}
    assert data["total"] == 2 + 120 and len(data["hits"]) == 50  # two models, and every title starts with it
    alias = _get(hub, "/api/search?q=the%20hub").json()
    assert alias["hits"][0]["id"] == "entity/hub" and alias["hits"][0]["match"] == "alias"
    assert _get(hub, "/api/search?q=hub&type=Dataset").json()["hits"] == []
    assert _get(hub, "/api/search?q=").json() == {"query": "", "total": 0, "hits": []}


def test_entity_page_shows_papers_with_evidence_and_pages(hub: str) -> None:
    html = _get(hub, "/entity/entity/hub").text
    page = Page(html)
    assert "120 papers" in page.visible and "The Hub" in page.visible
    assert page.marks.count("Hub") == PAGE_SIZE  # one page of papers, each sentence with the name marked
    assert "/entity/entity/hub?page=2" in page.links
    assert "A variant of" not in page.visible and "/entity/entity/hub2" in page.links  # its variant
    assert "Rival" in page.visible and "Compared with" in page.visible and "91%" in page.visible
    assert html.count('<rect class="bar"') >= 12  # papers per month
    count = -(-120 // PAGE_SIZE)
    last = Page(_get(hub, f"/entity/entity/hub?page={count}").text)
    assert last.marks.count("Hub") == 120 - (count - 1) * PAGE_SIZE and f"/entity/entity/hub?page={count - 1}" in last.links
    introduced = Page(_get(hub, "/entity/entity/hub?role=introduces").text)
    assert introduced.marks.count("Hub") == min(40, PAGE_SIZE) and "40" in introduced.visible
    assert "A variant of" in Page(_get(hub, "/entity/entity/hub2").text).visible


def test_paper_page_links_entities_and_the_repository(hub: str) -> None:
    page = Page(_get(hub, "/paper/paper/0").text)
    assert {"/entity/entity/hub", "/entity/entity/data", "/entity/org/lab",
            "/entity/repo/github/a/b", "https://github.com/a/b"} <= set(page.links)
    assert "By Ann" in page.visible
    assert "Hub" in page.marks and "DataSet-1" in page.marks


def test_unknown_ids_are_404_pages_and_papers_redirect(hub: str) -> None:
    for path in ("/entity/entity/nothing", "/paper/paper/nothing", "/entity/", "/paper/x%2F..%2F.."):
        response = _get(hub, path, 404)
        assert "Not found" in response.text and response.headers["content-type"].startswith("text/html")
    assert _get(hub, "/entity/paper/0", 307).headers["location"] == "/paper/paper/0"
    assert _get(hub, "/paper/entity/hub", 307).headers["location"] == "/entity/entity/hub"
    assert _get(hub, "/api/ego/entity/nothing", 404).json()["error"]
    assert len(_get(hub, "/api/ego/entity/hub?cap=1&hops=9").json()["nodes"]) == 2  # clamped to what is valid


def test_ego_api(hub: str) -> None:
    data = _get(hub, "/api/ego/entity/hub?hops=2&cap=30").json()
    assert data["center"] == "entity/hub" and 2 <= len(data["nodes"]) <= 30
    assert {n["url"] for n in data["nodes"]} >= {"/entity/entity/hub"}
    assert any(n["url"].startswith("/paper/") for n in data["nodes"])


def test_hostile_text_is_escaped_everywhere(hostile: str) -> None:
    for path in ("/entity/entity/evil", "/paper/paper/evil", "/search?q=evil", "/search?q=" + SCRIPT,
                 "/entity/person/p", "/entity/repo/github/x/y", "/entity/" + SCRIPT):
        response = httpx.get(hostile + path)
        html = response.text
        page = Page(html)
        _strict(page)
        for raw in (SCRIPT, IMG, CLOSE, "<img"):
            assert raw not in html, (path, raw)
        assert not [link for link in page.links if "javascript:" in link.lower()]
        assert "49" not in page.visible  # {{ 7*7 }} is not evaluated
    paper = Page(httpx.get(hostile + "/paper/paper/evil").text)
    assert HOSTILE in paper.visible and CURLY in paper.visible and f"By Mallory {SCRIPT}" in paper.visible
    assert 'javascript:alert("link")' in paper.visible  # shown as text, not a link
    entity = Page(httpx.get(hostile + "/entity/entity/evil").text)
    assert f"Evil{IMG}" in entity.marks  # the mention in its sentence, marked, as text
    assert SCRIPT in entity.visible and CLOSE in entity.visible


def test_hostile_json_cannot_read_as_markup(hostile: str) -> None:
    for path in ("/api/search?q=evil", "/api/ego/entity/evil?hops=2"):
        response = httpx.get(hostile + path)
        assert response.headers["content-type"] == "application/json"
        assert "<" not in response.text and ">" not in response.text and "&" not in response.text
        assert json.loads(response.text)
    assert _get(hostile, "/api/search?q=evil").json()["hits"][0]["name"] == f"Evil{IMG}"


def test_examples_pages_open(tmp_path: Path) -> None:
    build([REPO / "examples"], tmp_path, formats=("explorer",))
    graph = open_graph(tmp_path)
    with serving(tmp_path / FILENAME) as base:
        for node in list(graph.nodes.values())[:80]:
            if node.type not in HIDDEN_TYPES:
                response = httpx.get(base + ("/paper/" if node.type == "Paper" else "/entity/") + node.id)
                assert response.status_code == 200, node.id
                _strict(Page(response.text))
