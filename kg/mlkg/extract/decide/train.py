"""Train the decider: ``python -m mlkg.extract.decide.train [--config train.cfg] [--shared ../shared]``.

1. Run the rule pipeline (everything but ``mlkg_decide``) over the training corpora of the config.
2. Label each decision unit from the gold: the gold type of the entity it names (by the
   guidelines' name key, on its name, aliases or any mention), else ``none``.
3. Choose the thresholds on out-of-fold predictions (k folds over papers), by typed F1 of the
   decisions against the gold, then fit on everything and write the weights atomically.

Deterministic: full-batch training, folds by a checksum of the title, sorted features.
"""

from __future__ import annotations

import argparse
import itertools
import json
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mlkg.errors import Errors
from mlkg.model import Paper

from ..evaluate import load_jsonl, normalize_name, normalize_title
from .features import LABELS, featurize, never, units, vetoed
from .model import DeciderError, DeciderModel, Thresholds, fit

REPO = Path(__file__).resolve().parents[4]
CONFIG = Path(__file__).resolve().parent / "train.cfg"


@dataclass(frozen=True)
class Example:
    """One decision unit of one paper, with its gold label."""

    paper: int
    features: tuple[str, ...]
    label: int
    kept: bool
    rule_type: str | None
    weight: float
    scored: bool = True  # counted when thresholds are chosen (corpora annotated by our guidelines)
    stated: bool = False  # the paper says what the kept name is: never retyped


def load_config(path: Path, shared: Path | None) -> dict[str, Any]:
    from thinc.api import Config

    overrides = {"paths.shared": str(shared)} if shared is not None else {}
    try:
        return dict(Config().from_disk(path, overrides=overrides).interpolate())
    except (OSError, ValueError, KeyError) as exc:
        raise DeciderError(Errors.E131.format(path=path, detail=exc)) from exc


def _resolve(path: str) -> Path:
    p = Path(path)
    return p if p.is_absolute() else REPO / p


def corpus_papers(name: str, spec: dict[str, Any]) -> Iterator[tuple[Paper, list[dict[str, Any]]]]:
    """(paper, gold entities) pairs of one corpus of the config."""
    gold_path = _resolve(spec["gold"])
    if not gold_path.is_file():
        raise DeciderError(Errors.E132.format(where=f"corpora.{name}", detail=f"{gold_path} does not exist"))
    gold = {normalize_title(g["title"]): g["entities"] for g in load_jsonl(gold_path)}
    if "texts" in spec:
        rows = [json.loads(line) for line in _resolve(spec["texts"]).read_text(encoding="utf-8").splitlines()
                if line.strip()]
        papers = [Paper(str(r["id"]), r["title"], r.get("abstract") or "", name, i)
                  for i, r in enumerate(rows) if r.get("split", spec.get("split")) == spec.get("split")]
    else:
        from mlkg.loaders import load

        listing = _resolve(spec["listing"])
        if not listing.is_file():
            raise DeciderError(Errors.E132.format(where=f"corpora.{name}", detail=f"{listing} does not exist"))
        papers = list(load(listing))
    for paper in papers:
        entities = gold.get(normalize_title(paper.title))
        if entities is not None:
            yield paper, entities


def examples(config: dict[str, Any]) -> tuple[list[Example], list[int]]:
    """The labelled units of every corpus, and the number of gold names per paper (for recall;
    0 for the papers of a corpus with ``score = false``, which only trains)."""
    from ..pipeline import create_nlp, make_doc

    nlp = create_nlp(decide=False)
    entries = nlp.get_pipe("mlkg_types").lexicon.entries  # type: ignore[attr-defined]
    out: list[Example] = []
    gold_counts: list[int] = []
    for name, spec in config["corpora"].items():
        for paper, gold in corpus_papers(name, spec):
            index = len(gold_counts)
            wanted = {}
            for ent in gold:
                if ent.get("type") in LABELS[1:]:
                    for form in [ent["name"], *(ent.get("aliases") or ())]:
                        wanted.setdefault(normalize_name(form), LABELS.index(ent["type"]))
            scored = bool(spec.get("score", True))
            gold_counts.append(sum(1 for ent in gold if ent.get("type") in LABELS[1:]) if scored else 0)
            doc = nlp(make_doc(nlp, paper.text))
            for unit in units(doc, entries):
                if vetoed(doc, unit) or never(doc, unit):
                    continue  # never decided by the model (see features.vetoed and features.never)
                keys = [normalize_name(n) for n in (unit.name, *unit.aliases, *(m.text for m in unit.mentions))]
                label = next((wanted[k] for k in keys if k in wanted), 0)
                out.append(Example(index, tuple(featurize(doc, unit, entries)), label, unit.row is not None,
                                   unit.rule_type, float(spec.get("weight", 1.0)), scored, unit.stated))
    if not out:
        raise DeciderError(Errors.E132.format(where="corpora", detail="no paper of any corpus matched its gold"))
    return out, gold_counts


def _decide(p: Sequence[float], ex: Example, th: Thresholds) -> int:
    """The label the component would give (0 = no entity), mirroring :class:`.component.Decider`."""
    best = max(range(1, len(LABELS)), key=lambda i: p[i])
    if ex.kept:
        if p[0] >= th.drop:
            return 0
        rule = LABELS.index(ex.rule_type) if ex.rule_type in LABELS else best
        return best if best != rule and not ex.stated and p[best] - p[rule] >= th.retype else rule
    return best if 1.0 - p[0] >= th.add else 0


def score(probs: Sequence[Sequence[float]], data: Sequence[Example], gold_total: int, th: Thresholds) -> dict[str, float]:
    """Typed P/R/F1 of the decisions over units (a unit names at most one gold entity)."""
    tp = fp = 0
    for p, ex in zip(probs, data):
        if not ex.scored:
            continue
        label = _decide(p, ex, th)
        if label == 0:
            continue
        if label == ex.label:
            tp += 1
        else:
            fp += 1
    fn = gold_total - tp
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def deal_folds(n_papers: int, folds: int, repeat: int) -> list[int]:
    """Each paper's fold: papers dealt round-robin in an order fixed by a checksum (balanced and
    deterministic); ``repeat`` gives another deal."""
    salt = "" if repeat == 0 else f"{repeat}:"
    order = sorted(range(n_papers), key=lambda i: (zlib.crc32(f"{salt}{i}".encode()), i))
    fold_of = [0] * n_papers
    for rank, i in enumerate(order):
        fold_of[i] = rank % folds
    return fold_of


def _out_of_fold(data: Sequence[Example], n_papers: int, folds: int, repeat: int,
                 params: dict[str, Any]) -> list[Sequence[float]]:
    """Each unit's probabilities from a model fitted without its paper's fold (deal ``repeat``)."""
    fold_of = deal_folds(n_papers, folds, repeat)
    probs: list[Sequence[float]] = [()] * len(data)
    for k in range(folds):
        train_idx = [i for i, ex in enumerate(data) if fold_of[ex.paper] != k]
        model = fit([data[i].features for i in train_idx], [data[i].label for i in train_idx],
                    sample_weights=[data[i].weight for i in train_idx], **params)
        for i, ex in enumerate(data):
            if fold_of[ex.paper] == k:
                probs[i] = model.probabilities(ex.features)
    return probs


def _mean_score(oofs: Sequence[Sequence[Sequence[float]]], data: Sequence[Example], gold_total: int,
                th: Thresholds) -> dict[str, float]:
    """:func:`score` averaged over the deals of the papers into folds."""
    scores = [score(oof, data, gold_total, th) for oof in oofs]
    return {k: round(sum(s[k] for s in scores) / len(scores), 4) for k in ("precision", "recall", "f1")}


def train(config: dict[str, Any]) -> DeciderModel:
    data, gold_counts = examples(config)
    cfg = config["training"]
    params = {"epochs": int(cfg["epochs"]), "learning_rate": float(cfg["learning_rate"]), "l2": float(cfg["l2"]),
              "min_count": int(cfg["min_count"])}
    folds = int(cfg["folds"])
    repeats = int(cfg.get("repeats", 1))
    # Out-of-fold probabilities for several deals of the papers into folds: one deal's thresholds follow
    # which papers happened to share a fold; the mean over deals is steadier.
    oofs = [_out_of_fold(data, len(gold_counts), folds, r, params) for r in range(repeats)]
    gold_total = sum(gold_counts)
    grid = config["thresholds"]
    rules = Thresholds(drop=1.01, add=1.01, retype=1.01)
    best_th, best = rules, _mean_score(oofs, data, gold_total, rules)
    baseline = best
    for drop, add, retype in itertools.product(sorted(grid["drop"], reverse=True), sorted(grid["add"], reverse=True),
                                               sorted(grid["retype"], reverse=True)):
        th = Thresholds(drop=float(drop), add=float(add), retype=float(retype))
        s = _mean_score(oofs, data, gold_total, th)
        if s["f1"] > best["f1"] + 1e-9:
            best_th, best = th, s
    meta = {"units": len(data), "papers": len(gold_counts), "gold_names": gold_total,
            "corpora": sorted(config["corpora"]), "training": params, "folds": folds, "repeats": repeats,
            "cross_validation": {"rules_only": baseline, "with_decider": best}}
    final = fit([ex.features for ex in data], [ex.label for ex in data],
                sample_weights=[ex.weight for ex in data], meta=meta, thresholds=best_th, **params)
    return final


def main(argv: Sequence[str] | None = None) -> None:
    from .component import WEIGHTS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, default=CONFIG)
    ap.add_argument("--shared", type=Path, default=None, help="the shared data folder (default: ../shared)")
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    args = ap.parse_args(argv)
    model = train(load_config(args.config, args.shared))
    model.to_disk(args.out)
    cv = model.meta["cross_validation"]
    print(f"{model.meta['units']} units of {model.meta['papers']} papers; {len(model.weights)} features; "
          f"thresholds {model.thresholds}")
    print(f"cross-validated typed F1 (units): rules {cv['rules_only']} -> decider {cv['with_decider']}")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
