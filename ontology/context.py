"""The JSON-LD context, ``ontology/context.jsonld``, generated from ``mlkg.ttl`` and ``schema.toml``.

A class or property declared in ``mlkg.ttl`` gets its short key (its local name) and the
coercion its kind and ``rdfs:range`` call for when ``python -m mlkg.ontology`` is run, so the
context never lags the ontology; a term marked ``owl:deprecated`` gets none. The reused terms
that the data carries (``rdfs:label``, ``dcterms:title``, ``schema:name``, ``owl:sameAs``,
``oa:exact``, ...) are listed in :data:`REUSED`. Node ids get one prefix per id prefix of
``schema.toml`` (``paper:2401.12345``), and the vocabularies theirs (``schema:Dataset``).

One name means one thing in a context, so a name is claimed in this order: the keyword
aliases ``id`` and ``type``, the vocabulary prefixes, the ontology's terms, the reused terms,
and last the id prefixes. A term that loses its name is written as a compact IRI
(``qudt:unit``, since ``unit:`` is QUDT's prefix for units); an id prefix that loses its
name gets ``-id`` (``evidence-id:...``, since ``evidence`` is the property).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from mlkg import ontology
from mlkg.ontology.schema import schema

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"

VOCABULARIES: dict[str, str] = {
    "mlkg": ontology.NAMESPACE,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "http://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "oa": "http://www.w3.org/ns/oa#",
    "mls": "http://www.w3.org/ns/mls#",
    "qudt": "http://qudt.org/schema/qudt/",
    "unit": "http://qudt.org/vocab/unit/",
}
"""Prefixes of the vocabularies the data uses, under their usual names."""

RESOURCE_PREFIXES = ("stmt", "evidence", "extractor")
"""Id prefixes of resources that are no node type of ``schema.toml`` (statements, sentences, extractors)."""


@dataclass(frozen=True, slots=True)
class Reused:
    """A term of another vocabulary that the data carries, with its short key."""

    term: str
    iri: str  # a compact IRI over VOCABULARIES
    coerce: str | None = None  # "@id" for IRIs, a datatype (compact IRI), or None for strings
    container: str | None = None  # "@set": always a list, even of one


REUSED: tuple[Reused, ...] = (
    Reused("Statement", "rdf:Statement"),
    Reused("subject", "rdf:subject", "@id"),
    Reused("predicate", "rdf:predicate", "@id"),
    Reused("object", "rdf:object", "@id"),
    Reused("label", "rdfs:label"),
    Reused("seeAlso", "rdfs:seeAlso", "@id"),
    Reused("sameAs", "owl:sameAs", "@id"),
    Reused("title", "dcterms:title"),
    Reused("abstract", "dcterms:abstract"),
    Reused("issued", "dcterms:issued", "xsd:date"),
    Reused("isReplacedBy", "dcterms:isReplacedBy", "@id"),
    Reused("name", "schema:name"),
    Reused("alternateName", "schema:alternateName", None, "@set"),
    Reused("url", "schema:url", "xsd:anyURI"),
    Reused("wasDerivedFrom", "prov:wasDerivedFrom", "@id"),
    Reused("wasGeneratedBy", "prov:wasGeneratedBy", "@id"),
    Reused("wasAttributedTo", "prov:wasAttributedTo", "@id"),
    Reused("exact", "oa:exact"),
    Reused("start", "oa:start", "xsd:integer"),
    Reused("end", "oa:end", "xsd:integer"),
    Reused("hasSource", "oa:hasSource", "@id"),
    Reused("hasValue", "mls:hasValue", "xsd:double"),
    Reused("unit", "qudt:unit", "@id"),
)
"""Reused terms with their coercion as the data writes them (``mlkg.graph.rdf``); a test checks
that every property and class the builder writes has its key, so a new one fails there first."""

SET_VALUED = frozenset({ontology.NAMESPACE + "alias"})
"""Ontology properties whose values are a list in the model: a node with one alias still has a list."""


def _compact(iri: str) -> str:
    for prefix, namespace in VOCABULARIES.items():
        if iri.startswith(namespace) and iri != namespace:
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def _ontology_terms() -> list[tuple[str, Any]]:
    """(name, definition) of every class and property ``mlkg.ttl`` declares and does not deprecate."""
    import rdflib

    graph = rdflib.Graph().parse(ontology.path("mlkg.ttl"), format="turtle")
    type_, range_, deprecated = (rdflib.URIRef(RDF + "type"), rdflib.URIRef(RDFS + "range"),
                                 rdflib.URIRef(OWL + "deprecated"))
    kinds = {OWL + "Class": "class", RDFS + "Class": "class", OWL + "ObjectProperty": "object",
             OWL + "DatatypeProperty": "data", OWL + "AnnotationProperty": "data", RDF + "Property": "data"}
    classes, properties = [], []
    for subject, kind in sorted(graph.subject_objects(type_)):
        iri = str(subject)
        local = iri[len(ontology.NAMESPACE):]
        if not iri.startswith(ontology.NAMESPACE) or not local or str(kind) not in kinds:
            continue
        if graph.value(subject, deprecated) == rdflib.Literal(True):
            continue
        which = kinds[str(kind)]
        if which == "class":
            classes.append((local, _compact(iri)))
            continue
        datatype = str(graph.value(subject, range_) or "")
        coerce = "@id" if which == "object" else (
            _compact(datatype) if datatype.startswith(XSD) and datatype != XSD + "string" else None)
        properties.append((local, _definition(_compact(iri), coerce, "@set" if iri in SET_VALUED else None)))
    return sorted(dict(classes).items()) + sorted(dict(properties).items())


def _definition(iri: str, coerce: str | None, container: str | None) -> str | dict[str, str]:
    """A term definition: the bare IRI when there is nothing else to say."""
    definition = {key: value for key, value in (("@id", iri), ("@type", coerce), ("@container", container)) if value}
    return iri if len(definition) == 1 else definition


def _reused_terms() -> list[tuple[str, Any]]:
    return [(reused.term, _definition(reused.iri, reused.coerce, reused.container)) for reused in REUSED]


def id_prefixes() -> list[str]:
    """The id prefixes (``paper``, ``repo``, ``stmt``, ...), each naming a folder under the resource base."""
    return sorted({spec.id_prefix for spec in schema().nodes.values()} | set(RESOURCE_PREFIXES))


def context() -> dict[str, Any]:
    """The ``@context`` object, built as the module docstring says."""
    result: dict[str, Any] = {"@version": 1.1, "id": "@id", "type": "@type", **VOCABULARIES}
    for name, definition in _ontology_terms() + _reused_terms():
        result.setdefault(name, definition)
    for name in id_prefixes():
        result[name if name not in result else f"{name}-id"] = f"{ontology.RESOURCE_BASE}{name}/"
    return result


def members(context_object: dict[str, Any]) -> str:
    """The members of a ``@context`` object, one a line, as ``context.jsonld`` and ``graph.jsonld`` lay it out."""
    return ",\n".join(f"    {json.dumps(name)}: {json.dumps(definition, ensure_ascii=False)}"
                      for name, definition in context_object.items())


def context_source() -> str:
    """The text of ``ontology/context.jsonld``: one term a line, in the order :func:`context` claims them."""
    return '{\n  "@context": {\n' + members(context()) + "\n  }\n}\n"
