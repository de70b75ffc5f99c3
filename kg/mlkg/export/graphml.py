"""GraphML writer, streamed: one pass finds the attribute keys, a second writes element by element.

GraphML holds scalars only, so tuples are joined with "; ". The file is byte for byte what
``networkx.write_graphml`` wrote for :func:`mlkg.graph.nx.to_networkx` (``networkx.read_graphml``
reads it back), without holding a NetworkX copy of the graph.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mlkg.files import atomic_path
from mlkg.graph.store import KnowledgeGraph

from .xmlstream import (
    DECLARATION,
    LIST_SEPARATOR,
    Order,
    attrs,
    edge_attrs,
    node_attrs,
    open_xml,
    text,
)

__all__ = ["LIST_SEPARATOR", "write_graphml"]

ROOT = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}

KeyId = tuple[str, str, str]  # attribute name, GraphML type, "node" or "edge"


def _type(value: Any) -> str:
    try:
        return _TYPES[type(value)]
    except KeyError:
        raise TypeError(f"GraphML does not support {type(value)} as data values") from None


def _keys(graph: KnowledgeGraph, order: Order) -> dict[KeyId, str]:
    """Every (name, type, scope) in order of first use, with its id d0, d1, ..."""
    keys: dict[KeyId, str] = {}
    for node in order.nodes():
        for name, value in node_attrs(graph, node).items():
            keys.setdefault((name, _type(value), "node"), f"d{len(keys)}")
    for edge in order.edges():
        for name, value in edge_attrs(edge).items():
            keys.setdefault((name, _type(value), "edge"), f"d{len(keys)}")
    return keys


def _element(tag: str, attributes: dict[str, str], data: dict[str, Any], scope: str,
             keys: dict[KeyId, str]) -> str:
    if not data:
        return f"    <{tag}{attrs(attributes)} />\n"
    lines = [f"    <{tag}{attrs(attributes)}>\n"]
    for name, value in data.items():
        key = keys[(name, _type(value), scope)]
        body = str(value)
        lines.append(f'      <data key="{key}">{text(body)}</data>\n' if body else f'      <data key="{key}" />\n')
    lines.append(f"    </{tag}>\n")
    return "".join(lines)


def write_graphml(graph: KnowledgeGraph, target: Path) -> None:
    order = Order(graph)
    keys = _keys(graph, order)
    with atomic_path(target) as tmp, open_xml(tmp) as out:
        out.write(DECLARATION + ROOT + "\n")
        for (name, kind, scope), key in reversed(keys.items()):  # NetworkX inserts each new key first
            out.write(f"  <key{attrs({'id': key, 'for': scope, 'attr.name': name, 'attr.type': kind})} />\n")
        if not graph.nodes and not graph.edges:
            out.write('  <graph edgedefault="directed" />\n</graphml>\n')
            return
        out.write('  <graph edgedefault="directed">\n')
        for node in order.nodes():
            out.write(_element("node", {"id": node}, node_attrs(graph, node), "node", keys))
        for edge in order.edges():
            out.write(_element("edge", {"source": edge.source, "target": edge.target, "id": edge.rel},
                               edge_attrs(edge), "edge", keys))
        out.write("  </graph>\n</graphml>\n")
