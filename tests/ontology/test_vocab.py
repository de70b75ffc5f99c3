"""The generated vocabulary module and the mapping stay in step with ontology/mlkg.ttl."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF

import mlkg.ontology.vocab
from mlkg import ontology
from mlkg.ontology.schema import schema
from mlkg.ontology.vocab import MLKG


def test_vocab_module_is_generated_from_the_ontology() -> None:
    assert Path(mlkg.ontology.vocab.__file__).read_text(encoding="utf-8") == ontology.vocab_source(), (
        "ontology/vocab.py is stale: run `python -m mlkg.ontology`")


def test_unknown_term_fails() -> None:
    with pytest.raises(AttributeError):
        MLKG.Papr  # noqa: B018


def test_every_mapped_term_is_declared_with_the_right_kind() -> None:
    graph = rdflib.Graph().parse(ontology.path("mlkg.ttl"))
    for node in schema().nodes.values():
        assert (node.rdf_class, RDF.type, OWL.Class) in graph
    for rel in schema().relations.values():
        assert (rel.rdf_property, RDF.type, OWL.ObjectProperty) in graph


def test_ontology_files_ship_with_the_package() -> None:
    for name in ("mlkg.ttl", "schema.toml"):
        assert ontology.path(name).is_file()
