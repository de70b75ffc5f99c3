"""Identity: keys, slugs, node ids and URIs, for ASCII names (unchanged) and Unicode ones."""

from __future__ import annotations

import random
import re
import string
import unicodedata

import pytest

from mlkg.identity import name_key, name_slug, native_slug, node_id, norm_key, slug, strip_acronym_plural, uri
from mlkg.model import Entity, EntityType, Evidence, Extraction, Paper, Role
from mlkg.resolve import resolve

# The rules as they were before Unicode was handled; ASCII names must keep these keys and ids.
_OLD_NORM_DROP = re.compile(r"[^0-9a-z:/+]+")
_OLD_SLUG_DROP = re.compile(r"[^0-9a-z._+/-]+")


def _old_norm_key(name: str) -> str:
    return _OLD_NORM_DROP.sub("", name.lower())


def _old_slug(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold().replace("/", "-")
    return _OLD_SLUG_DROP.sub("-", folded).strip("-") or "x"


def test_ascii_keys_and_slugs_are_as_before() -> None:
    rng = random.Random(12)
    samples = ["CIFAR-10", "ViT-L/14", "Something-Something~v2", "M^2-Encoder", "a_b", "GPT-4o", "", " - "]
    samples += ["".join(rng.choice(string.printable) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    for name in samples:
        assert norm_key(name) == _old_norm_key(name), name
        assert slug(name) == _old_slug(name), name


@pytest.mark.parametrize(("a", "b"), [
    ("CIFAR-10", "Cifar10"), ("VideoLLaMA 3", "VideoLLaMA3"),
    ("ＧＰＴ-4", "GPT-4"),  # full-width letters and digits are the ASCII ones (NFKC)
    ("π₀", "π0"), ("π⁰", "π0"),  # sub- and superscript digits are digits
    ("M²-Encoder", "M2-Encoder"),
    ("Π0", "π0"),  # Greek case folds like Latin case
])
def test_spelling_variants_share_a_key(a: str, b: str) -> None:
    assert norm_key(a) == norm_key(b)
    assert name_slug(a) == name_slug(b)


@pytest.mark.parametrize(("a", "b"), [
    ("π0", "φ0"), ("π0", "0"), ("Ω-Net", "Net"), ("π0.5", "π05x"), ("CIFAR-10", "CIFAR-100"),
    ("αNet", "βNet"), ("Café", "Caf"),
])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert norm_key(a) != norm_key(b)
    assert name_slug(a) != name_slug(b)


def test_unicode_keys_slugs_and_uris() -> None:
    assert norm_key("π0") == "π0" and norm_key("Ω-Net") == "ωnet" and norm_key("ＧＰＴ-4") == "gpt4"
    assert slug("π0") == "π0" and slug("Ω-Net") == "ω-net" and slug("ＧＰＴ-４") == "gpt-4"
    assert slug("José García") == "jose-garcia" and native_slug("José García") == "josé-garcía"
    assert slug("中文模型") == "中文模型" and slug("—") == "x"
    assert node_id("Model", name_slug("π0")) == "entity/π0"
    assert uri("entity/π0") == "https://w3id.org/mlkg/id/entity/%CF%800"
    assert uri("entity/clip") == "https://w3id.org/mlkg/id/entity/clip"


def test_acronym_plurals() -> None:
    assert strip_acronym_plural(" ViTs ") == "ViT" and strip_acronym_plural("Mamba") == "Mamba"
    assert name_key("CDs") == name_key("CD") != name_key("CDS".lower() + "x")


def _extraction(n: int, *names: str) -> Extraction:
    paper = Paper(f"2401.{n:05d}", f"Paper {n}", "", "test.jsonl", n)
    entities = tuple(Entity(name, EntityType.MODEL, Role.USES, 0.9, (Evidence(f"We use {name}.", 0, 9),), "test")
                     for name in names)
    return Extraction(paper, entities, ())


def test_resolution_keeps_greek_names_apart_and_merges_full_width_forms() -> None:
    from mlkg.extract.lexicon import Lexicon

    res = resolve([_extraction(0, "π0", "φ0", "Ω-Net"), _extraction(1, "Net", "ＧＰＴ-4"), _extraction(2, "GPT-4")],
                  Lexicon(()))
    nodes = {res.target(f"2401.{p:05d}", i).node_id for p, i in ((0, 0), (0, 1), (0, 2), (1, 0))}
    assert nodes == {"entity/π0", "entity/φ0", "entity/ωnet", "entity/net"}
    assert res.target("2401.00001", 1).node_id == res.target("2401.00002", 0).node_id == "entity/gpt4"


@pytest.mark.parametrize(("name", "expected"), [
    ("Emmanuel Candès", "emmanuel-candes"), ("Łukasz Kaiser", "lukasz-kaiser"), ("Straße", "strasse"),
    ("Ørsted", "orsted"), ("Æsir", "aesir"), ("Dvořák", "dvorak"), ("Ｃandès", "candes"),
    ("Cande\u0300s", "candes"),  # a decomposed accent too
    ("ẞ-Net", "ss-net"),
])
def test_slugs_spell_latin_letters_in_ascii(name: str, expected: str) -> None:
    assert slug(name) == expected
    if not name.casefold().isascii():  # keys keep every letter (ß casefolds to ss anyway)
        assert norm_key(name) != norm_key(expected)


@pytest.mark.parametrize(("a", "b"), [
    ("π0", "p0"), ("Ω-Net", "O-Net"), ("Дмитрий", "Dmitriy"), ("о1", "o1"),  # Cyrillic о, Latin o
    ("中文模型", "ZhongWenMoXing"), ("μP", "mP"), ("α-CLIP", "a-CLIP"),
])
def test_letters_of_other_scripts_are_kept_so_their_ids_stay_distinct(a: str, b: str) -> None:
    assert slug(a) != slug(b) and name_slug(a) != name_slug(b)
    assert slug(a) == native_slug(a)


def test_transliteration_costs_about_what_an_ascii_slug_costs() -> None:
    """Builds are benchmarked: a Latin letter is looked up once, then translated in C."""
    import time

    def seconds(names: list[str]) -> float:
        start = time.perf_counter()
        for name in names:
            slug(name)
        return time.perf_counter() - start

    accented = seconds([f"Jos\u00e9 Garc\u00eda Nu\u00f1ez {i}" for i in range(20_000)])
    plain = seconds([f"Jose Garcia Nunez {i} x" for i in range(20_000)])
    assert accented < 3 * plain + 0.05
