"""Every way out of a built graph, behind one registry: files of a build (``--formats ttl,graphml``),
a folder of files for another tool (``neo4j-import``) and a running server (``neo4j``).

Each entry says what it needs by its type: a :class:`FileExporter` writes one file into a
build's output directory, a :class:`FolderExporter` writes several into a directory the user
names, a :class:`ServerExporter` needs a :class:`~mlkg.stores.neo4j.Connection`.
:func:`run_export` runs any of them (``mlkg export NAME BUILD_DIR``). Writers are imported when
first used, so listing the formats (``mlkg --help``) stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlkg.errors import Errors, MlkgError
from mlkg.graph.store import KnowledgeGraph

if TYPE_CHECKING:
    from mlkg.export.neo4j import ExportSummary
    from mlkg.stores.neo4j import Connection

Progress = Callable[[str, int, int | None], None]


def _load(writer: str) -> Callable[..., Any]:
    module, _, function = writer.partition(":")
    return getattr(import_module(module), function)


@dataclass(frozen=True)
class FileExporter:
    """A format a build writes: one file, ``filename``, in the output directory."""

    name: str
    filename: str
    writer: str  # "module:function", function(graph, path)
    description: str

    @property
    def write(self) -> Callable[[KnowledgeGraph, Path], None]:
        return _load(self.writer)


@dataclass(frozen=True)
class FolderExporter:
    """Files for another tool, written into a directory the user names (``-o DIR``)."""

    name: str
    writer: str  # "module:function", function(graph, directory) -> files written
    description: str
    instructions: str | None = None  # a file it writes that says what to run next, shown to the user

    @property
    def write(self) -> Callable[[KnowledgeGraph, Path], list[Path]]:
        return _load(self.writer)


@dataclass(frozen=True)
class ServerExporter:
    """An upsert into a running server, over a :class:`~mlkg.stores.neo4j.Connection`."""

    name: str
    writer: str  # "module:function", function(graph, connection, batch_size=, progress=) -> summary
    description: str

    @property
    def write(self) -> Callable[..., ExportSummary]:
        return _load(self.writer)


Exporter = FileExporter | FolderExporter | ServerExporter

EXPORTERS: dict[str, Exporter] = {
    e.name: e
    for e in (
        FileExporter("ttl", "graph.ttl", "mlkg.export.rdf_files:write_turtle", "RDF Turtle"),
        FileExporter("nt", "graph.nt", "mlkg.export.rdf_files:write_ntriples", "RDF N-Triples"),
        FileExporter("ttl12", "graph.rdf12.ttl", "mlkg.export.rdf_files:write_turtle12",
                     "RDF 1.2 Turtle: statements as reifiers, << s p o ~ stmt >> (pyoxigraph, not rdflib)"),
        FileExporter("nt12", "graph.rdf12.nt", "mlkg.export.rdf_files:write_ntriples12",
                     "RDF 1.2 N-Triples: statements as reifiers"),
        FileExporter("jsonld", "graph.jsonld", "mlkg.export.rdf_files:write_jsonld", "RDF JSON-LD (compact, context embedded)"),
        FileExporter("graphml", "graph.graphml", "mlkg.export.graphml:write_graphml",
                     "GraphML (NetworkX, Gephi, yEd)"),
        FileExporter("gexf", "graph.gexf", "mlkg.export.gexf:write_gexf", "GEXF (Gephi)"),
        FileExporter("json", "graph.json", "mlkg.export.node_link:write_node_link", "NetworkX node-link JSON"),
        FileExporter("html", "graph.html", "mlkg.export.html:write_html",
                     "interactive page (pyvis, offline); `mlkg viz` chooses what it shows"),
        FileExporter("explorer", "explore.sqlite", "mlkg.export.explorer:write_explorer",
                     "the index `mlkg serve` answers search and entity pages from (SQLite)"),
        FolderExporter("neo4j-import", "mlkg.export.neo4j_import:write_neo4j_import",
                       "CSVs, constraints.cypher and the `neo4j-admin database import full` command, for big graphs",
                       instructions="import-command.txt"),
        ServerExporter("neo4j", "mlkg.export.neo4j:export_neo4j",
                       "upsert into a running Neo4j over Bolt (idempotent MERGE on stable ids)"),
    )
}
FILE_FORMATS: tuple[str, ...] = tuple(n for n, e in EXPORTERS.items() if isinstance(e, FileExporter))
"""What a build can write (``mlkg build --formats``)."""
DEFAULT_FORMATS = ("ttl", "graphml", "html", "explorer")


class UnknownFormat(MlkgError, ValueError):
    """No exporter has that name, or it cannot run with what was given; the message lists the valid ones."""


def get_exporter(name: str) -> Exporter:
    try:
        return EXPORTERS[name]
    except KeyError:
        raise UnknownFormat(Errors.E401.format(name=name, valid=", ".join(EXPORTERS))) from None


def file_exporters(formats: tuple[str, ...] | list[str]) -> list[FileExporter]:
    """The exporters of a build's ``formats``; a typo or a non-file exporter fails before any work."""
    chosen = [get_exporter(f) for f in formats]
    for exporter in chosen:
        if not isinstance(exporter, FileExporter):
            kind = "a folder of files" if isinstance(exporter, FolderExporter) else "to a server"
            raise UnknownFormat(Errors.E402.format(name=exporter.name, kind=kind, valid=", ".join(FILE_FORMATS)))
    return [e for e in chosen if isinstance(e, FileExporter)]


def export(graph: KnowledgeGraph, outdir: Path, formats: tuple[str, ...] = DEFAULT_FORMATS) -> list[Path]:
    """Write each file format into ``outdir`` atomically; return the files written."""
    written = []
    for exporter in file_exporters(formats):  # fail on a typo before writing anything
        target = outdir / exporter.filename
        exporter.write(graph, target)
        written.append(target)
    return written


@dataclass(frozen=True)
class Exported:
    """What :func:`run_export` did: the files written, or the server's summary, and a line to show."""

    name: str
    files: tuple[Path, ...] = ()
    summary: ExportSummary | None = None
    message: str = ""


def run_export(graph: KnowledgeGraph, name: str, *, out_dir: Path | None = None,
               connection: Connection | None = None, batch_size: int | None = None,
               progress: Progress | None = None) -> Exported:
    """Run the exporter ``name`` with what it needs: ``out_dir`` for files, ``connection`` for a server."""
    exporter = get_exporter(name)
    if isinstance(exporter, ServerExporter):
        if connection is None:
            raise UnknownFormat(Errors.E404.format(name=name))
        options: dict[str, Any] = {"progress": progress}
        if batch_size is not None:
            options["batch_size"] = batch_size
        summary = exporter.write(graph, connection, **options)
        return Exported(name, summary=summary, message=(
            f"{summary.nodes} nodes, {summary.relationships} relationships -> Neo4j ({summary.nodes_created} "
            f"nodes and {summary.relationships_created} relationships new) in {summary.seconds} s"))
    if out_dir is None:
        raise UnknownFormat(Errors.E403.format(name=name))
    if isinstance(exporter, FolderExporter):
        files = tuple(exporter.write(graph, out_dir))
        data = [f for f in files if f.name != exporter.instructions]
        message = f"{len(data)} files in {out_dir}"
        if exporter.instructions is not None:
            message += "; then run:\n" + (out_dir / exporter.instructions).read_text(encoding="utf-8").rstrip("\n")
        return Exported(name, files=files, message=message)
    target = out_dir / exporter.filename
    exporter.write(graph, target)
    return Exported(name, files=(target,), message=f"wrote {target}")
