from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from mlkg.export import EXPORTERS, UnknownFormat, export
from mlkg.extract.basic import extract_basic
from mlkg.graph import KnowledgeGraph, build_graph
from mlkg.graph.nx import to_networkx
from mlkg.graph.rdf import to_rdflib
from mlkg.loaders import load_all
from mlkg.model import Paper
from mlkg.ontology.schema import schema
from mlkg.ontology.vocab import MLKG


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    data = Path(__file__).parents[2] / "data"
    papers = load_all([data / "hf_daily_api", data / "hf_daily_papers_page_excerpt.txt"]).papers
    return build_graph(list(extract_basic(papers)))


def test_building_twice_gives_the_same_graph(graph: KnowledgeGraph) -> None:
    data = Path(__file__).parents[2] / "data"
    papers = load_all([data / "hf_daily_api", data / "hf_daily_papers_page_excerpt.txt"]).papers
    again = build_graph(list(extract_basic(papers)))
    assert again.nodes == graph.nodes and again.edges == graph.edges


@pytest.mark.parametrize(("fmt", "rdf_format"), [("ttl", "turtle"), ("nt", "nt")])
def test_rdf_round_trip(graph: KnowledgeGraph, tmp_path: Path, fmt: str, rdf_format: str) -> None:
    (path,) = export(graph, tmp_path, (fmt,))
    parsed = rdflib.Graph().parse(path, format=rdf_format)
    assert isomorphic(parsed, to_rdflib(graph))
    assert len(set(parsed.subjects(RDF.type, MLKG.Paper))) == sum(1 for _ in graph.nodes_of("Paper"))


def test_graphml_round_trip(graph: KnowledgeGraph, tmp_path: Path) -> None:
    (path,) = export(graph, tmp_path, ("graphml",))
    back = nx.read_graphml(path, force_multigraph=True)
    original = to_networkx(graph)
    assert set(back.nodes) == set(original.nodes)
    assert sorted((u, v, d["rel"]) for u, v, d in back.edges(data=True)) == sorted(
        (u, v, d["rel"]) for u, v, d in original.edges(data=True))
    for node, attrs in original.nodes(data=True):
        assert back.nodes[node]["type"] == attrs["type"] and back.nodes[node]["label"] == attrs["label"]


def test_rdf_and_networkx_hold_the_same_facts(graph: KnowledgeGraph) -> None:
    rdf = to_rdflib(graph)
    g = to_networkx(graph)
    for rel in {d["rel"] for _, _, d in g.edges(data=True)}:
        prop = schema().relation(rel).rdf_property
        nx_edges = sum(1 for _, _, d in g.edges(data=True) if d["rel"] == rel)
        assert len(set(rdf.subject_objects(prop))) == nx_edges, rel
    for node_type in schema().nodes.values():
        nx_nodes = sum(1 for _, d in g.nodes(data=True) if d["type"] == node_type.name)
        assert len(set(rdf.subjects(RDF.type, node_type.rdf_class))) == nx_nodes


def test_extracted_edges_carry_provenance(graph: KnowledgeGraph) -> None:
    rdf = to_rdflib(graph)
    extracted = [e for e in graph.edges.values() if e.rel != "authoredBy"]
    assert extracted
    statements = set(rdf.subjects(RDF.type, RDF.Statement))
    assert len(statements) == len(extracted)
    for stmt in statements:
        assert rdf.value(stmt, MLKG.evidence) is not None
        assert 0 < float(rdf.value(stmt, MLKG.confidence)) <= 1
    for edge in extracted:
        assert {"paper", "evidence", "extractor", "confidence"} <= edge.props.keys()


def test_unknown_export_format_lists_valid_ones(graph: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(UnknownFormat, match=", ".join(EXPORTERS)):
        export(graph, tmp_path, ("ttl", "docx"))
    assert not (tmp_path / "graph.ttl").exists()  # nothing written before the check


def test_jsonld_round_trip(graph: KnowledgeGraph, tmp_path: Path) -> None:
    (path,) = export(graph, tmp_path, ("jsonld",))
    parsed = rdflib.Graph().parse(path, format="json-ld")
    assert isomorphic(parsed, to_rdflib(graph))


def test_gexf_and_node_link_round_trip(graph: KnowledgeGraph, tmp_path: Path) -> None:
    import json

    gexf, node_link = export(graph, tmp_path, ("gexf", "json"))
    original = to_networkx(graph)
    for back in (nx.read_gexf(gexf), nx.node_link_graph(json.loads(node_link.read_text()), edges="edges")):
        assert set(back.nodes) == set(original.nodes)
        assert sorted((u, v) for u, v in back.edges()) == sorted((u, v) for u, v, _ in original.edges(keys=True))
    back = nx.node_link_graph(json.loads(node_link.read_text()), edges="edges")
    for node, attrs in original.nodes(data=True):
        assert back.nodes[node]["type"] == attrs["type"]


def test_unicode_names_get_distinct_nodes_that_every_format_keeps(tmp_path: Path) -> None:
    from mlkg.model import Entity, EntityType, Evidence, Extraction, Paper, Role

    paper = Paper("2501.00001", "π0 and φ0", "We compare π0 with φ0 and Ω-Net.", "test.jsonl", 0,
                  authors=("José García",))
    entities = tuple(Entity(name, EntityType.MODEL, Role.USES, 0.9, (Evidence("We compare π0.", 0, 14),), "test")
                     for name in ("π0", "φ0", "Ω-Net", "Net"))
    unicode_graph = build_graph([Extraction(paper, entities, ())])
    ids = {n.id for n in unicode_graph.nodes.values()}
    assert {"entity/π0", "entity/φ0", "entity/ωnet", "entity/net", "person/jose-garcia"} <= ids
    (path,) = export(unicode_graph, tmp_path, ("nt",))
    parsed = rdflib.Graph().parse(path, format="nt")
    assert isomorphic(parsed, to_rdflib(unicode_graph))
    assert rdflib.URIRef("https://w3id.org/mlkg/id/entity/%CF%800") in set(parsed.subjects())
    assert set(to_networkx(unicode_graph).nodes) == ids



@pytest.mark.parametrize(("url", "page"), [
    ("https://hf.co/spaces/quill/Kelp-Demo", "https://huggingface.co/spaces/quill/Kelp-Demo"),
    ("https://huggingface.co/collections/quill/kelp-m3", "https://huggingface.co/collections/quill/kelp-m3"),
    ("https://huggingface.co/datasets/quill/kelp", "https://huggingface.co/datasets/quill/kelp"),
])
def test_a_hugging_face_repository_node_links_its_own_page(url: str, page: str) -> None:
    """A Space and a collection are repositories too, each at its own address (not a model's)."""
    paper = Paper("2501.00002", "Kelp", f"Our demo and models are available at {url}.", "test.jsonl", 0)
    graph = build_graph(list(extract_basic([paper])))
    (repo,) = [n for n in graph.nodes.values() if n.type == "Repository"]
    assert repo.props.get("same_as") == page
