"""Property tests: any bytes in, only LoadError out (or valid Papers); and records of every kind
mixed in one file, where each good record loads unchanged and each bad one is counted where it is."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mlkg.loaders import LOADERS, LoadError, LoadReport, load
from mlkg.loaders.textnorm import normalize_text
from mlkg.model import Paper

SEEDS = [
    b"Title\n\nAbstract text.\n  \xe2\x80\xa2 3 authors\n\xc2\xb7\nMar 2, 2024 5\n",
    b'[{"paper": {"id": "2401.00001", "title": "T", "summary": "S", "upvotes": 1}}]',
    b'{"title": "T", "abstract": "A"}\n',
    b"title,abstract\nT,A\n",
    (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00001v1</id>'
     b"<title>T</title><summary>S</summary></entry></feed>"),
]

content = st.one_of(
    st.binary(max_size=600),
    st.sampled_from(SEEDS).flatmap(lambda seed: st.tuples(st.just(seed), st.binary(max_size=40), st.integers(0, len(seed)))
                                   .map(lambda t: t[0][: t[2]] + t[1] + t[0][t[2]:])),
)


def _check(paper: Paper) -> None:
    assert isinstance(paper, Paper)
    assert paper.title and paper.title == paper.title.strip()
    assert paper.id
    assert paper.upvotes is None or paper.upvotes >= 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=content, fmt=st.sampled_from([None, *sorted(LOADERS)]), gz=st.booleans())
def test_arbitrary_bytes_raise_only_load_error(data: bytes, fmt: str | None, gz: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("input.dat.gz" if gz else "input.dat")
        path.write_bytes(gzip.compress(data) if gz else data)
        try:
            for paper in load(path, format=fmt, report=LoadReport()):
                _check(paper)
        except LoadError as exc:
            assert str(path) in str(exc) or (fmt is None and "format" in str(exc))


# Records of every kind, written in each format, loaded back.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BAD_BYTE = "\u00ff"  # written as the lone byte 0xFF (not UTF-8), read back as Windows-1252 "ÿ"

# Any code point but surrogates; RTL marks, zero-width and combining marks, controls and NUL included.
_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_spicy = st.sampled_from(["\u200f", "\u202e", "\u200b", "\x00", "\x01", "\x1f", "\x7f", "\u0301", "&amp;",
                          "$x$", "\\emph{a}", "\r\n", "\t", "\u2028", '"', ",", "Café"])
_mixed = st.lists(st.one_of(_text, _spicy), max_size=6).map("".join)


@dataclass(frozen=True)
class Rec:
    kind: str  # good, huge, surrogate, bad-bytes, control, no-title
    title: str
    abstract: str


_records = st.one_of(
    st.builds(Rec, st.just("good"), _mixed.map(lambda t: "T" + t), _mixed),
    st.builds(Rec, st.just("huge"), _mixed.map(lambda t: "H" + t), st.just("word " * 30_000)),
    st.builds(Rec, st.just("surrogate"), _mixed.map(lambda t: "S\ud800" + t), _mixed.map(lambda a: a + "\udfff")),
    st.builds(Rec, st.just("bad-bytes"), _mixed.map(lambda t: "B" + _BAD_BYTE + t), _mixed),
    st.builds(Rec, st.just("control"), _mixed.map(lambda t: "C\x00\x01" + t), _mixed.map(lambda a: a + "\x1f")),
    st.builds(Rec, st.just("no-title"), st.sampled_from(["", " ", "\u200b", "\n"]), _mixed.map(lambda a: "A" + a)),
)

# The kinds each format can carry: JSON escapes surrogates; CSV and Atom are bytes, which cannot.
KINDS = {"jsonl": {"good", "huge", "surrogate", "bad-bytes", "control", "no-title"},
         "hf-api": {"good", "huge", "surrogate", "bad-bytes", "control", "no-title"},
         "csv": {"good", "huge", "bad-bytes", "control", "no-title"},
         "arxiv-atom": {"good", "huge", "bad-bytes", "control", "no-title"}}


def _bytes(text: str) -> bytes:
    """UTF-8, but the marker as the byte 0xFF; lone surrogates only ever travel as JSON escapes."""
    return b"\xff".join(part.encode("utf-8") for part in text.split(_BAD_BYTE))


def _write(fmt: str, recs: list[Rec]) -> bytes:
    if fmt == "jsonl":
        return b"".join(_bytes(json.dumps({"title": r.title, "abstract": r.abstract},
                                          ensure_ascii=r.kind == "surrogate")) + b"\n" for r in recs)
    if fmt == "hf-api":
        items = [_bytes(json.dumps({"paper": {"title": r.title, "summary": r.abstract}},
                                   ensure_ascii=r.kind == "surrogate")) for r in recs]
        return b"[\n" + b",\n".join(items) + b"\n]\n"
    if fmt == "csv":
        out = io.StringIO(newline="")
        writer = csv.writer(out)
        writer.writerow(["title", "abstract"])
        writer.writerows([r.title, r.abstract] for r in recs)
        return _bytes(out.getvalue())
    entries = "".join(f"<entry><title>{escape(r.title)}</title><summary>{escape(r.abstract)}</summary></entry>\n"
                      for r in recs)
    return _bytes('<feed xmlns="http://www.w3.org/2005/Atom">\n' + entries + "</feed>\n")


def _expected(fmt: str, rec: Rec) -> tuple[str, str]:
    title, abstract = rec.title, rec.abstract
    if fmt == "arxiv-atom":  # XML has no place for controls: repaired as U+FFFD
        title, abstract = _NOT_XML.sub("\ufffd", title), _NOT_XML.sub("\ufffd", abstract)
        title, abstract = title.replace("\r", "\n"), abstract.replace("\r", "\n")  # XML line ends
    title, abstract = normalize_text(title), normalize_text(abstract)
    if rec.kind == "surrogate":
        title = title.replace("\ud800", "\ufffd")
        abstract = abstract.replace("\udfff", "\ufffd")
    return title, abstract


def _is_blank_csv_row(rec: Rec) -> bool:
    return not rec.title.strip() and not rec.abstract.strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(fmt=st.sampled_from(sorted(KINDS)), recs=st.lists(_records, min_size=1, max_size=8), gz=st.booleans(),
       data=st.data())
def test_good_records_load_unchanged_and_bad_ones_are_counted(fmt: str, recs: list[Rec], gz: bool,
                                                              data: st.DataObject) -> None:
    recs = [r for r in recs if r.kind in KINDS[fmt]] or [Rec("good", "Fine", "paper")]
    raw = _write(fmt, recs)
    with tempfile.TemporaryDirectory() as tmp:
        suffix = {"jsonl": ".jsonl", "hf-api": ".json", "csv": ".csv", "arxiv-atom": ".atom"}[fmt]
        path = Path(tmp) / ("in" + suffix + (".gz" if gz else ""))
        path.write_bytes(gzip.compress(raw, 1) if gz else raw)
        report = LoadReport()
        papers = list(load(path, format=fmt, report=report))
    by_record = {p.record: p for p in papers}
    assert len(by_record) == len(papers)
    numbers = list(range(1, len(recs) + 1))
    skipped = {p.record for p in report.skipped}
    assert all(p.source == str(path) for p in report.skipped + report.repaired)
    for number, rec in zip(numbers, recs):
        if rec.kind == "no-title" or (fmt == "csv" and _is_blank_csv_row(rec)):
            assert number not in by_record
            assert number in skipped or (fmt == "csv" and _is_blank_csv_row(rec)), (number, report.skipped)
            continue
        assert number in by_record, (number, rec, report.skipped, report.failed_files)
        paper = by_record[number]
        assert (paper.title, paper.abstract) == _expected(fmt, rec)
        (paper.title + paper.abstract).encode("utf-8")  # nothing a writer cannot encode
        if rec.kind == "surrogate":
            assert any(p.record == number and "surrogates" in p.reason for p in report.repaired)
    assert not skipped - {n for n, r in zip(numbers, recs) if r.kind == "no-title"}
    kinds = [r.kind for r in recs]
    assert report.count("repaired") >= kinds.count("bad-bytes") + kinds.count("surrogate")
    if fmt == "arxiv-atom":
        assert report.count("repaired") >= kinds.count("bad-bytes") + kinds.count("control")
