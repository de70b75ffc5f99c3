"""Organizations named in the text: companies, labs and universities.

Two sources, both conservative: lexicon Organization entries (from Hugging Face
organization accounts and corpus patterns) when written as a standalone name,
not as the first word of a product ("Google Earth", "Microsoft COCO",
"OpenAI-CLIP"); and institution patterns ("University of Oxford", "Stanford
University", "Shanghai AI Laboratory"). A URL's account name is never one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from mlkg.model import EntityType, Role

from .candidates import Candidate, doc_text, ensure_doc_extensions
from .classify import PLATFORMS, DocEntity
from .shapes import norm_key
from .spans import entity_rows, read_candidates, read_entities, write_entities

if TYPE_CHECKING:
    from .lexicon import LexEntry

_INSTITUTION = re.compile(
    r"\b(?:University of (?:[A-Z][\w&'-]+)(?: (?:[A-Z][\w&'-]+|at|de|of))*"
    r"|(?:[A-Z][\w&'-]+ ){1,4}(?:University|Institute of Technology|"
    # "the Allen Institute for AI", "the Max Planck Institute for Informatics"
    r"Institute(?: for (?:[A-Z][\w&'-]+|AI)(?: [A-Z][\w&'-]+){0,2})?|Laboratory|Laboratories|"
    # "Microsoft Research Asia": a lab and its region
    r"Research Lab|Research(?: (?:Asia|Europe|India|Africa|China|Israel|Cambridge|Redmond|Montreal))?|"
    r"AI Lab|Lab|Labs|Academy of Sciences|Academy|College|Hospital|Clinic|"
    r"Foundation(?! [Mm]odels?\b)))\b"  # "the National Science Foundation", not "Vision Foundation Models"
    r"(?! [A-Z][a-z]+s\b)"  # (nor a title's "Interest-Based Personalized College Assignments": a modifier)
)
# Every _INSTITUTION match holds one of these; most abstracts hold none, and the regex is slow to fail.
_INSTITUTION_WORDS = ("University", "Institute", "Lab", "Research", "Academy", "College", "Hospital", "Clinic",
                      "Foundation")
# Fields written in capitals, which "Research" after them does not make a lab: "ML Research", "NLP Research".
_FIELD_ACRONYMS = frozenset({"ML", "AI", "NLP", "CV", "LLM", "RL", "DL", "IR", "HCI", "XAI", "AGI", "MT", "ASR", "GNN"})
# Funders named "... Foundation" in acknowledging abstracts: national ones, or a known organization's.
_FOUNDATION_OWNERS = frozenset({"National", "Swiss", "German", "Chinese", "Natural", "Simons", "Sloan", "Gates",
                                "Japan", "Korea", "Israel", "Novo", "Wellcome", "Mozilla", "Linux", "Apache"})
# (not where what is "from" it is an artifact: "We evaluate ten models from OpenAI, Meta, and Google")
_AFFILIATION_CUE = re.compile(r"\b(?:we|our)\b(?:(?!\b(?:models?|LLMs?|VLMs?|data|datasets?|APIs?|systems?|weights|"
                              r"checkpoints?)\b)[^.]){0,80}\b(?:at|from)\s+$", re.IGNORECASE)
_LEADING_STOP = frozenset({"The", "A", "An", "In", "At", "From", "By", "With", "Our", "We", "This", "And"})


@Language.factory(
    "mlkg_organizations",
    assigns=["doc._.mlkg_entities", "doc.ents", "doc.spans"],
    requires=["doc._.mlkg_candidates"],
    default_config={"path": None},
)
def make_organizations(nlp: Language, name: str, path: str | None) -> OrganizationFinder:
    from .lexicon import load_lexicon

    lexicon = load_lexicon(path)
    return OrganizationFinder(name, lexicon.entries, lexicon.lookup)


class OrganizationFinder:
    def __init__(self, name: str, entries: Mapping[str, LexEntry],
                 lookup: Callable[[str], LexEntry | None] | None = None) -> None:
        self.name = name
        self.entries = entries  # resolves the candidates' kb_id_
        self.lookup = lookup or (lambda _name: None)
        ensure_doc_extensions()

    def _known_owner(self, words: list[str]) -> bool:
        """"Microsoft Research", "IBM Research": a lab named after a known organization or an acronym;
        "Deep Research", "Future Research" are phrases, not institutions."""
        owner = " ".join(words)
        entry = self.lookup(owner)
        return (entry is not None and entry.type == "Organization") or (
            owner.isupper() and len(owner) >= 2 and owner not in _FIELD_ACRONYMS)  # (not "for ML Research": a field)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found: dict[str, DocEntity] = {}
        spans: list[tuple[int, int, str]] = []
        named = [(s, e) for row in entity_rows(doc) for s, e, *_ in row["mentions"]]  # the names found before
        for cand in read_candidates(doc, self.entries, entry_type="Organization"):
            entry = cand.entry
            if entry is None or entry.type != "Organization":
                continue
            if any(s < cand.end and cand.start < e for s, e in named):
                continue  # an organization record inside a name found before ("THEMIS", a benchmark's name)
            if len(cand.text) <= 5 and cand.text not in (entry.name, *entry.aliases):
                continue  # "M-ETA (entity preservation) scores": a short name must be written as the organization is
            if cand.text.lower() in PLATFORMS:  # (named as places to host or find things)
                continue  # "released on Hugging Face": the platform (the listing's own field gives affiliations)
            after = text[cand.end:cand.end + 2]
            if after[:1] in "-_/" or re.match(r" [A-Z0-9]", after):
                continue  # "OpenAI-CLIP-L", "Google Earth": a product, not the company
            spans.append((cand.start, cand.end, entry.name))
        institutions = _INSTITUTION.finditer(text) if any(w in text for w in _INSTITUTION_WORDS) else ()
        institution_spans: list[tuple[int, int]] = []
        for match in institutions:
            words = match.group(0).split()
            while words and words[0] in _LEADING_STOP:
                words = words[1:]
            owner_end = -2 if len(words) > 2 and words[-2] == "Research" else -1  # "Microsoft Research Asia"
            if len(words) < 2 or (words[owner_end] == "Research" and not self._known_owner(words[:owner_end])):
                continue
            if words[-1] == "Foundation" and words[0] not in _FOUNDATION_OWNERS:
                continue  # "the Vision Foundation ...": only a national or named funder is an institution
            name = " ".join(words)
            known = self.lookup(name)
            if known is not None and known.type in ("Dataset", "Benchmark"):
                continue  # "22.15 pp on Pavia University": a known set named after the place it was recorded
            start = match.end() - len(name)
            spans.append((start, match.end(), name))
            institution_spans.append((start, match.end()))
        for start, end, name in spans:
            key = norm_key(name)
            entity = found.get(key)
            if entity is None:
                entity = found[key] = DocEntity(f"org:{key}", text[start:end], type=EntityType.ORGANIZATION,
                                                role=Role.MENTIONS, confidence=0.7, extractor="mlkg_organizations")
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                entity.mentions.append(Candidate(start, end, span.start, span.end, text[start:end], "organization"))
            if _AFFILIATION_CUE.search(text[max(0, start - 100):start]):
                entity.role = Role.AFFILIATION
        if not found:
            return doc
        inside = [(s, e) for s, e in named if any(a <= s and e <= b for a, b in institution_spans)]
        if not inside:
            write_entities(doc, found.values(), append=True)
            return doc
        # "the Beijing Film Academy": the institution, not a model the names found in it
        kept = []
        for entity in read_entities(doc):
            entity.mentions = [m for m in entity.mentions if (m.start, m.end) not in inside]
            if entity.mentions:
                kept.append(entity)
        write_entities(doc, [*kept, *found.values()])
        return doc
