"""What a page shows: types, min_papers, focus, top, and what was left out (hand-built graphs)."""

from __future__ import annotations

import pytest

from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.viz import DEFAULT_TYPES, Selection, SelectionError, find_nodes, select
from mlkg.viz.selection import paper_counts


def add_paper(graph: KnowledgeGraph, pid: str) -> str:
    graph.add_node(Node(f"paper/{pid}", "Paper", pid.upper(), {"title": pid.upper()}))
    return f"paper/{pid}"


def add_link(graph: KnowledgeGraph, pid: str, rel: str, target: str) -> None:
    graph.add_edge(Edge(f"paper/{pid}", rel, target, {"paper": f"paper/{pid}", "confidence": 0.9}))


def small_graph() -> KnowledgeGraph:
    """3 papers, 4 models, a dataset, a person, a result and a metric: 11 nodes, 11 edges.

    papers per entity: llama2 2 (p1, p2), imagenet 2 (p1, p3), gpt4 1, llama2chat 1, orphan 0.
    """
    g = KnowledgeGraph()
    for pid in ("p1", "p2", "p3"):
        add_paper(g, pid)
    g.add_node(Node("entity/llama2", "Model", "LLaMA 2", {"aliases": ("Llama-2-7B",)}))
    g.add_node(Node("entity/llama2chat", "Model", "Llama 2 Chat"))
    g.add_node(Node("entity/gpt4", "Model", "GPT-4"))
    g.add_node(Node("entity/orphan", "Model", "Orphan Net"))
    g.add_node(Node("entity/imagenet", "Dataset", "ImageNet"))
    g.add_node(Node("person/alice", "Person", "Alice Smith"))
    g.add_node(Node("result/r1", "Result", "r1"))
    g.add_node(Node("metric/acc", "Metric", "accuracy"))
    add_link(g, "p1", "uses", "entity/llama2")
    add_link(g, "p1", "uses", "entity/imagenet")
    add_link(g, "p2", "uses", "entity/llama2")
    add_link(g, "p2", "compares", "entity/gpt4")
    add_link(g, "p2", "introduces", "entity/llama2chat")
    g.add_edge(Edge("entity/llama2chat", "variantOf", "entity/llama2"))
    add_link(g, "p3", "uses", "entity/imagenet")
    g.add_edge(Edge("paper/p1", "authoredBy", "person/alice"))
    add_link(g, "p3", "reportsResult", "result/r1")
    g.add_edge(Edge("result/r1", "resultMetric", "metric/acc"))
    g.add_edge(Edge("result/r1", "resultDataset", "entity/imagenet"))
    return g


HUB_LINKS = {  # paper -> the models it uses; every model has degree ≥ 3, every paper 2
    "p1": ("m1", "m2"), "p2": ("m1", "m2"), "p3": ("m1", "m3"), "p4": ("m1", "m4"),
    "p5": ("m2", "m3"), "p6": ("m3", "m5"), "p7": ("m4", "m5"), "p8": ("m4", "m5"),
}


def hub_graph(reverse: bool = False) -> KnowledgeGraph:
    """5 hub models m1..m5 (degrees 4, 3, 3, 3, 3) linked only through 8 papers of degree 2."""
    nodes = [Node(f"entity/m{i}", "Model", f"Hub {i}") for i in range(1, 6)]
    nodes += [Node(f"paper/{p}", "Paper", p, {"title": p}) for p in HUB_LINKS]
    edges = [Edge(f"paper/{p}", "uses", f"entity/{m}", {"paper": f"paper/{p}"})
             for p, models in HUB_LINKS.items() for m in models]
    g = KnowledgeGraph()
    for node in reversed(nodes) if reverse else nodes:
        g.add_node(node)
    for edge in reversed(edges) if reverse else edges:
        g.add_edge(edge)
    return g


def star_graph() -> KnowledgeGraph:
    """entity/x -p0- entity/hub, and the hub linked by p1..p6: x has degree 1, the hub 7."""
    g = KnowledgeGraph()
    g.add_node(Node("entity/x", "Model", "Xnet"))
    g.add_node(Node("entity/hub", "Model", "Hub"))
    add_paper(g, "p0")
    add_link(g, "p0", "uses", "entity/x")
    add_link(g, "p0", "uses", "entity/hub")
    for i in range(1, 7):
        add_paper(g, f"p{i}")
        add_link(g, f"p{i}", "uses", "entity/hub")
    return g


def plain_top(graph: KnowledgeGraph, n: int) -> set[str]:
    """The naive top-n by degree over the whole graph (ties on the id)."""
    degree = {i: 0 for i in graph.nodes}
    for source, _rel, target in graph.edges:
        degree[source] += 1
        degree[target] += 1
    return set(sorted(degree, key=lambda i: (-degree[i], i))[:n])


def check_totals(selection: Selection) -> None:
    assert len(selection.nodes) + sum(selection.left_out.values()) == selection.total_nodes
    assert len(set(selection.nodes)) == len(selection.nodes)
    kept = set(selection.nodes)
    assert all(s in kept and t in kept for s, _r, t in selection.edges)


# --- paper counts and find_nodes -------------------------------------------------------------

def test_paper_counts_count_distinct_papers_and_papers_count_themselves() -> None:
    counts = paper_counts(small_graph())
    assert counts["entity/llama2"] == 2
    assert counts["entity/imagenet"] == 2
    assert counts["entity/gpt4"] == 1
    assert counts["entity/llama2chat"] == 1
    assert "entity/orphan" not in counts
    assert counts["paper/p1"] == counts["paper/p2"] == counts["paper/p3"] == 1


def test_find_nodes_by_label_alias_id_and_spelling() -> None:
    g = small_graph()
    assert find_nodes(g, "LLaMA 2") == ["entity/llama2"]
    assert find_nodes(g, "llama-2") == ["entity/llama2"]
    assert find_nodes(g, "llama 2 7b") == ["entity/llama2"]  # alias Llama-2-7B
    assert find_nodes(g, "entity/gpt4") == ["entity/gpt4"]  # the id
    assert find_nodes(g, "gpt4") == ["entity/gpt4"]  # the id's local part and GPT-4's spelling
    assert find_nodes(g, "LLaMA 3") == []
    assert find_nodes(g, "GPT-4", among=["entity/llama2"]) == []


# --- types and min_papers --------------------------------------------------------------------

def test_default_selection_exact() -> None:
    s = select(small_graph())
    assert s.nodes == ("entity/llama2", "paper/p2", "entity/imagenet", "entity/llama2chat",
                       "paper/p1", "entity/gpt4", "paper/p3")
    assert s.edges == (
        ("entity/llama2chat", "variantOf", "entity/llama2"),
        ("paper/p1", "uses", "entity/imagenet"),
        ("paper/p1", "uses", "entity/llama2"),
        ("paper/p2", "compares", "entity/gpt4"),
        ("paper/p2", "introduces", "entity/llama2chat"),
        ("paper/p2", "uses", "entity/llama2"),
        ("paper/p3", "uses", "entity/imagenet"),
    )
    assert s.degree == {"entity/llama2": 3, "paper/p2": 3, "entity/imagenet": 2,
                        "entity/llama2chat": 2, "paper/p1": 2, "entity/gpt4": 1, "paper/p3": 1}
    assert s.papers["entity/llama2"] == 2 and s.papers["paper/p3"] == 1
    assert (s.total_nodes, s.total_edges) == (11, 11)
    assert s.left_out == {"types": 3, "min_papers": 1}
    assert s.focus == ()
    check_totals(s)


def test_default_types_exclude_person_result_metric() -> None:
    assert not {"Person", "Result", "Metric"} & set(DEFAULT_TYPES)
    g = small_graph()
    s = select(g, min_papers=0)
    assert {g.nodes[i].type for i in s.nodes} == {"Paper", "Model", "Dataset"}
    assert not {"person/alice", "result/r1", "metric/acc"} & set(s.nodes)
    assert s.left_out["types"] == 3
    check_totals(s)


def test_types_chosen_explicitly() -> None:
    g = small_graph()
    s = select(g, types=["Model"], min_papers=0)
    assert set(s.nodes) == {"entity/llama2", "entity/llama2chat", "entity/gpt4", "entity/orphan"}
    assert s.edges == (("entity/llama2chat", "variantOf", "entity/llama2"),)
    assert s.left_out["types"] == 7
    s = select(g, types=("Result", "Paper"))
    assert set(s.nodes) == {"paper/p1", "paper/p2", "paper/p3", "result/r1"}
    assert s.edges == (("paper/p3", "reportsResult", "result/r1"),)
    assert s.left_out == {"types": 7, "min_papers": 0}


def test_persons_count_the_papers_that_list_them() -> None:
    s = select(small_graph(), types=["Person", "Paper"])
    assert "person/alice" in s.nodes


def test_min_papers_drops_entities_but_keeps_papers() -> None:
    g = small_graph()
    s = select(g, min_papers=2)
    assert set(s.nodes) == {"entity/llama2", "entity/imagenet", "paper/p1", "paper/p2", "paper/p3"}
    assert s.left_out == {"types": 3, "min_papers": 3}  # gpt4, llama2chat, orphan
    check_totals(s)
    assert set(select(g, min_papers=0).nodes) == set(select(g).nodes) | {"entity/orphan"}
    s = select(g, min_papers=3)
    assert set(s.nodes) == {"paper/p1", "paper/p2", "paper/p3"}
    assert s.edges == ()
    assert s.left_out["min_papers"] == 5


# --- focus -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["LLaMA 2", "llama-2", "LLAMA2", "Llama-2-7B", "llama 2 7b"])
def test_focus_by_label_alias_or_spelling(name: str) -> None:
    s = select(small_graph(), focus=name)
    assert s.focus == ("entity/llama2",)
    assert set(s.nodes) == {"entity/llama2", "paper/p1", "paper/p2", "entity/llama2chat"}
    assert s.left_out["focus"] == 3
    check_totals(s)


def test_focus_hops_reach() -> None:
    g = small_graph()
    assert select(g, focus="llama-2", hops=0).nodes == ("entity/llama2",)
    one = select(g, focus="llama-2", hops=1)
    two = select(g, focus="llama-2", hops=2)
    three = select(g, focus="llama-2", hops=3)
    assert set(one.nodes) == {"entity/llama2", "paper/p1", "paper/p2", "entity/llama2chat"}
    assert set(two.nodes) == set(one.nodes) | {"entity/imagenet", "entity/gpt4"}
    assert set(three.nodes) == set(two.nodes) | {"paper/p3"}
    assert (one.left_out["focus"], two.left_out["focus"], three.left_out["focus"]) == (3, 1, 0)
    assert ("paper/p1", "uses", "entity/imagenet") in two.edges
    assert ("paper/p1", "uses", "entity/imagenet") not in one.edges


def test_focus_only_among_selected_types() -> None:
    g = small_graph()
    with pytest.raises(SelectionError, match="no node named 'Alice Smith'"):
        select(g, focus="Alice Smith")
    with pytest.raises(SelectionError, match="no node named 'Orphan Net'"):
        select(g, focus="Orphan Net")  # dropped by min_papers before the focus
    s = select(g, focus="Alice Smith", types=["Person", "Paper"], min_papers=0)
    assert set(s.nodes) == {"person/alice", "paper/p1"}


def test_focus_not_found_suggests_close_names() -> None:
    with pytest.raises(SelectionError) as info:
        select(small_graph(), focus="LLaMA 3")
    message = str(info.value)
    assert message == ("[E603] no node named 'LLaMA 3' among the selected node types; did you mean 'LLaMA 2'?; "
                       "check the spelling or --types")


def test_focus_not_found_without_anything_close() -> None:
    with pytest.raises(SelectionError) as info:
        select(small_graph(), focus="zzzzqqq")
    assert str(info.value) == ("[E603] no node named 'zzzzqqq' among the selected node types; "
                               "check the spelling or --types")
    assert info.value.code == "E603"


# --- bad options -----------------------------------------------------------------------------

def test_unknown_type_lists_valid_types() -> None:
    with pytest.raises(SelectionError) as info:
        select(small_graph(), types=["Model", "Modle"])
    assert str(info.value) == ("[E601] unknown node type(s) Modle; valid: Benchmark, Dataset, Metric, Model, "
                               "Organization, Paper, Person, Repository, Result")


@pytest.mark.parametrize("options", [{"min_papers": -1}, {"hops": -1, "focus": "GPT-4"}, {"top": -1}])
def test_negative_numbers_are_refused(options: dict) -> None:
    with pytest.raises(SelectionError, match="≥ 0"):
        select(small_graph(), **options)


def test_selection_error_is_a_value_error() -> None:
    assert issubclass(SelectionError, ValueError)


# --- top -------------------------------------------------------------------------------------

def test_plain_top_by_degree_would_have_no_edges() -> None:
    g = hub_graph()
    naive = plain_top(g, 5)
    assert naive == {f"entity/m{i}" for i in range(1, 6)}
    assert not [k for k in g.edges if k[0] in naive and k[2] in naive]


def test_top_keeps_hubs_and_the_papers_linking_them() -> None:
    s = select(hub_graph(), top=7)
    assert s.nodes == ("entity/m1", "entity/m2", "entity/m3", "paper/p1", "paper/p2", "paper/p3", "paper/p5")
    assert s.edges == (
        ("paper/p1", "uses", "entity/m1"), ("paper/p1", "uses", "entity/m2"),
        ("paper/p2", "uses", "entity/m1"), ("paper/p2", "uses", "entity/m2"),
        ("paper/p3", "uses", "entity/m1"), ("paper/p3", "uses", "entity/m3"),
        ("paper/p5", "uses", "entity/m2"), ("paper/p5", "uses", "entity/m3"),
    )
    assert s.left_out == {"types": 0, "min_papers": 0, "top": 6, "stray": 0}
    check_totals(s)


def test_top_papers_link_two_hubs_and_a_hub_left_alone_is_a_stray() -> None:
    # m1, m2 with p1, p2 between them fill 4 places; the fifth is m3, whose papers do not fit
    s = select(hub_graph(), top=5)
    assert s.nodes == ("entity/m1", "entity/m2", "paper/p1", "paper/p2")
    assert all(s.degree[p] == 2 for p in s.nodes if p.startswith("paper/"))
    assert s.left_out == {"types": 0, "min_papers": 0, "top": 8, "stray": 1}
    assert s.summary().endswith("left out 8 below the top by degree, 1 in stray components")
    check_totals(s)


def test_top_zero_or_none_or_large_keeps_everything() -> None:
    g = hub_graph()
    full = select(g, top=None)
    assert len(full.nodes) == 13 and len(full.edges) == 16
    assert "top" not in full.left_out
    assert select(g, top=0) == full
    assert select(g, top=13) == full
    assert select(g, top=12).left_out["top"] == 1


def test_top_keeps_focus_nodes() -> None:
    g = star_graph()
    assert plain_top(g, 2) == {"entity/hub", "paper/p0"}  # the naive cut loses the focus
    s = select(g, focus="xnet", hops=3, top=2)
    assert s.focus == ("entity/x",)
    assert set(s.nodes) == {"entity/x", "paper/p0"}
    assert s.edges == (("paper/p0", "uses", "entity/x"),)
    assert s.left_out == {"types": 0, "min_papers": 0, "focus": 0, "top": 7, "stray": 0}
    check_totals(s)


def test_top_with_a_focus_on_the_hub() -> None:
    s = select(star_graph(), focus="Hub", hops=1, top=3)
    assert s.focus == ("entity/hub",)
    assert s.nodes == ("entity/hub", "paper/p0", "paper/p1")
    assert len(s.edges) == 2


# --- left_out, summary -----------------------------------------------------------------------

def test_every_filter_at_once_counts_add_up() -> None:
    s = select(small_graph(), types=("Paper", "Model", "Dataset"), min_papers=1, focus="llama 2",
               hops=2, top=3)
    assert s.left_out == {"types": 3, "min_papers": 1, "focus": 1, "top": 3, "stray": 0}
    assert list(s.left_out) == ["types", "min_papers", "focus", "top", "stray"]
    assert s.nodes == ("entity/llama2", "paper/p1", "paper/p2")
    assert s.edges == (("paper/p1", "uses", "entity/llama2"), ("paper/p2", "uses", "entity/llama2"))
    check_totals(s)
    assert s.summary() == ("showing 3 of 11 nodes and 2 of 11 edges; left out 3 of other types, "
                           "1 in too few papers, 1 outside the focus, 3 below the top by degree")


def test_summary_of_default_selection() -> None:
    assert select(small_graph()).summary() == (
        "showing 7 of 11 nodes and 7 of 11 edges; left out 3 of other types, 1 in too few papers")


def test_summary_without_anything_left_out() -> None:
    s = select(hub_graph(), top=None)
    assert s.summary() == "showing 13 of 13 nodes and 16 of 16 edges"
    assert "left out" not in s.summary()


def test_summary_uses_thousands_separators() -> None:
    g = KnowledgeGraph()
    for i in range(1500):
        add_paper(g, f"q{i:04d}")
    s = select(g, top=1000)
    assert s.summary() == ("showing 1,000 of 1,500 nodes and 0 of 0 edges; "
                           "left out 500 below the top by degree")


def test_empty_graph() -> None:
    s = select(KnowledgeGraph())
    assert (s.nodes, s.edges, s.total_nodes) == ((), (), 0)
    assert s.summary() == "showing 0 of 0 nodes and 0 of 0 edges"


# --- determinism -----------------------------------------------------------------------------

@pytest.mark.parametrize("options", [
    {}, {"top": 5}, {"top": 7}, {"top": 3, "focus": "Hub 5", "hops": 2}, {"min_papers": 4},
])
def test_same_selection_whatever_the_insertion_order(options: dict) -> None:
    forward = select(hub_graph(), **options)
    again = select(hub_graph(), **options)
    backward = select(hub_graph(reverse=True), **options)
    assert list(hub_graph().nodes) != list(hub_graph(reverse=True).nodes)
    assert forward == again == backward
    assert forward.left_out == backward.left_out


def test_metrics_count_the_papers_of_their_results() -> None:
    g = KnowledgeGraph()
    for p in ("paper/a", "paper/b"):
        g.add_node(Node(p, "Paper", p, {}))
    g.add_node(Node("result/1", "Result", "r1", {}))
    g.add_node(Node("result/2", "Result", "r2", {}))
    g.add_node(Node("metric/acc", "Metric", "accuracy", {}))
    g.add_edge(Edge("paper/a", "reportsResult", "result/1", {"paper": "paper/a"}))
    g.add_edge(Edge("paper/b", "reportsResult", "result/2", {"paper": "paper/b"}))
    g.add_edge(Edge("result/1", "resultMetric", "metric/acc", {}))
    g.add_edge(Edge("result/2", "resultMetric", "metric/acc", {}))
    assert paper_counts(g)["metric/acc"] == 2
    assert select(g, types=["Metric"], min_papers=2).nodes == ("metric/acc",)


# --- big graphs: hubs, papers between them, no strays -------------------------------------------

def big_graph() -> KnowledgeGraph:
    """1,500+ nodes: 3 communities of hubs (models, datasets, benchmarks) with many papers each
    linking two hubs of its community and a few across; plus 40 stray pieces (a model with a
    paper of its own, a dataset pair) and 300 leaf papers naming a single hub."""
    g = KnowledgeGraph()
    kinds = ("Model", "Dataset", "Benchmark")
    hubs = [f"entity/h{c}_{i}" for c in range(3) for i in range(12)]
    for hub in hubs:
        c = int(hub.split("h")[1].split("_")[0])
        g.add_node(Node(hub, kinds[c], hub.upper()))
    n = 0
    for c in range(3):
        for k in range(300):
            pid = f"b{n}"
            n += 1
            add_paper(g, pid)
            add_link(g, pid, "uses", f"entity/h{c}_{k % 12}")
            add_link(g, pid, "uses", f"entity/h{c}_{(k + 1) % 12}")  # a ring of hubs
            if k % 25 == 0:  # a bridge to the next community
                add_link(g, pid, "compares", f"entity/h{(c + 1) % 3}_{k % 12}")
    for s in range(40):
        g.add_node(Node(f"entity/stray{s}", "Model", f"Stray {s}"))
        for j in range(3):
            add_paper(g, f"s{s}_{j}")
            add_link(g, f"s{s}_{j}", "uses", f"entity/stray{s}")
    for leaf in range(300):
        add_paper(g, f"leaf{leaf}")
        add_link(g, f"leaf{leaf}", "uses", hubs[leaf % len(hubs)])
    return g


def components(s: Selection) -> list[set[str]]:
    parts: list[set[str]] = []
    for a, _rel, b in s.edges:
        touching = [p for p in parts if a in p or b in p]
        merged = {a, b}.union(*touching)
        parts = [p for p in parts if p not in touching] + [merged]
    return parts


def test_default_selection_of_a_big_graph_keeps_the_hubs_and_drops_strays() -> None:
    g = big_graph()
    assert len(g.nodes) > 1000
    s = select(g, top=600)
    hubs = {i for i in g.nodes if i.startswith("entity/h")}
    assert hubs <= set(s.nodes)  # every hub of models, datasets and benchmarks
    assert not [i for i in s.nodes if "stray" in i or i.startswith("paper/s")]  # no stray piece
    assert not [i for i in s.nodes if i.startswith("paper/leaf")]  # no leaf paper on one hub
    assert all(s.degree[i] >= 2 for i in s.nodes if i.startswith("paper/"))  # papers link hubs
    assert len(components(s)) == 1 and set().union(*components(s)) == set(s.nodes)
    assert len(s.nodes) + s.left_out["stray"] == 600 and s.left_out["stray"] == 40  # said, not hidden
    check_totals(s)


def test_a_cut_that_leaves_pieces_says_how_many_it_dropped() -> None:
    g = big_graph()
    s = select(g, top=len(g.nodes) - 10)  # room for the strays' hubs, which join nothing
    assert s.left_out["stray"] > 0
    assert f"{s.left_out['stray']:,} in stray components" in s.summary()
    assert len(components(s)) == 1
    check_totals(s)


def test_focus_keeps_single_link_papers_and_its_component() -> None:
    g = big_graph()
    s = select(g, focus="STRAY3", top=3)
    assert s.focus == ("entity/stray3",)
    assert set(s.nodes) == {"entity/stray3", "paper/s3_0", "paper/s3_1"}
