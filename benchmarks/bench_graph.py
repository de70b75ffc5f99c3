"""Graph store and SPARQL: pyoxigraph against rdflib on the full arXiv graph (issue 4).

Usage: python benchmarks/bench_graph.py [--data ../shared/data] [--limit N] [--reuse DIR]
           [--workdir DIR] [--repeat 3] [--rdflib-budget 600] [--out FILE.json]

1. Builds the graph of the arXiv corpus (74,688 abstracts; the first N with --limit) with
   ``mlkg.build.pipeline.build(..., formats=("nt",), extractor="spacy", processes=2)`` into
   --workdir (default: mlkg-bench-graph in the system temp dir, kept for --reuse; never the
   repo: graph.nt is ~700 MB). --reuse DIR skips the build and uses DIR/graph.nt.
2. In a fresh child process per store, so that memory figures do not mix, loads graph.nt
   into an in-memory pyoxigraph Store (bulk_load) or an rdflib Graph (parse, format nt) and
   records load time and peak RSS (VmHWM; the interpreter's RSS before loading too).
3. In the same child, runs the 2-hop aggregate "datasets used by at least 5 papers, with
   the models introduced by those papers" in two equivalent shapes (flat, and with the
   HAVING in a subquery: each engine is fastest on a different one) --repeat times and
   takes the median. rdflib gets --rdflib-budget seconds per shape: a run past it is cut
   off and reported as such. The pyoxigraph child also times the flat query through the
   rdflib front (oxrdflib) and each ready-made query. Both engines' rows must agree.
Writes benchmarks/results/graph.json and prints the table for docs/performance.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing as mp
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path("arxiv") / "arxiv_daily_abstracts.jsonl.gz"
PREFIX = "PREFIX mlkg: <https://w3id.org/mlkg/ontology#>\n"

ONE_HOP = PREFIX + """SELECT ?dataset ?name (COUNT(DISTINCT ?paper) AS ?papers)
WHERE {
  ?dataset a mlkg:Dataset ;
           rdfs:label ?name .
  ?paper mlkg:uses ?dataset .
}
GROUP BY ?dataset ?name
HAVING (COUNT(DISTINCT ?paper) >= 5)
ORDER BY DESC(?papers) ?name
"""
"""The first hop alone (datasets used by at least 5 papers): a figure rdflib does finish, and a
cross-engine check of the answers on the full graph."""

TWO_HOP = {
    # typed patterns first: oxigraph joins in the written order
    "flat": PREFIX + """SELECT ?dataset ?name (COUNT(DISTINCT ?paper) AS ?papers)
       (COUNT(DISTINCT ?model) AS ?models)
WHERE {
  ?dataset a mlkg:Dataset ;
           rdfs:label ?name .
  ?paper mlkg:uses ?dataset .
  OPTIONAL { ?paper mlkg:introduces ?model . ?model a mlkg:Model }
}
GROUP BY ?dataset ?name
HAVING (COUNT(DISTINCT ?paper) >= 5)
ORDER BY DESC(?papers) ?name
""",
    # the datasets first: rdflib then evaluates the OPTIONAL for their papers only
    "subquery": PREFIX + """SELECT ?dataset ?name (COUNT(DISTINCT ?paper) AS ?papers)
       (COUNT(DISTINCT ?model) AS ?models)
WHERE {
  {
    SELECT ?dataset
    WHERE { ?p mlkg:uses ?dataset . ?dataset a mlkg:Dataset }
    GROUP BY ?dataset
    HAVING (COUNT(DISTINCT ?p) >= 5)
  }
  ?dataset rdfs:label ?name .
  ?paper mlkg:uses ?dataset .
  OPTIONAL { ?paper mlkg:introduces ?model . ?model a mlkg:Model }
}
GROUP BY ?dataset ?name
ORDER BY DESC(?papers) ?name
""",
}


def _rss_mb() -> float:
    """Peak RSS of this process image. VmHWM, not getrusage: on Linux ru_maxrss carries over
    exec from the parent (which may have just built the graph); VmHWM starts afresh."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmHWM in /proc/self/status (this benchmark needs Linux)")


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def timed_runs(repeat: int, fn: Callable[[], Any], budget: float | None = None) -> dict[str, Any]:
    """Median of up to ``repeat`` timed runs, and the answer. With ``budget`` seconds, a run is
    cut off by SIGALRM once the budget is spent and no further run starts: a slow engine costs
    minutes, not hours. The median is over the runs that finished; ``cut_off`` says none did."""
    times: list[float] = []
    spent = 0.0
    answer = None
    for _ in range(repeat):
        if budget is not None:
            if budget - spent < 1:
                break
            signal.signal(signal.SIGALRM, _alarm)
            signal.alarm(int(budget - spent))
        t0 = time.perf_counter()
        try:
            answer = fn()
        except _Timeout:
            spent += time.perf_counter() - t0
            break
        finally:
            if budget is not None:
                signal.alarm(0)
        times.append(round(time.perf_counter() - t0, 3))
        spent += times[-1]
    return {"median_seconds": round(statistics.median(times), 3) if times else None, "runs": times,
            "cut_off": not times, "seconds_spent": round(spent, 1), "rows": answer if times else None}


def _plain(rows: list[tuple[Any, ...]]) -> list[list[str]]:
    return [[str(v) for v in row] for row in rows]


def child_oxigraph(path: Path, repeat: int) -> dict[str, Any]:
    """Load into pyoxigraph; time the 2-hop shapes, the rdflib front and the ready-made queries."""
    from mlkg import queries
    from mlkg.query.sparql import open_store, rdflib_graph, run_query

    before = _rss_mb()
    t0 = time.perf_counter()
    store = open_store(path)
    load = time.perf_counter() - t0
    after_load = _rss_mb()
    one_hop = timed_runs(repeat, lambda: _plain(list(run_query(store, ONE_HOP).rows)))
    two_hop = {shape: timed_runs(repeat, lambda q=q: _plain(list(run_query(store, q).rows)))
               for shape, q in TWO_HOP.items()}
    front = rdflib_graph(store)  # the rdflib API over this same store, not a second copy
    via_front = timed_runs(repeat, lambda: _plain([tuple(r) for r in front.query(TWO_HOP["flat"])]))
    ready = {name: timed_runs(repeat, lambda q=q: run_query(store, q.sparql, q.bindings()))["median_seconds"]
             for name, q in queries.available().items()}
    return {"triples": len(store), "load_seconds": round(load, 2), "rss_mb_before_load": before,
            "rss_mb_after_load": after_load, "one_hop": one_hop, "two_hop": two_hop,
            "two_hop_flat_via_rdflib_front": via_front,
            "ready_made_median_seconds": ready, "peak_rss_mb": _rss_mb()}


def child_rdflib(path: Path, repeat: int, budget: float) -> dict[str, Any]:
    """Load into rdflib's Memory store and time its SPARQL engine on the 2-hop shapes."""
    import rdflib

    def rows(sparql: str) -> list[list[str]]:
        return _plain([tuple(v.toPython() if isinstance(v, rdflib.Literal) else v for v in row)
                       for row in graph.query(sparql)])

    before = _rss_mb()
    t0 = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(str(path), format="nt")
    load = time.perf_counter() - t0
    after_load = _rss_mb()
    one_hop = timed_runs(repeat, lambda: rows(ONE_HOP), budget)
    two_hop = {shape: timed_runs(repeat, lambda q=q: rows(q), budget) for shape, q in TWO_HOP.items()}
    return {"triples": len(graph), "load_seconds": round(load, 2), "rss_mb_before_load": before,
            "rss_mb_after_load": after_load, "one_hop": one_hop, "two_hop": two_hop,
            "budget_seconds_per_shape": budget,
            "peak_rss_mb": _rss_mb()}


def run_child(kind: str, path: Path, args: argparse.Namespace) -> dict[str, Any]:
    print(f"  {kind} ...", file=sys.stderr, flush=True)
    proc = subprocess.run([sys.executable, __file__, "--child", kind, "--reuse", str(path.parent),
                           "--repeat", str(args.repeat), "--rdflib-budget", str(args.rdflib_budget)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{kind} child failed:\n{proc.stderr}")
    return json.loads(proc.stdout)


def build_graph(data: Path, workdir: Path, limit: int | None) -> dict[str, Any]:
    """Build graph.nt into ``workdir`` from the corpus (or its first ``limit`` records)."""
    from mlkg.build.pipeline import build

    source = data / CORPUS
    workdir.mkdir(parents=True, exist_ok=True)
    if limit is not None:  # the first N records, as a file of the same format
        first = workdir / f"arxiv_first_{limit}.jsonl"
        with gzip.open(source, "rt", encoding="utf-8") as fh, first.open("w", encoding="utf-8") as out:
            for i, line in enumerate(fh):
                if i >= limit:
                    break
                out.write(line)
        source = first
    t0 = time.perf_counter()
    result = build([source], workdir, formats=("nt",), extractor="spacy", processes=2)
    return {"build_seconds": round(time.perf_counter() - t0, 1),
            **{k: result.report[k] for k in ("papers", "nodes", "edges", "nodes_by_type", "edges_by_relation")}}


def _machine() -> str:
    memory = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal:"))
    return (f"{platform.processor() or platform.machine()}, {mp.cpu_count()} cores, {memory / 2**20:.0f} GB, "
            f"Python {platform.python_version()}")


def _cell(figure: dict[str, Any], repeat: int) -> str:
    if figure["cut_off"]:
        return f"> {figure['seconds_spent']:,.0f} (cut off)"
    runs = len(figure["runs"])
    return f"{figure['median_seconds']}" + ("" if runs == repeat else f" ({runs} run{'s' if runs > 1 else ''})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="build from the first N abstracts only")
    parser.add_argument("--reuse", type=Path, default=None, help="use DIR/graph.nt instead of building")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "mlkg-bench-graph")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rdflib-budget", type=float, default=600,
                        help="seconds allowed to all rdflib runs of one query shape (default 600)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "graph.json")
    parser.add_argument("--child", choices=("oxigraph", "rdflib"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        path = args.reuse / "graph.nt"
        figures = (child_oxigraph(path, args.repeat) if args.child == "oxigraph"
                   else child_rdflib(path, args.repeat, args.rdflib_budget))
        print(json.dumps(figures))
        return

    if args.reuse is not None:
        graph_dir = args.reuse
        report_file = graph_dir / "report.json"
        saved = json.loads(report_file.read_text()) if report_file.exists() else {}
        built = {"build_seconds": saved.get("timing_seconds", {}).get("total"), "reused": str(graph_dir),
                 **{k: saved.get(k) for k in ("papers", "nodes", "edges", "nodes_by_type", "edges_by_relation")}}
    else:
        graph_dir = args.workdir
        print(f"building the graph into {graph_dir} ...", file=sys.stderr, flush=True)
        built = build_graph(args.data, graph_dir, args.limit)
    path = graph_dir / "graph.nt"
    print(f"measuring {path} ...", file=sys.stderr, flush=True)
    ox_ = run_child("oxigraph", path, args)
    rl = run_child("rdflib", path, args)

    reference = ox_["two_hop"]["flat"]["rows"]
    answers = [ox_["two_hop"]["subquery"]["rows"], ox_["two_hop_flat_via_rdflib_front"]["rows"]]
    answers += [figure["rows"] for figure in rl["two_hop"].values() if not figure["cut_off"]]
    agree = {"two_hop": all(answer == reference for answer in answers),
             "two_hop_compared_with_rdflib": any(not f["cut_off"] for f in rl["two_hop"].values()),
             "one_hop": None if rl["one_hop"]["cut_off"] else rl["one_hop"]["rows"] == ox_["one_hop"]["rows"]}
    one_hop_rows = len(ox_["one_hop"]["rows"])
    for figure in [ox_["one_hop"], rl["one_hop"], *ox_["two_hop"].values(), ox_["two_hop_flat_via_rdflib_front"],
                   *rl["two_hop"].values()]:
        figure.pop("rows")

    import pyoxigraph
    import rdflib
    import spacy

    command = "python benchmarks/bench_graph.py" + (f" --limit {args.limit}" if args.limit else "")
    report = {
        "date": date.today().isoformat(),
        "command": command,
        "graph": {**built, "triples": ox_["triples"], "graph_nt_mb": round(path.stat().st_size / 2**20, 1)},
        "one_hop_query": ONE_HOP,
        "one_hop_rows": one_hop_rows,
        "two_hop_queries": TWO_HOP,
        "two_hop_rows": len(reference),
        "answers_agree": agree,
        "pyoxigraph": ox_,
        "rdflib": rl,
        "machine": _machine(),
        "versions": {"pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__, "spacy": spacy.__version__},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")

    print(f"{report['graph']['triples']:,} triples ({report['graph']['graph_nt_mb']} MB graph.nt), "
          f"{report['graph']['papers']:,} papers; rows: 1-hop {one_hop_rows}, 2-hop {len(reference)}; "
          f"answers agree: {agree}")
    print("| store | load s | RSS after load MB | peak RSS MB | 1-hop s | 2-hop flat s | 2-hop subquery s |\n"
          "|---|---:|---:|---:|---:|---:|---:|")
    for label, fig, load in (("pyoxigraph (bulk_load, in memory)", ox_, ox_["load_seconds"]),
                             ("rdflib (Graph.parse nt, Memory store)", rl, rl["load_seconds"])):
        print(f"| {label} | {load} | {fig['rss_mb_after_load']:,} | {fig['peak_rss_mb']:,} | "
              f"{_cell(fig['one_hop'], args.repeat)} | {_cell(fig['two_hop']['flat'], args.repeat)} | "
              f"{_cell(fig['two_hop']['subquery'], args.repeat)} |")
    print(f"| rdflib API over pyoxigraph (oxrdflib) | (same store) | | | | "
          f"{_cell(ox_['two_hop_flat_via_rdflib_front'], args.repeat)} | |")
    print(f"(RSS before loading: pyoxigraph child {ox_['rss_mb_before_load']} MB, "
          f"rdflib child {rl['rss_mb_before_load']} MB)")
    print("ready-made queries on pyoxigraph, median s:", json.dumps(ox_["ready_made_median_seconds"]))


if __name__ == "__main__":
    main()
