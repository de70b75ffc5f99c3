"""/queries: the ready-made queries listed (JSON and HTML) and run with parameters bound as RDF
terms, equal to `mlkg query --name X --bind k=v`, and never changed by a hostile value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlkg.cli import app
from mlkg.queries import available
from mlkg.query.sparql import query_source
from tests.kg.serve.conftest import Server

SPARQL_JSON = "application/sparql-results+json"


def test_json_lists_every_ready_query_with_its_parameters(server: Server) -> None:
    with server.client() as client:
        response = client.get("queries", headers={"accept": "application/json"})
    assert response.status_code == 200
    listed = {q["name"]: q for q in response.json()["queries"]}
    assert set(listed) == set(available())
    for name, ready in available().items():
        assert listed[name]["description"] == ready.description
        assert [(p["name"], p["default"]) for p in listed[name]["parameters"]] == [
            (p.name, p.default) for p in ready.params]
        assert listed[name]["url"] == f"/queries/{name}"


def test_html_lists_every_ready_query(server: Server) -> None:
    with server.client() as client:
        response = client.get("queries", headers={"accept": "text/html,*/*;q=0.8"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    for name in available():
        assert f'action="/queries/{name}"' in response.text
    assert "<script" not in response.text


def _a_value(out: Path, sparql: str) -> str:
    """A value the examples graph has (so the comparison has rows), found by query, not hard-coded."""
    rows = query_source(out, sparql).rows
    assert rows, "the examples graph has no such value"
    return str(rows[0][0])


def _cases(out: Path) -> list[tuple[str, str, str]]:
    dataset = _a_value(out, "SELECT ?l WHERE { ?r mlkg:resultDataset ?d . ?d rdfs:label ?l } ORDER BY ?l LIMIT 1")
    model = _a_value(out, "SELECT ?l WHERE { ?p mlkg:comparesWith ?o . ?p mlkg:uses|mlkg:introduces ?m . "
                          "?m a mlkg:Model ; rdfs:label ?l . ?o a mlkg:Model FILTER(?o != ?m) } ORDER BY ?l LIMIT 1")
    return [("leaderboard", "dataset", dataset), ("leaderboard", "dataset", dataset.upper()),
            ("compared-models", "model", model)]


def test_parameterized_run_equals_mlkg_query_bind(server: Server, examples_out: Path) -> None:
    for name, param, value in _cases(examples_out):
        cli = CliRunner().invoke(app, ["query", str(examples_out), "--name", name, "--bind", f"{param}={value}",
                                       "--format", "json"])
        assert cli.exit_code == 0, cli.output
        expected = json.loads(cli.stdout)["results"]["bindings"]
        with server.client() as client:
            response = client.get(f"queries/{name}", params={param: value}, headers={"accept": SPARQL_JSON})
        assert response.status_code == 200, response.text
        assert response.json()["results"]["bindings"] == expected
        assert expected, f"{name} with {param}={value!r} has no rows: a weak check"


def test_results_by_content_negotiation_and_format(server: Server) -> None:
    with server.client() as client:
        csv_text = client.get("queries/most-used-datasets", headers={"accept": "text/csv"})
        tsv_text = client.get("queries/most-used-datasets", params={"format": "tsv"})
    assert csv_text.headers["content-type"].startswith("text/csv")
    assert csv_text.text.splitlines()[0] == "entity,name,type,papers"
    assert tsv_text.headers["content-type"].startswith("text/tab-separated-values")
    assert tsv_text.text.splitlines()[0] == "?entity\t?name\t?type\t?papers"
    assert len(csv_text.text.splitlines()) == len(tsv_text.text.splitlines()) > 1


def test_unknown_query_and_parameter(server: Server) -> None:
    with server.client() as client:
        unknown = client.get("queries/no-such-query")
        bad_param = client.get("queries/leaderboard", params={"datasett": "ImageNet"})
        twice = client.get("queries/leaderboard", params=[("dataset", "a"), ("dataset", "b")])
    assert unknown.status_code == 404 and "[E530]" in unknown.text
    assert all(name in unknown.text for name in available())
    assert bad_param.status_code == 400 and "[E531]" in bad_param.text and "dataset" in bad_param.text
    assert twice.status_code == 400 and "[E812]" in twice.text


HOSTILE = [
    '" ) || true || ( "',
    'x" } UNION { ?result ?p ?o } #',
    "x' } UNION { ?result ?p ?o } #",
    "ImageNet\n} UNION { ?result a mlkg:Result ; mlkg:value ?value }",
    "> } UNION { ?s ?p ?o",
    "<http://x> } UNION { ?s ?p ?o } <http://y>",
    '"""',
    "}",
    "\\",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_value_returns_no_injected_rows(server: Server, examples_out: Path, value: str) -> None:
    dataset = _cases(examples_out)[0][2]
    with server.client() as client:
        control = client.get("queries/leaderboard", params={"dataset": dataset}, headers={"accept": SPARQL_JSON})
        hostile = client.get("queries/leaderboard", params={"dataset": value}, headers={"accept": SPARQL_JSON})
        hostile_then = client.get("queries/leaderboard", params={"dataset": value + dataset},
                                  headers={"accept": SPARQL_JSON})
    assert control.status_code == 200 and control.json()["results"]["bindings"]
    for response in (hostile, hostile_then):
        assert response.status_code in (200, 400), response.text
        if response.status_code == 200:
            assert response.json()["results"]["bindings"] == []
        else:
            assert "[E346]" in response.text  # a value in <...> that is no IRI
