"""Scoring bundled gold splits (issue 13): gold without roles, scored types, the split registry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from mlkg.extract.evaluate import (
    SPLITS,
    EvalError,
    GoldSplit,
    evaluate,
    evaluate_split,
    gold_splits,
    load_jsonl,
    render_summary,
    render_table,
    split_papers,
)


def ent(name: str, type_: str = "Model", role: str | None = "uses") -> dict[str, Any]:
    return {"name": name, "type": type_, "role": role, "aliases": []}


def _text(table: Any) -> str:
    console = Console(width=200, record=True)
    console.print(table)
    return console.export_text()


def test_gold_without_roles_scores_entities_but_no_role_accuracy() -> None:
    gold = [{"title": "A", "entities": [ent("Wobbler", role=None), ent("Quux", role="uses")]}]
    pred = [{"title": "A", "entities": [ent("Wobbler", role="introduces"), ent("Quux", role="compares")]}]
    result = evaluate(pred, gold)
    assert result.typed.tp == 2
    assert (result.role_correct, result.role_total) == (0, 1)  # only the pair whose gold has a role
    no_roles = evaluate(pred[:1], [{"title": "A", "entities": [ent("Wobbler", role=None)]}])
    assert no_roles.role_total == 0 and "n/a" in _text(render_table(no_roles))


def test_scored_types_leave_unannotated_types_out() -> None:
    gold = [{"title": "A", "entities": [ent("Wobbler", role=None)]}]
    pred = [{"title": "A", "entities": [ent("Wobbler"), ent("Acme Labs", "Organization")]}]
    assert evaluate(pred, gold).typed.fp == 1
    scored = evaluate(pred, gold, scored_types={"Model", "Dataset", "Benchmark"})
    assert (scored.typed.tp, scored.typed.fp, scored.typed.fn) == (1, 0, 0)


def test_the_registry_names_every_split_and_locks_the_test_splits(tmp_path: Path) -> None:
    splits = gold_splits(tmp_path / "gold", tmp_path / "shared")
    assert tuple(splits) == SPLITS
    assert {n for n, s in splits.items() if s.locked} == {"gold-test", "scierc-test"}
    assert splits["dev-page"].listing and splits["gold-dev"].split == "dev"
    assert splits["scierc-dev"].scored_types == {"Model", "Dataset", "Benchmark"}
    assert not splits["scierc-dev"].scores_results and splits["scirex"].scores_results
    assert "dev-page" not in gold_splits(tmp_path / "gold")  # no data folder: no dev page


def test_the_full_text_splits_load_as_chunks_with_unique_titles() -> None:
    gold_dir = Path(__file__).parents[2] / "data" / "gold"
    splits = gold_splits(gold_dir)
    papers = {}
    for part in ("train", "val"):
        split = splits[f"scirex-text-{part}"]
        assert split.scored_types == {"Model", "Dataset", "Benchmark"} and not split.scores_results
        assert not split.locked and split.split == part
        papers[part] = split_papers(split)
        titles = [p.title for p in papers[part]]
        assert len(set(titles)) == len(titles) == len(load_jsonl(split.gold))  # the evaluator aligns by title
        assert all(" (part " in t for t in titles)
    assert len(papers["train"]) > 2 * len(papers["val"]) > 400
    sources = {part: {p.title.rsplit(" (part ", 1)[0] for p in ps} for part, ps in papers.items()}
    assert not sources["train"] & sources["val"]  # whole papers are held out, not chunks


def _mini_split(tmp_path: Path) -> GoldSplit:
    rows = [
        {"id": "a", "split": "dev", "title": "Wobbler: a tiny test model",
         "abstract": "We propose Wobbler, a new model. Wobbler is trained on the Quokka-10K dataset."},
        {"id": "b", "split": "other", "title": "Not in the split", "abstract": "Nothing here."},
    ]
    texts = tmp_path / "texts.jsonl"
    texts.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    gold = tmp_path / "dev.gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "title": rows[0]["title"], "entities": [
        ent("Wobbler", role="introduces"), ent("Quokka-10K", "Dataset"), ent("Zorblax")],
        "results": []}) + "\n", encoding="utf-8")
    return GoldSplit("gold-dev", gold, texts, "dev")


def test_a_split_is_extracted_and_scored(tmp_path: Path) -> None:
    split = _mini_split(tmp_path)
    assert [p.title for p in split_papers(split)] == ["Wobbler: a tiny test model"]
    result = evaluate_split(split)
    assert result.gold_papers == result.matched_papers == 1
    assert result.typed.tp >= 1 and result.typed.fn >= 1  # Zorblax is never written: always missed
    summary = _text(render_summary({"gold-dev": result, "again": result}))
    assert "gold-dev" in summary and "again" in summary and f"{result.typed.f1:.3f}" in summary


def test_a_missing_split_file_is_a_coded_error(tmp_path: Path) -> None:
    split = GoldSplit("gold-dev", tmp_path / "nope.gold.jsonl", tmp_path / "texts.jsonl", "dev")
    with pytest.raises(EvalError, match=r"E160.*--gold-dir"):
        evaluate_split(split)
