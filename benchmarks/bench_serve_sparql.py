"""The SPARQL backend of `mlkg serve` (issue 16): our query workers vs Oxigraph's own server.

Usage: python benchmarks/bench_serve_sparql.py OUTDIR [--runs 5] [--clients 20] [--timeout 5]
       [--out benchmarks/results/serve_sparql.json]

For each backend on the same on-disk store (the one `mlkg query` and `mlkg serve` make beside the
graph file):
  mlkg      `mlkg serve OUTDIR`: pyoxigraph in query worker processes behind the Starlette app;
  oxigraph  `oxigraph serve-read-only --location STORE --timeout-s T` (the `oxigraph` package),
            asked directly: a lower bound for the proxy design, which would add a hop;
it measures the start (process start to the first answer), the latency of three ready-made
queries (median and p95, one client doing --runs in a row, then --clients at once, one query
each), the memory of the server and its children, failed requests, and a runaway query: when
its answer comes, its status, and the CPU the server still burns in the 5 s after.
Not a test: run by hand and copy the table into docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "kg"))

from mlkg.graph.rdf import PREFIXES  # noqa: E402
from mlkg.queries import get  # noqa: E402
from mlkg.stores.oxigraph import graph_file, store_path  # noqa: E402

QUERIES = ("papers-with-code-by-org", "benchmarks-per-month", "leaderboard")
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY RAND() LIMIT 1"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _standalone(name: str) -> str:
    """The ready-made query as any SPARQL server takes it: prefixes declared, defaults inlined."""
    ready = get(name)
    text = ready.sparql
    values = " ".join(f'VALUES ?{p.name} {{ "{p.default}" }}' for p in ready.params if p.default)
    if values:
        text = text.replace("WHERE {", "WHERE { " + values)  # subqueries too
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + text


def _stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": round(statistics.median(ordered) * 1000), "p95_ms": round(p95 * 1000), "n": len(ordered)}


def _cpu(proc: psutil.Process) -> float:
    try:
        return sum(proc.cpu_times()[:2])
    except psutil.NoSuchProcess:
        return 0.0


class Backend:
    def __init__(self, kind: str, outdir: Path, timeout: float) -> None:
        self.kind, self.port = kind, _free_port()
        if kind == "mlkg":
            self.cmd = [sys.executable, "-m", "mlkg", "serve", str(outdir), "--port", str(self.port),
                        "--timeout", str(timeout)]
            self.probe = f"http://127.0.0.1:{self.port}/sparql"
        else:
            self.cmd = ["oxigraph", "serve-read-only", "--location", str(store_path(graph_file(outdir))),
                        "--bind", f"127.0.0.1:{self.port}", "--timeout-s", str(int(timeout))]
            self.probe = f"http://127.0.0.1:{self.port}/query"

    def start(self) -> float:
        begin = time.perf_counter()
        env = {"PYTHONPATH": str(REPO / "kg"), "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
        self.process = subprocess.Popen(self.cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        while True:
            try:
                if httpx.post(self.probe, content="ASK {}", timeout=5,
                              headers={"content-type": "application/sparql-query"}).status_code == 200:
                    return time.perf_counter() - begin
            except httpx.TransportError:
                time.sleep(0.1)

    def request(self, name: str) -> tuple[str, dict[str, str], str]:
        if self.kind == "mlkg":
            return "GET", {}, f"http://127.0.0.1:{self.port}/queries/{name}"
        return "POST", {"content-type": "application/sparql-query"}, self.probe

    async def ask(self, client: httpx.AsyncClient, name: str, failures: list[str]) -> float:
        method, headers, url = self.request(name)
        body = _standalone(name) if self.kind != "mlkg" else None
        begin = time.perf_counter()
        try:
            response = await client.request(method, url, headers={**headers, "accept": "text/csv"}, content=body)
            if response.status_code != 200 or "has been cancelled" in response.text[-200:]:
                # Oxigraph's server streams: a query cut at its limit is a 200 with a cut body
                failures.append(f"{name}: {response.status_code} {response.text[-200:]}")
        except httpx.HTTPError as exc:
            failures.append(f"{name}: {type(exc).__name__} {exc}")
        return time.perf_counter() - begin

    def memory_mb(self) -> float:
        proc = psutil.Process(self.process.pid)
        return round(sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20)

    def cpu_seconds(self) -> float:
        """User and system CPU of the server and its workers (a killed worker counts 0)."""
        proc = psutil.Process(self.process.pid)
        return sum(_cpu(p) for p in [proc, *proc.children(recursive=True)])

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


async def _measure(backend: Backend, runs: int, clients: int, timeout: float) -> dict[str, object]:
    failures: list[str] = []
    figures: dict[str, object] = {}
    async with httpx.AsyncClient(timeout=600) as client:
        for name in QUERIES:
            await backend.ask(client, name, failures)  # warm the caches once
            single = [await backend.ask(client, name, failures) for _ in range(runs)]
            together = await asyncio.gather(*(backend.ask(client, name, failures) for _ in range(clients)))
            figures[name] = {"single": _stats(single), f"{clients}_clients": _stats(list(together))}
        figures["memory_mb"] = backend.memory_mb()
        method, headers, url = backend.request("")
        begin = time.perf_counter()
        try:
            response = await client.post(url.replace("/queries/", "/sparql"), content=RUNAWAY,
                                         headers={"content-type": "application/sparql-query", "accept": "text/csv"},
                                         timeout=timeout * 3)
            status, text = response.status_code, response.text[-120:]
        except httpx.TimeoutException:
            status, text = None, f"no answer in {timeout * 3} s"
        except httpx.HTTPError as exc:
            status, text = None, f"{type(exc).__name__} {exc}"
        answered = time.perf_counter() - begin
        cpu = backend.cpu_seconds()
        await asyncio.sleep(5)
        figures["runaway"] = {"answered_after_s": round(answered, 1), "status": status, "tail": text,
                              "cpu_seconds_in_next_5_s": round(backend.cpu_seconds() - cpu, 1)}
    figures["failed_requests"] = failures
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--backends", default="mlkg,oxigraph")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "serve_sparql.json")
    args = parser.parse_args()
    results: dict[str, object] = {"outdir": str(args.outdir), "cpus": psutil.cpu_count()}
    for kind in args.backends.split(","):
        backend = Backend(kind, args.outdir, args.timeout)
        started = backend.start()
        try:
            figures = asyncio.run(_measure(backend, args.runs, args.clients, args.timeout))
        finally:
            backend.stop()
        results[kind] = {"start_s": round(started, 2), **figures}
        print(json.dumps({kind: results[kind]}, indent=1), flush=True)
    previous = json.loads(args.out.read_text(encoding="utf-8")) if args.out.is_file() else {}
    args.out.write_text(json.dumps({**previous, **results}, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
