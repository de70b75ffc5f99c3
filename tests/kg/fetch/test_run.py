"""mlkg fetch against the replay server: every fault ends in a correct file or a clear report."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import itertools
import json
from pathlib import Path

import pytest

from mlkg.fetch import FetchError, Manifest, fetch
from mlkg.fetch.arxiv import Arxiv
from mlkg.loaders import LoadReport, load

from .conftest import FAST, PACE
from .replay import HF_DIR, Replay

FIRST, LAST = dt.date(2025, 1, 6), dt.date(2025, 1, 14)
LATER = dt.datetime(2025, 2, 1, tzinfo=dt.UTC)  # every day of the range is settled by then
RECORDED = sorted(p.name.removesuffix(".json.gz") for p in HF_DIR.glob("*.json.gz"))


def _fetch(replay: Replay, raw: Path, start: dt.date = FIRST, end: dt.date = LAST, **options: object):
    options = {"base_url": replay.url, "delay": PACE, "policy": FAST, "now": LATER} | options
    return fetch("hf-daily", raw, start, end, **options)  # type: ignore[arg-type]


def _day(raw: Path, day: str) -> bytes:
    return gzip.decompress((raw / "hf-daily" / f"{day}.json.gz").read_bytes())


def _recorded(day: str) -> bytes:
    return gzip.decompress((HF_DIR / f"{day}.json.gz").read_bytes())


def test_every_fault_ends_in_a_correct_file_or_a_report(replay: Replay, tmp_path: Path) -> None:
    replay.add("hf:2025-01-06", "429:1")
    replay.add("hf:2025-01-07", "503", "503", "503")  # a burst: three in a row, the fourth answers
    replay.add("hf:2025-01-08", "reset")
    replay.add("hf:2025-01-09", "truncated-gzip", "truncated-json")
    replay.always["hf:2025-01-10"] = "html"  # an error page with status 200, every time
    replay.add("hf:2025-01-13", "html")  # once: the retry gets the real answer
    result = _fetch(replay, tmp_path)
    status = {o.key: o.status for o in result.outcomes}
    assert status == {"2025-01-06": "fetched", "2025-01-07": "fetched", "2025-01-08": "fetched",
                      "2025-01-09": "fetched", "2025-01-10": "bad", "2025-01-11": "empty", "2025-01-12": "empty",
                      "2025-01-13": "fetched", "2025-01-14": "fetched"}
    for day in ("2025-01-06", "2025-01-07", "2025-01-08", "2025-01-09", "2025-01-13", "2025-01-14"):
        assert _day(tmp_path, day) == _recorded(day)  # the response as it came
    bad = result.with_status("bad")[0]
    assert "HTML page with status 200" in bad.reason and "date=2025-01-10" in bad.url
    stored = sorted(p.name for p in (tmp_path / "hf-daily").iterdir())
    assert stored == [f"{d}.json.gz" for d in RECORDED if d != "2025-01-10"]  # bad and empty days: no file
    assert not list(tmp_path.rglob("*.tmp"))


def test_the_manifest_records_each_day_with_checksums_and_paper_counts(replay: Replay, tmp_path: Path) -> None:
    replay.always["hf:2025-01-10"] = "html"
    result = _fetch(replay, tmp_path)
    manifest = Manifest.load(tmp_path)
    for outcome in result.with_status("fetched"):
        entry = manifest.get("hf-daily", outcome.key)
        assert entry is not None and entry.status == "ok" and entry.fetched_at == LATER.isoformat()
        (stored,) = entry.files
        data = (tmp_path / stored.path).read_bytes()
        assert stored.sha256 == hashlib.sha256(data).hexdigest() and stored.bytes == len(data)
        assert stored.papers == sum(1 for _ in load(tmp_path / stored.path, "hf-api", LoadReport()))
    assert manifest.get("hf-daily", "2025-01-11").status == "empty"  # type: ignore[union-attr]
    bad = manifest.get("hf-daily", "2025-01-10")
    assert bad is not None and bad.status == "bad" and "HTML" in bad.reason
    # the Python-repr items (every item of these days) and the envelope file count as papers
    assert manifest.get("hf-daily", "2025-01-07").papers == 16  # type: ignore[union-attr]
    assert manifest.get("hf-daily", "2025-01-10") is not None


def test_the_envelope_day_is_stored_as_it_came(replay: Replay, tmp_path: Path) -> None:
    _fetch(replay, tmp_path, dt.date(2025, 1, 10), dt.date(2025, 1, 10))
    data = json.loads(_day(tmp_path, "2025-01-10"))
    assert isinstance(data, dict) and {"status", "date", "count", "data"} <= set(data)
    assert sum(1 for _ in load(tmp_path / "hf-daily" / "2025-01-10.json.gz", "hf-api", LoadReport())) == 9


def test_a_rerun_skips_what_it_has_and_fetches_what_was_bad(replay: Replay, tmp_path: Path) -> None:
    replay.always["hf:2025-01-10"] = "html"
    _fetch(replay, tmp_path)
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "hf-daily").iterdir()}
    replay.always.clear()
    replay.log.clear()
    result = _fetch(replay, tmp_path)
    assert [s.params["date"] for s in replay.log] == ["2025-01-10"]  # only the bad day is asked again
    assert {o.key for o in result.with_status("fetched")} == {"2025-01-10"}
    assert len(result.with_status("kept")) == 8
    assert all(p.stat().st_mtime_ns == t for p, t in before.items())


def test_refresh_asks_again_and_rewrites_nothing_that_is_the_same(replay: Replay, tmp_path: Path) -> None:
    _fetch(replay, tmp_path, FIRST, dt.date(2025, 1, 7))
    replay.log.clear()
    result = _fetch(replay, tmp_path, FIRST, dt.date(2025, 1, 7), refresh=True)
    assert len(replay.log) == 2
    assert [o.status for o in result.outcomes] == ["unchanged", "unchanged"]


def test_a_day_still_growing_is_fetched_again_until_it_is_settled(replay: Replay, tmp_path: Path) -> None:
    day = dt.date(2025, 1, 7)
    replay.add("hf:2025-01-07", "partial:4")
    same_evening = dt.datetime(2025, 1, 7, 20, tzinfo=dt.UTC)
    first = _fetch(replay, tmp_path, day, day, now=same_evening)
    assert first.outcomes[0].papers == 4
    next_day = _fetch(replay, tmp_path, day, day, now=dt.datetime(2025, 1, 8, 20, tzinfo=dt.UTC))
    assert next_day.outcomes[0].status == "fetched" and next_day.outcomes[0].papers == 16
    assert _day(tmp_path, "2025-01-07") == _recorded("2025-01-07")
    later = _fetch(replay, tmp_path, day, day, now=dt.datetime(2025, 1, 12, tzinfo=dt.UTC))
    assert later.outcomes[0].status == "unchanged"  # asked once more, as the last copy was a day old
    settled = _fetch(replay, tmp_path, day, day, now=dt.datetime(2025, 1, 13, tzinfo=dt.UTC))
    assert settled.outcomes[0].status == "kept"


def test_a_bad_answer_never_replaces_a_good_copy(replay: Replay, tmp_path: Path) -> None:
    _fetch(replay, tmp_path, FIRST, FIRST)
    good = (tmp_path / "hf-daily" / "2025-01-06.json.gz").read_bytes()
    replay.always["hf:2025-01-06"] = "truncated-json"
    result = _fetch(replay, tmp_path, FIRST, FIRST, refresh=True)
    assert result.outcomes[0].status == "bad" and "not whole JSON (cut short)" in result.outcomes[0].reason
    replay.always["hf:2025-01-06"] = "empty"
    result = _fetch(replay, tmp_path, FIRST, FIRST, refresh=True)
    assert result.outcomes[0].status == "bad" and "had 8" in result.outcomes[0].reason
    assert (tmp_path / "hf-daily" / "2025-01-06.json.gz").read_bytes() == good
    assert Manifest.load(tmp_path).get("hf-daily", "2025-01-06").status == "ok"  # type: ignore[union-attr]


def test_a_service_that_keeps_failing_stops_the_run_and_keeps_what_was_fetched(replay: Replay, tmp_path: Path) -> None:
    replay.always["hf:2025-01-08"] = "503"
    with pytest.raises(FetchError, match=r"\[E851\].*gave up after 4 attempts.*HTTP 503.*the 2 of 9 days") as stop:
        _fetch(replay, tmp_path)
    assert stop.value.exit_code == 75  # EX_TEMPFAIL: a cron wrapper may try again later
    assert sorted(p.name for p in (tmp_path / "hf-daily").iterdir()) == ["2025-01-06.json.gz", "2025-01-07.json.gz"]
    replay.always.clear()
    replay.log.clear()
    result = _fetch(replay, tmp_path)  # the same command again goes on where it stopped
    assert replay.log[0].params["date"] == "2025-01-08"
    assert len(result.with_status("kept")) == 2


def test_bad_days_in_a_row_stop_the_run(replay: Replay, tmp_path: Path) -> None:
    for day in RECORDED:
        replay.always[f"hf:{day}"] = "html"
    with pytest.raises(FetchError, match=r"\[E856\] 3 days in a row"):
        _fetch(replay, tmp_path, bad_in_a_row=3)
    assert not (tmp_path / "hf-daily").exists()


def test_requests_keep_the_configured_spacing(replay: Replay, tmp_path: Path) -> None:
    replay.add("hf:2025-01-07", "503")  # retries keep the pace too
    _fetch(replay, tmp_path, FIRST, dt.date(2025, 1, 9), delay=0.25)
    times = [s.at for s in replay.log]
    assert len(times) == 5
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.25 - 0.01, gaps  # arrival times at the server; 10 ms for the loopback's jitter


def test_dry_run_sends_nothing_and_lists_what_it_would_fetch(replay: Replay, tmp_path: Path) -> None:
    _fetch(replay, tmp_path, FIRST, FIRST)
    replay.log.clear()
    result = _fetch(replay, tmp_path, FIRST, dt.date(2025, 1, 7), dry_run=True)
    assert replay.log == []
    assert [(o.key, o.status) for o in result.outcomes] == [("2025-01-06", "kept"), ("2025-01-07", "planned")]
    assert result.outcomes[1].url.startswith(f"{replay.url}/api/daily_papers?date=2025-01-07")


def test_the_real_services_pace_cannot_be_undercut(tmp_path: Path) -> None:
    with pytest.raises(FetchError, match=r"\[E857\] export.arxiv.org asks for no more than one request every 3 s"):
        fetch("arxiv", tmp_path, FIRST, FIRST, categories=("cs.CV",), delay=1.0)
    with pytest.raises(FetchError, match=r"\[E857\] huggingface.co"):
        fetch("hf-daily", tmp_path, FIRST, FIRST, delay=0.5)


def test_the_base_url_comes_from_the_environment(replay: Replay, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLKG_HF_BASE_URL", replay.url)
    result = fetch("hf-daily", tmp_path, FIRST, FIRST, delay=PACE, policy=FAST, now=LATER)
    assert result.base_url == replay.url and len(replay.log) == 1
    monkeypatch.setenv("MLKG_HF_BASE_URL", "ftp://mirror")
    with pytest.raises(FetchError, match=r"\[E861\].*MLKG_HF_BASE_URL"):
        fetch("hf-daily", tmp_path, FIRST, FIRST)


@pytest.mark.parametrize(("args", "code"), [
    ({"source": "hf", "start": FIRST, "end": FIRST}, "E850"),
    ({"source": "hf-daily", "start": LAST, "end": FIRST}, "E863"),
    ({"source": "hf-daily", "start": FIRST, "end": dt.date(2025, 3, 1)}, "E864"),
    ({"source": "arxiv", "start": FIRST, "end": FIRST}, "E859"),
    ({"source": "arxiv", "start": FIRST, "end": FIRST, "categories": ("cs.CV OR x",)}, "E860"),
])
def test_bad_options_are_coded_errors(tmp_path: Path, args: dict[str, object], code: str) -> None:
    with pytest.raises(FetchError, match=rf"\[{code}\]"):
        fetch(args.pop("source"), tmp_path, now=LATER, **args)  # type: ignore[arg-type]


def test_arxiv_pages_through_a_day_and_retries_its_empty_page_hiccup(replay: Replay, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Arxiv, "page_size", 1)
    replay.add("arxiv:cs.CV:2025-10-13", "empty-feed", "reset")
    day = dt.date(2025, 10, 13)
    result = fetch("arxiv", tmp_path, dt.date(2025, 10, 12), day, categories=("cs.CV", "cs.HC"), base_url=replay.url,
                   delay=PACE, policy=FAST, now=dt.datetime(2025, 11, 1, tzinfo=dt.UTC))
    status = {o.key: (o.status, o.papers, o.files) for o in result.outcomes}
    assert status["cs.CV/2025-10-12"] == ("empty", 0, ())
    assert status["cs.CV/2025-10-13"] == ("fetched", 2, ("arxiv/cs.CV/2025-10-13.atom.gz",
                                                         "arxiv/cs.CV/2025-10-13.p1.atom.gz"))
    assert status["cs.HC/2025-10-13"][:2] == ("fetched", 1)
    query = replay.log[0].params
    assert query["search_query"] == "cat:cs.CV AND submittedDate:[202510120000 TO 202510122359]"
    ids = [p.arxiv_id for f in ("", ".p1") for p in load(tmp_path / f"arxiv/cs.CV/2025-10-13{f}.atom.gz",
                                                          "arxiv-atom", LoadReport())]
    assert ids == ["1812.06145", "1904.11093"]


def test_arxiv_truncated_xml_is_a_bad_day(replay: Replay, tmp_path: Path) -> None:
    replay.always["arxiv:cs.CV:2025-10-13"] = "truncated-json"  # the same cut, in an Atom body
    day = dt.date(2025, 10, 13)
    result = fetch("arxiv", tmp_path, day, day, categories=("cs.CV",), base_url=replay.url, delay=PACE,
                   policy=FAST, now=dt.datetime(2025, 11, 1, tzinfo=dt.UTC))
    assert result.outcomes[0].status == "bad" and "not whole XML" in result.outcomes[0].reason
    assert not (tmp_path / "arxiv").exists()
