"""void.ttl: every build describes its graph in VoID, with counts equal to the graph's, the files it
wrote, and the build as a PROV activity that used checksummed inputs; the same bytes on a re-run and
from another working directory; valid use of VoID's own vocabulary (pyLODE ships it)."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, PROV, RDF, RDFS

from mlkg.build.pipeline import build
from mlkg.errors import MlkgError
from mlkg.export.void import FILENAME, input_name

REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "examples"
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
SPDX = rdflib.Namespace("http://spdx.org/rdf/terms#")
XSD_INTEGER = rdflib.URIRef("http://www.w3.org/2001/XMLSchema#integer")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples built once with the real extractor into every RDF format."""
    target = tmp_path_factory.mktemp("void")
    build([EXAMPLES], target, formats=("ttl", "nt", "jsonld", "graphml"), extractor="spacy")
    return target


def _void(directory: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(directory / FILENAME, format="turtle")  # its location is the base


def _dataset(graph: rdflib.Graph) -> rdflib.URIRef:
    (dataset,) = graph.subjects(RDF.type, VOID.Dataset)
    assert isinstance(dataset, rdflib.URIRef)
    return dataset


def _int(graph: rdflib.Graph, subject: rdflib.term.Node, predicate: rdflib.URIRef) -> int:
    value = graph.value(subject, predicate)
    assert isinstance(value, rdflib.Literal) and value.datatype == XSD_INTEGER, (predicate, value)
    return int(value)


def _graph_triples(out: Path) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object)
            for q in ox.parse(path=str(out / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)}


def test_the_counts_are_the_graph_s(out: Path) -> None:
    graph, triples = _void(out), _graph_triples(out)
    dataset = _dataset(graph)
    assert _int(graph, dataset, VOID.triples) == len(triples) > 1000
    subjects = {t.subject for t in triples}
    assert _int(graph, dataset, VOID.distinctSubjects) == len(subjects)
    assert _int(graph, dataset, VOID.distinctObjects) == len({t.object for t in triples})
    assert _int(graph, dataset, VOID.entities) == sum(
        1 for s in subjects if isinstance(s, ox.NamedNode) and s.value.startswith("https://w3id.org/mlkg/id/"))
    rdf_type = ox.NamedNode(str(RDF.type))
    classes = Counter(t.object.value for t in triples if t.predicate == rdf_type)
    properties = Counter(t.predicate.value for t in triples)
    found_classes = {str(graph.value(p, VOID["class"])): _int(graph, p, VOID.entities)
                     for p in graph.objects(dataset, VOID.classPartition)}
    found_properties = {str(graph.value(p, VOID.property)): _int(graph, p, VOID.triples)
                        for p in graph.objects(dataset, VOID.propertyPartition)}
    assert found_classes == dict(classes) and found_properties == dict(properties)
    assert _int(graph, dataset, VOID.classes) == len(classes)
    assert _int(graph, dataset, VOID.properties) == len(properties)
    used = {str(v) for v in graph.objects(dataset, VOID.vocabulary)}
    assert {"https://w3id.org/mlkg/ontology#", str(RDF), str(PROV)} <= used


def test_pyoxigraph_reads_it_with_its_location_as_the_base(out: Path) -> None:
    path = out / FILENAME
    quads = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=path.as_uri()))
    assert len(quads) == len(_void(out))


def test_a_data_dump_for_each_rdf_file_written_and_the_licence(out: Path) -> None:
    graph = _void(out)
    dataset = _dataset(graph)
    dumps = {Path(url2pathname(urlparse(str(d)).path)) for d in graph.objects(dataset, VOID.dataDump)}
    assert dumps == {out / "graph.ttl", out / "graph.nt", out / "graph.jsonld"}  # not the GraphML
    assert all(d.is_file() for d in dumps)
    features = {str(f).rsplit("/", 1)[-1] for f in graph.objects(dataset, VOID.feature)}
    assert features == {"Turtle", "N-Triples", "JSON-LD"}
    assert graph.value(dataset, rdflib.URIRef("http://purl.org/dc/terms/license")) == rdflib.URIRef(
        "http://creativecommons.org/publicdomain/zero/1.0/")
    assert graph.value(dataset, rdflib.URIRef("http://purl.org/dc/terms/title"))
    assert not list(graph.objects(dataset, VOID.sparqlEndpoint))


def test_the_build_used_the_inputs_by_checksum_and_names_its_agents(out: Path) -> None:
    graph = _void(out)
    (build_activity,) = graph.objects(_dataset(graph), PROV.wasGeneratedBy)
    assert (build_activity, RDF.type, PROV.Activity) in graph
    used = {}
    for entity in graph.objects(build_activity, PROV.used):
        checksum = graph.value(entity, SPDX.checksum)
        assert graph.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
        used[str(graph.value(entity, RDFS.label))] = str(graph.value(checksum, SPDX.checksumValue))
    files = sorted(p for p in EXAMPLES.rglob("*") if p.is_file() and p.suffix != ".md")
    assert used == {f"examples/{p.relative_to(EXAMPLES).as_posix()}": hashlib.sha256(p.read_bytes()).hexdigest()
                    for p in files}
    agents = set(graph.objects(build_activity, PROV.wasAssociatedWith))
    assert all((agent, RDF.type, PROV.SoftwareAgent) in graph for agent in agents)
    versions = {str(v) for a in agents for v in graph.objects(a, rdflib.URIRef("http://schema.org/softwareVersion"))}
    import mlkg

    assert versions == {mlkg.__version__}
    extractors = {t.subject.value for t in _graph_triples(out)
                  if t.object == ox.NamedNode("https://w3id.org/mlkg/ontology#Extractor")}
    assert extractors and extractors <= {str(a) for a in agents}


def _vocabulary(name: str) -> rdflib.Graph:
    """A vocabulary file that pyLODE ships (found without importing pyLODE)."""
    spec = importlib.util.find_spec("pylode")
    assert spec is not None and spec.submodule_search_locations, "pyLODE is missing: pip install -e '.[test]'"
    return rdflib.Graph().parse(Path(spec.submodule_search_locations[0]) / "rdf" / name, format="turtle")


def test_it_uses_void_prov_and_dcterms_as_their_vocabularies_define_them(out: Path) -> None:
    graph, void = _void(out), _vocabulary("void.ttl")
    vocabularies = {str(VOID): void, str(PROV): _vocabulary("prov.ttl"),
                    "http://purl.org/dc/terms/": _vocabulary("dcterms-mod.ttl")}
    for subject, predicate, obj in graph:
        for namespace, vocabulary in vocabularies.items():
            for term in (predicate, obj if predicate == RDF.type else None):
                if isinstance(term, rdflib.URIRef) and str(term).startswith(namespace):
                    assert (term, None, None) in vocabulary, f"{term} is not in its vocabulary"
        if not str(predicate).startswith(str(VOID)):
            continue
        kinds = set(void.objects(predicate, RDF.type))
        if OWL.DatatypeProperty in kinds:
            assert isinstance(obj, rdflib.Literal), (predicate, obj)
            datatype = void.value(predicate, RDFS.range)
            assert datatype == RDFS.Literal or obj.datatype == datatype, (predicate, obj)
        else:
            assert not isinstance(obj, rdflib.Literal), (predicate, obj)
        if OWL.FunctionalProperty in kinds:
            assert len(list(graph.objects(subject, predicate))) == 1, (subject, predicate)
    for partition in graph.objects(None, VOID.classPartition):
        assert isinstance(graph.value(partition, VOID["class"]), rdflib.URIRef)


def _build_basic(inputs: list[str | Path], target: Path, *, update: bool = False) -> bytes:
    build(inputs, target, formats=("nt",), extractor="basic", update=update)
    return (target / FILENAME).read_bytes()


def test_the_same_bytes_on_a_re_run_and_from_another_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    first = _build_basic(["examples"], tmp_path / "a")
    assert _build_basic(["examples/"], tmp_path / "a") == first
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert _build_basic([EXAMPLES], tmp_path / "b") == first  # an absolute path
    assert _build_basic([os.path.relpath(EXAMPLES, elsewhere)], tmp_path / "c") == first  # ../../.../examples


def test_an_update_lists_the_earlier_inputs_as_one_build_from_all_would(tmp_path: Path) -> None:
    page, api = EXAMPLES / "hf_daily_papers_page.txt", EXAMPLES / "hf_daily_api"
    _build_basic([page], tmp_path / "up")
    updated = _build_basic([api], tmp_path / "up", update=True)
    assert updated == _build_basic([page, api], tmp_path / "once")
    assert b"hf_daily_papers_page.txt" in updated and b"hf_daily_api/2025-02-03.json.gz" in updated


def test_an_update_over_an_unreadable_void_fails_before_extracting(tmp_path: Path) -> None:
    page = EXAMPLES / "hf_daily_papers_page.txt"
    _build_basic([page], tmp_path / "up")
    (tmp_path / "up" / FILENAME).write_text("this is not turtle <", encoding="utf-8")
    with pytest.raises(MlkgError, match="E351"):
        _build_basic([EXAMPLES / "hf_daily_api"], tmp_path / "up", update=True)
    assert (tmp_path / "up" / FILENAME).read_text(encoding="utf-8") == "this is not turtle <"


def test_input_names_start_at_the_input_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    (data / "sub").mkdir(parents=True)
    listing = data / "sub" / "day.jsonl"
    listing.write_text("{}\n", encoding="utf-8")
    monkeypatch.chdir(data)
    assert input_name(listing, str(data)) == "data/sub/day.jsonl"
    assert input_name(listing, ".") == "data/sub/day.jsonl"
    assert input_name(listing, "sub") == "sub/day.jsonl"
    assert input_name(listing, "sub/day.jsonl") == "day.jsonl"
    assert input_name(listing, "sub/*.jsonl") == "sub/day.jsonl"
    assert input_name(listing, "*/day.jsonl") == "data/sub/day.jsonl"
    shutil.rmtree(data / "sub")
