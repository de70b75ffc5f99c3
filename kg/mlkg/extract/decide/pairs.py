"""The results decider: which (number, dataset) pairs of an abstract are claimed results.

The rules of :mod:`mlkg.extract.results` pair a number with a dataset only where a pattern they
know applies ("x on D", "D ... x" in one clause, a parallel list, ...). On text they were not
written against they miss most claims, and half of the misses have their number and their dataset,
both found, in one sentence. This model looks at every such pair (and, for a sentence that names no
dataset, at the one named last before it and at the paper's own benchmark), with the rules'
verdict as one feature among the words and shapes around the pair. It adds a pair the rules left
out when it is confident, and drops a rule pair it finds unlikely; the thresholds are chosen by
cross-validation on the training gold (``python -m mlkg.extract.decide.train_pairs``), never on
the locked test split.

A logistic regression over feature strings, like :mod:`.model`: a few thousand weights, a
gzipped JSON file of some ten KB, microseconds per pair.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from mlkg.errors import Errors
from mlkg.files import atomic_path

from .model import DeciderError

FORMAT = "mlkg-pairs/1"
PAIR_WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "pairs.json.gz"

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*|\d+(?:\.\d+)?|[%()=:,;]")
_DIGITS = re.compile(r"\d")
_RESPECTIVELY = re.compile(r"(?i:\brespectively\b)")
_COMPARISON = re.compile(r"(?i:\b(?:than|outperform\w*|surpass\w*|beat\w*|exceed\w*|compared|versus|vs\.?|over)\b)")
_FROM_TO = re.compile(r"(?i:\bfrom\b)")


class ValueLike(Protocol):
    """What the pairing reads of a number (``results._Value``)."""

    start: int
    end: int
    value: str
    relative: bool
    metric: str
    scored: bool
    stated: bool
    after: bool
    owned: bool
    subject: bool


@dataclass(frozen=True)
class PairThresholds:
    """Add a pair the rules left out at P >= ``add``; drop a rule pair at P < ``drop``."""

    add: float = 1.01
    drop: float = 0.0


@dataclass(frozen=True)
class PairModel:
    """Binary logistic regression: one weight per feature string."""

    weights: dict[str, float]
    thresholds: PairThresholds
    meta: dict[str, Any]

    @property
    def inert(self) -> bool:
        """Whether the thresholds let the model neither add nor drop a pair (``add`` above 1, ``drop`` at or below
        0: a probability is in [0, 1]), as the shipped ones do: its pairs then need not be built at all."""
        return self.thresholds.add > 1.0 and self.thresholds.drop <= 0.0

    def probability(self, features: Iterable[str]) -> float:
        get = self.weights.get
        s = sum(get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-s)) if s > -700 else 0.0

    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "thresholds": self.thresholds.__dict__, "meta": self.meta,
               "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())}}
        return gzip.compress(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8"), mtime=0)

    def to_disk(self, path: str | Path) -> None:
        with atomic_path(path) as tmp:
            tmp.write_bytes(self.to_bytes())

    @classmethod
    def from_bytes(cls, data: bytes, where: str = "<bytes>") -> PairModel:
        try:
            doc = json.loads(gzip.decompress(data))
        except (OSError, EOFError, ValueError) as exc:
            raise DeciderError(Errors.E133.format(path=where, detail=exc)) from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            found = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
            raise DeciderError(Errors.E133.format(path=where, detail=f"format {found!r}; expected {FORMAT}"))
        return cls({k: float(v) for k, v in doc["weights"].items()}, PairThresholds(**doc["thresholds"]), doc["meta"])

    @classmethod
    def from_disk(cls, path: str | Path) -> PairModel:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DeciderError(Errors.E133.format(path=path, detail=exc)) from exc
        return cls.from_bytes(data, str(path))


@lru_cache(maxsize=4)
def load_pair_weights(path: str | None = None) -> PairModel:
    """The results decider's weights (the shipped ones by default), read once per process."""
    return PairModel.from_disk(path or PAIR_WEIGHTS)


@dataclass(frozen=True)
class PairCandidate:
    """One (number, dataset) pair of a sentence, as the training reads it and the component decides it."""

    value_start: int  # offsets into the document text
    value_end: int
    value: str
    dataset: str
    where: str  # "same" (named in the number's sentence), "back" (named last before it), "own" (the paper's)
    rule: bool  # the rules claimed this pair
    features: tuple[str, ...]


def _words(text: str) -> list[str]:
    return [_DIGITS.sub("0", w.lower()) for w in _WORD.findall(text)]


def _unit(value: str) -> str:
    if "%" in value:
        return "pct"
    if "point" in value or value.endswith("pp"):
        return "points"
    if "±" in value or "+/-" in value:
        return "spread"
    return "dec" if "." in value else "int"


def pair_features(sent: str, v: ValueLike, span: tuple[int, int] | None, *, where: str, rule: str,
                  n_data: int, n_values: int, v_index: int, d_index: int, nearest: bool,
                  role: str, dtype: str, others_between: int) -> tuple[str, ...]:
    """The features of one pair. ``sent`` is the number's sentence and ``v``'s offsets index it;
    ``span`` is the dataset's mention in it (None when it is named elsewhere); ``rule`` is "pair"
    (the rules claimed exactly this pair), "other" (this number, another dataset) or "none"."""
    feats = ["bias", f"where={where}", f"rule={rule}", f"rule_where={rule}|{where}", f"unit={_unit(v.value)}",
             f"ndata={min(n_data, 3)}", f"nval={min(n_values, 4)}", f"role={role}", f"type={dtype}"]
    flags = [name for name in ("relative", "scored", "stated", "after", "owned", "subject") if getattr(v, name)]
    feats += [f"v:{f}" for f in flags]
    feats.append("v:metric" if v.metric else "v:no_metric")
    if v.relative:
        feats.append(f"rel|rule={rule}")
    before = _words(sent[max(0, v.start - 40):v.start])[-2:]
    after = _words(sent[v.end:v.end + 40])[:2]
    feats += [f"vprev:{w}" for w in before[-1:]] + [f"vprev2:{' '.join(before)}"]
    feats += [f"vnext:{w}" for w in after[:1]] + [f"vnext2:{' '.join(after)}"]
    if _RESPECTIVELY.search(sent):
        feats.append("respectively")
    if _FROM_TO.search(sent, max(0, v.start - 12), v.start):
        feats.append("after_from")
    if span is None:
        feats.append(f"elsewhere|nval={min(n_values, 4)}")
        if v_index == 0:
            feats.append("elsewhere|first_value")
        return tuple(feats)
    d_start, d_end = span
    order = "d_before" if d_end <= v.start else "d_after"
    gap_text = sent[d_end:v.start] if order == "d_before" else sent[v.end:d_start]
    gap = _words(gap_text)
    bucket = "0" if len(gap) <= 1 else "1-3" if len(gap) <= 3 else "4-8" if len(gap) <= 8 else "9-15" if len(
        gap) <= 15 else "16+"
    feats += [f"order={order}", f"gap={bucket}", f"order_gap={order}|{bucket}", f"nearest={nearest}",
              f"between_data={min(others_between, 2)}", f"same_index={v_index == d_index}",
              f"dprev:{(_words(sent[max(0, d_start - 20):d_start]) or ['^'])[-1]}"]
    if len(gap) <= 6:
        feats += [f"gapw:{order}|{w}" for w in gap]
        feats.append(f"gapseq:{order}|{' '.join(gap)}")
    if _COMPARISON.search(gap_text):
        feats.append(f"gap_comparison|{order}")
    if ";" in gap_text or ". " in gap_text:
        feats.append("gap_break")
    if "(" in gap_text and ")" not in gap_text:
        feats.append("gap_open_bracket")
    return tuple(feats)
