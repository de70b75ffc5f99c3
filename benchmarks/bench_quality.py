"""Extraction quality on every gold split (issue 13): the development page, the second gold set, SciERC, SciREX.

Usage: python benchmarks/bench_quality.py [--data ../shared] [--out benchmarks/results/quality.json]

Splits (``mlkg.extract.evaluate.gold_splits``; ``mlkg eval --split NAME`` prints the same):
  - ``dev-page``: the saved Daily Papers page (../shared/data) against ../shared/gold (29 papers);
  - ``gold-dev``: tests/data/gold/dev.gold.jsonl, 150 abstracts drawn at random (tests/data/gold/sample.py);
  - ``gold-train``: tests/data/gold/train.gold.jsonl, 200 more abstracts (seed 1313): the decider's
    training data (its figure is in-sample for the decider);
  - ``gold-val``: tests/data/gold/val.gold.jsonl, 200 more abstracts (seed 1414), held out from rules and
    training: the check before the locked split is measured;
  - ``gold-test``: tests/data/gold/test.gold.jsonl, the LOCKED split (150 abstracts). It is only measured,
    here and in the closing notes: no rule, threshold or training run may look at it;
  - ``scierc-train``, ``scierc-dev``: SciERC abstracts mapped to our types by the named-span filter of
    tests/data/gold/external.py (350 + 50; training and tuning data);
  - ``scierc-test``: SciERC's test abstracts (100), a second LOCKED split, only measured;
  - ``scirex``: 268 SciREX papers cut to title + abstract, with their results found in the abstract.
SciERC/SciREX have no roles (role accuracy is null there) and annotate methods and materials only
(organizations and repositories are not scored there; SciERC results neither).
Also the inter-annotator agreement on the 40 abstracts annotated twice (tests/data/gold/agreement/):
the second annotator's entities scored against the first's, typed micro-F1.
Not a test: run by hand and copy the table into docs/quality.md.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from mlkg.build.pipeline import extract_to_jsonl
from mlkg.extract.evaluate import (
    SPLITS,
    EvalResult,
    evaluate,
    evaluate_split,
    gold_splits,
    load_jsonl,
)

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "data" / "gold"


def _summary(result: EvalResult) -> dict[str, object]:
    return {
        "papers": result.gold_papers,
        "typed_micro": result.typed.as_dict(),
        "untyped_micro": result.untyped.as_dict(),
        "per_type_f1": {t: round(c.f1, 3) for t, c in result.per_type.items() if c.tp + c.fp + c.fn},
        "per_type": {t: c.as_dict() for t, c in result.per_type.items() if c.tp + c.fp + c.fn},
        "role_accuracy": round(result.role_accuracy, 3) if result.role_total else None,
        "results": result.results.as_dict(),
    }


def _extract(texts: list[dict], tmp: Path, name: str) -> Path:
    """Extract text rows through ``mlkg extract``'s own path (kept for the dev-only scoring scripts)."""
    listing, predictions = tmp / f"{name}.jsonl", tmp / f"{name}.preds.jsonl"
    with listing.open("w", encoding="utf-8") as fh:
        for row in texts:
            fh.write(json.dumps({k: row[k] for k in ("title", "abstract", "organization") if row.get(k)},
                                ensure_ascii=False) + "\n")
    extract_to_jsonl([listing], predictions, processes=1)
    return predictions


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "quality.json")
    args = ap.parse_args()
    splits = gold_splits(GOLD, args.data)
    scores: dict[str, object] = {name: _summary(evaluate_split(splits[name])) for name in SPLITS}
    first, second = GOLD / "agreement" / "first.jsonl", GOLD / "agreement" / "second.jsonl"
    if first.exists() and second.exists():
        scores["agreement"] = _summary(evaluate(load_jsonl(second), load_jsonl(first)))
    for name, s in scores.items():
        t = s["typed_micro"]  # type: ignore[index]
        r = s["results"]  # type: ignore[index]
        roles = "  n/a" if s["role_accuracy"] is None else f"{s['role_accuracy']:.3f}"
        print(f"{name:12} papers {s['papers']:4}  typed P {t['precision']:.3f} R {t['recall']:.3f} "
              f"F1 {t['f1']:.3f}  roles {roles}  results P {r['precision']:.3f} "
              f"R {r['recall']:.3f}  per type {s['per_type_f1']}")
    args.out.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
