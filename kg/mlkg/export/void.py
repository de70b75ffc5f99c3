"""The VoID description of a built graph, ``void.ttl``: what it holds, where its files are, how it was made.

Every build writes it beside the graph files (:func:`write_void`), so that a linked-data tool, or
a person, learns from one small file what the graph is without loading it:

- a ``void:Dataset`` with its title, description and licence (CC0 1.0, as arXiv releases the
  titles and abstracts the graph carries), its counts (triples, entities, distinct subjects and
  objects, one ``void:classPartition`` per class and ``void:propertyPartition`` per property),
  the vocabularies it uses, and a ``void:dataDump`` for each RDF file the build wrote;
- the build, a ``prov:Activity`` that generated it, which ``prov:used`` each input file (its
  path relative to the input it was given as, with its SHA-256 as an ``spdx:Checksum``, as DCAT 3
  does) and ``prov:wasAssociatedWith`` mlkg, at its version, and the extractors, all
  ``prov:SoftwareAgent``.

The same graph from the same inputs gives the same bytes: no time, no absolute path. IRIs of
the description itself are relative (``<#dataset>``, ``<graph.ttl>``): they resolve against the
file's own location, so the dumps are found wherever the build directory goes. rdflib takes the
file's location as the base by itself; give pyoxigraph ``base_iri=path.as_uri()``.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib

from mlkg import ontology
from mlkg.errors import Errors, MlkgError
from mlkg.export import EXPORTERS
from mlkg.files import write_text_atomic
from mlkg.graph.rdf import triples
from mlkg.graph.store import KnowledgeGraph
from mlkg.loaders import LoadError
from mlkg.loaders.sources import expand_inputs

FILENAME = "void.ttl"

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
EXTRACTOR = ontology.NAMESPACE + "Extractor"
LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/"
SOFTWARE = ontology.RESOURCE_BASE + "software/mlkg/"  # + version: the mlkg that built the graph

PREFIXES = {
    "void": "http://rdfs.org/ns/void#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "spdx": "http://spdx.org/rdf/terms#",
    "schema": "http://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "formats": "http://www.w3.org/ns/formats/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "mlkg": ontology.NAMESPACE,
    "oa": "http://www.w3.org/ns/oa#",
    "mls": "http://www.w3.org/ns/mls#",
    "qudt": "http://qudt.org/schema/qudt/",
}
"""Prefixes of the description, and the namespaces that ``void:vocabulary`` names when the graph uses them."""

DUMP_FORMATS = {EXPORTERS[name].filename: feature for name, feature in
                (("ttl", "formats:Turtle"), ("nt", "formats:N-Triples"), ("jsonld", "formats:JSON-LD"))}
"""The files that hold the described triples, with the W3C format IRI that ``void:feature`` takes."""

RIGHTS = ("The graph holds paper titles and abstracts from arXiv's metadata, which arXiv releases "
          "under CC0 1.0, and facts that mlkg extracted from them; it is released under CC0 1.0 too.")

_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")  # a local name every Turtle parser reads
_WILDCARD = re.compile(r"[*?[]")  # what makes an input a glob, as the loaders see it


class VoidError(MlkgError):
    """An earlier build's void.ttl, whose inputs an update keeps, cannot be read."""


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file the build read: its path relative to the input it was given as, and its SHA-256."""

    name: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Statistics:
    """The counts of a graph that VoID states, gathered in one pass over its triples."""

    triples: int
    entities: int  # distinct IRI subjects in the graph's own id space
    distinct_subjects: int
    distinct_objects: int
    classes: tuple[tuple[str, int], ...]  # (class, instances), by class IRI
    properties: tuple[tuple[str, int], ...]  # (property, triples), by property IRI
    agents: tuple[str, ...]  # the extractors' IRIs


@dataclass(frozen=True, slots=True)
class BuildDescription:
    """What the build knows of itself: version, extractor, inputs, and the files it wrote."""

    version: str
    extractor: str
    inputs: tuple[InputFile, ...]
    outputs: tuple[str, ...]  # file names beside void.ttl; the RDF ones become void:dataDump


def statistics(graph_triples: Iterable[ox.Triple]) -> Statistics:
    """Count ``graph_triples`` (no duplicates, as :func:`mlkg.graph.rdf.triples` gives them)."""
    subjects: set[ox.NamedNode | ox.BlankNode] = set()
    objects: set[object] = set()
    instances: Counter[str] = Counter()
    used: dict[ox.NamedNode, int] = {}  # a plain dict: Counter's += is Python code, once per triple
    agents: set[str] = set()
    type_ = ox.NamedNode(RDF_TYPE)
    count = 0
    for subject, predicate, obj in graph_triples:
        count += 1
        subjects.add(subject)
        objects.add(obj)
        used[predicate] = used.get(predicate, 0) + 1
        if predicate == type_ and isinstance(obj, ox.NamedNode):
            instances[obj.value] += 1
            if obj.value == EXTRACTOR:
                agents.add(subject.value)
    entities = sum(1 for s in subjects if isinstance(s, ox.NamedNode) and s.value.startswith(ontology.RESOURCE_BASE))
    return Statistics(count, entities, len(subjects), len(objects), tuple(sorted(instances.items())),
                      tuple(sorted((p.value, n) for p, n in used.items())), tuple(sorted(agents)))


def input_name(path: Path, given: str) -> str:
    """``path`` (a file the input ``given`` stands for) named from that input on, never from the
    working directory: ``examples/hf_daily_api/2025-02-03.json.gz`` for the input ``../examples``,
    the file's own name for a file named on the command line."""
    base = Path(given)
    if _WILDCARD.search(given):  # a glob: from the folder before its first wildcard
        base = Path(*_until_wildcard(base.parts) or ["."])
    if base.is_dir():
        relative = path.resolve().relative_to(base.resolve()).as_posix()
        return f"{base.resolve().name}/{relative}" if base.resolve().name else relative
    return path.name


def _until_wildcard(parts: Sequence[str]) -> list[str]:
    head: list[str] = []
    for part in parts:
        if _WILDCARD.search(part):
            break
        head.append(part)
    return head


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def input_files(inputs: Iterable[str | Path]) -> tuple[InputFile, ...]:
    """The files the inputs stand for, as the loaders expand them, named and checksummed; sorted by name."""
    found: dict[str, InputFile] = {}
    for given in map(str, inputs):
        try:
            paths = expand_inputs([given])
        except LoadError:  # the load has reported it; there is no file to describe
            continue
        for path in paths:
            name = input_name(path, given)
            found[name] = InputFile(name, sha256(path))
    return tuple(found[name] for name in sorted(found))


def earlier_inputs(path: Path) -> tuple[InputFile, ...]:
    """The inputs an earlier build's ``void.ttl`` lists (none if it has none), which an update keeps."""
    if not path.is_file():
        return ()
    query = """
        PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX spdx: <http://spdx.org/rdf/terms#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name ?sum WHERE { ?build prov:used ?file . ?file rdfs:label ?name ;
                                  spdx:checksum [ spdx:checksumValue ?sum ] }"""
    try:
        graph = rdflib.Graph().parse(path, format="turtle")
    except Exception as exc:  # noqa: BLE001 - any parse error: the file is not what we wrote
        raise VoidError(Errors.E351.format(path=path, detail=str(exc).splitlines()[0] if str(exc) else exc)) from None
    rows = {str(name): InputFile(str(name), str(value)) for name, value in graph.query(query)}
    return tuple(rows[name] for name in sorted(rows))


def merged_inputs(earlier: Sequence[InputFile], now: Sequence[InputFile]) -> tuple[InputFile, ...]:
    """An update's inputs: the earlier build's, with those read again now as they are now."""
    found = {f.name: f for f in earlier} | {f.name: f for f in now}
    return tuple(found[name] for name in sorted(found))


def _term(iri: str) -> str:
    """``iri`` as a prefixed name where one reads back everywhere, else in full."""
    for prefix, namespace in PREFIXES.items():
        local = iri[len(namespace):]
        if iri.startswith(namespace) and _LOCAL_NAME.fullmatch(local):
            return f"{prefix}:{local}"
    return rdflib.URIRef(iri).n3()


def _text(value: str) -> str:
    return rdflib.Literal(value).n3()


def _namespace(iri: str) -> str | None:
    known = [ns for ns in PREFIXES.values() if iri.startswith(ns)]
    return max(known, key=len) if known else None


def void_turtle(stats: Statistics, build: BuildDescription) -> str:
    """The text of ``void.ttl``: prefixes, the description document, the dataset, the build and its agents."""
    dumps = [name for name in build.outputs if name in DUMP_FORMATS]
    vocabularies = sorted({ns for iri, _ in stats.classes + stats.properties if (ns := _namespace(iri))})
    software = f"{SOFTWARE}{build.version}"
    width = max(map(len, PREFIXES)) + 1
    lines = [f"@prefix {prefix + ':':<{width}} <{ns}> ." for prefix, ns in PREFIXES.items()]
    lines += [
        "",
        f"# The VoID description of the graph mlkg {build.version} built beside this file (void.ttl).",
        "# Its own IRIs are relative (<#dataset>, <graph.ttl>): read it with its location as the base.",
        "",
        "<> a void:DatasetDescription ;",
        f"    dcterms:title {_text('VoID description of an mlkg knowledge graph')} ;",
        "    foaf:primaryTopic <#dataset> .",
        "",
        "<#dataset> a void:Dataset, prov:Entity ;",
        f"    dcterms:title {_text('mlkg knowledge graph')} ;",
        f"    dcterms:description {_text(_description(build))} ;",
        f"    dcterms:license <{LICENSE}> ;",
        f"    dcterms:rights {_text(RIGHTS)} ;",
        f"    void:uriSpace {_text(ontology.RESOURCE_BASE)} ;",
        f"    void:triples {stats.triples} ;",
        f"    void:entities {stats.entities} ;",
        f"    void:distinctSubjects {stats.distinct_subjects} ;",
        f"    void:distinctObjects {stats.distinct_objects} ;",
        f"    void:classes {len(stats.classes)} ;",
        f"    void:properties {len(stats.properties)} ;",
    ]
    if vocabularies:
        lines.append(f"    void:vocabulary {', '.join(f'<{ns}>' for ns in vocabularies)} ;")
    if dumps:
        lines.append(f"    void:dataDump {', '.join(rdflib.URIRef(name).n3() for name in dumps)} ;")
        lines.append(f"    void:feature {', '.join(sorted({DUMP_FORMATS[name] for name in dumps}))} ;")
    lines.append("    prov:wasGeneratedBy <#build> ;")
    lines += _list("void:classPartition", [f"[ void:class {_term(iri)} ; void:entities {n} ]"
                                            for iri, n in stats.classes])
    lines += _list("void:propertyPartition", [f"[ void:property {_term(iri)} ; void:triples {n} ]"
                                               for iri, n in stats.properties])
    lines[-1] = lines[-1][:-2] + " ."
    lines += [
        "",
        "<#build> a prov:Activity ;",
        f"    rdfs:label {_text(f'mlkg build (extractor {build.extractor})')} ;",
    ]
    lines += _list("prov:used", [_input(f) for f in build.inputs])
    lines += _list("prov:wasAssociatedWith", [f"<{software}>"] + [f"<{agent}>" for agent in stats.agents])
    lines[-1] = lines[-1][:-2] + " ."
    lines += [
        "",
        f"<{software}> a prov:SoftwareAgent, schema:SoftwareApplication ;",
        f"    rdfs:label {_text(f'mlkg {build.version}')} ;",
        f"    schema:name {_text('mlkg')} ;",
        f"    schema:softwareVersion {_text(build.version)} .",
    ]
    for agent in stats.agents:
        name = agent.rsplit("/", 1)[-1]
        lines += ["", f"<{agent}> a prov:SoftwareAgent ;", f"    rdfs:label {_text(name)} ;",
                  f"    prov:actedOnBehalfOf <{software}> ."]
    return "\n".join(lines) + "\n"


def _list(predicate: str, objects: list[str]) -> list[str]:
    """``predicate`` with ``objects``, one a line, the statement left open (``;``)."""
    if not objects:
        return []
    if len(objects) == 1:
        return [f"    {predicate} {objects[0]} ;"]
    return [f"    {predicate}", *(f"        {o}," for o in objects[:-1]), f"        {objects[-1]} ;"]


def _input(used: InputFile) -> str:
    """An input file as a blank node, with its checksum as DCAT 3 gives one (spdx:Checksum)."""
    return (f"[ a prov:Entity ; rdfs:label {_text(used.name)} ;\n"
            "          spdx:checksum [ a spdx:Checksum ; spdx:algorithm spdx:checksumAlgorithm_sha256 ;\n"
            f"                          spdx:checksumValue {_text(used.sha256)} ] ]")


def _description(build: BuildDescription) -> str:
    files = f"{len(build.inputs)} input file{'s' if len(build.inputs) != 1 else ''}"
    return (f"Papers, the ML models, datasets, benchmarks, organizations and code they name, what each paper "
            f"does with them, and the results they claim, extracted by mlkg {build.version} "
            f"({build.extractor} extractor) from {files}.")


def write_void(graph: KnowledgeGraph, target: Path, build: BuildDescription) -> Path:
    """Write ``void.ttl`` for ``graph`` to ``target``, atomically."""
    write_text_atomic(target, void_turtle(statistics(triples(graph)), build))
    return target
