"""The decider's model: it learns, it round-trips byte for byte, and bad weights fail with a code."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from mlkg.extract.decide import DeciderError, DeciderModel, Thresholds
from mlkg.extract.decide.features import LABELS
from mlkg.extract.decide.model import fit

ROWS = [("bias", "w+1=dataset"), ("bias", "w+1=dataset", "digit"), ("bias", "w+1=model"),
        ("bias", "w+1=model", "hyphen"), ("bias", "w-1=the"), ("bias", "w-1=the", "digit")]
LABELS_OF_ROWS = [2, 2, 1, 1, 0, 0]


def test_fit_separates_what_the_features_separate() -> None:
    model = fit(ROWS, LABELS_OF_ROWS, epochs=200)
    for row, label in zip(ROWS, LABELS_OF_ROWS, strict=True):
        p = model.probabilities(row)
        assert max(range(len(LABELS)), key=lambda i: p[i]) == label
        assert abs(sum(p) - 1.0) < 1e-9


def test_the_labels_are_the_four_the_scorer_is_unrolled_for() -> None:
    assert LABELS == ("none", "Model", "Dataset", "Benchmark")


def test_unknown_features_are_ignored() -> None:
    model = fit(ROWS, LABELS_OF_ROWS, epochs=50)
    assert model.probabilities(["bias", "never-seen"]) == model.probabilities(["bias"])


def test_training_is_deterministic_and_round_trips(tmp_path: Path) -> None:
    a = fit(ROWS, LABELS_OF_ROWS, epochs=30, thresholds=Thresholds(0.9, 0.7, 0.2), meta={"x": 1})
    b = fit(ROWS, LABELS_OF_ROWS, epochs=30, thresholds=Thresholds(0.9, 0.7, 0.2), meta={"x": 1})
    assert a.to_bytes() == b.to_bytes()
    a.to_disk(tmp_path / "w.json.gz")
    back = DeciderModel.from_disk(tmp_path / "w.json.gz")
    assert back.thresholds == Thresholds(0.9, 0.7, 0.2)
    assert back.meta == {"x": 1}
    assert back.to_bytes() == a.to_bytes()
    for row in ROWS:
        assert back.probabilities(row) == pytest.approx(a.probabilities(row), abs=1e-4)


def test_damaged_weights_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(DeciderError, match=r"\[E130\].*bad\.json\.gz"):
        DeciderModel.from_disk(bad)
    with pytest.raises(DeciderError, match=r"\[E130\].*missing"):
        DeciderModel.from_disk(tmp_path / "missing.json.gz")


def test_weights_of_another_format_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.json.gz"
    other.write_bytes(gzip.compress(json.dumps({"format": "other/9", "labels": ["a"], "weights": {}}).encode()))
    with pytest.raises(DeciderError, match=r"\[E130\].*other/9"):
        DeciderModel.from_disk(other)
