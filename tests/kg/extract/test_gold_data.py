"""The second gold set (tests/data/gold): well-formed, aligned with its texts, and scorable.

These tests read the annotations' structure only; nothing here (or anywhere) tunes on the
locked test split.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from mlkg.extract.evaluate import evaluate, load_jsonl
from mlkg.identity import norm_key

GOLD = Path(__file__).parents[2] / "data" / "gold"
TYPES = {"Model", "Dataset", "Benchmark", "Organization", "Repository"}
ROLES = {"introduces", "uses", "compares", "code", "affiliation", "mentions"}


def _texts() -> list[dict]:
    return [json.loads(line) for line in (GOLD / "texts.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_each_split_annotates_exactly_its_texts(split: str) -> None:
    texts = {t["id"]: t for t in _texts() if t["split"] == split}
    gold = load_jsonl(GOLD / f"{split}.gold.jsonl")  # the evaluator's own checks of the format
    assert len(texts) == 150 and [g["id"] for g in gold] == [t for t in texts]
    assert all(g["title"] == texts[g["id"]]["title"] for g in gold)


def test_splits_are_disjoint_and_drawn_from_both_sources() -> None:
    texts = _texts()
    assert len({t["id"] for t in texts}) == 300
    for split in ("dev", "test"):
        sources = {t["source"].split(":")[0] for t in texts if t["split"] == split}
        assert sources == {"arxiv", "hf-daily-api"}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_annotations_use_the_guideline_labels_and_names_from_the_text(split: str) -> None:
    texts = {t["id"]: t for t in _texts()}
    names = unseen = 0
    for paper in load_jsonl(GOLD / f"{split}.gold.jsonl"):
        text = texts[paper["id"]]
        org = " ".join((text["organization"] or {}).values())
        written = norm_key(" ".join((text["title"], text["abstract"], org)))
        for entity in paper["entities"]:
            assert entity["type"] in TYPES and entity["role"] in ROLES, entity
            assert entity.get("alt_type") in (None, *TYPES)
            names += 1
            forms = [entity["name"], *entity.get("aliases", [])]
            unseen += not any(norm_key(f.removeprefix("hf:")) in written for f in forms if norm_key(f))
    # Names are written as the text writes them; a few are split from a combined form ("Mistral-7B/24B").
    assert names > 250 and unseen <= names * 0.03, (unseen, names)


def test_gold_scores_itself_perfectly() -> None:
    gold = load_jsonl(GOLD / "dev.gold.jsonl")
    result = evaluate(gold, gold)
    assert result.typed.f1 == 1.0 and result.role_accuracy == 1.0


# --------------------------------------------------------------------------- SciERC / SciREX (external.py)


def _external():  # tests/data/gold/external.py is a script, not a package module
    spec = importlib.util.spec_from_file_location("mlkg_gold_external", GOLD / "external.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def external():
    return _external()


def _names(external, span: str, **kwargs) -> list[str]:
    tokens = span.split()
    return [" ".join(tokens[n.start:n.end]) for n in external.named_spans(tokens, **kwargs)]


@pytest.mark.parametrize(("span", "names"), [
    ("the Quokka-7B model", ["Quokka-7B"]),                      # determiner and head noun cut
    ("our Frobnicator", ["Frobnicator"]),                         # a capital inside the sentence
    ("a neural network", []),                                     # generic description
    ("our approach", []),
    ("FooNet and BarSet", ["FooNet", "BarSet"]),                  # coordination split
    ("Gated Wobble Units ( GWU )", ["GWU"]),                      # definition: the acronym is the name
    ("sparse wobble pooling ( SWP )", ["SWP"]),                   # acronym of a lower-case method: a name
    ("wobble sense disambiguation ( WSD2 )", []),                 # acronym of a task: generic
    ("a GWU-based tagger", []),                                   # adjectival compound
    ("Zorblax energy function", []),                              # a common word inside: a description
    ("Statistical Machine Translation", []),                      # a task
    ("English", []),                                              # a language
    ("BLEU", []),                                                 # a metric
    ("2012", []),                                                 # no letter
    ("quibble2019wobble", []),                                    # LaTeX citation keys
    ("Quibble_icml15", []),
    ("Quibble2019", []),
    ("VOC2007", ["VOC2007"]),                                     # a name with a year stays
])
def test_named_span_filter(external, span: str, names: list[str]) -> None:
    assert _names(external, span) == names


def test_sentence_initial_and_title_capitals_are_no_signal(external) -> None:
    assert _names(external, "Boosting", initial=True) == []
    assert _names(external, "Boosting", initial=False) == ["Boosting"]
    assert _names(external, "Wobble Networks", title_case=True) == []
    assert _names(external, "WobbleNet", title_case=True) == ["WobbleNet"]


def test_head_noun_cut_keeps_the_full_form_as_alias(external) -> None:
    tokens = ["the", "Quokka", "corpus"]
    (span,) = external.named_spans(tokens)
    assert [" ".join(tokens[a:b]) for a, b in span.aliases] == ["Quokka corpus"]
    tokens = "wobble sense disambiguation ( WSD2 ) and sparse pooling ( SP )".split()  # noqa: SIM905
    assert external.generic_acronyms(tokens) == {"WSD2"}


def test_detokenize_restores_brackets_and_offsets(external) -> None:
    tokens = ["Gated", "Units", "-LRB-", "GU", "-RRB-", "reach", "90", "%", "."]
    text, offsets = external.detokenize(tokens)
    assert text == "Gated Units (GU) reach 90%."
    assert text[offsets[3][0]:offsets[3][1]] == "GU"


def test_a_made_up_scierc_document_maps_to_gold(external, tmp_path: Path) -> None:
    doc = {"doc_key": "X1", "clusters": [[[9, 9], [16, 16]]],
           "sentences": [["We", "present", "a", "new", "tagger", "."],
                         ["Our", "Wobble", "Tagger", "-LRB-", "WT", "-RRB-", "beats", "a", "CRF", "on",
                          "the", "Quokka", "corpus", "."]],
           "ner": [[[2, 4, "Generic"]],
                   [[6, 11, "Method"], [13, 14, "Method"], [16, 18, "Material"], [4, 4, "Task"]]]}
    path = tmp_path / "mini.json"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    (d,) = external.scierc_docs(path)
    text, gold = external._record(d)
    assert text == {"id": "X1", "title": "We present a new tagger.",
                    "abstract": "Our Wobble Tagger (WT) beats a CRF on the Quokka corpus."}
    assert [(e["name"], e["type"], e["role"]) for e in gold["entities"]] == [
        ("WT", "Model", None), ("CRF", "Model", None), ("Quokka", "Dataset", None)]
    assert gold["entities"][0]["aliases"] == ["Wobble Tagger"] and gold["entities"][2]["alt_type"] == "Benchmark"


def test_a_made_up_scirex_paper_maps_to_title_abstract_and_results(external) -> None:
    sentences = ["document : Wobble - Net for Quokka Parsing",
                 "We propose Wobble - Net , a new network .",
                 "It reaches 91.2 % accuracy on the Quokka - 5 dataset , beating the CRF .",
                 "Code and trained weights are released for anyone to build on .",
                 "section : Introduction Wobble - Net is trained on 12 GPUs ."]
    words: list[str] = []
    bounds = []
    for sentence in sentences:
        bounds.append([len(words), len(words) + len(sentence.split())])
        words += sentence.split()

    def at(phrase: str, start: int = 0) -> list[int]:  # [s, e) of a phrase's first use from start
        toks = phrase.split()
        i = next(k for k in range(start, len(words)) if words[k:k + len(toks)] == toks)
        return [i, i + len(toks)]

    net1, net2, net3 = at("Wobble - Net"), at("Wobble - Net", 10), at("Wobble - Net", bounds[-1][0])
    raw = {"doc_id": "Z9", "words": words, "sentences": bounds,
           "sections": [[0, bounds[-1][0]], bounds[-1]],
           "ner": [[*net1, "Method"], [*net2, "Method"], [*at("Quokka - 5"), "Material"],
                   [*at("CRF"), "Method"], [*at("accuracy"), "Metric"], [*net3, "Method"]],
           "coref": {"Wobble-Net": [net1, net2, net3], "Quokka-5": [at("Quokka - 5")]},
           "n_ary_relations": [{"Material": "Quokka-5", "Method": "Wobble-Net", "Metric": "Accuracy",
                                "Task": "Parsing", "score": "91.2"},
                               {"Material": "Quokka-5", "Method": "Wobble-Net", "Metric": "Speed",
                                "Task": "Parsing", "score": "77.0"}]}
    doc = external._scirex_doc(raw)
    text, gold = external._record(doc)
    assert text["title"] == "Wobble-Net for Quokka Parsing"
    assert text["abstract"] == ("We propose Wobble-Net, a new network. It reaches 91.2% accuracy on the "
                                "Quokka-5 dataset, beating the CRF. Code and trained weights are released for "
                                "anyone to build on.")  # the introduction is cut off
    assert [(e["name"], e["type"]) for e in gold["entities"]] == [
        ("Wobble-Net", "Model"), ("Quokka-5", "Dataset"), ("CRF", "Model")]
    # only the score written in the abstract is a result
    assert gold["results"] == [{"model": "Wobble-Net", "dataset": "Quokka-5", "metric": "Accuracy",
                                "value": "91.2%", "split": None}]


def _raw_paper(sentences: list[str], mentions: list[tuple[str, int, str]], doc_id: str = "Z9") -> dict:
    """A made-up SciREX record: sentences of space-separated words; mentions (phrase, nth sentence, type)."""
    words: list[str] = []
    bounds = []
    for sentence in sentences:
        bounds.append([len(words), len(words) + len(sentence.split())])
        words += sentence.split()
    ner = []
    for phrase, k, label in mentions:
        toks = phrase.split()
        i = next(j for j in range(bounds[k][0], bounds[k][1]) if words[j:j + len(toks)] == toks)
        ner.append([i, i + len(toks), label])
    return {"doc_id": doc_id, "words": words, "sentences": bounds, "sections": [], "ner": ner, "coref": {},
            "n_ary_relations": []}


def test_a_made_up_scirex_paper_body_is_cut_into_chunks(external, tmp_path: Path) -> None:
    body = ["We train Wobble - Net on Quokka - 5 [ reference ] , as in Table [ reference ] .",
            "Zorb et al . [ reference ] use the Frobnicator instead .",
            "Frobnicator fails on long inputs , see Eq . [ reference ] .",
            "We also test QuillSet .",
            "Its scores are low ."]
    abstract = "We propose Wobble - Net for parsing , a small network that reads long inputs and writes " \
               "short trees , and we test it on two data sets of our own ."  # 30 tokens: an abstract
    sentences = ["document : Wobble - Net for Quokka Parsing", abstract,
                 "section : Introduction", *body, "bibliography : References Zorb , A. 2019 ."]
    raw = _raw_paper(sentences, [("Wobble - Net", 0, "Method"), ("Wobble - Net", 1, "Method"),
                                 ("Wobble - Net", 3, "Method"), ("Quokka - 5", 3, "Material"),
                                 ("Frobnicator", 4, "Method"), ("Frobnicator", 5, "Method"),
                                 ("QuillSet", 6, "Material"), ("Zorb", 8, "Method")])
    path = tmp_path / "train.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(raw) + "\n")
    (split, number, doc), = external.scirex_text_docs(path)  # one chunk: the abstract and references left out
    assert split == external.text_split("Z9") and number == 1
    text, gold = external._record(doc)
    assert text["title"] == "Wobble-Net for Quokka Parsing"
    assert text["abstract"] == (
        "We train Wobble-Net on Quokka-5 [1], as in Table 2. Zorb et al. [2] use the Frobnicator instead. "
        "Frobnicator fails on long inputs, see Eq. 3. We also test QuillSet. Its scores are low.")
    # a sentence-initial capital counts when the paper also capitalises the word inside a sentence
    assert [(e["name"], e["type"]) for e in gold["entities"]] == [
        ("Wobble-Net", "Model"), ("Quokka-5", "Dataset"), ("Frobnicator", "Model"), ("QuillSet", "Dataset")]


def test_full_text_papers_are_split_by_a_hash_of_their_id(external) -> None:
    splits = [external.text_split(f"paper-{i}") for i in range(400)]
    assert splits == [external.text_split(f"paper-{i}") for i in range(400)]
    assert 60 < splits.count("val") < 140  # about a quarter held out


@pytest.mark.parametrize("name", ["scierc.train", "scierc.dev", "scierc.test", "scirex", "scirex_text.train",
                                  "scirex_text.val"])
def test_external_gold_files_are_well_formed_and_aligned(name: str) -> None:
    # structure only: the SciERC test split is locked like test.gold.jsonl (measured, never tuned on)
    source, _, split = name.partition(".")
    texts = {}
    for line in (GOLD / f"{source}.texts.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not split or row["split"] == split:
            texts[row["id"]] = row
    gold = load_jsonl(GOLD / f"{name}.gold.jsonl")
    assert [g["id"] for g in gold] == list(texts) and len(gold) > 40
    for paper in gold:
        assert paper["title"] == texts[paper["id"]]["title"]
        written = norm_key(texts[paper["id"]]["title"] + " " + texts[paper["id"]]["abstract"])
        for entity in paper["entities"]:
            assert entity["type"] in {"Model", "Dataset"} and entity["role"] is None
            assert norm_key(entity["name"]) in written, entity
        for result in paper["results"]:
            raw = texts[paper["id"]]["abstract"].replace(" ", "")
            assert "".join(result["value"].split()) in raw and norm_key(result["dataset"]) in written


def test_external_gold_regenerates_byte_identically(external, tmp_path: Path) -> None:
    data = Path(__file__).parents[4] / "shared" / "data"  # ../shared/data next to the repository
    if not (data / "scierc").is_dir():
        pytest.fail(f"SciERC/SciREX sources not found at {data}")
    sys_argv = sys.argv
    sys.argv = ["external.py", "--data", str(data), "--out", str(tmp_path)]
    try:
        external.main()
    finally:
        sys.argv = sys_argv
    for path in tmp_path.iterdir():
        assert path.read_bytes() == (GOLD / path.name).read_bytes(), path.name


@pytest.mark.parametrize("split", ["train", "val"])
def test_the_training_and_validation_splits_are_new_text_annotated_in_the_same_format(split: str) -> None:
    """train (the decider's extra data) and val (held out) share no paper with each other or the others."""
    train = [json.loads(line) for line in (GOLD / f"{split}_texts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(train) == 200 and {t["split"] for t in train} == {split}
    others = _texts() + ([json.loads(line) for line in (GOLD / "train_texts.jsonl").read_text(
        encoding="utf-8").splitlines()] if split == "val" else [])
    assert not {t["id"] for t in train} & {t["id"] for t in others}
    assert not {t["title"].casefold() for t in train} & {t["title"].casefold() for t in others}
    gold = load_jsonl(GOLD / f"{split}.gold.jsonl")
    assert [g["id"] for g in gold] == [t["id"] for t in train]
    for paper in gold:
        for entity in paper["entities"]:
            assert entity["type"] in TYPES and entity["role"] in ROLES, entity
