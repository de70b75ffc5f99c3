"""A Neo4j server for one command: where it is, a driver, and a session with managed transactions.

The export (:mod:`mlkg.export.neo4j`), Cypher queries (:mod:`mlkg.query.cypher`) and the
notebooks' server check (:func:`mlkg.explore.check_neo4j`) share this. Every driver failure
becomes one line that says what to fix: :class:`Neo4jUnavailable` when the server cannot be
used (credentials, address, database), :class:`CypherError` when it refuses a statement.
Values read come back as Python's (a Neo4j ``date`` as :class:`datetime.date`). The full-text
index of names and aliases is :data:`NAMES_INDEX`; :func:`lucene_phrase` turns any name into
a query for it. The ``neo4j`` driver is imported only when a session opens.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Self

from mlkg.errors import Errors, MlkgError

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"
NAMES_INDEX = "mlkg_names"  # full-text index of names and aliases, made by the export
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


class Neo4jError(MlkgError):
    """Neo4j cannot be used or refused a statement; the message says which and how to fix it."""


class Neo4jUnavailable(Neo4jError):
    """No usable server: wrong credentials, unreachable address, bad URI or unknown database."""


class CypherError(Neo4jError):
    """The server refused a statement (syntax, types, constraints); the message quotes it."""


@dataclass(frozen=True)
class Connection:
    """Where the server is: arguments win over NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE."""

    uri: str
    user: str
    password: str
    database: str | None = None

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None) -> Connection:
        return cls(uri or os.environ.get("NEO4J_URI", DEFAULT_URI),
                   user or os.environ.get("NEO4J_USER", DEFAULT_USER),
                   password if password is not None else os.environ.get("NEO4J_PASSWORD", ""),
                   database or os.environ.get("NEO4J_DATABASE") or None)


def lucene_escape(text: str) -> str:
    """Text with every Lucene operator character backslash-escaped (``GPT\\-4 \\(turbo\\)``),
    for a term query; the words AND, OR and NOT stay operators (:func:`lucene_phrase` has none)."""
    return _LUCENE_SPECIAL.sub(r"\\\1", text)


def lucene_phrase(text: str) -> str:
    """A Lucene query for ``text`` as a phrase: its words in order, whatever characters or
    words it holds, e.g. for ``db.index.fulltext.queryNodes('mlkg_names', $phrase)``."""
    return f'"{lucene_escape(text)}"'


def one_line(exc: BaseException) -> str:
    """A driver message on one line, cut to a readable length."""
    return " ".join(str(exc).split())[:300]


def open_driver(conn: Connection) -> Any:
    """A driver that has logged in, or :class:`Neo4jUnavailable` saying why it could not."""
    import neo4j
    from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

    try:
        driver = neo4j.GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password))
        driver.verify_connectivity()
    except AuthError:
        raise Neo4jUnavailable(Errors.E501.format(user=conn.user, uri=conn.uri)) from None
    except (ServiceUnavailable, OSError) as exc:
        raise Neo4jUnavailable(Errors.E502.format(uri=conn.uri, detail=one_line(exc))) from None
    except (ValueError, ConfigurationError, ImportError) as exc:  # a scheme it lacks, or its extra
        raise Neo4jUnavailable(Errors.E503.format(uri=conn.uri, detail=one_line(exc))) from None
    return driver


def _missing_database(exc: Exception, conn: Connection) -> Neo4jUnavailable | None:
    code = getattr(exc, "code", "") or ""
    if "DatabaseNotFound" in code or "database does not exist" in str(exc).lower():
        return Neo4jUnavailable(Errors.E504.format(database=conn.database, uri=conn.uri))
    return None


class Session:
    """A driver and its sessions for one command: reads and writes run in managed transactions
    (the driver retries transient failures), and driver errors become one-line :class:`Neo4jError`s."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.driver = open_driver(conn)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.driver.close()

    def write(self, query: str, params: dict[str, Any] | None = None) -> Any:
        """Run a write; return the server's counters (nodes_created, properties_set, ...)."""
        return self._managed("execute_write", lambda tx: tx.run(query, params or {}).consume().counters,
                             Errors.E506)

    def read(self, query: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
        """Run a read; return its column names and rows."""
        def work(tx: Any) -> tuple[list[str], list[list[Any]]]:
            result = tx.run(query, params or {})
            return list(result.keys()), [[_native(v) for v in record.values()] for record in result]

        return self._managed("execute_read", work, Errors.E505)

    def _managed(self, kind: str, work: Callable[[Any], Any], failure: str) -> Any:
        from neo4j.exceptions import Neo4jError as DriverError

        try:
            with self.driver.session(database=self.conn.database) as session:
                return getattr(session, kind)(work)
        except DriverError as exc:
            raise _missing_database(exc, self.conn) or CypherError(failure.format(detail=one_line(exc))) from None


def _native(value: Any) -> Any:
    """A value read from Neo4j as Python's: temporal values (``date``) by their ``to_native``."""
    if isinstance(value, list):
        return [_native(v) for v in value]
    if isinstance(value, dict):
        return {k: _native(v) for k, v in value.items()}
    to_native = getattr(value, "to_native", None)
    return to_native() if callable(to_native) else value
