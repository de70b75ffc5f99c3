"""The in-memory store (`mlkg serve --store memory`, the default): one keeper process loads the
graph and forks the query workers. The answers are `mlkg query`'s; the switch from the disk
workers loses no request; a runaway query is cut and its worker replaced by a new fork while the
keeper lives on; nothing outlives the server or the pool."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import psutil
import pytest
from typer.testing import CliRunner

from mlkg.cli import app
from mlkg.query.sparql import query_source
from mlkg.serve.app import Prepared, prepare
from mlkg.serve.pool import QueryPool
from mlkg.serve.worker import QUERY_NICENESS, Job
from tests.kg.serve.conftest import IN_MEMORY, Server, start_server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
LIMIT = 2.0


def _count(body: bytes) -> int:
    return int(body.decode().splitlines()[1])


def _gone(pids: set[int], wait: float = 10) -> set[int]:
    """The pids among ``pids`` still running after up to ``wait`` seconds (zombies count as gone)."""
    deadline = time.monotonic() + wait
    while True:
        alive = {pid for pid in pids if psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie"}
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def _with_pool(examples_out: Path, body: Callable[[QueryPool, Prepared], Awaitable[None]], *,
               memory: bool = True, timeout: float = LIMIT, **options: int) -> None:
    """Run ``body`` with a started pool of two workers on the examples build, then kill it."""
    async def main() -> None:
        prepared = prepare(examples_out)
        pool = QueryPool(prepared.store, prepared.graph, size=2, timeout=timeout, memory=memory, **options)
        try:
            await pool.start()
            await body(pool, prepared)
        finally:
            pool.kill_all()
            prepared.discard()

    asyncio.run(main())


def test_the_pool_switches_to_memory_with_no_failed_request(examples_out: Path) -> None:
    expected = query_source(examples_out, COUNT).rows[0][0]
    seen: list[tuple[str, int, int]] = []  # the pool's mode when each answer came, status, count

    async def body(pool: QueryPool, prepared: Prepared) -> None:
        assert pool.mode == "disk" and pool.keeper is not None
        disk_pids = pool.pids()

        async def client() -> None:
            while not pool.switched.is_set() or sum(mode == "memory" for mode, _, _ in seen) < 20:
                if pool.switched.is_set() and pool.mode == "disk":
                    break  # the keeper failed: the asserts below say so
                answer = await pool.run(Job(COUNT, accept="text/csv"))
                seen.append((pool.mode, answer.status, _count(answer.body) if answer.status == 200 else -1))

        await asyncio.wait_for(asyncio.gather(*(client() for _ in range(4))), 120)
        assert pool.mode == "memory" and pool.loaded is not None and pool.loaded.triples == expected
        keeper = psutil.Process(pool.keeper.pid)
        assert keeper.is_running() and len(pool.pids()) == pool.size
        assert all(psutil.Process(pid).ppid() == keeper.pid for pid in pool.pids()), "not forked by the keeper"
        assert not _gone(disk_pids), "the disk workers were not retired"

    _with_pool(examples_out, body)
    assert {status for _, status, _ in seen} == {200}
    assert {count for _, _, count in seen} == {expected}
    modes = [mode for mode, _, _ in seen]
    assert "disk" in modes and "memory" in modes, "the switch happened before any request: nothing was tested"
    assert modes == sorted(modes), "a request was answered on disk after the switch"  # "disk" < "memory"


def test_a_runaway_query_is_cut_and_its_worker_replaced_by_a_new_fork(examples_out: Path) -> None:
    async def body(pool: QueryPool, prepared: Prepared) -> None:
        await asyncio.wait_for(pool.switched.wait(), 120)
        assert pool.mode == "memory" and pool.keeper is not None
        keeper, before = pool.keeper.pid, pool.pids()
        started = time.monotonic()
        runaway = asyncio.ensure_future(pool.run(Job(RUNAWAY, accept="text/csv")))
        await asyncio.sleep(0.3)
        other = await pool.run(Job(COUNT, accept="text/csv"))  # answered meanwhile by the other worker
        assert other.status == 200 and not runaway.done()
        answer = await runaway
        assert answer.status == 503 and b"[E800]" in answer.body
        assert LIMIT <= time.monotonic() - started < LIMIT + 5
        deadline = time.monotonic() + 10
        while len(pool.pids()) < pool.size and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        after = pool.pids()
        killed = before - after
        assert len(killed) == 1 and not _gone(killed), "the runaway worker still runs"
        assert psutil.pid_exists(keeper) and psutil.Process(keeper).status() != "zombie", "the keeper died"
        new = after - before
        assert len(new) == 1 and psutil.Process(new.pop()).ppid() == keeper, "the replacement is no fork"
        for _ in range(2):  # both workers, the new one included, answer at once
            started = time.monotonic()
            quick = await asyncio.gather(*(pool.run(Job(COUNT, accept="text/csv")) for _ in range(2)))
            assert [a.status for a in quick] == [200, 200] and time.monotonic() - started < 1.0

    _with_pool(examples_out, body)


@pytest.mark.parametrize("recycle_bytes", [1, 1 << 40])
def test_a_worker_past_its_private_memory_is_replaced_by_a_fresh_fork(examples_out: Path,
                                                                      recycle_bytes: int) -> None:
    async def body(pool: QueryPool, prepared: Prepared) -> None:
        await asyncio.wait_for(pool.switched.wait(), 120)
        assert pool.mode == "memory" and pool.keeper is not None
        first = pool.pids()
        for _ in range(3):  # each is long enough to be followed by a look at the worker's memory
            answer = await pool.run(Job("SELECT (COUNT(*) AS ?n) WHERE { ?a a ?c . ?d a ?f }", accept="text/csv"))
            assert answer.status == 200 and _count(answer.body) > 0
            deadline = time.monotonic() + 10
            while len(pool.pids()) < pool.size and time.monotonic() < deadline:
                await asyncio.sleep(0.01)
        assert len(pool.pids()) == pool.size
        assert all(psutil.Process(pid).ppid() == pool.keeper.pid for pid in pool.pids())
        if recycle_bytes == 1:  # every worker dirties a page: each job's worker is replaced
            assert len(first - pool.pids()) >= 1 and not _gone(first - pool.pids())
        else:
            assert pool.pids() == first

    _with_pool(examples_out, body, timeout=60, recycle_bytes=recycle_bytes)


def test_kill_all_stops_the_keeper_and_every_worker(examples_out: Path) -> None:
    pids: set[int] = set()

    async def body(pool: QueryPool, prepared: Prepared) -> None:
        await asyncio.wait_for(pool.switched.wait(), 120)
        assert pool.mode == "memory" and pool.keeper is not None
        pids.update(pool.pids() | {pool.keeper.pid})
        busy = asyncio.ensure_future(pool.run(Job(RUNAWAY, accept="text/csv")))
        await asyncio.sleep(0.3)
        pool.kill_all()
        assert not _gone(pids), "a process outlived kill_all"
        assert (await busy).status == 500

    _with_pool(examples_out, body)
    assert len(pids) == 3


def test_a_closed_pool_stops_its_keeper_after_the_last_busy_query(examples_out: Path) -> None:
    async def body(pool: QueryPool, prepared: Prepared) -> None:
        await asyncio.wait_for(pool.switched.wait(), 120)
        assert pool.keeper is not None
        keeper = pool.keeper.pid
        busy = asyncio.ensure_future(pool.run(Job(RUNAWAY.replace(" . ?g ?h ?i", ""), accept="text/csv")))
        await asyncio.sleep(0.05)
        await pool.close()
        assert not busy.done() and psutil.pid_exists(keeper), "close cut the running query"
        answer = await busy
        assert answer.status == 200, answer.body
        assert not _gone({keeper}) and pool.alive() == 0

    _with_pool(examples_out, body, timeout=60)


def test_a_keeper_that_cannot_load_leaves_the_disk_workers(examples_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(examples_out, out)

    async def main() -> None:
        prepared = prepare(out)
        prepared.graph.write_text("this is not Turtle <<<", encoding="utf-8")  # the disk store stays as it was
        pool = QueryPool(prepared.store, prepared.graph, size=2, timeout=LIMIT, memory=True)
        try:
            await pool.start()
            await asyncio.wait_for(pool.switched.wait(), 120)
            assert pool.mode == "disk" and pool.keeper is not None and not pool.keeper.alive()
            answer = await pool.run(Job(COUNT, accept="text/csv"))
            assert answer.status == 200 and _count(answer.body) > 0
        finally:
            pool.kill_all()
            prepared.discard()

    asyncio.run(main())


def test_disk_mode_starts_no_keeper(examples_out: Path) -> None:
    async def body(pool: QueryPool, prepared: Prepared) -> None:
        assert pool.switched.is_set() and pool.mode == "disk" and pool.keeper is None
        answer = await pool.run(Job(COUNT, accept="text/csv"))
        assert answer.status == 200

    _with_pool(examples_out, body, memory=False)


# --- the server ----------------------------------------------------------------------------------

def test_the_session_server_answers_from_forked_memory_workers(server: Server, examples_out: Path) -> None:
    triples = int(IN_MEMORY.search("".join(server.output)).group(1).replace(",", ""))  # type: ignore[union-attr]
    assert triples == query_source(examples_out, COUNT).rows[0][0]
    keeper = server.keeper()
    workers = [p for p in server.processes() if p.pid not in (server.process.pid, keeper.pid)]
    assert workers and all(p.ppid() == keeper.pid for p in workers), "disk workers still run"
    with server.client() as client:
        response = client.get("sparql", params={"query": COUNT}, headers={"accept": "text/csv"})
    assert response.status_code == 200 and _count(response.content) == triples


def test_queries_run_below_the_pages_cpu_priority(server: Server) -> None:
    """Seconds-long queries must not starve millisecond pages: keeper and workers are niced."""
    keeper = server.keeper()
    queries = [p for p in server.processes() if p.pid != server.process.pid]
    assert keeper in queries and len(queries) >= 2
    page_priority = psutil.Process(server.process.pid).nice()
    assert all(p.nice() >= page_priority + QUERY_NICENESS for p in queries), \
        [(p.pid, p.nice()) for p in queries]


def test_answers_equal_mlkg_query(server: Server, examples_out: Path) -> None:
    for name in ("most-used-datasets", "leaderboard", "compared-models"):
        cli = CliRunner().invoke(app, ["query", str(examples_out), "--name", name, "--format", "json"])
        assert cli.exit_code == 0, cli.output
        expected = json.loads(cli.stdout)["results"]["bindings"]
        with server.client() as client:
            response = client.get(f"queries/{name}", headers={"accept": "application/sparql-results+json"})
        assert response.status_code == 200
        assert response.json()["results"]["bindings"] == expected and expected, name


@pytest.mark.parametrize("store", ["memory", "disk"])
def test_nothing_outlives_the_server(examples_out: Path, store: str) -> None:
    running = start_server(examples_out, "--store", store)
    try:
        if store == "memory":
            running.wait_for(IN_MEMORY)
            running.keeper()
        else:
            running.wait_for(re.compile(r"SPARQL: on disk \(--store disk\)"), wait=10)
            assert not any("mlkg.serve.keeper" in p.cmdline() for p in running.processes())
        pids = {p.pid for p in running.processes()}
        assert len(pids) >= (4 if store == "memory" else 3)  # the server, (its keeper,) two workers or more
    finally:
        assert running.stop() == 0
    assert not _gone(pids), "processes outlived the server"


def test_a_killed_server_takes_its_keeper_and_workers_along(examples_out: Path) -> None:
    running = start_server(examples_out)
    try:
        running.wait_for(IN_MEMORY)
        pids = {p.pid for p in running.processes()}
        assert running.keeper().pid in pids and len(pids) >= 4
    finally:
        running.process.kill()  # SIGKILL: no shutdown code runs in the server
        running.process.wait()
    assert not _gone(pids), "the keeper or its workers outlived a killed server"


def test_unknown_store_is_a_one_line_error(examples_out: Path) -> None:
    result = CliRunner().invoke(app, ["serve", str(examples_out), "--store", "ram"])
    assert result.exit_code == 1 and "[E816]" in result.output and len(result.output.strip().splitlines()) == 1

