"""Export to a running Neo4j over Bolt: idempotent, batched, parameterised.

Uniqueness constraints come first, then nodes and relationships are upserted
in batches with ``UNWIND $rows AS row MERGE ... SET x += row.props`` on the
stable ids, so a second export of the same graph changes nothing and an
updated graph adds only what is new. Every value travels as a parameter; the
only names put into Cypher text are labels and relationship types from the
ontology mapping (``ontology/schema.toml``), checked to be plain identifiers.
Relationship batches are grouped by (start label, type, end label) so each
``MATCH`` uses the id constraint's index.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from mlkg.errors import Errors, MlkgError
from mlkg.graph.store import Edge, KnowledgeGraph, Node
from mlkg.identity import uri
from mlkg.ontology.schema import schema
from mlkg.stores.neo4j import Connection, Neo4jError, Session

from .chars import unicode_text

DEFAULT_BATCH = 5000
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

Progress = Callable[[str, int, int | None], None]


class Neo4jExportError(MlkgError):
    """The export cannot go on: the server is unusable or refused a write (the message keeps the
    server's code and fix, from :mod:`mlkg.stores.neo4j`), or the ontology names a bad label."""


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
    """A label or relationship type from the mapping, safe to put into Cypher text."""
    if not _IDENTIFIER.match(name):
        raise Neo4jExportError(Errors.E405.format(name=name))
    return name


def label(node_type: str) -> str:
    return identifier(schema().node(node_type).neo4j_label)


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


def node_properties(node: Node) -> dict[str, Any]:
    """What a node carries in Neo4j: its id, URI, display name and its properties."""
    return _values({"id": node.id, "uri": uri(node.id), "name": node.label, **node.props})


def edge_properties(edge: Edge) -> dict[str, Any]:
    """Provenance (paper, evidence, start, end, extractor) and confidence; paper as its node id."""
    return _values(edge.props)


def node_batches(graph: KnowledgeGraph, size: int) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node_id in sorted(graph.nodes):
        node = graph.nodes[node_id]
        by_label[label(node.type)].append({"id": node.id, "props": node_properties(node)})
    for name in sorted(by_label):
        rows = by_label[name]
        for i in range(0, len(rows), size):
            yield name, rows[i:i + size]


def edge_batches(graph: KnowledgeGraph, size: int) -> Iterator[tuple[tuple[str, str, str], list[dict[str, Any]]]]:
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for key in sorted(graph.edges):
        edge = graph.edges[key]
        start, end = graph.nodes[edge.source], graph.nodes[edge.target]
        groups[(label(start.type), rel_type(edge.rel), label(end.type))].append(
            {"s": unicode_text(edge.source), "t": unicode_text(edge.target), "props": edge_properties(edge)})
    for group in sorted(groups):
        rows = groups[group]
        for i in range(0, len(rows), size):
            yield group, rows[i:i + size]


def constraint_statements(graph: KnowledgeGraph) -> list[str]:
    labels = sorted({label(n.type) for n in graph.nodes.values()} |
                    {label(t) for t in schema().nodes})
    return [f"CREATE CONSTRAINT mlkg_{name.lower()}_id IF NOT EXISTS FOR (n:{name}) REQUIRE n.id IS UNIQUE"
            for name in labels]


def node_query(name: str) -> str:
    return f"UNWIND $rows AS row MERGE (n:{identifier(name)} {{id: row.id}}) SET n += row.props"


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


def export_neo4j(graph: KnowledgeGraph, conn: Connection, *, batch_size: int = DEFAULT_BATCH,
                 progress: Progress | None = None) -> ExportSummary:
    """Upsert ``graph`` into Neo4j; safe to repeat (MERGE on stable ids)."""
    t0 = time.perf_counter()
    created_nodes = created_rels = props_set = 0
    total = len(graph.nodes) + len(graph.edges)
    done = 0
    try:
        with Session(conn) as session:
            for statement in constraint_statements(graph):
                session.write(statement)
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
