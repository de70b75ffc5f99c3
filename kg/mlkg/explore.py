"""Tables of a knowledge graph for notebooks: what it holds, what papers name most, and when.

People explore a graph in Jupyter, where a pandas DataFrame is the unit that displays,
sorts and plots. The counting here is plain Python over a
:class:`~mlkg.graph.store.KnowledgeGraph` (records such as :class:`EntitySummary` need no
pandas), and pandas is imported only when a DataFrame is built, so mlkg itself does not
depend on it: ``pip install "mlkg[notebooks]"`` adds it.

Every table has a deterministic row order (ties broken by name, then id), so a notebook shows
the same table on every run and tests can state exact expectations. The notebooks in
``notebooks/`` call only these functions, :mod:`mlkg.build.pipeline`, :mod:`mlkg.query.sparql` and
:mod:`mlkg.viz`; what they need beyond display (where to write, whether Neo4j is there) lives
here too, so that it is tested.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mlkg.errors import Errors, MlkgError
from mlkg.graph.store import KnowledgeGraph
from mlkg.model import EntityType, Role
from mlkg.query.frames import INSTALL_HINT, MissingExtra, pandas  # noqa: F401 (part of this API)

if TYPE_CHECKING:
    import pandas as pd
    import pyoxigraph as ox

    from mlkg.stores.neo4j import Connection

ENTITY_TYPES: tuple[str, ...] = tuple(t.value for t in EntityType)
"""The node types a paper names (Model, Dataset, Benchmark, Organization, Repository), in this order."""

NAMING_RELATIONS: frozenset[str] = frozenset(r.value for r in Role)
"""Edges from a paper to an entity it names: uses, introduces, compares, mentions, code, affiliation."""

FREQUENCIES: dict[str, str] = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
"""``freq`` names of :func:`types_over_time` and the pandas period alias each stands for."""

OUT_ENV = "MLKG_NOTEBOOK_OUT"
"""Where notebooks write their builds; default ``out`` under the working directory (git-ignored)."""
REQUIRE_NEO4J_ENV = "MLKG_REQUIRE_NEO4J"
"""Set (non-empty) in CI: a missing Neo4j is then an error, never a skip (as in tests/kg/export/conftest.py)."""


class ExploreError(MlkgError, ValueError):
    """An argument of a table function that cannot be met (unknown type or frequency, negative n)."""


# --- what the graph holds ----------------------------------------------------------------------

def stats(graph: KnowledgeGraph) -> pd.DataFrame:
    """Node counts by type and edge counts by relation, in one table for a first look.

    Columns ``kind`` ("node" or "edge"), ``name`` (type or relation), ``count``: nodes first,
    each kind by count (largest first), then name. ``attrs`` holds the totals ``nodes`` and ``edges``.
    """
    counts = graph.counts()
    rows = [(kind, name, count)
            for kind, by_name in (("node", counts["nodes"]), ("edge", counts["edges"]))
            for name, count in sorted(by_name.items(), key=lambda item: (-item[1], item[0]))]
    frame = pandas().DataFrame(rows, columns=["kind", "name", "count"]).astype({"count": "int64"})
    frame.attrs.update(nodes=len(graph.nodes), edges=len(graph.edges))
    return frame


@dataclass(frozen=True)
class EntitySummary:
    """One entity as a table row: how many distinct papers name it, under which other names."""

    id: str
    name: str
    type: str
    papers: int
    aliases: tuple[str, ...]


def _entity_types(types: Iterable[str] | None) -> tuple[str, ...]:
    """``types`` checked against :data:`ENTITY_TYPES` (a typo such as "model" fails instead of giving nothing)."""
    if types is None:
        return ENTITY_TYPES
    chosen = (types,) if isinstance(types, str) else tuple(types)
    unknown = [t for t in chosen if t not in ENTITY_TYPES]
    if unknown:
        raise ExploreError(Errors.E541.format(name=unknown[0], valid=", ".join(ENTITY_TYPES)))
    return tuple(dict.fromkeys(chosen))


def _named(graph: KnowledgeGraph, types: tuple[str, ...]) -> dict[str, set[str]]:
    """paper id -> ids of the entities of ``types`` it names (any naming relation counts once)."""
    named: dict[str, set[str]] = defaultdict(set)
    for edge in graph.edges.values():
        if edge.rel not in NAMING_RELATIONS:
            continue
        source, target = graph.nodes.get(edge.source), graph.nodes.get(edge.target)
        if source is not None and target is not None and source.type == "Paper" and target.type in types:
            named[edge.source].add(edge.target)
    return named


def entity_summaries(graph: KnowledgeGraph, types: Iterable[str] | None = None) -> list[EntitySummary]:
    """Every entity of ``types`` (default: all of :data:`ENTITY_TYPES`), most papers first.

    Papers are distinct papers with a naming edge to the entity; an entity that only a claimed
    result links to counts 0. Ties go by name (case-insensitive), then id.
    """
    chosen = _entity_types(types)
    papers: dict[str, int] = defaultdict(int)
    for entities in _named(graph, chosen).values():
        for entity in entities:
            papers[entity] += 1
    rows = [EntitySummary(n.id, n.label, n.type, papers[n.id], tuple(n.props.get("aliases", ())))
            for n in graph.nodes.values() if n.type in chosen]
    return sorted(rows, key=lambda r: (-r.papers, r.name.casefold(), r.name, r.id))


def top_entities(graph: KnowledgeGraph, n: int = 15, types: Iterable[str] | None = None) -> pd.DataFrame:
    """The ``n`` entities that the most distinct papers name: columns name, type, papers, aliases, id.

    ``aliases`` are the other names merged into the entity, joined with ", " for display.
    """
    if n < 0:
        raise ExploreError(Errors.E543.format(n=n))
    rows = [(e.name, e.type, e.papers, ", ".join(e.aliases), e.id) for e in entity_summaries(graph, types)[:n]]
    frame = pandas().DataFrame(rows, columns=["name", "type", "papers", "aliases", "id"])
    return frame.astype({"papers": "int64"})


def _published(value: object) -> dt.date | None:
    """A paper's ``published`` prop as a date; None when missing or unreadable."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def types_over_time(graph: KnowledgeGraph, freq: str = "month", types: Iterable[str] | None = None
                    ) -> pd.DataFrame:
    """Distinct entities of each type named by the papers of each period, for a plot over time.

    Rows are periods (a PeriodIndex named ``period``, every period from the first to the last
    dated paper, so gaps show as 0), columns the entity ``types`` (default: all of
    :data:`ENTITY_TYPES`), values the number of distinct entities of that type that papers
    published in the period name. An entity named in two periods counts in both. ``freq`` is one
    of :data:`FREQUENCIES`. Papers without a readable ``published`` date cannot be placed: their
    number is ``attrs["undated_papers"]`` (never dropped silently); ``attrs["dated_papers"]``
    counts the others.
    """
    if freq not in FREQUENCIES:
        raise ExploreError(Errors.E542.format(name=freq, valid=", ".join(FREQUENCIES)))
    pd = pandas()
    chosen = _entity_types(types)
    alias = FREQUENCIES[freq]
    dates = {n.id: _published(n.props.get("published")) for n in graph.nodes_of("Paper")}
    named = _named(graph, chosen)
    per_period: dict[object, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for paper, date in dates.items():
        if date is None:
            continue
        bucket = per_period[pd.Period(date, freq=alias)]
        for entity in named.get(paper, ()):
            bucket[graph.nodes[entity].type].add(entity)
    undated = sum(date is None for date in dates.values())
    if per_period:
        index = pd.period_range(min(per_period), max(per_period), freq=alias, name="period")
    else:
        index = pd.PeriodIndex([], freq=alias, name="period")
    data = {t: [len(per_period[p][t]) if p in per_period else 0 for p in index] for t in chosen}
    frame = pd.DataFrame(data, index=index, columns=list(chosen), dtype="int64")
    frame.columns.name = "type"
    frame.attrs.update(freq=freq, undated_papers=undated, dated_papers=len(dates) - undated)
    return frame


# --- ready-made queries -----------------------------------------------------------------------

def ready_queries() -> pd.DataFrame:
    """The shipped queries (``mlkg queries``): name, parameters with defaults, description, Cypher twin."""
    from mlkg.queries import available

    rows = [(q.name, ", ".join(f"{p.name}={p.default}" if p.default is not None else p.name for p in q.params),
             q.description, q.cypher is not None) for q in available().values()]
    return pandas().DataFrame(rows, columns=["name", "parameters", "description", "cypher"])


def ready_sparql(store: ox.Store | str | Path, name: str, bindings: Mapping[str, str] | None = None
                 ) -> pd.DataFrame:
    """A ready-made query (``mlkg query --name``) on ``store`` or a build directory, as a DataFrame.

    ``bindings`` override the query's defaults; a name that is not a parameter is an error.
    """
    from mlkg.queries import get
    from mlkg.query.sparql import open_store, run_query

    ready = get(name)
    opened = open_store(store) if isinstance(store, (str, Path)) else store
    return run_query(opened, ready.sparql, ready.bindings(bindings)).to_dataframe()


def ready_cypher(conn: Connection, name: str, bindings: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The Cypher twin of a ready-made query (``mlkg query --name --neo4j``) on a Neo4j export."""
    from mlkg.query.cypher import run_ready_cypher

    return run_ready_cypher(conn, name, bindings).to_dataframe()


# --- notebook plumbing ------------------------------------------------------------------------

def notebook_outdir(name: str) -> Path:
    """``$MLKG_NOTEBOOK_OUT/name`` (default ``out/name``), created: notebooks never write into git.

    The tests point MLKG_NOTEBOOK_OUT at a temporary directory; run by hand from ``notebooks/``
    the builds land in ``notebooks/out/``, which .gitignore lists.
    """
    base = Path(os.environ.get(OUT_ENV) or "out")
    path = base / name
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class Neo4jCheck:
    """Whether a Neo4j server takes a login, and the sentence to show a notebook reader either way."""

    connection: Connection | None
    message: str

    @property
    def ok(self) -> bool:
        return self.connection is not None


def check_neo4j(conn: Connection | None = None, *, require: bool | None = None) -> Neo4jCheck:
    """Log in to Neo4j (``conn``, default from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD).

    Reachable: ``ok`` and the connection. Not reachable: not ``ok`` and a message that says why
    and how to start the test server, so a notebook can explain and skip its Neo4j cells. With
    ``require`` (default: MLKG_REQUIRE_NEO4J is set, as in CI) an unusable server raises
    :class:`~mlkg.stores.neo4j.Neo4jUnavailable` instead, so CI cannot pass by skipping.
    """
    from mlkg.stores.neo4j import Connection, Neo4jUnavailable, Session

    conn = conn if conn is not None else Connection.from_env()
    if require is None:
        require = bool(os.environ.get(REQUIRE_NEO4J_ENV))
    try:
        with Session(conn):
            pass
    except Neo4jUnavailable as exc:
        if require:
            raise Neo4jUnavailable(Errors.E550.format(env=REQUIRE_NEO4J_ENV, why=exc)) from None
        return Neo4jCheck(None, f"Neo4j is not available, so the Neo4j steps are skipped: {exc}. To run them, "
                                "start the test server with `bash tests/neo4j/server.sh start` and set "
                                "NEO4J_PASSWORD=mlkg-test-password (or point NEO4J_URI, NEO4J_USER and "
                                "NEO4J_PASSWORD at your own server), then run the notebook again.")
    return Neo4jCheck(conn, f"Connected to Neo4j at {conn.uri} as {conn.user!r}.")
