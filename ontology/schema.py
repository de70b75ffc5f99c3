"""The label mapping from ``ontology/schema.toml``, checked against the ontology at import.

Graph building, RDF, NetworkX and Neo4j all read node classes, labels and
relationship names from here, so renaming one is a one-line data change.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from rdflib import URIRef

from mlkg import ontology
from mlkg.ontology.vocab import MLKG


@dataclass(frozen=True, slots=True)
class NodeType:
    name: str
    rdf_class: URIRef
    neo4j_label: str
    id_prefix: str
    color: str  # on the interactive page and its legend
    neo4j_ancestors: tuple[str, ...] = ()  # extra labels, its ancestor classes (``:Entity:Model``)
    neo4j_name_index: bool = False  # name and aliases in the Neo4j full-text index

    @property
    def neo4j_labels(self) -> tuple[str, ...]:
        """Every label of the node in Neo4j: its ancestors', then its own."""
        return (*self.neo4j_ancestors, self.neo4j_label)


@dataclass(frozen=True, slots=True)
class Relation:
    name: str
    rdf_property: URIRef
    neo4j_type: str


@dataclass(frozen=True, slots=True)
class Schema:
    nodes: dict[str, NodeType]
    relations: dict[str, Relation]

    def node(self, name: str) -> NodeType:
        try:
            return self.nodes[name]
        except KeyError:
            raise KeyError(f"no node type {name!r} in ontology/schema.toml; "
                           f"known: {', '.join(sorted(self.nodes))}") from None

    def relation(self, name: str) -> Relation:
        try:
            return self.relations[name]
        except KeyError:
            raise KeyError(f"no relation {name!r} in ontology/schema.toml; "
                           f"known: {', '.join(sorted(self.relations))}") from None


@cache
def schema() -> Schema:
    """Load the mapping once; a term missing from the ontology fails here (DefinedNamespace)."""
    data = tomllib.loads(ontology.path("schema.toml").read_text(encoding="utf-8"))
    nodes = {
        name: NodeType(name, MLKG[spec["class"]], spec["neo4j"], spec["id_prefix"], spec["color"],
                       tuple(spec.get("neo4j_ancestors", ())), bool(spec.get("neo4j_name_index", False)))
        for name, spec in data["nodes"].items()
    }
    relations = {
        name: Relation(name, MLKG[spec["property"]], spec["neo4j"])
        for name, spec in data["roles"].items()
    }
    return Schema(nodes, relations)
