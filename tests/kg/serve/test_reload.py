"""`mlkg build --update` while `mlkg serve` runs: queries see the new papers, and no request fails
during the swap; in memory mode a new keeper holds the new build and the old one is stopped."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import psutil

from mlkg.build.pipeline import build
from mlkg.query.sparql import query_source
from tests.kg.serve.conftest import IN_MEMORY, REPO, SOURCE_ROOT, start_server

PAPERS = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a mlkg:Paper }"


def _papers(client: httpx.Client) -> int:
    response = client.get("sparql", params={"query": PAPERS}, headers={"accept": "text/csv"})
    assert response.status_code == 200, response.text
    return int(response.text.splitlines()[1])


def test_update_is_served_with_no_failed_request(tmp_path: Path) -> None:
    days = sorted((REPO / "examples" / "hf_daily_api").glob("*.json.gz"))
    first, added = days[:-1], days[-1]
    out = tmp_path / "out"
    build(first, out, processes=1)
    before = query_source(out, PAPERS, persist=False).rows[0][0]
    server = start_server(out, timeout=30)
    server.wait_for(IN_MEMORY)
    old_keeper = server.keeper()
    old_processes = {p.pid for p in server.processes()} - {server.process.pid}
    statuses: list[int] = []
    counts: list[int] = []
    stop = threading.Event()

    def hammer() -> None:  # a client querying all through the update and the swap
        with server.client() as client:
            while not stop.is_set():
                response = client.get("sparql", params={"query": PAPERS}, headers={"accept": "text/csv"})
                statuses.append(response.status_code)
                if response.status_code == 200:
                    counts.append(int(response.text.splitlines()[1]))

    thread = threading.Thread(target=hammer)
    thread.start()
    try:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(SOURCE_ROOT),
                                                                         os.environ.get("PYTHONPATH"))))}
        update = subprocess.run([sys.executable, "-m", "mlkg", "build", "--update", str(out), str(added), "-q",
                                 "-j", "1"], capture_output=True, text=True, env=env, timeout=300)
        assert update.returncode == 0, update.stderr
        after = query_source(out, PAPERS, persist=False).rows[0][0]
        assert isinstance(after, int) and isinstance(before, int) and after > before
        deadline = time.monotonic() + 120
        with server.client() as client:
            while _papers(client) != after and time.monotonic() < deadline:
                time.sleep(0.5)
            assert _papers(client) == after
        server.wait_for(IN_MEMORY)  # the new build's keeper has the new graph in memory
        time.sleep(1)  # the hammer goes on past the swap to it
        new_keeper = server.keeper()  # exactly one: the old one is stopped
        assert new_keeper.pid != old_keeper.pid
        assert not any(psutil.pid_exists(pid) for pid in old_processes), "the old keeper or workers still run"
        with server.client() as client:
            assert _papers(client) == after
    finally:
        stop.set()
        thread.join(60)
        code = server.stop()
    assert code == 0
    assert not list(out.glob(".mlkg-serve-*")), "the workers' store snapshots outlive the server"
    assert statuses and set(statuses) == {200}, f"failed requests during the update: {set(statuses)}"
    assert counts[0] == before and counts[-1] == after
    assert sorted(counts) == counts, "a query saw the old build after the new one"
