"""``mlkg_decide``: the trained layer that has the last word on which candidate names are entities.

The rule components propose (lexicon, shapes, definitions, title) and vote a type
(``mlkg_types``); this component scores every name of the paper, the ones the rules kept and the
ones they dropped, with :class:`~.model.DeciderModel`, and overrules the rules only when the
model is confident (thresholds chosen by cross-validation on the training data, never on the
locked test split). It runs after ``mlkg_types`` and before ``mlkg_roles``, so roles, results and
the graph see its decisions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from mlkg.model import EntityType

from ..candidates import doc_text, ensure_doc_extensions
from ..classify import DocEntity
from ..lexicon import CORPUS_KEYS, WELL_KNOWN_PAPERS
from ..shapes import norm_key
from ..spans import read_entities, write_entities
from .features import LABELS, Unit, featurize, never, units, vetoed
from .model import DeciderModel

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "decider.json.gz"


@lru_cache(maxsize=4)
def load_weights(path: str | None = None) -> DeciderModel:
    """The decider's weights (the shipped ones by default), read once per process."""
    return DeciderModel.from_disk(path or WEIGHTS)


@Language.factory(
    "mlkg_decide",
    assigns=["doc.spans", "doc.ents"],
    requires=["doc.spans"],
    default_config={"path": None, "weights": None},
)
def make_decider(nlp: Language, name: str, path: str | None, weights: str | None) -> Decider:
    from ..lexicon import load_lexicon

    return Decider(name, load_lexicon(path).entries, load_weights(weights))


class Decider:
    """Scores every name of a Doc; drops, adds or retypes entities where the model is confident."""

    def __init__(self, name: str, entries: Mapping[str, Any], model: DeciderModel) -> None:
        self.name = name
        self.entries = entries
        self.model = model
        # the data families hundreds of papers name, by name: a variant of one ("MMLU-STEM") stays data
        self.known_data = {norm_key(form) for entry in entries.values()
                           if entry.type in ("Dataset", "Benchmark") and entry.papers >= CONFIRMED_PAPERS
                           for form in entry.forms}
        # ... and the model families, whose numbered members ("ResNet-20", a depth) stay models
        self.known_models = {norm_key(form) for entry in entries.values()
                             if entry.type == "Model" and entry.papers >= CONFIRMED_PAPERS for form in entry.forms}
        ensure_doc_extensions()

    def __call__(self, doc: Doc) -> Doc:
        found = units(doc, self.entries)
        if not found:
            return doc
        th = self.model.thresholds
        entities: list[DocEntity] = []  # read only when a kept entity changes type
        dropped: set[int] = set()
        added: list[tuple[float, Unit, str]] = []
        changed = False
        judge_kept = th.drop <= 1.0 or th.retype <= 1.0
        judge_dropped = th.add <= 1.0
        for unit in found:
            if unit.row is None:
                # (a dropped name that never or vetoed rules out stays dropped either way: the vetoes, whose first
                # test rules out most, are asked first, and never only of the names they let through)
                if not judge_dropped or vetoed(doc, unit) or never(doc, unit):
                    continue  # the thresholds or the vocabulary say the model may not overrule the rules here
            elif never(doc, unit):
                dropped.add(unit.row)
                changed = True
                continue
            elif not judge_kept:
                continue  # (vetoed rules out no kept name)
            p = self.model.probabilities(featurize(doc, unit, self.entries))
            best = max(range(1, len(LABELS)), key=lambda i: p[i])
            if unit.row is not None and _KIND.get(LABELS[best]) != _KIND.get(unit.rule_type) and \
                    self._confirmed(unit):
                continue  # the corpus confirms the rules: a name hundreds of papers use as the kind the rules say
                # (as data, which of dataset or benchmark is for the model to say)
            if unit.row is not None:
                if p[0] >= th.drop and not (_KIND.get(unit.rule_type) == "data" and (
                        self._confirmed(unit) or self._scored_set(doc, unit))):
                    dropped.add(unit.row)
                    changed = True
                elif not unit.stated and LABELS[best] != unit.rule_type and \
                        p[best] - p[LABELS.index(unit.rule_type)] >= th.retype and \
                        _HEADED.get(unit.name.rsplit(" ", 1)[-1]) != unit.rule_type and \
                        not _family_holds(unit, found, LABELS[best]) and not (
                            LABELS[best] == "Model" and self._known_data_variant(unit)) and not (
                            unit.rule_type == "Model" and self._known_model_release(unit)):
                    entities = entities or read_entities(doc)
                    entities[unit.row].type = EntityType(LABELS[best])
                    changed = True
            elif 1.0 - p[0] >= th.add:
                added.append((1.0 - p[0], unit, _HEADED.get(unit.name.rsplit(" ", 1)[-1], LABELS[best])))
        new = _non_overlapping(added)
        if not changed and not new:
            return doc
        entities = entities or read_entities(doc)
        kept = [e for i, e in enumerate(entities) if i not in dropped]
        write_entities(doc, kept + _fold_into_kept(kept, new))
        return doc


    def _known_data_variant(self, unit: Unit) -> bool:
        """A variant the rules keep as data of a data family many papers name ("cross-domain (MMLU-STEM)"): the
        model, reading the variant's context alone, would make a model of it."""
        return _KIND.get(unit.rule_type) == "data" and "-" in unit.name and not _MODEL_SUFFIX.search(unit.name) \
            and norm_key(unit.name.rsplit("-", 1)[0]) in self.known_data

    def _known_model_release(self, unit: Unit) -> bool:
        """A numbered member of a model family many papers name, kept by the rules as a model ("on the ResNet-20
        with PFC"): the model, reading "on the", would make data of it."""
        stem, dash, tail = unit.name.rpartition("-")
        return bool(dash) and tail.isdigit() and len(tail) <= 3 and norm_key(stem) in self.known_models

    def _scored_set(self, doc: Doc, unit: Unit) -> bool:
        """A kept set the corpus contexts type as data, not as a metric, written before the score a number is of ("a
        GLUE score of 85.1"): the model, reading a name before "score" as a metric's, would drop it."""
        entry = self.entries.get(unit.lexicon_id) if unit.lexicon_id is not None else None
        if entry is None or entry.type != unit.rule_type or len(entry.corpus) <= _METRIC_CTX:
            return False
        data = entry.corpus[_DATASET_CTX] + entry.corpus[_BENCHMARK_CTX] + entry.corpus[_EVAL_CTX]
        if data < 5 or entry.corpus[_METRIC_CTX] * 3 > data:
            return False
        text = doc_text(doc)
        return any(_SCORE_OF_NUMBER.match(text, m.end) for m in unit.mentions)

    def _confirmed(self, unit: Unit) -> bool:
        """A kept name the lexicon knows from many papers (:data:`CONFIRMED_PAPERS`), typed by the rules as the
        lexicon types it ("ImageNet" a dataset, "LLaVA" a model): where the model, trained on a few thousand
        names, would make a model of such data or data of such a model on one paper's context ("how ImageNet
        models exploit them"), or drop such data ("0.87 MMLU score", where a name before "score" is most often a
        metric's; a model's name may be a metric's, "MAE", or a family's, "GPT"), the rules' decision stands."""
        entry = self.entries.get(unit.lexicon_id) if unit.lexicon_id is not None else None
        return entry is not None and entry.type == unit.rule_type and entry.papers >= CONFIRMED_PAPERS


def _family_holds(unit: Unit, found: list[Unit], label: str) -> bool:
    """"Multi30k-En", "Multi30k-Uk" beside Multi30k, which the rules keep as data: a variant of a kept name, typed
    by the rules as its family is, keeps its family's kind (the model, reading each variant's own context, would
    make models of a dataset's language versions)."""
    return _KIND.get(label) != _KIND.get(unit.rule_type) and not _MODEL_SUFFIX.search(unit.name) and any(
        other is not unit and other.row is not None and len(other.name) >= 3 and unit.name.startswith(other.name + "-")
        and _KIND.get(other.rule_type) == _KIND.get(unit.rule_type) for other in found)


# A last part that makes a model of whatever it is joined to: "ConverSeg-Net", "JAV-DiT", "OTC-GRPO".
_MODEL_SUFFIX = re.compile(r"-(?:[\w-]*(?:Net|DiT|Former|former|GPT|BERT|GAN|VAE)|GRPO|PPO|DPO|RL|SFT|LoRA)$")


CONFIRMED_PAPERS = WELL_KNOWN_PAPERS
_DATASET_CTX, _BENCHMARK_CTX, _EVAL_CTX, _METRIC_CTX = (CORPUS_KEYS.index(k) for k in (
    "dataset_ctx", "benchmark_ctx", "eval_ctx", "metric_ctx"))
_SCORE_OF_NUMBER = re.compile(r"\s+scores?\s+(?:of\s+)?[+-]?\d")  # "a GLUE score of [85.1]"
_KIND = {"Dataset": "data", "Benchmark": "data", "Model": "model"}
# The head a name of several words ends on says what it names: an added "Multi-Cam Video Dataset" is data whatever
# the model's type scores say, and a kept "Quill Reasoning Bench" the rules typed by its head stays a benchmark.
# (Narrower than the rules' head lists: a final "Set", "Task" or "Challenge" of a capitalised name decides less.)
_HEADED = {"Dataset": "Dataset", "Corpus": "Dataset", "Database": "Dataset", "Benchmark": "Benchmark",
           "Bench": "Benchmark"}


def _fold_into_kept(kept: list[DocEntity], new: list[DocEntity]) -> list[DocEntity]:
    """Added names that are a kept entity's other form join it: the rules kept the title's "Adaptive Temporal
    Refinement", the model adds the acronym ATR it defines, one entity named by its acronym."""
    by_key = {e.key: e for e in kept}
    out = []
    for entity in new:
        target = by_key.get(entity.key)
        if target is None:
            out.append(entity)
            continue
        target.mentions = sorted([*target.mentions, *entity.mentions], key=lambda m: (m.start, m.end))
        if target.name in entity.aliases:  # the kept name is the added one's long form
            target.aliases = [a for a in dict.fromkeys([target.name, *target.aliases, *entity.aliases])
                              if a != entity.name]
            target.name = entity.name
    return out


def _non_overlapping(added: list[tuple[float, Unit, str]]) -> list[DocEntity]:
    """Added names, longest first, skipping one whose mentions all lie inside names already taken."""
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, DocEntity]] = []
    for score, unit, label in sorted(added, key=lambda a: (-len(a[1].name), a[1].mentions[0].start)):
        mentions = [m for m in unit.mentions if not any(s <= m.start and m.end <= e for s, e in taken)]
        if not mentions:
            continue
        taken.extend((m.start, m.end) for m in mentions)
        entry = next((m.entry for m in mentions if m.entry is not None), None)
        aliases = list(dict.fromkeys(m.long_form for m in mentions if m.long_form))
        out.append((mentions[0].start, DocEntity(
            unit.key, unit.name, type=EntityType(label), mentions=mentions, aliases=aliases,
            confidence=round(score, 3), lexicon_id=entry.id if entry is not None else None,
            lexicon_name=entry.name if entry is not None else None, extractor="mlkg_decide")))
    return [e for _, e in sorted(out, key=lambda x: x[0])]
