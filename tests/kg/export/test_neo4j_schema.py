"""What the Neo4j export adds for Cypher users, on a real server (see conftest.py): shared
ancestor labels, the full-text index of names and aliases, dates, and constraints.cypher."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from mlkg.build.pipeline import build
from mlkg.export.neo4j import (
    NAME_PROPERTIES,
    export_neo4j,
    identifier,
    labels,
    merge_label,
    names_index_labels,
)
from mlkg.export.neo4j_import import CONSTRAINTS_FILE, write_neo4j_import
from mlkg.graph.store import KnowledgeGraph, Node
from mlkg.ontology.schema import schema
from mlkg.query.cypher import run_cypher
from mlkg.stores.neo4j import NAMES_INDEX, Connection, CypherError, Session, lucene_escape

from .conftest import aliased, dates, expected_named, named, run_script, schema_of

pytestmark = pytest.mark.neo4j

REPO = Path(__file__).parents[3]
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
LUCENE_HOSTILE = 'a+b && c || d! (e) {f} [g] ^h "i" ~j *k ?l :m \\n /o AND NOT'


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    return build([REPO / "examples"], tmp_path_factory.mktemp("example"), formats=("nt",), extractor="spacy").graph


def _copy(graph: KnowledgeGraph) -> KnowledgeGraph:
    return KnowledgeGraph({k: Node(n.id, n.type, n.label, dict(n.props)) for k, n in graph.nodes.items()},
                          dict(graph.edges))


def _labels_by_id(conn: Connection) -> dict[str, list[str]]:
    with Session(conn) as session:
        _, rows = session.read("MATCH (n) RETURN n.id, labels(n)")
    return {node_id: sorted(names) for node_id, names in rows}


def _expected_schema(graph: KnowledgeGraph) -> list[tuple[Any, ...]]:
    every = {name for t in schema().nodes for name in labels(t)} | {
        name for n in graph.nodes.values() for name in labels(n.type)}
    return sorted([(f"mlkg_{name.lower()}_id", "RANGE", (name,), ("id",)) for name in every] +
                  [(NAMES_INDEX, "FULLTEXT", tuple(names_index_labels()), NAME_PROPERTIES)])


def _drop_mlkg_schema(conn: Connection) -> None:
    with Session(conn) as session:
        _, constraints = session.read("SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'mlkg_' RETURN name")
        for (name,) in constraints:
            session.write(f"DROP CONSTRAINT {identifier(name)} IF EXISTS")
        session.write(f"DROP INDEX {NAMES_INDEX} IF EXISTS")
    assert schema_of(conn) == []


def test_every_node_carries_its_type_label_and_its_ancestors(example: KnowledgeGraph,
                                                               empty_neo4j: Connection) -> None:
    export_neo4j(example, empty_neo4j)
    assert _labels_by_id(empty_neo4j) == {n.id: sorted(labels(n.type)) for n in example.nodes.values()}
    ancestors = Counter(a for n in example.nodes.values() for a in schema().node(n.type).neo4j_ancestors)
    assert ancestors, "the mapping gives no node type an ancestor label"
    with Session(empty_neo4j) as session:
        for ancestor, count in ancestors.items():
            _, rows = session.read(f"MATCH (n:{identifier(ancestor)}) RETURN count(n)")
            assert rows == [[count]], ancestor


def test_a_node_whose_type_changed_changes_label_instead_of_getting_a_twin(example: KnowledgeGraph,
                                                                          empty_neo4j: Connection) -> None:
    """An entity's type is a vote: one more paper can make a dataset a model, under the same id."""
    node = next(n for n in sorted(example.nodes.values(), key=lambda n: n.id) if schema().node(n.type).neo4j_ancestors)
    other = next(t for t in sorted(schema().nodes) if t != node.type and merge_label(t) == merge_label(node.type))
    changed = _copy(example)
    changed.nodes[node.id] = Node(node.id, other, node.label, dict(node.props))
    export_neo4j(example, empty_neo4j)
    summary = export_neo4j(changed, empty_neo4j)
    assert (summary.nodes_created, summary.relationships_created) == (0, 0)
    found = _labels_by_id(empty_neo4j)
    assert len(found) == len(example.nodes) and found[node.id] == sorted(labels(other))


def test_the_names_index_finds_a_node_by_its_name_or_any_alias_in_any_case(example: KnowledgeGraph,
                                                                           empty_neo4j: Connection) -> None:
    graph = _copy(example)
    node, alias = aliased(example)
    aliases = (*node.props["aliases"], "GPT-4 (turbo)", LUCENE_HOSTILE)
    graph.nodes[node.id] = Node(node.id, node.type, node.label, {**node.props, "aliases": aliases})
    export_neo4j(graph, empty_neo4j)
    with Session(empty_neo4j) as session:
        _, rows = session.read("SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties "
                               "WHERE name = $name RETURN state, labelsOrTypes, properties", {"name": NAMES_INDEX})
    assert [[state, sorted(names), props] for state, names, props in rows] == [
        ["ONLINE", names_index_labels(), list(NAME_PROPERTIES)]]
    for name in (node.label, alias, *aliases):
        for spelling in (name, name.upper(), name.lower(), name.swapcase()):
            found = named(empty_neo4j, spelling)
            assert node.id in found and found == expected_named(graph, spelling), spelling
    assert node.id not in named(empty_neo4j, "GPT-4")  # a phrase of the alias is not the alias
    with Session(empty_neo4j) as session:
        _, hits = session.read("CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.id",
                               {"index": NAMES_INDEX, "query": lucene_escape(LUCENE_HOSTILE.lower())})
        assert [node.id] in hits  # escaped, the terms are words, not operators
        with pytest.raises(CypherError, match="queryNodes"):  # unescaped, Lucene cannot parse it
            session.read("CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.id",
                         {"index": NAMES_INDEX, "query": LUCENE_HOSTILE})


def test_published_is_a_neo4j_date(example: KnowledgeGraph, empty_neo4j: Connection) -> None:
    export_neo4j(example, empty_neo4j)
    expected = sorted([n.id, "DATE NOT NULL", dt.date.fromisoformat(str(n.props["published"]))]
                      for n in example.nodes.values() if n.props.get("published"))
    assert expected and dates(empty_neo4j) == expected
    with Session(empty_neo4j) as session:
        _, years = session.read("MATCH (p:Paper) WHERE p.published IS NOT NULL "
                                "RETURN p.published.year AS year, count(*) ORDER BY year")
    assert dict(map(tuple, years)) == dict(Counter(day.year for _, _, day in expected))  # type: ignore[arg-type]
    assert {type(day) for _, _, day in dates(empty_neo4j)} == {dt.date}  # read back as Python's, not the driver's
    read = run_cypher(empty_neo4j, "MATCH (p:Paper) WHERE p.published IS NOT NULL RETURN p.published AS day LIMIT 1")
    day = read.rows[0][0]
    assert isinstance(day, dt.date) and read.terms[0][0] == ox.Literal(day.isoformat(), datatype=ox.NamedNode(XSD_DATE))


def test_constraints_cypher_makes_what_the_export_makes_and_runs_twice(example: KnowledgeGraph, tmp_path: Path,
                                                                       empty_neo4j: Connection) -> None:
    _drop_mlkg_schema(empty_neo4j)
    write_neo4j_import(example, tmp_path)
    for _ in range(2):
        run_script(empty_neo4j, tmp_path / CONSTRAINTS_FILE)
        assert schema_of(empty_neo4j) == _expected_schema(example)
    export_neo4j(example, empty_neo4j)  # the export finds its schema there, and keeps it
    assert schema_of(empty_neo4j) == _expected_schema(example)
    _drop_mlkg_schema(empty_neo4j)
    export_neo4j(example, empty_neo4j)
    assert schema_of(empty_neo4j) == _expected_schema(example)
    run_script(empty_neo4j, tmp_path / CONSTRAINTS_FILE)  # and the script on an exported database changes nothing
    assert schema_of(empty_neo4j) == _expected_schema(example)


def test_a_names_index_of_another_shape_is_replaced(example: KnowledgeGraph, empty_neo4j: Connection) -> None:
    """``IF NOT EXISTS`` would keep an older mapping's index; the export replaces it."""
    with Session(empty_neo4j) as session:
        session.write(f"DROP INDEX {NAMES_INDEX} IF EXISTS")
        session.write(f"CREATE FULLTEXT INDEX {NAMES_INDEX} FOR (n:{labels('Paper')[-1]}) ON EACH [n.name]")
    export_neo4j(example, empty_neo4j)
    assert schema_of(empty_neo4j) == _expected_schema(example)
    node, alias = aliased(example)
    assert node.id in named(empty_neo4j, alias) and named(empty_neo4j, alias) == expected_named(example, alias)
