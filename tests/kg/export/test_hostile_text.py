"""Every writer makes a file its format's standard reader accepts, whatever the listing text holds
(issue 14 case 9: a NUL in a title made graph.graphml invalid XML while the build exited 0).

Each hostile string goes into every text a graph carries (title, abstract, label, aliases, url,
evidence), each writer writes it, and the standard reader gives the text back: exactly, or for
XML with what XML 1.0 forbids as U+FFFD (:mod:`mlkg.export.chars`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from mlkg.export import FILE_FORMATS, file_exporters
from mlkg.export.chars import REPLACEMENT, unicode_graph, unicode_text, xml_text
from mlkg.export.neo4j import edge_properties, node_properties
from mlkg.export.neo4j_import import ARRAY_DELIMITER, write_neo4j_import
from mlkg.graph.rdf import PREFIXES, triples
from mlkg.graph.store import Edge, KnowledgeGraph, Node

from .readback import FILENAMES, expected_in, paper_titles, parse, parse_page, read_csv

C0 = "".join(map(chr, range(0x20)))
HOSTILE = {
    "nul": "before\x00after",
    "c0 controls": f"c0 {C0} end",
    "del and c1": "del \x7f nel \x85 csi \x9b end",
    "noncharacters": "fffe \ufffe ffff \uffff end",
    "line separators": "ls \u2028 ps \u2029 end",
    "bidi": "rtl \u202e\u2066 override \u200f mark",
    "cdata end": "a ]]> b ]]&gt; c",
    "script": '</script><script>alert("x")</script><!-- -->',
    "quotes": "double \" single ' back ` tick",
    "backslashes": "back\\slash \\\" \\n \\u0000 \\",
    "astral": "emoji \U0001f600 math \U0001d400 flag \U0001f1eb\U0001f1f7",
    "combining": "e\u0301 a\u030a\u0323 z\u0336\u0336",
    "csv": 'a,b;"c"\r\nd\re\nf,\x1f',
    "xml markup": "<a href='x'>&amp; &lt; &#0; &#xD800;</a>",
    "empty-looking": " \t ",
}
SURROGATES = {
    "lone high": "lone \ud800 high",
    "lone low": "lone \udfff low",
    "split pair": "split \ud83d\ude00 pair",
}
FILES = sorted(FILE_FORMATS)


def graph_with(text: str) -> KnowledgeGraph:
    """One paper and one model, ``text`` in every text field, as a build makes them."""
    graph = KnowledgeGraph()
    graph.add_node(Node("paper/2401.00001", "Paper", "P " + text,
                        {"title": "P " + text, "abstract": text, "url": "https://example.org/" + text,
                         "published": "2024-01-02", "upvotes": 3, "source_file": text, "source_record": 1}))
    graph.add_node(Node("entity/bert", "Model", "BERT " + text, {"aliases": (text, "BERT-base")}))
    graph.add_edge(Edge("paper/2401.00001", "uses", "entity/bert",
                        {"paper": "paper/2401.00001", "evidence": text, "start": 0, "end": 4,
                         "confidence": 0.9, "extractor": "test"}))
    return graph


def _write(fmt: str, graph: KnowledgeGraph, directory: Path) -> Path:
    (exporter,) = file_exporters([fmt])
    target = directory / exporter.filename
    exporter.write(graph, target)
    return target


def _check_file(fmt: str, text: str, directory: Path) -> None:
    target = _write(fmt, graph_with(text), directory)
    if fmt == "html":
        data = parse_page(target)
        assert {n["id"] for n in data["nodes"]} == {"paper/2401.00001", "entity/bert"}
        return
    assert paper_titles(target) == {expected_in(target, "P " + text): 1}


@pytest.mark.parametrize("fmt", FILES)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_every_writer_s_file_reads_back(name: str, fmt: str, tmp_path: Path) -> None:
    _check_file(fmt, HOSTILE[name], tmp_path)


@pytest.mark.parametrize("fmt", FILES)
@pytest.mark.parametrize("name", sorted(SURROGATES))
def test_a_lone_surrogate_becomes_the_replacement_character(name: str, fmt: str, tmp_path: Path) -> None:
    text = SURROGATES[name]
    _check_file(fmt, text, tmp_path)
    if fmt != "html":
        (title,) = paper_titles(tmp_path / FILENAMES[fmt])
        assert title.encode("utf-8")  # no surrogate left
        assert (REPLACEMENT in title) == (name != "split pair")
        assert ("\U0001f600" in title) == (name == "split pair")


def test_graphml_keeps_every_field_as_xml_can_hold_it(tmp_path: Path) -> None:
    """Beyond titles: labels, aliases, evidence and the node ids all come back."""
    text = "".join(HOSTILE.values())
    back = parse(_write("graphml", graph_with(text), tmp_path))
    paper, model = back.nodes["paper/2401.00001"], back.nodes["entity/bert"]
    target = tmp_path / "graph.graphml"
    assert paper["abstract"] == expected_in(target, text)
    assert model["label"] == expected_in(target, "BERT " + text)
    assert model["aliases"] == expected_in(target, text + "; BERT-base")
    ((_, _, edge),) = back.edges(data=True)
    assert edge["evidence"] == expected_in(target, text) and edge["confidence"] == 0.9


def test_gexf_keeps_every_field_as_xml_can_hold_it(tmp_path: Path) -> None:
    text = "".join(HOSTILE.values())
    target = _write("gexf", graph_with(text), tmp_path)
    back = parse(target)
    assert back.nodes["paper/2401.00001"]["abstract"] == xml_text(text)
    assert back.nodes["entity/bert"]["label"] == xml_text("BERT " + text)  # an XML attribute: CR kept
    ((_, _, edge),) = back.edges(data=True)
    assert edge["evidence"] == xml_text(text)


@pytest.mark.parametrize("name", sorted(HOSTILE | SURROGATES))
def test_neo4j_import_csvs_keep_rows_cells_and_text(name: str, tmp_path: Path) -> None:
    text = (HOSTILE | SURROGATES)[name]
    written = write_neo4j_import(graph_with(text), tmp_path)
    assert sorted(p.name for p in written if p.suffix == ".csv") == [
        "nodes_Model.csv", "nodes_Paper.csv", "relationships_USES.csv"]
    (paper,) = read_csv(tmp_path / "nodes_Paper.csv")
    assert paper["title:string"] == unicode_text("P " + text)
    assert paper["abstract:string"] == unicode_text(text)
    (model,) = read_csv(tmp_path / "nodes_Model.csv")
    assert model["aliases:string[]"].split(ARRAY_DELIMITER) == [
        unicode_text(text).replace(ARRAY_DELIMITER, " "), "BERT-base"]
    (uses,) = read_csv(tmp_path / "relationships_USES.csv")
    assert uses["evidence:string"] == unicode_text(text)
    assert (uses[":START_ID"], uses[":END_ID"]) == ("paper/2401.00001", "entity/bert")


def test_neo4j_properties_are_text_utf8_can_carry() -> None:
    """Bolt sends UTF-8: what the server exporter sends has no lone surrogate left."""
    graph = graph_with(SURROGATES["lone high"])
    for props in [node_properties(n) for n in graph.nodes.values()] + [edge_properties(e)
                                                                       for e in graph.edges.values()]:
        for value in props.values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str):
                    item.encode("utf-8")


# --- the one place that knows what XML and UTF-8 cannot carry ---------------------------------

@pytest.mark.parametrize("char", [chr(c) for c in range(0x20) if c not in (0x9, 0xA, 0xD)]
                         + ["\ufffe", "\uffff", "\ud800", "\udbff", "\udc00", "\udfff"])
def test_xml_text_replaces_what_xml_1_0_forbids(char: str) -> None:
    assert xml_text(f"a{char}b") == f"a{REPLACEMENT}b"


@pytest.mark.parametrize("char", ["\t", "\n", "\r", " ", "\x7f", "\x85", "\x9f", "\ud7ff", "\ue000", "\ufffd",
                                  "\u2028", "\u202e", "\U00010000", "\U0010ffff"])
def test_xml_text_keeps_every_character_xml_allows(char: str) -> None:
    text = f"a{char}b"
    assert xml_text(text) is text


def test_unicode_text_rejoins_split_pairs_and_replaces_lone_surrogates() -> None:
    assert unicode_text("a\ud83d\ude00b\ud800c\udc00") == f"a\U0001f600b{REPLACEMENT}c{REPLACEMENT}"
    plain = "no surrogate \U0001f600 \x00"
    assert unicode_text(plain) is plain


def test_unicode_graph_leaves_the_graph_itself_alone() -> None:
    graph = graph_with(SURROGATES["lone low"])
    copy = unicode_graph(graph)
    assert graph.nodes["paper/2401.00001"].props["title"] == "P " + SURROGATES["lone low"]
    assert copy.nodes["paper/2401.00001"].props["title"] == "P lone \ufffd low"
    assert copy.nodes["entity/bert"].props["aliases"] == ("lone \ufffd low", "BERT-base")
    assert set(copy.edges) == set(graph.edges)


# --- any text at all --------------------------------------------------------------------------

any_text = st.text(st.characters(exclude_categories=()), max_size=40)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text)
def test_any_text_reads_back_from_every_file_format(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in FILES:
            _check_file(fmt, text, Path(tmp))


@settings(max_examples=25, deadline=None)
@given(text=any_text)
def test_any_text_reads_back_from_the_neo4j_import_csvs(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        write_neo4j_import(graph_with(text), Path(tmp))
        (paper,) = read_csv(Path(tmp) / "nodes_Paper.csv")
        assert paper["title:string"] == unicode_text("P " + text)


# --- ids that end with a dot ------------------------------------------------------------------

def test_turtle_reads_back_ids_that_end_with_a_dot(tmp_path: Path) -> None:
    """"Yi R." is ``person/yi-r.``; Turtle's ``person:yi-r\\.`` stopped rdflib (18 times in a
    10k-abstract build). Those triples are written with full IRIs, and nothing is lost or doubled."""
    graph = graph_with("plain")
    graph.add_node(Node("person/yi-r.", "Person", "Yi R."))
    graph.add_node(Node("person/.", "Person", "."))
    graph.add_node(Node("metric/acc.", "Metric", "Acc."))
    graph.add_edge(Edge("paper/2401.00001", "authoredBy", "person/yi-r.", {}))
    graph.add_edge(Edge("paper/2401.00001", "authoredBy", "person/.", {}))
    graph.add_edge(Edge("entity/bert", "uses", "metric/acc.",
                        {"paper": "paper/2401.00001", "evidence": "acc.", "confidence": 0.5, "extractor": "test"}))
    turtle, ntriples = _write("ttl", graph, tmp_path), _write("nt", graph, tmp_path)
    back, reference = parse(turtle), parse(ntriples)
    assert len(back) == len(reference) == len(set(ntriples.read_text(encoding="utf-8").splitlines()))
    assert isomorphic(back, reference)
    text = turtle.read_text(encoding="utf-8")
    assert "\\." not in text
    assert text.count(" a mlkg:Extractor") + text.count("#Extractor> .") == 1


def test_turtle_without_such_ids_is_pyoxigraph_s_one_pass(tmp_path: Path) -> None:
    graph = graph_with("plain")
    one_pass = ox.serialize(triples(graph), None, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    assert _write("ttl", graph, tmp_path).read_bytes() == one_pass


# --- floats that are not finite ---------------------------------------------------------------

def _float_graph() -> KnowledgeGraph:
    graph = graph_with("plain")
    graph.add_node(Node("result/r", "Result", "R", {"value": "9" * 400, "numeric_value": float("inf")}))
    graph.add_node(Node("result/s", "Result", "S", {"value": "-", "numeric_value": float("-inf")}))
    graph.add_node(Node("result/t", "Result", "T", {"value": "?", "numeric_value": float("nan")}))
    return graph


def test_node_link_json_has_no_infinity_or_nan(tmp_path: Path) -> None:
    back = parse(_write("json", _float_graph(), tmp_path))  # strict: Infinity and NaN raise
    assert [back.nodes[n].get("numeric_value") for n in ("result/r", "result/s", "result/t")] == [None] * 3
    assert back.nodes["result/r"]["value"] == "9" * 400


@pytest.mark.parametrize("fmt", FILES)
def test_every_file_format_reads_back_with_floats_that_are_not_finite(fmt: str, tmp_path: Path) -> None:
    target = _write(fmt, _float_graph(), tmp_path)
    if fmt == "html":
        parse_page(target)
    else:
        assert paper_titles(target) == {"P plain": 1}


def test_neo4j_import_writes_infinity_and_nan_as_java_reads_them(tmp_path: Path) -> None:
    write_neo4j_import(_float_graph(), tmp_path)
    rows = {r["id:ID"]: r["numeric_value:double"] for r in read_csv(tmp_path / "nodes_Result.csv")}
    assert rows == {"result/r": "Infinity", "result/s": "-Infinity", "result/t": "NaN"}
