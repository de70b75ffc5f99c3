"""An OWL 2 RL reasoner (owlrl) over a built graph, ``ontology/mlkg.ttl`` and PROV-O's own axioms
finds them consistent: the PROV terms are used as PROV defines them (issue 15: papers were
inferred to be activities, and extractors activities, through ``prov:used`` and
``prov:wasGeneratedBy``).

PROV-O is read from the copy the ``pylode`` package ships (``pylode/rdf/prov.ttl``, the W3C
file with ``prov:Activity owl:disjointWith prov:Entity``), found without importing pylode.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import owlrl
import pytest
import rdflib
from rdflib.namespace import OWL, PROV, RDF

from mlkg import ontology
from mlkg.build.pipeline import build
from mlkg.ontology.vocab import MLKG

REPO = Path(__file__).resolve().parents[2]
ERRORS = rdflib.Namespace("http://www.daml.org/2002/03/agents/agent-ont#")


def prov_o() -> rdflib.Graph:
    spec = importlib.util.find_spec("pylode")
    assert spec is not None and spec.origin, "pylode is a test dependency: pip install -e '.[test]'"
    graph = rdflib.Graph().parse(Path(spec.origin).parent / "rdf" / "prov.ttl", format="turtle")
    assert (PROV.Activity, OWL.disjointWith, PROV.Entity) in graph
    return graph


def closure(data: rdflib.Graph) -> rdflib.Graph:
    """Data + ontology + PROV-O, closed under OWL 2 RL."""
    graph = rdflib.Graph()
    graph += data
    graph.parse(ontology.path("mlkg.ttl"), format="turtle")
    graph += prov_o()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


def errors(graph: rdflib.Graph) -> list[str]:
    return sorted(str(m) for m in graph.objects(None, ERRORS.error))


@pytest.fixture(scope="module")
def examples_graph(tmp_path_factory: pytest.TempPathFactory) -> rdflib.Graph:
    out = tmp_path_factory.mktemp("reasoned")
    build([str(REPO / "examples" / "hf_daily_papers_page.txt")], out, formats=("nt",), extractor="spacy")
    return rdflib.Graph().parse(out / "graph.nt", format="nt")


@pytest.fixture(scope="module")
def reasoned(examples_graph: rdflib.Graph) -> rdflib.Graph:
    return closure(examples_graph)


def test_graph_ontology_and_prov_o_are_consistent(reasoned: rdflib.Graph) -> None:
    assert errors(reasoned) == []


def test_no_node_is_both_entity_and_activity(reasoned: rdflib.Graph, examples_graph: rdflib.Graph) -> None:
    entities = set(reasoned.subjects(RDF.type, PROV.Entity))
    activities = set(reasoned.subjects(RDF.type, PROV.Activity))
    assert entities & activities == set()
    papers = set(examples_graph.subjects(RDF.type, MLKG.Paper))
    extractors = set(examples_graph.subjects(RDF.type, MLKG.Extractor))
    assert papers and extractors
    assert papers <= entities  # the reasoner did run: Paper ⊑ prov:Entity
    assert extractors <= set(reasoned.subjects(RDF.type, PROV.Agent))
    assert not extractors & activities


def test_the_reasoner_catches_what_the_old_model_said(examples_graph: rdflib.Graph) -> None:
    """The check can fail: a paper that prov:used something is an activity, and a paper is an entity."""
    broken = rdflib.Graph()
    broken += examples_graph
    paper = min(examples_graph.subjects(RDF.type, MLKG.Paper))
    broken.add((paper, PROV.used, min(examples_graph.subjects(RDF.type, MLKG.Model))))
    assert any("disjoint" in e.lower() or "Activity" in e for e in errors(closure(broken)))
