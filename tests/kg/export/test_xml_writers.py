"""The streamed GraphML and GEXF writers write exactly the bytes NetworkX's writers wrote for
the same graph (the files stay comparable across versions), and NetworkX reads them back."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from mlkg.export.gexf import write_gexf
from mlkg.export.graphml import write_graphml
from mlkg.export.xmlstream import Order, scalars
from mlkg.graph.nx import to_networkx
from mlkg.graph.store import Edge, KnowledgeGraph, Node


def _networkx_bytes(graph: KnowledgeGraph, tmp_path: Path, fmt: str) -> bytes:
    """What the writers did before streaming: a scalar copy of the NetworkX view, written by NetworkX."""
    view = to_networkx(graph)
    ready = nx.MultiDiGraph()
    ready.add_nodes_from((n, scalars(a)) for n, a in view.nodes(data=True))
    ready.add_edges_from((u, v, k, scalars(a)) for u, v, k, a in view.edges(keys=True, data=True))
    path = tmp_path / f"reference.{fmt}"
    # NetworkX's own XML writer: nx.write_graphml is the lxml one when lxml is installed (pyld brings it)
    (nx.readwrite.graphml.write_graphml_xml if fmt == "graphml" else nx.write_gexf)(ready, path, encoding="utf-8")
    return path.read_bytes()


def tricky_graph() -> KnowledgeGraph:
    """Escaping, every scalar type, empty strings, tuples, a node an edge names but the graph lacks,
    and one source with edges to targets out of sorted order (NetworkX groups them by target)."""
    graph = KnowledgeGraph()
    graph.add_node(Node("paper/1", "Paper", 'A <b>"bold"</b> & \'quoted\' title',
                        {"abstract": "line one\nline two\r\n\ttabbed ]]> π0 φ0 \U0001f600", "upvotes": 3,
                         "flag": True, "off": False, "score": 0.25, "big": float("inf"), "empty": "",
                         "nothing": None, "aliases": ("x & y", "<z>")}))
    graph.add_node(Node("entity/a", "Model", "A", {"upvotes": "three"}))  # same name, another type
    graph.add_node(Node("entity/b", "Model", "B"))
    graph.add_node(Node("entity/c", "Dataset", "C", {"aliases": ()}))
    graph.add_edge(Edge("paper/1", "uses", "entity/b", {"paper": "paper/1", "start": 3, "end": 9,
                                                       "evidence": 'says "B" & <A>', "confidence": 0.9,
                                                       "extractor": "test"}))
    graph.add_edge(Edge("paper/1", "compares", "entity/b", {"paper": "paper/1", "confidence": 0.5}))
    graph.add_edge(Edge("paper/1", "uses", "entity/a", {"confidence": 1.0}))
    graph.add_edge(Edge("paper/1", "mentions", "entity/a", {}))
    graph.add_edge(Edge("paper/1", "mentions", "entity/c", {"weight": 2, "label": "l", "type": "t"}))
    graph.add_edge(Edge("entity/a", "variantOf", "entity/zz-missing", {}))
    graph.add_edge(Edge("org/missing", "affiliation", "paper/1", {"start": 1}))
    return graph


GRAPHS = {
    "tricky": tricky_graph,
    "empty": KnowledgeGraph,
    "nodes only": lambda: KnowledgeGraph({"entity/a": Node("entity/a", "Model", "A")}),
}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_streamed_writer_writes_networkx_s_bytes(name: str, fmt: str, tmp_path: Path) -> None:
    graph = GRAPHS[name]()
    target = tmp_path / f"graph.{fmt}"
    (write_graphml if fmt == "graphml" else write_gexf)(graph, target)
    assert target.read_bytes() == _networkx_bytes(graph, tmp_path, fmt)


def test_networkx_reads_the_streamed_files_back(tmp_path: Path) -> None:
    graph = tricky_graph()
    write_graphml(graph, tmp_path / "g.graphml")
    write_gexf(graph, tmp_path / "g.gexf")
    original = to_networkx(graph)
    for back in (nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True), nx.read_gexf(tmp_path / "g.gexf")):
        assert set(back.nodes) == set(original.nodes)
        assert sorted(back.edges()) == sorted((u, v) for u, v, _ in original.edges(keys=True))
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert back.nodes["paper/1"]["label"] == 'A <b>"bold"</b> & \'quoted\' title'
    assert back.nodes["paper/1"]["aliases"] == "x & y; <z>"
    assert back.nodes["paper/1"]["flag"] is True and back.nodes["paper/1"]["upvotes"] == 3


def test_order_follows_networkx_without_copying_the_graph() -> None:
    graph = tricky_graph()
    order = Order(graph)
    view = to_networkx(graph)
    assert list(order.nodes()) == list(view.nodes)
    assert [e.key for e in order.edges()] == [(u, k, v) for u, v, k in view.edges(keys=True)]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_a_failed_write_leaves_the_previous_file(fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"graph.{fmt}"
    target.write_text("previous", encoding="utf-8")
    graph = KnowledgeGraph({"entity/a": Node("entity/a", "Model", "A", {"when": object()})})
    with pytest.raises(TypeError, match="does not support"):
        (write_graphml if fmt == "graphml" else write_gexf)(graph, target)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
