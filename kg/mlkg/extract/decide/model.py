"""The decider's model: multinomial logistic regression over one-hot feature strings.

Small on purpose: a few thousand features times four labels, a gzipped JSON file of some 25 KB,
a prediction in microseconds per name with plain Python. Training (:mod:`.train`) is full-batch
AdaGrad with L2: no sampling, so the same data gives the same weights.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mlkg.errors import Errors, MlkgError
from mlkg.files import atomic_path

from .features import LABELS

FORMAT = "mlkg-decider/1"  # DeciderModel.probabilities is unrolled for the four LABELS


class DeciderError(MlkgError, ValueError):
    """Weights or a training config that cannot be read."""


@dataclass(frozen=True)
class Thresholds:
    """When the decider overrules the rules: drop a kept name, add a dropped one, change a type."""

    drop: float = 0.8  # P(none) at or above which a kept name is dropped
    add: float = 0.8  # P(entity) at or above which a dropped name is added
    retype: float = 0.3  # margin by which another type must beat the rules' type


@dataclass(frozen=True)
class DeciderModel:
    """Weights per feature (one float per label) and the thresholds chosen by cross-validation."""

    weights: dict[str, tuple[float, ...]]
    thresholds: Thresholds
    meta: dict[str, Any]

    def probabilities(self, features: Iterable[str]) -> tuple[float, ...]:
        """P(label) for each of :data:`LABELS` (unrolled for the four labels: this runs per name)."""
        s0 = s1 = s2 = s3 = 0.0
        get = self.weights.get
        for feat in features:
            w = get(feat)
            if w is not None:
                s0 += w[0]
                s1 += w[1]
                s2 += w[2]
                s3 += w[3]
        top = max(s0, s1, s2, s3)
        e0, e1, e2, e3 = math.exp(s0 - top), math.exp(s1 - top), math.exp(s2 - top), math.exp(s3 - top)
        total = e0 + e1 + e2 + e3
        return (e0 / total, e1 / total, e2 / total, e3 / total)

    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "labels": list(LABELS), "thresholds": self.thresholds.__dict__,
               "meta": self.meta, "weights": {k: [round(x, 5) for x in v] for k, v in sorted(self.weights.items())}}
        return gzip.compress(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8"), mtime=0)

    def to_disk(self, path: str | Path) -> None:
        with atomic_path(path) as tmp:
            tmp.write_bytes(self.to_bytes())

    @classmethod
    def from_bytes(cls, data: bytes, where: str = "<bytes>") -> DeciderModel:
        try:
            doc = json.loads(gzip.decompress(data))
        except (OSError, EOFError, ValueError) as exc:
            raise DeciderError(Errors.E130.format(path=where, detail=exc)) from exc
        if doc.get("format") != FORMAT or tuple(doc.get("labels", ())) != LABELS:
            raise DeciderError(Errors.E130.format(path=where, detail=f"format {doc.get('format')!r}, "
                                                  f"labels {doc.get('labels')!r}; expected {FORMAT}, {LABELS}"))
        return cls({k: tuple(v) for k, v in doc["weights"].items()}, Thresholds(**doc["thresholds"]), doc["meta"])

    @classmethod
    def from_disk(cls, path: str | Path) -> DeciderModel:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DeciderError(Errors.E130.format(path=path, detail=exc)) from exc
        return cls.from_bytes(data, str(path))


def fit(rows: Sequence[Sequence[str]], labels: Sequence[int], *, epochs: int = 300, learning_rate: float = 0.5,
        l2: float = 1e-3, min_count: int = 1, sample_weights: Sequence[float] | None = None,
        meta: dict[str, Any] | None = None, thresholds: Thresholds | None = None,
        n_labels: int = len(LABELS)) -> DeciderModel:
    """Fit the weights by full-batch AdaGrad on the mean log loss plus L2 (deterministic: no sampling).

    ``n_labels`` other than the decider's four (the results pairing's two) gives weights of that
    many floats, for a model of its own to read."""
    if not rows:
        return DeciderModel({}, thresholds or Thresholds(), dict(meta or {}))
    counts: dict[str, int] = {}
    for feats in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    n, k = len(rows), n_labels
    # X as a sparse matrix in CSR form: row pointers and column indices (all values 1).
    cols = [[index[f] for f in feats if f in index] for feats in rows]
    indptr = np.cumsum([0] + [len(c) for c in cols])
    indices = np.fromiter((i for c in cols for i in c), dtype=np.int64, count=int(indptr[-1]))
    row_of = np.repeat(np.arange(n), np.diff(indptr))
    y = np.zeros((n, k))
    y[np.arange(n), np.asarray(labels, dtype=np.int64)] = 1.0
    sw = np.ones(n) if sample_weights is None else np.asarray(sample_weights, dtype=float)
    sw = sw / sw.sum()
    W = np.zeros((len(vocab), k))
    G = np.full_like(W, 1e-8)
    for _ in range(epochs):
        scores = np.zeros((n, k))
        np.add.at(scores, row_of, W[indices])
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        d = (p - y) * sw[:, None]
        grad = np.zeros_like(W)
        np.add.at(grad, indices, d[row_of])
        grad += l2 * W
        G += grad * grad
        W -= learning_rate * grad / np.sqrt(G)
    weights = {f: tuple(float(x) for x in W[i]) for f, i in index.items() if np.any(np.abs(W[i]) > 1e-4)}
    return DeciderModel(weights, thresholds or Thresholds(), dict(meta or {}))
