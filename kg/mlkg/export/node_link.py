"""NetworkX node-link JSON writer (``nx.node_link_graph`` reads it back)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import networkx as nx

from mlkg.files import atomic_path
from mlkg.graph.nx import to_networkx
from mlkg.graph.store import KnowledgeGraph

from .chars import unicode_text


def write_node_link(graph: KnowledgeGraph, target: Path) -> None:
    """networkx node-link JSON (``nx.node_link_graph`` reads it back); tuples become lists.

    JSON escapes every control character itself; a lone surrogate, which UTF-8 cannot encode (and
    strict readers refuse even as ``\\ud800``), becomes U+FFFD as in every other output. JSON has
    no infinity or NaN (``json.dumps`` would write ``Infinity``, which JavaScript and jq refuse):
    such a float is written as null.
    """
    data = nx.node_link_data(to_networkx(graph), edges="edges")
    try:
        text = json.dumps(data, ensure_ascii=False, default=list, sort_keys=True, allow_nan=False)
    except ValueError:  # a float that is not finite
        text = json.dumps(_finite(data), ensure_ascii=False, default=list, sort_keys=True, allow_nan=False)
    try:
        payload = text.encode("utf-8")
    except UnicodeEncodeError:
        payload = unicode_text(text).encode("utf-8")
    with atomic_path(target) as tmp:
        tmp.write_bytes(payload)


def _finite(value: Any) -> Any:
    """``value`` with every float that is not finite as None (lists, tuples and dicts walked)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value
