"""The explorer index, ``explore.sqlite``: what ``mlkg serve`` answers its pages from.

A web page about one entity needs its names, its papers with the sentence that names it, its
results and its neighbours, in milliseconds and for a graph of 85k papers. Rebuilding those
from the KnowledgeGraph per request is too slow and loading the graph takes a minute, so
every build writes them once, in the shape the pages read them (:mod:`mlkg.serve.index`):

- ``node``: every node but results, keyed by ``rank`` (most papers first, then by name), so
  "the first N matches by paper count" is "the first N rowids";
- ``search_key`` (case-folded names, aliases and paper titles, for exact and prefix matches)
  and ``search_text`` (one FTS5 trigram document per node but papers, for substring matches);
- ``paper``: title, abstract, date and links; ``mention``: paper -> node with the role, the
  sentence as offsets into title + blank line + abstract (see :class:`~mlkg.graph.store.Support`)
  and the mention's offsets inside it, so a page can mark the name;
- ``result``: claimed results (value, metric, dataset, model, paper).

Relations between entities (compared with, evaluated on, co-mentioned) are counted by the
reader from ``mention`` and ``result`` through covering indexes, except for hubs, whose
``relation`` rows are counted here (all nodes would be millions of rows and 3 s of build).

The file is written to a temporary path and renamed, like every output, and the same graph
writes the same bytes.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mlkg.files import atomic_path
from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.model import ROLE_STRENGTH, Role

from .chars import unicode_text

FILENAME = "explore.sqlite"
#: Bumped when the tables change; the reader refuses a file of another version.
SCHEMA_VERSION = 1
#: Not in the index as nodes: results are rows of their model's, dataset's and paper's pages;
#: people are a paper's author list (184k of them would double the index and its build time).
HIDDEN_TYPES = frozenset({"Result", "Person"})
_STRENGTH = {r.value: s for r, s in ROLE_STRENGTH.items()}
#: A node named by this many papers or more is a hub: its related nodes are counted here, once,
#: because counting them per request takes tens of milliseconds (243 such nodes of 199k in the
#: 85k-paper graph). The reader counts them for the others, where it takes well under one.
HUB_PAPERS = 50
#: Related nodes of each kind kept (and shown).
RELATED_KEPT = 16
#: Roles in which a paper works with a node, for "compared with" (as the compared-models query),
#: and in which it names one, for "co-mentioned" (as the cooccurring-entities query).
WORKS_WITH = (Role.INTRODUCES.value, Role.USES.value, Role.COMPARES.value)
NAMING = (*WORKS_WITH, Role.MENTIONS.value)
_BOUNDARY_FREE = str.isalnum
_JSON = json.JSONEncoder(ensure_ascii=False).encode  # one encoder: json.dumps with options makes one per call

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE node (
  rank INTEGER PRIMARY KEY,         -- search order: most papers first, papers after entities, then name
  id TEXT NOT NULL,                 -- the mlkg node id (entity/clip, paper/2501.01234), unique
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT,                     -- JSON list, other names than ``name``
  papers INTEGER NOT NULL,          -- distinct papers that name it
  family INTEGER,                   -- rank of the node it is a variant of (variantOf)
  url TEXT                          -- its web page (repository, Hugging Face page), as given
);
CREATE TABLE paper (
  rank INTEGER PRIMARY KEY,         -- = node.rank of the paper
  title TEXT NOT NULL,
  abstract TEXT NOT NULL,
  published TEXT,                   -- ISO date
  arxiv_id TEXT,
  url TEXT,
  upvotes INTEGER,
  authors TEXT                      -- JSON list of names, in order
);
CREATE TABLE mention (
  paper INTEGER NOT NULL,
  node INTEGER NOT NULL,
  role TEXT NOT NULL,               -- the edge's relation: introduces, uses, compares, mentions, code, affiliation
  confidence REAL,
  published TEXT,                   -- the paper's date, here so a page of papers is one index range
  start INTEGER, stop INTEGER,       -- the evidence sentence in title, blank line, abstract
  evidence TEXT,                    -- the sentence, only when it has no offsets (listing metadata)
  mark_start INTEGER, mark_end INTEGER  -- the mention inside the sentence, when found
);
CREATE TABLE result (
  paper INTEGER NOT NULL, model INTEGER NOT NULL, dataset INTEGER NOT NULL, metric INTEGER,
  value TEXT NOT NULL, numeric REAL, setting TEXT, published TEXT,
  start INTEGER, stop INTEGER       -- the sentence it was read from, as in mention
);
CREATE TABLE relation (           -- for hubs only (HUB_PAPERS): compares, coMentioned
  node INTEGER NOT NULL, rel TEXT NOT NULL, other INTEGER NOT NULL, papers INTEGER NOT NULL,
  PRIMARY KEY (node, rel, papers DESC, other)
) WITHOUT ROWID;
CREATE TABLE search_key (key TEXT NOT NULL, node INTEGER NOT NULL, alias INTEGER NOT NULL,
                         type TEXT NOT NULL, PRIMARY KEY (key, node)) WITHOUT ROWID;
CREATE VIRTUAL TABLE search_text USING fts5 (keys, tokenize = 'trigram', content = '', detail = 'full');
"""
#: Made after the rows are in: one sort each, not a B-tree kept in order row by row.
INDEXES = """
CREATE UNIQUE INDEX node_id ON node (id);
CREATE INDEX node_family ON node (family) WHERE family IS NOT NULL;
CREATE INDEX mention_node ON mention (node, published DESC, paper, role);  -- covers counts by role, month
CREATE INDEX mention_paper ON mention (paper, node, role);  -- covers co-mentioned, compared with
CREATE INDEX result_model ON result (model);
CREATE INDEX result_dataset ON result (dataset);
CREATE INDEX result_metric ON result (metric);
CREATE INDEX result_paper ON result (paper);
"""


def search_key(text: str) -> str:
    """How names and queries compare: case-folded, runs of white space as one space."""
    return " ".join(text.casefold().split())


Needles = tuple[tuple[str, str, bool], ...]  # (name, its lower case, whether case counts), longest first


def needles(names: Iterable[str]) -> Needles:
    """What :func:`find_mention` looks for, prepared once per node."""
    ordered = sorted({n for n in names if n}, key=lambda n: (-len(n), n))
    return tuple((n, _lower(n), sum(map(str.isupper, n)) >= 2) for n in ordered)


def find_mention(sentence: str, names: Sequence[str] | Needles, *, loose: bool = True) -> tuple[int, int] | None:
    """Where the first of ``names`` (longest first) stands in ``sentence`` as a whole word: the
    offsets to mark, or None. Case is ignored, except for a name with two capitals or more (MATH
    is not "math", CLIP not "clip"); with ``loose`` such a name is still found in any case when
    the sentence has it in no other form. ``names`` may come prepared by :func:`needles`."""
    prepared = names if names and isinstance(names[0], tuple) else needles(names)  # type: ignore[arg-type]
    lowered = _lower(sentence)
    for name, lower, strict in prepared:  # type: ignore[misc]
        found = _find_word(sentence, name) if strict else _find_word(lowered, lower)
        if found is not None:
            return found
    if loose:
        for _, lower, strict in prepared:  # type: ignore[misc]
            found = _find_word(lowered, lower) if strict else None
            if found is not None:
                return found
    return None


def _lower(text: str) -> str:
    """Lower case, one character for one (offsets stay valid)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(c.lower()[0] for c in text)


def _find_word(text: str, needle: str) -> tuple[int, int] | None:
    at = text.find(needle)
    while at >= 0:
        end = at + len(needle)
        if not (at and _BOUNDARY_FREE(text[at - 1]) and _BOUNDARY_FREE(needle[0])) and not (
                end < len(text) and _BOUNDARY_FREE(text[end]) and _BOUNDARY_FREE(needle[-1])):
            return at, end
        at = text.find(needle, at + 1)
    return None


def written_names(node: Node) -> list[str]:
    """How a text may spell the node: its names, and a Hugging Face repository's path without "hf:"."""
    names = [node.label, *(a for a in node.props.get("aliases", ()) if a != node.label)]
    return names + [n.removeprefix("hf:") for n in names if n.startswith("hf:")]


@dataclass(frozen=True, slots=True)
class _Text:
    """A paper's title and abstract, and its date: its text is title + blank line + abstract."""

    title: str
    abstract: str
    published: str | None

    def holds(self, sentence: str, start: int, end: int) -> bool:
        """Whether the text has ``sentence`` at ``start:end`` (without joining the text)."""
        cut = len(self.title)
        if end <= cut:
            return self.title[start:end] == sentence
        if start >= cut + 2 and self.abstract:
            return self.abstract[start - cut - 2:end - cut - 2] == sentence
        return (f"{self.title}\n\n{self.abstract}" if self.abstract else self.title)[start:end] == sentence


def _evidence(edge: Edge, found: Needles, text: _Text) -> tuple:
    """(confidence, start, stop, evidence, mark_start, mark_end): the first sentence of the edge
    that names the node as written, else its strongest sentence unmarked. A sentence the paper's
    text holds at its offsets is stored as the offsets alone."""
    props = edge.props
    first = (props.get("evidence") or "", props.get("start"), props.get("end"))
    chosen, mark = first, find_mention(first[0], found) if first[0] else None
    if mark is None:
        for support in edge.support:
            if support.text and (mark := find_mention(support.text, found)) is not None:
                chosen = (support.text, support.start, support.end)
                break
    sentence, start, end = chosen
    if not sentence:
        return (props.get("confidence"), None, None, None, None, None)
    marks = mark or (None, None)
    if start is not None and end is not None and text.holds(sentence, start, end):
        return (props.get("confidence"), start, end, None, *marks)
    return (props.get("confidence"), None, None, sentence, *marks)


@dataclass
class _Read:
    """What the index needs from the graph's edges, read in one pass."""

    mentions: dict[tuple[str, str], tuple[str, Edge]] = field(default_factory=dict)  # (paper, node) -> role, edge
    authors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    family: dict[str, str] = field(default_factory=dict)
    results: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    reported: dict[str, Edge] = field(default_factory=dict)


def _read(graph: KnowledgeGraph) -> _Read:
    roles = {r.value for r in Role}
    nodes = graph.nodes
    read = _Read()
    for edge in graph.edges.values():
        rel = edge.rel
        if rel in roles:
            if edge.source in nodes and edge.target in nodes:
                key = (edge.source, edge.target)
                old = read.mentions.get(key)
                if old is None or _STRENGTH[rel] > _STRENGTH[old[0]]:
                    read.mentions[key] = (rel, edge)
        elif rel == "authoredBy":
            if edge.target in nodes:
                read.authors[edge.source].append(nodes[edge.target].label)
        elif rel == "variantOf":
            read.family[edge.source] = edge.target
        elif rel in ("resultModel", "resultDataset", "resultMetric"):
            read.results[edge.source][rel] = edge.target
        elif rel == "reportsResult":
            read.reported[edge.target] = edge
    return read


def _insert(db: sqlite3.Connection, sql: str, rows: list[tuple]) -> None:
    """Insert ``rows``; a lone surrogate, which UTF-8 cannot encode, becomes U+FFFD (as in every
    other output), checked only when SQLite refuses a row: the scan costs on 100 MB of abstracts."""
    db.execute("SAVEPOINT rows")
    try:
        db.executemany(sql, rows)
    except UnicodeEncodeError:
        db.execute("ROLLBACK TO rows")
        db.executemany(sql, ([unicode_text(v) if isinstance(v, str) else v for v in row] for row in rows))
    db.execute("RELEASE rows")


def write_explorer(graph: KnowledgeGraph, target: Path) -> None:
    """Write the explorer index of ``graph`` to ``target`` (atomically)."""
    read = _read(graph)
    papers_of: Counter[str] = Counter(node for _, node in read.mentions)
    shown = [n for n in graph.nodes.values() if n.type not in HIDDEN_TYPES]
    keys = {n.id: search_key(n.label) for n in shown}
    shown.sort(key=lambda n: (-papers_of[n.id], n.type == "Paper", keys[n.id], n.id))  # papers after entities
    rank = {n.id: r for r, n in enumerate(shown, start=1)}
    with atomic_path(target) as tmp:
        tmp.unlink()
        db = sqlite3.connect(tmp, isolation_level=None)
        try:
            for pragma in ("journal_mode = OFF", "synchronous = OFF", "page_size = 8192", "cache_size = -262144",
                           "temp_store = MEMORY", "locking_mode = EXCLUSIVE"):
                db.execute(f"PRAGMA {pragma}")
            db.executescript(SCHEMA)
            db.execute("BEGIN")
            _write_nodes(db, shown, rank, keys, papers_of, read.family)
            texts = _write_papers(db, shown, rank, read.authors)
            _write_mentions(db, graph, read.mentions, rank, texts)
            _write_results(db, _claims(graph, read), rank, texts)
            _write_hub_relations(db, read.mentions, rank, papers_of)
            db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            db.execute("COMMIT")
            db.executescript(INDEXES)
        finally:
            db.close()


def _write_nodes(db: sqlite3.Connection, shown: list[Node], rank: dict[str, int], keys: dict[str, str],
                 papers_of: Counter[str], family: dict[str, str]) -> None:
    rows, search, texts = [], [], []
    for node in shown:
        aliases = [a for a in node.props.get("aliases", ()) if a != node.label]
        url = node.props.get("same_as") or node.props.get("url")
        if isinstance(url, tuple):
            url = url[0] if url else None
        r = rank[node.id]
        rows.append((r, node.id, node.type, node.label, _JSON(aliases) if aliases else None,
                     papers_of[node.id], rank.get(family.get(node.id, "")), url))
        folded = [keys[node.id], *(search_key(a) for a in aliases)] if aliases else [keys[node.id]]
        folded = list(dict.fromkeys(k for k in folded if k))
        search.extend((k, r, int(i > 0), node.type) for i, k in enumerate(folded))
        if node.type != "Paper":  # titles are long: substrings of 80k of them would triple the build of this table
            texts.append((r, "\x1f".join(folded)))
    _insert(db, "INSERT INTO node VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    search.sort()
    _insert(db, "INSERT OR IGNORE INTO search_key VALUES (?, ?, ?, ?)", search)
    _insert(db, "INSERT INTO search_text (rowid, keys) VALUES (?, ?)", texts)


def _write_papers(db: sqlite3.Connection, shown: list[Node], rank: dict[str, int],
                  authors: dict[str, list[str]]) -> dict[str, _Text]:
    """Papers; returns each paper's text and date, which mentions and results refer to."""
    texts: dict[str, _Text] = {}
    rows = []
    for node in shown:
        if node.type != "Paper":
            continue
        p = node.props
        text = texts[node.id] = _Text(p.get("title") or node.label, p.get("abstract") or "", p.get("published"))
        names = authors.get(node.id)
        rows.append((rank[node.id], text.title, text.abstract, text.published,
                     p.get("arxiv_id"), p.get("url"), p.get("upvotes"),
                     _JSON(names) if names else None))
    _insert(db, "INSERT INTO paper VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return texts


def _write_mentions(db: sqlite3.Connection, graph: KnowledgeGraph,
                    mentions: dict[tuple[str, str], tuple[str, Edge]], rank: dict[str, int],
                    texts: dict[str, _Text]) -> None:
    prepared: dict[str, Needles] = {}
    rows = []
    for (paper, node), (role, edge) in mentions.items():
        text = texts.get(paper)
        if text is None or node not in rank:
            continue
        found = prepared.get(node)
        if found is None:
            found = prepared[node] = needles(written_names(graph.nodes[node]))
        rows.append((rank[paper], rank[node], role, text.published, *_evidence(edge, found, text)))
    rows.sort(key=lambda r: (r[1], r[0]))
    _insert(db, "INSERT INTO mention (paper, node, role, published, confidence, start, stop, evidence, "
                   "mark_start, mark_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


@dataclass(frozen=True, slots=True)
class _Claim:
    """A claimed result with the nodes it links: the paper that reports it, model, dataset, metric."""

    result: Node
    reported: Edge
    model: str
    dataset: str
    metric: str | None


def _claims(graph: KnowledgeGraph, read: _Read) -> list[_Claim]:
    claims = []
    for result, edge in read.reported.items():
        got = read.results.get(result, {})
        if "resultModel" in got and "resultDataset" in got and result in graph.nodes:
            claims.append(_Claim(graph.nodes[result], edge, got["resultModel"], got["resultDataset"],
                                 got.get("resultMetric")))
    return claims


def _write_results(db: sqlite3.Connection, claims: list[_Claim], rank: dict[str, int],
                   texts: dict[str, _Text]) -> None:
    rows = []
    for claim in claims:
        paper = claim.reported.source
        if paper not in texts or claim.model not in rank or claim.dataset not in rank:
            continue
        p = claim.result.props
        rows.append((rank[paper], rank[claim.model], rank[claim.dataset], rank.get(claim.metric or ""),
                     str(p.get("value", "")), p.get("numeric_value"), p.get("setting"), texts[paper].published,
                     claim.reported.props.get("start"), claim.reported.props.get("end")))
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[4], r[6] or ""))
    _insert(db, "INSERT INTO result VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _write_hub_relations(db: sqlite3.Connection, mentions: dict[tuple[str, str], tuple[str, Edge]],
                         rank: dict[str, int], papers_of: Counter[str]) -> None:
    """compares and coMentioned of every hub, as :mod:`mlkg.serve.index` counts them for the rest:
    papers per other node, the most first, ties by rank."""
    hubs = {node for node, n in papers_of.items() if n >= HUB_PAPERS and node in rank}
    hub_papers = {paper for paper, node in mentions if node in hubs}
    named: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (paper, node), (role, _) in mentions.items():
        if paper in hub_papers and role in NAMING and node in rank:
            named[paper].append((rank[node], role))
    counts: dict[tuple[int, str], Counter[int]] = defaultdict(Counter)
    for (paper, node), (role, _) in mentions.items():
        if node not in hubs or role not in NAMING:
            continue
        me = rank[node]
        for other, other_role in named[paper]:
            if other == me:
                continue
            counts[(me, "coMentioned")][other] += 1
            if (role in WORKS_WITH and other_role == "compares") or (role == "compares" and other_role in WORKS_WITH):
                counts[(me, "compares")][other] += 1
    rows = [(me, rel, other, n) for (me, rel), found in counts.items()
            for other, n in sorted(found.items(), key=lambda o: (-o[1], o[0]))[:RELATED_KEPT]]
    rows.sort()
    _insert(db, "INSERT INTO relation VALUES (?, ?, ?, ?)", rows)
