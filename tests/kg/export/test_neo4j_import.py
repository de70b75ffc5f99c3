"""The Neo4j bulk-import files, without a server (the server test is in test_neo4j.py)."""

from __future__ import annotations

import csv
import shlex
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDFS

from mlkg import ontology
from mlkg.export.neo4j import Neo4jExportError, labels, names_index_labels, node_properties
from mlkg.export.neo4j_import import (
    ARRAY_DELIMITER,
    COMMAND_FILE,
    CONSTRAINTS_FILE,
    write_neo4j_import,
)
from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.ontology.schema import schema
from mlkg.ontology.vocab import MLKG

TITLE = 'A "quoted", multi-line\ntitle with <script>alert(1)</script>'


def _graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_node(Node("paper/2401.00001", "Paper", TITLE, {"title": TITLE, "upvotes": 3, "published": "2024-01-02"}))
    graph.add_node(Node("entity/clip", "Model", "CLIP", {"aliases": ("Contrastive Language-Image Pre-training",
                                                                    "CLIP; v1")}))
    graph.add_edge(Edge("paper/2401.00001", "uses", "entity/clip",
                        {"paper": "paper/2401.00001", "extractor": "mlkg_names", "confidence": 0.9,
                         "evidence": 'We use "CLIP",\nthen more.', "start": 0, "end": 25}))
    return graph


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_files_have_typed_headers_and_values_survive_quoting(tmp_path: Path) -> None:
    write_neo4j_import(_graph(), tmp_path)
    papers = _rows(tmp_path / "nodes_Paper.csv")
    assert papers[0][:2] == ["id:ID", ":LABEL"] and "upvotes:long" in papers[0]
    row = dict(zip(papers[0], papers[1]))
    assert row["title:string"] == TITLE and row["upvotes:long"] == "3" and row["published:date"] == "2024-01-02"
    models = dict(zip(*_rows(tmp_path / "nodes_Model.csv")))
    assert models[":LABEL"].split(ARRAY_DELIMITER) == list(labels("Model"))  # an array, like aliases
    assert models["aliases:string[]"].split(ARRAY_DELIMITER) == ["Contrastive Language-Image Pre-training",
                                                                 "CLIP; v1"]
    uses = dict(zip(*_rows(tmp_path / "relationships_USES.csv")))
    assert (uses[":START_ID"], uses[":END_ID"], uses[":TYPE"]) == ("paper/2401.00001", "entity/clip", "USES")
    assert uses["evidence:string"] == 'We use "CLIP",\nthen more.' and uses["confidence:double"] == "0.9"


def test_the_instructions_name_every_file_then_the_constraints_script(tmp_path: Path) -> None:
    written = write_neo4j_import(_graph(), tmp_path, database="papers")
    command, comment, shell = (tmp_path / COMMAND_FILE).read_text(encoding="utf-8").splitlines()
    args = shlex.split(command)
    assert args[:5] == ["neo4j-admin", "database", "import", "full", "papers"]
    assert "--array-delimiter=U+001F" in args and "--multiline-fields=true" in args
    files = {a.split("=", 1)[1] for a in args if a.startswith(("--nodes=", "--relationships="))}
    assert files == {str(p.resolve()) for p in written if p.suffix == ".csv"}
    assert comment.startswith("#") and "start Neo4j" in comment
    assert shlex.split(shell) == ["cypher-shell", "-d", "papers", "-f", str((tmp_path / CONSTRAINTS_FILE).resolve())]


def test_the_constraints_script_has_one_repeatable_statement_a_line(tmp_path: Path) -> None:
    """Constraints for every label a node can carry, the full-text index, then a wait for it."""
    write_neo4j_import(_graph(), tmp_path)
    lines = [line for line in (tmp_path / CONSTRAINTS_FILE).read_text(encoding="utf-8").splitlines()
             if not line.startswith("//")]
    assert all(line.endswith(";") and line.count(";") == 1 for line in lines)
    every = sorted({name for t in schema().nodes for name in labels(t)})
    constraints = [line for line in lines if line.startswith("CREATE CONSTRAINT")]
    assert [line.split(" FOR (n:")[1].split(")")[0] for line in constraints] == every
    assert all("IF NOT EXISTS" in line and "REQUIRE n.id IS UNIQUE" in line for line in constraints)
    (index,) = [line for line in lines if line.startswith("CREATE FULLTEXT INDEX")]
    assert "IF NOT EXISTS" in index and f"(n:{'|'.join(names_index_labels())})" in index
    assert "ON EACH [n.name, n.aliases]" in index
    assert lines[-1].startswith("CALL db.awaitIndexes(") and len(lines) == len(every) + 2


def test_a_date_that_is_no_date_is_a_coded_error_naming_the_node() -> None:
    node = Node("p1", "Paper", "X", {"published": "last spring"})
    with pytest.raises(Neo4jExportError, match="'p1'.*'last spring'.*mlkg build") as info:
        node_properties(node)
    assert info.value.code == "E560"


def test_ancestor_labels_are_the_ontology_s_entity_class_and_no_type_s_own() -> None:
    """``Entity`` stands for mlkg:MLEntity: exactly its subclasses carry it, and no type's own label
    doubles as an ancestor (its count per label would then take in other types)."""
    graph = rdflib.Graph().parse(ontology.path("mlkg.ttl"))
    entities = {t.name for t in schema().nodes.values() if (t.rdf_class, RDFS.subClassOf, MLKG.MLEntity) in graph}
    assert entities and {t.name for t in schema().nodes.values() if t.neo4j_ancestors == ("Entity",)} == entities
    assert all(not t.neo4j_ancestors for t in schema().nodes.values() if t.name not in entities)
    assert not {a for t in schema().nodes.values() for a in t.neo4j_ancestors} & {
        t.neo4j_label for t in schema().nodes.values()}


def test_a_re_export_removes_stale_files_and_writes_the_same_bytes(tmp_path: Path) -> None:
    (tmp_path / "nodes_Gone.csv").write_text("id:ID\n")
    write_neo4j_import(_graph(), tmp_path)
    first = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert "nodes_Gone.csv" not in first
    write_neo4j_import(_graph(), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == first
