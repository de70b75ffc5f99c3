"""Graph file exporters behind one registry: ``--formats ttl,graphml``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mlkg.errors import MlkgError
from mlkg.graph.store import KnowledgeGraph

from .gexf import write_gexf
from .graphml import write_graphml
from .html import write_html
from .node_link import write_node_link
from .rdf_files import write_jsonld, write_ntriples, write_turtle


@dataclass(frozen=True)
class Exporter:
    name: str
    filename: str
    write: Callable[[KnowledgeGraph, Path], None]
    description: str


EXPORTERS: dict[str, Exporter] = {
    e.name: e
    for e in (
        Exporter("ttl", "graph.ttl", write_turtle, "RDF Turtle"),
        Exporter("nt", "graph.nt", write_ntriples, "RDF N-Triples"),
        Exporter("jsonld", "graph.jsonld", write_jsonld, "RDF JSON-LD (expanded)"),
        Exporter("graphml", "graph.graphml", write_graphml, "GraphML (NetworkX, Gephi, yEd)"),
        Exporter("gexf", "graph.gexf", write_gexf, "GEXF (Gephi)"),
        Exporter("json", "graph.json", write_node_link, "NetworkX node-link JSON"),
        Exporter("html", "graph.html", write_html, "interactive page (pyvis, offline); "
                 "`mlkg viz` chooses what it shows"),
    )
}
DEFAULT_FORMATS = ("ttl", "graphml", "html")


class UnknownFormat(MlkgError, ValueError):
    pass


def get_exporter(name: str) -> Exporter:
    try:
        return EXPORTERS[name]
    except KeyError:
        raise UnknownFormat(f"unknown export format {name!r}; valid: {', '.join(EXPORTERS)}") from None


def export(graph: KnowledgeGraph, outdir: Path, formats: tuple[str, ...] = DEFAULT_FORMATS) -> list[Path]:
    """Write each format into ``outdir`` atomically; return the files written."""
    exporters = [get_exporter(f) for f in formats]  # fail on a typo before writing anything
    written = []
    for exporter in exporters:
        target = outdir / exporter.filename
        exporter.write(graph, target)
        written.append(target)
    return written
