"""The interactive page at scale: time to write it, and time until it is interactive in Chromium (issue 6).

Usage:
  python benchmarks/bench_viz.py BUILD_DIR [--tops 1000,2000,5000] [--repeat 3]

BUILD_DIR is a `mlkg build` output (re-resolved from its extraction cache), e.g. the
75k-abstract build of benchmarks/bench_graph.py. For each --top the page is written
with `mlkg.viz.write_page` (selection, igraph layout, render) and opened from file://
in headless Debian Chromium (`mlkg.viz.browser.check_page`): "interactive" is the
time from navigation until the page has parsed its data, laid out, run its physics
relaxation (and switched physics off past PHYSICS_LIMIT nodes) and set
`window.mlkg.ready`. Median of --repeat runs. Not a test: run by hand, copy the
table into docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from mlkg.build.pipeline import open_graph
from mlkg.viz import PHYSICS_LIMIT, write_page
from mlkg.viz.browser import check_page

RESULTS = Path(__file__).parent / "results" / "viz.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("build_dir", type=Path)
    parser.add_argument("--tops", default="1000,2000,5000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    t0 = time.perf_counter()
    graph = open_graph(args.build_dir)
    open_s = time.perf_counter() - t0
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for top in (int(t) for t in args.tops.split(",")):
            page = Path(tmp) / f"top{top}.html"
            t0 = time.perf_counter()
            selection = write_page(graph, page, top=top)
            write_s = time.perf_counter() - t0
            checks = [check_page(page, timeout=120) for _ in range(args.repeat)]
            assert all(c.drawn_nodes == len(selection.nodes) and not c.external_requests for c in checks)
            row = {
                "top": top, "nodes": len(selection.nodes), "edges": len(selection.edges),
                "write_s": round(write_s, 2), "page_mb": round(page.stat().st_size / 1e6, 2),
                "interactive_s": round(statistics.median(c.ready_seconds for c in checks), 2),
                "redraw_ms": round(statistics.median(c.redraw_ms for c in checks), 1),
                "physics_after_ready": checks[0].physics_enabled,
            }
            rows.append(row)
            print(json.dumps(row))
    result = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "graph": {"dir": str(args.build_dir), "nodes": len(graph.nodes), "edges": len(graph.edges),
                  "open_s": round(open_s, 1)},
        "physics_limit": PHYSICS_LIMIT, "repeat": args.repeat, "pages": rows,
    }
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
