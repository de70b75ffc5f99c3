"""A build of the examples (once per session) and a real `mlkg serve` on it: the command itself,
as a subprocess on a free localhost port, stopped by Ctrl-C (SIGINT) at the end."""

from __future__ import annotations

import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil
import pytest

from mlkg.build.pipeline import build

REPO = Path(__file__).parents[3]
SOURCE_ROOT = REPO / "kg"
TIMEOUT = 2.0  # seconds per query of the session's server: small, so that the runaway test is quick
READY = re.compile(r"serving .* at (http://\S+/) ")
IN_MEMORY = re.compile(r"SPARQL: in memory, ([\d,]+) triples, loaded in [\d.]+ s")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A running `mlkg serve` subprocess; ``url`` ends with a slash."""

    process: subprocess.Popen[str]
    url: str
    output: list[str] = field(default_factory=list)
    lines: queue.Queue[str] = field(default_factory=queue.Queue)

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kwargs)  # type: ignore[arg-type]

    def wait_for(self, pattern: re.Pattern[str], wait: float = 120) -> re.Match[str]:
        """The next output line matching ``pattern`` (the lines before it are kept in ``output``)."""
        deadline = time.monotonic() + wait
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if not line:
                self.lines.put("")  # the output ended: so it stays for the next caller
                break
            self.output.append(line)
            if match := pattern.search(line):
                return match
        raise AssertionError(f"mlkg serve printed no line matching {pattern.pattern!r}: {''.join(self.output)}")

    def processes(self) -> list[psutil.Process]:
        """The server and all its descendants: its keeper and the query workers."""
        server = psutil.Process(self.process.pid)
        return [server, *server.children(recursive=True)]

    def keeper(self) -> psutil.Process:
        """The server's keeper of the in-memory graph (exactly one)."""
        keepers = [p for p in psutil.Process(self.process.pid).children() if "mlkg.serve.keeper" in p.cmdline()]
        assert len(keepers) == 1, keepers
        return keepers[0]

    def stop(self) -> int:
        """Ctrl-C, as a user stops it; the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


def start_server(outdir: Path, *args: str, timeout: float = TIMEOUT, wait: float = 120) -> Server:
    """Start `mlkg serve OUTDIR --port P --timeout T ARGS...` and wait for its URL line."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(SOURCE_ROOT),
                                                                     os.environ.get("PYTHONPATH"))))}
    cmd = [sys.executable, "-m", "mlkg", "serve", str(outdir), "--port", str(free_port()),
           "--timeout", str(timeout), *args]
    process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_pump, args=(process, lines), daemon=True).start()
    server = Server(process, "", lines=lines)
    try:
        server.url = server.wait_for(READY, wait).group(1)
    except AssertionError:
        process.kill()
        raise
    return server


def _pump(process: subprocess.Popen[str], lines: queue.Queue[str]) -> None:
    """Every output line into ``lines`` (a thread: select() would miss lines already buffered)."""
    assert process.stdout is not None
    for line in process.stdout:
        lines.put(line)
    lines.put("")  # the end


@pytest.fixture(scope="session")
def examples_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples built once; tests must not change it (the reload test builds its own)."""
    out = tmp_path_factory.mktemp("serve") / "out"
    build([REPO / "examples"], out)
    return out


@pytest.fixture(scope="session")
def server(examples_out: Path) -> Iterator[Server]:
    running = start_server(examples_out)
    try:  # the tests on this server run on the in-memory store (the default), not on the disk workers
        running.wait_for(IN_MEMORY)
    except AssertionError:
        running.stop()
        raise
    yield running
    assert running.stop() == 0
