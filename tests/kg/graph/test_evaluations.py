"""Results and metrics in the graph: canonical metric labels with their direction, and a result's
number, unit, setting and task, as every output writes them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, XSD

from mlkg.export import export
from mlkg.export.neo4j_import import write_neo4j_import
from mlkg.graph import KnowledgeGraph, build_graph
from mlkg.graph.rdf import to_rdflib
from mlkg.graph.validate import validate
from mlkg.identity import uri
from mlkg.model import Entity, EntityType, Evidence, Extraction, Paper, Result, Role
from mlkg.ontology.vocab import MLKG

QUDT_UNIT = URIRef("http://qudt.org/schema/qudt/unit")
PERCENT = URIRef("http://qudt.org/vocab/unit/PERCENT")
MLS = rdflib.Namespace("http://www.w3.org/ns/mls#")
SENTENCE = "FooNet reaches 76.2% zero-shot top-1 accuracy on ImageNet image classification."


def _result(metric: str, value: str, dataset: str = "ImageNet", setting: str | None = None,
            task: str | None = None) -> Result:
    return Result("FooNet", dataset, metric, value, Evidence(SENTENCE, 0, len(SENTENCE)), 0.6,
                  setting=setting, task=task)


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    paper = Paper("2501.00001", "FooNet", SENTENCE, "test.jsonl", 0, arxiv_id="2501.00001")
    entities = tuple(Entity(name, kind, Role.USES, 0.9, (Evidence(SENTENCE, 0, len(SENTENCE)),), "test")
                     for name, kind in (("FooNet", EntityType.MODEL), ("ImageNet", EntityType.DATASET),
                                        ("CIFAR-10", EntityType.DATASET)))
    results = (
        _result("zero-shot top-1 accuracies", "76.2%", setting="zero-shot", task="image classification"),
        _result("Top-1 accuracy", "85.1%"),
        _result("5-shot accuracy", "61.0%"),  # the sentence did not tie the setting to the number: kept in the name
        _result("FID", "3.1", "CIFAR-10"),
        _result("Fréchet Inception Distance", ".95", "CIFAR-10"),
        _result("BD-Rate", "\u22123.2%", "CIFAR-10"),
        _result("BLEU", "1.2e-3 points", "CIFAR-10"),
        _result("top-1 accuracy", "76.2%", setting="fine-tuned"),  # same number, another setting: another result
    )
    return build_graph([Extraction(paper, entities, results)])


def _results(graph: KnowledgeGraph) -> dict[str, dict[str, object]]:
    metric_of = {e.source: graph.nodes[e.target].label for e in graph.edges.values() if e.rel == "resultMetric"}
    return {f"{metric_of[n.id]} {n.props['value']} {n.props.get('setting', '')}".strip(): n.props
            for n in graph.nodes_of("Result")}


def test_metric_nodes_have_one_canonical_singular_label_and_a_direction(graph: KnowledgeGraph) -> None:
    metrics = {n.id: (n.label, n.props) for n in graph.nodes_of("Metric")}
    assert metrics == {
        "metric/top-1-accuracy": ("top-1 accuracy", {"lower_is_better": False}),
        "metric/5-shot-accuracy": ("5-shot accuracy", {"lower_is_better": False}),
        "metric/fid": ("FID", {"lower_is_better": True}),  # "Fréchet Inception Distance" too
        "metric/bd-rate": ("BD-rate", {"lower_is_better": True}),
        "metric/bleu": ("BLEU", {"lower_is_better": False}),
    }


def test_result_nodes_carry_number_unit_setting_and_task(graph: KnowledgeGraph) -> None:
    assert _results(graph) == {
        "top-1 accuracy 76.2% zero-shot": {"value": "76.2%", "numeric_value": 76.2, "unit": "percent",
                                           "setting": "zero-shot", "task": "image classification"},
        "top-1 accuracy 85.1%": {"value": "85.1%", "numeric_value": 85.1, "unit": "percent"},
        "top-1 accuracy 76.2% fine-tuned": {"value": "76.2%", "numeric_value": 76.2, "unit": "percent",
                                            "setting": "fine-tuned"},
        "5-shot accuracy 61.0%": {"value": "61.0%", "numeric_value": 61.0, "unit": "percent"},
        "FID 3.1": {"value": "3.1", "numeric_value": 3.1},
        "FID .95": {"value": ".95", "numeric_value": 0.95},
        "BD-rate \u22123.2%": {"value": "\u22123.2%", "numeric_value": -3.2, "unit": "percent"},
        "BLEU 1.2e-3 points": {"value": "1.2e-3 points", "numeric_value": 0.0012},  # points are no percent
    }
    labels = {n.label for n in graph.nodes_of("Result")}
    assert "FooNet on ImageNet: top-1 accuracy 76.2% (zero-shot)" in labels


def test_the_rdf_uses_ml_schema_qudt_and_typed_literals(graph: KnowledgeGraph) -> None:
    rdf = to_rdflib(graph)
    result = next(s for s in rdf.subjects(MLKG.setting, Literal("zero-shot")))
    assert (result, MLKG.task, Literal("image classification")) in rdf
    assert (result, QUDT_UNIT, PERCENT) in rdf
    assert (URIRef(uri("metric/fid")), MLKG.lowerIsBetter, Literal("true", datatype=XSD.boolean)) in rdf
    assert (URIRef(uri("metric/top-1-accuracy")), MLKG.lowerIsBetter, Literal("false", datatype=XSD.boolean)) in rdf
    assert len(set(rdf.objects(None, QUDT_UNIT))) == 1
    onto = rdflib.Graph().parse(Path(__file__).parents[3] / "ontology" / "mlkg.ttl")
    assert (MLKG.Result, RDFS.subClassOf, MLS.ModelEvaluation) in onto
    assert (MLKG.Metric, RDFS.subClassOf, MLS.EvaluationMeasure) in onto
    assert (MLKG.lowerIsBetter, RDFS.range, XSD.boolean) in onto


def test_the_graph_still_conforms_to_the_shapes(graph: KnowledgeGraph) -> None:
    report = validate(to_rdflib(graph))
    assert report.conforms, report.violations


def test_a_second_unit_or_a_non_boolean_direction_breaks_the_shapes(graph: KnowledgeGraph) -> None:
    rdf = to_rdflib(graph)
    rdf.add((URIRef(uri("metric/fid")), MLKG.lowerIsBetter, Literal("yes")))
    result = next(rdf.subjects(MLKG.setting, Literal("zero-shot")))
    rdf.add((result, QUDT_UNIT, URIRef("http://qudt.org/vocab/unit/M")))
    shapes = {v.shape.rsplit("#", 1)[1] for v in validate(rdf).violations}
    assert {"Metric-lowerIsBetter-boolean", "Metric-lowerIsBetter-single", "Result-unit-percent"} <= shapes


def test_every_file_format_writes_the_new_properties(graph: KnowledgeGraph, tmp_path: Path) -> None:
    graphml, gexf, node_link, turtle = export(graph, tmp_path, ("graphml", "gexf", "json", "ttl"))
    for back in (nx.read_graphml(graphml, force_multigraph=True), nx.read_gexf(gexf),
                 nx.node_link_graph(json.loads(node_link.read_text()), edges="edges")):
        assert back.nodes["metric/fid"]["lower_is_better"] is True
        assert back.nodes["metric/top-1-accuracy"]["lower_is_better"] is False
        zero_shot = [d for _, d in back.nodes(data=True) if d.get("setting") == "zero-shot"]
        assert len(zero_shot) == 1 and zero_shot[0]["task"] == "image classification"
        assert zero_shot[0]["unit"] == "percent"
    parsed = rdflib.Graph().parse(turtle, format="turtle")
    assert (URIRef(uri("metric/fid")), MLKG.lowerIsBetter, Literal(True)) in parsed


def test_the_neo4j_import_csvs_type_the_direction_as_boolean(graph: KnowledgeGraph, tmp_path: Path) -> None:
    write_neo4j_import(graph, tmp_path)
    (metrics,) = tmp_path.rglob("nodes_Metric.csv")
    with metrics.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["name:string"]: r["lower_is_better:boolean"] for r in rows} == {
        "FID": "true", "top-1 accuracy": "false", "5-shot accuracy": "false", "BD-rate": "true", "BLEU": "false"}
    (results,) = tmp_path.rglob("nodes_Result.csv")
    header = results.read_text(encoding="utf-8").splitlines()[0]
    assert {"setting", "task", "unit"} <= {h.split(":")[0] for h in header.split(",")}
