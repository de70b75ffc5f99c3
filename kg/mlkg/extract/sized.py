"""One family, several parameter counts or versions: "Qwen 1.7B, 8B, and 14B" names three models, not one.

Papers list the sizes they train or compare after one family name: "Llama-3.1 8B/70B",
"MMFineReason-2B/4B/8B", "Agent-World-8B and 14B". Each size is a model of its own (it has its own
results and its own node in the graph), so the family's mention is split into one entity per size,
named as the paper would write it alone ("Llama-3.1 70B"). The size's own characters are the mention,
so a span still points at what the text says. Listed versions and tiers split the same way ("Stable
Diffusion 1.5 and 3.5", "Terminal Bench 1.0, 2.0, and Pro"), keeping the family's type.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from mlkg.identity import norm_key
from mlkg.model import EntityType

from .candidates import Candidate
from .words import alternation

if TYPE_CHECKING:
    from .classify import DocEntity

_SIZE = r"\d+(?:\.\d+)?[BM]"
# a name that ends in its first size: "Llama-3 3B", "Agent-World-8B", "MMFineReason-2B" (of "-2B/4B/8B")
_ENDS_SIZED = re.compile(rf"^(?P<family>.*?[A-Za-z\d.])(?P<sep>[- ]?)(?P<size>{_SIZE})$")
# the next size of the list: "/70B", ", 8B", ", and 14B", " and 14B", " or 70B"
# what separates the members of a list: ", ", ", and ", " and ", " or ", " & " (and "/" between sizes)
_SEPARATOR = r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+"
_NEXT_SIZE = re.compile(rf"(?:\s*/\s*|{_SEPARATOR})(?P<size>{_SIZE})(?!\w|\.\d|-\w)")
_BILLIONS = re.compile(r"\dB$")
_FIRST_SIZE = re.compile(rf" (?P<size>{_SIZE})(?!\w|\.\d|-\w)")  # "Qwen[ 1.7B], 8B, and 14B"
# sizes of data, not of models: "trained on 1B, 5B and 10B tokens"
_COUNTED_AFTER = re.compile(r"\s+(?:tokens|images|samples|examples|pairs|words|sentences|documents|videos|frames|"
                            r"steps|hours|rows|texts|queries|instances|parameters\s+of\s+data)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SizedMention:
    """One size of a listed family: the name it stands for and where its characters are."""

    name: str
    start: int
    end: int


def sized_list(text: str, start: int, end: int) -> list[SizedMention]:
    """The models a name written at ``text[start:end]`` and the sizes listed right after it stand for,
    first size included; empty unless at least two sizes are listed."""
    written = text[start:end]
    slash = written.find("/")
    if slash > 0:  # "MMFineReason-2B/4B/8B", "Mistral-7B/24B": the list is part of the name's token
        head = _ENDS_SIZED.match(written[:slash])
        if head is None:
            return []
        family, sep = head.group("family"), head.group("sep")
        out = [SizedMention(f"{family}{sep}{head.group('size')}", start + head.start("family"), start + slash)]
        pos = start + slash
        while (nxt := _NEXT_SIZE.match(text, pos)) is not None and nxt.end() <= end:
            out.append(SizedMention(f"{family}{sep}{nxt.group('size')}", nxt.start("size"), nxt.end("size")))
            pos = nxt.end()
        if pos != end:
            return []  # not a list of sizes throughout ("FooNet-7B/ViT")
    else:
        head = _ENDS_SIZED.match(written)
        if head is not None:  # "Agent-World-8B[ and 14B]"
            family, sep = head.group("family"), head.group("sep")
            out = [SizedMention(written, start, end)]
            pos = end
        elif (first := _FIRST_SIZE.match(text, end)) is not None:  # "Qwen[ 1.7B, 8B, and 14B]"
            family, sep = written, " "
            out = [SizedMention(f"{family} {first.group('size')}", start, first.end("size"))]
            pos = first.end()
        else:
            return []
    while (nxt := _NEXT_SIZE.match(text, pos)) is not None:
        out.append(SizedMention(f"{family}{sep}{nxt.group('size')}", nxt.start("size"), nxt.end("size")))
        pos = nxt.end()
    if len(out) < 2 or _COUNTED_AFTER.match(text, pos) or len({m.name for m in out}) < len(out):
        return []
    return out


# One name, several versions or tiers: "Stable Diffusion 1.5 and 3.5", "Gemini 1.5, 2.0 and 2.5", "Terminal
# Bench 1.0, 2.0, and Pro", "AIME 2024 and 2025". A version is small (below 20: "GPT-4 and 81.8" is a score)
# or a year after a year; a tier is one of the words that end release names.
_ENDS_VERSIONED = re.compile(r"^(?P<family>.*?[A-Za-z])(?P<sep>[- ]v?|[- ])(?P<size>\d{1,2}(?:\.\d)?|(?:19|20)\d\d)$")
_TIER = alternation("heads.name_tiers")
_NEXT_VERSION = re.compile(rf"(?:{_SEPARATOR})(?:v(?=\d))?"
                           rf"(?P<size>\d{{1,2}}(?:\.\d)?|(?:19|20)\d\d|(?:{_TIER})(?!\s+[A-Z]))"  # (not "Nano" of the
                           # next name: "GPT Image 2, Nano Banana 2")
                           r"(?![\w%]|\.\d|-\w|\s*(?:%|points?\b|pp\b|times\b|[x\u00d7](?!\w)|(?:ms|GB|fps|dB)\b))")
# (nor a factor or a measure: "speedups of 2.38 times on MAGI-1 and 6.7 times on D")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A two-digit year joined to the name, and the next one: "AIME24 & 25", "HMMT24 and 25".
_ENDS_YEAR = re.compile(r"^(?P<family>.*?[A-Z]{2,})(?P<sep>)(?P<size>2\d)$")
_NEXT_YEAR = re.compile(rf"(?:{_SEPARATOR})2\d(?![\w%]|\.\d)")


# One architecture at several scale words: "ViT Tiny and Base", "Swin Small, Base and Large".
_SCALES = r"Tiny|Small|Base|Large|Huge|Giant"
_ENDS_SCALE = re.compile(rf"^(?P<family>.*?[A-Za-z0-9]) (?P<size>{_SCALES})$")
_NEXT_SCALE = re.compile(rf"(?:{_SEPARATOR})(?P<size>{_SCALES})(?![\w-]|\s+[A-Z])")


def _scale_list(text: str, start: int, end: int) -> list[SizedMention]:
    """"for ViT Tiny and Base": ViT Tiny and ViT Base (the scale words a family is trained at)."""
    head = _ENDS_SCALE.match(text[start:end])
    if head is None:
        return []
    out = [SizedMention(text[start:end], start, end)]
    pos = end
    while (nxt := _NEXT_SCALE.match(text, pos)) is not None:
        out.append(SizedMention(f"{head['family']} {nxt['size']}", nxt.start("size"), nxt.end("size")))
        pos = nxt.end()
    return out if len(out) >= 2 and len({m.name for m in out}) == len(out) else []


# A number after "with <name> and" that goes on "with" another name: a count in a parallel clause ("13 problems with
# GPT-4.1 and 7 with DeepSeek-V3.1"), not a listed version.
_COUNT_GOES_ON = re.compile(r"\s+with\s")
# A number after "<score> on <name>," that goes on "on" another name: a score in a parallel clause ("9.1 points on
# AIME 24, 7.6 on GPQA, and 9.6 on LiveCodeBench"), not a listed version.
_SCORE_GOES_ON = re.compile(r"\s+on\s")
_SCORE_ON = re.compile(r"\d%?(?:\s+(?:points?|pp|percent))?\s+on\s+$")


def version_list(text: str, start: int, end: int) -> list[SizedMention]:
    """The names a versioned name written at ``text[start:end]`` and the versions or tiers listed right after
    it stand for, its own included; empty unless one more is listed ("Stable Diffusion 1.5 and 3.5")."""
    head = _ENDS_VERSIONED.match(text[start:end]) or _ENDS_YEAR.match(text[start:end])
    if head is None:
        return _scale_list(text, start, end)
    family, sep, first = head.group("family"), head.group("sep"), head.group("size")
    if not sep and not _NEXT_YEAR.match(text, end):
        return []  # "AIME24 & 25" lists years; "GPT4 and 5" is left alone
    out = [SizedMention(text[start:end], start, end)]
    pos = end
    while (nxt := _NEXT_VERSION.match(text, pos)) is not None:
        item = nxt.group("size")
        if item[0].isdigit():
            if not sep and not (len(item) == 2 and item[0] == "2"):
                break  # after "AIME24", only another two-digit year
            if sep and (bool(_YEAR.match(item)) != bool(_YEAR.match(first)) or not _YEAR.match(item)
                        and float(item) >= 20):
                break  # "GPT-4 and 81.8": a score, not a version
            if _COUNT_GOES_ON.match(text, nxt.end("size")) and text.endswith(" with ", 0, start):
                break  # "13 problems with GPT-4.1 and 7 with DeepSeek-V3.1": a count, its clause going on
            if _SCORE_GOES_ON.match(text, nxt.end("size")) and _SCORE_ON.search(text, max(0, start - 30), start):
                break  # "9.1 points on AIME 24, 7.6 on GPQA": a score, its clause going on
            name = f"{family}{sep}{item}"
        else:
            name = f"{family} {item}"  # "Terminal Bench 1.0 and Pro": the tier of the family
        out.append(SizedMention(name, nxt.start("size"), nxt.end("size")))
        pos = nxt.end()
    if len(out) < 2 or len({m.name for m in out}) < len(out):
        return []
    return out


def split_sized(doc: Doc, text: str, entities: list[DocEntity],
                make_entity: Callable[[str, str, DocEntity], DocEntity]) -> list[DocEntity]:
    """The entities with every listed family split into one model per size.

    ``entities`` are :class:`~mlkg.extract.classify.DocEntity`; ``make_entity(key, name, model)`` builds a
    new one like ``model`` (its type, votes and confidence). A mention that lists sizes leaves its entity;
    an entity left with no mention goes.
    """
    by_key = {norm_key(e.name): e for e in entities}
    added: list[DocEntity] = []
    for entity in list(entities):
        for mention in list(entity.mentions):
            sizes = sized_list(text, mention.start, mention.end)
            if not sizes or entity.type is not EntityType.MODEL and not all(_BILLIONS.search(s.name) for s in sizes):
                # (parameter counts name models, whatever the family was typed: "Agent-World-8B and 14B")
                sizes, versions = version_list(text, mention.start, mention.end), True
            else:
                versions = False
            if not sizes:
                continue
            entity.mentions.remove(mention)
            for sized in sizes:
                span = doc.char_span(sized.start, sized.end, alignment_mode="expand")
                if span is None:
                    continue
                part = mention if (sized.start, sized.end) == (mention.start, mention.end) else Candidate(
                    sized.start, sized.end, span.start, span.end, sized.name, "sized")  # (the first member, as found)
                key = norm_key(sized.name)
                target = by_key.get(key)
                if target is None:
                    target = by_key[key] = make_entity(f"doc:{key}", sized.name, entity)
                    added.append(target)
                target.mentions.append(part)
                if not versions:
                    target.type = EntityType.MODEL  # (a version keeps the family's type: "Terminal Bench 2.0")
    for entity in by_key.values():
        entity.mentions.sort(key=lambda m: (m.start, m.end))
    return [e for e in [*entities, *added] if e.mentions]


_LIST_GAP = re.compile(rf"\s*/\s*|{_SEPARATOR}")


def sized_runs(text: str, entities: list[DocEntity]) -> list[list[int]]:
    """Indices of the entities listed together as sizes of one family ("Agent-World-8B and 14B"), one list
    per run: what the paper does with one size of the run it does with all ("we develop X-2B/4B/8B")."""
    marks = sorted((m.start, m.end, i, m.source == "sized") for i, e in enumerate(entities) for m in e.mentions)
    runs: list[list[int]] = []
    prev: tuple[int, int, int, bool] | None = None
    for mark in marks:  # (a run's first member is the mention as found: "Agent-World-8B"; the others are "sized")
        if mark[3] and prev is not None and _LIST_GAP.fullmatch(text, prev[1], mark[0]):
            if runs and runs[-1][-1] == prev[2] and prev[3]:
                runs[-1].append(mark[2])
            else:
                runs.append([prev[2], mark[2]])
        prev = mark
    return [run for run in runs if len(set(run)) >= 2]
