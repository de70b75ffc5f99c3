"""The shortcuts of the seventh speed pass give what the plain code gives (faster, same output)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from mlkg.extract.candidates import doc_text, sentence_starts
from mlkg.extract.classify import (
    _BRACKET_TAILS,
    _DATA_BEFORE,
    _DATA_BEFORE_LOWER,
    _MODEL_LIST_CUE,
    _TASK_BRACKET_BEFORE,
    TypeClassifier,
    _data_before,
    _model_list_cue,
    api_id_only,
    bracketed_classes,
    enumeration_label,
    generic_text,
    hyphened_metric,
    listed_as_metrics,
    listed_as_tasks,
    long_form_of_no_artifact,
    metric_apposed,
    metric_nouned,
    names_a_class,
    names_a_kind,
    names_a_language,
    names_a_phenomenon,
    names_a_task,
    non_entity,
    plural_of_plain_acronym,
    run_together,
    scored_joined_score,
    task_in_passing,
    unit_after_number,
)
from mlkg.extract.decide.features import Unit, units, vetoed
from mlkg.extract.pipeline import create_nlp
from mlkg.extract.repos import _GITHUB, _HF, find_repositories
from mlkg.extract.roles import _OWN_VOICE, _OWN_VOICE_LOWER
from mlkg.extract.spans import abbreviations_of, read_candidates
from mlkg.identity import norm_key

from .test_fast_paths import _contexts

_GOLD = Path(__file__).resolve().parents[2] / "data" / "gold"


def _abstracts(limit: int = 60) -> list[str]:
    """Titles and abstracts of the gold texts outside the locked test split."""
    rows = [row for row in map(json.loads, (_GOLD / "texts.jsonl").read_text(encoding="utf-8").splitlines())
            if row.get("split") not in ("test", "locked")]
    return [f"{row['title']}\n\n{row['abstract']}" if row.get("title") else row["abstract"] for row in rows[:limit]]


@pytest.fixture(scope="module")
def docs() -> list[Doc]:
    """Gold abstracts through the shipped pipeline (the shipped lexicon and decider)."""
    nlp: Language = create_nlp()
    return list(nlp.pipe(_abstracts()))


def test_lower_case_patterns_are_the_case_blind_ones() -> None:
    """On lower-cased ASCII text the case-sensitive copies match what the IGNORECASE patterns match."""
    taken = 0
    for before, after in _contexts():
        for window in (before[-40:].lower(), (before + after).lower()):
            if not window.isascii():
                continue
            plain, fast = _DATA_BEFORE.search(window), _DATA_BEFORE_LOWER.search(window)
            assert (plain.span() if plain else None) == (fast.span() if fast else None), window
            plain, fast = _OWN_VOICE.search(window), _OWN_VOICE_LOWER.search(window)
            assert (plain.span() if plain else None) == (fast.span() if fast else None), window
            taken += plain is not None
    assert taken >= 20
    for before, _ in _contexts():
        assert _data_before(before[-40:].lower()) == (_DATA_BEFORE.search(before[-40:].lower()) is not None)


def test_pre_checks_keep_every_match() -> None:
    """A window failing the bracket-tail or cue-word test matches neither guarded pattern."""
    extra = ["results on pose estimation (", "results on pose estimation (\n", "models like ", "e.g. "]
    for before in [b[-40:] for b, _ in _contexts()] + extra:
        assert _model_list_cue(before) == (_MODEL_LIST_CUE.search(before) is not None), before
        assert before.endswith(_BRACKET_TAILS) or _TASK_BRACKET_BEFORE.search(before) is None, before


@pytest.mark.parametrize("text", [
    "Code: HTTPS://GitHub.COM/Owner/Repo and HuggingFace.co/org/model, HF.CO/datasets/a/b.",
    "A long text before it. " * 20 + "See https://www.github.com/a/b and www.huggingface.co/c/d then hf.co/e/f",
    "hf.co/x/y first, then https://huggingface.co/datasets/p/q and github.com/r/s",
    "\u0130stanbul (the capital \u0130 lower-cases to two characters) https://github.com/o/r",
    "no links here (github pages: user.github.io)",
])
def test_repository_searches_start_before_every_match(text: str) -> None:
    """The first offset searched is at or before every match a search from the text's start finds."""
    keys = [m.key for m in find_repositories(text)]
    starts = [m.start() for m in _GITHUB.finditer(text)] + [m.start() for m in _HF.finditer(text)]
    lower = text.lower()
    if len(lower) == len(text):
        for piece, lead in (("thub.com/", 14), ("ngface.co/", 16), ("hf.co/", 12)):
            first = lower.find(piece)
            pattern = _GITHUB if piece == "thub.com/" else _HF
            matches = [m.start() for m in pattern.finditer(text) if piece in m.group(0).lower()]
            assert first < 0 or all(start >= first - lead for start in matches)
    assert len(keys) <= len(starts)


def test_own_voice_lower_case_search_on_sentences(docs: list[Doc]) -> None:
    """Sentence by sentence, as _own_work_start searches, the lower-cased search finds the same matches."""
    for doc in docs:
        text = doc_text(doc)
        if not text.isascii():
            continue
        lower, starts = text.lower(), sentence_starts(doc)
        for k, start in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else len(text)
            plain, fast = _OWN_VOICE.search(text, start, end), _OWN_VOICE_LOWER.search(lower, start, end)
            assert (plain.span() if plain else None) == (fast.span() if fast else None)


def test_read_candidates_skips_what_the_caller_dropped(docs: list[Doc]) -> None:
    """Skipping sources and covered characters on the rows gives the full list, filtered."""
    skipped = frozenset({"repository", "organization"})
    for doc in docs:
        every = read_candidates(doc)
        covered = {i for cand in every[::3] for i in range(cand.start, cand.end)}
        expected = [(c.start, c.end, c.source) for c in every
                    if c.source not in skipped and covered.isdisjoint(range(c.start, c.end))]
        got = read_candidates(doc, skip_sources=skipped, covered=covered)
        assert [(c.start, c.end, c.source) for c in got] == expected


def _vetoed_in_the_written_order(doc: Doc, unit: Unit) -> bool:
    """vetoed as it was written before its tests were reordered (the reference)."""
    if unit.row is not None:
        return False
    if any(m.entry is not None and m.entry.type == "Organization" for m in unit.mentions):
        return True
    if unit.lexicon_id is None and unit.mentions and all(api_id_only(m.text) for m in unit.mentions):
        return True
    if non_entity(unit.name) or generic_text(unit.name) or hyphened_metric(unit.name) or any(
            long_form_of_no_artifact(m.long_form) or names_a_class(m) or names_a_language(m) for m in unit.mentions):
        return True
    text = doc_text(doc)
    if all(unit_after_number(text, m) for m in unit.mentions) and unit.mentions:
        return True
    if all(listed_as_metrics(text, m) for m in unit.mentions) and unit.mentions:
        return True
    if unit.lexicon_id is None and run_together(text, unit.name):
        return True
    if unit.lexicon_id is None and plural_of_plain_acronym(doc, unit.name):
        return True
    if unit.lexicon_id is None and any(listed_as_tasks(text, m) for m in unit.mentions):
        return True
    if any(metric_apposed(text, m) or metric_nouned(text, m) or scored_joined_score(text, m) or names_a_phenomenon(text, m)
           or names_a_task(text, m) or names_a_kind(text, m) or enumeration_label(text, m) for m in unit.mentions):
        return True
    if norm_key(unit.name) in bracketed_classes(text):
        return True
    if task_in_passing(doc, unit.mentions):
        return True
    return any(m.entry is not None and m.entry.type == "Generic" for m in unit.mentions)


def test_vetoes_in_any_order_veto_the_same_names(docs: list[Doc]) -> None:
    """The reordered vetoes veto exactly the names the written order vetoes."""
    from mlkg.extract.lexicon import load_lexicon

    entries = load_lexicon(None).entries
    judged = vetoed_count = 0
    for doc in docs:
        for unit in units(doc, entries):
            expected = _vetoed_in_the_written_order(doc, unit)
            assert vetoed(doc, unit) == expected, unit.name
            judged += unit.row is None
            vetoed_count += expected
    assert judged >= 20 and vetoed_count >= 5


def test_named_definition_is_kept_per_doc(docs: list[Doc]) -> None:
    """The answer kept per Doc and definition is the one computed afresh, whatever Doc was asked before."""
    for _ in range(2):
        for doc in docs:
            for abbr in abbreviations_of(doc):
                assert TypeClassifier._named_definition(abbr, doc) == TypeClassifier._names_by_definition(abbr, doc)


def test_no_pattern_here_folds_case_by_itself() -> None:
    """The lower-case copies have no IGNORECASE flag and no upper-case letter the originals would fold."""
    for plain, fast in ((_DATA_BEFORE, _DATA_BEFORE_LOWER), (_OWN_VOICE, _OWN_VOICE_LOWER)):
        assert fast.pattern == plain.pattern and not fast.flags & re.IGNORECASE
        assert not re.search(r"(?<!\\)[A-Z]", plain.pattern)
