"""The KnowledgeGraph as RDF, following ``ontology/mlkg.ttl``.

Triples are produced as pyoxigraph terms, which builds and serializes a
million triples in seconds; :func:`to_rdflib` gives the same triples as an
rdflib Graph for users who want that API.

Generic tools read the data without a reasoner: every node has an ``rdfs:label`` and its
schema.org (or ML-Schema) class beside the mlkg one, papers carry ``dcterms:title``,
``dcterms:abstract`` and ``dcterms:issued``, and papers and repositories link to their outside
IRIs (``owl:sameAs`` arXiv, DOI and GitHub or Hugging Face; ``rdfs:seeAlso`` other pages).

Provenance follows PROV-O as its own tools read it: each extracted edge ``paper mlkg:uses
entity`` also gets a statement (its URI a hash of subject, predicate and object, so re-runs never
duplicate it) that is ``prov:wasAttributedTo`` every extractor (a ``prov:SoftwareAgent``) that
asserted it, with the highest ``mlkg:confidence`` and an ``mlkg:evidence`` link to each sentence
it was read from. A sentence is a W3C Web Annotation selector (``oa:exact``, ``oa:start``,
``oa:end``, ``oa:hasSource`` the paper) shared by every statement read from it.

The statement is RDF 1.1 reification by default (the direct triple stays queryable with
plain SPARQL 1.1, and rdflib reads it); ``reification="rdf12"`` writes an RDF 1.2 reifier
instead (``stmt rdf:reifies <<( s p o )>>``), which pyoxigraph reads and queries with
``<< ?s ?p ?o ~ ?stmt >>``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache
from typing import Any, Literal

import pyoxigraph as ox
import rdflib
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

from mlkg import ontology
from mlkg.errors import Errors, MlkgError
from mlkg.identity import uri
from mlkg.ontology.schema import schema
from mlkg.ontology.vocab import MLKG

from .store import Edge, KnowledgeGraph, Node, Support

SCHEMA = rdflib.Namespace("http://schema.org/")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
MLS = rdflib.Namespace("http://www.w3.org/ns/mls#")

PREFIXES = {
    "mlkg": str(MLKG._NS),
    **{spec.id_prefix: uri(spec.id_prefix + "/") for spec in schema().nodes.values()},
    "stmt": uri("stmt/"),
    "evidence": uri("evidence/"),
    "extractor": uri("extractor/"),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "dcterms": str(DCTERMS),
    "oa": str(OA),
    "mls": str(MLS),
    "qudt": "http://qudt.org/schema/qudt/",
    "unit": "http://qudt.org/vocab/unit/",
}

Reification = Literal["rdf11", "rdf12"]
REIFICATIONS: tuple[Reification, ...] = ("rdf11", "rdf12")


def _nn(term: Any) -> ox.NamedNode:
    return ox.NamedNode(str(term))


_TYPE = _nn(RDF.type)
_STATEMENT = _nn(RDF.Statement)
_SUBJECT, _PREDICATE, _OBJECT = _nn(RDF.subject), _nn(RDF.predicate), _nn(RDF.object)
_REIFIES = ox.NamedNode(str(RDF) + "reifies")  # RDF 1.2; rdflib 7 does not know the term yet
_DERIVED, _ATTRIBUTED = _nn(PROV.wasDerivedFrom), _nn(PROV.wasAttributedTo)
_LABEL, _NAME = _nn(RDFS.label), _nn(SCHEMA.name)
_CONFIDENCE, _EVIDENCE = _nn(MLKG.confidence), _nn(MLKG.evidence)
_QUOTE, _POSITION = _nn(OA.TextQuoteSelector), _nn(OA.TextPositionSelector)
_EXACT, _START, _END, _SOURCE = _nn(OA.exact), _nn(OA.start), _nn(OA.end), _nn(OA.hasSource)
_EXTRACTOR_TYPES = (_nn(MLKG.Extractor), _nn(PROV.SoftwareAgent))
_XSD = {name: _nn(getattr(XSD, name)) for name in ("string", "integer", "date", "double", "anyURI", "boolean")}
# A result's unit is a QUDT unit, an IRI: the "unit" datatype below maps the value to it.
UNITS = {"percent": ox.NamedNode(PREFIXES["unit"] + "PERCENT")}

# Node property -> (RDF property, XSD datatype, or "iri" for a link to an outside resource).
PROPERTIES: dict[str, tuple[ox.NamedNode, str]] = {
    "title": (_nn(DCTERMS.title), "string"),
    "abstract": (_nn(DCTERMS.abstract), "string"),
    "arxiv_id": (_nn(MLKG.arxivId), "string"),
    "published": (_nn(DCTERMS.issued), "date"),
    "upvotes": (_nn(MLKG.upvotes), "integer"),
    "author_count": (_nn(MLKG.authorCount), "integer"),
    "url": (_nn(SCHEMA.url), "anyURI"),
    "same_as": (_nn(OWL.sameAs), "iri"),
    "see_also": (_nn(RDFS.seeAlso), "iri"),
    "source_file": (_nn(MLKG.sourceFile), "string"),
    "source_record": (_nn(MLKG.sourceRecord), "integer"),
    "aliases": (_nn(SCHEMA.alternateName), "string"),
    "slug": (_nn(MLKG.slug), "string"),
    "value": (_nn(MLKG.value), "string"),
    "numeric_value": (_nn(MLS.hasValue), "double"),
    "setting": (_nn(MLKG.setting), "string"),
    "task": (_nn(MLKG.task), "string"),
    "lower_is_better": (_nn(MLKG.lowerIsBetter), "boolean"),
    "unit": (ox.NamedNode(PREFIXES["qudt"] + "unit"), "unit"),
}


def _literal(value: Any, datatype: str) -> ox.Literal | ox.NamedNode:
    if datatype == "string":
        return ox.Literal(str(value))
    if datatype == "iri":
        return ox.NamedNode(str(value))
    if datatype == "unit":
        return UNITS[value]
    if datatype == "boolean":
        return ox.Literal("true" if value else "false", datatype=_XSD["boolean"])
    return ox.Literal(str(value), datatype=_XSD[datatype])


def statement_uri(edge: Edge) -> str:
    digest = hashlib.sha1("\x1f".join(edge.key).encode("utf-8")).hexdigest()[:24]
    return uri(f"stmt/{digest}")


def evidence_uri(paper: str | None, reading: Support) -> str:
    """One IRI per sentence of a paper, so every statement read from it shares the node."""
    key = "\x1f".join((paper or "", str(reading.start), str(reading.end), reading.text))
    return uri(f"evidence/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:24]}")


def extractor_uri(name: str) -> str:
    return uri(f"extractor/{name}")


@cache
def reused_classes() -> dict[str, tuple[ox.NamedNode, ...]]:
    """Each node type's schema.org / ML-Schema superclasses in ``mlkg.ttl``, written into the data
    as a second type so that tools that know those vocabularies, not ours, see the nodes."""
    graph = rdflib.Graph().parse(ontology.path("mlkg.ttl"), format="turtle")
    reused = (str(SCHEMA), str(MLS))
    result: dict[str, tuple[ox.NamedNode, ...]] = {}
    for name, spec in schema().nodes.items():
        supers = graph.objects(rdflib.URIRef(spec.rdf_class), RDFS.subClassOf)
        result[name] = tuple(_nn(c) for c in sorted(supers) if str(c).startswith(reused))
    return result


class _Terms(dict[str, ox.NamedNode]):
    """One NamedNode per node id, relation or extractor: a node is the end of many edges, and
    building its URI (percent-quoting) each time was a third of the export."""

    def __missing__(self, key: str) -> ox.NamedNode:
        term = self[key] = ox.NamedNode(uri(key))
        return term


def _node_triples(node: Node, terms: _Terms) -> Iterator[ox.Triple]:
    subject = terms[node.id]
    yield ox.Triple(subject, _TYPE, _CLASSES.get(node.type) or _nn(schema().node(node.type).rdf_class))
    for also in _REUSED.get(node.type, ()):
        yield ox.Triple(subject, _TYPE, also)
    label = ox.Literal(node.label)
    yield ox.Triple(subject, _LABEL, label)
    if node.type != "Paper":
        yield ox.Triple(subject, _NAME, label)
    for key, value in node.props.items():
        prop, datatype = PROPERTIES[key]
        for item in value if isinstance(value, tuple) else (value,):
            yield ox.Triple(subject, prop, _literal(item, datatype))


def _readings(edge: Edge) -> tuple[Support, ...]:
    """The edge's readings; an edge made without ``support`` has the one its props describe."""
    if edge.support:
        return edge.support
    props = edge.props
    return (Support(props["extractor"], float(props.get("confidence", 1.0)), props.get("evidence", ""),
                    props.get("start"), props.get("end")),)


class _Emitter:
    """Triples of edges, with the extractors and sentences they name emitted once each."""

    def __init__(self, reification: Reification) -> None:
        if reification not in REIFICATIONS:
            raise MlkgError(Errors.E700.format(given=reification, valid=", ".join(REIFICATIONS)))
        self.rdf12 = reification == "rdf12"
        self.terms = _Terms()
        self.extractors: set[str] = set()
        self.sentences: set[str] = set()

    def edge(self, edge: Edge) -> Iterator[ox.Triple]:
        terms = self.terms
        subject, target = terms[edge.source], terms[edge.target]
        predicate = _RELATIONS.get(edge.rel) or _nn(schema().relation(edge.rel).rdf_property)
        yield ox.Triple(subject, predicate, target)
        props = edge.props
        if "extractor" not in props:
            return
        stmt = ox.NamedNode(statement_uri(edge))
        if self.rdf12:
            yield ox.Triple(stmt, _REIFIES, ox.Triple(subject, predicate, target))
        else:
            yield ox.Triple(stmt, _TYPE, _STATEMENT)
            yield ox.Triple(stmt, _SUBJECT, subject)
            yield ox.Triple(stmt, _PREDICATE, predicate)
            yield ox.Triple(stmt, _OBJECT, target)
        paper = props.get("paper")
        if paper and paper != edge.source:  # a paper's own statements are derived from their subject
            yield ox.Triple(stmt, _DERIVED, terms[paper])
        readings = _readings(edge)
        confidence = max(r.confidence for r in readings)
        yield ox.Triple(stmt, _CONFIDENCE, ox.Literal(str(confidence), datatype=_XSD["double"]))
        for name in sorted({r.extractor for r in readings}):
            self.extractors.add(name)
            yield ox.Triple(stmt, _ATTRIBUTED, terms["extractor/" + name])
        cited: set[str] = set()  # two extractors reading one sentence cite it once
        for reading in sorted(readings, key=_sentence_order):
            iri = evidence_uri(paper, reading)
            if reading.text and iri not in cited:
                cited.add(iri)
                yield from self._evidence(stmt, iri, paper, reading)

    def _evidence(self, stmt: ox.NamedNode, iri: str, paper: str | None, reading: Support) -> Iterator[ox.Triple]:
        node = ox.NamedNode(iri)
        yield ox.Triple(stmt, _EVIDENCE, node)
        if iri in self.sentences:
            return
        self.sentences.add(iri)
        yield ox.Triple(node, _TYPE, _QUOTE)
        yield ox.Triple(node, _EXACT, ox.Literal(reading.text))
        if reading.start is not None and reading.end is not None:
            yield ox.Triple(node, _TYPE, _POSITION)
            yield ox.Triple(node, _START, ox.Literal(str(reading.start), datatype=_XSD["integer"]))
            yield ox.Triple(node, _END, ox.Literal(str(reading.end), datatype=_XSD["integer"]))
        if paper:
            yield ox.Triple(node, _SOURCE, self.terms[paper])

    def agents(self) -> Iterator[ox.Triple]:
        for name in sorted(self.extractors):
            node = ox.NamedNode(extractor_uri(name))
            for kind in _EXTRACTOR_TYPES:
                yield ox.Triple(node, _TYPE, kind)
            yield ox.Triple(node, _LABEL, ox.Literal(name))


def _sentence_order(reading: Support) -> tuple[int, int, str]:
    return (reading.start if reading.start is not None else -1,
            reading.end if reading.end is not None else -1, reading.text)


_CLASSES = {name: _nn(spec.rdf_class) for name, spec in schema().nodes.items()}
_REUSED = reused_classes()
_RELATIONS = {name: _nn(spec.rdf_property) for name, spec in schema().relations.items()}


def triples(graph: KnowledgeGraph, reification: Reification = "rdf11") -> Iterator[ox.Triple]:
    """Every triple of the graph, nodes first, in a deterministic order."""
    emitter = _Emitter(reification)
    for node_key in sorted(graph.nodes):
        yield from _node_triples(graph.nodes[node_key], emitter.terms)
    for edge_key in sorted(graph.edges):
        yield from emitter.edge(graph.edges[edge_key])
    yield from emitter.agents()
    yield from _retired_triples(graph, emitter.terms)


# ---- retired IRIs (issue 15, item 7): kept apart from the rest of the mapping on purpose.
_REPLACED_BY = _nn(DCTERMS.isReplacedBy)


def _retired_triples(graph: KnowledgeGraph, terms: _Terms) -> Iterator[ox.Triple]:
    """``<retired> dcterms:isReplacedBy <current>`` for each id the graph retired (a paper's title-hash
    IRI once its arXiv id is known). A retired IRI has no other triple: it names no node any more."""
    for old in sorted(graph.replaced):
        yield ox.Triple(terms[old], _REPLACED_BY, terms[graph.replaced[old]])


def to_store(graph: KnowledgeGraph, reification: Reification = "rdf11") -> ox.Store:
    """An in-memory pyoxigraph store holding the graph, for fast SPARQL."""
    store = ox.Store()
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                      for t in triples(graph, reification))
    return store


def to_rdflib(graph: KnowledgeGraph) -> rdflib.Graph:
    """The same triples as an rdflib Graph (built in bulk from N-Triples)."""
    data = ox.serialize(triples(graph), format=ox.RdfFormat.N_TRIPLES)
    result = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        result.bind(prefix, ns)
    result.parse(data=data, format="nt")
    return result
