"""Extractions -> KnowledgeGraph: papers, authors, entities and provenance-carrying edges."""

from __future__ import annotations

from collections.abc import Iterable

from mlkg.model import Entity, Extraction, Paper
from mlkg.resolve import entity_node_id, node_id, slug

from .store import Edge, KnowledgeGraph, Node


def paper_node_id(paper: Paper) -> str:
    return node_id("Paper", paper.id)


def _paper_node(paper: Paper) -> Node:
    url = paper.hf_url or (f"https://arxiv.org/abs/{paper.arxiv_id}" if paper.arxiv_id else None)
    props = {
        "title": paper.title,
        "abstract": paper.abstract,
        "arxiv_id": paper.arxiv_id,
        "published": paper.published.isoformat() if paper.published else None,
        "upvotes": paper.upvotes,
        "author_count": paper.author_count,
        "url": url,
        "source_file": paper.source,
        "source_record": paper.record,
    }
    return Node(paper_node_id(paper), "Paper", paper.title,
                {k: v for k, v in props.items() if v not in (None, "")})


def _entity_node(entity: Entity) -> Node:
    aliases = tuple(a for a in entity.aliases if a != entity.name)
    return Node(entity_node_id(entity), entity.type.value, entity.name,
                {"aliases": aliases} if aliases else {})


def add_extraction(graph: KnowledgeGraph, extraction: Extraction) -> None:
    """Add one paper and everything extracted from it; idempotent."""
    paper = extraction.paper
    pid = paper_node_id(paper)
    graph.add_node(_paper_node(paper))
    for name in paper.authors:
        person = graph.add_node(Node(node_id("Person", slug(name)), "Person", name))
        graph.add_edge(Edge(pid, "authoredBy", person.id))
    for entity in extraction.entities:
        node = graph.add_node(_entity_node(entity))
        evidence = entity.evidence[0] if entity.evidence else None
        props = {
            "paper": pid,
            "extractor": entity.extractor,
            "confidence": round(entity.confidence, 4),
            "evidence": evidence.text if evidence else "",
        }
        if evidence is not None and evidence.start is not None:
            props["start"], props["end"] = evidence.start, evidence.end
        graph.add_edge(Edge(pid, entity.role.value, node.id, props))


def build_graph(extractions: Iterable[Extraction], graph: KnowledgeGraph | None = None) -> KnowledgeGraph:
    graph = graph if graph is not None else KnowledgeGraph()
    for extraction in extractions:
        add_extraction(graph, extraction)
    return graph
