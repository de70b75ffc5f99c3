"""A pool of query worker processes (:mod:`mlkg.serve.worker`), with a real time limit.

Workers come in two kinds. *Disk* workers open the build's on-disk store read-only (RocksDB
lets many processes read it), so they are up at once. *Memory* workers are forked by a keeper
(:mod:`mlkg.serve.keeper`) that holds the graph in an in-memory store, 10–20x faster on big
graphs and shared copy-on-write by every worker. A pool in memory mode starts with disk workers
(the server answers at once), starts the keeper, and when the graph is in memory forks its
memory workers and retires the disk ones as they become idle: no request fails or is cut.

A request takes an idle worker, waits for its answer in a thread (the event loop stays free), and
at the time limit the worker is killed, which is what stops the query's CPU, and a fresh one of
the pool's current kind takes its place (a fork: milliseconds). Other requests keep being
answered by the other workers meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import os
import select
import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Literal

from mlkg.errors import Errors
from mlkg.serve.keeper import Keeper, KeeperError, Loaded
from mlkg.serve.worker import Answer, Job, source_env

log = logging.getLogger(__name__)
READY_SECONDS = 120.0  # a worker that loads the graph in memory (unwritable build folder) is slow
# A forked worker's queries write to many pages they only read (measured on the 85k-paper graph:
# leaderboard copies 0.3 GB of the keeper's 2.2 GB, the three heavy ready-made queries 1.3 GB), so
# the kernel copies them out of the keeper's: left alone, every worker grows into a full copy. A
# worker past this much private memory is replaced by a fresh fork, which bounds the pool at the
# keeper plus about this much per worker; the price is that a fresh fork pays the copies again
# (compared-models 2.0 s instead of 1.2 s warm, still 6x faster than the on-disk store).
RECYCLE_BYTES = 512 * 1024 * 1024
CHECK_SECONDS = 0.1  # a job at least this long is followed by a look at its worker's memory (~30 ms)
CHECK_EVERY = 20  # and so is every 20th job
Kind = Literal["disk", "memory"]


class _Timeout(Exception):
    pass


class _Died(Exception):
    pass


class _Worker:
    """One worker process (spawned on the disk store, or forked by the keeper) and the server's
    end of its socket pair."""

    def __init__(self, kind: Kind, conn: Connection, *, process: subprocess.Popen[bytes] | None = None,
                 pidfd: int | None = None, pid: int) -> None:
        self.kind, self.conn, self.pid = kind, conn, pid
        self._process, self._pidfd = process, pidfd
        self.jobs = 0

    @classmethod
    def spawn(cls, store: Path | None, graph: Path) -> _Worker:
        """A disk worker: a new Python process that opens the store (or loads ``graph``)."""
        ours, theirs = socket.socketpair()
        process = subprocess.Popen(
            [sys.executable, "-m", "mlkg.serve.worker", str(theirs.fileno()), str(store or "-"), str(graph)],
            pass_fds=(theirs.fileno(),), env=source_env(), stdin=subprocess.DEVNULL)
        theirs.close()
        return cls("disk", Connection(ours.detach()), process=process, pid=process.pid)

    @classmethod
    def fork(cls, keeper: Keeper) -> _Worker:
        """A memory worker forked by ``keeper``; held by a pidfd, so a kill never hits a reused pid."""
        pid, conn = keeper.fork()
        try:
            pidfd: int | None = os.pidfd_open(pid)
        except ProcessLookupError:  # died at once: wait_ready reports it
            pidfd = None
        return cls("memory", conn, pidfd=pidfd, pid=pid)

    def _why(self) -> str:
        if self._process is not None:
            return f"exit code {self._process.poll()}"
        return "the forked worker process ended"

    def wait_ready(self) -> None:
        if not self.conn.poll(READY_SECONDS):
            raise _Died("not ready in time")
        try:
            self.conn.recv()
        except (EOFError, OSError):
            raise _Died(self._why()) from None

    def ask(self, job: Job, timeout: float) -> Answer:
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                raise _Timeout
            return self.conn.recv()
        except (EOFError, OSError):
            raise _Died(self._why()) from None

    def private_bytes(self) -> int:
        """The memory this process no longer shares with the keeper (0 if unknown)."""
        try:
            with open(f"/proc/{self.pid}/smaps_rollup", encoding="ascii") as rollup:
                for line in rollup:
                    if line.startswith("Private_Dirty:"):
                        return int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            pass
        return 0

    def kill(self) -> None:
        """Kill the process and wait until it is gone (the keeper, its parent, reaps a forked one)."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()
        elif self._pidfd is not None:
            try:
                signal.pidfd_send_signal(self._pidfd, signal.SIGKILL)
                select.select([self._pidfd], [], [], 10)  # readable once the process has exited
            except OSError:
                pass
            os.close(self._pidfd)
            self._pidfd = None
        self.conn.close()


class QueryPool:
    """``size`` workers on one build; :meth:`run` answers a job within ``timeout`` seconds.

    With ``memory``, the pool starts on disk workers and switches to memory workers once its
    keeper has loaded the graph (``on_memory`` is then called with what was loaded); ``mode``
    says which kind answers new jobs. A memory worker holding more than ``recycle_bytes`` of
    private memory after a job is replaced by a fresh fork.
    """

    def __init__(self, store: Path | None, graph: Path, *, size: int, timeout: float, memory: bool = False,
                 on_memory: Callable[[Loaded], None] | None = None, recycle_bytes: int = RECYCLE_BYTES) -> None:
        self.store, self.graph, self.size, self.timeout = store, graph, size, timeout
        self.memory, self.on_memory, self.recycle_bytes = memory, on_memory, recycle_bytes
        self.mode: Kind = "disk"
        self.keeper: Keeper | None = None
        self.loaded: Loaded | None = None
        self.switched = asyncio.Event()  # set once the switch to memory is done, or has failed
        self._threads = ThreadPoolExecutor(max_workers=2 * size + 3, thread_name_prefix="mlkg-query")
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._workers: set[_Worker] = set()
        self._closed = False
        self._pending: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Start every disk worker and wait until each has its store open; in memory mode, then
        start the keeper, whose loading goes on in the background (see :attr:`switched`)."""
        await asyncio.gather(*(self._add("disk") for _ in range(self.size)))
        if self.memory and not self._closed:
            self.keeper = Keeper(self.graph)  # here, in the event loop's thread: see Keeper
            self._background(self._switch())
        else:
            self.switched.set()

    def _background(self, work: Any) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)
        task.add_done_callback(_log_failure)

    async def _switch(self) -> None:
        """Wait for the keeper, fork the memory workers, then retire the idle disk workers (the
        busy ones are retired when their job ends). A keeper that fails leaves the disk workers."""
        try:
            await self._to_memory()
        except KeeperError as exc:
            log.warning("%s", exc)
            self._stop_keeper()
        finally:
            self.switched.set()

    async def _to_memory(self) -> None:
        assert self.keeper is not None
        loaded = await asyncio.get_running_loop().run_in_executor(self._threads, self.keeper.wait_ready)
        if self._closed:
            return
        # the new workers take jobs only once the pool is in memory mode: one released before
        # the switch would count as a worker of the other kind, and be retired
        results = await asyncio.gather(*(self._start("memory", fall_back=False) for _ in range(self.size)),
                                       return_exceptions=True)
        started = [r for r in results if isinstance(r, _Worker)]
        failed = next((r for r in results if isinstance(r, BaseException)), None)
        if failed is not None or self._closed:
            for worker in started:  # none of them has taken a job: the disk workers go on
                self._discard(worker)
            if failed is not None:
                raise failed
            return
        self.mode, self.loaded = "memory", loaded
        kept = list(started)
        while not self._idle.empty():
            worker = self._idle.get_nowait()
            if worker.kind == self.mode:
                kept.append(worker)
            else:
                self._discard(worker)
        for worker in kept:
            self._idle.put_nowait(worker)
        if self.on_memory is not None:
            self.on_memory(loaded)

    async def _new(self, kind: Kind, fall_back: bool) -> _Worker:
        if kind == "memory" and self.keeper is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(self._threads, _Worker.fork, self.keeper)
            except KeeperError as exc:
                if not fall_back or self._closed:
                    raise
                log.error("%s", exc)  # the keeper is gone (killed by the OOM killer, say): back to disk
                self.mode = "disk"
                self._stop_keeper()
        return _Worker.spawn(self.store, self.graph)

    async def _add(self, kind: Kind | None = None, *, fall_back: bool = True) -> None:
        worker = await self._start(kind or self.mode, fall_back=fall_back)
        if worker is not None:
            self._idle.put_nowait(worker)

    async def _start(self, kind: Kind, *, fall_back: bool) -> _Worker | None:
        """A new worker of ``kind``, ready for jobs (None if the pool closed meanwhile)."""
        worker = await self._new(kind, fall_back)
        self._workers.add(worker)
        try:
            await asyncio.get_running_loop().run_in_executor(self._threads, worker.wait_ready)
        except BaseException:
            self._discard(worker)
            if self._closed:
                return None  # stopped while it started: nothing to report
            if worker.kind == "memory" and not fall_back:
                raise KeeperError(Errors.E815.format(why="the forked worker did not start")) from None
            raise
        if self._closed:
            self._discard(worker)
            return None
        return worker

    def _discard(self, worker: _Worker) -> None:
        self._workers.discard(worker)
        worker.kill()
        if self._closed and not self._workers:
            self._stop_keeper()  # the last worker of a closed pool: its keeper goes too

    def _stop_keeper(self) -> None:
        if self.keeper is not None:
            self.keeper.stop()

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` (stopping its query) and start another in the background."""
        self._discard(worker)
        if not self._closed:
            self._background(self._add())

    def _release(self, worker: _Worker, seconds: float = 0.0) -> None:
        worker.jobs += 1
        if self._closed or worker.kind != self.mode:  # a disk worker after the switch: retired
            self._discard(worker)
        elif worker.kind == "memory" and (seconds >= CHECK_SECONDS or worker.jobs % CHECK_EVERY == 0):
            self._background(self._check(worker))
        else:
            self._idle.put_nowait(worker)

    async def _check(self, worker: _Worker) -> None:
        """Back to the idle workers, or replaced by a fresh fork if it holds too much private memory."""
        private = 0
        try:
            private = await asyncio.get_running_loop().run_in_executor(self._threads, worker.private_bytes)
        finally:  # cancelled by close(): the worker still ends, so that the keeper can stop
            if self._closed or worker.kind != self.mode:
                self._discard(worker)
            elif private > self.recycle_bytes:
                self._replace(worker)
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
        started = loop.time()
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
        self._release(worker, loop.time() - started)
        return answer

    async def close(self) -> None:
        """Stop idle workers now and busy ones when their job ends (a reload lets them finish);
        the keeper goes with the last of them."""
        self._closed = True
        while not self._idle.empty():
            self._discard(self._idle.get_nowait())
        for task in list(self._pending):
            task.cancel()
        if not self._workers:
            self._stop_keeper()
        self._threads.shutdown(wait=False)

    def alive(self) -> int:
        """How many workers are running (after :meth:`close`, the busy ones finishing)."""
        return len(self._workers)

    def pids(self) -> set[int]:
        """The process ids of the running workers."""
        return {worker.pid for worker in self._workers}

    def kill_all(self) -> None:
        """Stop every worker and the keeper at once (server shutdown)."""
        self._closed = True
        for worker in list(self._workers):
            self._discard(worker)
        self._stop_keeper()
        self._threads.shutdown(wait=False, cancel_futures=True)


def _log_failure(task: asyncio.Task[None] | Future[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("a query worker failed to start: %s", task.exception())
