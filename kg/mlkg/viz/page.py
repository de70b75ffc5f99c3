"""The interactive pyvis page: one self-contained HTML file that works offline.

pyvis's own template loads Bootstrap from a CDN even with ``cdn_resources='in_line'``,
renders tooltips as HTML, and keeps physics running on big graphs. We keep pyvis for the
network model (``net.nodes``/``net.edges`` filled directly: ``from_nx`` takes 45 s at 20k
nodes) and render it with our own template, which inlines vis-network's JS and CSS from the
pyvis package, so nothing is fetched. Every piece of listing text in a tooltip is
HTML-escaped here, and the page embeds the data as JSON with ``<``, ``>`` and ``&``
escaped, so a title can never close the script or inject markup.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from pyvis.network import Network

from mlkg.files import write_text_atomic
from mlkg.graph.store import KnowledgeGraph, Node
from mlkg.ontology.schema import schema

from .layout import layout
from .selection import Selection, select

#: Past this many nodes the layout stabilizes once and physics switches off, so the page
#: stays responsive (vis-network with physics on stalls at a few thousand nodes).
PHYSICS_LIMIT = 1000
#: Past this many nodes the overview shows only the hubs' labels.
CROWDED = 500
LABEL_CHARS = 48
PAPER_LABEL_CHARS = 32  # paper titles are long; the tooltip has the whole title
EVIDENCE_CHARS = 600
#: Papers (for a paper: entities) listed in the details panel per node; the rest are counted.
DETAIL_ROWS = 10
DETAIL_EVIDENCE_CHARS = 300
SEARCH_ALIASES = 20  # aliases per node the page's search looks at

_SURROGATE = re.compile("[\ud800-\udfff]")
_TEMPLATES = Path(__file__).parent / "templates"
_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _safe_url(value: Any) -> str | None:
    """Only web links become anchors; ``javascript:`` and friends stay text."""
    url = str(value or "").strip()
    return url if url.startswith(("https://", "http://")) else None


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def node_tooltip(node: Node, papers: int, degree: int) -> str:
    """Escaped HTML: type, papers and aliases; for a paper its title, date, upvotes and link."""
    p = node.props
    if node.type == "Paper":
        lines = [f"<b>{_esc(p.get('title') or node.label)}</b>", "Paper"]
        facts = []
        if p.get("published"):
            facts.append(f"published {_esc(p['published'])}")
        if p.get("upvotes") is not None:
            facts.append(f"{_esc(p['upvotes'])} upvotes")
        if p.get("arxiv_id"):
            facts.append(f"arXiv {_esc(p['arxiv_id'])}")
        if facts:
            lines.append(" · ".join(facts))
        url = _safe_url(p.get("url")) or (
            f"https://arxiv.org/abs/{p['arxiv_id']}" if p.get("arxiv_id") else None)
        if url:
            lines.append(f'<a href="{_esc(url)}" target="_blank" rel="noopener noreferrer">'
                         f"{_esc(_short(url, 60))}</a>")
    else:
        counts = (f"{_esc(node.type)} · {papers:,} paper{'s' if papers != 1 else ''} · "
                  f"{degree:,} link{'s' if degree != 1 else ''} shown")
        lines = [f"<b>{_esc(node.label)}</b>", counts]
        aliases = [a for a in p.get("aliases", ()) if a != node.label]
        if aliases:
            lines.append("also: " + _esc(", ".join(aliases[:12])) + (" …" if len(aliases) > 12 else ""))
        if p.get("value"):
            lines.append(f"value {_esc(p['value'])}")
    return "<br>".join(lines)


def edge_tooltip(rel: str, props: dict[str, Any], paper_title: str | None) -> str:
    """Escaped HTML: the role, its confidence and the evidence sentence."""
    head = f"<b>{_esc(rel)}</b>"
    if props.get("confidence") is not None:
        head += f" · confidence {_esc(props['confidence'])}"
    lines = [head]
    if props.get("evidence"):
        lines.append(f"“{_esc(_short(props['evidence'], EVIDENCE_CHARS))}”")
    if paper_title:
        lines.append(f"<i>{_esc(_short(paper_title, 120))}</i>")
    if props.get("extractor"):
        lines.append(f"extractor {_esc(props['extractor'])}")
    return "<br>".join(lines)


@dataclass(frozen=True)
class DetailRow:
    """One line of the details panel: a paper of an entity (or an entity of a paper), with the
    roles linking them and the first evidence sentence. Plain text: the page sets it with
    ``textContent``."""

    heading: str  # the paper's title, or the entity's name
    note: str  # the paper's date, or the entity's type
    roles: str
    evidence: str

    def data(self) -> list[str]:
        return [self.heading, self.note, self.roles, self.evidence]


_ROLE_FIRST = ("introduces",)


def detail_rows(graph: KnowledgeGraph, selection: Selection, *, limit: int = DETAIL_ROWS
                ) -> dict[str, tuple[list[DetailRow], int]]:
    """For each node on the page, up to ``limit`` rows and how many more there are.

    An entity lists its papers (those that introduce it first, then newest first); a paper
    lists the entities it names. One pass over the edges; every edge names its paper, or is a
    paper's own edge (authors).
    """
    on_page = set(selection.nodes)
    found: dict[str, dict[str, tuple[list[str], str]]] = {}

    def note(owner: str, other: str, role: str, evidence: str) -> None:
        rows = found.setdefault(owner, {})
        roles, first = rows.get(other, ([], ""))
        if role not in roles:
            roles.append(role)
        rows[other] = (roles, first or evidence)

    for (source, rel, target), edge in graph.edges.items():
        paper = edge.props.get("paper")
        if not paper and source in graph.nodes and graph.nodes[source].type == "Paper":
            paper = source
        if not paper or paper not in graph.nodes:
            continue
        evidence = _short(edge.props.get("evidence") or "", DETAIL_EVIDENCE_CHARS)
        for end, other in ((source, target), (target, source)):
            if end == paper:
                continue
            role = rel if other == paper else (f"{rel} {graph.nodes[other].label}" if end == source
                                               else f"{graph.nodes[other].label} {rel}")
            if end in on_page:
                note(end, paper, role, evidence)
            if paper in on_page:
                note(paper, end, rel, evidence)

    def published(node_id: str) -> str:
        return str(graph.nodes[node_id].props.get("published") or "")

    result: dict[str, tuple[list[DetailRow], int]] = {}
    for owner, rows in found.items():
        if graph.nodes[owner].type == "Paper":
            order = sorted(rows, key=lambda i: (graph.nodes[i].type, graph.nodes[i].label.casefold(), i))
        else:
            newest = sorted(rows, key=lambda i: (published(i), i), reverse=True)
            order = sorted(newest, key=lambda i: not any(r in _ROLE_FIRST for r in rows[i][0]))
        shown = []
        for other in order[:limit]:
            node = graph.nodes[other]
            roles, evidence = rows[other]
            if node.type == "Paper":
                heading, sub = str(node.props.get("title") or node.label), published(other)
            else:
                heading, sub = node.label, node.type
            shown.append(DetailRow(_short(heading, 200), sub, ", ".join(roles), evidence))
        result[owner] = (shown, len(order) - len(shown))
    return result


def _label(node: Node) -> str:
    return _short(node.label, PAPER_LABEL_CHARS if node.type == "Paper" else LABEL_CHARS)


def network(graph: KnowledgeGraph, selection: Selection) -> Network:
    """A pyvis Network of the selection, filled directly (no ``from_nx``)."""
    types = schema().nodes
    positions = layout(selection.nodes, [(a, b) for a, _, b in selection.edges])
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.nodes = [
        {
            "id": node_id,
            "label": _label(node),
            "title": node_tooltip(node, selection.papers.get(node_id, 0), selection.degree[node_id]),
            "group": node.type,
            "color": types[node.type].color if node.type in types else "#999999",
            "value": selection.degree[node_id] + 1,
            "x": positions[node_id][0],
            "y": positions[node_id][1],
            **({"borderWidth": 4} if node_id in selection.focus else {}),
        }
        for node_id in selection.nodes
        for node in (graph.nodes[node_id],)
    ]
    details = detail_rows(graph, selection)
    for item in net.nodes:
        node = graph.nodes[item["id"]]
        rows, more = details.get(node.id, ([], 0))
        item.update({  # read by the page's search and details panel, as text
            "name": str(node.props.get("title") or node.label) if node.type == "Paper" else node.label,
            "aliases": [str(a) for a in node.props.get("aliases", ()) if a != node.label][:SEARCH_ALIASES],
            "papers": selection.papers.get(node.id, 0),
            "rows": [row.data() for row in rows],
            "more": more,
        })
    titles = {i: graph.nodes[i].props.get("title") for i in selection.nodes if graph.nodes[i].type == "Paper"}
    net.edges = []
    for n, key in enumerate(selection.edges):
        edge = graph.edges[key]
        paper = edge.props.get("paper")
        net.edges.append({
            "id": n,
            "from": edge.source,
            "to": edge.target,
            "title": edge_tooltip(edge.rel, edge.props,
                                  None if paper in (edge.source, edge.target) else
                                  (titles.get(paper) or (graph.nodes[paper].label if paper in graph.nodes else None))),
            "rel": edge.rel,
        })
    net.options = options(len(net.nodes))
    # vis-network re-applies a group's style when a node is updated (the legend hides and shows
    # nodes by updating them): the groups carry the types' own colours, or its defaults come back.
    net.options["groups"] = {entry.type: {"color": entry.color} for entry in legend(graph, selection)}
    return net


def options(node_count: int) -> dict[str, Any]:
    """vis-network options: nodes arrive laid out (layout.py); physics relaxes them, and past
    PHYSICS_LIMIT nodes it runs a few iterations and then switches off (page.html)."""
    big = node_count > PHYSICS_LIMIT
    crowded = node_count > CROWDED
    return {
        "autoResize": True,
        "nodes": {
            "shape": "dot",
            "scaling": {"min": 6, "max": 42,
                        # crowded pages: hubs' labels larger, small nodes' wait for a zoom (else the
                        # overview is all text, or no text at all)
                        "label": {"enabled": True, "min": 12, "max": 80 if crowded else 40,
                                  "drawThreshold": 9 if crowded else 4,
                                  "maxVisible": 30}},
            "font": {"face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
        },
        "edges": {
            "arrows": {"to": {"enabled": not big, "scaleFactor": 0.35}},  # arrowheads halve redraw speed
            "color": {"inherit": "to", "opacity": 0.45},
            "smooth": False,
            "width": 0.7,
            "selectionWidth": 2,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -40, "centralGravity": 0.008,
                                 "springLength": 90, "springConstant": 0.06, "avoidOverlap": 0.2},
            "stabilization": {"enabled": True, "iterations": 10 if big else 150,
                              "updateInterval": 25, "fit": True},
            "minVelocity": 1.5,
        },
        "layout": {"improvedLayout": node_count <= 200, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False,
                        "hideEdgesOnDrag": big, "hideEdgesOnZoom": big, "multiselect": True},
    }


@dataclass(frozen=True)
class LegendEntry:
    type: str
    color: str
    count: int


def legend(graph: KnowledgeGraph, selection: Selection) -> list[LegendEntry]:
    types = schema().nodes
    counts = Counter(graph.nodes[i].type for i in selection.nodes)
    return [LegendEntry(t, types[t].color if t in types else "#999999", counts[t])
            for t in (*types, *sorted(set(counts) - set(types))) if counts[t]]


def render_page(graph: KnowledgeGraph, selection: Selection, *, heading: str = "mlkg graph") -> str:
    """The page as one HTML string; vis-network JS/CSS inline, no external resource."""
    net = network(graph, selection)
    # The data block is ASCII-escaped JSON; the heading is the page's only raw text, and from the
    # command line it can hold a lone surrogate (an argument that is not UTF-8), which UTF-8 cannot encode.
    net.heading = _SURROGATE.sub("\ufffd", heading)
    env = Environment(loader=FileSystemLoader(str(_TEMPLATES)), autoescape=True)
    env.globals.update(
        vis_js=Markup((_VIS / "vis-network.min.js").read_text(encoding="utf-8")),
        vis_css=Markup((_VIS / "vis-network.css").read_text(encoding="utf-8")),
        legend=legend(graph, selection),
        summary=selection.summary(),
        physics_off=len(net.nodes) > PHYSICS_LIMIT,
        options_data=net.options,
    )
    net.templateEnv, net.path = env, "page.html"
    net.template = env.get_template("page.html")
    page = net.generate_html(notebook=True)  # notebook=True: render our template as set
    return page


def write_page(graph: KnowledgeGraph, target: str | Path, *, heading: str | None = None,
               **select_options: Any) -> Selection:
    """Select, render and write the page atomically; the selection says what was left out."""
    selection = select(graph, **select_options)
    write_text_atomic(Path(target), render_page(graph, selection, heading=heading or "mlkg graph"))
    return selection


@dataclass(frozen=True)
class InlinePage:
    """The page inside a notebook cell: an iframe whose ``srcdoc`` holds the whole page."""

    page: str = field(repr=False)
    selection: Selection
    height: str = "640px"

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" '
                f'style="width:100%;height:{_esc(self.height)};border:1px solid #ddd" '
                f'sandbox="allow-scripts allow-popups"></iframe>'
                f"<p>{_esc(self.selection.summary())}</p>")


def inline(graph: KnowledgeGraph, *, height: str = "640px", heading: str | None = None,
           **select_options: Any) -> InlinePage:
    """Show the page in Jupyter (offline: the iframe carries everything)."""
    selection = select(graph, **select_options)
    return InlinePage(render_page(graph, selection, heading=heading or "mlkg graph"), selection, height)


def page_data(page: str) -> dict[str, Any]:
    """The nodes and edges embedded in a page (for tests and tooling that read pages back)."""
    start = page.index('<script type="application/json" id="mlkg-data">')
    start = page.index(">", start) + 1
    end = page.index("</script>", start)
    return json.loads(page[start:end])
