"""`mlkg serve` under load: startup, latency of search, entity pages and ready-made queries, memory.

Usage: python benchmarks/bench_serve.py OUTDIR [--users 20] [--duration 30]
           [--seed 16] [--out benchmarks/results/serve.json]

OUTDIR is a finished `mlkg build` (issue 16 measures the whole ``../shared/data`` corpus:
``mlkg build ../shared/data/arxiv ../shared/data/hf_daily_api
../shared/data/hf_daily_papers_page.txt -o OUTDIR``). Nothing in OUTDIR is changed except
the on-disk SPARQL store that `mlkg serve` itself keeps beside the graph file.

1. Starts ``mlkg serve OUTDIR --port P`` as a child process and times how long until a search
   and a SPARQL ASK both answer (``startup_s``; ``store_existed`` says whether the on-disk
   store was already there, i.e. a warm start), then waits until the server says its SPARQL
   graph is in memory (``sparql_in_memory_s``) before measuring anything.
2. Draws the requests with a fixed seed, from the build's explore.sqlite: entity pages of the 50 entities
   named by most papers (the heaviest pages) and 150 random entities; search terms typed as a
   user types them (every prefix of 60 random names, 2 characters and up, and 20 hub names);
   three ready-made queries (most-used-datasets, compared-models, leaderboard) with default
   parameters.
3. For each kind of request (search, entity, query), then for the mix of the three (6 : 3 : 1):
   one client, then ``--users`` concurrent clients, each for ``--duration`` seconds, with locust
   (headless, each user waits 0.1-0.5 s between requests); median, p95, requests per second
   and failures, from locust's own statistics.
5. Memory: peak and current RSS of the server and of its keeper and query workers (/proc
   VmHWM/VmRSS), and their PSS (smaps_rollup), which counts the pages the forked workers share
   with the keeper once.

Writes the JSON to --out and prints the table for docs/performance.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

HERE = Path(__file__).resolve().parent
LOCUSTFILE = HERE / "locust_serve.py"
QUERIES = ("most-used-datasets", "compared-models", "leaderboard")
ENTITY_TYPES = ("Model", "Dataset", "Benchmark", "Organization")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_memory(pid: int) -> dict[str, float]:
    """Peak and current RSS (MB) of ``pid`` and of its descendants (the keeper of the in-memory
    graph and the query workers forked from it), and the PSS of them all, from /proc."""
    def status(p: int) -> dict[str, int]:
        fields: dict[str, int] = {}
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                fields[key] = int(value.split()[0])
        for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
            key, _, value = line.partition(":")
            if key == "Pss":  # shared copy-on-write pages counted once across the processes
                fields[key] = int(value.split()[0])
        return fields

    def children(p: int) -> list[int]:
        found = []
        for task in Path(f"/proc/{p}/task").iterdir():
            text = (task / "children").read_text().split()
            found += [int(c) for c in text]
        return found

    server = status(pid)
    workers = [status(c) for c in _descendants(pid, children)]
    return {"server_peak_mb": server["VmHWM"] / 1024, "server_rss_mb": server["VmRSS"] / 1024,
            "workers": len(workers),
            "workers_peak_mb": sum(w["VmHWM"] for w in workers) / 1024,
            "workers_rss_mb": sum(w["VmRSS"] for w in workers) / 1024,
            "all_pss_mb": (server["Pss"] + sum(w["Pss"] for w in workers)) / 1024}


def _descendants(pid: int, children: Any) -> list[int]:
    out: list[int] = []
    todo = children(pid)
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            todo += children(p)
        except FileNotFoundError:
            pass
    return out


def start_server(outdir: Path, port: int) -> tuple[subprocess.Popen[str], float, float | None]:
    """The running server, the seconds until a search and a SPARQL ASK both answer, and the
    seconds until it says its SPARQL graph is in memory (None if it never does: ``--store disk``)."""
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mlkg", "serve", str(outdir), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    in_memory: list[float] = []

    def watch() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if "SPARQL: in memory" in line:
                in_memory.append(time.perf_counter() - started)

    threading.Thread(target=watch, daemon=True).start()
    up = None
    with httpx.Client(base_url=base, timeout=30) as client:
        while up is None:
            if proc.poll() is not None:
                raise SystemExit(f"mlkg serve exited with {proc.returncode}")
            try:
                ok = client.get("/api/search", params={"q": "a"}).status_code == 200 and \
                    client.get("/sparql", params={"query": "ASK {}"},
                               headers={"Accept": "application/sparql-results+json"}).status_code == 200
            except httpx.TransportError:
                ok = False
            if ok:
                up = time.perf_counter() - started
            else:
                time.sleep(0.2)
    deadline = time.monotonic() + 180
    while not in_memory and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    return proc, up, in_memory[0] if in_memory else None


def draw_requests(outdir: Path, seed: int) -> dict[str, list[str]]:
    """The requests, drawn from the build's explorer index (read-only) with a fixed seed."""
    rng = random.Random(seed)
    db = sqlite3.connect(f"file:{outdir / 'explore.sqlite'}?mode=ro", uri=True)
    marks = ",".join("?" * len(ENTITY_TYPES))
    everyone = db.execute(f"SELECT id, name FROM node WHERE type IN ({marks}) ORDER BY rank", ENTITY_TYPES).fetchall()
    db.close()
    hubs, sample = everyone[:50], rng.sample(everyone, 150)
    pages = ["/entity/" + quote(node_id, safe="/") for node_id, _ in hubs + sample]
    typed = [name[:i] for _, name in rng.sample(everyone, 60) for i in range(2, min(len(name), 12) + 1)]
    searches = [f"/api/search?{httpx.QueryParams({'q': q})}" for q in typed + [name for _, name in hubs[:20]]]
    queries = [f"/queries/{name}" for name in QUERIES]
    return {"search": searches, "entity": pages, "query": queries}


def with_locust(base: str, requests: dict[str, list[str]], users: int, duration: int, kind: str) -> dict[str, Any]:
    """Locust's statistics of ``users`` clients sending requests of ``kind`` (or the mix) for ``duration`` s."""
    with tempfile.TemporaryDirectory(prefix="mlkg-locust-") as tmp:
        plan = Path(tmp) / "plan.json"
        plan.write_text(json.dumps(requests))
        env = dict(os.environ, MLKG_BENCH_PLAN=str(plan), MLKG_BENCH_KIND=kind)
        subprocess.run(["locust", "-f", str(LOCUSTFILE), "--headless", "-u", str(users), "-r", str(users),
                        "-t", f"{duration}s", "--host", base, "--csv", str(Path(tmp) / "run"),
                        "--only-summary", "--loglevel", "WARNING"], env=env, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(Path(tmp) / "run_stats.csv", newline="") as f:
            rows = list(csv.DictReader(f))
    out: dict[str, Any] = {}
    for row in rows:
        name = row["Name"]
        out["all" if name == "Aggregated" else name] = {
            "requests": int(row["Request Count"]), "failed": int(row["Failure Count"]),
            "median_ms": float(row["50%"]), "p95_ms": float(row["95%"]), "rps": round(float(row["Requests/s"]), 1)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--duration", type=int, default=30)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "serve.json")
    args = parser.parse_args()

    store_existed = any(args.outdir.glob("graph.*.oxigraph"))
    port = free_port()
    proc, startup, in_memory = start_server(args.outdir, port)
    base = f"http://127.0.0.1:{port}"
    try:
        requests = draw_requests(args.outdir, args.seed)
        runs: dict[str, dict[str, Any]] = {}
        for kind in ("search", "entity", "query", "mix"):
            for users in (1, args.users):
                runs[f"{kind}, {users} clients"] = with_locust(base, requests, users, args.duration, kind)
        memory = tree_memory(proc.pid)
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C, as a user stops it
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
    report = json.loads((args.outdir / "report.json").read_text(encoding="utf-8"))
    result = {"outdir": str(args.outdir), "papers": report.get("papers"), "nodes": report.get("nodes"),
              "startup_s": round(startup, 1), "store_existed": store_existed,
              "sparql_in_memory_s": round(in_memory, 1) if in_memory else None,
              "requests_drawn": {k: len(v) for k, v in requests.items()},
              "runs": runs, "memory": memory,
              "cpu_count": os.cpu_count()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))
    print(f"\n| requests | 1 client median / p95 (ms) | {args.users} clients median / p95 (ms) | "
          f"{args.users} clients req/s | failed |")
    print("|---|---|---|---|---|")
    for kind in ("search", "entity", "query"):
        one, many = runs[f"{kind}, 1 clients"][kind], runs[f"{kind}, {args.users} clients"][kind]
        print(f"| {kind} | {one['median_ms']:g} / {one['p95_ms']:g} | {many['median_ms']:g} / {many['p95_ms']:g} | "
              f"{many['rps']} | {one['failed'] + many['failed']} |")
    mix = runs[f"mix, {args.users} clients"]
    print(f"| mixed 6:3:1, {args.users} clients | | " + "; ".join(
        f"{k} {mix[k]['median_ms']:g} / {mix[k]['p95_ms']:g}" for k in ("search", "entity", "query") if k in mix)
        + f" | {mix['all']['rps']} | {mix['all']['failed']} |")

if __name__ == "__main__":
    main()
