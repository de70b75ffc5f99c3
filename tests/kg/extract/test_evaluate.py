from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from rich.table import Table

from mlkg import codec
from mlkg.extract.evaluate import (
    Counts,
    EntityRef,
    EvalError,
    ResultRef,
    RoleError,
    TypeConfusion,
    evaluate,
    load_jsonl,
    load_predictions,
    normalize_name,
    normalize_title,
    normalize_value,
    render_table,
)
from mlkg.model import Entity, EntityType, Extraction, Paper, Role

GOLD_FILE = "hf_daily_papers_page.gold.jsonl"


def ent(name: str, type_: str = "Model", role: str = "uses", aliases: tuple[str, ...] = (),
        **extra: Any) -> dict[str, Any]:
    return {"name": name, "type": type_, "role": role, "aliases": list(aliases), **extra}


def paper(title: str, entities: list[dict[str, Any]], results: list[dict[str, Any]] | None = None
          ) -> dict[str, Any]:
    return {"title": title, "entities": entities, "results": results or []}


def res(dataset: str, value: str, model: str = "M", metric: str = "accuracy") -> dict[str, Any]:
    return {"model": model, "dataset": dataset, "metric": metric, "value": value}


def as_prediction(gold_paper: dict[str, Any], index: int) -> dict[str, Any]:
    """Gold record -> what `mlkg extract` writes (no alt_type; confidence and evidence added)."""
    return {
        "id": f"p{index}",
        "title": gold_paper["title"],
        "entities": [{"name": e["name"], "type": e["type"], "role": e["role"], "confidence": 1.0,
                      "evidence": [], "aliases": list(e.get("aliases", []))}
                     for e in gold_paper["entities"]],
        "results": [{"model": r["model"], "dataset": r["dataset"], "metric": r["metric"],
                     "value": r["value"], "evidence": []} for r in gold_paper["results"]],
    }


# --------------------------------------------------------------------------- normalization


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("VideoLLaMA 3", "VideoLLaMA3"),
        ("Something-Something~v2", "Something-Something v2"),
        ("Something-Something~v2", "something something v2"),
        ("ImageNet-1k", "imagenet 1K"),
        ("M^2-Encoder", "M2 Encoder"),
    ],
)
def test_name_normalization_equates(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("ViT-L/14", "vitl/14"), ("C++", "c++"), ("hf:owner/Name", "hf:owner/name"),
     ("VideoLLaMA 3", "videollama3"), ("GPT-4o", "gpt4o")],
)
def test_name_normalization_keeps_colon_slash_plus(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


def test_name_normalization_keeps_distinct_names_apart() -> None:
    assert normalize_name("CIFAR-10") != normalize_name("CIFAR-100")
    assert normalize_name("ViT-L/14") != normalize_name("ViT-L14")


def test_title_and_value_normalization() -> None:
    assert normalize_title("TokenUnify:  Scalable\nPre-training") == "tokenunify scalable pretraining"
    # gold keeps a listing's LaTeX title, predictions carry the loaders' plain text: both match
    assert normalize_title(r"$\textit{Foo-Net}$: Bar") == normalize_title("Foo-Net: Bar") == "foonet bar"
    assert normalize_value(" +10.6 % ") == "10.6%"
    assert normalize_value("84.8%") != normalize_value("84.80%")
    assert normalize_value(None) == ""
    assert normalize_value("36.21 percent") == normalize_value("36.21%") == "36.21%"
    assert normalize_value("6.4 percentage points") == "6.4percentagepoints"  # points are not a share


# --------------------------------------------------------------------------- entity matching


def test_exact_and_alias_matches() -> None:
    gold = [paper("P", [ent("ViT", aliases=("Vision Transformer",)), ent("CLIP")])]
    pred = [paper("P", [ent("vision transformer"), ent("CLIP")])]
    r = evaluate(pred, gold)
    assert r.typed == Counts(tp=2, fp=0, fn=0)
    assert r.per_type["Model"] == Counts(2, 0, 0)
    assert r.papers[0].false_positives == () and r.papers[0].false_negatives == ()


def test_normalized_names_match_in_evaluate() -> None:
    gold = [paper("P", [ent("VideoLLaMA 3", role="introduces"),
                        ent("Something-Something v2", "Dataset")])]
    pred = [paper("P", [ent("VideoLLaMA3", role="introduces"),
                        ent("Something-Something~v2", "Dataset")])]
    r = evaluate(pred, gold)
    assert r.typed == Counts(2, 0, 0)


def test_near_miss_name_is_fp_and_fn() -> None:
    gold = [paper("P", [ent("CIFAR-10", "Dataset")])]
    pred = [paper("P", [ent("CIFAR-100", "Dataset")])]
    r = evaluate(pred, gold)
    assert r.typed == Counts(0, 1, 1)
    assert r.papers[0].false_positives == (EntityRef("CIFAR-100", "Dataset"),)
    assert r.papers[0].false_negatives == (EntityRef("CIFAR-10", "Dataset"),)


def test_type_mismatch_is_fp_fn_typed_but_tp_untyped() -> None:
    gold = [paper("P", [ent("ImageNet", "Dataset")])]
    pred = [paper("P", [ent("ImageNet", "Benchmark")])]
    r = evaluate(pred, gold)
    assert r.typed == Counts(0, 1, 1)
    assert r.untyped == Counts(1, 0, 0)
    assert r.per_type["Benchmark"] == Counts(0, 1, 0)
    assert r.per_type["Dataset"] == Counts(0, 0, 1)
    assert r.papers[0].type_errors == (TypeConfusion("ImageNet", "Dataset", "Benchmark"),)
    assert r.role_total == 0  # roles are scored on typed matches only


def test_alt_type_counts_as_right_and_is_credited_to_predicted_type() -> None:
    gold = [paper("P", [ent("ALE", "Benchmark", alt_type="Dataset"),
                        ent("RSNA Pneumonia", "Dataset", alt_type="Benchmark")])]
    pred = [paper("P", [ent("ALE", "Dataset"), ent("RSNA Pneumonia", "Dataset")])]
    r = evaluate(pred, gold)
    assert r.typed == Counts(2, 0, 0)
    assert r.per_type["Dataset"] == Counts(2, 0, 0)
    assert r.per_type["Benchmark"] == Counts(0, 0, 0)
    # a type outside {type, alt_type} is still wrong
    wrong = evaluate([paper("P", [ent("ALE", "Model")])], gold)
    assert wrong.typed == Counts(0, 1, 2)
    assert wrong.untyped == Counts(1, 0, 1)


def test_duplicate_predictions_are_false_positives_and_most_confident_wins() -> None:
    gold = [paper("P", [ent("LaVIT", role="introduces")])]
    pred = [paper("P", [ent("LaVIT", role="uses", confidence=0.4),
                        ent("lavit", role="introduces", confidence=0.9),
                        ent("LaVIT", role="uses", confidence=0.1)])]
    r = evaluate(pred, gold)
    assert r.typed == Counts(1, 2, 0)
    assert r.untyped == Counts(1, 2, 0)
    assert r.papers[0].false_positives == (EntityRef("LaVIT", "Model"), EntityRef("LaVIT", "Model"))
    assert (r.role_correct, r.role_total) == (1, 1)


def test_two_gold_entities_sharing_an_alias_match_at_most_once_each() -> None:
    # "Y" is gold B's name and gold A's alias; "Z" can only be gold B. A greedy
    # first-come match would give "Y" to B and leave "Z" unmatched.
    gold = [paper("P", [ent("X", aliases=("Y",)), ent("Y", aliases=("Z",))])]
    pred = [paper("P", [ent("Y", confidence=0.9), ent("Z", confidence=0.5)])]
    r = evaluate(pred, gold)
    assert r.typed == Counts(2, 0, 0)
    # a single prediction never matches two gold entities
    assert evaluate([paper("P", [ent("Y")])], gold).typed == Counts(1, 0, 1)


def test_missing_paper_and_unmatched_prediction() -> None:
    gold = [paper("Seen Paper", [ent("A")]),
            paper("Missing Paper", [ent("B"), ent("C", "Dataset")], [res("C", "1%")])]
    pred = [paper("seen   paper!", [ent("A")]), paper("Not In Gold", [ent("Z")])]
    r = evaluate(pred, gold)
    assert (r.gold_papers, r.predicted_papers, r.matched_papers) == (2, 2, 1)
    assert r.unmatched_predictions == 1
    assert r.unmatched_prediction_titles == ("Not In Gold",)
    assert r.missing_papers == ("Missing Paper",)
    assert r.typed == Counts(1, 0, 2)  # Z in the unmatched paper is ignored
    assert r.results == Counts(0, 0, 1)
    missing = next(p for p in r.papers if p.title == "Missing Paper")
    assert not missing.predicted
    assert missing.false_negatives == (EntityRef("B", "Model"), EntityRef("C", "Dataset"))


def test_same_title_predicted_twice_is_merged() -> None:
    gold = [paper("P", [ent("A"), ent("B")])]
    pred = [paper("P", [ent("A")]), paper("P", [ent("B"), ent("A")])]
    r = evaluate(pred, gold)
    assert r.typed == Counts(2, 1, 0)
    assert r.unmatched_predictions == 0


def test_entities_are_matched_within_their_paper_only() -> None:
    gold = [paper("P1", [ent("A")]), paper("P2", [ent("B")])]
    pred = [paper("P1", [ent("B")]), paper("P2", [ent("A")])]
    assert evaluate(pred, gold).typed == Counts(0, 2, 2)


def test_role_accuracy_and_confusion() -> None:
    gold = [paper("P", [ent("A", role="introduces"), ent("B", role="compares"),
                        ent("C", role="uses"), ent("D", role="uses")])]
    pred = [paper("P", [ent("A", role="introduces"), ent("B", role="uses"),
                        ent("C", role="uses"), {"name": "D", "type": "Model"},
                        ent("E", role="uses")])]
    r = evaluate(pred, gold)
    assert (r.role_correct, r.role_total) == (2, 4)
    assert r.role_accuracy == 0.5
    assert r.role_confusion == {("introduces", "introduces"): 1, ("compares", "uses"): 1,
                                ("uses", "uses"): 1, ("uses", "(none)"): 1}
    assert r.papers[0].role_errors == (RoleError("B", "Model", "compares", "uses"),
                                       RoleError("D", "Model", "uses", "(none)"))
    assert r.as_dict()["roles"]["confusion"]["uses"] == {"(none)": 1, "uses": 1}


# --------------------------------------------------------------------------- results


def test_results_match_on_value_and_dataset_with_alias() -> None:
    gold = [paper("P", [ent("TinyViT", role="introduces"),
                        ent("ImageNet-1k", "Dataset", aliases=("ImageNet-1K", "IN-1k"))],
                  [res("ImageNet-1k", "84.8%", model="TinyViT", metric="top-1 accuracy"),
                   res("ImageNet-1k", "+10.6%", model="TinyViT (21M)", metric="top-1 gain"),
                   res("ImageNet-1k", "86.5%", model="TinyViT", metric="top-1 accuracy")])]
    pred = [paper("P", [], [
        res("IN-1k", "84.8 %", model="TinyViT", metric="top-1 accuracy"),     # alias + spaces
        res("imagenet 1k", "10.6%", model="TinyViT", metric="accuracy"),      # leading '+' ignored
        res("ImageNet-1k", "86.50%", model="TinyViT", metric="top-1 accuracy"),  # as written: no
        res("CIFAR-10", "86.5%", model="TinyViT", metric="top-1 accuracy"),   # wrong dataset
    ])]
    r = evaluate(pred, gold)
    assert r.results == Counts(tp=2, fp=2, fn=1)
    # model loosely matches in both pairs (equal, contained); metric in one
    # ("top-1 accuracy"), not in the other ("accuracy" vs "top-1 gain")
    assert (r.result_model_matches, r.result_metric_matches) == (2, 1)
    assert r.result_model_match_rate == 1.0
    assert r.result_metric_match_rate == 0.5
    assert r.papers[0].result_false_negatives == (
        ResultRef("TinyViT", "ImageNet-1k", "top-1 accuracy", "86.5%"),)
    assert {x.value for x in r.papers[0].result_false_positives} == {"86.50%", "86.5%"}


def test_results_model_and_metric_are_not_required() -> None:
    gold = [paper("P", [ent("ImageNet", "Dataset")],
                  [res("ImageNet", "88.5%", model="M^2-Encoder-10B", metric="zero-shot top-1")])]
    pred = [paper("P", [], [res("ImageNet", "88.5%", model="Other", metric="recall")])]
    r = evaluate(pred, gold)
    assert r.results == Counts(1, 0, 0)
    assert (r.result_model_matches, r.result_metric_matches) == (0, 0)


def test_result_matching_is_one_to_one() -> None:
    gold = [paper("P", [], [res("ImageNet", "80%")])]
    pred = [paper("P", [], [res("ImageNet", "80%"), res("ImageNet", "80%")])]
    assert evaluate(pred, gold).results == Counts(1, 1, 0)


# --------------------------------------------------------------------------- zero division and output


def test_zero_denominators_give_zero() -> None:
    assert Counts().precision == Counts().recall == Counts().f1 == 0.0
    assert Counts(0, 3, 0).recall == 0.0 and Counts(0, 0, 3).precision == 0.0
    r = evaluate([], [])
    assert r.typed == Counts() and r.untyped == Counts() and r.results == Counts()
    assert r.role_accuracy == r.result_model_match_rate == r.result_metric_match_rate == 0.0
    assert r.macro_f1 == 0.0
    assert all(c == Counts() for c in r.per_type.values())
    json.dumps(r.as_dict())
    only_missing = evaluate([], [paper("P", [ent("A")])])
    assert (only_missing.typed.precision, only_missing.typed.recall) == (0.0, 0.0)


def test_counts_f1_is_harmonic_mean() -> None:
    c = Counts(tp=2, fp=2, fn=0)  # P=0.5, R=1.0
    assert c.f1 == pytest.approx(2 / 3)


def test_as_dict_is_json_and_render_table_lists_every_type() -> None:
    gold = [paper("P", [ent("A"), ent("D", "Dataset")], [res("D", "1")])]
    pred = [paper("P", [ent("A"), ent("D", "Benchmark")], [res("D", "1")])]
    r = evaluate(pred, gold)
    data = json.loads(json.dumps(r.as_dict()))
    assert data["entities"]["typed_micro"]["tp"] == 1
    assert data["entities"]["untyped_micro"]["f1"] == 1.0
    assert data["per_paper"][0]["type_errors"] == [
        {"name": "D", "gold_type": "Dataset", "predicted_type": "Benchmark"}]
    assert data["results"]["tp"] == 1
    table = render_table(r)
    assert isinstance(table, Table)
    console = Console(width=200, record=True)
    console.print(table)
    text = console.export_text()
    for label in ("Model", "Dataset", "Benchmark", "Organization", "Repository",
                  "typed, micro", "untyped, micro", "results", "role accuracy"):
        assert label in text


# --------------------------------------------------------------------------- loading


def test_load_jsonl_reads_records_and_skips_blank_lines(tmp_path: Path) -> None:
    f = tmp_path / "pred.jsonl"
    f.write_text('{"title": "A", "entities": []}\n\n{"title": "B", "entities": []}\n',
                 encoding="utf-8")
    assert [r["title"] for r in load_jsonl(f)] == ["A", "B"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"title": "B", "entities": [}', "invalid JSON"),
        ('{"entities": []}', 'lacks a "title"'),
        ('{"title": "B"}', 'lacks an "entities"'),
        ('["title", "entities"]', "expected a JSON object, got list"),
        ('{"title": "B", "entities": [{"type": "Model"}]}', "entities[0]"),
    ],
)
def test_load_jsonl_errors_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"title": "A", "entities": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(EvalError) as info:
        load_jsonl(f)
    text = str(info.value)
    assert re.match(rf"\[E15\d\] {re.escape(str(f))}:2: ", text), text
    assert info.value.code is not None and info.value.code.startswith("E15")
    assert message in text
    assert "\n" not in text
    assert isinstance(info.value, ValueError)


def test_load_jsonl_missing_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="no such file"):
        load_jsonl(tmp_path / "nope.jsonl")


# --------------------------------------------------------------------------- the real gold file


@pytest.fixture
def gold(data_dir: Path) -> list[dict[str, Any]]:
    return load_jsonl(data_dir / GOLD_FILE)


def test_gold_scored_against_itself_is_perfect(gold: list[dict[str, Any]]) -> None:
    pred = [as_prediction(p, i) for i, p in enumerate(gold)]
    r = evaluate(pred, gold)
    n_entities = sum(len(p["entities"]) for p in gold)
    n_results = sum(len(p["results"]) for p in gold)
    assert (len(gold), n_entities, n_results) == (29, 111, 10)
    assert r.typed == r.untyped == Counts(n_entities, 0, 0)
    assert r.results == Counts(n_results, 0, 0)
    for c in (r.typed, r.untyped, r.results):
        assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0)
    assert (r.macro_precision, r.macro_recall, r.macro_f1) == (1.0, 1.0, 1.0)
    for etype in ("Model", "Dataset", "Benchmark", "Organization", "Repository"):
        assert r.per_type[etype].f1 == 1.0
    assert r.role_accuracy == 1.0 and r.role_total == n_entities
    assert r.result_model_match_rate == r.result_metric_match_rate == 1.0
    assert r.matched_papers == 29 and r.missing_papers == () and r.unmatched_predictions == 0
    assert all(not (p.false_positives or p.false_negatives or p.role_errors) for p in r.papers)


def _find(pred: list[dict[str, Any]], title_start: str) -> dict[str, Any]:
    return next(p for p in pred if p["title"].startswith(title_start))


def _entity(p: dict[str, Any], name: str) -> dict[str, Any]:
    return next(e for e in p["entities"] if e["name"] == name)


def test_gold_perturbed_gives_exact_counts(gold: list[dict[str, Any]]) -> None:
    pred = [as_prediction(p, i) for i, p in enumerate(copy.deepcopy(gold))]
    # 1. drop the LaVIT paper (Model LaVIT + Repository jy0205/LaVIT become FN)
    pred = [p for p in pred if not p["title"].startswith("Unified Language-Vision Pretraining")]
    # 2. ImageNet typed as Benchmark (FP Benchmark + FN Dataset; untyped still TP)
    _entity(_find(pred, "RL makes MLLMs"), "ImageNet")["type"] = "Benchmark"
    # 3. MAE written by its alias (still TP) with the wrong role
    token_unify = _find(pred, "TokenUnify")
    mae = _entity(token_unify, "MAE")
    mae["name"], mae["role"] = "Masked Autoencoder", "uses"
    # 4. a duplicate and 5. an invented Model entity (both FP Model)
    token_unify["entities"].append(dict(_entity(token_unify, "TokenUnify"), confidence=0.5))
    token_unify["entities"].append({"name": "FooNet", "type": "Model", "role": "uses"})
    # 6. one TinyViT result with a wrong value (result FP + FN)
    tinyvit = _find(pred, "TinyViT")
    next(x for x in tinyvit["results"] if x["value"] == "86.5%")["value"] = "86.4%"
    # 7. a paper that is not in the gold
    pred.append({"title": "Some Other Paper", "entities": [{"name": "X", "type": "Model"}]})

    r = evaluate(pred, gold)
    assert r.typed == Counts(tp=108, fp=3, fn=3)
    assert r.untyped == Counts(tp=109, fp=2, fn=2)
    assert r.per_type["Model"] == Counts(67, 2, 1)
    assert r.per_type["Dataset"] == Counts(23, 0, 1)
    assert r.per_type["Benchmark"] == Counts(7, 1, 0)
    assert r.per_type["Repository"] == Counts(10, 0, 1)
    assert r.per_type["Organization"] == Counts(1, 0, 0)
    assert (r.role_correct, r.role_total) == (107, 108)
    assert r.role_confusion[("compares", "uses")] == 1
    assert r.results == Counts(tp=9, fp=1, fn=1)
    assert (r.gold_papers, r.matched_papers, r.unmatched_predictions) == (29, 28, 1)
    assert r.missing_papers == (
        "Unified Language-Vision Pretraining in LLM with Dynamic Discrete Visual Tokenization",)
    by_title = {p.title[:10]: p for p in r.papers}
    assert by_title["Unified La"].false_negatives == (
        EntityRef("LaVIT", "Model"), EntityRef("jy0205/LaVIT", "Repository"))
    assert by_title["RL makes M"].type_errors == (
        TypeConfusion("ImageNet", "Dataset", "Benchmark"),)
    assert set(by_title["TokenUnify"].false_positives) == {
        EntityRef("TokenUnify", "Model"), EntityRef("FooNet", "Model")}
    assert by_title["TokenUnify"].role_errors == (
        RoleError("MAE", "Model", "compares", "uses"),)
    assert r.typed.precision == pytest.approx(108 / 111)
    assert r.typed.recall == pytest.approx(108 / 111)


# --------------------------------------------------------------------------- predictions through the codec


def _extraction(title: str, name: str, type_: str = "Model", role: str = "uses") -> Extraction:
    paper = Paper(id=title, title=title, abstract="", source="t", record=1)
    entity = Entity(name, EntityType(type_), Role(role), 0.9, (), "t", ())
    return Extraction(paper, (entity,), ())


def test_predictions_are_read_with_the_codec_and_scored_as_extractions(tmp_path: Path) -> None:
    f = tmp_path / "pred.jsonl"
    with f.open("w", encoding="utf-8") as fh:
        codec.write(fh, [_extraction("A", "CLIP"), _extraction("B", "ViT", role="introduces")],
                    codec.header("spacy", "0"))
    predictions = load_predictions(f)
    assert [x.paper.title for x in predictions] == ["A", "B"]
    gold = [paper("A", [ent("CLIP")]), paper("B", [ent("ViT", role="compares")])]
    r = evaluate(predictions, gold)
    assert r.typed == Counts(2, 0, 0) and r.role_correct == 1


@pytest.mark.parametrize(("text", "code"), [
    ('{"title": "A", "entities": []}\n', "E190"),  # an old, headerless predictions file
    ('{"mlkg_extractions": 99}\n', "E191"),
    ('{"mlkg_extractions": 1}\n{"paper": {}}\n', "E192"),
])
def test_predictions_in_another_format_are_a_coded_eval_error(tmp_path: Path, text: str, code: str) -> None:
    f = tmp_path / "pred.jsonl"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(EvalError) as info:
        load_predictions(f)
    assert info.value.code == code and str(f) in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(EvalError, match="E150"):
        load_predictions(tmp_path / "nope.jsonl")


def test_every_eval_error_has_a_code_in_its_range(tmp_path: Path) -> None:
    with pytest.raises(EvalError) as info:
        evaluate([], [paper("A", []), paper("a", [])])
    assert info.value.code == "E159"
