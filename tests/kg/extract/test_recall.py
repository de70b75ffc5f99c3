"""Recall of names that their context, not only their shape, reveals (issue 13, "Recall" and "Types").

Made-up names throughout: the rules must work for names nobody listed.
"""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from mlkg.extract.names import title_name
from mlkg.extract.pipeline import create_nlp
from mlkg.extract.spans import read_entities
from mlkg.model import EntityType

from .conftest import entities


@pytest.fixture(scope="module")
def rules(lexicon_path: str) -> Language:
    """The rule layer alone (no trained decider), whose recall these tests pin down."""
    return create_nlp(lexicon_path, decide=False)


@pytest.fixture
def found(rules: Language):
    return lambda text: entities(rules, text)


def test_inline_definitions_of_treebanks_name_datasets(rules: Language) -> None:
    doc = rules("We adopt the Quill Parsing Treebank (QPT) and the Marrow Speech Bank (MSB) for training.")
    by_name = {e.name: e for e in read_entities(doc)}
    assert by_name["QPT"].type == EntityType.DATASET and "Quill Parsing Treebank" in by_name["QPT"].aliases
    assert by_name["MSB"].type == EntityType.DATASET and "Marrow Speech Bank" in by_name["MSB"].aliases


@pytest.mark.parametrize(("phrase", "name", "kind"), [
    ("the Wombat dataset", "Wombat", EntityType.DATASET),
    ("the Wombat data set", "Wombat", EntityType.DATASET),
    ("the Wombat corpus", "Wombat", EntityType.DATASET),
    ("the Wombat database", "Wombat", EntityType.DATASET),
    ("the Wombat collection", "Wombat", EntityType.DATASET),
    ("the Wombat benchmark", "Wombat", EntityType.BENCHMARK),
    ("the Wombat leaderboard", "Wombat", EntityType.BENCHMARK),
    ("the Wombat suite", "Wombat", EntityType.BENCHMARK),
    ("the Kel-Tor dataset", "Kel-Tor", EntityType.DATASET),
    ("the iWombat dataset", "iWombat", EntityType.DATASET),  # a one-letter lower-case prefix (iSarcasm)
])
def test_a_capitalised_word_before_a_data_head_is_a_name(found, phrase: str, name: str, kind: EntityType) -> None:
    result = found(f"A title\n\nOur parser is evaluated on {phrase} and improves recall.")
    assert result[name][0] == kind, result


@pytest.mark.parametrize("text", [
    "A title\n\nTraining dataset sizes grow every year.",  # a sentence's first word
    "A title\n\nWe split the data into the Training dataset and a held-out part for training.",  # said lowercase too
    "A title\n\nThe Quill Large-Scale dataset\n\nWe study parsing.",  # title case
    "A title\n\nResults on the English corpus are good.",  # a language
    "A title\n\nResults on the Training dataset and the Synthetic Image corpus are good.",  # descriptive words
    "A title\n\nWe report results in Table 2 and on the Time-Of-Flight Retina dataset.",  # a longer name
    "A title\n\nUsing a filtered arXiv corpus, we extract triples.",  # a platform, whatever head follows it
])
def test_ordinary_capitalised_words_before_a_head_are_not_names(found, text: str) -> None:
    result = found(text)
    assert not {"Training", "English", "Retina", "Large-Scale", "Table", "Synthetic Image", "arXiv"} & set(result), \
        result


def test_a_capitalised_head_after_a_known_name_is_part_of_it_outside_the_title(found) -> None:
    result = found("Scaling ZorbNet to the ImageNet Dataset\n\nWe train ZorbNet on the ImageNet Dataset and the "
                   "Quokka Driving Dataset.")
    assert result["ImageNet Dataset"][0] == EntityType.DATASET, result
    assert "Quokka Driving Dataset" in result, result


def test_a_four_word_name_before_a_data_head_is_whole(found) -> None:
    """"the TCIA OS Tumor Assessment dataset": four capitalised words, a known homonym ("TCIA") and a generic
    acronym ("OS") among them, before the head."""
    result = found("A title\n\nUsing the Kelp OS Tumor Assessment dataset, we show gains.")
    assert "Kelp OS Tumor Assessment" in result, result


def test_a_release_after_a_size_and_lower_case_tiers_stay_with_the_name(found) -> None:
    result = found("A title\n\nWe compare QuokLM 3 70B Chat, ZorbTral 8x22b Instruct and QuokGPT-5 nano.")
    assert {"QuokLM 3 70B Chat", "ZorbTral 8x22b Instruct", "QuokGPT-5 nano"} <= set(result), result


def test_a_size_or_release_after_a_tier_and_its_version_stays_with_the_name(found) -> None:
    """"Qwen Coder 2.5 7B": a tier, its version, then a size; "Mistral Medium 3.1 Instruct": then a release."""
    result = found("A title\n\nOur best configuration of QuokLM Coder 2.5 7B beats ZorbTral Medium 3.1 Instruct.")
    assert {"QuokLM Coder 2.5 7B", "ZorbTral Medium 3.1 Instruct"} <= set(result), result


@pytest.fixture(scope="module")
def sized_rules(tmp_path_factory: pytest.TempPathFactory) -> Language:
    """The rule layer with a lexicon that also knows a decimal-versioned and a sized model, and CIFAR-100."""
    from .conftest import LEXICON
    extra = [{"id": "model:quoklm-3.1", "name": "QuokLM-3.1", "aliases": [], "type": "Model"},
             {"id": "model:zorbqwen-8b", "name": "ZorbQwen-8B", "aliases": [], "type": "Model"},
             {"id": "model:quillspeech", "name": "QuillSpeech", "aliases": [], "type": "Model"},
             {"id": "dataset:cifar-100", "name": "CIFAR-100", "aliases": [], "type": "Dataset"}]
    path = tmp_path_factory.mktemp("sized") / "lexicon.jsonl"
    path.write_text("".join(json.dumps({"source": ["test"], "counts": {"papers": 10}, **rec}) + "\n"
                            for rec in LEXICON + extra), encoding="utf-8")
    return create_nlp(str(path), decide=False)


def test_a_lower_case_size_after_a_known_model_is_its_checkpoint(sized_rules: Language) -> None:
    """"Whisper large-v3", "GPT-2 small": a known model's size, written as its checkpoint is named; not the
    adjective of "large language models", the effort of "GPT-5.2 medium" or the "Qwen3-8B base" model."""
    result = entities(sized_rules, "A title\n\nWe fine-tune QuillSpeech large-v3 and CLIP small, and compare "
                                   "Transformer large language models.")
    assert {"QuillSpeech large-v3", "CLIP small"} <= set(result), result
    assert "Transformer large" not in result, result
    result = entities(sized_rules, "A title\n\nWe compare QuokLM-3.1 medium with the ZorbQwen-8B base model.")
    assert {"QuokLM-3.1", "ZorbQwen-8B"} <= set(result), result
    result = entities(sized_rules, "A title\n\nOur final model contains a 14B CLIP base model and an upsampler.")
    assert "CLIP" in result and "CLIP base" not in result, result  # "base model": the untuned model


def test_a_resolution_after_a_known_set_is_part_of_its_name(found) -> None:
    result = found("A title\n\nOn CIFAR-10 32x32 and CIFAR-10 64\u00d764, ZorbNet wins on a 256x256 grid.")
    assert {"CIFAR-10 32x32", "CIFAR-10 64\u00d764"} <= set(result) and "256x256" not in result, result


def test_a_greek_spelling_of_a_known_name_is_matched(tmp_path) -> None:
    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text(json.dumps({"id": "benchmark:taubench", "name": "TauBench", "aliases": ["\u03c4-bench"],
                                   "type": "Benchmark", "counts": {"papers": 8}}) + "\n", encoding="utf-8")
    doc = create_nlp(str(lexicon), decide=False)("A title\n\nZorbNet leads on \u03c4-bench.")
    assert {e.name: e.type for e in read_entities(doc)}.get("\u03c4-bench") == EntityType.BENCHMARK


def test_a_title_compound_before_benchmark_is_no_name(found) -> None:
    result = found("ZorbBench: A Comprehensive and Fine-Grained Benchmark for Kelp Models\n\nWe test on the "
                   "KV-Odyssey Bench.")
    assert "Fine-Grained Benchmark" not in result and "KV-Odyssey Bench" in result, result


def test_single_letter_hyphen_names_and_their_prefixes(found) -> None:
    result = found("A title\n\nWe compare Q-Tron and Faster Q-Tron with K-Means and an X-ray classifier.")
    assert {"Q-Tron", "Faster Q-Tron"} <= set(result), result
    assert not {"K-Means", "X-ray", "Faster"} & set(result), result


def test_plural_of_a_coined_name_gives_the_singular(found) -> None:
    result = found("A title\n\nZorbVAEs generate molecules well.")
    assert "ZorbVAE" in result, result


def test_plural_of_an_unknown_acronym_stays_generic(found) -> None:
    result = found("A title\n\nQRNNs generate molecules well.")
    assert not result, result


def test_a_generic_name_the_paper_proposes_is_kept(found) -> None:
    result = found("A title\n\nWe introduce VQA, a new model for parsing kelp images.")
    assert result["VQA"][0] == EntityType.MODEL, result


def test_a_generic_name_merely_mentioned_stays_generic(found) -> None:
    result = found("A title\n\nWe introduce a parser for VQA, which helps kelp studies.")
    assert "VQA" not in result, result


def test_size_suffix_stays_on_the_name(found) -> None:
    result = found("A title\n\nWe release Kelpo20K and train on it.")
    assert "Kelpo20K" in result, result


def test_lowercase_versioned_names(found) -> None:
    result = found("A title\n\nWe compare zorb-4.1 and quill-2.5 against marro-3-8b on top-1 accuracy.")
    assert {"zorb-4.1", "quill-2.5", "marro-3-8b"} <= set(result), result
    assert "top-1" not in result, result
    # two words before a "v" version; a short prefix before a capitalised word and a number (iNat21)
    result = found("A title\n\nWe introduce zorb-edge-quill-v0 and test it on covid-19 scans and kNat21.")
    assert {"zorb-edge-quill-v0", "kNat21"} <= set(result), result
    assert "covid-19" not in result, result
    # a whole version before a release's tier or reasoning effort
    result = found("A title\n\nWe compare zorb-5-medium, quill-3-mini and o7-high against kelp-4-turbo on top-1 "
                   "accuracy for covid-19 cases.")
    assert {"zorb-5-medium", "quill-3-mini", "o7-high", "kelp-4-turbo"} <= set(result), result
    assert "covid-19" not in result, result


def test_a_capitalised_word_with_a_parameter_count_is_a_model(found) -> None:
    """"Kelpus Pro 1B", "Zorbon 40B": a word, a release tier maybe, and a size name a model no corpus knows;
    not a sentence's first word ("Only 7B models") nor a word the text writes in lower case."""
    result = found("A title\n\nWe compare two variants: Kelpus Pro 1B and Kelpus Pro 7B. Only 7B models work. We also "
                   "test Zorbon 40B and a kelp model, where Kelp 3B helps.")
    assert {"Kelpus Pro 1B", "Kelpus Pro 7B", "Zorbon 40B"} <= set(result), result
    assert not any(name.startswith(("Only", "Kelp 3B")) for name in result), result


def test_version_tier_and_size_stay_on_known_names(found) -> None:
    result = found("A title\n\nWe test CLIP 2.5 Pro and CLIP 7B on kelp images.")
    assert {"CLIP 2.5 Pro", "CLIP 7B"} <= set(result), result
    assert "CLIP" not in result, result


def _rules_with(tmp_path, records: list[dict[str, str]]) -> Language:
    """The rule layer over a lexicon of just ``records`` (each seen in 10 papers)."""
    path = tmp_path / "lexicon.jsonl"
    path.write_text("".join(json.dumps({**r, "aliases": [], "counts": {"papers": 10}}) + "\n" for r in records))
    return create_nlp(str(path), decide=False)


def test_a_known_name_that_starts_a_headed_name_gives_way_to_it(tmp_path) -> None:
    """"the Quokka Review Polarity dataset": the data set the sentence names is the whole capitalised run
    before the head, not the known "Quokka" it starts with; a split, a language pair or a compound of
    ordinary words after the known name does not lengthen it."""
    rules = _rules_with(tmp_path, [{"id": "quokka", "name": "Quokka", "type": "Dataset"},
                                   {"id": "wombat-images", "name": "Wombat Images", "type": "Dataset"}])
    result = entities(rules, "A title\n\nWe report results on the Quokka Review Polarity dataset and the "
                             "Wombat Images V4 dataset.")
    assert {"Quokka Review Polarity", "Wombat Images V4"} <= set(result), result
    assert not {"Quokka", "Wombat Images"} & set(result), result
    for text in ("A title\n\nWe report results on the Quokka Validation set.",
                 "A title\n\nWe train on the Quokka English-French dataset.",
                 "A title\n\nWe train on the Quokka Multi-turn benchmark."):
        assert "Quokka" in entities(rules, text), text


def test_a_number_after_capitalised_words_before_a_head_is_part_of_the_name(found) -> None:
    result = found("A title\n\nImages were taken from the Quokka-Wombat Birds 200 dataset.")
    assert result["Quokka-Wombat Birds 200"][0] == EntityType.DATASET, result
    result = found("A title\n\nAcross 13 benchmark scenes, our method wins.")
    assert "13" not in result, result


def test_a_new_version_of_a_versioned_family_is_of_its_type(tmp_path) -> None:
    """KLP-3 and KLP-4 are known, so a later KLP-N written as one token is a Model too; a known acronym
    with no numbered versions (DSQ) does not make "DSQ-9" one."""
    records = [{"id": "model:klp", "name": "KLP", "type": "Model"},
               {"id": "model:klp-3", "name": "KLP-3", "type": "Model"},
               {"id": "model:klp-4", "name": "KLP-4", "type": "Model"},
               {"id": "model:dsq", "name": "DSQ", "type": "Model"}]
    result = entities(_rules_with(tmp_path, records),
                      "A title\n\nWe compare KLP-9 with kelp experts under the DSQ-9 criteria.")
    assert result["KLP-9"][0] == EntityType.MODEL, result
    assert "DSQ-9" not in result, result


def test_a_family_known_only_by_its_versions_finds_a_later_version(tmp_path) -> None:
    """"Zorb Opus 4" and "Zorb Opus 5" make "Zorb Opus" a family, so "Zorb Opus 6.1" is found; a
    one-word stem may be an ordinary word ("Stage 1", "Stage 2") and makes no family."""
    records = [{"id": "model:zorb-opus-4", "name": "Zorb Opus 4", "type": "Model"},
               {"id": "model:zorb-opus-5", "name": "Zorb Opus 5", "type": "Model"},
               {"id": "model:stage-1", "name": "Stage 1", "type": "Model"},
               {"id": "model:stage-2", "name": "Stage 2", "type": "Model"}]
    nlp = _rules_with(tmp_path, records)
    result = entities(nlp, "A title\n\nWe compare Zorb Opus 6.1 with kelp experts after Stage 3 training.")
    assert result["Zorb Opus 6.1"][0] == EntityType.MODEL, result
    assert not any(name.startswith("Stage") for name in result), result
    family = nlp.get_pipe("mlkg_lexicon").lexicon.lookup("Zorb Opus")
    assert family is not None and family.id == "model:zorb-opus" and family.type == "Model"


def test_a_tier_before_the_version_stays_on_a_known_name(found) -> None:
    result = found("A title\n\nWe test CLIP Large 2 on kelp images, and CLIP Small 3 models too.")
    assert "CLIP Large 2" in result, result
    assert "CLIP Small 3" not in result, result  # "3 models" counts models


def test_coordinated_sizes_name_one_model_each(found) -> None:
    result = found("A title\n\nWe test ZorbNet-3 3B and 8B models on kelp images.")
    assert {"ZorbNet-3 3B", "ZorbNet-3 8B"} <= set(result) and "ZorbNet-3" not in result, result


def test_introduced_components_without_acronym(found) -> None:
    result = found("A title\n\nWe propose a Cross-Depth Mixing Block and a Gated Kelp Neck for detection.")
    assert {"Cross-Depth Mixing Block", "Gated Kelp Neck"} <= set(result), result


def test_components_not_introduced_are_not_names(found) -> None:
    result = found("A title\n\nPrior detectors use a Cross-Depth Mixing Block.")
    assert "Cross-Depth Mixing Block" not in result, result


@pytest.mark.parametrize("text", [
    "A title\n\nWe use two benchmark datasets, Wombat and Quokka, to test ZorbNet.",
    "A title\n\nZorbNet is evaluated on Wombat, Quokka and Numbat.",
    "A title\n\nZorbNet does well on Wombat, Quokka and Numbat datasets.",
])
def test_plain_names_in_typed_lists_take_the_list_type(found, text: str) -> None:
    result = found(text)
    for name in ("Wombat", "Quokka"):
        assert result[name][0] == EntityType.DATASET, result


def test_a_counted_head_without_a_list_types_nothing(found) -> None:
    result = found("A title\n\nAcross three benchmarks, ZorbNet reduces latency.")
    assert result["ZorbNet"][0] == EntityType.MODEL, result


def test_languages_in_a_list_are_not_datasets(found) -> None:
    result = found("A title\n\nZorbNet is evaluated on English, French and German.")
    assert not {"English", "French", "German"} & set(result), result


@pytest.mark.parametrize(("text", "name"), [
    ("We introduce Progressive Kelp Loss that reweights depths.", "Progressive Kelp Loss"),
    ("Furthermore, we propose Confidence-Gated Kelp Drafting to speed up decoding.", "Confidence-Gated Kelp Drafting"),
    ("We propose a dynamic Batch Kelp Scheduler.", "Batch Kelp Scheduler"),
    ("We also design a Dual-Kelp Sharing scheme, which transfers features.", "Dual-Kelp Sharing"),
    ("To this end, we designed a Hierarchical CLIP Adapter consisting of four operators.", "Hierarchical CLIP Adapter"),
])
def test_title_case_runs_the_paper_introduces(found, text: str, name: str) -> None:
    result = found(f"A title\n\n{text}")
    assert name in result and result[name][0] == EntityType.MODEL, result


@pytest.mark.parametrize("text", [
    "We propose to use Gaussian Kelp Splatting for maps.",  # what is introduced is not the name
    "We introduce a Flexible Kelp Vision image generation framework.",  # a modifier of a lower-case noun
    "We present Kelp Regression Guided by Depth for maps.",  # a longer name with a lower-case word inside
    "We introduce Kelp Motion Graphs Analysis (KMGA-X), a method for maps.",  # the definition decides
])
def test_title_case_runs_that_are_not_whole_names(found, text: str) -> None:
    result = found(f"A title\n\n{text}")
    assert not {"Gaussian Kelp Splatting", "Flexible Kelp Vision", "Kelp Regression Guided",
                "Kelp Motion Graphs"} & set(result), result


def test_enumerated_parts_of_what_the_paper_proposes(found) -> None:
    result = found("A title\n\nWe propose a two-stage paradigm: (1) Prior-Guided Kelp Distillation, where priors "
                   "help, and (2) Deployment-Oriented Kelp Transfer, which adapts the model.")
    assert {"Prior-Guided Kelp Distillation", "Deployment-Oriented Kelp Transfer"} <= set(result), result


def test_enumerated_challenges_are_not_names(found) -> None:
    result = found("A title\n\nWe propose ZorbNet by addressing three challenges: (1) Narrative Kelp Fragmentation: "
                   "methods lack structure, and (2) Visual Kelp Drift, which hurts.")
    assert not {"Narrative Kelp Fragmentation", "Visual Kelp Drift"} & set(result), result


def test_a_prefix_before_a_known_name(found) -> None:
    result = found("A title\n\nWe compare CLIP with Improved CLIP on kelp images.")
    assert {"CLIP", "Improved CLIP"} <= set(result), result


def test_a_capitalised_head_ends_a_plain_name(found) -> None:
    result = found("A title\n\nWe evaluate on the Stanford Kelp Treebank and the Quokka Corpus. Facts are kept "
                   "in a Mined Kelp Database.")
    assert result["Stanford Kelp Treebank"][0] == EntityType.DATASET, result
    assert result["Quokka Corpus"][0] == EntityType.DATASET, result
    assert "Mined Kelp Database" not in result, result


def test_a_capitalised_head_after_a_coined_name_stays_out(found) -> None:
    result = found("A title\n\nWe release the KelpX3 Dataset for maps.")
    assert "KelpX3" in result and "KelpX3 Dataset" not in result, result
    # the coined name after its long form, capitals and all: "we introduce Lookahead PArallel Kelping LoPK, a ..."
    result = found("A title\n\nThen, we introduce Lookahead PArallel Kelping LoPK, a training-free algorithm.")
    assert "LoPK" in result and not any(" " in name or name == "PArallel" for name in result), result
    # the coined name after its head: "we introduce a Multi-Image Kelp Benchmark MIKB, designed to ..."
    result = found("A title\n\nIn this paper, we introduce a Multi-Image Kelp Benchmark MIKB, designed to test VLMs.")
    assert result.get("MIKB") == (EntityType.BENCHMARK, "introduces"), result
    assert not any(name.endswith("Benchmark MIKB") for name in result), result


def test_coined_names_that_start_in_lower_case(found) -> None:
    result = found("A title\n\nWe train on kelpWildCam and compare with quil0-FAST and zq-KeLaDA.")
    assert {"kelpWildCam", "quil0-FAST", "zq-KeLaDA"} <= set(result), result


def test_a_coined_lower_case_name_keeps_its_hyphened_parts(found) -> None:
    result = found("kelpQuilBot-VLA Technical Report\n\nWe present kelpQuilBot-VLA, a robot policy. In the real world "
                   "kelpQuilBot-VLA achieves high success rates.")
    assert "kelpQuilBot-VLA" in result and "kelpQuilBot" not in result, result


def test_lower_case_modifiers_of_acronyms_are_not_names(found) -> None:
    result = found("A title\n\nWe report sRGB errors under non-IID splits for human-AI teams on top-K lists, and "
                   "eXplainable maps of mRNA-seq and sRGB-D data.")
    assert not {"sRGB", "non-IID", "human-AI", "top-K", "eXplainable", "mRNA-seq", "sRGB-D"} & set(result), result


def test_a_lower_case_bench_tail_is_part_of_the_name(found) -> None:
    result = found("A title\n\nWe evaluate ZorbNet on kelp-free Quil-bench and on τ^3-bench, and FooNet-trained models.")
    assert result["Quil-bench"][0] == EntityType.BENCHMARK, result
    assert result["τ^3-bench"][0] == EntityType.BENCHMARK, result
    assert "FooNet" in result and "FooNet-trained" not in result, result


def test_an_edition_numeral_and_a_training_stage_stay_with_the_name(found) -> None:
    result = found("A title\n\nZorbNet leads the Kelp Benchmark II and the Quill Dataset III. In Phase II, "
                   "ZorbLM-7B-kelpthinker-sft rises to 59.0% and ZorbNorm-zero helps.")
    assert result["Kelp Benchmark II"][0] == EntityType.BENCHMARK, result
    assert result["Quill Dataset III"][0] == EntityType.DATASET, result
    assert {"ZorbLM-7B-kelpthinker-sft", "ZorbNorm-zero"} <= set(result), result
    assert not {"Phase II", "Phase"} & set(result), result


def test_a_benchmark_written_in_lower_case(found) -> None:
    """"fev-bench": a benchmark's whole name in lower case; a "test-bench" is a thing in a lab."""
    result = found("A title\n\nZorbNet leads three benchmarks: quilx-bench, KelpEval and kelp-bench-v2. We built a "
                   "test-bench for it.")
    assert result["quilx-bench"][0] == EntityType.BENCHMARK, result
    assert result["kelp-bench-v2"][0] == EntityType.BENCHMARK, result
    assert "test-bench" not in result, result


def test_a_list_item_is_not_cut_out_of_a_hyphenated_name(found) -> None:
    result = found("A title\n\nWe run experiments on QuilBench and Kelp-in-a-Haystack to verify ZorbNet.")
    assert "Kelp" not in result, result


@pytest.mark.parametrize(("title", "name"), [
    ("Zorb-MT Technical Report", "Zorb-MT"),
    ("The Quill 3 Technical Report", "Quill 3"),
    ("Kelp-Video 2B: Technical Report", "Kelp-Video 2B"),
    ("ZO-KU (Part I): An Extensible Memory Framework", "ZO-KU"),  # the document's part is not the name's
    ("QuillNet (Extended Version): Fast Kelp Nets", "QuillNet"),
    ("KelpArena", "KelpArena"),  # a title that is the name alone
    ("KelpNet:", "KelpNet"),  # ... or cut after it
    ("ZorbSigma at SemEval-2026 Task 3: Uncertainty-Weighted Learning", "ZorbSigma"),  # a shared task's system
])
def test_a_report_title_and_a_sized_title_name_the_papers_model(title: str, name: str) -> None:
    """"Hunyuan-MT Technical Report", "Motif-Video 2B: Technical Report": the name the paper reports on."""
    span = title_name(title + "\n\nWe train it on kelp.")
    assert span is not None and title[span[0]:span[1]] == name


@pytest.mark.parametrize(("title", "name"), [
    ("Quill Reasoner: Teaching Models to Look Closer", "Quill Reasoner"),
    ("Marble Planner: Long-Horizon Plans from Video", "Marble Planner"),
])
def test_a_title_names_its_agent_in_plain_capitalised_words(found, title: str, name: str) -> None:
    assert name in found(f"{title}\n\nWe study long plans on MMLU.")


@pytest.mark.parametrize("title", ["Better Together: Joint Training of Views", "Go Deeper: Depth in Nets",
                                   "Measuring Feature Alignment: A Study", "Feature Vector: What It Holds"])
def test_a_title_phrase_is_no_name(found, title: str) -> None:
    head = title.split(":")[0]
    assert head not in found(f"{title}\n\nWe study long plans on MMLU.")


def test_components_a_paper_proposes_are_introduced(lexicon_path: str) -> None:
    nlp = create_nlp(lexicon_path)
    doc = nlp("A title\n\nWe propose a Quill Fusion Block and a Marrow Refinement Neck, trained on ImageNet.")
    roles = {e.name: e.role.value for e in read_entities(doc)}
    assert roles.get("Quill Fusion Block") == "introduces" and roles.get("Marrow Refinement Neck") == "introduces"
    assert roles.get("ImageNet") == "uses"


def test_a_combination_of_known_names_names_each(found) -> None:
    names = found("A title\n\nWe fine-tune a compact encoder (CLIP+ImageNet) and keep ZorbNet+QuarkNet whole.")
    assert "CLIP" in names and "ImageNet" in names and "CLIP+ImageNet" not in names, names
    assert "ZorbNet+QuarkNet" in names  # parts no lexicon knows: one coined name


def test_a_title_phrase_the_abstract_reuses_capitalised_is_the_papers_name(found) -> None:
    names = found("Quiet Lanterns: Planning Under Noise\n\nWe propose Quiet Lanterns, which plans on MMLU.")
    assert "Quiet Lanterns" in names, names
    names = found("Noisy Planning: A Study\n\nNoisy Planning is hard. We study noisy planning on MMLU.")
    assert "Noisy Planning" not in names, names  # back only at a sentence start or in lower case


def test_an_unknown_acronym_the_paper_spells_out_is_its_own(lexicon_path: str) -> None:
    """No lexicon knows it and the paper spells it out: the paper's own part (introduces); a known
    acronym spelled out stays used."""
    nlp = create_nlp(lexicon_path)
    doc = nlp("A title\n\nThe alignment uses Quill Routing Network (QRN) modules with the Contrastive "
              "Language-Image Pre-training (CLIP) loss on ImageNet.")
    roles = {e.name: e.role.value for e in read_entities(doc)}
    assert roles.get("QRN") == "introduces", roles
    assert roles.get("CLIP") != "introduces", roles


def test_title_case_runs_are_proposed_for_the_decider_not_kept_by_the_rules(rules: Language) -> None:
    doc = rules("A title\n\nOur planner uses the Side-View Quill Discriminator and a Marrow Kelp Routing Scheme. "
                "Recent Advances Matter little (Table 2) For Kelp Quill Pairs we add more.")
    proposed = {s.text for s in doc.spans["mlkg_candidates"] if s.label_ == "titlecase"}
    # not a sentence start, seen ("Recent ...") or not ("For ...")
    assert proposed == {"Side-View Quill Discriminator", "Marrow Kelp Routing Scheme"}
    assert not proposed & {e.name for e in read_entities(doc)}  # the rules leave them to mlkg_decide


def test_an_enumerated_item_opens_like_a_sentence(rules: Language) -> None:
    """"(2) Over-densification of Quills occurs": the item's first word is capitalised by its place, as a
    sentence's is; a name goes on in title case ("(1) Cross-Scale Kelp Block", "(2) Sub-score Kelp Weighting")."""
    doc = rules("A title\n\nTwo limits remain: (1) Under-fitting of Kelps occurs early; (2) Over-densification of "
                "Quills occurs late. We add (1) Cross-Scale Kelp Block and (2) Sub-score Kelp Weighting, which helps.")
    proposed = {s.text for s in doc.spans["mlkg_candidates"] if s.label_ == "titlecase"}
    assert not {"Under-fitting of Kelps", "Over-densification of Quills"} & proposed, proposed
    assert {"Cross-Scale Kelp Block", "Sub-score Kelp Weighting"} <= proposed, proposed


def test_two_word_title_case_runs_after_a_determiner_are_proposed(rules: Language) -> None:
    doc = rules("A title\n\nZorbMem adds a Quill Executor, which stores facts, and then a dedicated Marrow Planner "
                "orders them. It is trained via Reinforcement Learning on Kelp Scenes.")
    proposed = {s.text for s in doc.spans["mlkg_candidates"] if s.label_ == "titlecase"}
    assert proposed == {"Quill Executor", "Marrow Planner"}  # two words need "a", "the", "our" ... before them


@pytest.mark.parametrize("name", ["Stable Diffusion 3.5 Medium", "Qwen2.5 Coder", "Llama 3.2 Vision"])
def test_size_and_variant_words_after_a_version_stay_in_the_name(name: str) -> None:
    from mlkg.extract.pipeline import create_nlp as shipped

    nlp = shipped(decide=False)
    assert name in {e.name for e in read_entities(nlp(f"A title\n\nWe fine-tune {name} on MMLU."))}


def test_a_lower_case_release_tail_stays_on_the_name(found) -> None:
    """"Zorb-I1-dev", "QuilGemma3-thinking", "Kelp-o1-mini": the variant word is part of what was released."""
    result = found("A title\n\nWe compare Zorb-I1-dev, QuilGemma3-thinking and Kelp-o1-mini with FooNet-trained agents.")
    assert {"Zorb-I1-dev", "QuilGemma3-thinking", "Kelp-o1-mini"} <= set(result), result
    assert "Zorb-I1" not in result and "QuilGemma3" not in result, result
    assert "FooNet" in result and "FooNet-trained" not in result, result


def test_a_release_tier_stays_on_a_name_without_a_version(found) -> None:
    result = found("A title\n\nZorbNet Pro reaches parity with QuilDiff Ultra, and ZorbNet is small.")
    assert "ZorbNet Pro" in result and "QuilDiff Ultra" in result, result


def test_a_capitalised_word_with_a_dotted_version_names_a_release(found) -> None:
    """"Zorbogram 2.0", "Quillo 3.5 Sonnet": a release, unless the word is ordinary in this text, a stop
    word, or one that versions standards and platforms ("Industry 4.0", "Python 3.10")."""
    result = found("A title\n\nWe compare Zorbogram 2.0 and Quillo 3.5 Sonnet under Industry 4.0 rules, "
                   "using Python 3.10 and Stage 2.1 training; the stage ends early.")
    assert {"Zorbogram 2.0", "Quillo 3.5 Sonnet"} <= set(result), result
    assert not any(name.startswith(("Industry", "Python", "Stage")) for name in result), result
    assert result["Zorbogram 2.0"][0] == EntityType.MODEL, result


def test_a_word_written_in_lower_case_elsewhere_is_no_release_name(found) -> None:
    result = found("A title\n\nKelp 2.0 grows fast; kelp grows in cold water.")
    assert not any(name.startswith("Kelp") for name in result), result


def test_a_release_tier_after_a_word_names_a_model(found) -> None:
    result = found("A title\n\nOur model outperforms Zorbo-Pro and Quill-Flash, while Vision-Language and "
                   "Multi-Turn settings lag behind.")
    assert {"Zorbo-Pro", "Quill-Flash"} <= set(result), result
    assert not {"Vision-Language", "Multi-Turn"} & set(result), result


def test_a_venue_and_its_year_is_no_dataset(found) -> None:
    result = found("A title\n\nAccepted at NeurIPS 2025 and ICLR'26, Kelpo20K was released with CVPR2024 code.")
    assert not any(name.startswith(("NeurIPS", "ICLR", "CVPR")) for name in result), result


@pytest.mark.parametrize(("title", "name"), [("The QuorbQA Benchmark: Hard Questions", "QuorbQA Benchmark"),
                                             ("The ZibNet Encyclopedia: Mapping Parsers", "ZibNet Encyclopedia")])
def test_a_titles_opening_article_is_not_part_of_its_name(found, title: str, name: str) -> None:
    result = found(f"{title}\n\nWe present {name}, which we use throughout.")
    assert name in result and f"The {name}" not in result, result


@pytest.mark.parametrize(("text", "name"), [("We introduce Quokkaly, a novel video diffusion model.", "Quokkaly"),
                                           ("In this work we propose Marrowind, the first planner for maps.",
                                            "Marrowind")])
def test_one_word_the_paper_introduces_and_describes_is_a_name(found, text: str, name: str) -> None:
    result = found(f"A title\n\n{text} It runs on one GPU.")
    assert name in result, result


def test_one_word_after_an_introduce_verb_without_a_description_is_not_a_name(found) -> None:
    result = found("A title\n\nWe introduce Regularization to the loss and train longer.")
    assert "Regularization" not in result, result


@pytest.mark.parametrize(("text", "name"), [("We fine-tune ZorbViT Tiny on leaves.", "ZorbViT Tiny"),
                                           ("The QuarkNet Giant backbone wins.", "QuarkNet Giant")])
def test_an_architecture_size_word_stays_with_its_name(found, text: str, name: str) -> None:
    result = found(f"A title\n\n{text}")
    assert name in result, result


def test_a_size_word_before_capitalised_words_or_in_a_title_is_not_kept(found) -> None:
    result = found("Making ZorbViT Tiny: Distilling\n\nWe distill ZorbViT Large Language Models.")
    assert "ZorbViT Tiny" not in result and "ZorbViT Large" not in result, result


def test_a_model_in_a_role_joined_by_hyphens_is_the_model(found) -> None:
    """"QuokLM-4o-as-judge", "ZorbLM-3.5-as-a-judge": the name before the role; "QLM-as-a-Judge" is left alone."""
    result = found("A title\n\nEvaluations with QuokLM-4o-as-judge show gains, and ZorbLM-3.5-as-a-judge agrees.")
    assert {"QuokLM-4o", "ZorbLM-3.5"} <= set(result), result
    assert not {n for n in result if "-as" in n}, result


def test_a_list_items_number_after_a_name_is_no_version(found) -> None:
    """"ZorbLM-4 1) rivals X, and 2) ...": the item's number; "(e.g., QuilLaMA 3)" closes a bracket on a version."""
    result = found("A title\n\nEvaluations show that ZorbLM-4 1) rivals GPT-4 on MMLU, and 2) gets close to CLIP. "
                   "Other models (e.g., QuilLaMA 3) are strong.")
    assert "ZorbLM-4" in result and "ZorbLM-4 1" not in result, result
    assert "QuilLaMA 3" in result, result


def test_a_lower_case_tier_after_a_version_stays_with_the_name(found) -> None:
    """"Seedance 1.5 pro", "Gemini 2.5 flash": a release tier in lower case; "plus" joins words."""
    result = found("A title\n\nWe compare QuokDance 1.5 pro and ZorbMini 2.5 flash with QuillNet 2.0 plus a head.")
    assert {"QuokDance 1.5 pro", "ZorbMini 2.5 flash"} <= set(result), result
    assert "QuillNet 2.0 plus" not in result, result


def test_numbered_siblings_after_a_slash_are_each_named(sized_rules: Language) -> None:
    """"CIFAR-10/100": CIFAR-10 and, where the lexicon knows it, CIFAR-100 (its mention is the "100" written)."""
    doc = sized_rules("A title\n\nExperiments on CIFAR-10/100 and ImageNet/200 show gains for ZorbNet.")
    found = {e.name: [m.text for m in e.mentions] for e in read_entities(doc)}
    assert found.get("CIFAR-10") == ["CIFAR-10"] and found.get("CIFAR-100") == ["100"], found
    assert "ImageNet-200" not in found and "ImageNet200" not in found, found


def test_a_vocabulary_word_the_title_announces_and_the_abstract_proposes_is_a_name(found) -> None:
    """"VQA: ..." then "This paper introduces VQA, a ... model": the paper names its model with a word the
    lexicon knows as generic; a title that only names the topic ("LLM: a survey") stays no name."""
    got = found("VQA: A Unified Discrete Model\n\nThis paper introduces VQA, a discrete autoregressive model. "
                "VQA is built on three efforts.")
    assert got.get("VQA", ("", ""))[1] == "introduces", got
    assert "LLM" not in found("LLM: A Survey\n\nThe LLM is popular. We review LLM agents and their uses.")


def test_a_titles_article_is_no_part_of_a_name_the_abstract_writes_without_it(found) -> None:
    """"The Zorbatron: ..." and "an agent called Zorbatron": the article opens the title, not the name, though
    the name is a plain capitalised word (the shapes of test_a_titles_opening_article_is_not_part_of_its_name)."""
    got = found("The Zorbatron: A Fast Actor-Critic Agent\n\nWe present a new agent architecture, called Zorbatron, "
                "which combines several contributions.")
    assert "Zorbatron" in got and "The Zorbatron" not in got, got


@pytest.mark.parametrize(("text", "name"), [
    ("We constructed the Quorbel-leaf dataset, containing 1,202 branches.", "Quorbel-leaf"),
    ("Our agent sets a new state of the art on the challenging Zorbax-classic benchmark.", "Zorbax-classic"),
])
def test_a_name_with_a_lower_case_part_before_a_head_noun(found, text: str, name: str) -> None:
    """"the Quorbel-leaf dataset": a capitalised name may end in a lower-case part before the head noun; a
    descriptive word after a hyphen ("the Zorbel-based dataset") is no part of a name."""
    assert name in found(f"A title\n\n{text}"), found(f"A title\n\n{text}")
    assert "Zorbel-based" not in found("A title\n\nWe build the Zorbel-based dataset from web images.")


@pytest.mark.parametrize(("text", "name"), [
    ("We rank 5th in the QDD Cup 2024, with one model.", "QDD Cup 2024"),
    ("It won the NTIRE 2026 Quill Shadow Removal Challenge by a margin.", "NTIRE 2026 Quill Shadow Removal Challenge"),
    ("Our entry leads the Multi-Domain Kelp Estimation Challenge.", "Multi-Domain Kelp Estimation Challenge"),
])
def test_a_competition_is_named_up_to_its_head_and_year(found, text: str, name: str) -> None:
    """A competition is a benchmark, named in title case with its head ("Challenge", "Cup") and year."""
    result = found("A title\n\n" + text)
    assert result.get(name, (None,))[0] == EntityType.BENCHMARK, result


@pytest.mark.parametrize("text", ["This is a Challenge for all of us.", "The Challenge remains open.",
                                  "We address the challenge of long videos.",
                                  "It scores 0.9 on the Quill Challenge Day."])
def test_a_challenge_that_names_nothing(found, text: str) -> None:
    assert not any("Challenge" in name or "challenge" in name for name in found("A title\n\n" + text))


def test_a_competition_and_its_short_name_are_one_entity(found) -> None:
    result = found("A title\n\nThis paper presents the winning solution for the Q23DR Challenge 2025. Q23DR asks for "
                   "wireframes.")
    assert "Q23DR Challenge 2025" in result and "Q23DR" not in result, result


def test_a_claim_the_paper_proposes_is_no_artifact(rules: Language) -> None:
    doc = rules("A title\n\nBased on this evidence, we propose the Quill-Kelp Decoupling Hypothesis, which says a lot.")
    proposed = {s.text for s in doc.spans["mlkg_candidates"] if s.label_ == "introduced"}
    assert "Quill-Kelp Decoupling Hypothesis" not in proposed, proposed
    doc = rules("A title\n\nBased on this evidence, we propose the Quill-Kelp Decoupling Module, which helps.")
    proposed = {s.text for s in doc.spans["mlkg_candidates"] if s.label_ == "introduced"}
    assert "Quill-Kelp Decoupling Module" in proposed, proposed


def test_an_observation_the_paper_names_is_no_artifact(rules: Language) -> None:
    """"a phenomenon, which we call Quill Decay" names what the paper saw, not what it made."""
    doc = rules("A title\n\nWe identify a phenomenon, which we call Quill Decay, in kelp models. We also propose a "
                "framework called Marrow Kelp, which is fast.")
    proposed = {s.text for s in doc.spans["mlkg_candidates"] if s.label_ == "introduced"}
    assert "Quill Decay" not in proposed and "Marrow Kelp" in proposed, proposed


def test_a_name_with_its_score_in_a_bracket_is_kept(find) -> None:
    """"nearly doubling the previous best open-weight result (Quill-Browse, 21.7%)": a compared model, though
    its name is two joined words."""
    found = find("A title\n\nOur agent nearly doubles the previous best open-weight result (Quill-Browse, 21.7%).")
    assert "Quill-Browse" in found, found


@pytest.mark.parametrize(("title", "body", "name"), [
    ("Kelp-Attending Quill Transformer", "We propose a kelp-attending quill transformer for images.",
     "Kelp-Attending Quill Transformer"),
    ("Full-Kelp Residual Networks for Semantic Segmentation", "We introduce full-kelp residual networks that keep "
     "detail.", "Full-Kelp Residual Networks"),
])
def test_a_title_that_opens_on_its_method_name(find, title: str, body: str, name: str) -> None:
    """A title without a colon that opens on a capitalised method name with a hyphenated compound, up to an
    architecture head, names the paper's model when the abstract writes it again."""
    found = find(f"{title}\n\n{body}")
    assert found.get(name, ("",))[0] == "Model", found


@pytest.mark.parametrize(("title", "body"), [
    ("Kelp-Attending Quill Transformer for Images", "We propose QuarkNet, which attends to kelp."),  # never repeated
    ("Benchmarking Kelp-Aware Quill Models", "Benchmarking kelp-aware quill models is hard."),  # what the paper does
    ("A Vision-Language Foundation Model for Kelp", "We train a vision-language foundation model for kelp."),  # a kind
    ("Towards Kelp Simulator: Crafting a Benchmark", "We introduce QuarkBench, a benchmark of kelp."),  # an opener
])
def test_a_title_phrase_that_is_no_name(find, title: str, body: str) -> None:
    found = find(f"{title}\n\n{body}")
    assert not [n for n in found if " " in n and n in title], found


def test_a_title_long_form_in_the_plural_joins_its_acronym(find) -> None:
    """"Flow-Kelp Consistency Models" (title) and "Flow-Kelp Consistency Model (FKCM)": one entity."""
    found = find("Flow-Kelp Consistency Models\n\nWe introduce the Flow-Kelp Consistency Model (FKCM), which is fast.")
    assert "FKCM" in found and "Flow-Kelp Consistency Models" not in found, found


def test_a_benchmarks_named_level_keeps_its_lower_case_tail(find) -> None:
    """"7.17 on MMLU-hard": a known benchmark's hard level is a name of its own, of the benchmark's type."""
    found = find("A title\n\nExperiments show that QuarkNet reaches 7.17 on MMLU-hard and 8.31 on MMLU-full.")
    assert found.get("MMLU-hard", ("",))[0] is EntityType.BENCHMARK and "MMLU-full" in found, found


@pytest.mark.parametrize(("text", "name", "other_form"), [
    # "We introduce ReHyAt, a Recurrent Hybrid Attention mechanism": the title's long form is the name's, in a text
    # with no bracket anywhere (definitions were only looked for where one was)
    ("ZorbHyAt: Zorbic Hybrid Attention for Kelp Video\n\nWe introduce ZorbHyAt, a Zorbic Hybrid Attention "
     "mechanism that combines two kinds of attention. On ImageNet, ZorbHyAt is fast.", "ZorbHyAt",
     "Zorbic Hybrid Attention"),
    # "Dual-Anchoring: ..." and "we propose a Dual-Anchoring Framework": the title's name with its head noun
    ("Zorb-Anchoring: Addressing Drift in Kelp Navigation\n\nIn this paper, we propose a Zorb-Anchoring "
     "Framework that anchors progress. It beats CLIP.", "Zorb-Anchoring", "Zorb-Anchoring Framework"),
    # "MEENA (also known as PersianMMMU)": two names the paper gives one dataset
    ("A title\n\nWe introduce KELPA (also known as ZorbMMMU), the first dataset designed to evaluate models. "
     "KELPA covers physics.", "KELPA", "ZorbMMMU"),
])
def test_two_forms_of_the_papers_name_are_one_entity(find, text: str, name: str, other_form: str) -> None:
    found = find(text)
    assert name in found and other_form not in found, found


def test_a_variant_letter_is_no_plural(find) -> None:
    """"two variants: SPIO-S ... and SPIO-E": "-S" names a variant, not a plural of SPIO (FooVAEs still is)."""
    found = find("A title\n\nWe propose ZPIO, a framework. We introduce two variants: ZPIO-S, which selects one "
                 "path, and ZPIO-E, which ensembles plans. QuillVAEs beat the QuillVAE.")
    assert {"ZPIO", "ZPIO-S", "ZPIO-E", "QuillVAE"} <= set(found) and "QuillVAEs" not in found, found


def test_a_lower_case_version_before_a_head_noun_continues_the_name(find) -> None:
    """"the challenging OCRBench v2 benchmark": the version, not a count of benchmarks ("GPT-4 3 benchmarks")."""
    found = find("A title\n\nExperiments on the challenging QuokBench v2 benchmark show that ZorbNet wins.")
    assert "QuokBench v2" in found, found


def test_a_title_whose_colon_lost_its_space_announces_its_name(find) -> None:
    """"EfficientLLaVA:Generalizable Auto-Pruning for ...": the name before the colon is the paper's (not
    "Zorb-OSS:20b", where the colon is part of a name)."""
    found = find("ZorbLLaVA:Generalizable Auto-Pruning for Vision Models\n\nUsing 64 samples, ZorbLLaVA reaches 83.05% "
                 "on ImageNet.")
    assert found.get("ZorbLLaVA", (None, None))[1] == "introduces", found


def test_a_part_the_papers_own_system_is_made_with_is_named(find) -> None:
    """"VLA-Corrector introduces a lightweight Latent-space Vision Monitor (LVM)": the title's name (or "our
    framework") as the subject of a making verb defines its own part, whatever the letters meant elsewhere."""
    found = find("ZorbCorrector: Lightweight Correction for Kelp Policies\n\nWe propose ZorbCorrector, a framework. "
                 "Without retraining, ZorbCorrector introduces a lightweight Kelp-space Quill Monitor (KQM) that "
                 "compares features.")
    assert found.get("KQM") == ("Model", "introduces"), found


def test_a_title_phrase_the_paper_proposes_by_name_is_its_name(find) -> None:
    """"Learn-by-interact: ..." and "We propose Learn-by-interact, a ... framework": a hyphenated phrase with a
    preposition is a description ("Text-to-Image") unless the paper proposes it by that name."""
    found = find("Zorb-by-kelp: A Data-Centric Framework for Agents\n\nWe propose Zorb-by-kelp, a data-centric "
                 "framework to adapt agents. Zorb-by-kelp synthesizes trajectories.")
    assert found.get("Zorb-by-kelp") == ("Model", "introduces"), found
    found = find("Step-by-Step: Reasoning in Kelp Models\n\nWe study step-by-step reasoning in kelp models.")
    assert "Step-by-Step" not in found, found


def test_a_title_case_long_form_ending_in_an_agent_noun_names_a_part(find) -> None:
    """"Then the Cross-view Scale-invariant Depth Predictor (CSDP) estimates ...": a part named for what it does,
    in the paper's account of its method; a thing or a quantity ("Matrix Product Operator (MPO) decomposition")
    is not."""
    found = find("A title\n\nWe propose ZorbPDE. Then the Cross-kelp Scale-invariant Depth Predictor (CKDP) estimates "
                 "depth, and the Zorbic Quill Harmonizer (ZQH) aligns classifiers. We study Matrix Kelp Operator (MKO) "
                 "decomposition.")
    assert found.get("CKDP", ("",))[0] == "Model" and found.get("ZQH", ("",))[0] == "Model", found
    assert "MKO" not in found, found


def test_a_long_form_with_other_word_endings_is_the_known_sense(tmp_path) -> None:
    """"low-rank quillers (LoRQ)" where the lexicon knows LoRQ as Low-Rank Quillation: the same sense, so the
    known method the paper uses, not an acronym it coins."""
    path = tmp_path / "lexicon.jsonl"
    path.write_text(json.dumps({"id": "model:lorq", "name": "LoRQ", "aliases": ["Low-Rank Quillation"], "type": "Model",
                                "counts": {"papers": 50}}) + "\n", encoding="utf-8")
    rules = create_nlp(str(path), decide=False)
    doc = rules("A title\n\nOur approach fine-tunes kelp models with low-rank quillers (LoRQ) on zorb data.")
    found = {e.name: (e.role.value, e.lexicon_id) for e in read_entities(doc)}
    assert found.get("LoRQ") == ("uses", "model:lorq"), found


def test_a_known_name_with_a_head_in_the_subtitle_describes_the_titles_name(tmp_path) -> None:
    """"ZorbToM: A Comprehensive Quokka Mind Benchmark for LLMs": the subtitle says what ZorbToM is; the known
    name and the head after it are no second benchmark (in a sentence they may be one)."""
    rules = _rules_with(tmp_path, [{"id": "quokka-mind", "name": "Quokka Mind", "type": "Dataset"}])
    doc = rules("ZorbToM: A Comprehensive Quokka Mind Benchmark for LLMs\n\nWe introduce ZorbToM, a benchmark.")
    names = {e.name for e in read_entities(doc)}
    assert "ZorbToM" in names and "Quokka Mind Benchmark" not in names, names


def test_a_known_models_size_in_millions_stays_a_model_where_a_score_is_on_it(find) -> None:
    """"cuts latency by 93% on SmolVLM-256M": a score "on" a name reads like a set, and "-256M" like a data
    size, but a known model's family with a parameter count is a model."""
    found = find("FooCache: fast\n\nWe propose FooCache. It cuts latency by 53% on CLIP-2B and by 93% on CLIP-256M.")
    assert found.get("CLIP-256M", (None,))[0] == EntityType.MODEL, found


def test_a_model_written_after_its_maker_is_named_with_it(nlp) -> None:
    """"OpenAI o1", "Google Bard": the model's name as the paper writes it, the bare name an alias (so it still
    resolves to the node of papers that write CLIP alone); "Google's CLIP" is the company's CLIP, named CLIP."""
    entities = {e.name: e for e in nlp("A title\n\nWe compare ZorbNet with Google CLIP on ImageNet.")._.mlkg_entities}
    assert "Google CLIP" in entities and "CLIP" not in entities, entities
    assert entities["Google CLIP"].type == EntityType.MODEL and "CLIP" in entities["Google CLIP"].aliases
    entities = {e.name: e for e in nlp("A title\n\nWe compare ZorbNet with Google's CLIP on ImageNet.")._.mlkg_entities}
    assert "CLIP" in entities and "Google CLIP" not in entities, entities


def test_a_name_a_coded_metric_is_stated_on_is_data(find) -> None:
    """"0.7953 Macro-F1 on ZqMag": a score in a metric written with digits ("Macro-F1", "R@1") is on data too."""
    found = find("FooNet: fast\n\nWe propose FooNet. It stays competitive (0.8308 F1 on ImageNet; 0.7953 Macro-F1 on "
                 "ZqMag).")
    assert found.get("ZqMag", (None,))[0] == EntityType.DATASET, found


def test_a_name_after_a_split_adjective_where_a_score_is_stated_is_data(find) -> None:
    """"0.8135 on the in-domain ZqMi-Br": "in-domain" says which data, it does not hide that it is data."""
    found = find("FooNet: fast\n\nWe propose FooNet. We found balanced accuracy values of up to 0.8135 and 0.7696 on "
                 "the in-domain ZqMi-Br and the out-of-domain data.")
    assert found.get("ZqMi-Br", (None,))[0] == EntityType.DATASET, found


def test_numbered_siblings_with_decimal_versions_name_each_known_sibling(tmp_path) -> None:
    """"Kelp-2.5/3" as one token: Kelp-2.5 and the Kelp-3 the lexicon knows, as "Llama-2/3" gives two."""
    rules = _rules_with(tmp_path, [{"id": "kelp-2.5", "name": "Kelp-2.5", "type": "Model"},
                                   {"id": "kelp-3", "name": "Kelp-3", "type": "Model"}])
    result = entities(rules, "A title\n\nWe fine-tune Kelp-2.5/3 models on our data.")
    assert {"Kelp-2.5", "Kelp-3"} <= set(result), result


def test_compared_plain_names_with_their_scores_in_brackets_are_found(find) -> None:
    """"outperforming baselines including Zorba (75.2%) and Kelpo (70.9%)": plain words a comparison lists, each
    with its score, are the compared works, as they are without the scores."""
    for text in ("We present KelpNet. On MMLU, KelpNet reaches 81.8%, outperforming baselines including Zorba (75.2%) "
                 "and Kelpo (70.9%).",
                 "We present KelpNet. On MMLU, KelpNet reaches 81.8%, outperforming Zorba (75.2%) and Kelpo (70.9%)."):
        found = find("A title\n\n" + text)
        assert found.get("Zorba") == ("Model", "compares") and found.get("Kelpo") == ("Model", "compares"), found


def test_a_plain_word_with_a_v_version_is_a_release(found) -> None:
    """"Zorba v1: ..." in a title and "we present Zorba v2" in the text: a release of a coined name."""
    result = found("Zorba v1: Distillation-Enhanced Video Generation\n\nWe present Zorba v1, a distilled video model.")
    assert "Zorba v1" in result, result
    result = found("A title\n\nWe present Zorba v2, a distilled video model.")
    assert "Zorba v2" in result, result


def test_a_domain_edition_after_a_hyphen_stays_in_the_name(nlp: Language) -> None:
    """"ZorbBERT-bio", "ZorbLM-math": a release for a domain, named; "ZorbLM-based" is still a description."""
    found = entities(nlp, "A title\n\nWe release ZorbBERT-bio and QuuxLM-math, and compare KelpLM-based encoders.")
    assert {"ZorbBERT-bio", "QuuxLM-math", "KelpLM"} <= set(found) and "KelpLM-based" not in found, found


def test_a_sentence_opening_on_the_sets_it_was_evaluated_on_is_no_apposition(rules: Language) -> None:
    """"Evaluated on ZorbQA and KelpQA, our framework improves ...": both are the data, not "KelpQA, our
    framework"."""
    found = entities(rules, "A title\n\nEvaluated on ZorbQA and KelpQA, our framework improves accuracy.")
    assert found.get("KelpQA", (None,))[0] in (EntityType.DATASET, EntityType.BENCHMARK), found


def test_data_taken_from_a_named_source_is_data(rules: Language) -> None:
    """"using data from the ZorbPanel": the source of the data is a dataset (not "data from GPT-4o", distilled
    from a model, which has no "the")."""
    found = entities(rules, "A title\n\nWe conducted a study using data from the ZorbPanel on three LLMs.")
    assert found["ZorbPanel"][0] is EntityType.DATASET, found


def test_a_sentence_opening_on_data_named_in_brackets_after_its_gloss(rules: Language) -> None:
    """"On Persian (ZPHT), joint training achieves ...": the set the sentence reports on, glossed by what it holds;
    "built on the Kelp Stream Transformer (KST), an architecture" opens no sentence."""
    found = entities(rules, "A title\n\nWe study handwriting. On Persian (ZPHT), joint training achieves a CER of "
                            "9.99.")
    assert found["ZPHT"][0] is EntityType.DATASET, found


def test_a_hyphened_plain_name_before_a_capital_head_is_a_name(nlp: Language) -> None:
    """"a newly developed Ambiguous-Prompt Benchmark": a name, hyphen and all; not the part after "&" of a long
    form ("(Event-Level & Time-Sensitive Video Benchmark)")."""
    found = entities(nlp, "A title\n\nWe test on ImageNet and a newly developed Zorbic-Prompt Benchmark.")
    assert found.get("Zorbic-Prompt Benchmark", (None,))[0] is EntityType.BENCHMARK, found
    found = entities(nlp, "A title\n\nWe introduce Z.T. Bench (Event-Level & Time-Sensitive Video Benchmark), a "
                          "benchmark.")
    assert "Time-Sensitive Video Benchmark" not in found, found


def test_a_name_a_qualified_score_is_stated_on_is_data(rules: Language) -> None:
    """"0.93 average SR on ZorbCV": the set the score is on, with "average" between the number and the metric."""
    found = entities(rules, "A title\n\nExperiments show KelpVAT achieves 0.93 average SR on ZorbCV.")
    assert found["ZorbCV"][0] is EntityType.DATASET, found


@pytest.mark.parametrize("adjective", ["large-scale", "new", "comprehensive"])
def test_the_appositive_with_an_adjective_names_the_kind(rules: Language, adjective: str) -> None:
    """"we build ZorbAmbi, the large-scale benchmark for this task": a benchmark."""
    found = entities(rules, f"A title\n\nTo support this research, we build ZorbAmbi, the {adjective} benchmark for "
                            "this task.")
    assert found["ZorbAmbi"][0] is EntityType.BENCHMARK, found


def test_a_naming_verb_names_the_determined_head(rules: Language) -> None:
    """"the first benchmark in the agent domain for reward model training, named ZorbRM": a benchmark, the head
    the determiner opens (not the "model" of a modifier)."""
    found = entities(rules, "A title\n\nWe introduce the first benchmark in the agent domain for step-wise reward model "
                            "training and evaluation, named ZorbRM.")
    assert found["ZorbRM"][0] is EntityType.BENCHMARK, found


def test_a_language_in_a_headed_name_keeps_the_name(rules: Language) -> None:
    """"the Estonian Web Corpus, the largest open-access corpus of Estonian": a dataset named after its language,
    before its own capital head; the language alone is no name, nor is "the Roman Urdu dataset"."""
    found = entities(rules, "A title\n\nThe author created and publicly released the Estonian Web Corpus, the "
                            "largest open-access corpus of Estonian. We also test on the Roman Urdu dataset.")
    assert "Estonian Web Corpus" in found and not {"Estonian", "Roman Urdu"} & set(found), found



def test_models_listed_in_brackets_after_a_plural_are_names(rules: Language) -> None:
    """"Benchmarking four advanced VLMs (ZorbFM, Merlin, Kestrel), we find ...": each a model, plain words too."""
    found = entities(rules, "A title\n\nBenchmarking four advanced VLMs (ZorbFM, Merlin, Kestrel), we find current "
                            "models perform adequately on measurement tasks.")
    assert {"Merlin", "Kestrel"} <= set(found), found


@pytest.mark.parametrize("naming", ['codenamed "Zorbio"', "called 'Zorbio'", "codenamed Zorbio"])
def test_a_quoted_or_codenamed_name_is_a_name(nlp: Language, naming: str) -> None:
    """'Our model, codenamed "Pixio", is an enhanced masked autoencoder': the paper's own model."""
    found = entities(nlp, f"A title\n\nOur model, {naming}, is an enhanced masked autoencoder. Zorbio performs well.")
    assert "Zorbio" in found, found


def test_a_long_form_headed_by_a_data_word_before_its_purpose_names_data(rules: Language) -> None:
    """"the Aerial Quokka Database for Emergency Response (AQDER)": data, named by its head before "for"; a
    concept's head before "of" names nothing ("Drug Mechanism of Zorbing (MoZ)")."""
    doc = rules("A title\n\nWe evaluate our network on the Aerial Quokka Database for Emergency Response (AQDER). "
                "Drug Mechanism of Zorbing (MoZ) studies how drugs act.")
    by_name = {e.name: e for e in read_entities(doc)}
    assert by_name["AQDER"].type == EntityType.DATASET, by_name
    assert "MoZ" not in by_name, by_name


def test_an_unknown_acronym_listed_before_a_data_head_is_a_name(rules: Language) -> None:
    """"the Zorb and URQ benchmarks", "datasets such as Talkies and ZWX": an acronym in a list of data is a name;
    not one in a list of compared methods ("outperforms TQE and RQE methods"), nor one defined elsewhere."""
    found = entities(rules, "A title\n\nWe evaluate on the Zorb and URQ benchmarks and on datasets such as Talkies "
                            "and ZWX. It outperforms state-of-the-art TQE and RQE methods. Bilingual lexicon induction "
                            "(BLQ) "
                            "matters, as do the Kappa and BLQ datasets.")
    assert {"URQ", "ZWX"} <= set(found), found
    assert not {"TQE", "RQE", "BLQ"} & set(found), found


def test_a_plain_word_hyphenated_to_benchmark_names_a_benchmark(rules: Language) -> None:
    """"its Quokka-Benchmark score": a plain word joined to "Benchmark" names a suite, as "Quokka-Bench" does;
    plain words joined to others stay words ("Vision-Language")."""
    found = entities(rules, "A title\n\nFine-tuning with PPO boosts its Quokka-Benchmark score from 13.3 to 79.2 "
                            "on Vision-Language tasks.")
    assert found.get("Quokka-Benchmark", (None,))[0] == EntityType.BENCHMARK, found
    assert "Vision-Language" not in found, found


def test_a_function_word_glued_on_by_a_dash_is_no_part_of_the_name(rules: Language) -> None:
    """"datasets-ZWX, Talkies, and QUOKKA-to verify our method": a dash used as a dash glues "to" to the name,
    which is QUOKKA."""
    found = entities(rules, "A title\n\nExperiments were run on standard benchmark datasets: ZWX, Talkies, and "
                            "QUOKKA-to verify the effectiveness of our method.")
    assert "QUOKKA" in found and "QUOKKA-to" not in found, found


def test_a_model_tier_in_lower_case_after_a_version_is_part_of_the_name(rules: Language) -> None:
    """"Zorbo-3-opus", "Zorbo-3-haiku": a release's tier, written in lower case, is part of its name, as "-mini"
    is."""
    found = entities(rules, "A title\n\nEven the advanced Zorbo-3-opus only reaches 53.7, while Zorbo-3-haiku lags.")
    assert {"Zorbo-3-opus", "Zorbo-3-haiku"} <= set(found), found


def test_a_reasoning_effort_after_a_version_or_tier_is_part_of_the_name(rules: Language) -> None:
    """"Zorbo-5.2-xhigh", "Kelp-o4-mini-high": a reasoning-effort setting names the configuration that was run;
    cut off, the name breaks the list it stands in. A word after a plain name ("FooNet-low") is still cut."""
    found = entities(rules, "A title\n\nZorbo-5.2-xhigh and Kelp-o4-mini-high lead, while FooNet-based agents and "
                            "Zorbo-3-medium lag.")
    assert {"Zorbo-5.2-xhigh", "Kelp-o4-mini-high", "Zorbo-3-medium"} <= set(found), found
    assert "FooNet" in found and "FooNet-based" not in found, found


def test_an_architecture_size_after_a_known_model_is_one_checkpoint(rules: Language) -> None:
    """"CLIP ViT-Q/9": a known model trained at one architecture and size is one name, a Model (the lexicon
    holds only some such pairs); a backbone after an adjective stays alone ("Kelp-based ViT-H")."""
    found = entities(rules, "A title\n\nWe distill a CLIP ViT-Q/9 teacher into FooNet, and compare with the "
                            "Kelp-based ViT-H.")
    assert found["CLIP ViT-Q/9"][0] == "Model" and "CLIP" not in found, found
    assert "ViT-H" in found and not any(name.endswith(" ViT-H") for name in found), found


def test_a_second_verb_sharing_the_making_verbs_object_keeps_it_introduced(rules: Language) -> None:
    """"We propose and evaluate FooNet", "we introduce and publicly release FooCD": both verbs take the name; a
    second verb with its own preposition ("and test on CIFAR-10") does not make the set new."""
    found = entities(rules, "A title\n\nWe propose and evaluate ZorbNet for legal issues. We introduce and publicly "
                            "release QuillCD, a labelled corpus. We design and test on CIFAR-10 a new pipeline.")
    assert found["ZorbNet"][1] == "introduces" and found["QuillCD"][1] == "introduces", found
    assert found["CIFAR-10"][1] == "uses", found


def test_a_capitalised_word_before_a_known_model_names_the_papers_variant(rules: Language) -> None:
    """"the Memory Mamba network", "a modular Phase ControlNet branch": a capitalised word mid-sentence before a
    known model, after an article or before a part's head noun, is part of the variant's name; a word of kind
    ("Vanilla"), a language, or a word of a longer capitalised name is not."""
    found = entities(rules, "A title\n\nWe track objects using the Quillon Transformer network and a modular Phase "
                            "QRA branch. We compare with the Vanilla Transformer, a German CLIP model and the "
                            "Temporal QRA Networks.")
    assert {"Quillon Transformer", "Phase QRA"} <= set(found), found
    assert not {"Vanilla Transformer", "German CLIP", "Temporal QRA"} & set(found), found


def test_two_joined_release_tiers_after_a_version_stay_with_the_name(rules: Language) -> None:
    """"Gemini-2.5 Flash-Lite": a tier written as two joined tiers is still the release's, not a name of its own."""
    found = entities(rules, "A title\n\nWe test Zorbo-2.5 Flash-Lite and Quill-3 Pro-Max against FooNet.")
    assert {"Zorbo-2.5 Flash-Lite", "Quill-3 Pro-Max"} <= set(found) and "Flash-Lite" not in found, found


def test_a_known_model_before_model_or_network_is_what_the_new_one_is_built_on(rules: Language) -> None:
    """"We then introduce a two-stage Transformer model": the new thing is a model built on the known architecture,
    which the paper uses."""
    found = entities(rules, "A title\n\nWe then introduce a two-stage Transformer model that predicts a coarse "
                            "heatmap, and a CLIP network for the rest.")
    assert found["Transformer"][1] == "uses" and found["CLIP"][1] == "uses", found


def test_plain_words_before_a_capitalised_bench_name_a_benchmark(rules: Language) -> None:
    """"on various puzzles from Pencil Puzzle Bench (62.6% to 91.2%)": "Bench" written as a word heads a name, as
    "Benchmark" does, and the score in its bracket is on it."""
    doc = rules("ZorbNet: Fast Puzzles\n\nZorbNet gains accuracy across benchmarks, including Sudoku-Kelp (87.4% to "
                "98.75%) and on various puzzles from Quokka Puzzle Bench (62.6% to 91.2%).")
    found = {e.name: e.type for e in read_entities(doc)}
    assert found.get("Quokka Puzzle Bench") == EntityType.BENCHMARK, found
    assert {(r.dataset, r.value) for r in doc._.mlkg_results} >= {("Quokka Puzzle Bench", "91.2%")}


def test_grounding_dino_is_one_known_name() -> None:
    """"Grounding DINO" (80-odd abstracts of the corpus) is one model, not the word "Grounding" and DINO; the
    shipped lexicon knows it (corrections.toml)."""
    shipped = create_nlp(decide=False)
    found = {e.name: e.type for e in read_entities(shipped("A title\n\nWe use Grounding DINO and GroundingDINO-T "
                                                           "to detect boxes."))}
    assert found.get("Grounding DINO") == EntityType.MODEL and "DINO" not in found, found


@pytest.mark.parametrize(("text", "name"), [
    ("We also evaluate on the Touch and Kelp dataset.", "Touch and Kelp"),
    ("SAB3R achieves superior performance on the Map and Zorb benchmark.", "Map and Zorb"),
])
def test_a_headed_name_with_and_in_it_is_one_name(found, text: str, name: str) -> None:
    """"the Touch and Go dataset": "and" joins the words of one name after "the", not two sets (the last word alone,
    "Go", is no dataset)."""
    got = found(f"A title\n\n{text}")
    assert name in got and name.rsplit(" ", 1)[1] not in got, got


def test_a_size_before_a_possessive_stays_with_the_name(found) -> None:
    """"raises ZorbLM 3B's best move accuracy": the size is the model's, whatever "'s" follows it."""
    got = found("A title\n\nKelpMod raises ZorbLM 3B's best move accuracy from 1.2% to 21.2%.")
    assert "ZorbLM 3B" in got and "ZorbLM" not in got, got


def test_a_plain_word_naming_our_model_in_apposition_is_introduced(find) -> None:
    """"our final model, Nexus, achieves ...": a plain word its shape does not find, named as the paper's own."""
    found = find("A title\n\nTrained on ImageNet, our final model, Quillo, achieves 81.2% top-1 accuracy. Our "
                 "approach, Zorbic, is fast.")
    assert found.get("Quillo", (None, None))[1] == "introduces", found
    assert found.get("Zorbic", (None, None))[1] == "introduces", found


def test_a_shaped_name_in_apposition_to_our_system_is_introduced(find) -> None:
    """"Our system, CultranAI, focused on ...": the paper's own system, named (not "our baseline model, X")."""
    found = find("A title\n\nWe report our participation in the task. Our system, ZorbAI, focused on data "
                 "augmentation. Our baseline model, KelpLM, is weak.")
    assert found.get("ZorbAI", (None, None))[1] == "introduces", found
    assert found.get("KelpLM", (None, None))[1] != "introduces", found


def test_a_spaced_resolution_after_a_known_set_continues_its_name(find) -> None:
    """"ImageNet 256 x 256": the set at one resolution, written with spaces as "ImageNet 256x256" is without."""
    found = find("A title\n\nZorbGen reaches FID 2.12 on ImageNet 256 x 256 and 2.9 on ImageNet 512 \u00d7 512.")
    assert {"ImageNet 256 x 256", "ImageNet 512 \u00d7 512"} <= set(found), found


def test_a_sets_condition_subset_keeps_its_tail(find) -> None:
    """"on TT100K-night": the set's night subset, named whole (not "TT100K" with a description cut off)."""
    found = find("A title\n\nZorbDet outperforms the previous best by 2.7% mAP50 on QK100K-night and 1.3% on "
                 "KelpSign-fog, and reaches 40.7% on QuillMU-Pro-std, outperforming ZorbFlow-schnell.")
    assert {"QK100K-night", "KelpSign-fog", "QuillMU-Pro-std", "ZorbFlow-schnell"} <= set(found), found


def test_a_version_before_a_possessive_continues_the_name(find) -> None:
    """"91.2% of Claude Opus 4.6's quality": the versioned name, then the possessive (not the name cut before it)."""
    found = find("A title\n\nOur ZorbLM reaches 91.2% of Diffusion Policy 2's success rate.")
    assert "Diffusion Policy 2" in found and "Diffusion Policy" not in found, found


def test_a_detector_familys_task_head_stays_in_the_name(find) -> None:
    """"based on the YOLOv8n-seg architecture": the segmentation variant, not YOLOv8n."""
    found = find("A title\n\nA novel model is proposed based on the QuarkDet8n-seg architecture. The standard "
                 "QuarkDet8n-seg model achieved 91.9% precision on CIFAR-10.")
    assert "QuarkDet8n-seg" in found and "QuarkDet8n" not in found, found


def test_an_introduced_run_may_open_with_its_dimension(find) -> None:
    """"We propose 4D Synchronized Fields, a 4D Gaussian representation": the name keeps its "4D"."""
    found = find("A title\n\nWe propose 4D Quokka Fields, a 4D Gaussian representation. On CIFAR-10, 4D Quokka Fields "
                 "achieves 28.52 dB mean PSNR.")
    assert found.get("4D Quokka Fields", ("?", "?"))[1] == "introduces", found


def test_a_words_plus_plus_edition_is_a_name_and_a_tasks_bracket_its_data(find) -> None:
    """"Evaluated on driver-intention prediction (Waymo) and Bitcoin fraud detection (Elliptic++), ETDNet ...":
    "Elliptic++" is a name, and the set of the task before its bracket."""
    found = find("A title\n\nEvaluated on driver-intention prediction (CIFAR-10) and Bitcoin fraud detection "
                 "(Quokkaic++), FooNet consistently surpasses strong baselines.")
    assert found.get("Quokkaic++", ("?",))[0] == "Dataset", found


def test_a_titles_opening_words_written_as_one_coined_word_are_the_papers_own(find) -> None:
    """"Mean Flows for One-step Generative Modeling" and "MeanFlow demonstrates strong empirical performance"."""
    found = find("Quark Flows for One-step Generative Modeling\n\nWe propose a principled framework for one-step "
                 "generation. QuarkFlow demonstrates strong empirical performance: it achieves an FID of 3.43 on "
                 "CIFAR-10.")
    assert found.get("QuarkFlow", ("?", "?"))[1] == "introduces", found


def test_a_headed_name_with_a_lower_case_connector_stays_whole(find) -> None:
    """"a case study on the Bias in Bios dataset": the name is "Bias in Bios", not "Bios"."""
    found = find("A title\n\nWe showcase FooNet in a case study on the Quokka in Quills dataset, where FooNet achieves "
                 "a 12.5% increase in worst-group accuracy.")
    assert "Quokka in Quills" in found and "Quills" not in found, found


def test_a_name_ending_in_a_digit_and_g_stays_whole(find) -> None:
    """"we introduce Pixels-to-Quux (Pix2Q)" keeps its name whole, and so does "Zorb2G": spaCy's unit suffix had cut
    the "G" off after the digit ("Zorb2"), as it does the "G" of "5 G"."""
    found = find("A title\n\nIn this work, we introduce Zorb2G, a novel lightweight method to build scene graphs.")
    assert "Zorb2G" in found and "Zorb2" not in found, found


def test_a_plain_word_the_paper_introduces_as_the_subject_is_a_name(find) -> None:
    """"This paper introduces Quokkr, a novel agentic framework for ...": the paper, not "we", introduces the
    plain-shaped name, which the appositive says is a framework."""
    found = find("Scaling Up Retail Operations\n\nThis paper introduces Quokkr, a novel agentic AI framework for "
                 "automating retail workflows. Quokkr decomposes operations into specialized agents.")
    assert "Quokkr" in found, found


def test_a_headed_name_with_in_the_after_an_adjective_is_whole(find) -> None:
    """"the large-scale multimodal Reading in the Wild dataset": the name is "Reading in the Wild", not "Wild"."""
    found = find("A title\n\nWe first introduce the large-scale multimodal Kelping in the Wild dataset, with 100 hours "
                 "of videos.")
    assert "Kelping in the Wild" in found and "Wild" not in found, found


def test_a_capitalised_name_before_algorithm_is_a_name(find) -> None:
    """"surface extraction via the Marching Cubes algorithm", "the Apriori algorithm": a named algorithm (a model, by
    the guidelines), found by its head noun as a dataset is by "dataset"."""
    found = find("A title\n\nA common workaround enables surface extraction via the Zorbing Kelps algorithm.")
    assert found["Zorbing Kelps"][0] == "Model", found


def test_a_proposed_long_form_ending_in_a_task_word_names_the_method(find) -> None:
    """"We propose Agentic Reasoning for Tree Search (ARTS)": a capitalised long form proposed with nothing between
    names the paper's method, though it ends in a task's word; a task or a metric it brings does not."""
    found = find("A title\n\nWe propose Zorbic Reasoning for Kelp Search (ZRKS), where an agent explores a tree.")
    assert found["ZRKS"][0] == "Model", found
    found = find("A title\n\nWe introduce Kelp-Aware Image Restoration (KAIR), a novel restoration task that needs "
                 "both.")
    assert "KAIR" not in found, found


def test_a_set_named_for_its_task_in_a_list_of_sets_is_a_set(find) -> None:
    """"three NLU benchmarks: GLUE, Stanford Natural Language Inference (SNLI), and SciTail": a definition whose
    long form ends in a task's word names a set when the list is of sets (alone, it names the task)."""
    found = find("A title\n\nWe evaluate ZorbNet on three NLU benchmarks: GLUE, Zorbic Language Inference (ZLI), "
                 "and MMLU.")
    assert found["ZLI"][0] in ("Dataset", "Benchmark"), found
    found = find("A title\n\nZorbic Language Inference (ZLI) is hard, and ZorbNet helps with it.")
    assert "ZLI" not in found, found


def test_the_names_a_counted_data_head_lists_in_brackets_are_sets(find) -> None:
    """"four benchmarks, including three industrial datasets (A, B, and C) and one medical dataset (Universal
    Medical)": the bracket after a counted data head names its sets, plain capitalised words too."""
    found = find("A title\n\nExtensive experiments are performed on four benchmarks, including three industrial "
                 "datasets (Kelp Lines, Zorb Assembly, and Quokka Shelves) and one medical dataset (Universal Marrow).")
    assert {"Kelp Lines", "Zorb Assembly", "Quokka Shelves", "Universal Marrow"} <= set(found), found
    assert found["Universal Marrow"][0] == "Dataset", found


def test_a_knowledge_graph_suffix_makes_a_name_data(find) -> None:
    """"Perovskite-KG": a knowledge graph the paper builds is data, as "-Data" and "-DB" are."""
    found = find("A title\n\nWe construct Zorbite-KG, a domain knowledge graph, and train ZorbLLM on it.")
    assert found["Zorbite-KG"][0] == "Dataset", found


@pytest.mark.parametrize("text", [
    "For intrinsic evaluation, we employ Zorbra, a complex sentence transformation dataset, and two other sets.",
    "We train an auto-regressive diffusion transformer on Zorbra, a large-scale dataset of egocentric video.",
])
def test_a_plain_word_set_apart_as_a_dataset_is_a_dataset(find, text: str) -> None:
    """"we employ Costra, a complex sentence transformation dataset": a plain word, named by the apposition that
    says what data it is (not "Sourced from Maxar, the VME dataset", nor "Finally, a new dataset")."""
    found = find(f"A title\n\n{text}")
    assert found.get("Zorbra", (None,))[0] == EntityType.DATASET, found


@pytest.mark.parametrize("text", ["Sourced from Zorbra, the Quux dataset spans 54 cities.",
                                  "Finally, a new dataset is released."])
def test_a_word_before_another_sets_name_or_a_sentence_opener_is_no_dataset(find, text: str) -> None:
    found = find(f"A title\n\n{text}")
    assert "Zorbra" not in found and "Finally" not in found, found
