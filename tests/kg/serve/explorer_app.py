"""A small Starlette app of the explorer's routes, with the CSP of ``mlkg serve``, and a real
uvicorn server for it on a free localhost port: what the explorer's tests run against (the
full app, :mod:`mlkg.serve.app`, is tested with the endpoint)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mlkg.serve.explorer import routes
from mlkg.serve.index import ExplorerIndex
from tests.kg.viz.conftest import chromium  # noqa: F401 (the fixture, for the explorer's browser tests)

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'")


class SecurityHeaders:
    """The headers ``mlkg serve`` sends with every response (as its app does)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"content-security-policy", CSP.encode()),
                                      (b"x-content-type-options", b"nosniff"),
                                      (b"referrer-policy", b"no-referrer")]
            await send(message)

        await self.app(scope, receive, with_headers if scope["type"] == "http" else send)


def explorer_app(index_path: Path) -> Starlette:
    index = ExplorerIndex.open(index_path)
    return Starlette(routes=routes(lambda: index), middleware=[Middleware(SecurityHeaders)])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
