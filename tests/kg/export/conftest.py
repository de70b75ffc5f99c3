"""A Neo4j server for the export tests: `bash tests/neo4j/server.sh start` (CI does it).

Outside CI a missing server skips these tests with the reason; with
MLKG_REQUIRE_NEO4J=1 (set by .ci/run) it fails them. The tests wipe the
database, so they refuse to touch one that holds anything but mlkg nodes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from mlkg.export.neo4j import label
from mlkg.ontology.schema import schema
from mlkg.stores.neo4j import Connection, Neo4jError, Session

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
