"""Schwartz–Hearst abbreviation detection: "Vision Transformer (ViT)" pairs ViT with its long form.

Follows Schwartz & Hearst (2003): a short form in parentheses after a long form
(or the reverse, "ViT (Vision Transformer)"), where the short form's characters
occur in order in the long form, the first one starting a word, and the long
form has at most min(|short| + 5, |short| * 2) words. Coined names often
capitalise the letters they take ("Omni-peRception"), which the matcher honours.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .candidates import doc_text, ensure_doc_extensions
from .spans import set_doc_value

_PAREN = re.compile(r"\(([^()]{1,120})\)")
_WORD = re.compile(r"\S+")
_SHORT_OK = re.compile(r"^[A-Za-z0-9][\w\-^./+]*[A-Za-z0-9+]?$")
# A short form announced by a naming word inside the brackets: "the Ensemble Parallel Direction solver (dubbed as
# EPD)", "(hereafter called QFN)", "(abbreviated as SAR)".
_NAMING_PREFIX = re.compile(r"(?i:(?:hereafter |henceforth )?(?:dubbed|called|named|termed|coined|abbreviated|"
                            r"denoted|referred to)(?: as| by)?)\s+")
_STOP_BEFORE = frozenset({"and", "or", "the", "a", "an", "of", "in", "on", "for", "to", "with", "by"})


@dataclass(frozen=True, slots=True)
class Abbreviation:
    short: str
    long: str
    short_start: int
    short_end: int
    long_start: int
    long_end: int

    @property
    def coined(self) -> bool:
        """Letters capitalised mid-word to spell the acronym, as in 'Omni-peRception' (a long form of one
        CamelCase word, "SwiftBrushv2 (SBv2)", is a name's short form, not a coinage)."""
        return _coined_long(self.long)


@lru_cache(maxsize=20_000)
def _coined_long(long: str) -> bool:
    """:attr:`Abbreviation.coined` of a long form (cached: several components ask, per mention)."""
    parts = [p for p in _LONG_PARTS.split(long) if len(p) > 1]
    return len(parts) >= 2 and any(not p.isupper() and any(ch.isupper() for ch in p[1:]) for p in parts)


_LONG_PARTS = re.compile(r"[\s\-/]+")


def _valid_short(short: str) -> bool:
    if not (2 <= len(short) <= 12) or " " in short.strip():
        return False
    if not _SHORT_OK.match(short) or not short[0].isalnum():
        return False
    return any(ch.isupper() for ch in short) and sum(ch.isalpha() for ch in short) >= 2


def _best_long(short: str, candidate: str) -> int | None:
    """Schwartz–Hearst backward scan; returns where the long form starts in ``candidate``."""
    s = len(short) - 1
    l = len(candidate) - 1
    while s >= 0:
        ch = short[s].lower()
        if not ch.isalnum():
            s -= 1
            continue
        while l >= 0 and (candidate[l].lower() != ch or (s == 0 and l > 0 and candidate[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    start = candidate.rfind(" ", 0, l + 1) + 1
    return start


_TITLE_CASE_LONG = re.compile(r"^[A-Z][\w'-]*(?:\s+(?:(?:of|for|and|the|in|on|with|to|via)\s+)?[A-Z][\w'-]*)+$")
_NOT_LETTER = re.compile(r"[^A-Za-z]")
_LOWER_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LETTER_NUMBER = re.compile(r"^[A-Z][A-Za-z]?\d{1,3}$")


def _reverse_definition(text: str, match: re.Match[str], inner: str) -> Abbreviation | None:
    """"SAIL-VL (ScAlable Vision Language Model TraIning ...)": short form first, long form inside."""
    before = text[:match.start()].rstrip()
    short = before.rsplit(None, 1)[-1] if before else ""
    title_case = _TITLE_CASE_LONG.match(inner) is not None
    # (a letter and a number, "A1", is a name too when a title-case long form follows it)
    numbered = title_case and _LETTER_NUMBER.match(short) is not None
    if not (_valid_short(short) or numbered) or len(inner.split()) > min(len(short) + 5, len(short) * 2):
        return None
    start = _best_long(short, inner)
    if start != 0 and title_case:
        # "A1 (Asynchronous Test-Time Scaling)", "SalUn-CRA (Clinical Risk-Aware)": a title-case long form that
        # spells the name's letters without its digits, or its last part only
        # (or without its last lower-case letters: "SCALe (Scheduled Curriculum Adaptive Loss)")
        capitals = short.rstrip(_LOWER_LETTERS)
        for letters in (_NOT_LETTER.sub("", short), short.rpartition("-")[2],
                        capitals if len(capitals) >= 3 and capitals.isupper() else ""):
            if letters and letters != short and (start := _best_long(letters, inner)) == 0:
                break
    if start is None or start != 0:
        return None
    short_start = len(before) - len(short)
    long_start = match.start(1) + match.group(1).find(inner)
    return Abbreviation(short, inner, short_start, short_start + len(short), long_start, long_start + len(inner))


# "HiEAG, a novel Hierarchical Evidence-Augmented Generation framework": the name, then its long form in title
# case as its appositive (a few lower-case adjectives may come between).
# (or after a colon: "ConvBEERS: a Convolutional ..."); the hook, found first: it is rare, the words before it are not
_APPOSITION = re.compile(r"[,:]\s+(?:an?|the)\s+")
_SHORT_BEFORE = re.compile(r"(?<![\w-])[A-Za-z0-9][\w\-^./+]*[A-Za-z0-9+]$")
_APPOSED = re.compile(
    r"(?:[a-z][a-z-]*\s+){0,2}"
    # ordinary capitalised words (not coined names: "HealthBench, the new HealthBench-Hallu and ScanBench")
    r"(?P<long>(?:[A-Z][a-z']*(?:-[A-Za-z][a-z']*)*\s+(?:(?:of|for|in|on|with|to|the|and)\s+)?){1,7}"
    r"[A-Z][a-z']*(?:-[A-Za-z][a-z']*)*)(?=\s+[a-z]|\s*[,.;:(])")


# "We introduce RIFT, Reordered Instruction Following Testbed, to assess ...": a bare appositive, closed by a comma,
# whose capitalised words spell the acronym before it.
_BARE_APPOSED = re.compile(r"(?<![\w-])(?P<short>[A-Z][A-Z0-9][A-Za-z0-9-]{0,10}),\s+"
                           r"(?P<long>(?:[A-Z][a-z']+(?:-[A-Za-z][a-z']*)*\s+(?:(?:of|for|in|on|with|to|the)\s+)?){1,7}"
                           r"[A-Z][a-z']+(?:-[A-Za-z][a-z']*)*),")


def _bare_apposed_definitions(text: str) -> Iterator[Abbreviation]:
    """Short forms defined by a bare appositive, closed by a comma, whose words spell all their letters."""
    for match in _BARE_APPOSED.finditer(text):
        short, long = match.group("short"), match.group("long")
        if not _valid_short(short) or len(long.split()) > min(len(short) + 5, len(short) * 2):
            continue
        if _best_long(short, long) != 0 or long[0].lower() != short[0].lower():
            continue
        yield Abbreviation(short, long, match.start("short"), match.end("short"), match.start("long"),
                           match.end("long"))


def _apposed_definitions(text: str) -> Iterator[Abbreviation]:
    """Short forms defined by the appositive after them, whose letters the long form spells from its start."""
    for hook in _APPOSITION.finditer(text):
        before = _SHORT_BEFORE.search(text, max(0, hook.start() - 30), hook.start())
        match = _APPOSED.match(text, hook.end()) if before else None
        if match is None:
            continue
        short, long = before.group(0), match.group("long")
        if not _valid_short(short) or len(long.split()) > min(len(short) + 5, len(short) * 2):
            continue
        if _best_long(short, long) != 0 and _best_long(_NOT_LETTER.sub("", short), long) != 0 \
                or long[0].lower() != short[0].lower():
            continue  # (its letters alone may spell it: "Med-R^3, a Medical Retrieval-augmented Reasoning framework")
        yield Abbreviation(short, long, before.start(), before.end(), match.start("long"), match.end("long"))


# "we propose a Step-level poliCy Optimization method through Play-And-Learn, SCO-PAL.": the long form first, the
# name after the comma that ends it, where the clause ends too (the hook is the name, then the long form's start).
_APPOSED_SHORT_AFTER = re.compile(r",\s+(?P<short>[A-Za-z0-9][\w\-^./+]*[A-Za-z0-9+])"
                                  r"(?=\s*[.;:]|\s*,\s+(?:which|that)\b)")
_LONG_OPENS = re.compile(r"(?:^|\s)(?:a|an|the|our)\s+(?=[A-Z])")


def _reverse_apposed_definitions(text: str) -> Iterator[Abbreviation]:
    """Short forms defined by the title-case phrase right before their comma, spelled from its first word."""
    for hook in _APPOSED_SHORT_AFTER.finditer(text):
        short = hook.group("short")
        if not _valid_short(short) or sum(ch.isupper() for ch in short) < 2:
            continue
        before = text[max(0, hook.start() - 160):hook.start()]
        opens = [m.end() for m in _LONG_OPENS.finditer(before)]
        if not opens:
            continue
        long = before[opens[-1]:]
        if len(long.split()) > min(len(short) + 5, len(short) * 2) or long[0].lower() != short[0].lower() \
                or _best_long(short, long) != 0:
            continue
        long_start = hook.start() - len(long)
        yield Abbreviation(short, long, hook.start("short"), hook.end("short"), long_start, hook.start())


# A title-case name made right before a coined one in brackets: "We introduce Data Journalist Agent (Data2Story)".
_MADE_TITLE_CASE = re.compile(r"\b(?:introduce[sd]?|introducing|present(?:s|ed)?|propose[sd]?|develop(?:s|ed)?|"
                              r"build|builds|built|called|named|termed|dubbed)\s+(?:an?\s+|the\s+)?"
                              r"(?P<long>[A-Z][\w'-]*(?:\s+(?:(?:of|for|and|the|in|on|with|to|via)\s+)?"
                              r"[A-Z][\w'-]*){1,5})\s*$")
_COINED_SHORT = re.compile(r"^(?=.*(?:\d|[a-z][A-Z]))[A-Z][\w-]{3,}$")


def _named_title_case(text: str, paren: int, inner: str) -> Abbreviation | None:
    """A coined name ("Data2Story") in brackets after the title-case name the paper gives what it makes."""
    if not _COINED_SHORT.match(inner):
        return None
    made = _MADE_TITLE_CASE.search(text, max(0, paren - 120), paren)
    if made is None:
        return None
    short_start = text.index(inner, paren)
    return Abbreviation(inner, made.group("long"), short_start, short_start + len(inner), made.start("long"),
                        made.end("long"))


def _placed_long(text: str, paren: int, long: str) -> int:
    """Where ``long`` is written last before the bracket at ``paren`` (spaces before the bracket skipped), or -1."""
    long_end = paren - (len(text[:paren]) - len(text[:paren].rstrip()))
    return text.rfind(long, 0, long_end + 1)


# Words a long form may hold that give its acronym no letter: "average number of questions per image with the
# same answer (ANQA)".
_FILLER_WORDS = frozenset({"of", "per", "with", "the", "a", "an", "in", "on", "for", "to", "by", "and", "same"})


def _initials_long(text: str, paren: re.Match[str], before: str, short: str) -> Abbreviation | None:
    """A lower-case long form too long for the word limit whose content words' initials spell an all-caps short
    form, first and last letter included ("average number of questions per image with the same answer (ANQA)")."""
    if not (short.isalpha() and short.isupper() and 3 <= len(short) <= 6):
        return None
    words = _WORD.findall(before)
    lower = len(words)  # the lower-case words right before the bracket
    while lower and words[lower - 1].replace("-", "").isalpha() and words[lower - 1].islower():
        lower -= 1
    words = words[lower:]
    if not words or words[-1][0] != short[-1].lower():
        return None
    for first in range(len(words) - 1, -1, -1):  # the shortest tail that spells it
        content = [w for w in words[first:] if w not in _FILLER_WORDS]
        if words[first] in _FILLER_WORDS or words[first][0] != short[0].lower() or len(content) > 2 * len(short):
            continue
        letters = iter(w[0] for w in content)
        if all(ch in letters for ch in short.lower()):
            break
    else:
        return None
    long = " ".join(words[first:])
    long_start = _placed_long(text, paren.start(), long)
    if long_start < 0:
        return None
    short_start = text.index(short, paren.start())
    return Abbreviation(short, long, short_start, short_start + len(short), long_start, long_start + len(long))


# A short form with its release number: "SARC 2.0", "GLUE v2" (not a year or a sequel's numeral, "VSM 2013", "DOTA 2",
# which the long form writes too).
_VERSIONED_SHORT = re.compile(r"([A-Z][\w\-^.+]*[A-Z][\w\-^.+]*)\s+(v?\d+\.\d+(?:\.\d+)*|v\d+)")


def _versioned_definition(text: str, paren: re.Match[str], before: str, inner: str, letters: str) -> Abbreviation | None:
    """"the Self-Annotated Reddit Corpus (SARC 2.0)": the long form spells the short form's letters."""
    words = _WORD.findall(before)
    window = " ".join(words[-min(len(letters) + 5, len(letters) * 2):])
    start = _best_long(letters, window)
    if start is None:
        return None
    long = window[start:].strip(" ,:")
    long_words = long.split()
    while long_words and long_words[0].lower() in _STOP_BEFORE:
        long_words = long_words[1:]
    long = " ".join(long_words)
    long_start = _placed_long(text, paren.start(), long)
    if not long or len(long) <= len(letters) or long_start < 0:
        return None
    short_start = text.index(inner, paren.start())
    return Abbreviation(inner, long, short_start, short_start + len(inner), long_start, long_start + len(long))


def find_abbreviations(text: str) -> Iterator[Abbreviation]:
    """Every (short, long) definition in ``text`` with character offsets."""
    if ", " in text:
        yield from _apposed_definitions(text)
        yield from _bare_apposed_definitions(text)
        yield from _reverse_apposed_definitions(text)
    for match in _PAREN.finditer(text):
        inner = match.group(1).strip()
        inner = re.split(r"[;,]\s", inner)[0].strip()
        named = _NAMING_PREFIX.match(match.group(1).lstrip())
        if named:
            inner = inner[named.end():].strip()
        before = text[max(0, match.start() - 200):match.start()].rstrip()
        sentence_cut = max(before.rfind(". "), before.rfind(";"), before.rfind(": "), before.rfind("\n"),
                           before.rfind("("), before.rfind(")"), before.rfind(","))
        before = before[sentence_cut + 1:] if sentence_cut >= 0 else before
        if " " in inner and len(inner.split()) >= 2:
            reverse = _reverse_definition(text, match, inner)
            if reverse is not None:
                yield reverse
            elif (versioned := _VERSIONED_SHORT.fullmatch(inner)) is not None and _valid_short(versioned[1]):
                found = _versioned_definition(text, match, before, inner, versioned[1])
                if found is not None:  # "the Self-Annotated Reddit Corpus (SARC 2.0)": the short form with its
                    yield found  # release, spelled by the long form's words
            continue
        counted = _COUNTED_SHORT.fullmatch(inner)
        if counted is not None:
            found = _counted_definition(text, match, before, inner, counted)
            if found is not None:
                yield found
            continue
        if _valid_short(inner):
            if _SCORE_AFTER_SHORT.match(match.group(1), match.group(1).find(inner) + len(inner)):
                continue  # "matched DESS performance (DSC, 0.903 vs 0.900)": a metric and its scores
            words = _WORD.findall(before)
            max_words = min(len(inner) + 5, len(inner) * 2)
            window = " ".join(words[-max_words:])
            start = _best_long(inner, window)
            if start is None and (comma_long := _comma_title_long(text, match.start(), inner)) is not None:
                yield comma_long  # "we propose Search More, Think Less (SMTL)": a long form with a comma
                continue
            if start is None and _COUNTED_TAIL.fullmatch(inner) is not None:
                start = _best_long(spelled_letters(inner), window)  # "Texture Transfer Residual Denoising
                # Dual Diffusion Model (TTRD3)": the last letter stands for as many words as the count says (a coined,
                # title-case name: after "staged kelp scenes (SKS2)" the 2 is a version)
                if start is not None and not _TITLE_CASE_LONG.fullmatch(window[start:].strip(" ,:")):
                    start = None
            if start is None and (prefixed := _PREFIXED_SHORT.fullmatch(inner)) is not None \
                    and prefixed[1].lower() not in window.lower():
                start = _best_long(prefixed[2], window)  # "Dynamic Compressing Prompts (LLM-DCP)": a qualifier
                # the long form leaves out, before the letters it spells (not "BERT with Conditional Random Fields
                # (BERT-CRF)": the qualifier is written there)
            if start is None:
                named = _named_title_case(text, match.start(), inner) or _initials_long(text, match, before, inner)
                if named is not None:  # "We introduce Data Journalist Agent (Data2Story)"
                    yield named
                continue
            long = window[start:].strip(" ,:")
            if inner.isalpha() and inner.isupper() and len(long.split()) < len(inner) <= len(words) and all(
                    w[:1].upper() == c for w, c in zip(words[-len(inner):], inner)):
                long = " ".join(words[-len(inner):])  # "Proximal Policy Optimization (PPO)": a word per letter (the
                # backward scan took the second P from "oPtimization" and gave "Policy Optimization")
            long_words = long.split()
            while long_words and long_words[0].lower() in _STOP_BEFORE:
                long_words = long_words[1:]
            long = " ".join(long_words)
            if not long or len(long) <= len(inner) or long.lower() == inner.lower() or _SCORE_END.search(long):
                continue  # (nor "F1 scores of 98.06% (FF++)": a score, with the set it is on)
            long_start = _placed_long(text, match.start(), long)
            if long_start < 0:
                continue
            skip = len(match.group(1)) - len(match.group(1).lstrip()) + named.end() if named else 0
            short_start = match.start(1) + match.group(1).find(inner, skip)
            yield Abbreviation(inner, long, short_start, short_start + len(inner), long_start,
                               long_start + len(long))


_SCORE_AFTER_SHORT = re.compile(r"[,:;]\s*[<>=~≈]?\s*\d")
_COUNTED_TAIL = re.compile(r"[A-Z]{2,6}[A-Z][2-4]")  # "TTRD3": TTR, then three words on D
_COUNTED_LETTER = re.compile(r"([A-Z])([2-9])")


def spelled_letters(short: str) -> str:
    """The letters an acronym's long form spells, a letter before a count written that many times: "TTRD3" is
    TTRDDD, "M3" is MMM."""
    return _COUNTED_LETTER.sub(lambda m: m[1] * int(m[2]), short)
_PREFIXED_SHORT = re.compile(r"(M?LLM|VLM|LM|AI)-([A-Z][A-Z0-9]{1,7})")  # "LLM-DCP": a model class, then the letters
# Title-cased words, a comma among them, right before the bracket: "Search More, Think Less (".
_COMMA_TITLE_LONG = re.compile(r"(?:[A-Z][\w'-]*,?\s+){1,8}[A-Z][\w'-]*\s*$")


def _comma_title_long(text: str, paren: int, short: str) -> Abbreviation | None:
    """A long form whose title-cased words, one comma among them, spell the short form's letters by their
    initials ("Search More, Think Less (SMTL)"): the comma cut of the backward scan misses it."""
    m = _COMMA_TITLE_LONG.search(text, max(0, paren - 120), paren)
    if m is None or m.group().count(",") != 1:
        return None
    letters = [ch.lower() for ch in short if ch.isalpha()]
    words = list(_WORD.finditer(text, m.start(), m.end()))
    for k in range(len(words)):  # the shortest tail of the words whose initials are the letters
        tail = words[k:]
        if any("," in w.group() for w in tail) and [w.group()[0].lower() for w in tail] == letters:
            long = text[tail[0].start():tail[-1].end()].rstrip(",")
            long_start = tail[0].start()
            short_start = text.find(short, paren)
            return Abbreviation(short, long, short_start, short_start + len(short), long_start,
                                long_start + len(long))
    return None


# Words that end in a score: "F1 scores of 98.06%", "an accuracy of 91.2" (not "Stable Diffusion 1.5").
_SCORE_END = re.compile(r"(?:\d\s?%|\bof\s+\d[\d.]*)$")
# A letter and a count: "Textual Temporal reasoning Transfer (T3)", three words that open on T.
_COUNTED_SHORT = re.compile(r"([A-Z])([2-9])")


def _counted_definition(text: str, match: re.Match[str], before: str, inner: str,
                        counted: re.Match[str]) -> Abbreviation | None:
    """The long form of a counted acronym: the words (or hyphened parts: "Multi-Modal Mixture (M3)") before the
    bracket from the n-th last that opens on its letter, the last opening on it too and at most one between each
    ("reasoning" in T3's)."""
    letter, n = counted.group(1), int(counted.group(2))
    parts = list(_PART.finditer(before))
    opens = [i for i, p in enumerate(parts) if p.group()[:1] == letter]
    if len(opens) < n or opens[-1] != len(parts) - 1:
        return None
    first = opens[-n]
    if len(parts) - first > 2 * n or first and parts[first - 1].group()[:1].isupper():
        return None  # (not a longer title-case run, whose first words the count leaves out)
    long = before[parts[first].start():].strip()
    long_end = len(text[:match.start()].rstrip())
    long_start = text.rfind(long, 0, long_end)
    if long_start < 0:
        return None
    short_start = match.start(1) + match.group(1).find(inner)
    return Abbreviation(inner, long, short_start, short_start + len(inner), long_start, long_start + len(long))


_PART = re.compile(r"[^\s-]+")


@Language.factory(
    "mlkg_abbreviations",
    assigns=["doc._.abbreviations", "doc._.mlkg_abbreviation_rows"],
    default_config={},
)
def make_abbreviations(nlp: Language, name: str) -> AbbreviationDetector:
    return AbbreviationDetector(name)


class AbbreviationDetector:
    """Finds acronym definitions; ``doc._.abbreviations`` returns them."""

    def __init__(self, name: str) -> None:
        self.name = name
        ensure_doc_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        # Plain rows (serializable); doc._.abbreviations reads them back as Abbreviation objects.
        # (a text without brackets may still define a name by apposition: "ReHyAt, a Recurrent Hybrid Attention ...")
        found = find_abbreviations(text) if "(" in text or ", " in text else ()
        set_doc_value(doc, "mlkg_abbreviation_rows",
                      [[a.short, a.long, a.short_start, a.short_end, a.long_start, a.long_end] for a in found])
        return doc
