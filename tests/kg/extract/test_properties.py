"""Properties of the extractor on arbitrary text: offsets always point at what they claim."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from mlkg.extract.pipeline import doc_to_extraction
from mlkg.model import Paper

WORDS = ["We", "propose", "TinyViT", "ViT-L/14", "on", "ImageNet", "(", ")", "Vision", "Transformer", "ViT",
         "outperforms", "CLIP", ",", ".", "dataset", "benchmark", "https://github.com/a/b", "LLMs", "top-1",
         "accuracy", "of", "84.8%", "the", "VideoLLaMA", "3", "\n", "M^2-Encoder", "called", "X-ray", "é", "Ω"]

texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=60).map(" ".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=texts, abstract=texts)
def test_spans_and_evidence_offsets_are_exact(nlp: Language, title: str, abstract: str) -> None:
    title = title.strip() or "T"
    paper = Paper(id="x", title=title, abstract=abstract, source="s", record=1)
    text = paper.text
    doc = nlp(text)
    for entity in doc._.mlkg_entities:
        for mention in entity.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start:mention.end] == mention.text
    extraction = doc_to_extraction(doc, paper)
    for entity in extraction.entities:
        assert entity.name.strip()
        for ev in entity.evidence:
            if ev.start is not None:
                assert text[ev.start:ev.end] == ev.text
    for result in extraction.results:
        assert text[result.evidence.start:result.evidence.end] == result.evidence.text
