"""Start-up costs (issue 12): the command line, the extractor, and small builds.

Usage: python benchmarks/bench_startup.py [--repeat 5] [--out benchmarks/results/startup.json]

Measures, each the median of --repeat runs in fresh processes:
  1. `mlkg --version`, `mlkg --help` and `mlkg build --help`: what every command pays before it works;
  2. the extractor ready (`mlkg.extract.create_nlp()`), cold (empty pipeline cache) and warm;
  3. `mlkg build examples/ -o OUT`, the README's first command, whole.
Not a test: run by hand and copy the table into docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MLKG = [sys.executable, "-m", "mlkg"]
READY = ("import time; t = time.perf_counter(); from mlkg.extract import create_nlp; create_nlp(); "
         "print(time.perf_counter() - t)")


def _wall(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=REPO)
    return time.perf_counter() - start


def _median(samples: list[float]) -> float:
    return round(statistics.median(samples), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "startup.json")
    args = ap.parse_args()
    results: dict[str, object] = {"machine": f"{platform.processor() or platform.machine()}, "
                                             f"{os.cpu_count()} cores", "python": platform.python_version()}
    for name, cmd in (("mlkg --version", ["--version"]), ("mlkg --help", ["--help"]),
                      ("mlkg build --help", ["build", "--help"])):
        _wall(MLKG + cmd)  # warm the OS file cache
        results[name] = _median([_wall(MLKG + cmd) for _ in range(args.repeat)])
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "MLKG_CACHE_DIR": str(Path(tmp) / "cache")}
        cold, warm = [], []
        for _ in range(args.repeat):
            shutil.rmtree(Path(tmp) / "cache", ignore_errors=True)
            cold.append(float(subprocess.run([sys.executable, "-c", READY], check=True, capture_output=True,
                                             text=True, env=env).stdout))
            warm.append(float(subprocess.run([sys.executable, "-c", READY], check=True, capture_output=True,
                                             text=True, env=env).stdout))
        results["extractor ready, cold (s)"] = _median(cold)
        results["extractor ready, warm (s)"] = _median(warm)
        _wall(MLKG + ["build", "examples/", "-o", str(Path(tmp) / "out"), "-q"], env)
        results["mlkg build examples/ (s)"] = _median(
            [_wall(MLKG + ["build", "examples/", "-o", str(Path(tmp) / "out"), "-q"], env)
             for _ in range(args.repeat)])
    for key, value in results.items():
        print(f"{key:32} {value}")
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
