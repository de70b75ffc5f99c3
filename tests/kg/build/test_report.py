"""report.json's account of resolution: merges counted by rule, splits listed with their reasons."""

from __future__ import annotations

import pytest

from mlkg.build import report
from mlkg.build.report import resolution_summary


def test_resolution_summary_counts_merges_by_rule_and_lists_splits_up_to_a_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    merges = [{"node": "entity/a", "evidence": [{"kind": "spelling"}, {"kind": "year"}, {"kind": "year"}]},
              {"node": "entity/b", "evidence": [{"kind": "year"}]}]
    splits = [{"name": f"N{i}", "nodes": [f"entity/n{i}", f"entity/n{i}-x"], "kind": "introduced", "reason": "r"}
              for i in range(3)] + [{"name": "S", "nodes": ["entity/s", "entity/t"], "kind": "sense", "reason": "r"}]
    monkeypatch.setattr(report, "MAX_LISTED_SPLITS", 2)
    summary = resolution_summary(merges, splits)
    assert summary["merged_nodes"] == 2 and summary["merges_by_rule"] == {"spelling": 1, "year": 2}
    assert summary["split_names"] == 4 and summary["splits_by_kind"] == {"introduced": 3, "sense": 1}
    assert summary["splits_listed"] == 2 and summary["splits"] == splits[:2]
