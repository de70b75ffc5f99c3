"""A small Starlette app of the explorer's routes, behind the security guard of ``mlkg serve``, and a real
uvicorn server for it on a free localhost port: what the explorer's tests run against (the
full app, :mod:`mlkg.serve.app`, is tested with the endpoint)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware

from mlkg.serve.app import CSP, Guard  # noqa: F401 (CSP: what the page tests expect)
from mlkg.serve.explorer import routes
from mlkg.serve.index import ExplorerIndex
from tests.kg.serve.conftest import free_port
from tests.kg.viz.conftest import chromium  # noqa: F401 (the fixture, for the explorer's browser tests)


def explorer_app(index_path: Path) -> Starlette:
    index = ExplorerIndex.open(index_path)
    return Starlette(routes=routes(lambda: index),
                     middleware=[Middleware(Guard, max_body=1 << 20, max_query_string=8192)])


@contextmanager
def serving(index_path: Path) -> Iterator[str]:
    """A uvicorn server of the explorer app on 127.0.0.1; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(explorer_app(index_path), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
