"""The exporter registry: files of a build, a folder for neo4j-admin and a server, one interface."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from mlkg.export import (
    DEFAULT_FORMATS,
    EXPORTERS,
    FILE_FORMATS,
    FileExporter,
    FolderExporter,
    ServerExporter,
    UnknownFormat,
    export,
    file_exporters,
    get_exporter,
    run_export,
)
from mlkg.export.neo4j_import import COMMAND_FILE, CONSTRAINTS_FILE
from mlkg.graph.store import Edge, KnowledgeGraph, Node


def _graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_node(Node("paper/1", "Paper", "P", {"title": "P"}))
    graph.add_node(Node("entity/a", "Model", "A"))
    graph.add_edge(Edge("paper/1", "uses", "entity/a", {"paper": "paper/1", "confidence": 0.9}))
    return graph


def test_every_exporter_is_in_one_registry_with_a_typed_entry() -> None:
    assert isinstance(EXPORTERS["neo4j-import"], FolderExporter)
    assert isinstance(EXPORTERS["neo4j"], ServerExporter)
    assert set(FILE_FORMATS) == {n for n, e in EXPORTERS.items() if isinstance(e, FileExporter)}
    assert set(DEFAULT_FORMATS) <= set(FILE_FORMATS) and "neo4j-import" not in FILE_FORMATS
    for exporter in EXPORTERS.values():
        assert callable(exporter.write), exporter.name  # every "module:function" resolves


def test_an_unknown_name_lists_every_valid_one() -> None:
    with pytest.raises(UnknownFormat) as info:
        get_exporter("neo4j_import")
    assert info.value.code == "E401" and str(info.value).endswith("valid: " + ", ".join(EXPORTERS))
    assert "neo4j-import" in str(info.value) and "graphml" in str(info.value)


@pytest.mark.parametrize("name", ["neo4j-import", "neo4j"])
def test_a_build_takes_file_formats_only_and_says_so_before_writing(name: str, tmp_path: Path) -> None:
    with pytest.raises(UnknownFormat) as info:
        export(_graph(), tmp_path, ("ttl", name))
    assert info.value.code == "E402" and f"mlkg export {name} BUILD_DIR" in str(info.value)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(UnknownFormat):
        file_exporters([name])


def test_run_export_writes_the_neo4j_import_folder_and_shows_the_command(tmp_path: Path) -> None:
    done = run_export(_graph(), "neo4j-import", out_dir=tmp_path / "import")
    names = sorted(p.name for p in done.files)
    assert names == [CONSTRAINTS_FILE, COMMAND_FILE, "nodes_Model.csv", "nodes_Paper.csv", "relationships_USES.csv"]
    command = (tmp_path / "import" / COMMAND_FILE).read_text(encoding="utf-8").strip()
    assert done.message == f"4 files in {tmp_path / 'import'}; then run:\n{command}"
    assert shlex.split(command.splitlines()[0])[:4] == ["neo4j-admin", "database", "import", "full"]
    assert shlex.split(command.splitlines()[-1])[0] == "cypher-shell" and CONSTRAINTS_FILE in command


def test_run_export_writes_a_file_format_into_the_directory(tmp_path: Path) -> None:
    done = run_export(_graph(), "graphml", out_dir=tmp_path)
    assert done.files == (tmp_path / "graph.graphml",) and done.message == f"wrote {tmp_path / 'graph.graphml'}"
    assert (tmp_path / "graph.graphml").read_text(encoding="utf-8").startswith("<?xml")


def test_run_export_asks_for_what_the_exporter_needs(tmp_path: Path) -> None:
    with pytest.raises(UnknownFormat) as info:
        run_export(_graph(), "neo4j-import")
    assert info.value.code == "E403" and "--out DIR" in str(info.value)
    with pytest.raises(UnknownFormat) as info:
        run_export(_graph(), "neo4j", out_dir=tmp_path)
    assert info.value.code == "E404" and "--uri" in str(info.value)


def test_listing_the_exporters_imports_no_writer() -> None:
    code = ("import sys, mlkg.export; print(sorted(m for m in ('networkx', 'pyoxigraph', 'neo4j', 'pyvis') "
            "if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert run.stdout.strip() == "[]"
