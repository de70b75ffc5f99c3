"""Precision rules of the type classifier (issue 13): vocabulary written like a name that names nothing."""

from __future__ import annotations

import json

import pytest

from mlkg.extract.classify import _case_clash, long_form_of_no_artifact, non_entity
from mlkg.extract.lexicon import LexEntry
from mlkg.extract.pipeline import create_nlp
from mlkg.extract.words import words

from .conftest import entities


@pytest.mark.parametrize("name", ["Radar-Guided", "GPT-Driven", "VLM-Conditioned", "CLIP-Based", "Depth-Aware",
                                  "LLM-Assisted", "Audio-Synced", "Memory-Enhanced", "AI-Powered", "Agent-Centric",
                                  "Tuning-Free", "LLM-Choreographed", "VLM-Curated"])
def test_adjectival_compounds_are_not_names(find, name: str) -> None:
    found = find(f"A title\n\nOur {name} planner moves QuarkNet across rooms.")
    assert name not in found, found
    assert "QuarkNet" in found


@pytest.mark.parametrize("name", ["LiDAR", "fMRI", "GNSS", "IMU", "EEG", "MICCAI", "IEEE", "NeurIPS", "FP16",
                                  "BF16", "INT8", "HEVC", "JPEG", "AV1", "Recall@K", "ANLS", "SARI", "CIDEr",
                                  "XCOMET", "VIEScore", "Point Cloud", "SfM", "SLAM", "XAI", "MoE", "KV-Cache",
                                  "Mixture of Experts", "MLLM-as-a-Judge", "GitHub", "Hugging Face", "ComfyUI",
                                  "Kaggle", "T2I", "Siamese", "Structure-from-Motion", "Twitter",
                                  "Weibo", "TypeScript", "Kotlin", "NVIDIA-L20", "NVIDIA A100", "WAPE", "sMAPE", "Jetson Orin NX",
                                  "RTX 4060 Ti", "BLEURT", "MetricX", "BigQuery", "WooCommerce", "Chamfer-L2", "AbsRel",
                                  "FIFO", "CO2e", "Apache 2.0", "maxIoU", "DCE-MRI", "SP-LiDAR", "AURC", "ICLR 4.90",
                                  "Pixel-AUROC", "CC-BY 4.0", "FActScore", "FactScore", "EvalAI", "ScienceDirect",
                                  "Google Scholar", "ResearchGate", "MoviePy", "VSCode", "Dauner2024_navsim",
                                  "smith2023learning", "SPARQL", "Cypher", "GraphQL", "SMILES", "SELFIES", "MCAR",
                                  "MNAR", "TEM", "172-Billion-Token", "3-Million-Image"])
def test_non_entity_vocabulary_is_dropped(find, name: str) -> None:
    found = find(f"A title\n\nWe pair {name} with ZorbFormer, and ZorbFormer wins.")
    assert name not in found, found
    assert "ZorbFormer" in found


def test_a_metric_and_its_score_are_no_versioned_name(find) -> None:
    found = find("A title\n\nZorbNet reaches FID 18.9 and AUROC 0.94, unlike ZorbNet 2.0.")
    assert not {"FID 18.9", "AUROC 0.94"} & set(found) and "ZorbNet 2.0" in found, found


def test_non_entity_word_kept_when_the_paper_coins_it(find) -> None:
    found = find("A title\n\nWe propose Sparse Lattice Adaptive Mapping (SLAM), a new mapping network. "
                 "SLAM is fast.")
    assert "SLAM" in found, found


def test_non_entity_word_kept_when_the_paper_names_it_before_its_long_form(find) -> None:
    found = find("A title\n\nTo address this, we introduce SLAM (Sparse Lattice Adaptive Mapping) that maps "
                 "scenes. SLAM is fast.")
    assert "SLAM" in found, found


@pytest.mark.parametrize("pair", ["EN-ZH", "En-De", "DE-FR", "ZH→EN"])
def test_language_pairs_are_not_names(find, pair: str) -> None:
    found = find(f"A title\n\nWe translate the {pair} portion with GlotNet-7.")
    assert pair not in found, found
    assert "GlotNet-7" in found


@pytest.mark.parametrize("word", ["vEsseL", "rEtinaL"])
def test_a_word_capitalised_to_spell_a_name_is_no_name(find, word: str) -> None:
    """"ZELEMENT: multi-modal rEtinaL vEsseL segMENTation": the letters spell the title's name (not the words of a
    compound: "miniImageNet")."""
    found = find(f"ZELEMENT: Retinal Vessels\n\nWe propose ZELEMENT, which couples region growing with {word} "
                 "features. ZELEMENT works on STARE.")
    assert word not in found and "ZELEMENT" in found, found
    assert not non_entity("eGeMAPS") and not non_entity("iTransformer") and not non_entity("mLoRA")
    assert not non_entity("miniImageNet") and not non_entity("iWildCam") and not non_entity("xRouteBench")


def test_a_text_encoding_is_no_set(find) -> None:
    """"reaches 52.6% average success on ASCII input": the input's encoding, not a data set."""
    found = find("KelpBench: Rodents\n\nWe introduce KelpBench. CLIP reaches 52.6% average success on ASCII input.")
    assert "ASCII" not in found and "KelpBench" in found, found


def test_a_benchmarks_difficulty_level_alone_is_no_name(find) -> None:
    """"drops from 85.5% on Easy to 67.2% on Hard": the levels of the paper's benchmark, no sets of their own."""
    found = find("KelpSQL: Clinical SQL\n\nWe introduce KelpSQL, a benchmark. CLIP drops from 85.5% on Easy to 67.2% "
                 "on Hard.")
    assert not {"Easy", "Hard"} & set(found) and "KelpSQL" in found, found


def test_a_language_code_alone_before_a_data_head_is_no_name(find) -> None:
    """"the NEWSTEST2031 En to Zh dataset": the languages of a translation set, not a set named "Zh"."""
    found = find("A title\n\nGlotNet-7 reduces the lag by 6.17 in the KELPTEST2031 En to Zh dataset.")
    assert "Zh" not in found and "KELPTEST2031" in found, found


def test_memory_hardware_units_and_scientific_numbers_are_no_names(find) -> None:
    """"a search space of 9.9x10^85", "TOPS/mm^2 from 11.3x", "SRAM and RRAM arrays": no models."""
    found = find("A title\n\nZorbNAS searches a space of 9.9x10^85 designs over SRAM and RRAM arrays, improving "
                 "TOPS/mm^2 from 11.3x to 12.78x, while maintaining an accuracy of 73.81% on ImageNet.")
    assert not {"9.9x10^85", "SRAM", "RRAM", "mm^2"} & set(found) and "ZorbNAS" in found, found


@pytest.mark.parametrize("label", ["SENTENCE_CUT", "PARTIAL_SUMMARIZATION", "β_0", "0.612.Different"])
def test_code_style_labels_symbols_and_run_on_numbers_are_no_names(label: str) -> None:
    """Actions written as constants ("SENTENCE_CUT"), a Betti number ("β_0") and a score run into the next sentence
    ("0.612.Different") name nothing; pi models and short split codes stay ("π0", "OBJ_BG")."""
    assert non_entity(label)
    assert not non_entity("π0") and not non_entity("OBJ_BG") and not non_entity("MMLU_PRO")


@pytest.mark.parametrize("quantity", ["3.4times", "5-billion", "20K+", "12x", "W4A8", "W4A4KV4"])
def test_quantities_are_not_names(find, quantity: str) -> None:
    found = find(f"A title\n\nFizzLM runs {quantity} faster on the Wumpus corpus.")
    assert quantity not in found, found


@pytest.mark.parametrize("token", ["ACC=0.912", "NFE=4", "30-180times", "1.5times-3.1times", "320times240/240times320",
                                   "2B--9B", "7B-70B", "2016arXiv160301234", "18ZR1428200", "P19-1001",
                                   "360^circtimes180^circ", "L1/L2", "L3-L4", "NCC~≤", "PSNR>30"])
def test_assignments_products_and_size_ranges_are_not_names(find, token: str) -> None:
    found = find(f"A title\n\nFizzLM runs {token} faster on the Wumpus corpus.")
    assert token not in found, found
    assert "FizzLM" in found


def test_a_run_on_sentence_does_not_make_a_name(find) -> None:
    """"(VQA).However" lost its space: the bracket-closing token is no name, the acronym before it may be."""
    found = find("A title\n\nModels answer questions (VQA).However, ZorbFormer reads the fine print.")
    assert not any(")" in name for name in found), found
    assert "ZorbFormer" in found


@pytest.mark.parametrize("kind", ["Technical Report", "Report", "Survey"])
def test_title_document_kind_is_not_part_of_the_name(find, kind: str) -> None:
    found = find(f"QuaxVL-2 {kind}: Listening at Scale\n\nWe present QuaxVL-2, a model for speech.")
    assert list(found) == ["QuaxVL-2"], found
    assert found["QuaxVL-2"][0] == "Model"


def test_non_entity_lists_are_lower_case_and_without_known_artifacts() -> None:
    for key in ("modalities", "venues", "formats", "metrics", "concepts", "platforms", "languages",
                "adjective_suffixes", "document_kinds", "numbered_words"):
        listed = words(f"nonentity.{key}")
        assert listed and all(w == w.lower() for w in listed), key
    assert not {"nerf", "3dgs", "mae", "clip", "bert"} & (words("nonentity.concepts") | words("nonentity.metrics"))


@pytest.mark.parametrize("name", ["Agentic AI", "Explainable AI", "LLM-as-judge", "MDP", "POMDP", "SVM", "NeSy",
                                  "6-DoF", "MOT", "VLN", "PyTorch", "CUDA", "vLLM", "LaTeX", "VRAM", "MCP"])
def test_paradigms_tasks_and_software_are_not_names(find, name: str) -> None:
    """The decision list's generic paradigms, task acronyms and general-purpose software."""
    found = find(f"A title\n\nWe pair {name} with ZorbFormer, and ZorbFormer wins.")
    assert name not in found, found
    assert "ZorbFormer" in found


def test_a_definition_inside_an_introducing_sentence_is_not_the_papers_name(find) -> None:
    found = find("A title\n\nWe propose ZorbFormer, which combines a Mixture-of-Experts (MoE) router with "
                 "a Markov Decision Process (MDP) planner.")
    assert "ZorbFormer" in found
    assert "MoE" not in found and "MDP" not in found, found


@pytest.mark.parametrize("text", ["POMDP: Pruning Of Multidimensional Deep Perception\n\nWe prune models.",
                                  "A title\n\nWe propose POMDP, a pruning method for vision models."])
def test_a_vocabulary_word_the_paper_takes_as_its_own_name_is_kept(find, text: str) -> None:
    assert "POMDP" in find(text)


@pytest.mark.parametrize("license_", ["MIT license", "ZorbSet licence", "Apache-2.0 license"])
def test_a_license_is_not_the_dataset_of_that_name(find, license_: str) -> None:
    found = find(f"A title\n\nWe train QuarkNet on ImageNet and release it under the {license_}.")
    assert license_.split()[0] not in found, found
    assert "QuarkNet" in found and "ImageNet" in found


@pytest.mark.parametrize("hardware", ["8xH100", "4×A100", "H100", "RTX 4090", "Jetson Orin"])
def test_hardware_is_not_a_name(find, hardware: str) -> None:
    found = find(f"A title\n\nWe train ZorbFormer on {hardware} accelerators, and ZorbFormer wins.")
    assert hardware not in found, found
    assert "ZorbFormer" in found


@pytest.mark.parametrize("name", ["100M-10B", "4B/8B", "1.5B-8B", "2D/3D", "A800-80GB", "USD 5.58"])
def test_ranges_memory_sizes_and_money_are_not_names(find, name: str) -> None:
    found = find(f"A title\n\nWe compare ZorbFormer across {name} settings, and ZorbFormer wins.")
    assert name not in found, found
    assert "ZorbFormer" in found


@pytest.mark.parametrize("name", ["Pass@K", "AUC@30", "cIoU", "Rank-5", "AUROC_2", "TPR@1e^-1", "PPV", "LRAP",
                                  "McNemar", "ANOVA", "Holm-Bonferroni", "System-2", "mmWave", "TMLR", "PPTX",
                                  "SHA-256", "ESP32", "PowerPoint", "English-Hebrew", "English\u2192Russian", "F1-micro",
                                  "AUC-macro", "AUC/F1", "ACC/AUROC", "APCER", "UIQM", "NCC", "TEDS", "HSV", "YCbCr",
                                  "Neo4j", "PostgreSQL", "P1918.1", "SyncC", "LSE-D", "E-FID", "STFT",
                                  "Scholar", "NOMA", "InSAR", "Sim2Real", "Prompt Engineering",
                                  "PoC", "CLIP-Similarity", "Motion-FID"])
def test_metrics_tests_and_tools_written_like_names_are_dropped(find, name: str) -> None:
    found = find(f"A title\n\nWe pair {name} with ZorbFormer, and ZorbFormer wins.")
    assert name not in found, found
    assert "ZorbFormer" in found


@pytest.mark.parametrize("text", [
    "A title\n\nPrecision was measured by the absolute true positive rate (aTPR) of ZorbFormer.",
    "A title\n\nA Kelp Bias Sensitivity (KBS) metric rates ZorbFormer, and ZorbFormer wins.",
    "A title\n\nA frozen judge gives Quill-Harmony (QHX) scores to ZorbFormer outputs.",
])
def test_a_metric_defined_or_named_as_such_is_not_a_name(find, text: str) -> None:
    found = find(text)
    assert not {"aTPR", "KBS", "QHX"} & set(found), found
    assert "ZorbFormer" in found


def test_a_known_name_before_score_keeps_its_name(lexicon_path: str) -> None:
    """The rules keep a known name before "score" ("the MMLU score"); whether it is kept is the decider's call.
    "The CLIP score" is the metric CLIPScore written apart, not the model."""
    from mlkg.extract.pipeline import create_nlp

    from .conftest import entities

    found = entities(create_nlp(lexicon_path, decide=False),
                     "A title\n\nZorbFormer raises the MMLU score and the CLIP score of its captions.")
    assert "MMLU" in found and "CLIP" not in found and "ZorbFormer" in found, found


@pytest.mark.parametrize(("definition", "short"), [
    ("absolute true positive rate (aTPR)", "aTPR"),
    ("Relative Volume Difference (RVD)", "RVD"),
    ("mean arterial pressure (MAP)", "MAP"),
    ("intraoperative ultrasound (iUS)", "iUS"),
])
def test_an_acronym_defined_as_a_measure_is_no_name(find, definition: str, short: str) -> None:
    """Neither the rules nor the trained decider keep it (the decider may not add back what the
    vocabulary rules out); a module of a network stays a method. (Not a "Unit": in the corpus a unit
    is mostly hardware or a measure, GPU, IMU, ICU, Action Unit; GRU is the exception.)"""
    found = find(f"A title\n\nWe report the {definition} of each run. The {short} is low, and the "
                 "Gated Kelp Module (GKM) fuses features.")
    assert short not in found, found
    assert "GKM" in found, found


@pytest.mark.parametrize(("definition", "short"), [("Prediction Interval Kelp Probability", "PIKP"),
                                                  ("Kelp Representation Coverage", "KRC"),
                                                  ("Effective Kelp F1", "EkF1")])
def test_an_acronym_of_a_probability_or_a_coverage_is_a_measure(find, definition: str, short: str) -> None:
    """"validated using Prediction Interval Coverage Probability (PICP)", "Feature Activation Coverage (FAC)",
    "Effective Temporal F1 (EtF1)": measures."""
    found = find(f"A title\n\nUncertainty is validated using {definition} ({short}). The proposed ZorbFormer "
                 f"achieves an F1 score of 84.25% and {short} of 92.38%.")
    assert short not in found and "ZorbFormer" in found, found


@pytest.mark.parametrize("text", [
    "We propose a unified Maximize Kelp Probability (MKP) algorithm to enhance desired signals.",
    "We propose Gradient-based Kelp Token Probability (GKTP), a novel defense method to filter documents.",
    "We propose Detection by Kelp of Differences (DKD), a novel training-free detection method.",
])
def test_an_acronym_of_a_measures_words_defined_as_a_method_stays_a_name(find, text: str) -> None:
    """"Maximize Received Probability (MRP) algorithm", "Masked Token Probability (GMTP), a novel defense method": the
    bracket's next words say it is a method, though its long form ends on a measure's word."""
    found = find(f"A title\n\n{text} It is fast.")
    assert {"MKP", "GKTP", "DKD"} & set(found), found


@pytest.mark.parametrize("tail", ["family", "series"])
def test_a_family_reference_gives_the_familys_name(find, tail: str) -> None:
    found = find(f"A title\n\nWe fine-tune ZorbLM-{tail} models with QuarkNet on the Wumpus corpus.")
    assert f"ZorbLM-{tail}" not in found, found
    assert "ZorbLM" in found, found


@pytest.mark.parametrize("part", ["Stage 1", "Phase 2", "Type-2", "Round 3", "Track II"])
def test_numbered_parts_of_a_study_are_not_names(lexicon_path: str, part: str) -> None:
    from mlkg.extract.pipeline import create_nlp

    doc = create_nlp(lexicon_path, decide=False)(f"A title\n\nIn {part}, we train ZorbNet-7 on the Wumpus corpus.")
    found = {e.name for e in doc._.mlkg_entities}
    assert part not in found and "ZorbNet-7" in found, found


@pytest.mark.parametrize("written", ["Delta3.4%", "Delta11%", "Delta-2.1"])
def test_a_difference_written_out_is_no_name(lexicon_path: str, written: str) -> None:
    """"scoring 67.7% on IFEval (Delta11%), and 51.6% on GSM8K (Delta3.4%)": the "Δ" of a source spelled out, a
    difference, not a model whose number the next claim gives."""
    from mlkg.extract.pipeline import create_nlp

    doc = create_nlp(lexicon_path, decide=False)(
        f"A title\n\nWe propose ZorbNet. ZorbNet scores 67.7% on the Wumpus corpus ({written}) and 51.6% on the "
        "Quux corpus.")
    found = {e.name for e in doc._.mlkg_entities}
    assert not any(name.startswith("Delta") for name in found) and "ZorbNet" in found, found


def test_a_class_of_models_named_by_a_concept_is_no_name() -> None:
    """"We evaluate REAM against REAP across multiple MoE LLMs": the mixture-of-experts kind of LLM, no artifact."""
    from mlkg.extract.pipeline import create_nlp

    doc = create_nlp()("A title\n\nWe evaluate ZorbNet against QuilNet across multiple MoE LLMs on diverse "
                       "benchmarks, including MMLU.")
    found = {e.name for e in doc._.mlkg_entities}
    assert "MoE LLMs" not in found and "ZorbNet" in found, found


def test_a_dated_model_snapshot_keeps_its_name_shape() -> None:
    """An identifier's six digits make no name, but a release date does not unmake one."""
    from mlkg.extract.shapes import name_shape

    assert name_shape("Zorb-3-5-sonnet-20241022") is not None and name_shape("GPT-4-0613") is not None
    assert name_shape("2016arXiv160301234") is None and name_shape("D18-1444") is None


def test_another_spelling_of_a_task_is_that_task(tmp_path) -> None:
    """A lexicon record the corpus typed Benchmark, whose name the vocabulary lists as a task (CIR): its
    long form, matched through the record, is the task too."""
    import json

    from mlkg.extract.pipeline import create_nlp

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text(json.dumps({"id": "benchmark:cir", "name": "CIR", "aliases": ["Composed Image Retrieval"],
                                   "type": "Benchmark", "counts": {"papers": 50}}) + "\n", encoding="utf-8")
    doc = create_nlp(str(lexicon))("A title\n\nWe evaluate on Composed Image Retrieval and propose KelpCIR.")
    assert {e.name for e in doc._.mlkg_entities} == {"KelpCIR"}


def test_a_compound_of_words_is_a_name_when_its_first_word_is_a_model_family(tmp_path) -> None:
    """"Zorb-Math" of the well-known, always capitalised family Zorb is a model; "Kelp-Centric" (the lexicon
    knows only the acronym KELP) and "Quill-Guided" (a family the corpus also writes in lower case) are not."""
    import json

    from mlkg.extract.pipeline import create_nlp

    records = [("Zorb", {"papers": 50, "cap_running": 200, "lower_running": 2}),
               ("KELP", {"papers": 50, "cap_running": 200}),
               ("Quill", {"papers": 50, "cap_running": 20, "lower_running": 40})]
    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text("".join(json.dumps({"id": f"model:{n.lower()}", "name": n, "aliases": [], "type": "Model",
                                           "counts": c}) + "\n" for n, c in records), encoding="utf-8")
    rules = create_nlp(str(lexicon), decide=False)  # the rules' verdict, which the decider learns from
    doc = rules("A title\n\nStrong models like Zorb-Math reason well, with Kelp-Centric data and Quill-Guided search.")
    names = {e.name for e in doc._.mlkg_entities}
    assert "Zorb-Math" in names and not {"Kelp-Centric", "Quill-Guided"} & names, names


def test_a_score_joined_to_its_name_after_a_number_is_a_metric(lexicon_path: str) -> None:
    """"a 69.8% QuillScore" measures; "the KelpScore benchmark" is a benchmark named so (the rules alone)."""
    rules = create_nlp(lexicon_path, decide=False)
    found = entities(rules, "A title\n\nZorbNet reaches 0.61 on the KelpScore benchmark and a 69.8% QuillScore.")
    assert "QuillScore" not in found and "KelpScore" in found, found


def test_a_name_right_after_a_score_is_what_it_measures(lexicon_path: str) -> None:
    """"only 0.07 KELPr in captioning": an unknown name after a decimal, and the clause going on, is a metric;
    "(80.2% QuillWorld, 62.6% KelpShot-Pro)" scores each benchmark. (The rules alone: the decider drops such
    names too, so the shipped pipeline would not show the rule.)"""
    rules = create_nlp(lexicon_path, decide=False)
    found = entities(rules, "A title\n\nZorbDial achieves only 0.07 KELPr in captioning and a VQA accuracy of 0.48.")
    assert "KELPr" not in found and "ZorbDial" in found, found
    found = entities(rules, "A title\n\nZorbGUI reaches state-of-the-art results (80.2% QuillWorld, 62.6% "
                            "KelpShot-Pro).")
    assert "KelpShot-Pro" in found, found


@pytest.fixture(scope="module")
def shipped_rules():
    """The rules over the shipped lexicon, which knows boards' names from the corpus."""
    return create_nlp(decide=False)


@pytest.mark.parametrize("name", ["Jetson Orin NX", "RTX 4060 Ti", "NVIDIA-L20", "GeForce RTX 4090", "AGX Orin",
                                  "NVIDIA 4090", "NVIDIA 3090 Ti"])
def test_boards_of_a_product_line_are_no_names_to_the_rules(shipped_rules, name: str) -> None:
    """Not left to the decider: the rules themselves drop a board of a known line, with or without its maker."""
    found = entities(shipped_rules, f"A title\n\nZorbNet runs at 22 FPS on {name} and beats QuarkNet.")
    assert set(found) == {"ZorbNet", "QuarkNet"}, found


@pytest.mark.parametrize("name", ["MAE_z", "RMSE_z", "F1_c"])
def test_a_metric_with_a_subscript_is_no_name(shipped_rules, name: str) -> None:
    """"achieves MAE_z and RMSE_z of 0.367 mm and 1.804 mm": a metric with its subscript (MAE alone may be the
    masked autoencoder, so the metric list decides, not the vocabulary of non-names)."""
    found = entities(shipped_rules, f"A title\n\nOur method achieves {name} of 0.367 mm on ZorbSet.")
    assert name not in found, found


@pytest.mark.parametrize("count", ["1-NFE", "100-NFE", "4-step"])
def test_a_count_of_steps_is_no_name(shipped_rules, count: str) -> None:
    """"With just 1-NFE, our approach matches the original 100-NFE model": a number of function evaluations."""
    found = entities(shipped_rules, f"A title\n\nWith just {count}, our approach matches the original 100-NFE model "
                                    f"on both QuilEval and ZorbBench (< {count}).")
    assert count not in found, found


@pytest.mark.parametrize("name", ["ROC-AUCs", "FIDs"])
def test_a_metrics_plural_is_no_name(shipped_rules, name: str) -> None:
    found = entities(shipped_rules, f"A title\n\nOur classifiers reach {name} above 0.8 on the QuillTox data.")
    assert name not in found, found


def test_a_quantizations_bit_widths_are_no_name(shipped_rules) -> None:
    """"under W4A8 and W4A4KV4 settings": weights, activations and cache bits, not models."""
    found = entities(shipped_rules, "A title\n\nWe quantize ZorbVLM-7B under W4A8 and W4A4KV4 settings on MMLU.")
    assert not {"W4A8", "W4A4KV4"} & set(found), found


@pytest.mark.parametrize(("name", "vocabulary"), [("Joint Score", True), ("Quality Score", True),
                                                  ("CLIP Score", True), ("WorldScore", False), ("Score", False)])
def test_a_scores_name_written_apart_is_vocabulary(name: str, vocabulary: bool) -> None:
    """"lag human performance by 10+ points on a Joint Score": a metric (the decider proposes title-case runs
    like it); "WorldScore", joined, is left to the context rules (the WorldScore benchmark)."""
    assert non_entity(name) is vocabulary


def test_word_information_lost_is_a_metric() -> None:
    """"Word Information Lost (WIL)", beside the word error rate: a speech metric, no model."""
    assert non_entity("WIL") and non_entity("WIP")


@pytest.mark.parametrize("word", ["VideoQA", "KL-divergence", "AutoML", "LALM", "CNN-Transformer", "CNN-LSTM"])
def test_a_task_a_measure_or_a_hybrid_description_is_vocabulary(word: str) -> None:
    """Frequent in the whole-corpus build beyond its top 100: a task (VideoQA), a divergence, a paradigm, a generic
    acronym and two architecture kinds joined ("a hybrid CNN-Transformer network")."""
    assert non_entity(word)


@pytest.mark.parametrize("place", ["United States", "South Korea", "Hong Kong", "New York State"])
def test_a_country_or_region_is_a_place(place: str) -> None:
    """"from four countries (the United States, South Korea, ...)": places, not artifacts."""
    assert non_entity(place)



@pytest.mark.parametrize(("word", "vocabulary"), [("API v2", True), ("SDK v3.1", True), ("Twitter/X", True),
                                                  ("H.266/VVC", True), ("K-5", True), ("K-12", True),
                                                  ("FooNet v2", False), ("ZorbGPT/X", False), ("K-Net", False)])
def test_a_common_nouns_version_a_platforms_other_name_and_a_grade_band_are_vocabulary(word: str,
                                                                                        vocabulary: bool) -> None:
    """"the Twitter API v2", "posts on Twitter/X", "a codec (H.266/VVC)", "grades K-5": no artifacts."""
    assert non_entity(word) is vocabulary


def test_a_known_name_inside_a_longer_dataset_name_is_not_extended_alone(shipped_rules) -> None:
    """"We introduce the ZorbBench-2 Twitter Dataset": not a second dataset "Twitter Dataset"."""
    found = entities(shipped_rules, "A title\n\nWe introduce the ZorbBench-2 Twitter Dataset, the first dataset of generated images.")
    assert "Twitter Dataset" not in found, found


@pytest.mark.parametrize(("text", "forms", "kind", "clash"), [
    ("Duo", ("DUO",), "Dataset", True), ("Arena", ("ARENA", "Arena Bench"), "Benchmark", True),
    ("Duo", ("Duo",), "Model", False), ("DUO", ("DUO",), "Dataset", False), ("U.S.", ("US",), "Model", False),
    ("Math", ("MATH",), "Generic", False)])
def test_a_title_case_word_is_not_an_acronym_written_only_in_capitals(text: str, forms: tuple[str, ...], kind: str,
                                                                       clash: bool) -> None:
    """"compared to Duo": not the dataset DUO ("Dual Uncertainty Optimization") another paper coined; a generic
    entry still marks the word as vocabulary."""
    entry = LexEntry(id="x", name=forms[0], type=kind, aliases=forms[1:])
    assert _case_clash(text, entry) is clash


def test_a_compared_title_case_word_takes_no_type_from_an_acronym_entry(shipped_rules) -> None:
    """The shipped lexicon knows DUO only in capitals, as a dataset: "compared to Duo" is not that dataset."""
    found = entities(shipped_rules, "A title\n\nOur method trains 25% faster compared to Duo on OpenWebText.")
    assert found.get("Duo", ("",))[0] != "Dataset", found


def test_a_model_name_written_apart_from_score_as_a_metric_is_no_mention(shipped_rules) -> None:
    """"outperforms diffusion models in both FID and CLIP score": CLIPScore, the metric, written apart."""
    found = entities(shipped_rules, "A title\n\nZorbNet outperforms diffusion models in both FID and CLIP score.")
    assert "CLIP" not in found, found
    found = entities(shipped_rules, "A title\n\nWe align images with CLIP and report the MMLU score.")
    assert "CLIP" in found, found


@pytest.mark.parametrize(("name", "vocabulary"), [("2022 Qatar FIFA World Cup", True), ("World Cup", True),
                                                  ("Paris Olympics", True), ("KDD Cup 2021", False)])
def test_a_sports_event_is_no_contest(name: str, vocabulary: bool) -> None:
    """"a match at the 2022 Qatar FIFA World Cup": where the footage came from, not an ML challenge."""
    assert non_entity(name) is vocabulary


def test_a_named_phenomenon_is_no_artifact(shipped_rules) -> None:
    """"a critical scalability bottleneck, termed Structural Drift": a failure the paper names, not a method."""
    found = entities(shipped_rules, "A title\n\nWe identify a critical scalability bottleneck, termed Zorbic Drift: "
                                    "as depth grows, ICL degrades. We propose a new model, termed Quill Net.")
    assert "Zorbic Drift" not in found and "Quill Net" in found, found


def test_a_word_joined_before_a_known_benchmarks_capitals_is_that_kind_of_set(shipped_rules) -> None:
    """"on DarijaMMLU": MMLU made for a language; "OmniSVG" ends in a format's three capitals and stays a model."""
    found = entities(shipped_rules, "A title\n\nOur models gain 13% on DarijaMMLU, unlike OmniSVG.")
    assert found["DarijaMMLU"][0] == "Benchmark", found
    assert found.get("OmniSVG", ("Model",))[0] == "Model", found


def test_ranking_second_only_to_a_model_compares_with_it(find) -> None:
    """"it ranks second only to CLIP on our leaderboard": CLIP is compared with."""
    found = find("FooNet: A Test\n\nWe propose FooNet. On document benchmarks, it ranks second only to CLIP on our "
                 "leaderboard.")
    assert found["CLIP"][1] == "compares", found


def test_a_medical_conditions_acronym_names_no_artifact(shipped_rules) -> None:
    """"questions collected from EDS patients" (the shipped lexicon knows EDS as "Ehlers-Danlos Syndrome"), "Zorbic
    Disease (ZD)": what the data is about, not a dataset or a model."""
    found = entities(shipped_rules, "A title\n\nWe test FooNet on questions collected from EDS patients. We also "
                                    "study Zorbic Disease (ZD).")
    assert "EDS" not in found and "ZD" not in found, found


def test_a_metric_with_its_value_and_bit_width_formats_name_nothing(shipped_rules) -> None:
    """"scoring accuracy (MAE 0.87 to 0.73)": the metric, not the autoencoder, nor a version "MAE 0.87";
    "W8A8-FP", "W4A16-INT": quantization formats; "on an iPhone": a device."""
    found = entities(shipped_rules, "A title\n\nIts feedback improves scoring accuracy (MAE 0.87 to 0.73). We "
                                    "quantize ZorbLM with W8A8-FP and W4A16-INT and run it on an iPhone.")
    assert not {"MAE", "MAE 0.87", "W8A8-FP", "W4A16-INT", "iPhone"} & set(found), found
    found = entities(shipped_rules, "A title\n\nWe pretrain ZorbLM with MAE on ImageNet.")
    assert "MAE" in found, found


def test_an_acronym_the_paper_coins_is_kept_whatever_metric_it_spells(find) -> None:
    """"we propose the Cascaded Early Rejection (CER) framework": the paper's method, not the character error
    rate; "the character error rate (CER)" stays a metric."""
    found = find("A title\n\nWe propose the Cascaded Early Rejection (CER) framework. CER cuts cost.")
    assert found.get("CER", ("",))[0] == "Model", found
    found = find("A title\n\nWe report the character error rate (CER) of ZorbNet.")
    assert "CER" not in found, found


def test_a_contests_acronym_is_a_benchmark_whatever_the_corpus_typed(shipped_rules) -> None:
    """The shipped lexicon types IMO ("International Mathematical Olympiad") a model; its problems are a benchmark."""
    found = entities(shipped_rules, "A title\n\nZorbNet raises accuracy on IMO combinatorics problems from 33.3% to "
                                    "77.8%.")
    assert found["IMO"][0] == "Benchmark", found


@pytest.mark.parametrize(("word", "vocabulary"), [("2D+3D", True), ("2D/3D", True), ("3D-VLA", False)])
def test_joined_dimensions_are_no_name(word: str, vocabulary: bool) -> None:
    assert non_entity(word) is vocabulary


@pytest.mark.parametrize(("word", "vocabulary"), [("iPhone 13", True), ("Raspberry Pi 4", True), ("Pixel 6", True),
                                                ("Snapdragon", True), ("IMX500", True), ("HBM3e", True),
                                                ("PixelNeRF", False), ("HBM-Net", False)])
def test_consumer_devices_sensors_and_memory_are_hardware(word: str, vocabulary: bool) -> None:
    """"latency across Raspberry Pi 4, Pixel 6, iPhone 13": the devices a model runs on, not data."""
    assert non_entity(word) is vocabulary


@pytest.mark.parametrize(("word", "vocabulary"), [("gFID 2.40", True), ("FID 1.5", True), ("AU->emotion", True),
                                                ("BW\u2192color", True), ("GPT 4.1", False), ("YOLO 11", False)])
def test_a_metric_with_its_score_and_a_mapping_are_no_names(word: str, vocabulary: bool) -> None:
    """"STARFlow (gFID 2.40)": a score, metric and value; "AU->emotion rationales": a mapping between kinds."""
    assert non_entity(word) is vocabulary


@pytest.mark.parametrize(("word", "vocabulary"), [("MI355X", True), ("AMD MI250", True), ("MI-GAN", False)])
def test_an_accelerator_line_is_hardware(word: str, vocabulary: bool) -> None:
    """"on AMD MI355X": a GPU, not a model."""
    assert non_entity(word) is vocabulary


def test_a_structured_abstracts_headings_are_no_names(shipped_rules) -> None:
    """"BACKGROUND: ... METHODS: ... RESULTS: ...": headings set in capitals, not models."""
    found = entities(shipped_rules, "A title\n\nBACKGROUND: Coding interviews is slow. OBJECTIVE: We automate it. "
                                    "METHODS: We prompt ZorbLM. RESULTS: It works. CONCLUSIONS: It helps.")
    assert not {"BACKGROUND", "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS"} & set(found), found


def test_dimensions_joined_to_a_modality_are_no_name() -> None:
    assert non_entity("3D/depth") and non_entity("2D+RGB")


@pytest.mark.parametrize("word", ["CISC", "RISC-V", "ARMv8", "x86"])
def test_an_instruction_set_is_hardware(word: str) -> None:
    """"translation accuracy from x86 to ARMv5": processor architectures, not models."""
    assert non_entity(word)


def test_a_version_joined_to_its_tier_continues_a_known_name(shipped_rules) -> None:
    """"improves Qwen 3.7-Plus from 51.8% to 80.7%": one model, not "Qwen" and "3.7-Plus"."""
    found = entities(shipped_rules, "A title\n\nZorbHarness improves Qwen 3.7-Plus from 51.8% to 80.7%, and Qwen "
                                    "2.5-VL too, unlike Llama 3-Based agents.")
    assert "Qwen 3.7-Plus" in found and "3.7-Plus" not in found and "Qwen 2.5-VL" in found, found
    assert "Llama 3-Based" not in found, found


def test_a_tier_joined_to_its_version_continues_a_known_name(shipped_rules) -> None:
    """"than GPT-5.4 and Claude Opus-4.6": one model, not "Claude" and the tier-version "Opus-4.6" the lexicon knows
    alone."""
    found = entities(shipped_rules, "A title\n\nZorbCast is more accurate than Claude Opus-4.6 and Gemini Pro-1.5.")
    assert "Claude Opus-4.6" in found and "Opus-4.6" not in found and "Claude" not in found, found
    assert "Gemini Pro-1.5" in found, found


def test_a_mixtures_total_and_active_sizes_continue_a_name_or_name_nothing(shipped_rules) -> None:
    """"Qwen3 235B-A22B": the known model at its total and active sizes; "30B-A3B" alone is a size."""
    found = entities(shipped_rules, "A title\n\nWe tune a Zorbic 30B-A3B reader and compare with Qwen3 235B-A22B.")
    assert "Qwen3 235B-A22B" in found and "30B-A3B" not in found, found


def test_au_pro_is_a_metric() -> None:
    """"their performance remains below 60% average AU-PRO": the anomaly-localization metric."""
    assert non_entity("AU-PRO")


def test_a_name_the_paper_gives_outweighs_another_papers_sense_of_it(shipped_rules) -> None:
    """"a video segmentation method ..., hereby named OASIS": the shipped lexicon's OASIS (brain scans, 21 papers)
    says little of what this paper's OASIS is (the rules; the decider may still weigh the lexicon)."""
    found = entities(shipped_rules, "A title\n\nWe propose a novel boundary amendment video segmentation method, "
                                    "hereby named OASIS. The proposed method, OASIS, is efficient.")
    assert found["OASIS"][0] == "Model", found


@pytest.mark.parametrize("word", ["M.D", "Ph.D"])
def test_an_academic_degree_is_no_name(word: str) -> None:
    """"a case study using House M.D": a degree's abbreviation, not a model."""
    assert non_entity(word)


def test_an_unknown_acronym_whose_value_changes_is_the_quantity(find) -> None:
    """"our method improves TPF on GSM8K from 2.04 to 5.47": the measured quantity (tokens per forward), in the
    rules and past the decider; an acronym that does something is still a name."""
    text = ("ZorbDecode: Fast Decoding\n\nWe present ZorbDecode. Compared with CLIP, our method improves QPX on "
            "ImageNet from 2.04 to 5.47. On MMLU, it increases QPX from 2.71 to 5.86. QPN improves recall.")
    found = find(text)
    assert "QPX" not in found and "ZorbDecode" in found, found
    found = find("ZorbDecode: Fast Decoding\n\nWe present ZorbDecode. In an online test, ZorbDecode improves QPX by "
                 "2.084%, and QPN by 0.5 points.")
    assert not {"QPX", "QPN"} & set(found) and "ZorbDecode" in found, found


@pytest.mark.parametrize("name", ["Zorbic-dominant", "Zorbic-focused"])
def test_a_compound_adjective_before_a_data_word_is_no_dataset(find, name: str) -> None:
    """"encoders pre-trained on a Turkish-dominant corpus": what the corpus is mostly of, not its name."""
    found = find(f"A title\n\nQuarkNet encoders are pre-trained on a {name} corpus of 112.7 billion tokens.")
    assert name not in found and "QuarkNet" in found, found


@pytest.mark.parametrize("word", ["NP-hard", "NP-complete"])
def test_a_complexity_class_is_no_name(word: str) -> None:
    """"the problem is NP-hard": a complexity class, even though "-hard" now continues a benchmark's name."""
    assert non_entity(word)


@pytest.mark.parametrize("text", ["5-way 1-shot", "5-way 1", "20-way", "5-second 256p", "720p", "NVFP4", "INT5",
                                  "Mathematics", "Coding", "3.5-MoE"])
def test_a_few_shot_episode_shape_is_no_name(text: str) -> None:
    """"On mini-ImageNet 5-way 1-shot": the episode's shape, not a dataset "5-way 1"; a clip's length and
    resolution ("a 5-second 256p video"), number formats (NVFP4) and school subjects ("Mathematics (+5.5 points)")."""
    assert non_entity(text)


def test_a_named_mandate_or_asymmetry_is_a_claim_not_an_artifact(shipped_rules) -> None:
    """"we propose a Heterogeneity Mandate", "the Architectural Tribalism Asymmetry": findings, not models."""
    found = entities(shipped_rules, "A title\n\nBased on this, we propose the Heterogeneity Mandate: systems must "
                                    "mix architectures. We introduce the Tribal Asymmetry, seen in QuarkNet.")
    assert "QuarkNet" in found and not [n for n in found if n.endswith(("Asymmetry", "Mandate"))], found


def test_a_metric_at_a_sample_count_is_no_dataset(find) -> None:
    """"improves FID-50K across base models, from 8.30 to 5.77": FID over 50K samples, a metric, not data."""
    found = find("A title\n\nOur approach improves FID-50K across various base models, from 8.30 to 5.77 for "
                 "ZorbiT and from 3.74 to 3.52 for QuillM2.")
    assert "FID-50K" not in found and "ZorbiT" in found, found


def test_a_class_of_models_by_size_is_no_name(shipped_rules) -> None:
    """"Large Speech-Language Models (LSLMs)": a class of models like LLMs, here or wherever the paper writes
    the acronym (the shipped lexicon knows LSLM and LVM from other papers, typed Model); a model named in the
    singular stays one model."""
    found = entities(shipped_rules, "A title\n\nThe development of Large Speech-Language Models (LSLMs) has been "
                                    "slow. The LSLM field lacks data. We introduce ZorbSO and compare it with LVM "
                                    "baselines and the Large Kelp Synthesis Model (LKSM).")
    assert not {"LSLM", "LSLMs", "LVM"} & set(found) and "ZorbSO" in found, found
    assert "LKSM" in found, found


@pytest.mark.parametrize("word", ["3-DOF", "6-DoF", "3-degree"])
def test_degrees_of_freedom_are_no_name(word: str) -> None:
    """"a 3-DOF Delta parallel robot", "a 3-degree-of-freedom robot": a count, not a model."""
    assert non_entity(word)


@pytest.mark.parametrize("long_form", ["laser scanner", "dynamic vision sensor", "unmanned aerial vehicles"])
def test_the_acronym_of_a_device_is_no_name(long_form: str) -> None:
    """"the 3D point accuracy of laser scanner (LS)": hardware that records or moves, not a model (for the rules
    and the decider's veto)."""
    assert long_form_of_no_artifact(long_form)


def test_a_model_many_papers_name_is_a_name_however_plain_its_words(shipped_rules) -> None:
    """"extracted by the Segment Anything Model": SAM written out (hundreds of papers), not a generic phrase; a
    plural of plain words stays a class ("Pathology Foundation Models")."""
    found = entities(shipped_rules, "A title\n\nWe use embeddings extracted by the Segment Anything Model and "
                                    "compare with Pathology Foundation Models on ImageNet.")
    assert "Segment Anything Model" in found or "SAM" in found, found
    assert "Pathology Foundation Models" not in found, found


def test_a_metric_the_paper_names_by_apposition_is_no_name(find) -> None:
    """"we propose a new metric, Visual Semantic Matching (VSM)": a metric, for the rules and past the decider."""
    found = find("A title\n\nWe propose a new metric, Zorbic Semantic Matching (ZSM), that quantifies visual "
                 "inconsistencies. ZSM outperforms CLIP.")
    assert not {"ZSM", "Zorbic Semantic Matching"} & set(found) and "CLIP" in found, found
    found = find("A title\n\nWe propose ZorbScore, a jailbreak metric that measures harm, and KelpNet, a metric "
                 "learning method. ZorbScore and KelpNet beat CLIP.")
    assert "ZorbScore" not in found and "KelpNet" in found, found


@pytest.mark.parametrize("word", ["GDPR", "HIPAA", "EU AI Act", "GGUF", "Q4_K_M"])
def test_regulations_and_quantized_file_formats_are_no_names(find, word: str) -> None:
    """"compliant with GDPR", "a Q4_K_M GGUF build": a law or a file format, not a model or a dataset."""
    found = find(f"A title\n\nWe ship ZorbNet as a {word} build and check it against {word} with ZorbNet.")
    assert word not in found and "ZorbNet" in found, found


@pytest.mark.parametrize("word", ["URL", "URLs", "HTML", "YAML", "DOI"])
def test_web_addresses_and_markup_are_no_names(word: str) -> None:
    """"We formulate URL selection as a bandit problem": a kind of string on the web, not a model (the retrained
    decider added "URL" there as one); the vocabulary rules it out, so no rule keeps it and the decider may not add
    it back."""
    assert non_entity(word)


@pytest.mark.parametrize("word", ["Delta_MSE", "lambda_1", "Sigma_x", "I_1", "I_1,I_2,I_3", "RGBA",
                                  "System 2 Thinking"])
def test_a_formulas_quantities_and_kinds_of_data_or_thought_are_no_names(word: str) -> None:
    """"(Delta_MSE = -0.037 vs Delta_stdPC = -0.082)", "image triplets (I_1,I_2,I_3)": a formula's quantities, not
    models (pi_0 may be the policy); RGBA images and System 2 Thinking are kinds of data and of thought."""
    assert non_entity(word) and not non_entity("pi_0")


@pytest.mark.parametrize("word", ["0.35kbps", "24FPS", "16kHz", "3dB", "100ms", "PhD", "PhD-level", "MSc", "6.5km^2",
                                  "NIQE"])
def test_rates_and_degrees_are_no_names(word: str) -> None:
    """"ultra low (0.35kbps) bitrates", "domain experts (PhD-level and above)", "6.5km^2 of city", NIQE scores:
    quantities, degrees and metrics."""
    assert non_entity(word)


def test_a_task_acronym_before_a_data_head_is_no_dataset(lexicon_path: str) -> None:
    """"fine-grained segmentation (FGS) ... a biliary tract FGS dataset, namely BTMS": FGS names the task the
    dataset is for; the dataset is BTMS (named after "namely")."""
    text = ("A title\n\nMethods fall short in scenarios requiring fine-grained kelp segmentation (FKS), which "
            "remains hard. We propose ZorbNet for FKS. Experiments on a newly proposed biliary tract FKS dataset, "
            "namely KelpTMS, show gains.")
    found = entities(create_nlp(lexicon_path, decide=False), text)
    assert "FKS" not in found and found.get("KelpTMS", ("",))[0] == "Dataset", found


def test_another_papers_task_phrase_in_the_lexicon_is_no_name(shipped_rules) -> None:
    """"Existing LiDAR semantic segmentation models": the shipped lexicon's long form of another paper's LSS, a
    task."""
    found = entities(shipped_rules, "A title\n\nExisting LiDAR semantic segmentation models suffer in rain. We "
                                    "propose ZorbNet.")
    assert "LiDAR semantic segmentation" not in found and "ZorbNet" in found, found


def test_data_the_paper_states_twice_is_no_model_of_another_paper(shipped_rules) -> None:
    """"STAR: A Benchmark for ..." and "We propose STAR, a large-scale ... dataset": data either way, not the
    model other papers named STAR (typed Model in the shipped lexicon)."""
    found = entities(shipped_rules, "STAR: A Benchmark for Astronomical Star Fields\n\nWe propose STAR, a "
                                    "large-scale astronomical SR dataset containing 54,738 image pairs. STAR "
                                    "provides a novel error to evaluate SR models.")
    assert found["STAR"][0] in ("Dataset", "Benchmark"), found


def test_a_standard_deviation_is_no_model(shipped_rules) -> None:
    """"(mean accuracy drop -11.14%, SD 15.74%)": a statistic, not Stable Diffusion (SD 1.5 stays a model)."""
    found = entities(shipped_rules, "A title\n\nPrompting degrades accuracy (mean drop -11.14%, SD 15.74%). We compare "
                                    "SD 1.5 with ZorbNet.")
    assert "SD" not in found and "SD 1.5" in found, found


def test_an_acronym_defined_as_a_language_is_no_name(find) -> None:
    """"American English (AmE) and British English (BrE)", "Modern Standard Arabic (MSA)": the varieties a text is
    written in, defined like names, are not models or data (whatever MSA means in other papers)."""
    found = find("A title\n\nFocusing on American English (AmE) and British English (BrE), we build a corpus of "
                 "variants and introduce ZorbAlign, a method. We also study Modern Standard Arabic (MSA). Corpora "
                 "skew toward AmE, and BrE forms cost more tokens.")
    assert "ZorbAlign" in found and not {"AmE", "BrE", "MSA"} & set(found), found


@pytest.mark.parametrize("venue", ["SODA", "STOC", "FOCS", "COLT", "AISTATS", "SIGGRAPH", "ICAPS", "ECIR", "ISMIR"])
def test_a_venue_with_its_year_is_no_name(find, venue: str) -> None:
    """"first highlighted by Miltersen and Sorensen (SODA '08)": the conference, not a model."""
    found = find(f"A title\n\nThe problem was first highlighted by Kelp and Zorb ({venue} '08). We propose ZorbEq.")
    assert venue not in found and "ZorbEq" in found, found
    found = find(f"A title\n\nWe propose ZorbEq. This is an extended version of a short paper accepted at {venue} 2026.")
    assert f"{venue} 2026" not in found and "ZorbEq" in found, found


def test_a_speed_up_factor_is_no_version(find) -> None:
    """"parity with vanilla RLHF 1.7x to 2x faster": a factor, not a release "RLHF 1.7x" (versions stay: "v2")."""
    found = find("A title\n\nOur approach reaches parity with vanilla ZorbRL 1.7x to 2x faster. We also beat "
                 "ZorbRL 2.5 on kelp.")
    assert "ZorbRL 1.7x" not in found and "ZorbRL 2.5" in found, found


def test_a_pair_of_sensors_is_no_name(find) -> None:
    """"camera-LiDAR aligned pseudo-labels", "RGB-Thermal pairs": the sensors two streams come from."""
    found = find("A title\n\nZorbSeg generates camera-LiDAR aligned pseudo-labels and RGB-Thermal pairs quickly.")
    assert not {"camera-LiDAR", "RGB-Thermal"} & set(found) and "ZorbSeg" in found, found


def test_a_chain_of_hardware_is_no_name(find) -> None:
    """"an SSD-CPU-GPU hierarchy", "CPU-GPU transfers": the hardware data moves across."""
    found = find("A title\n\nZorbGS keeps parameters across an SSD-CPU-GPU hierarchy with few CPU-GPU transfers.")
    assert not {"SSD-CPU-GPU", "CPU-GPU"} & set(found) and "ZorbGS" in found, found


def test_metrics_a_paper_lists_after_metric_families_and_joined_error_measures_are_no_names(find) -> None:
    """"two novel metric families: Interest Groundedness (IG), ... and Interest Specificity (IS)"; "quantities such as
    NodeMSE": measures, not models (a model named for one, Point-MAE, is left alone)."""
    found = find("A title\n\nWe introduce ZorbBench. We propose two novel metric families: Kelp Groundedness (KG), "
                 "split into precision and recall, and Kelp Specificity (KS), which assesses distinctiveness. Errors "
                 "are measured with quantities such as NodeMSE and EdgeIoU.")
    assert not {"KG", "KS", "NodeMSE", "EdgeIoU"} & set(found) and "ZorbBench" in found, found


def test_a_condition_defined_with_its_acronym_is_no_name(find) -> None:
    """"Type 2 Diabetes Mellitus (T2DM) is a chronic metabolic disease": what the data is about, for the rules and
    as a veto on the trained decider (which added it back once retrained)."""
    from mlkg.extract.classify import long_form_of_no_artifact

    assert long_form_of_no_artifact("Type 2 Diabetes Mellitus") and long_form_of_no_artifact("Kelp Cell Carcinoma")
    assert not long_form_of_no_artifact("Kelp Cell Network")
    found = find("A title\n\nType 2 Diabetes Mellitus (T2DM) is a chronic metabolic disease that affects millions of "
                 "people worldwide. Kelp Cancer (KC) is common. We propose ZorbNet to predict it.")
    assert not {"T2DM", "KC"} & set(found) and "ZorbNet" in found, found


def test_a_common_word_in_odd_capitals_and_a_special_token_are_no_names(find) -> None:
    """"with Benchmark DataSet" is the word dataset; "a <CALL> token" is a token of a model's vocabulary."""
    found = find("Skull to Face Matching with Benchmark DataSet\n\nZorbNet decides which tokens to delegate via a "
                 "<ZCALL> token, trained on adversarial training (AT) data.")
    assert not {"DataSet", "ZCALL"} & set(found) and "ZorbNet" in found, found


def test_a_verb_before_a_size_and_a_path_cut_from_a_url_are_no_names(find) -> None:
    """"A Case Study on Improving 7B Language Models" (a verb, then a size); "at: https://kelp.github.io/ ZorbSutra/"
    (a URL broken by a space: the path's end is no name of its own)."""
    found = find("Kelp DPO: A Case Study on Improving 7B Language Models to GPT-4 Level\n\nWe introduce ZorbNet. The "
                 "code is available at: https://kelp.github.io/ ZorbSutra/")
    assert not {"Improving 7B", "ZorbSutra/"} & set(found) and "ZorbNet" in found, found


def test_the_last_word_of_a_longer_name_before_a_head_is_no_name(find) -> None:
    """"a Wyoming Department of Transportation corpus": the corpus is named by the whole run, not "Transportation";
    a sentence's first word before "of" starts no name ("Evaluation of Quokka dataset")."""
    found = find("A title\n\nWe observed this in a deployed Kelp Department of Transportation corpus. We propose "
                 "ZorbNet. Evaluation of Quokka dataset shows gains.")
    assert "Transportation" not in found and "Quokka" in found and "ZorbNet" in found, found


def test_the_name_of_a_phenomenon_is_no_artifact(find) -> None:
    """"a phenomenon known as the Data Wall", "an effect termed Kelp Collapse": names of concepts, for the rules
    and as a veto on the trained decider."""
    found = find("A title\n\nAs public text runs out, a phenomenon known as the Kelp Wall, pre-training shifts. An "
                 "effect termed Zorb Collapse follows. We identify Kelp-Distribution Hallucination, a recurring "
                 "phenomenon in which futures hallucinate. We propose ZorbNet.")
    assert not {"Kelp Wall", "Zorb Collapse", "Kelp-Distribution Hallucination"} & set(found) and "ZorbNet" in found, \
        found














@pytest.mark.parametrize(("text", "absent", "present"), [
    # a new task's name and its acronym name a problem to solve; the benchmark built for it is an artifact
    ("Kelp Sense Linking: Beyond the Sandbox\n\nWe present a new task called Kelp Sense Linking (KSL), where systems "
     "link spans. Systems scaled to KSL fail. We also propose a novel task, termed Zorb Reasoning, and ZorbBench, a "
     "benchmark for it.", {"KSL", "Kelp Sense Linking", "Zorb Reasoning"}, "ZorbBench"),
    # a class of models bracketed in the plural, whether or not the letters spell the words out: its singular later
    # is one of the class (for the rules, and as a veto on the decider)
    ("A title\n\nDespite progress in Large Kelp Vision-Language Models (KV-VLMs), reports are hard. We propose "
     "ZorbNet. Training improves the KV-VLM with textual rewards.", {"KV-VLM", "KV-VLMs"}, "ZorbNet"),
    # a shaped part of the title's own name, never written alone
    ("Zorbvi WxC: Foundation Model for Weather\n\nWe introduce Zorbvi WxC, a 2.3 billion parameter foundation model. "
     "Zorbvi WxC employs an encoder-decoder architecture.", {"WxC"}, "Zorbvi WxC"),
    # a known head noun ending a capitalised name the paper brackets an acronym after, whose letters do not spell it
    ("A title\n\nWe propose the Rotation-Equivariant Kelp Transformer (REKNET), a novel framework for completion.",
     {"Transformer"}, "REKNET"),
])
def test_parts_and_kinds_that_name_no_artifact_of_their_own(find, text: str, absent: set[str], present: str) -> None:
    found = find(text)
    assert not absent & set(found) and present in found, found


@pytest.mark.parametrize(("text", "name", "kind"), [
    # "-QA" ends a benchmark's name; "ZORB-QAL" merely contains it
    ("We present ZORB-QAL, an open-source Python library designed to streamline and standardize the quantitative "
     "analysis of images. We test it on Kelp-QA.", "ZORB-QAL", "Model"),
    ("We present ZORB-QAL, an open-source Python library. We test it on Kelp-QA.", "Kelp-QA", "Benchmark"),
    # a compound's first part is no head noun of the appositive: a benchmark that instruments a solver
    ("We build Zorbix, a solver-instrumented benchmark of 816 test problems, and evaluate four methods on it.",
     "Zorbix", "Benchmark"),
    # a known head noun on its own, with a bracket after it, stays a name
    ("We propose ZorbNet, which distills a Transformer (ViT-L) into a small network.", "Transformer", "Model"),
])
def test_the_kind_a_name_is_written_as(find, text: str, name: str, kind: str) -> None:
    found = find("A title\n\n" + text)
    assert found[name][0] == kind, found


def test_an_upper_case_template_slot_in_square_brackets_is_no_name(find) -> None:
    """"a photo of a [ZCLASS]": a slot of a prompt template, not an artifact."""
    found = find("A title\n\nZorbNet replaces simplistic templates such as \"a photo of a [ZCLASS]\" with cues.")
    assert "ZCLASS" not in found and "ZorbNet" in found, found


def test_words_that_spell_the_name_they_are_apposed_to_are_no_second_name(find) -> None:
    """"ZoKe, a Zorb-Kelp dataset": the capitalised words spell the name before them out, they name nothing else."""
    found = find("A title\n\nTo study kelp, we construct ZoKe, a Zorb-Kelp dataset of kelp images.")
    assert "Zorb-Kelp" not in found and "ZoKe" in found, found


def test_words_in_our_appositive_describe_the_name_before(find) -> None:
    """"ZorbOCR-Bench, our English-language Kelp benchmark": the paper's description of its benchmark."""
    found = find("A title\n\nTraining gives the best results on ZorbOCR-Bench, our English-language Kelp benchmark.")
    assert "English-language Kelp" not in found and "ZorbOCR-Bench" in found, found


def test_operating_systems_are_no_names(shipped_rules) -> None:
    """"across Ubuntu, macOS, Windows, and Android": platforms an agent runs on, not data."""
    found = entities(shipped_rules, "A title\n\nZorbAgent outperforms GPT-4o across Ubuntu, macOS, Windows, and "
                                    "Android, while providing more precise temporal attribution.")
    assert not {"macOS", "Ubuntu", "Linux"} & set(found) and "ZorbAgent" in found, found


@pytest.mark.parametrize(("name", "sized"), [("GR00T", False), ("Zorb00K", False), ("ZorbSplat-7K", True),
                                             ("Kelp-0.5B", True), ("KELP700M", True)])
def test_a_size_suffix_is_a_count_not_zeros_inside_a_name(name: str, sized: bool) -> None:
    """"GR00T": the zeros are letters of the name, no "0 trillion" that would make it data."""
    from mlkg.extract.shapes import has_size_suffix

    assert has_size_suffix(name) is sized


@pytest.mark.parametrize(("name", "sized"), [("ZorbT2M", False), ("Zorb-I2V", False), ("T2M", False), ("Zorb-2M", True),
                                             ("ZORB2B", True)])
def test_a_letter_to_letter_code_is_no_size(name: str, sized: bool) -> None:
    """"AttT2M (FID = 0.112)": text-to-motion, a model; "2M" after a single capital is no two million."""
    from mlkg.extract.shapes import has_size_suffix

    assert has_size_suffix(name) is sized


@pytest.mark.parametrize(("name", "sized"), [("ZORBES-39k", True), ("Kelp-V-1.5k", True), ("Zorb-7B-32k", False),
                                             ("Zorb-2-7b-64k", False), ("Zorbk", False)])
def test_a_lower_case_k_after_a_hyphen_counts_items_unless_it_follows_a_models_size(name: str, sized: bool) -> None:
    """"the ZORBES-39k restricted test": 39 thousand images, data; "Zorb-7B-32k": a 7B model's context length."""
    from mlkg.extract.shapes import has_size_suffix

    assert has_size_suffix(name) is sized


def test_a_name_counting_its_items_in_lower_case_is_data(find) -> None:
    """"the wild shifts test "ZORBWILD-20k" of 20k images": a data size, written with a lower-case k."""
    found = find('A title\n\nWe define the wild shifts test "ZORBWILD-20k" of 20k images. Under the domain shift to '
                 "the wild data of ZORBWILD-20k, ZorbNet sustains 0.99 recall.")
    assert found["ZORBWILD-20k"][0] == "Dataset", found


@pytest.mark.parametrize("name", ["Gemini-1.5", "GPT-5.2R"])
def test_a_release_of_a_known_model_family_stays_a_model(shipped_rules, name: str) -> None:
    """"from 62.4% to 10.4% in Gemini-1.5", "benchmark, including GPT-5.2R": data cues are weak against a release
    number after a model family many papers name."""
    found = entities(shipped_rules, f"A title\n\nWe propose ZorbNet. Framing reduces over-blocking from 62.4% to "
                                    f"10.4% in {name}, on the Kelp benchmark, including ZorbNet.")
    assert found[name][0] == "Model", found


def test_a_class_count_after_a_known_acronym_is_no_release(shipped_rules) -> None:
    """"mIoU on Cityscapes, PAS-20 and PC-59": 20 and 59 classes of a set, not releases of the PAS and PC models."""
    found = entities(shipped_rules, "A title\n\nWe propose ZorbSeg. It attains 56.2, 95.8 and 59.2 mIoU on Cityscapes, "
                                    "PAS-20, and PC-59, respectively.")
    assert found["PAS-20"][0] == "Dataset" and found["PC-59"][0] == "Dataset", found


def test_medical_coding_systems_are_no_names(shipped_rules) -> None:
    """"mapped to ICD-10 codes": a classification of diseases records are coded in, not a model or a set."""
    found = entities(shipped_rules, "A title\n\nZorbNet assigns ICD-10 and ICD-9 codes to discharge notes of "
                                    "MIMIC-IV.")
    assert not {"ICD-10", "ICD-9"} & set(found) and "ZorbNet" in found, found


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a head noun set off before the name by dashes, or before its long form by a comma
    ("We introduce a novel benchmark -- ZORB-KB -- designed to assess reasoning.", "ZORB-KB", "Benchmark"),
    ("We introduce a novel benchmark, Zorb Kelp Reasoning with Path Balance (ZKR-PB), designed to assess reasoning.",
     "ZKR-PB", "Benchmark"),
    ("We release a new dataset: ZorbSet.", "ZorbSet", "Dataset"),
    # ... or after it by a spaced hyphen
    ("We present ZorbNet - the first physics-grounded 3D dataset annotated across five dimensions.", "ZorbNet",
     "Dataset"),
    # "evaluation on X" states what X is, as "evaluated on X" does
    ("Under subject-independent evaluation on ZORB-PAIN, the objective raises the agreement.", "ZORB-PAIN",
     "Dataset"),
])
def test_a_head_noun_set_off_by_dashes_or_before_a_long_form_types_the_name(find, text: str, name: str,
                                                                              kind: str) -> None:
    found = find("A title\n\n" + text)
    assert found[name][0] == kind, found


def test_kinds_a_set_is_split_into_are_no_names(find) -> None:
    """"comprising four types: Authentic-Clean (A-C), Authentic-Spoofed (A-S), ...": parts of the data, however
    their acronyms are written later."""
    found = find("A title\n\nWe build ZorbSet, a dataset of 6,500 videos comprising four types: Authentic-Clean "
                 "(A-C), Authentic-Spoofed with fake watermarks (A-S), Generated-Watermarked (G-W), and "
                 "Generated-DeWatermarked (G-DeW). Detectors confuse A-C and G-W.")
    assert not {"A-C", "A-S", "G-W", "G-DeW"} & set(found) and "ZorbSet" in found, found


def test_the_subject_after_an_opening_phrase_is_no_list_member(find) -> None:
    """"Trained on ZorbIT, ZorbDuet demonstrates ...": the name after the comma opens the clause, it is not a
    second set the model was trained on."""
    found = find("A title\n\nTrained on ZorbIT, ZorbDuet demonstrates that the format helps. Trained on ZorbIT, "
                 "ZorbSet2 and KelpSet, QuarkNet wins.")
    assert found["ZorbDuet"][0] == "Model" and found["ZorbSet2"][0] == "Dataset", found


def test_enumeration_labels_and_metrics_among_metrics_are_no_names(find) -> None:
    """"C1: ..., C2: ..., C3: ...": labels of a list; "improves MSE, MAE, SSIM": MAE is a metric there."""
    found = find("A title\n\nWe define three competencies--C1: Structure Understanding, C2: Retrieval, and C3: "
                 "Reasoning. ZorbNet improves MSE, MAE, SSIM, and CSI metrics.")
    assert not {"C1", "C2", "C3", "MAE"} & set(found) and "ZorbNet" in found, found


@pytest.mark.parametrize("word", ["50-year", "3-month-old", "SoC", "OpenCL", "Vulkan"])
def test_ages_chips_and_graphics_interfaces_are_no_names(word: str) -> None:
    assert non_entity(word)


@pytest.mark.parametrize("word", ["49.20s/image", "3ms/token", "AVX2", "SIMD", "OpenMP", "MAE 1.5", "CE-F1", "mF1",
                                  "Cls.mIoU", "CorLoc", "WidowX", "Franka Emika Panda", "UR5e"])
def test_per_item_rates_instruction_sets_and_metric_variants_are_no_names(word: str) -> None:
    assert non_entity(word)


def test_a_head_noun_followed_by_its_object_is_a_verb(find) -> None:
    """"ZorbLin scans the image": "scans" is what the method does, no data head noun."""
    found = find("A title\n\nWe introduce ZorbLin, a masked attention mechanism. ZorbLin scans the image using "
                 "curves, and ZorbLin sets a record.")
    assert found["ZorbLin"][0] == "Model", found


def test_on_a_name_joined_to_a_participle_is_not_the_set_reported_on(find) -> None:
    """"On ZorbCap-trained sandbox models, ...": the sentence reports on the models, not on ZorbCap."""
    found = find("A title\n\nOn ZorbCap-trained sandbox models, fresh verbalizers state the content truly.")
    assert found.get("ZorbCap", ("Model",))[0] == "Model", found


def test_a_new_state_of_the_art_on_a_name_makes_it_data(find) -> None:
    found = find("A title\n\nZorbProver establishes a new state-of-the-art (SOTA) on Kelp-Lite with a 53.8% "
                 "pass@32 rate.")
    assert found["Kelp-Lite"][0] in ("Dataset", "Benchmark") and found["ZorbProver"][0] == "Model", found


def test_a_plain_word_compound_with_a_scored_bracket_is_a_name(find) -> None:
    found = find("A title\n\nZorbProver sets records on MMLU (69.8% pass@32), Ineq-Comp-Seed (52.2% pass@32) and "
                 "Ineq-Comp-Hard (34.0% pass@32). Vision-Language models help.")
    assert {"Ineq-Comp-Seed", "Ineq-Comp-Hard"} <= set(found) and "Vision-Language" not in found, found


def test_a_variant_letter_after_an_unknown_acronym_is_no_size_tier(find) -> None:
    """"72.7% F1 on ZORBX-H": H is a set's variant here; after a model's name ("ViT-L") it is a size."""
    found = find("A title\n\nQuarkNet achieves 70.3% mAP and 72.7% F1 on ZORBX-H, and 98.0% mAP on KELPQ-R.")
    assert found["ZORBX-H"][0] == "Dataset", found


def test_a_sentence_capital_of_a_word_the_paper_writes_is_not_the_acronym(find) -> None:
    """"Zaprx and lesion segmentation reach ..." in a paper on zaprx masks: the word, not the ZAPRX benchmark;
    "Zaprx is hard for models" in a paper that never writes the word keeps the benchmark."""
    found = find("A title\n\nWe synthesize images with zaprx masks. Zaprx and lesion segmentation reach Dice 0.904.")
    assert "Zaprx" not in found and "ZAPRX" not in found, found
    found = find("A title\n\nWe test long contexts. Zaprx is hard for QuarkNet.")
    assert "ZAPRX" in found or "Zaprx" in found, found


def test_a_head_noun_outweighs_an_acronym_many_papers_coined(find) -> None:
    """QRA is a model in the lexicon, but several papers defined it for different things: "the unseen QRA
    dataset" is data here."""
    found = find("A title\n\nQuarkNet shows strong zero-shot generalization on the unseen QRA dataset.")
    assert found["QRA"][0] == "Dataset", found


def test_a_head_noun_qualifying_a_later_one_gives_way(find) -> None:
    """"ZorbMatch: A Subset Selection Approach to ...": an approach (a method), not a subset or a benchmark;
    "a benchmark and framework" keeps the first."""
    found = find("ZorbMatch: A Subset Selection Approach to Evaluating LLM Judges\n\nWe show that ZorbMatch wins.")
    assert found["ZorbMatch"][0] == "Model", found
    found = find("A title\n\nWe introduce KelpMem, a benchmark and framework for studying memory.")
    assert found["KelpMem"][0] == "Benchmark", found


def test_a_suite_of_embedding_models_is_a_model(find) -> None:
    """"embedding" ends like a participle but names the kind of model: a suite of models."""
    found = find("A title\n\nWe introduce ZMIXX (Zorb eMbeddings for Cross-lingual eXploration), a suite of "
                 "cross-lingual embedding models fine-tuned with 18.8K triplets.")
    assert found["ZMIXX"][0] == "Model", found


def test_a_release_letter_and_number_continue_a_name(find) -> None:
    """"ZorbNet k1.5": a release like "Kimi k1.5"; not a rank ("LoRA r16") nor a factor ("x4")."""
    found = find("ZorbNet k1.5: Scaling RL\n\nWe report ZorbNet k1.5, our latest model, and compare KelpNet r16 "
                 "with QuarkNet x4 layers.")
    assert "ZorbNet k1.5" in found and "KelpNet r16" not in found and "QuarkNet x4" not in found, found
    assert found["ZorbNet k1.5"][1] == "introduces", found


def test_a_capital_release_letter_with_a_decimal_continues_a_name_with_digits(find) -> None:
    """"compresses Pi 0.5 and KR00T N1.5": a release like "GR00T N1.5", after a name whose letters hold digits."""
    found = find("A title\n\nOn LIBERO, ZorbQ compresses KR00T N1.5 to W4A4 with 87.8% task success.")
    assert "KR00T N1.5" in found and "N1.5" not in found, found


@pytest.mark.parametrize("word", ["5^th/20", "2^nd/9"])
def test_a_rank_among_entries_is_no_name(word: str) -> None:
    assert non_entity(word)


def test_a_count_joined_to_its_unit_does_not_version_a_name(find) -> None:
    """"on the OSWorld 15-step and 50-step evaluation": 15 counts steps, it is no release of OSWorld."""
    found = find("A title\n\nQuarkNet improves on the ZorbWorld 15-step and 50-step evaluation, unlike ZorbWorld 2.")
    assert "ZorbWorld 15" not in found and "ZorbWorld 2" in found, found


def test_a_subtitle_of_annotations_makes_the_name_data(find) -> None:
    """"ZorbDD+: Frame-level Annotations for ...": the paper's name is its annotated data."""
    found = find("ZorbDD+: Frame-level Annotations for Accurate Yawn Prediction\n\nWe apply a labeling pipeline "
                 "to ZorbDD, and ZorbDD+ improves QuarkNet.")
    assert found["ZorbDD+"][0] == "Dataset", found


def test_a_framework_that_scores_its_input_is_no_benchmark(find) -> None:
    """"a framework for assessing the credibility of context documents" scores documents, it evaluates no
    systems: a method."""
    found = find("A title\n\nWe introduce ZorbEst, a novel weakly supervised framework for assessing the "
                 "credibility of context documents during inference. ZorbEst outperforms strong baselines.")
    assert found["ZorbEst"][0] == "Model", found


def test_a_system_named_for_what_it_does_is_a_model(find) -> None:
    """"ZorbEAR, an enterprise agentic reasoner built on ...": a reasoner, retriever or planner is a system."""
    found = find("A title\n\nExperiments with ZorbEAR, an enterprise agentic reasoner built on an ontology, and "
                 "results on KelpRank, a lightweight listwise reranker, show gains.")
    assert found["ZorbEAR"][0] == "Model" and found["KelpRank"][0] == "Model", found


def test_what_a_finding_says_scores_is_a_model_that_a_pair_does_not_retype(find) -> None:
    """"shows that ZorbGuard achieves a macro F1 score of 0.832": what scores is a model, and "ZorbEval and
    ZorbGuard together" (a pair with the paper's benchmark) does not make it one."""
    found = find("ZorbEval: A Benchmark for Moderation\n\nWe introduce ZorbEval, a unified benchmark dataset. We also "
                 "present ZorbGuard (ZGuard), a QLoRA fine-tuned version of CLIP trained on ZorbEval. Our evaluation "
                 "shows that ZGuard achieves a macro F1 score of 0.832, outperforming leading moderation models. "
                 "ZorbEval and ZGuard together demonstrate that diverse data helps.")
    assert found["ZGuard"][0] == "Model", found


def test_a_defined_acronym_is_no_piece_of_a_coined_name_after_it(find) -> None:
    """"ZorbGuard (ZGuard), a model trained on ZorbEval": "ZGuard" spells nothing of ZorbEval (unlike "PArallel"
    in "Lookahead PArallel Decoding LoPA"), it is the paper's model."""
    found = find("A title\n\nWe present ZorbGuard (ZGuard), a model trained on ZorbEval.")
    assert found.get("ZGuard", (None,))[0] == "Model", found
    found = find("A title\n\nWe propose Lookahead PArallel Decoding LoPA, a training-free method.")
    assert "PArallel" not in found, found


def test_a_plural_head_right_before_a_list_types_its_later_members(find) -> None:
    """"three egocentric datasets ZorbKit, KelpCom, and Quux Everyday Activities": the items after the first are
    data too."""
    found = find("A title\n\nResults on three challenging egocentric datasets ImageNet, KelpCom, and Quux Everyday "
                 "Activities demonstrate that our method enhances efficiency.")
    assert found["KelpCom"][0] == "Dataset", found


def test_a_comma_after_a_connective_opening_on_a_list_is_no_apposition(find) -> None:
    """"Moreover, on both A and ZAPRX, a 0.5B LLM outperforms ...": the comma closes the opening, "a 0.5B LLM"
    is the clause's subject, not what the known benchmark ZAPRX is."""
    found = find("A title\n\nWe run experiments on MMLU and the challenging ZAPRX tasks. Moreover, on both MMLU and "
                 "ZAPRX, a 0.5B LLM outperforms CLIP.")
    assert found["ZAPRX"][0] == "Benchmark", found


def test_a_detector_that_probes_signals_is_a_model(find) -> None:
    """"ZorbDT, a robust deepfake detector that probes generator-internal signals": a trained system that probes
    its input, not a benchmark that probes models."""
    found = find("A title\n\nWe propose ZorbDT, a robust and generalizable deepfake detector that probes "
                 "generator-internal audio-visual signals. ZorbDT achieves leading performance.")
    assert found["ZorbDT"][0] == "Model", found


def test_a_compound_of_plain_words_a_score_is_stated_on_is_a_name(find) -> None:
    """"including 7.24 on A, 3.80 on B, and 8.78 on Complex-Kelp": a benchmark whose name is two plain words."""
    found = find("A title\n\nFooNet achieves competitive performance across benchmarks, including 7.24 on MMLU, "
                 "3.80 on ZAPRX, and 8.78 on Complex-Kelp, showing stronger instruction following.")
    assert found.get("Complex-Kelp", (None,))[0] in ("Dataset", "Benchmark"), found


def test_a_capital_release_letter_continues_a_name(find) -> None:
    """"ZorbNet R1", "KelpLM K2": a release like "DeepSeek R1" or "Kimi K2"; not an MRI sequence ("Zorb T1")
    nor a metric's R² ("RMSE R2")."""
    found = find("A title\n\nWe report ZorbNet R1 and compare KelpLM K2 on Zorb T1 scans, scored by RMSE R2.")
    assert "ZorbNet R1" in found and "KelpLM K2" in found, found
    assert "Zorb T1" not in found and "RMSE R2" not in found, found


def test_a_name_joined_to_score_that_a_gain_raises_is_a_metric(find) -> None:
    """"improves ZorbScore and KelpScore by 12.6 and 15.1 points": what the gain raises is measured, not a model;
    "we propose KelpNet" next to it stays a name."""
    found = find("A title\n\nWe propose KelpNet, a video generator. On ImageNet, KelpNet improves ZorbScore and "
                 "QuuxScore by 12.60 and 15.10 points over the strongest baselines.")
    assert not {"ZorbScore", "QuuxScore"} & set(found) and "KelpNet" in found, found


@pytest.mark.parametrize("word", ["42M-Parameter", "1.5B-Parameter", "6Bparameter"])
def test_a_parameter_count_written_as_a_word_is_no_name(find, word: str) -> None:
    """"ZorbLM: A 42M-Parameter Spanish Language Model": the size of the model, not a second name."""
    found = find(f"ZorbLM: A {word} Spanish Language Model\n\nWe present ZorbLM, a {word} model trained on MMLU.")
    assert word not in found and "ZorbLM" in found, found


def test_a_score_after_a_versioned_set_is_no_version_of_it(find) -> None:
    """"perplexity (e.g., WikiText-2 5.47 to 4.91)": a set's score that changes, not a release "WikiText-2 5.47";
    "Qwen 2.5" and "GPT-3.5 0613" keep theirs."""
    found = find("A title\n\nFooNet keeps perplexity (e.g., WikiText-2 5.47 to 4.91) and accuracy on MMLU 45.1 to "
                 "52.3, compared with Qwen 2.5 and GPT-3.5 0613.")
    assert "WikiText-2 5.47" not in found and "MMLU 45.1" not in found, found
    assert {"WikiText-2", "MMLU", "Qwen 2.5", "GPT-3.5 0613"} <= set(found), found


def test_a_unit_after_its_number_is_no_name(find) -> None:
    """"from 186.26 GiB to 1.04 GiB": a unit; "SeC", a model whose letters spell a unit, stays a name."""
    found = find("A title\n\nZorbPlanner cuts GPU memory from 186.26 GiB to 1.04 GiB. By adapting SeC, an enhanced "
                 "SAM-2 framework, we win.")
    assert "GiB" not in found and {"ZorbPlanner", "SeC"} <= set(found), found


def test_a_rare_known_acronym_spelled_out_in_plain_words_is_no_name(tmp_path) -> None:
    """"an effective test-time compute scaling (TTCS) method": plain words, whatever two other papers made of
    the acronym; a widely known one, or one the paper names itself, stays. (The rules' verdict: the trained
    decider weighs it with the rest.)"""
    import json

    lexicon = tmp_path / "lexicon.jsonl"
    records = [("ZQCS", "zorbic query compute scaling", 2), ("KELP", "kernel expansion learned pooling", 400),
               ("QAD", "Quux Attack Detection", 5), ("IKMT", "In-Kelp Machine Translation", 3)]
    lexicon.write_text("".join(json.dumps({"id": f"model:{n.lower()}", "name": n, "aliases": [a], "type": "Model",
                                           "source": ["arxiv"], "counts": {"papers": p}}) + "\n"
                               for n, a, p in records), encoding="utf-8")
    nlp = create_nlp(str(lexicon), decide=False)
    found = {e.name for e in nlp("A title\n\nMCTS is an effective zorbic query compute scaling (ZQCS) method. It "
                                 "beats kernel expansion learned pooling (KELP).")._.mlkg_entities}
    assert "ZQCS" not in found and "KELP" in found, found
    found = {e.name for e in nlp("A title\n\nWe propose zorbic query compute scaling (ZQCS), a new method.")
             ._.mlkg_entities}
    assert "ZQCS" in found, found
    # (a long form opening its sentence; a task's name, unless the sentence names it)
    found = {e.name for e in nlp("A title\n\nZorbic query compute scaling (ZQCS) needs care. Quux Attack Detection "
                                 "(QAD) offers a countermeasure.")._.mlkg_entities}
    assert not {"ZQCS", "QAD"} & found, found
    found = {e.name for e in nlp("A title\n\nWe propose a framework called Quux Attack Detection (QAD).")
             ._.mlkg_entities}
    assert "QAD" in found, found
    # (its long form goes with it: "In-Kelp Machine Translation (IKMT) aims to ...")
    found = {e.name for e in nlp("A title\n\nIn-Kelp Machine Translation (IKMT) aims to translate texts within "
                                 "images. We propose ZorbMT for IKMT.")._.mlkg_entities}
    assert found == {"ZorbMT"}, found


def test_a_divergence_is_a_metric(tmp_path) -> None:
    """"evaluated using Jensen-Shannon Divergence": a measure, like a distance or an error, whatever the corpus
    made of its acronym (JSD, typed a model by a few papers' contexts)."""
    import json

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text(json.dumps({"id": "model:kqd", "name": "KQD", "aliases": ["Kelp-Quux Divergence"],
                                   "type": "Model", "source": ["arxiv"], "counts": {"papers": 17}}) + "\n",
                       encoding="utf-8")
    nlp = create_nlp(str(lexicon))
    found = {e.name for e in nlp("A title\n\nAlignment of ZorbNet with human answers is evaluated using the "
                                 "Kelp-Quux Divergence.")._.mlkg_entities}
    assert not {"KQD", "Kelp-Quux Divergence"} & found and "ZorbNet" in found, found


def test_the_chamfer_distance_is_a_metric(tmp_path) -> None:
    """"by reducing CD and LPIPS by 2.20% and 2.02%": CD is the Chamfer distance, a metric (whatever "Change
    Detection" some papers shorten the same way and the corpus typed a model)."""
    import json

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text(json.dumps({"id": "model:cd", "name": "CD", "aliases": ["Change Detection"], "type": "Model",
                                   "source": ["arxiv"], "counts": {"papers": 70}}) + "\n", encoding="utf-8")
    nlp = create_nlp(str(lexicon))
    found = {e.name for e in nlp("A title\n\nZorbFuse improves over the KelpNet baseline by reducing CD and LPIPS "
                                 "by 2.20% and 2.02%.")._.mlkg_entities}
    assert "CD" not in found and "ZorbFuse" in found, found


def test_an_rgbd_set_keeps_its_name(find) -> None:
    """"SUN-RGBD" is a dataset, though "DCE-MRI" and "SP-LiDAR" (a short prefix and a modality) name scans."""
    found = find("A title\n\nWe evaluate ZorbNet on SUN-RGBD and on DCE-MRI scans.")
    assert "SUN-RGBD" in found and "DCE-MRI" not in found, found


@pytest.mark.parametrize("kind", ["MVLM", "CVLM", "MLMM"])
def test_an_undefined_acronym_of_a_kind_of_language_model_is_no_name(find, kind: str) -> None:
    """"adaptive MVLM deployment": a class of models (medical VLMs) no one named; "ZorbVLM" stays a name."""
    found = find(f"A title\n\nEmpirically, ZorbVLM sets new state-of-the-art in accuracy, outperforming strong "
                 f"baselines while maintaining efficiency, paving the way for adaptive {kind} deployment in clinics.")
    assert kind not in found and "ZorbVLM" in found, found


def test_a_word_with_an_escaped_apostrophe_is_no_name(find) -> None:
    """"the Orin GPU\\'92s pipeline": an apostrophe escaped in the source text, not a name "GPU\\'92s"."""
    found = find("A title\n\nThis runs faster than the Orin GPU\\'92s pipeline with ZorbNet.")
    assert not any("\\" in name for name in found) and "ZorbNet" in found, found


def test_names_listed_as_tasks_are_no_names(find) -> None:
    """"an evaluation on Zorbic Modeling, Kelp Forecasting, and Quux tasks": a list of tasks; "four tasks, namely
    Zorbic State Identification (ZSI), ...": the tasks a benchmark poses; "all nine real-robot NeoKelp tasks" is
    a suite's name."""
    found = find("A title\n\nWe evaluate ZorbNet on Zorbic Modeling, Kelp Forecasting, and Quux tasks. It wins all "
                 "nine real-robot NeoKelp tasks.")
    assert not {"Zorbic Modeling", "Kelp Forecasting", "Quux"} & set(found) and "NeoKelp" in found, found
    found = find("A title\n\nZorbBench introduces four tasks, namely Zorbic State Identification (ZSI), Kelp "
                 "Transition Reasoning (KTR), and Next Quux Prediction (NQP), forming a progressive framework.")
    assert not {"ZSI", "KTR", "NQP"} & set(found) and "ZorbBench" in found, found


def test_a_metric_acronym_set_equal_to_a_whole_number_is_a_metric(tmp_path) -> None:
    """"(R^2 = 0.80, MAE = 489 cm^2)": the error, not the masked autoencoder MAE the lexicon also knows."""
    import json

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text(json.dumps({"id": "model:mae", "name": "MAE", "aliases": ["Masked Autoencoder"],
                                   "type": "Model", "source": ["arxiv"], "counts": {"papers": 300}}) + "\n",
                       encoding="utf-8")
    nlp = create_nlp(str(lexicon))
    found = {e.name for e in nlp("A title\n\nZorbBoost achieved the best performance (R^2 = 0.80, MAE = 489 cm^2)."
                                 )._.mlkg_entities}
    assert "MAE" not in found and "ZorbBoost" in found, found


def test_a_name_and_a_word_run_together_is_no_name(find) -> None:
    """"By training jointly, ZorbSimembeds physical properties": ZorbSim and "embeds", the space lost; ZorbSim
    stays, and so does a coined name no shorter name starts ("KelpFormers")."""
    found = find("A title\n\nWe introduce ZorbSim, a simulator. By training jointly, ZorbSimembeds physical "
                 "properties. We also compare KelpFormers.")
    assert "ZorbSimembeds" not in found and {"ZorbSim", "KelpFormers"} <= set(found), found


def test_names_listed_as_metrics_are_no_names(find) -> None:
    """"metrics ... using embeddings, such as ZorbScore-I, CLIP, and ZorbScore-T": metrics here; "metrics
    computable with LLMs such as KelpLM-4" names a model."""
    found = find("A title\n\nExisting metrics compute these signals using global embeddings, such as ZorbSim-I, CLIP, "
                 "and ZorbSim-T. Two metrics are computable using advanced LLMs such as KelpLM-4.")
    assert not {"ZorbSim-I", "CLIP", "ZorbSim-T"} & set(found) and "KelpLM-4" in found, found


def test_a_short_known_acronym_after_a_score_is_a_metric(tmp_path) -> None:
    """"90.8% average CAR on real-world datasets": the metric, though the corpus knows a model CAR."""
    import json

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text(json.dumps({"id": "model:qar", "name": "QAR", "aliases": [], "type": "Model",
                                   "source": ["arxiv"], "counts": {"papers": 24}}) + "\n", encoding="utf-8")
    nlp = create_nlp(str(lexicon))
    found = {e.name for e in nlp("A title\n\nZorbTrack achieves 90.8% average QAR on real-world datasets.")
             ._.mlkg_entities}
    assert "QAR" not in found, found


def test_clinical_instruments_listed_in_brackets_are_no_names(find) -> None:
    """"psychiatric assessment tools (ZHQ-9, PDX, PANZ)": questionnaires, not models or data of ML."""
    found = find("A title\n\nIt uses clinically proven psychiatric assessment tools (ZHQ-9, PDX, PANZ) to evaluate "
                 "mental risks induced by ZorbLM.")
    assert not {"ZHQ-9", "PDX", "PANZ"} & set(found) and "ZorbLM" in found, found


def test_a_gaussian_collection_is_no_dataset(find) -> None:
    """"enabling a single Gaussian collection to represent both faces": Gaussians, the primitive, not a set named
    Gaussian."""
    found = find("A title\n\nWe devise a scheme enabling a single Gaussian collection to represent both natural and "
                 "exaggerated faces with ZorbGS.")
    assert "Gaussian" not in found and "ZorbGS" in found, found



def test_a_metric_acronym_after_its_number_is_no_name(find) -> None:
    """"(+1.0% in APr)", "46.2 APc on D": the rare- and common-class AP of a detection set, not a set."""
    found = find("A title\n\nZorbDet achieves higher performance (+1.0% in APr) and 46.2 APc on the Quuxdet dataset.")
    assert not {"APr", "APc"} & set(found) and "ZorbDet" in found, found


def test_infrared_bands_are_no_names(find) -> None:
    """"trained on SWIR and LWIR imagery": bands a sensor images in, not data sets or models."""
    found = find("A title\n\nZorbFire achieves 96% classification accuracy on SWIR imagery, and fuses SWIR, MWIR and "
                 "LWIR bands.")
    assert not {"SWIR", "MWIR", "LWIR"} & set(found) and "ZorbFire" in found, found


def test_metric_codes_that_increase_or_label_a_number_are_no_names(find) -> None:
    """"the ZPK-SIM and EMQ-SIM increases from 82.48% to 89.74%", "ZORB-F1 = 0.545", "Zorbdall-τ = 0.096": what
    rises from a number, or what labels one, is a quantity measured; a model still rises from one score to another
    ("Zorbma-2B-Instruct rises from 38.5 to 58.7")."""
    found = find("A title\n\nFor the evaluation metrics, the ZPK-SIM and EMQ-SIM increases from 82.48% to 89.74% on "
                 "the Quuxdet dataset. ZorbGen achieved ZORB-F1 = 0.545 and Zorbdall-τ = 0.096. Zorbma-2B-Instruct "
                 "rises from 38.5 to 58.7 on Quuxdet.")
    assert not {"ZPK-SIM", "EMQ-SIM", "ZORB-F1", "Zorbdall-τ"} & set(found), found
    assert {"ZorbGen", "Zorbma-2B-Instruct"} <= set(found), found


def test_a_lower_case_part_of_a_combination_is_not_a_capitals_entry(shipped_rules) -> None:
    """"DINOv2+reg (0.774)": the model with registers, one name; "reg" is not the REG the lexicon knows (only ever
    written in capitals), so the combination is not split into two known names."""
    found = entities(shipped_rules, "A title\n\nZorbNet outperforms DINOv1 (0.867) and DINOv2+reg (0.774).")
    assert "DINOv2+reg" in found and "reg" not in found and "REG" not in found, found


def test_a_known_models_numbered_release_is_a_model_even_after_on(shipped_rules) -> None:
    """"82.77% clean accuracy on the ResNet-20 with PFC": ResNet-20 is a depth of the known ResNet, a model, however
    "on the" votes for data."""
    found = entities(shipped_rules, "A title\n\nThe recognition method achieves 82.77% clean accuracy and 44.17% "
                                    "adversarial accuracy on the ResNet-20 with PFC.")
    assert found.get("ResNet-20", ("",))[0] == "Model", found


def test_a_metric_word_joined_to_a_prefix_after_its_gain_is_no_name(find) -> None:
    """"improvements of +0.92 in MIoU, +0.87 in ZPrecision and +1.01 in Recall": a metric, not a data set."""
    found = find("A title\n\nZorbSeg outperforms the state-of-the-art with improvements of +0.92 in MIoU, +0.87 in "
                 "ZPrecision and +1.01 in Recall on the Quuxdet dataset.")
    assert "ZPrecision" not in found and "ZorbSeg" in found, found


def test_a_metric_code_a_gain_raises_is_no_name(find) -> None:
    """"improving online ZssA by +2.3 on Quuxdet": the tracking metric the gain raises, not a model."""
    found = find("A title\n\nZorbTrack achieves state-of-the-art performance, improving online ZssA by +2.3 on the "
                 "Quuxdet benchmark, +9.2 on KelpMOT, and +5.0 on MOT20.")
    assert "ZssA" not in found and "ZorbTrack" in found, found


def test_a_titles_action_phrase_that_the_lexicon_kept_is_no_name(shipped_rules) -> None:
    """The shipped lexicon holds "Leveraging CLIP" (three papers' titles): the action is dropped, the name kept."""
    found = entities(shipped_rules, "ZorbDet: Leveraging CLIP Knowledge for Detection\n\nWe propose ZorbDet, "
                                    "a detector.")
    assert "Leveraging CLIP" not in found and "CLIP" in found, found


def test_action_gerunds_open_only_short_phrases() -> None:
    from mlkg.extract.classify import _action_phrase

    assert _action_phrase("Scaling LLM Reasoning") and _action_phrase("Prompting LLMs")
    assert not _action_phrase("Moving MNIST") and not _action_phrase("Scaling")
    assert not _action_phrase("Steering Through Activation Manipulation with PseudoInverse")


def test_a_known_maker_beside_a_benchmark_is_not_added_as_data() -> None:
    """The decider may not add back, as data, a name the shipped lexicon knows as an organization."""
    found = entities(create_nlp(), "A title\n\nWe evaluate ZorbNet on two real-world dialogue systems at ByteDance "
                                   "and the MultiWOZ 2.2 benchmark.")
    assert found.get("ByteDance", ("Organization",))[0] == "Organization", found


def test_a_variant_named_after_a_well_known_set_is_data(shipped_rules) -> None:
    """"on Zorb-KITTI, it improves ...": a hyphened name ending in a set hundreds of papers use is a variant of it."""
    found = entities(shipped_rules, "A title\n\nWe propose QuarkNet. On KITTI it gains 3%; on Zorb-KITTI, it "
                                    "improves accuracy by 5%.")
    assert found["Zorb-KITTI"][0] == "Dataset", found


@pytest.mark.parametrize("text", ["A title\n\nUnlike Anti-KITTI, our QuarkNet protects images.",
                                  ("A title\n\nWe propose Dual-Regime Kinematic Inference Through Temporal Integration "
                                   "(DR-KITTI). DR-KITTI is fast.")])
def test_a_spelled_out_or_opposing_variant_of_a_set_keeps_its_own_type(shipped_rules, text: str) -> None:
    found = entities(shipped_rules, text)
    assert all(kind == "Model" for kind, _ in found.values()), found


def test_a_coined_word_before_a_known_name_and_a_head_opens_the_name(find) -> None:
    found = find("A title\n\nExperiments on the ZorbA MMLU benchmark show that QuarkNet wins.")
    assert "ZorbA MMLU" in found and "MMLU" not in found, found


def test_another_papers_long_form_in_words_for_a_kind_of_method_is_no_name(shipped_rules) -> None:
    """The shipped lexicon holds "Adaptation Framework" as another paper's long form of AAF."""
    found = entities(shipped_rules, "ZorbNet: A Domain Adaptation Framework for Fingerprints\n\nZorbNet resists "
                                    "attacks.")
    assert "Adaptation Framework" not in found and "ZorbNet" in found, found


def test_plain_method_phrases_are_two_plain_words_with_a_method_head() -> None:
    from mlkg.extract.classify import _plain_method_phrase

    assert _plain_method_phrase("Adaptation Framework") and _plain_method_phrase("Fusion Module")
    assert not _plain_method_phrase("Diffusion Policy") and not _plain_method_phrase("ReAct Framework")


@pytest.mark.parametrize("venue", ["LREC-COLING 2026", "SAGT 2019", "ICIP 2025", "EC 2020"])
def test_a_venue_or_a_joint_venue_with_its_year_is_no_name(find, venue: str) -> None:
    """"at LREC-COLING 2026", "(SAGT 2019)": a conference's edition, not a benchmark of that year."""
    found = find(f"A title\n\nThe problem was first studied by Kelp and Zorb ({venue}). We propose ZorbEq.")
    assert venue not in found and "ZorbEq" in found, found


@pytest.mark.parametrize("metric", ["BCubed-F1", "Taxo_F1", "Zorb_mIoU"])
def test_a_word_joined_to_a_metric_is_a_metric_not_a_name(find, metric: str) -> None:
    """"improves BCubed-F1 by 12.37% and Taxo_F1 by 6.48%": scores, not a model and a set."""
    found = find(f"A title\n\nWe propose ZorbEq, which improves {metric} by 12.37% over the baselines.")
    assert metric not in found and "ZorbEq" in found, found


@pytest.mark.parametrize("metric", ["R-Precision", "ZorbScore-F1", "H-Score", "soft-IoU", "Kelp-AUROC", "KQ-AURC",
                                    "Node-chrF"])
def test_a_metric_word_after_a_hyphen_makes_the_name_a_metric(find, metric: str) -> None:
    """"achieving the highest R-Precision", "a judged H-Score on a 1-5 scale": a metric's word after the name's
    last hyphen is a metric, not a model (nor may the decider add it back)."""
    found = find(f"A title\n\nWe propose ZorbEq, which reduces FID by 12.37% while achieving the highest {metric}. "
                 f"We also report {metric} on a 1-5 scale.")
    assert metric not in found and "ZorbEq" in found, found


@pytest.mark.parametrize("field", ["remote sensing", "question answering", "autonomous driving"])
def test_a_field_gerund_between_a_name_and_its_data_head_describes_the_data(nlp, field: str) -> None:
    """"a 3.06 dB PSNR gain on the ZorbHaze1k remote sensing dataset": the field describes the data as an adjective
    would; the name is a dataset."""
    found = entities(nlp, f"A title\n\nWe propose KelpNet. It yields a 3.06 dB PSNR gain on the ZorbHaze1k {field} "
                          "dataset.")
    assert found.get("ZorbHaze1k", ("",))[0] == "Dataset", found


def test_a_cohort_a_name_heads_is_data(nlp) -> None:
    """"patients of the ZORB-SCZ cohort": a clinical cohort is data, named by its head as a dataset is."""
    found = entities(nlp, "A title\n\nWe propose KelpNet. Patients of the ZORB-SCZ cohort were enrolled.")
    assert found.get("ZORB-SCZ", ("",))[0] == "Dataset", found


def test_an_acronym_of_a_qualified_metric_acronym_is_a_metric(nlp) -> None:
    """"97.3% image-level AUROC (I-AUROC) ... 92.6% I-AUROC": a metric's acronym after lower-case qualifiers
    is a metric, not data the numbers are on; a long form in title case may still name a method."""
    found = entities(nlp, "A title\n\nOn CIFAR-10, FooNet reaches 97.3% image-level AUROC (I-AUROC) and 99.6% "
                          "pixel-level AUROC (P-AUROC). On a real-world dataset it attains 92.6% I-AUROC and "
                          "92.5% P-AUROC.")
    assert not {"I-AUROC", "P-AUROC"} & set(found), found


@pytest.mark.parametrize("title", ["Let's ZORBA: Ensembles for Legal Intake", "ZORBA Revisited: Ensembles Again",
                                   "Quill Meets ZORBA: Ensembles for Legal Intake"])
def test_a_title_phrase_around_an_acronym_the_abstract_writes_alone_is_no_name(find, title: str) -> None:
    """"Let's CONFER: ...", "RANSAC Revisited: ...": the abstract calls the thing by the acronym and never writes the
    title's words around it, which are wording, not the name."""
    found = find(f"{title}\n\nWe build the ZORBA classifier for legal issues and test it on 419 queries.")
    assert "ZORBA" in found and not any(" " in name for name in found), found


def test_a_title_name_the_abstract_writes_again_in_another_spelling_is_kept(find) -> None:
    found = find("Quill ZORBA: Ensembles for Legal Intake\n\nWe build Quill-ZORBA, a classifier for legal issues.")
    assert any(name in ("Quill ZORBA", "Quill-ZORBA") for name in found), found


def test_an_acronym_before_a_document_kind_in_a_title_stays_the_papers_name(find) -> None:
    found = find("ZORBA Technical Report: Ensembles for Legal Intake\n\nWe build ZORBA for legal issues.")
    assert found.get("ZORBA", ("", ""))[1] == "introduces", found


def test_a_benchmark_head_joined_to_a_name_outweighs_a_titles_model_words(find) -> None:
    """"SVBench: Evaluation of Video Generation Models ...": the head written into the name says what it is."""
    found = find("ZorbBench: Evaluation of Video Generation Models on Social Reasoning\n\nWe introduce the first "
                 "benchmark for social reasoning in video generation. Using this framework, we study seven systems.")
    assert found["ZorbBench"][0] == "Benchmark", found


@pytest.mark.parametrize("sentence", [
    "ZorbNet reduces average MAE, MSE, and RMSE by 11.5% on the city data.",
    "ZorbNet estimates heart rate with 13.8 bpm MAE from thermal video.",
    "Our best model, ZorbNet, achieves a test MAE of 0.0461 on the held-out stations.",
    "ZorbNet reduces regression MAE by up to 12 points across tasks.",
    "With ZorbNet, TreeBLEU scores increased by 66.67% and MAE decreased by 38%.",
])
def test_mae_written_as_an_error_is_the_metric_not_the_autoencoder(shipped_rules, sentence: str) -> None:
    """The lexicon's MAE is the masked autoencoder; a paper that reports another error metric, or writes a number at
    the name, means the mean absolute error."""
    assert "MAE" not in entities(shipped_rules, f"A title\n\n{sentence}"), sentence


@pytest.mark.parametrize("sentence", [
    "ZorbNet surpasses the recent MAE by 1.1% in classification.",
    "ZorbNet and MAE, the masked autoencoder, reach an RMSE of 0.21 on the stations.",
])
def test_mae_the_model_stays_a_model(shipped_rules, sentence: str) -> None:
    assert entities(shipped_rules, f"A title\n\n{sentence}").get("MAE", ("",))[0] == "Model", sentence


def test_a_tasks_acronym_before_plural_data_heads_names_no_set(find) -> None:
    """"Temporal Action Localization (TAL) datasets, A, B and C": the task's sets each have their own name; the
    acronym of the task is none (as "the Stanford Natural Language Inference (SNLI) corpus" is one)."""
    found = find("A title\n\nWe evaluate on multiple Zorbic Action Localization (ZAL) datasets, QuokkaSet and KelpSet, "
                 "and on the Quill Natural Language Inference (QNLI) corpus.")
    assert "ZAL" not in found and "QNLI" in found, found


def test_the_owner_in_a_broken_link_to_a_code_host_is_no_name(find) -> None:
    """"https: //github.com/QuokLin/ZORB": a space after the scheme splits the link into tokens; the owner and
    repository of its path are no names (the link is still the paper's code)."""
    found = find("ZORB: Kelp Scenes\n\nWe propose ZORB for kelp scenes. The code is available at "
                 "https: //github.com/QuokLin/ZORB.")
    assert "QuokLin" not in found and "ZORB" in found, found


def test_a_long_title_case_name_is_not_cut_before_its_last_word(find) -> None:
    """"a framework called Kelp-Embedded Conditional Neural Zorbic Laws for Quokkan Materials": a run of seven
    capitalised words is one name, not its first six."""
    found = find("ZK-Laws: Fast Laws\n\nWe propose a generalizable framework called Kelp-Embedded Conditional Neural "
                 "Zorbic Laws for Quokkan Materials, which combines equations with neural networks.")
    assert not [n for n in found if n.endswith("Quokkan")], found


def test_a_known_acronym_whose_long_form_is_a_measure_names_no_model(tmp_path) -> None:
    """The corpus typed "ZLL" (= "Zorbic Log-Likelihood") and "QPE" (= "Quill-Point Error") as models; their long
    forms are measures, so they are metrics wherever a paper names them ("KWKV", a model whose long form ends in
    "Value", stays one)."""
    path = tmp_path / "lexicon.jsonl"
    records = [("model:zll", "ZLL", "Zorbic Log-Likelihood"), ("model:qpe", "QPE", "Quill-Point Error"),
               ("model:kwkv", "KWKV", "Kelp Weighted Key Value")]
    path.write_text("".join(json.dumps({"id": i, "name": n, "aliases": [a], "type": "Model", "source": ["test"],
                                        "counts": {"papers": 18, "model_ctx": 5}}) + "\n" for i, n, a in records),
                    encoding="utf-8")
    rules = create_nlp(str(path), decide=False)
    found = entities(rules, "A title\n\nFooNet reduces ZLL and QPE by 10% over KWKV on the test set.")
    assert "ZLL" not in found and "QPE" not in found and "KWKV" in found, found
    # a paper that gives the acronym to its own work names that work with it, at every mention
    found = entities(rules, "A title\n\nIn this paper, we propose ZLL, a prompt-centric evaluation framework. ZLL "
                            "predicts performance.")
    assert found.get("ZLL", ("", ""))[1] == "introduces", found


@pytest.mark.parametrize(("title", "text", "name"), [
    ("Curriculum Selection for High-IPC Dataset Distillation", "We test it under high-IPC settings.", "High-IPC"),
    ("A Study", "The Kelp Dataset Distillation method condenses data.", "Kelp Dataset"),
    ("A Study", "We introduce a Quokka Model Merging recipe for experts.", "Quokka Model"),
])
def test_a_head_noun_that_opens_a_task_name_heads_no_name(find, title: str, text: str, name: str) -> None:
    """"High-IPC Dataset Distillation", "Kelp Dataset Distillation": "Dataset Distillation" is a task the words before
    qualify, so neither the word before nor the word with the head is a dataset."""
    found = find(f"{title}\n\n{text}")
    assert found.get(name, ("", ""))[0] != "Dataset" and name not in {n for n, (t, _) in found.items()
                                                                       if t == "Dataset"}, found


def test_a_group_of_people_defined_with_its_acronym_is_no_name(find) -> None:
    """"with a focus on Vulnerable Road Users (VRUs)", "Zorbic Healthy Controls (ZHC)": who the data is about, not a
    model or a dataset."""
    from mlkg.extract.classify import long_form_of_no_artifact

    assert long_form_of_no_artifact("Vulnerable Road Users") and not long_form_of_no_artifact("Vulnerable Road Network")
    found = find("A title\n\nWe release KelpSet with a focus on Vulnerable Road Users (VRUs), and compare Zorbic "
                 "Healthy Controls (ZHC) with patients.")
    assert not {"VRUs", "VRU", "ZHC"} & set(found), found


@pytest.mark.parametrize(("title", "kept"), [
    ("R-Kelp: A LiDAR-Visual-Thermal Dataset for Roadside Perception", None),
    ("Zorb: The Zorb-Dialogue+ Corpus of Speech", "Zorb-Dialogue+"),
])
def test_a_capitalised_compound_opening_a_subtitle_describes_the_title_name(find, title: str,
                                                                            kept: str | None) -> None:
    """"R-Kelp: A LiDAR-Visual-Thermal Dataset": the subtitle's words say what R-Kelp is; they name nothing (a name
    written there with a mark of its own, "Zorb-Dialogue+", stays a candidate)."""
    found = find(f"{title}\n\nWe present R-Kelp and Zorb-Dialogue+, the first of their kind.")
    assert "LiDAR-Visual-Thermal" not in found, found
    if kept:
        assert kept in found, found


def test_known_names_the_shape_rules_leave_out_or_mistype_come_from_the_lexicon(shipped_rules) -> None:
    """"frozen ESM-2 (650M) protein embeddings": a three-letter name with a release number, which the shape rules
    leave out (as they leave out DSM-5 and GLP-1), is known to the shipped lexicon; FairMOT is a tracker."""
    found = entities(shipped_rules, "A title\n\nWe use frozen ESM-2 (650M) protein embeddings, the RGB-D input and "
                                    "the FairMOT tracker on PDBbind and CASF-2016.")
    assert found.get("ESM-2", ("",))[0] == "Model" and "RGB-D" not in found, found
    assert found.get("FairMOT", ("",))[0] == "Model" and found.get("PDBbind", ("",))[0] == "Dataset", found


def test_scans_of_a_modality_defined_with_an_acronym_name_no_artifact(find) -> None:
    """"into synthetic CTs (sCTs)": scans the method makes, not a dataset; "Oxford-IIIT Pets" is no scan."""
    from mlkg.extract.classify import long_form_of_no_artifact

    assert long_form_of_no_artifact("synthetic CTs") and not long_form_of_no_artifact("Oxford-IIIT Pets")
    found = find("A title\n\nZorbNet turns MRIs into synthetic CTs (sCTs). With our data, sCTs achieved 99% "
                 "structural similarity.")
    assert "sCTs" not in found and "sCT" not in found, found


def test_a_data_head_after_a_name_overrules_a_measure_another_paper_spelled(shipped_rules) -> None:
    """The shipped lexicon's SEED is one paper's "Scalable Expression Edit Distance", a measure; "the SEED dataset" and
    "SEED and SEED-IV datasets" are the EEG data (a bare "SEED score" stays a measure)."""
    found = entities(shipped_rules, "A title\n\nExperiments on SEED and SEED-IV datasets show high accuracies.")
    assert found.get("SEED", ("",))[0] == "Dataset", found
    found = entities(shipped_rules, "A title\n\nZorbNet lowers the SEED score of every model.")
    assert "SEED" not in found, found


@pytest.mark.parametrize("verb", ["achieves", "achieved"])
def test_a_name_that_opens_a_clause_and_scores_is_a_model_in_either_tense(find, verb: str) -> None:
    """"In our study, KelpBank achieved an accuracy of 91.2%": the name that scores is a model, though its shape
    ("-Bank") reads like data; the past tense says so as the present does."""
    found = find(f"A title\n\nIn our study, KelpBank {verb} an accuracy of 91.2% on ImageNet.")
    assert found["KelpBank"][0] == "Model", found


@pytest.mark.parametrize("text", ["$200-500/month", "<=10/minute", "$50-100/month"])
def test_a_rate_per_unit_is_no_name(find, text: str) -> None:
    """"charge $200-500/month per store", "calls bounded to <=10/minute": prices and rates, not models."""
    found = find(f"A title\n\nExisting systems cost {text} per store, unlike ZorbNet.")
    assert set(found) == {"ZorbNet"}, found


def test_a_quality_defined_with_its_acronym_names_no_artifact(find) -> None:
    """"agents exhibit Blind Goal-Directedness (BGD)": a behaviour the paper measures, not a model."""
    from mlkg.extract.classify import long_form_of_no_artifact

    assert long_form_of_no_artifact("Blind Goal-Directedness") and not long_form_of_no_artifact("Blind Goal Network")
    assert not long_form_of_no_artifact("Bandit-Routed Agentic Harness")
    found = find("A title\n\nWe show that agents exhibit Blind Goal-Directedness (BGD), with high BGD rates on "
                 "ImageNet.")
    assert "BGD" not in found, found


def test_a_rate_written_as_one_camel_case_word_is_a_metric(find) -> None:
    """"the best PassRate reaches only 41.2%": a rate, not a model."""
    found = find("A title\n\nAcross all pairings, the best PassRate reaches only 41.2% on ImageNet, and the "
                 "SuccessRates of ZorbNet stay low.")
    assert not {"PassRate", "SuccessRates", "SuccessRate"} & set(found), found


def test_a_word_size_tier_after_a_coined_name_makes_a_model(shipped_rules) -> None:
    """"On ZorbViT-MAE-Huge, ToaSt achieves 88.52%": a model at its "Huge" size, not the data the number is on (to
    the rules; the decider weighs it again)."""
    found = entities(shipped_rules, "A title\n\nOn ZorbViT-MAE-Huge, QuillPrune achieves 88.52% accuracy with 39.4% "
                                    "fewer FLOPs.")
    assert found.get("ZorbViT-MAE-Huge", ("",))[0] == "Model", found


@pytest.mark.parametrize("text", ["1.6*GPU", "2×H100"])
def test_a_multiple_of_a_unit_is_no_name(find, text: str) -> None:
    """"1.6*GPU utilization for rollout", "on 2×H100 nodes": how much of a unit, not a model."""
    found = find(f"A title\n\nZorbNet reaches {text} utilization for rollout.")
    assert set(found) == {"ZorbNet"}, found


@pytest.mark.parametrize("span", ["April-May 2026", "Jan-Feb 2024", "Sept–Oct"])
def test_a_span_of_months_is_no_name(find, span: str) -> None:
    """"screened in April-May 2026": a date range, not a benchmark."""
    found = find(f"A title\n\nZorbTTS was screened in {span} on ImageNet.")
    assert not any(w in name for name in found for w in ("April", "Jan", "Sept")), found


def test_a_rate_is_no_artifact(find) -> None:
    """"high MACs per second (MACpS)", "bits per character (BPC)": a rate's acronym, not a model the paper
    introduces (a name per task, "One Kelp per Task", is no rate)."""
    assert long_form_of_no_artifact("MACs per second") and long_form_of_no_artifact("Bits Per Character")
    assert not long_form_of_no_artifact("One Kelp per Task")
    found = find("A title\n\nZorbBone balances operations (MACs) and execution by having high MACs per second "
                 "(MACpS). ZorbBone reaches 80% on ImageNet.")
    assert "MACpS" not in found and "ZorbBone" in found, found


def test_mri_sequences_are_no_models(find) -> None:
    """"four MRI contrasts (T1w, T2w, FLAIR, T1ce)", "post-contrast T1WI": sequences a scanner records, like the
    modalities CT and PET, not models."""
    found = find("A title\n\nAcross four MRI contrasts (T1w, T2w, FLAIR, T1ce), ZorbNet segments tumours. "
                 "Non-contrast T1WI served as input, with enhancement derived from post-contrast T1WI and T1-Gd MRI. "
                 "README files describe the data.")
    assert not {"T1w", "T2w", "FLAIR", "T1ce", "T1WI", "T1-Gd", "README"} & set(found) and "ZorbNet" in found, found


def test_the_shipped_lexicon_types_sensing_modalities_generic() -> None:
    """"a LiDAR-based detection system": the sensor, as radar is; FLAIR is an MRI sequence."""
    from mlkg.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert all(lexicon.lookup(name).type == "Generic" for name in ("LiDAR", "FLAIR"))


def test_a_class_acronym_one_lower_case_letter_opens_is_no_name(find) -> None:
    """"Vision-Language Models (vLLMs) ... in vLLMs": a class of models a letter qualifies, not a model (whose letters
    do not spell its long form, so no definition says so); a coined plural ("QuillVAEs") is still its model."""
    found = find("A title\n\nVision-Language Models (vLLMs) have emerged as powerful architectures. This challenge is "
                 "exacerbated in vLLMs. Applied to vLLMs, ZorbAT exploits sparsity. QuillVAEs generate molecules.")
    assert not {"vLLMs", "vLLM"} & set(found) and {"ZorbAT", "QuillVAE"} <= set(found), found


def test_a_split_in_brackets_after_a_known_set_is_no_name(find) -> None:
    """"97.5% acc. on ScanObjectNN (PB_50_RS) and 96.2% on ModelNet40": the known set's split, not a model (whose
    number the next claim would then take); a short name a head noun follows ("the Data Fusion Contest (DFC2018)
    dataset") is the set's own."""
    found = find("A title\n\nZorbST reaches 97.5% acc. on ImageNet (PB_50_RS) and 96.2% on CIFAR-10. We also test "
                 "it on the ImageNet (IN2018) dataset.")
    assert "PB_50_RS" not in found and "ZorbST" in found and "IN2018" in found, found


def test_a_hub_checkpoint_is_one_model_named_whole(find) -> None:
    """"the VideoMAE variant (MCG-NJU/videomae-base-finetuned-kinetics)", "based on PKOBP/polish-roberta-8k": a hub
    checkpoint, a model named whole (as the gold names it), not its owner alone nor its path a set by its size."""
    found = find("A title\n\nThe ZorbMAE variant (QRX-ZJU/zorbmae-base-finetuned-kinetics) achieved 95.5% on ImageNet. "
                 "KelpGuard is based on QKOBP/kelp-roberta-8k.")
    assert found.get("QRX-ZJU/zorbmae-base-finetuned-kinetics", (None,))[0] == "Model", found
    assert found.get("QKOBP/kelp-roberta-8k", (None,))[0] == "Model", found
    assert not {"QRX-ZJU", "QKOBP", "kelp-roberta-8k"} & set(found), found


def test_a_low_mae_with_its_number_in_a_bracket_is_the_error(shipped_rules) -> None:
    """"a high correlation (0.956) and low MAE (0.025±0.019)": the error metric, its number in the bracket after it
    (not the masked autoencoder)."""
    found = entities(shipped_rules, "A title\n\nZorbSeg reaches a high correlation (0.956) and low MAE "
                                    "(0.025\u00b10.019) compared with real Dice scores.")
    assert "MAE" not in found and "ZorbSeg" in found, found



def test_a_person_and_a_licence_are_no_models(find) -> None:
    """"a project led by Professor Charlie Goldenberg", "licensed under CC BY 4.0": a person and a licence."""
    found = find("A title\n\nThis paper presents findings from the Kelp Practicum Project, led by Professor Quill "
                 "Zorbenberg, which benchmarks ZorbChat. The data is licensed under CC BY 4.0 and the code under "
                 "CC BY-NC-SA 4.0.")
    assert not {"Professor Quill Zorbenberg", "BY 4.0", "CC BY 4.0", "BY-NC-SA 4.0"} & set(found), found
    assert "ZorbChat" in found, found


def test_a_measure_written_as_one_hyphened_word_is_no_artifact(find) -> None:
    """"16.8 mm per-vertex-error (PVE) on SURREAL": a measure's acronym, not a model (nor the claims' owner)."""
    assert long_form_of_no_artifact("per-vertex-error") and not long_form_of_no_artifact("Kelp-Vertex-Net")
    found = find("A title\n\nZorbMesh achieves 16.8 mm per-vertex-error (PVE) on ImageNet and 70.9 PVE on CIFAR-10.")
    assert "PVE" not in found and "ZorbMesh" in found, found


def test_a_quality_spelled_out_in_lower_case_is_no_artifact() -> None:
    """"image quality (IQ)": a quality an evaluation measures; "a mask kelp consistency (MKC) loss" is the paper's."""
    assert long_form_of_no_artifact("image quality") and long_form_of_no_artifact("text adherence")
    assert not long_form_of_no_artifact("mask kelp consistency") and not long_form_of_no_artifact("Kelp Quality")


def test_a_rate_written_as_one_hyphened_word_is_no_artifact(find) -> None:
    """"optimal kelp-per-output-token (KPOT). ZorbSpade delivers over 20% reduction on KPOT": a rate, not a set."""
    assert long_form_of_no_artifact("kelp-per-output-token")
    found = find("A title\n\nZorbSpade achieves optimal kelp-per-output-token (KPOT). Specifically, ZorbSpade delivers "
                 "over 20% reduction on KPOT compared to Quest.")
    assert "KPOT" not in found and "ZorbSpade" in found, found


def test_the_shipped_lexicon_knows_tpot_as_a_measure() -> None:
    """"20% reduction on TPOT": time per output token, a serving measure like TTFT."""
    from mlkg.extract.lexicon import load_lexicon

    entry = load_lexicon().lookup("TPOT")
    assert entry is not None and entry.type == "Generic"


def test_the_shipped_lexicon_knows_ff_plus_plus_as_faceforensics() -> None:
    """"99.96% AUC on FF++ low compression" in a paper that also writes FaceForensics++: one set."""
    from mlkg.extract.lexicon import load_lexicon

    entry = load_lexicon().lookup("FF++")
    assert entry is not None and entry.name == "FaceForensics++" and entry.type == "Dataset"


@pytest.mark.parametrize("name", ["CLIP-T", "CLIP-I", "DINO-I", "IDE", "SVG"])
def test_the_shipped_lexicon_knows_metrics_and_tools_as_no_models(name: str) -> None:
    """Personalisation papers' similarity metrics (CLIP-T, CLIP-I, DINO-I), a coding IDE and the SVG format are no
    models or sets."""
    from mlkg.extract.lexicon import load_lexicon

    entry = load_lexicon().lookup(name)
    assert entry is not None and entry.type == "Generic", entry


@pytest.mark.parametrize("name", ["DistilGPT2", "FinGPT", "MetaGPT", "ShieldGemma", "TranslateGemma", "FlexiBERT"])
def test_the_shipped_lexicon_knows_models_named_after_their_family(name: str) -> None:
    """"models of various architectures: DistilGPT2, GPT-2 (base, medium), Phi-2": a model, whatever the corpus counts
    typed it."""
    from mlkg.extract.lexicon import load_lexicon

    entry = load_lexicon().lookup(name)
    assert entry is not None and entry.type == "Model", entry


def test_the_shipped_lexicon_knows_foggy_cityscapes_as_a_set_of_its_own() -> None:
    """"53.1 mAP on Foggy Cityscapes": the fog-rendered set, not Cityscapes after an adjective."""
    from mlkg.extract.lexicon import load_lexicon

    entry = load_lexicon().lookup("Foggy Cityscapes")
    assert entry is not None and entry.name == "Foggy Cityscapes" and entry.type == "Dataset", entry


def test_the_shipped_lexicon_knows_nq_as_natural_questions() -> None:
    """"an EM of 62.7% on NQ": Natural Questions, as QA papers write it."""
    from mlkg.extract.lexicon import load_lexicon

    entry = load_lexicon().lookup("NQ")
    assert entry is not None and entry.name == "Natural Questions" and entry.type == "Dataset"


def test_the_shipped_lexicon_knows_device_makers_as_organizations() -> None:
    """"on-device generation on MediaTek phones": the chip maker, not a model; Samsung, Huawei and Xiaomi too."""
    from mlkg.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert all(lexicon.lookup(name).type == "Organization" for name in ("MediaTek", "Samsung", "Huawei", "Xiaomi"))


def test_modality_pairs_and_standards_are_no_names(find) -> None:
    """"RGB+Thermal, RGB+Depth and RGB+Event tracking": the modalities a tracker takes; "ISO/IEC 42001": a standard."""
    found = find("A title\n\nZorbTrack handles RGB+Thermal, RGB+Depth and RGB+Event tracking and follows ISO/IEC 42001.")
    assert not {"RGB+Thermal", "RGB+Depth", "RGB+Event", "ISO/IEC 42001"} & set(found) and "ZorbTrack" in found, found


def test_acronyms_of_counted_measures_are_no_names(find) -> None:
    """"average number of questions per image with the same answer (ANQA)", later "ANQA by 85.1": a measure the
    paper defines (its long form counts things), not a benchmark."""
    found = find("A title\n\nWe propose three diversity metrics - average number of items per clip (ANIC), average "
                 "number of frames per clip with the same label (ANFL), and average number of open-ended prompts per "
                 "clip with the same outcome (ANPO). All three improved on CIFAR-10: ANIC by 86.1, ANFL by 85.1, and "
                 "ANPO by 46.")
    assert not {"ANIC", "ANFL", "ANPO"} & set(found), found
    assert "CIFAR-10" in found


@pytest.mark.parametrize("title", [
    "QuarkSQL: Synergizing Database Probing and Rule-based Verification for Text-to-SQL Agents",
    "QuarkSQL: Dataset Distillation for Text-to-SQL Agents"])
def test_a_subtitle_head_word_before_an_action_noun_only_qualifies_it(find, title: str) -> None:
    """"PV-SQL: Synergizing Database Probing ...": the framework probes databases; it is no dataset."""
    found = find(f"{title}\n\nWe present QuarkSQL, an agentic framework that addresses these failures through two "
                 "complementary components: Probe and Verify. Experiments on the CIFAR-10 benchmarks show that QuarkSQL "
                 "outperforms the best text-to-SQL baseline by 5% in execution accuracy.")
    assert found.get("QuarkSQL", ("?",))[0] == "Model", found


def test_a_subtitle_model_comparison_leaves_the_benchmark_a_benchmark(find) -> None:
    """"Swiss-Bench SBP-002: A Frontier Model Comparison on ...": "Model" qualifies "Comparison"."""
    found = find("Quokka-Bench QB-002: A Frontier Model Comparison on Legal Tasks\n\nWe introduce Quokka-Bench QB-002, "
                 "a trilingual benchmark of 395 expert-crafted items, and evaluate ten frontier models on it.")
    assert found.get("Quokka-Bench QB-002", ("?",))[0] == "Benchmark", found


def test_a_name_qualifying_the_task_a_score_is_in_is_no_data(find) -> None:
    """"an F1-score of 84.2% in TRIZ contradiction pair identification": TRIZ names the field of the task; the
    paper's data is PaTRIZ."""
    found = find("A title\n\nExperiments on the QuokkaPat dataset show that FooNet outperforms baselines. FooNet "
                 "achieves an F1-score of 84.2% in ZORBIX contradiction pair identification.")
    assert found.get("ZORBIX", ("-",))[0] != "Dataset", found


def test_ordinals_written_with_a_caret_are_no_names(find) -> None:
    """"images from digitized historical newspapers from the 19^th to 20^th century"."""
    found = find("A title\n\nWe collect 2.2k images from digitized newspapers from the 19^th to 20^th century, in the "
                 "style of the CIFAR-10 dataset.")
    assert not {"19^th", "20^th"} & set(found), found


def test_a_pair_of_defined_acronyms_is_no_name(find) -> None:
    """"pairwise rankings based on LR-HR consistency" after "low-resolution (LR)" and "high-resolution (HR)"."""
    found = find("A title\n\nWe propose QuarkSR, a low-resolution (LR) reference-aware reward model. QuarkSR assesses "
                 "high-resolution (HR) reconstructions, with pairwise rankings based on LR-HR consistency.")
    assert "LR-HR" not in found and "QuarkSR" in found, found


def test_a_subtitle_of_an_action_on_a_kind_of_data_is_no_type(find) -> None:
    """"RoomPilot: Controllable Synthesis of Interactive Indoor Environments": it synthesises environments, it is
    none; the text's "a unified framework" says what it is."""
    found = find("QuarkPilot: Controllable Synthesis of Interactive Indoor Environments via Semantic Parsing\n\nWe "
                 "introduce QuarkPilot, a unified framework that parses diverse inputs into scenes.")
    assert found.get("QuarkPilot", ("?",))[0] == "Model", found


def test_a_capitalised_piece_of_a_coined_names_expansion_is_no_name(find) -> None:
    """"we propose QOULE, a method that gives Quick, OUtlier-free Local Explanations": "OUtlier" capitalises the
    letters of the coined name before it, as does "REgion" in "GlareEdit ... a REgion-aware model" (the paper writes
    "region" too); a name of that shape near an unrelated acronym is still a name ("QAlign, a strategy ... for VQA")."""
    found = find("A title\n\nWe propose QOULE, a method that gives Quick, OUtlier-free Local Explanations of failures.")
    assert "OUtlier" not in found, found
    found = find("A title\n\nWe propose GlareEdit, a Fine-grained editing framework that exploits a REgion-aware "
                 "model. We add region tokens to the encoder.")
    assert "REgion" not in found, found
    found = find("A title\n\nWe propose QAlign, a strategy that aligns questions with answers for VQA.")
    assert "QAlign" in found, found


def test_an_acronym_of_a_government_body_is_no_model(find) -> None:
    """"Attorneys at the U.S. Department of Labor (DOL) enumerated the requirements": the acronym names an
    authority (as "the Food and Drug Administration (FDA)" does), no model or data."""
    found = find("A title\n\nAttorneys at the U.S. Department of Labor (DOL) enumerated the requirements. The Food "
                 "and Drug Administration (FDA) approved ZorbNet.")
    assert "DOL" not in found and "FDA" not in found, found


@pytest.mark.parametrize("number", ["3.4e^2", "1e-4", "2.5E3"])
def test_a_number_in_e_notation_is_no_name(number: str) -> None:
    """"decreasing the perplexity from 3.4e^2 ... to 1.2e^2" (TeX's "3.4$\\text{e}^2$" as text): a number."""
    assert non_entity(number)


@pytest.mark.parametrize("code", ["PCLD", "SubER"])
def test_what_a_gain_is_in_is_a_metric_not_a_set(find, code: str) -> None:
    """"(at least 0.16 gain in PCLD)", "a 15% improvement in SubER": an unknown code a gain is in is its metric."""
    found = find(f"ZorbSync: Talking Faces\n\nZorbSync beats prior methods (at least 0.16 gain in {code}) on lip-sync.")
    assert code not in found, found


@pytest.mark.parametrize("word", ["YES", "NO", "TBD", "JOIN", "UNION", "AGGREGATION", "COUNT", "OpenCV"])
def test_answer_labels_and_query_operators_in_capitals_are_no_names(word: str) -> None:
    """"a model that predicts YES, NO, or TBD", "two relational operators: JOIN ... and UNION": outputs and keywords."""
    assert non_entity(word)


def test_a_formulas_tex_left_in_the_text_is_no_name() -> None:
    """"(μ+ μ_{(2)})\\log(P )/μ^2": what is left of a TeX formula is no name."""
    assert non_entity("μ_{(2)})\\log(P")


def test_words_capitalised_to_spell_a_lower_case_coined_name_are_no_names(find) -> None:
    """"the wave index, an Attention-aWare VEctor index": capitals that spell "wave", in ordinary words."""
    found = find("ZorbInfer: Long Contexts\n\nZorbInfer treats the cache as a vector store. At its core is the wave "
                 "index, an Attention-aWare VEctor index that finds the critical tokens.")
    assert "VEctor" not in found and "Attention-aWare" not in found, found


@pytest.mark.parametrize("text", ["TC^0", "NC^1", "ΔdCor", "ESTJ", "INFP", "CS--US", "OBJ-BG", "PB-T50-RS"])
def test_notation_and_splits_written_like_names_are_none(text: str) -> None:
    """A complexity class ("TC^0"), a change in a measure ("ΔdCor"), a personality type ("ESTJ"), a pair set apart
    by a dash ("CS--US"), ScanObjectNN's variants ("OBJ-BG"): no artifacts (but "KT^2" may be a name)."""
    assert non_entity(text)
    assert not non_entity("KT^2")



def test_tasks_in_capitals_that_experiments_run_on_are_no_sets(find) -> None:
    """"Extensive experiments on Image Classification, Object Detection, Instance Segmentation, and Semantic
    Segmentation": a list of tasks written in capitals, not of datasets (a named set in such a list stays one)."""
    found = find("A title\n\nExtensive experiments on Image Classification, Object Detection, Instance Segmentation, "
                 "and Semantic Segmentation demonstrate that ZorbNet performs well.")
    assert not {"Image Classification", "Object Detection", "Instance Segmentation"} & set(found), found
    found = find("A title\n\nExtensive experiments on Kelp Classification, Quokka Bench and Marro Corpus show that "
                 "ZorbNet performs well.")
    assert "Quokka Bench" in found, found


def test_a_name_the_paper_calls_a_task_is_no_artifact(find) -> None:
    """"We introduce Talking Characters, a more realistic task to generate ...": the apposition says it is a task
    (not "ZorbBench, a benchmark for the task of grounding")."""
    found = find("A title\n\nWe introduce Kelping Quokkas, a more realistic task to generate animations. We propose "
                 "ZorbNet for it.")
    assert "Kelping Quokkas" not in found and "ZorbNet" in found, found
    found = find("A title\n\nWe introduce ZorbBench, a benchmark for the task of grounding.")
    assert "ZorbBench" in found, found


def test_a_vocabulary_word_that_qualifies_what_the_paper_proposes_is_no_name(find) -> None:
    """"we propose an FPGA (Field-Programmable Gate Array) implementation of ...": the hardware qualifies what is
    proposed, everywhere the paper writes it (a vocabulary word proposed by name stays: "We propose MLP, a new
    model")."""
    found = find("ZorbTrack: Tracking on a SoC FPGA\n\nIn this paper, we propose an FPGA (Field-Programmable Gate "
                 "Array) implementation of an embedded tracker. The FPGA runs at 30 FPS.")
    assert "FPGA" not in found, found
    found = find("A title\n\nWe propose MLP, a new model. MLP beats ZorbNet.")
    assert "MLP" in found, found


def test_a_treatments_acronym_is_no_model(find) -> None:
    """"patients undergoing neoadjuvant chemotherapy (NACT)": a treatment, what the data is about, whatever sentence
    of the paper's proposal it is defined in."""
    found = find("A title\n\nHere, we propose to learn trajectories to predict the response of patients undergoing "
                 "kelp chemotherapy (KCT). ZorbNet does it.")
    assert "KCT" not in found and "ZorbNet" in found, found


def test_number_formats_and_powers_are_no_names(find) -> None:
    """"Low-precision formats such as float8", "from O(n · 2^k) to O(n + k)": a number format and a power."""
    found = find("A title\n\nLow-precision formats such as float8 and bfloat16 speed up ZorbNet, which reduces the "
                 "cost from O(n · 2^k) to O(n + k).")
    assert not {"float8", "bfloat16", "2^k"} & set(found) and "ZorbNet" in found, found


def test_scene_graph_protocols_are_no_sets(find) -> None:
    """"in mR@50 for PredCls, SGCls, and SGDet tasks on the VG-C dataset": the three protocols of scene graph
    generation, not sets."""
    found = find("A title\n\nZorbNet improves mR@50 for PredCls, SGCls, and SGDet tasks on the Kelp-C dataset.")
    assert not {"PredCls", "SGCls", "SGDet"} & set(found) and "Kelp-C" in found, found


def test_a_name_after_a_phrase_that_ends_at_a_data_head_is_the_subject(find) -> None:
    """"On this real-world dataset ViFusionTST reaches an accuracy of 0.885": the opening phrase ends at its head
    without a comma; the name after it is the sentence's subject, not the set's name ("the dataset QuokkaSet
    contains ..." still names it)."""
    found = find("A title\n\nWe introduce ZorbFusion, a dual-stream network. On this real-world dataset ZorbFusion "
                 "reaches an accuracy of 0.885.")
    assert found["ZorbFusion"][0] == "Model", found
    found = find("A title\n\nWe collect a new dataset KelpScenes with 5,000 images.")
    assert found["KelpScenes"][0] == "Dataset", found


def test_an_optimisation_formulation_is_no_model(find) -> None:
    """"reformulated as a quadratic unconstrained binary optimization (QUBO) model": a problem's form."""
    found = find("A title\n\nThe problem is reformulated as a quadratic unconstrained binary optimization (QUBO) model "
                 "and solved by ZorbNet.")
    assert "QUBO" not in found and "ZorbNet" in found, found


def test_stages_and_sensors_joined_by_a_plus_and_math_are_no_names(find) -> None:
    """"on DVS+Radar data", "scales as αn^-1 over 2024Q1-Q4, with L+1 layers": sensors joined, a power, a year's
    quarters and an index."""
    found = find("A title\n\nWe train ZorbNet on DVS+Radar data. The bound scales as αn^-1 over 2024Q1-Q4, with L+1 "
                 "layers.")
    assert not {"DVS+Radar", "αn^-1", "2024Q1-Q4", "L+1"} & set(found) and "ZorbNet" in found, found


def test_models_from_a_company_do_not_make_it_the_papers_affiliation() -> None:
    """"We evaluate ten widely used models from OpenAI, Meta, and Google": the makers are mentioned; "we at Google"
    is where the paper comes from. A short name written otherwise ("M-ETA scores") is no organization."""
    found = entities(create_nlp(), "A title\n\nWe evaluate ten widely used models from OpenAI, Meta, and Google. We "
                                   "at Amazon propose ZorbNet, improving COMET and M-ETA (entity preservation) scores.")
    assert {k: v[1] for k, v in found.items() if v[0] == "Organization"} == {
        "OpenAI": "mentions", "Meta": "mentions", "Google": "mentions", "Amazon": "affiliation"}, found


def test_a_video_platform_is_no_set(find) -> None:
    """"On our collected dataset of TikTok live stream frames": the platform the data comes from, no set."""
    found = find("A title\n\nOn our collected dataset of TikTok live stream frames, ZorbNet achieves an accuracy of "
                 "0.913.")
    assert "TikTok" not in found and "ZorbNet" in found, found
    found = find("A title\n\nWe complement existing benchmarks such as the TikTok dataset. We also label 4,500 TikTok "
                 "comments.")
    assert found["TikTok"][0] == "Dataset", found  # (a set named after the platform)


def test_the_code_a_margin_or_a_change_is_in_is_a_metric(find) -> None:
    """"outperforms state-of-the-art methods by 5% in APLS", "lowers VTSR by 29-38 percentage points": what the
    margin is in, and what a change moves, are metrics."""
    found = find("A title\n\nZorbMap outperforms state-of-the-art methods by 5% in QPLS. Harness verbosity lowers "
                 "KTSR by 29-38 percentage points.")
    assert not {"QPLS", "KTSR"} & set(found) and "ZorbMap" in found, found


def test_a_vocabulary_word_hyphened_to_an_adjective_of_what_is_proposed_is_no_name(find) -> None:
    """"we propose an ACID-compliant agent system framework that reinterprets the classical ACID properties": the
    database properties qualify what is proposed; they are not its name. Nor is the compound itself ("released as a
    Croissant-compliant dataset": an adjective, what the release conforms to)."""
    found = find("A title\n\nWe propose an ACID-compliant agent system framework that reinterprets the classical ACID "
                 "properties. ZorbNet helps, and we release it as a Croissant-compliant dataset.")
    assert not {"ACID", "Croissant-compliant"} & set(found) and "ZorbNet" in found, found


def test_generic_acronyms_of_volumes_disorders_and_metrics_are_no_names(find) -> None:
    """"TSDF volumes", "depression, PTSD, and anxiety", "higher spBLEU": a representation, a disorder and a metric
    (not "RF", which names Rectified Flow as well as a receptive field)."""
    found = find("A title\n\nZorbNet fuses TSDF volumes and classifies depression, PTSD, and anxiety, with higher "
                 "spBLEU than before.")
    assert not {"TSDF", "PTSD", "spBLEU"} & set(found) and "ZorbNet" in found, found


def test_a_datasets_language_versions_stay_data_and_script_codes_are_no_names() -> None:
    """"translating the English version of Multi30k (Multi30k-En) ... into Ar, Es, Uk, Zh_Hans and Zh_Hant ... the
    previous Multi30k extensions ArEnMulti30k and Multi30k-Uk": the versions of a set the rules keep as data stay data
    whatever the decider reads in each one's context; a language written in a script is no name."""
    found = entities(create_nlp(), "ZorbScript30k: Extending Zorb30k\n\nZorb30k is cited in the multimodal machine "
                     "translation literature. However, it is limited to four languages. To address these issues, we "
                     "propose ZorbScript30k, a new Zorb30k dataset extension for global languages in various scripts, "
                     "created by translating the English version of Zorb30k (Zorb30k-En) using NLLB200-3.3B. The "
                     "dataset provides translations of all sentences in Zorb30k-En into Ar, Es, Uk, Zh_Hans and "
                     "Zh_Hant. Similarity analysis shows that the extension is comparable to the previous Zorb30k "
                     "extensions ArZorb30k and Zorb30k-Uk. ArZorb30k scores nearly equal ZorbScript30k-Ar.")
    assert {found[n][0] for n in ("Zorb30k-En", "Zorb30k-Uk", "ZorbScript30k-Ar")} == {"Dataset"}, found
    assert not {"Zh_Hans", "Zh_Hant"} & set(found), found


def test_spaces_groups_image_formats_and_band_pairs_are_no_names(find) -> None:
    """"onto the sphere S^d-1", "SE(3) equivariant", "JPEG 2000, AVIF and WebP", "VIS-THERMAL pairs", "ELF
    binaries": a space, a group, image and file formats and a pair of sensing bands."""
    found = find("A title\n\nZorbNet maps points onto the sphere S^d-1 and is SE(3) equivariant. We compress faces "
                 "with JPEG 2000, AVIF and WebP and test VIS-THERMAL pairs and ELF binaries.")
    assert set(found) == {"ZorbNet"}, found


def test_a_code_with_a_subscript_after_a_signed_gain_is_a_metric(find) -> None:
    """"ZorbHR achieves +3.8 in DET_l, +5.4 in TOP_ll on subset_A": the topology metrics the gains are in."""
    found = find("A title\n\nCompared with previous best results, ZorbHR achieves +3.8 in DET_l, +5.4 in TOP_ll on "
                 "subset_A and +11.0 in DET_l, +7.9 in TOP_ll on subset_B of OpenLane-V2.")
    assert not {"DET_l", "TOP_ll"} & set(found) and "ZorbHR" in found, found


def test_a_known_models_variant_bracketed_after_a_number_is_a_model() -> None:
    """"ANX reduces tokens by 47.3% (Qwen3.5-plus) and 55.6% (GPT-4o)": a name in brackets after a score is most
    often the data it is on, but a variant of a known model (Qwen3.5) is the model it was run with."""
    found = entities(create_nlp(), "A title\n\nForm-filling experiments with Qwen3.5-plus/GPT-4o show ZorbNet reduces "
                                   "tokens by 47.3% (Qwen3.5-plus) and 55.6% (GPT-4o) vs MCP-based skills, 57.1% "
                                   "(Qwen3.5-plus) and 66.3% (GPT-4o) vs GUI automation.")
    assert found["Qwen3.5-plus"][0] == "Model", found


def test_a_noun_phrase_after_a_sets_comma_that_opens_a_clause_is_no_appositive() -> None:
    """"on ALFWorld, an RL-only agent improves from 5.97 to 93.28": the agent is the next clause's subject, it does
    not say what the benchmark is (ALFWorld is a known benchmark, shipped lexicon)."""
    found = entities(create_nlp(), "ZorbBench: agents\n\nWe introduce ZorbBench, a benchmark for evaluating agents. "
                                   "We find that agents achieve striking gains -- on ALFWorld, an RL-only agent "
                                   "improves from 5.97 to 93.28 via SFT warm-up.")
    assert found["ALFWorld"][0] == "Benchmark", found


def test_graph_serialisations_and_sequence_files_are_formats() -> None:
    """"We export the graph as JSON-LD and Turtle", "Sequences come as FASTA files": file formats, no artifacts."""
    found = entities(create_nlp(), "ZorbKG\n\nWe export the graph as JSON-LD and Turtle and query it with SPARQL. "
                                   "Sequences come as FASTA files. We propose ZorbKG, a knowledge graph builder.")
    assert not {"JSON-LD", "Turtle", "SPARQL", "FASTA"} & set(found) and "ZorbKG" in found, found


@pytest.mark.parametrize("result", ["invariance principle", "inequality", "theorem", "law"])
def test_a_name_whose_result_a_possessive_names_is_a_person(find, result: str) -> None:
    """"guaranteed via LaSalle's invariance principle": the mathematician whose result it is, no artifact."""
    found = find(f"A title\n\nConvergence is guaranteed via McKelpin's {result}. We propose ZorbNet, a new network.")
    assert "McKelpin" not in found and "ZorbNet" in found, found


def test_a_name_apposed_to_a_metric_described_in_three_words_is_a_metric(find) -> None:
    """"correlated with an existing prompt sensitivity metric, PromptSensiScore": the apposition names a metric."""
    found = find("A title\n\nThis bound is strongly correlated with an existing prompt sensitivity metric, "
                 "ZorbSensiScale. We propose FooNet, a new network.")
    assert "ZorbSensiScale" not in found and "FooNet" in found, found


def test_an_enumerated_heading_is_no_name() -> None:
    """"Its advantages: (1) Cross-Sensor Generalization: ...; (2) Enhanced Computational Efficiency: ...": the
    headings of a list, not what the paper introduces (the decider may not add them)."""
    found = entities(create_nlp(), "A title\n\nWe propose ZorbCAT, a plug-in module. Its advantages: (1) Cross-Sensor "
                                   "Generalization: the network trained on one dataset works on others; (2) Enhanced "
                                   "Computational Efficiency: the ZorbCAT-enhanced network adapts to test samples.")
    assert set(found) == {"ZorbCAT"}, found


def test_the_words_an_acronym_stands_for_in_a_bracket_are_no_names() -> None:
    """"We introduce M3 (Multi-Modal, Multi-Agent, Multi-Round), a training-free framework": the bracket spells M3 out,
    item by item; "CLIP (ViT-B, ResNet-50)" lists models, which stay."""
    found = entities(create_nlp(), "A title\n\nWe introduce Z3 (Zesty-Modal, Zesty-Agent, Zesty-Round), a training-free "
                                   "framework. We compare with CLIP (ViT-B, ResNet-50).")
    assert not {"Zesty-Modal", "Zesty-Agent", "Zesty-Round"} & set(found), found
    assert {"ViT-B", "ResNet-50"} <= set(found), found


@pytest.mark.parametrize("text", [
    "A title\n\nEmbodied AI (EAI) systems move into homes. We propose ZorbFormer for EAI, and ZorbFormer wins.",
    "A title\n\nAgentic AI (AAI) is new. We propose ZorbFormer for AAI, and ZorbFormer wins.",
    "A title\n\nZorbFormer applies the Fast Fourier Transform (FFT) and a Position Embedding (PE) module.",
    ("A title\n\nWe study the Fleet Size and Mix Vehicle Routing Problem (FSMVRP). We propose ZorbFormer for FSMVRP "
     "with a human-in-the-loop (HITL) design."),
    ("A title\n\nWe follow the Preferred Reporting Items for Systematic Reviews and Meta-Analyses (PRISMA) method to "
     "survey ZorbFormer and its kin."),
    ("A title\n\nWe propose ZorbFormer, which secures inference with Zero-Knowledge Proofs (ZKPs) and tunes itself by "
     "HPO after SFT-then-RL training for IaC generation, and answers questions on the latest security CVEs."),
])
def test_the_acronym_of_a_paradigm_of_ai_or_a_transform_is_no_name(text: str) -> None:
    """"Embodied AI (EAI) systems are rapidly transitioning ...", "applies the Fast Fourier Transform (FFT)": a
    paradigm or a signal transform spelled out is no artifact, nor is its acronym (which a few papers of the corpus
    write as a model's name)."""
    found = entities(create_nlp(), text)
    never = {"EAI", "AAI", "FFT", "PE", "FSMVRP", "HITL", "PRISMA", "ZKPs", "HPO", "SFT-then-RL", "IaC", "CVEs"}
    assert not never & set(found), found
    assert "ZorbFormer" in found


def test_a_paradigm_a_title_names_is_not_the_papers_model() -> None:
    """"Agentic AI: A Comprehensive Survey of Architectures ...": the paradigm a survey's title names is no model the
    paper introduces (the paper's own name proposed as such, "We propose MLP, a new model", stays)."""
    nlp = create_nlp()
    assert "Agentic AI" not in entities(nlp, "Agentic AI: A Comprehensive Survey of Architectures\n\nThis survey "
                                             "reviews agentic systems and their applications.")
    assert "MLP" in entities(nlp, "MLP: A Model\n\nWe propose MLP, a new model. MLP wins.")


def test_an_abbreviation_cut_by_a_full_stop_is_no_name() -> None:
    """"Classification performance on the Inst. test achieved AUROC 0.82": a plain word cut short by a full stop no
    sentence ends at is an abbreviation, not a dataset."""
    found = entities(create_nlp(), "A title\n\nRESULTS Classification performance on the Inst. test achieved AUROC "
                                   "0.82 using ZorbFormer. Results on the manually curated Inst. reports were similar.")
    assert "Inst" not in found, found
    assert "ZorbFormer" in found


def test_a_word_capitalised_to_spell_an_acronym_is_no_name() -> None:
    """"we present a SYNthetic DAtaset for CApsule Testing and Evaluation, abbreviated as SynDaCaTE": the words spell
    the name, they are none; two names of that shape in a list stay ("IHEval and IHChallenge")."""
    found = entities(create_nlp(), "ZorbDaCaTE: A Dataset\n\nWe present a ZORbthetic DAtaset for CApsule Testing, "
                                   "abbreviated as ZorbDaCaTE. We also evaluate on KHEval and KHChallenge.")
    assert "ZORbthetic" not in found, found
    assert {"ZorbDaCaTE", "KHEval", "KHChallenge"} <= set(found), found


def test_a_large_decimal_after_a_name_is_its_score_not_its_version(find) -> None:
    """"(e.g., APEX-v1 64.2, ProfBench 65.9, ResearchRubrics < 68%)": the numbers are the benchmarks' scores."""
    found = find("A title\n\nScores track existing benchmarks (e.g., ZorbEval-v1 64.2, KelpBench 65.9), and we test "
                 "Quux 3.1 too.")
    assert "KelpBench" in found and "KelpBench 65.9" not in found, found
    assert "ZorbEval-v1" in found and "ZorbEval-v1 64.2" not in found, found


@pytest.mark.parametrize("text", [
    ("A title\n\nTraditional wound care strains both patients and healthcare professionals (HCPs). We build "
     "ZorbFormer to bridge the gap between patients and HCPs."),
    ("ZorbFormer for Colorectal Cancer Liver Metastasis\n\nExperiments on the MSKCC CRLM dataset show that ZorbFormer "
     "predicts Colorectal Cancer Liver Metastasis (CRLM) outcomes."),
    "A title\n\nZorbFormer models Big Five and HEXACO personality traits.",
])
def test_people_diseases_and_trait_inventories_are_no_names(text: str) -> None:
    """"healthcare professionals (HCPs)", "Colorectal Cancer Liver Metastasis (CRLM)", "Big Five and HEXACO": who,
    what illness and which psychological inventory the data is about, no artifact."""
    found = entities(create_nlp(), text)
    assert not {"HCPs", "HCP", "CRLM", "Big Five", "HEXACO"} & set(found), found
    assert "ZorbFormer" in found


def test_a_gain_over_a_spelled_out_method_compares_with_it(find) -> None:
    """"LFM achieves a 3.7 improvement in accuracy over the state-of-the-art Neighboring Pixel Relationships (NPR)
    method": the method spelled out after "improvement ... over" is compared with, not introduced."""
    found = find("FooNet: A Test\n\nWe propose FooNet. FooNet achieves a 3.7 improvement in accuracy over the "
                 "state-of-the-art Neighboring Pixel Wobbles (NPW) method.")
    assert found["NPW"][1] == "compares", found


def test_named_subsets_defined_in_a_list_of_subsets_are_names() -> None:
    """"a dataset comprising two subsets: VisionHarm Third-party (VisionHarm-T) and VisionHarm Comprehensive
    (VisionHarm-C)": subsets named after the coined set are sets (unlike "four types: Authentic-Clean (A-C), ...",
    kinds of data in plain words)."""
    found = entities(create_nlp(), "FooNet: A title\n\nWe introduce ZorbHarm, a dataset comprising two subsets: "
                                   "ZorbHarm Tertiary (ZorbHarm-T) and ZorbHarm Comprehensive (ZorbHarm-C). FooNet "
                                   "outperforms GPT-4o by 8.6% on ZorbHarm-T and by 15.5% on ZorbHarm-C.")
    assert {"ZorbHarm-T", "ZorbHarm-C"} <= set(found), found


def test_search_engine_optimization_is_no_dataset() -> None:
    """"a paradigm shift from Search Engine Optimization (SEO) to Generative Engine Optimization (GEO)": a field of
    practice (a few papers' contexts made SEO a dataset), while the paper's own GEO stays."""
    found = entities(create_nlp(), "GEO: A title\n\nWe mark a paradigm shift from Search Engine Optimization (SEO) to "
                                   "Generative Engine Optimization (GEO). Deployed at scale, GEO delivers 20% organic "
                                   "traffic growth.")
    assert "SEO" not in found and "GEO" in found, found


def test_a_metric_defined_at_a_threshold_is_no_model() -> None:
    """"We propose Hallucination Controlled Accuracy at k% (HCAcc@k%), a novel metric quantifying ...": a measure
    the paper defines, at its threshold, is no model."""
    found = entities(create_nlp(), "FooAgent: A title\n\nWe propose Zorbic Controlled Accuracy at k% (ZCAcc@k%), a "
                                   "novel metric quantifying the accuracy-reliability trade-off. FooAgent wins.")
    assert "Zorbic Controlled Accuracy" not in found and "ZCAcc@k%" not in found, found


def test_an_acronym_apposed_a_measure_after_its_bracket_is_no_name() -> None:
    """"between cross-entropy and Matrix-Based Entropy (MBE), a measure of representation entropy": the acronym
    the paper defines as a measure is no benchmark (the shipped lexicon knows another MBE)."""
    found = entities(create_nlp(), "FooNet: A title\n\nWe observe gradient alignment between cross-entropy and "
                                   "Matrix-Based Entropy (MBE), a measure of representation entropy. FooNet reduces MBE "
                                   "by 50% on FineWeb.")
    assert "MBE" not in found and "Matrix-Based Entropy" not in found, found


@pytest.mark.parametrize("text", [
    "ZIGER: A title\n\nWe propose ZIGER, a framework that Zames Identity, Geometry, and gEnerative pRiors for FVR.",
    "ZIGER: A title\n\nWe propose ZIGER, which uses wEighted rEtrieval for QA. ZIGER wins.",
])
def test_a_word_with_its_second_letter_capitalised_to_spell_an_acronym_is_no_name(text: str) -> None:
    """"a framework that Tames Identity, Geometry, and gEnerative pRiors" (TIGER): an ordinary word capitalised to
    spell the coined name (not "iFormer" or "xVerify", names so written, which no such word follows)."""
    found = entities(create_nlp(), text)
    assert not {"gEnerative", "pRiors", "wEighted", "rEtrieval"} & set(found), found
    assert "ZIGER" in found, found


def test_a_metric_a_score_is_stated_on_is_no_set() -> None:
    """"translation quality estimation scores of up to 71.84 on COMETkiwi and 81.77 on XCOMET": the metrics the
    scores are on, not benchmarks."""
    found = entities(create_nlp(), "A title\n\nOur data boost FooNet's quality estimation scores of up to 71.84 on "
                                   "COMETkiwi and 81.77 on XCOMET.")
    assert not {"COMETkiwi", "XCOMET", "xCOMET"} & set(found), found


def test_a_plain_term_far_past_the_introducing_verb_is_no_introduced_name() -> None:
    """"We introduce a differential frame fusion module ..., enabling frame-level representations to capture blood
    volume pulse (BVP) variations": the acronym of a term in plain words, far past the verb, names no model (while
    "we introduce multi-byte prediction (MBP)" names the paper's objective)."""
    nlp = create_nlp()
    found = entities(nlp, "FooPPG: A title\n\nWe introduce a module, enabling frame-level representations to capture "
                          "blood zorbule pulse (BZP) variations. FooPPG achieves an MAE of 7.58 on MMPD.")
    assert "BZP" not in found, found
    assert "MZP" in entities(nlp, "FooPPG: A title\n\nWe introduce multi-zorb prediction (MZP), a new objective.")
    assert {"ERO", "EZO"} <= set(entities(nlp, "FooPPG: A title\n\nIn FooPPG, we propose two methods to omit empty "
                                               "points at rendering; empty ray omission (ERO) and empty zorb omission "
                                               "(EZO)."))


def test_the_names_bracketed_after_baselines_are_models() -> None:
    """"where six baselines (H2O, TOVA, SnapKV, ...) achieve 0%": the bracket lists methods, though the lexicon
    knows H2O as a dataset from other papers."""
    found = entities(create_nlp(), "We propose TA. TA achieves 100% credential retrieval at K=16 where six baselines "
                                   "(H2O, TOVA, SnapKV, StreamingLLM, PyramidKV, DynamicKV) achieve 0%.")
    assert found.get("H2O", ("Model",))[0] == "Model", found


def test_metrics_on_parts_of_the_data_are_no_sets(find) -> None:
    """"a 2%, 4% and 22% improvement on AUPR-IN, AUPR-OUT and AUTC": metrics taken on the in- and out-of-distribution
    parts, and the acronym listed with them."""
    found = find("ZorbNet achieves a 2%, 4% and 22% improvement on AUPR-IN, AUPR-OUT and QRTC over the best OOD "
                 "methods, respectively.")
    assert not {"AUPR-IN", "AUPR-OUT", "QRTC"} & set(found), found


def test_the_acronym_of_a_quality_assessment_is_a_task() -> None:
    """"referring to Video Quality Assessment (VQA) may improve video classification": the task, whatever sense
    other papers gave the acronym."""
    found = entities(create_nlp(), "Contrastive video quality assessment for video recognition\n\nVideo quality "
                                   "significantly affects video classification. We realized that referring to Video "
                                   "Quality Assessment (VQA) may improve video classification. This paper proposed "
                                   "Self-Supervised Learning-based Video Vision Transformer combined with No-reference "
                                   "VQA for video classification (ZQL-V3) to fulfill the goal. ZQL-V3 leverages "
                                   "Joined-ZQL mechanism to join VQA into video classification and address the label "
                                   "shortage of VQA.")
    assert "VQA" not in found, found


def test_a_numbered_member_of_a_known_model_family_stays_a_model() -> None:
    """"achieves 82.77% clean accuracy on the ResNet-20 with PFC": a depth of ResNet, whatever "on the" suggests."""
    found = entities(create_nlp(), "We study robustness. The method achieves 82.77% clean accuracy and 44.17% "
                                   "adversarial accuracy on the ResNet-20 with PFC.")
    assert found.get("ResNet-20", ("Model",))[0] == "Model", found


def test_a_dice_written_after_a_hyphen_is_a_metric(find) -> None:
    """"achieved Cl-Recall, Cl-DICE and Recall values of 0.879, 0.909, 0.934": the centreline Dice, a metric."""
    found = find("Our model achieved Zl-Recall, Zl-DICE and Recall values of 0.879, 0.909 and 0.934 on the test set.")
    assert "Zl-DICE" not in found, found


def test_a_phenomenon_the_paper_terms_is_no_artifact(find) -> None:
    """"introduces repetitive text generation, a phenomenon we term the Repeat Curse": an observation, named."""
    found = find("Context Tokens are Anchors\n\nHowever, caching often introduces undesirable repetitive text "
                 "generation, a phenomenon we term the Zorbing Curse. To better investigate the mechanism behind this "
                 "issue, we analyze repetition. We propose ZorbNet to fix it.")
    assert "Zorbing Curse" not in found and "ZorbNet" in found, found


def test_a_name_with_parameter_counts_bracketed_after_it_is_a_model() -> None:
    """"Extensive experiments on DeepSeek-R1-Distill-Qwen (1.5B/7B) demonstrate ...": the sizes say it is a model,
    whatever "experiments on" says. (The rules' reading: the decider, on this short made-up text, may retype it.)"""
    found = entities(create_nlp(decide=False), "We propose ZorbNet. Extensive experiments on Qworp-R1-Distill-Zen "
                                               "(1.5B/7B) demonstrate that ZorbNet cuts token usage.")
    assert found.get("Qworp-R1-Distill-Zen", ("Model",))[0] == "Model", found


def test_the_ends_of_a_cross_modal_task_are_no_names() -> None:
    """"CR-JEPA improves S1 to S2 retrieval from 61.23% to 75.82% and S2 to S1 retrieval from 63.73% to 75.40%":
    Sentinel-1 and Sentinel-2, not the model the lexicon knows as s1."""
    found = entities(create_nlp(), "We propose ZR-JEPA. On BEN-14K, ZR-JEPA improves S1 to S2 retrieval from 61.23% "
                                   "to 75.82% and S2 to S1 retrieval from 63.73% to 75.40% over X-JEPA.")
    assert "S1" not in found and "S2" not in found and "ZR-JEPA" in found, found


def test_a_name_joined_to_dataset_is_data(find) -> None:
    """"experiments on the benchmark dataset CFI-V2 and our DMSPdataset": a set, its head written into the name."""
    found = find("We propose ZorbNet. Experiments on our QMSPdataset demonstrate that ZorbNet improves accuracy.")
    assert found.get("QMSPdataset", ("Dataset",))[0] in ("Dataset", "Benchmark"), found


def test_a_second_release_tier_stays_in_the_name(find) -> None:
    """"Gemini 2.0 Flash Thinking achieving the highest accuracy (75%)": a second tier after the first is part of the
    release's name, not words after it (and "Gemini 3 Pro Preview", "Claude 3.7 Sonnet Thinking")."""
    found = find("We compare Zorp 2.0 Flash Thinking and Quux 3.5 Pro Preview on ImageNet.")
    assert "Zorp 2.0 Flash Thinking" in found and "Quux 3.5 Pro Preview" in found, found


def test_the_plural_of_an_acronym_spelled_in_plain_words_is_no_name() -> None:
    """"room impulse response (RIR) estimation ... we predict the RIRs for each pair": the things of a concept the
    paper spells out in lower case, which the decider may not add back as a model."""
    found = entities(create_nlp(), "Data Augmentation Using Neural Acoustic Fields\n\n"
                                   "This report details our system for quasi impulse response (QIR) estimation "
                                   "submitted to the challenge. We first pre-train a neural acoustic field on an "
                                   "external large-scale dataset in which pairs of QIRs and the geometries are provided. "
                                   "Lastly, we predict the QIRs for each pair of source and receiver locations, and use "
                                   "these QIRs to train the speaker distance estimation model.")
    assert "QIRs" not in found and "QIR" not in found, found


def test_an_acronym_of_plain_words_led_by_a_digit_is_no_name() -> None:
    """"we propose Boxer, an algorithm to estimate static 3D bounding boxes (3DBBs) from ...", then "3DBB lifting":
    plain words far past the verb, though the long form opens on a digit; the singular is the same concept."""
    found = entities(create_nlp(), "Zorber: Robust Lifting of Open-World Boxes\n\nTo address this challenge, we "
                                   "propose Zorber, an algorithm to estimate static 4D bounding volumes (4DBVs) from 2D "
                                   "detections and posed images. Zorber reduces the demand for costly annotated 4DBV "
                                   "training data, with over 1.2 million unique 4DBVs. ZorberNet outperforms baselines "
                                   "in open-world 4DBV lifting, including CuTR.")
    assert "4DBV" not in found and "4DBVs" not in found and "Zorber" in found, found


def test_per_region_overlap_is_a_metric_not_a_model() -> None:
    """"ADClick-Seg achieves state-of-the-art results on the challenging Multi-class AD task (AP = 80.0%, PRO = 97.5%,
    Pixel-AUROC = 99.1% on MVTec AD)": PRO is the per-region overlap, not the owner of the numbers (the shipped lexicon
    knows a method PRO, which a paper may define)."""
    doc = create_nlp()("A title\n\nBy combining pixel-level priors with cues, ZorbSeg achieves state-of-the-art "
                       "results on the challenging Multi-class task (AP = 80.0%, PRO = 97.5%, Pixel-AUROC = 99.1% on "
                       "ImageNet).")
    found = {(r.model, r.metric, r.value) for r in doc._.mlkg_results}
    assert ("ZorbSeg", "PRO", "97.5%") in found and not any(m == "PRO" for m, _, _ in found), found


def test_the_acronym_of_a_place_is_the_place() -> None:
    """"evaluating transit fare policies in New York City (NYC) ... In NYC, the model reproduces ridership": a city."""
    found = entities(create_nlp(), "Transit Fare Simulation\n\nThis paper presents a scalable, data-driven simulation "
                                   "framework for evaluating transit fare policies in New York City (NYC), integrating "
                                   "a synthetic population, agent-based simulation, and fare-sensitive mode choice. In "
                                   "NYC, the model reproduces ridership.")
    assert "NYC" not in found and "New York City" not in found, found


@pytest.mark.parametrize("title", [
    "QuarkRAG: Quantifying Uncertainty from the Pre-training Corpus for Dynamic Generation",
    "QuarkRAG: Mitigating Dataset Biases through Undecided Learning",
    "QuarkRAG: Leveraging a Code Database for Improved Code Generation"])
def test_a_subtitle_acting_on_data_does_not_make_the_name_data(find, title: str) -> None:
    """"QuCo-RAG: Quantifying Uncertainty from the Pre-training Corpus": the method reads the corpus; it is none (the
    data is an object of the subtitle's action, or qualifies the noun after it)."""
    found = find(f"{title}\n\nWe propose QuarkRAG, which shifts from subjective confidence to objective statistics "
                 "computed from pre-training data.")
    assert found.get("QuarkRAG", ("?",))[0] == "Model", found


@pytest.mark.parametrize(("title", "kind"), [
    ("QuarkAI: Building a Dataset for Aquatic Invertebrates in Vietnam", "Dataset"),
    ("QuarkACT18: Spiking Human Action Recognition Benchmark Dataset with Complementary Modalities", "Dataset"),
    ("QuarkSci: Pushing the Frontiers of Post-Training Datasets for Science Reasoning", "Dataset")])
def test_a_subtitle_making_data_still_names_the_data(find, title: str, kind: str) -> None:
    """"SuoiAI: Building a Dataset for ...", "MegaScience: Pushing the Frontiers of Post-Training Datasets": the
    subtitle makes or renews what it names; "Spiking" qualifies the dataset."""
    name = title.split(":")[0]
    found = find(f"{title}\n\nWe release {name}, which shifts from subjective confidence to objective statistics "
                 "computed from field data.")
    assert found.get(name, ("?",))[0] == kind, found


def test_a_titles_second_name_is_not_what_the_subtitle_says_first(find) -> None:
    """"From EduVisBench to EduVisAgent: A Benchmark and Multi-Agent Framework": the subtitle's first head is the
    first name's; the second name is the framework the text says it is."""
    found = find("From QuarkBench to QuarkAgent: A Benchmark and Multi-Agent Framework for Visualization\n\nWe "
                 "introduce QuarkBench, a multi-domain benchmark. We propose QuarkAgent, a multi-agent framework.")
    assert found.get("QuarkAgent", ("?",))[0] == "Model", found
    assert found.get("QuarkBench", ("?",))[0] == "Benchmark", found
