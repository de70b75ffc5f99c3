"""RDF file writers (Turtle, N-Triples), serialized by pyoxigraph for speed."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from mlkg.files import atomic_path
from mlkg.graph.rdf import PREFIXES, triples
from mlkg.graph.store import KnowledgeGraph


def write_turtle(graph: KnowledgeGraph, target: Path) -> None:
    with atomic_path(target) as tmp:
        ox.serialize(triples(graph), str(tmp), ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def write_ntriples(graph: KnowledgeGraph, target: Path) -> None:
    with atomic_path(target) as tmp:
        ox.serialize(triples(graph), str(tmp), ox.RdfFormat.N_TRIPLES)


def write_jsonld(graph: KnowledgeGraph, target: Path) -> None:
    """Expanded JSON-LD (compact it with ``ontology/context.jsonld`` if you prefer short keys)."""
    with atomic_path(target) as tmp:
        ox.serialize(triples(graph), str(tmp), ox.RdfFormat.JSON_LD)
