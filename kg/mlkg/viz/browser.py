"""Open a page in headless Chromium: check it, time it, screenshot it.

The tests, the benchmark and ``mlkg viz --screenshot`` share this. It drives the system's
Chromium (Debian's ``chromium``) through Playwright, so no browser is downloaded, with the
flags that keep Chromium from reaching out on a closed network. Every request the page
makes is recorded: an offline page makes exactly one, for itself.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mlkg.errors import Errors, MlkgError

CHROMIUM_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)


class BrowserError(MlkgError, RuntimeError):
    """No usable Chromium or Playwright, or the page never became ready."""


def find_chromium() -> str:
    """``$MLKG_CHROMIUM``, else ``chromium`` or ``chromium-browser`` on PATH."""
    for candidate in (os.environ.get("MLKG_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    raise BrowserError(Errors.E610)


@dataclass(frozen=True)
class PageCheck:
    """What a real browser saw when it opened a page."""

    url: str
    ready_seconds: float  # navigation start to laid out and interactive
    nodes: int  # in the page's vis DataSet
    edges: int
    drawn_nodes: int  # in the network's body (what vis-network draws)
    physics_enabled: bool  # after ready
    console_errors: tuple[str, ...]
    requests: tuple[str, ...]  # every URL the page asked for, the page itself included
    dialogs: tuple[str, ...]  # alert/confirm/prompt messages: injected script would show here
    details: str = ""  # the details panel's text after ``click_node``
    redraw_ms: float = 0.0  # one full redraw of the canvas after ready: how panning and zooming feel

    @property
    def external_requests(self) -> tuple[str, ...]:
        return tuple(r for r in self.requests if r != self.url)


@dataclass
class OpenPage:
    """A page open in headless Chromium, ready, with what it did so far."""

    page: Any  # playwright.sync_api.Page
    url: str
    ready_seconds: float
    console_errors: list[str]
    requests: list[str]
    dialogs: list[str]


@contextmanager
def open_page(path: str | Path, *, timeout: float = 60.0,
              viewport: tuple[int, int] = (1400, 900)) -> Iterator[OpenPage]:
    """Open ``path`` from file:// and wait until the page says it is ready; tests drive it further."""
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise BrowserError(Errors.E611) from None
    executable = find_chromium()
    url = Path(path).resolve().as_uri()
    errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS))
            try:
                page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.on("request", lambda r: requests.append(r.url))
                page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
                start = time.perf_counter()
                page.goto(url, timeout=timeout * 1000)
                page.wait_for_function("window.mlkg && window.mlkg.ready", timeout=timeout * 1000)
                yield OpenPage(page, url, time.perf_counter() - start, errors, requests, dialogs)
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise BrowserError(Errors.E612.format(url=url, detail=" ".join(str(exc).split()))) from None


def check_page(path: str | Path, *, screenshot: str | Path | None = None, timeout: float = 60.0,
               viewport: tuple[int, int] = (1400, 900), click_node: str | None = None) -> PageCheck:
    """Open ``path`` from file://, wait until the page says it is ready, and report.

    ``click_node`` clicks that node, which fills the details panel with its tooltip and its
    papers, so tests can see how listing text is shown.
    """
    details, redraw_ms = "", 0.0
    with open_page(path, timeout=timeout, viewport=viewport) as opened:
        page = opened.page
        if click_node is not None:
            point = page.evaluate(
                "(id) => { const n = window.mlkg.network; n.moveTo({position: n.getPosition(id), scale: 1.5}); "
                "const p = n.canvasToDOM(n.getPosition(id)); const r = document.getElementById('mynetwork')"
                ".getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }", click_node)
            page.mouse.move(point[0], point[1])
            page.wait_for_timeout(400)  # the tooltip shows after the hover delay
            page.mouse.click(point[0], point[1])
            page.wait_for_timeout(200)
            details = page.inner_text("#details")
        redraw_ms = page.evaluate(
            "() => { const r = window.mlkg.network.renderer; if (typeof r._redraw !== 'function') "
            "return 0; const t = performance.now(); for (let i = 0; i < 5; i++) r._redraw(); "
            "return (performance.now() - t) / 5; }")
        counts = page.evaluate(
            "() => [window.mlkg.nodes.length, window.mlkg.edges.length, "
            "window.mlkg.network.body.nodeIndices.length, window.mlkg.network.physics.physicsEnabled]")
        if screenshot is not None:
            page.screenshot(path=str(screenshot))
    return PageCheck(opened.url, round(opened.ready_seconds, 3), counts[0], counts[1], counts[2], bool(counts[3]),
                     tuple(opened.console_errors), tuple(opened.requests), tuple(opened.dialogs), details,
                     round(redraw_ms, 1))
