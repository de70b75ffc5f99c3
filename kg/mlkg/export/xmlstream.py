"""What the streaming GraphML and GEXF writers share: element order, attribute values, escaping.

Both writers used to copy the whole graph into NetworkX and serialise it with
``xml.etree`` (0.4 GB extra at 10k abstracts). They now write element by element from the
:class:`~mlkg.graph.store.KnowledgeGraph`, and produce the very bytes the NetworkX writers
produced, so files stay comparable across versions: nodes and edges come in the order a
``networkx.MultiDiGraph`` built by :func:`mlkg.graph.nx.to_networkx` iterates them, and text is
escaped and pretty-printed as ``xml.etree.ElementTree`` does. One difference: characters XML 1.0
forbids (NUL, most C0 controls, U+FFFE, lone surrogates), which ElementTree writes as they are
into a file no parser reads, become U+FFFD (:mod:`mlkg.export.chars`).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from mlkg.graph.store import Edge, KnowledgeGraph
from mlkg.identity import uri

from .chars import xml_text

LIST_SEPARATOR = "; "
"""GraphML and GEXF hold scalars only, so tuples (aliases) are joined with this."""

DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"

EdgeKey = tuple[str, str, str]


def open_xml(path: Path) -> IO[str]:
    """A text file as ``ElementTree.write`` opens one: UTF-8, unencodable characters as references."""
    return path.open("w", encoding="utf-8", errors="xmlcharrefreplace", newline="\n")


def text(value: str) -> str:
    """Character data escaped as ElementTree escapes it (``&``, ``<``, ``>``), with the characters
    XML 1.0 forbids replaced (:func:`mlkg.export.chars.xml_text`), which ElementTree leaves in."""
    value = xml_text(value)
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    return value


def attr(value: str) -> str:
    """An attribute value escaped as ElementTree escapes it (also quotes and line breaks)."""
    value = text(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    if "\t" in value:
        value = value.replace("\t", "&#09;")
    return value


def attrs(pairs: dict[str, str]) -> str:
    """`` name="value"`` for each pair, in order, values escaped."""
    return "".join(f' {name}="{attr(value)}"' for name, value in pairs.items())


def scalars(data: dict[str, Any]) -> dict[str, Any]:
    """Attributes as GraphML/GEXF scalars: tuples joined, ``None`` dropped (order kept)."""
    return {k: (LIST_SEPARATOR.join(v) if isinstance(v, tuple) else v) for k, v in data.items() if v is not None}


def node_attrs(graph: KnowledgeGraph, node_id: str) -> dict[str, Any]:
    """A node's attributes as :func:`mlkg.graph.nx.to_networkx` gives them, as scalars; {} if dangling."""
    node = graph.nodes.get(node_id)
    if node is None:
        return {}
    return scalars({"type": node.type, "label": node.label, "uri": uri(node.id), **node.props})


def edge_attrs(edge: Edge) -> dict[str, Any]:
    """An edge's attributes as :func:`mlkg.graph.nx.to_networkx` gives them, as scalars."""
    return scalars({"rel": edge.rel, **edge.props})


class Order:
    """Nodes and edges in NetworkX's order, from sorted keys: no copy of the graph.

    NetworkX lists the nodes as they were added (sorted ids, then the endpoints of edges
    that have no node, as edges add them) and a node's out-edges grouped by target, targets
    in the order their first edge was added, so that order is rebuilt here from the
    sorted edge keys (one list of references, not a graph).
    """

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        self.edge_keys: list[EdgeKey] = sorted(graph.edges)
        self.dangling: tuple[str, ...] = tuple(dict.fromkeys(
            end for source, _, target in self.edge_keys for end in (source, target) if end not in graph.nodes))

    def nodes(self) -> Iterator[str]:
        yield from sorted(self.graph.nodes)
        yield from self.dangling

    def edges(self) -> Iterator[Edge]:
        later: dict[str, list[EdgeKey]] = {}
        for source, group in groupby(self.edge_keys, key=itemgetter(0)):
            if source in self.graph.nodes:
                yield from self._by_target(group)
            else:  # a node the edges added: NetworkX lists it, and its edges, after the others
                later[source] = list(group)
        for source in self.dangling:
            yield from self._by_target(later.get(source, ()))

    def _by_target(self, keys: Any) -> Iterator[Edge]:
        targets: dict[str, list[EdgeKey]] = {}
        for key in keys:
            targets.setdefault(key[2], []).append(key)
        for same_target in targets.values():
            for key in same_target:
                yield self.graph.edges[key]
