"""The ``mlkg serve`` web app: the SPARQL endpoint, the ready-made queries and the explorer, over
one build directory, reloaded when the build is updated.

:func:`create_app` opens the build (loading its on-disk store when the graph changed), and the
app's lifespan starts the query workers (:mod:`mlkg.serve.pool`) and a watcher of
``OUTDIR/report.json``, which every build writes last. When it changes, the new build is opened
and its workers started while the old ones go on answering; then one assignment swaps the
:class:`ServedBuild` the routes read, and the old workers stop once their queries end. No
request fails during a swap.

Every response carries the security headers (CSP without inline scripts, nosniff, no referrer,
no framing); bodies and query strings are size-limited; only GET (and HEAD) and POST to /sparql
exist, and SPARQL updates are refused (403).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mlkg.build.lock import locked
from mlkg.build.pipeline import open_graph
from mlkg.errors import Errors, MlkgError
from mlkg.export.explorer import FILENAME as EXPLORER_FILE
from mlkg.export.explorer import write_explorer
from mlkg.queries import UnknownQuery, available, get
from mlkg.serve import pages
from mlkg.serve.index import ExplorerIndex
from mlkg.serve.keeper import Loaded
from mlkg.serve.pool import QueryPool
from mlkg.serve.protocol import ProtocolError, is_update, preferred
from mlkg.serve.worker import Answer, Job
from mlkg.stores.oxigraph import (
    GraphFileError,
    graph_file,
    open_store,
    store_is_current,
    store_path,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10.0  # seconds per query
STORES = ("memory", "disk")  # where the workers' graph is: RAM (forked from one keeper) or the on-disk store
MAX_BODY = 1024 * 1024  # bytes of a request body (a SPARQL query is rarely past a few KiB)
MAX_QUERY_STRING = 8 * 1024  # bytes of a URL's query string (longer queries go by POST)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}
REPORT = "report.json"


class ServeError(MlkgError):
    """``mlkg serve`` cannot start on this directory or address; the message says why."""


# --- the build being served ----------------------------------------------------------------------

Signature = tuple[int, int, int]


def _signature(outdir: Path) -> Signature | None:
    """What identifies one finished build: report.json's inode, size and mtime (it is written last)."""
    try:
        stat = (outdir / REPORT).stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


@dataclass(frozen=True)
class Prepared:
    """A build directory ready for workers: its graph file and the snapshot of its on-disk store
    they open (None: each loads the graph in memory, for a build folder we cannot write)."""

    outdir: Path
    signature: Signature
    graph: Path
    store: Path | None

    def discard(self) -> None:
        """Remove the workers' snapshot of the store (never the store itself)."""
        if self.store is not None and self.store.name.startswith(SNAPSHOT_PREFIX):
            shutil.rmtree(self.store, ignore_errors=True)


SNAPSHOT_PREFIX = ".mlkg-serve-"


def _remove_stale_snapshots(folder: Path) -> None:
    """Snapshots left by a server that was killed (its process is gone)."""
    for path in folder.glob(f"{SNAPSHOT_PREFIX}*-*"):
        pid = path.name[len(SNAPSHOT_PREFIX):].partition("-")[0]
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(path, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _snapshot(store: Path) -> Path | None:
    """Hard links to the store's files in a folder of our own, for the workers of one build.

    A reload's ``open_store`` replaces the store folder (rmtree, rename) while the old workers
    still answer from it, and RocksDB opens its table files lazily: a deleted file fails their
    queries. The links keep the files of the old store alive until its workers are gone; they
    cost no space (RocksDB never changes a file in place), and a read-only open writes nothing
    shared. None when links cannot be made (another file system, no permission).
    """
    _remove_stale_snapshots(store.parent)
    target = Path(tempfile.mkdtemp(prefix=f"{SNAPSHOT_PREFIX}{os.getpid()}-", dir=store.parent))
    try:
        for item in store.iterdir():
            if item.is_file():
                os.link(item, target / item.name)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        return None
    return target


def check_build(outdir: Path) -> Path:
    """The graph file of a finished build in ``outdir``, or a ServeError that says what is missing."""
    if not outdir.is_dir():
        raise ServeError(Errors.E808.format(path=outdir, why="no such directory"))
    if not (outdir / REPORT).is_file():
        raise ServeError(Errors.E808.format(path=outdir, why=f"no {REPORT}, so no finished build"))
    try:
        return graph_file(outdir)
    except GraphFileError as exc:
        raise ServeError(Errors.E808.format(path=outdir, why=str(exc).split("] ", 1)[-1])) from None


def needs_loading(outdir: Path) -> bool:
    """Whether opening ``outdir`` will first load its graph into the on-disk store, or make its
    explorer index (both slow on big graphs, and done once per build)."""
    return not store_is_current(check_build(outdir)) or not (outdir / EXPLORER_FILE).is_file()


def prepare(outdir: Path) -> Prepared:
    """Check ``outdir`` and bring its on-disk store up to date (the slow part of a start or reload)."""
    signature = _signature(outdir)
    graph = check_build(outdir)
    if signature is None:
        raise ServeError(Errors.E808.format(path=outdir, why=f"no {REPORT}, so no finished build"))
    open_store(graph)  # loads the graph and the ontology once; later opens are read-only and instant
    if not store_is_current(graph):  # an unwritable folder: open_store kept the graph in memory
        return Prepared(outdir, signature, graph, None)
    return Prepared(outdir, signature, graph, _snapshot(store_path(graph)) or store_path(graph))


@dataclass(frozen=True)
class ServedBuild:
    """One build as served: its query workers and its explorer index. Swapped whole on reload."""

    prepared: Prepared
    pool: QueryPool
    index: ExplorerIndex


def _open_index(outdir: Path) -> ExplorerIndex:
    """The explorer's index of the build (explore.sqlite). A build made before every build wrote
    one gets it here, once, from its extraction cache, under the build's own lock; a folder we
    may not write to gets a private copy in the temp folder."""
    path = outdir / EXPLORER_FILE
    if not path.is_file():
        try:
            with locked(outdir):
                if not path.is_file():
                    write_explorer(open_graph(outdir), path)
        except PermissionError:
            path = Path(tempfile.mkdtemp(prefix="mlkg-serve-index-")) / EXPLORER_FILE
            write_explorer(open_graph(outdir), path)
    return ExplorerIndex.open(path)


class BuildHolder:
    """The current :class:`ServedBuild`, and the watcher that replaces it when the build changes."""

    def __init__(self, prepared: Prepared, *, timeout: float, workers: int, poll_seconds: float,
                 memory: bool = False, on_memory: Callable[[Loaded], None] | None = None) -> None:
        self.timeout, self.workers, self.poll_seconds = timeout, workers, poll_seconds
        self.memory, self.on_memory = memory, on_memory
        self._first = prepared
        self._current: ServedBuild | None = None
        self._watcher: asyncio.Task[None] | None = None
        self._retired: list[ServedBuild] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self.reloads = 0

    @property
    def current(self) -> ServedBuild:
        if self._current is None:
            raise RuntimeError("the app's lifespan has not started")
        return self._current

    async def _open(self, prepared: Prepared) -> ServedBuild:
        pool = QueryPool(prepared.store, prepared.graph, size=self.workers, timeout=self.timeout,
                         memory=self.memory, on_memory=self.on_memory)
        try:
            await pool.start()
            index = await asyncio.to_thread(_open_index, prepared.outdir)
        except BaseException:
            pool.kill_all()
            prepared.discard()
            raise
        return ServedBuild(prepared, pool, index)

    async def start(self) -> None:
        self._current = await self._open(self._first)
        self._watcher = asyncio.get_running_loop().create_task(self._watch())

    async def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watcher
        for task in list(self._tasks):
            task.cancel()
        for served in [*self._retired, *([self._current] if self._current else [])]:
            served.pool.kill_all()
            served.prepared.discard()
        self._retired.clear()

    async def _watch(self) -> None:
        outdir, failed = self._first.outdir, None
        while True:
            await asyncio.sleep(self.poll_seconds)
            signature = _signature(outdir)
            if signature is None or signature in (self.current.prepared.signature, failed):
                continue
            try:
                await self.reload()
            except MlkgError as exc:  # a broken update: keep serving the build we have
                failed = signature
                log.warning("not reloading %s: %s", outdir, exc)

    async def _retire(self, old: ServedBuild) -> None:
        """Remove the old build's store snapshot once its last worker is gone (a busy one ends at
        the latest at its time limit)."""
        while old.pool.alive():
            await asyncio.sleep(0.5)
        old.prepared.discard()
        if old in self._retired:
            self._retired.remove(old)

    async def reload(self) -> None:
        """Open the build now in the directory and swap it in; the old one ends after its queries."""
        prepared = await asyncio.to_thread(prepare, self.current.prepared.outdir)
        new = await self._open(prepared)
        old, self._current = self.current, new
        self.reloads += 1
        self._retired.append(old)
        await old.pool.close()
        retire = asyncio.get_running_loop().create_task(self._retire(old))
        self._tasks.add(retire)
        retire.add_done_callback(self._tasks.discard)
        with contextlib.suppress(Exception):
            old.index.close()
        log.warning("reloaded %s (build of %s)", prepared.outdir, prepared.graph.name)


# --- security: headers on every response, size limits ----------------------------------------

def _text(status: int, message: str) -> Response:
    return PlainTextResponse(message + "\n", status_code=status)


class Guard:
    """Pure ASGI middleware: security headers on every response (errors included), a cap on the
    query string (414) and on the body (413, read here before the app sees any of it)."""

    def __init__(self, app: ASGIApp, *, max_body: int, max_query_string: int) -> None:
        self.app, self.max_body, self.max_query_string = app, max_body, max_query_string

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        if len(scope.get("query_string", b"")) > self.max_query_string:
            await _text(414, Errors.E806.format(limit=self.max_query_string))(scope, receive, send_secured)
            return
        too_big = _text(413, Errors.E805.format(limit=self.max_body))
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            await too_big(scope, receive, send_secured)
            return
        body, more = bytearray(), True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_body:
                await too_big(scope, receive, send_secured)
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        try:
            await self.app(scope, replay, send_secured)
        except Exception:  # a bug: logged, and answered here so that the 500 has the headers too
            log.exception("error in %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await _text(500, "internal server error (a bug in mlkg serve; see the server's log)")(
                    scope, receive, send_secured)


# --- the SPARQL endpoint and the ready-made queries -----------------------------------------

_UPDATE_TYPE = "application/sparql-update"


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise ProtocolError(Errors.E812.format(name=name), 400)
    return values[0] if values else None


async def _sparql_params(request: Request) -> tuple[dict[str, list[str]], str | None]:
    """The protocol parameters and the query text of a GET or POST to /sparql; updates are a 403."""
    params = parse_qs(request.url.query, keep_blank_values=True)
    query: str | None = None
    if request.method == "POST":
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await request.body()
        if media == _UPDATE_TYPE:
            raise ProtocolError(Errors.E801.format(how=f"a POST of {_UPDATE_TYPE}"), 403)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise ProtocolError(Errors.E813, 400) from None
        if media == "application/x-www-form-urlencoded":
            for name, values in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
        elif media == "application/sparql-query":
            query = text
        else:
            raise ProtocolError(Errors.E807.format(given=media or "(none)"), 415)
    if "update" in params:
        raise ProtocolError(Errors.E801.format(how="the update parameter"), 403)
    if query is None:
        query = _one(params, "query")
    elif "query" in params:
        raise ProtocolError(Errors.E812.format(name="query"), 400)
    if query is not None and is_update(query):
        raise ProtocolError(Errors.E801.format(how="an update sent as a query"), 403)
    return params, query


def _response(answer: Answer) -> Response:
    return Response(answer.body, status_code=answer.status, media_type=answer.media_type)


class Endpoint:
    """The /sparql and /queries routes over the holder's current build."""

    def __init__(self, holder: BuildHolder) -> None:
        self.holder = holder

    async def sparql(self, request: Request) -> Response:
        try:
            params, query = await _sparql_params(request)
        except ProtocolError as exc:
            return _text(exc.status, str(exc))
        if query is None:
            if preferred(request.headers.get("accept"), ("text/html",), wildcard=False):
                return HTMLResponse(pages.render("sparql.html"))
            return _text(400, Errors.E802)
        try:
            fmt = _one(params, "format")
        except ProtocolError as exc:
            return _text(exc.status, str(exc))
        job = Job(query, accept=request.headers.get("accept"), format=fmt,
                  default_graphs=tuple(params.get("default-graph-uri", ())),
                  named_graphs=tuple(params.get("named-graph-uri", ())))
        return _response(await self.holder.current.pool.run(job))

    async def list_queries(self, request: Request) -> Response:
        listing = [{"name": q.name, "description": q.description, "url": f"/queries/{q.name}",
                    "parameters": [{"name": p.name, "default": p.default, "description": p.help}
                                   for p in q.params]} for q in available().values()]
        wants = request.query_params.get("format") or preferred(
            request.headers.get("accept"), ("application/json", "text/html"))
        if wants == "text/html" or wants == "html":
            return HTMLResponse(pages.render("queries.html", queries=available().values()))
        return JSONResponse({"queries": listing})

    async def run_query(self, request: Request) -> Response:
        params = parse_qs(request.url.query, keep_blank_values=True)
        try:
            ready = get(request.path_params["name"])
        except UnknownQuery as exc:
            return _text(404, str(exc))
        try:
            fmt = _one(params, "format")
            given = {name: _one(params, name) or "" for name in params if name != "format"}
            bindings = ready.bindings(given)
        except ProtocolError as exc:
            return _text(exc.status, str(exc))
        except UnknownQuery as exc:
            return _text(400, str(exc))
        job = Job(ready.sparql, bindings=bindings, accept=request.headers.get("accept"), format=fmt)
        return _response(await self.holder.current.pool.run(job))

    def routes(self) -> list[BaseRoute]:
        return [Route("/sparql", self.sparql, methods=["GET", "POST"]),
                Route("/queries", self.list_queries, methods=["GET"]),
                Route("/queries/{name}", self.run_query, methods=["GET"])]


def create_app(outdir: str | Path, *, timeout: float = DEFAULT_TIMEOUT, workers: int | None = None,
               poll_seconds: float = 1.0, max_body: int = MAX_BODY, max_query_string: int = MAX_QUERY_STRING,
               allowed_hosts: Sequence[str] | None = None,
               explorer: Callable[[Callable[[], ExplorerIndex]], list[BaseRoute]] | None = None,
               on_ready: Callable[[], None] | None = None, store: str = "memory",
               on_memory: Callable[[Loaded], None] | None = None) -> Starlette:
    """The app serving the build in ``outdir``. Opening it (loading the store if the graph
    changed) happens here; the workers start with the app's lifespan.

    ``workers`` query processes (default: one per core, at least two, so that one runaway query
    never blocks the others) each answer one query at a time, stopped at ``timeout`` seconds.
    ``allowed_hosts`` limits the Host header (a guard against DNS rebinding on localhost);
    ``on_ready`` is called once the workers answer. ``store="memory"`` then loads the graph in
    memory in a keeper process and moves the queries there (``on_memory`` is called when it is,
    after each reload too); ``"disk"`` keeps them on the on-disk store.
    """
    if not timeout > 0:
        raise ServeError(Errors.E811.format(given=timeout))
    if store not in STORES:
        raise ServeError(Errors.E816.format(given=store))
    if explorer is None:
        from mlkg.serve.explorer import routes as explorer

    holder = BuildHolder(prepare(Path(outdir)), timeout=timeout, workers=workers or max(2, os.cpu_count() or 2),
                         poll_seconds=poll_seconds, memory=store == "memory", on_memory=on_memory)
    endpoint = Endpoint(holder)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await holder.start()
        if on_ready is not None:
            on_ready()
        try:
            yield
        finally:
            await holder.stop()

    middleware = [Middleware(Guard, max_body=max_body, max_query_string=max_query_string)]
    if allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)))
    app = Starlette(routes=[*endpoint.routes(), *explorer(lambda: holder.current.index)],
                    middleware=middleware, lifespan=lifespan)
    app.state.holder = holder
    return app

