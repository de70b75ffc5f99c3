"""Entity resolution across papers, on hand-made extractions and an empty or tiny lexicon."""

from __future__ import annotations

import random

import pytest

from mlkg.extract.lexicon import LexEntry, Lexicon
from mlkg.model import Entity, EntityType, Evidence, Extraction, Paper, Result, Role
from mlkg.resolve import (
    Resolution,
    entity_node_id,
    family_candidates,
    initials_match,
    resolve,
    same_spelling,
)

M, D, B, O = EntityType.MODEL, EntityType.DATASET, EntityType.BENCHMARK, EntityType.ORGANIZATION
NO_LEXICON = Lexicon(())


def _entity(name: str, kind: EntityType = D, aliases: tuple[str, ...] = (), key: str | None = None,
            role: Role = Role.USES, confidence: float = 0.9) -> Entity:
    return Entity(name, kind, role, confidence, (Evidence(f"We use {name}.", 0, 10),), "test", aliases, key)


def _paper(n: int) -> Paper:
    return Paper(f"2401.{n:05d}", f"Paper {n}", "", "test.jsonl", n, arxiv_id=f"2401.{n:05d}")


def _extractions(*papers: list[Entity], results: dict[int, tuple[Result, ...]] | None = None) -> list[Extraction]:
    results = results or {}
    return [Extraction(_paper(i), tuple(entities), results.get(i, ())) for i, entities in enumerate(papers)]


def _node(resolution: Resolution, paper: int, index: int = 0) -> str:
    return resolution.target(f"2401.{paper:05d}", index).node_id


def test_spelling_variants_across_papers_meet_on_one_node() -> None:
    names = ("CIFAR-10", "CIFAR10", "Cifar-10", "Something-Something v2", "Something-Something~v2")
    res = resolve(_extractions(*[[_entity(n)] for n in names]), NO_LEXICON)
    assert _node(res, 0) == _node(res, 1) == _node(res, 2)
    assert _node(res, 3) == _node(res, 4)
    assert _node(res, 0) != _node(res, 3)
    merge = next(m for m in res.merges if m.node_id == _node(res, 0))
    assert set(merge.forms) == {"CIFAR-10", "CIFAR10", "Cifar-10"} and merge.papers == 3
    assert merge.evidence[0].kind == "spelling"


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("CIFAR-10", "CIFAR-100", D), ("CLIP", "BiomedCLIP", M), ("CLIP", "PyramidCLIP", M), ("ViT", "TinyViT", M),
])
def test_distinct_names_stay_distinct(a: str, b: str, kind: EntityType) -> None:
    res = resolve(_extractions([_entity(a, kind)], [_entity(b, kind)], [_entity(a, kind), _entity(b, kind)]),
                  NO_LEXICON)
    assert _node(res, 0) != _node(res, 1)
    assert {_node(res, 2, 0), _node(res, 2, 1)} == {_node(res, 0), _node(res, 1)}
    assert not res.merges


def test_an_abbreviation_defined_in_one_paper_merges_mentions_in_others() -> None:
    res = resolve(_extractions(
        [_entity("CLIP", M, aliases=("Contrastive Language-Image Pre-training",))],
        [_entity("Contrastive Language-Image Pre-training", M)],
        [_entity("CLIP", M)],
    ), NO_LEXICON)
    assert _node(res, 0) == _node(res, 1) == _node(res, 2) == "model/clip"
    assert res.nodes["model/clip"].name == "CLIP"
    merge = next(m for m in res.merges if m.node_id == "model/clip")
    assert any(e.kind == "abbreviation" and e.paper == "2401.00000" for e in merge.evidence)


def test_rival_senses_of_an_acronym_are_not_chained() -> None:
    res = resolve(_extractions(
        [_entity("SAM", M, aliases=("Segment Anything Model",))],
        [_entity("SAM", M, aliases=("Segment Anything",))],
        [_entity("SAM", M, aliases=("Sharpness-Aware Minimization",))],
        [_entity("SAM", M)],
        [_entity("Sharpness-Aware Minimization", M)],
    ), NO_LEXICON)
    main = _node(res, 0)
    assert _node(res, 1) == _node(res, 3) == main
    assert _node(res, 2) == _node(res, 4) != main
    assert res.nodes[_node(res, 2)].name == "Sharpness-Aware Minimization"


def test_an_acronym_defined_as_another_kind_of_thing_keeps_its_own_node() -> None:
    res = resolve(_extractions(
        [_entity("GQA", B)], [_entity("GQA", D)],
        [_entity("GQA", M, aliases=("Grouped-Query Attention",))],
    ), NO_LEXICON)
    assert _node(res, 0) == _node(res, 1)
    assert _node(res, 2) != _node(res, 0)
    assert res.nodes[_node(res, 2)].type == "Model"


def test_loose_abbreviation_pairs_and_unrelated_aliases_do_not_merge() -> None:
    assert not initials_match("PPO", "Policy Optimization")
    assert initials_match("PPO", "Proximal Policy Optimization")
    assert initials_match("LoRA", "low-rank adaptation") and initials_match("MoE", "Mixture of Experts")
    assert same_spelling("ViT-B/32", "ViT-B32") and same_spelling("RMs", "RM")
    assert not same_spelling("RMS", "RM") and not same_spelling("Mars", "MAR")
    res = resolve(_extractions(
        [_entity("PPO", M, aliases=("Policy Optimization",))], [_entity("Policy Optimization", M)],
        [_entity("RM", M, aliases=("RMS",))], [_entity("RMS", M)],
    ), NO_LEXICON)
    assert _node(res, 0) != _node(res, 1)
    assert _node(res, 2) != _node(res, 3)


def test_lexicon_entries_merge_their_forms_but_not_rival_long_forms() -> None:
    lexicon = Lexicon([
        LexEntry("model:clip", "CLIP", "Model", ("Contrastive Language-Image Pretraining",), papers=50),
        LexEntry("model:rlm", "RLM", "Model", ("Recursive Language Models", "Regression Language Model"), papers=5),
    ])
    res = resolve(_extractions(
        [_entity("Contrastive Language-Image Pretraining", M)], [_entity("CLIP", M)],
        [_entity("Recursive Language Models", M)], [_entity("Regression Language Model", M)],
    ), lexicon)
    assert _node(res, 0) == _node(res, 1) == "model/clip"
    assert _node(res, 2) != _node(res, 3)


def test_one_node_per_name_whatever_type_each_paper_gave_it() -> None:
    res = resolve(_extractions([_entity("MMLU", B)], [_entity("MMLU", B)], [_entity("MMLU", M, confidence=0.6)]),
                  NO_LEXICON)
    assert _node(res, 0) == _node(res, 1) == _node(res, 2) == "benchmark/mmlu"
    assert next(m for m in res.merges if m.node_id == "benchmark/mmlu").types == {"Benchmark": 2, "Model": 1}


@pytest.mark.parametrize(("name", "family"), [
    ("ViT-L/14", "ViT"), ("ResNet-50", "ResNet"), ("ResNet50", "ResNet"), ("LLaMA 2", "LLaMA"),
    ("Qwen2.5-7B", "Qwen2.5"), ("YOLOv8", "YOLO"), ("BERT-base", "BERT"),
])
def test_sized_and_numbered_variants_link_to_their_family(name: str, family: str) -> None:
    res = resolve(_extractions([_entity(name, M)], [_entity(family, M)]), NO_LEXICON)
    assert _node(res, 0) != _node(res, 1)
    assert [(v.variant, v.family) for v in res.variants] == [(_node(res, 0), _node(res, 1))]


@pytest.mark.parametrize(("name", "other"), [("UI2Code", "UI"), ("Mask R-CNN", "Mask"), ("Qwen2.5-VL", "Qwen2.5")])
def test_names_that_merely_start_alike_are_no_variants(name: str, other: str) -> None:
    assert other not in list(family_candidates(name))
    res = resolve(_extractions([_entity(name, M)], [_entity(other, M)]), NO_LEXICON)
    assert not res.variants


def test_the_family_of_a_sized_or_numbered_variant() -> None:
    # Moved from the extractor's shape tests (shapes.family_of, unused, was removed): the resolver's
    # family_candidates is what links a variant to its family.
    assert list(family_candidates("ViT-L/14")) == ["ViT-L", "ViT"]
    assert list(family_candidates("ResNet50")) == ["ResNet"]


def test_a_variant_without_its_family_in_the_graph_links_to_nothing() -> None:
    assert not resolve(_extractions([_entity("ViT-L/14", M)]), NO_LEXICON).variants


def test_results_resolve_to_the_same_nodes_as_entities() -> None:
    result = Result("clip", "Cifar10", "top-1 accuracy", "91.2%", Evidence("CLIP gets 91.2% on CIFAR10.", 0, 10))
    res = resolve(_extractions([_entity("CLIP", M), _entity("CIFAR-10", D)], results={0: (result,)}), NO_LEXICON)
    model, dataset = res.results[("2401.00000", 0)]
    assert (model.node_id, dataset.node_id) == (_node(res, 0, 0), _node(res, 0, 1))


def test_listing_organizations_keep_their_slug_and_absorb_text_mentions() -> None:
    res = resolve(_extractions(
        [_entity("NAVER AI Lab", O, aliases=("naver-ai",), key="hf-org:naver-ai", role=Role.AFFILIATION)],
        [_entity("NAVER AI Lab", O, role=Role.AFFILIATION)],
    ), NO_LEXICON)
    assert _node(res, 0) == _node(res, 1) == "org/hf-org/naver-ai"


def test_resolution_does_not_depend_on_paper_order() -> None:
    papers = [[_entity("CLIP", M, aliases=("Contrastive Language-Image Pre-training",))],
              [_entity("Contrastive Language-Image Pre-training", M), _entity("ViT-B/16", M)],
              [_entity("ViT", M), _entity("CIFAR10")], [_entity("Cifar-10"), _entity("SAM", M)]]
    extractions = _extractions(*papers)
    first = resolve(extractions, NO_LEXICON)
    shuffled = extractions[:]
    random.Random(4).shuffle(shuffled)
    second = resolve(shuffled, NO_LEXICON)
    assert first.mentions == second.mentions
    assert first.variants == second.variants
    assert [m.as_dict() for m in first.merges] == [m.as_dict() for m in second.merges]


def test_keyed_and_lexicon_entities_get_their_node_on_their_own() -> None:
    repo = _entity("x", EntityType.REPOSITORY, key="github:owner/repo")
    assert entity_node_id(repo) == "repo/github/owner/repo"
    assert entity_node_id(_entity("CIFAR10", key="lex:dataset:cifar-10")) == entity_node_id(_entity("CIFAR-10"))


def test_an_acronym_plural_is_the_acronym_not_another_acronym() -> None:
    res = resolve(_extractions([_entity("ViT", M)], [_entity("ViTs", M)], [_entity("VITS", M)],
                               [_entity("CD", M, aliases=("CDs",))], [_entity("CDS", M)]), NO_LEXICON)
    assert _node(res, 0) == _node(res, 1) != _node(res, 2)
    assert _node(res, 3) != _node(res, 4)


def test_a_family_known_only_as_an_alias_gets_no_variant_link() -> None:
    res = resolve(_extractions([_entity("CR1", M, aliases=("Character",))], [_entity("Character-R1", M)],
                               [_entity("ViT-B/16", M)], [_entity("ViT", M)]), NO_LEXICON)
    nodes = {t.node_id for t in res.mentions.values()}
    assert all(v.variant in nodes and v.family in nodes for v in res.variants)
    assert [(v.variant, v.family) for v in res.variants] == [(_node(res, 2), _node(res, 3))]
