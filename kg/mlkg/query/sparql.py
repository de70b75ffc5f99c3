"""SPARQL over a built graph, in an embedded pyoxigraph store.

A graph file is bulk-loaded into an in-memory :class:`pyoxigraph.Store`
(Rust, no server), which answers 2-hop aggregates over the full arXiv graph in
well under a second, where rdflib's pure-Python engine takes minutes (figures
in ``docs/performance.md``). Results come back as plain Python values so that
callers, tests and the CLI writers never handle RDF terms; the terms are kept
beside them for the SPARQL JSON writer, which must tell IRIs from strings.

The ``mlkg``, ``paper``, ``model``, ... prefixes of :data:`mlkg.graph.rdf.PREFIXES`
are predeclared (a query's own ``PREFIX`` lines win), so ``?p mlkg:uses ?d``
needs no boilerplate. :func:`rdflib_graph` puts the same store behind the
rdflib API through ``oxrdflib``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pyoxigraph as ox

from mlkg.errors import Errors, MlkgError
from mlkg.graph.rdf import PREFIXES
from mlkg.stores.oxigraph import (  # noqa: F401 (loading lives in stores; the query API re-exports it)
    GRAPH_FILES,
    GraphFileError,
    graph_file,
    open_store,
    store_path,
)

if TYPE_CHECKING:
    import pandas as pd
    import rdflib
    from rich.table import Table

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Value = str | int | float | bool | dt.date | dt.datetime | None
Kind = Literal["select", "ask", "graph"]
OUTPUT_FORMATS = ("table", "csv", "json")


class QueryError(MlkgError):
    """The query cannot run (syntax error, bad binding); the message is the parser's, on one line."""


@dataclass(frozen=True)
class QueryResult:
    """A query's answer as plain values.

    SELECT: one row per solution, ``None`` for unbound. ASK: one column
    ``boolean`` and one row. CONSTRUCT/DESCRIBE: columns subject, predicate,
    object, one row per triple. ``terms`` holds the RDF terms behind ``rows``.
    """

    kind: Kind
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    terms: tuple[tuple[Term | None, ...], ...] = field(repr=False, compare=False)

    @property
    def boolean(self) -> bool | None:
        """The answer of an ASK query, None for other kinds."""
        return bool(self.rows[0][0]) if self.kind == "ask" else None

    def records(self) -> list[dict[str, Value]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_dataframe(self) -> pd.DataFrame:
        """The rows as a pandas DataFrame (query's column order), for notebooks; needs ``mlkg[notebooks]``."""
        from mlkg.query.frames import pandas

        return pandas().DataFrame(list(self.rows), columns=list(self.columns))


# --- loading: :mod:`mlkg.stores.oxigraph` -------------------------------------------------------


def rdflib_graph(source: str | Path | ox.Store) -> rdflib.Graph:
    """An rdflib Graph over an oxigraph store: the rdflib API with oxigraph's speed.

    ``source`` is what :func:`open_store` takes, or an open store to wrap (no second copy).

    ``graph.query`` runs on oxigraph with the mlkg prefixes bound. Literals
    without a datatype come back as ``Literal(x, datatype=XSD.string)`` (the
    same term in RDF 1.1; rdflib's ``==`` differs) and ``initBindings`` only
    bind variables that the query selects; see docs/querying.md.
    """
    import rdflib
    from oxrdflib import OxigraphStore
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    store = source if isinstance(source, ox.Store) else open_store(source)
    graph = rdflib.Graph(store=OxigraphStore(store=store), identifier=DATASET_DEFAULT_GRAPH_ID)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    return graph


# --- running -------------------------------------------------------------------------------

_INT = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?|[+-]?\d+[eE][+-]?\d+")
_XSD = "http://www.w3.org/2001/XMLSchema#"


def bind_term(value: str | Term) -> Term:
    """The RDF term a ``--bind`` value stands for.

    ``<iri>`` and ``prefix:local`` (a known prefix) are IRIs; an integer or
    decimal is a number; ``"text"`` in double quotes forces a string; anything
    else is a string literal.
    """
    if not isinstance(value, str):
        return value
    if value.startswith("<") and value.endswith(">") and len(value) > 2:
        return ox.NamedNode(value[1:-1])
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return ox.NamedNode(PREFIXES[prefix] + local)
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return ox.Literal(value[1:-1])
    if _INT.fullmatch(value):
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "integer"))
    if _DECIMAL.fullmatch(value):
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "double"))
    return ox.Literal(value)


def _bound(name: str, value: str | Term) -> Term:
    """:func:`bind_term`, with a value that is no valid term (an IRI with a space, text UTF-8
    cannot carry) as a QueryError that names the binding."""
    try:
        return bind_term(value)
    except (ValueError, UnicodeError) as exc:
        shown = value.encode("utf-8", "backslashreplace").decode() if isinstance(value, str) else value
        raise QueryError(Errors.E346.format(name=name, value=shown, detail=_one_line(str(exc)))) from None


def parse_bindings(items: Iterable[str]) -> dict[str, str]:
    """``["name=value", ...]`` -> {name: value}; a leading ``?`` on the name is allowed."""
    bindings = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", name):
            raise QueryError(Errors.E521.format(item=item))
        bindings[name] = value
    return bindings


def substitutions(bindings: Mapping[str, str | Term] | None) -> dict[ox.Variable, Term] | None:
    """``--bind`` values as the SEP-0007 substitutions ``Store.query`` takes: terms, never query text."""
    return {ox.Variable(name): _bound(name, value) for name, value in (bindings or {}).items()} or None


@contextmanager
def query_errors(sparql: str) -> Iterator[None]:
    """Running and reading a query's answer: the engine's errors as one-line QueryErrors."""
    try:
        yield
    except SyntaxError as exc:
        raise QueryError(Errors.E520.format(message=_syntax_message(sparql, str(exc)))) from None
    except (RuntimeError, OSError) as exc:  # e.g. a substitution of a variable the query does not select
        raise QueryError(Errors.E522.format(detail=_one_line(str(exc)), hint=_binding_hint(str(exc)))) from None


def run_query(store: ox.Store, sparql: str, bindings: Mapping[str, str | Term] | None = None) -> QueryResult:
    """Run ``sparql`` with the mlkg prefixes predeclared and ``bindings`` substituted (SEP-0007)."""
    bound = substitutions(bindings)
    with query_errors(sparql):
        answer = store.query(sparql, prefixes=PREFIXES, substitutions=bound)
        if isinstance(answer, ox.QueryBoolean):
            term = ox.Literal("true" if answer else "false", datatype=ox.NamedNode(_XSD + "boolean"))
            return QueryResult("ask", ("boolean",), ((bool(answer),),), ((term,),))
        if isinstance(answer, ox.QueryTriples):
            return _tabulate("graph", ("subject", "predicate", "object"),
                             [(t.subject, t.predicate, t.object) for t in answer])
        columns = tuple(v.value for v in answer.variables)
        rows = [tuple(solution[i] for i in range(len(columns))) for solution in answer]
        return _tabulate("select", columns, rows)


def _tabulate(kind: Kind, columns: tuple[str, ...], terms: list[tuple[Term | None, ...]]) -> QueryResult:
    rows = tuple(tuple(to_python(term) for term in row) for row in terms)
    return QueryResult(kind, columns, rows, tuple(terms))


def query_source(source: str | Path, sparql: str, bindings: Mapping[str, str | Term] | None = None, *,
                 persist: bool = True) -> QueryResult:
    """Open ``source`` and run one query: the whole ``mlkg query`` command as a function."""
    return run_query(open_store(source, persist=persist), sparql, bindings)


def _one_line(text: str) -> str:
    return " ".join(text.split())


_PREFIXED = re.compile(r"(?<![\w?$:/#.-])([A-Za-z][\w.-]*)?:(?=[\w%]|\s|$)")
_NOT_CODE = re.compile(r"<[^<>\s]*>|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*")


def code_only(sparql: str) -> str:
    """The query with its IRIs, strings and comments blanked: what is left are keywords and names."""
    return _NOT_CODE.sub(" ", sparql)


def undeclared_prefixes(sparql: str) -> list[str]:
    """Prefixes the query uses that neither it nor :data:`PREFIXES` declares."""
    code = code_only(sparql)
    declared = set(re.findall(r"(?i)PREFIX\s+([\w.-]*):", code)) | set(PREFIXES)
    used = dict.fromkeys(m.group(1) or "" for m in _PREFIXED.finditer(code))
    return [p for p in used if p not in declared]


def _syntax_message(sparql: str, message: str) -> str:
    """The parser's message on one line, with the line of the query it points at."""
    if "Prefix not found" in message and (unknown := undeclared_prefixes(sparql)):
        return (f"SPARQL syntax error: unknown prefix {unknown[0] + ':'!r}; declare it with PREFIX or use one "
                f"of {', '.join(PREFIXES)}")
    text = _one_line(message)
    if len(text) > 240:
        text = text[:240] + " …"
    match = re.search(r"error at (\d+):(\d+)", message)
    if match:
        line_no, col = int(match.group(1)), int(match.group(2))
        lines = sparql.splitlines()
        if 0 < line_no <= len(lines):
            near = lines[line_no - 1][max(col - 1, 0):max(col - 1, 0) + 30].strip()
            if near:
                text += f" (near {near!r})"
    return f"SPARQL syntax error: {text}"


def _binding_hint(message: str) -> str:
    if "projection" in message:
        return " (a bound variable must appear in the SELECT clause)"
    return ""


_INTEGERS = {_XSD + name for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_FLOATS = {_XSD + name for name in ("double", "float", "decimal")}


def to_python(term: Term | None) -> Value:
    """A plain value: IRIs as str, literals by datatype (int, float, bool, date, datetime, else str).

    A literal whose text does not fit its datatype stays a str rather than failing the query.
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    datatype, text = term.datatype.value, term.value
    try:
        if datatype in _INTEGERS:
            return int(text)
        if datatype in _FLOATS:
            return float(text)
        if datatype == _XSD + "boolean":
            return {"true": True, "1": True, "false": False, "0": False}[text]
        if datatype == _XSD + "date":
            return dt.date.fromisoformat(text)
        if datatype == _XSD + "dateTime":
            return dt.datetime.fromisoformat(text)
    except (ValueError, KeyError):
        pass
    return text


# --- writing -------------------------------------------------------------------------------

def _text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def to_csv(result: QueryResult) -> str:
    """A header row, then one row per solution (SPARQL 1.1 CSV: values only, empty for unbound)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([_text(v) for v in row] for row in result.rows)
    return buffer.getvalue()


def _json_term(term: Term) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {k: _json_term(getattr(term, k))
                                            for k in ("subject", "predicate", "object")}}
    literal: dict[str, Any] = {"type": "literal", "value": term.value}
    if term.language:
        literal["xml:lang"] = term.language
    elif term.datatype.value != _XSD + "string":
        literal["datatype"] = term.datatype.value
    return literal


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON; CONSTRUCT/DESCRIBE triples as bindings of subject, predicate, object."""
    if result.kind == "ask":
        document: dict[str, Any] = {"head": {}, "boolean": result.boolean}
    else:
        bindings = [{name: _json_term(term) for name, term in zip(result.columns, row) if term is not None}
                    for row in result.terms]
        document = {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _compact(term: Term | None, value: Value) -> str:
    """An IRI as prefix:local when a known prefix fits (tables are for reading)."""
    if isinstance(term, ox.NamedNode):
        best = max((p for p, ns in PREFIXES.items() if term.value.startswith(ns)),
                   key=lambda p: len(PREFIXES[p]), default=None)
        if best is not None:
            return f"{best}:{term.value[len(PREFIXES[best]):]}"
    return _text(value)


def to_table(result: QueryResult, title: str | None = None) -> Table:
    """A rich Table, IRIs shortened to prefix:local, with the row count as caption."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, caption=f"{len(result.rows)} row(s)" if result.kind != "ask" else None)
    for name in result.columns:
        table.add_column(name, overflow="fold")
    for row, terms in zip(result.rows, result.terms):
        table.add_row(*(Text(_compact(t, v)) for t, v in zip(terms, row)))
    return table


def render(result: QueryResult, fmt: str, *, width: int = 160) -> str:
    """``result`` as text in one of :data:`OUTPUT_FORMATS` (a table at ``width`` columns)."""
    if fmt == "csv":
        return to_csv(result)
    if fmt == "json":
        return to_json(result)
    if fmt == "table":
        from rich.console import Console

        console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
        console.print(to_table(result))
        return console.file.getvalue()  # type: ignore[attr-defined]
    raise QueryError(Errors.E523.format(fmt=fmt, valid=", ".join(OUTPUT_FORMATS)))
