"""Neo4j bulk-import files: node and relationship CSVs for ``neo4j-admin database import full``.

For graphs too big to upsert over Bolt in reasonable time: one CSV per node type and
per relationship type, with typed headers (``upvotes:long``, ``published:date``,
``aliases:string[]``), every label of a node in its ``:LABEL`` column (``Entity`` and ``Model``),
``constraints.cypher`` (the uniqueness constraints and the full-text index of names, which
the import cannot create), and what to run, in order (``import-command.txt``): the import
command, then ``cypher-shell -f constraints.cypher`` on the started server.
Values are quoted by the csv module (quotes doubled), fields may span lines
(hence ``--multiline-fields=true``), and arrays use U+001F as delimiter (inside
an array item it becomes a space). Lone surrogates, which UTF-8 cannot encode,
are U+FFFD (:func:`mlkg.export.neo4j.node_properties`).
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import shlex
from collections import defaultdict
from pathlib import Path
from typing import Any

from mlkg.files import atomic_path, write_text_atomic
from mlkg.graph.store import KnowledgeGraph

from .chars import unicode_text
from .neo4j import (
    await_indexes_statement,
    edge_properties,
    label,
    labels,
    node_properties,
    rel_type,
    schema_statements,
)

ARRAY_DELIMITER = "\x1f"  # also between the labels of a :LABEL cell, which is an array to neo4j-admin
COMMAND_FILE = "import-command.txt"
CONSTRAINTS_FILE = "constraints.cypher"
_TYPES = {bool: "boolean", int: "long", float: "double", dt.date: "date"}
_JAVA_FLOATS = {"inf": "Infinity", "-inf": "-Infinity", "nan": "NaN"}


def _column_type(values: list[Any]) -> str:
    kinds = {type(v) for v in values if v is not None}
    if kinds and all(k is list for k in kinds):
        return "string[]"
    for python_type in (bool, int, float, dt.date):
        if kinds == {python_type}:
            return _TYPES[python_type]
    if kinds == {int, float}:
        return "double"
    return "string"


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, " ") for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return _JAVA_FLOATS[str(value)]  # Python's "inf" is no number to Java's parser
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _write_csv(target: Path, id_columns: list[str], rows: list[tuple[list[Any], dict[str, Any]]]) -> None:
    keys = sorted({k for _, props in rows for k in props})
    header = id_columns + [f"{k}:{_column_type([p.get(k) for _, p in rows])}" for k in keys]
    with atomic_path(target) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for ids, props in rows:
            writer.writerow(ids + [_cell(props.get(k)) for k in keys])


def constraints_cypher(graph: KnowledgeGraph) -> str:
    """The schema the Bolt export creates, as a cypher-shell script: one statement a line, each
    safe to run again, then a wait until the full-text index has read the imported nodes."""
    lines = ["// Run on the started server after `neo4j-admin database import` (see import-command.txt):",
             "// uniqueness constraints on id for every label, and the full-text index of names and aliases.",
             *(f"{statement};" for statement in [*schema_statements(graph), await_indexes_statement()])]
    return "\n".join(lines) + "\n"


def import_command(outdir: Path, node_files: list[str], rel_files: list[str], database: str = "neo4j") -> str:
    # The database name comes first: --nodes takes several files and would swallow a trailing name.
    parts = ["neo4j-admin", "database", "import", "full", database, "--overwrite-destination",
             "--multiline-fields=true", "--array-delimiter=U+001F"]
    parts += [f"--nodes={outdir / name}" for name in node_files]
    parts += [f"--relationships={outdir / name}" for name in rel_files]
    return " ".join(shlex.quote(p) for p in parts)


def write_neo4j_import(graph: KnowledgeGraph, outdir: Path, database: str = "neo4j") -> list[Path]:
    """Write the CSVs, ``constraints.cypher`` and what to run into ``outdir``; stale CSVs of an
    earlier export are removed."""
    outdir.mkdir(parents=True, exist_ok=True)
    nodes: dict[str, list[tuple[list[Any], dict[str, Any]]]] = defaultdict(list)
    for node_id in sorted(graph.nodes):
        node = graph.nodes[node_id]
        props = node_properties(node)
        nodes[label(node.type)].append(([props.pop("id"), ARRAY_DELIMITER.join(labels(node.type))], props))
    rels: dict[str, list[tuple[list[Any], dict[str, Any]]]] = defaultdict(list)
    for key in sorted(graph.edges):
        edge = graph.edges[key]
        ends = [unicode_text(edge.source), unicode_text(edge.target)]  # as node_properties gives the ids
        rels[rel_type(edge.rel)].append((ends + [rel_type(edge.rel)], edge_properties(edge)))
    written: list[Path] = []
    for name, rows in sorted(nodes.items()):
        written.append(outdir / f"nodes_{name}.csv")
        _write_csv(written[-1], ["id:ID", ":LABEL"], rows)
    for name, rows in sorted(rels.items()):
        written.append(outdir / f"relationships_{name}.csv")
        _write_csv(written[-1], [":START_ID", ":END_ID", ":TYPE"], rows)
    keep = {p.name for p in written}
    for stale in [*outdir.glob("nodes_*.csv"), *outdir.glob("relationships_*.csv")]:
        if stale.name not in keep:
            stale.unlink()
    command = import_command(outdir.resolve(), [p.name for p in written if p.name.startswith("nodes_")],
                             [p.name for p in written if p.name.startswith("relationships_")], database)
    write_text_atomic(outdir / CONSTRAINTS_FILE, constraints_cypher(graph))
    written.append(outdir / CONSTRAINTS_FILE)
    shell = shlex.join(["cypher-shell", "-d", database, "-f", str((outdir / CONSTRAINTS_FILE).resolve())])
    write_text_atomic(outdir / COMMAND_FILE, f"{command}\n# then start Neo4j and create the constraints and the "
                                             f"full-text index (-u/-p or NEO4J_USERNAME/NEO4J_PASSWORD):\n"
                                             f"{shell}\n")
    written.append(outdir / COMMAND_FILE)
    return written
