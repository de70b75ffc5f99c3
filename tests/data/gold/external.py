"""Map SciERC and SciREX to mlkg's gold format (issue 13), reproducibly, with a documented named-span filter.

Usage: python tests/data/gold/external.py --data ../shared/data --out tests/data/gold

SciERC (Luan et al. 2018; ``scierc/{train,dev,test}.json``, DyGIE format: 500 abstracts, one
tokenised sentence list each, spans typed Method, Material, Task, Metric, OtherScientificTerm,
Generic, coreference clusters) and SciREX (Jain et al. 2020; ``scirex/train.jsonl.gz``: 306 full
papers with Method/Material/Metric/Task mentions, salient coreference clusters and n-ary results
(dataset, method, metric, task, score)) mark EVERY method and material span, "our approach" and "a
neural network" included. mlkg's guidelines (docs/annotation-guidelines.md) annotate only NAMED
artifacts. So a span becomes a gold entity only when :func:`named_spans` says it holds a name:
Method -> Model, Material -> Dataset (``alt_type`` Benchmark: SciERC/SciREX do not separate the
two); Task, Metric, OtherScientificTerm and Generic spans are dropped. The filter's word lists are
data, in ``named_spans.toml``; they were written from the guidelines and SciERC train/dev only.

Texts: SciERC has no titles and mlkg needs one, so the first sentence is the title and the rest the
abstract (titles are unique within each file). SciREX: the title is the paper's first sentence
(after the "document :" marker) and the abstract the following sentences up to the next "section :"
heading (a leading "section : Abstract" heading skipped); papers without an identifiable title or
with an abstract outside 30..450 tokens are left out. Tokens are joined back into text (PTB
brackets and quotes restored, no space before closing punctuation; SciREX's split hyphens rejoined).

Entities of one paper: the named spans of all Method/Material mentions in title and abstract,
merged when their normalised names or aliases meet or when SciERC/SciREX put the mentions in one
coreference cluster; the name is the acronym of an "X (Y)" definition if there is one, else the most
frequent form; the other forms are aliases; the type is the majority type; ``role`` is null
(SciERC/SciREX have no roles, so role accuracy is not scored on them). Results (SciREX only): an
n-ary result is kept when its score is written in the abstract and its dataset is a named entity of
the abstract; ``value`` is the score as written there, ``model`` the method's entity name (or its
SciREX name), ``metric`` the SciREX metric name with underscores as spaces.

Writes ``scierc.texts.jsonl`` (id, source, split, title, abstract), ``scierc.{train,dev,test}.gold.jsonl``,
``scirex.texts.jsonl`` and ``scirex.gold.jsonl``. ``scierc.test`` is a second LOCKED split: it is
only measured (``mlkg eval --split scierc-test``, ``benchmarks/bench_quality.py``), never tuned on.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPE_MAP = {"Method": "Model", "Material": "Dataset"}
ALT_TYPE = {"Dataset": "Benchmark"}
PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
       "``": '"', "''": '"'}
NO_SPACE_BEFORE = {".", ",", ";", ":", ")", "]", "}", "%", "?", "!", "'s", "’s", "n't", "'", "'re",
                   "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "{"}
MIN_ABSTRACT, MAX_ABSTRACT = 30, 450
DETERMINERS = {"the", "a", "an", "our", "their", "its", "this", "these", "that", "those"}


# --------------------------------------------------------------------------- the named-span filter


@dataclass(frozen=True)
class Rules:
    """The filter's word lists (``named_spans.toml``), lower-cased."""

    max_tokens: int
    connectors: frozenset[str]
    coordinators: frozenset[str]
    heads: frozenset[str]
    compound_suffixes: tuple[str, ...]
    generic: frozenset[str]
    task_heads: frozenset[str]
    metrics: frozenset[str]
    citation_keys: re.Pattern[str] = re.compile(r"(?!)")

    @classmethod
    def load(cls, path: Path = HERE / "named_spans.toml") -> Rules:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))

        def words(key: str) -> frozenset[str]:
            return frozenset(w.casefold() for w in raw[key])

        return cls(max_tokens=int(raw["max_tokens"]), connectors=words("connectors"),
                   coordinators=words("coordinators"), heads=words("heads"),
                   compound_suffixes=tuple(s.casefold() for s in raw["compound_suffixes"]),
                   generic=words("generic"), task_heads=words("task_heads"), metrics=words("metrics"),
                   citation_keys=re.compile("|".join(f"(?:{k})" for k in raw["citation_keys"])))


@dataclass(frozen=True)
class NamedSpan:
    """A name found in a span: token range [start, end) and alias ranges (other written forms)."""

    start: int
    end: int
    aliases: tuple[tuple[int, int], ...] = ()
    defined: bool = False  # the acronym of an "X (Y)" definition


def _signal(token: str, capital_counts: bool) -> bool:
    """Does the token look like part of a name: a digit, a capital after its first letter, or
    (when capitalisation means something here) an initial capital."""
    if any(c.isdigit() for c in token) or any(c.isupper() for c in token[1:]):
        return True
    return capital_counts and token[:1].isupper()


def _plain(token: str) -> bool:
    """A token with no capital and no digit: a common word or punctuation."""
    return not any(c.isupper() or c.isdigit() for c in token)


def _is_name(tokens: Sequence[str], first_is_initial: bool, title_case: bool, rules: Rules) -> bool:
    if not tokens or len(tokens) > rules.max_tokens or not any(c.isalpha() for t in tokens for c in t):
        return False
    low = [t.casefold() for t in tokens]
    if low[0] in rules.connectors or low[-1] in rules.connectors:
        return False
    if any(_plain(t) and lt not in rules.connectors for t, lt in zip(tokens, low, strict=True)):
        return False  # a common word inside: a description ("MRF energy function"), not a name
    if not any(_signal(t, capital_counts=not title_case and not (i == 0 and first_is_initial))
               for i, t in enumerate(tokens)):
        return False  # capitalised only because it starts the sentence or sits in a title
    if rules.citation_keys.fullmatch("".join(tokens)):
        return False  # a LaTeX citation key left in the text ("moore1993prioritized")
    whole = " ".join(low)
    joined = "".join(low)
    if whole in rules.generic or joined in rules.generic or whole in rules.metrics:
        return False
    pieces = [p for t in low for p in re.split(r"[-/]", t) if p]
    if all(p in rules.generic or p in rules.connectors for p in pieces):
        return False  # made of generic words only ("English-to-Korean")
    if pieces and pieces[-1] in rules.task_heads:
        return False  # a task or field ("Machine Translation")
    # not an adjectival compound ("SVM-based")
    return not any(low[-1].endswith(s) for s in rules.compound_suffixes)


def _core(tokens: Sequence[str], start: int, end: int, initial: bool, title_case: bool,
          rules: Rules) -> list[NamedSpan]:
    """Cut leading common words and trailing head nouns, split coordinations, test what is left."""
    s, e = start, end
    while s < e and (_plain(tokens[s]) or tokens[s].casefold() in rules.connectors):
        s += 1
    while e > s and tokens[e - 1] in {".", ",", ";", ":", "-", '"', "'"}:
        e -= 1
    full_end = e
    while e > s:
        last2 = " ".join(tokens[e - 2:e]).casefold() if e - s >= 2 else ""
        if last2 in rules.heads:
            e -= 2
        elif tokens[e - 1].casefold() in rules.heads and _plain(tokens[e - 1]):
            e -= 1
        else:
            break
    if s >= e:
        return []
    cuts = [i for i in range(s, e) if tokens[i].casefold() in rules.coordinators]
    if cuts:
        names: list[NamedSpan] = []
        bounds = [s, *cuts, e]
        for a, b in itertools.pairwise(bounds):
            a = a + 1 if a in cuts else a
            if _is_name(tokens[a:b], initial and a == start, title_case, rules):
                names.append(NamedSpan(a, b))
        return names
    if not _is_name(tokens[s:e], initial and s == start, title_case, rules):
        return []
    return [NamedSpan(s, e, ((s, full_end),) if full_end != e else ())]


def named_spans(tokens: Sequence[str], initial: bool = False, title_case: bool = False,
                rules: Rules | None = None) -> list[NamedSpan]:
    """The names in one annotated span (its tokens, PTB brackets already restored).

    ``initial``: the span starts a sentence (its first capital says nothing); ``title_case``: the
    span is in a title-cased title (no initial capital says anything). Steps:

    1. An "X (Y)" definition gives the name Y with alias X when Y is a name ("conditional random
       field (CRF)" -> CRF, as the guidelines' "Vision Transformer (ViT)" -> ViT), and nothing
       when X is a lower-case task, field or metric phrase ("word sense disambiguation (WSD)": see
       :func:`generic_acronyms`); when Y is not a name the parenthesis is dropped and X is tested.
    2. Leading common words (no capital, no digit: determiners, "our", "linear") are cut, then
       trailing lower-case head nouns (``heads``: "corpus", "model", ...), kept as an alias.
    3. Coordinations ("A and B") are split and each part tested.
    4. What is left is a name when it has at most ``max_tokens`` tokens, no common word inside
       except ``connectors``, a name signal (a digit, an inner capital, or a capital that is not
       sentence-initial), and is not ``generic``, not a ``metrics`` name, not made of generic
       words only, does not end in a ``task_heads`` word, is not an adjectival compound
       (``compound_suffixes``) and is not a LaTeX citation key (``citation_keys``).
    """
    rules = rules or RULES
    if "(" in tokens:
        i = list(tokens).index("(")
        j = next((k for k in range(i + 1, len(tokens)) if tokens[k] == ")"), None)
        if j is not None:
            tail = [t.casefold() for t in tokens[j + 1:]]
            inner = _core(tokens, i + 1, j, False, title_case, rules)
            s = 0
            while s < i and tokens[s].casefold() in DETERMINERS:
                s += 1
            if len(inner) == 1 and s < i and _generic_phrase(tokens[s:i], rules):
                return []  # the acronym of a task or field is generic ("word sense disambiguation (WSD)")
            if len(inner) == 1:
                return [NamedSpan(inner[0].start, inner[0].end, ((s, i),) if s < i else (), defined=True)]
            if tail:
                return []
            return _core(tokens, 0, i, initial, title_case, rules)
    return _core(tokens, 0, len(tokens), initial, title_case, rules)


def _generic_phrase(tokens: Sequence[str], rules: Rules) -> bool:
    """A lower-case long form that names a task, field or metric ("speech recognition"), not an artifact."""
    if not all(_plain(t) for t in tokens):
        return False
    low = [t.casefold() for t in tokens]
    while low and low[-1] in rules.heads:
        low.pop()
    pieces = [p for t in low for p in re.split(r"[-/]", t) if p]
    whole = " ".join(low)
    return not pieces or pieces[-1] in rules.task_heads or whole in rules.generic or whole in rules.metrics


def generic_acronyms(tokens: Sequence[str], rules: Rules | None = None) -> set[str]:
    """Acronyms a span defines by a task or field ("word sense disambiguation (WSD)" -> {"WSD"}): a
    paper's later bare "WSD" is then generic too."""
    rules = rules or RULES
    out: set[str] = set()
    for i, tok in enumerate(tokens):
        if tok != "(" or i + 2 >= len(tokens) or tokens[i + 2] != ")":
            continue
        inner = tokens[i + 1]
        s = i
        while s > 0 and _plain(tokens[s - 1]) and tokens[s - 1] not in {",", ";", ":", "(", ")"}:
            s -= 1
        if s < i and _generic_phrase(tokens[s:i], rules):
            out.add(inner)
    return out


RULES = Rules.load()


# --------------------------------------------------------------------------- documents


def detokenize(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into text; return it with each token's character offsets."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    open_quote = True
    prev = ""
    for k, raw in enumerate(tokens):
        tok = PTB.get(raw, raw)
        space = k > 0 and prev not in NO_SPACE_AFTER and tok not in NO_SPACE_BEFORE
        if tok == '"':
            if open_quote:
                space = k > 0 and prev not in NO_SPACE_AFTER
            else:
                space = False
            open_quote = not open_quote
        elif prev == '"' and not open_quote:
            space = False  # right after an opening quote
        if space:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        prev = tok
    return "".join(parts), offsets


@dataclass
class Doc:
    """One paper in a common shape: tokens, sentence ranges, typed mentions, clusters (ranges [s, e))."""

    id: str
    tokens: list[str]
    sentences: list[tuple[int, int]]
    mentions: list[tuple[int, int, str]]
    clusters: list[list[tuple[int, int]]]
    title_end: int  # tokens [0, title_end) are the title, the rest up to len(tokens) the abstract
    title_case: bool = False
    relations: list[dict] = field(default_factory=list)
    named_clusters: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()  # acronyms the whole paper defines by a task or field
    capitalised: frozenset[str] = frozenset()  # words the whole paper capitalises inside sentences


def _render(doc: Doc, offsets: list[tuple[int, int]], text: str, s: int, e: int) -> str:
    return text[offsets[s][0]:offsets[e - 1][1]]


def _entities(doc: Doc) -> tuple[list[dict], dict[tuple[int, int], int]]:
    """The named entities of a doc, and which entity each named mention span belongs to."""
    tokens = [PTB.get(t, t) for t in doc.tokens]
    text, offsets = detokenize(doc.tokens)
    sent_start = {s for s, _ in doc.sentences}
    found: list[tuple[tuple[int, int], str, str, list[str], bool]] = []  # span, type, name, aliases, defined
    generic = {_key(a) for s, e, _ in doc.mentions for a in generic_acronyms(tokens[s:e])}
    generic |= {_key(a) for a in doc.generic}
    for s, e, label in doc.mentions:
        etype = TYPE_MAP.get(label)
        if etype is None or e > len(tokens):
            continue
        in_title = e <= doc.title_end
        initial = s in sent_start and tokens[s] not in doc.capitalised
        for ns in named_spans(tokens[s:e], initial=initial, title_case=in_title and doc.title_case):
            name = _render(doc, offsets, text, s + ns.start, s + ns.end)
            aliases = [_render(doc, offsets, text, s + a, s + b) for a, b in ns.aliases]
            if _key(name) in generic:
                continue
            found.append(((s, e), etype, name, aliases, ns.defined))

    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[root(i)] = root(j)

    by_key: dict[str, int] = {}
    for i, (_, _, name, aliases, _) in enumerate(found):
        for form in (name, *aliases):
            key = _key(form)
            for k in (key, key.removesuffix("s")):  # a plural is the same name ("CNNs", "CNN")
                if k in by_key:
                    union(i, by_key[k])
            by_key.setdefault(key.removesuffix("s"), i)
    # "Long Form (LF)" annotated as two mentions: one entity named by the acronym
    by_start = {span[0]: i for i, (span, *_) in enumerate(found)}
    for i, ((_, e), *_) in enumerate(found):
        j = by_start.get(e + 1)
        if j is not None and tokens[e:e + 1] == ["("] and found[j][0][1] < len(tokens) \
                and tokens[found[j][0][1]] == ")":
            union(i, j)
            span, etype, name, aliases, _ = found[j]
            found[j] = (span, etype, name, aliases, True)
    single = Counter(span for span, *_ in found)
    by_span = {span: i for i, (span, *_) in enumerate(found) if single[span] == 1}
    for cluster in doc.clusters:
        members = [by_span[tuple(m)] for m in cluster if tuple(m) in by_span]
        for a, b in itertools.pairwise(members):
            union(a, b)

    groups: dict[int, list[int]] = {}
    for i in range(len(found)):
        groups.setdefault(root(i), []).append(i)
    entities: list[dict] = []
    span_entity: dict[tuple[int, int], int] = {}
    for members in sorted(groups.values(), key=min):
        defined = [found[i][2] for i in members if found[i][4]]
        names = Counter(found[i][2] for i in members)
        name = defined[0] if defined else max(names, key=lambda n: (names[n], -_first(found, members, n)))
        forms: list[str] = []
        for i in members:
            for form in (found[i][2], *found[i][3]):
                if _key(form) != _key(name) and _key(form) not in {_key(f) for f in forms} and _key(form):
                    forms.append(form)
        types = Counter(found[i][1] for i in members)
        etype = max(types, key=lambda t: (types[t], t == "Model"))
        entity = {"name": name, "type": etype, "role": None, "aliases": forms}
        if etype in ALT_TYPE:
            entity["alt_type"] = ALT_TYPE[etype]
        for i in members:
            span_entity[found[i][0]] = len(entities)
        entities.append(entity)
    return entities, span_entity


def _first(found: list, members: list[int], name: str) -> int:
    return min(i for i in members if found[i][2] == name)


def _key(name: str) -> str:
    """The evaluator's name normalisation (docs/annotation-guidelines.md)."""
    return "".join(c for c in name.casefold() if c.isalnum() or c in ":/+")


def _results(doc: Doc, entities: list[dict], span_entity: dict[tuple[int, int], int]) -> list[dict]:
    """SciREX n-ary results whose score is written in the abstract and whose dataset is named there."""
    abstract, _ = detokenize(doc.tokens[doc.title_end:])
    out: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for rel in doc.relations:
        score = str(rel.get("score", "")).strip()
        number = score.rstrip("%").strip()
        if not re.fullmatch(r"\d+(?:\.\d+)?", number):
            continue
        m = re.search(rf"(?<![\d.]){re.escape(number)}(?![\d]|\.\d)(\s?%)?", abstract)
        if m is None:
            continue
        dataset = _named(doc, rel.get("Material"), entities, span_entity)
        if dataset is None:
            continue
        model = _named(doc, rel.get("Method"), entities, span_entity) or str(rel.get("Method", "")).replace("_", " ")
        value = "".join(m.group(0).split())
        if (dataset, value) in seen:
            continue
        seen.add((dataset, value))
        out.append({"model": model, "dataset": dataset,
                    "metric": " ".join(str(rel.get("Metric", "")).replace("_", " ").split()),
                    "value": value, "split": None})
    return out


def _named(doc: Doc, canonical: object, entities: list[dict], span_entity: dict[tuple[int, int], int]) -> str | None:
    for span in doc.named_clusters.get(str(canonical), []):
        if tuple(span) in span_entity:
            return str(entities[span_entity[tuple(span)]]["name"])
    return None


def _record(doc: Doc) -> tuple[dict, dict]:
    title, _ = detokenize(doc.tokens[:doc.title_end])
    abstract, _ = detokenize(doc.tokens[doc.title_end:])
    entities, span_entity = _entities(doc)
    gold = {"id": doc.id, "title": title, "entities": entities, "results": _results(doc, entities, span_entity)}
    return {"id": doc.id, "title": title, "abstract": abstract}, gold


# --------------------------------------------------------------------------- SciERC


def scierc_docs(path: Path) -> Iterable[Doc]:
    """SciERC (DyGIE JSON lines): inclusive token ends become exclusive; the first sentence is the title."""
    for line in path.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        tokens = [t for sent in raw["sentences"] for t in sent]
        sentences, pos = [], 0
        for sent in raw["sentences"]:
            sentences.append((pos, pos + len(sent)))
            pos += len(sent)
        mentions = [(s, e + 1, label) for sent in raw["ner"] for s, e, label in sent]
        clusters = [[(s, e + 1) for s, e in cluster] for cluster in raw.get("clusters", [])]
        yield Doc(raw["doc_key"], tokens, sentences, mentions, clusters, title_end=sentences[0][1])


# --------------------------------------------------------------------------- SciREX


def _merge_hyphens(words: list[str]) -> tuple[list[str], list[int]]:
    """Rejoin SciREX's split hyphens ("Full - Resolution" -> "Full-Resolution"); old index -> new index."""
    merged: list[str] = []
    index: list[int] = []
    for k, w in enumerate(words):
        glue = (merged and (w == "-" and k + 1 < len(words) and words[k + 1] not in {"-", ",", ".", ")", "("}
                            and merged[-1] not in {"-", ",", ".", "(", ")", ":"})
                or (merged and merged[-1].endswith("-") and words[k - 1] == "-" and w not in {",", ".", ")", "("}))
        if glue and merged:
            merged[-1] += w
        else:
            merged.append(w)
        index.append(len(merged) - 1)
    return merged, index


def scirex_docs(path: Path) -> Iterable[Doc]:
    """SciREX papers cut to title + abstract (module docstring), hyphens rejoined."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            raw = json.loads(line)
            doc = _scirex_doc(raw)
            if doc is not None:
                yield doc


def _scirex_doc(raw: dict) -> Doc | None:
    words: list[str] = raw["words"]
    sents = [tuple(s) for s in raw["sentences"]]
    if not sents:
        return None

    def heading(s: tuple[int, int]) -> bool:
        return words[s[0]] in {"section", "bibliography"} and s[1] - s[0] > 1 and words[s[0] + 1] == ":"

    t0 = sents[0][0]
    has_marker = words[t0:t0 + 2] == ["document", ":"]
    if not has_marker and not (len(sents) > 1 and heading(sents[1])):
        return None
    title_start = t0 + 2 if has_marker else t0
    body: list[tuple[int, int]] = []
    for s in sents[1:]:
        if heading(s):
            if body:
                break
            continue
        body.append(s)
    n = sum(e - s for s, e in body)
    if not body or not MIN_ABSTRACT <= n <= MAX_ABSTRACT or body[-1][1] - body[0][0] != n:
        return None
    start, stop = title_start, body[-1][1]
    keep = list(range(title_start, sents[0][1])) + list(range(body[0][0], stop))
    old_words = [words[k] for k in keep]
    new_tokens, index = _merge_hyphens(old_words)
    old_to_new = {old: index[i] for i, old in enumerate(keep)}

    def span(s: int, e: int) -> tuple[int, int] | None:
        if s not in old_to_new or (e - 1) not in old_to_new:
            return None
        return old_to_new[s], old_to_new[e - 1] + 1

    title_end = old_to_new[sents[0][1] - 1] + 1
    sentences = [sp for sp in (span(title_start, sents[0][1]), *(span(s, e) for s, e in body)) if sp]
    mentions = [(*sp, label) for s, e, label in raw["ner"] if (sp := span(s, e))]
    named_clusters = {name: [sp for s, e in spans if (sp := span(s, e))] for name, spans in raw["coref"].items()}
    clusters = [spans for spans in named_clusters.values() if len(spans) > 1]
    title_words = [w for w in new_tokens[:title_end] if w[:1].isalpha() and len(w) > 3]
    title_case = bool(title_words) and sum(w[0].isupper() for w in title_words) >= 0.6 * len(title_words)
    del start
    return Doc(raw["doc_id"], new_tokens, sentences, mentions, clusters, title_end=title_end,
               title_case=title_case, relations=list(raw.get("n_ary_relations", [])),
               named_clusters=named_clusters)


# --------------------------------------------------------------------------- SciREX full text

#: Heading sentences ("section : Experiments ..."): SciREX glues a heading to its first sentence, so
#: the whole sentence is dropped. Sections of these kinds are never cut into chunks.
HEADINGS = {"document", "section", "subsection", "subsubsection", "paragraph", "bibliography", "theorem",
            "appendix", "proof"}
SKIP_SECTIONS = {"bibliography", "theorem", "proof"}
SKIP_TITLES = ("acknowledg", "reference")
#: A bracketed "[ reference ]" after one of these words points into the paper ("Table 3", "Eq. 5"),
#: otherwise it is a citation ("[12]").
POINTERS = {"table", "tables", "figure", "figures", "fig", "figs", "section", "sections", "sec", "appendix",
            "equation", "equations", "eq", "eqs", "eqn", "eqns", "algorithm", "theorem", "lemma",
            "corollary", "proposition", "definition", "§", "tab", "supplementary", "line", "step"}
CHUNK_SENTENCES = 5  # sentences per chunk, within one section
MIN_CHUNK, MAX_CHUNK = 40, 400  # tokens of a chunk
CHUNKS_PER_PAPER = 6  # chunks drawn per paper (a hash order, so the draw needs no seed)
TEXT_VAL_SHARE = 4  # papers whose doc_id hash is 0 modulo this are scirex-text-val (~25%)


def text_split(doc_id: str) -> str:
    """``scirex-text-val`` for about a quarter of the papers (sha1 of the doc_id), else ``scirex-text-train``."""
    h = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16)
    return "val" if h % TEXT_VAL_SHARE == 0 else "train"


def _references(words: list[str]) -> tuple[list[str], list[int]]:
    """SciREX writes every citation and every pointer into the paper as "[ reference ]". Restore the
    usual surface forms, numbered in order within the paper: "[12]" for a citation, a bare number
    after "Table", "Fig.", "Eq.", "Section", ... ("Table 3"). Returns the words and old index -> new index."""
    out: list[str] = []
    index: list[int] = []
    cites = pointers = 0
    k = 0
    while k < len(words):
        if words[k:k + 3] == ["[", "reference", "]"]:
            prev = out[-1].casefold() if out else ""
            if prev == "." and len(out) > 1:
                prev = out[-2].casefold()
            if prev in POINTERS:
                pointers += 1
                out.append(str(pointers % 9 + 1))
            else:
                cites += 1
                out.append(f"[{cites}]")
            index += [len(out) - 1] * 3
            k += 3
            continue
        out.append(words[k])
        index.append(len(out) - 1)
        k += 1
    return out, index


def _chunks(words: list[str], sents: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The body's sentences grouped into chunks of up to CHUNK_SENTENCES, never across a heading;
    the title, the abstract, references, acknowledgements, theorems and proofs left out."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    skip = True  # the title and the abstract (split ``scirex``) come before the first body heading
    headings = 0
    for s, e in sents:
        if e - s > 1 and words[s] in HEADINGS and words[s + 1] == ":":
            if current:
                blocks.append(current)
            current = []
            head = " ".join(words[s + 2:s + 6]).casefold()
            if words[s] != "document" and not head.startswith("abstract"):
                headings += 1
            skip = headings == 0 or words[s] in SKIP_SECTIONS or any(t in head for t in SKIP_TITLES)
            continue
        if not skip:
            current.append((s, e))
    if current:
        blocks.append(current)
    chunks = []
    for block in blocks:
        for i in range(0, len(block), CHUNK_SENTENCES):
            part = block[i:i + CHUNK_SENTENCES]
            if MIN_CHUNK <= part[-1][1] - part[0][0] <= MAX_CHUNK:
                chunks.append(part)
    return chunks


def scirex_text_docs(path: Path) -> Iterable[tuple[str, int, Doc]]:
    """Chunks of SciREX papers' bodies, each a Doc whose title is the paper's title (split, chunk number, Doc).

    Per paper, up to CHUNKS_PER_PAPER chunks, the first in sha1 order of "doc_id:chunk" (a
    deterministic draw), kept in document order. Citations and pointers as :func:`_references`
    restores them; acronyms the paper defines by a task or field anywhere stay generic in each chunk,
    and a sentence-initial capital is a name signal when the paper writes that word capitalised inside
    sentences too ("Transformer uses ..." where the paper also writes "the Transformer").
    """
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            raw = json.loads(line)
            head = _scirex_doc(raw)
            if head is None:
                continue
            words, index = _references(raw["words"])

            def remap(s: int, e: int, index: list[int] = index) -> tuple[int, int]:
                return index[s], index[e - 1] + 1

            sents = [remap(s, e) for s, e in raw["sentences"]]
            ner = [(*remap(s, e), label) for s, e, label in raw["ner"]]
            coref = {name: [remap(s, e) for s, e in spans] for name, spans in raw["coref"].items()}
            generic = {a for s, e, label in ner if label in TYPE_MAP
                       for a in generic_acronyms([PTB.get(t, t) for t in words[s:e]])}
            capitalised = {w for s, e in sents[1:] for w in words[s + 1:e] if w[:1].isupper()}
            chunks = _chunks(words, sents)
            order = sorted(range(len(chunks)),
                           key=lambda i: hashlib.sha1(f"{raw['doc_id']}:{i}".encode()).hexdigest())
            t0 = sents[0][0] + (2 if words[sents[0][0]:sents[0][0] + 2] == ["document", ":"] else 0)
            for number, i in enumerate(sorted(order[:CHUNKS_PER_PAPER]), 1):
                doc = _text_doc(raw["doc_id"], words, (t0, sents[0][1]), chunks[i], ner, coref, generic)
                doc.capitalised = frozenset(capitalised)
                yield text_split(raw["doc_id"]), number, doc


def _text_doc(doc_id: str, words: list[str], title: tuple[int, int], chunk: list[tuple[int, int]],
              ner: list[tuple[int, int, str]], coref: dict[str, list[tuple[int, int]]],
              generic: set[str]) -> Doc:
    keep = list(range(*title)) + list(range(chunk[0][0], chunk[-1][1]))
    new_tokens, index = _merge_hyphens([words[k] for k in keep])
    old_to_new = {old: index[i] for i, old in enumerate(keep)}

    def span(s: int, e: int) -> tuple[int, int] | None:
        if s not in old_to_new or (e - 1) not in old_to_new:
            return None
        return old_to_new[s], old_to_new[e - 1] + 1

    title_end = old_to_new[title[1] - 1] + 1
    sentences = [sp for sp in (span(*title), *(span(s, e) for s, e in chunk)) if sp]
    mentions = [(*sp, label) for s, e, label in ner if (sp := span(s, e))]
    named = {name: [sp for s, e in spans if (sp := span(s, e))] for name, spans in coref.items()}
    clusters = [spans for spans in named.values() if len(spans) > 1]
    title_words = [w for w in new_tokens[:title_end] if w[:1].isalpha() and len(w) > 3]
    title_case = bool(title_words) and sum(w[0].isupper() for w in title_words) >= 0.6 * len(title_words)
    return Doc(doc_id, new_tokens, sentences, mentions, clusters, title_end=title_end, title_case=title_case,
               named_clusters=named, generic=frozenset(generic))


# --------------------------------------------------------------------------- main


def _write(path: Path, rows: Iterable[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _unique_titles(pairs: list[tuple[dict, dict]]) -> list[tuple[dict, dict]]:
    """Drop a paper whose title repeats an earlier one's (the evaluator aligns papers by title)."""
    seen: set[str] = set()
    out = []
    for text, gold in pairs:
        key = " ".join("".join(c for c in text["title"].casefold() if c.isalnum() or c.isspace()).split())
        if key and key not in seen:
            seen.add(key)
            out.append((text, gold))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    texts: list[dict] = []
    for split in ("train", "dev", "test"):
        pairs = _unique_titles([_record(d) for d in scierc_docs(args.data / "scierc" / f"{split}.json")])
        texts += [{"id": t["id"], "source": "scierc", "split": split, "title": t["title"], "abstract": t["abstract"]}
                  for t, _ in pairs]
        _write(args.out / f"scierc.{split}.gold.jsonl", (g for _, g in pairs))
    _write(args.out / "scierc.texts.jsonl", texts)
    pairs = _unique_titles([_record(d) for d in scirex_docs(args.data / "scirex" / "train.jsonl.gz")])
    _write(args.out / "scirex.texts.jsonl",
           ({"id": t["id"], "source": "scirex", "split": "train", "title": t["title"], "abstract": t["abstract"]}
            for t, _ in pairs))
    _write(args.out / "scirex.gold.jsonl", (g for _, g in pairs))
    chunks = [(split, number, doc) for split, number, doc in scirex_text_docs(args.data / "scirex" / "train.jsonl.gz")]
    records = [_record(doc) for _, _, doc in chunks]
    rows = []
    for (split, number, doc), (text, gold) in zip(chunks, records, strict=True):
        title = f"{text['title']} (part {number})"  # unique: the evaluator aligns papers by title
        rows.append(({"id": f"{doc.id}:{number}", "source": "scirex-text", "split": split, "title": title,
                      "abstract": text["abstract"]},
                     {**gold, "id": f"{doc.id}:{number}", "title": title, "results": []}))
    rows = _unique_titles(rows)
    _write(args.out / "scirex_text.texts.jsonl", (t for t, _ in rows))
    for split in ("train", "val"):
        _write(args.out / f"scirex_text.{split}.gold.jsonl", (g for t, g in rows if t["split"] == split))
    n_val = sum(t["split"] == "val" for t, _ in rows)
    print(f"scierc: {len(texts)} abstracts; scirex: {len(pairs)} abstracts; "
          f"scirex-text: {len(rows) - n_val} train + {n_val} val chunks -> {args.out}")


if __name__ == "__main__":
    main()
