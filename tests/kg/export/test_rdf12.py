"""RDF 1.2 output (``--formats ttl12,nt12``): statements as reifiers of triple terms. Written,
parsed back with pyoxigraph (which reads RDF 1.2), compared with the RDF 1.1 graph, and queried
with the ``<< s p o ~ r >>`` syntax."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from mlkg.build.pipeline import BuildResult, build
from mlkg.errors import MlkgError
from mlkg.graph.rdf import PREFIXES, triples

REPO = Path(__file__).resolve().parents[3]
REIFIES = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies")
STATEMENT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    out = tmp_path_factory.mktemp("rdf12")
    result = build([str(REPO / "examples" / "hf_daily_papers_page.txt")], out,
                   formats=("nt", "ttl12", "nt12"), extractor="spacy")
    return result, out


def _parsed(path: Path, fmt: ox.RdfFormat) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=fmt)}


@pytest.mark.parametrize(("name", "fmt"), [("graph.rdf12.ttl", ox.RdfFormat.TURTLE),
                                           ("graph.rdf12.nt", ox.RdfFormat.N_TRIPLES)])
def test_rdf12_files_round_trip(built: tuple[BuildResult, Path], name: str, fmt: ox.RdfFormat) -> None:
    result, out = built
    expected = list(triples(result.graph, "rdf12"))
    assert len(expected) == len(set(expected))  # nothing written twice
    assert _parsed(out / name, fmt) == set(expected)


def test_a_reifier_replaces_the_four_reification_triples(built: tuple[BuildResult, Path]) -> None:
    result, out = built
    rdf11 = _parsed(out / "graph.nt", ox.RdfFormat.N_TRIPLES)
    rdf12 = _parsed(out / "graph.rdf12.nt", ox.RdfFormat.N_TRIPLES)
    statements = {t.subject for t in rdf11 if t.predicate == TYPE and t.object == STATEMENT}
    reifiers = {t.subject for t in rdf12 if t.predicate == REIFIES}
    assert statements and statements == reifiers
    assert len(rdf12) == len(rdf11) - 3 * len(statements)
    for t in rdf12:
        if t.predicate == REIFIES:  # the reified triple is asserted too
            assert isinstance(t.object, ox.Triple) and t.object in rdf12


def test_annotation_syntax_query(built: tuple[BuildResult, Path]) -> None:
    """"Which papers say they use X, with the sentence and confidence" in one pattern."""
    _, out = built
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.rdf12.ttl"), format=ox.RdfFormat.TURTLE)
    rows = list(store.query("""
        SELECT ?paper ?entity ?confidence ?sentence WHERE {
          << ?paper mlkg:uses ?entity ~ ?stmt >> mlkg:confidence ?confidence ;
                                                mlkg:evidence [ oa:exact ?sentence ; oa:hasSource ?paper ] .
        }""", prefixes=PREFIXES))
    direct = list(store.query("SELECT ?p ?e WHERE { ?p mlkg:uses ?e }", prefixes=PREFIXES))
    assert rows and {(r["paper"], r["entity"]) for r in rows} == {(r["p"], r["e"]) for r in direct}
    assert all(0 < float(r["confidence"].value) <= 1 and r["sentence"].value for r in rows)


def test_unknown_reification_is_a_coded_error(built: tuple[BuildResult, Path]) -> None:
    with pytest.raises(MlkgError, match=r"\[E700\] unknown reification 'rdf-star'; valid: rdf11, rdf12"):
        next(triples(built[0].graph, "rdf-star"))  # type: ignore[arg-type]
