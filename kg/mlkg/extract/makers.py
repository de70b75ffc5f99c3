"""A model written after its maker: "OpenAI o1", "Google Bard", "Meta LLaMA".

Papers name a company's model with the company in front, and that whole phrase is the model's name as the
paper writes it (the gold guidelines keep it: "OpenAI o1"). The bare name stays an alias, so the model
still resolves to the node other papers name without the company.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from mlkg.model import EntityType

from .candidates import Candidate
from .words import words

if TYPE_CHECKING:
    from .classify import DocEntity

_MAKERS = "|".join(sorted(map(re.escape, words("heads.model_makers")), key=len, reverse=True))
_MAKER_BEFORE = re.compile(rf"(?<![\w-])(?:{_MAKERS})(?:'s)? $")


def with_makers(doc: Doc, text: str, entities: list[DocEntity]) -> None:
    """Extend each model mention written right after its maker to take the maker in; the entity is named by the
    first such mention, its bare name kept as an alias."""
    for entity in entities:
        if entity.type is not EntityType.MODEL:
            continue
        for i, mention in enumerate(entity.mentions):
            maker = _MAKER_BEFORE.search(text, max(0, mention.start - 20), mention.start)
            if maker is None or maker.group().endswith("'s "):
                continue  # ("OpenAI's o1": the company's, written apart; the name is o1)
            span = doc.char_span(maker.start(), mention.end, alignment_mode="expand")
            if span is None:
                continue
            written = text[maker.start():mention.end]
            entity.mentions[i] = Candidate(maker.start(), mention.end, span.start, span.end, written, mention.source,
                                           entry=mention.entry, long_form=mention.long_form)
            if not entity.name.startswith(text[maker.start():mention.start]):
                entity.aliases = [a for a in dict.fromkeys([entity.name, *entity.aliases]) if a != written]
                entity.name = written
