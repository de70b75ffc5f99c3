"""The shipped extraction lexicon and the builder, mlkg.extract.lexicon_build."""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from pathlib import Path

import pytest

import mlkg.extract.lexicon_build as bl

ROOT = Path(__file__).resolve().parents[3]
LEXICON = ROOT / "kg" / "mlkg" / "extract" / "data" / "lexicon.jsonl"

TYPES = {"Model", "Dataset", "Benchmark", "Organization", "Generic"}
SOURCES = {"arxiv", "hf", "hf_keywords", "scierc", "scirex", "nlp_tdms", "hf_org", "known", "guidelines"}
KEYS = ["id", "name", "aliases", "type", "source", "counts"]


# --------------------------------------------------------------------------- shipped file
@pytest.fixture(scope="module")
def lines() -> list[str]:
    assert LEXICON.is_file(), "run python -m mlkg.extract.lexicon_build to create the lexicon"
    return LEXICON.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def records(lines) -> list[dict]:
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def by_name(records) -> dict[str, dict]:
    return {r["name"]: r for r in records}


def test_every_line_is_a_json_object_with_the_required_keys(lines):
    assert lines, "empty lexicon"
    for n, line in enumerate(lines, 1):
        record = json.loads(line)
        assert isinstance(record, dict), n
        assert list(record) == KEYS, (n, list(record))  # stable key order


def test_field_types(records):
    for r in records:
        assert isinstance(r["name"], str) and r["name"].strip() == r["name"] != "", r
        assert r["type"] in TYPES, r
        assert isinstance(r["aliases"], list), r
        assert all(isinstance(a, str) and a for a in r["aliases"]), r
        assert r["name"] not in r["aliases"], r
        assert len(set(r["aliases"])) == len(r["aliases"]), r
        assert isinstance(r["source"], list) and r["source"] == sorted(set(r["source"])), r
        assert set(r["source"]) <= SOURCES and r["source"], r
        assert isinstance(r["counts"], dict) and "papers" in r["counts"], r
        for key, value in r["counts"].items():
            assert type(value) is int and value >= 0, (r["name"], key, value)


def test_ids_are_unique_sorted_and_derived_from_type_and_name(records):
    ids = [r["id"] for r in records]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))
    for r in records:
        slug = re.sub(r"[^a-z0-9.+]+", "-", r["name"].lower()).strip("-")
        assert r["id"] == f"{r['type'].lower()}:{slug}", r


def test_names_are_unique(records):
    per_type = Counter((r["type"], r["name"]) for r in records)
    assert [k for k, c in per_type.items() if c > 1] == []
    overall = Counter(r["name"] for r in records)
    assert [k for k, c in overall.items() if c > 1] == []


def test_no_alias_is_shared_by_records_of_different_types(records):
    types_of: dict[str, set] = {}
    for r in records:
        for a in r["aliases"]:
            types_of.setdefault(a.casefold(), set()).add(r["type"])
    assert {a: t for a, t in types_of.items() if len(t) > 1} == {}


def test_size_and_counts_are_plausible(records):
    assert 5_000 <= len(records) <= 30_000
    assert LEXICON.stat().st_size < 10_000_000
    per_type = Counter(r["type"] for r in records)
    assert set(per_type) == TYPES
    for t in ("Model", "Dataset", "Benchmark", "Generic"):
        assert per_type[t] >= 200, per_type
    corpus = [r for r in records if r["type"] != "Organization"]
    # every corpus record was seen in at least one paper or comes from a curated list
    assert all(r["counts"]["papers"] > 0 or r["counts"]["curated"] > 0 for r in corpus)


def test_generic_acronyms_come_out_generic(by_name):
    # generic acronyms of lowercase phrases, plural in use, in very many papers
    for name in ("LLM", "VLM", "MLLM", "SFT", "RL", "VQA", "NLP", "CNN", "RAG", "CoT", "SOTA"):
        assert by_name.get(name, {}).get("type") == "Generic", name


def test_named_models_are_not_generic(by_name):
    for name in ("CLIP", "BERT", "ViT", "GPT-4", "DINO", "SAM", "LoRA", "3DGS", "U-Net", "Mamba", "VAR", "o1"):
        assert by_name.get(name, {}).get("type") == "Model", name
    # MAE is ambiguous (masked autoencoder / mean absolute error): never Generic
    assert by_name.get("MAE", {}).get("type") != "Generic"


def test_named_datasets_and_benchmarks(by_name):
    for name in ("ImageNet", "CIFAR-10", "COCO", "KITTI", "ScanNet", "MIMIC-CXR", "nuScenes", "Common Crawl"):
        assert by_name.get(name, {}).get("type") == "Dataset", name
    assert by_name.get("Crawl", {}).get("type") == "Generic"  # what the statistics left of "Common Crawl"
    # (and of BERT's long form, cut at "from")
    assert by_name.get("Bidirectional Encoder Representations", {}).get("type") == "Generic"
    assert "XLSR" in by_name["XLS-R"]["aliases"]  # a speech model, not the data a bracket after a score names
    assert "Roberta" in by_name["RoBERTa"]["aliases"] and "Pars Bert" in by_name["ParsBERT"]["aliases"]
    for name in ("MMLU", "GSM8K", "HumanEval", "MMBench", "MathVista", "GLUE"):
        assert by_name.get(name, {}).get("type") == "Benchmark", name


def test_models_that_papers_run_experiments_on_stay_models(by_name):
    """"experiments on FLUX.1-dev and HunyuanVideo": evaluation contexts made these Datasets; the corrections
    keep the models models."""
    for name in ("HunyuanVideo", "PixArt-alpha", "PixArt-Sigma", "MiniCPM-o 4.5", "GLM-4.7-Flash", "SAM-H"):
        assert by_name.get(name, {}).get("type") == "Model", name
    assert "PixArt-Σ" in by_name["PixArt-Sigma"]["aliases"]


def test_structures_quantities_fields_and_tasks_are_generic(by_name):
    """AST (the abstract syntax tree), IoT, PSD, MFCC, TSDF and TTS name no model."""
    for name in ("AST", "IoT", "PSD", "MFCC", "TSDF", "TTS"):
        assert by_name.get(name, {}).get("type") == "Generic", name


def test_acronym_long_forms_are_aliases(by_name):
    assert "Vision Transformer" in by_name["ViT"]["aliases"]
    assert "Contrastive Language-Image Pre-training" in by_name["CLIP"]["aliases"]
    assert by_name["LLM"]["counts"]["defined"] > 1000
    assert by_name["LLM"]["counts"]["lower_long"] > by_name["CLIP"]["counts"]["lower_long"]


def test_organizations_from_listing_fields(records):
    orgs = [r for r in records if r["type"] == "Organization"]
    assert len(orgs) >= 100
    assert all("hf_org" in r["source"] or "arxiv" in r["source"] or "hf" in r["source"] or "known" in r["source"]
               or "guidelines" in r["source"] for r in orgs)  # (or added by the corrections: MediaTek, Huawei)
    assert any("hf_org" in r["source"] and r["aliases"] for r in orgs)  # slug aliases


# --------------------------------------------------------------------------- builder units
@pytest.mark.parametrize("acr, window, expected", [
    ("PPO", "we train with Proximal Policy Optimization", "Proximal Policy Optimization"),
    ("ViT", "the backbone is a Vision Transformer", "Vision Transformer"),
    ("LLM", "recent large language models", "large language models"),
    ("PIVOT", "we call it Preference-Instructed Vision OpTimization",
     "Preference-Instructed Vision OpTimization"),
    ("3DGS", "built on 3D Gaussian Splatting", "3D Gaussian Splatting"),
    ("XYZ", "recent large language models", None),
    ("CLIP", "a clip", None),
])
def test_align_acronym(acr, window, expected):
    assert bl.align_acronym(acr, window) == expected


@pytest.mark.parametrize("long_form, initial, kind", [
    ("large language models", False, "lower"),
    ("Large language models", True, "lower"),
    ("Large Language Models", False, "title"),
    ("Contrastive Language-Image Pre-training", False, "title"),
    ("Preference-Instructed Vision OpTimization", False, "coined"),
    ("Large language Models", False, "mixed"),
])
def test_classify_long_form(long_form, initial, kind):
    assert bl.classify_long_form(long_form, initial) == kind


def test_find_definitions_singularises_plural_acronyms():
    text = ("Multimodal large language models (MLLMs) are strong. We build on the "
            "Segment Anything Model (SAM), unlike prior work (e.g., 2023).")
    found = {(d.acronym, d.long_form, d.plural, d.kind) for d in bl.find_definitions(text)}
    assert ("MLLM", "Multimodal large language models", True, "lower") in found
    assert ("SAM", "Segment Anything Model", False, "title") in found
    assert len(found) == 2


@pytest.mark.parametrize("token, shape", [
    ("ViT-L/14", "strong"), ("LLaVA-1.5", "strong"), ("GPT-4o", "strong"), ("MMLU", "strong"),
    ("Kinetics-400", "strong"), ("word2vec", "strong"), ("T5", "strong"),
    ("Mamba", "title"), ("Cityscapes", "title"),
    ("LLM-based", "lower"), ("AI-Driven", "lower"), ("Text-to-SQL", "lower"), ("dataset", "lower"),
    ("GPU", "junk"), ("FLOPs", "junk"), ("7B", "junk"), ("3D", "junk"), ("x1", "junk"),
    ("224x224", "junk"), ("v2", "version"), ("2024", "version"),
])
def test_token_shape(token, shape):
    assert bl.token_shape(token) == shape


def test_singular_and_acronym_shape():
    assert bl.singular("LLMs") == "LLM"
    assert bl.singular("ViTs") == "ViT"
    assert bl.singular("GPT-4s") == "GPT-4"
    assert bl.singular("Cityscapes") == "Cityscapes"
    assert bl.is_acronym("CoT") and bl.is_acronym("LLM") and bl.is_acronym("3DGS")
    assert not bl.is_acronym("ImageNet") and not bl.is_acronym("Mamba")


def test_parse_lists():
    back = bl.parse_list_backward("results on ImageNet, CIFAR-10 and the Penn Treebank")
    assert [n for n, _ in back] == ["ImageNet", "CIFAR-10", "Penn Treebank"]
    assert [strong for _, strong in back] == [True, True, False]
    fwd = bl.parse_list_forward("MMLU, GSM8K, and HumanEval show that")
    assert [n for n, _ in fwd] == ["MMLU", "GSM8K", "HumanEval"]
    assert bl.parse_list_forward("NVIDIA GPUs and more") == []  # a modifier, not a name
    assert bl.parse_list_forward("OpenAI's o1 model") == []  # a possessor
    assert bl.parse_list_backward("we train the proposed") == []


def test_scan_document_typed_contexts():
    text = ("BenchX: A Unified Benchmark for Medical Pretraining\n\n"
            "We evaluate on the KITTI dataset and on benchmarks such as MMLU and GSM8K. "
            "Our model outperforms GPT-4o and LLaMA-2-7B. We introduce VALOR-1M, a large-scale "
            "dataset of videos. We propose a framework, dubbed TokenUnify, for pretraining. "
            "We pre-train on LAION-5B and test zero-shot. The proposed model is an LLM agent.")
    facts = bl.scan_document(text)
    ctx = facts.contexts
    assert ("KITTI", "dataset") in ctx
    assert ("MMLU", "benchmark") in ctx and ("GSM8K", "benchmark") in ctx
    assert ("GPT-4o", "model") in ctx and ("LLaMA-2-7B", "model") in ctx
    assert ("LAION-5B", "dataset") in ctx
    assert ("LLM", "mod") in ctx  # "an LLM agent": a modifier, not a typed use
    assert ("VALOR-1M", "dataset") in facts.introduced
    assert ("TokenUnify", "model") in facts.introduced
    assert ("BenchX", "benchmark") in facts.introduced
    assert not any(name.lower() in ("the", "our", "proposed") for name, _ in ctx)


def test_shape_votes():
    assert bl.shape_votes("MMBench")["benchmark"] > 0
    assert bl.shape_votes("SWE-bench")["benchmark"] > 0
    assert bl.shape_votes("VALOR-1M")["dataset"] > 0
    assert bl.shape_votes("LLaMA-2-7B")["model"] > 0
    for sized in ("GPT2-small", "QuokDiT-XL", "ZorbERT Base", "Quil-Large"):  # an architecture's size
        assert bl.shape_votes(sized)["model"] >= 4, sized
    assert not bl.shape_votes("Largest")["model"]
    assert not bl.shape_votes("ImageNet")
    assert not bl.shape_votes("Workbench")  # an ordinary word that ends in "bench"


def test_a_name_ending_in_bench_or_a_parameter_count_outvotes_its_contexts():
    """"Zorb-Bench" is never a model and "Quill2.5-Math-1.5B" never a dataset, whatever the corpus's "on X"
    contexts say: their shape votes weigh more than a few contexts (three model contexts, four results-on)."""
    bench, sized = bl.shape_votes("Zorb-Bench v2.0"), bl.shape_votes("Quill2.5-Math-1.5B")
    assert bench["benchmark"] > 3 and not bench["model"]
    assert sized["model"] > 0.5 * 4 and not sized["dataset"]
    assert bl.shape_votes("Zorb-Bench-mini")["benchmark"] > bl.shape_votes("ZorbBenchmarks-Suite")["benchmark"]


def test_sense_clusters_merge_spellings_and_split_meanings():
    same = bl.sense_clusters(Counter({"Vision-Language Pre-training": 5,
                                      "vision-language pretraining": 4}))
    assert len(same) == 1 and same[0][0] == 9
    two = bl.sense_clusters(Counter({"mean absolute error": 7, "masked autoencoder": 5}))
    assert [c for c, _ in two] == [7, 5]


def test_make_id_and_slug_key():
    assert bl.make_id("Model", "ViT-L/14") == "model:vit-l-14"
    assert bl.make_id("Dataset", "Something-Something v2") == "dataset:something-something-v2"
    assert bl.slug_key("CIFAR-10") == bl.slug_key("cifar10") == "cifar10"
    assert bl.slug_key("LLaVA-1.5") == "llava1.5"


def _synthetic_docs() -> list:
    docs = []
    for i in range(40):  # a generic acronym: lowercase definitions, plural, many papers
        docs.append(bl.Doc(f"Paper {i}\n\nLarge language models (LLMs) are strong. We ask an "
                           f"LLM agent and several LLMs to answer.", {"arxiv"}))
    for i in range(6):  # a named model and a named dataset with typed contexts
        docs.append(bl.Doc(f"Study {i}\n\nThe Zephyrion Transformer (ZeTra) model outperforms "
                           f"ZeTra-Lite on the FooBar-10 dataset and on Quuxmark.", {"hf"}))
    docs.append(bl.Doc("One\n\nWe mention Blorpnet once on the FooBar-10 dataset.", {"hf"}))
    return docs


def test_decide_on_a_synthetic_corpus():
    docs = _synthetic_docs()
    stats = bl.collect(docs)
    groups = {g.name: g for g in bl.decide(stats, {}, docs, lambda *a: None, jobs=1)}
    assert groups["LLM"].type == "Generic"
    assert groups["LLM"].counts["plural"] >= 40 and groups["LLM"].counts["lower_long"] >= 40
    assert "LLMs" in groups["LLM"].aliases
    assert groups["ZeTra"].type == "Model"
    assert groups["ZeTra"].counts["defined"] == 6
    assert "Zephyrion Transformer" in groups["ZeTra"].aliases
    assert groups["FooBar-10"].type == "Dataset"
    assert "Blorpnet" not in groups  # one paper, no typed context: below the thresholds


def test_thresholds_are_one_frozen_dataclass_that_decide_obeys():
    with pytest.raises(dataclasses.FrozenInstanceError):
        bl.THRESHOLDS.min_papers = 1  # type: ignore[misc]
    docs = _synthetic_docs()
    stats = bl.collect(docs)
    strict = bl.Thresholds(min_papers=7, min_papers_intro=7)  # ZeTra is in 6 papers
    groups = {g.name: g for g in bl.decide(stats, {}, docs, lambda *a: None, jobs=1, th=strict)}
    assert "ZeTra" not in groups and groups["LLM"].type == "Generic"
    rare = bl.Thresholds(generic_min_papers=41)  # LLM is in 40 papers: too few to be Generic
    groups = {g.name: g for g in bl.decide(stats, {}, docs, lambda *a: None, jobs=1, th=rare)}
    assert "LLM" not in groups or groups["LLM"].type != "Generic"


def test_the_builder_reads_its_words_from_the_shared_data_file():
    from mlkg.extract.lexicon_build import vocab
    from mlkg.extract.words import words

    assert vocab.STOP == words("stop_words.never_name") and "dataset" in vocab.STOP
    assert vocab.DATASET_HEADS == words("heads.lexicon_dataset") and "corpus" in vocab.DATASET_HEADS
    assert bl.token_shape("LLM-based") == "lower"  # the compound-adjective words come from there too


def test_a_data_folder_without_corpora_is_a_user_error(tmp_path: Path):
    with pytest.raises(bl.LexiconBuildError) as err:
        bl.build(tmp_path, log=lambda *a: None, jobs=1)
    assert err.value.code == "E201" and "--data" in str(err.value)


def test_runs_as_a_module():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "mlkg.extract.lexicon_build", "--help"],
                          capture_output=True, text=True, check=True)
    assert "--data" in done.stdout and "--jobs" in done.stdout


def test_versions_are_matched_however_papers_join_them(tmp_path) -> None:
    """The lexicon writes one form ("Quill-3", "O7"); papers also write "Quill 3" and "o7"."""
    import json

    from mlkg.extract.pipeline import create_nlp

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text("".join(json.dumps({"id": f"model:{n.lower()}", "name": n, "aliases": [], "type": "Model",
                                           "counts": {"papers": 9}}) + "\n" for n in ("Quill-3", "Marrow 2.5", "O7")),
                       encoding="utf-8")
    nlp = create_nlp(str(lexicon), decide=False)
    doc = nlp("A title\n\nWe compare Quill 3, Marrow-2.5 and o7 with Quill-3.")
    assert {e.text for e in doc.ents} >= {"Quill 3", "Marrow-2.5", "o7", "Quill-3"}


def test_corrections_retype_add_and_are_data(tmp_path) -> None:
    """The guidelines' decisions the statistics miss: retype a record, add aliases, or add a record."""
    from mlkg.extract.lexicon_build.corrections import apply_corrections

    counts = {"papers": 3}
    records = [{"id": "generic:qrn", "name": "QRN", "aliases": ["QRNs"], "type": "Generic", "source": ["arxiv"],
                "counts": counts}]
    path = tmp_path / "corrections.toml"
    path.write_text('[[entry]]\nname = "qrns"\ntype = "Model"\naliases = ["Quill Routing Network"]\n\n'
                    '[[entry]]\nname = "Zorb"\ntype = "Dataset"\n', encoding="utf-8")
    out = apply_corrections(records, path)
    assert [r["id"] for r in out] == ["dataset:zorb", "model:qrn"]
    assert out[1]["aliases"] == ["QRNs", "Quill Routing Network"] and out[1]["source"] == ["arxiv", "guidelines"]
    assert out[0]["source"] == ["guidelines"] and records[0]["type"] == "Generic"  # the input is not changed
    path.write_text('[[entry]]\nname = "Zorb"\ntype = "Thing"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown type"):
        apply_corrections(records, path)


def test_a_correction_drops_a_form_that_is_no_name_of_the_record(tmp_path) -> None:
    """"Thoughts", taken by the statistics for a form of ToT, would make every capitalised "Thoughts" the method."""
    from mlkg.extract.lexicon_build.corrections import apply_corrections

    records = [{"id": "generic:tok", "name": "ToK", "aliases": ["Tree-of-Kelp", "Kelp"], "type": "Generic",
                "source": ["arxiv"], "counts": {"papers": 9}}]
    path = tmp_path / "corrections.toml"
    path.write_text('[[entry]]\nname = "ToK"\ntype = "Model"\naliases = ["Tree of Kelp"]\ndrop_aliases = ["kelp"]\n',
                    encoding="utf-8")
    out = apply_corrections(records, path)
    assert out[0]["id"] == "model:tok" and out[0]["aliases"] == ["Tree-of-Kelp", "Tree of Kelp"], out


def test_a_correction_merges_two_records_of_one_thing(tmp_path) -> None:
    """MS-COCO and COCO: one dataset the statistics kept as two records; the correction folds one into
    the other (names become aliases, counts add up), and applying it again changes nothing."""
    from mlkg.extract.lexicon_build.corrections import apply_corrections

    records = [{"id": "dataset:kelp", "name": "KELP", "aliases": ["Kelp Objects"], "type": "Dataset",
                "source": ["arxiv"], "counts": {"papers": 30, "dataset_ctx": 5}},
               {"id": "dataset:ms-kelp", "name": "MS-KELP", "aliases": ["MSKELP"], "type": "Dataset",
                "source": ["hf"], "counts": {"papers": 10, "dataset_ctx": 2}}]
    path = tmp_path / "corrections.toml"
    path.write_text('[[entry]]\nname = "KELP"\ntype = "Dataset"\nmerge = ["MS-KELP"]\n', encoding="utf-8")
    out = apply_corrections(records, path)
    assert [r["id"] for r in out] == ["dataset:kelp"]
    assert out[0]["aliases"] == ["Kelp Objects", "MS-KELP", "MSKELP"]
    assert out[0]["counts"] == {"papers": 40, "dataset_ctx": 7}
    assert out[0]["source"] == ["arxiv", "guidelines", "hf"]
    assert apply_corrections(out, path) == out


def test_a_correction_may_give_a_record_its_written_spelling(tmp_path) -> None:
    """"GoogleDeepMind", an account's spelling, becomes "Google DeepMind": the old name is kept as an alias."""
    from mlkg.extract.lexicon_build.corrections import apply_corrections

    records = [{"id": "organization:kelplab", "name": "KelpLab", "aliases": ["kelplab"], "type": "Organization",
                "source": ["hf_org"], "counts": {"papers": 2}}]
    path = tmp_path / "corrections.toml"
    path.write_text('[[entry]]\nname = "Kelp Lab"\ntype = "Organization"\nrename = true\n', encoding="utf-8")
    out = apply_corrections(records, path)
    assert [(r["id"], r["name"], r["aliases"]) for r in out] == [("organization:kelp-lab", "Kelp Lab",
                                                                  ["KelpLab", "kelplab"])]
    assert apply_corrections(out, path) == out
    path.write_text('[[entry]]\nname = "Kelp Lab"\ntype = "Organization"\n', encoding="utf-8")
    assert apply_corrections(records, path)[0]["name"] == "KelpLab"  # without rename, the name stays


def test_the_shipped_lexicon_carries_its_corrections() -> None:
    import json

    from mlkg.extract.lexicon import default_path
    from mlkg.extract.lexicon_build.corrections import apply_corrections

    rows = [json.loads(line) for line in default_path().read_text(encoding="utf-8").splitlines()]
    assert apply_corrections(rows) == rows  # applying them again changes nothing
    assert any(r["name"] == "Transformer" and r["type"] == "Model" for r in rows)


def test_the_shipped_lexicon_has_no_alias_cut_mid_bracket() -> None:
    """"LSTM)" as an alias of LSTM made "Graph LSTM)" a name (issue 13); the builder drops such aliases."""
    from mlkg.extract.lexicon import default_path

    rows = [json.loads(line) for line in default_path().read_text(encoding="utf-8").splitlines()]
    stray = [(r["name"], a) for r in rows for a in [r["name"], *r["aliases"]]
             if a.count("(") != a.count(")") or a.count("[") != a.count("]")]
    assert not stray, stray[:10]


def test_the_longest_known_name_wins(tmp_path) -> None:
    """"Transformer" inside "Swin Transformer" is not a second entity; alone it is one."""
    import json

    from mlkg.extract.pipeline import create_nlp
    from mlkg.extract.spans import read_entities

    lexicon = tmp_path / "lexicon.jsonl"
    lexicon.write_text("".join(json.dumps({"id": f"model:{n.lower()}", "name": n, "aliases": [], "type": "Model",
                                           "counts": {"papers": 9}}) + "\n" for n in ("Quill", "Quill Former")),
                       encoding="utf-8")
    nlp = create_nlp(str(lexicon), decide=False)
    names = {e.name for e in read_entities(nlp("A title\n\nWe adapt Quill Former to maps."))}
    assert names == {"Quill Former"}
    names = {e.name for e in read_entities(nlp("A title\n\nWe adapt Quill Former and Quill to maps."))}
    assert names == {"Quill Former", "Quill"}


def test_a_short_capital_prefix_matches_joined_either_way(tmp_path) -> None:
    """"MS-MARCO" in the lexicon finds "MS MARCO" in the text (and the other way round), not a bare "MARCO"."""
    from mlkg.extract.lexicon import written_variants
    from mlkg.extract.pipeline import create_nlp
    from mlkg.extract.spans import read_entities

    assert "MS MARCO" in written_variants("MS-MARCO") and "MS-COCO" in written_variants("MS COCO")
    assert written_variants("Vision-Language") == ("Vision-Language",)  # not a short capital prefix
    path = tmp_path / "lexicon.jsonl"
    path.write_text(json.dumps({"id": "dataset:msmarco", "name": "MSMARCO", "aliases": ["MS-MARCO"],
                                "type": "Dataset", "counts": {"papers": 10}}) + "\n")
    doc = create_nlp(str(path), decide=False)("A title\n\nWe evaluate on MS MARCO passages.")
    assert [(e.name, e.lexicon_id) for e in read_entities(doc)] == [("MS MARCO", "dataset:msmarco")]


def test_a_known_model_is_found_in_its_lower_case_id_spelling(tmp_path) -> None:
    """API and hub ids write model names in lower case ("gpt-4o", "quux-3.5-pro"): a known Model's form
    with a digit matches so; a known dataset's does not, and no digit-free form is lowered."""
    from mlkg.extract.lexicon import id_spelling
    from mlkg.extract.pipeline import create_nlp
    from mlkg.extract.spans import read_entities

    assert id_spelling("Quux-3.5-Pro") == "quux-3.5-pro" and id_spelling("Quux3") == "quux3"
    assert id_spelling("Quux") is None and id_spelling("Quux 3") is None and id_spelling("quux-3") is None
    path = tmp_path / "lexicon.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (
        {"id": "model:quux-3.5-pro", "name": "Quux-3.5-Pro", "aliases": [], "type": "Model", "counts": {"papers": 40}},
        {"id": "model:zibble", "name": "Zibble", "aliases": ["ZIBBLE-X"], "type": "Model", "counts": {"papers": 40}},
        {"id": "dataset:wump-10", "name": "WUMP-10", "aliases": [], "type": "Dataset", "counts": {"papers": 40}})))
    nlp = create_nlp(str(path), decide=False)
    found = {e.name: e.lexicon_id for e in read_entities(nlp("A title\n\nA quux-3.5-pro judge scores answers on "
                                                              "wump-10 while zibble and zibble-x rest."))}
    assert found == {"quux-3.5-pro": "model:quux-3.5-pro"}, found


def test_the_shipped_lexicon_names_no_family_reference() -> None:
    """"YOLO-series" and "Llama-family" refer to a family's models and name none (issue 13): the builder
    drops them as names and as aliases, so the text's "LLaMA-family models" gives LLaMA."""
    from mlkg.extract.lexicon import default_path
    from mlkg.extract.lexicon_build.output import _family_reference

    assert _family_reference("YOLO-series") and _family_reference("GPT-style") and _family_reference("Llama family")
    assert not _family_reference("Seriesformer") and not _family_reference("FamilyQA")
    rows = [json.loads(line) for line in default_path().read_text(encoding="utf-8").splitlines()]
    found = [(r["name"], a) for r in rows for a in [r["name"], *r["aliases"]] if _family_reference(a)]
    assert not found, found[:10]


def test_definitions_as_a_method_type_a_name_the_contexts_leave_open():
    """"Odds Ratio Preference Optimization (ORPO)": papers that define a name as a method vote Model when
    the corpus's contexts do not say data more often (a tie went to Dataset before)."""
    docs = [bl.Doc(f"Paper {i}\n\nWe align with Quokka Ratio Preference Optimization (QRPO) and "
                   f"report gains.", {"arxiv"}) for i in range(4)]
    docs += [bl.Doc("Tuned\n\nResults on the QRPO dataset are shown.", {"hf"}),
             bl.Doc("Model\n\nThe QRPO model outperforms prior work.", {"hf"})]
    stats = bl.collect(docs)
    groups = {g.name: g for g in bl.decide(stats, {}, docs, lambda *a: None, jobs=1)}
    assert groups["QRPO"].counts["dataset_ctx"] == groups["QRPO"].counts["model_ctx"] == 1
    assert groups["QRPO"].type == "Model"


def test_a_curated_dataset_is_not_composed_generic() -> None:
    """"AG News" is an acronym the corpus uses generically and a common word, but a curated list names it as a
    dataset: it stays named, while "LLM Agent" (a Generic acronym and a common word, curated by no list) becomes
    Generic."""
    from mlkg.extract.lexicon_build.decide import compose_generic
    from mlkg.extract.lexicon_build.groups import Group

    generic = [Group("ag", name="AG", type="Generic"), Group("llm", name="LLM", type="Generic")]
    curated = Group("agnews", name="AG News", type="Dataset", gate="curated",
                    curated=Counter({"nlp_tdms:dataset": 1}))
    composed = Group("llmagent", name="LLM Agent", type="Model", gate="weak")
    df = Counter({"news": 5000, "News": 40, "agent": 5000, "Agent": 40})
    compose_generic([*generic, curated, composed], df, Counter({"curated": 1, "weak": 1}), bl.thresholds.THRESHOLDS)
    assert (curated.type, composed.type) == ("Dataset", "Generic")


def test_a_language_and_a_generic_acronym_are_composed_generic() -> None:
    """"Arabic LLM" (benchmarks), "English ASR": which language a generic thing is in, no name; a language and a
    name ("Arabic ZorbLM") and an organization ("Chinese Kelp Institute") stay named."""
    from mlkg.extract.lexicon_build.decide import compose_generic
    from mlkg.extract.lexicon_build.groups import Group

    generic = [Group("llm", name="LLM", type="Generic"), Group("asr", name="ASR", type="Generic")]
    arabic = Group("arabicllm", name="Arabic LLM", type="Benchmark", gate="weak")
    english = Group("englishasr", name="English ASR", type="Model", gate="weak")
    named = Group("arabiczorblm", name="Arabic ZorbLM", type="Model", gate="weak")
    org = Group("chinesekelpinstitute", name="Chinese Kelp Institute", type="Organization", gate="weak")
    df = Counter({"kelp": 5000, "Kelp": 40, "institute": 5000, "Institute": 40})
    slashed = Group("llmasr", name="LLM/ASR", type="Model", gate="weak")
    compose_generic([*generic, arabic, english, named, org, slashed], df, Counter({"weak": 5}),
                    bl.thresholds.THRESHOLDS)
    assert (arabic.type, english.type, named.type, org.type) == ("Generic", "Generic", "Model", "Organization")
    assert slashed.type == "Generic"  # "LLM/VLM": generic acronyms joined by a slash


def test_a_model_familys_size_in_millions_is_a_model_unless_papers_use_it_as_data() -> None:
    """"Zorb-410M" reads like a data size (WebVid-10M), but Zorb is a model and no paper uses Zorb-410M as data:
    a model; "Kelp-10M", whose papers use it as data, and "Quux-1M", of a family that is data, stay."""
    from mlkg.extract.lexicon_build.decide import sized_models
    from mlkg.extract.lexicon_build.groups import Group

    zorb, kelp = Group("zorb", name="Zorb", type="Model"), Group("kelp", name="Kelp", type="Model")
    quux = Group("quux", name="Quux", type="Dataset")
    sized = Group("zorb410m", name="Zorb-410M", type="Dataset", gate="weak", ctx=Counter({"model": 1}))
    data = Group("kelp10m", name="Kelp-10M", type="Dataset", gate="weak", ctx=Counter({"dataset": 1}))
    other = Group("quux1m", name="Quux-1M", type="Dataset", gate="weak")
    sized_models([zorb, kelp, quux, sized, data, other], Counter({"weak": 3}))
    assert (sized.type, data.type, other.type) == ("Model", "Dataset", "Dataset")


def test_an_architectures_size_and_patch_size_is_a_model_unless_papers_use_it_as_data() -> None:
    """"FID on Zorb-XL/2" reads like a set, but a size tier with a patch size names an architecture's variant;
    one a paper calls data stays."""
    from mlkg.extract.lexicon_build.decide import sized_models
    from mlkg.extract.lexicon_build.groups import Group

    patch = Group("zorbxl2", name="Zorb-XL/2", type="Dataset", gate="weak", ctx=Counter({"eval": 4}))
    data = Group("kelpb16", name="Kelp-B/16", type="Dataset", gate="weak", ctx=Counter({"dataset": 1}))
    sized_models([patch, data], Counter({"weak": 2}))
    assert (patch.type, data.type) == ("Model", "Dataset")


def test_an_account_named_for_its_benchmark_is_no_organization() -> None:
    """Hugging Face accounts such as "Zorb-Eval" or "Kelp-Bench" publish a benchmark; the benchmark is found as
    one, the account is no organization; "Zorb Labs" stays."""
    from mlkg.extract.lexicon_build.organizations import organizations
    from mlkg.extract.lexicon_build.stats import Stats

    st = Stats()
    for name in ("Zorb-Eval", "Kelp-Bench", "Zorb Labs"):
        st.orgs[(name, name.lower().replace(" ", "-"))] += 3
        st.df[name] += 3
        st.df["Zorb"] += 3
    kept = organizations(st, lambda _: None)
    assert {g.name for g in kept} == {"Zorb Labs"}


def test_the_shipped_lexicon_types_a_model_familys_sizes_as_models(by_name) -> None:
    assert by_name["Pythia-410M"]["type"] == by_name["Pythia"]["type"] == "Model"


def test_names_typed_only_by_on_contexts_are_settled_by_metric_family_or_dropped() -> None:
    """Typed data only because papers report results "on" them: a metric's name is Generic ("ZorbScore-IoU"),
    a name of a model family ("Zorb-J", three Zorb-... models) a Model, not of a common word's ("Video-Kelp");
    one such context alone drops the name; a name some paper calls a dataset stays."""
    from mlkg.extract.lexicon_build.decide import weakly_typed
    from mlkg.extract.lexicon_build.groups import Group

    models = [Group(f"zorb{i}", name=f"Zorb-{i}", type="Model") for i in (1, 2, 3)]
    models += [Group(f"video{i}", name=f"Video-{i}", type="Model") for i in (1, 2, 3)]
    metric = Group("zorbscoreiou", name="Zorb-IoU", type="Dataset", gate="weak", ctx=Counter({"eval": 3}))
    family = Group("zorbj", name="Zorb-J", type="Dataset", gate="weak", ctx=Counter({"eval": 1}))
    common = Group("videokelp", name="Video-Kelp", type="Dataset", gate="weak", ctx=Counter({"eval": 2}))
    once = Group("quuxdb", name="QuuxDB", type="Dataset", gate="weak", ctx=Counter({"eval": 1}))
    data = Group("kelpdb", name="KelpDB", type="Dataset", gate="weak", ctx=Counter({"eval": 1, "dataset": 1}))
    df = Counter({"video": 5000, "Video": 300, "Zorb": 40})
    kept = weakly_typed([*models, metric, family, common, once, data], df, Counter({"weak": 5}),
                        bl.thresholds.THRESHOLDS)
    assert {g.name: g.type for g in kept if g.gate == "weak" or g.ctx} == {
        "Zorb-IoU": "Generic", "Zorb-J": "Model", "Video-Kelp": "Dataset", "KelpDB": "Dataset"}

def test_known_names_add_records_aliases_and_leave_other_kinds_alone(tmp_path) -> None:
    """known.toml: a name no record holds becomes a record of its group's type; a name a dataset or
    benchmark record holds only adds its forms there (the corpus keeps the type); a record of another
    kind that the case-blind key happens to match ("CoPA", a model) is left alone."""
    from mlkg.extract.lexicon_build.known import apply_known

    records = [{"id": "benchmark:zorbqa", "name": "ZorbQA", "aliases": [], "type": "Benchmark", "source": ["arxiv"],
                "counts": {"papers": 4}},
               {"id": "model:quip", "name": "QuIP", "aliases": [], "type": "Model", "source": ["hf"],
                "counts": {"papers": 2}}]
    path = tmp_path / "known.toml"
    path.write_text('[[group]]\ntype = "Dataset"\nsource = "a catalogue"\n'
                    'names = ["Kelp-7 | Kelp 7", "ZorbQA | Zorb-QA", "QUIP"]\n', encoding="utf-8")
    out = apply_known(records, path)
    assert [r["id"] for r in out] == ["benchmark:zorbqa", "model:quip", "dataset:kelp-7"]
    assert out[0]["type"] == "Benchmark" and out[0]["aliases"] == ["Zorb-QA"]
    assert out[0]["source"] == ["arxiv", "known"]
    assert out[1] == records[1]  # another kind: untouched, and no QUIP record that would match its forms
    assert out[2]["name"] == "Kelp-7" and out[2]["aliases"] == ["Kelp 7"] and out[2]["type"] == "Dataset"
    assert out[2]["counts"]["curated"] == 1 and out[2]["counts"]["papers"] == 0
    assert records[0]["aliases"] == []  # the input is not changed
    assert apply_known(out, path) == out
    path.write_text('[[group]]\ntype = "Thing"\nnames = ["Kelp-7"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown type"):
        apply_known(records, path)


def test_known_names_are_matchable_and_in_the_shipped_lexicon() -> None:
    """Every known name is a form the case-exact matcher looks for, and the shipped lexicon carries it
    (applying the list again changes nothing)."""
    import json

    from mlkg.extract.lexicon import LexEntry, _matchable, default_path
    from mlkg.extract.lexicon_build.known import apply_known, known_names

    plain = LexEntry("x", "x", "Dataset")
    unmatchable = [name for name, aliases, _ in known_names() for form in (name, *aliases)
                   if not _matchable(form, plain)]
    assert unmatchable == []
    rows = [json.loads(line) for line in default_path().read_text(encoding="utf-8").splitlines()]
    assert apply_known(rows) == rows
    assert {r["name"]: r["type"] for r in rows if "known" in r["source"]}.get("Omniglot") == "Dataset"


def test_the_shipped_lexicon_settles_names_typed_only_by_on_contexts(by_name) -> None:
    """"on GPT-J" typed GPT-J as data, "on PickScore" PickScore; a model family and a metric's name decide."""
    assert by_name["GPT-J"]["type"] == "Model"
    assert by_name["PickScore"]["type"] == by_name["AbsRel"]["type"] == "Generic"


def test_slash_joined_names_and_sizes_are_no_record_of_their_own(by_name):
    """"BERT/RoBERTa" and "4B/8B" write two things at once; "ViT-B/16" names one model and stays."""
    assert "BERT/RoBERTa" not in by_name and "4B/8B" not in by_name
    assert by_name["ViT-B/16"]["type"] == "Model"


def test_the_slash_pair_step_keeps_names_with_a_part_that_names_nothing_alone():
    from mlkg.extract.lexicon_build.output import _without_slashed_pairs

    def rec(name: str, kind: str = "Model") -> dict:
        return {"name": name, "aliases": [], "type": kind}

    records = [rec("Zorb"), rec("Kelp"), rec("Zorb/Kelp"), rec("Zorb/Quux"), rec("7B/13B"), rec("Zorb/7B"),
               rec("PET/CT", "Generic"), rec("ZorbLab/Kelp", "Organization")]
    kept = [r["name"] for r in _without_slashed_pairs(records, log=lambda *_: None)]
    assert kept == ["Zorb", "Kelp", "Zorb/Quux", "PET/CT", "ZorbLab/Kelp"], kept


def test_a_joined_suite_name_is_matched_spelled_apart() -> None:
    """"AlpacaEval 2.0" is written "Alpaca Eval 2.0" and "Alpaca-Eval 2.0" too."""
    from mlkg.extract.lexicon import written_variants

    assert {"Zorbo Eval 2.0", "Zorbo-Eval 2.0"} <= set(written_variants("ZorboEval 2.0"))
    assert {"Kelp Bench", "Kelp-Bench"} <= set(written_variants("KelpBench"))
    assert written_variants("Evaluator") == ("Evaluator",)


def test_a_makers_coded_name_is_matched_with_a_space() -> None:
    """"DeepSeek-R1-Zero" is written "DeepSeek R1-Zero" too, "DeepSeek-V3" "DeepSeek V3"."""
    from mlkg.extract.lexicon import written_variants

    assert "ZorbSeek R1-Zero" in written_variants("ZorbSeek-R1-Zero")
    assert "ZorbSeek V3" in written_variants("ZorbSeek-V3")
    assert written_variants("Kelp-Net") == ("Kelp-Net",)


def test_a_suite_joined_to_bench_matches_its_head_in_lower_case(tmp_path) -> None:
    """"ZorbBench" in the lexicon finds "Zorbbench" in the text (papers write the head either way); a suite
    with more after its head keeps its case."""
    from mlkg.extract.lexicon import written_variants
    from mlkg.extract.pipeline import create_nlp
    from mlkg.extract.spans import read_entities

    assert "Zorbbench" in written_variants("ZorbBench")
    assert "Zorbbench-2" not in written_variants("ZorbBench-2")
    path = tmp_path / "lexicon.jsonl"
    path.write_text(json.dumps({"id": "benchmark:zorbbench", "name": "ZorbBench", "aliases": [],
                                "type": "Benchmark", "counts": {"papers": 10}}) + "\n")
    doc = create_nlp(str(path), decide=False)("A title\n\nWe report attack success rates on Zorbbench.")
    assert [(e.name, e.lexicon_id) for e in read_entities(doc)] == [("Zorbbench", "benchmark:zorbbench")]


def test_methods_the_statistics_took_for_data_are_models(by_name):
    """SapBERT (a BERT model) and VCD (Visual Contrastive Decoding) were typed Dataset from a few evaluation
    contexts; the corrections type them by what they are."""
    for name in ("SapBERT", "VCD"):
        assert by_name.get(name, {}).get("type") == "Model", name


def test_the_shipped_records_carry_every_correction(records) -> None:
    """corrections.toml is applied last by the builder, and to the shipped records when a correction is added
    without a rebuild: applying it again changes nothing."""
    from mlkg.extract.lexicon_build.corrections import apply_corrections

    assert apply_corrections(records) == records


def test_a_kind_of_network_in_the_plural_is_no_alias(by_name) -> None:
    """"Building on the strengths of 3D convolutional neural networks": the kind, which the 3D-CNN record no longer
    takes for its name."""
    assert "3D convolutional neural networks" not in by_name["3D-CNN"]["aliases"]


def test_standard_languages_are_no_artifacts(by_name):
    """The Planning Domain Definition Language is a standard, like the Document Object Model: its "PDDL+"
    edition had become a dataset through the family rule."""
    assert by_name["PDDL"]["type"] == "Generic"


def test_world_models_are_models(by_name):
    """HY-WorldPlay is Hunyuan's interactive world model, which papers outperform; the statistics had called it a
    benchmark."""
    assert by_name["HY-WorldPlay"]["type"] == "Model"


def test_human_centric_vision_models_are_models(by_name):
    """Sapiens is Meta's family of human-centric vision models, which papers list among pose estimators; the
    statistics had called it a dataset."""
    assert by_name["Sapiens"]["type"] == "Model"


def test_research_funding_agencies_are_organizations(by_name):
    """IARPA funds programs ("the IARPA BRIAR program"); the statistics had called it a model."""
    assert by_name["IARPA"]["type"] == "Organization"
    assert by_name["FEMA"]["type"] == "Organization"


def test_a_set_written_with_a_space_is_the_set(by_name):
    """"RFW, BUPT, and CASIA WebFace": the space had split the set into CASIA and a model WebFace."""
    assert "CASIA WebFace" in by_name["CASIA-WebFace"]["aliases"]



def test_widely_used_sets_the_statistics_missed_are_sets(by_name):
    """Sets most ML readers know, which the corpus counts missed (GossipCop, Tiny Shakespeare, College Math):
    known.toml adds each as data of its kind, with the spellings papers use."""
    for name, kind in (("GossipCop", "Dataset"), ("PolitiFact", "Dataset"), ("Tiny Shakespeare", "Dataset"),
                       ("SciERC", "Dataset"), ("College Math", "Benchmark"), ("MiniWoB++", "Benchmark"),
                       ("BigEarthNet", "Dataset"), ("MIRACL", "Dataset"), ("USACO", "Benchmark"),
                       ("ToxCast", "Dataset"), ("PTB-XL", "Dataset"), ("KuaiRec", "Dataset")):
        assert by_name[name]["type"] == kind, name
    assert "CollegeMath" in by_name["College Math"]["aliases"]
    assert "Oxford Flowers-102" in by_name["Flowers102"]["aliases"]


def test_widely_used_models_the_statistics_missed_are_models(by_name):
    """Models most ML readers know, which the corpus counts missed (Diffusion Policy, pi0, Contriever) or called
    something else (ChatDev a benchmark, Lumiere a dataset)."""
    for name in ("Diffusion Policy", "\u03c00", "Contriever", "ESMFold", "Stable Video Diffusion", "ChatDev",
                 "Lumiere", "StyleID", "Mip-NeRF"):
        assert by_name[name]["type"] == "Model", name
    assert "pi0" in by_name["\u03c00"]["aliases"]


def test_language_names_are_no_datasets(by_name):
    """"0.15 on Finnish": a language a paper's data is in, which SciREX's annotators marked as data."""
    for name in ("Finnish", "Hebrew"):
        assert by_name[name]["type"] == "Generic", name


def test_an_english_word_is_no_alias_of_an_acronym(by_name):
    """"..., Clinical Relevance, and Organization": the word is no other spelling of ORG."""
    assert "Organization" not in by_name["ORG"]["aliases"]


def test_knowledge_bases_and_vocabularies_are_data(by_name):
    """BabelNet and MeSH are data a paper draws on, like WordNet and UMLS (not a model, not a benchmark)."""
    for name in ("BabelNet", "MeSH", "WordNet", "UMLS"):
        assert by_name[name]["type"] == "Dataset", name


def test_a_known_benchmark_keeps_its_title_case_spelling(by_name):
    """"68.8 NDCG@10 on Vatex": papers write VATEX in title case too, which a case-exact match would miss."""
    assert "Vatex" in by_name["VATEX"]["aliases"]


def test_agencies_and_standards_bodies_are_organizations_and_kernels_generic(by_name):
    """NREL, EIOPA, NAIC and OWASP are bodies papers cite (no dataset or model); GEMM is a kernel and TinyML a field."""
    for name in ("NREL", "EIOPA", "NAIC", "OWASP"):
        assert by_name[name]["type"] == "Organization", name
    for name in ("GEMM", "TinyML"):
        assert by_name[name]["type"] == "Generic", name


def test_the_insurance_supervisors_are_organizations(by_name):
    assert by_name["IAIS"]["type"] == "Organization"


def test_a_known_set_holds_its_long_form_and_a_classic_algorithm_is_a_model(by_name):
    """"datasets from The Cancer Genome Atlas (TCGA)": the long form is TCGA's own (without it the definition read as
    another sense of the letters, and TCGA was lost); "surface extraction via Marching Cubes" names the algorithm."""
    assert "The Cancer Genome Atlas" in by_name["TCGA"]["aliases"]
    assert by_name["Marching Cubes"]["type"] == "Model"


def test_known_methods_benchmarks_and_sets_read_from_their_sources(by_name):
    """Monte Carlo dropout is MC Dropout, a method (not the data some papers call MCD); ZebraLogic and RAGChecker
    are evaluation suites; MAFAND-MT and YawDD are datasets."""
    assert "Monte Carlo Dropout" in by_name["MC Dropout"]["aliases"] and by_name["MC Dropout"]["type"] == "Model"
    assert "Monte Carlo Dropout" not in by_name["MCD"]["aliases"]
    for name, kind in (("ZebraLogic", "Benchmark"), ("RAGChecker", "Benchmark"), ("MAFAND-MT", "Dataset"),
                       ("YawDD", "Dataset")):
        assert by_name[name]["type"] == kind, name


def test_an_editing_model_compared_against_is_a_model(by_name):
    """InstructPix2Pix is the image-editing model papers list among their baselines, not a set."""
    assert by_name["InstructPix2Pix"]["type"] == "Model"


def test_classic_sets_older_papers_evaluate_on_are_known(by_name):
    """Sets that full-text sentences of older papers name (AFW, Who Did What, SciTail, DSTC2, ...) are in the
    shipped lexicon with the short spellings those papers use; GTA5, the synthetic street scenes, is data."""
    for name in ("AFW", "Who Did What", "SciTail", "DSTC2", "Ubuntu Dialogue Corpus", "SynthText", "GTA5"):
        assert by_name[name]["type"] == "Dataset", name
    assert "WT2" in by_name["WikiText-2"]["aliases"] and "300-W" in by_name["300W"]["aliases"]


def test_a_task_acronym_is_generic(by_name):
    """CZSL (compositional zero-shot learning) is a task, no model."""
    assert by_name["CZSL"]["type"] == "Generic"


def test_small_vla_models_are_models(by_name):
    """SmolVLA (a small vision-language-action model papers fine-tune) and π0.5 are models, no sets."""
    assert by_name["SmolVLA"]["type"] == "Model"
    assert by_name["π0.5"]["type"] == "Model" and "pi0.5" in by_name["π0.5"]["aliases"]


def test_formalisms_attacks_and_formats_are_generic(by_name):
    """POMDP and MDP (formalisms), DoS (an attack) and MIDI (a music format) are no models or sets."""
    for name in ("POMDP", "MDP", "DoS", "MIDI"):
        assert by_name[name]["type"] == "Generic", name


def test_a_training_recipe_is_generic_and_meta_is_the_company(by_name):
    """SFT+RL is a recipe, no model; "Meta" alone is the company (Meta AI)."""
    assert by_name["SFT+RL"]["type"] == "Generic"
    assert by_name["Meta AI"]["type"] == "Organization" and "Meta" in by_name["Meta AI"]["aliases"]


def test_game_of_24_is_a_benchmark(by_name):
    """The Game of 24 (arithmetic puzzles, from Tree of Thoughts) is a benchmark, whole: not "Game"."""
    assert by_name["Game of 24"]["type"] == "Benchmark" and "Game-of-24" in by_name["Game of 24"]["aliases"]


def test_gaze_estimation_sets_are_known(by_name):
    """MPIIGaze, GazeCapture, EYEDIAP and RT-GENE, the sets gaze estimation papers compare on, are data."""
    for name in ("MPIIGaze", "GazeCapture", "EYEDIAP", "RT-GENE"):
        assert by_name[name]["type"] == "Dataset", name


def test_traffic_sets_boosting_estimators_and_pi_spellings_are_known(by_name):
    """METR-LA and PEMS-BAY (traffic speed sets, "METR LA" too), the boosting estimators papers list by their long
    names ("an Extreme Gradient Boosting" is XGBoost), and π0.5 written "Pi 0.5"."""
    assert by_name["METR-LA"]["type"] == "Dataset" and "METR LA" in by_name["METR-LA"]["aliases"]
    assert by_name["PEMS-BAY"]["type"] == "Dataset" and by_name["PEMS08"]["type"] == "Dataset"
    assert "Extreme Gradient Boosting" in by_name["XGBoost"]["aliases"]
    assert by_name["Gradient Boosting Machine"]["type"] == "Model" and by_name["Extra Trees"]["type"] == "Model"
    assert "Pi 0.5" in by_name["π0.5"]["aliases"] and "Pi0" in by_name["π0"]["aliases"]


def test_clinical_and_multilingual_web_sets_with_a_lower_case_start_are_known(by_name):
    """eICU (PhysioNet's eICU Collaborative Research Database, "on MIMIC-III and eICU datasets") and mC4 (the
    multilingual C4): names whose first letter is lower case, which no shape rule finds."""
    assert by_name["eICU"]["type"] == "Dataset" and "eICU Collaborative Research Database" in by_name["eICU"]["aliases"]
    assert by_name["mC4"]["type"] == "Dataset"


def test_an_acrostic_word_mined_from_the_corpus_is_generic(by_name):
    """"gEnerative" (from "gEnerative pRiors", spelling TIGER) is no name: corrected to Generic."""
    assert by_name["gEnerative"]["type"] == "Generic"
