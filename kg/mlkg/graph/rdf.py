"""The KnowledgeGraph as RDF, following ``ontology/mlkg.ttl``.

Triples are produced as pyoxigraph terms, which builds and serializes a
million triples in seconds; :func:`to_rdflib` gives the same triples as an
rdflib Graph for users who want that API.

Provenance uses standard RDF reification with PROV-O: each extracted edge
``paper mlkg:uses entity`` also gets an ``rdf:Statement`` node (its URI a hash
of subject, predicate and object, so re-runs never duplicate it) carrying
``prov:wasDerivedFrom`` the paper, ``prov:wasGeneratedBy`` the extractor, and
``mlkg:evidence``/``evidenceStart``/``evidenceEnd``/``confidence``. We chose
reification over RDF-star because the direct triple stays queryable with plain
SPARQL 1.1, rdflib (our front API) cannot parse or serialize RDF-star, and a
statement node maps one-to-one onto a Neo4j relationship with properties.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.namespace import PROV, RDF, RDFS, XSD

from mlkg.identity import uri
from mlkg.ontology.schema import schema
from mlkg.ontology.vocab import MLKG

from .store import Edge, KnowledgeGraph, Node

PREFIXES = {
    "mlkg": str(MLKG._NS),
    **{spec.id_prefix: uri(spec.id_prefix + "/") for spec in schema().nodes.values()},
    "stmt": uri("stmt/"),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "prov": str(PROV),
    "schema": "http://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "qudt": "http://qudt.org/schema/qudt/",
    "unit": "http://qudt.org/vocab/unit/",
}


def _nn(term: Any) -> ox.NamedNode:
    return ox.NamedNode(str(term))


_TYPE = _nn(RDF.type)
_STATEMENT = _nn(RDF.Statement)
_SUBJECT, _PREDICATE, _OBJECT = _nn(RDF.subject), _nn(RDF.predicate), _nn(RDF.object)
_DERIVED, _GENERATED = _nn(PROV.wasDerivedFrom), _nn(PROV.wasGeneratedBy)
_LABEL = _nn(RDFS.label)
_XSD = {name: _nn(getattr(XSD, name)) for name in ("string", "integer", "date", "double", "anyURI", "boolean")}
# A result's unit is a QUDT unit, an IRI: the "unit" datatype below maps the value to it.
UNITS = {"percent": ox.NamedNode(PREFIXES["unit"] + "PERCENT")}

# Node/edge property -> (ontology property, XSD datatype).
PROPERTIES: dict[str, tuple[ox.NamedNode, str]] = {
    "title": (_nn(MLKG.title), "string"),
    "abstract": (_nn(MLKG.abstract), "string"),
    "arxiv_id": (_nn(MLKG.arxivId), "string"),
    "published": (_nn(MLKG.published), "date"),
    "upvotes": (_nn(MLKG.upvotes), "integer"),
    "author_count": (_nn(MLKG.authorCount), "integer"),
    "url": (_nn(MLKG.url), "anyURI"),
    "source_file": (_nn(MLKG.sourceFile), "string"),
    "source_record": (_nn(MLKG.sourceRecord), "integer"),
    "aliases": (_nn(MLKG.alias), "string"),
    "slug": (_nn(MLKG.slug), "string"),
    "value": (_nn(MLKG.value), "string"),
    "numeric_value": (_nn(MLKG.numericValue), "double"),
    "evidence": (_nn(MLKG.evidence), "string"),
    "start": (_nn(MLKG.evidenceStart), "integer"),
    "end": (_nn(MLKG.evidenceEnd), "integer"),
    "confidence": (_nn(MLKG.confidence), "double"),
    "setting": (_nn(MLKG.setting), "string"),
    "task": (_nn(MLKG.task), "string"),
    "lower_is_better": (_nn(MLKG.lowerIsBetter), "boolean"),
    "unit": (ox.NamedNode(PREFIXES["qudt"] + "unit"), "unit"),
}
_NAME = _nn(MLKG.name)


def _literal(value: Any, datatype: str) -> ox.Literal | ox.NamedNode:
    if datatype == "string":
        return ox.Literal(str(value))
    if datatype == "unit":
        return UNITS[value]
    if datatype == "boolean":
        return ox.Literal("true" if value else "false", datatype=_XSD["boolean"])
    return ox.Literal(str(value), datatype=_XSD[datatype])


def statement_uri(edge: Edge) -> str:
    digest = hashlib.sha1("\x1f".join(edge.key).encode("utf-8")).hexdigest()[:24]
    return uri(f"stmt/{digest}")


def extractor_uri(name: str) -> str:
    return uri(f"extractor/{name}")


class _Terms(dict[str, ox.NamedNode]):
    """One NamedNode per node id, relation or extractor: a node is the end of many edges, and
    building its URI (percent-quoting) each time was a third of the export."""

    def __missing__(self, key: str) -> ox.NamedNode:
        term = self[key] = ox.NamedNode(uri(key))
        return term


def _node_triples(node: Node, terms: _Terms) -> Iterator[ox.Triple]:
    subject = terms[node.id]
    yield ox.Triple(subject, _TYPE, _CLASSES.get(node.type) or _nn(schema().node(node.type).rdf_class))
    if node.type != "Paper":
        yield ox.Triple(subject, _NAME, ox.Literal(node.label))
    for key, value in node.props.items():
        prop, datatype = PROPERTIES[key]
        for item in value if isinstance(value, tuple) else (value,):
            yield ox.Triple(subject, prop, _literal(item, datatype))


def _edge_triples(edge: Edge, extractors: set[str], terms: _Terms) -> Iterator[ox.Triple]:
    subject, target = terms[edge.source], terms[edge.target]
    predicate = _RELATIONS.get(edge.rel) or _nn(schema().relation(edge.rel).rdf_property)
    yield ox.Triple(subject, predicate, target)
    props = edge.props
    if "extractor" not in props:
        return
    stmt = ox.NamedNode(statement_uri(edge))
    yield ox.Triple(stmt, _TYPE, _STATEMENT)
    yield ox.Triple(stmt, _SUBJECT, subject)
    yield ox.Triple(stmt, _PREDICATE, predicate)
    yield ox.Triple(stmt, _OBJECT, target)
    if "paper" in props:  # resolution's own edges (variantOf) come from no single paper
        yield ox.Triple(stmt, _DERIVED, terms[props["paper"]])
    yield ox.Triple(stmt, _GENERATED, terms["extractor/" + props["extractor"]])
    extractors.add(props["extractor"])
    for key in ("evidence", "start", "end", "confidence"):
        if key in props:
            prop, datatype = PROPERTIES[key]
            yield ox.Triple(stmt, prop, _literal(props[key], datatype))


_CLASSES = {name: _nn(spec.rdf_class) for name, spec in schema().nodes.items()}
_RELATIONS = {name: _nn(spec.rdf_property) for name, spec in schema().relations.items()}


def triples(graph: KnowledgeGraph) -> Iterator[ox.Triple]:
    """Every triple of the graph, nodes first, in a deterministic order."""
    terms = _Terms()
    for node_key in sorted(graph.nodes):
        yield from _node_triples(graph.nodes[node_key], terms)
    extractors: set[str] = set()
    for edge_key in sorted(graph.edges):
        yield from _edge_triples(graph.edges[edge_key], extractors, terms)
    for name in sorted(extractors):
        node = ox.NamedNode(extractor_uri(name))
        yield ox.Triple(node, _TYPE, _nn(MLKG.Extractor))
        yield ox.Triple(node, _LABEL, ox.Literal(name))


def to_store(graph: KnowledgeGraph) -> ox.Store:
    """An in-memory pyoxigraph store holding the graph, for fast SPARQL."""
    store = ox.Store()
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples(graph))
    return store


def to_rdflib(graph: KnowledgeGraph) -> rdflib.Graph:
    """The same triples as an rdflib Graph (built in bulk from N-Triples)."""
    data = ox.serialize(triples(graph), format=ox.RdfFormat.N_TRIPLES)
    result = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        result.bind(prefix, ns)
    result.parse(data=data, format="nt")
    return result
