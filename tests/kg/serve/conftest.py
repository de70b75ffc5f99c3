"""A build of the examples (once per session) and a real `mlkg serve` on it: the command itself,
as a subprocess on a free localhost port, stopped by Ctrl-C (SIGINT) at the end."""

from __future__ import annotations

import os
import re
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from mlkg.build.pipeline import build

REPO = Path(__file__).parents[3]
SOURCE_ROOT = REPO / "kg"
TIMEOUT = 2.0  # seconds per query of the session's server: small, so that the runaway test is quick
READY = re.compile(r"serving .* at (http://\S+/) ")


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

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kwargs)  # type: ignore[arg-type]

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
    lines: list[str] = []
    deadline = time.monotonic() + wait
    assert process.stdout is not None
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if ready:
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                break
            lines.append(line)
            if match := READY.search(line):
                return Server(process, match.group(1), lines)
        elif process.poll() is not None:
            break
    process.kill()
    raise AssertionError(f"mlkg serve did not start: {''.join(lines)}")


@pytest.fixture(scope="session")
def examples_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples built once; tests must not change it (the reload test builds its own)."""
    out = tmp_path_factory.mktemp("serve") / "out"
    build([REPO / "examples"], out)
    return out


@pytest.fixture(scope="session")
def server(examples_out: Path) -> Iterator[Server]:
    running = start_server(examples_out)
    yield running
    assert running.stop() == 0
