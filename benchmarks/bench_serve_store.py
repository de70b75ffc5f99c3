"""`mlkg serve --store disk` vs `--store memory` (issue 16): where the query workers read the graph.

Usage: python benchmarks/bench_serve_store.py OUTDIR [--runs 3] [--timeout 120]
       [--out benchmarks/results/serve_store.json]

For each store it starts `mlkg serve OUTDIR --store S --workers 2` and measures: the time to
the URL line (up, answering from the on-disk store), in memory mode the time to the "SPARQL: in
memory" line, the memory of the server, its keeper and its workers (RSS, and PSS from
/proc/PID/smaps_rollup, which splits the pages the forked workers share copy-on-write) right
after the start and after the queries, the median of --runs runs (after one warm-up) of three ready-made queries through the server
(/queries/NAME, Accept text/csv), and that every process is gone after Ctrl-C. The load
average is recorded: the machine may be shared.
Not a test: run by hand and copy the table into docs/performance.md and docs/serve.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import select
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
from bench_serve_sparql import _free_port  # the script's own folder is on sys.path

REPO = Path(__file__).resolve().parent.parent
QUERIES = ("compared-models", "leaderboard", "most-used-datasets")
URL = re.compile(r"serving .* at (http://\S+/) ")
MEMORY = re.compile(r"SPARQL: in memory, ([\d,]+) triples, loaded in ([\d.]+) s")


def _wait_line(process: subprocess.Popen[str], pattern: re.Pattern[str], limit: float) -> re.Match[str]:
    deadline = time.monotonic() + limit
    assert process.stdout is not None
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.5)
        if ready:
            line = process.stdout.readline()
            print("  |", line.rstrip(), flush=True)
            if match := pattern.search(line):
                return match
        if process.poll() is not None:
            break
    raise RuntimeError(f"no line matching {pattern.pattern}")


def _memory(pid: int) -> dict[str, object]:
    """RSS and PSS (MB) of the server and every descendant, by role."""
    server = psutil.Process(pid)
    rows = []
    for proc in [server, *server.children(recursive=True)]:
        fields = {}
        try:
            with open(f"/proc/{proc.pid}/smaps_rollup", encoding="ascii") as rollup:
                for line in rollup:
                    key, _, rest = line.partition(":")
                    if key in ("Rss", "Pss"):
                        fields[key] = int(rest.split()[0]) / 1024
            role = ("server" if proc.pid == pid else "keeper" if proc.ppid() == pid
                    and "mlkg.serve.keeper" in " ".join(proc.cmdline()) else "worker")
        except (OSError, psutil.Error):
            continue  # a worker replaced meanwhile
        rows.append({"pid": proc.pid, "role": role, "rss_mb": round(fields["Rss"]), "pss_mb": round(fields["Pss"])})
    return {"processes": rows, "rss_mb": sum(r["rss_mb"] for r in rows), "pss_mb": sum(r["pss_mb"] for r in rows)}


def run(outdir: Path, store: str, runs: int, timeout: float) -> dict[str, object]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO / "kg")}
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "mlkg", "serve", str(outdir), "--port", str(port),
                                "--timeout", str(timeout), "--workers", "2", "--store", store],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    result: dict[str, object] = {"store": store, "load_average_start": os.getloadavg()}
    try:
        url = _wait_line(process, URL, 600).group(1)
        result["up_s"] = round(time.monotonic() - started, 2)
        if store == "memory":
            match = _wait_line(process, MEMORY, 600)
            result["memory_ready_s"] = round(time.monotonic() - started, 2)
            result["triples"], result["load_s"] = int(match.group(1).replace(",", "")), float(match.group(2))
        pids = {p.pid for p in psutil.Process(process.pid).children(recursive=True)} | {process.pid}
        result["memory_at_start"] = _memory(process.pid)
        latency = {}
        with httpx.Client(base_url=url, timeout=600) as client:
            for name in QUERIES:
                samples = []
                for attempt in range(runs + 1):
                    t = time.perf_counter()
                    response = client.get(f"queries/{name}", headers={"accept": "text/csv"})
                    elapsed = time.perf_counter() - t
                    assert response.status_code == 200, response.text
                    if attempt:
                        samples.append(elapsed)
                latency[name] = {"median_s": round(statistics.median(samples), 3), "runs": [round(s, 3) for s in samples],
                                 "rows": len(response.text.splitlines()) - 1}
                print(f"  {store} {name}: {latency[name]}", flush=True)
        result["latency"] = latency
        time.sleep(2)  # a worker past the private-memory cap is replaced in the background
        result["memory"] = _memory(process.pid)
        pids |= {p.pid for p in psutil.Process(process.pid).children(recursive=True)}
        result["load_average_end"] = os.getloadavg()
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(60)
    time.sleep(1)
    result["left_running_after_stop"] = sorted(p for p in pids if psutil.pid_exists(p))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--stores", default="disk,memory")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "serve_store.json")
    args = parser.parse_args()
    results = [run(args.outdir, store, args.runs, args.timeout) for store in args.stores.split(",")]
    args.out.write_text(json.dumps({"date": time.strftime("%Y-%m-%d %H:%M"), "cpus": os.cpu_count(),
                                    "results": results}, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
