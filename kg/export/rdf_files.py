"""RDF file writers (Turtle, N-Triples), serialized by pyoxigraph for speed."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from mlkg.graph.rdf import PREFIXES, triples
from mlkg.graph.store import KnowledgeGraph

from .atomic import atomic_path


def write_turtle(graph: KnowledgeGraph, target: Path) -> None:
    with atomic_path(target) as tmp:
        ox.serialize(triples(graph), str(tmp), ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def write_ntriples(graph: KnowledgeGraph, target: Path) -> None:
    with atomic_path(target) as tmp:
        ox.serialize(triples(graph), str(tmp), ox.RdfFormat.N_TRIPLES)
