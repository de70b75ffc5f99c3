"""The explorer's pages and JSON routes (Starlette), read from an :class:`ExplorerIndex`.

``routes(get_index)`` gives the routes; the app (:mod:`mlkg.serve.app`) mounts them and adds
the security headers. ``get_index`` is called per request, so the app can swap in the index of
an updated build. Pages are Jinja2 templates with autoescape; no inline script or style (the
CSP allows ``'self'`` only): the search box and the ego network are static JS files that fetch
JSON, which is served with ``<``, ``>`` and ``&`` escaped. Only http(s) links become anchors.
Endpoints are plain functions: Starlette runs them in its thread pool, where each thread
reads the index through its own SQLite connection.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from mlkg.errors import MlkgError
from mlkg.ontology.schema import schema

from .chart import month_chart
from .index import EGO_CAP, EGO_MAX, ExplorerIndex, NodeRef

HERE = Path(__file__).parent
#: vis-network as pyvis ships it (as the static page inlines it): nothing is fetched from a CDN.
VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
SEARCH_LIMIT, SEARCH_MAX = 50, 200
ROLE_LABELS = {"introduces": "introduces", "uses": "uses", "compares": "compares with", "mentions": "mentions",
               "code": "code", "affiliation": "affiliation"}
RELATED_LABELS = {"compares": "Compared with", "evaluatedOn": "Evaluated on", "evaluates": "Models evaluated on it",
                  "coMentioned": "Co-mentioned"}


def node_url(node: NodeRef | str, kind: str | None = None) -> str:
    """The page of a node: /paper/ID for papers, /entity/ID for the rest (the id percent-encoded)."""
    node_id = node.id if isinstance(node, NodeRef) else node
    is_paper = node.is_paper if isinstance(node, NodeRef) else kind == "Paper"
    return ("/paper/" if is_paper else "/entity/") + quote(node_id, safe="/")


def safe_url(value: object) -> str | None:
    """Only web links become anchors; ``javascript:`` and friends stay text."""
    url = str(value or "").strip()
    return url if url.lower().startswith(("https://", "http://")) and not any(c in url for c in "\r\n\t") else None


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), auto_reload=False,
                      autoescape=select_autoescape(default=True, default_for_string=True))
    colors = {name: t.color for name, t in schema().nodes.items()}
    env.globals.update(node_url=node_url, safe_url=safe_url, role_labels=ROLE_LABELS,
                       related_labels=RELATED_LABELS, type_colors=colors)
    env.filters["thousands"] = lambda n: f"{n:,}"
    return env


_ENV = _environment()
#: Each node type's colour, from the ontology's schema as on the static page, as a CSS variable.
TYPES_CSS = "".join(f".type-{name} {{ --type-color: {t.color}; }}\n" for name, t in schema().nodes.items()
                    if name.isidentifier() and t.color.startswith("#") and t.color[1:].isalnum())


def _page(template: str, status: int = 200, **values: Any) -> HTMLResponse:
    return HTMLResponse(_ENV.get_template(template).render(**values), status_code=status)


class SafeJSONResponse(Response):
    """JSON with ``<``, ``>`` and ``&`` escaped, so no value can ever read as markup."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode("utf-8")


def _types(request: Request, index: ExplorerIndex) -> list[str]:
    """The ``type`` parameters that name a type of the index (others are ignored: a stale link)."""
    return [t for t in request.query_params.getlist("type") if t in index.types]


def _int(request: Request, name: str, default: int, low: int, high: int) -> int:
    try:
        value = int(request.query_params.get(name, default))
    except ValueError:
        return default
    return max(low, min(value, high))


def routes(get_index: Callable[[], ExplorerIndex]) -> list[BaseRoute]:
    """The explorer: ``/``, ``/search``, ``/entity/{id}``, ``/paper/{id}``, ``/api/search``,
    ``/api/ego/{id}`` and ``/static/...``."""

    def search_values(request: Request) -> dict[str, Any]:
        index = get_index()
        q = request.query_params.get("q", "")[:200]
        types = _types(request, index)
        hits = index.search(q, types or None, limit=_int(request, "limit", SEARCH_LIMIT, 1, SEARCH_MAX))
        return {"q": q, "types": types, "all_types": index.types, "hits": hits}

    def home(request: Request) -> Response:
        return _page("search.html", **search_values(request))

    def search(request: Request) -> Response:
        return _page("search.html", **search_values(request))

    def api_search(request: Request) -> Response:
        values = search_values(request)
        hits = values["hits"]
        return SafeJSONResponse({
            "query": values["q"], "total": hits.total,
            "hits": [{"id": h.id, "type": h.type, "name": h.name, "papers": h.papers, "match": h.match,
                      "matched": h.matched, "url": node_url(h.node)} for h in hits]})

    def not_found(what: str, node_id: str) -> Response:
        return _page("404.html", status=404, what=what, node_id=node_id)

    def entity(request: Request) -> Response:
        index = get_index()
        node_id = request.path_params["id"]
        if index.kind(node_id) == "Paper":
            return RedirectResponse(node_url(node_id, "Paper"), status_code=307)
        role = request.query_params.get("role") or None
        page = index.entity(node_id, page=_int(request, "page", 1, 1, 1_000_000), role=role)
        if page is None:
            return not_found("entity", node_id)

        def page_url(number: int) -> str:
            params = {"page": number, **({"role": role} if role else {})}
            return node_url(page.node) + "?" + urlencode(params)

        return _page("entity.html", e=page, chart=month_chart(page.months), page_url=page_url,
                     ego_hops=1, ego_cap=EGO_CAP)

    def paper(request: Request) -> Response:
        index = get_index()
        node_id = request.path_params["id"]
        found = index.paper(node_id)
        if found is None:
            if index.kind(node_id) is not None:
                return RedirectResponse(node_url(node_id), status_code=307)
            return not_found("paper", node_id)
        return _page("paper.html", p=found, ego_hops=1, ego_cap=EGO_CAP)

    def api_ego(request: Request) -> Response:
        index = get_index()
        node_id = request.path_params["id"]
        try:
            ego = index.ego(node_id, hops=_int(request, "hops", 1, 1, 2), cap=_int(request, "cap", EGO_CAP, 2, EGO_MAX))
        except MlkgError as exc:
            return SafeJSONResponse({"error": str(exc)}, status_code=400)
        if ego is None:
            return SafeJSONResponse({"error": f"no node {node_id!r}"}, status_code=404)
        data = ego.as_json()
        for node in data["nodes"]:
            node["url"] = node_url(node["id"], "Paper" if node["kind"] == "paper" else None)
        return SafeJSONResponse(data)

    def types_css(request: Request) -> Response:
        return Response(TYPES_CSS, media_type="text/css")

    return [
        Route("/static/types.css", types_css, methods=["GET", "HEAD"], name="explorer_types_css"),
        Route("/", home, methods=["GET", "HEAD"], name="explorer_home"),
        Route("/search", search, methods=["GET", "HEAD"], name="explorer_search"),
        Route("/api/search", api_search, methods=["GET", "HEAD"], name="explorer_api_search"),
        Route("/entity/{id:path}", entity, methods=["GET", "HEAD"], name="explorer_entity"),
        Route("/paper/{id:path}", paper, methods=["GET", "HEAD"], name="explorer_paper"),
        Route("/api/ego/{id:path}", api_ego, methods=["GET", "HEAD"], name="explorer_api_ego"),
        Mount("/static/vis", app=StaticFiles(directory=VIS), name="explorer_vis"),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="explorer_static"),
    ]
