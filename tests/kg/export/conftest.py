"""A Neo4j server for the export tests: `bash tests/neo4j/server.sh start` (CI does it).

Outside CI a missing server skips these tests with the reason; with
MLKG_REQUIRE_NEO4J=1 (set by .ci/run) it fails them. The tests wipe the
database, so they refuse to touch one that holds anything but mlkg nodes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mlkg.export.neo4j import label
from mlkg.graph.store import KnowledgeGraph, Node
from mlkg.ontology.schema import schema
from mlkg.stores.neo4j import NAMES_INDEX, Connection, Neo4jError, Session, lucene_phrase

TEST_PASSWORD = "mlkg-test-password"


def connection() -> Connection:
    return Connection.from_env(password=os.environ.get("NEO4J_PASSWORD", TEST_PASSWORD))


@pytest.fixture(scope="session")
def neo4j_conn() -> Connection:
    conn = connection()
    try:
        with Session(conn) as session:
            labels = [label(t) for t in schema().nodes]
            _, rows = session.read("MATCH (n) WHERE none(l IN labels(n) WHERE l IN $labels) RETURN count(n)",
                                   {"labels": labels})
    except Neo4jError as exc:
        if os.environ.get("MLKG_REQUIRE_NEO4J"):
            pytest.fail(f"MLKG_REQUIRE_NEO4J is set but Neo4j is not usable: {exc}")
        pytest.skip(f"no Neo4j server ({exc}); start one with `bash tests/neo4j/server.sh start`")
    if rows[0][0]:
        message = f"{conn.uri} holds {rows[0][0]} nodes that mlkg did not write; refusing to wipe it"
        if os.environ.get("MLKG_REQUIRE_NEO4J"):
            pytest.fail(message)
        pytest.skip(message)
    return conn


def wipe(conn: Connection) -> None:
    """Delete everything, a slice at a time, so a big leftover graph fits the transaction memory."""
    with Session(conn) as session:
        while session.write("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n").nodes_deleted:
            pass


@pytest.fixture
def empty_neo4j(neo4j_conn: Connection) -> Iterator[Connection]:
    wipe(neo4j_conn)
    yield neo4j_conn


def script_statements(path: Path) -> list[str]:
    """The statements of a cypher-shell script as mlkg writes one: ``//`` comments, one statement a line."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("//")]
    assert lines and all(line.endswith(";") for line in lines), lines
    return [line[:-1] for line in lines]


def run_script(conn: Connection, path: Path) -> None:
    """Run a script's statements as cypher-shell would, one after the other."""
    with Session(conn) as session:
        for statement in script_statements(path):
            session.write(statement)


def schema_of(conn: Connection) -> list[tuple[Any, ...]]:
    """The server's constraints and indexes that mlkg makes, as (name, type, labels, properties)."""
    with Session(conn) as session:
        _, rows = session.read("SHOW INDEXES YIELD name, type, labelsOrTypes, properties "
                               "WHERE name STARTS WITH 'mlkg_' RETURN name, type, labelsOrTypes, properties")
    return sorted((name, kind, tuple(sorted(names)), tuple(props)) for name, kind, names, props in rows)


def named(conn: Connection, name: str) -> list[str]:
    """Ids of the nodes whose name or an alias is ``name`` (any case), found through the full-text index."""
    with Session(conn) as session:
        _, rows = session.read(
            "CALL db.index.fulltext.queryNodes($index, $phrase) YIELD node "
            "WHERE toLower(node.name) = toLower($name) OR any(a IN coalesce(node.aliases, []) "
            "WHERE toLower(a) = toLower($name)) RETURN node.id ORDER BY node.id",
            {"index": NAMES_INDEX, "phrase": lucene_phrase(name), "name": name})
    return [row[0] for row in rows]


def aliased(graph: KnowledgeGraph) -> tuple[Node, str]:
    """The first node of ``graph`` whose type is in the names index and that has an alias, and that alias."""
    return next((node, node.props["aliases"][0]) for node in sorted(graph.nodes.values(), key=lambda n: n.id)
                if schema().node(node.type).neo4j_name_index and node.props.get("aliases"))


def expected_named(graph: KnowledgeGraph, name: str) -> list[str]:
    """Ids of the nodes in the names index whose name or an alias is ``name`` (any case), by the graph."""
    return sorted(node.id for node in graph.nodes.values() if schema().node(node.type).neo4j_name_index
                  and name.lower() in {node.label.lower(), *(a.lower() for a in node.props.get("aliases", ()))})


def dates(conn: Connection) -> list[list[Any]]:
    """Every paper's ``published``: (id, Cypher value type, value as Python reads it)."""
    with Session(conn) as session:
        _, rows = session.read("MATCH (p:Paper) WHERE p.published IS NOT NULL "
                               "RETURN p.id, valueType(p.published), p.published ORDER BY p.id")
    return rows
