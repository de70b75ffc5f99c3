"""The explorer in real headless Chromium (Debian's, through Playwright) against a real uvicorn:
type a name and land on its entity, read its papers with the mention highlighted, follow a
paper; hostile listing text never runs, and no request leaves localhost."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from mlkg.build.pipeline import build, open_graph
from mlkg.export.explorer import FILENAME, write_explorer
from mlkg.viz.browser import CHROMIUM_ARGS

from .explorer_app import chromium, serving  # noqa: F401 (the fixture)
from .test_explorer_pages import CLOSE, IMG, SCRIPT, hostile_graph

pytestmark = pytest.mark.browser
REPO = Path(__file__).parents[3]
READY = 'body[data-ego-ready="true"]'


@dataclass
class Visit:
    """A browser page and what it did: every request, console error and dialog."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("examples")
    build([REPO / "examples"], out, formats=("explorer",))
    return out


@pytest.fixture
def browser(chromium: str) -> Iterator[object]:  # noqa: F811 (the fixture from explorer_app)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        try:
            yield launched
        finally:
            launched.close()


def _visit(browser: object) -> Visit:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    visit = Visit(page)
    # Every request is recorded and only localhost is answered: nothing may leave the machine.
    page.route("**/*", lambda route: (visit.requests.append(route.request.url),
                                      route.continue_() if urlsplit(route.request.url).hostname == "127.0.0.1"
                                      else route.abort()))
    page.on("console", lambda m: visit.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: visit.errors.append(str(e)))
    page.on("dialog", lambda d: (visit.dialogs.append(d.message), d.dismiss()))
    return visit


def _only_localhost(visit: Visit, base: str) -> None:
    assert visit.requests and all(r.startswith(base + "/") for r in visit.requests), visit.requests


def _search(page: object, text: str) -> None:
    page.fill("#q", text)  # type: ignore[attr-defined]
    page.wait_for_function("(t) => document.body.dataset.searched === t", arg=text)  # type: ignore[attr-defined]


def test_type_clip_land_on_it_read_its_papers_and_follow_one(browser: object, examples: Path) -> None:
    graph = open_graph(examples)
    clip = next(n for n in graph.nodes.values() if n.label == "CLIP")
    longer = [n.label for n in graph.nodes.values() if "clip" in n.label.casefold() and n.label != "CLIP"]
    assert longer  # names that contain CLIP, which must not come first
    visit = _visit(browser)
    with serving(examples / FILENAME) as base:
        page = visit.page
        page.goto(base + "/")  # type: ignore[attr-defined]
        page.type("#q", "CLIP", delay=40)  # type: ignore[attr-defined]  # as a person types
        page.wait_for_selector('body[data-searched="CLIP"]', state="attached")  # type: ignore[attr-defined]
        first = page.locator("#hits li.hit").first  # type: ignore[attr-defined]
        assert first.locator("a").inner_text() == "CLIP"
        assert page.locator("#hits li.hit").count() > 1  # type: ignore[attr-defined]
        assert "paper" in first.inner_text()  # with its paper count
        page.press("#q", "Enter")  # type: ignore[attr-defined]
        page.wait_for_url(base + "/entity/" + clip.id)  # type: ignore[attr-defined]
        page.wait_for_selector(READY, state="attached", timeout=30_000)  # type: ignore[attr-defined]
        assert page.locator("h1").inner_text().startswith("CLIP")  # type: ignore[attr-defined]
        papers = {e.source for e in graph.edges.values() if e.target == clip.id}
        items = page.locator("ol.paper-list li.paper")  # type: ignore[attr-defined]
        assert items.count() == len(papers)
        marks = page.locator("ol.paper-list blockquote.evidence mark").all_inner_texts()  # type: ignore[attr-defined]
        assert marks and all(m.casefold() == "clip" for m in marks)
        assert page.evaluate("() => window.mlkgEgo.nodes.length") == len(papers) + 1  # type: ignore[attr-defined]
        title = items.first.locator("a.paper-link").inner_text()
        items.first.locator("a.paper-link").click()
        page.wait_for_url(base + "/paper/**")  # type: ignore[attr-defined]
        assert page.locator("h1#title").inner_text() == title  # type: ignore[attr-defined]
        assert page.locator("#abstract a.mention mark").count() > 0  # type: ignore[attr-defined]
        page.locator("#abstract a.mention", has_text="CLIP").first.click()  # type: ignore[attr-defined]
        page.wait_for_url(base + "/entity/" + clip.id)  # type: ignore[attr-defined]
    assert visit.errors == [] and visit.dialogs == []
    _only_localhost(visit, base)


def test_search_an_alias_and_land_on_its_entity(browser: object, examples: Path) -> None:
    graph = open_graph(examples)
    node, alias = next((n, a) for n in sorted(graph.nodes.values(), key=lambda n: n.id)
                       for a in n.props.get("aliases", ()) if a.casefold() != n.label.casefold()
                       and not any(m.label.casefold() == a.casefold() for m in graph.nodes.values()))
    visit = _visit(browser)
    with serving(examples / FILENAME) as base:
        page = visit.page
        page.goto(base + "/")  # type: ignore[attr-defined]
        _search(page, alias)
        first = page.locator("#hits li.hit").first  # type: ignore[attr-defined]
        assert first.locator("a").inner_text() == node.label
        assert f"alias: {alias}" in first.inner_text()
        first.locator("a").click()
        page.wait_for_url(base + "/entity/" + node.id)  # type: ignore[attr-defined]
        assert alias in page.locator("p.aliases").inner_text()  # type: ignore[attr-defined]
        page.wait_for_selector(READY, state="attached", timeout=30_000)  # type: ignore[attr-defined]
        page.click('button.hops[data-hops="2"]')  # type: ignore[attr-defined]
        page.wait_for_selector(READY, state="attached", timeout=30_000)  # type: ignore[attr-defined]
        assert page.evaluate("() => window.mlkgEgo.hops") == 2  # type: ignore[attr-defined]
    assert visit.errors == [] and visit.dialogs == []
    _only_localhost(visit, base)


def test_type_filter_and_the_page_without_script(browser: object, examples: Path) -> None:
    visit = _visit(browser)
    with serving(examples / FILENAME) as base:
        page = visit.page
        page.goto(base + "/search?q=clip&type=Model")  # type: ignore[attr-defined]
        types = page.locator("#hits .type").all_inner_texts()  # type: ignore[attr-defined]
        assert types and set(types) == {"Model"}
        assert page.locator('input[name=type][value="Model"]').is_checked()  # type: ignore[attr-defined]
        page.uncheck('input[name=type][value="Model"]')  # type: ignore[attr-defined]
        page.wait_for_function("() => [...document.querySelectorAll('#hits .type')]"  # type: ignore[attr-defined]
                               ".some(t => t.textContent !== 'Model')")
        assert "type=Model" not in page.url  # type: ignore[attr-defined]
    assert visit.errors == [] and visit.dialogs == []
    _only_localhost(visit, base)


def test_hostile_text_never_runs(browser: object, tmp_path: Path) -> None:
    write_explorer(hostile_graph(), tmp_path / FILENAME)
    visit = _visit(browser)
    with serving(tmp_path / FILENAME) as base:
        page = visit.page
        page.goto(base + "/")  # type: ignore[attr-defined]
        _search(page, "evil")
        assert page.locator("#hits li.hit a").first.inner_text() == f"Evil{IMG}"  # type: ignore[attr-defined]
        page.press("#q", "Enter")  # type: ignore[attr-defined]
        page.wait_for_url(base + "/entity/entity/evil")  # type: ignore[attr-defined]
        page.wait_for_selector(READY, state="attached", timeout=30_000)  # type: ignore[attr-defined]
        body = page.inner_text("body")  # type: ignore[attr-defined]
        assert f"Evil{IMG}" in body and SCRIPT in body and CLOSE in body and "{{ 7*7 }}" in body
        assert page.locator("main img, main script").count() == 0  # type: ignore[attr-defined]
        page.locator("a.paper-link").first.click()  # type: ignore[attr-defined]
        page.wait_for_url(base + "/paper/paper/evil")  # type: ignore[attr-defined]
        page.wait_for_selector(READY, state="attached", timeout=30_000)  # type: ignore[attr-defined]
        assert SCRIPT in page.inner_text("h1#title")  # type: ignore[attr-defined]
        hrefs = page.eval_on_selector_all("a", "as => as.map(a => a.getAttribute('href'))")  # type: ignore[attr-defined]
        assert not [h for h in hrefs if h and "javascript" in h.lower()]
        assert page.locator("main img, main script").count() == 0  # type: ignore[attr-defined]
        # the search box with hostile input: results are text
        page.goto(base + "/")  # type: ignore[attr-defined]
        _search(page, SCRIPT)
        assert SCRIPT in page.inner_text("#summary")  # type: ignore[attr-defined]
    assert visit.dialogs == [] and visit.errors == []
    _only_localhost(visit, base)
