"""The extractor's shortcuts give what the plain regexes give (issue 7: faster, same output)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from mlkg.extract.classify import (
    _APPOSED_AFTER_HEAD,
    _COUNTED_HEAD,
    _CUE_TAILS,
    _DATA_BEFORE,
    _LIST_AFTER,
    _LIST_BEFORE,
    _METRIC_BEFORE,
    _NAME_LIST,
    _PAREN_LIST_BEFORE,
    _SCORED_ON,
    _apposed_tail,
    _data_before,
    _long_form_ranges,
    _plural_head_in,
)
from mlkg.extract.names import _TC_RUN, _written_alone, lower_word_in
from mlkg.extract.repos import find_repositories
from mlkg.extract.roles import (
    _COMPARE,
    _COMPARE_MODEL,
    _COMPARE_MODEL_WORDS,
    _NAMING,
    _NAMING_WORDS,
    _OUR_PLURAL_LIST,
    _holds,
    _last_compare,
)

TEXTS = [
    "Vision Transformer (ViT) beats vision transformers; a VISION TRANSFORMER_x and vision transformer.",
    "Vision Transformers, vision transformer's, Vision-Transformer, vision transformerS",
    "Die Vision Transformer für Bilder — vision transformer-based models, Vision Transformerß",
    "Kelvin \u212a: vision transformer and v\u0130sion transformer (non-ASCII twins take the regex path)",
    "Graph Neural Network (GNN)s: graph neural networks and graph neural network. Graph Neural Network(",
]
LONGS = ["Vision Transformer", "vision transformer", "Graph Neural Network", "Network", "x", "network."]


def _regex_ranges(text: str, long: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.compile(re.escape(long) + r"s?\b", re.IGNORECASE).finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_long_form_ranges_match_the_regex(text: str) -> None:
    abbreviations = [SimpleNamespace(long=long) for long in LONGS]
    expected = [span for long in LONGS for span in _regex_ranges(text, long)]
    assert _long_form_ranges(text, abbreviations) == expected


def test_repository_pre_check_keeps_every_case() -> None:
    text = "Code: HTTPS://GitHub.COM/Owner/Repo and HuggingFace.co/org/model, HF.CO/datasets/a/b."
    assert [m.key for m in find_repositories(text)] == ["github:owner/repo", "hf:org/model", "hf-dataset:a/b"]
    assert list(find_repositories("no links here (github pages: user.github.io)")) == []


# Contexts before a name: every capitalised word of the gold abstracts, and made-up ones that each pattern takes.
_GOLD = Path(__file__).resolve().parents[2] / "data" / "gold"
_TAKEN = ["we report results on the ", "Experiments on ", "datasets such as ", "benchmarks, e.g., ",
          "we evaluate Zorb-7B on ", "top-1 accuracy on ", "86.4% J on ", "AP gains of 3.7% (",
          "a new dataset, called ", "we release a large-scale benchmark ", "a new agent framework named ",
          "on three benchmarks (", "two datasets, ", "datasets including the ", "benchmark datasets: "]


def _contexts() -> list[tuple[str, str]]:
    out = [(text, "") for text in _TAKEN]
    for path in sorted(_GOLD.glob("*texts.jsonl"))[:3]:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["abstract"]
            out += [(text[max(0, m.start() - 120):m.start()], text[m.start():m.start() + 160])
                    for m in re.finditer(r"\b[A-Z]", text)]
    return out


def test_context_cue_pre_check_keeps_every_match() -> None:
    """A name's context that fails the cheap test matches none of the three patterns it guards."""
    taken = 0
    for before, _ in _contexts():
        window = before[-40:]
        found = bool(_DATA_BEFORE.search(window.lower()) or _METRIC_BEFORE.search(window)
                     or _SCORED_ON.search(window))
        assert window.lower().endswith(_CUE_TAILS) or not found, window
        taken += found
    assert taken >= len(_TAKEN) // 2  # the made-up contexts are taken: the check above is not vacuous


def test_data_cue_words_keep_every_match() -> None:
    """_data_before's word test passes every window _DATA_BEFORE matches."""
    taken = 0
    for before, _ in _contexts():
        window = before[-40:].lower()
        found = _DATA_BEFORE.search(window) is not None
        assert _data_before(window) == found, window
        taken += found
    assert taken >= 5


def test_role_word_tests_keep_every_match() -> None:
    """A context that holds none of a role pattern's words matches none of it (the windows mention_role searches)."""
    extra = ["a new agent framework called ", "Using our proposed benchmarks, A and ", "we trained a 7B VLM, ",
             "improves the harder objective over ", "3.5x fewer parameters than ", "the same FID as "]
    taken = 0
    for before in [b for b, _ in _contexts()] + extra:
        lower = before.lower() if before.isascii() else None
        for pattern, start, words in ((_NAMING, -40, _NAMING_WORDS), (_OUR_PLURAL_LIST, -120, ("our",)),
                                      (_COMPARE_MODEL, 0, _COMPARE_MODEL_WORDS)):
            found = pattern.search(before[start:]) is not None
            assert _holds(lower, start, words) or not found, (pattern.pattern[:40], before)
            taken += found
    assert taken >= len(extra)


def test_word_finds_are_the_word_regexes() -> None:
    """lower_word_in and _written_alone find what (?<![\\w-])word(?![\\w-]) finds."""
    texts = ["a transformer-based Transformer, transformers and transformer_x; transformer", "Foo Bar: Foo Bar-2 Foo Bar"]
    for path in sorted(_GOLD.glob("*texts.jsonl"))[:1]:
        texts += [json.loads(line)["abstract"] for line in path.read_text(encoding="utf-8").splitlines()]
    found = 0
    for text in texts:
        for word in sorted({*re.findall(r"[A-Z][a-z]+(?: [A-Z][\w-]+)?", text), "Transformer", "Foo Bar", "x"}):
            plain = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
            lowered = re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None
            assert lower_word_in(text, word) == lowered, word
            assert _written_alone(text, word, 3) == [m.start() for m in plain.finditer(text, 3)], word
            found += lowered
    assert found >= 5


def test_list_pre_checks_keep_every_match() -> None:
    """The list patterns need a plural head (or an appositive's last word); a context without one matches none."""
    taken = 0
    for before, after in _contexts():
        headed = _plural_head_in(before) or "benchmark " in before
        for pattern in (_LIST_BEFORE, _PAREN_LIST_BEFORE, _COUNTED_HEAD):
            found = pattern.search(before)
            assert headed or not found, (pattern.pattern[:40], before)
            taken += bool(found)
        found = _APPOSED_AFTER_HEAD.search(before.lower())
        assert _apposed_tail(before) or not found, before
        taken += bool(found)
        found = _LIST_AFTER.match(after)
        assert _plural_head_in(after) or not found, after
    assert taken >= 5


def test_the_last_comparison_cue_is_the_case_blind_patterns() -> None:
    """The lower-cased ASCII search finds what _COMPARE (IGNORECASE) finds, at the same offsets."""
    extra = ["Our model OUTPERFORMS Foo and is Better Than ", "compared with baselines; Vs. the ",
             "Kelvin \u212a sign: more Accurate than ", "SUPERIOR TO the İstanbul ", "on par with "]
    found = 0
    for before, _ in _contexts() + [(text, "") for text in extra]:
        last = None
        for last in _COMPARE.finditer(before):
            pass
        fast = _last_compare(before)
        assert (fast.span() if fast else None) == (last.span() if last else None), before
        found += last is not None
    assert found >= 20


def test_capital_first_patterns_find_what_the_look_behind_first_ones_find() -> None:
    """_TC_RUN and _NAME_LIST open with their capital, then the look-behind: the matches of the patterns
    written look-behind first, on the gold abstracts and made-up lists."""
    tc_word = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*"
    old_runs = re.compile(rf"(?<![\w-]){tc_word}(?:\s(?:(?:of|for|and)\s)?{tc_word}){{1,7}}(?![\w-])")
    item = r"[A-Z][\w.'’+-]*(?: [A-Z0-9][\w.+-]*){0,3}"
    old_lists = re.compile(rf"(?<![\w-])({item}(?:, {item}){{1,8}},? (?:and|or) {item})(?![\w-])")
    texts = ["on COCO, LVIS and Objects365; x-Foo Bar, Baz Qux, and Quux",
             "the Side-View Normal Discriminator and a-Fact Executor, _Step Planner of Cross Scale Fusion Block"]
    for path in sorted(_GOLD.glob("*texts.jsonl"))[:3]:
        texts += [json.loads(line)["abstract"] for line in path.read_text(encoding="utf-8").splitlines()]
    runs = lists = 0
    for text in texts:
        for pos in (0, len(text) // 2):
            expected = [m.span() for m in old_runs.finditer(text, pos)]
            assert [m.span() for m in _TC_RUN.finditer(text, pos)] == expected
            runs += len(expected)
            expected = [(m.span(), m.span(1)) for m in old_lists.finditer(text, pos)]
            assert [(m.span(), m.span(1)) for m in _NAME_LIST.finditer(text, pos)] == expected
            lists += len(expected)
    assert runs >= 20 and lists >= 3


def _letter_words() -> list[str]:
    """Words of ASCII letters alone that the affix rules hold as words: every letter and pair of letters, the
    descriptive words, the sentence openers and the units (and each after a letter)."""
    from spacy.lang.char_classes import UNITS

    from mlkg.extract.tokenizer import _OPENERS, DESCRIPTIVE

    letters = [chr(c) for c in range(ord("A"), ord("Z") + 1)] + [chr(c) for c in range(ord("a"), ord("z") + 1)]
    words = letters + [a + b for a in letters for b in letters] + ["Transformer", "based", "The", "km", "kmh", "hPa"]
    words += [w for w in re.split(r"[|\\]+", f"{DESCRIPTIVE}|{_OPENERS}|{UNITS}") if w.isalpha() and w.isascii()]
    return words + ["x" + w for w in words] + ["X" + w for w in words]


def test_letter_words_take_no_suffix_or_infix() -> None:
    """The tokenizer answers "no suffix, no infix" at once for a word of ASCII letters: no rule matches one (each
    rule tried alone, so that a rule a later one would shadow is tested too)."""
    from spacy.lang.en import English

    from mlkg.extract.tokenizer import _EXTRA_INFIXES, _EXTRA_SUFFIXES, _affixes, _LetterWordSkip

    # (spaCy drops a blank rule when it joins them)
    suffixes = [re.compile(rf"(?:{rule})$") for rule in (*English.Defaults.suffixes, *_EXTRA_SUFFIXES) if rule.strip()]
    infixes = [re.compile(rule) for rule in (*English.Defaults.infixes, *_EXTRA_INFIXES) if rule.strip()]
    words = _letter_words()
    assert len(words) > 8000
    for word in words:
        assert not any(rule.search(word) for rule in suffixes), word
        assert not any(rule.search(word) for rule in infixes), word
    _, suffix, infix = _affixes(English.Defaults)
    assert infix is not None
    for text in ("model.", "LoRA-based", "x's", "(ViT", "GPT-4(73.8)", "ChartQA:71.3", "AIGer.Specifically", "km"):
        assert _LetterWordSkip(suffix).search(text) == suffix.search(text) or \
            _LetterWordSkip(suffix).search(text).span() == suffix.search(text).span()  # type: ignore[union-attr]
        assert [m.span() for m in _LetterWordSkip(infix).finditer(text)] == [m.span() for m in infix.finditer(text)]


def test_token_match_gate_keeps_every_match() -> None:
    """The tokenizer's token_match tries its pattern only on a chunk with a separator or a digit: the same
    answers as the pattern on the gold abstracts' chunks (and their trims) and on made-up names."""
    from mlkg.extract.tokenizer import _GATED_TOKEN_MATCH, _TOKEN_MATCH

    chunks = ["Qwen2.5-VL-7B", "T3M", "fev-bench", "Foo10K", "SceneSplat-7K", "ViT-L/14", "α-β", "model", "M^2-Encoder"]
    for path in sorted(_GOLD.glob("*texts.jsonl"))[:3]:
        lines = path.read_text(encoding="utf-8").splitlines()
        chunks += [w for line in lines for w in json.loads(line)["abstract"].split()]
    matched = 0
    for chunk in chunks:
        for text in (chunk, chunk[1:], chunk[:-1]):
            expected = _TOKEN_MATCH.match(text)
            assert (_GATED_TOKEN_MATCH.match(text) is None) == (expected is None), text
            matched += expected is not None
    assert matched >= 100
