"""Embedded Cypher without a Neo4j server: ladybug (Kùzu fork), FalkorDBLite, grand-cypher (issue 5).

Usage: python benchmarks/bench_embedded_cypher.py [--graph example|75k] [--repeat 3]
           [--timeout 120] [--model CLIP] [--engines ladybug,falkordblite,...] [--out FILE.json]

--graph example builds ``examples/`` with the spaCy extractor; --graph 75k rebuilds the
KnowledgeGraph of the 74,688 arXiv abstracts from the extraction cache in --bench-dir
(default /tmp/mlkg-bench-graph, made by benchmarks/bench_graph.py; falls back to /tmp/hf2)
without re-extracting. The parent computes the reference answers in plain Python over the
NetworkX graph (``mlkg.graph.nx.to_networkx``), pickles the KnowledgeGraph and runs each
installed candidate in a fresh child process (so memory figures do not mix):

* ladybug / real_ladybug (the maintained Kùzu fork, new and old PyPI name): an on-disk
  database in a temp dir; one node table per Neo4j label and one relationship table per type
  (with every FROM/TO pair seen); bulk load with ``COPY ... FROM $arrow_table`` (needs pyarrow;
  ``--ladybug-load csv`` uses CSV files instead, which loses quotes inside list elements).
* falkordblite: the embedded redis-server + FalkorDB module; id index per label, then
  ``UNWIND $rows AS row CREATE ... SET n = row`` in batches of --batch.
* grand_cypher: Cypher over the NetworkX graph itself; "load" is to_networkx plus the
  ``__labels__`` attributes grand-cypher matches labels on.

Each engine first runs the Neo4j-style query text (as it would run on Neo4j); if that fails,
the error is recorded and the closest text the engine accepts is timed instead. Every query is
run up to --repeat times within --timeout seconds in all (engine timeouts where the engine has
them, SIGALRM otherwise); the median is reported and the rows are compared with the Python
reference. Writes its graph's section ("example" or "75k") of
benchmarks/results/embedded_cypher.json and prints a markdown table.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata as md
import importlib.util
import json
import os
import pickle
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
ENGINES = ("ladybug", "real_ladybug", "falkordblite", "grand_cypher")
MODULE = {"ladybug": "ladybug", "real_ladybug": "real_ladybug", "falkordblite": "redislite",
          "grand_cypher": "grandcypher"}
# distributions installed for each candidate (itself and what it pulled in), for the size figure
DISTS = {"ladybug": ["ladybug"], "real_ladybug": ["real_ladybug"],
         "falkordblite": ["falkordblite", "falkordb", "redis", "hiredis", "python-dateutil", "six"],
         "grand_cypher": ["grand-cypher", "grandiso", "lark", "cachetools"],
         "pyarrow (ladybug bulk load)": ["pyarrow"]}
LICENSES = {"ladybug": "MIT", "real_ladybug": "MIT", "grand_cypher": "Apache-2.0",
            "pyarrow (ladybug bulk load)": "Apache-2.0",
            "falkordblite": ("BSD-3-Clause (the Python package); the redis-server 8.x it builds: RSALv2/SSPLv1/AGPLv3; "
                             "the bundled FalkorDB module: SSPLv1")}

# The Neo4j-style texts: what a user of ``mlkg query --cypher`` would write.
QUERIES = {
    "most_used_datasets": (
        "MATCH (p:Paper)-[:USES|INTRODUCES|COMPARES_WITH|MENTIONS]->(d) WHERE d:Dataset OR d:Benchmark "
        "RETURN d.id, d.name, count(DISTINCT p) AS papers ORDER BY papers DESC, d.name, d.id LIMIT 20"),
    "two_hop": (
        "MATCH (p:Paper)-[:USES]->(d:Dataset) OPTIONAL MATCH (p)-[:INTRODUCES]->(m:Model) "
        "WITH d, count(DISTINCT p) AS papers, count(DISTINCT m) AS models WHERE papers >= $min_papers "
        "RETURN d.id, d.name, papers, models ORDER BY papers DESC, d.name, d.id"),
    "compared_models": (
        "MATCH (given:Model) WHERE toLower(given.name) = toLower($model) "
        "OR any(a IN coalesce(given.aliases, []) WHERE toLower(a) = toLower($model)) "
        "MATCH (p:Paper)-[:INTRODUCES|USES|COMPARES_WITH]->(given) "
        "MATCH (p)-[:COMPARES_WITH]->(other:Model) "
        "WHERE NOT (toLower(other.name) = toLower($model) "
        "OR any(a IN coalesce(other.aliases, []) WHERE toLower(a) = toLower($model))) "
        "RETURN other.id, other.name, count(DISTINCT p) AS papers ORDER BY papers DESC, other.name, other.id"),
}
# Kùzu/ladybug has no label predicate in WHERE (`d:Dataset`); `(d:Dataset:Benchmark)` there means
# Dataset OR Benchmark (on Neo4j it means AND).
LADYBUG_TEXTS = {
    "most_used_datasets": (
        "MATCH (p:Paper)-[:USES|INTRODUCES|COMPARES_WITH|MENTIONS]->(d:Dataset:Benchmark) "
        "RETURN d.id, d.name, count(DISTINCT p) AS papers ORDER BY papers DESC, d.name, d.id LIMIT 20"),
    # a $parameter inside any(... WHERE ...) trips an assertion (UNREACHABLE_CODE): bind it first
    "compared_models": (
        "WITH toLower($model) AS m "
        "MATCH (given:Model) WHERE toLower(given.name) = m "
        "OR any(a IN coalesce(given.aliases, []) WHERE toLower(a) = m) "
        "MATCH (p:Paper)-[:INTRODUCES|USES|COMPARES_WITH]->(given) "
        "MATCH (p)-[:COMPARES_WITH]->(other:Model) "
        "WHERE NOT (toLower(other.name) = m OR any(a IN coalesce(other.aliases, []) WHERE toLower(a) = m)) "
        "RETURN other.id, other.name, count(DISTINCT p) AS papers ORDER BY papers DESC, other.name, other.id"),
}


# ---------------------------------------------------------------------------------------------
# graphs and the Python reference


def load_graph(which: str, bench_dir: Path) -> tuple[Any, dict[str, Any]]:
    t0 = time.perf_counter()
    if which == "example":
        from mlkg.build.pipeline import build

        graph = build([str(REPO / "examples")], None, extractor="spacy").graph
        source = "examples/ (spaCy extractor)"
    else:
        from mlkg.build import cache
        from mlkg.graph import build_graph
        from mlkg.resolve import resolve

        for directory in (bench_dir, Path("/tmp/hf2")):
            if (directory / "extractions.jsonl.gz").exists():
                break
        else:
            raise SystemExit(f"no extractions.jsonl.gz in {bench_dir} or /tmp/hf2")
        xs = list(cache.read_cache(directory, {}))
        graph = build_graph(xs, resolve(xs))
        source = f"{directory}/extractions.jsonl.gz ({len(xs):,} extractions)"
    # edges to a node the graph does not have (seen: variantOf to a base model that no paper
    # names) would become bare nodes in NetworkX and fail every loader: dropped, and counted
    dangling = [k for k, e in graph.edges.items() if e.source not in graph.nodes or e.target not in graph.nodes]
    for key in dangling:
        del graph.edges[key]
    counts = graph.counts()
    return graph, {"source": source, "seconds": round(time.perf_counter() - t0, 1),
                   "dangling_edges_dropped": [list(k) for k in dangling],
                   "nodes": len(graph.nodes), "edges": len(graph.edges),
                   "nodes_by_type": counts["nodes"], "edges_by_relation": counts["edges"]}


def _matches(attrs: dict[str, Any], name: str) -> bool:
    name = name.lower()
    return str(attrs.get("label", "")).lower() == name or any(str(a).lower() == name
                                                             for a in attrs.get("aliases", ()) or ())


def reference(g: Any, model: str, min_papers: int) -> dict[str, list[list[Any]]]:
    """The three answers computed directly over the NetworkX MultiDiGraph."""
    node = g.nodes
    roles = {"uses", "introduces", "compares", "mentions"}
    used: dict[str, set[str]] = defaultdict(set)
    for u, v, key in g.edges(keys=True):
        if key in roles and node[u]["type"] == "Paper" and node[v]["type"] in ("Dataset", "Benchmark"):
            used[v].add(u)
    q1 = sorted(([d, node[d]["label"], len(ps)] for d, ps in used.items()), key=lambda r: (-r[2], r[1], r[0]))[:20]

    papers: dict[str, set[str]] = defaultdict(set)
    for u, v, key in g.edges(keys=True):
        if key == "uses" and node[u]["type"] == "Paper" and node[v]["type"] == "Dataset":
            papers[v].add(u)
    q2 = []
    for d, ps in papers.items():
        if len(ps) >= min_papers:
            models = {m for p in ps for _, m, k in g.out_edges(p, keys=True)
                      if k == "introduces" and node[m]["type"] == "Model"}
            q2.append([d, node[d]["label"], len(ps), len(models)])
    q2.sort(key=lambda r: (-r[2], r[1], r[0]))

    given = [n for n, a in g.nodes(data=True) if a["type"] == "Model" and _matches(a, model)]
    citing = {p for m in given for p, _, k in g.in_edges(m, keys=True)
              if k in ("introduces", "uses", "compares") and node[p]["type"] == "Paper"}
    others: dict[str, set[str]] = defaultdict(set)
    for p in citing:
        for _, o, k in g.out_edges(p, keys=True):
            if k == "compares" and node[o]["type"] == "Model" and not _matches(node[o], model):
                others[o].add(p)
    q3 = sorted(([o, node[o]["label"], len(ps)] for o, ps in others.items()), key=lambda r: (-r[2], r[1], r[0]))
    return {"most_used_datasets": q1, "two_hop": q2, "compared_models": q3}


# ---------------------------------------------------------------------------------------------
# measuring helpers (child side)


def _status_mb(field: str, pid: int | str = "self") -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def timed(fn: Callable[[float], list[list[Any]]], repeat: int, budget: float,
          use_alarm: bool = False) -> dict[str, Any]:
    """Up to ``repeat`` runs within ``budget`` seconds in all; fn gets the seconds left (for the
    engine's own timeout). A run that raises is recorded as the error and ends the series."""
    times: list[float] = []
    spent = 0.0
    rows: list[list[Any]] | None = None
    error = None
    for _ in range(repeat):
        left = budget - spent
        if left < 1:
            break
        if use_alarm:
            signal.signal(signal.SIGALRM, _alarm)
            signal.alarm(max(1, int(left)))
        t0 = time.perf_counter()
        try:
            rows = fn(left)
        except _Timeout:
            spent += time.perf_counter() - t0
            error = f"timeout after {budget:.0f} s"
            break
        except Exception as exc:  # noqa: BLE001 - an engine's failure is a result here
            spent += time.perf_counter() - t0
            error = f"{type(exc).__name__}: {str(exc)[:300]}"
            if "timeout" in str(exc).lower() or "interrupted" in str(exc).lower():
                error = f"timeout after {budget:.0f} s ({error})"
            break
        finally:
            if use_alarm:
                signal.alarm(0)
        times.append(round(time.perf_counter() - t0, 4))
        spent += times[-1]
    return {"median_seconds": round(statistics.median(times), 4) if times else None, "runs": times,
            "error": error, "rows": rows if times else None}


def _jsonable(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _rows(raw: list[list[Any]]) -> list[list[Any]]:
    return [[_jsonable(v) for v in row] for row in raw]


def _types_of(values: list[Any]) -> str:
    kinds = {type(v) for v in values if v is not None}
    if not kinds:
        return "STRING"
    if kinds <= {tuple, list}:
        return "STRING[]"
    if kinds == {bool}:
        return "BOOLEAN"
    if kinds == {int}:
        return "INT64"
    if kinds <= {int, float}:
        return "DOUBLE"
    return "STRING"


def _convert(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "STRING[]":
        return [str(v) for v in value]
    if kind == "DOUBLE":
        return float(value)
    if kind == "STRING" and not isinstance(value, str):
        return str(value)
    return value


def neo4j_tables(graph: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Nodes by Neo4j label and edges by relationship type, as column-typed row lists.

    nodes[label] = {"columns": {name: type}, "rows": [dict]}; a node carries id, uri, name
    (its label) and its props, as in ``mlkg.export.neo4j.node_properties``.
    edges[rel] = {"columns": {...}, "pairs": {(src_label, dst_label): [dict with _s, _t]}}.
    """
    from mlkg.export.neo4j import edge_properties, label, node_properties, rel_type

    node_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    labels: dict[str, str] = {}
    for node_id in sorted(graph.nodes):
        node = graph.nodes[node_id]
        labels[node_id] = label(node.type)
        node_rows[labels[node_id]].append(node_properties(node))
    nodes = {}
    for name, rows in node_rows.items():
        keys = sorted({k for r in rows for k in r}, key=lambda k: (k not in ("id", "uri", "name"), k))
        columns = {k: _types_of([r.get(k) for r in rows]) for k in keys}
        columns["id"] = "STRING"
        nodes[name] = {"columns": columns,
                       "rows": [{k: _convert(r.get(k), t) for k, t in columns.items()} for r in rows]}
    edge_rows: dict[str, dict[tuple[str, str], list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for key in sorted(graph.edges):
        edge = graph.edges[key]
        edge_rows[rel_type(edge.rel)][(labels[edge.source], labels[edge.target])].append(
            {"_s": edge.source, "_t": edge.target, **edge_properties(edge)})
    edges = {}
    for name, pairs in edge_rows.items():
        all_rows = [r for rows in pairs.values() for r in rows]
        keys = sorted({k for r in all_rows for k in r} - {"_s", "_t"})
        columns = {k: _types_of([r.get(k) for r in all_rows]) for k in keys}
        edges[name] = {"columns": columns,
                       "pairs": {pair: [{"_s": r["_s"], "_t": r["_t"],
                                         **{k: _convert(r.get(k), t) for k, t in columns.items()}} for r in rows]
                                 for pair, rows in pairs.items()}}
    return nodes, edges


# ---------------------------------------------------------------------------------------------
# candidates (each runs in its own child process)


def child_ladybug(module_name: str, graph: Any, args: argparse.Namespace) -> dict[str, Any]:
    lb = importlib.import_module(module_name)

    def q(name: str) -> str:  # columns such as `end` are keywords
        return f"`{name}`"

    workdir = Path(tempfile.mkdtemp(prefix="mlkg-ladybug-"))
    dbpath = workdir / "graph.lbug"
    out: dict[str, Any] = {"version": lb.__version__, "bulk_path": args.ladybug_load}
    try:
        rss_before = _status_mb("VmRSS")
        t0 = time.perf_counter()
        nodes, edges = neo4j_tables(graph)
        t_tables = time.perf_counter() - t0
        db = lb.Database(str(dbpath))
        conn = lb.Connection(db)
        for name, table in nodes.items():
            cols = ", ".join(f"{q(k)} {t}" for k, t in table["columns"].items())
            conn.execute(f"CREATE NODE TABLE {name}({cols}, PRIMARY KEY (id))")
        for name, table in edges.items():
            pairs = ", ".join(f"FROM {s} TO {t}" for s, t in table["pairs"])
            cols = "".join(f", {q(k)} {t}" for k, t in table["columns"].items())
            conn.execute(f"CREATE REL TABLE {name}({pairs}{cols})")
        t_copy = time.perf_counter()
        if args.ladybug_load == "arrow":
            import pyarrow as pa

            types = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64(),
                     "BOOLEAN": pa.bool_(), "STRING[]": pa.list_(pa.string())}

            def arrow(rows: list[dict[str, Any]], columns: dict[str, str], ends: bool) -> Any:
                data = {}
                if ends:
                    data["from"] = pa.array([r["_s"] for r in rows], pa.string())
                    data["to"] = pa.array([r["_t"] for r in rows], pa.string())
                for k, t in columns.items():
                    data[k] = pa.array([r[k] for r in rows], types[t])
                return pa.table(data)

            for name, table in nodes.items():
                conn.execute(f"COPY {name} FROM $t", {"t": arrow(table["rows"], table["columns"], False)})
            for name, table in edges.items():
                for (s, t), rows in table["pairs"].items():
                    conn.execute(f"COPY {name} FROM $t (from='{s}', to='{t}')",
                                 {"t": arrow(rows, table["columns"], True)})
        else:  # CSV: lists are written as [a,b]; PARALLEL=FALSE for quoted newlines
            csvdir = workdir / "csv"
            csvdir.mkdir()

            def cell(v: Any) -> Any:
                return "[" + ",".join(v) + "]" if isinstance(v, list) else ("" if v is None else v)

            def write(path: Path, rows: list[dict[str, Any]], keys: list[str]) -> None:
                with path.open("w", newline="", encoding="utf-8") as fh:
                    w = csv.writer(fh)
                    w.writerow(keys)
                    w.writerows([cell(r[k]) for k in keys] for r in rows)

            for name, table in nodes.items():
                write(csvdir / f"{name}.csv", table["rows"], list(table["columns"]))
                conn.execute(f"COPY {name} FROM '{csvdir / name}.csv' (header=true, parallel=false)")
            for name, table in edges.items():
                for (s, t), rows in table["pairs"].items():
                    path = csvdir / f"{name}_{s}_{t}.csv"
                    write(path, rows, ["_s", "_t", *table["columns"]])
                    conn.execute(f"COPY {name} FROM '{path}' (from='{s}', to='{t}', header=true, parallel=false)")
        load = time.perf_counter() - t0
        out.update({"load_seconds": round(load, 2), "load_seconds_tables_in_python": round(t_tables, 2),
                    "load_seconds_copy": round(time.perf_counter() - t_copy, 2),
                    "rss_mb_before_load": rss_before, "rss_mb_after_load": _status_mb("VmRSS")})
        counted_nodes = sum(conn.execute(f"MATCH (n:{n}) RETURN count(*)").get_all()[0][0] for n in nodes)
        counted_edges = sum(conn.execute(f"MATCH ()-[r:{r}]->() RETURN count(*)").get_all()[0][0] for r in edges)
        out["loaded"] = {"nodes": counted_nodes, "edges": counted_edges}

        def runner(text: str, params: dict[str, Any]) -> Callable[[float], list[list[Any]]]:
            def run(left: float) -> list[list[Any]]:
                conn.set_query_timeout(int(left * 1000))
                return _rows(conn.execute(text, params).get_all())
            return run

        out["queries"] = run_queries(runner, LADYBUG_TEXTS, args)
        out["peak_rss_mb"] = _status_mb("VmHWM")
        del conn, db
        out["disk_mb"] = round(sum(p.stat().st_size for p in workdir.rglob("*") if p.is_file()
                                   and "csv" not in p.parts) / 2**20, 1)
        t1 = time.perf_counter()
        conn = lb.Connection(lb.Database(str(dbpath)))
        conn.execute("MATCH (p:Paper) RETURN count(*)").get_all()
        out["reopen_and_first_count_seconds"] = round(time.perf_counter() - t1, 3)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return out


def child_falkordblite(graph: Any, args: argparse.Namespace) -> dict[str, Any]:
    from redislite.falkordb_client import FalkorDB  # pyright: ignore[reportMissingImports]  (optional: this comparison only)

    workdir = Path(tempfile.mkdtemp(prefix="mlkg-falkordb-"))
    out: dict[str, Any] = {"version": md.version("falkordblite")}
    try:
        t_start = time.perf_counter()
        db = FalkorDB(str(workdir / "graph.db"))
        out["server_start_seconds"] = round(time.perf_counter() - t_start, 2)
        server_pid = _server_pid(db)
        out["server_rss_mb_before_load"] = _status_mb("VmRSS", server_pid) if server_pid else None
        g = db.select_graph("mlkg")
        rss_before = _status_mb("VmRSS")
        t0 = time.perf_counter()
        nodes, edges = neo4j_tables(graph)
        for name in nodes:
            g.query(f"CREATE INDEX FOR (n:{name}) ON (n.id)")
        size = args.batch
        for name, table in nodes.items():
            rows = [{k: v for k, v in r.items() if v is not None} for r in table["rows"]]
            for i in range(0, len(rows), size):
                g.query(f"UNWIND $rows AS row CREATE (n:{name}) SET n = row", {"rows": rows[i:i + size]})
        for name, table in edges.items():
            for (s, t), pair_rows in table["pairs"].items():
                rows = [{"s": r["_s"], "t": r["_t"],
                         "p": {k: v for k, v in r.items() if v is not None and k not in ("_s", "_t")}}
                        for r in pair_rows]
                text = (f"UNWIND $rows AS row MATCH (a:{s} {{id: row.s}}) MATCH (b:{t} {{id: row.t}}) "
                        f"CREATE (a)-[r:{name}]->(b) SET r = row.p")
                for i in range(0, len(rows), size):
                    g.query(text, {"rows": rows[i:i + size]})
        out.update({"load_seconds": round(time.perf_counter() - t0, 2), "batch": size,
                    "rss_mb_before_load": rss_before, "rss_mb_after_load": _status_mb("VmRSS"),
                    "server_rss_mb_after_load": _status_mb("VmRSS", server_pid) if server_pid else None})
        out["loaded"] = {"nodes": g.query("MATCH (n) RETURN count(n)").result_set[0][0],
                         "edges": g.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]}

        def runner(text: str, params: dict[str, Any]) -> Callable[[float], list[list[Any]]]:
            def run(left: float) -> list[list[Any]]:
                return _rows(g.query(text, params, timeout=int(left * 1000)).result_set)
            return run

        out["queries"] = run_queries(runner, {}, args)
        out["peak_rss_mb"] = _status_mb("VmHWM")
        out["server_peak_rss_mb"] = _status_mb("VmHWM", server_pid) if server_pid else None
        try:
            db.close()
        except Exception as exc:  # noqa: BLE001
            out["close_error"] = repr(exc)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return out


def _server_pid(db: Any) -> int | None:
    for obj in (db, getattr(db, "client", None), getattr(db, "connection", None)):
        pid = getattr(obj, "pid", None)
        if isinstance(pid, int) and pid > 0:
            return pid
    try:  # the redis-server child of this process
        import psutil

        for child in psutil.Process().children(recursive=True):
            if "redis" in child.name():
                return child.pid
    except Exception as exc:  # noqa: BLE001
        print(f"no redis-server pid: {exc!r}", file=sys.stderr)
    return None


def child_grand_cypher(graph: Any, args: argparse.Namespace) -> dict[str, Any]:
    import grandcypher  # pyright: ignore[reportMissingImports]  (optional: this comparison only)
    from grandcypher import GrandCypher  # pyright: ignore[reportMissingImports]

    from mlkg.export.neo4j import label, rel_type
    from mlkg.graph.nx import to_networkx

    out: dict[str, Any] = {"version": md.version("grand-cypher")}
    rss_before = _status_mb("VmRSS")
    t0 = time.perf_counter()
    g = to_networkx(graph)
    t_nx = time.perf_counter() - t0
    for node_id, attrs in g.nodes(data=True):  # grand-cypher matches labels on __labels__
        attrs["__labels__"] = {label(attrs["type"])}
        attrs["name"] = attrs["label"]
        attrs["id"] = node_id
    for _, _, attrs in g.edges(data=True):
        attrs["__labels__"] = {rel_type(attrs["rel"])}
    out.update({"load_seconds": round(time.perf_counter() - t0, 2), "load_seconds_to_networkx": round(t_nx, 2),
                "rss_mb_before_load": rss_before, "rss_mb_after_load": _status_mb("VmRSS"),
                "loaded": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}})

    def cypher(text: str) -> dict[str, list[Any]]:
        return GrandCypher(g).run(text)

    # no parameters, WITH, OPTIONAL MATCH, count(DISTINCT), label predicates in WHERE or list
    # predicates over properties: the closest grand-cypher text plus aggregation in Python.
    def q1(left: float) -> list[list[Any]]:
        r = cypher("MATCH (p:Paper)-[:USES|INTRODUCES|COMPARES_WITH|MENTIONS]->(d:Dataset|Benchmark) "
                   "RETURN DISTINCT d.id, d.name, p.id")
        papers: dict[tuple[str, str], set[str]] = defaultdict(set)
        for d, name, p in zip(r["d.id"], r["d.name"], r["p.id"]):
            papers[(d, name)].add(p)
        return sorted(([d, n, len(ps)] for (d, n), ps in papers.items()), key=lambda x: (-x[2], x[1], x[0]))[:20]

    def q2(left: float) -> list[list[Any]]:
        r = cypher("MATCH (p:Paper)-[:USES]->(d:Dataset) RETURN DISTINCT d.id, d.name, p.id")
        papers: dict[tuple[str, str], set[str]] = defaultdict(set)
        for d, name, p in zip(r["d.id"], r["d.name"], r["p.id"]):
            papers[(d, name)].add(p)
        r = cypher("MATCH (p:Paper)-[:USES]->(d:Dataset) MATCH (p)-[:INTRODUCES]->(m:Model) RETURN DISTINCT d.id, m.id")
        models: dict[str, set[str]] = defaultdict(set)
        for d, m in zip(r["d.id"], r["m.id"]):
            models[d].add(m)
        rows = [[d, n, len(ps), len(models[d])] for (d, n), ps in papers.items() if len(ps) >= args.min_papers]
        return sorted(rows, key=lambda x: (-x[2], x[1], x[0]))

    def q3(left: float) -> list[list[Any]]:
        # the model name has to be pasted into the text (no $parameters): not acceptable for
        # mlkg, done here only to time the match; aliases are checked in Python (no list predicates)
        name = json.dumps(args.model.lower())
        r = cypher("MATCH (p:Paper)-[:INTRODUCES|USES|COMPARES_WITH]->(given:Model) "
                   "MATCH (p)-[:COMPARES_WITH]->(other:Model) "
                   f"WHERE toLower(given.name) = {name} "
                   "RETURN DISTINCT p.id, other.id, other.name, other.aliases")
        r2 = cypher("MATCH (p:Paper)-[:INTRODUCES|USES|COMPARES_WITH]->(given:Model) "
                    "MATCH (p)-[:COMPARES_WITH]->(other:Model) "
                    "RETURN DISTINCT p.id, given.aliases, other.id, other.name, other.aliases") \
            if args.graph == "example" else None  # the alias half: every pair, too slow beyond the example
        papers: dict[tuple[str, str], set[str]] = defaultdict(set)
        hits = list(zip(r["p.id"], r["other.id"], r["other.name"], r["other.aliases"]))
        if r2 is not None:
            hits += [(p, o, n, oa) for p, ga, o, n, oa in zip(r2["p.id"], r2["given.aliases"], r2["other.id"],
                                                                r2["other.name"], r2["other.aliases"])
                     if any(str(a).lower() == args.model.lower() for a in ga or ())]
        for p, o, n, oa in hits:
            if not _matches({"label": n, "aliases": oa}, args.model):
                papers[(o, n)].add(p)
        return sorted(([o, n, len(ps)] for (o, n), ps in papers.items()), key=lambda x: (-x[2], x[1], x[0]))

    adapted = {"most_used_datasets": q1, "two_hop": q2, "compared_models": q3}
    results: dict[str, Any] = {}
    for name, text in QUERIES.items():
        try:
            cypher(text)
            neo4j_text = {"ok": True}
        except Exception as exc:  # noqa: BLE001
            neo4j_text = {"ok": False, "error": f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"}
        results[name] = {"neo4j_text": neo4j_text, "ran": "grand-cypher text + Python aggregation",
                         **timed(adapted[name], args.repeat, args.timeout, use_alarm=True)}
    out["queries"] = results
    out["peak_rss_mb"] = _status_mb("VmHWM")
    out["module"] = grandcypher.__name__
    return out


def run_queries(runner: Callable[[str, dict[str, Any]], Callable[[float], list[list[Any]]]],
                adapted: dict[str, str], args: argparse.Namespace) -> dict[str, Any]:
    """The Neo4j-style text first; where the engine rejects it, the engine's own text."""
    params = {"most_used_datasets": {}, "two_hop": {"min_papers": args.min_papers},
              "compared_models": {"model": args.model}}
    results = {}
    for name, text in QUERIES.items():
        figure = timed(runner(text, params[name]), args.repeat, args.timeout)
        entry: dict[str, Any] = {"neo4j_text": {"ok": figure["error"] is None}}
        if figure["error"] is not None and not figure["error"].startswith("timeout") and name in adapted:
            entry["neo4j_text"]["error"] = figure["error"]
            entry["ran"] = adapted[name]
            figure = timed(runner(adapted[name], params[name]), args.repeat, args.timeout)
        elif figure["error"] is not None:
            entry["neo4j_text"]["error"] = figure["error"]
        results[name] = {**entry, **figure}
    return results


# ---------------------------------------------------------------------------------------------
# parent


def installed(engine: str) -> bool:
    return importlib.util.find_spec(MODULE[engine]) is not None


def dist_info(names: list[str]) -> dict[str, Any]:
    total = 0
    versions = {}
    for name in names:
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        versions[name] = dist.version
        for f in dist.files or ():
            try:
                total += Path(dist.locate_file(f)).stat().st_size
            except OSError:
                pass
    return {"versions": versions, "installed_mb": round(total / 2**20, 1)}


def run_child(engine: str, pickled: Path, args: argparse.Namespace) -> dict[str, Any]:
    print(f"  {engine} ...", file=sys.stderr, flush=True)
    cmd = [sys.executable, __file__, "--child", engine, "--pickled", str(pickled), "--graph", args.graph,
           "--repeat", str(args.repeat), "--timeout", str(args.timeout), "--model", args.model,
           "--min-papers", str(args.min_papers), "--batch", str(args.batch), "--ladybug-load", args.ladybug_load]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=args.child_timeout)
    except subprocess.TimeoutExpired:
        return {"failed": f"child did not finish in {args.child_timeout} s"}
    if proc.returncode != 0:
        return {"failed": f"exit {proc.returncode}", "stderr_tail": proc.stderr[-2000:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--graph", choices=("example", "75k"), default="example")
    parser.add_argument("--bench-dir", type=Path, default=Path(tempfile.gettempdir()) / "mlkg-bench-graph")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120, help="seconds for all runs of one query")
    parser.add_argument("--child-timeout", type=float, default=3600)
    parser.add_argument("--model", default="CLIP", help="the model of the compared-models query")
    parser.add_argument("--min-papers", type=int, default=5)
    parser.add_argument("--batch", type=int, default=5000, help="rows per FalkorDB UNWIND batch")
    parser.add_argument("--ladybug-load", choices=("arrow", "csv"),
                        default="arrow" if importlib.util.find_spec("pyarrow") else "csv")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "embedded_cypher.json")
    parser.add_argument("--child", choices=ENGINES, help=argparse.SUPPRESS)
    parser.add_argument("--pickled", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        with args.pickled.open("rb") as fh:
            graph = pickle.load(fh)
        if args.child in ("ladybug", "real_ladybug"):
            figures = child_ladybug(args.child, graph, args)
        elif args.child == "falkordblite":
            figures = child_falkordblite(graph, args)
        else:
            figures = child_grand_cypher(graph, args)
        print(json.dumps(figures))
        return

    from mlkg.graph.nx import to_networkx

    print(f"loading the {args.graph} graph ...", file=sys.stderr, flush=True)
    graph, about = load_graph(args.graph, args.bench_dir)
    g = to_networkx(graph)
    t0 = time.perf_counter()
    ref = reference(g, args.model, args.min_papers)
    about["python_reference_seconds"] = round(time.perf_counter() - t0, 3)
    del g
    report: dict[str, Any] = {
        "date": date.today().isoformat(),
        "command": f"python benchmarks/bench_embedded_cypher.py --graph {args.graph}",
        "graph": about, "queries": QUERIES, "ladybug_texts": LADYBUG_TEXTS,
        "parameters": {"min_papers": args.min_papers, "model": args.model, "repeat": args.repeat,
                       "timeout_seconds_per_query": args.timeout},
        "reference_rows": {k: len(v) for k, v in ref.items()},
        "reference_top": {k: v[:5] for k, v in ref.items()},
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "packages": {k: {**dist_info(v), "license": LICENSES.get(k)} for k, v in DISTS.items()},
        "engines": {},
    }
    wanted = [e for e in args.engines.split(",") if e]
    with tempfile.TemporaryDirectory(prefix="mlkg-cypher-") as tmp:
        pickled = Path(tmp) / "graph.pickle"
        with pickled.open("wb") as fh:
            pickle.dump(graph, fh, protocol=pickle.HIGHEST_PROTOCOL)
        del graph
        for engine in wanted:
            if not installed(engine):
                report["engines"][engine] = {"failed": f"not installed (no module {MODULE[engine]})"}
                continue
            result = run_child(engine, pickled, args)
            for name, figure in result.get("queries", {}).items():
                rows = figure.pop("rows", None)
                figure["rows"] = None if rows is None else len(rows)
                figure["agrees_with_python"] = None if rows is None else rows == ref[name]
                if rows is not None and rows != ref[name]:
                    figure["first_differences"] = [[a, b] for a, b in zip(rows, ref[name]) if a != b][:3]
            report["engines"][engine] = result

    # one file for both graphs: this run replaces its own graph's section only
    args.out.parent.mkdir(parents=True, exist_ok=True)
    saved = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
    saved = {k: v for k, v in saved.items() if k in ("example", "75k")}
    saved[args.graph] = report
    args.out.write_text(json.dumps(dict(sorted(saved.items())), indent=2, default=str) + "\n", encoding="utf-8")
    print_table(report)


def _cell(figure: dict[str, Any] | None) -> str:
    if not figure:
        return "-"
    if figure.get("median_seconds") is None:
        return f"fails ({(figure.get('error') or '?')[:40]})"
    mark = "" if figure.get("agrees_with_python") else " (wrong)"
    adapted = "" if figure["neo4j_text"]["ok"] else "*"
    return f"{figure['median_seconds']}{adapted}{mark}"


def print_table(report: dict[str, Any]) -> None:
    graph = report["graph"]
    print(f"{graph['nodes']:,} nodes, {graph['edges']:,} edges ({graph['source']}); "
          f"Python reference over NetworkX: {graph['python_reference_seconds']} s for all three")
    print("| engine | load s | RSS after load MB (before) | peak RSS MB | most used datasets s | "
          "2-hop s | compared with CLIP s |\n|---|---:|---:|---:|---:|---:|---:|")
    for engine, fig in report["engines"].items():
        if "failed" in fig:
            print(f"| {engine} | {fig['failed'][:60]} | | | | | |")
            continue
        q = fig["queries"]
        rss = f"{fig['rss_mb_after_load']:,} ({fig['rss_mb_before_load']:,})"
        if fig.get("server_rss_mb_after_load") is not None:
            rss += f" + server {fig['server_rss_mb_after_load']:,}"
        peak = f"{fig['peak_rss_mb']:,}" + (f" + server {fig['server_peak_rss_mb']:,}"
                                            if fig.get("server_peak_rss_mb") else "")
        print(f"| {engine} {fig.get('version', '')} | {fig['load_seconds']} | {rss} | {peak} | "
              f"{_cell(q.get('most_used_datasets'))} | {_cell(q.get('two_hop'))} | {_cell(q.get('compared_models'))} |")
    print("(* the Neo4j-style text failed; the engine's own text was timed)")


if __name__ == "__main__":
    main()
