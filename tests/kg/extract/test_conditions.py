"""The setting and task of a claimed result, as its sentence ties them to the number; none when unsure."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from mlkg.extract.conditions import (
    Conditions,
    ConditionsTableError,
    conditions_of,
    find_settings,
    find_tasks,
    parse_tables,
    split_setting,
)
from mlkg.extract.pipeline import doc_to_extraction
from mlkg.extract.results import RESULTS
from mlkg.model import Paper

# As the extractor reads numbers: not "5" of "5-shot", nor "2" of "NYUv2".
_NUMBER = re.compile(r"(?<![\w.-])[+]?\d+(?:\.\d+)?(?![\w]|-[A-Za-z])(?:%| AP| points)?")


def of(sent: str, value: str, model: str = "FooNet", names: tuple[str, ...] = ("CLIP", "FooNet")) -> Conditions:
    """The conditions of ``value`` (its first occurrence) in ``sent``; every number is a value."""
    values = [(m.start(), m.end()) for m in _NUMBER.finditer(sent)]
    at = sent.index(value)
    spans = [(m.start(), m.end(), name) for name in names for m in re.finditer(re.escape(name), sent)]
    return conditions_of(sent, (at, at + len(value)), values, model, spans)


@pytest.mark.parametrize(("sent", "value", "setting"), [
    ("FooNet achieves 76.2% zero-shot top-1 accuracy on ImageNet and 85.1% after fine-tuning.", "76.2%", "zero-shot"),
    ("FooNet achieves 76.2% zero-shot top-1 accuracy on ImageNet and 85.1% after fine-tuning.", "85.1%", "fine-tuned"),
    ("FooNet reaches a zero-shot accuracy of 76.2% on ImageNet.", "76.2%", "zero-shot"),
    ("In the zero-shot setting, FooNet reaches 76.2% on A and 80.1% on B.", "80.1%", "zero-shot"),
    ("In zero-shot evaluation, it achieves 40.3/48.9 ODS on A and B.", "48.9", "zero-shot"),
    ("FooNet scores 70.3% on MMLU (5-shot).", "70.3%", "5-shot"),
    ("With five-shot in-context learning, FooNet scores 70.3% on MMLU.", "70.3%", "5-shot"),
    ("FooNet reaches 0.307 RMSE on NYUv2 with a linear probe.", "0.307", "linear probing"),
    ("Zero-shot CLIP reaches 68.3% while FooNet reaches 85.1% on ImageNet.", "68.3%", "zero-shot"),
    ("Our approach is within 1.34% of fine-tuned CLIP (98.57%) on EuroSAT.", "98.57%", "fine-tuned"),
    ("FooNet reaches 62.0% in the one-shot setting.", "62.0%", "one-shot"),
    ("FooNet exceeds CLIP on ImageNet zero-shot top-1 accuracy by 10.6%/13.2%/10.0% with three encoders.", "13.2%",
     "zero-shot"),  # the numbers of one list share it
])
def test_a_setting_tied_to_the_number(sent: str, value: str, setting: str) -> None:
    model = "CLIP" if "CLIP (" in sent or value == "68.3%" else "FooNet"
    assert of(sent, value, model).setting == setting


@pytest.mark.parametrize(("sent", "value"), [
    ("FooNet reaches 85.1% on ImageNet without any fine-tuning.", "85.1%"),
    ("FooNet requires no task-specific fine-tuning and reaches 85.1% on ImageNet.", "85.1%"),
    ("FooNet, a fine-tuning-free method, reaches 85.1% on ImageNet.", "85.1%"),
    ("FooNet outperforms fine-tuned models and reaches 85.1% on ImageNet.", "85.1%"),
    ("FooNet significantly outperforms direct fine-tuning, with +8.1% accuracy on ImageNet.", "+8.1%"),
    ("Zero-shot CLIP reaches 68.3% while FooNet reaches 85.1% on ImageNet.", "85.1%"),  # CLIP's setting
    ("FooNet improves zero-shot and few-shot accuracy by 4.2% and 2.7%.", "2.7%"),  # which is whose?
    ("FooNet reaches 76.2% zero-shot on A, and 85.1% on B.", "85.1%"),  # tied to the earlier number
    ("FooNet reaches 76.2% on A, improving over CLIP by 9%, and reaches 81.5% on B.", "81.5%"),
    ("Depth estimation (0.307 RMSE with a linear probe), and recognition (77.7 on SSv2).", "77.7"),
    ("On A cross-domain zero-shot we surpass CLIP by +1.5 points despite never training on it, and on the "
     "B benchmark we surpass it by +1.3 points.", "+1.3 points"),
    ("FooNet reaches 85.1% on ImageNet.", "85.1%"),
])
def test_no_setting_when_the_sentence_does_not_tie_one_to_the_number(sent: str, value: str) -> None:
    assert of(sent, value).setting == ""


@pytest.mark.parametrize(("sent", "value", "task"), [
    ("On COCO, FooNet reaches 45.1 AP on object detection and 39.8 AP on instance segmentation.", "45.1 AP",
     "object detection"),
    ("On COCO, FooNet reaches 45.1 AP on object detection and 39.8 AP on instance segmentation.", "39.8 AP",
     "instance segmentation"),
    ("On image classification, FooNet achieves 80.1% on ImageNet and 95.2% on CIFAR-10.", "95.2%",
     "image classification"),
    ("FooNet achieves 1.169 bits-per-character on Penn Treebank for character level language modeling.", "1.169",
     "language modeling"),
    ("FooNet shows strong scaling on text-to-image generation with a GenEval score of 0.79.", "0.79",
     "text-to-image generation"),
    ("FooNet reaches 62.4% on nuScenes in 3D Object Detection.", "62.4%", "3d object detection"),
    ("FooNet improves Visual Question-Answering accuracy by 2.1 points.", "2.1 points", "visual question answering"),
])
def test_a_task_tied_to_the_number(sent: str, value: str, task: str) -> None:
    assert of(sent, value).task == task


@pytest.mark.parametrize(("sent", "value"), [
    ("Our pre-training improves downstream object detection by 2.1 AP, while keeping 80.1% ImageNet accuracy.",
     "80.1%"),
    ("FooNet, pre-trained for image classification, achieves 45.0 AP on COCO.", "45.0 AP"),
    ("Across mathematical reasoning and coding benchmarks, FooNet gains 3.1% on GSM8K and 6.8% on HumanEval.",
     "6.8%"),
    ("FooNet improves object detection and instance segmentation by 2.1 AP and 1.8 AP.", "1.8 AP"),
    ("FooNet reaches 85.1% on ImageNet, unlike object detection models.", "85.1%"),
    ("FooNet reaches 45.1 AP on COCO. Image classification also improves.", "45.1 AP"),
    ("FooNet reaches 85.1% on ImageNet.", "85.1%"),
])
def test_no_task_when_the_sentence_does_not_tie_one_to_the_number(sent: str, value: str) -> None:
    assert of(sent, value).task == ""


def test_settings_and_tasks_are_read_as_written() -> None:
    sent = "5-shot, 0-shot, K-shot, fully fine-tuned, finetuning, linear-probing, ICL, icl, ten-shot prompts"
    assert [m.name for m in find_settings(sent)] == [
        "5-shot", "zero-shot", "few-shot", "fine-tuned", "fine-tuned", "linear probing", "in-context", "10-shot"]
    assert [m.name for m in find_tasks("visual question answering, question answering, text to image generation, "
                                       "Text-to-SQL, detection")] == [
        "visual question answering", "question answering", "text-to-image generation", "text-to-sql"]


def test_a_metric_written_with_its_setting_splits() -> None:
    assert split_setting("zero-shot top-1 accuracy") == ("zero-shot", "top-1 accuracy")
    assert split_setting("5-shot accuracy") == ("5-shot", "accuracy")
    assert split_setting("top-1 accuracy") == ("", "top-1 accuracy")
    assert split_setting("zero-shot") == ("", "zero-shot")  # nothing else: the metric stays


SETTING = {"name": "zero-shot", "patterns": ["zero[- ]shot"]}
TASK = {"name": "object detection", "aliases": ["object detection"]}


@pytest.mark.parametrize(("table", "says"), [
    ({"setting": [{"patterns": ["x"]}], "task": [TASK]}, "has no name"),
    ({"setting": [{"name": "x", "patterns": []}], "task": [TASK]}, "'patterns' is not a non-empty list"),
    ({"setting": [{"name": "x", "patterns": ["("]}], "task": [TASK]}, "no regular expression"),
    ({"setting": [{"name": "{n}-shot", "patterns": ["[0-9]-shot"]}], "task": [TASK]}, "needs a pattern group"),
    ({"setting": [SETTING], "task": [{"name": "Object Detection", "aliases": ["object detection"]}]},
     "has no name in lower case"),
    ({"setting": [SETTING], "task": [TASK, {"name": "detection", "aliases": ["object-detection"]}]},
     "or another task's"),
    ({"setting": [SETTING]}, "needs [[setting]] and [[task]] records"),
])
def test_a_broken_conditions_table_is_a_coded_error(table: dict, says: str) -> None:
    with pytest.raises(ConditionsTableError) as info:
        parse_tables(table, "conditions.toml")
    assert info.value.code == "E173" and says in str(info.value)


def test_a_conditions_table_reads_its_records() -> None:
    tables = parse_tables({"setting": [SETTING], "task": [TASK]}, "conditions.toml")
    assert tables.settings[0][0] == "zero-shot" and tables.tasks.search("on Object-Detection")


INTRO = "FooNet: Fast Nets\n\nWe propose FooNet, a new network. "


def test_the_extractor_puts_setting_and_task_on_each_result(nlp: Language) -> None:
    text = (INTRO + "FooNet achieves 76.2% zero-shot top-1 accuracy on ImageNet and 45.1 mAP on CIFAR-10 "
            "object detection.")
    doc = nlp(text)
    got = {(r.dataset, r.value, r.setting, r.task) for r in doc._.mlkg_results}
    assert got == {("ImageNet", "76.2%", "zero-shot", ""), ("CIFAR-10", "45.1", "", "object detection")}
    spans = {s.text: (s._.mlkg_result_setting, s._.mlkg_result_task) for s in doc.spans[RESULTS]}
    assert spans == {"76.2%": ("zero-shot", ""), "45.1": ("", "object detection")}
    paper = Paper(id="x", title="FooNet: Fast Nets", abstract=text.split("\n\n", 1)[1], source="s", record=1)
    results = {(r.value, r.setting, r.task) for r in doc_to_extraction(nlp(paper.text), paper).results}
    assert results == {("76.2%", "zero-shot", None), ("45.1", None, "object detection")}
