"""Corpus statistics: one pass over every paper (in fixed chunks, optionally in processes)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .contexts import scan_document
from .definitions import sense_key
from .inputs import Doc
from .tokens import TOKEN_RE
from .vocab import FUNC, FUNC_WORDS, HEAD_KIND, ORG_STOP_EXTRA, STOP, WEAK_STOP


# --------------------------------------------------------------------------------------
# Corpus statistics
# --------------------------------------------------------------------------------------
@dataclass
class AcronymStats:
    papers: int = 0  # papers defining it
    kinds: Counter = field(default_factory=Counter)
    plural_defs: int = 0
    long_forms: Counter = field(default_factory=Counter)
    senses: Counter = field(default_factory=Counter)


@dataclass
class Stats:
    n_docs: int = 0
    df: Counter = field(default_factory=Counter)
    ctx: dict = field(default_factory=lambda: defaultdict(Counter))
    intro: dict = field(default_factory=lambda: defaultdict(Counter))
    acr: dict = field(default_factory=lambda: defaultdict(AcronymStats))
    keywords: Counter = field(default_factory=Counter)
    orgs: Counter = field(default_factory=Counter)
    text_orgs: Counter = field(default_factory=Counter)


_ORG_RE = re.compile(
    r"\b(?:University\s+of\s+(?:[A-Z][\w&'-]+)(?:\s+[A-Z][\w&'-]+){0,2}|"
    r"(?:[A-Z][\w&'-]+\s+){1,3}(?:University|Institute\s+of\s+Technology|Research|AI\s+Lab|"
    r"AI\s+Research|Laboratory|Labs?|Institute)(?!\s+(?:of|for)\b)|"
    r"(?:[A-Z][\w&'-]+\s+){1,2}(?:Inc\.|Ltd\.|Corporation))")
_ORG_KEY = re.compile(r"University|Institute|Research|Lab|Corporation|Inc\.|Ltd\.")
_ORG_STOP = STOP | WEAK_STOP | ORG_STOP_EXTRA


N_CHUNKS = 16  # fixed, so that the merge order (and every tie-break) is independent of --jobs
_WORK_DOCS: list[Doc] = []


def _collect_chunk(bounds: tuple[int, int]) -> Stats:
    st = collect(_WORK_DOCS[bounds[0]:bounds[1]])
    st.ctx, st.intro, st.acr = dict(st.ctx), dict(st.intro), dict(st.acr)
    return st


def merge_stats(into: Stats, part: Stats) -> None:
    into.n_docs += part.n_docs
    into.df.update(part.df)
    for surface, c in part.ctx.items():
        into.ctx[surface].update(c)
    for surface, c in part.intro.items():
        into.intro[surface].update(c)
    for a, s in part.acr.items():
        t = into.acr[a]
        t.papers += s.papers
        t.kinds.update(s.kinds)
        t.plural_defs += s.plural_defs
        t.long_forms.update(s.long_forms)
        t.senses.update(s.senses)
    into.keywords.update(part.keywords)
    into.orgs.update(part.orgs)
    into.text_orgs.update(part.text_orgs)


def collect_parallel(docs: list[Doc], jobs: int) -> Stats:
    """Pass 1 over fixed chunks, in ``jobs`` processes (fork) when available."""
    global _WORK_DOCS
    _WORK_DOCS = docs
    step = math.ceil(len(docs) / N_CHUNKS) or 1
    bounds = [(i, min(len(docs), i + step)) for i in range(0, len(docs), step)]
    total = Stats()
    try:
        import multiprocessing as mp
        ctx = mp.get_context("fork") if jobs > 1 else None
    except (ImportError, ValueError):
        ctx = None
    if ctx is None:
        parts: Iterable[Stats] = map(_collect_chunk, bounds)
        for part in parts:
            merge_stats(total, part)
    else:
        with ctx.Pool(jobs) as pool:
            for part in pool.imap(_collect_chunk, bounds):
                merge_stats(total, part)
    _WORK_DOCS = []
    return total


def collect(docs: list[Doc]) -> Stats:
    st = Stats(n_docs=len(docs))
    for doc in docs:
        st.df.update(set(TOKEN_RE.findall(doc.text)))
        facts = scan_document(doc.text)
        for surface, kind in facts.contexts:
            st.ctx[surface][kind] += 1
        for surface, kind in facts.introduced:
            st.intro[surface][kind] += 1
        seen = set()
        for d in facts.definitions:
            a = st.acr[d.acronym]
            a.kinds[d.kind] += 1
            a.plural_defs += d.plural
            a.long_forms[d.long_form] += 1
            a.senses[sense_key(d.long_form)] += 1
            if d.acronym not in seen:
                seen.add(d.acronym)
                a.papers += 1
        for kw in set(doc.keywords):
            st.keywords[kw.strip()] += 1
        if doc.org:
            st.orgs[doc.org] += 1
        found = set()
        for k in _ORG_KEY.finditer(doc.text):
            m = _ORG_RE.search(doc.text, max(0, k.start() - 80), k.end() + 60)
            if m is None:
                continue
            name = " ".join(m.group(0).split())
            words = [w for w in re.split(r"\s+", name) if w]
            if words[0].lower() in _ORG_STOP or sum(w.lower() in _ORG_STOP for w in words) > 1:
                continue
            found.add(name)
        st.text_orgs.update(found)
    return st


_WORD_RE = re.compile(r"[A-Za-z0-9]+")


def phrase_scan(docs: list[Doc], exact: Iterable[str], folded: dict[tuple, set]) -> tuple:
    """Second pass.

    ``exact``: multi-token surfaces counted case-sensitively as whole token sequences
    (papers per surface). ``folded``: lowercase word tuples -> labels, counted
    case-insensitively; each mid-sentence occurrence in an abstract is classed lower/cap.
    Returns (exact_df, case[label] = Counter(lower=, cap=, lower_papers=)).
    """
    exact_set: set[tuple] = set()
    exact_len: dict[str, set] = defaultdict(set)
    for surface in exact:
        toks = tuple(TOKEN_RE.findall(surface))
        if len(toks) > 1 and " ".join(toks) == surface:
            exact_set.add(toks)
            exact_len[toks[0]].add(len(toks))
    folded_len: dict[str, set] = defaultdict(set)
    for words in folded:
        folded_len[words[0]].add(len(words))
    exact_df: Counter = Counter()
    case: dict = defaultdict(Counter)
    for doc in docs:
        text = doc.text
        toks = [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        names = [t for t, _, _ in toks]
        hits = set()
        for i, t in enumerate(names):
            for n in exact_len.get(t, ()):
                if i + n > len(names):
                    continue
                cand = tuple(names[i:i + n])
                if cand in exact_set:
                    span = text[toks[i][1]:toks[i + n - 1][2]]
                    if span == " ".join(cand):
                        hits.add(span)
        exact_df.update(hits)
        body_start = text.find("\n\n") + 2 if "\n\n" in text else len(text)
        words = [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(text, body_start)]
        lowered = [w.lower() for w, _, _ in words]
        doc_lower = set()
        for i, w in enumerate(lowered):
            lens = folded_len.get(w)
            if not lens:
                continue
            for n in lens:
                if i + n > len(lowered):
                    continue
                cand = tuple(lowered[i:i + n])
                labels = folded.get(cand)
                if not labels:
                    continue
                s, e = words[i][1], words[i + n - 1][2]
                if text[e:e + 1].isalnum() or text[e:e + 2] in (" (", "-") or \
                        text[e:e + 1] == "-" or (s and text[s - 1] in "-"):
                    continue  # part of a longer word/compound, or the definition itself
                before = text[max(body_start, s - 3):s]
                if s == body_start or _SENT_START.search(before):
                    continue  # sentence-initial
                content = [words[i + k][0] for k in range(n) if lowered[i + k] not in FUNC]
                is_lower = all(c[0].islower() or c[0].isdigit() for c in content)
                modifier = False
                if i + n < len(words) and text[e:words[i + n][1]] == " ":
                    nxt = words[i + n][0]
                    modifier = nxt.islower() and len(nxt) > 2 and nxt not in FUNC_WORDS and \
                        nxt not in STOP and nxt not in HEAD_KIND
                for label in labels:
                    case[label]["lower" if is_lower else "cap"] += 1
                    if modifier and not is_lower:
                        case[label]["cap_modifier"] += 1
                    if is_lower:
                        doc_lower.add(label)
        for label in doc_lower:
            case[label]["lower_papers"] += 1
    return exact_df, case


_SENT_START = re.compile(r"[.!?:\n]\s*$")
_WORK_ARGS: tuple = ()


def _phrase_chunk(bounds: tuple[int, int]) -> tuple:
    exact_df, case = phrase_scan(_WORK_DOCS[bounds[0]:bounds[1]], *_WORK_ARGS)
    return exact_df, dict(case)


def phrase_scan_parallel(docs: list[Doc], exact: list[str], folded: dict, jobs: int) -> tuple:
    global _WORK_DOCS, _WORK_ARGS
    _WORK_DOCS, _WORK_ARGS = docs, (exact, folded)
    step = math.ceil(len(docs) / N_CHUNKS) or 1
    bounds = [(i, min(len(docs), i + step)) for i in range(0, len(docs), step)]
    exact_df: Counter = Counter()
    case: dict = defaultdict(Counter)
    try:
        import multiprocessing as mp
        ctx = mp.get_context("fork") if jobs > 1 else None
    except (ImportError, ValueError):
        ctx = None
    if ctx is None:
        parts: Iterable = map(_phrase_chunk, bounds)
        pool = None
    else:
        pool = ctx.Pool(jobs)
        parts = pool.imap(_phrase_chunk, bounds)
    try:
        for part_df, part_case in parts:
            exact_df.update(part_df)
            for k, v in part_case.items():
                case[k].update(v)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    _WORK_DOCS, _WORK_ARGS = [], ()
    return exact_df, case


