"""The explorer index as the pages read it: search ranking, entity and paper pages, the ego
network, and reads from many threads at once."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from mlkg.build.pipeline import build, open_graph
from mlkg.export.explorer import FILENAME, write_explorer
from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.serve.index import EGO_MAX, PAGE_SIZE, ExplorerIndex, ExplorerIndexError

REPO = Path(__file__).parents[3]


def _paper(g: KnowledgeGraph, n: int, title: str, abstract: str, date: str) -> str:
    pid = f"paper/{n}"
    g.add_node(Node(pid, "Paper", title, {"title": title, "abstract": abstract, "published": date}))
    return pid


def _mention(g: KnowledgeGraph, paper: str, rel: str, entity: str, sentence: str) -> None:
    text = f"{g.nodes[paper].props['title']}\n\n{g.nodes[paper].props['abstract']}"
    start = text.index(sentence)
    g.add_edge(Edge(paper, rel, entity, {"paper": paper, "evidence": sentence, "start": start,
                                         "end": start + len(sentence), "confidence": 0.8}))


def ranking_graph() -> KnowledgeGraph:
    """Names around "clip", each with a known number of papers."""
    g = KnowledgeGraph()
    entities = {  # name: (type, aliases, papers)
        "CLIP": ("Model", (), 1),
        "ConVIRT": ("Model", ("Clip",), 2),  # an alias that is the query exactly
        "CLIP-ViT": ("Model", (), 3),  # starts with it
        "Clipper": ("Dataset", (), 0),
        "PyramidCLIP": ("Model", (), 6),  # contains it
        "BioCLIP": ("Model", (), 5),
        "OpenAI": ("Organization", ("open clip team",), 4),  # an alias containing it
        "ResNet": ("Model", (), 7),  # no match
    }
    n = 0
    for name, (kind, aliases, papers) in entities.items():
        node = f"entity/{name.lower()}"
        g.add_node(Node(node, kind, name, {"aliases": aliases} if aliases else {}))
        for _ in range(papers):
            n += 1
            pid = _paper(g, n, f"Paper {n}", f"We use {name} here.", f"2024-{1 + n % 12:02d}-01")
            _mention(g, pid, "uses", node, f"We use {name} here.")
    return g


def indexed(graph: KnowledgeGraph, factory: pytest.TempPathFactory) -> ExplorerIndex:
    path = factory.mktemp("index") / FILENAME
    write_explorer(graph, path)
    return ExplorerIndex.open(path)


@pytest.fixture(scope="module")
def ranking(tmp_path_factory: pytest.TempPathFactory) -> ExplorerIndex:
    return indexed(ranking_graph(), tmp_path_factory)


def test_exact_then_alias_then_prefix_then_substring(ranking: ExplorerIndex) -> None:
    hits = ranking.search("clip")
    assert [(h.name, h.match) for h in hits] == [
        ("CLIP", "name"), ("ConVIRT", "alias"), ("CLIP-ViT", "prefix"), ("Clipper", "prefix"),
        ("PyramidCLIP", "substring"), ("BioCLIP", "substring"), ("OpenAI", "substring")]
    assert [h.papers for h in hits] == [1, 2, 3, 0, 6, 5, 4]
    assert hits.total == 7
    assert hits[1].matched == "Clip" and hits[6].matched == "open clip team"


def test_case_space_types_and_limit(ranking: ExplorerIndex) -> None:
    assert [h.name for h in ranking.search("  CLIP ")] == [h.name for h in ranking.search("clip")]
    assert [h.name for h in ranking.search("clip", types=["Dataset"])] == ["Clipper"]
    assert ranking.search("clip", types=["Dataset"]).total == 1
    limited = ranking.search("clip", limit=3)
    assert [h.name for h in limited] == ["CLIP", "ConVIRT", "CLIP-ViT"] and limited.total == 7
    assert len(ranking.search("")) == 0 and ranking.search("zzzz").total == 0
    with pytest.raises(ExplorerIndexError, match="E823"):
        ranking.search("clip", types=["Spaceship"])


def test_short_queries_match_names_and_prefixes(ranking: ExplorerIndex) -> None:
    hits = ranking.search("cl")
    assert [h.name for h in hits] == ["CLIP-ViT", "ConVIRT", "CLIP", "Clipper"]  # by paper count
    assert hits.total == 4
    assert [h.name for h in ranking.search("bioclip")] == ["BioCLIP"]


def test_quotes_and_operators_are_text(ranking: ExplorerIndex) -> None:
    for query in ('"clip', 'clip"', "clip OR resnet", "cl*", "NEAR(clip)", "%", "_", "'"):
        ranking.search(query)  # never an FTS syntax error
    assert ranking.search("clip OR resnet").total == 0


def hub_graph(papers: int = 120) -> KnowledgeGraph:
    g = KnowledgeGraph()
    g.add_node(Node("entity/hub", "Model", "Hub", {"aliases": ("The Hub",)}))
    g.add_node(Node("entity/hub2", "Model", "Hub-2"))
    g.add_node(Node("entity/data", "Dataset", "DataSet-1"))
    g.add_node(Node("entity/rival", "Model", "Rival"))
    g.add_node(Node("org/lab", "Organization", "Lab"))
    g.add_node(Node("repo/github/a/b", "Repository", "a/b", {"same_as": "https://github.com/a/b"}))
    g.add_node(Node("person/ann", "Person", "Ann"))
    g.add_edge(Edge("entity/hub2", "variantOf", "entity/hub", {"evidence": "variant"}))
    for n in range(papers):
        abstract = "We train Hub on DataSet-1 and compare with Rival. Code: https://github.com/a/b."
        pid = _paper(g, n, f"Hub study {n}: the hub", abstract, f"{2020 + n // 40}-{1 + n % 12:02d}-15")
        _mention(g, pid, "uses" if n % 3 else "introduces", "entity/hub", "We train Hub on DataSet-1 and compare with Rival.")
        _mention(g, pid, "uses", "entity/data", "We train Hub on DataSet-1 and compare with Rival.")
        if n % 2:
            _mention(g, pid, "compares", "entity/rival", "We train Hub on DataSet-1 and compare with Rival.")
        if n == 0:
            _mention(g, pid, "code", "repo/github/a/b", "Code: https://github.com/a/b.")
            g.add_edge(Edge(pid, "affiliation", "org/lab", {"paper": pid, "evidence": "organization: Lab",
                                                            "confidence": 1.0}))
            g.add_edge(Edge(pid, "authoredBy", "person/ann"))
            g.add_node(Node("result/0/x", "Result", "Hub on DataSet-1: accuracy 91%", {"value": "91%"}))
            g.add_node(Node("metric/accuracy", "Metric", "accuracy"))
            g.add_edge(Edge(pid, "reportsResult", "result/0/x", {"paper": pid, "evidence": "", "confidence": 0.5}))
            g.add_edge(Edge("result/0/x", "resultModel", "entity/hub"))
            g.add_edge(Edge("result/0/x", "resultDataset", "entity/data"))
            g.add_edge(Edge("result/0/x", "resultMetric", "metric/accuracy"))
    return g


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> ExplorerIndex:
    return indexed(hub_graph(), tmp_path_factory)


def test_entity_page_paginates_newest_first(hub: ExplorerIndex) -> None:
    count = -(-120 // PAGE_SIZE)
    pages = [hub.entity("entity/hub", page=p) for p in range(1, count + 1)]
    assert all(p is not None for p in pages)
    first = pages[0]
    assert first.papers_total == 120 and first.pages == count > 1 and first.node.papers == 120
    assert [len(p.papers) for p in pages] == [PAGE_SIZE] * (count - 1) + [120 - (count - 1) * PAGE_SIZE]
    seen = [m for p in pages for m in p.papers]
    assert len(seen) == 120 and len({m.paper.id for m in seen}) == 120
    assert [m.published for m in seen] == sorted((m.published for m in seen), reverse=True)
    assert all(m.evidence is not None and m.evidence.marked == "Hub" for m in seen)
    assert seen[0].evidence.text == "We train Hub on DataSet-1 and compare with Rival."
    assert hub.entity("entity/hub", page=count + 1).papers == ()
    assert len(hub.entity("entity/hub", page_size=500).papers) == 120
    assert dict(first.roles) == {"uses": 80, "introduces": 40}
    introduced = hub.entity("entity/hub", role="introduces")
    assert introduced.papers_total == 40 and {m.role for m in introduced.papers} == {"introduces"}
    assert sum(m.papers for m in first.months) == 120 and first.months[0].month == "2020-01"


def test_entity_page_names_family_results_related(hub: ExplorerIndex) -> None:
    page = hub.entity("entity/hub")
    assert page.aliases == ("The Hub",)
    assert [v.name for v in page.variants] == ["Hub-2"] and page.family is None
    assert hub.entity("entity/hub2").family.id == "entity/hub"
    assert [(r.value, r.metric, r.dataset.name, r.model.name) for r in page.results] == [
        ("91%", "accuracy", "DataSet-1", "Hub")]
    assert hub.entity("entity/data").results_total == 1
    related = {rel: [(r.node.name, r.papers) for r in items] for rel, items in page.related.items()}
    assert related["compares"] == [("Rival", 60)]
    assert related["evaluatedOn"] == [("DataSet-1", 1)]
    assert related["coMentioned"][0] == ("DataSet-1", 120)
    assert hub.entity("entity/data").related["evaluates"][0].node.name == "Hub"
    assert hub.entity("entity/nothing") is None and hub.entity("paper/0") is None


def test_paper_page_links_what_it_names(hub: ExplorerIndex) -> None:
    page = hub.paper("paper/0")
    assert page is not None and hub.paper("entity/hub") is None
    assert "".join(s.text for s in page.title) == "Hub study 0: the hub"
    abstract = "".join(s.text for s in page.abstract)
    assert abstract.startswith("We train Hub on DataSet-1")
    linked = [(s.text, s.node.id) for s in page.abstract if s.node]
    assert ("Hub", "entity/hub") in linked and ("DataSet-1", "entity/data") in linked
    assert ("a/b", "repo/github/a/b") in linked
    assert page.authors == ("Ann",) and [o.name for o in page.organizations] == ["Lab"]
    assert page.repositories[0][1] == "https://github.com/a/b"
    assert page.entities[0][1] == "introduces"
    assert [r.value for r in page.results] == ["91%"]
    # the title's "hub" (lower case) is the name case-insensitively: "Hub" has one capital
    assert [(s.text, s.node.id) for s in page.title if s.node] == [("Hub", "entity/hub"), ("hub", "entity/hub")]


def test_ego_network(hub: ExplorerIndex) -> None:
    one = hub.ego("entity/hub", hops=1, cap=20)
    assert one is not None and len(one.nodes) == 20 and one.neighbours == 120
    ids = {n["id"] for n in one.nodes}
    assert "entity/hub" in ids and all(e["from"] in ids and e["to"] in ids for e in one.edges)
    assert all({"x", "y", "color", "label", "title"} <= n.keys() for n in one.nodes)
    assert one.options["physics"]["enabled"] is True
    two = hub.ego("entity/hub", hops=2, cap=20)
    kinds = {n["id"].split("/")[0] for n in two.nodes}
    assert len(two.nodes) <= 20 and {"paper", "entity"} <= kinds
    assert ("entity/hub2", "entity/hub", "variantOf") in {(e["from"], e["to"], e["rel"]) for e in two.edges} or (
        "entity/hub2" not in {n["id"] for n in two.nodes})
    paper = hub.ego("paper/0", hops=1)
    assert {n["id"] for n in paper.nodes} == {"paper/0", "entity/hub", "entity/data", "org/lab", "repo/github/a/b"}
    assert hub.ego("entity/none") is None
    for hops, cap in ((3, 20), (0, 20), (1, 1), (1, EGO_MAX + 1)):
        with pytest.raises(ExplorerIndexError, match="E824"):
            hub.ego("entity/hub", hops=hops, cap=cap)


def compare_graph() -> KnowledgeGraph:
    g = KnowledgeGraph()
    for name, kind in (("A", "Model"), ("B", "Model"), ("C", "Model"), ("D", "Dataset")):
        g.add_node(Node(f"entity/{name.lower()}", kind, name))
    sentence = "We compare A with B and C on D."
    for n in (1, 2):
        pid = _paper(g, n, "T", sentence, f"2024-0{n}-01")
        _mention(g, pid, "introduces", "entity/a", sentence)
        _mention(g, pid, "compares", "entity/b", sentence)
        _mention(g, pid, "uses", "entity/d", sentence)
    _mention(g, "paper/2", "compares", "entity/c", sentence)
    return g


def test_related_counts_papers_both_ways(tmp_path: Path) -> None:
    write_explorer(compare_graph(), tmp_path / FILENAME)
    index = ExplorerIndex.open(tmp_path)

    def related(node: str, rel: str) -> set[tuple[str, int]]:
        return {(r.node.name, r.papers) for r in index.entity(node).related.get(rel, ())}

    # what a paper introduces, uses or compares is compared with what it compares, both ways
    assert related("entity/a", "compares") == {("B", 2), ("C", 1)}
    assert related("entity/b", "compares") == {("A", 2), ("D", 2), ("C", 1)}
    assert related("entity/c", "compares") == {("A", 1), ("B", 1), ("D", 1)}
    assert related("entity/d", "compares") == {("B", 2), ("C", 1)}
    assert related("entity/a", "coMentioned") == {("B", 2), ("D", 2), ("C", 1)}
    assert related("entity/a", "evaluatedOn") == set()


def test_hub_relations_counted_by_the_build_equal_those_counted_now(hub: ExplorerIndex) -> None:
    hubs = [hub._node(node)[0] for node in ("entity/hub", "entity/data", "entity/rival")]  # 120, 120, 60 papers
    assert hub._all("SELECT DISTINCT node FROM relation ORDER BY node") == [(rank,) for rank in sorted(hubs)]
    for rank in hubs:
        stored, counted = hub._related(rank, hub=True), hub._related(rank, hub=False)
        assert stored == counted and stored["compares"] and stored["coMentioned"]


def test_many_threads_read_at_once(hub: ExplorerIndex) -> None:
    def work(n: int) -> tuple:
        page = hub.entity("entity/hub", page=1 + n % 3)
        return (tuple(h.id for h in hub.search("hub")), tuple(m.paper.id for m in page.papers), page.page)

    alone = [work(n) for n in range(60)]
    with ThreadPoolExecutor(20) as pool:
        assert list(pool.map(work, range(60))) == alone


def test_open_refuses_what_is_not_an_index(tmp_path: Path) -> None:
    with pytest.raises(ExplorerIndexError, match="E820"):
        ExplorerIndex.open(tmp_path / "missing.sqlite")
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(ExplorerIndexError, match="E821"):
        ExplorerIndex.open(tmp_path / "junk.sqlite")
    write_explorer(KnowledgeGraph(), tmp_path / FILENAME)
    with sqlite3.connect(tmp_path / FILENAME) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(ExplorerIndexError, match="E822"):
        ExplorerIndex.open(tmp_path)


def test_the_examples_build_round_trips(tmp_path: Path) -> None:
    build([REPO / "examples"], tmp_path, formats=("explorer",))
    graph = open_graph(tmp_path)
    with ExplorerIndex.open(tmp_path) as index:
        for node in graph.nodes.values():
            if node.type == "Paper":
                page = index.paper(node.id)
                assert page is not None and "".join(s.text for s in page.title) == node.props["title"]
            elif node.type not in ("Result", "Person"):
                page = index.entity(node.id, page_size=500)
                assert page is not None and page.node.name == node.label
                papers = {e.source for e in graph.edges.values() if e.target == node.id and
                          graph.nodes[e.source].type == "Paper" and e.rel != "reportsResult"}
                assert {m.paper.id for m in page.papers} == papers
                assert index.search(node.label)[0].name.casefold() == node.label.casefold()
