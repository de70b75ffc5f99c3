"""A mention as a component works on it, and the plain per-doc caches (text, sentence starts).

Between components, candidates travel as spans (:mod:`mlkg.extract.spans`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from .lexicon import LexEntry


@dataclass(slots=True)
class Candidate:
    """One mention: character and token offsets, where it came from, and what we know of it."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    source: str  # lexicon | shape | abbreviation | repository | organization
    entry: LexEntry | None = None
    votes: dict[str, float] = field(default_factory=dict)
    long_form: str | None = None  # the acronym expansion, when the text defines one
    stated: str | None = None  # the type its own sentence gives it: "X, a dataset of ...", "X contains 2M images"
    headed: str | None = None  # the type a head noun right after it gives: "X benchmark", "X aerial dataset"

    def vote(self, label: str, weight: float) -> None:
        self.votes[label] = self.votes.get(label, 0.0) + weight


def ensure_doc_extensions() -> None:
    """Register the Doc and Span extensions the mlkg components share (idempotent)."""
    from .spans import ensure_extensions

    ensure_extensions()


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize ``text``, keeping it as the Doc's text for :func:`doc_text` (tokenization is lossless)."""
    doc = nlp.make_doc(text)
    doc.user_data["mlkg_text"] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc (spaCy joins every token on each access), or kept by :func:`make_doc`."""
    text = doc.user_data.get("mlkg_text")
    if text is None:
        text = doc.user_data["mlkg_text"] = doc.text
    return text


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where sentences start (recorded by mlkg_sentences, else derived once)."""
    starts = doc.user_data.get("mlkg_sent_starts")
    if starts is None:
        starts = [t.idx for t in doc if t.is_sent_start] or [0]
        doc.user_data["mlkg_sent_starts"] = starts
    return starts


def sentence_bounds(doc: Doc, char: int) -> tuple[int, int]:
    """The sentence around character ``char``: (start, end), trailing space excluded."""
    starts = sentence_starts(doc)
    i = bisect_right(starts, char) - 1
    if i < 0:
        return starts[0], starts[0]
    # The ends are found once per doc (the components ask for the sentences of most mentions, tens of times
    # per doc), and found again should the starts be replaced.
    kept = doc.user_data.get("mlkg_sent_ends")
    if kept is None or kept[0] is not starts:
        kept = doc.user_data["mlkg_sent_ends"] = (starts, _sentence_ends(doc_text(doc), starts))
    return starts[i], kept[1][i]


def _sentence_ends(text: str, starts: list[int]) -> list[int]:
    """Where each sentence ends: at the next one's start (or the text's end), trailing space excluded."""
    ends = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        ends.append(end)
    return ends
