"""Cypher against a Neo4j server holding an mlkg export, with results shaped like SPARQL's.

Answers come back as a :class:`mlkg.query.sparql.QueryResult`, so the table, CSV and
JSON writers of ``mlkg query`` serve both languages, and a ready-made query and
its Cypher twin can be compared value for value. Parameters are always passed
as parameters (``$model``), never pasted into the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox

from mlkg.errors import Errors
from mlkg.ontology import RESOURCE_BASE
from mlkg.query.sparql import QueryResult
from mlkg.stores.neo4j import Connection, Session

_XSD = "http://www.w3.org/2001/XMLSchema#"


def cypher_value(text: str) -> Any:
    """A ``--bind`` value as a Cypher parameter: an integer or decimal is a number, else a string."""
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1]
    return text


def _term(value: Any) -> ox.NamedNode | ox.Literal | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(_XSD + "double"))
    if isinstance(value, str) and value.startswith(RESOURCE_BASE):
        return ox.NamedNode(value)
    if isinstance(value, (list, tuple)):
        return ox.Literal(", ".join(map(str, value)))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
    return ox.Literal(str(value))


def run_cypher(conn: Connection, text: str, params: Mapping[str, Any] | None = None) -> QueryResult:
    """Run a read query; node IRIs (strings under the mlkg resource base) come back as IRIs.

    A server that cannot be used raises :class:`~mlkg.stores.neo4j.Neo4jUnavailable`, a refused
    query :class:`~mlkg.stores.neo4j.CypherError` (both :class:`~mlkg.stores.neo4j.Neo4jError`).
    """
    with Session(conn) as session:
        columns, records = session.read(text, dict(params or {}))
    rows = tuple(tuple(record) for record in records)
    terms = tuple(tuple(_term(v) for v in row) for row in rows)
    return QueryResult("select", tuple(columns), tuple(tuple(_plain(v) for v in row) for row in rows), terms)


def run_ready_cypher(conn: Connection, name: str, bindings: Mapping[str, str] | None = None) -> QueryResult:
    """The Cypher twin of a ready-made query, its defaults overridden by ``bindings`` (``--bind`` text)."""
    from mlkg.queries import get
    from mlkg.query.sparql import QueryError

    ready = get(name)
    if ready.cypher is None:
        raise QueryError(Errors.E524.format(name=name))
    return run_cypher(conn, ready.cypher, {k: cypher_value(v) for k, v in ready.bindings(bindings).items()})


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return value
