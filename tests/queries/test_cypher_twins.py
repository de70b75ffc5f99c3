"""Each ready-made query's Cypher twin on a real Neo4j gives its SPARQL's rows, on the hand-built
graph, for names and aliases in any case, including ones full of Lucene and Cypher syntax (the
twins look names up through the full-text index). The example graph's check is in
tests/kg/export/test_neo4j.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from mlkg import queries
from mlkg.export.neo4j import export_neo4j
from mlkg.graph.rdf import to_store
from mlkg.graph.store import KnowledgeGraph, Node
from mlkg.query.cypher import run_cypher
from mlkg.query.sparql import run_query
from mlkg.stores.neo4j import Connection

from ..kg.export.conftest import neo4j_conn, wipe  # noqa: F401 (neo4j_conn is a fixture)
from .toy_graph import toy_graph

pytestmark = pytest.mark.neo4j

MODEL_ALIAS = 'Alpha "v2" (C++) \\ [x]: AND NOT *'
DATASET_ALIAS = "CIFAR-10 {32x32} ~1 || test/val"


def _with_hostile_aliases() -> KnowledgeGraph:
    """The toy graph, its most-compared model and its most-used dataset given one more alias each."""
    graph = toy_graph()
    for node_type, alias in (("Model", MODEL_ALIAS), ("Dataset", DATASET_ALIAS)):
        counted = [(sum(e.target == n.id for e in graph.edges.values()), n.id) for n in graph.nodes_of(node_type)]
        node = graph.nodes[max(counted)[1]]
        graph.nodes[node.id] = Node(node.id, node.type, node.label,
                                    {**node.props, "aliases": (*node.props.get("aliases", ()), alias)})
    return graph


@pytest.fixture(scope="module")
def toy(neo4j_conn: Connection) -> Iterator[tuple[KnowledgeGraph, Connection]]:  # noqa: F811
    graph = _with_hostile_aliases()
    wipe(neo4j_conn)
    export_neo4j(graph, neo4j_conn)
    yield graph, neo4j_conn


def _normal(rows: tuple[tuple[Any, ...], ...]) -> list[tuple[str, ...]]:
    return sorted(tuple("" if v is None else str(float(v) if isinstance(v, int | float) else v) for v in row)
                  for row in rows)


def _names(graph: KnowledgeGraph, node_type: str) -> list[str]:
    names = [n for node in graph.nodes_of(node_type) for n in (node.label, *node.props.get("aliases", ()))]
    return sorted({spelling for name in names for spelling in (name, name.upper(), name.swapcase())})


def _cases() -> list[tuple[str, dict[str, str]]]:
    graph = _with_hostile_aliases()
    cases = [(name, {}) for name in sorted(queries.available())]
    cases += [("compared-models", {"model": m}) for m in [*_names(graph, "Model"), "no such model", '"', "\\"]]
    cases += [("leaderboard", {"dataset": d}) for d in [*_names(graph, "Dataset"), *_names(graph, "Benchmark"),
                                                         "no such dataset", "*"]]
    return cases


@pytest.mark.parametrize(("name", "given"), _cases(), ids=lambda v: v if isinstance(v, str) else repr(v))
def test_the_cypher_twin_gives_the_sparql_rows(name: str, given: dict[str, str],
                                              toy: tuple[KnowledgeGraph, Connection]) -> None:
    graph, conn = toy
    ready = queries.get(name)
    bindings = ready.bindings(given)
    sparql = run_query(to_store(graph), ready.sparql, bindings)
    cypher = run_cypher(conn, ready.cypher or "", bindings)
    assert cypher.columns == sparql.columns
    assert _normal(cypher.rows) == _normal(sparql.rows)


@pytest.mark.parametrize(("name", "param", "value"), [("compared-models", "model", MODEL_ALIAS),
                                                      ("leaderboard", "dataset", DATASET_ALIAS)])
def test_a_hostile_alias_finds_rows(name: str, param: str, value: str,
                                    toy: tuple[KnowledgeGraph, Connection]) -> None:
    """The comparison above is not empty-against-empty for the aliases full of syntax."""
    _, conn = toy
    ready = queries.get(name)
    assert run_cypher(conn, ready.cypher or "", ready.bindings({param: value.swapcase()})).rows
