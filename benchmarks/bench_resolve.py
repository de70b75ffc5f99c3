"""Entity resolution across papers: time and outcome on a whole build (issue 4).

Usage: python benchmarks/bench_resolve.py BUILD_DIR [BUILD_DIR ...] [--out FILE.json]

BUILD_DIR is the output of `mlkg build` (its extractions.jsonl.gz is read, so
extraction is not re-run), e.g. `mlkg build ../shared/data/arxiv -o /tmp/arxiv -j 2`.
Reports the resolve time (best of --repeat), the number of merged nodes, cross-type
merges, rival acronym senses kept apart, variant links and the evidence kinds.
Not a test: run by hand and copy the table into docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from collections import Counter
from pathlib import Path

from mlkg.build import cache
from mlkg.resolve import resolve


def measure(build_dir: Path, repeat: int) -> dict[str, object]:
    extractions = list(cache.read_cache(build_dir, {}))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        resolution = resolve(extractions)
        best = min(best, time.perf_counter() - t0)
    kinds: Counter[str] = Counter()
    for merge in resolution.merges:
        kinds.update({e.kind for e in merge.evidence})
    return {
        "build_dir": str(build_dir),
        "papers": len(extractions),
        "mentions": sum(len(x.entities) for x in extractions),
        "resolve_seconds": round(best, 2),
        "merged_nodes": len(resolution.merges),
        "cross_type_merges": sum(1 for m in resolution.merges if len(m.types) > 1),
        "rival_senses_kept_apart": sum(1 for m in resolution.merges
                                       if any("kept apart" in e.detail for e in m.evidence)),
        "variant_links": len(resolution.variants),
        "evidence_kinds": dict(kinds.most_common()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build_dirs", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "resolve.json")
    args = parser.parse_args()
    results = [measure(d, args.repeat) for d in args.build_dirs]
    payload = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count()}, "runs": results}
    args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    for r in results:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
