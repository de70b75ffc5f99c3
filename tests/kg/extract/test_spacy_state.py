"""The pipeline's state is spaCy's own: spans, ents and serializable extensions (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.util import filter_spans

from mlkg.extract import create_nlp
from mlkg.extract.pipeline import PIPELINE, doc_to_extraction
from mlkg.extract.roles import mention_role
from mlkg.extract.spans import CANDIDATES, ENTITIES, doc_value, read_candidates, set_doc_value
from mlkg.model import EntityType, Paper, Role

TEXT = ("FooNet: Fast Nets\n\nWe propose FooNet, which outperforms CLIP on ImageNet with a top-1 accuracy of "
        "84.8% on ImageNet. The Vision Transformer (ViT) and ResNet50/ViT-B32 are baselines. We thank Stanford "
        "University. Code: https://GitHub.com/Owner/FooNet.")


def _spans(doc, name):  # type: ignore[no-untyped-def]
    return [(s.start, s.end, s.label_, s.kb_id_, s.id_) for s in doc.spans[name]]


def test_create_nlp_is_exported_and_returns_the_language(lexicon_path: str) -> None:
    nlp = create_nlp(lexicon_path)
    assert isinstance(nlp, Language)
    assert nlp.pipe_names == list(PIPELINE)


def test_every_component_declares_what_it_assigns() -> None:
    for name in PIPELINE:
        assert Language.get_factory_meta(name).assigns, name
    for name in ("mlkg_types", "mlkg_repositories", "mlkg_organizations"):
        assert "doc.ents" in Language.get_factory_meta(name).assigns, name


def test_candidates_and_entities_are_spans_and_ents(nlp: Language) -> None:
    doc = nlp(TEXT)
    candidates = doc.spans[CANDIDATES]
    assert {s.label_ for s in candidates} >= {"lexicon", "shape", "abbreviation"}
    assert any(s.kb_id_ == "dataset:imagenet" for s in candidates)
    ents = {e.text: e for e in doc.ents}
    assert ents["ImageNet"].label_ == EntityType.DATASET and ents["ImageNet"].kb_id_ == "dataset:imagenet"
    assert ents["FooNet"].label_ == EntityType.MODEL
    assert ents["FooNet"]._.mlkg_role is Role.INTRODUCES
    assert ents["ImageNet"]._.mlkg_confidence > 0
    assert ents["https://GitHub.com/Owner/FooNet"].label_ == EntityType.REPOSITORY
    assert ents["Stanford University"].label_ == EntityType.ORGANIZATION
    sentence, start, end = ents["ImageNet"]._.mlkg_evidence
    assert doc.text[start:end] == sentence and "ImageNet" in sentence
    vit = next(s for s in doc.spans[ENTITIES] if s.text == "ViT")
    assert "Vision Transformer" in vit._.mlkg_aliases and vit._.mlkg_name == "ViT"


def test_two_names_in_one_token_keep_their_own_characters(nlp: Language) -> None:
    doc = nlp(TEXT)
    texts = {c.text for c in read_candidates(doc)}
    assert {"ResNet50", "ViT-B32"} <= texts  # one token, two candidates on it
    assert {"ResNet50", "ViT-B32"} <= {e.name for e in doc._.mlkg_entities}


def test_a_processed_doc_round_trips_through_docbin(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert doc.to_bytes()  # used to fail: "can not serialize 'Candidate'"
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (again,) = DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab)
    for name in (CANDIDATES, ENTITIES):
        assert _spans(again, name) == _spans(doc, name)
    assert [(e.start, e.end, e.label_, e.kb_id_) for e in again.ents] == \
        [(e.start, e.end, e.label_, e.kb_id_) for e in doc.ents]
    assert [c.text for c in read_candidates(again)] == [c.text for c in read_candidates(doc)]
    assert again._.mlkg_results == doc._.mlkg_results and doc._.mlkg_results
    paper = Paper(id="x", title="FooNet: Fast Nets", abstract=TEXT.split("\n\n", 1)[1], source="s", record=1)
    assert doc_to_extraction(again, paper) == doc_to_extraction(doc, paper)


def test_the_fast_doc_value_access_is_spacys_own_storage(nlp: Language) -> None:
    doc = nlp(TEXT)
    rows = doc._.mlkg_entity_rows
    assert rows and doc_value(doc, "mlkg_entity_rows") is rows
    set_doc_value(doc, "mlkg_result_rows", [])
    assert doc._.mlkg_result_rows == [] and doc._.mlkg_results == []


def test_displacy_renders_the_entities(nlp: Language) -> None:
    html = displacy.render(nlp(TEXT), style="ent", page=False, jupyter=False)
    for text, label in (("ImageNet", "Dataset"), ("FooNet", "Model"), ("Stanford University", "Organization")):
        assert text in html and label in html


def test_repository_urls_are_found_whatever_their_case() -> None:
    """On spacy.blank("en") with only the components repositories need."""
    nlp = spacy.blank("en")
    for name in ("mlkg_sentences", "mlkg_repositories"):
        nlp.add_pipe(name)
    doc = nlp("A title\n\nOur code is at https://GitHub.com/Owner/Repo. Models: HuggingFace.co/Org/Model.")
    repos = {e.name: e.role for e in doc._.mlkg_entities}
    assert repos == {"Owner/Repo": Role.CODE, "hf:Org/Model": Role.CODE}
    assert [e.label_ for e in doc.ents] == ["Repository", "Repository"]


def test_roles_are_the_model_enum(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert all(isinstance(e.role, Role) and isinstance(e.type, EntityType) for e in doc._.mlkg_entities)
    cand = next(c for c in read_candidates(doc) if c.text == "CLIP")
    assert mention_role(doc, cand, EntityType.MODEL) is Role.COMPARES


def test_the_tokenizer_is_a_registered_config_entry(lexicon_path: str) -> None:
    assert create_nlp(lexicon_path).config["nlp"]["tokenizer"]["@tokenizers"] == "mlkg.Tokenizer.v1"
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "mlkg.Tokenizer.v1"}}})
    assert [t.text for t in nlp("We train SceneSplat-7K and Swin-B.")][2:5] == ["SceneSplat-7K", "and", "Swin-B"]


def test_the_pipeline_saves_and_loads_the_spacy_way(tmp_path: Path, lexicon_path: str) -> None:
    nlp = create_nlp(lexicon_path)
    assert not any(nlp.analyze_pipes(pretty=False)["problems"].values())  # every requires is assigned before
    nlp.to_disk(tmp_path / "nlp")
    again = spacy.load(tmp_path / "nlp")
    assert again.pipe_names == nlp.pipe_names
    doc, doc_again = nlp(TEXT), again(TEXT)
    assert [(e.text, e.label_, e.kb_id_) for e in doc_again.ents] == [(e.text, e.label_, e.kb_id_) for e in doc.ents]


@pytest.mark.parametrize("text", ["One Title\n\nOne sentence only.", "Hello world.",
                                  "A Title\n\nFirst sentence here. Second one (vs. the first) follows."])
def test_sentence_boundaries_are_set_for_spacys_own_readers(nlp: Language, text: str) -> None:
    """``doc.sents`` and ``span.sent`` work on every Doc, one sentence or several: every token is marked a
    start or not, none left unknown (spaCy counts boundaries as set only when some token after the first is)."""
    doc = nlp(text)
    assert doc.has_annotation("SENT_START")
    sents = list(doc.sents)
    assert "".join(s.text_with_ws for s in sents) == doc.text
    assert [s.start_char for s in sents] == doc.user_data["mlkg_sent_starts"]
    assert all(t.is_sent_start is not None for t in doc)


def test_entity_token_state_is_what_set_ents_with_the_outside_default_gives(nlp: Language) -> None:
    doc = nlp(TEXT)
    state = [(t.ent_iob, t.ent_type, t.ent_kb_id, t.ent_id) for t in doc]
    assert doc.ents
    doc.set_ents(filter_spans(list(doc.spans[ENTITIES])), default="outside")
    assert [(t.ent_iob, t.ent_type, t.ent_kb_id, t.ent_id) for t in doc] == state


def test_candidates_read_from_their_rows_are_those_read_from_the_spans(nlp: Language) -> None:
    doc = nlp(TEXT)
    fields = ("start", "end", "tok_start", "tok_end", "text", "source", "entry", "long_form")
    entries = nlp.get_pipe("mlkg_lexicon").lexicon.entries
    from_rows = [tuple(getattr(c, f) for f in fields) for c in read_candidates(doc, entries)]
    doc.spans[CANDIDATES] = list(doc.spans[CANDIDATES])  # a group assigned anew has no rows: read from its spans
    assert [tuple(getattr(c, f) for f in fields) for c in read_candidates(doc, entries)] == from_rows
    assert any(c[-1] for c in from_rows) and any(c[-2] for c in from_rows)  # long forms and entries both read
