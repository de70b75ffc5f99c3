"""The whole `mlkg serve` app: the explorer's pages answer from the real server, behind its
guard, and a build made before builds wrote explore.sqlite gets its index at the first start."""

from __future__ import annotations

import shutil
from pathlib import Path

from mlkg.build.pipeline import open_graph
from mlkg.export.explorer import FILENAME
from mlkg.serve.app import CSP

from .conftest import Server, start_server


def test_the_served_explorer_finds_every_entity_name_and_opens_its_page(server: Server, examples_out: Path) -> None:
    graph = open_graph(examples_out)
    entities = [n for n in graph.nodes.values() if n.type in ("Model", "Dataset", "Benchmark")]
    assert entities
    with server.client() as client:
        for node in entities[:25]:
            found = client.get("/api/search", params={"q": node.label}).json()
            assert found["hits"][0]["name"].casefold() == node.label.casefold(), (node.label, found["hits"][:3])
            page = client.get(found["hits"][0]["url"])
            assert page.status_code == 200 and page.headers["content-security-policy"] == CSP
            assert node.label in page.text


def test_a_build_without_its_explorer_index_gets_one_at_the_first_start(examples_out: Path, tmp_path: Path) -> None:
    old = tmp_path / "old-build"
    shutil.copytree(examples_out, old, ignore=shutil.ignore_patterns("*.oxigraph", ".mlkg-serve-*"))
    (old / FILENAME).unlink()
    running = start_server(old)
    try:
        assert (old / FILENAME).is_file()
        assert any("loading" in line for line in running.output), running.output
        name = next(n.label for n in open_graph(old).nodes.values() if n.type == "Model")
        with running.client() as client:
            hits = client.get("/api/search", params={"q": name}).json()["hits"]
        assert hits and hits[0]["name"] == name
    finally:
        assert running.stop() == 0
