"""GraphML writer. GraphML holds scalars only, so tuples are joined with "; "."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from mlkg.files import atomic_path
from mlkg.graph.nx import to_networkx
from mlkg.graph.store import KnowledgeGraph

LIST_SEPARATOR = "; "


def graphml_ready(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are GraphML scalars (tuples joined, None dropped)."""
    out = nx.MultiDiGraph()

    def clean(attrs: dict) -> dict:
        return {k: (LIST_SEPARATOR.join(v) if isinstance(v, tuple) else v)
                for k, v in attrs.items() if v is not None}

    out.add_nodes_from((n, clean(a)) for n, a in graph.nodes(data=True))
    out.add_edges_from((u, v, k, clean(a)) for u, v, k, a in graph.edges(keys=True, data=True))
    return out


def write_graphml(graph: KnowledgeGraph, target: Path) -> None:
    with atomic_path(target) as tmp:
        nx.write_graphml(graphml_ready(to_networkx(graph)), tmp, encoding="utf-8")
