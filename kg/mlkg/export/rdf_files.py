"""RDF file writers (Turtle, N-Triples, JSON-LD), serialized by pyoxigraph for speed (JSON-LD by
:mod:`mlkg.export.jsonld`, in compact form).

Statements are RDF 1.1 reification by default; ``ttl12``/``nt12`` write RDF 1.2 reifiers
(``stmt rdf:reifies <<( s p o )>>``, 5 triples an extracted edge instead of 8), which pyoxigraph
and other RDF 1.2 tools read and query as ``<< ?s ?p ?o ~ ?stmt >>``; rdflib 7 cannot.

pyoxigraph escapes literals itself (quotes, backslashes, controls), so any text parses back.
It refuses a lone surrogate, which no RDF file can hold: only a graph that has one is written
from a copy with U+FFFD in its place (:func:`mlkg.export.chars.unicode_graph`).

Turtle abbreviates node IRIs with the prefixes (``person:yi-r``). An id that ends with a dot
("Yi R." is ``person/yi-r.``) would be ``person:yi-r\\.``: valid Turtle, but rdflib (and other
parsers) take the escaped dot for the end of the statement and stop. The triples of such nodes,
and of the edges that touch them, come after the others as N-Triples lines (full IRIs), which
are Turtle too; a graph without such ids is written in one pass as before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from mlkg.files import atomic_path
from mlkg.graph.rdf import PREFIXES, Reification, extractor_uri, triples
from mlkg.graph.store import Edge, KnowledgeGraph

from .chars import unicode_graph
from .jsonld import write_compact


def _write(graph: KnowledgeGraph, target: Path, serialize: Callable[[KnowledgeGraph, Path], None]) -> None:
    with atomic_path(target) as tmp:
        try:
            serialize(graph, tmp)
        except ValueError:  # a lone surrogate (pyoxigraph and UTF-8 refuse it): write the repaired copy
            serialize(unicode_graph(graph), tmp)


def _dotted(graph: KnowledgeGraph) -> set[str]:
    """The ids that end with "." (their IRIs too): nodes, and ends of edges that have no node."""
    ids = {i for i in graph.nodes if i.endswith(".")}
    ids.update(end for source, _, target in graph.edges for end in (source, target) if end.endswith("."))
    return ids


def _turtle(graph: KnowledgeGraph, tmp: Path, reification: Reification = "rdf11") -> None:
    dotted = _dotted(graph)
    if not dotted:
        ox.serialize(triples(graph, reification), str(tmp), ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return

    def touches(edge: Edge) -> bool:
        return edge.source in dotted or edge.target in dotted or edge.props.get("paper") in dotted

    edges = {key: edge for key, edge in graph.edges.items() if not touches(edge)}
    main = KnowledgeGraph({i: n for i, n in graph.nodes.items() if i not in dotted}, edges, graph.replaced)
    rest = KnowledgeGraph({i: n for i, n in graph.nodes.items() if i in dotted},
                          {key: edge for key, edge in graph.edges.items() if key not in edges})
    written = list(triples(main, reification))
    ox.serialize(written, str(tmp), ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    described = {ox.NamedNode(extractor_uri(e.props["extractor"])) for e in edges.values() if "extractor" in e.props}
    described |= {t.subject for t in written if t.subject.value.startswith(_EVIDENCE)}  # shared sentences
    later = [t for t in triples(rest, reification) if t.subject not in described]  # main described those
    with tmp.open("ab") as fh:
        fh.write(ox.serialize(later, None, ox.RdfFormat.N_TRIPLES))


_EVIDENCE = PREFIXES["evidence"]


def write_turtle(graph: KnowledgeGraph, target: Path) -> None:
    _write(graph, target, _turtle)


def write_ntriples(graph: KnowledgeGraph, target: Path) -> None:
    _write(graph, target, lambda g, tmp: ox.serialize(triples(g), str(tmp), ox.RdfFormat.N_TRIPLES))


def write_turtle12(graph: KnowledgeGraph, target: Path) -> None:
    """RDF 1.2 Turtle: each statement an ``rdf:reifies`` of its triple term."""
    _write(graph, target, lambda g, tmp: _turtle(g, tmp, "rdf12"))


def write_ntriples12(graph: KnowledgeGraph, target: Path) -> None:
    """RDF 1.2 N-Triples (bulk-loads fastest into Oxigraph)."""
    _write(graph, target, lambda g, tmp: ox.serialize(triples(g, "rdf12"), str(tmp), ox.RdfFormat.N_TRIPLES))


def write_jsonld(graph: KnowledgeGraph, target: Path) -> None:
    """Compact JSON-LD with the short keys of ``ontology/context.jsonld``, which it embeds."""
    _write(graph, target, lambda g, tmp: write_compact(triples(g), tmp))
