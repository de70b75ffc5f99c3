"""The Neo4j bulk-import files, without a server (the server test is in test_neo4j.py)."""

from __future__ import annotations

import csv
import shlex
from pathlib import Path

from mlkg.export.neo4j_import import ARRAY_DELIMITER, COMMAND_FILE, write_neo4j_import
from mlkg.graph.store import Edge, KnowledgeGraph, Node

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
    assert row["title:string"] == TITLE and row["upvotes:long"] == "3"
    models = dict(zip(*_rows(tmp_path / "nodes_Model.csv")))
    assert models["aliases:string[]"].split(ARRAY_DELIMITER) == ["Contrastive Language-Image Pre-training",
                                                                 "CLIP; v1"]
    uses = dict(zip(*_rows(tmp_path / "relationships_USES.csv")))
    assert (uses[":START_ID"], uses[":END_ID"], uses[":TYPE"]) == ("paper/2401.00001", "entity/clip", "USES")
    assert uses["evidence:string"] == 'We use "CLIP",\nthen more.' and uses["confidence:double"] == "0.9"


def test_the_import_command_names_every_file(tmp_path: Path) -> None:
    written = write_neo4j_import(_graph(), tmp_path)
    args = shlex.split((tmp_path / COMMAND_FILE).read_text(encoding="utf-8"))
    assert args[:5] == ["neo4j-admin", "database", "import", "full", "neo4j"]
    assert "--array-delimiter=U+001F" in args and "--multiline-fields=true" in args
    files = {a.split("=", 1)[1] for a in args if a.startswith(("--nodes=", "--relationships="))}
    assert files == {str(p.resolve()) for p in written if p.suffix == ".csv"}


def test_a_re_export_removes_stale_files_and_writes_the_same_bytes(tmp_path: Path) -> None:
    (tmp_path / "nodes_Gone.csv").write_text("id:ID\n")
    write_neo4j_import(_graph(), tmp_path)
    first = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert "nodes_Gone.csv" not in first
    write_neo4j_import(_graph(), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == first
