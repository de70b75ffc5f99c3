"""Each mlkg spaCy component on small cases, on spacy.blank("en") with a tiny test lexicon."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from mlkg.extract.abbreviations import find_abbreviations
from mlkg.extract.names import title_name
from mlkg.extract.pipeline import PIPELINE, create_nlp
from mlkg.extract.spans import read_entities
from mlkg.extract.shapes import is_version, name_shape, norm_key
from mlkg.extract.tokenizer import create_tokenizer
from mlkg.model import EntityType, Role

from .conftest import entities, lexicon_with_papers


def test_components_are_registered_factories() -> None:
    for name in PIPELINE:
        assert name in spacy.registry.factories.get_all() or spacy.language.Language.has_factory(name)
    meta = spacy.language.Language.get_factory_meta("mlkg_types")
    assert "doc._.mlkg_entities" in meta.assigns


@pytest.mark.parametrize("name", ["TinyViT", "SAIL-VL", "WebVid-10M", "M^2-Encoder", "4D-VLA", "SceneSplat-7K",
                                  "ViT-L/14", "LLaVA-1.5", "Qwen2.5-VL-7B", "Swin-B", "Zorb-OSS:20b", "T3M", "V2M"])
def test_tokenizer_keeps_names_whole(name: str) -> None:
    nlp = spacy.blank("en")
    create_tokenizer(nlp)
    tokens = [t.text for t in nlp(f"We train {name}. Then {name}, and ({name}).")]
    assert tokens.count(name) == 3


@pytest.mark.parametrize(("text", "tokens"), [
    ("Quill Kelp-style graphs", ["Quill", "Kelp", "-", "style", "graphs"]),
    ("a ZorbLM-finetuned 7B model", ["a", "ZorbLM", "-", "finetuned", "7B", "model"]),
    ("Kelp 2.5 Pro-generated text", ["Kelp", "2.5", "Pro", "-", "generated", "text"]),
    ("Quill2.5-VL-based agents", ["Quill2.5-VL", "-", "based", "agents"]),
    ("the Quill-Base and Zorb-Net", ["the", "Quill-Base", "and", "Zorb-Net"]),
])
def test_tokenizer_splits_a_descriptive_word_off_a_name(text: str, tokens: list[str]) -> None:
    """"Visual Genome-style", "Gemini 2.5 Pro-generated": the name's own words must match the lexicon."""
    nlp = spacy.blank("en")
    create_tokenizer(nlp)
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize(("text", "tokens"), [
    ("we developed ZorbWrite-a modular app", ["we", "developed", "ZorbWrite", "-", "a", "modular", "app"]),
    ("we present KelpBench-the first benchmark", ["we", "present", "KelpBench", "-", "the", "first", "benchmark"]),
    ("with Quill-A13B inside", ["with", "Quill-A13B", "inside"]),  # (a capital: a variant's code)
])
def test_tokenizer_splits_an_article_after_a_lost_dash(text: str, tokens: list[str]) -> None:
    """"DynaWrite-a modular ... application": a dash lost before an article; the name is DynaWrite."""
    nlp = spacy.blank("en")
    create_tokenizer(nlp)
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize(("text", "tokens"), [
    ("we use ZorbNet.Specifically, it", ["we", "use", "ZorbNet", ".", "Specifically", ",", "it"]),
    ("we use Quill-VL-1.5.To do so", ["we", "use", "Quill-VL-1.5", ".", "To", "do", "so"]),
    ("it gains 4.2%.The model", ["it", "gains", "4.2", "%", ".", "The", "model"]),
    ("on tasks.We then", ["on", "tasks", ".", "We", "then"]),
    ("with Kelp.Universe and Quill2.5", ["with", "Kelp.Universe", "and", "Quill2.5"]),  # a name's own period
])
def test_tokenizer_splits_a_sentence_that_lost_the_space_after_its_period(text: str, tokens: list[str]) -> None:
    """"ZorbNet.Specifically": a period before a word that never forms a name ends a sentence, so the name
    before it is found on its own and the sentence boundary is where it should be."""
    nlp = spacy.blank("en")
    create_tokenizer(nlp)
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize(("text", "tokens"), [
    ("Zorb Generation 8), a set", ["Zorb", "Generation", "8", ")", ",", "a", "set"]),
    ("a gap (-8.2%) here", ["a", "gap", "(", "-8.2", "%", ")", "here"]),
    ("the (Quux):", ["the", "(", "Quux", ")", ":"]),
])
def test_tokenizer_splits_brackets_that_english_keeps_as_smileys(text: str, tokens: list[str]) -> None:
    nlp = spacy.blank("en")
    create_tokenizer(nlp)
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize(("text", "tokens"), [
    ("on Zorbix(73.8), Quux(88.5%)", ["on", "Zorbix", "(", "73.8", ")", ",", "Quux", "(", "88.5", "%", ")"]),
    ("SU(2) and AGL(1,F) and Zorb-4(0613)", ["SU(2", ")", "and", "AGL(1,F", ")", "and", "Zorb-4(0613", ")"]),
    # a definition's bracket glued to its last word (not a function's argument: "f(X)" has one letter before it)
    ("the Kelp Corpus(KC), f(X)", ["the", "Kelp", "Corpus", "(", "KC", ")", ",", "f(X", ")"]),
    # a joined name keeps its hyphen when its score is glued to it
    ("ZorbSeek-R1(14.49%) and Quux-V2(20.1)", ["ZorbSeek-R1", "(", "14.49", "%", ")", "and", "Quux-V2", "(", "20.1",
                                               ")"]),
])
def test_tokenizer_splits_a_score_bracketed_right_after_a_name(text: str, tokens: list[str]) -> None:
    nlp = spacy.blank("en")
    create_tokenizer(nlp)
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize("name", ["TinyViT", "SAIL-VL", "WebVid-10M", "M^2-Encoder", "4D-VLA", "SceneSplat-7K",
                                  "ViT-L/14", "LLaVA-1.5", "VideoLLaMA 3", "Zorb-OSS:20b", "Quill3.2:1b"])
def test_coined_names_are_detected(find, name: str) -> None:
    found = find(f"Title here\n\nIn our experiments, {name} is evaluated against strong baselines.")
    assert name in found, found


def test_no_flood_on_common_words_sentence_starts_and_generic_acronyms(find) -> None:
    text = ("Towards Better Models\n\nRecently, Large Language Models (LLMs) and Vision-Language Models (VLMs) "
            "have improved. However, Visual Question Answering (VQA) remains hard. We study X-ray images, "
            "3D scenes, RGB-D data and GPU-hours. The Results show 2x gains with 7B parameters. In Table 2, "
            "Section 3 and Figure 1 we report AI and ML results.")
    assert find(text) == {}


def test_acronym_definitions_name_the_short_form(find) -> None:
    found = find("A title\n\nWe propose Preference-Instructed Vision OpTimization (PIVOT), a recipe. "
                 "PIVOT improves encoders.")
    assert found == {"PIVOT": ("Model", "introduces")}


def test_abbreviation_pairs() -> None:
    text = "Pretraining Vision Transformers (ViTs) and masked autoencoders (MAE) on audio (ASR) data."
    pairs = {(a.short, a.long) for a in find_abbreviations(text)}
    assert ("ViTs", "Vision Transformers") in pairs
    assert ("MAE", "masked autoencoders") in pairs
    assert not any(short == "ASR" for short, _ in pairs)
    for a in find_abbreviations(text):
        assert text[a.short_start:a.short_end] == a.short and text[a.long_start:a.long_end] == a.long
    (coined,) = find_abbreviations("a Vision-Audio-Language Omni-peRception pretraining model (VALOR).")
    assert coined.coined and coined.long.startswith("Vision-Audio-Language")


@pytest.mark.parametrize(("text", "pair"), [
    ("Building on it, we introduce the Textual Temporal reasoning Transfer (T3). T3 is fast.",
     ("T3", "Textual Temporal reasoning Transfer")),
    ("We propose Multi-Modal Mixture (M3), a model.", ("M3", "Multi-Modal Mixture")),
])
def test_a_letter_and_a_count_abbreviate_that_many_words_on_the_letter(text: str, pair: tuple[str, str]) -> None:
    """"T3": three words (or hyphened parts) opening on T, at most one word between each (not "Table 3 (T3)")."""
    (found,) = find_abbreviations(text)
    assert (found.short, found.long) == pair
    assert text[found.long_start:found.long_end] == found.long
    assert text[found.short_start:found.short_end] == found.short
    assert not list(find_abbreviations("In Table 3 (T3) we show the model (M3) results."))


def test_a_count_after_an_acronyms_last_letter_stands_for_that_many_words() -> None:
    """"the Texture Transfer Residual Denoising Dual Diffusion Model (TTRD3)": D3 is Denoising Dual Diffusion, so the
    long form is spelled and is the same entity as TTRD3."""
    text = "To address this, we propose the Zesty Kelp Residual Quux Query Quorum Model (ZKRQ3) with three parts."
    (found,) = find_abbreviations(text)
    assert (found.short, found.long) == ("ZKRQ3", "Zesty Kelp Residual Quux Query Quorum Model")
    assert text[found.long_start:found.long_end] == found.long


def test_a_qualifier_before_an_acronyms_letters_is_part_of_the_short_form() -> None:
    """"a method called Dynamic Compressing Prompts (LLM-DCP)": the long form spells DCP, and LLM- qualifies it; one
    name, not two. A qualifier the long form writes out is no such prefix ("LLM with Conditional Random Fields
    (LLM-CRF)" is spelled whole), nor is a name's own first part ("MIMIC-CXR", "PS-GS")."""
    text = "To tackle this, we propose a method called Zesty Kelp Prompts (LLM-ZKP). Our method is fast."
    (found,) = find_abbreviations(text)
    assert (found.short, found.long) == ("LLM-ZKP", "Zesty Kelp Prompts")
    assert text[found.long_start:found.long_end] == found.long
    assert [(a.short, a.long) for a in find_abbreviations("We use LLM with Zesty Random Fields (LLM-ZRF).")] == [
        ("LLM-ZRF", "LLM with Zesty Random Fields")]
    assert not list(find_abbreviations("We build on the Zesty Kelp Photos (ZORB-ZKP) set."))


def test_a_counted_acronym_the_paper_introduces_is_its_name(find) -> None:
    found = find("A title\n\nWe introduce the Kelp Knot Knitting (K3). K3 knits kelp.")
    assert found.get("K3") == ("Model", "introduces"), found


@pytest.mark.parametrize(("text", "pair"), [
    ("In this paper, we propose a Step-level poliCy Optimization method through Play-And-Learn, SCO-PAL. It wins.",
     ("SCO-PAL", "Step-level poliCy Optimization method through Play-And-Learn")),
    ("We build a Quokka Vision Model, QVM, which is fast.", ("QVM", "Quokka Vision Model")),
])
def test_a_long_form_before_its_name_and_comma_defines_it(text: str, pair: tuple[str, str]) -> None:
    """"we propose a <long form>, <NAME>.": the name after the comma that ends the clause, spelled from the long
    form's first word (not "a large dataset, COCO.")."""
    (found,) = find_abbreviations(text)
    assert (found.short, found.long) == pair
    assert text[found.short_start:found.short_end] == found.short
    assert text[found.long_start:found.long_end] == found.long
    assert not list(find_abbreviations("We evaluate on a large dataset, COCO. We use a Transformer backbone, ViT."))


def test_a_coined_name_in_brackets_after_the_title_case_name_made(find) -> None:
    """"We introduce Data Journalist Agent (Data2Story), a framework": one entity, named by the coined name."""
    (found,) = find_abbreviations("But can agents do it? We introduce Kelp Journalist Agent (Kelp2Story), a framework.")
    assert (found.short, found.long) == ("Kelp2Story", "Kelp Journalist Agent")
    assert not list(find_abbreviations("We use the Hubble Space Telescope (HST2) data."))
    entities = find("A title\n\nWe introduce Kelp Journalist Agent (Kelp2Story), a multi-agent framework. Kelp2Story "
                    "contributes two innovations.")
    assert set(entities) == {"Kelp2Story"}, entities


@pytest.mark.parametrize(("text", "pair"), [
    ("we propose the Quill Parallel Direction solver (dubbed as QPD), a new solver.",
     ("QPD", "Quill Parallel Direction solver")),
    ("the Zorb Fusion Network (hereafter called ZFN) is fast.", ("ZFN", "Zorb Fusion Network")),
    ("Marrow Aperture Radar (abbreviated as MAR) images are noisy.", ("MAR", "Marrow Aperture Radar")),
])
def test_a_naming_word_in_the_brackets_announces_the_short_form(text: str, pair: tuple[str, str]) -> None:
    (found,) = find_abbreviations(text)
    assert (found.short, found.long) == pair
    assert text[found.short_start:found.short_end] == found.short
    assert text[found.long_start:found.long_end] == found.long


@pytest.mark.parametrize(("text", "pair"), [
    ("We introduce Q1 (Quokka Test-Time Scaling), a framework.", ("Q1", "Quokka Test-Time Scaling")),
    ("we propose SalQu-ZRA (Zonal Risk-Aware), a variant.", ("SalQu-ZRA", "Zonal Risk-Aware")),
])
def test_a_title_case_long_form_after_a_numbered_or_hyphenated_name_defines_it(text: str,
                                                                             pair: tuple[str, str]) -> None:
    """The long form spells the name's letters without its number, or its last part: one entity, not two."""
    (found,) = find_abbreviations(text)
    assert (found.short, found.long) == pair
    assert text[found.long_start:found.long_end] == found.long
    assert not list(find_abbreviations("Results in Table 2 (Main Results) hold."))


def test_a_name_that_opens_a_clause_and_scores_is_a_model(tmp_path) -> None:
    """"..., QPD achieves an FID of 4.47" outweighs another paper's use of QPD for data; "fine-tuned on QPD
    achieves" does not make QPD a model."""
    path = tmp_path / "lexicon.jsonl"
    path.write_text(json.dumps({"id": "dataset:qpd", "name": "QPD", "type": "Dataset", "aliases": [],
                                "counts": {"papers": 3}}) + "\n")
    rules = create_nlp(str(path), decide=False)
    found = {e.name: e.type for e in read_entities(rules("A title\n\nAt 5 steps, QPD achieves an FID of 4.47."))}
    assert found.get("QPD") == EntityType.MODEL, found
    found = {e.name: e.type for e in read_entities(rules("A title\n\nZorbNet fine-tuned on QPD achieves 90.1 F1."))}
    assert found.get("QPD") == EntityType.DATASET, found


@pytest.mark.parametrize(("text", "pair"), [
    ("We propose QuEAG, a novel Quill Evidence-Augmented Generation framework for checks.",
     ("QuEAG", "Quill Evidence-Augmented Generation")),
    ("We add ZoE, the Zoo of Experts layer, to the model.", ("ZoE", "Zoo of Experts")),
])
def test_a_long_form_apposed_after_its_short_form_defines_it(text: str, pair: tuple[str, str]) -> None:
    (found,) = find_abbreviations(text)
    assert (found.short, found.long) == pair
    assert text[found.short_start:found.short_end] == found.short and text[found.long_start:found.long_end] == found.long


@pytest.mark.parametrize("text", ["We beat QuarkBench, the newly introduced QuarkBench-Hard and ScanBench, by far.",
                                  "We test GPT-4, a Large Model, on it."])
def test_an_apposition_that_does_not_spell_the_short_form_defines_nothing(text: str) -> None:
    assert list(find_abbreviations(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We evaluate on the Foo-7K dataset and the BarBench benchmark.", {"Foo-7K": "Dataset", "BarBench": "Benchmark"}),
        ("We build WebVid-10M, a large-scale collection of videos.", {"WebVid-10M": "Dataset"}),
        ("We introduce MedQA-X, a new benchmark for medical reasoning.", {"MedQA-X": "Benchmark"}),
        ("Results on ImageNet and CIFAR10 improve with the QuuxNet architecture.",
         {"ImageNet": "Dataset", "CIFAR10": "Dataset", "QuuxNet": "Model"}),
        ("Our FooFormer model beats CLIP on MMLU.", {"FooFormer": "Model", "CLIP": "Model", "MMLU": "Benchmark"}),
    ],
)
def test_type_classifier(find, text: str, expected: dict[str, str]) -> None:
    found = find("A title\n\n" + text)
    assert {name: found[name][0] for name in expected if name in found} == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("We propose FooNet, a fast model.", "FooNet", "introduces"),
        ("Our method, dubbed BarViT, is simple.", "BarViT", "introduces"),
        ("FooNet outperforms CLIP by a large margin.", "CLIP", "compares"),
        ("The model is surpassing CLIP on hard cases.", "CLIP", "compares"),
        ("We train our encoder on ImageNet with standard settings.", "ImageNet", "uses"),
        ("Experiments use CLIP as the teacher.", "CLIP", "uses"),
        ("Our method outperforms BERT on hard cases.", "BERT", "compares"),  # a verb after "our ...": its object
        ("Our approach uses CLIP as the teacher.", "CLIP", "uses"),
        ("Our proposed BazNet is simple.", "BazNet", "introduces"),
        # named only in the background, before the paper speaks of its own work
        ("Models such as CLIP and BERT are popular. We propose BazNet, trained on ImageNet.", "CLIP", "mentions"),
        ("Models such as CLIP are popular. We propose BazNet, distilled from CLIP.", "CLIP", "uses"),
        ("Models such as CLIP are popular. A kelp method is proposed.", "CLIP", "mentions"),
        ("We propose BazNet, which rivals CLIP on kelp images.", "CLIP", "compares"),
        ("We propose BazNet. It matches CLIP and is competitive with BERT.", "BERT", "compares"),
        ("We propose BazNet, on par with CLIP at a tenth of the cost.", "CLIP", "compares"),
        # what the words after a name, or "us", say the paper made
        ("We test on ImageNet and QuillQA, a benchmark we introduce with hard cases.", "QuillQA", "introduces"),
        ("We test on QuillQA, which we curate from kelp forums.", "QuillQA", "introduces"),
        ("We compare with ZorbNet, which we build on.", "ZorbNet", "uses"),
        ("This motivates us to introduce KelpDiff, the first kelp detector.", "KelpDiff", "introduces"),
        ("It reaches the best results on ZorbBench and the newly introduced KelpBench-Hard.", "KelpBench-Hard",
         "introduces"),
        ("(2) a novel causal discovery algorithm, QUIX-MAS, that finds failures.", "QUIX-MAS", "introduces"),
        ("We study compact VLMs and introduce the resulting model family, KelpVLM.", "KelpVLM", "introduces"),
        ("We build data. (3) KelpBook-RL: We propose a two-stage RL framework.", "KelpBook-RL", "introduces"),
        # gains over a model compare with it; a gain measured on a model, or over data, uses it
        ("We propose BazNet. It improves the harder objective over QuillPO in 12 of 15 cases.", "QuillPO", "compares"),
        ("We propose BazNet, with 98.7% fewer trainable parameters than ZorbBERT-base.", "ZorbBERT-base", "compares"),
        ("We propose BazNet. It improves over SFT by 2.7 points on KelpLM-8B and 2.8 points on ZorbLM-9B.",
         "ZorbLM-9B", "uses"),
        ("We propose BazNet. It improves over single-task QuillBench performance.", "QuillBench", "uses"),
        # a name no corpus knows, defined by an appositive in the paper's account of its own work
        ("We present ZorbQA. At its core is KelpGate, a query-conditioned gating module.", "KelpGate", "introduces"),
        ("We present ZorbQA, built in stages: (ii) Quill-PO, an RL algorithm for tools.", "Quill-PO", "introduces"),
        ("We present ZorbQA. We extend KelpGate, a recent gating module, to tools.", "KelpGate", "uses"),
        ("We present ZorbQA. It is tested on KelpGate, a gating benchmark.", "KelpGate", "uses"),
        ("We present ZorbQA. Similar to KelpGate, a key step is gating.", "KelpGate", "uses"),
        # a second verb coordinated with the subject's first one, however far, when it takes an object
        ("Beyond tests, we also explore effective solutions by learning physics from videos and construct a "
         "training dataset QuillPhys-100K.", "QuillPhys-100K", "introduces"),
        ("We adopt a new view by modeling kelp growth as a mixture of flows across scales, and introduce ZorbCa.",
         "ZorbCa", "introduces"),
        ("We test eight models spanning one-step flows and established systems (QuillSiT, ZorbDiff).", "QuillSiT",
         "uses"),
        # what a name is joined to is built on it: the paper introduces the framework, not the name
        ("We introduce a multitask ZorbNER-based framework for mention extraction.", "ZorbNER", "uses"),
        ("We present a KelpNet-inspired planner.", "KelpNet", "uses"),
        ("We design a dual-branch CLIP style transformer network in pixel space.", "CLIP", "uses"),
        # "open-source foundation models, e.g., X": an adjective too; "our primary X setting": X is the setup's
        ("We propose BazNet. We leverage prior knowledge in open-source foundation models, e.g., CLIP, and "
         "introduce a tuning strategy.", "CLIP", "uses"),
        ("We propose BazNet. In our primary CLIP setting, the agent fails more often.", "CLIP", "uses"),
        # "the (fully) open-source X": an adjective before another's model; "we open-source X" releases it
        ("We leverage the fully open-source ZorbLM series by indexing its data.", "ZorbLM", "uses"),
        ("We open-source ZorbLM, a family of models.", "ZorbLM", "introduces"),
        # "commercial and open-source LLMs": an adjective, no second verb of the paper's
        ("We show that the resulting BazNet outperforms commercial and open-source LLMs (including ZorbLM-3 and "
         "QuillGPT).", "ZorbLM-3", "compares"),
        # an acronym defined after "using" in the sentence that builds the paper's data is used, not introduced
        ("We construct a benchmark, KelpSet, using the Quill Audio Dataset (QAD) and Zorb Music Archive (ZMA).",
         "ZMA", "uses"),
        # a short acronym the paper introduces does not make every name it starts introduced
        ("We present BazSeg, which integrates Quill-and-Excitation (QE) attention. BazSeg outperforms ZorbNet and "
         "QEFormer.", "QEFormer", "compares"),
        # a title-case run named as what others built, or trained on, is not the paper's own part
        ("Video models such as ZorbDiff and Quill Video Diffusion are strong. In this paper, we propose BazNet, a "
         "post-tuning method. To test it, we conduct extension training on the Quill Video Diffusion model.",
         "Quill Video Diffusion", "uses"),
        # a misspelt long form is still the known sense: not a new acronym of the paper's
        ("We propose BazNet. Methods based on Contrastive Langauge-Image Pre-training (CLIP) are weak on kelp.",
         "CLIP", "uses"),
        # "sets a new D record": a record on D, not a new D
        ("We propose BazNet. BazNet sets a new QuillBench complex-generation record of 85.5.", "QuillBench", "uses"),
        # what the paper found is no name it gives: "our results show"
        ("We adopt ZorbJEPA for kelp videos. Our results show ZorbJEPA with our loss improves segmentation.",
         "ZorbJEPA", "uses"),
        # the last of coordinated verbs of making is the one that makes the name: "... and construct the X (Y)
        # dataset", for a name no corpus knows and for one the lexicon knows in another sense alike
        ("We develop a scalable pipeline for kelp matting and construct the Matting Zorb in Video (MZ-V) dataset, "
         "which offers 50K videos.", "MZ-V", "introduces"),
        ("We develop a scalable pipeline for kelp matting and construct the Something-Something v2 (SSv2) dataset, "
         "which offers 50K videos.", "Something-Something v2", "introduces"),
        # ... but a known family named in the appositive of the paper's model is the family, used
        ("We introduce ZorbAR, the first large-scale Contrastive Language-Image Pre-training (CLIP) framework for "
         "kelp.", "CLIP", "uses"),
        # what a procedure of the paper's gives, named where the clause ends
        ("To test the data, we fine-tune the CLIP model on it to obtain QuillMatte, which outperforms ZorbNet.",
         "QuillMatte", "introduces"),
        # "our <words> benchmark X": the paper's own data, however many words describe it
        ("Extensive experiments on our localized editing benchmark KelpEdit show that ZorbDiff is precise.",
         "KelpEdit", "introduces"),
        # an acronym no corpus knows, spelled out only in the background, is not the paper's own part; nor is
        # its variant, which the paper compares with
        ("Recently, Zorbic Graph Network (ZiG) has gained attention. To address this, we propose KelpHGNN. Our "
         "KelpHGNN-S reaches 83.1% on ImageNet, surpassing ZiG-S by +1.0%.", "ZiG-S", "compares"),
        ("Recently, Zorbic Graph Network (ZiG) has gained attention. To address this, we propose KelpHGNN. Our "
         "KelpHGNN-S reaches 83.1% on ImageNet, surpassing ZiG-S by +1.0%.", "ZiG", "mentions"),
        # ... even when the paper's own work goes on to use it ("we evaluate modified ZFA")
        ("The zorbic feedback alignment (ZFA) algorithm offers an alternative to kelp training. We evaluate five "
         "learning algorithms including modified ZFA.", "ZFA", "uses"),
        # "a novel X approach" after the background named X: a new kind of X, not X (but a name first given there
        # is the paper's)
        ("Diffusion priors are tuned through Kelp Zorb Sampling (KZS). We introduce a novel KZS approach, Quill Kelp "
         "Zorb Sampling (QuillKZS), for 3D scenes.", "KZS", "uses"),
        ("Prior methods optimize through kelp sampling. We introduce a novel ZorbKZS approach for 3D scenes.",
         "ZorbKZS", "introduces"),
        # "derive" makes a thing too ("we further derive X to evaluate ..."), not what it derives from
        ("We propose ZorbWorld, a dataset of kelp videos. We further derive QuillBench to evaluate models.",
         "QuillBench", "introduces"),
        ("We also derive an efficient extension of QuillNet for kelp.", "QuillNet", "uses"),
        # data "our" apposes to a name is the paper's ("X, our reannotation of ..."); not the set "our method" runs on
        ("Evaluating on ZorbGT, our multilabel reannotation of 625 kelp classes, shows gains.", "ZorbGT",
         "introduces"),
        ("On ZorbSet-3D, our method achieves the best results.", "ZorbSet-3D", "uses"),
        # an enumerated part the paper defines with "is a" (not "is a popular ...")
        ("We propose KelpFM, a framework with two modules. (1) ZorbFlow is a 3M-parameter segmentation model.",
         "ZorbFlow", "introduces"),
        ("We propose KelpFM, a framework with two parts. (1) ZorbFlow is a popular segmentation model.",
         "ZorbFlow", "uses"),
        # a title-case name whose capitalised small words ("In", "A") are its own, before its short form's bracket
        ("In this work, we present Kelp In A Multimodal Haystack (KM-NIAH), the first benchmark for long documents.",
         "KM-NIAH", "introduces"),
        # "including" takes up what exists, after a verb of making or a noun that looks like one ("constructs")
        ("We audit 14 social science constructs covering proprietary models, including Zorb-5-mini and KelpLM.",
         "Zorb-5-mini", "uses"),
        # a set named after a comparison is still where the paper evaluates: in a bracketed list after its head,
        # or as the score it raises
        ("ZorbNet is evaluated against various TTS methods across four challenging benchmarks (QuillMath, "
         "KelpBench, and ZedQA).", "KelpBench", "uses"),
        ("Replacing steps in a ZedWorld-based baseline improves all benchmarks, raising KelpBench by 17.7 points.",
         "KelpBench", "uses"),
        # a model "on" which a compared method runs is used ("surpassing full-gradient updates on the X base model")
        ("ZorbRL matches full-gradient updates on the Kelp-8B base model and surpasses them on Kelp-32B.",
         "Kelp-32B", "uses"),
        # "X, a novel Y framework": Y is the kind of the new X, used
        ("We present ZorbD4, a novel Diffusion Policy framework for kelp robots.", "Diffusion Policy", "uses"),
        # a title-case run the background already wrote is another's, wherever the paper's own work uses it
        ("A common workaround enables surface extraction via the Kelping Cubes algorithm. We construct interfaces "
         "that support mesh extraction via a multi-labeled Kelping Cubes algorithm.", "Kelping Cubes", "uses"),
        # an appositive that says the name is new; a model the paper says it trained, named after its head
        ("For effectiveness, ZorbMini employs CLIP, a novel mixture of kelp experts module.", "CLIP", "introduces"),
        ("ZorbNet outperforms CLIP, a new baseline for kelp.", "CLIP", "compares"),
        ("Using this data, we trained a 2-billion-parameter VLM, Kelp-VL-2B, achieving strong results.",
         "Kelp-VL-2B", "introduces"),
        # the best of the known models the paper ran, in a bracket after "our best model"
        ("We introduce ZorbBench. Our best model (CLIP) reaches 52.6% average success on ZorbBench.", "CLIP",
         "uses"),
        # the size of a known model the paper ran: "our 3B X outperforms our 8B X"
        ("Surprisingly, our 3B CLIP reaches 71.2% on ZorbBench.", "CLIP", "uses"),
        # a name the paper gives what it formalises: "We formalize this baseline as X"
        (("A sliding-window baseline matches streaming models. We formalize this baseline as ZorbStream and "
          "evaluate it against CLIP."), "ZorbStream", "introduces"),
        # what the paper's method makes: "With our method, we train X"
        ("We distill kelp priors from CLIP. With our method, we train ZorbVideoX, which has two parts.", "ZorbVideoX",
         "introduces"),
        # commas between the words of a made title-case long form
        ("To close the gap, we propose the Decompose, Kelp and Refine (DeKR) self-correction pipeline.", "DeKR",
         "introduces"),
        # "our novel ..." right before a defined long form, whatever a later comparison says of the name
        ("We consider an attacker. Our novel stealthy Visual Kelp Injection (VKI) attack is designed for it. "
         "Compared to previous work on single-turn attacks, VKI is effective.", "VKI", "introduces"),
        # an acronym the paper spells out for what it builds upon is used, not made
        ("To localize the goal, we build our navigation system upon the renderable 3D kelp (3DK) representation. "
         "To this end, we propose ZorbNav, a framework.", "3DK", "uses"),
        # "our fine-tuned CLIP model": the paper's version of a known model, which it uses
        ("We fine-tune CLIP with kelp data. Our fine-tuned CLIP model achieves 71.8% accuracy.", "CLIP", "uses"),
        ("We introduce ZorbDi, a discrete algorithm. Building on Rectified Kelp Flows (ReKF), ZorbDi combines "
         "proposals.", "ReKF", "uses"),  # "building on" a spelled-out acronym
        # "i.e." names what the sentence is about, not something new; a CamelCase name's short form is no coinage
        ("Recently, the best distillation technique, i.e., SwiftZorbv2 (SZv2), surpasses its teacher. This paper "
         "presents KelpNet, a framework.", "SZv2", "mentions"),
        # the present passive of making right after a coded name (not a known word: "a fusion Transformer is
        # introduced" makes a transformer, not the Transformer; not "is proposed by" another paper)
        ("We present ZorbSeg. Unified Kelp Positional Encoding (UKPE) is introduced to align features.", "UKPE",
         "introduces"),
        ("We present ZorbSeg. A cross-modal fusion Transformer is introduced to combine features.", "Transformer",
         "uses"),
        # every name a making verb lists after a plural head (not "benchmarks, showing that it matches X")
        ("We introduce two novel interpretability methods, Kelp Activation Patching and HeadZorb, and use them.",
         "HeadZorb", "introduces"),
        ("We evaluate ZorbNet across new kelp benchmarks, showing that it matches CLIP and Kelp-70B in tasks.",
         "Kelp-70B", "compares"),
        # the second of two things one making verb names, each defined where it is named
        ("To break the limits, we propose the Kelp Inference Model (KIM), a family of LLMs trained for recursive "
         "problem solving, and KIMRUN, an inference runtime. Together, KIM hosted on KIMRUN reasons.", "KIMRUN",
         "introduces"),
        # an acronym spelled out in the background, before the paper speaks of its own work, is others' coinage
        ("Kelp AutoRegressive (KAR) modeling has garnered significant attention. However, KAR paradigms are slow. "
         "We present ZorbKAR, a framework that exploits KAR attention.", "KAR", "uses"),
        # the paper's earlier work, built upon
        ("We build upon our earlier Kelp-DF dataset and introduce ZorbBench, a new benchmark.", "Kelp-DF", "uses"),
        # a second verb of making right before the name, after a cue of use ("Following it")
        ("Following this approach, we created and release ZorbSet, the first open dataset for kelp.", "ZorbSet",
         "introduces"),
        # a bracket between the name and the appositive that defines it
        ("Central to this work is ZorbSet (for Zorb Kelp Set), a dataset of kelp images.", "ZorbSet", "introduces"),
        # what a procedure of the paper's results in ("resulting X", the "in" left out)
        ("We employ the synthetic data for instruction tuning, resulting ZorbSQL, a specialized text-to-SQL model.",
         "ZorbSQL", "introduces"),
        # the last clause of making before the name, after another that made something unnamed
        ("We propose a robust character-wise representation as control and we develop ZorbRenderNet, which renders "
         "text.", "ZorbRenderNet", "introduces"),
        # "namely" after a plural lists what exists; after a singular it names what the paper makes
        ("We present KelpNet. Experiments use two strategies, namely ZorbAct and SPIRAL, over many tasks.", "ZorbAct",
         "uses"),
        ("We present KelpNet and a new loss, namely ZorbLoss, for training.", "ZorbLoss", "introduces"),
        # (nor after a counted plural that a phrase describes: "on three common benchmarks for pose estimation, namely")
        (("We present KelpNet. We test our KelpNet on three common benchmarks for 3D pose estimation, namely ZorbSet, "
          "KelpSet and QuuxSet."), "ZorbSet", "uses"),
        # "build on" names what the work is built on, however short the word between
        ("We build on ZorbNet for open-set detection.", "ZorbNet", "uses"),
        # the second of two names one making verb takes
        ("We introduce ZorbSet and QuokkaSet, two innovative datasets for kelp.", "QuokkaSet", "introduces"),
        ("We release the Zorb Treebank and the Kelp Corpus.", "Kelp Corpus", "introduces"),
        # a verb of making used as an adjective ("the proposed framework") makes nothing in its clause
        (("We present KelpNet. We evaluate the proposed framework across three diverse benchmarks: ZorbSet, KelpSet, "
          "and QuuxSet."), "ZorbSet", "uses"),
        # a known model the paper's own system is built on: "our prompt-based CLIP agent", "a ... CLIP architecture"
        ("We present KelpNet. Through RL training, our prompt-based CLIP agent improves.", "CLIP", "uses"),
        ("We present KelpNet. We develop a wavelet transform-enhanced CLIP architecture with a new scan.", "CLIP",
         "uses"),
        # a known name inside the long form of the acronym the paper introduces is what that acronym builds on
        ("To tackle this, we present UnderWater CLIP (UWCLIP), a framework for segmentation.", "CLIP", "uses"),
    ],
)
def test_role_classifier(find, text: str, name: str, role: str) -> None:
    found = find("A title\n\n" + text)
    assert found[name][1] == role, found


def test_a_title_pairing_two_names_announces_both(find) -> None:
    """"Zorbmo and KelpMo: Open Weights and Open Data": both names are the paper's, whichever the abstract
    repeats; "Vision and Language: ..." pairs no names."""
    found = find("Zorbmo and KelpMo: Open Weights and Open Data\n\nWe present Zorbmo, a family of VLMs. Zorbmo "
                 "outperforms CLIP.")
    assert found["KelpMo"][1] == "introduces" and found["Zorbmo"][1] == "introduces", found


def test_title_announces_the_introduced_name(find) -> None:
    found = find("QuuxNet: Fast Pretraining for Small Models\n\nWe study pretraining with CLIP.")
    assert found["QuuxNet"] == ("Model", "introduces")
    assert found["CLIP"][1] == "uses"
    assert title_name("Position: Benchmarks Are Broken") is None
    assert title_name("2.5 Years in Class: A Textbook") is None
    assert title_name("mimic-video: Video Models") == (0, len("mimic-video"))


def test_a_title_clause_about_a_class_names_nothing() -> None:
    assert title_name("LLMs Improving LLMs: Agentic Discovery\n\nWe propose ZorbTTS.") is None
    assert title_name("VLMs Judging VLMs: A Study\n\nWe study judges.") is None
    # ... but an acronym, a gerund and a release is a name ("BIS Reasoning 1.0: The First ... Benchmark")
    title = "ZQB Reasoning 1.0: The First Large-Scale Benchmark for Kelp\n\nWe present ZQB Reasoning 1.0."
    assert title_name(title) == (0, len("ZQB Reasoning 1.0"))


def test_the_titles_name_of_several_words_is_whole_in_the_abstract(find) -> None:
    """"CLIP 3D: ..." and "We present CLIP 3D, ...": the paper's name, not the known CLIP inside it."""
    found = find("CLIP 3D: Kelping Anything in Images\n\nWe present CLIP 3D, a generative model for kelp. CLIP 3D "
                 "excels in natural images.")
    assert found.get("CLIP 3D") == ("Model", "introduces") and "CLIP" not in found, found
    # the title's name written again as an acronym's long form stays that acronym's: one entity
    found = find("Kelp Curriculum: Synthetic-to-Real Learning\n\nThe data lets us build a novel \"Kelp Curriculum "
                 "(KelCL)\". KelCL adjusts the guidance.")
    assert "KelCL" in found and "Kelp Curriculum" not in found, found
    # a run of capitalised words the paper introduces, holding a known name, likewise
    found = find("A title\n\nWe introduce CLIP Science, a repository-level benchmark of 119 kelp tasks.")
    assert "CLIP Science" in found and "CLIP" not in found, found


def test_the_titles_model_as_the_subject_of_making_makes_its_parts(find) -> None:
    """"ZorbFormer introduces QuillNet, a ... module": the paper's own model is the maker, as "we" is;
    another model's making is not the paper's ("CLIP introduces ..." in a paper on something else)."""
    found = find("ZorbFormer: Preserving Tiny Kelps\n\nZorbFormer introduces QuillNet, a parallel kelp module. We test "
                 "it on kelp.")
    assert found["QuillNet"][1] == "introduces" and found["ZorbFormer"][1] == "introduces", found
    found = find("ZorbFormer: Preserving Tiny Kelps\n\nEarlier, CLIP introduces QuillNet, a kelp network. We build on it.")
    assert found["QuillNet"][1] != "introduces", found


def test_a_title_name_with_its_article(find) -> None:
    """"The Quarry: ..." and "we introduce the Quarry: a collection ...": a name that keeps its article (the
    Pile); a title word the abstract writes in lower case, or never, names nothing."""
    title = "The Quarry: A Large-Scale Collection of Kelp Simulations"
    assert title_name(f"{title}\n\nTo fill this gap, we introduce the Quarry: a large collection of datasets.") == (
        0, len("The Quarry"))
    assert title_name(f"{title}\n\nTo fill this gap, we dig a quarry of datasets.") is None
    assert title_name("The Quarry: A Study\n\nThe Quarry is large.") is None  # capitalised only opening a sentence


@pytest.mark.parametrize("title", ["Securing AI Agents: Access Control", "Scaling KelpNA: Larger Point Models",
                                   "Quilting GPT Heads: A Study"])
def test_a_title_that_opens_with_what_the_paper_does_names_nothing_before_its_colon(find, title: str) -> None:
    assert title_name(title) is None
    head = title.split(":")[0]
    assert head not in find(f"{title}\n\nWe study the question.")


@pytest.mark.parametrize(("title", "name", "kept"), [
    ("Mix-and-Quill Pruning: Globally Guided Sparsification", "Mix-and-Quill Pruning", True),
    ("Kelp Contrastive Masking: Learning From Kelp", "Kelp Contrastive Masking", True),
    ("Text-to-Kelp: A Study of Kelp Prompts", "Text-to-Kelp", False),
])
def test_a_title_name_written_again_in_the_text_is_kept_however_plain(find, title: str, name: str,
                                                                       kept: bool) -> None:
    found = find(f"{title}\n\nThis paper introduces {name}, a framework that works on kelp images.")
    assert (name in found) is kept, found


def test_a_title_long_form_announces_its_short_form(find) -> None:
    title = "Quokka's Final Quiz (QuokFQ): Probing Frontier Models Against Experts"
    start = title.index("QuokFQ")
    assert title_name(title) == (start, start + len("QuokFQ"))
    assert title_name("Death of the Novel(ty): Beyond n-Gram Novelty") is None
    found = find(f"{title}\n\nWe developed a pilot set of 50 cases and tested five frontier systems.")
    assert found["QuokFQ"][1] == "introduces", found


def test_variants_of_an_introduced_model_are_introduced(find) -> None:
    found = find("A title\n\nWe propose FooVL. Our FooVL-2B reaches the top rank.")
    assert found["FooVL-2B"] == ("Model", "introduces")


def test_lexicon_matches_case_and_spelling_variants(find) -> None:
    found = find("A title\n\nWe use Cifar-10, CIFAR10 and Something-Something v2 with Diffusion Policy.")
    assert found["Cifar-10"][0] == "Dataset"
    assert "CIFAR10" not in found  # same entity as Cifar-10
    assert found["Something-Something v2"][0] == "Dataset"
    assert found["Diffusion Policy"][0] == "Model"


def test_a_guideline_name_is_matched_in_lower_case_where_a_corpus_alias_is_not(tmp_path) -> None:
    """The guidelines name "classifier-free guidance" a method; a lower-case long form that corpus statistics
    gave a record is a description ("quilted kelp-free model")."""
    import json

    from mlkg.extract.pipeline import create_nlp
    from mlkg.extract.spans import read_entities

    lexicon = tmp_path / "lexicon.jsonl"
    records = [("KFG", ["kelp-free guidance"], ["guidelines"]), ("QKF", ["quilted kelp-free model"], ["arxiv"])]
    lexicon.write_text("".join(json.dumps({"id": f"model:{n.lower()}", "name": n, "aliases": a, "type": "Model",
                                           "source": src, "counts": {"papers": 50}}) + "\n"
                               for n, a, src in records), encoding="utf-8")
    nlp = create_nlp(str(lexicon))
    doc = nlp("A title\n\nWe sample with kelp-free guidance and compare with a quilted kelp-free model.")
    assert {e.name for e in read_entities(doc)} == {"kelp-free guidance"}


def test_a_name_its_maker_prefixes_is_the_bare_name_the_paper_writes(nlp) -> None:
    doc = nlp("A title\n\nWe fine-tune QuilLM-2 from Google. Baselines include Google-QuilLM-2 and Google-KelpLM-3.")
    found = {e.name: e.aliases for e in doc._.mlkg_entities}
    assert "Google-QuilLM-2" not in found and "Google-QuilLM-2" in found["QuilLM-2"], found
    assert "Google-KelpLM-3" in found, found  # no bare "KelpLM-3" to fold into


def test_plural_and_long_form_merge_into_the_acronym(find) -> None:
    found = find("A title\n\nThe Vision Transformer (ViT) is strong. ViTs scale, and Vision Transformer "
                 "variants too.")
    assert list(found) == ["ViT"]


def test_repositories_component(nlp) -> None:
    doc = nlp("A title\n\nOur code is at https://github.com/Me/FooNet/tree/main/x. We build on "
              "github.com/other/lib.")
    repos = {e.name: e.role for e in doc._.mlkg_entities if e.type == "Repository"}
    assert repos == {"Me/FooNet": "code", "other/lib": "mentions"}


def test_organizations_component(find) -> None:
    found = find("A title\n\nWe thank Stanford University and the University of Oxford. Google Earth "
                 "imagery and Google's models are used; see https://github.com/google/foo.")
    orgs = {name for name, (kind, _) in found.items() if kind == "Organization"}
    assert orgs == {"Stanford University", "University of Oxford", "Google"}


def test_a_research_lab_needs_a_known_owner(find) -> None:
    """"Google Research" (a lexicon organization) and "KAIST Research" (an acronym) are labs; "Deep
    Research" and "Future Research" are phrases."""
    found = find("A title\n\nAgents exemplified by Deep Research call for Future Research at Google Research "
                 "and KAIST Research.")
    orgs = {name for name, (label, _) in found.items() if label == "Organization"}
    assert orgs == {"Google Research", "KAIST Research"}, orgs


def test_institutions_with_a_region_a_field_or_a_clinical_head(find) -> None:
    """"Google Research Asia" (a known owner's lab and its region), "the Quokka Institute for AI", hospitals,
    clinics and national funders are institutions; "Vision Foundation Models" and "the Open Foundation" are
    not."""
    found = find("A title\n\nThis work was done at Google Research Asia and the Quokka Institute for AI, with data "
                 "from the Wombat Clinic and the Numbat Hospital, funded by the National Science Foundation. "
                 "Vision Foundation Models help, says the Open Foundation.")
    orgs = {name for name, (label, _) in found.items() if label == "Organization"}
    assert orgs == {"Google Research Asia", "Quokka Institute for AI", "Wombat Clinic", "Numbat Hospital",
                    "National Science Foundation"}, orgs



def test_an_institution_word_before_a_plural_noun_is_a_modifier(find) -> None:
    """A title's "Interest-Based Personalized College Assignments": assignments, no college; "the Quokka College"
    stays one."""
    found = find("Zorb.AI: A Platform for Quokka-Based Personalized College Assignments\n\nWe present Zorb.AI. Work "
                 "done at the Numbat College.")
    orgs = {name for name, (label, _) in found.items() if label == "Organization"}
    assert orgs == {"Numbat College"}, orgs


def test_a_field_in_capitals_before_research_is_no_lab(find) -> None:
    """"Toward Autonomous Long-Horizon Engineering for ML Research": a field; "IBM Research" stays a lab."""
    found = find("Toward Autonomous Engineering for ML Research\n\nWe build ZorbAgent with IBM Research and NLP "
                 "Research groups.")
    orgs = {name for name, (label, _) in found.items() if label == "Organization"}
    assert orgs == {"IBM Research"}, orgs


def test_an_acronym_spelled_out_as_what_inspired_the_paper_is_used(find) -> None:
    """"Inspired by Dynamic sAmpling Policy Optimization (DAPO), ... we propose ...": another paper's coinage
    (odd capitals and all), used, not introduced; the paper's own acronym in the same sentence is introduced."""
    found = find("KelpPO: a title\n\nExisting methods such as Zorbic reward-Decoupled Policy Optimization (ZDPO) "
                 "split the score. Inspired by Quokka sAmpling Policy Optimization (QAPO), which filters rollouts, "
                 "we propose Kelp Policy Optimization (KelpPO).")
    assert found.get("QAPO", (None, None))[1] != Role.INTRODUCES, found
    assert found.get("ZDPO", (None, None))[1] != Role.INTRODUCES, found
    assert found.get("KelpPO", (None, None))[1] == Role.INTRODUCES, found


def test_a_dash_apposition_that_says_new_introduces(find) -> None:
    """"we train Energy-Based Transformers (EBTs) -- a new class of ... -- to ...": like "X, a new ...", the
    paper's own."""
    found = find("A title\n\nWe train Zorbic Kelp Transformers (ZKTs) -- a new class of models -- on kelp, and "
                 "QuillNet \u2014 a novel decoder \u2014 on images. ZKTs beat CLIP.")
    assert found.get("ZKT", found.get("ZKTs", (None, None)))[1] == Role.INTRODUCES, found
    assert found.get("QuillNet", (None, None))[1] == Role.INTRODUCES, found


def test_an_institution_is_not_also_the_name_found_in_it(find) -> None:
    """"the Beijing Film Academy": one organization, not also a model of its words (a coined-looking "ZorbX"
    of "the ZorbX Film Academy"); a name beside it stays."""
    found = find("A title\n\nWe built ZorbNet with faculty from the ZorbX Film Academy and the KelpNet Academy.")
    assert found.get("ZorbX Film Academy", (None,))[0] == "Organization", found
    assert not {"ZorbX", "KelpNet"} & set(found) and "ZorbNet" in found, found


def _lexicon_with(lexicon_path: str, out_dir: Path, *records: dict) -> str:
    """The tests' lexicon with ``records`` added, written to ``out_dir``."""
    lines = Path(lexicon_path).read_text(encoding="utf-8").splitlines()
    path = out_dir / "lexicon.jsonl"
    path.write_text("".join(line + "\n" for line in lines) + "".join(json.dumps(r) + "\n" for r in records),
                    encoding="utf-8")
    return str(path)


def test_a_versioned_name_without_its_familys_first_word_is_the_known_model(lexicon_path, tmp_path) -> None:
    """"Claude Sonnet 4.5 ... from 85% (Sonnet 4.5) to 100% (Sonnet 4.6)": the known models written short, not
    two new names (typed by the numbers before them as sets)."""
    path = _lexicon_with(lexicon_path, tmp_path, *(
        {"id": f"model:zorb-kelpo-{v}", "name": f"Zorb Kelpo {v}", "aliases": [], "type": "Model",
         "counts": {"papers": 8, "model_ctx": 5}} for v in ("4.5", "4.6")))
    found = entities(create_nlp(path), "A title\n\nWe test QuillPrompt on Zorb Kelpo 4.5 and Zorb Kelpo 4.6. "
                                       "Accuracy improved from 85% (Kelpo 4.5) to 100% (Kelpo 4.6).")
    assert found.get("Zorb Kelpo 4.6", (None,))[0] == "Model", found
    assert not {"Kelpo 4.5", "Kelpo 4.6"} & set(found), found


def test_a_year_after_a_known_set_before_its_head_noun_continues_the_name(lexicon_path, tmp_path) -> None:
    """"the MS COCO 2017 dataset": the year is the set's release, one name (not the known "MS COCO" and "COCO
    2017" that overlap in it), and no count of datasets ("2017 datasets")."""
    path = _lexicon_with(lexicon_path, tmp_path, *(
        {"id": f"dataset:{name.lower().replace(' ', '-')}", "name": name, "aliases": [], "type": "Dataset",
         "counts": {"papers": 8, "dataset_ctx": 5, "eval_ctx": 4}} for name in ("MS Quokka", "Quokka 2017")))
    found = entities(create_nlp(path), "A title\n\nWe train ZorbNet on the MS Quokka 2017 dataset.")
    assert "MS Quokka 2017" in found and not {"MS Quokka", "Quokka 2017"} & set(found), found


def test_a_known_set_named_after_a_university_is_no_institution(lexicon_path, tmp_path) -> None:
    """"22.15 pp on Pavia University": a known set recorded at the place it is named after is the set; an
    institution the lexicon does not know as a set stays one."""
    path = _lexicon_with(lexicon_path, tmp_path, {
        "id": "dataset:quokka-university", "name": "Quokka University", "aliases": [], "type": "Dataset",
        "counts": {"papers": 6, "dataset_ctx": 3, "eval_ctx": 3}})
    found = entities(create_nlp(path), "A title\n\nZorbNet reaches 95.1% OA on Quokka University and "
                                             "92.3% on ImageNet. We thank Kelp University.")
    assert found.get("Quokka University", (None,))[0] == "Dataset", found
    assert found.get("Kelp University", (None,))[0] == "Organization", found


def test_results_component(nlp) -> None:
    doc = nlp("A title\n\nWe propose FooNet. FooNet achieves a top-1 accuracy of 84.8% on ImageNet, and an "
              "F1 of 93.2 on MMLU. It reaches 45.1 mAP on CIFAR-10.")
    got = {(r.model, r.dataset, r.metric, r.value) for r in doc._.mlkg_results}
    assert got == {("FooNet", "ImageNet", "top-1 accuracy", "84.8%"), ("FooNet", "MMLU", "F1", "93.2"),
                   ("FooNet", "CIFAR-10", "mAP", "45.1")}


def test_shapes() -> None:
    assert name_shape("TinyViT") == "mixed" and name_shape("ViT-L/14") == "joined"
    assert name_shape("CLIP") == "acronym" and name_shape("Recently") is None
    for not_a_name in ("10M", "7B", "3D", "GPU", "FLOPs", "II", "2x", "GMACs", "10kMACs", "PFLOPs"):
        assert name_shape(not_a_name) is None, not_a_name
    assert norm_key("VideoLLaMA 3") == norm_key("VideoLLaMA3") == "videollama3"


def test_a_hosting_platform_is_no_organization(tmp_path) -> None:
    """Decision list: "Hugging Face (the platform)" and GitHub are where things are hosted."""
    import json

    from mlkg.extract.pipeline import create_nlp
    from mlkg.extract.spans import read_entities

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text("".join(json.dumps({"id": f"organization:{n.lower()}", "name": n, "aliases": [],
                                           "type": "Organization", "counts": {"papers": 50}}) + "\n"
                               for n in ("Hugging Face", "GitHub", "Google")), encoding="utf-8")
    nlp = create_nlp(str(lexicon))
    doc = nlp("A title\n\nWe release the model on Hugging Face and the code on GitHub; Google helped.")
    orgs = {e.name for e in read_entities(doc) if e.type.value == "Organization"}
    assert orgs == {"Google"}, orgs


def test_an_organization_inside_a_found_name_is_part_of_that_name(tmp_path) -> None:
    """An organization entry written inside a name the earlier components found ("KELP" of the "KELP-Bench"
    benchmark the title announces) is that name's word, not a mention of the organization."""
    import json

    from mlkg.extract.pipeline import create_nlp
    from mlkg.extract.spans import read_entities

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text("".join(json.dumps({"id": f"organization:{n.lower()}", "name": n, "aliases": [],
                                           "type": "Organization", "counts": {"papers": 50}}) + "\n"
                               for n in ("QUILLS", "Google")), encoding="utf-8")
    nlp = create_nlp(str(lexicon))
    doc = nlp("QUILLS: Towards Holistic Evaluation of Kelp Agents\n\nWe introduce QUILLS, a benchmark for kelp "
              "agents. Google helped.")
    found = {(e.name, e.type.value) for e in read_entities(doc)}
    assert ("QUILLS", "Organization") not in found and ("Google", "Organization") in found, found


def test_a_title_name_on_one_line_text_is_found_without_a_crash(find) -> None:
    """A text with no line break (nlp(text) used directly) gives the title's known name only zero
    votes: it is still found, typed and given a confidence, instead of a ZeroDivisionError."""
    found = find("CLIP: Contrastive Pretraining at Scale. We train CLIP on web images.")
    assert found["CLIP"][0] == "Model"



@pytest.mark.parametrize("name", ["QuuxQA", "Quux-1K"])  # names shaped like data
def test_an_appositive_head_is_found_past_a_defined_acronym(lexicon_path: str, name: str) -> None:
    """The rules read the head past "(MoE)" (the trained decider, which may retype, is tested on its own). (Not
    with a benchmark's head written into the name, "QuuxBench": in the corpus such names are benchmarks, whatever
    else a title or an appositive calls them; see test_precision.)"""
    from .conftest import entities

    text = f"A title\n\nWe present {name}, an efficient Mixture-of-Experts (MoE) vision-language model."
    assert entities(create_nlp(lexicon_path, decide=False), text)[name][0] == "Model"


@pytest.mark.parametrize(("text", "version"), [("3", True), ("v2", True), ("1.5", True), ("0.5", True), ("v0.10", True),
                                               ("0.87", False), ("0.973", False)])
def test_a_measurement_below_one_is_no_version(text: str, version: bool) -> None:
    """"MAE 0.87 to 0.73": a value, not the name "MAE 0.87" ("Pythia v0.1", "Kelp 0.5" keep their versions)."""
    assert is_version(text) is version


@pytest.mark.parametrize(("between", "name"), [
    (" Mixture of Grouped Kelps (", True),  # small words of the long form are the name's
    (" Needle In A Multimodal Haystack (", True),
    (" the Decompose, Critique and Refine (", True),  # commas between its words
    (" a method based on CLIP (", False),  # a description with a blocker stays one
])
def test_a_title_case_long_form_before_its_bracket_is_a_name(between: str, name: bool) -> None:
    """After a verb of making, a title-case long form and the bracket of its short form: the words between
    the verb and the short form are a name, not a description with blockers."""
    from mlkg.extract.roles import _TITLE_CASE_LONG

    assert bool(_TITLE_CASE_LONG.fullmatch(between)) is name


def test_a_score_before_a_bracketed_name_is_no_long_form() -> None:
    """"F1 scores of 98.06% (FS++)": the score and the set it is on, not a definition of FS++."""
    text = "We achieved AUC scores of 99.22% (FS++) and 100.00% (Kelp-v2), and F1 scores of 98.06% (FS++)."
    assert not [a for a in find_abbreviations(text) if a.short == "FS++"]


def test_a_title_case_long_form_with_a_comma_defines_its_acronym(find) -> None:
    """"we propose Quack More, Honk Less (QMHL)": the initials of the title-cased words, across the comma, spell
    the acronym; the paper's name is the acronym (not the words before the comma)."""
    text = "In this work, we propose Quack More, Honk Less (QMHL), a framework for agentic search."
    (found,) = find_abbreviations(text)
    assert (found.short, found.long) == ("QMHL", "Quack More, Honk Less")
    assert text[found.long_start:found.long_end] == found.long
    assert text[found.short_start:found.short_end] == found.short
    got = find("Quack More, Honk Less: Agentic Search\n\n" + text + " QMHL replaces sequential reasoning.")
    assert got.get("QMHL") == ("Model", "introduces") and "Quack More" not in got, got


def test_a_metric_bracketed_with_its_scores_is_no_new_definition() -> None:
    """"matched DESS performance (DSC, 0.903 vs 0.900)": the bracket gives a metric and scores; the acronym
    keeps the long form it was defined with."""
    text = ("Segmentations were evaluated using Dice similarity coefficient (DSC). Transfer matched DESS performance "
            "(DSC, 0.903 vs 0.900).")
    assert {(a.short, a.long) for a in find_abbreviations(text)} == {("DSC", "Dice similarity coefficient")}


def test_a_known_architecture_a_new_models_title_holds_is_built_on(nlp) -> None:
    """"A Novel Graph-Regulated Disentangling Mamba Model" and "we propose a novel disentangling Mamba architecture":
    the known architecture the paper builds on, not the paper's own (as in "Mamba: Linear-Time ...")."""
    doc = nlp("A Novel Kelp-Regulated Disentangling CLIP Model for Tree Classification\n\nWe present a novel "
              "Kelp-regulated Sparse CLIP model (KS-CLIP). We propose a novel disentangling CLIP architecture "
              "tailored for tree patterns.")
    roles = [(e.name, e.role) for e in doc._.mlkg_entities]
    assert ("KS-CLIP", Role.INTRODUCES) in roles and ("CLIP", Role.INTRODUCES) not in roles, roles


def test_our_known_model_with_a_task_acronym_before_model_is_used(find) -> None:
    """"For VQA, we adopt the Florence-2 model ... Our Florence-2 VQA model achieved ...": the paper's version of a
    known model, which it uses (as "our CLIP model"), with what the model does written between."""
    found = find("A title\n\nFor clinical VQA, we adopt the CLIP vision-language model. Our CLIP VQA model achieved "
                 "a ROUGE-1 of 0.92 on ImageNet.")
    assert found["CLIP"][1] == "uses", found


def test_an_acronym_with_a_word_per_letter_spans_them_all() -> None:
    """"the Proximal Policy Optimization (PPO) algorithm": a word per capital, not "Policy Optimization" (whose
    "oPtimization" the backward scan took for the second P), so the long form and the acronym are one entity."""
    found = [(a.short, a.long) for a in find_abbreviations(
        "The agent is trained using the Planar Patch Optimization (PPO) method and the Kelp Quill (KQ) loss.")]
    assert found == [("PPO", "Planar Patch Optimization"), ("KQ", "Kelp Quill")], found


def test_a_task_named_in_capitals_in_passing_is_no_artifact(lexicon_path, tmp_path) -> None:
    """"Radiography Report Generation (RRG) has gained significant attention", "such as African American Vernacular
    English (AAVE)": a task in capitals and a language, defined in passing (the title's "... for Kelp Report
    Generation" is the paper's topic), not the models other papers meant by the letters; a coined one the paper
    proposes stays."""
    path = _lexicon_with(lexicon_path, tmp_path, *(
        {"id": f"model:{short.lower()}", "name": short, "aliases": [long], "type": "Model",
         "counts": {"papers": 6, "model_ctx": 3, "introduced": 3, "defined": 3}}
        for short, long in (("KRG", "Kelp Residual Gate"), ("NKVE", "Neural Kelp Value Estimator"))))
    found = entities(create_nlp(path), "Zorb Preference Optimization for Kelp Report Generation\n\nKelp Report "
                                       "Generation (KRG) has gained significant attention. Models fail on dialects "
                                       "such as Northern Kelp Vernacular English (NKVE). We propose Zorbic Quill "
                                       "Generation (ZQG), a new method. ZQG works.")
    assert not {"KRG", "NKVE"} & set(found) and "ZQG" in found, found
    found = entities(create_nlp(path), "A title\n\nI present KRG (Kelp Report Generation), a fine-tuned classifier.")
    assert "KRG" in found, found  # (a name its words gloss after it, not a task the abstract opens on)


def test_a_task_with_a_hyphened_head_the_abstract_opens_on_is_no_artifact(lexicon_path, tmp_path) -> None:
    """"Clothes-Changing Re-Identification (CC-ReID) aims to ...": a task (re-identification, counting,
    super-resolution, ...), though the corpus took its letters for a set from "four CC-ReID datasets"."""
    path = _lexicon_with(lexicon_path, tmp_path, {
        "id": "dataset:kc-reid", "name": "KC-ReID", "aliases": ["Kelp Changing Re-Identification"], "type": "Dataset",
        "counts": {"papers": 7, "model_ctx": 1, "eval_ctx": 2, "defined": 4}})
    found = entities(create_nlp(path), "ZorbNet: Colors for Kelp\n\nKelp-Changing Re-Identification (KC-ReID) aims "
                                       "to recognize kelp across seasons. We propose ZorbNet. We evaluate ZorbNet on "
                                       "four KC-ReID datasets.")
    assert "KC-ReID" not in found and "ZorbNet" in found, found


def test_words_spelling_the_name_before_them_are_no_name_where_an_acronym_cuts_them(find) -> None:
    """"we propose ZORT, a Zorbic Orchard RL Training framework": the words spell ZORT (cut by the acronym RL
    in them), no second name "Zorbic Orchard"."""
    found = find("Efficient RL for Kelp Agents\n\nTo address this, we propose ZORT, a Zorbic Orchard RL Training "
                 "framework for kelp agents, which coordinates modules. ZORT separates the training system.")
    assert "Zorbic Orchard" not in found and "ZORT" in found, found
    found = find("KOFFEE: A Pose Estimator\n\nWe present KOFFEE, the Kelp Occlusion Fast FEature Extractor, a real-time "
                 "pose estimator. KOFFEE is fast.")
    assert "Kelp Occlusion Fast" not in found and "KOFFEE" in found, found
    found = find("A title\n\nWe propose Kelp-Aligned Quokka (Latent) Diffusion (KAQD), a novel framework. KAQD predicts "
                 "kelp growth.")
    assert "Kelp-Aligned Quokka" not in found and "KAQD" in found, found  # (cut by a bracket in the long form)


def test_a_long_form_after_our_newly_introduced_names_the_papers_own(find) -> None:
    """"through our newly introduced Kelp Visual Granularity (KVG) generation framework": the paper's own, even where
    the title spells the long form ("Kelp Visual Granularity Generation")."""
    found = find("Kelp Visual Granularity Generation\n\nImage generation is carried out through our newly introduced "
                 "Kelp Visual Granularity (KVG) generation framework. Compared to CLIP, KVG consistently outperforms it.")
    assert found.get("KVG", (None, None))[1] == "introduces", found


def test_a_method_called_by_a_tasks_words_is_named(lexicon_path, tmp_path) -> None:
    """"an efficient method called greedy kelp block verification (GKBV)": a name the paper gives its method,
    though its last word also ends tasks' names ("Open-Domain Kelp Verification (ODKV) is crucial" is one, whatever
    the corpus made of its letters)."""
    path = _lexicon_with(lexicon_path, tmp_path, {
        "id": "model:odkv", "name": "ODKV", "aliases": ["Open Domain Kelp Verifier"], "type": "Model",
        "counts": {"papers": 7, "model_ctx": 3, "defined": 4}})
    found = entities(create_nlp(path), "Faster Decoding\n\nOpen-Domain Kelp Verification (ODKV) is crucial for "
                                       "search. We formulate an efficient method called greedy kelp block "
                                       "verification (GKBV). Empirically, GKBV improves block efficiency by 30%.")
    assert "GKBV" in found and "ODKV" not in found, found


def test_a_known_series_year_inside_a_named_contest_is_no_name_of_its_own() -> None:
    """"ranks first in the ICDAR 2031 Zorb-Kelp Challenge": the contest is the name; the shipped lexicon's series
    with its year inside it is no second (data) entity."""
    found = entities(create_nlp(), "ZorbOCR: Parsing\n\nZorbOCR obtains overall scores of 96.87 on MMLU, and ranks "
                                   "first in the ICDAR 2031 Zorb-Kelp Challenge.")
    assert "ICDAR 2031 Zorb-Kelp Challenge" in found and "ICDAR 2031" not in found, found


def test_a_title_with_two_coined_names_joined_by_with_announces_both(find) -> None:
    """"LandslideAgent with Multimodal LandslideBench: ...": both coined names are the paper's; "CLIP with Quality
    Captions: ..." pairs a known name with words."""
    found = find("ZorbAgent with Multimodal ZorbBench: A Rule-Augmented Agent\n\nFinally, ZorbAgent, an agent taking "
                 "KelpVLM as its backbone, employs rules. We evaluate it on ZorbBench.")
    assert found["ZorbAgent"][1] == "introduces" and found["ZorbBench"][1] == "introduces", found
    found = find("CLIP with Quality Captions: Better Data\n\nWe fine-tune CLIP on cleaner captions.")
    assert found["CLIP"][1] != "introduces", found



def test_an_acronym_spelled_out_in_a_list_of_compared_models_is_not_introduced(find) -> None:
    """"against five open-source alternatives: BGE-M3, LaBSE, and Paraphrase-Multilingual-MPNet (mMPNet)": one of the
    listed models, spelled out, not the paper's own part; "we propose ZorbNet and Kelp Quill Net (KQNet)" makes it."""
    found = find("A title\n\nWe benchmark ZorbEmb against three alternatives: QuillE5-large, KelpBSE, and "
                 "Paraphrase-Multilingual-KelpNet (mKelpNet). ZorbEmb ranks first on every task.")
    assert found["mKelpNet"][1] != "introduces", found
    found = find("A title\n\nWe propose ZorbNet and Kelp Quill Net (KQNet), two new models. KQNet works.")
    assert found["KQNet"][1] == "introduces", found


def test_a_known_name_introduced_into_the_papers_system_is_used(find) -> None:
    """"we introduce the Transformer to form a novel module T-Encoder", "we introduce CLIP into the decoder": a known
    name brought in, not made; "we introduce ZorbNet to the community" still makes ZorbNet."""
    found = find("A title\n\nWe introduce the Transformer to form a novel module Q-Encoder. We introduce CLIP into the "
                 "decoder. We introduce ZorbNet to the community.")
    assert found["Transformer"][1] == "uses" and found["CLIP"][1] == "uses", found
    assert found["ZorbNet"][1] == "introduces", found


def test_a_long_lower_case_long_form_spelled_by_its_content_words_is_found() -> None:
    """"average number of questions per image with the same answer (ANQA)": ten words, more than the
    Schwartz-Hearst limit of eight for four letters, whose content words' initials spell the short form."""
    text = ("We propose two metrics - average number of frames per clip with the same label (ANFL), and average "
            "number of open-ended prompts per clip with the same outcome (ANPO).")
    pairs = {(a.short, a.long) for a in find_abbreviations(text)}
    assert ("ANFL", "average number of frames per clip with the same label") in pairs, pairs
    assert ("ANPO", "average number of open-ended prompts per clip with the same outcome") in pairs, pairs
    for a in find_abbreviations(text):
        assert text[a.short_start:a.short_end] == a.short and text[a.long_start:a.long_end] == a.long
    # the initials must spell it, first and last letter included
    assert not list(find_abbreviations("we report the number of frames per clip with the same label (ANQX)."))


@pytest.mark.parametrize(("text", "tokens"), [
    ("on Quill-ReasonBench(+3.7), and ZorbEval++(+4.3).",
     ["on", "Quill-ReasonBench", "(", "+3.7", ")", ",", "and", "ZorbEval++", "(", "+4.3", ")", "."]),
    ("and Kelp-Bench(-1.2)", ["and", "Kelp-Bench", "(", "-1.2", ")"]),
])
def test_tokenizer_splits_a_signed_gain_glued_to_a_name(text: str, tokens: list[str]) -> None:
    """"achieves improvements on T2I-ReasonBench(+3.7), and GenEval++(+4.3)": the gain comes off whole names."""
    nlp = spacy.blank("en")
    create_tokenizer(nlp)
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize(("text", "tokens"), [
    ("AR+11.1 on UVO, PixelAcc+4.5 on X", ["AR", "+", "11.1", "on", "UVO", ",", "PixelAcc", "+", "4.5", "on", "X"]),
    ("NTU RGB+D 60 and C+1", ["NTU", "RGB+D", "60", "and", "C+1"]),
])
def test_tokenizer_splits_a_metric_written_onto_its_gain(text: str, tokens: list[str]) -> None:
    """"achieving notable improvements of AP+6.9 on COCO, AR+11.1 on UVO": the metric is no joined name."""
    nlp = spacy.blank("en")
    create_tokenizer(nlp)
    assert [t.text for t in nlp(text)] == tokens


def test_a_short_form_with_its_release_is_defined_by_its_long_form() -> None:
    """"a subsample of the Self-Annotated Reddit Corpus (SARC 2.0)": the short form keeps its release."""
    text = "Using a subsample of the Self-Annotated Quokka Corpus (SAQC 2.0), we combine features."
    pairs = {(a.short, a.long) for a in find_abbreviations(text)}
    assert ("SAQC 2.0", "Self-Annotated Quokka Corpus") in pairs, pairs
    for a in find_abbreviations(text):
        assert text[a.short_start:a.short_end] == a.short and text[a.long_start:a.long_end] == a.long


def test_a_short_code_in_brackets_after_a_name_is_its_split_not_a_known_model() -> None:
    """"5.1% on BEN-14K (S1), 7.4% on BEN-14K (S2)": the shipped lexicon's S1 (a model) is a split of the set here,
    and the scores stay the paper's model's."""
    nlp = create_nlp()
    text = ("ZorbJEPA: Retrieval\n\nZorbJEPA improves retrieval accuracy by 5.1% on KelpSet-14K (S1), 7.4% on "
            "KelpSet-14K (S2), and 6.0% on FMoW-RGB.")
    found = entities(nlp, text)
    assert "S1" not in found and "S2" not in found, found
    assert {r.model for r in nlp(text)._.mlkg_results} == {"ZorbJEPA"}


def test_a_made_thing_with_joined_describing_words_or_made_into_a_set_is_introduced(find) -> None:
    """"We introduce a programmable and synthetic dataset, InAbHyD": the "and" joins two describing words, no
    second object; "integrating them into a coherent longitudinal history dataset, MediLongChat": what the paper's
    steps make. A set built on stays used ("We build on a large and diverse corpus, KelpText")."""
    found = find("A title\n\nWe introduce a programmable and synthetic dataset, ZorbHyD, where each example has "
                 "a world model.")
    assert found["ZorbHyD"] == ("Dataset", "introduces"), found
    found = find("A title\n\nOur approach has three stages: constructing profiles, generating dialogues, and "
                 "integrating them into a coherent longitudinal history dataset, KelpChat. Models struggle on it.")
    assert found["KelpChat"] == ("Dataset", "introduces"), found
    found = find("A title\n\nWe build on a large and diverse corpus, KelpText, and train ZorbNet.")
    assert found["KelpText"][1] == "uses", found


def test_a_bare_appositive_closed_by_a_comma_spells_the_acronym_before_it(find) -> None:
    """"We introduce RIFT, Reordered Instruction Following Testbed, to assess ...": the appositive is the acronym's
    long form (one entity), where its words spell the letters; a list of names is no definition."""
    text = "We introduce ZIFT, Zorbic Instruction Following Testbed, to assess instruction following."
    (found,) = find_abbreviations(text)
    assert (found.short, found.long) == ("ZIFT", "Zorbic Instruction Following Testbed")
    assert text[found.long_start:found.long_end] == found.long
    assert not list(find_abbreviations("Models such as BERT, RoBERTa, and GPT-2 are used."))
    found = find("ZIFT: Zorbic Instruction Following Testbed\n\nWe introduce ZIFT, Zorbic Instruction Following "
                 "Testbed, to assess instruction following.")
    assert list(found) == ["ZIFT"], found


@pytest.mark.parametrize(("text", "pair"), [
    ("In this paper, we introduce ZorbBEERS: a Zorbic Board-ready Embedded and Efficient Restoration model for space.",
     ("ZorbBEERS", "Zorbic Board-ready Embedded and Efficient Restoration")),
    ("We propose SCALe (Scheduled Curriculum Adaptive Loss), which separates supervision.",
     ("SCALe", "Scheduled Curriculum Adaptive Loss")),
    ("we introduce Zed-R^3, a Zedical Retrieval-augmented Reasoning framework driven by RL.",
     ("Zed-R^3", "Zedical Retrieval-augmented Reasoning")),
])
def test_an_appositive_after_a_colon_and_a_stylised_last_letter_define_the_acronym(text: str,
                                                                                    pair: tuple[str, str]) -> None:
    """"ConvBEERS: a Convolutional Board-ready Embedded and Efficient Restoration model" (an appositive after a
    colon, "and" among its words); "SCALe (Scheduled Curriculum Adaptive Loss)": a last lower-case letter of style
    that no word spells; "Med-R^3, a Medical Retrieval-augmented Reasoning framework": its letters alone spell it."""
    (found,) = find_abbreviations(text)
    assert (found.short, found.long) == pair
    assert text[found.long_start:found.long_end] == found.long


def test_a_word_and_its_bracketed_place_are_no_definition() -> None:
    """"Somali (East Africa); Wolof (West Africa)": a capitalised word's first letter alone spells nothing (the
    stylised-last-letter reading needs three capitals: "SCALe")."""
    assert not list(find_abbreviations("Somali (East Africa); Wolof (West Africa); and Fulani (West Africa)."))


def test_a_name_hundreds_of_papers_use_is_not_introduced_unless_the_title_names_it() -> None:
    """"we propose PI-LoRA (Path-Integrated LoRA)", "we propose a multi-condition ControlNet": LoRA and ControlNet
    are what the paper builds on; a title that names a well-known name as the paper's own keeps it introduced."""
    nlp = create_nlp()
    found = entities(nlp, "ZorbTree: Extracting Trees\n\nTo address this challenge, we propose Zorb-LoRA (Zorb-Integrated "
                     "LoRA), a novel low-rank adaptation method. Then we propose a multi-condition ControlNet to learn "
                     "the field.")
    assert found["LoRA"][1] == "uses" and found["ControlNet"][1] == "uses", found
    assert found["Zorb-LoRA"][1] == "introduces", found


@pytest.mark.parametrize(("text", "starts"), [
    ("It is slower than local models. mE5-L reaches 0.9 on Kelp.", ["It", "mE5-L"]),
    ("We test it. o3 scores best. e.g. this is one.", ["We", "o3"]),
    ("It reaches 86.5% Inst. mIoU on Kelp and 71.2% Cls. mAcc on Zorb. mE5-L trails.", ["It", "mE5-L"]),
])
def test_a_name_that_opens_in_lower_case_starts_a_sentence(text: str, starts: list[str]) -> None:
    """"... than the fastest local models. mE5-L reaches ...": a new sentence, so its numbers are mE5-L's own."""
    nlp = spacy.blank("en")
    create_tokenizer(nlp)
    nlp.add_pipe("mlkg_sentences")
    assert [s[0].text for s in nlp(text).sents] == starts


def test_a_new_state_of_the_art_after_a_set_does_not_make_it_new(find) -> None:
    """"achieves 75.03 execution accuracy on BIRD-dev, a new state of the art": the result is new, not the set;
    "KelpSet, a new dataset" stays introduced."""
    found = find("A title\n\nWe propose FooNet. FooNet achieves 75.03 accuracy on ZorbSet, a new state of the art "
                 "among methods, and we release KelpSet, a new dataset.")
    assert found["ZorbSet"][1] != Role.INTRODUCES, found
    assert found["KelpSet"][1] == Role.INTRODUCES, found


def test_a_method_the_paper_refers_to_by_name_is_its_own_model(find) -> None:
    """"The resulting method, which we refer to as CHAIR-DPO, ...": the paper's method, a model it introduces, even
    when its name starts with a known benchmark's."""
    found = find("A title\n\nWe build on the well-known MMLU metric. The resulting method, which we refer to as "
                 "MMLU-Zorb, reduces errors on several benchmarks.")
    assert found["MMLU-Zorb"] == (EntityType.MODEL, Role.INTRODUCES), found


def test_a_lower_case_api_id_of_a_known_family_is_a_model(lexicon_path: str, tmp_path: Path) -> None:
    """"claude-sonnet-4-5 at 24.87", "kimi-k2-instruct-0905 leads": a release written as its provider's API id, kept
    when its first part is a model family the corpus knows well; not such a shape without one ("seq-sat-lama-2011",
    a citation key), nor a quantity's words ("sub-20-second", "sub-1-spp")."""
    text = ("We compare qra-opus-4-6, qra-7b-it, zorb-sat-lama-2011, sub-1-spp rendering and sub-20-second training "
            "on MMLU.")
    found = entities(create_nlp(lexicon_with_papers(lexicon_path, tmp_path, {"QRA": 25})), text)
    assert {n for n in found if n.islower()} == {"qra-opus-4-6", "qra-7b-it"}, found
    assert found["qra-opus-4-6"][0] == EntityType.MODEL, found
    few = tmp_path / "few"
    few.mkdir()
    found = entities(create_nlp(lexicon_with_papers(lexicon_path, few, {"QRA": 3})), text)
    assert not {n for n in found if n.islower()}, found


def test_a_benchmark_head_that_closes_an_opening_phrase_names_no_following_subject(nlp) -> None:
    """"On the KITTI Odometry benchmark SuperPoint-SLAM3 reduces mean translational error ...": the head noun is the
    benchmark's before it, and the name after it is the sentence's subject (a model), with any verb of change."""
    found = entities(nlp, "FooSLAM: Better SLAM\n\nWe introduce FooSLAM, a drop-in upgrade of QRA. On the ImageNet "
                          "benchmark FooSLAM reduces mean error from 4.15% to 0.34%.")
    assert found["FooSLAM"][0] == EntityType.MODEL, found



@pytest.mark.parametrize("text", [
    "On ImageNet, FooNet reaches a Quux Preference Optimization (QPO) score of 60.12%.",
    "We propose the Quux Preference Optimization (QPO) metric to quantify forgetting on ImageNet.",
])
def test_a_definition_the_word_metric_or_score_follows_names_a_measure(nlp, text: str) -> None:
    """"a Clinical Intent Alignment (CIA) score of 60.12%", "the Memory Removal Difficulty (MRD) metric": neither form
    of the definition is a model, whatever the lexicon knows of the acronym."""
    found = entities(nlp, text)
    assert "QPO" not in found and "Quux Preference Optimization" not in found, found
    assert found["ImageNet"][0] == EntityType.DATASET, found


def test_a_known_name_scored_without_a_definition_stays_a_model(nlp) -> None:
    found = entities(nlp, "On ImageNet, QPO scores 60.12%, and the QPO score drops to 50.1% on CIFAR-10.")
    assert found["QPO"][0] == EntityType.MODEL, found


def test_a_measure_that_changes_is_no_model(nlp) -> None:
    """"PA-MPJPE increases only marginally from 9.0 mm to 9.1 mm on FreiHAND": the measure that changes."""
    found = entities(nlp, "Quantization keeps accuracy (PA-MPJPE increases only marginally from 9.0 mm to 9.1 mm on "
                          "CIFAR-10).")
    assert "PA-MPJPE" not in found, found
