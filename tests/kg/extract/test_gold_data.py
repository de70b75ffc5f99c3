"""The second gold set (tests/data/gold): well-formed, aligned with its texts, and scorable.

These tests read the annotations' structure only; nothing here (or anywhere) tunes on the
locked test split.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mlkg.extract.evaluate import evaluate, load_jsonl
from mlkg.identity import norm_key

GOLD = Path(__file__).parents[2] / "data" / "gold"
TYPES = {"Model", "Dataset", "Benchmark", "Organization", "Repository"}
ROLES = {"introduces", "uses", "compares", "code", "affiliation", "mentions"}


def _texts() -> list[dict]:
    return [json.loads(line) for line in (GOLD / "texts.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_each_split_annotates_exactly_its_texts(split: str) -> None:
    texts = {t["id"]: t for t in _texts() if t["split"] == split}
    gold = load_jsonl(GOLD / f"{split}.gold.jsonl")  # the evaluator's own checks of the format
    assert len(texts) == 150 and [g["id"] for g in gold] == [t for t in texts]
    assert all(g["title"] == texts[g["id"]]["title"] for g in gold)


def test_splits_are_disjoint_and_drawn_from_both_sources() -> None:
    texts = _texts()
    assert len({t["id"] for t in texts}) == 300
    for split in ("dev", "test"):
        sources = {t["source"].split(":")[0] for t in texts if t["split"] == split}
        assert sources == {"arxiv", "hf-daily-api"}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_annotations_use_the_guideline_labels_and_names_from_the_text(split: str) -> None:
    texts = {t["id"]: t for t in _texts()}
    names = unseen = 0
    for paper in load_jsonl(GOLD / f"{split}.gold.jsonl"):
        text = texts[paper["id"]]
        org = " ".join((text["organization"] or {}).values())
        written = norm_key(" ".join((text["title"], text["abstract"], org)))
        for entity in paper["entities"]:
            assert entity["type"] in TYPES and entity["role"] in ROLES, entity
            assert entity.get("alt_type") in (None, *TYPES)
            names += 1
            forms = [entity["name"], *entity.get("aliases", [])]
            unseen += not any(norm_key(f.removeprefix("hf:")) in written for f in forms if norm_key(f))
    # Names are written as the text writes them; a few are split from a combined form ("Mistral-7B/24B").
    assert names > 250 and unseen <= names * 0.03, (unseen, names)


def test_gold_scores_itself_perfectly() -> None:
    gold = load_jsonl(GOLD / "dev.gold.jsonl")
    result = evaluate(gold, gold)
    assert result.typed.f1 == 1.0 and result.role_accuracy == 1.0
