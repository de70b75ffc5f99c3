"""Acronym definitions, "Long Form (ACR)", and the senses an acronym is defined in."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from .tokens import is_junk
from .vocab import FUNC

# --------------------------------------------------------------------------------------
# Acronym definitions: "Long Form (ACR)" (Schwartz & Hearst 2003, word-initial variant)
# --------------------------------------------------------------------------------------
_DEF_RE = re.compile(r"\(\s*([A-Za-z0-9][A-Za-z0-9+\-.&]{0,14}?)\s*(?:[;,][^()]{0,80})?\)")
_CLAUSE_CUT = re.compile(r"[.;:!?()\[\]{}\"“”]\s|[,;:()\[\]{}\"“”]")


def _initials(words: list[str]) -> tuple[str, list[bool], list[bool]]:
    """Long-form string, per-char 'mandatory' flags (content-word initials) and word starts."""
    chars: list[str] = []
    mandatory: list[bool] = []
    starts: list[bool] = []
    for w_i, w in enumerate(words):
        if w_i:
            chars.append(" ")
            mandatory.append(False)
            starts.append(False)
        parts = re.split(r"([-/])", w)
        first_part = True
        for part in parts:
            if part in ("-", "/"):
                chars.append(part)
                mandatory.append(False)
                starts.append(False)
                continue
            for c_i, c in enumerate(part):
                chars.append(c)
                is_start = c_i == 0
                starts.append(is_start)
                mandatory.append(is_start and first_part and part.lower() not in FUNC
                                 and c.isalpha())
            if part:
                first_part = False
    return "".join(chars), mandatory, starts


def _align(letters: str, text: str, mandatory: list[bool]) -> bool:
    """Can ``letters`` be matched in order in ``text`` without skipping a mandatory char?"""
    n = len(text)
    next_mand = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        next_mand[i] = i if mandatory[i] else next_mand[i + 1]
    low = text.lower()

    def go(li: int, pos: int) -> bool:
        if li == len(letters):
            return next_mand[pos] == n
        limit = next_mand[pos]
        q = low.find(letters[li], pos)
        while q != -1 and q <= limit:
            if go(li + 1, q + 1):
                return True
            q = low.find(letters[li], q + 1)
        return False

    if not low or low[0] != letters[0]:
        return False
    return go(1, 1)


def align_acronym(acr: str, window: str) -> str | None:
    """The shortest word suffix of ``window`` whose content-word initials spell ``acr``."""
    letters = "".join(c.lower() for c in acr if c.isalnum())
    if sum(c.isalpha() for c in letters) < 2:
        return None
    words = window.split()
    max_words = min(len(letters) + 5, 2 * len(letters))
    for k in range(1, min(max_words, len(words)) + 1):
        cand = words[-k:]
        if cand[0].lower() in FUNC:
            continue
        text, mandatory, _ = _initials(cand)
        if _align(letters, text, mandatory):
            long_form = " ".join(cand)
            if k == 1 and len(long_form) <= len(acr) + 2:
                return None
            if long_form.lower().replace("-", "") == acr.lower().replace("-", ""):
                return None
            return long_form
    return None


def classify_long_form(long_form: str, sentence_initial: bool = False) -> str:
    """'lower' (large language models), 'title' (Segment Anything Model),
    'coined' (Preference-Instructed Vision OpTimization) or 'mixed'."""
    words = [w for w in long_form.split() if w]
    parts = [p for p in re.split(r"[\s\-/]+", long_form) if p]
    # capitalisation is judged on whole words, i.e. the first part of a hyphenated compound
    # ("Contrastive Language-Image Pre-training" is Title Case)
    heads = [re.split(r"[-/]", w)[0] or w for w in words]
    content = [p for p in heads if p.lower() not in FUNC and any(c.isalpha() for c in p)]
    if not content:
        return "mixed"
    for p in [p for p in parts if p.lower() not in FUNC]:
        letters = [c for c in p if c.isalpha()]
        if len(letters) >= 3 and any(c.isupper() for c in p[1:]) and not p.isupper() \
                and p[0].isupper():
            return "coined"
    first_ok = content[0][0].islower() or (sentence_initial and heads[0] == content[0])
    if first_ok and all(p[0].islower() or p[0].isdigit() for p in content[1:]):
        return "lower"
    if all(p[0].isupper() or p[0].isdigit() for p in content):
        return "title"
    return "mixed"


@dataclass(frozen=True)
class Definition:
    acronym: str
    long_form: str
    plural: bool
    kind: str  # classify_long_form


def singular(surface: str) -> str:
    """LLMs -> LLM, ViTs -> ViT, GPT-4s -> GPT-4; other words unchanged."""
    if len(surface) > 2 and surface.endswith("s") and " " not in surface:
        stem = surface[:-1]
        if (stem[-1].isupper() or stem[-1].isdigit()) and (
                sum(c.isupper() for c in stem) >= 2 or stem[-1].isdigit()):
            return stem
    return surface


def find_definitions(text: str) -> Iterator[Definition]:
    for m in _DEF_RE.finditer(text):
        raw = m.group(1).rstrip(".-")
        acr = singular(raw)
        plural = acr != raw
        letters = [c for c in acr if c.isalpha()]
        if len(letters) < 2 or sum(c.isupper() for c in letters) < 1 or is_junk(acr):
            continue
        if not acr[0].isupper() and not acr[0].isdigit() and sum(c.isupper() for c in acr) < 2:
            continue
        pre = text[max(0, m.start() - 200):m.start()].rstrip()
        cut = None
        for cut in _CLAUSE_CUT.finditer(pre):
            pass
        window = pre[cut.end():] if cut else pre
        window = window.strip()
        if not window:
            continue
        long_form = align_acronym(acr, window)
        if not long_form:
            continue
        gap = len(text[:m.start()]) - len(text[:m.start()].rstrip())
        lf_start = m.start() - gap - len(long_form)
        before = text[max(0, lf_start - 3):lf_start]
        sent_init = lf_start <= 0 or bool(re.search(r"(?:[.!?:]\s*|\n)$", before))
        yield Definition(acr, long_form, plural, classify_long_form(long_form, sent_init))


def _sense_prefixes(long_form: str) -> frozenset:
    """4-letter prefixes of the content words, hyphenated words both split and joined
    ('Pre-training' -> pre, trai, pret) so that spelling variants overlap."""
    low = long_form.lower()
    split = [w for w in re.findall(r"[a-z0-9]+", low) if w not in FUNC]
    joined = [w for w in re.findall(r"[a-z0-9]+", low.replace("-", "")) if w not in FUNC]
    return frozenset(w[:4] for w in split + joined)


def sense_clusters(long_forms: Counter) -> list[tuple[int, list[str]]]:
    """Group long forms that name the same thing (Jaccard >= 0.5 over 4-letter word prefixes:
    'region(s) of interest', 'electroencephalography/-gram'); biggest cluster first."""
    clusters: list[list] = []  # [count, prefixes, [long forms]]
    for lf, c in sorted(long_forms.items(), key=lambda kv: (-kv[1], kv[0])):
        p = _sense_prefixes(lf)
        for cl in clusters:
            union = len(p | cl[1])
            if union and len(p & cl[1]) / union >= 0.5:
                cl[0] += c
                cl[2].append(lf)
                break
        else:
            clusters.append([c, p, [lf]])
    clusters.sort(key=lambda cl: (-cl[0], cl[2][0]))
    return [(cl[0], cl[2]) for cl in clusters]


def sense_key(long_form: str) -> str:
    """Normalised long form: case, hyphens, spaces and a final plural -s folded."""
    s = re.sub(r"[^a-z0-9]+", "", long_form.lower())
    return s[:-1] if s.endswith("s") and not s.endswith("ss") else s


