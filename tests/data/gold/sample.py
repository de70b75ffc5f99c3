"""Draw the abstracts of mlkg's second gold set (issue 13), reproducibly.

Usage: python tests/data/gold/sample.py --data ../shared/data --out tests/data/gold

300 papers drawn with seed 13: 200 from the arXiv listings (stratified by primary category in
proportion to the corpus) and 100 from the Hugging Face daily papers API (uniformly over items
that are objects, have an abstract and are not in examples/). Papers already in examples/ or in
the development page are left out. Each paper goes, by a second draw with the same seed, to the
locked test split (150: 100 arXiv, 50 HF) or the development split (150).

Writes ``texts.jsonl`` (what the annotators saw and what mlkg is run on: id, source, split,
title, abstract, organization as the API gives it: ``{"name": slug, "fullname": display name}``;
annotators saw it as "slug display name", the form of a Daily Papers page) in a fixed order. The annotations are in ``test.gold.jsonl`` and
``dev.gold.jsonl`` (format of docs/annotation-guidelines.md, plus ``id``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

SEED = 13
N_ARXIV, N_HF = 200, 100
TEST_ARXIV, TEST_HF = 100, 50


def _arxiv(data: Path) -> list[dict]:
    with gzip.open(data / "arxiv" / "arxiv_daily_abstracts.jsonl.gz", "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _hf(data: Path) -> list[dict]:
    items = []
    for path in sorted((data / "hf_daily_api").glob("*.json.gz")):
        raw = json.loads(gzip.decompress(path.read_bytes()))
        raw = raw.get("data", []) if isinstance(raw, dict) else raw
        for item in raw:
            if isinstance(item, dict) and isinstance(item.get("paper"), dict) and item["paper"].get("summary"):
                items.append(item)
    return items


def stratified(arxiv: list[dict], n: int, rng: random.Random) -> list[dict]:
    """``n`` records drawn by primary category, in proportion to the corpus (categories in sorted order)."""
    by_cat: dict[str, list[dict]] = defaultdict(list)
    for record in arxiv:
        by_cat[record["categories"][0] if record.get("categories") else "?"].append(record)
    quota = Counter({cat: round(n * len(recs) / len(arxiv)) for cat, recs in by_cat.items()})
    while sum(quota.values()) > n:
        quota[quota.most_common(1)[0][0]] -= 1
    while sum(quota.values()) < n:
        quota[max(by_cat, key=lambda c: len(by_cat[c]) - quota[c] * len(arxiv) / n)] += 1
    return [r for cat in sorted(by_cat) for r in rng.sample(by_cat[cat], quota[cat])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path(__file__).parent)
    args = ap.parse_args()
    repo = Path(__file__).resolve().parents[3]
    seen_titles = set()
    for path in (repo / "examples").rglob("*"):
        if path.is_file():
            text = gzip.decompress(path.read_bytes()).decode() if path.suffix == ".gz" else path.read_text()
            seen_titles.update(line.strip().casefold() for line in text.splitlines())
    rng = random.Random(SEED)

    arxiv = [r for r in _arxiv(args.data) if r["title"].strip().casefold() not in seen_titles and r.get("abstract")]
    picked_arxiv = stratified(arxiv, N_ARXIV, rng)

    hf = [i for i in _hf(args.data) if i.get("title", i["paper"].get("title", "")).strip().casefold()
          not in seen_titles]
    arxiv_ids = {r["arxiv_id"] for r in picked_arxiv}
    hf = [i for i in hf if i["paper"].get("id") not in arxiv_ids]
    unique_hf = {i["paper"].get("id") or i.get("title"): i for i in hf}
    picked_hf = rng.sample(sorted(unique_hf.values(), key=lambda i: str(i["paper"].get("id"))), N_HF)

    rows = [{"id": r["arxiv_id"], "source": f"arxiv:{r['categories'][0]}", "title": " ".join(r["title"].split()),
             "abstract": " ".join(r["abstract"].split()), "organization": None} for r in picked_arxiv]
    for item in picked_hf:
        org = item.get("organization") or item["paper"].get("organization")
        org_name = ({k: org[k] for k in ("name", "fullname") if org.get(k)} or None) if isinstance(org, dict) else None
        rows.append({"id": item["paper"]["id"], "source": "hf-daily-api",
                     "title": " ".join((item.get("title") or item["paper"]["title"]).split()),
                     "abstract": " ".join(item["paper"]["summary"].split()), "organization": org_name})
    test_ids = set(rng.sample([r["id"] for r in rows[:N_ARXIV]], TEST_ARXIV)) | \
        set(rng.sample([r["id"] for r in rows[N_ARXIV:]], TEST_HF))
    for row in rows:
        row["split"] = "test" if row["id"] in test_ids else "dev"
    rng.shuffle(rows)
    with (args.out / "texts.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in ("id", "source", "split", "title", "abstract", "organization")},
                                ensure_ascii=False) + "\n")
    print(Counter(r["split"] for r in rows), Counter(r["source"].split(":")[0] for r in rows))


if __name__ == "__main__":
    main()
