"""Claimed results: (model, dataset or benchmark, metric, value) from result sentences.

"a top-1 accuracy of 84.8% on ImageNet-1k", "an F1 of 93.2 on the SQuAD v1.1
dev set", "achieves 45.3 mAP on COCO". The dataset must be an entity the
pipeline found in the same sentence; the model is the Model named before the
metric, else the paper's own introduced model.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from mlkg.model import EntityType, Role

from .candidates import doc_text, ensure_doc_extensions, sentence_bounds, sentence_starts
from .classify import DocEntity
from .cues import METRICS
from .spans import entity_rows, read_entities, set_doc_value

_METRIC = re.compile(rf"(?<![\w-])(?:{METRICS})(?![\w-])", re.IGNORECASE)
_VALUE = re.compile(r"(?<![\w.])[+]?\d+(?:\.\d+)?\s?%?(?![\w.]*\d)")
_PATTERNS = [
    # "a top-1 accuracy of 84.8% on ImageNet-1k" / "an F1 of 93.2 on the SQuAD dev set"
    re.compile(rf"(?P<metric>{METRICS})\s+(?:score\s+)?(?:of|at|=|:)\s+(?P<value>[+]?\d+(?:\.\d+)?\s?%?)"
               r"(?P<gap>[^.;]{0,40}?)\b(?:on|in|for)\s+(?:the\s+)?$", re.IGNORECASE),
    # "84.8% top-1 accuracy on ImageNet-1k"
    re.compile(rf"(?<![\w.\-/])(?P<value>[+]?\d+(?:\.\d+)?\s?%?)\s+(?:\w+\s+)?(?P<metric>{METRICS})"
               r"(?P<gap>[^.;]{0,40}?)\b(?:on|in|for)\s+(?:the\s+)?$", re.IGNORECASE),
]
# "... accuracies of 88.5% on ImageNet and 80.7% on ImageNet-CN": the metric stated once, earlier.
_VALUE_ON = re.compile(r"(?<![\w.\-/])(?P<value>[+]?\d+(?:\.\d+)?\s?%?)\s+(?:on|in)\s+(?:the\s+)?$")
# The end that _PATTERNS and _VALUE_ON share: a text not ending so cannot match either (a cheap pre-check).
_ON_TAIL = re.compile(r"\b(?:on|in|for)\s+(?:the\s+)?$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # _AFTER needs a value
# "on ImageNet, TinyViT reaches 84.8% top-1 accuracy"
_AFTER = re.compile(rf"^[^.;]{{0,80}}?(?:(?<![\w.\-/])(?P<value>[+]?\d+(?:\.\d+)?\s?%?)\s+(?:\w+\s+)?(?P<metric>{METRICS})|"
                    rf"(?P<metric2>{METRICS})\s+(?:of|at)\s+(?P<value2>[+]?\d+(?:\.\d+)?\s?%?))", re.IGNORECASE)


class DocResult(NamedTuple):
    """One claim as the component found it; stored on the Doc as a plain row."""

    model: str
    dataset: str
    metric: str
    value: str
    sent_start: int
    sent_end: int


_DATA_TYPES = frozenset({EntityType.DATASET.value, EntityType.BENCHMARK.value})


@Language.factory(
    "mlkg_results",
    assigns=["doc._.mlkg_results", "doc._.mlkg_result_rows"],
    requires=["doc._.mlkg_entities"],
    default_config={},
)
def make_results(nlp: Language, name: str) -> ResultExtractor:
    return ResultExtractor(name)


class ResultExtractor:
    def __init__(self, name: str) -> None:
        self.name = name
        ensure_doc_extensions()

    def __call__(self, doc: Doc) -> Doc:
        results: list[DocResult] = []
        text = doc_text(doc)
        if not any(row["type"] in _DATA_TYPES and row["mentions"] for row in entity_rows(doc)):
            set_doc_value(doc, "mlkg_result_rows", results)  # no dataset named: no claim (and no entities to read)
            return doc
        entities = read_entities(doc)
        data_mentions = sorted(((c, e) for e in entities if e.type in (EntityType.DATASET, EntityType.BENCHMARK)
                                for c in e.mentions), key=lambda ce: ce[0].start)
        # Every claim needs a dataset mention, a value and a metric: the cheapest tests first.
        if not data_mentions or not _VALUE.search(text) or not _METRIC.search(text):
            set_doc_value(doc, "mlkg_result_rows", [])
            return doc
        own = next((e for e in entities if e.type is EntityType.MODEL and e.role is Role.INTRODUCES), None)
        models = sorted(((c, e) for e in entities if e.type is EntityType.MODEL for c in e.mentions),
                        key=lambda ce: ce[0].start)
        seen = set()
        for cand, entity in data_mentions:
            sent_start, sent_end = sentence_bounds(doc, cand.start)
            before = text[sent_start:cand.start]
            found = None
            if _ON_TAIL.search(before):
                for pattern in _PATTERNS:
                    match = pattern.search(before)
                    if match:
                        found = (match.group("metric"), match.group("value"), sent_start + match.start())
                        break
                if found is None:
                    tail = _VALUE_ON.search(before)
                    metric_before = list(_METRIC.finditer(before)) if tail else None
                    if tail and metric_before:
                        found = (metric_before[-1].group(0), tail.group("value"), sent_start + tail.start())
            if found is None and _DIGIT.search(text, cand.end, sent_end):
                match = _AFTER.match(text[cand.end:sent_end])
                if match:
                    metric = match.group("metric") or match.group("metric2")
                    value = match.group("value") or match.group("value2")
                    found = (metric, value, cand.end + match.start())
            if found is None:
                continue
            metric, value, at = found
            model = next((e for c, e in reversed(models) if sent_start <= c.start < at), own)
            item = (model.name if model else "", entity.name, metric.strip(), value.replace(" ", ""))
            if item in seen:
                continue
            seen.add(item)
            results.append(DocResult(*item, sent_start, sent_end))
        self._carry_over(doc, text, results, seen, own, models)
        set_doc_value(doc, "mlkg_result_rows", [list(r) for r in results])  # plain rows; doc._.mlkg_results reads them back
        return doc

    @staticmethod
    def _carry_over(doc: Doc, text: str, results: list[DocResult], seen: set, own: DocEntity | None,
                    models: list) -> None:  # type: ignore[type-arg]
        """"It reaches 86.5% accuracy": a value and metric with no dataset keep the last result's dataset."""
        if not results:
            return
        last = results[-1]
        done = {r.sent_start for r in results}
        for start in sentence_starts(doc):
            if start <= last.sent_start or start in done:
                continue
            _, end = sentence_bounds(doc, start)
            match = _AFTER.match(text[start:end])
            if not match or re.search(r"\b(?:on|in)\s+[A-Z]", text[start:end]):
                continue
            metric = (match.group("metric") or match.group("metric2")).strip()
            value = (match.group("value") or match.group("value2")).replace(" ", "")
            at = start + match.start()
            model = next((e for c, e in reversed(models) if start <= c.start < at), own)
            item = (model.name if model else "", last.dataset, metric, value)
            if item not in seen:
                seen.add(item)
                results.append(DocResult(*item, start, end))
