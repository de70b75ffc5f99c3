"""A pool of query worker processes (:mod:`mlkg.serve.worker`), with a real time limit.

Each worker opens the build's on-disk store read-only (RocksDB lets many processes read it; the
pages are shared through the OS cache), so a pool costs little memory beyond one store. A
request takes an idle worker, waits for its answer in a thread (the event loop stays free), and
at the time limit the worker is killed, which is what stops the query's CPU, and a fresh one
takes its place. Other requests keep being answered by the other workers meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path

import mlkg
from mlkg.errors import Errors
from mlkg.serve.worker import Answer, Job

log = logging.getLogger(__name__)
_SOURCE_ROOT = str(Path(mlkg.__file__).parents[1])  # the worker imports this very mlkg
READY_SECONDS = 120.0  # a worker that loads the graph in memory (unwritable build folder) is slow


class _Timeout(Exception):
    pass


class _Died(Exception):
    pass


class _Worker:
    """One worker process and the server's end of its socket pair."""

    def __init__(self, store: Path | None, graph: Path) -> None:
        ours, theirs = socket.socketpair()
        path = os.pathsep.join(filter(None, (_SOURCE_ROOT, os.environ.get("PYTHONPATH"))))
        env = {**os.environ, "PYTHONPATH": path}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mlkg.serve.worker", str(theirs.fileno()), str(store or "-"), str(graph)],
            pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL)
        theirs.close()
        self.conn = Connection(ours.detach())

    def wait_ready(self) -> None:
        if not self.conn.poll(READY_SECONDS):
            raise _Died("not ready in time")
        try:
            self.conn.recv()
        except (EOFError, OSError):
            raise _Died(f"exit code {self.process.poll()}") from None

    def ask(self, job: Job, timeout: float) -> Answer:
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                raise _Timeout
            return self.conn.recv()
        except (EOFError, OSError):
            raise _Died(f"exit code {self.process.poll()}") from None

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self.conn.close()


class QueryPool:
    """``size`` workers on one build's store; :meth:`run` answers a job within ``timeout`` seconds."""

    def __init__(self, store: Path | None, graph: Path, *, size: int, timeout: float) -> None:
        self.store, self.graph, self.size, self.timeout = store, graph, size, timeout
        self._threads = ThreadPoolExecutor(max_workers=2 * size + 2, thread_name_prefix="mlkg-query")
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._workers: set[_Worker] = set()
        self._closed = False
        self._pending: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Start every worker and wait until each has its store open."""
        await asyncio.gather(*(self._add() for _ in range(self.size)))

    async def _add(self) -> None:
        worker = _Worker(self.store, self.graph)
        self._workers.add(worker)
        try:
            await asyncio.get_running_loop().run_in_executor(self._threads, worker.wait_ready)
        except BaseException:
            self._discard(worker)
            if self._closed:
                return  # stopped while it started: nothing to report
            raise
        if self._closed:
            self._discard(worker)
        else:
            self._idle.put_nowait(worker)

    def _discard(self, worker: _Worker) -> None:
        self._workers.discard(worker)
        worker.kill()

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` (stopping its query) and start another in the background."""
        self._discard(worker)
        if not self._closed:
            task = asyncio.get_running_loop().create_task(self._add())
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)
            task.add_done_callback(_log_failure)

    def _release(self, worker: _Worker) -> None:
        if self._closed:
            self._discard(worker)
        else:
            self._idle.put_nowait(worker)

    def _settle(self, worker: _Worker, future: asyncio.Future[Answer]) -> None:
        """The end of a job whose request went away: keep the worker if it answered, else replace it."""
        if future.cancelled() or future.exception() is not None:
            self._replace(worker)
        else:
            self._release(worker)

    async def run(self, job: Job) -> Answer:
        """The answer to ``job``; past the time limit a 503 (and the worker is killed)."""
        worker = await self._idle.get()
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._threads, worker.ask, job, self.timeout)
        try:
            answer = await asyncio.shield(future)
        except asyncio.CancelledError:  # the client left: settle the worker once the job is done
            future.add_done_callback(lambda done: self._settle(worker, done))
            raise
        except _Timeout:
            self._replace(worker)
            return Answer.text(503, Errors.E800.format(seconds=self.timeout))
        except _Died as exc:
            self._replace(worker)
            return Answer.text(500, Errors.E810.format(why=exc))
        self._release(worker)
        return answer

    async def close(self) -> None:
        """Stop idle workers now and busy ones when their job ends (a reload lets them finish)."""
        self._closed = True
        while not self._idle.empty():
            self._discard(self._idle.get_nowait())
        for task in list(self._pending):
            task.cancel()
        self._threads.shutdown(wait=False)

    def alive(self) -> int:
        """How many workers are running (after :meth:`close`, the busy ones finishing)."""
        return len(self._workers)

    def kill_all(self) -> None:
        """Stop every worker at once (server shutdown)."""
        self._closed = True
        for worker in list(self._workers):
            self._discard(worker)
        self._threads.shutdown(wait=False, cancel_futures=True)


def _log_failure(task: asyncio.Task[None] | Future[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("a query worker failed to start: %s", task.exception())
