"""Read every output of mlkg back with its format's standard reader, as a user's tool would.

Shared by the writer tests (tests/kg/export) and the whole-build property tests
(tests/kg/build/test_properties_build.py): :func:`parse` raises if a file is not valid in its
format, :func:`paper_titles` gives the paper titles a reader finds in it.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import Counter
from contextlib import closing
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import rdflib

from mlkg.export import FILE_FORMATS, file_exporters
from mlkg.export.chars import unicode_text, xml_text
from mlkg.viz import page_data

FILENAMES = {e.name: e.filename for e in file_exporters(FILE_FORMATS)}
"""The file each format of a build writes (graph.ttl, ...)."""
RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}
RDF12_FORMATS = {".rdf12.ttl": ox.RdfFormat.TURTLE, ".rdf12.nt": ox.RdfFormat.N_TRIPLES}
"""RDF 1.2 files, which rdflib 7 cannot read: pyoxigraph reads them."""
TITLE = "http://purl.org/dc/terms/title"


class _Page(HTMLParser):
    """The page's structure as html.parser sees it: script elements, in order, with their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._open: dict[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            assert self._open is None, "a script element opened inside another"
            self._open, self._text = dict(attrs), []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            assert self._open is not None, "a </script> closed no script"
            self.scripts.append((self._open, "".join(self._text)))
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._text.append(data)


def parse_page(path: Path) -> dict[str, Any]:
    """The page's embedded data; asserts html.parser finds exactly the template's three scripts,
    the first the JSON block, whole (no listing text closed it or opened another)."""
    page = path.read_text(encoding="utf-8")
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert len(parser.scripts) == 3, [attrs for attrs, _ in parser.scripts]
    attrs, block = parser.scripts[0]
    assert attrs == {"type": "application/json", "id": "mlkg-data"}
    data = json.loads(block)
    assert data == page_data(page)
    return data


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV as dicts; asserts every row has as many cells as the header."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows, f"{path} is empty"
    assert all(len(row) == len(rows[0]) for row in rows), [len(row) for row in rows]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON (RFC 8259); JavaScript, jq and serde refuse it")


def parse(path: Path) -> Any:
    """``path`` read by its format's standard reader; raises if the reader refuses it."""
    suffix = path.suffix
    rdf12 = next((fmt for end, fmt in RDF12_FORMATS.items() if path.name.endswith(end)), None)
    if rdf12 is not None:
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=rdf12)]
    if suffix in RDF_FORMATS:
        return rdflib.Graph().parse(path, format=RDF_FORMATS[suffix])
    if suffix == ".graphml":
        return nx.read_graphml(path, force_multigraph=True)
    if suffix == ".gexf":
        return nx.read_gexf(path)
    if suffix == ".json":
        data = json.loads(path.read_bytes().decode("utf-8"), parse_constant=_not_json)
        return data if path.name == "report.json" else nx.node_link_graph(data, edges="edges")
    if suffix == ".html":
        return parse_page(path)
    if suffix == ".csv":
        return read_csv(path)
    if suffix == ".sqlite":  # explore.sqlite: SQLite's own check, then the connection
        db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return db
    raise AssertionError(f"no reader for {path}")


def paper_titles(path: Path) -> Counter[str]:
    """The titles of the papers a reader finds in ``path`` (any format but html), with repeats."""
    parsed = parse(path)
    if isinstance(parsed, rdflib.Graph):
        return Counter(str(o) for o in parsed.objects(None, rdflib.URIRef(TITLE)))
    if isinstance(parsed, list) and parsed and isinstance(parsed[0], ox.Triple):
        return Counter(t.object.value for t in parsed if t.predicate.value == TITLE)
    if isinstance(parsed, nx.Graph):
        return Counter(str(d["title"]) for _, d in parsed.nodes(data=True) if d.get("type") == "Paper")
    if isinstance(parsed, list):  # nodes_Paper.csv
        return Counter(row["title:string"] for row in parsed)
    if isinstance(parsed, sqlite3.Connection):  # explore.sqlite
        with closing(parsed):
            return Counter(title for (title,) in parsed.execute("SELECT title FROM paper"))
    raise AssertionError(f"no titles in {path}")


def expected_in(path: Path, text: str) -> str:
    """``text`` as a reader of ``path`` gets it back: lone surrogates are U+FFFD everywhere, XML
    formats replace what XML 1.0 forbids, and GraphML's element text goes through XML's
    end-of-line handling (CR LF and CR become LF)."""
    if path.suffix == ".graphml":
        return xml_text(text).replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix == ".gexf":
        return xml_text(text)
    return unicode_text(text)
