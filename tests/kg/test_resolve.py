"""Entity resolution across papers, on hand-made extractions and an empty or tiny lexicon."""

from __future__ import annotations

import datetime as dt
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
    version_key,
    year_expanded,
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
    assert _node(res, 0) == _node(res, 1) == _node(res, 2) == "entity/clip"
    assert res.nodes["entity/clip"].name == "CLIP"
    merge = next(m for m in res.merges if m.node_id == "entity/clip")
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
    assert _node(res, 0) == _node(res, 1) == "entity/clip"
    assert _node(res, 2) != _node(res, 3)


def test_one_node_per_name_whatever_type_each_paper_gave_it() -> None:
    res = resolve(_extractions([_entity("MMLU", B)], [_entity("MMLU", B)], [_entity("MMLU", M, confidence=0.6)]),
                  NO_LEXICON)
    assert _node(res, 0) == _node(res, 1) == _node(res, 2) == "entity/mmlu"
    merge = next(m for m in res.merges if m.node_id == "entity/mmlu")
    assert merge.types == {"Benchmark": 2, "Model": 1}
    assert [(e.kind, e.detail) for e in merge.evidence] == [
        ("types", "same name, typed Benchmark in 2 papers, Model in 1 paper; the node is a Benchmark")]


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


def test_a_claim_of_the_papers_unnamed_method_is_no_leaderboard_entry() -> None:
    """The extractor keeps "our approach reaches 91.2% on CIFAR-10" with no model; resolution gives it no
    nodes, so the graph has no Result without a model (the ontology's shape requires one)."""
    result = Result("", "Cifar10", "top-1 accuracy", "91.2%", Evidence("Our approach gets 91.2% on CIFAR10.", 0, 10))
    res = resolve(_extractions([_entity("CIFAR-10", D)], results={0: (result,)}), NO_LEXICON)
    assert not res.results
    assert _node(res, 0, 0)  # the dataset itself is still resolved


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


# ------------------------------------------------------------ issue 13: years, own models, homonyms


def _dated(n: int, title: str, authors: tuple[str, ...], when: str, entities: list[Entity]) -> Extraction:
    """A paper with a title, authors and a date (yyyy-mm); its id is an arXiv id of that month."""
    year, month = (int(x) for x in when.split("-"))
    pid = f"{year % 100:02d}{month:02d}.{n:05d}"
    paper = Paper(pid, title, "", "test.jsonl", n, arxiv_id=pid, authors=authors,
                  published=dt.date(year, month, 15))
    return Extraction(paper, tuple(entities))


def _at(res: Resolution, x: Extraction, index: int = 0) -> str:
    return res.target(x.paper.id, index).node_id


def test_year_expanded() -> None:
    assert year_expanded("QUIZO24") == "QUIZO2024"
    assert year_expanded("Quizo 24") == "Quizo2024"
    assert year_expanded("QUIZO'24") == "QUIZO2024" and year_expanded("QUIZO-98") == "QUIZO1998"
    assert year_expanded("V24") is None and year_expanded("QUIZO") is None and year_expanded("QUIZO2024") is None


def test_a_two_digit_year_is_the_four_digit_year_when_both_are_written() -> None:
    names = ["QUIZO24", "QUIZO 24", "QUIZO'24", "QUIZO 2024", "QUIZO-2024", "QUIZO25", "QUIZO"]
    res = resolve(_extractions(*[[_entity(n, B)] for n in names]), NO_LEXICON)
    assert len({_node(res, i) for i in range(5)}) == 1
    assert _node(res, 5) != _node(res, 0) and _node(res, 6) != _node(res, 0)
    merge = next(m for m in res.merges if m.node_id == _node(res, 0))
    assert any(e.kind == "year" for e in merge.evidence)
    # Without its four-digit form a two-digit name merges with nothing.
    res = resolve(_extractions([_entity("Blorq25", B)], [_entity("Blorq", B)]), NO_LEXICON)
    assert _node(res, 0) != _node(res, 1) and not res.merges


def test_version_key() -> None:
    assert version_key("QUIZ v2") == ("quiz", "2", True) and version_key("QUIZv2") == ("quiz", "2", True)
    assert version_key("QUIZ 2.0") == ("quiz", "2", False) and version_key("QUIZ-v1.1") == ("quiz", "1.1", True)
    assert version_key("Rv2") is None and version_key("QUIZ") is None and version_key("QUIZ 2") is None
    assert version_key("QuizEval+") == ("quizeval", "+", False) and version_key("QuizEval Plus") == ("quizeval", "+", True)
    assert version_key("QuizEvalPlus") == ("quizeval", "+", True) and version_key("C+") is None


def test_a_v_before_a_release_number_is_notation_when_both_forms_are_written() -> None:
    names = ["QUIZ v2", "QUIZv2", "QUIZ 2.0", "QUIZ-2.0", "QUIZ 2.1", "QUIZ v1.1", "QUIZ 1.1", "QUIZ"]
    res = resolve(_extractions(*[[_entity(n, D)] for n in names]), NO_LEXICON)
    assert len({_node(res, i) for i in range(4)}) == 1 and _node(res, 5) == _node(res, 6)
    assert len({_node(res, 0), _node(res, 4), _node(res, 5), _node(res, 7)}) == 4
    merge = next(m for m in res.merges if m.node_id == _node(res, 0))
    assert any(e.kind == "version" for e in merge.evidence)
    res = resolve(_extractions([_entity("QuizEval+", B)], [_entity("QuizEval Plus", B)], [_entity("QuizEval", B)]),
                  NO_LEXICON)
    assert _node(res, 0) == _node(res, 1) != _node(res, 2)
    assert any(e.kind == "plus" for m in res.merges for e in m.evidence)
    # Two dotted releases, with no "v" form, are not merged by this rule.
    res = resolve(_extractions([_entity("Blorq 2.0", D)], [_entity("Blorq 2.0.0", D)], [_entity("Blorq 3.0", D)]),
                  NO_LEXICON)
    assert _node(res, 0) != _node(res, 2) and not any(e.kind == "version" for m in res.merges for e in m.evidence)


def test_a_paper_that_introduces_foo_transformer_and_foo_names_one_model() -> None:
    intro = Role.INTRODUCES
    res = resolve(_extractions(
        [_entity("Quorble Transformer", M, role=intro), _entity("Quorble", M, role=intro)],
        [_entity("Quorble", M)],
        # the short name spelled out as a part of the model: two things
        [_entity("Zinth-Net", M, role=intro), _entity("Zinth", M, role=intro, aliases=("Zonal Integration Head",))],
        # a model the paper only uses, and its own hybrid: two things
        [_entity("Blorp", M), _entity("Blorp-Transformer", M, role=intro)],
        # a short name that is only a part in its title: not a model suffix
        [_entity("Krell-Bench", B, role=intro), _entity("Krell", M, role=intro)],
    ), NO_LEXICON)
    assert _node(res, 0, 0) == _node(res, 0, 1) == _node(res, 1)
    assert any(e.kind == "own model" for m in res.merges for e in m.evidence if m.node_id == _node(res, 0, 0))
    assert _node(res, 2, 0) != _node(res, 2, 1)
    assert _node(res, 3, 0) != _node(res, 3, 1)
    assert _node(res, 4, 0) != _node(res, 4, 1)


def test_own_model_merge_stays_in_its_paper_when_another_paper_introduces_the_short_name() -> None:
    intro = Role.INTRODUCES
    res = resolve(_extractions(
        [_entity("Vexo Former", M, role=intro), _entity("Vexo", M, role=intro)],
        [_entity("Vexo", M, role=intro)],
    ), NO_LEXICON)
    assert _node(res, 0, 0) == _node(res, 0, 1) != _node(res, 1)


def test_a_name_that_unrelated_papers_introduce_in_their_titles_is_one_node_each() -> None:
    intro = Role.INTRODUCES
    first = _dated(1, "Glimmer: Sparse Lighting for Scenes", ("A. Ames",), "2024-03",
                   [_entity("Glimmer", M, role=intro)])
    second = _dated(2, "Glimmer: Tool Routing for Agents", ("B. Bose",), "2025-07", [_entity("Glimmer", M, role=intro)])
    follow_up = _dated(3, "Glimmer: Faster Sparse Lighting", ("A. Ames", "C. Cruz"), "2025-09",
                       [_entity("Glimmer", M, role=intro)])
    user = _dated(4, "A Survey of Scene Lighting", ("D. Diaz",), "2025-10", [_entity("Glimmer", M)])
    res = resolve([first, second, follow_up, user], NO_LEXICON)
    assert _at(res, first) == _at(res, follow_up) == _at(res, user) == "entity/glimmer"
    assert _at(res, second) == f"entity/glimmer-{second.paper.id}"
    assert res.nodes[_at(res, second)].name == "Glimmer"
    split = next(s for s in res.splits if s.name == "Glimmer")
    assert split.nodes == ("entity/glimmer", _at(res, second)) and split.kind == "introduced"
    assert second.paper.id in split.reason and first.paper.id in split.reason


def test_a_new_name_differing_by_a_hyphen_is_split_only_with_evidence_that_it_differs() -> None:
    intro = Role.INTRODUCES
    new = _dated(1, "Fizz-Bench: Evaluating Agents on Fizz", ("E. Eng",), "2025-06",
                 [_entity("Fizz-Bench", B, role=intro)])
    # Earlier, unrelated papers used "FizzBench" for a model: another thing.
    older = [_dated(2, "Compressing Audio", ("F. Fox",), "2024-02", [_entity("FizzBench", M), _entity("Wavelet Codec", M)]),
             _dated(3, "Audio Tokens", ("G. Gil",), "2024-09", [_entity("FizzBench", M)])]
    later = _dated(4, "Agents Compared", ("H. Ho",), "2025-11", [_entity("Fizz-Bench", B)])
    res = resolve([new, *older, later], NO_LEXICON)
    assert _at(res, older[0]) == _at(res, older[1]) != _at(res, new)
    assert _at(res, later) == _at(res, new)  # written as the new paper spells it, after it: the new thing
    assert next(s for s in res.splits if s.kind == "earlier use").nodes[1] == _at(res, new)
    # The same thing used before its paper appeared (same kind, no rival long form): one node.
    same = [_dated(5, "Agent Study", ("I. Ito",), "2025-01", [_entity("Fizz Bench", B)])]
    res = resolve([new, *same, later], NO_LEXICON)
    assert _at(res, new) == _at(res, same[0]) == _at(res, later) and not res.splits
    # An earlier paper sharing an author, or a rare co-occurring name, is the same thing too.
    shared = [_dated(6, "Compressing Audio", ("E. Eng",), "2024-02", [_entity("FizzBench", M)])]
    assert not resolve([new, *shared], NO_LEXICON).splits
    gpt = resolve(_extractions([_entity("GPT-4", M)], [_entity("GPT4", M)]), NO_LEXICON)
    assert _node(gpt, 0) == _node(gpt, 1)


def test_homonym_splits_do_not_depend_on_paper_order() -> None:
    intro = Role.INTRODUCES
    papers = [
        _dated(1, "Glimmer: Sparse Lighting", ("A. Ames",), "2024-03", [_entity("Glimmer", M, role=intro)]),
        _dated(2, "Glimmer: Tool Routing", ("B. Bose",), "2025-07", [_entity("Glimmer", M, role=intro)]),
        _dated(3, "Glimmer: Speech", ("C. Cruz",), "2025-07", [_entity("Glimmer", M, role=intro)]),
        _dated(4, "Quizzes", ("D. Diaz",), "2025-08", [_entity("QUIZO24", B), _entity("QUIZO 2024", B)]),
    ]
    first = resolve(papers, NO_LEXICON)
    for seed in range(3):
        shuffled = papers[:]
        random.Random(seed).shuffle(shuffled)
        again = resolve(shuffled, NO_LEXICON)
        assert again.mentions == first.mentions and again.splits == first.splits
        assert [m.as_dict() for m in again.merges] == [m.as_dict() for m in first.merges]
    assert len({_at(first, p) for p in papers[:3]}) == 3


def test_rival_acronym_senses_are_reported_as_splits() -> None:
    res = resolve(_extractions(
        [_entity("SAM", M, aliases=("Segment Anything Model",))],
        [_entity("SAM", M, aliases=("Segment Anything",))],
        [_entity("SAM", M, aliases=("Sharpness-Aware Minimization",))],
    ), NO_LEXICON)
    split = next(s for s in res.splits if s.name == "SAM")
    assert split.kind == "sense" and split.nodes == (_node(res, 0), _node(res, 2))
    assert "Sharpness-Aware Minimization" in split.reason
    assert split.as_dict()["nodes"] == list(split.nodes)


def test_another_capitalisation_used_earlier_is_another_thing_unless_the_topic_is_shared() -> None:
    intro = Role.INTRODUCES
    new = _dated(1, "PLUTO: Planning with Tools", ("J. Jin",), "2025-05",
                 [_entity("PLUTO", M, role=intro), _entity("Tool Graph", M, role=intro)])
    older = _dated(2, "Voice Assistants at Home", ("K. Kim",), "2024-01", [_entity("Pluto", M)])
    res = resolve([new, older], NO_LEXICON)
    assert _at(res, new) != _at(res, older)
    assert [s.kind for s in res.splits] == ["earlier use"]
    # An earlier paper that also names the rare "Tool Graph" is about the same thing: no split.
    related = _dated(3, "Voice Assistants at Home", ("K. Kim",), "2024-01",
                     [_entity("Pluto", M), _entity("Tool Graph", M)])
    res = resolve([new, related], NO_LEXICON)
    assert _at(res, new) == _at(res, related) and not res.splits
    # Without dates nothing can be earlier: no split.
    undated = Extraction(Paper("t-x", "Voice Assistants", "", "t.jsonl", 9, authors=("K. Kim",)), (_entity("Pluto", M),))
    assert not resolve([new, undated], NO_LEXICON).splits


def test_keyed_organizations_and_merge_evidence_do_not_depend_on_paper_order() -> None:
    papers = _extractions(
        [_entity("Nowhere University", O, aliases=("nowhere-u",), key="hf-org:nowhere-u", role=Role.AFFILIATION)],
        [_entity("Nowhere University", O, aliases=("nowhereuniv",), key="hf-org:nowhereuniv",
                 role=Role.AFFILIATION)],
        [_entity("CPU-GPU", M, aliases=("CPU/GPU",))], [_entity("CPU-GPU", M, aliases=("CPU/GPU",))],
    )
    first, second = resolve(papers, NO_LEXICON), resolve(papers[::-1], NO_LEXICON)
    assert first.mentions == second.mentions
    assert _node(first, 0) == _node(first, 1) == "org/hf-org/nowhere-u"
    assert [m.as_dict() for m in first.merges] == [m.as_dict() for m in second.merges]


def test_acronym_senses_and_their_kinds_do_not_depend_on_paper_order() -> None:
    # A ~ B and B ~ C but not A ~ C: grouping in input order would give different senses.
    longs = ["Quartz Ripple Vortex Nimbus", "Quartz Ripple Vortex Nimbus Sigma", "Quartz Ripple Vortex Sigma"]
    papers = _extractions(*[[_entity("QRVN", M, aliases=(long,))] for long in longs],
                          [_entity("QRVN", D)], [_entity("QRVN", M)])  # a tie of kinds among other papers
    first = resolve(papers, NO_LEXICON)
    for seed in range(6):
        shuffled = papers[:]
        random.Random(seed).shuffle(shuffled)
        again = resolve(shuffled, NO_LEXICON)
        assert again.mentions == first.mentions and again.splits == first.splits
        assert [m.as_dict() for m in again.merges] == [m.as_dict() for m in first.merges]


def _one_id_per_node(res: Resolution) -> None:
    """No node was dropped on an id another one took: every mention's node is the node of its id."""
    for target in res.mentions.values():
        assert res.nodes[target.node_id] == target


def test_the_id_of_a_model_dataset_or_benchmark_does_not_change_with_its_type() -> None:
    as_data = resolve(_extractions([_entity("Zeta", D)]), NO_LEXICON)
    as_model = resolve(_extractions([_entity("Zeta", D)], [_entity("Zeta", M)], [_entity("Zeta", M)]), NO_LEXICON)
    assert as_data.nodes[_node(as_data, 0)].type == "Dataset" and as_model.nodes[_node(as_model, 0)].type == "Model"
    assert _node(as_data, 0) == _node(as_model, 0) == "entity/zeta"


def test_things_kept_apart_whose_names_give_one_id_get_distinct_ids() -> None:
    # Foo/Bar and Foo:Bar are two names (two keys) with one slug; as a model and a dataset they
    # were model/foo-bar and dataset/foo-bar, now both would be entity/foo-bar.
    res = resolve(_extractions([_entity("Foo/Bar", M)], [_entity("Foo:Bar", D)], [_entity("Foo:Bar", D)]),
                  NO_LEXICON)
    _one_id_per_node(res)
    assert _node(res, 0) == "entity/foo-bar" and _node(res, 1) == _node(res, 2) == "entity/foo-bar-2401.00001"
    assert [(s.nodes, s.kind) for s in res.splits] == [(("entity/foo-bar", "entity/foo-bar-2401.00001"), "id")]
    assert not res.merges
    # of one type, they are one thing under one name, as before
    same = resolve(_extractions([_entity("Foo/Bar", M)], [_entity("Foo:Bar", M)]), NO_LEXICON)
    assert _node(same, 0) == _node(same, 1) == "entity/foo-bar" and not same.splits


def test_names_that_only_transliterate_alike_stay_apart_with_their_old_ids() -> None:
    """Slugs spell Latin letters in ASCII, keys do not: Müller-Net and MullerNet are two names."""
    res = resolve(_extractions([_entity("Müller-Net", M)], [_entity("MullerNet", M)], [_entity("Café", M)]),
                  NO_LEXICON)
    _one_id_per_node(res)
    assert (_node(res, 0), _node(res, 1), _node(res, 2)) == ("entity/müllernet", "entity/mullernet", "entity/cafe")
    (split,) = res.splits
    assert split.kind == "id" and split.nodes == ("entity/mullernet", "entity/müllernet")
    # which one keeps the plain id does not depend on the order papers come in
    flipped = resolve(_extractions([_entity("MullerNet", M)], [_entity("Müller-Net", M)]), NO_LEXICON)
    assert (_node(flipped, 0), _node(flipped, 1)) == ("entity/mullernet", "entity/müllernet")


@pytest.mark.parametrize("seed", range(5))
def test_no_two_nodes_share_an_id_whatever_the_names(seed: int) -> None:
    rng = random.Random(seed)
    spellings = ["Foo/Bar", "Foo:Bar", "foo-bar", "Föo-Bar", "FOO+BAR", "Foo Bar", "Fōō/Bār", "foo_bar"]
    papers = [[_entity(rng.choice(spellings), rng.choice((M, D, B))) for _ in range(3)] for _ in range(12)]
    res = resolve(_extractions(*papers), NO_LEXICON)
    _one_id_per_node(res)
    assert len({t.node_id for t in res.mentions.values()}) == len(set(res.mentions.values()))
