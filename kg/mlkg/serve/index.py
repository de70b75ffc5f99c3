"""Reading the explorer index (``explore.sqlite``, :mod:`mlkg.export.explorer`) for the pages.

Every request is a few indexed SQLite reads, so a page of a graph of 85k papers answers in
milliseconds without the graph in memory. The index is opened read-only and immutable (a build
replaces the file by a rename, never writes into it), with one connection per thread, so a
server's thread pool can read it at once.

Search ranks what matches a query: the exact name, then an alias, then a name or alias that
starts with it, then one that contains it (case ignored), each group by paper count. Exact
and prefix matches come from a B-tree of case-folded keys; substrings from an FTS5 trigram
index whose rowids are the paper-count order, so its first rows are the best. A substring
needs three characters (a trigram); shorter queries match names and prefixes only. Paper
titles match whole or from their start (the index of their substrings would triple the
index's build time).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

from mlkg.errors import Errors, MlkgError
from mlkg.export.explorer import (
    HUB_PAPERS,
    NAMING,
    RELATED_KEPT,
    SCHEMA_VERSION,
    WORKS_WITH,
    find_mention,
    needles,
    search_key,
)
from mlkg.model import ROLE_STRENGTH
from mlkg.ontology.schema import schema
from mlkg.viz.layout import layout
from mlkg.viz.page import options

#: Papers on one page of an entity: a hub has thousands.
PAGE_SIZE = 25
#: Rows of each kind of related entity, and of results, on an entity page.
RELATED_SHOWN = RELATED_KEPT
RESULTS_SHOWN = 100
#: Nodes of an ego network unless told otherwise, and at most.
EGO_CAP, EGO_MAX = 60, 300
#: Searches remembered (a few MB at most).
SEARCH_CACHE = 4096
_STRENGTH = {role.value: s for role, s in ROLE_STRENGTH.items()}
_WORKS_WITH = "(" + ", ".join(f"'{r}'" for r in WORKS_WITH) + ")"
_NAMING = "(" + ", ".join(f"'{r}'" for r in NAMING) + ")"
#: Each kind of related node: (node, papers) rows for parameters (rank, rank, limit). A paper
#: names a node once, so rows of one paper and one other node are one paper.
_RELATED = {
    "compares": "SELECT b.node, count(*) AS n FROM mention a JOIN mention b ON b.paper = a.paper "
                f"WHERE a.node = ? AND b.node != ? AND ((a.role IN {_WORKS_WITH} AND b.role = 'compares') OR "
                f"(a.role = 'compares' AND b.role IN {_WORKS_WITH})) GROUP BY b.node ORDER BY n DESC, b.node LIMIT ?",
    "evaluatedOn": "SELECT dataset, count(DISTINCT paper) AS n FROM result WHERE model = ? AND dataset != ? "
                   "GROUP BY dataset ORDER BY n DESC, dataset LIMIT ?",
    "evaluates": "SELECT model, count(DISTINCT paper) AS n FROM result WHERE dataset = ? AND model != ? "
                 "GROUP BY model ORDER BY n DESC, model LIMIT ?",
    "coMentioned": "SELECT b.node, count(*) AS n FROM mention a JOIN mention b ON b.paper = a.paper "
                   f"WHERE a.node = ? AND b.node != ? AND a.role IN {_NAMING} AND b.role IN {_NAMING} "
                   "GROUP BY b.node ORDER BY n DESC, b.node LIMIT ?",
}
_STORED = ("compares", "coMentioned")  # what the build counted for hubs
_NODE = "n.rank, n.id, n.type, n.name, n.papers"


class ExplorerIndexError(MlkgError, ValueError):
    """The explorer index is missing, of another version, or asked for what it cannot give."""


@dataclass(frozen=True, slots=True)
class NodeRef:
    """A node as a link shows it: id, type, name and its paper count."""

    id: str
    type: str
    name: str
    papers: int

    @property
    def is_paper(self) -> bool:
        return self.type == "Paper"


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: the node, how it matched (name, alias, prefix, substring) and the name
    or alias that matched."""

    node: NodeRef
    match: str
    matched: str

    @property
    def id(self) -> str:
        return self.node.id

    @property
    def name(self) -> str:
        return self.node.name

    @property
    def type(self) -> str:
        return self.node.type

    @property
    def papers(self) -> int:
        return self.node.papers


@dataclass(frozen=True)
class SearchHits(Sequence[Hit]):
    """The best hits of a search, in rank order, and how many nodes match in all."""

    hits: tuple[Hit, ...]
    total: int
    query: str = ""

    @overload
    def __getitem__(self, index: int) -> Hit: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Hit]: ...

    def __getitem__(self, index: int | slice) -> Hit | Sequence[Hit]:
        return self.hits[index]

    def __len__(self) -> int:
        return len(self.hits)

    def __iter__(self) -> Iterator[Hit]:
        return iter(self.hits)


@dataclass(frozen=True, slots=True)
class Marked:
    """A sentence with the part to highlight: ``before``, ``marked``, ``after`` (marked may be empty)."""

    before: str
    marked: str = ""
    after: str = ""

    @property
    def text(self) -> str:
        return self.before + self.marked + self.after


def _marked(text: str, start: int | None, end: int | None) -> Marked:
    if start is None or end is None or not 0 <= start < end <= len(text):
        return Marked(text)
    return Marked(text[:start], text[start:end], text[end:])


@dataclass(frozen=True, slots=True)
class PaperMention:
    """A paper that names the entity: its role there, date, confidence and evidence."""

    paper: NodeRef
    role: str
    published: str | None
    confidence: float | None
    evidence: Marked | None


@dataclass(frozen=True, slots=True)
class ResultRow:
    """A claimed result: value of a metric for a model on a dataset, in a paper."""

    paper: NodeRef
    model: NodeRef
    dataset: NodeRef
    metric: str | None
    value: str
    setting: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class Related:
    node: NodeRef
    papers: int


@dataclass(frozen=True, slots=True)
class MonthCount:
    month: str  # YYYY-MM
    papers: int


@dataclass(frozen=True)
class EntityPage:
    """Everything an entity page shows; ``papers`` is one page of ``papers_total``."""

    node: NodeRef
    aliases: tuple[str, ...]
    url: str | None
    family: NodeRef | None
    variants: tuple[NodeRef, ...]
    variants_total: int
    roles: tuple[tuple[str, int], ...]  # papers per role, most first
    papers: tuple[PaperMention, ...]
    papers_total: int  # with the role filter, if any
    page: int
    page_size: int
    role: str | None
    results: tuple[ResultRow, ...]
    results_total: int
    related: dict[str, tuple[Related, ...]] = field(default_factory=dict)  # compares, evaluatedOn, evaluates, coMentioned
    months: tuple[MonthCount, ...] = ()

    @property
    def pages(self) -> int:
        return max(1, -(-self.papers_total // self.page_size))


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a paper's title or abstract; ``node`` when it names an entity to link."""

    text: str
    node: NodeRef | None = None


@dataclass(frozen=True)
class PaperPage:
    node: NodeRef
    title: tuple[Segment, ...]
    abstract: tuple[Segment, ...]
    published: str | None
    arxiv_id: str | None
    url: str | None
    upvotes: int | None
    authors: tuple[str, ...]
    organizations: tuple[NodeRef, ...]
    repositories: tuple[tuple[NodeRef, str | None], ...]  # with the repository's web address
    entities: tuple[tuple[NodeRef, str], ...]  # with the role, strongest first
    results: tuple[ResultRow, ...]


@dataclass(frozen=True)
class EgoNetwork:
    """Nodes and edges around one node, laid out, with the vis-network options of the static page."""

    center: str
    nodes: tuple[dict[str, Any], ...]
    edges: tuple[dict[str, Any], ...]
    options: dict[str, Any]
    neighbours: int  # nodes one hop away in all (the network shows at most ``cap``)

    def as_json(self) -> dict[str, Any]:
        return {"center": self.center, "nodes": list(self.nodes), "edges": list(self.edges),
                "options": self.options, "neighbours": self.neighbours}


class ExplorerIndex:
    """Read-only access to ``explore.sqlite``; safe to share between threads."""

    def __init__(self, path: Path, types: tuple[str, ...]) -> None:
        self.path = path
        self.types = types  # the node types it holds, for the search filters
        self._uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, tuple[str, ...], int], tuple[tuple[Hit, ...], int]] = {}

    @classmethod
    def open(cls, path: str | Path) -> ExplorerIndex:
        """Open the index at ``path`` (a file, or a build directory holding explore.sqlite)."""
        from mlkg.export.explorer import FILENAME

        path = Path(path)
        if path.is_dir():
            path = path / FILENAME
        if not path.is_file():
            raise ExplorerIndexError(Errors.E820.format(path=path))
        index = cls(path, ())
        try:
            version = index._one("SELECT value FROM meta WHERE key = 'schema_version'")
            types = tuple(r[0] for r in index._all("SELECT DISTINCT type FROM node ORDER BY type"))
        except sqlite3.DatabaseError as exc:
            index.close()
            raise ExplorerIndexError(Errors.E821.format(path=path, detail=exc)) from None
        if version is None or int(version[0]) != SCHEMA_VERSION:
            index.close()
            raise ExplorerIndexError(Errors.E822.format(path=path, found=version[0] if version else None,
                                                 expected=SCHEMA_VERSION))
        known = list(schema().nodes)
        index.types = tuple(sorted(types, key=lambda t: (known.index(t) if t in known else len(known), t)))
        return index

    def close(self) -> None:
        with self._lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()
        self._local = threading.local()

    def __enter__(self) -> ExplorerIndex:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- plumbing ---------------------------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
            with self._lock:
                self._connections.append(db)
            self._local.db = db
        return db

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self._db().execute(sql, params).fetchall()

    def _one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        return self._db().execute(sql, params).fetchone()

    def _refs(self, ranks: Sequence[int]) -> dict[int, NodeRef]:
        if not ranks:
            return {}
        rows = self._all(f"SELECT {_NODE} FROM node n WHERE n.rank IN ({','.join('?' * len(ranks))})", ranks)
        return {r[0]: NodeRef(*r[1:]) for r in rows}

    def _node(self, node_id: str) -> tuple | None:
        return self._one(f"SELECT {_NODE}, n.aliases, n.family, n.url FROM node n WHERE n.id = ?", (node_id,))

    def kind(self, node_id: str) -> str | None:
        """The type of the node ``node_id`` (None if the index has no such node)."""
        row = self._one("SELECT type FROM node WHERE id = ?", (node_id,))
        return row[0] if row else None

    # --- search -----------------------------------------------------------------------------

    def _type_filter(self, types: Sequence[str] | None, column: str) -> tuple[str, list[str]]:
        if not types:
            return "", []
        unknown = sorted(set(types) - set(self.types))
        if unknown:
            raise ExplorerIndexError(Errors.E823.format(names=", ".join(unknown), valid=", ".join(self.types)))
        return f" AND {column} IN ({','.join('?' * len(types))})", list(types)

    def search(self, q: str, types: Sequence[str] | None = None, limit: int = 50) -> SearchHits:
        """The best ``limit`` nodes whose name or alias matches ``q``, ranked exact name, alias,
        prefix, substring, then by paper count; ``types`` keeps those types only."""
        key = search_key(q)
        if not key or limit <= 0:
            return SearchHits((), 0, q)
        hits, total = self._search(key, tuple(dict.fromkeys(types or ())), limit)
        return SearchHits(hits, total, q)

    def _search(self, key: str, types: tuple[str, ...], limit: int) -> tuple[tuple[Hit, ...], int]:
        """Remembered: the index never changes, and as people type the same first letters
        ("c", "cl") come again and again; those are the slowest (many names start with them)."""
        cache_key = (key, types, limit)
        with self._lock:
            found = self._cache.get(cache_key)
        if found is None:
            found = self._search_now(key, types, limit)
            with self._lock:
                self._cache[cache_key] = found
                while len(self._cache) > SEARCH_CACHE:
                    del self._cache[next(iter(self._cache))]
        return found

    def _search_now(self, key: str, types: tuple[str, ...], limit: int) -> tuple[tuple[Hit, ...], int]:
        key_types, key_params = self._type_filter(types, "type")
        found: dict[int, str] = {}
        for rank, alias in self._all(f"SELECT node, alias FROM search_key WHERE key = ?{key_types} "
                                     "ORDER BY alias, node", [key, *key_params]):
            found.setdefault(rank, "alias" if alias else "name")
        upper = key + "\U0010ffff"
        for (rank,) in self._all(f"SELECT DISTINCT node FROM search_key WHERE key > ? AND key < ?{key_types} "
                                 "ORDER BY node LIMIT ?", [key, upper, *key_params, limit + len(found)]):
            found.setdefault(rank, "prefix")
        if len(key) >= 3:
            phrase = '"' + key.replace('"', '""') + '"'
            text_types, text_params = self._type_filter(types, "n.type")
            join = " JOIN node n ON n.rank = s.rowid" if types else ""
            for (rank,) in self._all(f"SELECT s.rowid FROM search_text s{join} WHERE search_text MATCH ?"
                                     f"{text_types} ORDER BY s.rowid LIMIT ?",
                                     [phrase, *text_params, limit + len(found)]):
                found.setdefault(rank, "substring")
            total = self._one(f"SELECT count(*) FROM search_text s{join} WHERE search_text MATCH ?{text_types}",
                              [phrase, *text_params])
            if not types or "Paper" in types:  # titles match from their start only (no substrings)
                titles = self._one("SELECT count(DISTINCT node) FROM search_key WHERE key >= ? AND key < ? "
                                   "AND type = 'Paper'", [key, upper])
                total = (total[0] + titles[0],) if total and titles else total
        else:
            total = self._one(f"SELECT count(DISTINCT node) FROM search_key WHERE key >= ? AND key < ?{key_types}",
                              [key, upper, *key_params])
        chosen = list(found.items())[:limit]
        rows = {r[0]: r for r in self._all(
            f"SELECT {_NODE}, n.aliases FROM node n WHERE n.rank IN ({','.join('?' * len(chosen))})",
            [rank for rank, _ in chosen])} if chosen else {}
        hits = []
        for rank, match in chosen:
            row = rows[rank]
            names = [row[3], *json.loads(row[5] or "[]")]
            matched = next((n for n in names if _matches(search_key(n), key, match)), row[3])
            hits.append(Hit(NodeRef(*row[1:5]), match, matched))
        return tuple(hits), max(total[0] if total else 0, len(hits))

    # --- entity page ------------------------------------------------------------------------

    def entity(self, node_id: str, *, page: int = 1, page_size: int = PAGE_SIZE,
               role: str | None = None) -> EntityPage | None:
        """The entity page of ``node_id`` (None if there is no such node, or it is a paper):
        its ``page``-th page of papers, newest first, optionally only those with ``role``."""
        row = self._node(node_id)
        if row is None or row[2] == "Paper":
            return None
        rank, ref = row[0], NodeRef(*row[1:5])
        page, page_size = max(1, page), max(1, min(page_size, 500))
        family = self._refs([row[6]]).get(row[6]) if row[6] is not None else None
        variants = self._all(f"SELECT {_NODE} FROM node n WHERE n.family = ? ORDER BY n.rank LIMIT ?",
                             (rank, RELATED_SHOWN))
        variants_total = self._one("SELECT count(*) FROM node WHERE family = ?", (rank,))
        roles = sorted(self._all("SELECT role, count(*) FROM mention WHERE node = ? GROUP BY role", (rank,)),
                       key=lambda r: (-r[1], r[0]))
        papers_total = dict(roles).get(role, 0) if role else ref.papers
        return EntityPage(
            ref, tuple(json.loads(row[5] or "[]")), row[7], family,
            tuple(NodeRef(*v[1:]) for v in variants), variants_total[0] if variants_total else 0,
            tuple(roles), self._papers_of(rank, page, page_size, role), papers_total, page, page_size, role,
            *self._results_of(rank), self._related(rank, hub=ref.papers >= HUB_PAPERS), self._months(rank))

    def _papers_of(self, rank: int, page: int, page_size: int, role: str | None) -> tuple[PaperMention, ...]:
        where, params = ("AND m.role = ?", [role]) if role else ("", [])
        rows = self._all(
            "SELECT n.id, n.type, n.name, n.papers, m.role, m.published, m.confidence, "
            "  CASE WHEN m.start IS NULL THEN m.evidence ELSE substr("
            "    CASE WHEN p.abstract = '' THEN p.title ELSE p.title || char(10, 10) || p.abstract END,"
            "    m.start + 1, m.stop - m.start) END, m.mark_start, m.mark_end "
            "FROM mention m JOIN node n ON n.rank = m.paper JOIN paper p ON p.rank = m.paper "
            # the page's rows first, from the covering index: a deep page skips rows without joins
            f"WHERE m.rowid IN (SELECT rowid FROM mention m WHERE m.node = ? {where} "
            "ORDER BY m.published DESC, m.paper LIMIT ? OFFSET ?) ORDER BY m.published DESC, m.paper",
            [rank, *params, page_size, (page - 1) * page_size])
        return tuple(PaperMention(NodeRef(*r[:4]), r[4], r[5], r[6],
                                  _marked(r[7], r[8], r[9]) if r[7] else None) for r in rows)

    def _results(self, where: str, params: Sequence[Any], limit: int) -> tuple[tuple[ResultRow, ...], int]:
        rows = self._all(
            "SELECT r.paper, r.model, r.dataset, mt.name, r.value, r.setting, r.published FROM result r "
            f"LEFT JOIN node mt ON mt.rank = r.metric WHERE {where} "
            "ORDER BY r.published DESC, r.paper, r.rowid LIMIT ?", [*params, limit])
        total = self._one(f"SELECT count(*) FROM result r WHERE {where}", params)
        refs = self._refs(sorted({r[i] for r in rows for i in (0, 1, 2)}))
        return (tuple(ResultRow(refs[r[0]], refs[r[1]], refs[r[2]], r[3], r[4], r[5], r[6]) for r in rows),
                total[0] if total else 0)

    def _results_of(self, rank: int) -> tuple[tuple[ResultRow, ...], int]:
        return self._results("r.rowid IN (SELECT rowid FROM result WHERE model = ? UNION "
                             "SELECT rowid FROM result WHERE dataset = ? UNION "
                             "SELECT rowid FROM result WHERE metric = ?)", (rank, rank, rank), RESULTS_SHOWN)

    def _related(self, rank: int, *, hub: bool) -> dict[str, tuple[Related, ...]]:
        """Compared with, evaluated on (and, for a dataset, the models evaluated on it),
        co-mentioned: papers per other node, counted from the mentions and results now, or for a
        ``hub`` read from the ``relation`` rows the build counted."""
        related: dict[str, tuple[Related, ...]] = {}
        for rel, sql in _RELATED.items():
            if hub and rel in _STORED:
                rows = self._all("SELECT other, papers FROM relation WHERE node = ? AND rel = ? "
                                 "ORDER BY papers DESC, other LIMIT ?", (rank, rel, RELATED_SHOWN))
            else:
                rows = self._all(sql, (rank, rank, RELATED_SHOWN))
            if rows:
                refs = self._refs([r[0] for r in rows])
                related[rel] = tuple(Related(refs[r[0]], r[1]) for r in rows)
        return related

    def _months(self, rank: int) -> tuple[MonthCount, ...]:
        rows = self._all("SELECT substr(published, 1, 7) AS month, count(*) FROM mention "
                         "WHERE node = ? AND published IS NOT NULL GROUP BY month ORDER BY month", (rank,))
        return tuple(MonthCount(m, n) for m, n in rows if m and len(m) == 7)

    # --- paper page -------------------------------------------------------------------------

    def paper(self, node_id: str) -> PaperPage | None:
        """The paper page of ``node_id`` (None if the index has no such paper)."""
        row = self._node(node_id)
        if row is None or row[2] != "Paper":
            return None
        rank, ref = row[0], NodeRef(*row[1:5])
        title, abstract, published, arxiv_id, url, upvotes, authors = self._one(
            "SELECT title, abstract, published, arxiv_id, url, upvotes, authors FROM paper WHERE rank = ?",
            (rank,)) or (ref.name, "", None, None, None, None, None)
        mentions = self._all(
            f"SELECT {_NODE}, n.aliases, n.url, m.role, m.start, m.mark_start, m.mark_end FROM mention m "
            "JOIN node n ON n.rank = m.node WHERE m.paper = ? ORDER BY m.rowid", (rank,))
        text = f"{title}\n\n{abstract}" if abstract else title
        spans: list[tuple[int, int, NodeRef]] = []
        entities: list[tuple[NodeRef, str]] = []
        for m in mentions:
            node, role, start, mark_start, mark_end = NodeRef(*m[1:5]), m[7], m[8], m[9], m[10]
            entities.append((node, role))
            if start is not None and mark_start is not None and mark_end is not None:
                spans.append((start + mark_start, start + mark_end, node))
            spans.extend((s, e, node) for s, e in _occurrences(text, needles(_written(m[3], m[5]))))
        entities.sort(key=lambda e: (-_STRENGTH.get(e[1], 0), -e[0].papers, e[0].name))
        segments = _segments(text, spans)
        cut = len(title)
        return PaperPage(
            ref, _slice(text, segments, 0, cut), _slice(text, segments, cut + 2, len(text)) if abstract else (),
            published, arxiv_id, url, upvotes,
            tuple(json.loads(authors or "[]")),
            tuple(NodeRef(*m[1:5]) for m in mentions if m[7] == "affiliation"),
            tuple((NodeRef(*m[1:5]), m[6]) for m in mentions if m[7] == "code"),
            tuple(entities), self._results("r.paper = ?", (rank,), RESULTS_SHOWN)[0])

    # --- ego network ------------------------------------------------------------------------

    def ego(self, node_id: str, hops: int = 1, cap: int = EGO_CAP) -> EgoNetwork | None:
        """The nodes within ``hops`` (1 or 2) of ``node_id`` in the paper-entity graph, at most
        ``cap`` of them (the strongest links first), laid out as the static page is."""
        if hops not in (1, 2):
            raise ExplorerIndexError(Errors.E824.format(name="hops", value=hops, valid="1 or 2"))
        if not 2 <= cap <= EGO_MAX:
            raise ExplorerIndexError(Errors.E824.format(name="cap", value=cap, valid=f"2 to {EGO_MAX}"))
        row = self._node(node_id)
        if row is None:
            return None
        center, is_paper = row[0], row[2] == "Paper"
        first_cap = cap - 1 if hops == 1 else max(1, (cap - 1) // 2)
        first, neighbours = self._neighbours([center], is_paper, first_cap, exclude={center})
        chosen = [center, *first]
        if hops == 2:
            second, _ = self._neighbours(first, not is_paper, cap - len(chosen), exclude=set(chosen))
            chosen += second
        refs = self._refs(chosen)
        papers = [r for r in chosen if refs[r].is_paper]
        others = [r for r in chosen if not refs[r].is_paper]
        links: list[tuple[int, int, str]] = []
        if papers and others:
            links += self._all(
                f"SELECT paper, node, role FROM mention WHERE paper IN ({','.join('?' * len(papers))}) "
                f"AND node IN ({','.join('?' * len(others))}) ORDER BY paper, node", [*papers, *others])
        if len(others) > 1:
            marks = ",".join("?" * len(others))
            links += self._all(f"SELECT rank, family, 'variantOf' FROM node WHERE rank IN ({marks}) "
                               f"AND family IN ({marks}) ORDER BY rank", [*others, *others])
        return self._laid_out(refs[center], [refs[r] for r in chosen],
                              [(refs[a].id, refs[b].id, rel) for a, b, rel in links], neighbours)

    def _neighbours(self, ranks: Sequence[int], from_papers: bool, limit: int,
                    exclude: set[int]) -> tuple[list[int], int]:
        """Up to ``limit`` nodes linked to ``ranks`` (entities of papers, or papers of entities),
        most linked first; and how many there are in all."""
        if limit <= 0 or not ranks:
            return [], 0
        marks = ",".join("?" * len(ranks))
        if from_papers:
            sql = (f"SELECT m.node FROM mention m WHERE m.paper IN ({marks}) "
                   "GROUP BY m.node ORDER BY count(*) DESC, m.node")
        else:
            sql = (f"SELECT m.paper FROM mention m WHERE m.node IN ({marks}) GROUP BY m.paper "
                   "ORDER BY count(*) DESC, max(m.published) DESC, m.paper")
        rows = [r[0] for r in self._all(sql, list(ranks)) if r[0] not in exclude]
        return rows[:limit], len(rows)

    def _laid_out(self, center: NodeRef, refs: list[NodeRef], links: list[tuple[str, str, str]],
                  neighbours: int) -> EgoNetwork:
        colors = {name: t.color for name, t in schema().nodes.items()}
        positions = layout([r.id for r in refs], [(a, b) for a, b, _ in links])
        degree: dict[str, int] = {}
        for a, b, _ in links:
            degree[a], degree[b] = degree.get(a, 0) + 1, degree.get(b, 0) + 1
        nodes = tuple({
            "id": r.id, "label": _short(r.name, 32 if r.is_paper else 48),
            "title": f"{r.name}\n{r.type}" + ("" if r.is_paper else f" · {r.papers:,} paper{'s' * (r.papers != 1)}"),
            "group": r.type, "color": colors.get(r.type, "#999999"), "value": degree.get(r.id, 0) + 1,
            "x": positions[r.id][0], "y": positions[r.id][1], "kind": "paper" if r.is_paper else "entity",
            **({"borderWidth": 4} if r.id == center.id else {}),
        } for r in refs)
        edges = tuple({"id": n, "from": a, "to": b, "title": rel, "rel": rel} for n, (a, b, rel) in enumerate(links))
        shown = options(len(nodes))
        shown["nodes"]["scaling"]["label"]["max"] = 22  # the centre links to all: its name need not fill the view
        return EgoNetwork(center.id, nodes, edges, shown, neighbours)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _matches(name_key: str, key: str, match: str) -> bool:
    if match in ("name", "alias"):
        return name_key == key
    return name_key.startswith(key) if match == "prefix" else key in name_key


def _written(name: str, aliases: str | None) -> list[str]:
    names = [name, *json.loads(aliases or "[]")]
    return names + [n.removeprefix("hf:") for n in names if n.startswith("hf:")]


def _occurrences(text: str, names: Sequence[tuple[str, str, bool]]) -> Iterator[tuple[int, int]]:
    """Every place a name stands in ``text`` as a whole word (case ignored), left to right."""
    at = 0
    while at < len(text):
        found = find_mention(text[at:], names, loose=False)
        if found is None:
            return
        yield at + found[0], at + found[1]
        at += found[1]


def _segments(text: str, spans: list[tuple[int, int, NodeRef]]) -> list[tuple[int, int, NodeRef | None]]:
    """``text`` cut into pieces, the spans that name entities linked: earliest, then longest first,
    overlapping spans left out."""
    pieces: list[tuple[int, int, NodeRef | None]] = []
    at = 0
    for start, end, node in sorted(set(spans), key=lambda s: (s[0], -s[1], s[2].id)):
        if start < at or end > len(text) or start >= end:
            continue
        if start > at:
            pieces.append((at, start, None))
        pieces.append((start, end, node))
        at = end
    if at < len(text):
        pieces.append((at, len(text), None))
    return pieces


def _slice(text: str, pieces: list[tuple[int, int, NodeRef | None]], start: int, end: int) -> tuple[Segment, ...]:
    """The segments of ``text`` between ``start`` and ``end`` (a piece across the cut is cut too)."""
    return tuple(Segment(text[max(s, start):min(e, end)], n) for s, e, n in pieces if s < end and e > start)
