"""The ontology describes itself (version, creator, licence) and its committed documentation page,
docs/ontology.html, is the one pyLODE makes from mlkg.ttl today."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import DCTERMS, OWL

import mlkg
from mlkg import ontology
from mlkg.ontology.doc import DOC_PAGE, DocError, comparable, doc_html, write_doc

ONTOLOGY = rdflib.URIRef("https://w3id.org/mlkg/ontology")


def test_the_ontology_header_names_its_version_creator_and_licence() -> None:
    graph = rdflib.Graph().parse(ontology.path("mlkg.ttl"), format="turtle")
    assert str(graph.value(ONTOLOGY, OWL.versionInfo)) == mlkg.__version__, (
        "owl:versionInfo in ontology/mlkg.ttl is not the package version: change both with a release")
    assert graph.value(ONTOLOGY, OWL.versionIRI) == rdflib.URIRef(f"{ONTOLOGY}/{mlkg.__version__}")
    assert graph.value(ONTOLOGY, DCTERMS.license) == rdflib.URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert graph.value(ONTOLOGY, DCTERMS.creator)
    assert graph.value(ONTOLOGY, DCTERMS.created).datatype == rdflib.XSD.date


def test_the_committed_page_is_current() -> None:
    assert DOC_PAGE.is_file(), "docs/ontology.html is missing: run `python -m mlkg.ontology doc`"
    assert comparable(DOC_PAGE.read_text(encoding="utf-8")) == comparable(doc_html()), (
        "docs/ontology.html is stale: run `python -m mlkg.ontology doc`")


def test_the_page_documents_every_class_and_the_metadata() -> None:
    page = doc_html()
    graph = rdflib.Graph().parse(ontology.path("mlkg.ttl"), format="turtle")
    for cls in graph.subjects(rdflib.RDF.type, OWL.Class):
        if isinstance(cls, rdflib.URIRef):
            assert str(cls) in page, cls
    assert "https://creativecommons.org/licenses/by/4.0/" in page and mlkg.__version__ in page


def test_only_the_pylode_version_is_left_out_of_the_comparison() -> None:
    page = doc_html()
    newer = page.replace('pyLODE/release/3.', 'pyLODE/release/9.').replace('id="version">3.', 'id="version">9.')
    assert comparable(newer) == comparable(page)
    assert comparable(page.replace("Paper", "Papr")) != comparable(page)


def test_the_page_needs_a_folder_to_go_to(tmp_path: Path) -> None:
    with pytest.raises(DocError, match="E353"):
        write_doc(tmp_path / "no-such-folder" / "ontology.html")
    assert write_doc(tmp_path / "ontology.html").read_text(encoding="utf-8") == doc_html()
