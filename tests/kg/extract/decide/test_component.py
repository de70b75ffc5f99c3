"""``mlkg_decide`` overrules the rules exactly as far as its model and thresholds say."""

from __future__ import annotations

from itertools import pairwise

import pytest
from spacy.language import Language

from mlkg.extract.candidates import Candidate, make_doc
from mlkg.extract.decide import Decider, DeciderModel, Thresholds, load_weights
from mlkg.extract.decide.features import Unit, featurize, lower_in, never, units
from mlkg.extract.pipeline import PIPELINE, create_nlp
from mlkg.extract.spans import read_candidates, read_entities

from ..conftest import lexicon_with_papers

TEXT = ("FooNet: Dense Fusion for Detection\n\nWe propose FooNet and train it on the Quokka-7 dataset. "
        "It outperforms BarNet-2 and CLIP on ImageNet, unlike any LLM.")


def _rules_doc(lexicon_path: str):
    nlp = create_nlp(lexicon_path, decide=False)
    return nlp, nlp(make_doc(nlp, TEXT))


def _decider(nlp: Language, bias: tuple[float, ...], thresholds: Thresholds) -> Decider:
    entries = nlp.get_pipe("mlkg_types").lexicon.entries  # type: ignore[attr-defined]
    return Decider("mlkg_decide", entries, DeciderModel({"bias": bias}, thresholds, {}))


def _names(doc) -> dict[str, str]:
    return {e.name: e.type.value for e in read_entities(doc)}


def test_the_decider_sits_between_types_and_roles() -> None:
    assert PIPELINE.index("mlkg_types") < PIPELINE.index("mlkg_decide") < PIPELINE.index("mlkg_roles")
    assert "mlkg_decide" not in create_nlp(decide=False).pipe_names


def test_units_cover_kept_entities_and_dropped_candidates(lexicon_path: str) -> None:
    nlp, doc = _rules_doc(lexicon_path)
    found = units(doc, nlp.get_pipe("mlkg_types").lexicon.entries)  # type: ignore[attr-defined]
    kept = {u.name for u in found if u.row is not None}
    assert kept == set(_names(doc))
    dropped = {u.name for u in found if u.row is None}
    assert "LLM" in dropped  # a generic lexicon entry: a candidate the rules drop
    assert len(read_candidates(doc)) >= len(found)
    for unit in found:
        feats = featurize(doc, unit, None)
        assert feats[0] == "bias" and len(feats) == len(set(feats))
        assert f"kept={unit.row is not None}" in feats


def test_features_see_head_nouns_a_few_words_from_a_mention(lexicon_path: str) -> None:
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, "A title\n\nModels are trained on QuillSet, which holds 2M scans and is the largest dataset of "
                            "its kind. Then ZorbNet is run."))
    found = {u.name: featurize(doc, u, None) for u in units(doc, None)}
    assert "near>Dataset" in found["QuillSet"]  # "dataset" is six words after, not next to it
    assert "near<trained" in found["QuillSet"]  # "trained on X": used as data
    assert not any(f.startswith("near") for f in found["ZorbNet"])


def test_features_count_the_known_names_a_mention_shares_its_sentence_with(lexicon_path: str) -> None:
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, "A title\n\nWe test on ImageNet, CIFAR-10 and QuillSet. Later ZorbNet is compared "
                            "with CLIP."))
    entries = nlp.get_pipe("mlkg_types").lexicon.entries  # type: ignore[attr-defined]
    found = {u.name: u for u in units(doc, entries)}
    assert found["QuillSet"].peers == {"data": 2}  # two known datasets, not itself
    assert "peers_data=2" in featurize(doc, found["QuillSet"], entries)
    assert found["ZorbNet"].peers == {"model": 1}  # CLIP, in its own sentence; the datasets are in another
    assert found["ImageNet"].peers == {"data": 1}


def test_thresholds_out_of_reach_leave_the_rules_alone(lexicon_path: str) -> None:
    nlp, doc = _rules_doc(lexicon_path)
    before = _names(doc)
    _decider(nlp, (0.0, 5.0, 0.0, 0.0), Thresholds(drop=1.01, add=1.01, retype=1.01))(doc)
    assert _names(doc) == before


def test_a_confident_none_drops_every_name(lexicon_path: str) -> None:
    nlp, doc = _rules_doc(lexicon_path)
    assert _names(doc)
    _decider(nlp, (9.0, 0.0, 0.0, 0.0), Thresholds(drop=0.9, add=0.9, retype=0.5))(doc)
    assert _names(doc) == {}
    assert not doc.ents


def test_a_confident_type_adds_dropped_names_and_retypes_kept_ones(lexicon_path: str) -> None:
    nlp, doc = _rules_doc(lexicon_path)
    before = _names(doc)
    _decider(nlp, (-9.0, 0.0, 9.0, 0.0), Thresholds(drop=0.9, add=0.9, retype=0.5))(doc)
    after = _names(doc)
    assert set(before) <= set(after)
    assert set(after.values()) == {"Dataset"}
    # spans and doc.ents follow the rows
    assert {s.label_ for s in doc.spans["mlkg_entities"]} == {"Dataset"}
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, "Results\n\nWe study the ZZ and QRS modules with an LLM."))
    assert "QRS" not in _names(doc)
    _decider(nlp, (-9.0, 0.0, 9.0, 0.0), Thresholds(drop=0.9, add=0.9, retype=0.5))(doc)
    added = {e.name: e.extractor for e in read_entities(doc)}
    assert added.get("QRS") == "mlkg_decide"  # provenance: the decider, not the rules, named it


def test_a_type_the_paper_states_is_not_retyped(lexicon_path: str) -> None:
    """What the paper says a name is ("X, an open-source embedding model") outweighs the type other papers gave
    the same string, for the decider as for the rules; a name the paper does not define is still retyped."""
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, "A title\n\nWe introduce MMLU, an open-source multimodal embedding model that "
                            "reads images. MMLU outperforms CLIP."))
    assert _names(doc) == {"MMLU": "Model", "CLIP": "Model"}
    _decider(nlp, (-9.0, 0.0, 9.0, 0.0), Thresholds(drop=0.9, add=0.9, retype=0.5))(doc)
    assert _names(doc) == {"MMLU": "Model", "CLIP": "Dataset"}


def test_a_family_of_models_trained_on_datasets_is_a_family_of_models(lexicon_path: str) -> None:
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, "A title\n\nWe propose ImageNet, a new family of tiny vision transformers pretrained on "
                            "large-scale datasets."))
    assert _names(doc)["ImageNet"] == "Model"


def test_the_vocabulary_vetoes_what_the_model_may_add(lexicon_path: str) -> None:
    """A lexicon Generic entry (LLM) or a metric stays out, however confident the model."""
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, "Results\n\nWe study an LLM and report the FID of ZZ."))
    _decider(nlp, (-9.0, 0.0, 9.0, 0.0), Thresholds(drop=0.9, add=0.5, retype=0.5))(doc)
    names = _names(doc)
    assert "LLM" not in names and "FID" not in names


def test_added_names_nested_in_longer_added_names_are_not_doubled(lexicon_path: str) -> None:
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, "Results\n\nWe study LLM and the large language model family."))
    _decider(nlp, (-9.0, 0.0, 9.0, 0.0), Thresholds(drop=0.9, add=0.9, retype=0.5))(doc)
    spans = sorted((m.start, m.end) for e in read_entities(doc) for m in e.mentions)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))  # no mention inside another


def test_shipped_weights_load_and_run() -> None:
    model = load_weights()
    assert model.weights and model.meta["papers"] > 0
    assert 0.0 < model.thresholds.drop <= 1.01
    nlp = create_nlp()
    assert "mlkg_decide" in nlp.pipe_names
    doc = nlp(make_doc(nlp, TEXT))
    assert "FooNet" in _names(doc)


def test_the_decider_can_add_a_proposed_title_case_run(lexicon_path: str) -> None:
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, "A title\n\nOur planner uses the Side-View Quill Discriminator on ImageNet."))
    assert "Side-View Quill Discriminator" not in _names(doc)
    _decider(nlp, (-9.0, 9.0, 0.0, 0.0), Thresholds(drop=1.01, add=0.7, retype=1.01))(doc)
    assert _names(doc).get("Side-View Quill Discriminator") == "Model"


FULL_TEXT = ("Results\n\nAs Table 3 shows, ZorbNet [12] beats the method of Quibble2019, Zorb_icml15 and "
             "EtAl:2018 (Fig. 2) on VOC2007 and Wombat_600. Marlow et al. report h_t in Eq. 5 on Oct. 6, 2015, and QuillSet (Pratt et al., 2019) "
             "holds 2M scans.")


def _keep_all(nlp: Language) -> Decider:
    """A model that wants every candidate as a Model: only the never-rules can keep one out."""
    return _decider(nlp, (-9.0, 9.0, 0.0, 0.0), Thresholds(drop=1.01, add=0.5, retype=1.01))


def test_full_text_citations_pointers_and_variables_never_become_entities(lexicon_path: str) -> None:
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, FULL_TEXT))
    found = {u.name: never(doc, u) for u in units(doc, None)}
    assert found.get("ZorbNet") is False and found.get("VOC2007") is False  # names with a year stay names
    _keep_all(nlp)(doc)
    names = set(_names(doc))
    assert "ZorbNet" in names and "VOC2007" in names and "Wombat_600" in names
    for junk in ("[12]", "12", "Table 3", "Fig. 2", "Eq. 5", "Quibble2019", "EtAl:2018", "Marlow", "Pratt",
                 "h_t", "Oct. 6", "Oct", "Zorb_icml15"):
        assert junk not in names, junk


def test_ordinary_words_of_a_title_in_capitals_are_no_names(lexicon_path: str) -> None:
    """A title set in capitals: its ordinary words are no names, its coined name and the text's names are."""
    nlp = create_nlp(lexicon_path, decide=False)
    text = ("QUIBBLEFOO: SPARROW NETWORKS FOR WOMBAT COUNTING\n\nWe present sparrow networks (SPN) "
            "for wombat counting. Each step applies the UPDATE operation: an update writes a cell. SPN beats "
            "ZARF on the WOMBLE benchmark and on MATH, a set of math problems.")
    doc = nlp(make_doc(nlp, text))
    _keep_all(nlp)(doc)
    names = set(_names(doc))
    assert {"QUIBBLEFOO", "SPN", "ZARF", "WOMBLE", "MATH"} <= names  # coined, defined, or in running text
    assert not names & {"SPARROW", "NETWORKS", "WOMBAT", "COUNTING"}


def test_features_see_citations_and_lower_case_uses(lexicon_path: str) -> None:
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, FULL_TEXT + " A Quibbler [3] and the Transformer help; a transformer is a layer."))
    found = {u.name: featurize(doc, u, None) for u in units(doc, None)}
    assert "cited" in found["ZorbNet"] and "cited" in found["QuillSet"] and "cited" not in found["VOC2007"]
    assert any(f.startswith("doc_lower=") for f in found["Transformer"])
    assert not any(f.startswith("doc_lower=") for f in found["ZorbNet"])


def test_lower_in_finds_the_name_as_a_word_of_its_own_only() -> None:
    assert lower_in("Transformer", "a transformer encoder")
    assert lower_in("Vision Transformer", "(vision transformer) works")
    assert not lower_in("Transformer", "transformers and pre-transformer layers")  # a longer word, a compound
    assert not lower_in("Net", "a subnet, a net-like graph and net_2") and lower_in("Net", "later, net gains")
    assert not lower_in("gpt", "gpt everywhere")  # written in lower case already: no evidence either way


def test_features_see_a_parameter_count_and_a_bench_ending(lexicon_path: str) -> None:
    doc = create_nlp(lexicon_path, decide=False)(
        "A title\n\nWe compare Zorb2.5-Math-1.5B and Quill-7B-Instruct on Kelp-Bench v2 and KelpBench-mini.")
    found = {u.name: featurize(doc, u, None) for u in units(doc, None)}
    assert "param_count" in found["Zorb2.5-Math-1.5B"] and "param_count" in found["Quill-7B-Instruct"], found
    assert "bench_end" in found["KelpBench-mini"] and "bench_end" not in found["Zorb2.5-Math-1.5B"], found


def test_features_see_what_a_name_ends_in(lexicon_path: str) -> None:
    """A count ("SIB-200"), a number of items ("Uni-Quill-148k") or a version; not a model's size."""
    doc = create_nlp(lexicon_path, decide=False)(
        "A title\n\nWe train ZorbVid-500 and Uni-Quill-148k models and compare KelpArena-v2 with ZorbNet and Quill-7B.")
    tails = {u.name: [f for f in featurize(doc, u, None) if f.startswith("tail=")] for u in units(doc, None)}
    assert tails["ZorbVid-500"] == ["tail=int"] and tails["Uni-Quill-148k"] == ["tail=items"], tails
    assert tails["KelpArena-v2"] == ["tail=version"], tails
    assert tails["ZorbNet"] == [] and tails["Quill-7B"] == [], tails


def test_features_see_an_enumeration_a_maker_after_a_name_and_its_coined_words(lexicon_path: str) -> None:
    doc = create_nlp(lexicon_path, decide=False)(
        "A title\n\nOur agent runs in stages: (1) Tool Kelp Invocation: the agent calls tools, and (2) Quill Fusion "
        "Block, which merges them. We test on QuillQA, a benchmark we introduce, and on the ZorbNet Fusion Head set.")
    found = {u.name: featurize(doc, u, None) for u in units(doc, None)}
    assert "enum_item=colon" in found["Tool Kelp Invocation"], found
    assert "enum_item=comma" in found["Quill Fusion Block"], found
    assert "made_after" in found["QuillQA"] and "made_after" not in found["Quill Fusion Block"], found
    assert "coined_words=0" in found["Quill Fusion Block"] and "coined_words=1" in found["ZorbNet Fusion Head"], found


@pytest.mark.parametrize(("name", "broken"), [("GPT-[n", True), ("L_{cert}(M_\u03a0)$.", True), ("Foo (Bar", True),
                                              ("C$^2$R", False), ("\u03c0_{0.5}", False), ("GPT-5 (high)", False)])
def test_strings_cut_out_of_markup_are_never_names(lexicon_path: str, name: str, broken: bool) -> None:
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, "A title\n\nSome text."))
    assert never(doc, Unit(f"doc:{name.lower()}", name, [])) is broken


@pytest.mark.parametrize(("name", "claim"), [("Parametric Quill-Kelp Hypothesis", True), ("Zorb Decay Conjecture", True),
                                             ("Quill Scaling Law", False), ("Hypothesis", False)])
def test_a_claim_the_paper_names_is_never_an_artifact(lexicon_path: str, name: str, claim: bool) -> None:
    """"explained by the Parametric Compression-Coverage Hypothesis": a claim, whatever the decider would say (a
    paper's own scaling law counts as its model in the gold)."""
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, "A title\n\nSome text."))
    assert never(doc, Unit(f"doc:{name.lower()}", name, [])) is claim


def test_an_added_acronym_joins_the_kept_entity_it_is_the_short_form_of() -> None:
    """The rules kept the title's "Zorbic Fold Refinement"; the model adds the acronym ZFR the abstract defines for
    it (same key): one entity, named by its acronym, the long form an alias; other added names stay apart."""
    from mlkg.extract.classify import DocEntity
    from mlkg.extract.decide.component import _fold_into_kept

    title = Candidate(0, 22, 0, 3, "Zorbic Fold Refinement", "title")
    acronym = Candidate(60, 63, 12, 13, "ZFR", "lexicon", long_form="Zorbic Fold Refinement")
    other = Candidate(80, 85, 16, 17, "Quill", "shape")
    kept = [DocEntity("doc:zfr", "Zorbic Fold Refinement", mentions=[title], aliases=["Zorbic Fold Refinement"])]
    added = [DocEntity("doc:zfr", "ZFR", mentions=[acronym], aliases=["Zorbic Fold Refinement"]),
             DocEntity("doc:quill", "Quill", mentions=[other])]
    rest = _fold_into_kept(kept, added)
    assert [e.name for e in rest] == ["Quill"]
    assert kept[0].name == "ZFR" and kept[0].aliases == ["Zorbic Fold Refinement"]
    assert [m.text for m in kept[0].mentions] == ["Zorbic Fold Refinement", "ZFR"]


@pytest.mark.parametrize(("text", "vetoed_name"), [
    # a task spelled out in lower case, named in passing: the decider may not add its acronym back
    ("A title\n\nRecent work unifies kelp planning and object goal navigation (ZobNav) in one model.", True),
    # the same shape announced as the paper's own ("we introduce multi-byte prediction (MBP)") or spelled in its
    # title stays the model's to judge
    ("A title\n\nTo address this, we introduce object goal navigation (ZobNav), which plans in parallel.", False),
    ("Object Goal Navigation for Kelp Farms\n\nRecent work studies object goal navigation (ZobNav) at sea.", False),
])
def test_the_acronym_of_a_task_in_passing_is_vetoed(lexicon_path: str, text: str, vetoed_name: bool) -> None:
    from mlkg.extract.decide.features import vetoed

    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, text))
    start = text.index("ZobNav")
    mention = Candidate(start, start + 6, 0, 0, "ZobNav", "abbreviation", long_form="object goal navigation")
    assert vetoed(doc, Unit("doc:zobnav", "ZobNav", [mention])) is vetoed_name


def test_a_class_of_models_by_size_is_vetoed(lexicon_path: str) -> None:
    """"Large Speech-Language Models (LSLMs)": a class like LLMs, which the decider may not add back."""
    from mlkg.extract.decide.features import vetoed

    nlp = create_nlp(lexicon_path, decide=False)
    text = "A title\n\nLarge Kelp-Language Models (LKLMs) are slow to train."
    doc = nlp(make_doc(nlp, text))
    start = text.index("LKLMs")
    mention = Candidate(start, start + 5, 0, 0, "LKLMs", "abbreviation", long_form="Large Kelp-Language Models")
    assert vetoed(doc, Unit("doc:lklm", "LKLMs", [mention]))
    text = "A title\n\nLarge Kelp Synthesis Model (LKSM) is slow to train."  # one model, named in the singular
    doc = nlp(make_doc(nlp, text))
    start = text.index("LKSM")
    single = Candidate(start, start + 4, 0, 0, "LKSM", "abbreviation", long_form="Large Kelp Synthesis Model")
    assert not vetoed(doc, Unit("doc:lksm", "LKSM", [single]))


def test_a_name_the_corpus_knows_well_is_not_moved_across_models_and_data(lexicon_path: str, tmp_path) -> None:
    """"how ImageNet models exploit them": a model biased to Model retypes a rarely seen set, not one hundreds of
    papers use as data; which of dataset or benchmark such a set is stays the model's to say."""
    path = lexicon_with_papers(lexicon_path, tmp_path, {"ImageNet": 500})
    text = "A title\n\nWe train FooNet on ImageNet and CIFAR-10 and show how ImageNet models exploit them."
    nlp = create_nlp(path, decide=False)
    doc = nlp(make_doc(nlp, text))
    assert {k: v for k, v in _names(doc).items() if k in ("ImageNet", "CIFAR-10")} == {
        "ImageNet": "Dataset", "CIFAR-10": "Dataset"}
    _decider(nlp, (-9.0, 9.0, 0.0, 0.0), Thresholds(drop=0.9, add=0.9, retype=0.5))(doc)
    assert _names(doc)["ImageNet"] == "Dataset" and _names(doc)["CIFAR-10"] == "Model", _names(doc)
    doc = nlp(make_doc(nlp, text))
    _decider(nlp, (-9.0, 0.0, 0.0, 9.0), Thresholds(drop=0.9, add=0.9, retype=0.5))(doc)
    assert _names(doc)["ImageNet"] == "Benchmark", _names(doc)


def test_data_the_corpus_knows_well_is_not_dropped_on_one_papers_context(lexicon_path: str, tmp_path) -> None:
    """"0.87 MMLU score": a model biased to "none" (and, of the kinds, to data) drops a set few papers use, not
    one hundreds of papers use as data."""
    path = lexicon_with_papers(lexicon_path, tmp_path, {"ImageNet": 500})
    text = "A title\n\nWe train FooNet on ImageNet and CIFAR-10."
    nlp = create_nlp(path, decide=False)
    doc = nlp(make_doc(nlp, text))
    assert {"ImageNet", "CIFAR-10"} <= set(_names(doc)), _names(doc)
    _decider(nlp, (9.0, 0.0, 0.0, 0.5), Thresholds(drop=0.9, add=0.9, retype=0.5))(doc)
    assert "ImageNet" in _names(doc) and "CIFAR-10" not in _names(doc), _names(doc)


def test_a_set_the_corpus_types_as_data_written_before_its_score_is_not_dropped(lexicon_path: str) -> None:
    """"a GLUE score of 85.1": a set the corpus contexts type as data (not as a metric), written before the score a
    number is of, stays, though fewer papers name it than the well-known ones; the same set elsewhere may go."""
    text = "A title\n\nFooNet reaches an MMLU score of 85.1 and trains on CIFAR-10."
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, text))
    assert {"MMLU", "CIFAR-10"} <= set(_names(doc)), _names(doc)
    _decider(nlp, (9.0, 0.0, 0.0, 0.5), Thresholds(drop=0.9, add=0.9, retype=0.5))(doc)
    assert "MMLU" in _names(doc) and "CIFAR-10" not in _names(doc), _names(doc)


def test_the_title_announced_name_is_no_equation_variable(nlp) -> None:
    """"T3: Test-Time Merging ..." then "(T^3)": the paper's own name, though "T^3" alone reads like a variable."""
    doc = nlp("T3: Test-Time Zorb Merging\n\nWe introduce test-time zorb merging (T^3), a framework. T^3 keeps "
              "local precision.")
    assert "T^3" in {e.name for e in doc._.mlkg_entities}
    doc = nlp("A title\n\nWe bound the error by T^3 and the loss by W.")
    assert "T^3" not in {e.name for e in doc._.mlkg_entities}


def test_an_added_name_ending_on_a_data_head_is_of_its_heads_type(lexicon_path: str) -> None:
    """"extending a Multi-Cam Video Dataset": a title-case run the decider adds is what its head says, whatever the
    model's type scores (here all for Model)."""
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, "A title\n\nWe build our data by extending a Multi-Cam Kelp Dataset with new "
                            "descriptions, and we test it on the Quill Reasoning Bench."))
    _decider(nlp, (-9.0, 9.0, 0.0, 0.0), Thresholds(drop=0.9, add=0.9, retype=0.5))(doc)
    names = _names(doc)
    assert names.get("Multi-Cam Kelp Dataset") == "Dataset" and names.get("Quill Reasoning Bench") == "Benchmark", names


def test_a_metric_acronym_after_its_number_and_a_known_measure_are_vetoed(lexicon_path: str) -> None:
    """"(+1.0% in APr)": a metric's acronym after its number; a lexicon entry whose long form is a measure ("ZLL" =
    "Zorbic Log-Likelihood"): the decider may not add either back."""
    from mlkg.extract.decide.features import vetoed
    from mlkg.extract.lexicon import LexEntry

    nlp = create_nlp(lexicon_path, decide=False)
    text = "A title\n\nZorbDet achieves higher performance (+1.0% in APr) and a lower ZLL on Quuxdet."
    doc = nlp(make_doc(nlp, text))
    start = text.index("APr")
    assert vetoed(doc, Unit("doc:apr", "APr", [Candidate(start, start + 3, 0, 0, "APr", "shape")]))
    start = text.index("ZLL")
    entry = LexEntry("model:zll", "ZLL", "Model", ("Zorbic Log-Likelihood",), papers=9)
    assert vetoed(doc, Unit("model:zll", "ZLL", [Candidate(start, start + 3, 0, 0, "ZLL", "lexicon", entry=entry)]))
    start = text.index("ZorbDet")
    assert not vetoed(doc, Unit("doc:zorbdet", "ZorbDet", [Candidate(start, start + 7, 0, 0, "ZorbDet", "shape")]))


def test_a_measure_written_out_in_title_case_is_vetoed(lexicon_path: str) -> None:
    """"the Average Surface Distance of each region": a measure's words in title case, no lexicon entry; the decider
    may not add it back as a model (an "Agentic Harness" is no measure)."""
    from mlkg.extract.decide.features import vetoed

    nlp = create_nlp(lexicon_path, decide=False)
    text = "A title\n\nZorbSeg lowers the Average Surface Distance of each region, as a Kelp Agentic Harness does."
    doc = nlp(make_doc(nlp, text))
    for name, kept in (("Average Surface Distance", False), ("Kelp Agentic Harness", True)):
        start = text.index(name)
        unit = Unit(f"doc:{name}", name, [Candidate(start, start + len(name), 0, 0, name, "titlecase")])
        assert vetoed(doc, unit) is not kept, name


def test_a_metric_the_metric_table_knows_is_vetoed(lexicon_path: str) -> None:
    """"TriTopic achieves the highest NMI on every dataset", "+3.83 AP_rare on LVIS": metrics (with a subscript too),
    which the decider had added back as data; a coined name beside them is not vetoed."""
    from mlkg.extract.decide.features import vetoed

    nlp = create_nlp(lexicon_path, decide=False)
    text = "A title\n\nZorbTopic achieves the highest NMI on every dataset and +3.83 AP_rare on Quuxset."
    doc = nlp(make_doc(nlp, text))
    for name, kept in (("NMI", False), ("AP_rare", False), ("ZorbTopic", True)):
        start = text.index(name)
        unit = Unit(f"doc:{name}", name, [Candidate(start, start + len(name), 0, 0, name, "shape")])
        assert vetoed(doc, unit) is not kept, name


def test_a_difference_sign_and_its_number_is_never_a_name(lexicon_path: str) -> None:
    """"outperforms frontier LRMs by a significant margin (Δ4.1% average points)": a difference, not a model."""
    nlp = create_nlp(lexicon_path, decide=False)
    doc = nlp(make_doc(nlp, "A title\n\nZorbNet outperforms frontier models by a large margin (\u03944.1% average "
                             "points on eight tasks and \u2206+10.4 on three)."))
    _keep_all(nlp)(doc)
    names = set(_names(doc))
    assert "ZorbNet" in names and not any(name[:1] in "\u0394\u2206" for name in names), names


def test_a_variant_keeps_its_familys_kind_unless_its_last_part_makes_a_model() -> None:
    """"Multi30k-En" beside Multi30k (kept as data) stays data whatever the model says; "ConverSeg-Net", "OTC-GRPO"
    end in what makes a model, so the model may retype them."""
    from mlkg.extract.decide.component import _family_holds

    family = Unit("zorb30k", "Zorb30k", [], row=0, rule_type="Dataset")
    found = [family, Unit("zorb30k-en", "Zorb30k-En", [], row=1, rule_type="Dataset"),
             Unit("zorb30k-net", "Zorb30k-Net", [], row=2, rule_type="Dataset"),
             Unit("zorb30k-grpo", "Zorb30k-GRPO", [], row=3, rule_type="Dataset")]
    assert _family_holds(found[1], found, "Model")
    assert not _family_holds(found[1], found, "Benchmark")  # (data either way: the model says which kind)
    assert not _family_holds(found[2], found, "Model") and not _family_holds(found[3], found, "Model")
    assert not _family_holds(family, found, "Model")


def test_a_variant_of_a_data_family_many_papers_name_stays_data(lexicon_path: str, tmp_path) -> None:
    """"cross-domain (MMLU-STEM)": the rules keep a variant of a benchmark hundreds of papers name as data, and a
    model reading its context alone may not make a model of it."""
    path = lexicon_with_papers(lexicon_path, tmp_path, {"MMLU": 500})
    nlp = create_nlp(path, decide=False)
    doc = nlp(make_doc(nlp, "A title\n\nNull results hold cross-domain (MMLU-STEM) for FooNet."))
    before = _names(doc)
    assert before.get("MMLU-STEM") in ("Benchmark", "Dataset"), before
    _decider(nlp, (-9.0, 9.0, 0.0, 0.0), Thresholds(drop=0.9, add=0.9, retype=0.5))(doc)
    after = _names(doc)
    assert after["MMLU-STEM"] == before["MMLU-STEM"], after



@pytest.mark.parametrize(("name", "text", "vetoed_name"), [
    # "reducing MSE by 16.7%, MAE by 6.03%": the error the rules read, not the masked autoencoder
    ("MAE", "A title\n\nZorbFuse outperforms concatenation, reducing MSE by 16.7%, MAE by 6.03%.", True),
    ("MAE", "A title\n\nWe pretrain ZorbFuse with MAE and DINO on unlabeled scans.", False),
    # "(AP = 80.0%, PRO = 97.5%)": a metric's acronym labelling its number, not the method of that name
    ("PRO", "A title\n\nZorbSeg achieves top results (AP = 80.0%, PRO = 97.5% on Quuxdet).", True),
    ("PRO", "A title\n\nZorbSeg builds on PRO and reaches 97.5% on Quuxdet.", False),
])
def test_a_metric_the_rules_read_is_vetoed(lexicon_path: str, name: str, text: str, vetoed_name: bool) -> None:
    """A lexicon model's name the rules read as a metric here: the decider may not add it back as the model (the
    retrained decider had added both); the same name used as a model stays the model's to judge."""
    from mlkg.extract.decide.features import vetoed
    from mlkg.extract.lexicon import LexEntry

    nlp = create_nlp(lexicon_path, decide=False)
    entry = LexEntry(f"model:{name.lower()}", name, "Model", ("Zorbic Long Form",), papers=300)
    doc = nlp(make_doc(nlp, text))
    start = text.index(name)
    unit = Unit(entry.id, name, [Candidate(start, start + len(name), 0, 0, name, "lexicon", entry=entry)])
    assert vetoed(doc, unit) is vetoed_name
