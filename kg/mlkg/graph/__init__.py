"""The knowledge graph: one neutral structure, built once, viewed as RDF or NetworkX."""

from .build import build_graph
from .store import Edge, KnowledgeGraph, Node

__all__ = ["Edge", "KnowledgeGraph", "Node", "build_graph"]
