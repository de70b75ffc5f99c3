"""Audit of the entities with most papers in a build (issue 13): are they real named artifacts of their type?

Usage: python benchmarks/audit_top.py OUTDIR [--n 100] [--verdicts benchmarks/audit_verdicts.toml]
       [--out benchmarks/results/audit_top.md]

Lists the N entities (models, datasets, benchmarks, organizations) that the most distinct papers
name, with the verdict a person gave each in the verdicts file (``"Name|Type" = "ok"`` or a short
reason it is wrong). Entities without a verdict are listed as ``?`` so that a new build shows what
still needs judging. Prints the share judged right. Not a test: run by hand after a full build
(`mlkg build ../shared/data/arxiv ../shared/data/hf_daily_api ../shared/data/hf_daily_papers_page.txt -o OUTDIR`)
and copy the summary into docs/quality.md.
"""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path

from mlkg.build.pipeline import open_graph
from mlkg.explore import entity_summaries

REPO = Path(__file__).resolve().parent.parent
TYPES = ("Model", "Dataset", "Benchmark", "Organization")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--verdicts", type=Path, default=REPO / "benchmarks" / "audit_verdicts.toml")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "audit_top.md")
    args = ap.parse_args()
    verdicts: dict[str, str] = {}
    if args.verdicts.exists():
        verdicts = tomllib.loads(args.verdicts.read_text(encoding="utf-8")).get("verdicts", {})
    top = entity_summaries(open_graph(args.outdir), TYPES)[:args.n]
    lines = ["| # | name | type | papers | verdict |", "|---:|---|---|---:|---|"]
    ok = judged = 0
    for i, e in enumerate(top, 1):
        verdict = verdicts.get(f"{e.name}|{e.type}", "?")
        if verdict != "?":
            judged += 1
            ok += verdict == "ok" or verdict.startswith("ok:")
        lines.append(f"| {i} | {e.name} | {e.type} | {e.papers} | {verdict} |")
    summary = (f"{ok} of {judged} judged entities are real named artifacts of their type "
               f"({ok / judged:.0%}); {len(top) - judged} not judged yet" if judged else "nothing judged yet")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + f"\n\n{summary}\n", encoding="utf-8")
    print("\n".join(lines))
    print(summary)


if __name__ == "__main__":
    main()
