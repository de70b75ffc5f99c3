"""mlkg.explore and QueryResult.to_dataframe: exact tables of small hand-built graphs."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pandas as pd
import pytest

from mlkg import explore
from mlkg.graph.rdf import to_store
from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.queries import UnknownQuery
from mlkg.query.sparql import QueryResult, run_query
from mlkg.stores.neo4j import Connection, Neo4jError, Neo4jUnavailable

P1, P2, P3, P4, P5 = (f"paper/p{i}" for i in range(1, 6))


def small_graph() -> KnowledgeGraph:
    """Five papers naming seven entities (plus one only a result links to).

    p1 2024-01-15  introduces + compares Alpha (one paper, two relations), uses Delta, code o/r
    p2 2024-01-31  uses Alpha, compares beta, uses Delta, affiliation Org
    p3 2024-03-02T10:00  mentions beta, introduces Eps
    p4 (no date)   uses Gamma
    p5 "sometime"  uses Gamma, uses Delta (an unreadable date counts as undated)
    A person also "mentions" beta (not a paper: must not count); Zeta is only a result's model.
    """
    graph = KnowledgeGraph()
    for node in [
        Node("entity/a", "Model", "Alpha", {"aliases": ("A-1", "Alpha1")}),
        Node("entity/b", "Model", "beta"),
        Node("entity/c", "Model", "Gamma"),
        Node("entity/z", "Model", "Zeta"),
        Node("entity/d", "Dataset", "Delta", {"aliases": ("DELTA",)}),
        Node("entity/e", "Benchmark", "Eps"),
        Node("org/o", "Organization", "Org"),
        Node("repo/github/o/r", "Repository", "o/r"),
        Node("person/ada", "Person", "Ada"),
        Node("result/p2/1", "Result", "Zeta on Delta: 1%", {"value": "1%"}),
    ]:
        graph.add_node(node)
    dates = {P1: "2024-01-15", P2: "2024-01-31", P3: "2024-03-02T10:00:00", P4: None, P5: "sometime"}
    for paper, date in dates.items():
        graph.add_node(Node(paper, "Paper", paper, {"title": paper, **({"published": date} if date else {})}))
    named = {
        P1: [("introduces", "entity/a"), ("compares", "entity/a"), ("uses", "entity/d"), ("code", "repo/github/o/r")],
        P2: [("uses", "entity/a"), ("compares", "entity/b"), ("uses", "entity/d"), ("affiliation", "org/o")],
        P3: [("mentions", "entity/b"), ("introduces", "entity/e")],
        P4: [("uses", "entity/c")],
        P5: [("uses", "entity/c"), ("uses", "entity/d")],
    }
    for paper, edges in named.items():
        for rel, target in edges:
            graph.add_edge(Edge(paper, rel, target, {"paper": paper, "evidence": "...", "confidence": 0.9}))
    graph.add_edge(Edge(P1, "authoredBy", "person/ada"))
    graph.add_edge(Edge("person/ada", "mentions", "entity/b"))
    graph.add_edge(Edge(P2, "reportsResult", "result/p2/1"))
    graph.add_edge(Edge("result/p2/1", "resultModel", "entity/z"))
    graph.add_edge(Edge("result/p2/1", "resultDataset", "entity/d"))
    return graph


def rows(frame: pd.DataFrame) -> list[tuple]:
    return [tuple(r) for r in frame.itertuples(index=False)]


# --- stats -------------------------------------------------------------------------------------

def test_stats_counts_nodes_by_type_and_edges_by_relation() -> None:
    frame = explore.stats(small_graph())
    assert list(frame.columns) == ["kind", "name", "count"]
    assert rows(frame) == [
        ("node", "Paper", 5), ("node", "Model", 4),
        ("node", "Benchmark", 1), ("node", "Dataset", 1), ("node", "Organization", 1),
        ("node", "Person", 1), ("node", "Repository", 1), ("node", "Result", 1),
        ("edge", "uses", 6), ("edge", "compares", 2), ("edge", "introduces", 2), ("edge", "mentions", 2),
        ("edge", "affiliation", 1), ("edge", "authoredBy", 1), ("edge", "code", 1),
        ("edge", "reportsResult", 1), ("edge", "resultDataset", 1), ("edge", "resultModel", 1),
    ]
    assert frame.attrs == {"nodes": 15, "edges": 18}


def test_stats_of_an_empty_graph_is_an_empty_table() -> None:
    frame = explore.stats(KnowledgeGraph())
    assert list(frame.columns) == ["kind", "name", "count"] and frame.empty
    assert frame.attrs == {"nodes": 0, "edges": 0}


# --- top entities --------------------------------------------------------------------------------

def test_top_entities_counts_distinct_papers_and_orders_ties_by_name() -> None:
    frame = explore.top_entities(small_graph(), n=20)
    assert list(frame.columns) == ["name", "type", "papers", "aliases", "id"]
    assert rows(frame) == [
        ("Delta", "Dataset", 3, "DELTA", "entity/d"),
        ("Alpha", "Model", 2, "A-1, Alpha1", "entity/a"),  # introduces + compares in p1 count once
        ("beta", "Model", 2, "", "entity/b"),              # case-insensitive order; the person's edge is not a paper's
        ("Gamma", "Model", 2, "", "entity/c"),
        ("Eps", "Benchmark", 1, "", "entity/e"),
        ("o/r", "Repository", 1, "", "repo/github/o/r"),
        ("Org", "Organization", 1, "", "org/o"),
        ("Zeta", "Model", 0, "", "entity/z"),              # only a result links to it
    ]


def test_top_entities_takes_n_and_filters_types() -> None:
    graph = small_graph()
    assert [r[0] for r in rows(explore.top_entities(graph, n=3))] == ["Delta", "Alpha", "beta"]
    assert rows(explore.top_entities(graph, n=2, types=["Model"]))[1][:3] == ("beta", "Model", 2)
    assert [r[0] for r in rows(explore.top_entities(graph, types="Organization"))] == ["Org"]
    assert explore.top_entities(graph, n=0).empty


def test_same_count_same_name_falls_back_to_id() -> None:
    graph = KnowledgeGraph()
    for node_id, node_type in (("entity/x-2401.00002", "Model"), ("entity/x", "Dataset")):
        graph.add_node(Node(node_id, node_type, "X"))
    assert [r.id for r in explore.entity_summaries(graph)] == ["entity/x", "entity/x-2401.00002"]


@pytest.mark.parametrize("types", [["model"], ["Model", "Person"]])
def test_unknown_entity_types_are_an_error_not_an_empty_table(types: list[str]) -> None:
    with pytest.raises(ValueError, match="unknown entity type .*valid: Model, Dataset, Benchmark") as info:
        explore.top_entities(small_graph(), types=types)
    assert isinstance(info.value, explore.ExploreError) and info.value.code == "E541"


# --- types over time -------------------------------------------------------------------------------

COLUMNS = ["Model", "Dataset", "Benchmark", "Organization", "Repository"]


def test_types_over_time_by_month_fills_gaps_and_reports_undated_papers() -> None:
    frame = explore.types_over_time(small_graph())
    assert [str(p) for p in frame.index] == ["2024-01", "2024-02", "2024-03"]
    assert frame.index.name == "period" and list(frame.columns) == COLUMNS
    assert frame.to_dict("list") == {
        "Model": [2, 0, 1],        # Alpha and beta in January (Alpha twice: once); beta again in March
        "Dataset": [1, 0, 0],      # Delta, named by p1 and p2: one distinct entity
        "Benchmark": [0, 0, 1],
        "Organization": [1, 0, 0],
        "Repository": [1, 0, 0],
    }
    assert all(str(dtype) == "int64" for dtype in frame.dtypes)
    assert frame.attrs == {"freq": "month", "undated_papers": 2, "dated_papers": 3}


def test_types_over_time_by_year_and_selected_types() -> None:
    frame = explore.types_over_time(small_graph(), freq="year", types=["Dataset", "Model"])
    assert [str(p) for p in frame.index] == ["2024"]
    assert frame.to_dict("list") == {"Dataset": [1], "Model": [2]}


def test_types_over_time_by_week() -> None:
    frame = explore.types_over_time(small_graph(), freq="week", types=["Model"])
    assert [str(p) for p in frame.index][::6] == ["2024-01-15/2024-01-21", "2024-02-26/2024-03-03"]
    assert frame["Model"].tolist() == [1, 0, 2, 0, 0, 0, 1]  # weeks ending on Sunday


def test_types_over_time_without_dated_papers_is_empty_but_counts_them() -> None:
    graph = KnowledgeGraph()
    graph.add_node(Node(P1, "Paper", "x", {"title": "x"}))
    graph.add_node(Node("entity/a", "Model", "A"))
    graph.add_edge(Edge(P1, "uses", "entity/a"))
    frame = explore.types_over_time(graph)
    assert frame.empty and list(frame.columns) == COLUMNS
    assert frame.attrs["undated_papers"] == 1 and frame.attrs["dated_papers"] == 0


def test_types_over_time_rejects_unknown_freq() -> None:
    with pytest.raises(ValueError, match="unknown freq 'monthly'; valid: day, week, month, quarter, year") as info:
        explore.types_over_time(small_graph(), freq="monthly")
    assert isinstance(info.value, explore.ExploreError) and info.value.code == "E542"


# --- queries as DataFrames -------------------------------------------------------------------------

def test_query_result_to_dataframe_keeps_columns_order_and_unbound() -> None:
    result = QueryResult("select", ("b", "a"), ((1, "x"), (None, "y")), ((None, None), (None, None)))
    frame = result.to_dataframe()
    assert list(frame.columns) == ["b", "a"]
    assert frame["a"].tolist() == ["x", "y"] and frame["b"].isna().tolist() == [False, True]
    empty = QueryResult("select", ("n",), (), ()).to_dataframe()
    assert list(empty.columns) == ["n"] and empty.empty


def test_ready_sparql_equals_the_query_result_with_bindings() -> None:
    store = to_store(small_graph())
    frame = explore.ready_sparql(store, "most-used-datasets")
    assert list(frame.columns) == ["entity", "name", "type", "papers"]
    assert rows(frame) == [("https://w3id.org/mlkg/id/entity/d", "Delta", "Dataset", 3),
                           ("https://w3id.org/mlkg/id/entity/e", "Eps", "Benchmark", 1)]
    board = explore.ready_sparql(store, "leaderboard", {"dataset": "delta"})
    assert rows(board)[0][:5] == ("delta", "Zeta", None, None, "1%")  # dataset, model, metric, setting, value
    with pytest.raises(UnknownQuery, match="no parameter 'datset'"):
        explore.ready_sparql(store, "leaderboard", {"datset": "x"})


def test_ready_sparql_opens_a_build_directory(tmp_path: Path) -> None:
    from mlkg.export import get_exporter

    exporter = get_exporter("nt")
    exporter.write(small_graph(), tmp_path / exporter.filename)
    ready = run_query(to_store(small_graph()), "SELECT (COUNT(*) AS ?n) WHERE { ?p mlkg:uses ?x }")
    assert ready.rows == ((6,),)
    frame = explore.ready_sparql(tmp_path, "papers-with-code-by-org")
    assert rows(frame) == [("https://w3id.org/mlkg/id/org/o", "Org", 1, 0)]


def test_ready_queries_lists_every_shipped_query() -> None:
    frame = explore.ready_queries()
    assert frame["name"].tolist() == ["benchmarks-per-month", "compared-models", "cooccurring-entities",
                                      "leaderboard", "most-used-datasets", "papers-with-code-by-org"]
    assert frame.set_index("name").loc["leaderboard", "parameters"] == "dataset=ImageNet"
    assert frame["cypher"].tolist() == [True] * 6


# --- pandas missing ---------------------------------------------------------------------------------

def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(explore.MissingExtra, match=r'pip install "mlkg\[notebooks\]"'):
        explore.stats(small_graph())
    with pytest.raises(ImportError, match=r'pip install "mlkg\[notebooks\]"'):
        QueryResult("select", ("a",), ((1,),), ((None,),)).to_dataframe()


# --- notebook plumbing --------------------------------------------------------------------------------

def test_notebook_outdir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(explore.OUT_ENV, raising=False)
    assert explore.notebook_outdir("one") == Path("out/one") and (tmp_path / "out" / "one").is_dir()
    monkeypatch.setenv(explore.OUT_ENV, str(tmp_path / "elsewhere"))
    assert explore.notebook_outdir("two") == tmp_path / "elsewhere" / "two"
    assert (tmp_path / "elsewhere" / "two").is_dir()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_check_neo4j_explains_when_no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(explore.REQUIRE_NEO4J_ENV, raising=False)
    conn = Connection(f"bolt://127.0.0.1:{_closed_port()}", "neo4j", "x")
    check = explore.check_neo4j(conn)
    assert not check.ok and check.connection is None
    assert "cannot reach Neo4j" in check.message and "tests/neo4j/server.sh start" in check.message


def test_check_neo4j_raises_when_required(monkeypatch: pytest.MonkeyPatch) -> None:
    conn = Connection(f"bolt://127.0.0.1:{_closed_port()}", "neo4j", "x")
    monkeypatch.setenv(explore.REQUIRE_NEO4J_ENV, "1")
    with pytest.raises(Neo4jUnavailable, match="MLKG_REQUIRE_NEO4J is set but Neo4j is not usable"):
        explore.check_neo4j(conn)
    monkeypatch.delenv(explore.REQUIRE_NEO4J_ENV)
    with pytest.raises(Neo4jUnavailable, match=r"\[E502\] cannot reach Neo4j") as info:
        explore.check_neo4j(conn, require=True)
    assert info.value.code == "E550" and "[E502]" in str(info.value) and isinstance(info.value, Neo4jError)
    assert not explore.check_neo4j(conn, require=False).ok


def test_ready_cypher_checks_the_name_before_connecting() -> None:
    conn = Connection(f"bolt://127.0.0.1:{_closed_port()}", "neo4j", "x")
    with pytest.raises(UnknownQuery, match="no ready-made query 'nope'"):
        explore.ready_cypher(conn, "nope")
