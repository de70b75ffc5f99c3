"""What ``mlkg serve`` does, below the thin typer command: open the build with a progress line,
bind the socket (a port in use is a one-line error, before anything is printed as ready), print
the URL, and run uvicorn until Ctrl-C."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from mlkg.errors import Errors
from mlkg.serve.app import STORES, ServeError, check_build, create_app, needs_loading
from mlkg.serve.keeper import Loaded

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach ``host``."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port``, or a ServeError that says why not."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
        sock.listen(2048)
    except OSError as exc:
        raise ServeError(Errors.E809.format(host=host, port=port, why=exc.strerror or exc)) from None
    sock.set_inheritable(True)
    return sock


def serve(outdir: Path, *, host: str, port: int, timeout: float, workers: int | None, console: Console,
          announce: Console, store: str = "memory") -> None:
    """Run the server on ``outdir`` until interrupted."""
    import uvicorn

    check_build(outdir)
    if not timeout > 0:
        raise ServeError(Errors.E811.format(given=timeout))
    if store not in STORES:
        raise ServeError(Errors.E816.format(given=store))
    loopback = is_loopback(host)
    if not loopback:
        console.print(f"[yellow]warning[/]: listening on {escape(host)}, not on localhost: anyone who can "
                      "reach this machine on that address can query the graph", highlight=False, soft_wrap=True)
    sock = bind(host, port)
    loading = needs_loading(outdir)
    message = (f"loading {outdir} into its query store and explorer index (once per build; later starts "
               "are quick)" if loading else f"opening {outdir}")
    if loading:
        console.print(escape(message), highlight=False, soft_wrap=True)
    bound = sock.getsockname()
    shown = f"[{bound[0]}]" if ":" in bound[0] else bound[0]

    def ready() -> None:
        announce.print(f"serving {escape(str(outdir))} at http://{shown}:{bound[1]}/ "
                       f"(SPARQL endpoint: http://{shown}:{bound[1]}/sparql); Ctrl-C stops", highlight=False,
                       soft_wrap=True)
        announce.print("SPARQL: on disk, loading the graph in memory for faster queries …" if store == "memory"
                       else "SPARQL: on disk (--store disk)", highlight=False, soft_wrap=True)

    def in_memory(loaded: Loaded) -> None:
        announce.print(f"SPARQL: in memory, {loaded.triples:,} triples, loaded in {loaded.seconds:.1f} s",
                       highlight=False, soft_wrap=True)

    with console.status(escape(message) + " …"):
        app = create_app(outdir, timeout=timeout, workers=workers,
                         allowed_hosts=[*LOOPBACK_NAMES, host] if loopback else None, on_ready=ready,
                         store=store, on_memory=in_memory)
    config = uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=5, lifespan="on")
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it shut down on; stopping is the normal end
        console.print("stopped", highlight=False)
    finally:
        sock.close()
