"""How a whole build scales: 10k → 30k → 85k abstracts, per stage, projected to 1M (issue 7).

Usage:
  python benchmarks/bench_scale.py [--data ../shared/data] [--sizes 10000,30000,full] [-j 2]
                                   [--workdir DIR] [--dask-size 30000] [--out FILE.json]

Corpora: the first 10k and 30k abstracts of the arXiv dump (written as .jsonl.gz
subsets, same format and loader), and "full" = the whole arXiv dump plus the 9.9k
Hugging Face papers-API days (≈85k papers after de-duplication). Each size is built
by `mlkg build INPUTS -o DIR --formats nt -j J -q` in a fresh process; the figures
come from its report.json: seconds per stage (load, extract, resolve, graph, export)
and peak RSS after each stage (the build process; "workers" is the largest worker
process), plus graph size and wall time with interpreter start. The same texts are
tokenized by bare spacy.blank("en") in 1 and J processes (the ceiling the target is
set against). --dask-size also builds that size on a Dask LocalCluster of J workers
(`--dask local`). A linear fit of seconds and memory against papers gives the 1M
projection. Writes benchmarks/results/scale.json and docs/scale.png. Not a test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing as mp
import os
import platform
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parent.parent
STAGES = ("load", "extract", "resolve", "graph", "export")


def _tokenize_chunk(texts: list[str]) -> int:
    nlp = spacy.blank("en")
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))


def tokenize_seconds(texts: list[str], processes: int) -> float:
    t0 = time.perf_counter()
    if processes == 1:
        _tokenize_chunk(texts)
    else:
        chunks = [texts[i:i + 2000] for i in range(0, len(texts), 2000)]
        with mp.get_context("fork").Pool(processes) as pool:
            sum(pool.imap(_tokenize_chunk, chunks))
    return time.perf_counter() - t0


def subset(source: Path, n: int, target: Path) -> Path:
    with gzip.open(source, "rt", encoding="utf-8") as fh, gzip.open(target, "wt", encoding="utf-8") as out:
        out.writelines(islice(fh, n))
    return target


def run_build(inputs: list[Path], outdir: Path, processes: int, dask: bool) -> dict:
    command = [sys.executable, "-m", "mlkg", "build", *map(str, inputs), "-o", str(outdir), "--formats", "nt",
               "-j", str(processes), "-q", *(["--dask", "local"] if dask else [])]
    t0 = time.perf_counter()
    subprocess.run(command, check=True)
    wall = time.perf_counter() - t0
    report = json.loads((outdir / "report.json").read_text())
    return {
        "papers": report["papers"], "wall_s": round(wall, 1),
        "seconds": {k: round(report["timing_seconds"].get(k, 0.0), 1) for k in (*STAGES, "total")},
        "peak_rss_mb": report["peak_rss_mb"],
        "nodes": report["nodes"], "edges": report["edges"],
        "graph_nt_mb": round((outdir / "graph.nt").stat().st_size / 1e6, 1),
        "runner": report.get("shards", {}).get("runner"),
    }


def fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares line y = a + b·x."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return my - b * mx, b


def plot(rows: list[dict], projection: dict, target: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    papers = [r["papers"] for r in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    bottom = [0.0] * len(rows)
    for stage in STAGES:
        values = [r["seconds"][stage] for r in rows]
        left.bar([p / 1000 for p in papers], values, width=4, bottom=bottom, label=stage)
        bottom = [b + v for b, v in zip(bottom, values)]
    a, b = projection["seconds_fit"]
    xs = [0, max(papers)]
    left.plot([x / 1000 for x in xs], [a + b * x for x in xs], "k--", lw=1, label="linear fit")
    left.set_xlabel("abstracts (thousands)")
    left.set_ylabel("seconds (2 processes)")
    left.set_title(f"Build time per stage; 1M projected: {projection['seconds_1m'] / 60:.0f} min")
    left.legend(fontsize=8)
    right.plot([p / 1000 for p in papers], [r["peak_rss_mb"]["export"] for r in rows], "o-", label="build process")
    right.plot([p / 1000 for p in papers], [r["peak_rss_mb"]["workers"] for r in rows], "s-", label="largest worker")
    a, b = projection["memory_fit"]
    right.plot([x / 1000 for x in xs], [a + b * x for x in xs], "k--", lw=1, label="linear fit")
    right.set_xlabel("abstracts (thousands)")
    right.set_ylabel("peak RSS (MB)")
    right.set_title(f"Peak memory; 1M projected: {projection['memory_1m_mb'] / 1024:.1f} GB")
    right.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(target, dpi=110)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--sizes", default="10000,30000,full")
    parser.add_argument("-j", "--processes", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "mlkg-bench-scale")
    parser.add_argument("--dask-size", default="", help="also build this size (or 'full') on Dask")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "scale.json")
    parser.add_argument("--plot", type=Path, default=REPO / "docs" / "scale.png")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    arxiv = args.data / "arxiv" / "arxiv_daily_abstracts.jsonl.gz"

    def inputs(size: str) -> list[Path]:
        if size == "full":
            return [arxiv, args.data / "hf_daily_api"]
        return [subset(arxiv, int(size), args.workdir / f"arxiv-{size}.jsonl.gz")]

    rows = []
    for size in args.sizes.split(","):
        row = {"size": size, **run_build(inputs(size), args.workdir / f"out-{size}", args.processes, False)}
        rows.append(row)
        print(json.dumps(row), flush=True)
    dask_row = None
    if args.dask_size:
        dask_row = {"size": args.dask_size, **run_build(inputs(args.dask_size), args.workdir / "out-dask",
                                                         args.processes, True)}
        print(json.dumps(dask_row), flush=True)

    from mlkg.loaders import load_all

    texts = [p.text for p in load_all(inputs(rows[-1]["size"])).papers]
    _tokenize_chunk(texts[:100])
    tokenizer = {"1": round(tokenize_seconds(texts, 1), 1),
                 str(args.processes): round(tokenize_seconds(texts, args.processes), 1)}
    full = rows[-1]
    speed = {
        "build_abstracts_per_s": round(full["papers"] / full["seconds"]["total"], 1),
        "tokenizer_abstracts_per_s": {k: round(len(texts) / v, 1) for k, v in tokenizer.items()},
    }
    speed["ratio_to_tokenizer"] = {k: round(speed["build_abstracts_per_s"] / v, 3)
                                   for k, v in speed["tokenizer_abstracts_per_s"].items()}
    xs = [float(r["papers"]) for r in rows]
    projection: dict[str, object] = {
        "seconds_per_1k": {r["size"]: round(r["seconds"]["total"] / r["papers"] * 1000, 2) for r in rows},
    }
    if len(set(xs)) >= 2:  # a line needs two sizes (--sizes full alone measures, without projecting)
        seconds_fit = fit(xs, [r["seconds"]["total"] for r in rows])
        memory_fit = fit(xs, [r["peak_rss_mb"]["export"] for r in rows])
        projection.update({
            "seconds_fit": seconds_fit, "memory_fit": memory_fit,
            "seconds_1m": round(seconds_fit[0] + seconds_fit[1] * 1e6),
            "memory_1m_mb": round(memory_fit[0] + memory_fit[1] * 1e6),
        })
    result = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "spacy": spacy.__version__},
        "processes": args.processes, "builds": rows, "dask": dask_row, "tokenizer_seconds": tokenizer,
        "speed": speed, "projection": projection,
    }
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if "seconds_fit" in projection:
        plot(rows, projection, args.plot)
    print(json.dumps({"speed": speed, "projection": projection}, indent=1))
    print(f"wrote {args.out} and {args.plot}")


if __name__ == "__main__":
    main()
