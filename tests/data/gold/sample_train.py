"""Draw the training and validation abstracts of the gold set (issue 13), reproducibly.

Usage: python tests/data/gold/sample_train.py --data ../shared/data --out tests/data/gold [--split train|val|train2]

200 papers per split (train2: 100, train3 to train8: 150), drawn as in sample.py (arXiv stratified by primary category: 130; Hugging
Face daily papers: 70) with seed 1313 (train), 1414 (val), 1515 (train2), 1616 (train3), 1717 (train4), 1818 (train5), 1919 (train6), 2020 (train7) or 2121 (train8), leaving out every paper of
texts.jsonl (the dev and locked test splits), of examples/, of the development page and, for
val, of the train split. Writes ``<split>_texts.jsonl`` (same fields as texts.jsonl); the
annotations are in ``<split>.gold.jsonl``. Annotated blind to mlkg's output, with the
adjudication decision list of README.md given up front. train is the decider's extra data; val
is held out from rules and training, to check changes before the locked test split is measured.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from sample import _arxiv, _hf, stratified  # the same readers and draw as the first set

SEEDS = {"train": 1313, "val": 1414, "train2": 1515, "train3": 1616, "train4": 1717, "train5": 1818, "train6": 1919, "train7": 2020, "train8": 2121}
SIZES = {"train": (130, 70), "val": (130, 70), "train2": (65, 35), "train3": (90, 60), "train4": (90, 60), "train5": (90, 60), "train6": (90, 60), "train7": (90, 60), "train8": (90, 60)}
# train3, train4, train5 and train7 train the results decider, so they are drawn among abstracts that state a figure: a
# percentage or a decimal number (about half of all abstracts). The other splits are unfiltered.
STATES_A_FIGURE = re.compile(r"\d\s?%|\b\d+\.\d+\b")


def _kept(split: str, abstract: str) -> bool:
    return split not in ("train3", "train4", "train5", "train7") or STATES_A_FIGURE.search(abstract) is not None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path(__file__).parent)
    ap.add_argument("--split", choices=sorted(SEEDS), default="train")
    args = ap.parse_args()
    here = Path(__file__).resolve().parent
    repo = here.parents[2]
    earlier = {"train": ["texts.jsonl"], "val": ["texts.jsonl", "train_texts.jsonl"],
               "train2": ["texts.jsonl", "train_texts.jsonl", "val_texts.jsonl"],
               "train3": ["texts.jsonl", "train_texts.jsonl", "val_texts.jsonl", "train2_texts.jsonl"],
               "train4": ["texts.jsonl", "train_texts.jsonl", "val_texts.jsonl", "train2_texts.jsonl",
                          "train3_texts.jsonl"],
               "train5": ["texts.jsonl", "train_texts.jsonl", "val_texts.jsonl", "train2_texts.jsonl",
                          "train3_texts.jsonl", "train4_texts.jsonl"],
               "train6": ["texts.jsonl", "train_texts.jsonl", "val_texts.jsonl", "train2_texts.jsonl",
                          "train3_texts.jsonl", "train4_texts.jsonl", "train5_texts.jsonl"],
               "train7": ["texts.jsonl", "train_texts.jsonl", "val_texts.jsonl", "train2_texts.jsonl",
                          "train3_texts.jsonl", "train4_texts.jsonl", "train5_texts.jsonl", "train6_texts.jsonl"],
               "train8": ["texts.jsonl", "train_texts.jsonl", "val_texts.jsonl", "train2_texts.jsonl",
                          "train3_texts.jsonl", "train4_texts.jsonl", "train5_texts.jsonl", "train6_texts.jsonl",
                          "train7_texts.jsonl"]}[args.split]
    n_arxiv, n_hf = SIZES[args.split]
    taken = {json.loads(line)["title"].strip().casefold()
             for name in earlier for line in (here / name).read_text(encoding="utf-8").splitlines()}
    for path in (repo / "examples").rglob("*.txt"):
        taken.update(line.strip().casefold() for line in path.read_text(encoding="utf-8").splitlines())
    rng = random.Random(SEEDS[args.split])
    arxiv = [r for r in _arxiv(args.data)
             if " ".join(r["title"].split()).casefold() not in taken and r.get("abstract")
             and _kept(args.split, r["abstract"])]
    picked_arxiv = stratified(arxiv, n_arxiv, rng)
    arxiv_ids = {r["arxiv_id"] for r in picked_arxiv}
    hf = [i for i in _hf(args.data)
          if " ".join((i.get("title") or i["paper"].get("title", "")).split()).casefold() not in taken
          and i["paper"].get("id") not in arxiv_ids and _kept(args.split, i["paper"]["summary"])]
    unique_hf = {i["paper"].get("id") or i.get("title"): i for i in hf}
    picked_hf = rng.sample(sorted(unique_hf.values(), key=lambda i: str(i["paper"].get("id"))), n_hf)
    rows = [{"id": r["arxiv_id"], "source": f"arxiv:{r['categories'][0]}", "split": args.split,
             "title": " ".join(r["title"].split()), "abstract": " ".join(r["abstract"].split()),
             "organization": None} for r in picked_arxiv]
    for item in picked_hf:
        org = item.get("organization") or item["paper"].get("organization")
        org_name = ({k: org[k] for k in ("name", "fullname") if org.get(k)} or None) if isinstance(org, dict) else None
        rows.append({"id": item["paper"]["id"], "source": "hf-daily-api", "split": args.split,
                     "title": " ".join((item.get("title") or item["paper"]["title"]).split()),
                     "abstract": " ".join(item["paper"]["summary"].split()), "organization": org_name})
    rng.shuffle(rows)
    with (args.out / f"{args.split}_texts.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), Counter(r["source"].split(":")[0] for r in rows))


if __name__ == "__main__":
    main()
