"""NetworkX node-link JSON writer (``nx.node_link_graph`` reads it back)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from mlkg.files import atomic_path
from mlkg.graph.nx import to_networkx
from mlkg.graph.store import KnowledgeGraph

from .chars import unicode_text


def write_node_link(graph: KnowledgeGraph, target: Path) -> None:
    """networkx node-link JSON (``nx.node_link_graph`` reads it back); tuples become lists.

    JSON escapes every control character itself; a lone surrogate, which UTF-8 cannot encode (and
    strict readers refuse even as ``\\ud800``), becomes U+FFFD as in every other output.
    """
    data = nx.node_link_data(to_networkx(graph), edges="edges")
    text = json.dumps(data, ensure_ascii=False, default=list, sort_keys=True)
    try:
        payload = text.encode("utf-8")
    except UnicodeEncodeError:
        payload = unicode_text(text).encode("utf-8")
    with atomic_path(target) as tmp:
        tmp.write_bytes(payload)
