"""NetworkX node-link JSON writer (``nx.node_link_graph`` reads it back)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from mlkg.files import atomic_path
from mlkg.graph.nx import to_networkx
from mlkg.graph.store import KnowledgeGraph


def write_node_link(graph: KnowledgeGraph, target: Path) -> None:
    """networkx node-link JSON (``nx.node_link_graph`` reads it back); tuples become lists."""
    data = nx.node_link_data(to_networkx(graph), edges="edges")
    with atomic_path(target) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, default=list, sort_keys=True), encoding="utf-8")
