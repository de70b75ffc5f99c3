"""The one extraction file format: lossless round trips, a versioned header, coded errors."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from mlkg import codec
from mlkg.model import Entity, EntityType, Evidence, Extraction, Organization, Paper, Result, Role

HEAD = codec.header("spacy", "0.1.0")


def extraction(n: int = 1) -> Extraction:
    paper = Paper(id=f"2501.{n:05d}", title=f"π0 and Ω-Net {n}", abstract="We compare π0 with φ0.",
                  source="x.jsonl", record=n, arxiv_id=f"2501.{n:05d}", authors=("Emmanuel Candès",),
                  author_count=1, published=dt.date(2025, 1, 2), upvotes=3,
                  organization=Organization("NAVER AI Lab", "naver-ai"), github_url="https://github.com/o/r",
                  categories=("cs.CV",), keywords=("vision",))
    ev = Evidence("We compare π0 with φ0.", 0, 22)
    return Extraction(paper,
                      (Entity("π0", EntityType.MODEL, Role.COMPARES, 0.7, (ev,), "mlkg_names", ("pi0",)),
                       Entity("o/r", EntityType.REPOSITORY, Role.CODE, 1.0, (Evidence("listing"),),
                              "listing", (), "github:o/r")),
                      (Result("π0", "LIBERO", "success", "97%", ev, 0.6, "mlkg_results"),))


def written(*extractions: Extraction, head: dict = HEAD) -> str:
    fh = io.StringIO()
    assert codec.write(fh, extractions, head) == len(extractions)
    return fh.getvalue()


def test_a_file_is_a_header_then_one_record_per_line_and_reads_back_equal() -> None:
    text = written(extraction(1), extraction(2))
    first, *records = text.splitlines()
    assert json.loads(first) == {"mlkg_extractions": codec.FORMAT_VERSION, "extractor": "spacy",
                                 "mlkg_version": "0.1.0"}
    assert first == '{"mlkg_extractions": 1, "extractor": "spacy", "mlkg_version": "0.1.0"}'  # cache bytes
    assert "π0" in records[0]  # UTF-8 as is, not \u escapes
    assert list(codec.read(text.splitlines(keepends=True), "x")) == [extraction(1), extraction(2)]


def test_a_record_keeps_every_paper_field_and_a_given_paper_replaces_it() -> None:
    record = codec.encode(extraction())
    assert set(record["paper"]) == {f for f in Paper.__slots__} - {"replaces"}  # written only when there are some
    assert codec.decode(record) == extraction()
    other = Paper(id="x", title="x", abstract="", source="s", record=1)
    assert codec.decode({"entities": record["entities"], "results": record["results"]}, other).paper is other


def test_a_result_s_setting_and_task_round_trip_and_are_optional() -> None:
    ev = Evidence("FooNet reaches 76.2% zero-shot.", 0, 32)
    result = Result("FooNet", "ImageNet", "top-1 accuracy", "76.2%", ev, 0.6, "mlkg_results", "zero-shot",
                    "image classification")
    base = extraction()
    both = Extraction(base.paper, base.entities, (result, *base.results))
    record = codec.encode(both)
    assert record["results"][0]["setting"] == "zero-shot" and record["results"][0]["task"] == "image classification"
    assert "setting" not in record["results"][1] and "task" not in record["results"][1]  # unknown: not written
    assert codec.decode(json.loads(codec.dumps(both))) == both
    assert codec.decode(codec.encode(base)).results[0].setting is None  # records written before both fields


def test_a_file_without_the_header_is_refused_with_a_code() -> None:
    with pytest.raises(codec.CodecError) as info:
        list(codec.read(['{"title": "A", "entities": []}\n'], "preds.jsonl"))
    assert info.value.code == "E190" and "preds.jsonl" in str(info.value)
    with pytest.raises(codec.CodecError, match="E190"):
        list(codec.read([], "empty.jsonl"))


def test_another_format_version_is_refused_with_a_code() -> None:
    text = written(extraction()).replace('"mlkg_extractions": 1', '"mlkg_extractions": 2', 1)
    with pytest.raises(codec.CodecError) as info:
        list(codec.read(text.splitlines(), "new.jsonl"))
    assert info.value.code == "E191" and "version 2" in str(info.value)
    with pytest.raises(ValueError):
        written(extraction(), head={**HEAD, "mlkg_extractions": 2})


def test_a_damaged_record_names_file_and_line() -> None:
    lines = written(extraction(1), extraction(2)).splitlines()
    lines[2] = '{"paper": {}}'
    with pytest.raises(codec.CodecError, match=r"^\[E192\] x\.jsonl:3: damaged") as info:
        list(codec.read(lines, "x.jsonl"))
    assert isinstance(info.value, ValueError)


def test_the_header_check_runs_before_any_record() -> None:
    def refuse(head: dict) -> None:
        raise LookupError(head["extractor"])

    with pytest.raises(LookupError, match="spacy"):
        next(codec.read(written(extraction()).splitlines(), "x", refuse))


def test_retired_ids_are_written_when_a_paper_has_them_and_read_back() -> None:
    from dataclasses import replace

    plain = extraction()
    retired = replace(plain, paper=replace(plain.paper, replaces=("t-0123456789abcdef",)))
    record = codec.encode(retired)
    assert record["paper"]["replaces"] == ["t-0123456789abcdef"]
    (back,) = codec.read(written(retired).splitlines(keepends=True), "x")
    assert back == retired and back.paper.replaces == ("t-0123456789abcdef",)
    assert codec.decode(codec.encode(extraction())).paper.replaces == ()
