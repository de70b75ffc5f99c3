"""graph.jsonld is compact JSON-LD: the shipped context embedded, one node object per subject, short
keys, native numbers; it reads back as exactly the triples of graph.nt, with rdflib and pyoxigraph,
and a JSON-LD processor's compaction leaves it as it is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib
from pyld import jsonld

from mlkg.build.pipeline import BuildResult, build
from mlkg.export.jsonld import Compactor, JsonLdError, shipped_context, write_compact
from mlkg.graph.rdf import triples
from mlkg.ontology.schema import schema

REPO = Path(__file__).resolve().parents[3]
XSD = "http://www.w3.org/2001/XMLSchema#"
ID = "https://w3id.org/mlkg/id/"
MLKG = "https://w3id.org/mlkg/ontology#"
M = schema().node("Model").id_prefix  # "model", or "entity" once ids no longer carry the type


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The examples, built once with the real extractor: graph.nt beside graph.jsonld."""
    return build([REPO / "examples"], tmp_path_factory.mktemp("jsonld"), formats=("nt", "jsonld"), extractor="spacy")


def _out(built: BuildResult) -> Path:
    return built.outputs[0].parent


def _document(built: BuildResult) -> dict[str, Any]:
    return json.loads((_out(built) / "graph.jsonld").read_text(encoding="utf-8"))


def _ox_triples(path: Path, fmt: ox.RdfFormat) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=fmt)}


def test_it_reads_back_as_the_triples_of_graph_nt_with_pyoxigraph(built: BuildResult) -> None:
    """The same RDF terms, not only the same values: "0.75"^^xsd:double stays "0.75"."""
    out = _out(built)
    expected = _ox_triples(out / "graph.nt", ox.RdfFormat.N_TRIPLES)
    assert len(expected) > 1000
    assert _ox_triples(out / "graph.jsonld", ox.RdfFormat.JSON_LD) == expected


def test_it_reads_back_as_the_triples_of_graph_nt_with_rdflib(built: BuildResult) -> None:
    out = _out(built)
    parsed = rdflib.Graph().parse(out / "graph.jsonld", format="json-ld")
    expected = rdflib.Graph().parse(out / "graph.nt", format="nt")
    assert set(parsed) == set(expected)
    literals = [o for o in expected.objects() if isinstance(o, rdflib.Literal)]
    assert {(o, o.datatype) for o in literals} == {(o, o.datatype) for o in parsed.objects()
                                                   if isinstance(o, rdflib.Literal)}


def test_it_is_compact_json_ld_with_the_shipped_context_embedded(built: BuildResult) -> None:
    document = _document(built)
    assert list(document) == ["@context", "@graph"]
    assert document["@context"] == shipped_context()  # a reader needs no network
    nodes = document["@graph"]
    ids = [node["id"] for node in nodes]
    assert len(ids) == len(set(ids)), "one node object per subject"
    assert all(not key.startswith("http") for node in nodes for key in node), "keys are terms or compact IRIs"
    paper = next(n for n in nodes if n["id"].startswith("paper:"))
    assert "Paper" in ([paper["type"]] if isinstance(paper["type"], str) else paper["type"])
    assert not any("rdf:type" in node for node in nodes)
    assert isinstance(paper.get("upvotes", 0), int) and not isinstance(paper.get("upvotes", 0), bool)
    assert all(isinstance(n.get("sourceRecord", 0), int) for n in nodes)


def test_the_file_is_indented_one_key_a_line(built: BuildResult) -> None:
    text = (_out(built) / "graph.jsonld").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert len(lines) > len(_document(built)["@graph"]) * 3
    assert lines[0] == "{" and lines[-1] == "}" and text.endswith("\n")


def test_every_predicate_and_class_the_builder_writes_has_a_short_form(built: BuildResult) -> None:
    """A term for every property whose local name is free in the context, a compact IRI for the
    rest (``schema:ScholarlyArticle``): a term missing from ``ontology/context.py`` fails here."""
    context, compactor = shipped_context(), Compactor(shipped_context())
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    written = _ox_triples(_out(built) / "graph.nt", ox.RdfFormat.N_TRIPLES)
    predicates = {t.predicate.value for t in written} - {rdf_type}
    classes = {t.object.value for t in written if t.predicate.value == rdf_type}
    for iri in sorted(predicates | classes):
        short = compactor.vocab(iri) if iri in classes else compactor.plan(iri).term
        local = iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if iri in predicates and local not in context:
            assert short == local, (f"{iri} has no term: add it to REUSED in ontology/context.py (or declare it "
                                    "in mlkg.ttl), then run `python -m mlkg.ontology`")
        assert (short or compactor.iri(iri)) != iri, f"{iri}: no prefix of the context fits it"


def test_every_literal_fits_its_term(built: BuildResult) -> None:
    """No value needs a value object: each term's coercion is the datatype the builder writes."""
    assert '"@value"' not in (_out(built) / "graph.jsonld").read_text(encoding="utf-8")


def test_a_json_ld_processor_compacts_it_to_itself(built: BuildResult) -> None:
    """pyld (the reference implementation's port) compacts the expanded file back to the same nodes:
    the writer makes a processor's choices of keys, compact IRIs, arrays and native values."""
    document = _document(built)
    again = jsonld.compact(jsonld.expand(document), {"@context": document["@context"]})
    assert again["@graph"] == document["@graph"]


def test_writing_twice_gives_the_same_bytes(built: BuildResult, tmp_path: Path) -> None:
    write_compact(triples(built.graph), tmp_path / "again.jsonld")
    assert (tmp_path / "again.jsonld").read_bytes() == (_out(built) / "graph.jsonld").read_bytes()


def _hostile() -> list[ox.Triple]:
    s, b = ox.NamedNode(ID + "paper/p1"), ox.BlankNode("b1")
    integer, double = ox.NamedNode(XSD + "integer"), ox.NamedNode(XSD + "double")
    return [
        ox.Triple(s, ox.NamedNode(MLKG + "upvotes"), ox.Literal("7", datatype=integer)),
        ox.Triple(s, ox.NamedNode(MLKG + "authorCount"), ox.Literal("007", datatype=integer)),  # not canonical
        ox.Triple(s, ox.NamedNode(MLKG + "sourceRecord"), ox.Literal(str(2**60), datatype=integer)),  # too big
        ox.Triple(s, ox.NamedNode(MLKG + "sourceRecord"), ox.Literal("-0", datatype=integer)),
        ox.Triple(s, ox.NamedNode(MLKG + "upvotes"), ox.Literal("many")),  # a string under an integer term
        ox.Triple(s, ox.NamedNode(MLKG + "confidence"), ox.Literal("0.90", datatype=double)),
        ox.Triple(s, ox.NamedNode(MLKG + "confidence"), ox.Literal("1", datatype=integer)),
        ox.Triple(s, ox.NamedNode(MLKG + "slug"), ox.Literal("Titel", language="de")),
        ox.Triple(s, ox.NamedNode(MLKG + "slug"), ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))),
        ox.Triple(s, ox.NamedNode(MLKG + "slug"), ox.Literal('quote " backslash \\ line\nbreak \u2028 π')),
        ox.Triple(s, ox.NamedNode(MLKG + "uses"), ox.NamedNode(f"{ID}{M}/vit")),
        ox.Triple(s, ox.NamedNode(MLKG + "uses"), b),
        ox.Triple(s, ox.NamedNode(MLKG + "uses"), ox.NamedNode(f"{ID}{M}///odd")),  # "model://odd" would be no CURIE
        ox.Triple(s, ox.NamedNode(MLKG + "uses"), ox.Literal("a string under an IRI term")),
        ox.Triple(s, ox.NamedNode(MLKG + "slug"), ox.NamedNode("https://example.org/no-prefix")),
        ox.Triple(s, ox.NamedNode("https://example.org/vocab#p"), ox.NamedNode(ID + "org/x")),
        ox.Triple(s, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), b),
        ox.Triple(b, ox.NamedNode(MLKG + "slug"), ox.Literal("blank")),
        ox.Triple(ox.NamedNode(f"{ID}{M}/vit"), ox.NamedNode("http://schema.org/alternateName"), ox.Literal("ViT")),
        ox.Triple(s, ox.NamedNode(MLKG + "upvotes"), ox.Literal("8", datatype=integer)),  # the node again, later
    ]


def test_values_that_fit_no_term_read_back_exactly(tmp_path: Path) -> None:
    target = tmp_path / "hostile.jsonld"
    write_compact(_hostile(), target)
    back = ox.parse(path=str(target), format=ox.RdfFormat.JSON_LD)
    got = {ox.Triple(q.subject, q.predicate, q.object) for q in back}
    blank = {t for t in got if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)}
    expected = {t for t in _hostile() if ox.BlankNode not in (type(t.subject), type(t.object))}
    assert got - blank == expected
    assert len(blank) == 3
    parsed = rdflib.Graph().parse(target, format="json-ld")
    assert len(parsed) == len(_hostile())


def test_values_that_fit_no_term_are_where_a_processor_puts_them(tmp_path: Path) -> None:
    target = tmp_path / "hostile.jsonld"
    write_compact(_hostile(), target)
    document = json.loads(target.read_text(encoding="utf-8"))
    nodes = {node["id"]: node for node in document["@graph"]}
    paper = nodes["paper:p1"]
    assert paper["upvotes"] == [7, 8]
    assert paper["mlkg:upvotes"] == "many"
    assert paper["authorCount"] == "007" and paper["sourceRecord"] == [str(2**60), "-0"]
    assert paper["confidence"] == "0.90" and paper["mlkg:confidence"] == 1
    assert {"@value": "Titel", "@language": "de"} in paper["slug"] and True in paper["slug"]
    assert paper["uses"] == [f"{M}:vit", "_:b1", f"{ID}{M}///odd"]
    assert nodes[f"{M}:vit"]["alternateName"] == ["ViT"]  # a @set term: a list even of one
    again = jsonld.compact(jsonld.expand(document), {"@context": document["@context"]})
    # pyld alone writes "model://odd", which JSON-LD 1.1 expansion keeps as the IRI "model://odd"
    # (a suffix that starts with // is no compact IRI): the one place the writer is right and pyld is not.
    assert again["@graph"][0].pop("uses")[2] == f"{M}://odd"
    assert paper.pop("uses")[2] == f"{ID}{M}///odd"
    assert again["@graph"] == document["@graph"]


def test_a_triple_term_is_refused_with_a_coded_error(tmp_path: Path) -> None:
    s, p = ox.NamedNode(ID + "stmt/s1"), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies")
    quoted = ox.Triple(ox.NamedNode(ID + "paper/p1"), ox.NamedNode(MLKG + "uses"), ox.NamedNode(f"{ID}{M}/vit"))
    with pytest.raises(JsonLdError, match="E350"):
        write_compact([ox.Triple(s, p, quoted)], tmp_path / "x.jsonld")
