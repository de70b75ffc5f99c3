"""The graph of the bundled examples (the Daily Papers page and five days of the HF API), built with spaCy.

The gold annotations of the page are the independent reference: every gold entity
named by two or more papers must be exactly one node, and no node may hold two
entities the gold keeps apart.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import PROV, RDF

from mlkg.build.pipeline import BuildResult, build
from mlkg.extract.shapes import norm_key
from mlkg.graph.nx import to_networkx
from mlkg.graph.rdf import OA, statement_uri, to_rdflib
from mlkg.identity import node_id, uri
from mlkg.ontology.schema import schema
from mlkg.ontology.vocab import MLKG

REPO = Path(__file__).parents[3]
GOLD = REPO / "tests" / "data" / "hf_daily_papers_page.gold.jsonl"
ML_TYPES = {"Model", "Dataset", "Benchmark"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return build([REPO / "examples"], tmp_path_factory.mktemp("example"), formats=("nt",), extractor="spacy")


def _forms(node_label: str, props: dict) -> set[str]:
    return {norm_key(node_label), *(norm_key(a) for a in props.get("aliases", ()))}


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_gold_entity_of_two_or_more_papers_is_exactly_one_node(built: BuildResult) -> None:
    papers_of: dict[str, set[str]] = defaultdict(set)
    for paper in _gold():
        for entity in paper["entities"]:
            if entity["type"] in ML_TYPES:
                papers_of[norm_key(entity["name"])].add(paper["title"])
    shared = {key for key, titles in papers_of.items() if len(titles) >= 2}
    assert shared, "the gold names some entities in several papers"
    nodes_by_form: dict[str, set[str]] = defaultdict(set)
    for node in built.graph.nodes.values():
        if node.type in ML_TYPES:
            for form in _forms(node.label, node.props):
                nodes_by_form[form].add(node.id)
    found = {key: nodes_by_form[key] for key in shared if nodes_by_form.get(key)}
    assert len(found) >= 0.8 * len(shared), f"most shared gold entities are extracted: {sorted(shared - set(found))}"
    for key, nodes in found.items():
        assert len(nodes) == 1, f"{key} is split over {sorted(nodes)}"


def test_no_node_merges_entities_the_gold_keeps_apart(built: BuildResult) -> None:
    gold_groups: list[set[str]] = []  # the forms of one gold entity (name and aliases)
    for paper in _gold():
        for entity in paper["entities"]:
            if entity["type"] in ML_TYPES:
                gold_groups.append({norm_key(entity["name"]), *(norm_key(a) for a in entity["aliases"])})
    same: dict[str, set[str]] = defaultdict(set)
    for group in gold_groups:
        for form in group:
            same[form] |= group
    for node in built.graph.nodes.values():
        if node.type not in ML_TYPES:
            continue
        names = [f for f in _forms(node.label, node.props) if f in same]
        for a in names:
            for b in names:
                assert b in same[a] or a in same[b], f"{node.id} merges gold-distinct {a!r} and {b!r}"


def test_no_two_nodes_share_a_spelling(built: BuildResult) -> None:
    seen: dict[str, str] = {}
    for node in built.graph.nodes.values():
        if node.type in ML_TYPES:
            key = norm_key(node.label)
            assert key not in seen, f"{node.id} and {seen.get(key)} are spelling variants"
            seen[key] = node.id


def test_each_paper_has_one_edge_per_entity_node(built: BuildResult) -> None:
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for edge in built.graph.edges.values():
        if edge.source.startswith("paper/") and edge.rel not in ("authoredBy", "reportsResult"):
            pairs[(edge.source, edge.target)].append(edge.rel)
    assert pairs
    assert all(len(rels) == 1 for rels in pairs.values()), {k: v for k, v in pairs.items() if len(v) > 1}


def test_results_link_model_dataset_metric_and_value(built: BuildResult) -> None:
    graph = built.graph
    results = list(graph.nodes_of("Result"))
    assert results
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for edge in graph.edges.values():
        out[edge.source][edge.rel] = edge.target
    for result in results:
        links = out[result.id]
        assert graph.nodes[links["resultModel"]].type == "Model"
        assert graph.nodes[links["resultDataset"]].type in ("Dataset", "Benchmark")
        assert graph.nodes[links["resultMetric"]].type == "Metric"
        assert result.props["value"]
        reporters = [e for e in graph.edges.values() if e.rel == "reportsResult" and e.target == result.id]
        assert len(reporters) == 1 and reporters[0].props["evidence"]
        evidence, value = reporters[0].props["evidence"], result.props["value"]
        assert value in evidence


def test_variants_link_to_a_family_node_with_resolver_provenance(built: BuildResult) -> None:
    variants = [e for e in built.graph.edges.values() if e.rel == "variantOf"]
    assert variants
    rdf = to_rdflib(built.graph)
    for edge in variants:
        variant, family = built.graph.nodes[edge.source], built.graph.nodes[edge.target]
        assert norm_key(variant.label).startswith(norm_key(family.label)) and variant.id != family.id
        stmt = next(rdf.subjects(RDF.object, rdflib.URIRef(uri(edge.target))))
        assert stmt is not None
    statements = [s for s in rdf.subjects(RDF.predicate, MLKG.variantOf)]
    assert len(statements) == len(variants)
    for stmt in statements:
        assert rdf.value(stmt, PROV.wasDerivedFrom) is None  # no single paper asserted it
        assert str(rdf.value(stmt, PROV.wasAttributedTo)).endswith("mlkg_resolve")


def test_rdf_and_networkx_hold_the_same_facts_and_provenance(built: BuildResult) -> None:
    rdf = to_rdflib(built.graph)
    g = to_networkx(built.graph)
    nx_facts = {(uri(u), str(schema().relation(k).rdf_property), uri(v)) for u, v, k in g.edges(keys=True)}
    rdf_facts = {(str(s), str(p), str(o)) for s, p, o in rdf
                 if isinstance(o, rdflib.URIRef) and str(p).startswith(str(MLKG)) and str(o).startswith(uri(""))
                 and not str(s).startswith(uri("stmt/"))}
    assert nx_facts == rdf_facts
    provenance = {}
    for stmt in rdf.subjects(RDF.type, RDF.Statement):
        key = (str(rdf.value(stmt, RDF.subject)), str(rdf.value(stmt, RDF.predicate)), str(rdf.value(stmt, RDF.object)))
        sentences = {str(rdf.value(e, OA.exact)) for e in rdf.objects(stmt, MLKG.evidence)}
        provenance[key] = (sentences, float(rdf.value(stmt, MLKG.confidence)))
    for u, v, k, data in g.edges(keys=True, data=True):
        key = (uri(u), str(schema().relation(k).rdf_property), uri(v))
        if "extractor" in data:
            sentences, confidence = provenance[key]
            assert data["evidence"] in sentences and confidence == data["confidence"]
        else:
            assert key not in provenance


def test_every_evidence_sentence_is_kept(built: BuildResult) -> None:
    """A paper that names an entity in three sentences keeps all three, not only the first."""
    rdf = to_rdflib(built.graph)
    for edge in built.graph.edges.values():
        if "paper" not in edge.props or edge.rel == "reportsResult":
            continue
        paper = next(p for p in built.papers if node_id("Paper", p.id) == edge.source)
        stmt = rdflib.URIRef(statement_uri(edge))
        kept = {(int(rdf.value(e, OA.start)), int(rdf.value(e, OA.end)))
                for e in rdf.objects(stmt, MLKG.evidence) if rdf.value(e, OA.start) is not None}
        assert (edge.props["start"], edge.props["end"]) in kept if "start" in edge.props else True
        for start, end in kept:  # each is a sentence of this paper, found at its offsets
            text = next(str(rdf.value(e, OA.exact)) for e in rdf.objects(stmt, MLKG.evidence)
                        if rdf.value(e, OA.start) is not None and int(rdf.value(e, OA.start)) == start)
            assert paper.text[start:end] == text
    several = [s for s in rdf.subjects(RDF.type, RDF.Statement) if len(set(rdf.objects(s, MLKG.evidence))) > 1]
    assert several, "no statement kept more than one sentence"


def test_report_lists_merges_with_evidence(built: BuildResult) -> None:
    merges = built.report["merges"]
    assert merges and built.report["merged_nodes"] == len(merges)
    for merge in merges:
        assert merge["node"] in built.graph.nodes
        assert merge["evidence"], merge
        assert len(merge["forms"]) >= 2 or len(merge.get("types", {})) >= 2
