"""RDF file writers (Turtle, N-Triples, JSON-LD), serialized by pyoxigraph for speed.

pyoxigraph escapes literals itself (quotes, backslashes, controls), so any text parses back.
It refuses a lone surrogate, which no RDF file can hold: only a graph that has one is written
from a copy with U+FFFD in its place (:func:`mlkg.export.chars.unicode_graph`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox

from mlkg.files import atomic_path
from mlkg.graph.rdf import PREFIXES, triples
from mlkg.graph.store import KnowledgeGraph

from .chars import unicode_graph


def _serialize(graph: KnowledgeGraph, target: Path, fmt: ox.RdfFormat, **options: Any) -> None:
    with atomic_path(target) as tmp:
        try:
            ox.serialize(triples(graph), str(tmp), fmt, **options)
        except ValueError:  # a lone surrogate (pyoxigraph and UTF-8 refuse it): write the repaired copy
            ox.serialize(triples(unicode_graph(graph)), str(tmp), fmt, **options)


def write_turtle(graph: KnowledgeGraph, target: Path) -> None:
    _serialize(graph, target, ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def write_ntriples(graph: KnowledgeGraph, target: Path) -> None:
    _serialize(graph, target, ox.RdfFormat.N_TRIPLES)


def write_jsonld(graph: KnowledgeGraph, target: Path) -> None:
    """Expanded JSON-LD (compact it with ``ontology/context.jsonld`` if you prefer short keys)."""
    _serialize(graph, target, ox.RdfFormat.JSON_LD)
