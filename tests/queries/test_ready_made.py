"""The ready-made queries: exact answers on a hand-built graph, and agreement with an
independent Python computation over the KnowledgeGraph of the bundled example."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from mlkg import queries
from mlkg.build.pipeline import build
from mlkg.export import get_exporter
from mlkg.graph.store import KnowledgeGraph
from mlkg.identity import uri
from mlkg.query.sparql import open_store, run_query

from .toy_graph import P1, P2, P3, toy_graph

ID = "https://w3id.org/mlkg/id/"
NAMING = {"introduces", "uses", "compares", "mentions"}
ENTITY_TYPES = {"Model", "Dataset", "Benchmark"}
Example = tuple[KnowledgeGraph, ox.Store]


def _run(store: ox.Store, name: str, **params: str) -> list[tuple]:
    ready = queries.get(name)
    return list(run_query(store, ready.sparql, ready.bindings(params)).rows)


# --- the loader ----------------------------------------------------------------------------

def test_every_query_has_a_description_and_documented_params() -> None:
    shipped = queries.available()
    assert set(shipped) == {"most-used-datasets", "benchmarks-per-month", "compared-models",
                            "papers-with-code-by-org", "leaderboard", "cooccurring-entities"}
    for ready in shipped.values():
        assert ready.description and not ready.description.startswith("#")
        for param in ready.params:
            assert f"?{param.name}" in ready.sparql and param.default


def test_unknown_names_list_the_valid_ones() -> None:
    with pytest.raises(queries.UnknownQuery, match="available: benchmarks-per-month, compared-models") as info:
        queries.get("most-used")
    assert info.value.code == "E530" and "`mlkg queries` describes them" in str(info.value)
    with pytest.raises(queries.UnknownQuery, match="parameters: dataset") as info:
        queries.get("leaderboard").bindings({"datset": "x"})
    assert info.value.code == "E531"


def test_parse_reads_params_and_defaults() -> None:
    ready = queries.parse("q", "# Top things.\n# param: k (5) how many\n# param: flag\nSELECT ?k {}\n")
    assert ready.description == "Top things."
    assert [(p.name, p.default, p.help) for p in ready.params] == [("k", "5", "how many"), ("flag", None, "")]
    assert ready.bindings({}) == {"k": "5"} and ready.bindings({"k": "7"}) == {"k": "7"}
    with pytest.raises(ValueError, match="description"):
        queries.parse("q", "SELECT * {}")


# --- exact answers on the hand-built graph -------------------------------------------------

@pytest.fixture(scope="module", params=["nt", "ttl"])
def toy(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    exporter = get_exporter(request.param)
    path = tmp_path_factory.mktemp("toy") / exporter.filename
    exporter.write(toy_graph(), path)
    return open_store(path)


def test_most_used_datasets(toy: ox.Store) -> None:
    assert _run(toy, "most-used-datasets") == [
        (ID + "entity/cifar-10", "CIFAR-10", "Dataset", 3),
        (ID + "entity/bench-x", "BenchX", "Benchmark", 2),
        (ID + "entity/imagenet", "ImageNet", "Dataset", 2),
        (ID + "entity/bench-w", "BenchW", "Benchmark", 1),
        (ID + "entity/bench-y", "BenchY", "Benchmark", 1),
        (ID + "entity/bench-z", "BenchZ", "Benchmark", 1),
    ]  # SVHN is only a result's dataset: no paper names it


def test_benchmarks_per_month_counts_each_benchmark_once_at_its_first_paper(toy: ox.Store) -> None:
    # BenchX is introduced in 2024-01 and again in 2024-02; BenchZ's paper has no date
    assert _run(toy, "benchmarks-per-month") == [("2024-01", 2), ("2024-02", 1)]


@pytest.mark.parametrize("given", ["CLIP", "clip"])
def test_compared_models(toy: ox.Store, given: str) -> None:
    # P1, P2, P3 involve CLIP (P4 only mentions it); CLIP itself is never its own competitor
    assert _run(toy, "compared-models", model=given) == [
        (given, ID + "entity/resnet", "ResNet", 3),
        (given, ID + "entity/vit", "ViT", 1),
    ]


def test_compared_models_matches_aliases(toy: ox.Store) -> None:
    assert _run(toy, "compared-models", model="ALPHA") == [
        ("ALPHA", ID + "entity/clip", "CLIP", 1), ("ALPHA", ID + "entity/resnet", "ResNet", 1)]
    assert _run(toy, "compared-models", model="no such model") == []


def test_papers_with_code_by_org(toy: ox.Store) -> None:
    assert _run(toy, "papers-with-code-by-org") == [
        (ID + "org/openai", "OpenAI", 2, 1),
        (ID + "org/meta", "Meta", 1, 1),
    ]


@pytest.mark.parametrize("given", ["CIFAR-10", "cifar10"])
def test_leaderboard_orders_by_metric_setting_then_best_value_in_the_metric_s_direction(
        toy: ox.Store, given: str) -> None:
    assert _run(toy, "leaderboard", dataset=given) == [
        # FID is lower-is-better: the smallest first (a largest-first sort would lead with 12.4)
        (given, "AlphaNet", "FID", None, "3.1", 3.1, ID + P1),
        (given, "ResNet", "FID", None, "7.5", 7.5, ID + P3),
        (given, "CLIP", "FID", None, "12.4", 12.4, ID + P2),
        (given, "ViT", "FID", None, "n/a", None, ID + P3),  # no number: last
        # top-1 accuracy is higher-is-better: the largest first, each setting on its own
        (given, "AlphaNet", "top-1 accuracy", None, "91.5%", 91.5, ID + P1),
        (given, "CLIP", "top-1 accuracy", None, "88.0%", 88.0, ID + P2),
        (given, "ViT", "top-1 accuracy", None, "SOTA", None, ID + P3),  # no number: last
        (given, "AlphaNet", "top-1 accuracy", "zero-shot", "70.2%", 70.2, ID + P1),
        (given, "CLIP", "top-1 accuracy", "zero-shot", "62.0%", 62.0, ID + P2),
        (given, "AlphaNet", "top-5 accuracy", None, "99.1%", 99.1, ID + P1),
    ]
    assert _run(toy, "leaderboard", dataset="ImageNet") == [
        ("ImageNet", "ResNet", "top-1 accuracy", None, "76.1%", 76.1, ID + P3)]


def test_cooccurring_entities(toy: ox.Store) -> None:
    cifar, imagenet, bench_x = ID + "entity/cifar-10", ID + "entity/imagenet", ID + "entity/bench-x"
    clip, resnet = ID + "entity/clip", ID + "entity/resnet"
    assert _run(toy, "cooccurring-entities") == [
        (cifar, "CIFAR-10", clip, "CLIP", 3),
        (clip, "CLIP", resnet, "ResNet", 3),
        (bench_x, "BenchX", clip, "CLIP", 2),
        (bench_x, "BenchX", resnet, "ResNet", 2),
        (cifar, "CIFAR-10", resnet, "ResNet", 2),
        (clip, "CLIP", imagenet, "ImageNet", 2),  # each pair once, in IRI order
        (imagenet, "ImageNet", resnet, "ResNet", 2),
    ]


# --- agreement with an independent computation on the example graph -----------------------

@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Example:
    example_page = Path(__file__).parents[2] / "examples" / "hf_daily_papers_page.txt"
    out = tmp_path_factory.mktemp("example")
    result = build([example_page], out, formats=("nt",), extractor="spacy")
    return result.graph, open_store(out)


def _names(graph: KnowledgeGraph, node_id: str) -> set[str]:
    node = graph.nodes[node_id]
    return {node.label.lower(), *(a.lower() for a in node.props.get("aliases", ()))}


def _named_by_papers(graph: KnowledgeGraph, rels: set[str], types: set[str]) -> dict[str, set[str]]:
    papers: dict[str, set[str]] = defaultdict(set)
    for edge in graph.edges.values():
        if edge.rel in rels and graph.nodes[edge.target].type in types:
            papers[edge.target].add(edge.source)
    return papers


def expected_most_used(graph: KnowledgeGraph) -> list[tuple]:
    papers = _named_by_papers(graph, NAMING, {"Dataset", "Benchmark"})
    rows = [(uri(n), graph.nodes[n].label, graph.nodes[n].type, len(p)) for n, p in papers.items()]
    return sorted(rows, key=lambda r: (-r[3], r[1], r[0]))


def expected_per_month(graph: KnowledgeGraph) -> list[tuple]:
    first: dict[str, str] = {}
    for edge in graph.edges.values():
        date = graph.nodes[edge.source].props.get("published")
        if edge.rel == "introduces" and graph.nodes[edge.target].type == "Benchmark" and date:
            first[edge.target] = min(first.get(edge.target, date), date)
    return sorted(Counter(date[:7] for date in first.values()).items())


def expected_compared(graph: KnowledgeGraph, name: str) -> list[tuple]:
    given = {n.id for n in graph.nodes_of("Model") if name.lower() in _names(graph, n.id)}
    papers = {e.source for e in graph.edges.values()
              if e.rel in {"introduces", "uses", "compares"} and e.target in given}
    counts = Counter(e.target for e in graph.edges.values()
                     if e.rel == "compares" and e.source in papers and e.target not in given
                     and graph.nodes[e.target].type == "Model")
    rows = [(name, uri(m), graph.nodes[m].label, n) for m, n in counts.items()]
    return sorted(rows, key=lambda r: (-r[3], r[2], r[1]))


def expected_code_by_org(graph: KnowledgeGraph) -> list[tuple]:
    coded = {e.source for e in graph.edges.values() if e.rel == "code"}
    papers = _named_by_papers(graph, {"affiliation"}, {"Organization"})
    rows = [(uri(o), graph.nodes[o].label, len(p), len(p & coded)) for o, p in papers.items()]
    return sorted(rows, key=lambda r: (-r[2], -r[3], r[1], r[0]))


def expected_leaderboard(graph: KnowledgeGraph, name: str) -> list[tuple]:
    out = defaultdict(dict)
    for edge in graph.edges.values():
        if edge.rel in {"resultModel", "resultDataset", "resultMetric", "reportsResult"}:
            key, other = (edge.target, edge.source) if edge.rel == "reportsResult" else (edge.source, edge.target)
            out[key][edge.rel] = other
    rows, lower = [], {}
    for result, links in out.items():
        if name.lower() in _names(graph, links["resultDataset"]):
            props, metric = graph.nodes[result].props, graph.nodes[links["resultMetric"]]
            lower[result] = metric.props["lower_is_better"]
            rows.append((name, graph.nodes[links["resultModel"]].label, metric.label, props.get("setting"),
                         props["value"], props.get("numeric_value"), uri(links["reportsResult"]), result))
    rows.sort(key=lambda r: (r[2], r[3] or "", r[5] is None, (r[5] or 0) * (1 if lower[r[7]] else -1), r[1], r[4], r[6]))
    return [r[:7] for r in rows]


def expected_cooccurring(graph: KnowledgeGraph) -> list[tuple]:
    entities: dict[str, set[str]] = defaultdict(set)
    for entity, papers in _named_by_papers(graph, NAMING, ENTITY_TYPES).items():
        for paper in papers:
            entities[paper].add(entity)
    pairs = Counter((a, b) for named in entities.values() for a in named for b in named if uri(a) < uri(b))
    rows = [(uri(a), graph.nodes[a].label, uri(b), graph.nodes[b].label, n)
            for (a, b), n in pairs.items() if n >= 2]
    return sorted(rows, key=lambda r: (-r[4], r[1], r[3], r[0], r[2]))


def test_example_most_used_datasets(example: Example) -> None:
    graph, store = example
    expected = expected_most_used(graph)
    assert len(expected) >= 10 and _run(store, "most-used-datasets") == expected


def test_example_benchmarks_per_month(example: Example) -> None:
    graph, store = example
    expected = expected_per_month(graph)
    assert expected and _run(store, "benchmarks-per-month") == expected


@pytest.mark.parametrize("model", ["CLIP", "vit", "nothing-like-this"])
def test_example_compared_models(example: Example, model: str) -> None:
    graph, store = example
    assert _run(store, "compared-models", model=model) == expected_compared(graph, model)


def test_example_compared_models_is_not_empty(example: Example) -> None:
    graph, _ = example
    assert expected_compared(graph, "CLIP") or expected_compared(graph, "ViT")


def test_example_papers_with_code_by_org(example: Example) -> None:
    graph, store = example
    expected = expected_code_by_org(graph)
    assert expected and _run(store, "papers-with-code-by-org") == expected


def test_example_leaderboard(example: Example) -> None:
    graph, store = example
    datasets = {graph.nodes[e.target].label for e in graph.edges.values() if e.rel == "resultDataset"}
    for name in sorted(datasets | {"imagenet-1k", "no such dataset"}):
        assert _run(store, "leaderboard", dataset=name) == expected_leaderboard(graph, name), name


def test_example_cooccurring_entities(example: Example) -> None:
    graph, store = example
    assert _run(store, "cooccurring-entities") == expected_cooccurring(graph)
