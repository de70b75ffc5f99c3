"""Rule-based sentence boundaries, including the break between title and abstract.

Faster than spaCy's dependency parse and does not need a model: a sentence
starts after '.', '!' or '?' when the next token starts with a capital, a
digit or a quote, and after the blank line between title and abstract.
Abbreviations the tokenizer keeps whole ("e.g.", "et al.") do not end one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = frozenset({".", "!", "?"})


@Language.factory("mlkg_sentences", assigns=["token.is_sent_start"], default_config={})
def make_sentencizer(nlp: Language, name: str) -> Sentencizer:
    return Sentencizer(name)


class Sentencizer:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        starts: list[int] = []
        boundary = True
        for token in doc:
            text = token.text
            if boundary and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'([" or not starts):
                token.is_sent_start = True
                starts.append(token.idx)
                boundary = False
            elif text in _ENDERS or "\n" in text:
                boundary = True
            elif not token.is_space:
                boundary = False
        doc.user_data["mlkg_sent_starts"] = starts or [0]
        return doc
