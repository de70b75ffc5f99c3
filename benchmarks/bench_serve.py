"""`mlkg serve` under load: startup, latency of search, entity pages and ready-made queries, memory.

Usage: python benchmarks/bench_serve.py OUTDIR [--requests 200] [--users 20] [--duration 60]
           [--seed 16] [--out benchmarks/results/serve.json]

OUTDIR is a finished `mlkg build` (issue 16 measures the whole ``../shared/data`` corpus:
``mlkg build ../shared/data/arxiv ../shared/data/hf_daily_api
../shared/data/hf_daily_papers_page.txt -o OUTDIR``). Nothing in OUTDIR is changed except
the on-disk SPARQL store that `mlkg serve` itself keeps beside the graph file.

1. Starts ``mlkg serve OUTDIR --port P`` as a child process and times how long until a search
   and a SPARQL ASK both answer (``startup_s``; ``store_existed`` says whether the on-disk
   store was already there, i.e. a warm start).
2. Draws the requests with a fixed seed, from the build's explore.sqlite: entity pages of the 50 entities
   named by most papers (the heaviest pages) and 150 random entities; search terms typed as a
   user types them (every prefix of 60 random names, 2 characters and up, and 20 hub names);
   three ready-made queries (most-used-datasets, compared-models, leaderboard) with default
   parameters.
3. One client: ``--requests`` sequential requests of each kind with httpx; median and p95.
4. ``--users`` concurrent clients for ``--duration`` seconds with locust (headless, each user
   waits 0.1-0.5 s between requests, mixing search 6 : entity 3 : query 1); median, p95 and
   failures per kind, from locust's own statistics.
5. Memory: peak and current RSS of the server and of its query workers (/proc VmHWM/VmRSS).

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
import statistics
import subprocess
import sys
import tempfile
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
    """Peak and current RSS (MB) of ``pid`` and each of its descendants, from /proc."""
    def status(p: int) -> dict[str, int]:
        fields: dict[str, int] = {}
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
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
            "workers_rss_mb": sum(w["VmRSS"] for w in workers) / 1024}


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


def start_server(outdir: Path, port: int) -> tuple[subprocess.Popen[bytes], float]:
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "mlkg", "serve", str(outdir), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with httpx.Client(base_url=base, timeout=30) as client:
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"mlkg serve exited: {proc.stderr.read().decode() if proc.stderr else ''}")
            try:
                ok = client.get("/api/search", params={"q": "a"}).status_code == 200 and \
                    client.get("/sparql", params={"query": "ASK {}"},
                               headers={"Accept": "application/sparql-results+json"}).status_code == 200
            except httpx.TransportError:
                ok = False
            if ok:
                return proc, time.perf_counter() - started
            time.sleep(0.2)


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


def single_client(client: httpx.Client, requests: dict[str, list[str]], n: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    out: dict[str, Any] = {}
    for kind, paths in requests.items():
        times, failed = [], 0
        for path in (rng.choice(paths) for _ in range(n)):
            accept = "text/csv" if kind == "query" else "*/*"
            started = time.perf_counter()
            r = client.get(path, headers={"Accept": accept})
            times.append((time.perf_counter() - started) * 1000)
            failed += r.status_code >= 400
        times.sort()
        out[kind] = {"requests": n, "median_ms": round(statistics.median(times), 1),
                     "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1), "failed": failed}
    return out


def with_locust(base: str, requests: dict[str, list[str]], users: int, duration: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="mlkg-locust-") as tmp:
        plan = Path(tmp) / "plan.json"
        plan.write_text(json.dumps(requests))
        env = dict(os.environ, MLKG_BENCH_PLAN=str(plan))
        subprocess.run(["locust", "-f", str(LOCUSTFILE), "--headless", "-u", str(users), "-r", str(users),
                        "-t", f"{duration}s", "--host", base, "--csv", str(Path(tmp) / "run"),
                        "--only-summary", "--loglevel", "WARNING"], env=env, check=False,
                       stdout=subprocess.DEVNULL)
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
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "serve.json")
    args = parser.parse_args()

    store_existed = any(args.outdir.glob("graph.*.oxigraph"))
    port = free_port()
    proc, startup = start_server(args.outdir, port)
    base = f"http://127.0.0.1:{port}"
    try:
        requests = draw_requests(args.outdir, args.seed)
        with httpx.Client(base_url=base, timeout=60) as client:
            one = single_client(client, requests, args.requests, args.seed)
        many = with_locust(base, requests, args.users, args.duration)
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
              "requests_drawn": {k: len(v) for k, v in requests.items()},
              "single_client": one, f"{args.users}_clients": many, "memory": memory,
              "cpu_count": os.cpu_count()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))
    print("\n| request | 1 client median / p95 (ms) | %d clients median / p95 (ms) | failed |" % args.users)
    print("|---|---|---|---|")
    for kind in ("search", "entity", "query"):
        a, b = one[kind], many.get(kind, {})
        print(f"| {kind} | {a['median_ms']} / {a['p95_ms']} | {b.get('median_ms')} / {b.get('p95_ms')} | "
              f"{a['failed'] + b.get('failed', 0)} |")


if __name__ == "__main__":
    main()
