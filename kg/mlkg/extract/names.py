"""Detecting names nobody listed yet: coined models, datasets and benchmarks.

A token is a candidate by its shape (TinyViT, SAIL-VL, WebVid-10M, 4D-VLA,
M^2-Encoder, ViT-L/14, LLaVA-1.5), optionally continued by a version
("VideoLLaMA 3", "Something-Something v2") or "Bench". Acronym definitions
add their short forms. What is generic (plural acronyms of common phrases,
undefined two- and three-letter acronyms, capitalised word compounds such as
Vision-Language) is filtered later by the type classifier, which sees the
whole document.
"""

from __future__ import annotations

import re

from spacy.attrs import LIKE_EMAIL, LIKE_URL
from spacy.language import Language
from spacy.tokens import Doc

from .candidates import Candidate, doc_text, ensure_doc_extensions
from .shapes import is_version, name_shape, starts_name
from .spans import abbreviations_of, candidate_token_ranges, write_candidates

# A counter after a number means it is a quantity, not a version: "3 times", "2 layers".
_QUANTITY_NEXT = re.compile(
    r"^(?:%|x|×|[KMBT]|times|fold|layers?|epochs?|steps?|hours?|days?|minutes?|seconds?|images?|samples?|"
    r"tokens?|frames?|languages?|tasks?|datasets?|benchmarks?|models?|points?|categories|classes|examples?|"
    r"parameters?|params|shots?|views?|GPUs?|nodes?|rounds?|turns?|agents?|objects?|domains?|scenes?|hours?)$")
_TITLE_PREFIX = re.compile(r"^([^:\n]{2,40}?)\s*:\s+\S")
# Title prefixes that label the kind of paper rather than name a system.
_PAPER_KINDS = frozenset({
    "position", "survey", "review", "tutorial", "editorial", "perspective", "commentary", "erratum",
    "correction", "overview", "introduction", "preface", "report", "note", "abstract", "keynote",
})


_LOWER_TAIL = re.compile(r"-([a-z]{3,})$")


def _name_parts(offset: int, text: str) -> list[tuple[int, int]]:
    """Character spans of the name(s) in a candidate string.

    "PIVOT-trained" -> "PIVOT" (a name with a descriptive suffix); "ResNet50/ViT-B32"
    -> two names; "ViT-L/14" stays whole; "3-shot" or "X-ray" -> nothing.
    """
    tail = _LOWER_TAIL.search(text)
    if tail and " " not in text:
        text = text[: tail.start()]
    text = text.rstrip("-")
    parts: list[tuple[int, int]] = []
    pieces = re.split(r"/(?=[A-Za-z]{2})", text) if "/" in text else [text]
    if len(pieces) > 1 and not all(re.search(r"[A-Za-z]{2}", p) for p in pieces):
        pieces = [text]
    pos = offset
    for piece in pieces:
        if name_shape(piece.split(" ")[0]) is not None or (" " in piece and name_shape(piece.split(" ")[0])):
            parts.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return parts


def title_name(text: str) -> tuple[int, int] | None:
    """Offsets of a name that a title announces before its colon ("TinyViT: Fast ...")."""
    first_line = text.split("\n", 1)[0]
    match = _TITLE_PREFIX.match(first_line)
    if not match:
        return None
    prefix = match.group(1).strip()
    words = prefix.split()
    if len(words) > 3 or prefix.lower() in _PAPER_KINDS:
        return None
    lower_words = sum(1 for w in words if w[:1].islower() and "-" not in w)
    if lower_words >= 1 and len(words) > 1:
        return None
    if len(words) > 1 and not any(name_shape(w) in ("mixed", "acronym", "alnum") or is_version(w) or
                                  (name_shape(w) == "joined" and re.search(r"\d|[a-z][A-Z]|[A-Z]{2}", w))
                                  for w in words):
        return None  # "Measuring Image-Relation Alignment" is a phrase, not a name
    start = first_line.index(prefix)
    return start, start + len(prefix)


@Language.factory(
    "mlkg_names",
    assigns=["doc.spans", "doc._.mlkg_candidates"],
    default_config={},
)
def make_name_detector(nlp: Language, name: str) -> NameDetector:
    return NameDetector(nlp, name)


def _name_shaped(text: str) -> bool:
    """Whether a token with this text can start a name (URLs and e-mails aside): capital, digit or Greek
    letter, and name shape."""
    return starts_name(text) and name_shape(text) is not None


class NameDetector:
    """Adds shape-based candidates, acronym short forms and the title's announced name."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        # A lexeme flag: computed once per word by spaCy and read for a whole Doc by one to_array call.
        self.columns = [nlp.vocab.add_flag(_name_shaped), LIKE_URL, LIKE_EMAIL]
        ensure_doc_extensions()

    def __call__(self, doc: Doc) -> Doc:
        taken = set(candidate_token_ranges(doc))
        covered = {i for start, end in taken for i in range(start, end)}
        candidates: list[Candidate] = []
        text_all = doc_text(doc)
        abbreviations = abbreviations_of(doc)
        long_forms = [(a.long_start, a.long_end) for a in abbreviations]
        n = len(doc)
        # Name shapes depend on the token text only: cached per ORTH id, so only name-like tokens become Tokens.
        flags = doc.to_array(self.columns)
        name_like = (flags[:, 0] == 1) & (flags[:, 1] == 0) & (flags[:, 2] == 0)
        next_free = 0  # a version or "Bench" joined to the previous name is not a name start of its own
        for i in name_like.nonzero()[0].tolist():
            if i < next_free or i in covered:
                continue
            token = doc[i]
            if any(s <= token.idx < e for s, e in long_forms):
                continue
            end = i + 1
            if end < n:
                nxt = doc[end]
                after = doc[end + 1].text if end + 1 < n else ""
                if nxt.text in ("Bench", "Benchmark") or (
                        is_version(nxt.text) and len(nxt.text) <= 4 and token.whitespace_
                        and (nxt.whitespace_ or end + 1 == n or doc[end + 1].is_punct)
                        and not _QUANTITY_NEXT.match(after)):
                    end += 1
            for start_char, end_char in _name_parts(token.idx, text_all[token.idx:doc[end - 1].idx + len(doc[end - 1])]):
                span = doc.char_span(start_char, end_char, alignment_mode="expand")
                if span is not None and (span.start, span.end) not in taken:
                    candidates.append(Candidate(start_char, end_char, span.start, span.end,
                                                text_all[start_char:end_char], "shape"))
            next_free = end
        for abbr in abbreviations:
            span = doc.char_span(abbr.short_start, abbr.short_end)
            if span is not None and (span.start, span.end) not in taken:
                candidates.append(Candidate(span.start_char, span.end_char, span.start, span.end,
                                            span.text, "abbreviation", long_form=abbr.long))
        title = title_name(text_all)
        if title:
            span = doc.char_span(*title, alignment_mode="expand")
            if span is not None and (span.start, span.end) not in taken and not any(
                    c.tok_start == span.start and c.tok_end == span.end for c in candidates):
                candidates.append(Candidate(span.start_char, span.end_char, span.start, span.end,
                                            span.text, "title"))
        write_candidates(doc, candidates, append=True)
        return doc
