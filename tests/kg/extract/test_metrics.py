"""The metric table (data/metrics.toml): canonical names, direction, and a table that reads cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlkg.extract.metrics import (
    UNITS,
    MetricTableError,
    canonical_metric,
    load_metric_table,
    lower_is_better,
    metric_family,
    metric_table,
)


@pytest.mark.parametrize(("written", "name"), [
    ("Top-1 accuracy", "top-1 accuracy"), ("top-1 acc.", "top-1 accuracy"), ("top-1", "top-1 accuracy"),
    ("accuracies", "accuracy"), ("zero-shot Top-1 accuracies", "zero-shot top-1 accuracy"),
    ("top-1 accuracies", "top-1 accuracy"), ("F1-score", "F1"), ("macro F1 score", "macro F1"),
    ("mIoU", "mIoU"), ("BLEU-4", "BLEU-4"), ("BLEU-4 scores", "BLEU-4"), ("success rates", "success rate"),
    ("pass@1", "pass@1"), ("box AP", "box AP"), ("mean IOU", "mIoU"), ("mIOU", "mIoU"),
    ("mean average precision", "mAP"), ("AUC-ROC", "AUROC"), ("request accuracy", "request accuracy"),
    ("Length-Controlled Win Rate", "length-controlled win rate"), ("Recall@10", "recall@10"), ("R@1", "R@1"),
    # the same metric under its long and short names is one metric
    ("Fréchet Inception Distance", "FID"), ("fid", "FID"), ("word error rate", "WER"), ("PPL", "perplexity"),
    ("bits-per-dim", "bits per dim"), ("BPD", "bits per dim"), ("mean squared error", "MSE"),
    # a metric the table does not know: the last word in the singular, acronyms as written
    ("hit rates", "hit rate"), ("OOD hit rates", "OOD hit rate"), ("training losses", "training loss"),
    ("ODS", "ODS"), ("gIoU", "gIoU"),
    # an acronym in the plural is the acronym ("record FIDs of ...")
    ("FIDs", "FID"), ("AUROCs", "AUROC"), ("ODSs", "ODS"),
    # a long form's "scores" after it: "Intersection over Union scores of 64.8%"
    ("Intersection over Union scores", "IoU"), ("Dice similarity coefficients", "Dice"),
    ("time per output token", "TPOT"),
    # the averaging written after the metric is the same metric as before it
    ("F1-Macro", "macro-F1"), ("AP-micro", "micro-AP"), ("mean F1-macro", "mean macro-F1"),
    ("F1-macro score", "macro-F1"), ("AU-PR", "AUPRC"), ("AUPR", "AUPRC"),
    ("Jaccard indices", "IoU"), ("Jaccard index", "IoU"),
])
def test_metric_names_are_canonical_and_singular(written: str, name: str) -> None:
    assert canonical_metric(written) == name


@pytest.mark.parametrize("metric", [
    "FID", "FID-50K", "zero-shot FID", "FVD", "KID", "LPIPS", "error rate", "top-1 error", "test error",
    "WER", "word error rate", "CER", "EER", "Equal Error Rate", "perplexity", "test PPL", "loss",
    "validation loss", "MSE", "MAE", "RMSE", "root mean squared error", "apparent-age mean absolute error",
    "latency", "inference time", "Chamfer distance", "CD", "Hausdorff distance", "bits per dim", "BPD", "NLL",
    "ECE", "AbsRel", "BD-Rate", "hallucination rate", "FPR95", "average rank", "ADE", "FDE", "MPJPE",
])
def test_lower_is_better_metrics(metric: str) -> None:
    assert lower_is_better(metric), metric


@pytest.mark.parametrize("metric", [
    "accuracy", "top-1 accuracy", "F1", "macro-F1", "mAP", "AP50", "mIoU", "BLEU-4", "ROUGE-L", "PSNR",
    "SSIM", "inception score", "IS", "AUROC", "success rate", "pass@1", "recall@10", "NDCG@10", "Spearman",
    "points", "improvement", "CIDEr",
])
def test_higher_is_better_metrics(metric: str) -> None:
    assert not lower_is_better(metric), metric


@pytest.mark.parametrize(("written", "family"), [("mAP50-95", "mAP"), ("mAP50:95", "mAP"), ("AP50-95", "AP")])
def test_an_ap_over_the_iou_range_is_of_the_ap_family(written: str, family: str) -> None:
    """"mAP50-95": the mean over IoU 0.50 to 0.95, dash or colon."""
    found = metric_family(written)
    assert found is not None and found.name == family, found


def test_a_metric_in_no_family_is_higher_is_better() -> None:
    assert metric_family("ODS") is None and metric_family("hit rate") is None
    assert not lower_is_better("ODS") and not lower_is_better("")


def test_a_hyphenated_qualifier_counts_by_its_tail() -> None:
    assert metric_family("macro-F1").name == "F1"  # type: ignore[union-attr]
    assert metric_family("test-error").name == "error"  # type: ignore[union-attr]
    assert canonical_metric("macro-F1") == "macro-F1"  # the name as written: only a whole alias is renamed


def test_the_shipped_table_is_sound() -> None:
    table = metric_table()
    assert len(table.families) >= 80
    names = [f.name for f in table.families]
    assert len(names) == len(set(names))
    for family in table.families:
        assert family.unit in UNITS
        assert canonical_metric(family.name) == family.name, family.name  # a canonical name stays itself
        for alias in family.aliases:
            assert canonical_metric(alias) == family.name, alias
            assert metric_family(alias) is family
    lower = {f.name for f in table.families if f.lower_is_better}
    assert {"FID", "FVD", "KID", "LPIPS", "error rate", "WER", "CER", "EER", "perplexity", "loss", "MSE", "MAE",
            "RMSE", "latency", "Chamfer distance", "bits per dim", "NLL"} <= lower


@given(st.lists(st.sampled_from(["zero-shot", "Top-1", "top-1", "accuracies", "Accuracy", "F1", "score", "scores",
                                 "mean", "IoU", "error", "rates", "FID", "BLEU-4", "hit", "OOD", "pass@1", "val",
                                 "word", "Error", "Rate", "bits", "per", "dim"]), min_size=1, max_size=4).map(" ".join))
def test_canonical_names_are_fixed_points(metric: str) -> None:
    """Canonical twice is canonical once: the graph keys metrics by the canonical name of a canonical name."""
    once = canonical_metric(metric)
    assert canonical_metric(once) == once
    assert lower_is_better(once) == lower_is_better(metric)


def _table(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "metrics.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "code", "says"), [
    ('[[metric]]\nname = "FID"\nunit = "score"\n', "E170", "lower_is_better is not true or false"),
    ('[[metric]]\nname = "FID"\nlower_is_better = true\nunit = "furlongs"\n', "E170", "unit 'furlongs'"),
    ('[[metric]]\nlower_is_better = true\nunit = "score"\n', "E170", "has no name"),
    ('[[metric]]\nname = "FID"\naliases = ["Fid"]\nlower_is_better = true\nunit = "score"\n', "E170",
     "not in lower case"),
    ('[[metric]]\nname = "FID"\npatterns = ["FID("]\nlower_is_better = true\nunit = "score"\n', "E170",
     "no regular expression"),
    ('[[metric]]\nname = "FID"\nlower_is_better = true\nunit = "score"\n'
     '[[metric]]\nname = "KID"\naliases = ["fid"]\nlower_is_better = true\nunit = "score"\n', "E171",
     "'fid' is in two metric families, 'FID' and 'KID'"),
    ('metric = 3\n', "E172", "no [[metric]] records"),
    ('[[metric]\n', "E172", "cannot read the metric table"),
])
def test_a_broken_table_is_a_coded_error_that_says_what_to_fix(tmp_path: Path, text: str, code: str,
                                                                 says: str) -> None:
    with pytest.raises(MetricTableError) as info:
        load_metric_table(_table(tmp_path, text))
    assert info.value.code == code and says in str(info.value)


def test_a_missing_table_file_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(MetricTableError, match=r"^\[E172\] .*nothing.toml: cannot read"):
        load_metric_table(tmp_path / "nothing.toml")


def test_a_table_file_reads_like_the_shipped_one(tmp_path: Path) -> None:
    table = load_metric_table(_table(tmp_path, '[[metric]]\nname = "FID"\naliases = ["fid"]\n'
                                               'patterns = ["FID-\\\\d+k"]\nlower_is_better = true\nunit = "score"\n'))
    assert table.family_at("Fid").name == "FID" and table.family_at("FID-50k").name == "FID"  # type: ignore[union-attr]
    assert table.family_at("KID") is None
