"""Train the results decider: ``python -m mlkg.extract.decide.train_pairs [--config pairs.cfg]``.

1. Run the pipeline (the entity decider included, the results decider left out) over the corpora of
   the config, keeping every (number, dataset) pair the results decider would weigh.
2. Label each pair from the gold results: the same value (as :mod:`mlkg.extract.evaluate` compares
   values) on the gold dataset or one of its names.
3. Choose the thresholds on out-of-fold probabilities (papers dealt into folds), by the results
   F-beta of the decisions (``beta`` in the config), then fit on everything and write the weights
   atomically.

Deterministic: full-batch training, folds by a checksum, sorted features.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mlkg.errors import Errors
from mlkg.model import Paper

from ..evaluate import load_jsonl, normalize_name, normalize_title, normalize_value
from .model import DeciderError, fit
from .pairs import PAIR_WEIGHTS, PairModel, PairThresholds
from .train import _resolve, deal_folds, load_config

CONFIG = Path(__file__).resolve().parent / "pairs.cfg"


@dataclass(frozen=True)
class RuleClaim:
    """A claim the rules made that the results decider has no pair for: it stays, right or wrong."""

    paper: int
    gold: int


@dataclass(frozen=True)
class PairExample:
    """One pair of one paper: the gold result it states (-1: none) and whether the rules claimed it."""

    paper: int
    value_start: int
    features: tuple[str, ...]
    gold: int
    rule: bool
    weight: float


def corpus_papers(name: str, spec: dict[str, Any]) -> Iterator[tuple[Paper, dict[str, Any]]]:
    """(paper, gold record) pairs of one corpus."""
    gold_path, texts_path = _resolve(spec["gold"]), _resolve(spec["texts"])
    for path in (gold_path, texts_path):
        if not path.is_file():
            raise DeciderError(Errors.E132.format(where=f"corpora.{name}", detail=f"{path} does not exist"))
    gold = {normalize_title(g["title"]): g for g in load_jsonl(gold_path)}
    rows = [json.loads(line) for line in texts_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for i, r in enumerate(rows):
        if r.get("split", spec.get("split")) != spec.get("split"):
            continue
        record = gold.get(normalize_title(r["title"]))
        if record is not None:
            yield Paper(str(r["id"]), r["title"], r.get("abstract") or "", name, i), record


def _gold_keys(record: dict[str, Any]) -> list[tuple[str, frozenset[str]]]:
    """Each gold result as (value, the names its dataset goes by in the paper)."""
    names: dict[str, set[str]] = {}
    for ent in record.get("entities") or ():
        forms = {normalize_name(f) for f in [ent.get("name") or "", *(ent.get("aliases") or ())]}
        for f in forms:
            names.setdefault(f, set()).update(forms)
    out = []
    for r in record.get("results") or ():
        key = normalize_name(r.get("dataset") or "")
        out.append((normalize_value(r.get("value")), frozenset(names.get(key, set()) | {key})))
    return out


def _gold_of(wanted: Sequence[tuple[str, frozenset[str]]], value: str, dataset: str) -> int:
    """The gold result a pair states (its index), or -1."""
    value, dataset = normalize_value(value), normalize_name(dataset)
    return next((j for j, (v, names) in enumerate(wanted) if v == value and dataset in names), -1)


def examples(config: dict[str, Any]) -> tuple[list[PairExample], list[RuleClaim], list[int]]:
    """The labelled pairs of every corpus, the rules' claims outside them, and the number of gold
    results per paper."""
    from ..pipeline import create_nlp, make_doc
    from ..results import PAIR_CANDIDATES, RULE_CLAIMS

    nlp = create_nlp()
    pipe = nlp.get_pipe("mlkg_results")
    pipe.pairs = None  # type: ignore[attr-defined]
    pipe.collect = True  # type: ignore[attr-defined]
    out: list[PairExample] = []
    fixed: list[RuleClaim] = []
    gold_counts: list[int] = []
    for name, spec in config["corpora"].items():
        for paper, record in corpus_papers(name, spec):
            index = len(gold_counts)
            wanted = _gold_keys(record)
            gold_counts.append(len(wanted))
            doc = nlp(make_doc(nlp, paper.text))

            candidates = doc.user_data.get(PAIR_CANDIDATES, ())
            paired = {(c.value_start, c.dataset) for c in candidates if c.rule}
            for cand in candidates:
                out.append(PairExample(index, cand.value_start, cand.features, _gold_of(wanted, cand.value, cand.dataset),
                                       cand.rule, float(spec.get("weight", 1.0))))
            fixed += [RuleClaim(index, _gold_of(wanted, value, dataset)) for start, value, dataset in
                      doc.user_data.get(RULE_CLAIMS, ()) if (start, dataset) not in paired]
    if not out:
        raise DeciderError(Errors.E132.format(where="corpora", detail="no paper of any corpus matched its gold"))
    return out, fixed, gold_counts


def score(probs: Sequence[float], data: Sequence[PairExample], fixed: Sequence[RuleClaim], gold_total: int,
          th: PairThresholds, beta: float = 1.0) -> dict[str, float]:
    """Results P/R/F1 (and F-beta, which chooses the thresholds) of the decisions, mirroring
    ``results._decide_pairs`` (a gold result counts once)."""
    claimed = {(ex.paper, ex.value_start) for ex in data if ex.rule}
    chosen: dict[tuple[int, int], tuple[float, int]] = {}
    selected: list[int] = [c.gold if c.gold < 0 else c.paper * 10_000 + c.gold for c in fixed]
    for p, ex in zip(probs, data, strict=True):
        key = (ex.paper, ex.value_start)
        if ex.rule:
            if p >= th.drop:
                selected.append(ex.gold if ex.gold < 0 else ex.paper * 10_000 + ex.gold)
        elif key not in claimed and p >= th.add and (key not in chosen or p > chosen[key][0]):
            chosen[key] = (p, ex.gold if ex.gold < 0 else ex.paper * 10_000 + ex.gold)
    selected += [g for _, g in chosen.values()]
    hits = {g for g in selected if g >= 0}
    tp, fp = len(hits), len(selected) - len(hits)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    b2 = beta * beta
    fb = (1 + b2) * precision * recall / (b2 * precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "fbeta": round(fb, 4)}


def _fit(data: Sequence[PairExample], params: dict[str, Any], **extra: Any) -> PairModel:
    model = fit([ex.features for ex in data], [int(ex.gold >= 0) for ex in data],
                sample_weights=[ex.weight for ex in data], n_labels=2, **params)
    weights = {f: w[1] - w[0] for f, w in model.weights.items()}
    return PairModel(weights, extra.get("thresholds", PairThresholds()), dict(extra.get("meta", {})))


def _out_of_fold(data: Sequence[PairExample], n_papers: int, folds: int, repeat: int,
                 params: dict[str, Any]) -> list[float]:
    fold_of = deal_folds(n_papers, folds, repeat)
    probs = [0.0] * len(data)
    for k in range(folds):
        model = _fit([ex for ex in data if fold_of[ex.paper] != k], params)
        for i, ex in enumerate(data):
            if fold_of[ex.paper] == k:
                probs[i] = model.probability(ex.features)
    return probs


def worth_switching_on(best: dict[str, float], rules: dict[str, float], min_gain: float) -> bool:
    """Whether the best thresholds beat the rules alone by ``min_gain`` cross-validated F-beta: the decider reads every
    sentence with a number, so a smaller gain does not pay for the time it takes."""
    return best["fbeta"] - rules["fbeta"] >= min_gain


def train(config: dict[str, Any]) -> PairModel:
    data, fixed, gold_counts = examples(config)
    cfg = config["training"]
    params = {"epochs": int(cfg["epochs"]), "learning_rate": float(cfg["learning_rate"]), "l2": float(cfg["l2"]),
              "min_count": int(cfg["min_count"])}
    folds, repeats = int(cfg["folds"]), int(cfg.get("repeats", 1))
    beta = float(cfg.get("beta", 1.0))
    oofs = [_out_of_fold(data, len(gold_counts), folds, r, params) for r in range(repeats)]
    gold_total = sum(gold_counts)

    def mean(th: PairThresholds) -> dict[str, float]:
        scores = [score(oof, data, fixed, gold_total, th, beta) for oof in oofs]
        return {k: round(sum(s[k] for s in scores) / len(scores), 4) for k in ("precision", "recall", "f1", "fbeta")}

    rules = PairThresholds()
    best_th, best = rules, mean(rules)
    baseline = best
    grid = config["thresholds"]
    for add, drop in itertools.product(sorted(grid["add"], reverse=True), sorted(grid["drop"])):
        th = PairThresholds(add=float(add), drop=float(drop))
        s = mean(th)
        if s["fbeta"] > best["fbeta"] + 1e-9:
            best_th, best = th, s
    if not worth_switching_on(best, baseline, float(grid.get("min_gain", 0.0))):
        best_th, best = rules, baseline  # a gain too small to pay for reading every sentence: the rules alone
    meta = {"pairs": len(data), "papers": len(gold_counts), "gold_results": gold_total,
            "corpora": sorted(config["corpora"]), "training": params, "folds": folds, "repeats": repeats, "beta": beta,
            "cross_validation": {"rules_only": baseline, "with_decider": best}}
    return _fit(data, params, thresholds=best_th, meta=meta)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, default=CONFIG)
    ap.add_argument("--out", type=Path, default=PAIR_WEIGHTS)
    args = ap.parse_args(argv)
    model = train(load_config(args.config, None))
    model.to_disk(args.out)
    cv = model.meta["cross_validation"]
    print(f"{model.meta['pairs']} pairs of {model.meta['papers']} papers; {len(model.weights)} features; "
          f"thresholds {model.thresholds}")
    print(f"cross-validated results P/R/F1: rules {cv['rules_only']} -> decider {cv['with_decider']}")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
