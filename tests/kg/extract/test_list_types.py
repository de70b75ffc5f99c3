"""Type votes from typed lists and appositions (issue 13): a name takes the type its list or head gives."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from mlkg.extract.pipeline import create_nlp
from mlkg.extract.spans import read_entities
from mlkg.model import EntityType, Role

from .conftest import entities


@pytest.fixture(scope="module")
def rules(lexicon_path: str) -> Language:
    """The rule layer alone (no trained decider), built once for the module."""
    return create_nlp(lexicon_path, decide=False)


def test_names_before_a_plural_head_take_its_type(find) -> None:
    found = find("A title\n\nWe train ZorbNet and test it on QuilSet-2, MarroVox and PelliX7 datasets.")
    for name in ("QuilSet-2", "MarroVox", "PelliX7"):
        assert found[name][0] == EntityType.DATASET, found


def test_names_after_a_plural_head_take_its_type(find) -> None:
    found = find("A title\n\nZorbNet leads on three benchmarks: QuilMark, MarroVox and PelliX7.")
    for name in ("QuilMark", "MarroVox", "PelliX7"):
        assert found[name][0] == EntityType.BENCHMARK, found


def test_name_apposed_to_a_new_dataset(find) -> None:
    found = find("A title\n\nTo train ZorbNet, we build a synthetic street scene dataset, Quillo-DB.")
    assert found["Quillo-DB"][0] == EntityType.DATASET, found


def test_name_apposed_to_the_first_dataset_of_its_kind(find) -> None:
    found = find("A title\n\nIn addition, we construct the first general simulation-ready 3D dataset, QuillVerse, "
                 "covering diverse indoor and outdoor categories.")
    assert found["QuillVerse"][0] == EntityType.DATASET, found


def test_an_acronym_defined_and_apposed_to_a_benchmark_is_kept_and_typed(rules: Language) -> None:
    doc = rules("A title\n\nWe evaluate eight VLMs on ZAGE (Zonal Abstraction Gap Evaluation), a benchmark of 49,500 "
                "questions across 5,500 images.")
    found = {e.name: e.type for e in read_entities(doc)}
    assert found.get("ZAGE") == EntityType.BENCHMARK, found


def test_a_long_form_closed_after_a_number_keeps_its_apposed_type(find) -> None:
    found = find("A title\n\nWe propose QSCG-8 (Quokka Scene Creative Generation 8), a few-shot creative generation "
                 "dataset on eight categories.")
    assert found["QSCG-8"][0] == EntityType.DATASET, found


def test_a_list_does_not_cross_a_sentence(find) -> None:
    found = find("A title\n\nOld work trains on datasets such as ImageNet, which lack labels. We propose ZorbNet, "
                 "a network for leaves.")
    assert found["ZorbNet"][0] == EntityType.MODEL, found


def test_leaderboard_long_form_is_a_benchmark(find) -> None:
    found = find("A title\n\nWe introduce the Open Quill Leaderboard (OQL) to rank agents.")
    assert found["OQL"][0] == EntityType.BENCHMARK, found


def test_evaluation_framework_is_a_benchmark(find) -> None:
    found = find("A title\n\nWe present QuilMarx, a robot evaluation framework for kitchens. ZorbNet fails on it.")
    assert found["QuilMarx"][0] == EntityType.BENCHMARK, found


def test_benchmarking_framework_in_the_title_is_a_benchmark(find) -> None:
    found = find("QuilMarx: A Benchmarking Framework for Kitchen Robots\n\nZorbNet fails on QuilMarx.")
    assert found["QuilMarx"][0] == EntityType.BENCHMARK, found


def test_a_data_word_after_for_in_the_title_says_what_the_name_is_for(find) -> None:
    """"X: Logical Chain Augmentation for Scientific Corpus Cleaning" is a method for corpora, no corpus."""
    found = find("QUILTA: Chain Augmentation for Scientific Corpus Cleaning\n\nWe introduce QUILTA (Quick Chain "
                 "Augmentation), a novel framework for cleaning corpora. QUILTA enhances raw answers.")
    assert found["QUILTA"][0] == EntityType.MODEL, found
    found = find("QuilSet: A Corpus for Kelp Agents\n\nWe introduce QuilSet. Agents fail on QuilSet.")
    assert found["QuilSet"][0] == EntityType.DATASET, found


def test_a_data_word_ending_a_compound_modifier_heads_nothing(rules: Language) -> None:
    """"Token-Subset Representation Alignment", "a token-subset representation alignment method": the subset
    qualifies what follows; the head is the phrase's last noun."""
    doc = rules("QuilAlign: Token-Subset Representation Alignment for Efficient Training\n\nWe propose QuilAlign, a "
                "token-subset representation alignment method that aligns fewer tokens.")
    assert {e.name: e.type for e in read_entities(doc)}["QuilAlign"] == EntityType.MODEL


@pytest.mark.parametrize("name", ["QuilEvolve-Data", "Quil_DB"])
def test_a_data_word_joined_to_a_name_makes_it_data(find, name: str) -> None:
    found = find(f"A title\n\nWe propose QuilEvolve, a framework. We further construct {name} and QuilEvolve-Bench.")
    assert found[name][0] == EntityType.DATASET, found


@pytest.mark.parametrize("name", ["ZorbLM-7B", "QuilFormer-3.8B"])
def test_a_new_name_with_a_parameter_count_is_no_data_it_reports_on(find, name: str) -> None:
    """"On FalconX-7B (a hybrid), S0 reaches 71.8%": the model the sentence reports on."""
    found = find(f"A title\n\nWe propose BazTune. On {name} (a hybrid), BazTune reaches 71.8% on MMLU.")
    assert found[name][0] == EntityType.MODEL, found


def test_appositive_with_a_superlative_article(find) -> None:
    found = find("A title\n\nWe introduce QuilMark, the first benchmark designed to test kelp agents.")
    assert found["QuilMark"][0] == EntityType.BENCHMARK, found


def test_appositive_with_coordinated_adjectives(find) -> None:
    found = find("A title\n\nWe introduce QUILLA, a multimodal, multilingual dataset.")
    assert found["QUILLA"][0] == EntityType.DATASET, found


def test_appositive_head_is_the_last_of_a_noun_run(find) -> None:
    found = find("A title\n\nWe present QUORRA, a personalized embodied agent evaluation framework for homes.")
    assert found["QUORRA"][0] == EntityType.BENCHMARK, found


def test_appositive_stops_at_a_preposition(find) -> None:
    found = find("A title\n\nWe release QuilEval, a small held-out split for testing the reward model.")
    assert found["QuilEval"][0] != EntityType.MODEL, found


def test_appositive_after_a_definition(find) -> None:
    found = find("A title\n\nWe introduce QUILT (Quick Unified Image Lookup Testing Environments), an end-to-end "
                 "system for maps.")
    assert found["QUILT"][0] == EntityType.MODEL, found


def test_an_evaluating_title_names_a_benchmark(find) -> None:
    found = find("QuilCast: Evaluating Future Forecasting of Kelp Agents\n\nWe build QuilCast. Agents fail on it.")
    assert found["QuilCast"][0] == EntityType.BENCHMARK, found


def test_a_list_after_a_plural_head_may_hold_lowercase_coded_names(find) -> None:
    found = find("A title\n\nWe evaluate ZorbNet on three benchmarks: quil2-bench, MarroVox and QPTB.")
    assert found["QPTB"][0] == EntityType.BENCHMARK, found


def test_a_long_form_votes_once_however_often_the_name_recurs(find) -> None:
    found = find("A title\n\nWe introduce QUILT (Quick Unified Image Lookup Testing Environments), an end-to-end "
                 "system for maps. QUILT learns fast. QUILT transfers well. QUILT is small.")
    assert found["QUILT"][0] == EntityType.MODEL, found


def test_a_title_name_is_typed_by_its_paper_not_by_a_rare_homonym_in_the_lexicon(tmp_path) -> None:
    """Another paper's rare "Quokka" dataset does not make this paper's Quokka model a dataset."""
    import json

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text(json.dumps({"id": "dataset:quokka", "name": "Quokka", "aliases": [], "type": "Dataset",
                                   "counts": {"papers": 3}}) + "\n", encoding="utf-8")
    nlp = create_nlp(str(lexicon), decide=False)
    doc = nlp("Quokka: Camera-Radar Fusion for Depth\n\nWe propose Quokka, a fusion network. Quokka fuses "
              "radar and camera features and improves Quokka's depth estimates.")
    types = {e.name: e.type.value for e in read_entities(doc)}
    assert types.get("Quokka") == "Model", types


def test_a_name_in_a_list_of_known_benchmarks_is_a_benchmark(rules: Language) -> None:
    """Coordinated names are of one kind: an untyped member takes the type of its typed peers."""
    doc = rules("A title\n\nZorbNet gains 9.8% on MMLU, QUAR, Something-Something v2 and CIFAR-10.")
    types = {e.name: e.type.value for e in read_entities(doc)}
    assert types.get("QUAR") == "Dataset", types  # MMLU is a Benchmark, SSv2 and CIFAR-10 Datasets: 2 of 3
    doc = rules("A title\n\nZorbNet gains 9.8% on QUAR and CIFAR-10 with ZorbNet-L.")
    assert {e.name: e.type.value for e in read_entities(doc)}.get("QUAR") == "Dataset"  # a pair is a list too


def test_an_untyped_name_follows_a_peer_typed_by_shape(rules: Language) -> None:
    """A name nothing typed takes the type a weaker cue (a shape) gave its one peer; a name some cue
    typed keeps its own type unless a peer's is strong."""
    doc = rules("A title\n\nZorbNet outperforms most baselines by about 10% on both QuillBench and MarroCap.")
    assert {e.name: e.type.value for e in read_entities(doc)}.get("MarroCap") == "Benchmark"
    doc = rules("A title\n\nWe compare ZorbNet and MarroCap on faces.")  # no typed peer: nothing to follow
    assert {e.name: e.type.value for e in read_entities(doc)}.get("MarroCap") == "Model"


def test_peers_split_between_datasets_and_benchmarks_make_a_dataset_of_an_untyped_name(tmp_path) -> None:
    """"on A/B/C/D": two benchmark peers and a dataset peer outvote the one model peer, as data."""
    lexicon = tmp_path / "lexicon.jsonl"
    rows = [("KelpWorld", "Benchmark"), ("ZedArena", "Benchmark"), ("QuimSet", "Dataset"), ("PelloNet", "Model")]
    lexicon.write_text("".join(json.dumps({"id": f"{t.lower()}:{n.lower()}", "name": n, "aliases": [], "type": t,
                                           "counts": {"papers": 10}}) + "\n" for n, t in rows), encoding="utf-8")
    nlp = create_nlp(str(lexicon), decide=False)
    doc = nlp("A title\n\nZorbNet scores 61.2%/55.0%/41.3%/39.9%/20.4% on KelpWorld/ZedArena/QuimSet/PelloNet/MARRO.")
    assert {e.name: e.type.value for e in read_entities(doc)}.get("MARRO") in ("Dataset", "Benchmark")


def test_a_parenthesised_list_after_a_plural_head_takes_its_type(rules: Language) -> None:
    doc = rules("A title\n\nExperiments on three benchmark datasets (QR-SID, QR-HSID, and QRS-Lands) and in "
              "multi-task benchmark evaluations (ZORB_bn, Quill_QA) show gains.")
    types = {e.name: e.type.value for e in read_entities(doc)}
    assert types.get("QR-SID") == types.get("QRS-Lands") == "Dataset", types
    assert types.get("ZORB_bn") == "Benchmark", types


def test_a_parenthesised_list_after_a_described_plural_head_takes_its_type(rules: Language) -> None:
    doc = rules("A title\n\nWe test ZorbNet on three public datasets of noisy palm scans, recorded indoors "
              "(QUIMBA 4000, PELVO, and a private set).")
    types = {e.name: e.type.value for e in read_entities(doc)}
    assert types.get("QUIMBA 4000") == types.get("PELVO") == "Dataset", types
    # "benchmark" as a verb, then a description: the models listed stay models
    doc = rules("A title\n\nWe benchmark six models spanning fast samplers (Quillflow, Zorbflow) on faces.")
    types = {e.name: e.type.value for e in read_entities(doc)}
    assert types.get("Quillflow") != "Benchmark" and types.get("Zorbflow") != "Benchmark", types


def test_the_cue_before_a_long_form_speaks_for_its_acronym(rules: Language) -> None:
    doc = rules("A title\n\nWe derive a large-scale dataset named Warped Table Cells (WTCX). WTCX helps.")
    assert {e.name: e.type.value for e in read_entities(doc)}.get("WTCX") == "Dataset"


def test_a_variant_of_a_known_name_takes_its_type(rules: Language) -> None:
    doc = rules("A title\n\nZorbNet reaches 2.1 FID on ImageNet-256x256 and 61.0 on MMLU-Hard.")
    types = {e.name: e.type.value for e in read_entities(doc)}
    assert types.get("ImageNet-256x256") == "Dataset", types
    assert types.get("MMLU-Hard") == "Benchmark", types
    assert types.get("ZorbNet") == "Model", types


def test_a_name_shape_votes_once_however_often_it_is_named(rules: Language) -> None:
    doc = rules("Zorb-VQA: A Quill-Aware Method for Visual Questions\n\nWe present Zorb-VQA. Zorb-VQA routes "
              "evidence, and Zorb-VQA filters it. Zorb-VQA is fast.")
    assert {e.name: e.type.value for e in read_entities(doc)}.get("Zorb-VQA") == "Model"  # the title says method


def test_a_head_noun_after_a_short_bracket_and_our_appositive_type_a_name(rules: Language) -> None:
    doc = rules("A title\n\nOn the QuillVox++ (night-time) dataset, ZorbNet is best. We also test on MarroBank, "
              "our new hand-checked dataset of leaves.")
    types = {e.name: e.type.value for e in read_entities(doc)}
    assert types.get("QuillVox++") == types.get("MarroBank") == "Dataset", types
    assert types.get("ZorbNet") == "Model", types


def test_a_known_model_with_a_parameter_count_stays_a_model(rules: Language) -> None:
    doc = rules("A title\n\nWe distil ZorbNet into CLIP-150M and pretrain it on QuillVid-10M.")
    types = {e.name: e.type.value for e in read_entities(doc)}
    assert types.get("CLIP-150M") == "Model", types  # a size after a known model: its parameters
    assert types.get("QuillVid-10M") == "Dataset", types  # after an unknown name: a data size


def _rule_types(rules: Language, text: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in read_entities(rules(text))}


def test_a_described_plural_head_types_its_list(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nExperiments on noisy QUILB, MARROX, and PELLIX kidney scan datasets "
                               "show that ZorbNet helps.")
    for name in ("QUILB", "MARROX", "PELLIX"):
        assert found[name] == EntityType.DATASET, found
    assert found["ZorbNet"] == EntityType.MODEL, found


def test_names_compared_on_counted_datasets_stay_models(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nWe compare ZorbNet and QuillFormer on three public datasets.")
    assert found["ZorbNet"] == EntityType.MODEL, found
    assert found["QuillFormer"] == EntityType.MODEL, found


def test_evaluating_a_named_system_on_a_name_types_the_data(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nWe evaluate ZB-Gate on QX-Translate and observe steady gains.")
    assert found["QX-Translate"] == EntityType.DATASET, found
    assert found["ZB-Gate"] == EntityType.MODEL, found


def test_a_score_on_a_name_types_the_data(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nZorbNet lowers FID on QuillTalk by 20% over older systems.")
    assert found["QuillTalk"] == EntityType.DATASET, found


def test_a_head_after_the_definition_bracket_names_data(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nWe use the Stanford Quill Inference (SQI) corpus and the "
                               "Hamburg Driving Scenes (HDS) dataset to train ZorbNet.")
    assert found.get("SQI") == EntityType.DATASET, found
    assert found.get("HDS") == EntityType.DATASET, found


def test_a_lower_case_task_definition_with_a_data_head_is_no_name(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nWe build a new quill answering (QA) dataset for ZorbNet.")
    assert "QA" not in found, found


def test_a_cohort_long_form_is_a_dataset(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nZorbNet is trained on 3,000 scans from the Lower Quill Cohort (LQC).")
    assert found.get("LQC") == EntityType.DATASET, found


def test_a_long_appositive_still_gives_its_head(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nWe release QuillScenes, the first large-scale, real-world multi-view "
                               "indoor dataset with dense labels.")
    assert found.get("QuillScenes") == EntityType.DATASET, found


def test_a_score_on_a_sized_variant_does_not_type_it_as_data(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nZorbNet raises top-1 accuracy on QuillViT-L by 2% over older heads.")
    assert found.get("QuillViT-L") != EntityType.DATASET, found


def test_a_metric_word_is_case_sensitive(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nOur focus is on ZorbNet-X, a fast detector of leaves.")
    assert found["ZorbNet-X"] == EntityType.MODEL, found


def test_a_sized_variant_of_the_papers_data_is_a_model(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nWe fine-tune ZorbNet on QuillReason to obtain QuillReason-4B and "
                               "QuillReason-8B. QuillReason-4B beats larger systems.")
    assert found["QuillReason"] == EntityType.DATASET, found
    assert found["QuillReason-4B"] == EntityType.MODEL, found
    assert found["QuillReason-8B"] == EntityType.MODEL, found


def test_list_peers_glossed_in_brackets_share_a_type(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nWe test ZorbNet on ImageNet (classification), CIFAR-10 and MMLU "
                               "(reasoning), as well as QuillSeg and MarroParts (segmentation).")
    assert found["QuillSeg"] == EntityType.DATASET, found
    assert found["MarroParts"] == EntityType.DATASET, found
    assert found["ZorbNet"] == EntityType.MODEL, found


def test_a_weakly_typed_name_paired_with_a_known_model_is_a_model(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nExtensive experiments on CLIP and Quokka-Pro show that tuning on "
                               "ZorbSet helps.")
    assert found["Quokka-Pro"] == EntityType.MODEL, found


def test_a_name_that_holds_an_amount_of_data_is_a_dataset(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nQuillbank consists of 40K annotated samples from clinics. We train "
                               "ZorbNet on Marrovia, which contains 2M short videos.")
    assert found.get("Quillbank") == EntityType.DATASET, found
    assert found.get("Marrovia") == EntityType.DATASET, found
    assert found["ZorbNet"] == EntityType.MODEL, found


def test_a_model_that_holds_parameters_or_layers_is_no_dataset(rules: Language) -> None:
    found = _rule_types(rules, "A title\n\nZorbNet contains 7B parameters and 40 layers. Each contains 30 frames.")
    assert found["ZorbNet"] == EntityType.MODEL, found
    assert "Each" not in found, found


def _types(rules: Language, text: str) -> dict[str, str]:
    return {e.name: e.type.value for e in read_entities(rules(text))}


def test_a_score_on_a_bench_shaped_name_votes_benchmark(rules: Language) -> None:
    types = _types(rules, "A title\n\nZorbNet gains +9.1 points on Quill-bench and +3.2 points on Quill-bench.")
    assert types.get("Quill-bench") == "Benchmark", types


def test_a_score_then_a_bracketed_name_votes_data(rules: Language) -> None:
    """"AP gains of 3.7% (FSVOD-500), 5.3% (FSYTV-40)": the data each score is measured on."""
    types = _types(rules, "A title\n\nZorbNet gains AP of 3.7% (QUIL-500), 5.3% (KELPV-40) and more (ZorbNet-L).")
    assert types.get("QUIL-500") == "Dataset" and types.get("KELPV-40") == "Dataset", types
    assert types.get("ZorbNet-L") == "Model", types


def test_a_speedup_or_size_on_a_name_is_no_score(rules: Language) -> None:
    types = _types(rules, "A title\n\nZorbNet runs 2.3x faster on QuillChip and fits 7B on ZorbNet-L.")
    assert types.get("QuillChip") != "Dataset" and types.get("ZorbNet-L") != "Dataset", types


def test_a_list_of_percentages_is_a_list_of_peers(tmp_path) -> None:
    """"80.2% A, 48.5% B, 62.6% C": the unknown name takes the type of its known peers."""
    import json

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text("".join(json.dumps({"id": f"benchmark:{n.lower()}", "name": n, "aliases": [],
                                           "type": "Benchmark", "counts": {"papers": 10}}) + "\n"
                               for n in ("KelpWorld", "ZedArena")), encoding="utf-8")
    nlp = create_nlp(str(lexicon), decide=False)
    types = _types(nlp, "A title\n\nZorbNet-8B scores (80.2% KelpWorld, 48.5% ZedArena, 62.6% QUIMBA-Pro).")
    assert types.get("QUIMBA-Pro") == "Benchmark", types
    types = _types(nlp, "A title\n\nZorbNet scores 15.3% on KelpWorld, 29.2% on ZedArena, and 40.4% on Quimba-QR.")
    assert types.get("Quimba-QR") == "Benchmark", types


@pytest.mark.parametrize(("text", "name", "label"), [
    ("A title\n\nWe test five detectors on the QUIMBA-80C aerial dataset (3,592 images).", "QUIMBA-80C", "Dataset"),
    ("A title\n\nZorbNet leads the PELVOS video segmentation benchmark.", "PELVOS", "Benchmark"),
    # (a description of two words joined by a hyphen is one word of it)
    ("A title\n\nZorbNet reaches 0.44 on the PELVOS question-answering benchmark.", "PELVOS", "Benchmark"),
])
def test_a_data_head_after_a_short_description_types_the_name(rules: Language, text: str, name: str,
                                                               label: str) -> None:
    assert _types(rules, text).get(name) == label


@pytest.mark.parametrize("text", [
    "A title\n\nWe fine-tune the ZorbLM pretrained model on kelp.",
    "A title\n\nWe use the ZorbLM generated dataset and the ZorbLM training corpus.",
])
def test_a_participle_or_model_word_before_the_head_does_not_type_the_name(rules: Language, text: str) -> None:
    assert _types(rules, text).get("ZorbLM") == "Model"


@pytest.mark.parametrize("text", [
    "A title\n\nWe introduce Quill Hub -- a collection of 1 billion kelp personas.",
    "A title\n\nWe release QuilMT.en-he: to our knowledge, the first public English-Hebrew benchmark for MT.",
    "A title\n\nWe release QuilMark, to the best of our knowledge the first benchmark for kelp agents.",
])
def test_an_appositive_after_a_dash_or_a_hedge_types_the_name(rules: Language, text: str) -> None:
    types = _types(rules, text)
    assert any(label in ("Dataset", "Benchmark") for name, label in types.items() if name.startswith("Quil")), types
    assert "English-Hebrew" not in types, types  # a pair of language names is no name


def test_a_capitalised_evaluation_cue_starts_an_evaluation_list(rules: Language) -> None:
    types = _types(rules, "A title\n\nExperiments on QuimWorld, PelvoWorld, and ZorbLife show that KelpAgent helps.")
    assert types.get("ZorbLife") == types.get("PelvoWorld") == "Dataset", types
    assert types.get("KelpAgent") == "Model", types


def test_a_name_after_subset_is_data(rules: Language) -> None:
    types = _types(rules, "A title\n\nWe pretrain ZorbNet on the specialized subset QuilTOM 2TB without oceans.")
    assert types.get("QuilTOM 2TB", types.get("QuilTOM")) == "Dataset", types


def test_what_the_paper_says_a_name_is_outweighs_the_lexicon(tmp_path) -> None:
    """"TIDE, a dataset of 10,000 dialogues": this paper's appositive beats other papers' use of the same
    string (a lexicon Model seen in many papers, voting on every mention)."""
    path = tmp_path / "lexicon.jsonl"
    path.write_text(json.dumps({"id": "model:tide", "name": "TIDE", "type": "Model", "aliases": [],
                                "counts": {"papers": 40}}) + "\n")
    nlp = create_nlp(str(path), decide=False)
    doc = nlp("A title\n\nWe introduce TIDE, a dataset of 10,000 dialogues. TIDE is hard. Models fail on TIDE.")
    found = {e.name: e for e in read_entities(doc)}
    assert found["TIDE"].type == EntityType.DATASET, found
    assert found["TIDE"].role == Role.INTRODUCES, found


def test_a_name_with_a_score_stated_on_it_is_data(tmp_path) -> None:
    path = tmp_path / "lexicon.jsonl"
    path.write_text("")
    nlp = create_nlp(str(path), decide=False)
    doc = nlp("A title\n\nOur model gains 2.5% on Zorb-HM, and 18.6% on Quill-EyeSet over prior work.")
    found = {e.name: e.type for e in read_entities(doc)}
    assert found.get("Zorb-HM") == EntityType.DATASET and found.get("Quill-EyeSet") == EntityType.DATASET, found


def test_a_coded_token_between_a_number_and_on_is_the_metric(tmp_path) -> None:
    path = tmp_path / "lexicon.jsonl"
    path.write_text("")
    nlp = create_nlp(str(path), decide=False)
    doc = nlp("A title\n\nOn Zorb3D, it reaches 34.2 AP3D on Zorb3D-Hard.")
    assert "AP3D" not in {e.name for e in read_entities(doc)}


def test_a_plain_word_listed_with_found_names_is_one_of_them(find) -> None:
    """"ZorbNet, QuarkLM-2, Grok and Claude": the plain members of a list of found models are models too."""
    found = find("A title\n\nWe test ZorbNet-7B, QuarkLM-2, Grok, and Claude on mazes.")
    assert found.get("Claude", (None,))[0] == EntityType.MODEL and found.get("Grok", (None,))[0] == EntityType.MODEL, found


def test_a_plain_word_list_without_found_names_adds_nothing(find) -> None:
    found = find("A title\n\nWe visited Paris, Rome, and Berlin with ZorbNet.")
    assert not {"Paris", "Rome", "Berlin"} & set(found), found


def test_one_typed_member_types_a_list_of_unknown_names_that_ends_before_the_subject(rules: Language) -> None:
    """"Across ImageNet, MarroVox-2, and PelliX7, ZorbNet-3 improves ...": the list is data like ImageNet, its
    only typed member; the list ends at "and PelliX7", so ZorbNet-3 is no member."""
    doc = rules("A title\n\nAcross ImageNet, MarroVox-2, and PelliX7, ZorbNet-3 improves accuracy by 4.2%.")
    by_name = {e.name: e.type for e in read_entities(doc)}
    assert by_name.get("MarroVox-2") == EntityType.DATASET and by_name.get("PelliX7") == EntityType.DATASET, by_name
    assert by_name.get("ZorbNet-3") == EntityType.MODEL, by_name


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("We collect a large-scale dataset of multi-view images, termed QuilVi3D, from videos.", "QuilVi3D",
     EntityType.DATASET),
    ("We evaluate ZorbNet on a new benchmark we propose called MarroArena-2, with hard tasks.", "MarroArena-2",
     EntityType.BENCHMARK),
])
def test_a_name_given_by_a_naming_verb_takes_the_nearest_head(rules: Language, text: str, name: str,
                                                              kind: EntityType) -> None:
    by_name = {e.name: e.type for e in read_entities(rules(f"A title\n\n{text}"))}
    assert by_name.get(name) == kind, by_name


def test_a_title_case_long_form_ending_in_test_names_a_benchmark(rules: Language) -> None:
    doc = rules("A title\n\nWe introduce the Quill Drill Fabrication Test (QDFT), a protocol.")
    by_name = {e.name: e.type for e in read_entities(doc)}
    assert by_name.get("QDFT") == EntityType.BENCHMARK, by_name


@pytest.mark.parametrize(("text", "kind"), [
    ("QuilMarx: A Framework for Evaluating Kelp Agents\n\nZorbNet fails on QuilMarx.", EntityType.BENCHMARK),
    ("A title\n\nWe present QuilMarx, a protocol that measures the robustness of kelp agents.", EntityType.BENCHMARK),
    ("A title\n\nWe introduce QuilMarx, a game-theoretic framework that probes strategy in dialogue.",
     EntityType.BENCHMARK),
    ("A title\n\nWe propose QuilMarx, a framework for learning sparse kelp policies.", EntityType.MODEL),
    ("A title\n\nWe present QuilMarx, a novel framework that addresses scam detection with agents.", EntityType.MODEL),
    ("A title\n\nWe propose QuilMarx, a token pruning framework that quantifies the value of visual tokens.",
     EntityType.MODEL),
])
def test_a_system_for_evaluating_is_a_benchmark(rules: Language, text: str, kind: EntityType) -> None:
    """"a framework for evaluating", "a protocol that measures": what the system is for makes it an evaluation;
    a framework for anything else stays a model."""
    by_name = {e.name: e.type for e in read_entities(rules(text))}
    assert by_name.get("QuilMarx") == kind, by_name


def test_an_acronym_in_brackets_takes_the_appositive_after_them(rules: Language) -> None:
    """"the Multi-step Kelp Dilemmas (MKDs), the first dataset ...": the appositive defines the bracketed acronym."""
    doc = rules("A title\n\nWe introduce the Multi-step Kelp Dilemmas (MKDs), the first dataset built to track "
                "the moral judgments of agents.")
    by_name = {e.name: e.type for e in read_entities(doc)}
    assert by_name.get("MKD") == EntityType.DATASET, by_name


def test_a_list_keeps_its_type_through_each_members_score(rules: Language) -> None:
    """"on the A (+0.03), B (-0.03), and C (+0.05) meta-evaluation benchmarks": the scores are no list break."""
    doc = rules("A title\n\nZorbNet improves correlations on the QuilEval (+0.03), MarroChat (-0.03), and PELLIX "
                "(+0.05) meta-evaluation benchmarks.")
    by_name = {e.name: e.type for e in read_entities(doc)}
    assert all(by_name.get(n) == EntityType.BENCHMARK for n in ("QuilEval", "MarroChat", "PELLIX")), by_name


@pytest.mark.parametrize(("text", "name"), [
    ("Experiments on the QuilDrive camera viewpoint perturbation benchmark show gains.", "QuilDrive"),
    ("On the QWMT 24 English-Chinese benchmark, ZorbNet-3B wins.", "QWMT 24"),
])
def test_a_benchmark_described_by_three_words_or_a_language_pair(rules: Language, text: str, name: str) -> None:
    by_name = {e.name: e.type for e in read_entities(rules(f"A title\n\n{text}"))}
    assert by_name.get(name) == EntityType.BENCHMARK, by_name


def test_a_test_set_after_a_name_is_a_split_of_a_dataset(rules: Language) -> None:
    """"the QuilMNIST test set": "test" heads a split here, not an evaluation ("the QuilBench test" stays one)."""
    doc = rules("A title\n\nWe assess ZorbNet on the existing QuilMNIST test set and the QuilFash-2 validation "
                "split built by this work.")
    by_name = {e.name: e.type for e in read_entities(doc)}
    assert by_name.get("QuilMNIST") == EntityType.DATASET and by_name.get("QuilFash-2") == EntityType.DATASET, \
        by_name


@pytest.mark.parametrize(("text", "kind"), [
    ("We present QuilGuard, a comprehensive suite of LLM-based safety moderation models built on ZorbLM.",
     EntityType.MODEL),
    ("We present QuilGuard, a suite of benchmarks for kelp agents.", EntityType.BENCHMARK),
])
def test_a_group_takes_the_kind_of_its_members(rules: Language, text: str, kind: EntityType) -> None:
    """"a suite of ... models" is models, "a suite of benchmarks" an evaluation."""
    by_name = {e.name: e.type for e in read_entities(rules(f"A title\n\n{text}"))}
    assert by_name.get("QuilGuard") == kind, by_name


@pytest.mark.parametrize("sentence, names", [
    ("We conduct experiments on Quokka [12] and Wombat [13].", ("Quokka", "Wombat")),
    ("Our experiments on Quokka (Smith et al., 2019) and Wombat confirm it.", ("Quokka", "Wombat")),
    ("We train on Quokka and test on Wombat.", ("Quokka", "Wombat")),
    ("Table 2 reports the performance on Quokka and Wombat.", ("Quokka", "Wombat")),
    ("We evaluate on the test set of Quokka.", ("Quokka",)),
    ("We adopt the standard train/test split of Quokka.", ("Quokka",)),
    ("On Quokka, our method improves accuracy by 2.1%.", ("Quokka",)),
    # a list item's label before the opening: "(2) On X, our full model ..." (not "X, our ... model")
    ("(1) It is fast. (2) On QUOKKA2, our full multi-condition model improves FVD from 68.76 to 46.31.",
     ("QUOKKA2",)),
    ("These datasets include Quokka, Wombat and Numbat.", ("Quokka", "Wombat", "Numbat")),
])
def test_plain_names_where_text_evaluates_on_them_are_datasets(rules: Language, sentence: str,
                                                               names: tuple[str, ...]) -> None:
    """Full text writes a dataset's plain name where it evaluates, trains or splits ("the test set of
    Quokka"), and cites it there ("on Quokka [12]"): the rules propose it, and the context types it."""
    doc = rules(f"A title\n\nWe propose ZorbNet for scene parsing. {sentence}")
    found = {e.name: e.type for e in read_entities(doc)}
    for name in names:
        assert found.get(name) == EntityType.DATASET, (sentence, found)


@pytest.mark.parametrize("sentence", [
    "We evaluate on Monte Carlo samples of the posterior.",
    "Results on Monday were better.",
    "On Linux, our method runs twice as fast.",
    "We evaluate on the test set of the second stage.",
])
def test_plain_words_after_evaluation_cues_that_name_no_data_are_not_proposed(rules: Language,
                                                                               sentence: str) -> None:
    doc = rules(f"A title\n\nWe propose ZorbNet for scene parsing. {sentence}")
    found = {e.name for e in read_entities(doc)}
    assert found == {"ZorbNet"}, (sentence, found)


def test_a_dataset_named_in_an_evaluation_sentence_is_kept_by_the_whole_pipeline(find) -> None:
    found = find("A title\n\nWe propose ZorbNet for scene parsing. We conduct experiments on Quokka [12] and "
                 "Wombat [13]. Our model achieves 85.3% accuracy on Quokka.")
    assert found["Quokka"][0] == EntityType.DATASET and found["Wombat"][0] == EntityType.DATASET, found


@pytest.mark.parametrize("sentence", [
    "We propose a novel framework called Quokka.",
    "Our approach, dubbed Quokka, learns from tables.",
    "We call our method Quokka.",
    "We name this model Quokka.",
    "We refer to our model as Quokka.",
    "In this paper, we present Quokka, which learns from tables.",
])
def test_a_plain_word_the_paper_names_its_work_with_is_introduced(rules: Language, sentence: str) -> None:
    """Naming words ("called", "dubbed", "we call our method") give a plain capitalised word as a name:
    the paper introduces it."""
    doc = rules(f"Learning from tables\n\n{sentence} It is trained on tables.")
    found = {e.name: (e.type, e.role) for e in read_entities(doc)}
    assert found.get("Quokka") == (EntityType.MODEL, Role.INTRODUCES), (sentence, found)


def test_named_after_is_no_name(rules: Language) -> None:
    doc = rules("Learning from tables\n\nThe loss, named after Quokka Smith, is simple. It is trained on tables.")
    assert not {e.name for e in read_entities(doc)}


@pytest.mark.parametrize("sentence, names", [
    ("We compare our approach with Quokka [12] and Wombat [13].", ("Quokka", "Wombat")),
    ("Compared to Quokka (Smith et al., 2019), our model is faster.", ("Quokka",)),
    ("Our method outperforms Quokka by 2.1 points.", ("Quokka",)),
    ("Unlike Quokka, our method does not require labels.", ("Quokka",)),
    ("Baselines include Quokka, Wombat and Numbat.", ("Quokka", "Wombat", "Numbat")),
])
def test_plain_names_the_paper_compares_with_are_proposed_as_models(rules: Language, sentence: str,
                                                                     names: tuple[str, ...]) -> None:
    doc = rules(f"Learning from tables\n\nWe propose ZorbNet for tables. {sentence}")
    found = {e.name: e.type for e in read_entities(doc)}
    for name in names:
        assert found.get(name) == EntityType.MODEL, (sentence, found)


def test_an_unknown_acronym_after_a_naming_verb_is_kept_with_its_head(rules: Language) -> None:
    doc = rules("A title\n\nTo this end, we curate an audio-visual caption and instruction-tuning dataset, called "
                "AVQ. It comprises 5.2 million diverse data tuples.")
    assert {e.name: e.type for e in read_entities(doc)} == {"AVQ": EntityType.DATASET}


@pytest.mark.parametrize("sentence", [
    "We benchmarked the framework across QDSS, WIPIP and XEPOC, evaluating structural recovery.",
    "We evaluate ZorbNet on both QDSS and WIPIP.",
])
def test_sets_after_across_or_on_both_are_datasets(rules: Language, sentence: str) -> None:
    doc = rules(f"A title\n\nWe propose ZorbNet. {sentence}")
    found = {e.name: e.type for e in read_entities(doc)}
    assert found.get("QDSS") == EntityType.DATASET and found.get("WIPIP") == EntityType.DATASET, found


@pytest.mark.parametrize("sentence, kind", [
    ("We introduce QuokGen, a generative framework for probabilistic joint estimation of shapes.", EntityType.MODEL),
    ("We introduce QuokProbe, a toolkit for probing language models.", EntityType.BENCHMARK),
])
def test_what_an_appositive_system_is_for_says_whether_it_evaluates(rules: Language, sentence: str,
                                                                     kind: EntityType) -> None:
    doc = rules(f"A title\n\n{sentence}")
    assert [e.type for e in read_entities(doc)] == [kind], sentence


@pytest.mark.parametrize("name", ["QuokkaSet", "WombatBank", "Dingo3Corpus"])
def test_a_data_word_joined_to_a_name_votes_for_a_dataset(rules: Language, name: str) -> None:
    """"KoalaSet", "PropBank": with no other cue, the data word the name ends in says what it is."""
    doc = rules(f"A title\n\nOur parser does well on {name}.")
    found = {e.name: e.type for e in read_entities(doc)}
    assert found.get(name) == EntityType.DATASET, found


def test_list_items_written_as_a_long_form_and_a_name_take_the_list_type(rules: Language) -> None:
    """"three datasets: real life trial talks (RLTT-3), staged kelp scenes (SKS2), and quill reviews (QuilSpam)":
    each item is a lower-case description and the name in brackets; the names are the list's data."""
    doc = rules("A title\n\nWe test ZorbNet on three distinct datasets: real life trial talks (RLTT-3), staged kelp "
                "scenes in interpersonal settings (SKS2), and quill reviews (QuilSpam).")
    found = {e.name: e.type for e in read_entities(doc)}
    for name in ("RLTT-3", "SKS2", "QuilSpam"):
        assert found.get(name) == EntityType.DATASET, found


def test_the_set_a_named_model_is_trained_on_is_data(rules: Language) -> None:
    doc = rules("A title\n\nFine-tuning ZorbLM-7B on Quill30-AU improves captioning.")
    found = {e.name: e.type for e in read_entities(doc)}
    assert found.get("Quill30-AU") == EntityType.DATASET, found


def test_an_apposition_after_a_named_bracket_types_the_name(rules: Language) -> None:
    doc = rules("A title\n\nWe introduce the Quill Decathlon (dubbed as Quillathlon), a benchmark for language agents.")
    found = {e.name: e.type for e in read_entities(doc)}
    assert found.get("Quillathlon") == EntityType.BENCHMARK, found


def test_the_acronym_of_a_known_name_is_that_name() -> None:
    """"datasets such as Open X-Embodiment (OXE) ... like OXE": one entity (the shipped lexicon knows the long
    form), not the known name and a second one the decider adds back for the acronym."""
    nlp = create_nlp()
    doc = nlp("A title\n\nPolicies trained on large-scale datasets such as Open X-Embodiment (OXE) are strong. "
              "Issues arise from datasets like OXE, which are composed of sub-datasets.")
    found = {e.name: e for e in read_entities(doc)}
    assert set(found) == {"Open X-Embodiment"}, found
    assert len({m.start for m in found["Open X-Embodiment"].mentions}) == 3


def test_an_acronym_defined_by_a_generic_long_form_is_generic(tmp_path) -> None:
    """"neural networks (NNs)": whatever other papers meant by NNs (non-native speakers, in the lexicon),
    this paper's NNs are the generic networks, no entity."""
    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text(
        json.dumps({"id": "benchmark:zns", "name": "ZNS", "aliases": ["zorb native speakers"], "type": "Benchmark",
                    "counts": {"papers": 3}}) + "\n"
        + json.dumps({"id": "generic:zn", "name": "ZN", "aliases": ["zorb networks"], "type": "Generic",
                      "counts": {"papers": 40}}) + "\n", encoding="utf-8")
    nlp = create_nlp(str(lexicon), decide=False)
    doc = nlp("A title\n\nThen, we apply zorb networks (ZNs) with fine-tuned layers to images. The ZNs are strong.")
    assert not read_entities(doc), [e.name for e in read_entities(doc)]


def test_an_exam_is_a_benchmark(rules: Language) -> None:
    """"the Gaokao exam": an exam is a benchmark (decision list 7), and the word before it its name."""
    doc = rules("A title\n\nZorbNet scores 70% on the Quokka exam.")
    assert {e.name: e.type for e in read_entities(doc)}.get("Quokka") == EntityType.BENCHMARK


def test_a_suite_of_models_after_a_long_hyphenated_word_is_models(rules: Language) -> None:
    """"Emu3, a new suite of state-of-the-art multimodal models": "state-of-the-art" is seven tokens; the members
    are still models."""
    doc = rules("A title\n\nWe introduce QuilEmu, a new suite of state-of-the-art multimodal models trained on kelp.")
    assert {e.name: e.type for e in read_entities(doc)}.get("QuilEmu") == EntityType.MODEL



@pytest.mark.parametrize(("text", "kind"), [
    ("To bridge the gap, we present KelpEHR. This benchmark challenges agents to plan.", "Benchmark"),
    ("We release ZorbiQ. The dataset holds 40K dialogues.", "Dataset"),
])
def test_the_next_sentence_says_what_the_paper_just_introduced_is(find, text: str, kind: str) -> None:
    """"We present AgentEHR. This benchmark challenges agents ...": the sentence after refers back to the name."""
    found = find("A title\n\n" + text)
    assert found["KelpEHR" if "KelpEHR" in text else "ZorbiQ"][0] == kind, found


def test_a_name_not_made_by_the_verb_takes_no_type_from_the_next_sentence(find) -> None:
    """"We introduce a dataset ... distilled from X. The dataset ...": X is what the data came from."""
    found = find("A title\n\nWe introduce KelpReason, a dataset of 1.8M samples distilled from Zorb-VL-235B-Thinking. "
                 "The dataset is built in three stages.")
    assert found.get("Zorb-VL-235B-Thinking", ("Model",))[0] == "Model", found


def test_the_papers_new_datasets_in_brackets_are_all_its_own(find) -> None:
    """"we introduce new specialized datasets (FineMath, Stack-Edu, and SmolTalk)": every member is introduced, a
    hyphenated plain member too (known sets listed after "on standard datasets" stay used)."""
    found = find("A title\n\nWe additionally introduce new specialized datasets (QuokMath, Kelp-Edu, and SmolZorb) at "
                 "stages where existing data falls short. We evaluate on standard datasets (ImageNet, CIFAR-10) too.")
    assert {n: found.get(n) for n in ("QuokMath", "Kelp-Edu", "SmolZorb")} == {
        n: ("Dataset", "introduces") for n in ("QuokMath", "Kelp-Edu", "SmolZorb")}, found
    assert found["ImageNet"][1] == "uses", found


def test_a_name_in_brackets_after_the_task_it_is_data_for(find) -> None:
    """"experiments on ... partial-to-partial matching (MVP-RG)": the bracket names the data for that task."""
    found = find("A title\n\nWe propose ZorbMatcher. Experiments on 3D datasets, as well as on partial-to-partial "
                 "matching (KVP-RG), demonstrate that ZorbMatcher is better.")
    assert found.get("KVP-RG", ("",))[0] == "Dataset", found


def test_a_list_that_models_open_types_a_known_name_as_a_model(rules: Language) -> None:
    """"powerful models like Show-o, Transfusion and Emu3": what the sentence says outweighs the type other
    papers' few contexts gave the string (the lexicon had Emu3, a model, as a benchmark); data after
    "benchmarks like" keeps its type. (The rules' types: the toy lexicon's MMLU is no name the shipped decider
    was trained to keep.)"""
    def find(text: str) -> dict[str, tuple[str, str]]:
        return entities(rules, text)

    found = find("A title\n\nThe paradigm has advanced, with powerful models like ZorbNet, CLIP and MMLU achieving "
                 "progress.")
    assert found["MMLU"][0] == "Model" and found["ZorbNet"][0] == "Model", found
    found = find("A title\n\nZorbFixer outperforms baselines such as QuillDI and MMLU.")
    assert found["QuillDI"][0] == "Model" and found["MMLU"][0] == "Model", found
    found = find("A title\n\nWe test models like CLIP on benchmarks like MMLU and datasets such as ImageNet.")
    assert found["MMLU"][0] == "Benchmark" and found["ImageNet"][0] == "Dataset", found


def test_a_name_a_task_is_done_on_is_data(find) -> None:
    """"a 26% relative improvement in FCD for de novo 3D generation on GEOM-DRUGS": what the task ran on."""
    found = find("A title\n\nZorbMol achieves a 26% relative improvement in FCD for de novo 3D generation on "
                 "QUOK-DRUGS, and a 13% average relative gain for conditional generation on KM9-2014.")
    assert found.get("QUOK-DRUGS", ("",))[0] == "Dataset" and found.get("KM9-2014", ("",))[0] == "Dataset", found


def test_a_reannotation_is_data(rules: Language) -> None:
    """"X, our multilabel reannotation of ...": a new labelling of images is a dataset."""
    assert _types(rules, "A title\n\nEvaluating on ZorbGT, our multilabel reannotation of 625 kelp classes, helps.").get(
        "ZorbGT") == "Dataset"


def test_peers_with_bracketed_scores_are_one_list(rules: Language) -> None:
    """"ImageNet (+1.1 top-1), CIFAR-10 (+19.4 mAP25), QuillScan (+9.3 mAP50)": the score in brackets does
    not end the list, so the unknown name takes its peers' type."""
    types = _types(rules, "A title\n\nZorbNet gains over prior work: ImageNet (+1.1 mAP50), CIFAR-10 (+19.4 mAP25), "
                          "QuillScan (+9.3 mAP50), and MMLU (+2.7 mAP50).")
    assert types.get("QuillScan") == "Dataset", types


def test_a_title_suite_of_models_is_a_model(rules: Language) -> None:
    """"X: A Novel Suite of LLMs for ...": a suite of models is a model family, not a benchmark suite."""
    types = _types(rules, "ZorbCoder: A Novel Suite of LLMs for Code Generation in Kelp\n\nWe train ZorbCoder on "
                          "kelp code.")
    assert types.get("ZorbCoder") == "Model", types
    types = _types(rules, "ZorbSuite: A Suite of Tasks for Kelp Agents\n\nWe build ZorbSuite from kelp logs.")
    assert types.get("ZorbSuite") == "Benchmark", types


def test_a_bracketed_list_after_ie_and_a_list_of_methods_after_datasets(rules: Language) -> None:
    """"the six datasets (i.e., A, B, ...)" types its names as data; "these datasets on the four most common
    methods (A, B)" lists methods, whatever plural head of data came before."""
    types = _types(rules, "A title\n\nZorbKit loads the six most relevant datasets (i.e., QUIMBA, PELVO, KELPSET) "
                          "quickly. We test ZorbKit using these datasets on the four most common publicly available "
                          "methods (ZorbNet, QuillConvNet).")
    assert types.get("QUIMBA") == types.get("KELPSET") == "Dataset", types
    assert types.get("QuillConvNet") == "Model", types


def test_a_pair_each_with_its_score_change_in_brackets_is_a_list(rules: Language) -> None:
    """"on ImageNet (57% to 90.0%) and Zorb-NLI (67% to 83%)": a pair of sets, each with its own change."""
    types = _types(rules, "A title\n\nFooNet improved Macro F1 scores on ImageNet (57% to 90.0%) and Zorb-NLI "
                          "(67% to 83%).")
    assert types.get("Zorb-NLI") == "Dataset", types


def test_names_each_bracketed_after_its_score_are_one_list(rules: Language) -> None:
    """"gains of 3.7% (ImageNet), 5.3% (CIFAR-10), and 4.5 (ZorbVRD)": the names in brackets after their
    numbers are peers, so the unknown name takes their type."""
    types = _types(rules, "A title\n\nZorbNet achieves AP improvements of 3.7% (ImageNet), 5.3% (CIFAR-10), 4.3% "
                          "(MMLU), and 4.5 (ZorbVRD) in the 5-shot setting.")
    assert types.get("ZorbVRD") in ("Dataset", "Benchmark"), types


def test_the_later_members_of_a_list_a_sentence_opens_on_are_data(find) -> None:
    """"On ZCF, ZECAD, and ZEC4, FooNet improves ...": every set of the opening list is data."""
    found = find("A title\n\nWe propose FooNet. On ZCF, ZECAD, and ZEC4, FooNet improves the three-seed mean Pair "
                 "F1 over a matched base model.")
    assert found["ZECAD"][0] == found["ZEC4"][0] == EntityType.DATASET, found


def test_the_predicate_of_a_sentence_a_name_opens_types_it(find) -> None:
    """"The ZorbKelp-R1-Distilled is a large-scale dataset with ...": what the sentence says the name is."""
    found = find("A title\n\nThe ZorbKelp-R1-Distilled is a large-scale dataset with thinking traces.")
    assert found["ZorbKelp-R1-Distilled"][0] == EntityType.DATASET, found


def test_a_name_bracketed_after_a_head_noun_takes_its_type(find) -> None:
    """"a new kelp editing dataset (ZG-Edit)": the head names the bracketed name; "Kelp Benchmark (KB)" is a
    name's own last word, not a head."""
    found = find("A title\n\nOur suite comprises the novel kelp task (ZG-Sketch) and a new kelp editing dataset "
                 "(ZG-Edit) featuring complex edits.")
    assert found["ZG-Edit"][0] == EntityType.DATASET, found


def test_a_name_that_opens_the_main_clause_after_a_head_is_no_appositive(find) -> None:
    """"Despite being trained on a limited dataset, ZorbCoder achieves ...": the comma closes the clause; the
    name is the subject of the verb after it, not "a dataset, X"."""
    found = find("A title\n\nDespite being trained on a limited dataset, Zorb-KelpCoder achieves state-of-the-art "
                 "performance on MMLU.")
    assert found["Zorb-KelpCoder"][0] == EntityType.MODEL, found


def test_the_papers_own_plural_head_types_and_introduces_the_list_after_it(find) -> None:
    """"Using our proposed benchmarks, ZorbFood-90 and ZorbFood-164, we show ...": the paper's two benchmarks."""
    found = find("A title\n\nUsing our proposed benchmarks, ZorbFood-90 and ZorbFood-164, we show that KelpFusion "
                 "achieves state-of-the-art results on these benchmarks.")
    assert found["ZorbFood-90"] == found["ZorbFood-164"] == (EntityType.BENCHMARK, Role.INTRODUCES), found


def test_models_with_parameter_counts_in_an_opening_list_stay_models(rules: Language) -> None:
    """"On ZorbLM-7B, KelpLM-8B, and QuuxLM-7B, FooNet improves ...": the base models a method runs on."""
    types = _types(rules, "A title\n\nWe propose FooNet. On ZorbLM-7B, KelpLM-8B, and QuuxLM-7B, FooNet improves "
                          "accuracy by 3 points.")
    assert types.get("KelpLM-8B") == types.get("QuuxLM-7B") == "Model", types


def test_a_list_item_may_carry_a_bracketed_note_of_scores(rules: Language) -> None:
    """"experiments on A (+0.8 mAP and 1.7x faster), B (+0.5 mAP ...), and C (...)": the later names are
    sets of the evaluation list, whatever their bracket says."""
    types = _types(rules, "A title\n\nWe propose FooNet. Extensive experiments on Gen1 (+0.8 mAP and 1.7x faster), "
                          "ZorbCam (+0.5 mAP and 1.6x faster), and KelpTraM (+3.0 mAP and 2.0x faster) show that "
                          "FooNet works.")
    assert types.get("ZorbCam") == types.get("KelpTraM") == "Dataset", types


def test_a_score_on_an_acronym_many_papers_coined_makes_it_data(tmp_path) -> None:
    """"a WER of 5.54% on ZJASM and 70.37% on QART, ... the noisy QART data": data here, whatever several other
    papers made of the acronym (each its own model)."""
    import json

    from mlkg.extract.pipeline import create_nlp

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text(json.dumps({"id": "model:qart", "name": "QART", "aliases": [], "type": "Model",
                                   "source": ["arxiv"], "counts": {"papers": 23, "model_ctx": 10, "introduced": 18,
                                                                   "defined": 6}}) + "\n", encoding="utf-8")
    nlp = create_nlp(str(lexicon), decide=False)
    doc = nlp("A title\n\nThe fine-tuned ZorbWhisper model achieves the best performance, with a WER of 5.54% on "
              "ZJASM and 70.37% on QART, showing that the noisy QART data are more challenging.")
    found = {e.name: e.type.value for e in doc._.mlkg_entities}
    assert found.get("QART") == "Dataset", found


def test_a_pair_apposed_by_a_counted_plural_takes_its_kind(rules) -> None:
    """"we introduce ZorbNet-v3D and QuuxIA-3D, two enhanced and scalable datasets": both are datasets."""
    doc = rules("A title\n\nIn this work, we introduce ZorbNet-v3D and QuuxIA-3D, two enhanced and scalable datasets "
                "designed for 3D scene understanding.")
    found = {e.name: e.type.value for e in doc._.mlkg_entities}
    assert found == {"ZorbNet-v3D": "Dataset", "QuuxIA-3D": "Dataset"}, found


def test_names_listed_in_brackets_after_a_plural_take_its_kind(rules) -> None:
    """"six public datasets for X-ray item detection (ZorbRay, KelpRay, and QuuxRay)": datasets; "models in the
    Signal Prediction (SSPX) task" defines an acronym, no list."""
    doc = rules("A title\n\nWe use six public datasets for X-ray illicit item detection (ZorbRay, KelpRay, and QuuxRay) "
                "with ten detection schemes.")
    found = {e.name: e.type.value for e in doc._.mlkg_entities}
    assert found == {"ZorbRay": "Dataset", "KelpRay": "Dataset", "QuuxRay": "Dataset"}, found


def test_a_rare_entry_no_context_typed_yields_to_the_papers_words(tmp_path) -> None:
    """"On ZorbX and ZorbWorld, KelpAgent achieves the best score": ZorbWorld is data here, though a lexicon entry
    from two papers, typed by no corpus context, calls it a model."""
    import json

    from mlkg.extract.pipeline import create_nlp

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text("".join(json.dumps(rec) + "\n" for rec in [
        {"id": "benchmark:zorbx", "name": "ZorbX", "aliases": [], "type": "Benchmark", "source": ["arxiv"],
         "counts": {"papers": 4, "benchmark_ctx": 1, "model_ctx": 1, "introduced": 2}},
        {"id": "model:zorbworld", "name": "ZorbWorld", "aliases": [], "type": "Model", "source": ["arxiv"],
         "counts": {"papers": 2, "introduced": 1}}]), encoding="utf-8")
    nlp = create_nlp(str(lexicon), decide=False)
    doc = nlp("A title\n\nWe present KelpAgent. On ZorbX and ZorbWorld, KelpAgent achieves the best overall score, "
              "improving ZorbX from 44.07 to 60.90 and ZorbWorld from 62.22 to 77.96.")
    found = {e.name: e.type.value for e in doc._.mlkg_entities}
    assert found.get("ZorbWorld") in ("Dataset", "Benchmark"), found


def test_what_is_outdone_by_a_margin_is_a_model(find) -> None:
    """"outperforms CLIP by 5% and ZorbQA2 by 7%": the second name outdone is a system, whatever its QA ending."""
    found = find("A title\n\nOn MMLU, FooNet outperforms CLIP by 5% and ZorbQA2 by 7% in correctness.")
    assert found["ZorbQA2"][0] == "Model", found


def test_a_model_word_joined_to_a_name_keeps_it_a_model(find) -> None:
    """"ZorbKit, a benchmark ... (ii) ZorbKitModel: a prediction model": not a benchmark like its family ZorbKit."""
    found = find("A title\n\nWe introduce ZorbKit, a benchmark of design tasks. ZorbKit consists of (i) ZorbKitBench: "
                 "a dataset of 1.07k paid design tasks. (ii) ZorbKitModel: under this scoring system, we propose a "
                 "payment prediction model trained on the candidate images.")
    assert found["ZorbKitModel"][0] == "Model", found


def test_a_task_a_list_is_tested_in_is_no_member(find) -> None:
    """"3 key tasks: Kelp Planning, Quux Planning, and Zorb Scheduling. For example, in Kelp Planning, CLIP and
    Transformer could only achieve ...": the task is where the models are tested, not a model of the list."""
    found = find("A title\n\nWe introduce ZorbPlan, a benchmark containing 3 key tasks: Kelp Planning, Quux Planning, "
                 "and Zorb Scheduling. For example, in Kelp Planning, CLIP and Transformer could only achieve 31.1% "
                 "and 34.8% solve rate respectively.")
    assert "Kelp Planning" not in found and "CLIP" in found, found


def test_names_listed_as_systems_or_frameworks_are_models(find) -> None:
    """"memory systems such as ZorbBank", "frameworks like ToFuX and KELPEH": systems, whatever a data-like ending."""
    found = find("A title\n\nFooNet surpasses memory systems such as ZorbBank by up to 11.5%. Recent frameworks like "
                 "ToFuX and KELPEH provide an automated alternative.")
    assert {found[n][0] for n in ("ZorbBank", "ToFuX", "KELPEH")} == {"Model"}, found


@pytest.mark.parametrize(("text", "expected"), [
    ("We propose Quillmark, a new framework and benchmark for streaming assistants.", EntityType.BENCHMARK),
    ("We propose Quillmark, a new platform and dataset for streaming assistants.", EntityType.DATASET),
    ("We propose Quillmark, a benchmark and framework for streaming assistants.", EntityType.BENCHMARK),
    ("We propose Quillmark, a new model and dataset for streaming assistants.", EntityType.MODEL),
])
def test_a_framework_apposed_with_a_benchmark_is_the_benchmark(rules: Language, text: str,
                                                               expected: EntityType) -> None:
    """"X, a new framework and benchmark for ...": a suite with the code that runs it; "a new model and dataset"
    leaves the name a model."""
    found = {e.name: e.type for e in read_entities(rules("A title\n\n" + text))}
    assert found.get("Quillmark") == expected, found


def test_a_name_with_a_year_edition_is_a_benchmark(rules: Language) -> None:
    """"the ZorbCLEF 2024 winner": a yearly edition of a shared task (with no other word on its type)."""
    doc = rules("A title\n\nOur approach surpasses the ZorbCLEF 2024 winner.")
    found = {e.name: e.type for e in read_entities(doc)}
    assert found.get("ZorbCLEF 2024") == EntityType.BENCHMARK, found


def test_a_known_benchmark_written_like_a_phrase_is_kept(tmp_path) -> None:
    """"Needle-in-a-Haystack" (NIAH, which many papers name) is no description like "Text-to-Image"."""
    path = tmp_path / "lexicon.jsonl"
    path.write_text(json.dumps({"id": "benchmark:niah", "name": "NIAH", "aliases": ["Needle-in-a-Haystack"],
                                "type": "Benchmark", "source": ["test"],
                                "counts": {"papers": 18, "benchmark_ctx": 10, "eval_ctx": 3}}) + "\n",
                    encoding="utf-8")
    rules = create_nlp(str(path), decide=False)
    doc = rules("A title\n\nZorbKV reaches 90% accuracy on Needle-in-a-Haystack and also handles Text-to-Image.")
    found = {e.name: e.type for e in read_entities(doc)}
    assert found.get("Needle-in-a-Haystack") == EntityType.BENCHMARK, found
    assert "Text-to-Image" not in found, found


def test_a_size_of_the_papers_model_after_on_stays_a_model(rules: Language) -> None:
    """"LoRA keeps 95.8% of the baseline on ZorbBERT-Large": a size of the model ZorbBERT, not a set."""
    doc = rules("A title\n\nWe fine-tune ZorbBERT, a model, and its sizes. LoRA keeps 95.8% of the baseline "
                "performance on ZorbBERT-Large.")
    found = {e.name: e.type for e in read_entities(doc)}
    assert found.get("ZorbBERT-Large") == EntityType.MODEL, found


def test_a_known_models_generation_mode_release_after_on_stays_a_model(rules: Language) -> None:
    """"raising the total score on CLIP-I2V to 0.72": the image-to-video release of a known model, not a set."""
    doc = rules("A title\n\nOn this benchmark, ZorbGuide raises the total score on CLIP-I2V to 0.7250.")
    found = {e.name: e.type for e in read_entities(doc)}
    assert found.get("CLIP-I2V") == EntityType.MODEL, found


def test_the_first_name_right_after_a_plural_head_takes_its_type(rules: Language) -> None:
    """"on broader evaluation datasets [A], B, and C": the list opens right after its head, first member too."""
    doc = rules("A title\n\nZorbNet gains 68.0 and 32.6 points on broader evaluation datasets WhatsUpz and "
                "QuillMQA-Direct.")
    found = {e.name: e.type for e in read_entities(doc)}
    for name in ("WhatsUpz", "QuillMQA-Direct"):
        assert found.get(name) == EntityType.DATASET, (name, found)


@pytest.mark.parametrize(("text", "kind"), [
    # after a named set, "including" lists what is evaluated on it
    ("KelpNet outperforms all baselines on the Quokka Abdominal CT dataset, including ZorbNet (82.2 vs 80.6 AUROC).",
     EntityType.MODEL),
    # after a set no article determines, what the data includes
    ("Experiments conducted on benchmark PV dataset, including QuokkaCom2014, demonstrate that KelpNet works.",
     EntityType.DATASET),
])
def test_what_a_singular_data_head_includes(find, text: str, kind: EntityType) -> None:
    found = find("A title\n\n" + text)
    name = "ZorbNet" if "ZorbNet" in text else "QuokkaCom2014"
    assert found[name][0] == kind, found


def test_names_with_notes_in_a_counted_list_take_its_type(rules: Language) -> None:
    """"four public datasets, A (X-ray classification), B (X-ray segmentation), ..., and D (CT classification)": a
    bracketed note on what each holds does not end the list, however far its last member is from the head."""
    doc = rules("A title\n\nCrossKelp reformulates four public datasets, QuokkaXpert (X-ray classification), SIIM-KEL "
                "(X-ray segmentation), KelpTS 2020 (MRI classification and segmentation), and MosKelpData (CT "
                "classification) into a unified format.")
    found = {e.name: e.type for e in read_entities(doc)}
    for name in ("QuokkaXpert", "SIIM-KEL", "MosKelpData"):
        assert found.get(name) == EntityType.DATASET, (name, found)


def test_a_size_after_an_architectures_name_counts_parameters(find) -> None:
    """"surpassing its teacher InternViT-300M": the size of a ViT is its parameter count, a model's; a size after
    another name ("KelpWeb-300M") still counts a set's samples."""
    found = find("A title\n\nZorbTok surpasses its teacher QuillViT-300M in linear probing. We pretrain it on "
                 "KelpWeb-300M.")
    assert found.get("QuillViT-300M", (None,))[0] == "Model", found
    assert found.get("KelpWeb-300M", (None,))[0] == "Dataset", found


def test_a_name_whose_bracket_states_a_metric_and_score_after_on_is_data(find) -> None:
    """"ranking first on both PQuAD (F1 88.35) and ParsiNLU-RC (F1 49.10), and the best result on FarsTail
    (Macro-F1 0.835)": a score bracketed with its metric after a name "on" introduces is stated on that data (and the
    name joined to it by "and" after such a bracket is its peer)."""
    found = find("A title\n\nZorbNet ranks first on both KelpoQA (F1 88.35) and Quuxol-RC (F1 49.10), and attains the "
                 "best result on MarroTail (Macro-F1 0.835).")
    for name in ("KelpoQA", "Quuxol-RC", "MarroTail"):
        assert found[name][0] in (EntityType.DATASET, EntityType.BENCHMARK), found


def test_short_acronyms_in_a_bracketed_list_of_datasets_are_its_members(find) -> None:
    """"three public benchmark datasets (EAV, FACED and SEED)": every member of the bracket the plural head opens is a
    dataset, a short acronym no lexicon knows too, and the last member joined without a comma."""
    found = find("A title\n\nExperiments on three public benchmark datasets (QZV, KELPED and MARRO) show that ZorbNet "
                 "works.")
    for name in ("QZV", "KELPED", "MARRO"):
        assert found[name][0] == EntityType.DATASET, found


def test_a_bracket_after_formats_of_datasets_lists_no_datasets(find) -> None:
    """"storage formats for point cloud datasets (e.g., PLY, XYZ, BIN)": the bracket lists formats, which the plural
    head before it does not type (nor keep, however short)."""
    found = find("A title\n\nThe storage formats for point cloud datasets (e.g., QLY, ZBN) differ. ZorbNet loads them.")
    assert "QLY" not in found and "ZBN" not in found, found


def test_a_plain_word_in_a_list_of_scored_names_is_a_name_of_their_kind(find) -> None:
    """"on three benchmarks: ALFWorld (73% to 89%), Wordcraft (55% to 64%), and InterCode-SQL (75% to 79%)": each
    member carries its score in brackets, and the plain word among found names is one of them (not a measurement's
    owner: "outperforming Meta (4.83 m), A (5.96 m) and B (7.05 m)")."""
    found = find("A title\n\nZorbNet improves on three benchmarks: MMLU (73% to 89%), Wordcraft (55% to 64%), and ZAPRX "
                 "(75% to 79%).")
    assert found["Wordcraft"][0] == EntityType.BENCHMARK, found
    found = find("A title\n\nZorbNet outperforms Marro (4.83 m), QuilSat-2 (5.96 m), and PelliX7 (7.05 m) maps.")
    assert "Marro" not in found, found


def test_a_framework_that_evaluates_and_improves_or_scales_test_time_is_a_method(find) -> None:
    """"ToolCritic, a diagnostic framework that evaluates and improves LLM behavior", "PTRM, a task-agnostic framework
    for test-time compute scaling": methods (what merely evaluates is a benchmark: "X, a framework for evaluating")."""
    found = find("A title\n\nWe introduce ZorbCritic, a diagnostic framework that evaluates and improves LLM behavior "
                 "in dialogues.")
    assert found["ZorbCritic"][0] == EntityType.MODEL, found
    found = find("A title\n\nWe introduce Probabilistic KTRM (PKTRM), a task-agnostic framework for test-time compute "
                 "scaling.")
    assert found["PKTRM"][0] == EntityType.MODEL, found
    found = find("A title\n\nWe introduce ZorbEval, a framework for evaluating LLM behavior in dialogues.")
    assert found["ZorbEval"][0] == EntityType.BENCHMARK, found


def test_a_count_joined_to_its_unit_and_a_metric_with_its_score_are_no_names(find) -> None:
    """"a 7-percentage-point gain", "Item-F1 92.8 against Row-F1 53.7": a count with its unit, and metrics with
    their scores (the number is no version of a name)."""
    found = find("A title\n\nZorbNet brings a 7-percentage-point gain in reasoning. Item-F1 92.8 against Row-F1 53.7, "
                 "accuracy falls.")
    assert not {"7-percentage", "Item-F1 92.8", "Row-F1 53.7"} & set(found), found


def test_a_count_joined_to_a_capitalised_word_is_no_name(find) -> None:
    """"an 8-GPU cluster", "2-Dimensional State Space Models", "4-Clues": a count joined to a word (a known name of that
    shape, 7-Scenes, is its lexicon's; a list's member, "over GRPO, 20-Entropy and JustRL", is a name like its peers)."""
    found = find("A title\n\nWe train ZorbNet on an 8-GPU cluster with 2-Dimensional state spaces and 4-Clues prompts. "
                 "ZorbNet improves over GRPO, 20-Entropy and JustRL.")
    assert not {"8-GPU", "2-Dimensional", "4-Clues"} & set(found), found
    assert "20-Entropy" in found, found


def test_a_code_written_with_its_change_is_a_quantity(find) -> None:
    """"with WER 16.57% to 3.15%, SPK-SIM 78.30% to 89.38%, EMO-SIM 66.24% to 75.56%": metrics, each with its change
    (no models)."""
    found = find("A title\n\nZorbNet surpasses prior models, with SPKX-SIM 78.30% to 89.38% (+14.15%) and EMOX-SIM "
                 "66.24% to 75.56% (+14.07%).")
    assert not {"SPKX-SIM", "EMOX-SIM"} & set(found), found


def test_a_code_with_a_lower_case_subscript_is_a_metric(find) -> None:
    """"TopoHR achieves +3.8 in DET_l, +5.4 in TOP_l on subset_A": metrics of the benchmark, no sets (a two-letter
    subscript may name a set's language: "PIQA_bn")."""
    found = find("A title\n\nOn MMLU, ZorbNet achieves +3.8 in DETX_l and +5.4 in TOPX_l on the first subset.")
    assert not {"DETX_l", "TOPX_l"} & set(found), found


def test_names_right_after_a_counted_plural_head_are_its_members(find) -> None:
    """"on two real-world datasets Pheme and Twitter16": the counted head's members, with no comma before them."""
    found = find("A title\n\nZorbNet achieves SOTA results on two real-world datasets Quokka and Kelp16, with accuracy "
                 "improvements of 7.4% and 12.8%.")
    assert found["Quokka"][0] == EntityType.DATASET and found["Kelp16"][0] == EntityType.DATASET, found


def test_a_generic_name_with_a_size_word_is_not_added_back(nlp) -> None:
    """"zero-shot prompting of LLMs large and small": the rules leave a generic name's size generic, and the trained
    decider may not add it back."""
    from mlkg.extract.spans import read_entities

    doc = nlp("A title\n\nThis work compares zero-shot prompting of LLMs large and small to fine-tuning ZorbNet.")
    assert "LLMs large" not in {e.name for e in read_entities(doc)}


def test_a_coined_acronym_after_achieving_the_highest_is_a_metric(find) -> None:
    """"FooNet achieves the highest LFAcc (27.8%)": the metric its number is of, no model."""
    found = find("A title\n\nWe evaluate on ImageNet. Fine-tuned ZorbNet achieves the highest QFAcc (27.8%), "
                 "outperforming CLIP (23.98%).")
    assert "QFAcc" not in found, found


def test_a_set_opening_a_clause_after_a_semicolon_is_data(find) -> None:
    """"reaching 0.746 mIoU on Neu3D and 0.575 on HyperNeRF; on Neu3D, a geometry-only variant reaches 0.902":
    "on X," opens the clause; "a ... variant" is the clause's subject, no apposition saying X is a model."""
    found = find("A title\n\nOn the standard benchmarks, QuokkaScenes and CIFAR-10, FooNet reaches 0.746 mIoU on "
                 "QuokkaScenes and 0.575 on CIFAR-10; on QuokkaScenes, a geometry-only variant reaches 0.902 mIoU.")
    assert found.get("QuokkaScenes", ("?",))[0] in ("Dataset", "Benchmark"), found


def test_a_known_sets_plus_edition_is_that_kind_of_set(rules: Language) -> None:
    """"achieves improvements on T2I-ReasonBench(+3.7), and GenEval++(+4.3)": GenEval++ extends GenEval (the rules'
    type: the toy lexicon's decider features are not the shipped ones)."""
    found = entities(rules, "A title\n\nEmpirically, FooNet achieves improvements on ZorbBench(+3.7), and MMLU++(+4.3), "
                 "outperforming existing methods.")
    assert found.get("MMLU++", ("?",))[0] == "Benchmark", found


def test_a_defined_release_takes_its_long_forms_type_over_a_known_base_name(rules: Language) -> None:
    """"the Self-Annotated Reddit Corpus (SARC 2.0)": a corpus, whatever other papers' SARC was (the toy lexicon's
    CLIP is a model)."""
    found = entities(rules, "A title\n\nUsing a subsample of the Contrastive Language Image Pretraining Corpus (CLIP "
                            "2.0), we combine word-level features.")
    assert found.get("CLIP 2.0", ("?",))[0] == "Dataset", found


def test_a_sets_sibling_with_no_evidence_of_its_own_is_that_kind_of_set(rules: Language) -> None:
    """"SafeVision outperforms GPT-4o by 8.6% on VisionHarm-T and by 15.5% on VisionHarm-C": "-T" reads like a size
    tier, but the name's sibling is data."""
    found = entities(rules, "A title\n\nFooNet outperforms CLIP by 8.6% on QuarkHarm-T and by 15.5% on QuarkHarm-C, "
                            "while being over 16x faster.")
    assert found.get("QuarkHarm-T", ("?",))[0] == found.get("QuarkHarm-C", ("-",))[0] == "Dataset", found


def test_an_acronym_called_generic_listed_among_known_sets_is_one(rules: Language) -> None:
    """"across MATH, GSM8k, and CQA": an acronym the lexicon calls generic (most papers write it for a task), listed
    among known sets and nothing else, names a set here; listed among tasks it stays generic."""
    doc = rules("A title\n\nWe evaluate ZorbNet across MMLU, ZAPRX, and VQA, where it gains 3.1%.")
    assert {e.name: e.type for e in read_entities(doc)}.get("VQA") == EntityType.BENCHMARK
    doc = rules("A title\n\nWe evaluate ZorbNet across MMLU, LLM, and VQA, where it gains 3.1%.")
    assert "VQA" not in {e.name for e in read_entities(doc)}


def test_a_list_after_a_dash_takes_the_counted_heads_type(rules: Language) -> None:
    """"Using three public benchmarks -- QuilSig, ZorbSig, and PelliSig Synthetic -- two pipelines were developed":
    the dash opens the list as a colon would."""
    doc = rules("A title\n\nUsing three public benchmarks -- QuilSig, ZorbSig, and PelliSig -- two pipelines were "
                "developed.")
    types = {e.name: e.type for e in read_entities(doc)}
    assert types.get("QuilSig") == EntityType.BENCHMARK and types.get("PelliSig") == EntityType.BENCHMARK, types


def test_a_compound_a_sentence_opens_on_before_a_score_is_a_set(rules: Language) -> None:
    """"On Quill-Inject with gpt-5.2, ZorbNet achieves an 89.3% ASR": the plain-word compound the sentence opens on
    is the data the score is on; a speed-up on it ("On Lumi-Next, ZorbNet achieves 2.3x speedup") is a model's."""
    doc = rules("A title\n\nWe introduce ZorbNet. On Quill-Inject with gpt-5.2, ZorbNet achieves an 89.3% ASR.")
    assert "Quill-Inject" in {e.name for e in read_entities(doc)}
    doc = rules("A title\n\nWe introduce ZorbNet. On Lumi-Next, ZorbNet achieves 2.3\u00d7 speedup.")
    assert "Lumi-Next" not in {e.name for e in read_entities(doc)}


@pytest.mark.parametrize("after", ["an improvement over the base model", "a clear gain against the base model"])
def test_an_appositive_head_is_not_what_it_is_measured_against(rules: Language, after: str) -> None:
    """"45.0% on OSWorld -- an 18.7-point improvement over the base model": the model is what the gain is over."""
    found = entities(rules, f"A title\n\nFine-tuning ZorbNet yields 45.0% on QuilWorld -- {after}.")
    assert found["QuilWorld"][0] != "Model", found


def test_a_known_models_name_listed_among_benchmarks_is_a_benchmark_here(rules: Language) -> None:
    """"three AGPReID benchmarks including AG-ReID.v2, CARGO and LAGPeR": the paper lists CARGO as a benchmark,
    whatever other papers named CARGO (the toy lexicon's QPO is a model)."""
    found = entities(rules, "A title\n\nWe test ZorbNet on three benchmarks including QuilSet, QPO and MarroVox.")
    assert found["QPO"][0] == "Benchmark", found
    found = entities(rules, "A title\n\nModels pretrained on large datasets, such as QPO and ZorbNet, do well.")
    assert found["QPO"][0] == "Model", found


@pytest.mark.parametrize("adjective", ["leading", "standard", "popular"])
def test_an_appositive_after_the_and_a_naming_adjective_gives_its_head(rules: Language, adjective: str) -> None:
    """"StyleID, the leading training-free method, ...": what the appositive says the name is."""
    found = entities(rules, f"A title\n\nZorbNet beats QuilKelp, the {adjective} benchmark for kelp counting.")
    assert found["QuilKelp"][0] == "Benchmark", found


def test_a_benchmarks_instructed_part_is_a_benchmark(rules: Language) -> None:
    """"18.47% improvement on CyberSecEval-Instruct": "-Instruct" after an evaluation suite's name is its part for
    instructed models, not a model's release."""
    found = entities(rules, "A title\n\nTuning on it gives an 18.5% gain in secure coding on ZorbEval-Instruct.")
    assert found["ZorbEval-Instruct"][0] == "Benchmark", found


def test_a_score_in_a_metric_with_an_ampersand_on_a_new_name_makes_it_data(rules: Language) -> None:
    """"+12.4 J&F on Ref-SeCVOS": J&F is a metric like mIoU, and the name after "on" the set it is measured on."""
    found = entities(rules, "ZorbSeg: Segmentation\n\nZorbSeg yields +12.4 J&F on Ref-QuilVOS.")
    assert found["Ref-QuilVOS"][0] == "Dataset", found


def test_a_gain_of_a_metric_on_a_new_name_makes_it_data(rules: Language) -> None:
    """"9.09% improvement of mLPIPS on DyCheck": the name after the gain's metric is the set it is measured on."""
    found = entities(rules, "ZorbTree: 4D Worlds\n\nZorbTree achieves a 9.09% improvement of mLPIPS on QuilCheck.")
    assert found["QuilCheck"][0] == "Dataset", found


def test_a_gain_on_a_new_name_after_a_sentence_opened_on_its_set_is_on_a_model(rules: Language) -> None:
    """"On SUN RGB-D, GeomPrompt improves ... by +6.1 mIoU on DFormer and +3.0 mIoU on GeminiFusion": the set is
    named first; the later names are the models the method is applied to (unless the opening lists them)."""
    found = entities(rules, "ZorbPrompt: Depth\n\nOn ImageNet, ZorbPrompt improves RGB-only inference by +6.1 mIoU on "
                            "QuilFormer and +3.0 mIoU on MarroFusion.")
    assert found["QuilFormer"][0] == "Model" and found["MarroFusion"][0] == "Model", found
    found = entities(rules, "ZorbMem: Memory\n\nOn ImageNet, QuilMem and QuilMem-v2, ZorbMem helps most (up to +5.2 "
                            "on QuilMem-v2).")
    assert found["QuilMem-v2"][0] != "Model", found


def test_the_set_whose_tasks_a_sentence_names_is_data(rules: Language) -> None:
    """"in Brain4Cars' intention prediction and AIDE's recognition tasks", "on the turn prediction task in
    Brain4Cars": the set the tasks belong to (not "validate X's performance across tasks": a method's)."""
    found = entities(rules, "ZorbEval: Driving\n\nWe evaluate the models in QuilCars' intention prediction tasks. We "
                            "observe 12.5% gains on the turn prediction task in MarroDrive.")
    assert found["QuilCars"][0] == "Dataset" and found["MarroDrive"][0] == "Dataset", found
    found = entities(rules, "ZorbFilter: Events\n\nExperiments validate QuilFilter's performance across tasks like "
                            "event filtering.")
    assert found.get("QuilFilter", ("Model",))[0] != "Dataset", found


def test_a_local_runners_sized_tag_is_a_model(rules: Language) -> None:
    """"19% accuracy improved on Llama3.2:1b for GSM8K": a name with its size after a colon is a runner's model tag."""
    found = entities(rules, "ZorbPrompt: Objections\n\nZorbPrompt helps small models (19% accuracy improved on "
                            "Quilla3.2:1b for MMLU).")
    assert found["Quilla3.2:1b"][0] == "Model", found


def test_names_after_an_opening_set_that_a_verb_follows_are_its_subjects(rules: Language) -> None:
    """"On MVTec, DRAEM and DseTSeg achieved ...": the opening ends at the set; the list after it is the verb's
    subjects, not more sets (which an opening list followed by its comma is: "On A, B and C, X achieves")."""
    found = entities(rules, "ZorbGen: Anomalies\n\nOn ImageNet, QuilRAEM and MarroSeg achieved a 5.8% and 1.5% gain "
                            "in AUROC, respectively.")
    assert found["QuilRAEM"][0] == "Model", found
    found = entities(rules, "ZorbGen: Anomalies\n\nOn ImageNet, QuilSet and MarroSet, ZorbGen achieved a 5.8% gain.")
    assert found["QuilSet"][0] == "Dataset", found


def test_a_company_named_in_a_list_of_data_names_its_data(rules: Language) -> None:
    """"three HTC datasets: WoS, DBpedia, and Amazon", "the Amazon and Yelp review datasets": the company's
    reviews, a dataset; a company thanked for compute stays an organization."""
    found = entities(rules, "ZorbHTC: Labels\n\nWe evaluate ZorbHTC on three HTC datasets: QuilSet, MarroSet, and "
                            "Amazon.")
    assert found["Amazon"][0] == "Dataset", found
    found = entities(rules, "ZorbHTC: Labels\n\nWe thank Amazon for compute. ZorbHTC is trained on QuilSet.")
    assert found.get("Amazon", ("Organization",))[0] != "Dataset", found


def test_a_list_after_a_plural_head_and_its_comma_takes_its_type(rules: Language) -> None:
    """"by combining different datasets, Plant Doc, PlantVillage, and PlantWild": the comma after the head opens
    the list as a colon would."""
    found = entities(rules, "ZorbLeaf: Plants\n\nWe built a dataset by combining different datasets, QuilDoc, "
                            "MarroVillage, and PelliWild, all of which are for the same purpose.")
    assert found["PelliWild"][0] == "Dataset", found


def test_a_name_apposed_to_a_dataset_for_something_is_the_dataset(rules: Language) -> None:
    """"a new benchmark dataset for American Sign Language, ZorbSign, divided into ...": what the set is for may
    stand between the head and the name (not the idiom "sets a new benchmark for low-cost, GSM-powered ...")."""
    found = entities(rules, "ZorbSign: Signs\n\nWe introduce a new benchmark dataset for American Sign Language, "
                            "QuilSign, divided into multiple types of phenomena.")
    assert found["QuilSign"][0] == "Dataset", found
    found = entities(rules, "ZorbFeed: Pets\n\nIn doing so, it sets a new benchmark for low-cost, QUIL-powered "
                            "automation in smart pet products.")
    assert found.get("QUIL", ("Model",))[0] not in ("Dataset", "Benchmark"), found


def test_a_capital_opening_a_lower_case_phrase_in_a_list_is_no_member(rules: Language) -> None:
    """"AraT5, ByT5, AraBART+Morph+GEC, and Text editing systems": "Text" opens "text editing", no name of the
    list's kind (a plain name the list ends on stays one: "Gemini, Llama, and Claude")."""
    found = entities(rules, "ZorbGEC: Errors\n\nA combination of QuilT5, MarroT5, PelliBART, PelliBART+Morph+GEC, "
                            "and Text editing systems gave better results than a single model.")
    assert "Text" not in found, found


@pytest.mark.parametrize(("text", "name", "etype"), [
    ("FooNet: A title\n\nFooNet scores well on QuilStone and other benchmarks.", "QuilStone", EntityType.BENCHMARK),
    ("FooNet: A title\n\nFooNet scores well on QuilMark, MarroVox and several other public datasets.", "MarroVox",
     EntityType.DATASET),
])
def test_a_list_that_closes_on_others_of_its_kind_takes_their_type(find, text: str, name: str,
                                                                   etype: EntityType) -> None:
    """"on GONE and other benchmarks": the list's own name is one of the kind named after it."""
    assert find(text)[name][0] == etype


def test_what_a_paper_uses_to_benchmark_models_is_a_benchmark(find) -> None:
    """"Using MM-Vet v2 to benchmark large multimodal models": what benchmarks them is a benchmark."""
    found = find("A title\n\nUsing ZorbLux-2 to benchmark large multimodal models, we find gaps.")
    assert found["ZorbLux-2"][0] == EntityType.BENCHMARK, found


def test_names_bracketed_after_architectures_are_models() -> None:
    """"When integrated into state-of-the-art architectures (PoinTr, PCN, FoldingNet) on ShapeNet benchmarks": the
    bracket lists models, though the shipped lexicon knows PCN as a benchmark other papers name."""
    found = entities(create_nlp(), "A title\n\nWhen integrated into state-of-the-art architectures (ZorbTr, PCN, "
                                   "KlarNet) on ShapeNet benchmarks, our loss yields faster convergence.")
    assert found["ZorbTr"][0] == found["KlarNet"][0] == EntityType.MODEL, found
    assert found.get("PCN", (EntityType.MODEL,))[0] == EntityType.MODEL, found  # (kept or not: never a benchmark)


def test_a_checkpoint_named_for_its_training_stage_is_a_model() -> None:
    """"our framework enhances UI-TARS-7B-SFT's task success rate": a name ending in its training stage (-SFT, -DPO,
    -Base) is a model's checkpoint, whatever a possessive before a metric suggests."""
    found = entities(create_nlp(), "A title\n\nIn online evaluations, our framework enhances Zorb-TARS-7B-SFT's task "
                                   "success rate from 18.1% to 32.8%.")
    assert found["Zorb-TARS-7B-SFT"][0] == EntityType.MODEL, found


def test_a_data_head_outweighs_a_model_name_most_of_whose_papers_coin_it(tmp_path) -> None:
    """"on the Zorblex benchmark": Zorblex is a model in the lexicon, but most papers that use the name introduce it,
    each for its own thing, so this paper's head noun says what it is here; a model name few papers coin ("the
    Quillformer dataset", the data a known model was trained on) stays a model."""
    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text("".join(json.dumps({"id": f"model:{n.lower()}", "name": n, "aliases": [], "type": "Model",
                                           "counts": {"papers": 40, "model_ctx": 12, "introduced": intro}}) + "\n"
                               for n, intro in (("Zorblex", 22), ("Quillformer", 1))), encoding="utf-8")
    rules = create_nlp(str(lexicon), decide=False)
    types = _types(rules, "A title\n\nOur module reaches an accuracy of 0.44 on the Zorblex benchmark.")
    assert types.get("Zorblex") == "Benchmark", types
    types = _types(rules, "A title\n\nOur module reaches an accuracy of 0.44 on the Quillformer benchmark.")
    assert types.get("Quillformer") == "Model", types
