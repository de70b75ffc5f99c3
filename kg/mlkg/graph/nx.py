"""The KnowledgeGraph as a NetworkX MultiDiGraph.

Node ids are the stable node ids (``model/clip``); attributes are ``type``,
``label``, ``uri`` and the node's properties. Edge keys are relation names, and
extracted edges carry their provenance (paper, evidence, start, end,
extractor, confidence) as attributes.
"""

from __future__ import annotations

import networkx as nx

from mlkg.identity import uri

from .store import KnowledgeGraph


def to_networkx(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    result = nx.MultiDiGraph()
    result.add_nodes_from(
        (node.id, {"type": node.type, "label": node.label, "uri": uri(node.id), **node.props})
        for node in (graph.nodes[k] for k in sorted(graph.nodes))
    )
    result.add_edges_from(
        (edge.source, edge.target, edge.rel, {"rel": edge.rel, **edge.props})
        for edge in (graph.edges[k] for k in sorted(graph.edges))
    )
    return result
