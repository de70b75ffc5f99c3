"""One family, several parameter counts (mlkg.extract.sized): one model per size."""

from __future__ import annotations

import pytest

from mlkg.extract.sized import sized_list, version_list
from mlkg.model import EntityType, Role


def _names(text: str, name: str) -> list[str]:
    start = text.index(name)
    return [m.name for m in sized_list(text, start, start + len(name))]


@pytest.mark.parametrize(("text", "written", "names"), [
    ("We train ZorbLM-2B/4B/8B here.", "ZorbLM-2B/4B/8B", ["ZorbLM-2B", "ZorbLM-4B", "ZorbLM-8B"]),
    ("We test Kelp-3.1 8B/70B here.", "Kelp-3.1", ["Kelp-3.1 8B", "Kelp-3.1 70B"]),
    ("We test Zorb 1.7B, 8B, and 14B.", "Zorb", ["Zorb 1.7B", "Zorb 8B", "Zorb 14B"]),
    ("Kelp-World-8B and 14B win.", "Kelp-World-8B", ["Kelp-World-8B", "Kelp-World-14B"]),
    ("We test Zorb 3B or 7B models.", "Zorb", ["Zorb 3B", "Zorb 7B"]),
])
def test_a_list_of_sizes_gives_one_name_per_size(text: str, written: str, names: list[str]) -> None:
    assert _names(text, written) == names


@pytest.mark.parametrize(("text", "written"), [
    ("We test Zorb 7B on kelp.", "Zorb"),  # one size: the name's own
    ("We test Zorb-7B on kelp.", "Zorb-7B"),
    ("We pretrain Zorb on 1B, 5B and 10B tokens.", "Zorb"),  # sizes of data, not after the name
    ("We pretrain Zorb 1B, 5B and 10B tokens long.", "Zorb"),
    ("We combine ZorbLM-7B/ViT here.", "ZorbLM-7B/ViT"),  # not sizes throughout
    ("We test Zorb 7B and 7B again.", "Zorb"),  # a repeated size names nothing new
    ("We test Zorb 7B and 8.5 points.", "Zorb"),
])
def test_no_list_of_sizes_no_split(text: str, written: str) -> None:
    assert _names(text, written) == []


def test_listed_sizes_are_models_with_one_role(find) -> None:
    found = find("KelpWorld: a title\n\nWe develop ZorbLM-2B/4B/8B on our kelp data. "
                 "ZorbLM-2B/4B/8B outperform CLIP 1B and 3B models on ImageNet.")
    for name in ("ZorbLM-2B", "ZorbLM-4B", "ZorbLM-8B"):
        assert found.get(name) == (EntityType.MODEL, Role.INTRODUCES), found
    assert found.get("CLIP 1B", (None,))[0] == EntityType.MODEL and "CLIP 3B" in found, found
    assert "ZorbLM-2B/4B/8B" not in found and "CLIP" not in found, found


def test_parameter_counts_after_a_data_family_name_models(find) -> None:
    found = find("A title\n\nWe train on ImageNet. ImageNet-8B and 14B reach 80.1% on CIFAR-10.")
    assert found.get("ImageNet-8B", (None,))[0] == EntityType.MODEL, found
    assert found.get("ImageNet-14B", (None,))[0] == EntityType.MODEL, found


def _versions(text: str, name: str) -> list[str]:
    start = text.index(name)
    return [m.name for m in version_list(text, start, start + len(name))]


@pytest.mark.parametrize(("text", "written", "names"), [
    ("We tune Kelp Diffusion 1.5 and 3.5 here.", "Kelp Diffusion 1.5", ["Kelp Diffusion 1.5", "Kelp Diffusion 3.5"]),
    ("It wins on Zorb Bench 1.0, 2.0, and Pro.", "Zorb Bench 1.0",
     ["Zorb Bench 1.0", "Zorb Bench 2.0", "Zorb Bench Pro"]),
    ("We test Zorb 1.5, 2.0 and 2.5 here.", "Zorb 1.5", ["Zorb 1.5", "Zorb 2.0", "Zorb 2.5"]),
    ("We test on KIME 2024 and 2025.", "KIME 2024", ["KIME 2024", "KIME 2025"]),
    ("It beats Zorb-2 and 3.", "Zorb-2", ["Zorb-2", "Zorb-3"]),
])
def test_a_list_of_versions_gives_one_name_per_version(text: str, written: str, names: list[str]) -> None:
    assert _versions(text, written) == names


@pytest.mark.parametrize(("text", "written"), [
    ("Zorb-4 and 81.8 on kelp.", "Zorb-4"),  # a score, not a version
    ("Zorb-4 and 8.5 points on kelp.", "Zorb-4"),
    ("Zorb-4 and 12% on kelp.", "Zorb-4"),
    ("KIME 2024 and 12 more.", "KIME 2024"),  # a year's sibling is a year
    ("Zorb 2 and 2 again.", "Zorb 2"),
    ("ZorbNet and 3 more.", "ZorbNet"),  # no version of its own
    ("speedups of 2.38 times on ZAGI-1 and 6.7 times on Kelp-V2", "ZAGI-1"),  # a factor, not a version
    ("ZAGI-1 and 2.5x faster", "ZAGI-1"),
    ("latency of ZAGI-1 and 4.5 ms for Kelp", "ZAGI-1"),
])
def test_no_list_of_versions_no_split(text: str, written: str) -> None:
    assert _versions(text, written) == []


def test_listed_versions_keep_the_familys_type(find) -> None:
    """"ZorbBench 1.0, 2.0, and Pro": three benchmarks, one per version or tier, as the guidelines name siblings."""
    found = find("A title\n\nOur agent leads on ZorbBench 1.0, 2.0, and Pro.")
    for name in ("ZorbBench 1.0", "ZorbBench 2.0", "ZorbBench Pro"):
        assert found.get(name, (None,))[0] == EntityType.BENCHMARK, found


def test_a_tier_word_that_starts_the_next_name_is_no_tier_of_the_family() -> None:
    """"GPT Image 2, Nano Banana 2": "Nano" begins the next name, it is no "GPT Image Nano"; "Terminal Bench
    1.0, 2.0, and Pro" still lists a tier."""
    text = "including ZorbImage 2, Nano Kelp 2, and others"
    assert version_list(text, text.index("Zorb"), text.index(",")) == []
    text = "on Terminal Bench 1.0, 2.0, and Pro."
    assert [m.name for m in version_list(text, 3, text.index(","))] == [
        "Terminal Bench 1.0", "Terminal Bench 2.0", "Terminal Bench Pro"]


def test_two_digit_years_joined_to_a_name_list_editions() -> None:
    """"AIME24 & 25": AIME24 and AIME25; a spaced name with a two-digit number after it is a score's list
    ("GPT-4 and 81.8"), as before."""
    text = "With ZQME24 & 25 scores of 74.0 and 60.2"
    assert [m.name for m in version_list(text, 5, 11)] == ["ZQME24", "ZQME25"]
    text = "Both ZQME24 and 81.8 were reported"
    assert version_list(text, 5, 11) == []


@pytest.mark.parametrize(("text", "written", "names"), [
    ("gains on ADE20K for ZorbViT Tiny and Base", "ZorbViT Tiny", ["ZorbViT Tiny", "ZorbViT Base"]),
    ("we train Kelp Small, Base and Large", "Kelp Small", ["Kelp Small", "Kelp Base", "Kelp Large"]),
    ("we train Kelp Small and Base Models", "Kelp Small", []),  # (a capitalised word after: not a scale's list)
])
def test_a_family_at_several_scale_words_gives_one_name_per_scale(text: str, written: str, names: list[str]) -> None:
    """"for ViT Tiny and Base": ViT Tiny and ViT Base, as "Terminal Bench 1.0, 2.0, and Pro" lists tiers."""
    assert _versions(text, written) == names


def test_the_first_scale_keeps_what_was_found_of_it() -> None:
    """The first member of "ViT Tiny and Base" is the mention as found (a known name stays one), the second is
    split off; a family's sizes still share the run's role ("our derived KelpCoder-7B and 14B models")."""
    from mlkg.extract.pipeline import create_nlp

    from .conftest import entities

    found = entities(create_nlp(), "A title\n\nGains on ADE20K for ViT Tiny and Base. Our derived KelpCoder-7B "
                                   "and 14B models improve code generation.")
    assert {"ViT Tiny", "ViT Base"} <= set(found), found
    assert found["KelpCoder-7B"][1] == found["KelpCoder-14B"][1], found


@pytest.mark.parametrize(("text", "written", "names"), [
    ("13 problems solved with ZorbLM-4.1 and 7 with QuilLM-3.1.", "ZorbLM-4.1", []),
    ("results with ZorbLM-3.5 and 4 on MMLU", "ZorbLM-3.5", ["ZorbLM-3.5", "ZorbLM-4"]),
])
def test_a_count_in_a_parallel_clause_is_no_listed_version(text: str, written: str, names: list[str]) -> None:
    """"13 PutnamBench problems with GPT-4.1 and 7 with DeepSeek-V3.1": the 7 counts what the second model solves,
    no GPT-7 (while "with GPT-3.5 and 4 on MMLU" still lists two versions)."""
    assert _versions(text, written) == names


@pytest.mark.parametrize(("text", "written", "names"), [
    ("by 9.1 points on ZQME 24, 7.6 on QPQA, and 9.6 on CodeBank.", "ZQME 24", []),
    ("It gains 3.1% on ZQME 24 and 7.6 on QPQA.", "ZQME 24", []),
    ("We test on Kelp Diffusion 1.5 and 3.5 on COCO.", "Kelp Diffusion 1.5", ["Kelp Diffusion 1.5", "Kelp Diffusion 3.5"]),
])
def test_a_score_in_a_parallel_clause_is_no_listed_version(text: str, written: str, names: list[str]) -> None:
    """"by 9.1 points on AIME 24, 7.6 on GPQA": the 7.6 is the score on the next set, no "AIME 7.6" (while a version
    list read "on" one set still lists two versions)."""
    assert _versions(text, written) == names
