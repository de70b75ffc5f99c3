"""mlkg.query.sparql and `mlkg query`: loading, running, bindings, value conversion, writers, CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import DCTERMS
from typer.testing import CliRunner

from mlkg.cli import app
from mlkg.export import get_exporter
from mlkg.graph.store import KnowledgeGraph
from mlkg.ontology.vocab import MLKG
from mlkg.query.sparql import (
    GraphFileError,
    QueryError,
    QueryResult,
    bind_term,
    graph_file,
    open_store,
    parse_bindings,
    rdflib_graph,
    render,
    run_query,
    to_python,
    undeclared_prefixes,
)
from tests.queries.toy_graph import P1, P2, P3, TRICKY_TITLE, toy_graph

ID = "https://w3id.org/mlkg/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
runner = CliRunner()


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return toy_graph()


@pytest.fixture(scope="module")
def outdir(graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("built")
    for fmt in ("nt", "ttl", "jsonld"):
        exporter = get_exporter(fmt)
        exporter.write(graph, out / exporter.filename)
    return out


@pytest.fixture(scope="module")
def store(outdir: Path) -> ox.Store:
    return open_store(outdir)


# --- loading -------------------------------------------------------------------------------

def test_every_format_loads_the_same_triples(outdir: Path) -> None:
    sizes = {name: len(open_store(outdir / name)) for name in ("graph.nt", "graph.ttl", "graph.jsonld")}
    assert len(set(sizes.values())) == 1 and sizes["graph.nt"] > 100


def test_a_directory_prefers_ntriples_then_turtle_then_jsonld(graph: KnowledgeGraph, tmp_path: Path) -> None:
    small = KnowledgeGraph()
    small.add_node(graph.nodes[P1])
    get_exporter("ttl").write(graph, tmp_path / "graph.ttl")
    get_exporter("jsonld").write(small, tmp_path / "graph.jsonld")
    assert graph_file(tmp_path) == tmp_path / "graph.ttl"
    get_exporter("nt").write(small, tmp_path / "graph.nt")
    assert graph_file(tmp_path) == tmp_path / "graph.nt"
    sizes = [len(open_store(path)) for path in (tmp_path, tmp_path / "graph.jsonld", tmp_path / "graph.ttl")]
    assert sizes[0] == sizes[1] < sizes[2]


def test_missing_and_broken_graphs_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(GraphFileError, match="no graph file in this directory.*--formats nt") as info:
        open_store(tmp_path)
    assert info.value.code == "E510"
    with pytest.raises(GraphFileError, match="nope.nt: no such file") as info:
        open_store(tmp_path / "nope.nt")
    assert info.value.code == "E511"
    (tmp_path / "g.csv").write_text("a,b\n")
    with pytest.raises(GraphFileError, match="unknown graph format '.csv'") as info:
        open_store(tmp_path / "g.csv")
    assert info.value.code == "E512"
    broken = tmp_path / "graph.nt"
    broken.write_text('<http://a> <http://b> "unterminated .\n')
    with pytest.raises(GraphFileError, match=r"graph\.nt: cannot load as N-Triples") as info:
        open_store(tmp_path)
    assert "\n" not in str(info.value) and info.value.code == "E513"


# --- running -------------------------------------------------------------------------------

def test_select_with_predeclared_prefixes_and_typed_values(store: ox.Store) -> None:
    result = run_query(store, "SELECT ?p ?date ?votes WHERE { ?p a mlkg:Paper ; dcterms:issued ?date ; "
                              "mlkg:upvotes ?votes } ORDER BY ?p")
    assert result.kind == "select" and result.columns == ("p", "date", "votes")
    assert result.rows == ((ID + P1, dt.date(2024, 1, 15), 3), (ID + P2, dt.date(2024, 1, 20), 3),
                           (ID + P3, dt.date(2024, 2, 3), 3))
    assert result.records()[0] == {"p": ID + P1, "date": dt.date(2024, 1, 15), "votes": 3}


def test_unbound_values_are_none(store: ox.Store) -> None:
    result = run_query(store, "SELECT ?p ?date WHERE { ?p a mlkg:Paper OPTIONAL { ?p dcterms:issued ?date } } "
                              "ORDER BY DESC(?p) LIMIT 1")
    assert result.rows == ((ID + "paper/2403.00004", None),)


def test_the_querys_own_prefix_wins(store: ox.Store) -> None:
    own = "PREFIX mlkg: <http://example.org/other#> SELECT ?p WHERE { ?p a mlkg:Paper }"
    assert run_query(store, own).rows == ()
    assert len(run_query(store, "SELECT ?p WHERE { ?p a mlkg:Paper }").rows) == 4


def test_ask_and_construct(store: ox.Store) -> None:
    ask = run_query(store, "ASK { entity:clip a mlkg:Model }")
    assert ask.kind == "ask" and ask.boolean is True and ask.rows == ((True,),)
    assert run_query(store, "ASK { entity:clip a mlkg:Dataset }").boolean is False
    graph = run_query(store, "CONSTRUCT { ?v mlkg:variantOf ?f } WHERE { ?v mlkg:variantOf ?f }")
    assert graph.kind == "graph" and graph.boolean is None
    assert graph.rows == ((ID + "entity/vit-l-14", str(MLKG.variantOf), ID + "entity/vit"),)


def test_syntax_errors_carry_the_parsers_message_on_one_line(store: ox.Store) -> None:
    with pytest.raises(QueryError, match=r"SPARQL syntax error: error at 2:\d+") as info:
        run_query(store, "SELECT ?p WHERE {\n ?p a mlkg:Paper ")
    assert "\n" not in str(info.value)
    with pytest.raises(QueryError, match="unknown prefix 'foaf:'"):
        run_query(store, "SELECT ?p WHERE { ?p foaf:name ?n }")


def test_undeclared_prefixes_ignore_iris_strings_and_comments() -> None:
    query = 'PREFIX ex: <http://x#> SELECT * { ?s ex:p <http://a:b> ; foo:q "c:d" } # bar:baz'
    assert undeclared_prefixes(query) == ["foo"]


def test_bindings_substitute_literals_and_iris(store: ox.Store) -> None:
    sparql = "SELECT ?p ?m WHERE { ?p mlkg:uses ?m } ORDER BY ?p"
    assert run_query(store, sparql, {"m": "entity:clip"}).rows == ((ID + P2, ID + "entity/clip"),)
    assert run_query(store, sparql, {"m": f"<{ID}entity/imagenet>"}).rows == ((ID + P3, ID + "entity/imagenet"),)
    by_name = "SELECT ?e ?name WHERE { ?e rdfs:label ?name }"
    assert run_query(store, by_name, {"name": "ViT-L/14"}).rows == ((ID + "entity/vit-l-14", "ViT-L/14"),)
    assert run_query(store, by_name, {"name": "vit-l/14"}).rows == ()


def test_binding_a_variable_the_query_does_not_select_is_a_query_error(store: ox.Store) -> None:
    with pytest.raises(QueryError, match="must appear in the SELECT clause"):
        run_query(store, "SELECT ?p WHERE { ?p mlkg:uses ?m }", {"m": "entity:clip"})


def test_bind_term_and_parse_bindings() -> None:
    assert bind_term("<http://x/y>") == ox.NamedNode("http://x/y")
    assert bind_term("entity:clip") == ox.NamedNode(ID + "entity/clip")
    assert bind_term("mlkg:Model") == ox.NamedNode(str(MLKG.Model))
    assert bind_term("foo:bar") == ox.Literal("foo:bar")  # not a known prefix
    assert bind_term("5") == ox.Literal("5", datatype=ox.NamedNode(XSD + "integer"))
    assert bind_term("84.8") == ox.Literal("84.8", datatype=ox.NamedNode(XSD + "double"))
    assert bind_term('"5"') == ox.Literal("5")
    assert bind_term("ImageNet-1K") == ox.Literal("ImageNet-1K")
    assert parse_bindings(["model=ViT", "?x=a=b"]) == {"model": "ViT", "x": "a=b"}
    with pytest.raises(QueryError, match="NAME=VALUE") as info:
        parse_bindings(["model"])
    assert info.value.code == "E521"


@pytest.mark.parametrize(("term", "value"), [
    (ox.Literal("42", datatype=ox.NamedNode(XSD + "integer")), 42),
    (ox.Literal("7", datatype=ox.NamedNode(XSD + "nonNegativeInteger")), 7),
    (ox.Literal("0.5", datatype=ox.NamedNode(XSD + "double")), 0.5),
    (ox.Literal("1.25", datatype=ox.NamedNode(XSD + "decimal")), 1.25),
    (ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")), True),
    (ox.Literal("2024-05-01", datatype=ox.NamedNode(XSD + "date")), dt.date(2024, 5, 1)),
    (ox.Literal("2024-05-01T10:00:00", datatype=ox.NamedNode(XSD + "dateTime")), dt.datetime(2024, 5, 1, 10)),
    (ox.Literal("x", datatype=ox.NamedNode(XSD + "integer")), "x"),  # ill-typed: kept as text
    (ox.Literal("Bonjour", language="fr"), "Bonjour"),
    (ox.Literal("https://x.org", datatype=ox.NamedNode(XSD + "anyURI")), "https://x.org"),
    (ox.NamedNode("http://x/y"), "http://x/y"),
    (ox.BlankNode("b0"), "_:b0"),
    (None, None),
])
def test_to_python(term: object, value: object) -> None:
    converted = to_python(term)  # type: ignore[arg-type]
    assert converted == value and type(converted) is type(value)


# --- writers -------------------------------------------------------------------------------

def _titles(store: ox.Store) -> QueryResult:
    return run_query(store, "SELECT ?p ?title ?votes WHERE { ?p dcterms:title ?title ; mlkg:upvotes ?votes } "
                            "ORDER BY ?p")


def test_csv_round_trips_quotes_markup_and_newlines(store: ox.Store) -> None:
    text = render(_titles(store), "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["p", "title", "votes"]
    assert rows[1] == [ID + P1, TRICKY_TITLE, "3"] and len(rows) == 5


def test_json_is_sparql_results_json_and_round_trips(store: ox.Store) -> None:
    document = json.loads(render(_titles(store), "json"))
    assert document["head"] == {"vars": ["p", "title", "votes"]}
    first = document["results"]["bindings"][0]
    assert first == {"p": {"type": "uri", "value": ID + P1},
                     "title": {"type": "literal", "value": TRICKY_TITLE},
                     "votes": {"type": "literal", "value": "3", "datatype": XSD + "integer"}}
    # rdflib's own SPARQL JSON parser reads it back
    parsed = rdflib.query.Result.parse(io.StringIO(render(_titles(store), "json")), format="json")
    assert next(str(row[1]) for row in parsed) == TRICKY_TITLE


def test_json_leaves_out_unbound_and_encodes_ask(store: ox.Store) -> None:
    result = run_query(store, "SELECT ?p ?d WHERE { ?p a mlkg:Paper OPTIONAL { ?p dcterms:issued ?d } }")
    bindings = json.loads(render(result, "json"))["results"]["bindings"]
    assert sum("d" not in b for b in bindings) == 1
    assert json.loads(render(run_query(store, "ASK { ?s ?p ?o }"), "json")) == {"head": {}, "boolean": True}


def test_table_shows_markup_literally_and_compacts_iris(store: ox.Store) -> None:
    text = render(_titles(store), "table", width=400)
    assert "paper:2401.00001" in text and "[red]markup[/red]" in text and "<script>" in text
    assert "4 row(s)" in text


def test_unknown_output_format(store: ox.Store) -> None:
    with pytest.raises(QueryError, match="valid: table, csv, json"):
        render(_titles(store), "xml")


# --- rdflib front --------------------------------------------------------------------------

def test_rdflib_front_sees_the_same_graph(outdir: Path, store: ox.Store) -> None:
    graph = rdflib_graph(outdir)
    assert len(graph) == len(store)
    paper = rdflib.URIRef(ID + P1)
    assert (paper, DCTERMS.title, rdflib.Literal(TRICKY_TITLE)) in graph
    assert str(graph.value(paper, DCTERMS.title)) == TRICKY_TITLE
    assert graph.value(paper, MLKG.upvotes).toPython() == 3
    rows = graph.query("SELECT ?p ?m WHERE { ?p mlkg:comparesWith ?m } ORDER BY ?p ?m")
    expected = run_query(store, "SELECT ?p ?m WHERE { ?p mlkg:comparesWith ?m } ORDER BY ?p ?m").rows
    assert [(str(p), str(m)) for p, m in rows] == list(expected)


# --- provenance ----------------------------------------------------------------------------

def test_evidence_for_an_edge(store: ox.Store) -> None:
    sparql = """SELECT ?evidence ?confidence ?paper WHERE {
      ?st a rdf:Statement ; rdf:subject ?paper ; rdf:predicate mlkg:introduces ; rdf:object entity:alphanet ;
          mlkg:evidence [ oa:exact ?evidence ; oa:hasSource ?paper ] ; mlkg:confidence ?confidence }"""
    assert run_query(store, sparql).rows == ((f"{P1} introduces entity/alphanet.", 0.9, ID + P1),)


def test_the_ontology_is_in_the_store(store: ox.Store) -> None:
    """Generic patterns work without a reasoner: subproperties of relatesTo, labels of classes."""
    sparql = """SELECT DISTINCT ?p WHERE { ?rel rdfs:subPropertyOf* mlkg:relatesTo . ?p ?rel ?x }"""
    assert len(run_query(store, sparql).rows) == len(run_query(
        store, "SELECT DISTINCT ?p WHERE { ?p mlkg:introduces|mlkg:uses|mlkg:comparesWith|mlkg:mentions|"
               "mlkg:hasCode|mlkg:affiliatedWith ?x }").rows) > 0
    assert run_query(store, 'SELECT ?l WHERE { mlkg:Paper rdfs:label ?l }').rows == (("Paper",),)


# --- the command ---------------------------------------------------------------------------

def test_cli_csv_json_and_table(outdir: Path) -> None:
    sparql = "SELECT ?p ?title WHERE { ?p dcterms:title ?title } ORDER BY ?p"
    result = runner.invoke(app, ["query", str(outdir), "--sparql", sparql, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.stdout)))[1] == [ID + P1, TRICKY_TITLE]
    result = runner.invoke(app, ["query", str(outdir / "graph.ttl"), "-s", sparql, "-f", "json"])
    assert json.loads(result.stdout)["results"]["bindings"][0]["title"]["value"] == TRICKY_TITLE
    result = runner.invoke(app, ["query", str(outdir), "-s", sparql])
    assert result.exit_code == 0 and "paper:2401.00001" in result.stdout and "4 row(s)" in result.stdout


def test_cli_query_file_bindings_and_out(outdir: Path, tmp_path: Path) -> None:
    query = tmp_path / "uses.rq"
    query.write_text("# who uses what\nSELECT ?p ?m WHERE { ?p mlkg:uses ?m } ORDER BY ?p\n")
    out = tmp_path / "res" / "uses.csv"
    result = runner.invoke(app, ["query", str(outdir), "--sparql", f"@{query}", "--bind", "m=entity:clip",
                                 "-f", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text() == f"p,m\n{ID}{P2},{ID}entity/clip\n"


def test_cli_ready_made_query_with_a_parameter(outdir: Path) -> None:
    result = runner.invoke(app, ["query", str(outdir), "--name", "leaderboard", "--bind", "dataset=cifar10",
                                 "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["model"], r["metric"], r["setting"], r["value"]) for r in rows] == [
        ("AlphaNet", "FID", "", "3.1"), ("ResNet", "FID", "", "7.5"), ("CLIP", "FID", "", "12.4"),  # lower is better
        ("ViT", "FID", "", "n/a"), ("AlphaNet", "top-1 accuracy", "", "91.5%"), ("CLIP", "top-1 accuracy", "", "88.0%"),
        ("ViT", "top-1 accuracy", "", "SOTA"), ("AlphaNet", "top-1 accuracy", "zero-shot", "70.2%"),
        ("CLIP", "top-1 accuracy", "zero-shot", "62.0%"), ("AlphaNet", "top-5 accuracy", "", "99.1%")]


def test_cli_lists_ready_made_queries() -> None:
    for args in (["query", "--list"], ["queries"]):
        result = runner.invoke(app, args, terminal_width=200)
        assert result.exit_code == 0
        assert "most-used-datasets" in result.stdout and "dataset (ImageNet)" in result.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["-s", "SELECT ?p WHERE { ?p a mlkg:Paper"], "SPARQL syntax error"),
    (["-s", "SELECT ?p WHERE { ?p a foo:Paper }"], "unknown prefix 'foo:'"),
    (["-n", "no-such-query"], "available: benchmarks-per-month"),
    (["-n", "leaderboard", "-b", "model=x"], "has no parameter 'model'"),
    (["-s", "SELECT ?p {}", "-n", "leaderboard"], "exactly one of --sparql and --name"),
    ([], "exactly one of --sparql and --name"),
    (["-s", "@/no/such/file.rq"], "cannot read the query file /no/such/file.rq"),
    (["-s", "SELECT ?p {}", "-f", "xml"], "unknown --format 'xml'"),
    (["-s", "SELECT ?p {}", "-b", "oops"], "expected NAME=VALUE"),
])
def test_cli_errors_are_one_line_exit_1(outdir: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["query", str(outdir), *args], terminal_width=400)
    assert result.exit_code == 1
    assert message in result.stderr and result.stderr.count("\n") == 1 and result.stdout == ""


def test_cli_missing_graph(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", str(tmp_path / "missing"), "-n", "most-used-datasets"],
                           terminal_width=400)
    assert result.exit_code == 1 and "missing: no such file or directory" in result.stderr
    result = runner.invoke(app, ["query", "-n", "most-used-datasets"])
    assert result.exit_code == 1 and "missing GRAPH" in result.stderr


def test_the_on_disk_store_is_reused_and_rebuilt_when_the_graph_changes(graph: KnowledgeGraph,
                                                                          tmp_path: Path) -> None:
    from mlkg.query.sparql import store_path

    target = tmp_path / "graph.nt"
    get_exporter("nt").write(graph, target)
    first = len(open_store(target))
    stamp = store_path(target) / "mlkg-source.json"
    assert stamp.is_file() and first > 100
    built = stamp.stat().st_mtime_ns
    assert len(open_store(target)) == first
    assert stamp.stat().st_mtime_ns == built  # reopened, not reloaded
    small = KnowledgeGraph()
    small.add_node(graph.nodes[P1])
    get_exporter("nt").write(small, target)
    assert len(open_store(target)) < first  # the graph changed: the store follows it
    assert len(open_store(target, persist=False)) == len(open_store(target))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging left behind


@pytest.mark.parametrize("value", ["<a b>", "entity:a b", '<http://x/"y">', "x\udcff"])
def test_a_bind_value_that_is_no_rdf_term_is_one_coded_line(store: ox.Store, outdir: Path, value: str) -> None:
    """Issue 14 case 14: an IRI with a space (or text that UTF-8 cannot carry) names the binding."""
    with pytest.raises(QueryError) as info:
        run_query(store, "SELECT ?p WHERE { ?p mlkg:uses ?m }", {"m": value})
    assert info.value.code == "E346" and "--bind m=" in str(info.value)
    result = runner.invoke(app, ["query", str(outdir), "--name", "leaderboard", "--bind", f"dataset={value}"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "[E346] --bind dataset=" in lines[0], result.output
