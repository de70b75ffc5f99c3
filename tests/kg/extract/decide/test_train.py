"""Training: one command, deterministic, never on a locked split, clear errors for bad configs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mlkg.extract.decide import DeciderError, DeciderModel
from mlkg.extract.decide.train import CONFIG, load_config, main, train

PAPERS = [
    ("FooNet: Fast Detection", "We propose FooNet. It beats BarNet on the Quokka dataset and CIFAR-10.",
     [("FooNet", "Model"), ("BarNet", "Model"), ("Quokka", "Dataset"), ("CIFAR-10", "Dataset")]),
    ("ZedBench: A Benchmark for Agents", "We introduce ZedBench and evaluate GPT-4o and Llama-3 on it.",
     [("ZedBench", "Benchmark"), ("GPT-4o", "Model"), ("Llama-3", "Model")]),
    ("Scaling Laws Revisited", "We train ViT-B on ImageNet-21K and report results on COCO.",
     [("ViT-B", "Model"), ("ImageNet-21K", "Dataset"), ("COCO", "Dataset")]),
    ("QuxGAN for Faces", "QuxGAN improves FID on FFHQ over StyleGAN2 with a new loss.",
     [("QuxGAN", "Model"), ("FFHQ", "Dataset"), ("StyleGAN2", "Model")]),
]


def _corpus(tmp_path: Path) -> Path:
    texts, gold = tmp_path / "texts.jsonl", tmp_path / "gold.jsonl"
    texts.write_text("".join(json.dumps({"id": str(i), "split": "dev", "title": t, "abstract": a}) + "\n"
                             for i, (t, a, _) in enumerate(PAPERS)), encoding="utf-8")
    gold.write_text("".join(json.dumps({"title": t, "entities": [
        {"name": n, "type": ty, "role": "uses", "aliases": []} for n, ty in ents]}) + "\n"
        for t, _, ents in PAPERS), encoding="utf-8")
    cfg = tmp_path / "train.cfg"
    cfg.write_text(f"""[paths]
shared = "{tmp_path}"

[corpora]

[corpora.tiny]
texts = "{texts}"
gold = "{gold}"
split = "dev"
weight = 1.0

[training]
epochs = 40
learning_rate = 0.5
l2 = 0.0005
min_count = 1
folds = 2

[thresholds]
drop = [0.9, 1.01]
add = [0.8, 1.01]
retype = [1.01]
""", encoding="utf-8")
    return cfg


def test_training_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    config = load_config(_corpus(tmp_path), None)
    a, b = train(config), train(config)
    assert a.to_bytes() == b.to_bytes()
    assert a.meta["papers"] == len(PAPERS)
    assert set(a.meta["cross_validation"]) == {"rules_only", "with_decider"}
    assert a.meta["cross_validation"]["with_decider"]["f1"] >= a.meta["cross_validation"]["rules_only"]["f1"]


def test_thresholds_are_chosen_over_several_deals_of_the_folds(tmp_path: Path) -> None:
    cfg = _corpus(tmp_path)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("folds = 2", "folds = 2\nrepeats = 3"), encoding="utf-8")
    config = load_config(cfg, None)
    a, b = train(config), train(config)
    assert a.to_bytes() == b.to_bytes()  # still deterministic
    assert a.meta["repeats"] == 3
    assert a.meta["cross_validation"]["with_decider"]["f1"] >= a.meta["cross_validation"]["rules_only"]["f1"]


def test_the_command_writes_loadable_weights(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "w.json.gz"
    main(["--config", str(_corpus(tmp_path)), "--out", str(out)])
    assert DeciderModel.from_disk(out).meta["units"] > 0
    assert "cross-validated" in capsys.readouterr().out


def test_a_missing_gold_file_is_named(tmp_path: Path) -> None:
    cfg = _corpus(tmp_path)
    (tmp_path / "gold.jsonl").unlink()
    with pytest.raises(DeciderError, match=r"\[E132\].*gold\.jsonl"):
        train(load_config(cfg, None))


def test_a_broken_config_is_named(tmp_path: Path) -> None:
    cfg = tmp_path / "broken.cfg"
    cfg.write_text("[training\nepochs = ", encoding="utf-8")
    with pytest.raises(DeciderError, match=r"\[E131\].*broken\.cfg"):
        load_config(cfg, None)


def test_the_shipped_config_never_reads_a_locked_split() -> None:
    config = load_config(CONFIG, None)
    for spec in config["corpora"].values():
        assert spec.get("split", "dev") != "test"
        assert "test" not in Path(str(spec["gold"])).name


def test_the_shipped_config_trains_on_full_text_without_scoring_it() -> None:
    """SciREX full-text chunks follow other guidelines: they train, the thresholds are chosen on our own gold."""
    spec = load_config(CONFIG, None)["corpora"]["scirex_text_train"]
    assert spec["split"] == "train" and spec["score"] is False and 0.0 < float(spec["weight"]) < 1.0
    assert "val" not in Path(str(spec["gold"])).name


def test_the_shipped_weights_are_what_the_shipped_config_trains() -> None:
    """Reproducible: retraining from train.cfg gives the weights in the package, byte for byte.
    (After a rule change, retrain: python -m mlkg.extract.decide.train.)"""
    from mlkg.extract.decide import WEIGHTS

    model = train(load_config(CONFIG, None))
    assert model.to_bytes() == WEIGHTS.read_bytes()
