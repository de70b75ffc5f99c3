"""The Neo4j export, against a real server (see conftest.py)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shlex
import socket
import subprocess
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mlkg.build.pipeline import build
from mlkg.cli import app
from mlkg.export.chars import unicode_text
from mlkg.export.neo4j import Neo4jExportError, export_neo4j, labels, rel_type
from mlkg.export.neo4j_import import ARRAY_DELIMITER, COMMAND_FILE, CONSTRAINTS_FILE, write_neo4j_import
from mlkg.graph.rdf import to_store
from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.ontology.schema import schema
from mlkg.queries import available
from mlkg.query.cypher import run_cypher
from mlkg.query.sparql import run_query
from mlkg.stores.neo4j import Connection, CypherError, Neo4jUnavailable, Session

from .conftest import aliased, dates, expected_named, named, run_script, schema_of, wipe
from .test_hostile_text import HOSTILE, SURROGATES, graph_with

pytestmark = pytest.mark.neo4j

REPO = Path(__file__).parents[3]
DATA = REPO / "tests" / "data"
FIRST = [DATA / "hf_daily_papers_page_excerpt.txt", DATA / "hf_daily_api" / "2024-10-16.json"]
LATER = [DATA / "arxiv_listing.jsonl", DATA / "hf_daily_api" / "2025-01-10.json"]


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, KnowledgeGraph]:
    out = tmp_path_factory.mktemp("example")
    return out, build([REPO / "examples"], out, formats=("nt",), extractor="spacy").graph


def _label_set(names: Iterable[str]) -> str:
    return ":".join(sorted(names))


def _counts(conn: Connection) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes by their whole set of labels (``Entity:Model``), relationships by type."""
    with Session(conn) as session:
        _, nodes = session.read("MATCH (n) RETURN labels(n)")
        _, rels = session.read("MATCH ()-[r]->() RETURN type(r) AS t, count(*) ORDER BY t")
    return dict(Counter(_label_set(row[0]) for row in nodes)), dict(map(tuple, rels))  # type: ignore[arg-type]


def _checksum(conn: Connection) -> str:
    """A hash of every node's labels and properties and every relationship's, order-independent."""
    with Session(conn) as session:
        _, nodes = session.read("MATCH (n) RETURN labels(n), properties(n)")
        _, rels = session.read("MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r)")
    rows = [[_label_set(names), props] for names, props in nodes] + rels
    lines = sorted(json.dumps(row, sort_keys=True, default=str) for row in rows)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _expected(graph: KnowledgeGraph) -> tuple[dict[str, int], dict[str, int]]:
    return (dict(Counter(_label_set(labels(n.type)) for n in graph.nodes.values())),
            dict(Counter(rel_type(e.rel) for e in graph.edges.values())))


def test_export_holds_the_same_facts_as_the_graph_and_the_rdf(example: tuple[Path, KnowledgeGraph],
                                                              empty_neo4j: Connection) -> None:
    _, graph = example
    summary = export_neo4j(graph, empty_neo4j, batch_size=50)
    assert summary.nodes_created == len(graph.nodes) and summary.relationships_created == len(graph.edges)
    assert _counts(empty_neo4j) == _expected(graph)
    store = to_store(graph)
    for node_type in schema().nodes.values():
        rdf = run_query(store, f"SELECT (COUNT(?n) AS ?c) WHERE {{ ?n a <{node_type.rdf_class}> }}").rows[0][0]
        assert _counts(empty_neo4j)[0].get(_label_set(node_type.neo4j_labels), 0) == rdf, node_type.name
    for relation in schema().relations.values():
        rdf = run_query(store, f"SELECT (COUNT(*) AS ?c) WHERE {{ ?s <{relation.rdf_property}> ?o }}").rows[0][0]
        assert _counts(empty_neo4j)[1].get(relation.neo4j_type, 0) == rdf, relation.name


def test_provenance_becomes_relationship_properties(example: tuple[Path, KnowledgeGraph],
                                                    empty_neo4j: Connection) -> None:
    _, graph = example
    export_neo4j(graph, empty_neo4j)
    edge = next(e for e in graph.edges.values() if e.rel == "uses")
    with Session(empty_neo4j) as session:
        _, rows = session.read("MATCH (a {id: $s})-[r:USES]->(b {id: $t}) RETURN properties(r)",
                               {"s": edge.source, "t": edge.target})
    assert rows == [[edge.props]]


def test_a_second_export_changes_nothing(example: tuple[Path, KnowledgeGraph], empty_neo4j: Connection) -> None:
    _, graph = example
    export_neo4j(graph, empty_neo4j)
    before = (_counts(empty_neo4j), _checksum(empty_neo4j))
    again = export_neo4j(graph, empty_neo4j, batch_size=7)
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert (_counts(empty_neo4j), _checksum(empty_neo4j)) == before


def test_an_updated_graph_adds_only_what_is_new(tmp_path: Path, empty_neo4j: Connection) -> None:
    first = build(FIRST, tmp_path / "a", formats=("nt",)).graph
    both = build(FIRST + LATER, tmp_path / "b", formats=("nt",)).graph
    export_neo4j(first, empty_neo4j)
    summary = export_neo4j(both, empty_neo4j)
    assert summary.nodes_created == len(set(both.nodes) - set(first.nodes))
    assert summary.relationships_created == len(set(both.edges) - set(first.edges))
    nodes, _ = _counts(empty_neo4j)
    assert sum(nodes.values()) == len(set(first.nodes) | set(both.nodes))


def test_text_from_abstracts_is_data_never_cypher(tmp_path: Path, empty_neo4j: Connection) -> None:
    hostile = "X'}) MATCH (n) DETACH DELETE n // \" <script>alert(1)</script> $rows {id: 1}"
    listing = tmp_path / "hostile.jsonl"
    listing.write_text(json.dumps({"title": hostile, "abstract": f"We propose {hostile}.",
                                   "arxiv_id": "2401.00001"}) + "\n", encoding="utf-8")
    graph = build([listing], tmp_path / "out", formats=("nt",)).graph
    export_neo4j(graph, empty_neo4j)
    with Session(empty_neo4j) as session:
        _, rows = session.read("MATCH (p:Paper {id: 'paper/2401.00001'}) RETURN p.title")
    assert rows == [[hostile]]
    assert sum(_counts(empty_neo4j)[0].values()) == len(graph.nodes)


def test_connection_problems_are_one_line_errors(neo4j_conn: Connection, example: tuple[Path, KnowledgeGraph]
                                                 ) -> None:
    _, graph = example
    cases = [
        (dataclasses.replace(neo4j_conn, password="wrong-password"), "authentication failed"),
        (dataclasses.replace(neo4j_conn, uri="bolt://127.0.0.1:9"), "cannot reach Neo4j"),
        (dataclasses.replace(neo4j_conn, database="no-such-db"), "database 'no-such-db' does not exist"),
    ]
    for conn, message in cases:
        with pytest.raises(Neo4jExportError, match=message) as info:
            export_neo4j(graph, conn)
        assert "\n" not in str(info.value)
        with pytest.raises(Neo4jUnavailable, match=message) as read:  # a read is not an export
            run_cypher(conn, "RETURN 1")
        assert not isinstance(read.value, Neo4jExportError) and read.value.code == info.value.code


def test_a_bad_cypher_read_is_a_coded_cypher_error(neo4j_conn: Connection) -> None:
    with pytest.raises(CypherError, match=r"^\[E505\] Cypher error: .*fix the query") as info:
        run_cypher(neo4j_conn, "MATCH (n RETURN n")
    assert "\n" not in str(info.value)


def _normal(rows: tuple[tuple[Any, ...], ...]) -> list[tuple[str, ...]]:
    def cell(value: Any) -> str:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return "" if value is None else str(value)

    return sorted(tuple(cell(v) for v in row) for row in rows)


@pytest.mark.parametrize("name", sorted(available()))
def test_each_ready_made_query_and_its_cypher_twin_agree(name: str, example: tuple[Path, KnowledgeGraph],
                                                         neo4j_conn: Connection) -> None:
    _, graph = example
    wipe(neo4j_conn)
    export_neo4j(graph, neo4j_conn)
    ready = available()[name]
    assert ready.cypher, f"{name} has no Cypher twin"
    bindings = ready.bindings()
    sparql = run_query(to_store(graph), ready.sparql, bindings)
    cypher = run_cypher(neo4j_conn, ready.cypher, bindings)
    assert cypher.columns == sparql.columns
    assert _normal(cypher.rows) == _normal(sparql.rows)
    assert sparql.rows or name in ("leaderboard", "papers-with-code-by-org", "benchmarks-per-month")


SERVER = REPO / "tests" / "neo4j" / "server.sh"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_any_listing_text_reaches_neo4j_as_utf8_can_carry_it(empty_neo4j: Connection) -> None:
    """Controls, NUL, bidi marks, astral characters and a lone surrogate (as U+FFFD) over Bolt (issue 14)."""
    text = "".join(HOSTILE.values()) + SURROGATES["lone high"]
    graph = graph_with(text)
    export_neo4j(graph, empty_neo4j)
    with Session(empty_neo4j) as session:
        _, rows = session.read("MATCH (p:Paper)-[r:USES]->(m:Model) RETURN p.title, p.abstract, r.evidence, m.aliases")
    assert rows == [["P " + unicode_text(text), unicode_text(text), unicode_text(text),
                     [unicode_text(text), "BERT-base"]]]


def test_neo4j_admin_imports_the_csvs_into_what_the_bolt_export_holds(
        example: tuple[Path, KnowledgeGraph], tmp_path: Path, empty_neo4j: Connection) -> None:
    """Runs the real `neo4j-admin database import full` (from the test launcher's jars) into a fresh
    home, starts a second server on it, and compares with the Bolt export, property by property.
    One more paper carries every hostile string (issue 14): quotes, newlines, NUL and controls in CSV."""
    _, built = example
    graph = KnowledgeGraph(dict(built.nodes), dict(built.edges))
    text = "".join(HOSTILE.values()).replace(ARRAY_DELIMITER, "")  # in an array item it becomes a space
    graph.add_node(Node("paper/hostile", "Paper", text, {"title": text, "abstract": text}))
    graph.add_node(Node("entity/hostile", "Model", text, {"aliases": (text, "H")}))
    graph.add_edge(Edge("paper/hostile", "uses", "entity/hostile", {"paper": "paper/hostile", "evidence": text,
                                                                   "confidence": 0.5, "extractor": "test"}))
    export_neo4j(graph, empty_neo4j)
    via_bolt = (_counts(empty_neo4j), _checksum(empty_neo4j), schema_of(empty_neo4j), dates(empty_neo4j))
    write_neo4j_import(graph, tmp_path / "csv")
    import_line, _, shell_line = (tmp_path / "csv" / COMMAND_FILE).read_text(encoding="utf-8").splitlines()
    args = shlex.split(import_line)
    assert args[:5] == ["neo4j-admin", "database", "import", "full", "neo4j"]
    assert shlex.split(shell_line) == ["cypher-shell", "-d", "neo4j", "-f",
                                       str((tmp_path / "csv" / CONSTRAINTS_FILE).resolve())]
    home = tmp_path / "home"
    second = dataclasses.replace(empty_neo4j, uri=f"bolt://localhost:{_free_port()}")  # beside the first
    env = {**os.environ, "NEO4J_DATA_DIR": str(home), "NEO4J_URI": second.uri, "NEO4J_PASSWORD": empty_neo4j.password}
    imported = subprocess.run(["bash", str(SERVER), "admin", *args[1:], f"--report-file={tmp_path / 'report'}"],
                              env=env, capture_output=True, text=True, timeout=300, check=False)
    assert imported.returncode == 0, imported.stdout[-2000:] + imported.stderr[-2000:]
    started = subprocess.run(["bash", str(SERVER), "start"], env=env, capture_output=True, text=True,
                             timeout=300, check=False)
    try:
        assert started.returncode == 0, started.stdout[-2000:] + started.stderr[-2000:]
        for _ in range(2):  # what the instructions say to run next, twice: it is safe to repeat
            run_script(second, tmp_path / "csv" / CONSTRAINTS_FILE)
        assert (_counts(second), _checksum(second), schema_of(second), dates(second)) == via_bolt
        entity, alias = aliased(built)
        found = named(second, alias.upper())  # the full-text index read the imported nodes
        assert entity.id in found and found == expected_named(graph, alias)
    finally:
        subprocess.run(["bash", str(SERVER), "stop"], env=env, capture_output=True, timeout=120, check=False)


def test_cli_export_and_cypher_query(example: tuple[Path, KnowledgeGraph], empty_neo4j: Connection) -> None:
    out, _ = example
    runner = CliRunner()
    env = {"NEO4J_URI": empty_neo4j.uri, "NEO4J_USER": empty_neo4j.user, "NEO4J_PASSWORD": empty_neo4j.password}
    exported = runner.invoke(app, ["export", "neo4j", str(out), "-q"], env=env)
    assert exported.exit_code == 0, exported.output
    listed = runner.invoke(app, ["query", "--cypher", "MATCH (d:Dataset) RETURN d.name AS name ORDER BY name",
                                 "--format", "csv"], env=env)
    assert listed.exit_code == 0, listed.output
    assert listed.output.splitlines()[0] == "name" and len(listed.output.splitlines()) > 2
    twin = runner.invoke(app, ["query", "--name", "leaderboard", "--neo4j", "--bind", "dataset=ImageNet-1K",
                               "--format", "json"], env=env)
    assert twin.exit_code == 0, twin.output
    assert json.loads(twin.output)["head"]["vars"][0] == "dataset"
    wrong = runner.invoke(app, ["export", "neo4j", str(out), "--password", "nope"], env=env)
    assert wrong.exit_code == 1 and "authentication failed" in wrong.output
