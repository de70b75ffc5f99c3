"""ontology/context.jsonld: generated from mlkg.ttl, and it reads and writes the triples we expect."""

from __future__ import annotations

import json
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, RDF, RDFS

from mlkg import ontology
from mlkg.graph.rdf import PREFIXES
from mlkg.ontology.context import context_source
from mlkg.ontology.schema import schema
from mlkg.ontology.vocab import MLKG

XSD = "http://www.w3.org/2001/XMLSchema#"
ID = "https://w3id.org/mlkg/id/"


def _context() -> dict[str, Any]:
    return json.loads(ontology.path("context.jsonld").read_text(encoding="utf-8"))["@context"]


def _ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology.path("mlkg.ttl"), format="turtle")


def _expand(context: dict[str, Any], value: str) -> str:
    prefix, sep, local = value.partition(":")
    return context[prefix] + local if sep and prefix in context else value


def _mlkg_terms(context: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Terms whose IRI is in the mlkg namespace, as expanded definitions {"@id", "@type"?, ...}."""
    terms = {}
    for term, definition in context.items():
        if term.startswith("@") or not isinstance(definition, (str, dict)):
            continue
        full = {"@id": definition} if isinstance(definition, str) else dict(definition)
        full["@id"] = _expand(context, full["@id"])
        if full["@id"].startswith(ontology.NAMESPACE) and full["@id"] != ontology.NAMESPACE:
            if "@type" in full and not full["@type"].startswith("@"):
                full["@type"] = _expand(context, full["@type"])
            terms[term] = full
    return terms


def test_context_file_is_generated_from_the_ontology() -> None:
    assert ontology.path("context.jsonld").read_text(encoding="utf-8") == context_source(), (
        "ontology/context.jsonld is stale: run `python -m mlkg.ontology`")


def test_context_is_json_ld_1_1_with_the_graph_prefixes() -> None:
    """Each prefix of the Turtle output, under its name, or ``NAME-id`` where NAME is a term."""
    context = _context()
    assert context["@version"] == 1.1
    assert context["id"] == "@id" and context["type"] == "@type"
    for prefix, namespace in PREFIXES.items():
        name = prefix if isinstance(context.get(prefix), str) else f"{prefix}-id"
        assert context[name] == namespace, prefix
    assert context["extractor"] == ontology.RESOURCE_BASE + "extractor/"


def test_every_mlkg_term_in_the_context_is_in_the_ontology() -> None:
    declared = set(ontology.vocab_terms())
    terms = _mlkg_terms(_context())
    assert terms
    for term, definition in terms.items():
        local = definition["@id"][len(ontology.NAMESPACE):]
        assert local in declared, f"{term} -> mlkg:{local} is not in mlkg.ttl"
        assert term == local, f"term {term!r} should be named after mlkg:{local}"


def test_every_ontology_class_and_property_is_in_the_context_with_its_coercion() -> None:
    onto, terms = _ontology(), _mlkg_terms(_context())
    for cls in onto.subjects(RDF.type, OWL.Class):
        assert str(cls) in {d["@id"] for d in terms.values()}, f"class {cls} missing from the context"
    for prop in onto.subjects(RDF.type, OWL.ObjectProperty):
        term = terms.get(str(prop)[len(ontology.NAMESPACE):])
        assert term is not None, f"object property {prop} missing from the context"
        assert term.get("@type") == "@id", f"{prop}: objects are IRIs, coerce with @type: @id"
    for prop in onto.subjects(RDF.type, OWL.DatatypeProperty):
        term = terms.get(str(prop)[len(ontology.NAMESPACE):])
        assert term is not None, f"datatype property {prop} missing from the context"
        datatype = str(onto.value(prop, RDFS.range))
        # xsd:string literals are plain JSON strings: a coercion would stop them compacting.
        expected = None if datatype == XSD + "string" else datatype
        assert term.get("@type") == expected, f"{prop}: expected @type {expected}, got {term.get('@type')}"
    assert _context()["alternateName"].get("@container") == "@set"  # aliases are always a list


M = schema().node("Model").id_prefix  # "model", or "entity" once ids no longer carry the type

COMPACT = {
    "id": "stmt:s1",
    "type": "Statement",
    "subject": "paper:2401.12345",
    "predicate": "mlkg:uses",
    "object": f"{M}:vit",
    "wasDerivedFrom": "paper:2401.12345",
    "wasGeneratedBy": "extractor:mlkg_names",
    "confidence": "0.9",
}
PAPER = {
    "id": "paper:2401.12345",
    "type": ["Paper", "schema:ScholarlyArticle"],
    "label": "A paper",
    "upvotes": 12,
    "authorCount": "3",
    "arxivId": "2401.12345",
    "uses": [f"{M}:vit"],
    "hasCode": "repo:github/org/repo",
}
MODEL = {"id": f"{M}:vit", "type": "Model", "label": "ViT", "alternateName": ["Vision Transformer"],
         "variantOf": f"{M}:transformer"}


def _expected() -> rdflib.Graph:
    xsd = rdflib.Namespace(XSD)
    paper, model, stmt = URIRef(ID + "paper/2401.12345"), URIRef(f"{ID}{M}/vit"), URIRef(ID + "stmt/s1")
    g = rdflib.Graph()
    for triple in [
        (paper, RDF.type, MLKG.Paper),
        (paper, RDF.type, URIRef("http://schema.org/ScholarlyArticle")),
        (paper, RDFS.label, Literal("A paper")),
        (paper, MLKG.upvotes, Literal("12", datatype=xsd.integer)),
        (paper, MLKG.authorCount, Literal("3", datatype=xsd.integer)),
        (paper, MLKG.arxivId, Literal("2401.12345")),
        (paper, MLKG.uses, model),
        (paper, MLKG.hasCode, URIRef(ID + "repo/github/org/repo")),
        (model, RDF.type, MLKG.Model),
        (model, RDFS.label, Literal("ViT")),
        (model, URIRef("http://schema.org/alternateName"), Literal("Vision Transformer")),
        (model, MLKG.variantOf, URIRef(f"{ID}{M}/transformer")),
        (stmt, RDF.type, RDF.Statement),
        (stmt, RDF.subject, paper),
        (stmt, RDF.predicate, MLKG.uses),
        (stmt, RDF.object, model),
        (stmt, PROV.wasDerivedFrom, paper),
        (stmt, PROV.wasGeneratedBy, URIRef(ID + "extractor/mlkg_names")),
        (stmt, MLKG.confidence, Literal("0.9", datatype=xsd.double)),
    ]:
        g.add(triple)
    return g


def _document() -> str:
    return json.dumps({"@context": _context(), "@graph": [PAPER, MODEL, COMPACT]})


def test_compact_document_parses_to_the_expected_triples_with_rdflib() -> None:
    parsed = rdflib.Graph().parse(data=_document(), format="json-ld")
    expected = _expected()
    assert set(parsed) == set(expected), (set(parsed) ^ set(expected))


def test_compact_document_parses_the_same_with_pyoxigraph() -> None:
    quads = ox.parse(_document().encode("utf-8"), format=ox.RdfFormat.JSON_LD)
    data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)
    assert isomorphic(rdflib.Graph().parse(data=data, format="nt"), _expected())


def test_rdflib_compacts_to_the_short_keys_and_back() -> None:
    context, expected = _context(), _expected()
    compacted = json.loads(expected.serialize(format="json-ld", context=context))
    nodes = {node["id"]: node for node in compacted["@graph"]}
    assert nodes["stmt:s1"]["type"] == "Statement" and nodes["stmt:s1"]["predicate"] == "mlkg:uses"
    assert nodes["stmt:s1"]["confidence"] == "0.9"
    assert nodes["paper:2401.12345"]["label"] == "A paper"
    assert nodes[f"{M}:vit"]["alternateName"] == ["Vision Transformer"]
    keys = {key for node in compacted["@graph"] for key in node}
    assert keys <= set(context), keys - set(context)
    assert isomorphic(rdflib.Graph().parse(data=json.dumps(compacted), format="json-ld"), expected)
