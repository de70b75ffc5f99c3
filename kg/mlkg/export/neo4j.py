"""Export to a running Neo4j over Bolt: idempotent, batched, parameterised.

The schema comes first (:func:`schema_statements`): a uniqueness constraint on ``id`` for
every label, and the full-text index of names and aliases
(:data:`~mlkg.stores.neo4j.NAMES_INDEX`). Then nodes and relationships are upserted in
batches with ``UNWIND $rows AS row MERGE ... SET x += row.props`` on the stable ids, so a
second export of the same graph changes nothing and an updated graph adds only what is new.

A node carries its type's label and its ancestors' (``:Entity:Model``, as BioCypher adds
them; ``ontology/schema.toml`` says which). It is merged on the most general of them: the
type of an entity is a vote that one more paper can change, and the node then changes its
label (``SET n:Model REMOVE n:Dataset:Benchmark``) instead of getting a twin. Relationship
batches are grouped by (start label, type, end label) on those merge labels, so each
``MATCH`` uses a constraint's index. Dates (a paper's ``published``) are Neo4j ``date``
values. Every value travels as a parameter; the only names put into Cypher text are labels,
relationship types and the index name from the mapping, checked to be plain identifiers.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from mlkg.errors import Errors, MlkgError
from mlkg.graph.rdf import PROPERTIES
from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.identity import uri
from mlkg.ontology.schema import schema
from mlkg.stores.neo4j import NAMES_INDEX, Connection, Neo4jError, Session

from .chars import unicode_text

DEFAULT_BATCH = 5000
INDEX_WAIT_SECONDS = 300  # a full-text index added to a big database fills in the background
NAMES_ANALYZER = "standard-no-stop-words"  # words, case-insensitive; Neo4j's default, stated
NAME_PROPERTIES = ("name", "aliases")
DATE_PROPERTIES = frozenset(name for name, (_, datatype) in PROPERTIES.items() if datatype == "date")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

Progress = Callable[[str, int, int | None], None]


class Neo4jExportError(MlkgError):
    """The export cannot go on: the server is unusable or refused a write (the message keeps the
    server's code and fix, from :mod:`mlkg.stores.neo4j`), the ontology names a bad label, or a
    value cannot take its Neo4j type."""


@dataclass(frozen=True)
class ExportSummary:
    nodes: int
    relationships: int
    nodes_created: int
    relationships_created: int
    properties_set: int
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def identifier(name: str) -> str:
    """A label, relationship type or index name from the mapping, safe to put into Cypher text."""
    if not _IDENTIFIER.match(name):
        raise Neo4jExportError(Errors.E405.format(name=name))
    return name


def label(node_type: str) -> str:
    """The label of the node type itself (``Model``): one per type, so counts per type stay exact."""
    return identifier(schema().node(node_type).neo4j_label)


def labels(node_type: str) -> tuple[str, ...]:
    """Every label a node of the type carries, its ancestors' first (``("Entity", "Model")``)."""
    return tuple(identifier(name) for name in schema().node(node_type).neo4j_labels)


def merge_label(node_type: str) -> str:
    """The label a node is merged and matched on: its most general one, shared by the types it may change to."""
    return labels(node_type)[0]


def rel_type(rel: str) -> str:
    return identifier(schema().relation(rel).neo4j_type)


def _value(value: Any) -> Any:
    """Strings as UTF-8 can carry them (Bolt and the CSVs are UTF-8: a lone surrogate is U+FFFD)."""
    if isinstance(value, str):
        return unicode_text(value)
    if isinstance(value, tuple):
        return [unicode_text(v) if isinstance(v, str) else v for v in value]
    return value


def _values(props: dict[str, Any]) -> dict[str, Any]:
    """Tuples as lists; no empty strings or lists, which Neo4j (and its CSV import) treat as absent."""
    return {k: _value(v) for k, v in props.items() if v not in (None, "", ())}


def _date(node: Node, key: str, value: Any) -> Any:
    """A date property (ISO text in the graph) as a date, which the driver sends as a Neo4j ``date``."""
    if isinstance(value, dt.date) or value in (None, ""):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise Neo4jExportError(Errors.E560.format(node=node.id, prop=key, value=value)) from None


def node_properties(node: Node) -> dict[str, Any]:
    """What a node carries in Neo4j: its id, URI, display name and its properties, dates as dates."""
    props = {k: _date(node, k, v) if k in DATE_PROPERTIES else v for k, v in node.props.items()}
    return _values({"id": node.id, "uri": uri(node.id), "name": node.label, **props})


def edge_properties(edge: Edge) -> dict[str, Any]:
    """Provenance (paper, evidence, start, end, extractor) and confidence; paper as its node id."""
    return _values(edge.props)


def node_batches(graph: KnowledgeGraph, size: int) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(node type, rows) for :func:`node_query`, in batches of at most ``size``."""
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node_id in sorted(graph.nodes):
        node = graph.nodes[node_id]
        by_type[node.type].append({"id": node.id, "props": node_properties(node)})
    for name in sorted(by_type):
        rows = by_type[name]
        for i in range(0, len(rows), size):
            yield name, rows[i:i + size]


def edge_batches(graph: KnowledgeGraph, size: int) -> Iterator[tuple[tuple[str, str, str], list[dict[str, Any]]]]:
    """((start merge label, type, end merge label), rows) for :func:`edge_query`."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for key in sorted(graph.edges):
        edge = graph.edges[key]
        start, end = graph.nodes[edge.source], graph.nodes[edge.target]
        groups[(merge_label(start.type), rel_type(edge.rel), merge_label(end.type))].append(
            {"s": unicode_text(edge.source), "t": unicode_text(edge.target), "props": edge_properties(edge)})
    for group in sorted(groups):
        rows = groups[group]
        for i in range(0, len(rows), size):
            yield group, rows[i:i + size]


def constraint_statements(graph: KnowledgeGraph) -> list[str]:
    """A uniqueness constraint on ``id`` for every label, ancestors' too (merges go through them)."""
    names = sorted({name for n in graph.nodes.values() for name in labels(n.type)} |
                   {name for t in schema().nodes for name in labels(t)})
    return [f"CREATE CONSTRAINT mlkg_{name.lower()}_id IF NOT EXISTS FOR (n:{name}) REQUIRE n.id IS UNIQUE"
            for name in names]


def names_index_labels() -> list[str]:
    """The labels whose ``name`` and ``aliases`` the full-text index holds (``neo4j_name_index``)."""
    return sorted(label(t.name) for t in schema().nodes.values() if t.neo4j_name_index)


def names_index_statement() -> str:
    """The full-text index of names and aliases; a LIST<STRING> property is indexed item by item."""
    on = ", ".join(f"n.{identifier(p)}" for p in NAME_PROPERTIES)
    return (f"CREATE FULLTEXT INDEX {identifier(NAMES_INDEX)} IF NOT EXISTS "
            f"FOR (n:{'|'.join(names_index_labels())}) ON EACH [{on}] "
            f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{NAMES_ANALYZER}'}}}}")


def schema_statements(graph: KnowledgeGraph) -> list[str]:
    """Constraints and the full-text index, each safe to run again (``IF NOT EXISTS``)."""
    return [*constraint_statements(graph), names_index_statement()]


def await_indexes_statement() -> str:
    return f"CALL db.awaitIndexes({INDEX_WAIT_SECONDS})"


def node_query(node_type: str) -> str:
    """Upsert nodes of one type on their merge label; a node that was another type changes label."""
    key, own = merge_label(node_type), labels(node_type)[1:]
    siblings = sorted(label(t) for t in schema().nodes if t != node_type and merge_label(t) == key)
    query = f"UNWIND $rows AS row MERGE (n:{key} {{id: row.id}}) SET "
    query += f"n:{':'.join(own)}, n += row.props" if own else "n += row.props"
    return query + (f" REMOVE n:{':'.join(siblings)}" if siblings else "")


def edge_query(group: tuple[str, str, str]) -> str:
    start, rel, end = (identifier(part) for part in group)
    return (f"UNWIND $rows AS row MATCH (a:{start} {{id: row.s}}) MATCH (b:{end} {{id: row.t}}) "
            f"MERGE (a)-[r:{rel}]->(b) SET r += row.props")


def statements(graph: KnowledgeGraph, batch_size: int) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Every upsert of the export, nodes before relationships: (Cypher text, rows parameter)."""
    for name, rows in node_batches(graph, batch_size):
        yield node_query(name), rows
    for group, rows in edge_batches(graph, batch_size):
        yield edge_query(group), rows


def _drop_changed_names_index(session: Session) -> None:
    """``IF NOT EXISTS`` keeps an index of the same name as it was: one over other labels or
    properties (an older mapping) is dropped, so the statement after it creates today's."""
    _, rows = session.read("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options "
                           "WHERE name = $name RETURN labelsOrTypes, properties, "
                           "options.indexConfig.`fulltext.analyzer`", {"name": NAMES_INDEX})
    wanted = [names_index_labels(), sorted(NAME_PROPERTIES), NAMES_ANALYZER]
    if rows and [sorted(rows[0][0]), sorted(rows[0][1]), rows[0][2]] != wanted:
        session.write(f"DROP INDEX {identifier(NAMES_INDEX)} IF EXISTS")


def export_neo4j(graph: KnowledgeGraph, conn: Connection, *, batch_size: int = DEFAULT_BATCH,
                 progress: Progress | None = None) -> ExportSummary:
    """Upsert ``graph`` into Neo4j; safe to repeat (MERGE on stable ids)."""
    t0 = time.perf_counter()
    created_nodes = created_rels = props_set = 0
    total = len(graph.nodes) + len(graph.edges)
    done = 0
    try:
        with Session(conn) as session:
            _drop_changed_names_index(session)
            for statement in schema_statements(graph):
                session.write(statement)
            session.write(await_indexes_statement())
            for query, rows in statements(graph, batch_size):
                counters = session.write(query, {"rows": rows})
                created_nodes += counters.nodes_created
                created_rels += counters.relationships_created
                props_set += counters.properties_set
                done += len(rows)
                if progress:
                    progress("neo4j", done, total)
    except Neo4jError as exc:
        raise Neo4jExportError(str(exc)) from exc
    return ExportSummary(len(graph.nodes), len(graph.edges), created_nodes, created_rels, props_set,
                         round(time.perf_counter() - t0, 3))
