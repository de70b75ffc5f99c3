"""The SPARQL 1.1 Protocol endpoint of a running `mlkg serve`, asked by real clients (SPARQLWrapper,
rdflib's SPARQLStore, httpx), compared with `mlkg query` on the same build."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import psutil
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import XSD
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, SPARQLWrapper

from mlkg.graph.rdf import PREFIXES
from mlkg.queries import available, get
from mlkg.query.sparql import query_source, to_json
from tests.kg.serve.conftest import TIMEOUT, Server

READY = sorted(available())
SELECT = "SELECT ?paper ?title WHERE { ?paper a mlkg:Paper ; dcterms:title ?title } ORDER BY ?paper LIMIT 7"
CONSTRUCT = "CONSTRUCT { ?paper dcterms:title ?title } WHERE { ?paper a mlkg:Paper ; dcterms:title ?title }"
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY RAND() LIMIT 1"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SPARQL_JSON = "application/sparql-results+json"


def standalone(name: str, values: dict[str, str] | None = None) -> str:
    """A ready-made query as any SPARQL client sends it: prefixes declared, parameters as VALUES."""
    ready = get(name)
    bound = ready.bindings(values)
    inline = " ".join(f'VALUES ?{k} {{ "{v}" }}' for k, v in bound.items())
    text = ready.sparql.replace("WHERE {", "WHERE { " + inline) if inline else ready.sparql
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items()) + text


def expected_bindings(out: Path, name: str, values: dict[str, str] | None = None) -> list[dict[str, object]]:
    """What `mlkg query OUT --name NAME --bind ... --format json` prints, as SPARQL JSON bindings."""
    ready = get(name)
    result = query_source(out, ready.sparql, ready.bindings(values))
    return json.loads(to_json(result))["results"]["bindings"]


@pytest.mark.parametrize("name", READY)
def test_sparqlwrapper_gets_the_rows_of_mlkg_query(server: Server, examples_out: Path, name: str) -> None:
    client = SPARQLWrapper(server.url + "sparql")
    client.setQuery(standalone(name))
    client.setReturnFormat(JSON)
    got = client.query().convert()["results"]["bindings"]  # type: ignore[index]
    expected = expected_bindings(examples_out, name)
    assert got == expected
    assert expected or name in ("compared-models",), f"{name} has no rows on the examples: a weak check"


@pytest.mark.parametrize("name", READY)
def test_rdflib_sparqlstore_gets_the_rows_of_mlkg_query(server: Server, examples_out: Path, name: str) -> None:
    graph = rdflib.Graph(SPARQLStore(query_endpoint=server.url + "sparql", returnFormat="xml"))
    rows = [tuple(row) for row in graph.query(standalone(name))]  # type: ignore[arg-type]
    ready = get(name)
    result = query_source(examples_out, ready.sparql, ready.bindings())
    assert rows == [tuple(map(rdflib_term, row)) for row in result.terms]


def rdflib_term(term: object) -> rdflib.term.Node | None:
    """An oxigraph term as rdflib reads it from SPARQL XML results (plain strings without a datatype)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    assert isinstance(term, ox.Literal)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    plain = term.datatype.value == str(XSD.string)
    return rdflib.Literal(term.value, datatype=None if plain else term.datatype.value)


def _get(server: Server, query: str, accept: str | None = None, **params: str) -> tuple[int, str, str]:
    with server.client() as client:
        response = client.get("sparql", params={"query": query, **params},
                              headers={"accept": accept} if accept else {})
    return response.status_code, response.headers["content-type"], response.text


def test_select_in_every_format_parses(server: Server, examples_out: Path) -> None:
    expected = [tuple(t.value for t in row) for row in query_source(examples_out, SELECT).terms]  # type: ignore[union-attr]
    assert len(expected) == 7
    status, media, text = _get(server, SELECT, SPARQL_JSON)
    assert (status, media) == (200, SPARQL_JSON)
    assert [(b["paper"]["value"], b["title"]["value"]) for b in json.loads(text)["results"]["bindings"]] == expected

    status, media, text = _get(server, SELECT, "application/sparql-results+xml")
    assert (status, media) == (200, "application/sparql-results+xml")
    ns = "{http://www.w3.org/2005/sparql-results#}"
    results = ET.fromstring(text).iter(f"{ns}result")
    assert [tuple(b[0].text for b in r.iter(f"{ns}binding")) for r in results] == expected
    parsed = rdflib.query.Result.parse(io.StringIO(text), format="xml")
    assert [tuple(str(t) for t in row) for row in parsed] == expected  # type: ignore[union-attr]

    status, media, text = _get(server, SELECT, "text/csv")
    assert (status, media.split(";")[0]) == (200, "text/csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["paper", "title"] and [tuple(r) for r in rows[1:]] == expected

    status, media, text = _get(server, SELECT, "text/tab-separated-values")
    assert (status, media.split(";")[0]) == (200, "text/tab-separated-values")
    parsed = rdflib.query.Result.parse(io.StringIO(text), format="tsv")
    assert [tuple(str(t) for t in row) for row in parsed] == expected  # type: ignore[union-attr]


def test_format_parameter_wins_over_accept(server: Server) -> None:
    status, media, text = _get(server, SELECT, SPARQL_JSON, format="csv")
    assert status == 200 and media.startswith("text/csv") and text.startswith("paper,title")


@pytest.mark.parametrize(("accept", "rdf_format"), [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                                    ("application/ld+json", "json-ld")])
def test_construct_parses_as_rdf(server: Server, examples_out: Path, accept: str, rdf_format: str) -> None:
    expected = len(query_source(examples_out, CONSTRUCT).rows)
    status, media, text = _get(server, CONSTRUCT, accept)
    assert status == 200 and media.split(";")[0] == accept
    graph = rdflib.Graph().parse(data=text, format=rdf_format)
    assert len(graph) == expected > 0


@pytest.mark.parametrize("accept", [SPARQL_JSON, "application/sparql-results+xml"])
def test_ask(server: Server, accept: str) -> None:
    for query, answer in (("ASK { ?p a mlkg:Paper }", True), ("ASK { ?p a mlkg:NoSuchClass }", False)):
        status, _, text = _get(server, query, accept)
        assert status == 200
        parsed = rdflib.query.Result.parse(io.StringIO(text), format="json" if "json" in accept else "xml")
        assert parsed.askAnswer is answer


def test_unacceptable_media_type_is_406(server: Server) -> None:
    status, _, text = _get(server, SELECT, "image/png")
    assert status == 406 and "[E803]" in text and "text/csv" in text


def test_syntax_error_is_400_with_the_parser_message(server: Server) -> None:
    status, _, text = _get(server, "SELECT ?s WHERE { ?s ?p }")
    assert status == 400 and "[E520]" in text and "1:" in text


def test_updates_are_refused_every_way(server: Server) -> None:
    insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    with server.client() as client:
        before = client.get("sparql", params={"query": COUNT}, headers={"accept": "text/csv"}).text
        answers = [
            client.post("sparql", data={"update": insert}),
            client.get("sparql", params={"update": insert}),
            client.post("sparql", content=insert, headers={"content-type": "application/sparql-update"}),
            client.post("sparql", data={"query": "PREFIX x: <urn:x:>\n# comment\n" + insert}),
            client.post("sparql", content="DELETE WHERE { ?s ?p ?o }",
                        headers={"content-type": "application/sparql-query"}),
            client.get("sparql", params={"query": "drop all"}),
        ]
        after = client.get("sparql", params={"query": COUNT}, headers={"accept": "text/csv"}).text
    for answer in answers:
        assert answer.status_code == 403 and "[E801]" in answer.text, answer.text
    assert before == after


def test_no_write_methods(server: Server) -> None:
    with server.client() as client:
        for method in ("PUT", "DELETE", "PATCH"):
            assert client.request(method, "sparql").status_code == 405
        assert client.post("queries").status_code == 405


def test_missing_query_is_400_for_clients_and_a_form_for_browsers(server: Server) -> None:
    with server.client() as client:
        bare = client.get("sparql")
        page = client.get("sparql", headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert bare.status_code == 400 and "[E802]" in bare.text
    assert page.status_code == 200 and '<form method="post" action="/sparql">' in page.text
    assert "<script" not in page.text


def _tree_cpu(pid: int) -> float:
    total = 0.0
    root = psutil.Process(pid)
    for proc in [root, *root.children(recursive=True)]:
        try:
            times = proc.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def test_runaway_query_is_stopped_while_others_are_answered(server: Server) -> None:
    answers: dict[str, object] = {}

    def runaway() -> None:
        begin = time.monotonic()
        with server.client() as client:
            answers["runaway"] = client.post("sparql", content=RUNAWAY,
                                             headers={"content-type": "application/sparql-query"})
        answers["runaway_seconds"] = time.monotonic() - begin

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.5)
    with server.client() as client:
        for _ in range(3):
            begin = time.monotonic()
            response = client.get("queries/most-used-datasets", headers={"accept": "text/csv"})
            assert response.status_code == 200 and time.monotonic() - begin < 1.0
    thread.join(30)
    runaway_answer = answers["runaway"]
    assert runaway_answer.status_code == 503 and "[E800]" in runaway_answer.text  # type: ignore[attr-defined]
    assert TIMEOUT <= answers["runaway_seconds"] < TIMEOUT + 5  # type: ignore[operator]
    time.sleep(0.5)  # the replacement worker starts
    cpu = _tree_cpu(server.process.pid)
    time.sleep(1.5)
    assert _tree_cpu(server.process.pid) - cpu < 0.5, "the stopped query still burns CPU"
    assert _get(server, COUNT, "text/csv")[0] == 200


def test_body_and_query_string_limits(server: Server) -> None:
    with server.client() as client:
        big = client.post("sparql", content="#" * (1024 * 1024 + 1),
                          headers={"content-type": "application/sparql-query"})
        long = client.get("sparql", params={"query": "#" * 9000})
    assert big.status_code == 413 and "[E805]" in big.text
    assert long.status_code == 414 and "[E806]" in long.text


def test_security_headers_on_every_response(server: Server) -> None:
    with server.client() as client:
        responses = [
            client.get("sparql", params={"query": COUNT}),
            client.get("sparql", params={"query": "SELECT"}),
            client.get("sparql", headers={"accept": "text/html"}),
            client.post("sparql", data={"update": "CLEAR ALL"}),
            client.get("queries"), client.get("queries", headers={"accept": "text/html"}),
            client.get("queries/no-such-query"), client.get("no/such/page"),
            client.put("sparql"),
            client.post("sparql", content="#" * (1024 * 1024 + 1), headers={"content-type": "application/sparql-query"}),
            client.get("sparql", params={"query": "#" * 9000}),
        ]
    assert {r.status_code for r in responses} >= {200, 400, 403, 404, 405, 413, 414}
    for response in responses:
        assert response.headers["content-security-policy"].startswith("default-src 'self'; script-src 'self';")
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_default_host_is_loopback_and_foreign_host_headers_are_refused(server: Server) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    listening = [c.laddr for c in psutil.Process(server.process.pid).net_connections()
                 if c.status == psutil.CONN_LISTEN]
    assert listening and all(address.ip == "127.0.0.1" for address in listening)
    with server.client() as client:  # DNS rebinding: a page on evil.example resolving to 127.0.0.1
        assert client.get("queries", headers={"host": "evil.example"}).status_code == 400
