"""Score extracted entities and results against hand-annotated gold (``mlkg eval``).

Gold is JSONL, one paper per line, following the annotation guidelines in
``docs/annotation-guidelines.md`` (``title``, ``entities`` with
``name``/``type``/``role``/``aliases``/optional ``alt_type``, and ``results``), read by
:func:`load_jsonl`. Predictions are what ``mlkg extract`` writes, the extraction format of
:mod:`mlkg.codec`, read by :func:`load_predictions`; :func:`evaluate` also takes them as
records with the gold keys (plus ``confidence``, which orders duplicates; ``evidence`` is ignored).

Metric definitions
------------------
Papers
    Papers are aligned by normalized title: casefold, drop every character that is not
    a letter, digit or whitespace, collapse whitespace. A gold paper with no prediction
    counts all of its gold entities and results as false negatives. Predicted papers
    whose title is not in the gold are ignored, but counted (``unmatched_predictions``).
    Several predicted records with the same normalized title are merged into one paper
    (their entities and results are pooled, so repeated entities become false positives).

Entity names
    Normalized exactly as the guidelines say: lower-case, then keep only letters,
    digits, ``:``, ``/`` and ``+`` ("VideoLLaMA 3" == "VideoLLaMA3",
    "Something-Something~v2" == "Something-Something v2").

Typed entity matching
    Within one paper, a predicted entity is *compatible* with a gold entity when its
    normalized name equals the normalized gold name or one of the normalized gold
    aliases, and its type equals the gold ``type`` or the gold ``alt_type``. Matching is
    one-to-one: a maximum bipartite matching between predictions and gold is taken
    (so the true-positive count is the largest possible), each gold entity is used at
    most once, and predictions are served in order of descending ``confidence`` (exact
    name matches preferred over alias matches), so among duplicates the most
    confident one is the match and the rest are false positives.
    TP = matched pairs, FP = unmatched predictions, FN = unmatched gold entities.

Per-type scores
    FP are counted under the predicted type, FN under the gold type, and a TP under
    the predicted type (which is always the gold ``type`` or its ``alt_type``), so a
    type's ``TP + FP`` is the number of predictions of that type. Precision
    ``TP/(TP+FP)``, recall ``TP/(TP+FN)``, F1 their harmonic mean; any zero
    denominator gives 0.0. Micro scores sum TP/FP/FN over all types and papers; the
    macro scores average per-type P, R and F1 over the types that occur in gold or
    predictions.

Untyped scores
    The same one-to-one matching, ignoring the type. An entity with the right name but
    a wrong type is therefore FP + FN in the typed scores and a TP in the untyped
    scores; each paper lists such cases as ``type_errors``.

Roles
    Role accuracy = share of typed-matched pairs whose predicted ``role`` equals the
    gold ``role``; ``role_confusion`` counts (gold role, predicted role) over the same
    pairs (a missing predicted role is recorded as ``"(none)"``). Pairs whose gold
    ``role`` is null are not counted: gold mapped from corpora without roles (SciERC,
    SciREX) scores entities and results only.

Results
    A predicted result matches a gold result of the same paper when
    (1) the values are equal after removing all whitespace and one leading ``+``
    (numbers are compared as written, including ``%``: "84.8 %" == "84.8%" == "84.8 percent",
    "+10.6%" == "10.6%", but "84.80%" != "84.8%"), and
    (2) the dataset matches: the normalized predicted dataset equals the normalized
    gold dataset, or a normalized name or alias of a gold entity of the same paper
    whose name or aliases include the gold dataset.
    Model and metric are deliberately NOT required: abstracts name the model and metric
    in many free-text ways ("PyramidCLIP (ResNet50)", "zero-shot top-1 accuracy (gain
    over CLIP)"), while the (value, dataset) pair already pins a stated number down.
    They are reported as secondary rates over the matched result pairs: the model
    loosely matches when the normalized names are equal, one contains the other, or
    the prediction equals an alias of the gold model entity; the metric loosely
    matches when the normalized strings are equal or one contains the other. Result
    matching is one-to-one like entities; the gold ``split`` and ``relative`` fields
    are not scored.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table

from mlkg import codec
from mlkg.errors import Errors, MlkgError
from mlkg.identity import norm_key
from mlkg.loaders.textnorm import normalize_text
from mlkg.model import Extraction, Paper

__all__ = [
    "ENTITY_TYPES",
    "SPLITS",
    "Counts",
    "EntityRef",
    "EvalError",
    "EvalResult",
    "GoldSplit",
    "PaperReport",
    "ResultRef",
    "RoleError",
    "TypeConfusion",
    "evaluate",
    "evaluate_split",
    "gold_splits",
    "load_jsonl",
    "load_predictions",
    "normalize_name",
    "normalize_title",
    "normalize_value",
    "render_summary",
    "render_table",
    "split_papers",
]

ENTITY_TYPES: tuple[str, ...] = ("Model", "Dataset", "Benchmark", "Organization", "Repository")
NO_ROLE = "(none)"


class EvalError(MlkgError, ValueError):
    """Unreadable or malformed evaluation input; the message is one line naming file and line."""


# --------------------------------------------------------------------------- normalization


def normalize_title(title: str) -> str:
    """The loaders' text normalisation (LaTeX markup as plain text, as predictions carry it), then
    casefold, keep letters, digits and whitespace, collapse whitespace."""
    kept = "".join(ch for ch in normalize_text(str(title)).casefold() if ch.isalnum() or ch.isspace())
    return " ".join(kept.split())


def normalize_name(name: str) -> str:
    """The guidelines' rule: lower-case, then drop all but letters, digits, ':', '/', '+'
    (:func:`mlkg.identity.norm_key`, the key the graph merges names by)."""
    return norm_key(str(name))


_PERCENT_WORD = re.compile(r"\s*\b(?:percent|pct)\b", re.IGNORECASE)


def normalize_value(value: Any) -> str:
    """Remove all whitespace and one leading '+', and read the word "percent" as "%" ("36.2 percent"
    is "36.2%"; "percentage points" stay); otherwise the value as written."""
    if value is None:
        return ""
    text = "".join(_PERCENT_WORD.sub("%", str(value)).split())
    return text.removeprefix("+")


# --------------------------------------------------------------------------- loading


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read gold (one JSON object per non-blank line); each needs ``title`` and a list ``entities``.

    Raises :class:`EvalError` naming the file (and line) for unreadable files, bad JSON,
    non-object records, and records missing ``title``/``entities``.
    """
    records: list[dict[str, Any]] = []
    for where, record in _json_lines(Path(path)):
        _check_record(record, where)
        records.append(record)
    return records


def _json_lines(path: Path) -> Iterator[tuple[str, Any]]:
    """``(file:line, value)`` for each non-blank line of a JSON Lines file; bad JSON names its line."""
    with _reading(path):
        text = path.read_text(encoding="utf-8-sig")
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(Errors.E153.format(where=where, msg=exc.msg, col=exc.colno)) from None


def load_predictions(path: str | Path) -> list[Extraction]:
    """The extractions in a file ``mlkg extract`` wrote, read with :mod:`mlkg.codec`.

    Raises :class:`EvalError` naming the file (and line) when it cannot be read, is not
    that format (or another version of it), or holds a damaged record.
    """
    path = Path(path)
    with _reading(path), path.open(encoding="utf-8-sig") as fh:
        try:
            return list(codec.read(fh, str(path)))
        except codec.CodecError as exc:
            raise EvalError(str(exc)) from None


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """A file that cannot be read becomes one coded EvalError naming it."""
    try:
        yield
    except FileNotFoundError:
        raise EvalError(Errors.E150.format(path=path)) from None
    except UnicodeDecodeError as exc:
        raise EvalError(Errors.E151.format(path=path, byte=exc.start)) from None
    except OSError as exc:
        raise EvalError(Errors.E152.format(path=path, reason=exc.strerror or exc)) from None


def _check_record(record: Any, where: str) -> None:
    if not isinstance(record, Mapping):
        raise EvalError(Errors.E154.format(where=where, kind=type(record).__name__))
    if not isinstance(record.get("title"), str):
        raise EvalError(Errors.E155.format(where=where))
    entities = record.get("entities")
    if not isinstance(entities, list):
        raise EvalError(Errors.E156.format(where=where))
    for i, entity in enumerate(entities):
        if not isinstance(entity, dict) or "name" not in entity or "type" not in entity:
            raise EvalError(Errors.E157.format(where=where, index=i))
    results = record.get("results", [])
    if results is not None and not isinstance(results, list):
        raise EvalError(Errors.E158.format(where=where))


def _scored(extraction: Extraction) -> dict[str, Any]:
    """What scoring reads of an extraction: the gold keys, plus confidence (it orders duplicates)."""
    return {
        "title": extraction.paper.title,
        "entities": [{"name": e.name, "type": e.type.value, "role": e.role.value,
                      "confidence": e.confidence, "aliases": list(e.aliases)}
                     for e in extraction.entities],
        "results": [{"model": r.model, "dataset": r.dataset, "metric": r.metric, "value": r.value,
                     "confidence": r.confidence} for r in extraction.results],
    }


# --------------------------------------------------------------------------- result types


@dataclass(frozen=True, slots=True)
class Counts:
    """True/false positive and false negative counts with P/R/F1 (0.0 on zero denominators)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return _ratio(2 * p * r, p + r)

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True, slots=True)
class EntityRef:
    name: str
    type: str


@dataclass(frozen=True, slots=True)
class TypeConfusion:
    """Name matched (untyped) but the predicted type is not an accepted gold type."""

    name: str
    gold_type: str
    predicted_type: str


@dataclass(frozen=True, slots=True)
class RoleError:
    name: str
    type: str
    gold_role: str
    predicted_role: str


@dataclass(frozen=True, slots=True)
class ResultRef:
    model: str
    dataset: str
    metric: str
    value: str


@dataclass(frozen=True, slots=True)
class PaperReport:
    """Errors of one gold paper, for inspection."""

    title: str
    predicted: bool
    entities: Counts
    false_positives: tuple[EntityRef, ...] = ()
    false_negatives: tuple[EntityRef, ...] = ()
    type_errors: tuple[TypeConfusion, ...] = ()
    role_errors: tuple[RoleError, ...] = ()
    results: Counts = field(default_factory=Counts)
    result_false_positives: tuple[ResultRef, ...] = ()
    result_false_negatives: tuple[ResultRef, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "predicted": self.predicted,
            "entities": self.entities.as_dict(),
            "false_positives": [_ref_dict(r) for r in self.false_positives],
            "false_negatives": [_ref_dict(r) for r in self.false_negatives],
            "type_errors": [_ref_dict(r) for r in self.type_errors],
            "role_errors": [_ref_dict(r) for r in self.role_errors],
            "results": self.results.as_dict(),
            "result_false_positives": [_ref_dict(r) for r in self.result_false_positives],
            "result_false_negatives": [_ref_dict(r) for r in self.result_false_negatives],
        }


@dataclass(frozen=True, slots=True)
class EvalResult:
    """Everything :func:`evaluate` measures. See the module docstring for definitions."""

    per_type: Mapping[str, Counts]
    typed: Counts
    untyped: Counts
    role_correct: int
    role_total: int
    role_confusion: Mapping[tuple[str, str], int]
    results: Counts
    result_model_matches: int
    result_metric_matches: int
    gold_papers: int
    predicted_papers: int
    matched_papers: int
    unmatched_predictions: int
    unmatched_prediction_titles: tuple[str, ...]
    missing_papers: tuple[str, ...]
    papers: tuple[PaperReport, ...]

    @property
    def role_accuracy(self) -> float:
        return _ratio(self.role_correct, self.role_total)

    @property
    def result_model_match_rate(self) -> float:
        return _ratio(self.result_model_matches, self.results.tp)

    @property
    def result_metric_match_rate(self) -> float:
        return _ratio(self.result_metric_matches, self.results.tp)

    @property
    def macro_precision(self) -> float:
        return _mean([c.precision for c in self._active_types()])

    @property
    def macro_recall(self) -> float:
        return _mean([c.recall for c in self._active_types()])

    @property
    def macro_f1(self) -> float:
        return _mean([c.f1 for c in self._active_types()])

    def _active_types(self) -> list[Counts]:
        return [c for c in self.per_type.values() if c.tp + c.fp + c.fn]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary (role confusion nested as gold role -> predicted role -> count)."""
        confusion: dict[str, dict[str, int]] = {}
        for (gold_role, pred_role), n in sorted(self.role_confusion.items()):
            confusion.setdefault(gold_role, {})[pred_role] = n
        return {
            "papers": {
                "gold": self.gold_papers,
                "predicted": self.predicted_papers,
                "matched": self.matched_papers,
                "unmatched_predictions": self.unmatched_predictions,
                "unmatched_prediction_titles": list(self.unmatched_prediction_titles),
                "missing": list(self.missing_papers),
            },
            "entities": {
                "per_type": {t: c.as_dict() for t, c in self.per_type.items()},
                "typed_micro": self.typed.as_dict(),
                "typed_macro": {"precision": self.macro_precision, "recall": self.macro_recall,
                                "f1": self.macro_f1},
                "untyped_micro": self.untyped.as_dict(),
            },
            "roles": {
                "accuracy": self.role_accuracy,
                "correct": self.role_correct,
                "total": self.role_total,
                "confusion": confusion,
            },
            "results": {
                **self.results.as_dict(),
                "model_match_rate": self.result_model_match_rate,
                "metric_match_rate": self.result_metric_match_rate,
            },
            "per_paper": [p.as_dict() for p in self.papers],
        }


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class _Paper:
    title: str
    entities: tuple[Mapping[str, Any], ...]
    results: tuple[Mapping[str, Any], ...]


def evaluate(predictions: Sequence[Extraction | Mapping[str, Any]],
             gold: Sequence[Mapping[str, Any]], scored_types: Collection[str] | None = None) -> EvalResult:
    """Score predicted papers against gold papers (definitions in the module docstring).

    Predictions are Extractions (see :func:`load_predictions`) or records with the gold keys.
    ``scored_types``: the entity types the gold annotates at all (SciERC/SciREX: Model, Dataset,
    Benchmark); predicted entities of other types are left out instead of counted as false positives.
    """
    gold_by_title: dict[str, _Paper] = {}
    for i, record in enumerate(gold):
        _check_record(record, f"gold[{i}]")
        key = normalize_title(record["title"])
        if key in gold_by_title:
            raise EvalError(Errors.E159.format(where=f"gold[{i}]", title=record["title"]))
        gold_by_title[key] = _Paper(record["title"], tuple(record["entities"]),
                                    tuple(record.get("results") or ()))

    pred_by_title: dict[str, _Paper] = {}
    unmatched: list[str] = []
    for i, prediction in enumerate(predictions):
        record = _scored(prediction) if isinstance(prediction, Extraction) else prediction
        _check_record(record, f"predictions[{i}]")
        if scored_types is not None:
            record = {**record, "entities": [e for e in record["entities"] if e.get("type") in scored_types]}
        key = normalize_title(record["title"])
        if key not in gold_by_title:
            unmatched.append(record["title"])
            continue
        old = pred_by_title.get(key)
        entities = tuple(record["entities"])
        results = tuple(record.get("results") or ())
        pred_by_title[key] = (_Paper(record["title"], entities, results) if old is None else
                              _Paper(old.title, old.entities + entities, old.results + results))

    per_type: Counter[tuple[str, str]] = Counter()  # (type, "tp"/"fp"/"fn") -> n
    typed = untyped = results_total = Counts()
    role_correct = role_total = model_hits = metric_hits = 0
    confusion: Counter[tuple[str, str]] = Counter()
    reports: list[PaperReport] = []
    missing: list[str] = []

    for key, gold_paper in gold_by_title.items():
        pred_paper = pred_by_title.get(key)
        if pred_paper is None:
            missing.append(gold_paper.title)
        report, stats = _score_paper(gold_paper, pred_paper)
        reports.append(report)
        typed += report.entities
        untyped += stats.untyped
        results_total += report.results
        for (etype, kind), n in stats.per_type.items():
            per_type[(etype, kind)] += n
        role_correct += stats.role_correct
        role_total += stats.role_total
        confusion.update(stats.confusion)
        model_hits += stats.model_hits
        metric_hits += stats.metric_hits

    seen_types = {t for t, _ in per_type}
    type_order = list(ENTITY_TYPES) + sorted(seen_types - set(ENTITY_TYPES))
    per_type_counts = {t: Counts(per_type[(t, "tp")], per_type[(t, "fp")], per_type[(t, "fn")])
                       for t in type_order}

    return EvalResult(
        per_type=per_type_counts,
        typed=typed,
        untyped=untyped,
        role_correct=role_correct,
        role_total=role_total,
        role_confusion=dict(confusion),
        results=results_total,
        result_model_matches=model_hits,
        result_metric_matches=metric_hits,
        gold_papers=len(gold_by_title),
        predicted_papers=len(predictions),
        matched_papers=len(pred_by_title),
        unmatched_predictions=len(unmatched),
        unmatched_prediction_titles=tuple(unmatched),
        missing_papers=tuple(missing),
        papers=tuple(reports),
    )


@dataclass(slots=True)
class _PaperStats:
    untyped: Counts = field(default_factory=Counts)
    per_type: Counter[tuple[str, str]] = field(default_factory=Counter)
    role_correct: int = 0
    role_total: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    model_hits: int = 0
    metric_hits: int = 0


def _score_paper(gold: _Paper, pred: _Paper | None) -> tuple[PaperReport, _PaperStats]:
    stats = _PaperStats()
    g_ents = gold.entities
    p_ents = pred.entities if pred is not None else ()
    g_keys = [_entity_keys(e) for e in g_ents]
    g_types = [_accepted_types(e) for e in g_ents]
    p_names = [normalize_name(e.get("name", "")) for e in p_ents]
    p_types = [str(e.get("type", "")) for e in p_ents]
    order = sorted(range(len(p_ents)), key=lambda i: -_confidence(p_ents[i]))

    def candidates(i: int, typed: bool) -> list[int]:
        name = p_names[i]
        hits = [j for j in range(len(g_ents)) if name and name in g_keys[j]
                and (not typed or p_types[i] in g_types[j])]
        # exact-name matches first, alias matches after
        return sorted(hits, key=lambda j: normalize_name(g_ents[j].get("name", "")) != name)

    typed_match = _max_matching(order, {i: candidates(i, True) for i in order})
    untyped_match = _max_matching(order, {i: candidates(i, False) for i in order})

    fps: list[EntityRef] = []
    for i, e in enumerate(p_ents):
        if i in typed_match:
            stats.per_type[(p_types[i], "tp")] += 1
        else:
            stats.per_type[(p_types[i], "fp")] += 1
            fps.append(EntityRef(str(e.get("name", "")), p_types[i]))
    gold_hit = {j: i for i, j in typed_match.items()}
    fns: list[EntityRef] = []
    for j, e in enumerate(g_ents):
        if j not in gold_hit:
            stats.per_type[(str(e["type"]), "fn")] += 1
            fns.append(EntityRef(str(e["name"]), str(e["type"])))

    role_errors: list[RoleError] = []
    for i, j in typed_match.items():
        if g_ents[j].get("role") is None:
            continue  # gold without roles (SciERC, SciREX)
        gold_role = str(g_ents[j].get("role") or NO_ROLE)
        pred_role = str(p_ents[i].get("role") or NO_ROLE)
        stats.role_total += 1
        stats.confusion[(gold_role, pred_role)] += 1
        if gold_role == pred_role:
            stats.role_correct += 1
        else:
            role_errors.append(RoleError(str(g_ents[j]["name"]), str(g_ents[j]["type"]),
                                         gold_role, pred_role))

    type_errors = [TypeConfusion(str(g_ents[j]["name"]), str(g_ents[j]["type"]), p_types[i])
                   for i, j in untyped_match.items() if p_types[i] not in g_types[j]]
    n_untyped = len(untyped_match)
    stats.untyped = Counts(n_untyped, len(p_ents) - n_untyped, len(g_ents) - n_untyped)

    # ---- results
    g_res = gold.results
    p_res = pred.results if pred is not None else ()
    alias_sets = [_entity_keys(e) for e in g_ents]
    g_datasets = [_equivalent_names(r.get("dataset"), alias_sets) for r in g_res]
    g_models = [_equivalent_names(r.get("model"), alias_sets) for r in g_res]
    g_values = [normalize_value(r.get("value")) for r in g_res]

    def loose(i: int, j: int) -> tuple[bool, bool]:
        p, g = p_res[i], g_res[j]
        return (_loose_name(p.get("model"), g.get("model"), g_models[j]),
                _loose_name(p.get("metric"), g.get("metric"), set()))

    res_candidates: dict[int, list[int]] = {}
    for i, r in enumerate(p_res):
        value = normalize_value(r.get("value"))
        dataset = normalize_name(r.get("dataset") or "")
        hits = [j for j in range(len(g_res))
                if value and value == g_values[j] and dataset and dataset in g_datasets[j]]
        res_candidates[i] = sorted(hits, key=lambda j: -sum(loose(i, j)))
    res_order = sorted(range(len(p_res)), key=lambda i: -_confidence(p_res[i]))
    res_match = _max_matching(res_order, res_candidates)
    for i, j in res_match.items():
        model_ok, metric_ok = loose(i, j)
        stats.model_hits += model_ok
        stats.metric_hits += metric_ok
    res_gold_hit = set(res_match.values())

    report = PaperReport(
        title=gold.title,
        predicted=pred is not None,
        entities=Counts(len(typed_match), len(p_ents) - len(typed_match),
                        len(g_ents) - len(typed_match)),
        false_positives=tuple(fps),
        false_negatives=tuple(fns),
        type_errors=tuple(type_errors),
        role_errors=tuple(role_errors),
        results=Counts(len(res_match), len(p_res) - len(res_match), len(g_res) - len(res_match)),
        result_false_positives=tuple(_result_ref(r) for i, r in enumerate(p_res)
                                     if i not in res_match),
        result_false_negatives=tuple(_result_ref(r) for j, r in enumerate(g_res)
                                     if j not in res_gold_hit),
    )
    return report, stats


def _max_matching(order: Iterable[int], candidates: Mapping[int, Sequence[int]]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths); returns prediction -> gold.

    Predictions are tried in ``order``; a prediction once matched stays matched (it may
    move to another gold entity), so earlier ones win ties among duplicates.
    """
    owner: dict[int, int] = {}  # gold -> prediction

    def augment(i: int, visited: set[int]) -> bool:
        for j in candidates.get(i, ()):
            if j in visited:
                continue
            visited.add(j)
            if j not in owner or augment(owner[j], visited):
                owner[j] = i
                return True
        return False

    for i in order:
        if candidates.get(i):
            augment(i, set())
    return {i: j for j, i in owner.items()}


def _entity_keys(entity: Mapping[str, Any]) -> set[str]:
    names = [entity.get("name", ""), *(entity.get("aliases") or ())]
    return {k for k in (normalize_name(n) for n in names if n is not None) if k}


def _accepted_types(entity: Mapping[str, Any]) -> set[str]:
    types = {str(entity.get("type", ""))}
    if entity.get("alt_type"):
        types.add(str(entity["alt_type"]))
    return types


def _equivalent_names(name: Any, alias_sets: Sequence[set[str]]) -> set[str]:
    """The normalized name plus every name/alias of paper entities that include it."""
    key = normalize_name(name or "")
    if not key:
        return set()
    names = {key}
    for keys in alias_sets:
        if key in keys:
            names |= keys
    return names


def _loose_name(pred: Any, gold: Any, equivalents: set[str]) -> bool:
    p, g = normalize_name(pred or ""), normalize_name(gold or "")
    if not p or not g:
        return False
    return p in equivalents or p == g or p in g or g in p


def _confidence(record: Mapping[str, Any]) -> float:
    try:
        return float(record.get("confidence", 0.0) or 0.0)
    except (TypeError, ValueError):
        return 0.0


def _result_ref(r: Mapping[str, Any]) -> ResultRef:
    return ResultRef(str(r.get("model") or ""), str(r.get("dataset") or ""),
                     str(r.get("metric") or ""), str(r.get("value") or ""))


def _ref_dict(ref: Any) -> dict[str, str]:
    return asdict(ref)


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


# --------------------------------------------------------------------------- rendering


def render_table(result: EvalResult, title: str = "Extraction scores") -> Table:
    """One rich Table: per-type, micro/macro typed, untyped and result scores, with a caption
    for papers, role accuracy and the results' secondary model/metric match rates."""
    table = Table(title=title, show_lines=False)
    table.add_column("scope")
    for name in ("TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(name, justify="right")

    def row(label: str, c: Counts) -> None:
        table.add_row(label, str(c.tp), str(c.fp), str(c.fn),
                      f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")

    for etype, counts in result.per_type.items():
        row(etype, counts)
    table.add_section()
    row("entities (typed, micro)", result.typed)
    table.add_row("entities (typed, macro)", "", "", "", f"{result.macro_precision:.3f}",
                  f"{result.macro_recall:.3f}", f"{result.macro_f1:.3f}")
    row("entities (untyped, micro)", result.untyped)
    table.add_section()
    row("results", result.results)
    table.caption = (
        f"papers: {result.matched_papers}/{result.gold_papers} gold matched, "
        f"{result.unmatched_predictions} predicted not in gold; "
        f"role accuracy {_role_text(result)}; "
        f"matched results with model {result.result_model_match_rate:.3f}, "
        f"metric {result.result_metric_match_rate:.3f}"
    )
    return table


def _role_text(result: EvalResult) -> str:
    if not result.role_total:
        return "n/a (gold without roles)"
    return f"{result.role_accuracy:.3f} ({result.role_correct}/{result.role_total})"


def render_summary(results: Mapping[str, EvalResult]) -> Table:
    """One row per split: typed micro P/R/F1, per-type F1, role accuracy, results P/R."""
    table = Table(title="Extraction scores per split",
                  caption="typed micro P/R/F1; F1 per type: M Model, D Dataset, B Benchmark, "
                          "O Organization, R Repository; roles: role accuracy; res: results")
    for name in ("split", "papers", "P", "R", "F1", "F1 per type", "roles", "res P", "res R"):
        table.add_column(name, justify="left" if name in ("split", "F1 per type") else "right",
                         no_wrap=name == "split")
    for split, r in results.items():
        per_type = " ".join(f"{t[0]} {c.f1:.2f}" for t, c in r.per_type.items() if c.tp + c.fp + c.fn)
        roles = f"{r.role_accuracy:.3f}" if r.role_total else "n/a"
        table.add_row(split, str(r.gold_papers), f"{r.typed.precision:.3f}", f"{r.typed.recall:.3f}",
                      f"{r.typed.f1:.3f}", per_type, roles, f"{r.results.precision:.3f}",
                      f"{r.results.recall:.3f}")
    return table


# --------------------------------------------------------------------------- bundled gold splits

#: Every bundled split, in report order. ``gold-test`` and ``scierc-test`` are LOCKED: they are
#: measured and printed, never tuned on (tests/data/gold/README.md).
SPLITS: tuple[str, ...] = ("dev-page", "gold-dev", "gold-train", "gold-train2", "gold-train3", "gold-train4", "gold-train5",
                           "gold-train6", "gold-train7", "gold-train8", "gold-val", "gold-test", "scierc-train",
                           "scierc-dev", "scierc-test", "scirex", "scirex-text-train", "scirex-text-val")
LOCKED_SPLITS = frozenset({"gold-test", "scierc-test"})
#: SciERC/SciREX annotate methods and materials only: organizations and repositories are not scored there.
EXTERNAL_TYPES = frozenset({"Model", "Dataset", "Benchmark"})


@dataclass(frozen=True, slots=True)
class GoldSplit:
    """A bundled gold split: what mlkg reads (rows of a texts file, or a listing) and its gold.

    ``texts`` is a JSONL of ``{id, split, title, abstract, organization?}`` rows (``split`` picks
    the rows; None: all of them) or, when ``listing`` is set, a listing file any loader reads.
    """

    name: str
    gold: Path
    texts: Path
    split: str | None = None
    listing: bool = False
    scored_types: frozenset[str] | None = None  # the types the gold annotates (None: all)
    scores_results: bool = True  # False: the gold does not annotate results (SciERC), none are scored

    @property
    def locked(self) -> bool:
        return self.name in LOCKED_SPLITS


def gold_splits(gold_dir: Path, data_dir: Path | None = None) -> dict[str, GoldSplit]:
    """The splits of ``gold_dir`` (tests/data/gold) and, when ``data_dir`` (../shared) holds the
    saved Daily Papers page and its gold, ``dev-page``."""
    splits: dict[str, GoldSplit] = {}
    if data_dir is not None:
        splits["dev-page"] = GoldSplit("dev-page", data_dir / "gold" / "hf_daily_papers_page.gold.jsonl",
                                       data_dir / "data" / "hf_daily_papers_page.txt", listing=True)
    splits["gold-dev"] = GoldSplit("gold-dev", gold_dir / "dev.gold.jsonl", gold_dir / "texts.jsonl", "dev")
    splits["gold-train"] = GoldSplit("gold-train", gold_dir / "train.gold.jsonl", gold_dir / "train_texts.jsonl",
                                     "train")
    splits["gold-train2"] = GoldSplit("gold-train2", gold_dir / "train2.gold.jsonl",
                                      gold_dir / "train2_texts.jsonl", "train2")
    splits["gold-train3"] = GoldSplit("gold-train3", gold_dir / "train3.gold.jsonl",
                                      gold_dir / "train3_texts.jsonl", "train3")
    splits["gold-train4"] = GoldSplit("gold-train4", gold_dir / "train4.gold.jsonl",
                                      gold_dir / "train4_texts.jsonl", "train4")
    for part in ("train5", "train6", "train7", "train8"):
        splits[f"gold-{part}"] = GoldSplit(f"gold-{part}", gold_dir / f"{part}.gold.jsonl",
                                           gold_dir / f"{part}_texts.jsonl", part)
    splits["gold-val"] = GoldSplit("gold-val", gold_dir / "val.gold.jsonl", gold_dir / "val_texts.jsonl", "val")
    splits["gold-test"] = GoldSplit("gold-test", gold_dir / "test.gold.jsonl", gold_dir / "texts.jsonl", "test")
    for part in ("train", "dev", "test"):
        splits[f"scierc-{part}"] = GoldSplit(f"scierc-{part}", gold_dir / f"scierc.{part}.gold.jsonl",
                                             gold_dir / "scierc.texts.jsonl", part, scored_types=EXTERNAL_TYPES,
                                             scores_results=False)
    splits["scirex"] = GoldSplit("scirex", gold_dir / "scirex.gold.jsonl", gold_dir / "scirex.texts.jsonl",
                                 scored_types=EXTERNAL_TYPES)
    # SciREX full-text chunks (title + ~5 body sentences): named spans only, no results annotated
    for part in ("train", "val"):
        splits[f"scirex-text-{part}"] = GoldSplit(f"scirex-text-{part}", gold_dir / f"scirex_text.{part}.gold.jsonl",
                                                  gold_dir / "scirex_text.texts.jsonl", part,
                                                  scored_types=EXTERNAL_TYPES, scores_results=False)
    return splits


def split_papers(split: GoldSplit) -> list[Paper]:
    """The papers of a split, read by mlkg's listing loaders as ``mlkg extract`` reads them: the
    rows' title, abstract and organization go through a temporary JSONL listing."""
    from mlkg.loaders import load_all

    if split.listing:
        return list(load_all([split.texts]).papers)
    keep = ("title", "abstract", "organization")
    rows = [{k: row[k] for k in keep if row.get(k)} for row in load_texts(split.texts)
            if split.split is None or row.get("split") == split.split]
    with tempfile.TemporaryDirectory(prefix="mlkg-eval-") as tmp:
        listing = Path(tmp) / f"{split.name}.jsonl"
        listing.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        # gold texts are known: a one-sentence SciERC abstract (title only) needs no warning
        log = logging.getLogger("mlkg.loaders")
        level = log.level
        log.setLevel(logging.ERROR)
        try:
            return list(load_all([listing]).papers)
        finally:
            log.setLevel(level)


def load_texts(path: Path) -> list[dict[str, Any]]:
    """The rows of a gold texts file (one JSON object per line, each with a ``title``)."""
    rows: list[dict[str, Any]] = []
    for where, row in _json_lines(path):
        if not isinstance(row, Mapping):
            raise EvalError(Errors.E154.format(where=where, kind=type(row).__name__))
        if not isinstance(row.get("title"), str):
            raise EvalError(Errors.E155.format(where=where))
        rows.append(dict(row))
    return rows


def evaluate_split(split: GoldSplit, extractor: str = "spacy") -> EvalResult:
    """Run ``extractor`` over the split's texts in this process and score it against its gold."""
    from mlkg.extract import get_extractor

    for path in (split.gold, split.texts):
        if not path.exists():
            raise EvalError(Errors.E160.format(split=split.name, path=path))
    gold = load_jsonl(split.gold)
    predictions: list[Extraction | Mapping[str, Any]] = list(get_extractor(extractor)(split_papers(split)))
    if not split.scores_results:
        predictions = [{**_scored(p), "results": []} for p in predictions if isinstance(p, Extraction)]
    return evaluate(predictions, gold, split.scored_types)
