"""Extraction throughput against the tokenizer-only ceiling (issue 3).

Usage: python benchmarks/bench_extract.py [--data ../shared/data] [--n 10000] [--out FILE.json]

Measures, on the first N abstracts of the arXiv corpus (title + abstract, as
extraction sees them):
  1. spacy.blank("en") tokenization alone (the ceiling), 1 process
  2. the mlkg extractor (tokenizer + all components + conversion to records), 1 process
  3. the mlkg extractor with 2 worker processes
  4. tokenization alone with 2 worker processes (same chunking), for the 2-process ratio
Each figure is the best of --repeat runs after a warm-up. Not a test: run by hand
and copy the table into docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import platform
import resource
import time
from itertools import islice
from pathlib import Path

import spacy

from mlkg.build.runner import extract_partitions
from mlkg.extract.pipeline import extract_spacy
from mlkg.loaders import load

REPO = Path(__file__).resolve().parent.parent


def _tokenize_chunk(texts: list[str]) -> int:
    nlp = spacy.blank("en")
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))


def tokenize_only(texts: list[str], processes: int) -> None:
    if processes == 1:
        _tokenize_chunk(texts)
        return
    chunks = [texts[i:i + 1000] for i in range(0, len(texts), 1000)]
    with mp.get_context("fork").Pool(processes) as pool:
        sum(pool.imap(_tokenize_chunk, chunks))


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "extract.json")
    args = parser.parse_args()

    papers = list(islice(load(args.data / "arxiv" / "arxiv_daily_abstracts.jsonl.gz"), args.n))
    texts = [p.text for p in papers]
    words = sum(len(t.split()) for t in texts)
    list(extract_spacy(papers[:50]))  # warm-up: lexicon load, caches
    tokenize_only(texts[:50], 1)

    rows = {}
    rows["tokenizer, 1 process"] = best_of(args.repeat, lambda: tokenize_only(texts, 1))
    rows["mlkg extract, 1 process"] = best_of(args.repeat, lambda: list(extract_spacy(papers)))
    rows["tokenizer, 2 processes"] = best_of(args.repeat, lambda: tokenize_only(texts, 2))
    rows["mlkg extract, 2 processes"] = best_of(args.repeat, lambda: list(
        extract_partitions(papers, extractor="spacy", processes=2)))  # the build's partition runner
    figures = {
        name: {"seconds": round(sec, 2), "abstracts_per_s": round(len(texts) / sec, 1),
               "words_per_s": round(words / sec)}
        for name, sec in rows.items()
    }
    ratio_1 = rows["tokenizer, 1 process"] / rows["mlkg extract, 1 process"]
    ratio_2 = rows["tokenizer, 2 processes"] / rows["mlkg extract, 2 processes"]
    report = {
        "abstracts": len(texts), "words": words, "figures": figures,
        "ratio_to_tokenizer_1_process": round(ratio_1, 3),
        "ratio_to_tokenizer_2_processes": round(ratio_2, 3),
        "speedup_2_processes": round(rows["mlkg extract, 1 process"] / rows["mlkg extract, 2 processes"], 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "machine": f"{platform.processor() or platform.machine()}, {mp.cpu_count()} cores, "
                   f"Python {platform.python_version()}, spaCy {spacy.__version__}",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print("| run | seconds | abstracts/s | words/s |\n|---|---:|---:|---:|")
    for name, fig in figures.items():
        print(f"| {name} | {fig['seconds']} | {fig['abstracts_per_s']:,} | {fig['words_per_s']:,} |")
    print(f"\nratio to tokenizer: {ratio_1:.1%} (1 process), {ratio_2:.1%} (2 processes); "
          f"2-process speed-up {report['speedup_2_processes']}x; peak RSS {report['peak_rss_mb']} MB")


if __name__ == "__main__":
    main()
