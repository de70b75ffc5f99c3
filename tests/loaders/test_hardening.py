"""Issue 14, the loaders' cases: one bad record is counted and skipped or repaired, never spoils the others.

Each test builds its hostile input in tmp_path. The case numbers are the issue's.
"""

from __future__ import annotations

import gzip
import json
import random
import resource
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from mlkg.loaders import LoadError, LoadReport, load, load_all, sources
from mlkg.loaders.errors import KEPT_PROBLEMS
from mlkg.loaders.textnorm import normalize_text
from mlkg.model import Paper

ATOM_HEAD = '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'


def _encodable(paper: Paper) -> bool:
    texts = [paper.title, paper.abstract, paper.source, *paper.authors, *paper.keywords, *paper.categories]
    if paper.organization:
        texts += [paper.organization.name, paper.organization.slug or ""]
    try:
        "".join(texts).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(["vision", "Café", "model", "naïve", "token", "graph", "data", "loss"])
                    + str(rng.randrange(1000)) for _ in range(n))


# Writers of the same papers (title, abstract) in each format; a record is one line except in Atom and
# the page, which put each field on its own line.
def _jsonl(papers: list[tuple[str, str]]) -> bytes:
    return "".join(json.dumps({"title": t, "abstract": a}, ensure_ascii=False) + "\n" for t, a in papers).encode()


def _hf_api(papers: list[tuple[str, str]]) -> bytes:
    items = [{"paper": {"id": f"2401.{i:05d}", "title": t, "summary": a}} for i, (t, a) in enumerate(papers, 1)]
    return ("[\n" + ",\n".join(json.dumps(item, ensure_ascii=False) for item in items) + "\n]\n").encode()


def _csv(papers: list[tuple[str, str]]) -> bytes:
    return ("title,abstract\n" + "".join(f'"{t}","{a}"\n' for t, a in papers)).encode()


def _atom(papers: list[tuple[str, str]]) -> bytes:
    entries = "".join(f"<entry>\n<id>http://arxiv.org/abs/2401.{i:05d}v1</id>\n<title>{t}</title>\n"
                      f"<summary>{a}</summary>\n</entry>\n" for i, (t, a) in enumerate(papers, 1))
    return (ATOM_HEAD + entries + "</feed>\n").encode()


def _page(papers: list[tuple[str, str]]) -> bytes:
    return "".join(f"{t}\n\n{a}\n\n• 3 authors\n·\nOct {i % 28 + 1}, 2025 {i}\n\n"
                   for i, (t, a) in enumerate(papers, 1)).encode()


WRITERS: dict[str, tuple[str, Callable[[list[tuple[str, str]]], bytes]]] = {
    "jsonl": (".jsonl", _jsonl), "hf-api": (".json", _hf_api), "csv": (".csv", _csv),
    "arxiv-atom": (".atom", _atom), "hf-page": (".txt", _page),
}


# Case 2: lone surrogates
def test_lone_surrogates_are_repaired_and_counted_in_every_field(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    good = {"title": "Café model", "abstract": "Fine."}
    bad = {"title": "T\ud800", "abstract": "a \udfff b", "authors": ["A\udc80 B"], "keywords": ["k\ud83d"],
           "organization": "Org\ud800", "categories": "cs.CV"}
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n" + json.dumps(good) + "\n")
    report = LoadReport()
    first, second, third = load(path, report=report)
    assert first.title == third.title == "Café model"
    assert second.title == "T\ufffd" and second.abstract == "a \ufffd b" and second.authors == ("A\ufffd B",)
    assert second.keywords == ("k\ufffd",) and second.organization.name == "Org\ufffd"
    assert all(_encodable(p) for p in (first, second, third))
    assert [(p.source, p.record) for p in report.repaired] == [(str(path), 2)]
    assert "lone surrogates" in report.repaired[0].reason and "title" in report.repaired[0].reason


def test_surrogates_in_hf_api_items_and_python_repr_items(tmp_path: Path) -> None:
    path = tmp_path / "day.json"
    item = {"paper": {"id": "2401.00001", "title": "X\ud800", "summary": "S",
                      "organization": {"name": "o\udc00", "fullname": "Org\udc00"}}}
    repr_item = repr({"paper": {"id": "2401.00002", "title": "Y\ud800", "summary": "S"}})
    path.write_text(json.dumps([item, repr_item]))
    report = LoadReport()
    papers = list(load(path, report=report))
    assert [p.title for p in papers] == ["X\ufffd", "Y\ufffd"]
    assert papers[0].organization.name == "Org\ufffd" and papers[0].organization.slug == "o\ufffd"
    assert all(_encodable(p) for p in papers)
    assert {p.record for p in report.repaired if "surrogates" in p.reason} == {1, 2}


def test_a_tex_unicode_command_past_the_last_code_point_stays_as_written() -> None:
    assert normalize_text(r"a $\unicode{x110000}$ b $\unicode{xD800}$ c $\unicode{x2713}$") == (
        r"a $\unicode{x110000}$ b $\unicode{xD800}$ c ✓")


# Case 3: decompression bombs and caps
def _zeros_gz(path: Path, megabytes: int) -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    with path.open("wb") as fh:
        for _ in range(megabytes):
            fh.write(packer.compress(block))
        fh.write(packer.flush())


@pytest.mark.parametrize("name", ["zeros.csv.gz", "zeros.jsonl.gz", "zeros.json.gz", "zeros.txt.gz"])
def test_a_gzip_of_zeros_is_refused_in_one_line_with_flat_memory(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _zeros_gz(path, 160)
    assert path.stat().st_size < 400_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(LoadError) as info:
        list(load(path))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    message = str(info.value)
    assert message.startswith("[E02") and str(path) in message and "\n" not in message
    assert "decompression bomb" in message
    assert grown_mb < 300


def test_a_bomb_in_a_build_is_one_failed_file_and_the_other_files_load(tmp_path: Path) -> None:
    bomb = tmp_path / "a.csv.gz"
    _zeros_gz(bomb, 64)
    good = tmp_path / "b.jsonl"
    good.write_bytes(_jsonl([("Good", "paper")]))
    report = LoadReport()
    unique = load_all([bomb, good], report=report)
    assert [p.title for p in unique] == ["Good"]
    assert len(report.failed_files) == 1 and "a.csv.gz" in str(report.failed_files[0])


def test_a_line_past_the_cap_is_refused_naming_file_and_line(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_LINE", 1000)
    path = tmp_path / "long.jsonl"
    path.write_bytes(_jsonl([("Kept", "a")]) + b'{"title": "' + b"x" * 2000 + b'"}\n' + _jsonl([("After", "b")]))
    got: list[Paper] = []
    with pytest.raises(LoadError, match=r"\[E020\] .*long\.jsonl: line 2 is longer than") as info:
        got.extend(load(path))
    assert [p.title for p in got] == ["Kept"] and "1 paper read before it" in str(info.value)


def test_the_unpacked_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_UNPACKED", 40 << 20)
    monkeypatch.setattr(sources, "MAX_RATIO", 10**9)
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl([("Same", "x" * 1000)]) * 45_000, 1))
    got: list[Paper] = []
    with pytest.raises(LoadError, match=r"\[E021\] .*decompresses to more than"):
        got.extend(load(path))
    assert len(got) > 30_000  # the papers before the cap are kept


def test_one_huge_json_item_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("mlkg.loaders.hf_api._MAX_ITEM", 100_000)
    path = tmp_path / "day.json"
    path.write_text("[\n" + json.dumps({"paper": {"id": "2401.00001", "title": "Kept", "summary": "S"}}) + ",\n"
                    + '{"paper": {"title": "' + "word\\n\n" * 50_000 + '"}}\n]\n')
    got: list[Paper] = []
    with pytest.raises(LoadError, match=r"\[E023\] .*record 2: one JSON item is larger than"):
        got.extend(load(path))
    assert [p.title for p in got] == ["Kept"]


# Case 4: one invalid byte repairs its own line or record only
@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_one_invalid_byte_changes_only_its_own_record(tmp_path: Path, fmt: str) -> None:
    suffix, write = WRITERS[fmt]
    papers = [(f"Café {i}", f"Naïve abstract {i} ·") for i in range(1, 6)]
    data = write(papers).replace("Café 3".encode(), b"Caf\xe9 3")  # Windows-1252 é in one record only
    path = tmp_path / f"one_bad{suffix}"
    path.write_bytes(data)
    report = LoadReport()
    got = list(load(path, report=report))
    assert [p.title for p in got] == [t for t, _ in papers]  # the bad byte read as Windows-1252: é
    assert [p.abstract for p in got] == [a for _, a in papers]
    assert report.skipped == [] and report.count("repaired") == 1
    repair = report.repaired[0]
    assert repair.source == str(path) and "Windows-1252" in repair.reason
    assert repair.record is not None or "(line " in repair.reason


def test_invalid_bytes_that_are_not_windows_1252_either(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"title": "A\x81\x8d", "abstract": "x"}\n{"title": "Caf\xc3\xa9", "abstract": "y"}\n')
    report = LoadReport()
    first, second = load(path, report=report)
    assert first.title == "A\ufffd\ufffd" and second.title == "Café"
    assert [p.record for p in report.repaired] == [1]


# Case 5: a truncated gzip keeps what was read before the cut, in every format
@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_truncated_gzip_keeps_the_records_before_the_cut(tmp_path: Path, fmt: str) -> None:
    suffix, write = WRITERS[fmt]
    rng = random.Random(5)
    papers = [(f"Paper {i} {_words(rng, 3)}", _words(rng, 60)) for i in range(1, 401)]
    blob = gzip.compress(write(papers))
    path = tmp_path / f"cut{suffix}.gz"
    path.write_bytes(blob[: len(blob) * 3 // 5])
    got: list[Paper] = []
    with pytest.raises(LoadError, match="truncated") as info:
        got.extend(load(path))
    assert 100 < len(got) < 400
    assert [p.title for p in got] == [normalize_text(t) for t, _ in papers[: len(got)]]
    assert f"{len(got)} papers read before it" in str(info.value) and "\n" not in str(info.value)
    report = LoadReport()
    unique = load_all([path], report=report)
    assert len(unique) == len(got)
    assert len(report.failed_files) == 1 and f"{len(got)} papers read before it" in str(report.failed_files[0])


# Case 6: UTF-16 JSON Lines
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-16-le-bom", "utf-16-be-bom"])
def test_utf16_jsonl_gives_every_paper(tmp_path: Path, encoding: str) -> None:
    text = _jsonl([("Café one", "a"), ("Two ·", "b"), ("Three", "ç")]).decode()
    codec = encoding.removesuffix("-bom")
    data = text.encode(codec)
    if encoding.endswith("-bom"):
        data = ("\ufeff" + text).encode(codec)
    path = tmp_path / "u16.jsonl"
    path.write_bytes(data)
    assert [p.title for p in load(path)] == ["Café one", "Two ·", "Three"]
    gz = tmp_path / "u16.jsonl.gz"
    gz.write_bytes(gzip.compress(data))
    assert len(list(load(gz))) == 3


@pytest.mark.parametrize("fmt", ["hf-api", "csv", "arxiv-atom", "hf-page"])
def test_utf16_in_the_other_formats(tmp_path: Path, fmt: str) -> None:
    suffix, write = WRITERS[fmt]
    path = tmp_path / f"u16{suffix}"
    path.write_bytes(write([("Café one", "a b"), ("Two", "c d")]).decode().encode("utf-16"))
    assert [p.title for p in load(path)] == ["Café one", "Two"]


# Case 7: the saved page
def test_page_block_without_title_is_skipped_not_a_paper_named_by_its_authors(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("First\n\nAbstract one.\n\n• 2 authors\n·\nOct 1, 2025 3\n\n"
                    "• 3 authors\n·\nOct 2, 2025 1\n\n"
                    "Third\n\nAbstract three.\n\n• 4 authors\n·\nOct 3, 2025 0\n")
    report = LoadReport()
    assert [p.title for p in load(path, report=report)] == ["First", "Third"]
    (skip,) = report.skipped
    assert skip.source == str(path) and skip.record == 2 and skip.reason == "missing title (lines 9-11)"


def test_page_bad_date_line_skips_its_paper_and_does_not_merge_it_into_the_next(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("First\n\nAbstract one.\n\n• 2 authors\n·\nOct 1, 2025 3\n\n"
                    "Second\n\nAbstract two.\n\n• 3 authors\n·\nOctember 99 x\n\n"
                    "Third\n\nAbstract three.\n\n• 4 authors\n·\nOct 3, 2025 0\n\n"
                    "Fourth\n\nAbstract four.\n\n• 4 authors\n·\n\n"
                    "Fifth, a title long enough not to look like a date\n\nAbstract five.\n\n• 1 author\n·\nOct 5, 2025\n")
    report = LoadReport()
    papers = list(load(path, report=report))
    assert [(p.title, p.abstract) for p in papers] == [
        ("First", "Abstract one."), ("Third", "Abstract three."),
        ("Fifth, a title long enough not to look like a date", "Abstract five.")]
    assert [(p.record, p.reason) for p in report.skipped] == [
        (2, "unreadable date line 'Octember 99 x' (lines 9-15)"),
        (4, "no date line after the '·' of line 30 (lines 25-30)")]


def test_page_with_one_bad_byte_still_yields_every_paper(example_page: Path, tmp_path: Path) -> None:
    data = example_page.read_bytes()
    expected = [p.title for p in load(example_page)]
    cut = data.index(b"\n", len(data) // 2)
    path = tmp_path / "page.txt"
    path.write_bytes(data[:cut] + b" \xff" + data[cut:])
    report = LoadReport()
    assert [p.title for p in load(path, report=report)] == expected
    assert report.count("repaired") == 1 and report.skipped == []


# Case 8: CSV
def test_csv_unterminated_quote_is_skipped_and_the_rows_after_it_load(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('title,abstract,year\nGood one,"fine, really",2024\nBroken,"never closed,2024\n'
                    'Good two,plain,2025\nGood three,"multi\nline",2025\n')
    report = LoadReport()
    papers = list(load(path, report=report))
    assert [(p.title, p.abstract) for p in papers] == [
        ("Good one", "fine, really"), ("Good two", "plain"), ("Good three", "multi line")]
    (skip,) = report.skipped
    assert skip.source == str(path) and skip.record == 2 and skip.reason.startswith("malformed CSV at line 3")


def test_csv_unterminated_quote_before_a_quoted_row(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('title,abstract\nBroken,"oops\nNext,"quoted abstract"\nLast,plain\n')
    report = LoadReport()
    assert [p.title for p in load(path, report=report)] == ["Next", "Last"]
    assert [p.record for p in report.skipped] == [1]


def test_csv_lone_carriage_returns_end_lines(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b'title,abstract\rA,"x\ry"\rB,z\r')
    assert [(p.title, p.abstract) for p in load(path)] == [("A", "x y"), ("B", "z")]


# Atom: DTDs anywhere, characters XML forbids
def test_a_dtd_after_padding_is_refused(tmp_path: Path) -> None:
    feed = tmp_path / "padded.atom"
    feed.write_text('<?xml version="1.0"?>\n<!-- ' + "pad " * 5000 + "-->\n" + " \n" * 3000
                    + '<!DOCTYPE feed [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
                    + '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&e;</title></entry></feed>')
    with pytest.raises(LoadError, match=r"\[E009\] .*padded\.atom: DTDs and entity declarations") as info:
        list(load(feed))
    assert "\n" not in str(info.value)


def test_control_characters_in_atom_are_repaired_and_counted(tmp_path: Path) -> None:
    feed = tmp_path / "ctl.atom"
    feed.write_bytes(_atom([("Good", "a"), ("Bad\x01title\x00", "b\x1f"), ("Café", "c")]))
    report = LoadReport()
    papers = list(load(feed, report=report))
    assert [p.title for p in papers] == ["Good", "Bad\ufffdtitle\ufffd", "Café"]
    assert papers[1].abstract == "b\ufffd"
    assert [p.reason for p in report.repaired] == [
        "control characters XML does not allow replaced with U+FFFD (line 10)",
        "control characters XML does not allow replaced with U+FFFD (line 11)"]


# JSON numbers Python refuses to read
def test_a_number_of_5000_digits_is_a_skipped_line_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "n.jsonl"
    path.write_text('{"title": "A", "upvotes": ' + "9" * 5000 + '}\n{"title": "B"}\n')
    report = LoadReport()
    assert [p.title for p in load(path, report=report)] == ["B"]
    assert report.skipped[0].record == 1 and report.skipped[0].reason.startswith("invalid JSON")
    day = tmp_path / "d.json"
    day.write_text('[{"paper": {"title": "A", "upvotes": ' + "9" * 5000 + "}}]")
    with pytest.raises(LoadError, match=r"\[E011\]"):
        list(load(day))


# report.json says when its lists were cut
def test_report_lists_say_how_many_were_omitted(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("[1]\n" * 250 + '{"title": "Caf\u00e9"}\n')
    report = LoadReport()
    list(load(path, report=report))
    listing = report.as_dict()
    assert listing["skipped"] == 250 and len(listing["skipped_records"]) == 200
    assert listing["skipped_records_omitted"] == 50
    assert listing["warnings"] == 1 and "warning_list_omitted" not in listing
    assert "repaired_records" not in listing


def test_report_memory_is_bounded_but_counts_are_exact() -> None:
    report = LoadReport()
    for i in range(KEPT_PROBLEMS + 5):
        report.skip("f", i, "bad: x")
        report.repair("f", i, "fixed: y")
    listing = report.as_dict(limit=3)
    assert len(report.skipped) == KEPT_PROBLEMS and listing["skipped"] == KEPT_PROBLEMS + 5
    assert listing["skipped_records_omitted"] == KEPT_PROBLEMS + 2
    assert listing["repaired_records"] == ["f: record 0: fixed: y", "f: record 1: fixed: y", "f: record 2: fixed: y"]
    assert listing["repaired_records_omitted"] == KEPT_PROBLEMS + 2
    assert listing["skipped_by_reason"] == {"bad": KEPT_PROBLEMS + 5}
