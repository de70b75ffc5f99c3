"""Rule-based sentence boundaries, including the break between title and abstract.

Faster than spaCy's dependency parse and does not need a model: a sentence
starts after '.', '!' or '?' when the next token starts with a capital, a
digit or a quote (or is a name that opens in lower case: "mE5-L", "o3"), and after the blank line between
title and abstract.
Abbreviations the tokenizer keeps whole ("e.g.", "et al.") do not end one, nor does "No." before a number.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = frozenset({".", "!", "?"})
_NO_START = numpy.uint64(2**64 - 1)  # -1 (no sentence start) in the uint64 array spaCy's from_array takes
_NUMBERED = frozenset({"No", "no", "Nos", "nos"})  # "No. 1", "nos. 3-5": the abbreviation of "number"


def _may_start(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'([" or (
        # a name that opens in lower case: "mE5-L reaches ...", "o3 scores ...", "xLSTM is ..."
        text[:1].islower() and len(text) >= 2 and any(c.isupper() or c.isdigit() for c in text[1:4]))


# Abbreviations that qualify a metric or point to a part of the paper ("86.5% Inst. mIoU", "Avg. mAP", "Fig. 3").
_ABBREVIATIONS = frozenset({"Inst", "Ins", "Cls", "Cat", "Avg", "Acc", "Prec", "Rec", "Seg", "Det", "Approx", "Fig",
                            "Figs", "Tab", "Eq", "Eqs", "Sec", "Ref", "Refs", "Vol"})


def _abbreviated(doc: Doc, k: int) -> bool:
    """Whether the ender at ``k`` is the full stop of an abbreviation ("Inst.", "Avg.", "Cls.")."""
    return doc[k].text == "." and doc[k - 1].text in _ABBREVIATIONS and doc[k - 1].idx + len(doc[k - 1]) == doc[k].idx


def _ends(text: str) -> bool:
    return text in _ENDERS or "\n" in text


@Language.factory("mlkg_sentences", assigns=["token.is_sent_start"], default_config={})
def make_sentencizer(nlp: Language, name: str) -> Sentencizer:
    return Sentencizer(nlp, name)


class Sentencizer:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        # Lexeme flags: computed once per word by spaCy; the enders read for a whole Doc by one to_array call.
        self.columns = [nlp.vocab.add_flag(_may_start), nlp.vocab.add_flag(_ends)]

    def __call__(self, doc: Doc) -> Doc:
        # The rule, token by token: after an ender, the first token that is not a space starts a
        # sentence if it starts with a capital, digit or quote; the first token always does. Only
        # enders open a boundary, so this jumps from ender to ender, and reads the other flags only of
        # the few tokens it walks past (a column of the whole Doc costs more than they do).
        may_start, ends = self.columns
        enders = doc.to_array(ends).nonzero()[0].tolist()
        ender_set = set(enders)
        n = len(doc)
        first_tokens = [0] if n else []
        done = 1  # tokens before this index are decided
        for k in enders:
            if k < done:
                continue  # an ender inside the previous boundary (". \n", "?!")
            j = k + 1
            while j < n:
                tok = doc[j]
                j += 1
                if tok.check_flag(may_start):
                    # (the digit tested first: it is the one token already built, and few starts are numbers)
                    if not (j - 1 == k + 1 and k and tok.text[:1].isdigit() and doc[k - 1].text in _NUMBERED
                            and doc[k].text == ".") and not (tok.text[:1].islower() and k and _abbreviated(doc, k)):
                        first_tokens.append(j - 1)  # (not "ranking No. [1] on MTEB": a number's abbreviation; nor
                        # "86.5% Inst. [mIoU]": a metric's, before a name in lower case)
                    break
                if not (j - 1 in ender_set or tok.is_space):
                    break  # (enders and spaces are walked past)
            done = j
        if first_tokens:
            # One array write, as token.is_sent_start = True would do per start (each of which scans the doc).
            # Every other token is marked as no start (-1), not left unknown (0): spaCy counts the boundaries
            # as set only then, so doc.sents and span.sent work on a one-sentence Doc too.
            sent_starts = numpy.full(n, _NO_START, dtype="uint64")  # (-1 as spaCy reads it back; no cast copy)
            sent_starts[first_tokens] = 1
            doc.from_array([SENT_START], sent_starts)
        doc.user_data["mlkg_sent_starts"] = [doc[i].idx for i in first_tokens] or [0]
        return doc
