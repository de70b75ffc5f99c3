"""GEXF (Gephi) writer, streamed: one pass finds attributes and time format, a second writes.

The file is byte for byte what ``networkx.write_gexf`` wrote for
:func:`mlkg.graph.nx.to_networkx` (``networkx.read_gexf`` reads it back), without a NetworkX
copy of the graph. As there, GEXF's reserved names become XML attributes: a node's ``label``
(and ``pid``, ``start``, ``end``), an edge's ``label``, ``weight``, ``type``, ``start`` and
``end`` (the evidence offsets, which make Gephi see a dynamic graph with ``long`` times);
the edge key (the relation) is the ``networkx_key`` attribute and edges are numbered 0, 1, ...
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

from mlkg.files import atomic_path
from mlkg.graph.store import Edge, KnowledgeGraph

from .xmlstream import DECLARATION, Order, attr, attrs, edge_attrs, node_attrs, open_xml, text

ROOT = ('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
        'version="1.2">')
_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_NODE_XML = ("pid", "start", "end")  # after id and label
_EDGE_XML = ("label", "weight", "type", "start", "end")
_UNSUPPORTED = ("parents", "spells", "viz")  # structured in GEXF; mlkg never has them
_FLOATS = {"inf": "INF", "nan": "NaN", "-inf": "-INF"}

AttrKey = tuple[str, str]  # class ("node" or "edge"), title


def _type(value: Any) -> str:
    try:
        return _TYPES[type(value)]
    except KeyError:
        raise TypeError(f"GEXF does not support {type(value)} as attribute values") from None


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return _FLOATS.get(str(value), str(value))
    return str(value)


def _time_format(value: Any) -> str:
    if isinstance(value, str):
        return "date"
    if isinstance(value, float):
        return "double"
    if isinstance(value, int):
        return "long"
    raise TypeError(f"GEXF start/end must be int, float or str, not {type(value)}")


def _split(data: dict[str, Any], reserved: tuple[str, ...]) -> tuple[dict[str, str], dict[str, Any]]:
    """(XML attributes, attvalues): GEXF's reserved names leave the attribute values."""
    clash = [name for name in _UNSUPPORTED if name in data]
    if clash:
        raise ValueError(f"GEXF reserves the attribute name {clash[0]!r}; rename it in the graph")
    xml = {name: data.pop(name) for name in reserved if name in data}
    return xml, data


class _Plan:
    """The first pass: attribute ids, the graph's mode and time format, the edges' given ids."""

    def __init__(self, graph: KnowledgeGraph, order: Order) -> None:
        self.ids: dict[AttrKey, tuple[str, str]] = {}  # -> (id, type of its first value)
        self.time_format: str | None = None
        self.given_ids = {str(e.props["id"]) for e in graph.edges.values() if e.props.get("id") is not None}
        for node in order.nodes():
            xml, data = self.node(graph, node)
            self._note("node", xml, data)
        for edge in order.edges():
            xml, data = self.edge(edge, 0)
            self._note("edge", xml, data)

    @staticmethod
    def node(graph: KnowledgeGraph, node: str) -> tuple[dict[str, str], dict[str, Any]]:
        data = node_attrs(graph, node)
        head = {"id": str(data.pop("id", node)), "label": str(data.pop("label", node))}
        xml, data = _split(data, _NODE_XML)
        return head | xml, data

    @staticmethod
    def edge(edge: Edge, number: int) -> tuple[dict[str, str], dict[str, Any]]:
        data = edge_attrs(edge)
        data["key"] = edge.rel
        given = data.pop("id", None)
        xml, data = _split(data, _EDGE_XML)
        head = {"source": edge.source, "target": edge.target, "id": str(number if given is None else given)}
        return head | xml, {("networkx_key" if k == "key" else k): v for k, v in data.items()}

    def _note(self, cls: str, xml: dict[str, Any], data: dict[str, Any]) -> None:
        for name in ("start", "end"):
            if name in xml:
                self.time_format = _time_format(xml[name])
        for title, value in data.items():
            if (cls, title) not in self.ids:
                self.ids[(cls, title)] = (str(len(self.ids)), _type(value))


def _element(tag: str, xml: dict[str, Any], data: dict[str, Any], ids: dict[AttrKey, tuple[str, str]],
             cls: str) -> str:
    head = f"      <{tag}{attrs({k: str(v) for k, v in xml.items()})}"
    if not data:
        return head + " />\n"
    lines = [head + ">\n", "        <attvalues>\n"]
    for title, value in data.items():
        lines.append(f'          <attvalue for="{ids[(cls, title)][0]}" value="{attr(_value(value))}" />\n')
    lines.append(f"        </attvalues>\n      </{tag}>\n")
    return "".join(lines)


def _edge_numbers(given: set[str]) -> Iterator[int]:
    """0, 1, 2, ... skipping the ids some edges already carry."""
    return (n for n in itertools.count() if str(n) not in given)


def write_gexf(graph: KnowledgeGraph, target: Path) -> None:
    order = Order(graph)
    plan = _Plan(graph, order)
    graph_attrs = {"defaultedgetype": "directed", "mode": "dynamic" if plan.time_format else "static", "name": ""}
    if plan.time_format:
        graph_attrs["timeformat"] = plan.time_format
    classes = list(dict.fromkeys(cls for cls, _ in plan.ids))
    with atomic_path(target) as tmp, open_xml(tmp) as out:
        out.write(DECLARATION + ROOT + "\n")
        out.write(f'  <meta lastmodifieddate="{time.strftime("%Y-%m-%d")}">\n'
                  f"    <creator>{text('NetworkX ' + version('networkx'))}</creator>\n  </meta>\n")
        out.write(f"  <graph{attrs(graph_attrs)}>\n")
        for cls in reversed(classes):  # NetworkX inserts each new class of attributes first
            out.write(f'    <attributes mode="static" class="{cls}">\n')
            for (of, title), (key, kind) in plan.ids.items():
                if of == cls:
                    out.write(f"      <attribute{attrs({'id': key, 'title': title, 'type': kind})} />\n")
            out.write("    </attributes>\n")
        out.write("    <nodes>\n" if graph.nodes or order.dangling else "    <nodes />\n")
        for node in order.nodes():
            out.write(_element("node", *plan.node(graph, node), plan.ids, "node"))
        if graph.nodes or order.dangling:
            out.write("    </nodes>\n")
        out.write("    <edges>\n" if graph.edges else "    <edges />\n")
        numbers = _edge_numbers(plan.given_ids)
        for edge in order.edges():
            number = next(numbers) if edge.props.get("id") is None else 0
            out.write(_element("edge", *plan.edge(edge, number), plan.ids, "edge"))
        if graph.edges:
            out.write("    </edges>\n")
        out.write("  </graph>\n</gexf>\n")
