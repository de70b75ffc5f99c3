"""The neutral graph that every output is derived from.

Nodes and edges are keyed by stable ids, so adding the same fact twice (a
re-run, an update, two papers naming one model) changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Node:
    id: str
    type: str
    label: str
    props: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Support:
    """One reading behind an extracted edge: who read it, how sure, and the sentence it was read
    from (offsets into the paper's title + blank line + abstract, when known)."""

    extractor: str
    confidence: float
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Edge:
    """A directed relation; extracted edges carry provenance in ``props``.

    Provenance keys: paper, evidence, start, end, extractor, confidence (the strongest reading,
    for exporters that keep one). ``support`` keeps every reading: each extractor that asserted
    the edge and each sentence it was read from (the RDF keeps them all).
    """

    source: str
    rel: str
    target: str
    props: dict[str, Any] = field(default_factory=dict)
    support: tuple[Support, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.rel, self.target)


@dataclass
class KnowledgeGraph:
    """Nodes and edges, plus ``replaced``: retired node ids -> the node that replaces each (a paper
    first known by its title hash, then by its arXiv id). Retired ids are no nodes: exporters that
    describe identifiers (RDF: dcterms:isReplacedBy) read them from here; the others need not."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)
    replaced: dict[str, str] = field(default_factory=dict)

    def add_node(self, node: Node) -> Node:
        """Insert, or merge props into the existing node (lists are unioned in order)."""
        old = self.nodes.get(node.id)
        if old is None:
            self.nodes[node.id] = node
            return node
        for key, value in node.props.items():
            if isinstance(value, tuple):
                old.props[key] = tuple(dict.fromkeys(old.props.get(key, ()) + value))
            elif old.props.get(key) in (None, ""):
                old.props[key] = value
        return old

    def add_edge(self, edge: Edge) -> Edge:
        """Insert, or keep the props of the edge with the higher confidence; the readings
        (``support``) of both are kept."""
        old = self.edges.get(edge.key)
        if old is None:
            self.edges[edge.key] = edge
            return edge
        support = tuple(dict.fromkeys(old.support + edge.support))
        kept = edge if edge.props.get("confidence", 0) > old.props.get("confidence", 0) else old
        kept.support = support
        self.edges[edge.key] = kept
        return kept

    def nodes_of(self, node_type: str) -> Iterator[Node]:
        return (n for n in self.nodes.values() if n.type == node_type)

    def counts(self) -> dict[str, dict[str, int]]:
        nodes: dict[str, int] = {}
        for n in self.nodes.values():
            nodes[n.type] = nodes.get(n.type, 0) + 1
        edges: dict[str, int] = {}
        for e in self.edges.values():
            edges[e.rel] = edges.get(e.rel, 0) + 1
        return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}
