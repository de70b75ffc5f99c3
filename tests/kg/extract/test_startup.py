"""The extractor's start-up cache (lexicon patterns) and the lexicon's coded errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mlkg.errors import MlkgError
from mlkg.extract.lexicon import Lexicon, LexiconError
from mlkg.extract.pipeline import create_nlp
from mlkg.extract.startup_cache import cache_dir, load_patterns, patterns_path

FORMS = ["CLIP", "ViT-L/14", "Something-Something v2"]


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> list[tuple[int, ...]]:
        self.calls += 1
        return [(1, 2), (3,), (4, 5, 6)]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MLKG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_cache_dir_honours_mlkg_cache_dir_then_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MLKG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "mlkg"
    monkeypatch.setenv("MLKG_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"


def test_miss_builds_and_writes_then_hit_reads(cache: Path) -> None:
    build = Builder()
    first = load_patterns(FORMS, "tok", build)
    assert build.calls == 1 and patterns_path(FORMS, "tok").is_file()
    assert patterns_path(FORMS, "tok").parent == cache
    second = load_patterns(FORMS, "tok", build)
    assert build.calls == 1 and second == first == [(1, 2), (3,), (4, 5, 6)]


def test_the_key_changes_with_the_forms_and_the_tokenizer(cache: Path) -> None:
    path = patterns_path(FORMS, "tok")
    assert patterns_path([*FORMS, "MMLU"], "tok") != path
    assert patterns_path(FORMS, "other tokenizer") != path


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"\x81\xa5forms\x02"])
def test_a_damaged_cache_is_rebuilt_not_fatal(cache: Path, damage: bytes) -> None:
    path = patterns_path(FORMS, "tok")
    path.parent.mkdir(parents=True)
    path.write_bytes(damage)
    build = Builder()
    assert load_patterns(FORMS, "tok", build) == [(1, 2), (3,), (4, 5, 6)]
    assert build.calls == 1
    assert load_patterns(FORMS, "tok", build) and build.calls == 1  # rewritten


def test_an_unwritable_cache_dir_only_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("MLKG_CACHE_DIR", str(blocker / "cache"))
    build = Builder()
    assert load_patterns(FORMS, "tok", build) == [(1, 2), (3,), (4, 5, 6)]


def test_cached_patterns_match_as_freshly_tokenized_ones(cache: Path, lexicon_path: str) -> None:
    text = "A title\n\nWe use Cifar-10, CIFAR10, Something-Something v2 and CLIP with Diffusion Policy."
    cold = create_nlp(lexicon_path)
    assert list(cache.glob("lexicon-patterns-*.msgpack"))
    warm = create_nlp(lexicon_path)
    cold_doc, warm_doc = cold(text), warm(text)
    assert [(s.start, s.end, s.kb_id_) for s in cold_doc.spans["mlkg_candidates"]] == \
        [(s.start, s.end, s.kb_id_) for s in warm_doc.spans["mlkg_candidates"]]
    assert any(s.kb_id_ == "dataset:something-something-v2" for s in warm_doc.spans["mlkg_candidates"])


@pytest.mark.parametrize(("content", "code"), [
    (None, "E100"),
    ('{"id": "x", "name": "X"}\n', "E101"),
    ('{"id": "x", "name": "X", "type": "Gadget"}\n', "E102"),
])
def test_lexicon_errors_are_coded(tmp_path: Path, content: str | None, code: str) -> None:
    path = tmp_path / "lexicon.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        Lexicon.from_jsonl(path)
    assert isinstance(info.value, MlkgError) and info.value.code == code
    assert str(path) in str(info.value)


def test_a_lexicon_that_is_not_utf8_is_a_coded_error(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.jsonl"
    path.write_bytes(json.dumps({"id": "x", "name": "X", "type": "Model"}).encode() + b"\xff\n")
    with pytest.raises(LexiconError) as info:
        Lexicon.from_jsonl(path)
    assert info.value.code == "E100"
