"""Neo4j export over Bolt: relationships per second by batch size, against row-by-row MERGE (issue 5).

Usage:
  bash tests/neo4j/server.sh start
  python benchmarks/bench_neo4j.py BUILD_DIR [--batches 1000,5000,20000] [--row-sample 3000]

BUILD_DIR is a `mlkg build` output (its extraction cache is re-resolved into the
graph, no re-extraction), e.g. the 75k-abstract build of benchmarks/bench_graph.py.
For each batch size the database is wiped and the whole graph exported with
`mlkg.export.neo4j.export_neo4j`; relationships/s counts the relationship phase
only. Row-by-row MERGE (one query and one transaction per relationship, as naive
exporters do) is timed on the first --row-sample relationships. A re-export of the
same graph (all MERGEs matching) is timed at the default batch size.
WIPES the database at NEO4J_URI. Not a test: run by hand, copy the table into
docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

from mlkg.build.pipeline import open_graph
from mlkg.export.neo4j import (
    DEFAULT_BATCH,
    await_indexes_statement,
    edge_batches,
    edge_query,
    node_batches,
    node_query,
    schema_statements,
)
from mlkg.stores.neo4j import Connection, Session

RESULTS = Path(__file__).parent / "results" / "neo4j.json"


def _wipe(session: Session) -> None:
    while True:
        counters = session.write("MATCH (n) WITH n LIMIT 10000 DETACH DELETE n")
        if counters.nodes_deleted == 0:
            return


def export_timed(graph, session: Session, batch: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    for statement in [*schema_statements(graph), await_indexes_statement()]:  # constraints, full-text index
        session.write(statement)
    t0 = time.perf_counter()
    for name, rows in node_batches(graph, batch):
        session.write(node_query(name), {"rows": rows})
    t1 = time.perf_counter()
    for group, rows in edge_batches(graph, batch):
        session.write(edge_query(group), {"rows": rows})
    t2 = time.perf_counter()
    return {"batch": batch, "nodes_s": round(t1 - t0, 2), "relationships_s": round(t2 - t1, 2),
            "nodes_per_s": round(len(graph.nodes) / (t1 - t0)),
            "relationships_per_s": round(len(graph.edges) / (t2 - t1))}


def row_by_row(graph, session: Session, sample: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    rows = []
    for group, batch in edge_batches(graph, sample):
        rows.extend((group, row) for row in batch)
        if len(rows) >= sample:
            break
    rows = rows[:sample]
    t0 = time.perf_counter()
    for group, row in rows:
        start, rel, end = group
        session.write(f"MATCH (a:{start} {{id: $s}}) MATCH (b:{end} {{id: $t}}) "
                      f"MERGE (a)-[r:{rel}]->(b) SET r += $props", row)
    seconds = time.perf_counter() - t0
    return {"relationships": len(rows), "seconds": round(seconds, 2), "relationships_per_s": round(len(rows) / seconds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build_dir", type=Path)
    parser.add_argument("--batches", default="1000,5000,20000")
    parser.add_argument("--row-sample", type=int, default=3000)
    args = parser.parse_args()
    conn = Connection.from_env(password=os.environ.get("NEO4J_PASSWORD", "mlkg-test-password"))
    t0 = time.perf_counter()
    graph = open_graph(args.build_dir)
    print(f"graph: {len(graph.nodes):,} nodes, {len(graph.edges):,} relationships "
          f"({time.perf_counter() - t0:.1f} s to rebuild from the cache)")
    runs = []
    with Session(conn) as session:
        for batch in (int(b) for b in args.batches.split(",")):
            _wipe(session)
            runs.append(export_timed(graph, session, batch))
            print(json.dumps(runs[-1]))
        again = export_timed(graph, session, DEFAULT_BATCH)
        print("re-export:", json.dumps(again))
        _wipe(session)
        for name, rows in node_batches(graph, DEFAULT_BATCH):
            session.write(node_query(name), {"rows": rows})
        naive = row_by_row(graph, session, args.row_sample)
        print("row by row:", json.dumps(naive))
    payload = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
               "graph": {"build_dir": str(args.build_dir), "nodes": len(graph.nodes),
                         "relationships": len(graph.edges)},
               "batched": runs, "re_export": again, "row_by_row": naive}
    RESULTS.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
