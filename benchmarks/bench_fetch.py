"""mlkg fetch and mlkg update against a local replay of every recorded Hugging Face day.

What it measures: mlkg's own cost per day (request, checks, the loader's paper count, atomic
write, manifest), with no pace (--delay 0) so that the network's rules do not hide it; a rerun
that has everything (the manifest alone); and a daily `mlkg update` (one new day) of a build of
all the other days, next to that build. The real services' pace (1 s, 3 s a request) dominates a
real fetch: 30 days of Hugging Face take 30 s whatever mlkg does.

    python benchmarks/bench_fetch.py [--days N] [--json benchmarks/results/fetch.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mlkg.build.pipeline import build  # noqa: E402
from mlkg.fetch import fetch, update  # noqa: E402
from tests.kg.fetch.replay import Replay  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "hf_daily_api"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=0, help="only the first N recorded days (0: all)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    days = sorted(dt.date.fromisoformat(p.name[:10]) for p in SHARED.glob("*.json.gz"))
    if args.days:
        days = days[: args.days]
    first, last = days[0], days[-1]
    figures: dict[str, object] = {"recorded_days": len(days), "calendar_days": (last - first).days + 1}
    with Replay(hf_dir=SHARED) as replay, tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp) / "raw", Path(tmp) / "out"
        started = time.perf_counter()
        result = fetch("hf-daily", raw, first, last - dt.timedelta(1), base_url=replay.url, delay=0.0)
        seconds = time.perf_counter() - started
        figures["fetch"] = {"seconds": round(seconds, 2), "requests": result.requests, "papers": result.papers,
                            "ms_per_request": round(1000 * seconds / result.requests, 1),
                            "raw_mb": round(sum(p.stat().st_size for p in raw.rglob("*.gz")) / 2**20, 1)}
        started = time.perf_counter()
        again = fetch("hf-daily", raw, first, last - dt.timedelta(1), base_url=replay.url, delay=0.0)
        figures["rerun_with_everything"] = {"seconds": round(time.perf_counter() - started, 2),
                                            "requests": again.requests}
        started = time.perf_counter()
        built = build([raw], out, processes=0)
        figures["build"] = {"seconds": round(time.perf_counter() - started, 1), "papers": built.report["papers"]}
        started = time.perf_counter()
        daily = update(out, "hf-daily", end=last, base_url=replay.url, delay=0.0)
        figures["daily_update"] = {"seconds": round(time.perf_counter() - started, 1),
                                   "requests": daily.fetched.requests, "new_papers": daily.new_papers,
                                   "new_entities": daily.new_entities}
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
