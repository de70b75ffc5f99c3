"""SHACL validation (`mlkg.graph.validate`, `mlkg validate`): the built example conforms, and each
important constraint fires on a graph broken in exactly one way, with a message that says so."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS
from typer.testing import CliRunner

from mlkg.build.pipeline import build
from mlkg.cli import app
from mlkg.graph.validate import (
    ValidationError,
    ValidationResult,
    Violation,
    compact,
    load_graph,
    validate,
)
from mlkg.ontology.vocab import MLKG

REPO = Path(__file__).resolve().parents[3]
ID = "https://w3id.org/mlkg/id/"
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("http://schema.org/")
MLS = Namespace("http://www.w3.org/ns/mls#")
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example page built once for the module: a directory holding graph.ttl."""
    out = tmp_path_factory.mktemp("built")
    build([str(REPO / "examples" / "hf_daily_papers_page.txt")], out, formats=("ttl",), extractor="spacy")
    return out


@pytest.fixture(scope="module")
def base(built: Path) -> rdflib.Graph:
    return load_graph(built)


@pytest.fixture
def graph(base: rdflib.Graph) -> rdflib.Graph:
    """A private copy of the example graph for one test to break."""
    copy = rdflib.Graph()
    copy += base
    return copy


def _paper(g: rdflib.Graph) -> URIRef:
    return min(g.subjects(RDF.type, MLKG.Paper))


def _statement(g: rdflib.Graph) -> URIRef:
    """The first statement about a paper's edge (one with evidence from that paper)."""
    for stmt in sorted(g.subjects(RDF.type, RDF.Statement)):
        if (g.value(stmt, RDF.subject), RDF.type, MLKG.Paper) in g:
            return stmt
    raise AssertionError("the example graph has no suitable rdf:Statement")


def _evidence(g: rdflib.Graph) -> URIRef:
    """The first sentence with offsets."""
    return min(e for e in g.subjects(RDF.type, OA.TextPositionSelector) if g.value(e, OA.start).toPython() > 0)


def _reified(g: rdflib.Graph, s: URIRef, p: URIRef, o: URIRef) -> None:
    """Add an edge with the statement the builder gives an extracted edge."""
    g.add((s, p, o))
    stmt, evidence = URIRef(f"{ID}stmt/test-only-{len(g)}"), URIRef(f"{ID}evidence/test-only-{len(g)}")
    for triple in ((stmt, RDF.type, RDF.Statement), (stmt, RDF.subject, s), (stmt, RDF.predicate, p),
                   (stmt, RDF.object, o), (stmt, MLKG.confidence, Literal(0.5)),
                   (stmt, PROV.wasAttributedTo, min(g.subjects(RDF.type, MLKG.Extractor))),
                   (stmt, MLKG.evidence, evidence), (evidence, RDF.type, OA.TextQuoteSelector),
                   (evidence, OA.exact, Literal("A test-only sentence."))):
        g.add(triple)
    if (s, RDF.type, MLKG.Paper) in g:
        g.add((evidence, OA.hasSource, s))


def _only(result: ValidationResult) -> Violation:
    assert not result.conforms
    assert len(result.violations) == 1, result.text(limit=None)
    return result.violations[0]


# ------------------------------------------------------------------ the example conforms


def test_example_graph_conforms(built: Path, base: rdflib.Graph) -> None:
    # The shapes must have had something to check: papers, entities and provenance statements.
    assert len(set(base.subjects(RDF.type, MLKG.Paper))) == 29
    assert len(set(base.subjects(RDF.type, RDF.Statement))) > 50
    assert set(base.subjects(RDF.type, MLKG.Extractor))
    result = validate(built)
    assert result.conforms, result.text(limit=None)
    assert result.violations == () and result.triples == len(base)
    assert result.text().startswith("conforms")


def test_validate_accepts_files_and_graphs(built: Path, base: rdflib.Graph, tmp_path: Path) -> None:
    assert validate(built / "graph.ttl").conforms
    size = len(base)
    assert validate(base).conforms
    assert len(base) == size  # validation does not add inferred triples to the caller's graph
    nt, jsonld = tmp_path / "g.nt", tmp_path / "g.jsonld"
    base.serialize(nt, format="nt", encoding="utf-8")
    base.serialize(jsonld, format="json-ld", encoding="utf-8")
    for path in (nt, jsonld):
        result = validate(path)
        assert result.conforms and result.triples == size


def test_compact_jsonld_with_the_shipped_context_validates(base: rdflib.Graph, tmp_path: Path) -> None:
    from mlkg import ontology

    context = json.loads(ontology.path("context.jsonld").read_text(encoding="utf-8"))["@context"]
    compacted = tmp_path / "compact.jsonld"
    compacted.write_text(base.serialize(format="json-ld", context=context), encoding="utf-8")
    assert '"title"' in compacted.read_text(encoding="utf-8")
    result = validate(compacted)
    assert result.conforms and result.triples == len(base)


def test_a_complete_result_conforms(graph: rdflib.Graph) -> None:
    _add_result(graph)
    assert validate(graph).conforms, validate(graph).text()


# ------------------------------------------------------------------ each constraint fires

RESULT = URIRef(ID + "result/test-only-r1")


def _add_result(g: rdflib.Graph) -> None:
    """A Result as the builder writes it, reported by the first paper."""
    model = min(g.subjects(RDF.type, MLKG.Model))
    dataset = min(g.subjects(RDF.type, MLKG.Dataset))
    metric = URIRef(ID + "metric/test-only-accuracy")
    g.add((metric, RDF.type, MLKG.Metric))
    for node, label in ((metric, "test-only accuracy"), (RESULT, "X on Y: accuracy 84.8%")):
        g.add((node, RDFS.label, Literal(label)))
        g.add((node, SCHEMA.name, Literal(label)))
    g.add((RESULT, RDF.type, MLKG.Result))
    g.add((RESULT, MLKG.resultModel, model))
    g.add((RESULT, MLKG.resultDataset, dataset))
    g.add((RESULT, MLKG.resultMetric, metric))
    g.add((RESULT, MLKG.value, Literal("84.8%")))
    g.add((RESULT, MLS.hasValue, Literal(84.8, datatype=rdflib.XSD.double)))
    _reified(g, _paper(g), MLKG.reportsResult, RESULT)


def _no_title(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    paper = _paper(g)
    g.remove((paper, DCTERMS.title, None))
    return paper, DCTERMS.title


def _two_titles(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    paper = _paper(g)
    g.add((paper, DCTERMS.title, Literal("A second title")))
    return paper, DCTERMS.title


def _result_without_model(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    _add_result(g)
    g.remove((RESULT, MLKG.resultModel, None))
    return RESULT, MLKG.resultModel


def _result_not_reported(g: rdflib.Graph) -> tuple[URIRef, str]:
    _add_result(g)
    g.remove((None, MLKG.reportsResult, RESULT))
    for stmt in list(g.subjects(RDF.object, RESULT)):
        g.remove((stmt, None, None))
    return RESULT, f"^<{MLKG.reportsResult}>"


def _confidence_too_high(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    stmt = _statement(g)
    g.set((stmt, MLKG.confidence, Literal(1.5)))
    return stmt, MLKG.confidence


def _evidence_ends_before_start(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    evidence = _evidence(g)
    start = g.value(evidence, OA.start).toPython()
    g.set((evidence, OA.end, Literal(start - 1)))
    return evidence, OA.start


def _uses_a_person(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    paper, person = _paper(g), URIRef(ID + "person/ada-lovelace")
    g.add((person, RDF.type, MLKG.Person))
    g.add((person, RDFS.label, Literal("Ada Lovelace")))
    g.add((person, SCHEMA.name, Literal("Ada Lovelace")))
    _reified(g, paper, MLKG.uses, person)
    return paper, MLKG.uses


def _no_extractor(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    stmt = _statement(g)
    g.remove((stmt, PROV.wasAttributedTo, None))
    return stmt, PROV.wasAttributedTo


def _negative_upvotes(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    paper = _paper(g)
    g.set((paper, MLKG.upvotes, Literal(-1)))
    return paper, MLKG.upvotes


def _bad_arxiv_id(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    paper = _paper(g)
    g.add((paper, MLKG.arxivId, Literal("2401.12345v2")))
    return paper, MLKG.arxivId


def _variant_of_itself(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    model = min(g.subjects(RDF.type, MLKG.Model))
    _reified(g, model, MLKG.variantOf, model)
    return model, MLKG.variantOf


def _statement_of_a_missing_edge(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    # not a reportsResult edge: removing one also leaves its Result unreported (a second violation)
    stmt = min(s for s in g.subjects(RDF.type, RDF.Statement) if g.value(s, RDF.predicate) != MLKG.reportsResult)
    g.remove((g.value(stmt, RDF.subject), g.value(stmt, RDF.predicate), g.value(stmt, RDF.object)))
    return stmt, RDF.predicate


def _entity_without_name(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    dataset = min(g.subjects(RDF.type, MLKG.Dataset))
    g.remove((dataset, SCHEMA.name, None))
    return dataset, SCHEMA.name


# The gaps issue 15 found: each passed the shapes before they were closed and targeted by property.

def _statement_without_evidence(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    stmt = _statement(g)
    g.remove((stmt, MLKG.evidence, None))
    return stmt, MLKG.evidence


def _evidence_from_another_paper(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    stmt = _statement(g)
    paper = g.value(stmt, RDF.subject)
    other = min(e for e, source in g.subject_objects(OA.hasSource) if source != paper)
    g.add((stmt, MLKG.evidence, other))
    return stmt, MLKG.evidence


def _edge_without_statement(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    stmt = _statement(g)
    subject, predicate = g.value(stmt, RDF.subject), g.value(stmt, RDF.predicate)
    g.remove((stmt, None, None))
    return subject, predicate


def _model_and_dataset(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    model = min(g.subjects(RDF.type, MLKG.Model))
    g.add((model, RDF.type, MLKG.Dataset))
    return model, RDF.type


def _misspelt_property(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    model, nmae = min(g.subjects(RDF.type, MLKG.Model)), URIRef(str(MLKG._NS) + "nmae")
    g.add((model, nmae, Literal("CLIP")))
    return model, nmae


def _empty_name(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    dataset = min(g.subjects(RDF.type, MLKG.Dataset))
    g.set((dataset, RDFS.label, Literal("")))
    return dataset, RDFS.label


def _untyped_node(g: rdflib.Graph) -> tuple[URIRef, URIRef]:
    """A model left with its names only: no type, and no edge whose shape would ask for one."""
    model = min(g.subjects(RDF.type, MLKG.Model))
    for stmt in list(g.subjects(RDF.object, model)) + list(g.subjects(RDF.subject, model)):
        g.remove((stmt, None, None))
    for subject, predicate in list(g.subject_predicates(model)):
        g.remove((subject, predicate, model))
    for predicate, value in list(g.predicate_objects(model)):
        if predicate not in (RDFS.label, SCHEMA.name):
            g.remove((model, predicate, value))
    return model, RDF.type


BREAKAGES: dict[str, tuple[Callable[[rdflib.Graph], tuple[URIRef, URIRef | str]], str]] = {
    "paper without title": (_no_title, "Paper has no title"),
    "paper with two titles": (_two_titles, "more than one title"),
    "result without resultModel": (_result_without_model, "Result has no model"),
    "result no paper reports": (_result_not_reported, "Result is reported by no paper"),
    "confidence 1.5": (_confidence_too_high, "confidence is outside [0, 1]"),
    "oa:end < oa:start": (_evidence_ends_before_start, "Evidence ends before it starts"),
    "uses -> a Person": (_uses_a_person, "Paper uses something that is not a model"),
    "statement without wasAttributedTo": (_no_extractor, "which extractor asserted it"),
    "negative upvotes": (_negative_upvotes, "upvote count is negative"),
    "versioned arXiv id": (_bad_arxiv_id, "is not of the form 2501.12345"),
    "variant of itself": (_variant_of_itself, "variant of itself"),
    "statement about a missing edge": (_statement_of_a_missing_edge, "not in the graph"),
    "dataset without name": (_entity_without_name, "Dataset has no name"),
    "statement without evidence": (_statement_without_evidence, "Statement has no evidence"),
    "evidence from another paper": (_evidence_from_another_paper, "comes from another paper"),
    "extracted edge without statement": (_edge_without_statement, "Extracted edge has no statement"),
    "typed Model and Dataset": (_model_and_dataset, "Node has two mlkg types"),
    "misspelt property mlkg:nmae": (_misspelt_property, "does not carry (misspelt"),
    "empty name": (_empty_name, "label is empty"),
    "node without rdf:type": (_untyped_node, "Node has no rdf:type"),
}


@pytest.mark.parametrize("case", list(BREAKAGES))
def test_each_breakage_is_reported_once_with_its_message(graph: rdflib.Graph, case: str) -> None:
    breaks, message = BREAKAGES[case]
    focus, path = breaks(graph)
    violation = _only(validate(graph))
    assert violation.focus == str(focus)
    assert violation.path == str(path)
    assert message in violation.message
    assert violation.severity == "Violation"
    assert violation.shape.startswith("https://w3id.org/mlkg/shapes#")


def test_violation_values_and_text(graph: rdflib.Graph) -> None:
    paper, _ = _uses_a_person(graph)
    stmt, _ = _confidence_too_high(graph)
    result = validate(graph)
    # sorted by focus: paper/... before stmt/...
    assert [v.value for v in result.violations] == [
        ID + "person/ada-lovelace", '"1.5"^^<http://www.w3.org/2001/XMLSchema#double>']
    text = result.text()
    assert text.splitlines()[0] == f"does not conform: 2 violation(s) in {len(graph)} triples"
    assert f"{compact(str(paper))}  mlkg:uses [person:ada-lovelace]" in text
    assert f'{compact(str(stmt))}  mlkg:confidence ["1.5"^^xsd:double]' in text
    assert result.text(limit=1).endswith("... 1 more")
    assert json.loads(json.dumps(result.as_dict()))["violations"][0]["message"]


def test_compact_uses_the_mlkg_prefixes() -> None:
    assert compact(ID + "paper/2401.12345") == "paper:2401.12345"
    assert compact(str(MLKG.uses)) == "mlkg:uses"
    assert compact(f"^<{MLKG.reportsResult}>") == "^mlkg:reportsResult"
    assert compact("https://example.org/x") == "https://example.org/x"


# ------------------------------------------------------------------ unreadable input


def test_unparsable_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "graph.ttl"
    bad.write_text('@prefix mlkg: <https://w3id.org/mlkg/ontology#> .\n<a:x> mlkg:title "ok" .\n<a:x> mlkg:title "open\n')
    with pytest.raises(ValidationError) as info:
        validate(bad)
    message = str(info.value)
    assert message.startswith(f"[E252] {bad}: not valid Turtle") and "line 3" in message and "\n" not in message
    assert info.value.code == "E252" and "rebuild it with `mlkg build`" in message


@pytest.mark.parametrize(("name", "expected", "code"), [
    ("missing.ttl", "no such graph file", "E251"),
    ("graph.xyz", "cannot tell the RDF format", "E250"),
    ("", "no graph.nt, graph.ttl, graph.jsonld in this directory", "E254"),
])
def test_missing_or_unknown_input(tmp_path: Path, name: str, expected: str, code: str) -> None:
    target = tmp_path / name
    if name.endswith(".xyz"):
        target.write_text("")
    with pytest.raises(ValidationError, match=re.escape(f"[{code}] {tmp_path}")) as info:
        validate(target)
    assert expected in str(info.value) and info.value.code == code


def test_bad_shapes_file_is_a_validation_error(built: Path, tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                      "[] a sh:NodeShape ; sh:targetClass <https://w3id.org/mlkg/ontology#Paper> ; sh:minCount 1 .\n")
    with pytest.raises(ValidationError,
                       match=rf"^\[E255\] {shapes}: not valid SHACL: .*can only be present on a PropertyShape"):
        validate(built, shapes)
    result = runner.invoke(app, ["validate", str(built), "--shapes", str(shapes)])
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr


# ------------------------------------------------------------------ the command


def test_cli_conforms_exit_0(built: Path) -> None:
    result = runner.invoke(app, ["validate", str(built)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout


def test_cli_violations_exit_1_with_table_and_json(graph: rdflib.Graph, tmp_path: Path) -> None:
    for paper in list(graph.subjects(RDF.type, MLKG.Paper)):
        graph.add((paper, DCTERMS.title, Literal("Also this title")))
    broken, report = tmp_path / "broken.nt", tmp_path / "report.json"
    graph.serialize(broken, format="nt", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(broken), "--json", str(report), "--limit", "5"])
    assert result.exit_code == 1, result.output
    assert "29 SHACL violation(s)" in result.stdout
    assert "paper:" in result.stdout and "dcterms:title" in result.stdout
    assert "24 more violation(s)" in result.stdout
    data = json.loads(report.read_text())
    assert data["conforms"] is False and len(data["violations"]) == 29
    assert {v["message"] for v in data["violations"]} == {"Paper has more than one title (dcterms:title)."}


def test_cli_unreadable_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "graph.nt"
    bad.write_text("<http://a> <http://b> <http://c> .\n<http://a> <http://b> oops .\n")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: ") and "graph.nt" in result.stderr and "line 2" in result.stderr
    assert "Traceback" not in result.output
    assert runner.invoke(app, ["validate", str(tmp_path / "nope.ttl")]).exit_code == 2


def test_cli_custom_shapes(built: Path, tmp_path: Path) -> None:
    shapes = tmp_path / "need-arxiv.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix mlkg: <https://w3id.org/mlkg/ontology#> .\n"
        "[] a sh:NodeShape ; sh:targetClass mlkg:Paper ;\n"
        '  sh:property [ sh:path mlkg:arxivId ; sh:minCount 1 ; sh:message "needs an arXiv id" ] .\n')
    result = runner.invoke(app, ["validate", str(built), "--shapes", str(shapes), "--json", str(tmp_path / "r.json")])
    assert result.exit_code == 1, result.output
    data = json.loads((tmp_path / "r.json").read_text())
    assert len(data["violations"]) == 29 and data["violations"][0]["message"] == "needs an arXiv id"
