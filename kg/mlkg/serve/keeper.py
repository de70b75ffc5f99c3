"""The keeper: one process that holds the build's graph in an in-memory store and forks the query
workers from itself, so that they share its memory (copy-on-write) instead of each loading it.

Why: on the 85k-paper graph the ready-made queries run 10–20× faster on pyoxigraph's in-memory
store than on the on-disk (RocksDB) one, CPU-bound, but the in-memory store takes ~2.6 GB and
half a minute to load: once per worker would multiply both. The keeper loads it once (the graph
file and the ontology, as :func:`mlkg.stores.oxigraph.open_store` does for ``mlkg query``), then
answers fork requests on its control socket: each carries one end of a socket pair (passed with
``SCM_RIGHTS``); the keeper forks, the child serves jobs on it with :func:`mlkg.serve.worker.serve`,
and the keeper replies with the child's pid so that the pool can kill it at the time limit.

The keeper is single-threaded when it forks (pyoxigraph's bulk load leaves no thread behind;
:func:`_threads` checks), reaps its children by ignoring SIGCHLD, and dies with the server (the
kernel's parent-death signal, and the end of its control socket). A killed worker never touches
the keeper. Started as ``python -m mlkg.serve.keeper FD GRAPH``; :class:`Keeper` is the server's
side.
"""

from __future__ import annotations

import os
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from mlkg.errors import Errors, MlkgError
from mlkg.serve.worker import die_with_parent, serve, source_env, yield_to_pages

_READY = struct.Struct("!qd")  # triples in the store, seconds the load took
_PID = struct.Struct("!q")
_FORK = b"F"


class KeeperError(MlkgError):
    """The keeper could not load the graph or fork a worker; the server keeps the on-disk workers."""


@dataclass(frozen=True)
class Loaded:
    """What the keeper holds in memory: its number of triples and how long the load took."""

    triples: int
    seconds: float


def _recv_exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise EOFError("the keeper closed its control socket")
        data += chunk
    return data


class Keeper:
    """The server's handle on one keeper process (one build's in-memory graph)."""

    def __init__(self, graph: Path) -> None:
        """Start the keeper; it loads ``graph`` in the background (see :meth:`wait_ready`).

        Call it from a thread that lives as long as the server (the event loop's): the kernel's
        parent-death signal follows the thread that started the process.
        """
        self.graph = graph
        self._control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mlkg.serve.keeper", str(theirs.fileno()), str(graph)],
            pass_fds=(theirs.fileno(),), env=source_env(), stdin=subprocess.DEVNULL)
        theirs.close()
        self._lock = threading.Lock()  # one fork request at a time on the control socket
        self.loaded: Loaded | None = None

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_ready(self) -> Loaded:
        """Block until the graph is in memory; a KeeperError if the keeper died first."""
        try:
            triples, seconds = _READY.unpack(_recv_exactly(self._control, _READY.size))
        except (EOFError, OSError):
            code = self.process.wait()
            raise KeeperError(Errors.E814.format(graph=self.graph, why=f"exit code {code}")) from None
        self.loaded = Loaded(triples, seconds)
        return self.loaded

    def fork(self) -> tuple[int, Connection]:
        """A new worker forked from the keeper: its pid and the server's end of its socket pair."""
        ours, theirs = socket.socketpair()
        try:
            with self._lock:
                socket.send_fds(self._control, [_FORK], [theirs.fileno()])
                (pid,) = _PID.unpack(_recv_exactly(self._control, _PID.size))
        except (EOFError, OSError) as exc:
            ours.close()
            raise KeeperError(Errors.E815.format(why=exc)) from None
        finally:
            theirs.close()
        return pid, Connection(ours.detach())

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        """Stop the keeper; its forked workers die with it (their parent-death signal)."""
        try:
            self._control.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked in wait_ready
        except OSError:
            pass
        self._control.close()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


# --- the keeper process -----------------------------------------------------------------------

def _threads() -> int:
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def _child(control: socket.socket, fd: int, store: object, keeper: int) -> None:
    """In the forked worker: never returns."""
    code = 0
    try:
        control.close()
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        die_with_parent()
        if os.getppid() != keeper:  # the keeper died before the line above: nobody would kill us
            code = 1
        else:
            serve(Connection(fd), store)  # type: ignore[arg-type]
    except BaseException:  # noqa: BLE001 - a worker must never fall back into the keeper's loop
        code = 1
    finally:
        os._exit(code)


def main(argv: list[str]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the server, which stops us
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps the forked workers
    die_with_parent()
    yield_to_pages()  # the forked workers inherit it
    fd, graph = argv
    control = socket.socket(fileno=int(fd))
    from mlkg.stores.oxigraph import open_store

    started = time.perf_counter()
    try:
        store = open_store(graph, persist=False)
    except (MlkgError, MemoryError) as exc:
        sys.exit(f"mlkg keeper: {exc}")
    seconds = time.perf_counter() - started
    if _threads() > 1:
        print(f"mlkg keeper: {_threads()} threads after loading; forking anyway", file=sys.stderr)
    control.sendall(_READY.pack(len(store), seconds))
    me = os.getpid()
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, 1, 1)
        except OSError:
            return
        if not message:
            return  # the server closed its end, or died
        if message != _FORK or len(fds) != 1:
            for extra in fds:
                os.close(extra)
            return
        pid = os.fork()
        if pid == 0:
            _child(control, fds[0], store, me)
        os.close(fds[0])
        control.sendall(_PID.pack(pid))


if __name__ == "__main__":
    # run from the imported module, so the Answers its workers send unpickle as mlkg.serve.worker.Answer
    from mlkg.serve import keeper  # noqa: PLW0406

    keeper.main(sys.argv[1:])
