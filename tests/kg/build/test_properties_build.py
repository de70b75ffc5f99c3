"""Property tests over the whole build, not only ``load()`` (issue 14).

Hypothesis writes a small JSONL or CSV listing: records with arbitrary Unicode (controls, NUL,
bidi marks, line separators, astral and combining characters), empty and long-ish fields and
hostile author names, mixed with good records that name known models ("We fine-tune BERT on
SQuAD.") and with bad records (invalid JSON, a title that is a number or blank, a negative
upvote count, an unreadable date). The real build runs in this process (spaCy extractor, one
process) and writes every file format. Then:

- every good record's paper is in the graph, its title as ``normalize_text`` gives it, and each
  output file gives that title back to its standard reader (rdflib, networkx, csv, json,
  html.parser), XML formats with what XML 1.0 forbids as U+FFFD;
- every bad record is counted in report.json with its file and record number;
- nothing raises: a build that ends with an exception here is a traceback for a user.

Lone surrogates and invalid bytes are repaired by the loaders: they have their own property
(:func:`test_surrogates_and_invalid_bytes_are_repaired_per_record`). A CLI run in a subprocess
checks the same on one fixed hostile listing, with exit code 0 and no traceback.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mlkg.build.pipeline import build, open_graph
from mlkg.export import FILE_FORMATS, run_export
from mlkg.export.chars import unicode_text
from mlkg.graph.store import KnowledgeGraph
from mlkg.loaders.textnorm import normalize_text
from tests.kg.export.readback import (
    FILENAMES,
    expected_in,
    paper_titles,
    parse,
    parse_page,
    read_csv,
)

ALL_FORMATS = tuple(sorted(FILE_FORMATS))
PROPERTY = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Good records: each names a model and a dataset the extractor knows.
KNOWN = [
    ("We fine-tune BERT on SQuAD.", "We fine-tune BERT on SQuAD and report exact match.", "entity/bert"),
    ("ResNet-50 trained on ImageNet", "We train ResNet-50 on ImageNet and evaluate top-1 accuracy.",
     "entity/resnet50"),
    ("GPT-2 language modelling on WikiText-103", "We evaluate GPT-2 on WikiText-103 perplexity.", "entity/gpt2"),
    ("A score too big for a float", f"BERT achieves {'9' * 400} F1 on SQuAD.", "entity/bert"),  # inf
]
# Characters that broke writers or loaders before, drawn more often than chance would.
SPECIAL = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1c", "\x1f", "\x7f", "\x85", "\x9b", "\ufeff",
           "\ufffe", "\uffff", "\u2028", "\u2029", "\u202e", "\u2066", "\u200f", "\u200b", "\u0301", "\u0336",
           "\U0001f600", "\U0001d400", "\r", "\n", "\t", '"', "\\", ",", ";", "&amp;", "&#0;", "]]>",
           "</script>", "<!--", "$x$", "\\emph{", "~", "https://x.org/\n"]
NAMES = ["Yi R.", "J. Smith Jr.", ".", "O'Brien", "Zoe\u0308 d'A\u0301"]  # "Yi R." is person/yi-r.
BLANK = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2028", "\u3000", "\u200b"]

char = st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(SPECIAL))
hostile = st.lists(char, max_size=30).map("".join)
long_ish = st.tuples(hostile, st.sampled_from([1, 1, 1, 300])).map(lambda t: t[0] * t[1])  # up to ~9k chars
blank = st.lists(st.sampled_from(BLANK), max_size=6).map("".join)


@dataclass(frozen=True)
class Good:
    """A record that must become a paper; ``model`` is a node its text must give, if any."""

    title: str
    abstract: str
    authors: tuple[str, ...] = ()
    model: str | None = None
    meta: tuple[tuple[str, Any], ...] = ()  # upvotes, published, github_url, organization

    def fields(self) -> dict[str, Any]:
        return {"title": self.title, "abstract": self.abstract, "authors": list(self.authors), **dict(self.meta)}


@dataclass(frozen=True)
class Bad:
    """A record the loader must skip and count; ``line`` is its JSONL line or its CSV row."""

    kind: str
    value: Any = None


good_known = st.sampled_from(KNOWN).map(lambda k: Good(k[0], k[1], model=k[2]))

meta = st.fixed_dictionaries({}, optional={
    "upvotes": st.integers(0, 10**6),
    "published": st.dates().map(str),
    "github_url": st.tuples(hostile, hostile).map(lambda t: f"https://github.com/{t[0]}/{t[1]}"),
    "organization": hostile,
}).map(lambda d: tuple(sorted(d.items())))
good_hostile = st.builds(lambda t, a, au, m: Good(t, a, tuple(au), meta=m), long_ish, long_ish,
                         st.lists(st.one_of(hostile, st.sampled_from(NAMES)), max_size=3), meta)
JSONL_BAD = ["invalid json", "title is a number", "blank title", "not an object", "negative upvotes", "bad date"]
CSV_BAD = ["blank title", "upvotes not a number", "negative upvotes", "bad date"]


def records(bad_kinds: list[str]) -> st.SearchStrategy[list[Good | Bad]]:
    bad = st.builds(Bad, st.sampled_from(bad_kinds), blank)
    return st.lists(st.one_of(good_known, good_hostile, bad), min_size=1, max_size=8).filter(
        lambda rs: any(isinstance(r, Good) for r in rs))


def titled(record: Good, n: int) -> Good:
    """The record with a unique first word pair, so no two records are one paper to the deduplicator."""
    return replace(record, title=f"paper {n}: {record.title}")


# --- listings -----------------------------------------------------------------------------------

def jsonl_line(record: Good | Bad, ascii_only: bool) -> str:
    if isinstance(record, Good):
        data: Any = record.fields()
    else:
        data = {
            "invalid json": None,
            "title is a number": {"title": 5, "abstract": "x"},
            "blank title": {"title": record.value, "abstract": "an abstract"},
            "not an object": ["title", "abstract"],
            "negative upvotes": {"title": "negative", "abstract": "x", "upvotes": -1},
            "bad date": {"title": "undated", "abstract": "x", "published": "the day after tomorrow"},
        }[record.kind]
        if data is None:
            return '{"title": "cut short'
    return json.dumps(data, ensure_ascii=ascii_only)


def write_jsonl(path: Path, rows: list[Good | Bad], ascii_only: bool) -> dict[int, Good | Bad]:
    """The listing, one record a line; returns each record by its line number."""
    path.write_text("".join(jsonl_line(r, ascii_only) + "\n" for r in rows), encoding="utf-8")
    return {n: r for n, r in enumerate(rows, 1)}


def write_csv(path: Path, rows: list[Good | Bad]) -> dict[int, Good | Bad]:
    """The listing as CSV written by the csv module; returns each record by its row number."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, ["title", "abstract", "authors", "upvotes", "published", "github_url",
                                     "organization"])
    writer.writeheader()
    for r in rows:
        if isinstance(r, Good):
            writer.writerow(r.fields() | {"authors": "; ".join(r.authors)})
        else:
            writer.writerow({
                "blank title": {"title": r.value, "abstract": "an abstract"},
                "upvotes not a number": {"title": "counted", "abstract": "x", "upvotes": "many"},
                "negative upvotes": {"title": "negative", "abstract": "x", "upvotes": "-1"},
                "bad date": {"title": "undated", "abstract": "x", "published": "the day after tomorrow"},
            }[r.kind])
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return {n: r for n, r in enumerate(rows, 1)}


# --- what a build must give -----------------------------------------------------------------------

def record_numbers(entries: list[str], listing: Path) -> list[int]:
    """The record numbers of report.json's problem lines ("FILE: record N: why"), each naming ``listing``."""
    numbers = []
    for entry in entries:
        source, _, rest = entry.partition(": record ")
        assert source in (str(listing), listing.name), entry
        numbers.append(int(rest.split(":", 1)[0]))
    return numbers


def graph_titles(graph: KnowledgeGraph) -> Counter[str]:
    return Counter(n.props["title"] for n in graph.nodes_of("Paper"))


def check_outputs(out: Path, graph: KnowledgeGraph, titles: Counter[str]) -> None:
    """Every file of the build parses back with its standard reader and gives the titles."""
    for fmt in ALL_FORMATS:
        path = out / FILENAMES[fmt]
        if fmt == "html":
            data = parse_page(path)
            assert {n["id"] for n in data["nodes"]} <= set(graph.nodes)
            continue
        assert paper_titles(path) == Counter({expected_in(path, t): n for t, n in titles.items()}), fmt
    report = parse(out / "report.json")
    assert report["papers"] == sum(titles.values())
    folder = out / "neo4j-import"
    run_export(graph, "neo4j-import", out_dir=folder)
    rows = read_csv(folder / "nodes_Paper.csv")
    assert Counter(r["title:string"] for r in rows) == Counter({unicode_text(t): n for t, n in titles.items()})
    for extra in folder.glob("*.csv"):
        read_csv(extra)


def check_build(listing: Path, numbered: dict[int, Good | Bad], expected: Callable[[Good], str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        result = build([listing], out, formats=ALL_FORMATS, extractor="spacy", processes=1)
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))

        good = {n: r for n, r in numbered.items() if isinstance(r, Good)}
        want = Counter(expected(r) for r in good.values())
        assert graph_titles(result.graph) == want
        for record in good.values():
            if record.model is not None:
                assert record.model in result.graph.nodes, (record.model, record.title)

        bad = sorted(n for n, r in numbered.items() if isinstance(r, Bad))
        assert report["skipped"] == len(bad), report["skipped_records"]
        assert record_numbers(report["skipped_records"], listing) == bad
        assert report["records_read"] == len(good)

        check_outputs(out, result.graph, want)


def normalized(record: Good) -> str:
    return normalize_text(record.title)


@PROPERTY
@given(rows=records(JSONL_BAD), ascii_only=st.booleans())
def test_a_jsonl_listing_builds_its_good_records_and_counts_its_bad_ones(rows: list[Good | Bad],
                                                                      ascii_only: bool) -> None:
    rows = [titled(r, n) if isinstance(r, Good) else r for n, r in enumerate(rows)]
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "listing.jsonl"
        check_build(listing, write_jsonl(listing, rows, ascii_only), normalized)


@PROPERTY
@given(rows=records(CSV_BAD))
@example(rows=[Good("We fine-tune BERT on SQuAD.", '"Quoted" first, as the csv module writes it', model="entity/bert")])
def test_a_csv_listing_builds_its_good_records_and_counts_its_bad_ones(rows: list[Good | Bad]) -> None:
    rows = [titled(r, n) if isinstance(r, Good) else r for n, r in enumerate(rows)]
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "listing.csv"
        check_build(listing, write_csv(listing, rows), normalized)


# --- lone surrogates and invalid bytes: the loaders repair them, per record ------------------------

@dataclass(frozen=True)
class Broken:
    """A record whose title holds a lone surrogate (a JSON escape) or whose line holds a byte
    that is not UTF-8; the loader repairs it, keeps the paper and reports the repair."""

    title: str
    how: str  # "surrogate" or "byte"


broken = st.builds(Broken, hostile, st.sampled_from(["surrogate", "byte"]))


@PROPERTY
@given(rows=st.lists(st.one_of(good_known, good_hostile, broken), min_size=2, max_size=6).filter(
    lambda rs: any(isinstance(r, Broken) for r in rs) and any(isinstance(r, Good) for r in rs)),
    surrogate=st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff"]))
def test_surrogates_and_invalid_bytes_are_repaired_per_record(rows: list[Good | Broken], surrogate: str) -> None:
    """Issue 14 cases 2 and 4 over a whole build: the broken records are repaired and reported
    with their line numbers, and every other record keeps its exact text ("Café" stays "Café")."""
    lines: list[bytes] = []
    good: dict[int, Good] = {}
    repaired: dict[int, tuple[str, str]] = {}  # line -> how the repaired title starts and ends
    for n, row in enumerate(rows, 1):
        if isinstance(row, Good):
            good[n] = titled(row, n)
            line = json.dumps(good[n].fields(), ensure_ascii=False).encode("utf-8")
        else:
            prefix = f"paper {n} broken:"
            repaired[n] = (prefix, "\ufffd" if row.how == "surrogate" else "Caf\u00e9")
            if row.how == "surrogate":  # json.dumps writes a lone surrogate as its \\u escape
                line = json.dumps({"title": f"{prefix} {row.title}{surrogate}", "abstract": "Caf\u00e9"}).encode()
            else:
                line = (json.dumps({"title": f"{prefix} {row.title} Caf", "abstract": "x"}, ensure_ascii=False)
                        .encode("utf-8").replace(b' Caf"', b' Caf\xe9"'))
        lines.append(line + b"\n")
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "broken.jsonl"
        listing.write_bytes(b"".join(lines))
        out = Path(tmp) / "out"
        result = build([listing], out, formats=ALL_FORMATS, extractor="spacy", processes=1)
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))

        titles = graph_titles(result.graph)
        for record in good.values():
            assert titles[normalize_text(record.title)] == 1, record.title
        for start, end in repaired.values():
            assert [t for t in titles if t.startswith(start + " ") and t.endswith(end)], (start, end, titles)
        assert all(t.encode("utf-8") for t in titles)
        assert report["skipped"] == 0, report["skipped_records"]
        numbers = record_numbers(report["repaired_records"], listing)
        assert sorted(set(numbers)) == sorted(repaired), report["repaired_records"]
        check_outputs(out, result.graph, titles)


# --- the command line, once -------------------------------------------------------------------------

def test_the_cli_builds_a_hostile_listing_without_a_traceback(tmp_path: Path) -> None:
    """One listing with every special character in titles, abstracts and authors, and every kind
    of bad record: exit code 0, no traceback, every file readable, the bad records reported."""
    rows: list[Good | Bad] = [titled(Good(k[0], k[1], model=k[2]), n) for n, k in enumerate(KNOWN)]
    rows += [titled(Good(c + " title " + c, c * 50, (c + "name", *NAMES), (("organization", c), ("upvotes", 1))),
                    10 + n) for n, c in enumerate(SPECIAL)]
    rows += [Bad(kind, " \u2028") for kind in JSONL_BAD]
    listing = tmp_path / "hostile.jsonl"
    numbered = write_jsonl(listing, rows, ascii_only=False)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run([sys.executable, "-m", "mlkg", "build", str(listing), "-o", str(out), "-j", "1",
                          "--formats", ",".join(ALL_FORMATS)], check=False, capture_output=True, text=True, env=env,
                         timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    bad = sorted(n for n, r in numbered.items() if isinstance(r, Bad))
    assert record_numbers(report["skipped_records"], listing) == bad
    good = [r for r in rows if isinstance(r, Good)]
    titles = Counter(normalize_text(r.title) for r in good)
    graph = open_graph(out)
    assert graph_titles(graph) == titles
    check_outputs(out, graph, titles)
