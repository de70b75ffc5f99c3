"""mlkg.stores.neo4j without a server: settings, and one-line coded errors that tell reads from exports."""

from __future__ import annotations

import socket

import pytest

from mlkg.export.neo4j import Neo4jExportError, export_neo4j
from mlkg.graph.store import KnowledgeGraph, Node
from mlkg.query.cypher import run_cypher
from mlkg.stores.neo4j import (
    DEFAULT_URI,
    Connection,
    CypherError,
    Neo4jError,
    Neo4jUnavailable,
    Session,
    lucene_escape,
    lucene_phrase,
    one_line,
)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _nowhere() -> Connection:
    return Connection(f"bolt://127.0.0.1:{_closed_port()}", "neo4j", "x")


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    assert Connection.from_env() == Connection(DEFAULT_URI, "neo4j", "", None)
    monkeypatch.setenv("NEO4J_URI", "bolt://env:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "env-secret")
    monkeypatch.setenv("NEO4J_DATABASE", "envdb")
    assert Connection.from_env() == Connection("bolt://env:7687", "neo4j", "env-secret", "envdb")
    given = Connection.from_env("bolt://arg:7687", "me", "", "argdb")
    assert given == Connection("bolt://arg:7687", "me", "", "argdb")  # an empty password is a password


def test_an_unreachable_server_is_a_coded_one_line_read_error() -> None:
    with pytest.raises(Neo4jUnavailable) as info:
        Session(_nowhere())
    message = str(info.value)
    assert info.value.code == "E502" and "cannot reach Neo4j" in message and "\n" not in message
    assert "is the server running?" in message


def test_a_read_on_an_unusable_server_is_not_an_export_error() -> None:
    with pytest.raises(Neo4jError) as info:
        run_cypher(_nowhere(), "RETURN 1")
    assert isinstance(info.value, Neo4jUnavailable) and not isinstance(info.value, Neo4jExportError)


def test_an_export_to_an_unusable_server_is_an_export_error_that_keeps_the_cause() -> None:
    graph = KnowledgeGraph({"entity/a": Node("entity/a", "Model", "A")})
    with pytest.raises(Neo4jExportError, match="cannot reach Neo4j") as info:
        export_neo4j(graph, _nowhere())
    assert info.value.code == "E502" and isinstance(info.value.__cause__, Neo4jUnavailable)


@pytest.mark.parametrize("uri", ["localhost:7687", "ftp://localhost:7687"])
def test_a_bad_uri_says_which_schemes_work(uri: str) -> None:
    with pytest.raises(Neo4jUnavailable) as info:
        Session(Connection(uri, "neo4j", "x"))
    assert info.value.code == "E503" and "bolt://HOST:7687" in str(info.value) and "\n" not in str(info.value)


def test_the_errors_share_one_base() -> None:
    assert issubclass(Neo4jUnavailable, Neo4jError) and issubclass(CypherError, Neo4jError)
    assert one_line(ValueError("a\n  b\tc")) == "a b c"


def test_lucene_escape_escapes_every_operator_character_and_nothing_else() -> None:
    special = '+-&|!(){}[]^"~*?:\\/'
    assert lucene_escape(special) == "".join("\\" + c for c in special)
    assert lucene_escape("GPT-4 (turbo)") == "GPT\\-4 \\(turbo\\)"
    assert lucene_escape("Ünïcode naïve 3.5 AND") == "Ünïcode naïve 3.5 AND"


def test_lucene_phrase_quotes_the_escaped_text() -> None:
    assert lucene_phrase('say "hi" \\ now') == '"say \\"hi\\" \\\\ now"'
    assert lucene_phrase("") == '""'
