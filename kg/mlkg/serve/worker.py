"""One query worker: a process that holds the graph's store open and answers SPARQL jobs.

Queries run here, not in the server, because pyoxigraph has no query timeout and a running
query holds its thread until it ends: the only real stop is to kill the process that runs it
(:mod:`mlkg.serve.pool` does, at the time limit). Started as
``python -m mlkg.serve.worker FD STORE GRAPH`` with one end of a socket pair as FD; STORE is the
on-disk store to open read-only, or ``-`` to load GRAPH in memory (an unwritable build folder).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

import mlkg
from mlkg.graph.rdf import PREFIXES
from mlkg.query.sparql import QueryError, query_errors, substitutions
from mlkg.serve.protocol import ProtocolError, negotiate
from mlkg.stores.oxigraph import open_store

TEXT = "text/plain; charset=utf-8"
_SOURCE_ROOT = str(Path(mlkg.__file__).parents[1])
_RESULTS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
            "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
_GRAPHS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
           "rdfxml": ox.RdfFormat.RDF_XML}


@dataclass(frozen=True)
class Job:
    """A query to answer: its text, parameter values (bound as RDF terms, never spliced into the
    text), what the client accepts, and the protocol's dataset (``default-graph-uri`` and
    ``named-graph-uri``; empty means the store's own)."""

    sparql: str
    bindings: dict[str, str] = field(default_factory=dict)
    accept: str | None = None
    format: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, media type and body."""

    status: int
    media_type: str
    body: bytes

    @classmethod
    def text(cls, status: int, message: str) -> Answer:
        return cls(status, TEXT, (message + "\n").encode("utf-8"))


def execute(store: ox.Store, job: Job) -> Answer:
    """Run ``job`` on ``store`` and serialize its answer in the negotiated format."""
    try:
        dataset = {}
        if job.default_graphs:
            dataset["default_graph"] = [ox.NamedNode(iri) for iri in job.default_graphs]
        if job.named_graphs:
            dataset["named_graphs"] = [ox.NamedNode(iri) for iri in job.named_graphs]
        with query_errors(job.sparql):
            answer = store.query(job.sparql, prefixes=PREFIXES, substitutions=substitutions(job.bindings),
                                 **dataset)
            if isinstance(answer, ox.QueryTriples):
                fmt = negotiate("graph", job.accept, job.format)
                body = answer.serialize(format=_GRAPHS[fmt.name])
            else:
                fmt = negotiate("solutions", job.accept, job.format)
                body = answer.serialize(format=_RESULTS[fmt.name])
        return Answer(200, fmt.media_type, body or b"")
    except ProtocolError as exc:
        return Answer.text(exc.status, str(exc))
    except (QueryError, ValueError) as exc:  # ValueError: a default-graph-uri that is no IRI
        return Answer.text(400, str(exc))


def die_with_parent() -> None:
    """Linux: the kernel kills this worker when the server dies, even mid-query."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


QUERY_NICENESS = 10
"""How much lower the CPU priority of query processes is than the server's (``nice``)."""


def yield_to_pages() -> None:
    """A SPARQL query may take seconds of CPU, a search or an entity page a few milliseconds: the
    query processes run at a lower CPU priority, so that pages stay quick while queries run
    (on a 2-core laptop they would otherwise wait behind them). Queries still get every core
    that pages leave idle."""
    try:
        os.nice(QUERY_NICENESS)
    except OSError:
        pass


def source_env() -> dict[str, str]:
    """The environment of a worker (or keeper) process: it imports this very mlkg."""
    path = os.pathsep.join(filter(None, (_SOURCE_ROOT, os.environ.get("PYTHONPATH"))))
    return {**os.environ, "PYTHONPATH": path}


def serve(conn: Connection, store: ox.Store) -> None:
    """Answer jobs until the server closes its end."""
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(execute(store, job))


def main(argv: list[str]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the server, which stops its workers
    die_with_parent()
    yield_to_pages()
    fd, location, graph = argv
    conn = Connection(int(fd))
    store = ox.Store.read_only(location) if location != "-" else open_store(graph, persist=False)
    serve(conn, store)


if __name__ == "__main__":
    # run from the imported module, so the Answers it sends unpickle as mlkg.serve.worker.Answer
    from mlkg.serve import worker

    worker.main(sys.argv[1:])
