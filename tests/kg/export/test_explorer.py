"""The explorer index (explore.sqlite): every node, paper, mention and result of the graph is in
it, the evidence offsets point at the sentence and the mark at the name, and it is written
atomically, byte for byte the same, by every build and by ``build --update``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlkg.build.pipeline import build, open_graph
from mlkg.cli import app
from mlkg.export import DEFAULT_FORMATS, EXPORTERS, export
from mlkg.export.explorer import FILENAME, HIDDEN_TYPES, SCHEMA_VERSION, find_mention, search_key, write_explorer
from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.model import Role

REPO = Path(__file__).parents[3]
DATA = REPO / "tests" / "data"
FIRST = [DATA / "hf_daily_papers_page_excerpt.txt"]
LATER = [DATA / "hf_daily_api" / "2025-01-10.json"]


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> tuple[KnowledgeGraph, sqlite3.Connection]:
    out = tmp_path_factory.mktemp("examples")
    build([REPO / "examples"], out, formats=("explorer",))
    return open_graph(out), sqlite3.connect(out / FILENAME)


def _text(node: Node) -> str:
    abstract = node.props.get("abstract") or ""
    return f"{node.props['title']}\n\n{abstract}" if abstract else node.props["title"]


def test_every_node_but_results_and_people_is_in_the_index(examples: tuple[KnowledgeGraph, sqlite3.Connection]) -> None:
    graph, db = examples
    rows = {r[0]: r[1:] for r in db.execute("SELECT id, type, name, aliases FROM node")}
    expected = {n.id: (n.type, n.label, list(a for a in n.props.get("aliases", ()) if a != n.label) or None)
                for n in graph.nodes.values() if n.type not in HIDDEN_TYPES}
    assert HIDDEN_TYPES == {"Result", "Person"}
    assert {i: (t, name, json.loads(a) if a else None) for i, (t, name, a) in rows.items()} == expected
    assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)


def test_ranks_order_by_paper_count(examples: tuple[KnowledgeGraph, sqlite3.Connection]) -> None:
    graph, db = examples
    papers: dict[str, set[str]] = {}
    for e in graph.edges.values():
        if e.rel in {r.value for r in Role}:
            papers.setdefault(e.target, set()).add(e.source)
    rows = db.execute("SELECT id, papers FROM node ORDER BY rank").fetchall()
    assert [n for _, n in rows] == sorted((n for _, n in rows), reverse=True)
    assert {i: n for i, n in rows if n} == {i: len(p) for i, p in papers.items()}


def test_every_paper_with_its_text_and_date(examples: tuple[KnowledgeGraph, sqlite3.Connection]) -> None:
    graph, db = examples
    rows = {r[0]: r[1:] for r in db.execute(
        "SELECT n.id, p.title, p.abstract, p.published, p.arxiv_id, p.url, p.authors FROM paper p "
        "JOIN node n ON n.rank = p.rank")}
    authors: dict[str, list[str]] = {}
    for e in graph.edges.values():
        if e.rel == "authoredBy":
            authors.setdefault(e.source, []).append(graph.nodes[e.target].label)
    assert rows == {n.id: (n.props["title"], n.props.get("abstract", ""), n.props.get("published"),
                           n.props.get("arxiv_id"), n.props.get("url"),
                           json.dumps(authors[n.id], ensure_ascii=False) if n.id in authors else None)
                    for n in graph.nodes_of("Paper")}
    assert any(authors.values())


def test_every_mention_with_its_evidence_and_mark(examples: tuple[KnowledgeGraph, sqlite3.Connection]) -> None:
    graph, db = examples
    rows = {(r[0], r[1]): r[2:] for r in db.execute(
        "SELECT p.id, n.id, m.role, m.confidence, m.start, m.stop, m.evidence, m.mark_start, m.mark_end "
        "FROM mention m JOIN node p ON p.rank = m.paper JOIN node n ON n.rank = m.node")}
    roles = {r.value for r in Role}
    edges = {(e.source, e.target): e for e in graph.edges.values() if e.rel in roles}
    assert rows.keys() == edges.keys()
    marked = 0
    for key, (role, confidence, start, stop, evidence, mark_start, mark_end) in rows.items():
        edge = edges[key]
        assert role == edge.rel
        assert confidence == edge.props["confidence"]
        sentence = _text(graph.nodes[key[0]])[start:stop] if start is not None else evidence
        assert sentence in {edge.props["evidence"], *(s.text for s in edge.support)}
        if mark_start is not None:
            node = graph.nodes[key[1]]
            names = {search_key(n.removeprefix("hf:")) for n in (node.label, *node.props.get("aliases", ()))}
            assert search_key(sentence[mark_start:mark_end]) in names
            marked += 1
    assert marked >= 0.8 * len(edges)


def test_every_result(examples: tuple[KnowledgeGraph, sqlite3.Connection]) -> None:
    graph, db = examples
    rows = db.execute("SELECT p.id, m.id, d.id, r.value FROM result r JOIN node p ON p.rank = r.paper "
                      "JOIN node m ON m.rank = r.model JOIN node d ON d.rank = r.dataset").fetchall()
    parts = {e.source: {} for e in graph.edges.values() if e.rel == "resultModel"}
    for e in graph.edges.values():
        if e.rel in ("resultModel", "resultDataset"):
            parts[e.source][e.rel] = e.target
        elif e.rel == "reportsResult":
            parts.setdefault(e.target, {})["paper"] = e.source
    expected = sorted((p["paper"], p["resultModel"], p["resultDataset"], graph.nodes[r].props["value"])
                      for r, p in parts.items())
    assert sorted(rows) == expected and rows


def test_variant_family(examples: tuple[KnowledgeGraph, sqlite3.Connection]) -> None:
    graph, db = examples
    rows = db.execute("SELECT n.id, f.id FROM node n JOIN node f ON f.rank = n.family").fetchall()
    assert sorted(rows) == sorted((e.source, e.target) for e in graph.edges.values() if e.rel == "variantOf")


def test_mention_marks() -> None:
    assert find_mention("We use CLIP and PyramidCLIP.", ["CLIP"]) == (7, 11)
    assert find_mention("PyramidCLIP beats CLIP.", ["CLIP"]) == (18, 22)  # whole words only
    assert find_mention("competition math questions (MATH and AIME24)", ["MATH"]) == (28, 32)  # capitals count
    assert find_mention("competition math questions", ["MATH"]) == (12, 16)  # ... unless nothing else fits
    assert find_mention("competition math questions", ["MATH"], loose=False) is None
    assert find_mention("the Vision Transformer (ViT)", ["ViT", "vision transformer"]) == (4, 22)  # longest first
    assert find_mention("We use GPT-4o-mini.", ["GPT-4o"]) == (7, 13)
    assert find_mention("İstanbul CLIP", ["CLIP"]) == (9, 13)  # a letter whose lower case is longer
    assert find_mention("nothing here", ["CLIP"]) is None


def test_hostile_text_is_stored_as_written(tmp_path: Path) -> None:
    g = KnowledgeGraph()
    title = '<script>alert(1)</script> {{ 7*7 }}'
    g.add_node(Node("paper/x", "Paper", title, {"title": title, "abstract": "a\x00b", "url": "javascript:alert(1)"}))
    write_explorer(g, tmp_path / FILENAME)
    db = sqlite3.connect(tmp_path / FILENAME)
    assert db.execute("SELECT title, abstract, url FROM paper").fetchone() == (title, "a\x00b", "javascript:alert(1)")


def small_graph() -> KnowledgeGraph:
    g = KnowledgeGraph()
    g.add_node(Node("paper/1", "Paper", "T", {"title": "T", "abstract": "We use A.", "published": "2024-01-02"}))
    g.add_node(Node("entity/a", "Model", "A", {"aliases": ("Model A",)}))
    g.add_edge(Edge("paper/1", "uses", "entity/a", {"paper": "paper/1", "evidence": "We use A.", "start": 3,
                                                    "end": 12, "confidence": 0.9}))
    return g


def test_written_atomically_and_the_same_bytes_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / FILENAME
    write_explorer(small_graph(), target)
    first = target.read_bytes()
    write_explorer(small_graph(), target)
    assert target.read_bytes() == first

    def broken(*_: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("mlkg.export.explorer._write_results", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        write_explorer(KnowledgeGraph(), target)
    assert target.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == [FILENAME]


def test_every_build_writes_it(tmp_path: Path) -> None:
    assert "explorer" in DEFAULT_FORMATS and EXPORTERS["explorer"].filename == FILENAME
    assert export(small_graph(), tmp_path, ("explorer",)) == [tmp_path / FILENAME]


def test_update_writes_the_index_anew_with_the_new_papers(tmp_path: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["build", *map(str, FIRST), "-o", str(tmp_path), "-q"])
    assert first.exit_code == 0, first.output

    def papers() -> set[str]:
        with sqlite3.connect(tmp_path / FILENAME) as db:
            return {r[0] for r in db.execute("SELECT n.id FROM paper p JOIN node n ON n.rank = p.rank")}

    before = papers()
    update = runner.invoke(app, ["build", "--update", str(tmp_path), *map(str, LATER), "-q"])
    assert update.exit_code == 0, update.output
    after = papers()
    assert before < after
    assert after == {n.id for n in open_graph(tmp_path).nodes_of("Paper")}
    assert FILENAME in json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["outputs"]
