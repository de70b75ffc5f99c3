"""Which part of a graph the page shows.

A browser draws a few thousand nodes at most, and a 75k-abstract graph has hundreds of
thousands, so every page is a selection: node types, a minimum number of papers, an
ego graph around one name, and the top N by degree. The selection remembers what it
left out, so the page and the CLI can say so instead of silently showing less.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from mlkg.errors import Errors, MlkgError
from mlkg.graph.store import KnowledgeGraph
from mlkg.identity import name_key
from mlkg.ontology.schema import schema

#: Node types a page shows unless told otherwise: the things a paper works with. Persons,
#: results and metrics are many and small; ask for them with ``types``.
DEFAULT_TYPES = ("Paper", "Model", "Dataset", "Benchmark", "Organization", "Repository")
#: Nodes on a page unless told otherwise; past this, layout and drawing stop feeling instant.
DEFAULT_TOP = 1000
#: Without a focus, a paper on a cut page must link this many of the chosen hubs.
MIN_PAPER_LINKS = 2
#: On a cut page, connected components smaller than the largest by this factor are left out.
STRAY_FRACTION = 4


class SelectionError(MlkgError, ValueError):
    """A selection option that cannot be met (unknown type, a focus name not in the graph)."""


@dataclass(frozen=True)
class Selection:
    """The nodes and edges a page shows, with what was left out and why."""

    nodes: tuple[str, ...]
    edges: tuple[tuple[str, str, str], ...]
    degree: dict[str, int] = field(repr=False)
    papers: dict[str, int] = field(repr=False)
    total_nodes: int = 0
    total_edges: int = 0
    #: nodes dropped per reason, in the order the filters ran (types, min_papers, focus, top, stray)
    left_out: dict[str, int] = field(default_factory=dict)
    focus: tuple[str, ...] = ()

    def summary(self) -> str:
        shown = f"showing {len(self.nodes):,} of {self.total_nodes:,} nodes and " \
                f"{len(self.edges):,} of {self.total_edges:,} edges"
        reasons = {
            "types": "of other types",
            "min_papers": "in too few papers",
            "focus": "outside the focus",
            "top": "below the top by degree",
            "stray": "in stray components",
        }
        dropped = [f"{n:,} {reasons.get(k, k)}" for k, n in self.left_out.items() if n]
        return shown + (f"; left out {', '.join(dropped)}" if dropped else "")


def paper_counts(graph: KnowledgeGraph) -> dict[str, int]:
    """Distinct papers behind each node: extracted edges name their paper, a paper's own edges
    (authors) count for it, and a result's metric counts the result's papers."""
    papers: dict[str, set[str]] = defaultdict(set)
    from_results: list[tuple[str, str]] = []
    for (source, _rel, target), edge in graph.edges.items():
        paper = edge.props.get("paper")
        if not paper and source in graph.nodes and graph.nodes[source].type == "Paper":
            paper = source
        if paper:
            papers[target].add(paper)
            papers[source].add(paper)
        elif source in graph.nodes and graph.nodes[source].type == "Result":
            from_results.append((source, target))
    for result, target in from_results:
        papers[target] |= papers[result]
    counts = {node: len(ps) for node, ps in papers.items()}
    for node in graph.nodes.values():
        if node.type == "Paper":
            counts[node.id] = 1
    return counts


def find_nodes(graph: KnowledgeGraph, name: str, among: Iterable[str] | None = None) -> list[str]:
    """Nodes whose label, alias or id spells ``name`` (spelling-insensitive, as resolution is)."""
    wanted = name_key(name)
    ids = graph.nodes if among is None else among
    hits = []
    for node_id in ids:
        node = graph.nodes[node_id]
        names = (node.label, node_id, node_id.split("/", 1)[-1], *node.props.get("aliases", ()))
        if any(name_key(str(n)) == wanted for n in names if n):
            hits.append(node_id)
    return hits


def _suggest(graph: KnowledgeGraph, name: str) -> str:
    labels = sorted({n.label for n in graph.nodes.values() if n.type != "Paper"})
    close = difflib.get_close_matches(name, labels, n=5, cutoff=0.6)
    return f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""


def _top(graph: KnowledgeGraph, keep: set[str], degree: dict[str, int],
         neighbours: dict[str, set[str]], top: int, centres: tuple[str, ...]) -> set[str]:
    """The ``top`` best-connected nodes, as a picture that stays connected.

    Entities link to each other through papers, so the plain top-N by degree is all hubs and
    no edges. Entities rank by degree; papers rank by how many of the chosen entities they
    link, so the page shows the hubs and the papers between them. Without a focus a paper must
    link two chosen hubs (a paper on one hub is a leaf that only adds clutter), and more hubs
    come in while such papers run out. Focus nodes always stay, and ties break on the id, so
    a page is reproducible.
    """
    rank = sorted(keep, key=lambda i: (i not in centres, -degree[i], i))
    position = {i: n for n, i in enumerate(rank)}
    papers = [i for i in rank if graph.nodes[i].type == "Paper"]
    others = [i for i in rank if graph.nodes[i].type != "Paper"]
    if not papers or not others:
        return set(rank[:top])
    needed = 0 if centres else MIN_PAPER_LINKS

    def pick(hubs: int) -> tuple[set[str], list[str]]:
        chosen = set(centres) | set(others[:hubs])
        chosen = set(sorted(chosen, key=position.__getitem__)[:top])
        links = {p: len(neighbours[p] & chosen) for p in papers if p not in chosen}
        return chosen, sorted((p for p, n in links.items() if n >= needed),
                              key=lambda p: (-links[p], -degree[p], p))

    low = max(top * 2 // 5, top - len(papers))
    chosen, linking = pick(low)
    if not centres and len(chosen) + len(linking) < top < len(keep):
        # Too few papers between the hubs: the fewest more hubs that fill the page (more hubs
        # only add papers, so bisect).
        high = len(others)
        while low < high:
            middle = (low + high) // 2
            chosen, linking = pick(middle)
            low, high = (low, middle) if len(chosen) + len(linking) >= top else (middle + 1, high)
        chosen, linking = pick(low)
    chosen |= set(linking[: top - len(chosen)])
    if centres:
        for i in rank:  # fill up with what remains, if papers ran out
            if len(chosen) >= top:
                break
            chosen.add(i)
    return chosen


def _main_components(keep: set[str], neighbours: dict[str, set[str]], centres: tuple[str, ...]) -> set[str]:
    """The largest connected component, any nearly as large, and those holding a focus node.

    Cutting a big graph to its top nodes leaves stray pieces (a hub whose papers were cut, a
    pair of papers on their own); laid out, they push the main picture into a corner.
    """
    parts: list[set[str]] = []
    seen: set[str] = set()
    for start in sorted(keep):
        if start in seen:
            continue
        part, frontier = {start}, [start]
        while frontier:
            node = frontier.pop()
            for m in neighbours[node]:
                if m in keep and m not in part:
                    part.add(m)
                    frontier.append(m)
        seen |= part
        parts.append(part)
    largest = max((len(p) for p in parts), default=0)
    return {n for p in parts
            if p & set(centres) or (len(p) * STRAY_FRACTION >= largest and (len(p) > 1 or largest == 1))
            for n in p}


def select(graph: KnowledgeGraph, *, types: Iterable[str] | None = None, min_papers: int = 1,
           focus: str | None = None, hops: int = 1, top: int | None = DEFAULT_TOP) -> Selection:
    """Pick the nodes and edges to draw; ``top=None`` or ``0`` keeps every remaining node."""
    if isinstance(types, str):
        types = [t.strip() for t in types.split(",")]
    wanted_types = tuple(types) if types else DEFAULT_TYPES
    known = set(schema().nodes) | {n.type for n in graph.nodes.values()}
    unknown = sorted(set(wanted_types) - known)
    if unknown:
        raise SelectionError(Errors.E601.format(names=", ".join(unknown), valid=", ".join(sorted(known))))
    if min_papers < 0 or hops < 0 or (top is not None and top < 0):
        raise SelectionError(Errors.E602)

    left_out: dict[str, int] = {}
    papers = paper_counts(graph)
    keep = {i for i, n in graph.nodes.items() if n.type in wanted_types}
    left_out["types"] = len(graph.nodes) - len(keep)

    before = len(keep)
    keep = {i for i in keep if graph.nodes[i].type == "Paper" or papers.get(i, 0) >= min_papers}
    left_out["min_papers"] = before - len(keep)

    neighbours: dict[str, set[str]] = defaultdict(set)
    for source, _rel, target in graph.edges:
        if source in keep and target in keep and source != target:
            neighbours[source].add(target)
            neighbours[target].add(source)

    centres: tuple[str, ...] = ()
    if focus:
        hits = find_nodes(graph, focus, keep)
        if not hits:
            raise SelectionError(Errors.E603.format(name=focus, suggestion=_suggest(graph, focus)))
        centres = tuple(sorted(hits))
        reached, frontier = set(hits), set(hits)
        for _ in range(hops):
            frontier = {m for n in frontier for m in neighbours[n]} - reached
            reached |= frontier
        left_out["focus"] = len(keep) - len(reached)
        keep = reached

    degree = {i: sum(1 for m in neighbours[i] if m in keep) for i in keep}
    if top and len(keep) > top:
        before = len(keep)
        keep = _top(graph, keep, degree, neighbours, top, centres)
        left_out["top"] = before - len(keep)
        main = _main_components(keep, neighbours, centres)
        left_out["stray"] = len(keep) - len(main)
        keep = main
        degree = {i: sum(1 for m in neighbours[i] if m in keep) for i in keep}

    edges = tuple(sorted(k for k in graph.edges if k[0] in keep and k[2] in keep))
    nodes = tuple(sorted(keep, key=lambda i: (-degree[i], i)))
    return Selection(nodes=nodes, edges=edges, degree=degree,
                     papers={i: papers.get(i, 0) for i in nodes}, total_nodes=len(graph.nodes),
                     total_edges=len(graph.edges), left_out=left_out, focus=centres)
