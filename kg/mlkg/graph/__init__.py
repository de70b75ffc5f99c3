"""The knowledge graph: one neutral structure, built once, viewed as RDF or NetworkX.

``build_graph`` (which needs the resolver, and so spaCy's lexicon matcher) loads on first use,
so that code needing only the structure (the exporters' registry, ``mlkg --help``) starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .store import Edge, KnowledgeGraph, Node

if TYPE_CHECKING:
    from .build import build_graph

__all__ = ["Edge", "KnowledgeGraph", "Node", "build_graph"]


def __getattr__(name: str) -> Any:
    if name == "build_graph":
        from .build import build_graph

        return build_graph
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
