"""A built graph in an embedded pyoxigraph store (Rust, no server), kept on disk beside its file.

:func:`open_store` bulk-loads a graph file once into ``graph.nt.oxigraph/`` and reopens that
read-only on later calls, so repeated queries on a big graph skip the load (24 s for the
75k-paper graph). ``mlkg query`` and the notebooks use it through :mod:`mlkg.query.sparql`;
a served explorer can hold one store open for many queries.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from mlkg import ontology
from mlkg.errors import Errors, MlkgError

GRAPH_FILES = ("graph.nt", "graph.ttl", "graph.jsonld")
"""Files looked for in an output directory, in order of preference (N-Triples loads fastest)."""

RDF_FORMATS = {".nt": ox.RdfFormat.N_TRIPLES, ".ttl": ox.RdfFormat.TURTLE, ".jsonld": ox.RdfFormat.JSON_LD}
STAMP = "mlkg-source.json"
"""The file in a store that names the graph file (size, mtime) it was loaded from."""


class GraphFileError(MlkgError):
    """The graph to query is missing or unreadable; the message names the file."""


def graph_file(source: str | Path) -> Path:
    """The graph file behind ``source``: the file itself, or the preferred one in a build directory."""
    path = Path(source)
    if path.is_dir():
        for name in GRAPH_FILES:
            if (path / name).is_file():
                return path / name
        raise GraphFileError(Errors.E510.format(path=path, files=", ".join(GRAPH_FILES)))
    if not path.exists():
        raise GraphFileError(Errors.E511.format(path=path))
    if path.suffix not in RDF_FORMATS:
        raise GraphFileError(Errors.E512.format(path=path, suffix=path.suffix or "(no extension)",
                                                valid=", ".join(RDF_FORMATS)))
    return path


def open_store(source: str | Path, *, persist: bool = True) -> ox.Store:
    """A store holding the graph at ``source`` (a .nt/.ttl/.jsonld file or a build directory).

    With ``persist`` (the default) the graph is bulk-loaded once into an on-disk store beside
    the file and reopened read-only later; the store is rebuilt when the graph file changes,
    and an unwritable folder falls back to memory.
    """
    path = graph_file(source)
    if persist:
        try:
            return _persistent_store(path)
        except PermissionError:
            pass
    store = ox.Store()
    _bulk_load(store, path)
    return store


def store_path(path: Path) -> Path:
    """Where the on-disk store of a graph file lives."""
    return path.with_name(path.name + ".oxigraph")


def _bulk_load(store: ox.Store, path: Path) -> None:
    """The graph file and the ontology, in the default graph: ``rdfs:subPropertyOf*`` paths and
    class labels then answer without a reasoner (``?p mlkg:relatesTo``'s subproperties, say)."""
    try:
        store.bulk_load(path=str(path), format=RDF_FORMATS[path.suffix])
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphFileError(Errors.E513.format(path=path, format=RDF_FORMATS[path.suffix].name,
                                                detail=" ".join(str(exc).split()))) from None
    store.bulk_load(path=str(ontology.path("mlkg.ttl")), format=ox.RdfFormat.TURTLE)


def _ontology_digest() -> str:
    return hashlib.sha1(ontology.path("mlkg.ttl").read_bytes()).hexdigest()[:16]


def _stamp(path: Path) -> str:
    stat = path.stat()
    return json.dumps({"source": path.name, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
                       "ontology": _ontology_digest()})


def store_is_current(path: Path) -> bool:
    """Whether the on-disk store of the graph file ``path`` holds it now (else open_store loads it)."""
    stamp_file = store_path(path) / STAMP
    return stamp_file.is_file() and stamp_file.read_text(encoding="utf-8") == _stamp(path)


def _persistent_store(path: Path) -> ox.Store:
    target = store_path(path)
    stamp = _stamp(path)
    if store_is_current(path):
        return ox.Store.read_only(str(target))
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=path.parent))
    try:
        store = ox.Store(str(staging))
        _bulk_load(store, path)
        store.flush()
        del store
        (staging / STAMP).write_text(stamp, encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)  # readers see the old store or the complete new one, never half of one
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return ox.Store.read_only(str(target))
