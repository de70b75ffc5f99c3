"""The polite client: pace, Retry-After, retries with backoff, bodies kept as they came."""

from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

from mlkg.fetch.client import USER_AGENT, Client, FetchError, Pacer, RetryPolicy, retry_after

from .conftest import FAST, PACE
from .replay import HF_DIR, Replay

DAY = "2025-01-07"
PARAMS = {"date": DAY, "limit": 100, "p": 0}


def _get(replay: Replay, policy: RetryPolicy = FAST, interval: float = PACE) -> tuple[Client, bytes]:
    with Client(replay.url, interval, policy) as client:
        body = client.get("/api/daily_papers", PARAMS, what=f"hf-daily {DAY}")
        return client, body.data


def _recorded() -> bytes:
    return gzip.decompress((HF_DIR / f"{DAY}.json.gz").read_bytes())


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = dt.datetime(2025, 1, 7, 12, 0, 0, tzinfo=dt.UTC)
    assert retry_after("7") == 7.0
    assert retry_after("Tue, 07 Jan 2025 12:00:30 GMT", now) == 30.0
    assert retry_after("Tue, 07 Jan 2025 11:00:00 GMT", now) == 0.0  # in the past: at once
    assert retry_after("soon") is None
    assert retry_after(None) is None


def test_the_pacer_spaces_request_starts() -> None:
    clock, slept = [100.0], []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    pacer = Pacer(3.0, clock=lambda: clock[0], sleep=sleep)
    pacer()
    clock[0] += 1.0  # the first request took a second
    pacer()
    pacer()
    assert slept == [pytest.approx(2.0), pytest.approx(3.0)]


def test_a_plain_answer_is_kept_byte_for_byte_and_gzip_bodies_stay_gzip(replay: Replay) -> None:
    client, data = _get(replay)
    assert data == _recorded()
    assert client.requests == 1 and client.retries == 0
    assert replay.log[0].user_agent == USER_AGENT and "mlkg" in USER_AGENT


@pytest.mark.parametrize("fault", ["503", "reset", "truncated-gzip"])
def test_transient_failures_are_retried_until_the_body_is_whole(replay: Replay, fault: str) -> None:
    replay.add(f"hf:{DAY}", fault, fault)
    client, data = _get(replay)
    assert data == _recorded()
    assert client.requests == 3 and client.retries == 2


def test_an_answer_slower_than_the_timeout_is_asked_again(replay: Replay) -> None:
    replay.add(f"hf:{DAY}", "slow:1.5")
    with Client(replay.url, PACE, FAST, timeout=0.5) as client:
        body = client.get("/api/daily_papers", PARAMS, what=f"hf-daily {DAY}")
    assert body.data == _recorded()
    assert client.requests == 2 and client.retries == 1


def test_429_waits_at_least_as_long_as_retry_after(replay: Replay) -> None:
    replay.add(f"hf:{DAY}", "429:1")
    _, data = _get(replay)
    assert data == _recorded()
    first, second = replay.log
    assert second.at - first.at >= 1.0  # the backoff alone would have waited 20 ms


def test_a_retry_after_past_the_limit_stops_at_once(replay: Replay) -> None:
    replay.add(f"hf:{DAY}", "429:3600")
    with pytest.raises(FetchError, match=r"\[E853\].*3600 s"):
        _get(replay, RetryPolicy(attempts=4, backoff=0.01, max_retry_after=60))
    assert len(replay.log) == 1


def test_repeated_failures_give_up_after_the_attempts_naming_the_last_reason(replay: Replay) -> None:
    replay.always[f"hf:{DAY}"] = "503"
    with pytest.raises(FetchError, match=r"\[E852\] hf-daily 2025-01-07: gave up after 4 attempts.*HTTP 503"):
        _get(replay)
    assert len(replay.log) == 4


def test_waits_grow_exponentially_up_to_the_cap_with_jitter() -> None:
    waits: list[float] = []
    policy = RetryPolicy(attempts=6, backoff=1.0, cap=4.0, jitter=0.5)
    client = Client("http://127.0.0.1:9", 0.0, policy, sleep=waits.append, timeout=0.5)  # nothing listens on 9
    with pytest.raises(FetchError, match="E852.*connection failed"):
        client.get("/api/daily_papers", PARAMS, what="x")
    assert len(waits) == 5
    for wait, base in zip(waits, [1, 2, 4, 4, 4], strict=True):
        assert base <= wait <= base + 0.5


def test_a_client_error_is_not_retried(replay: Replay) -> None:
    with Client(replay.url, PACE, FAST) as client, pytest.raises(FetchError, match=r"\[E854\].*404"):
        client.get("/api/nothing", {}, what="x")
    assert len(replay.log) == 1


def test_the_body_is_json_the_loader_reads(replay: Replay) -> None:
    _, data = _get(replay)
    assert isinstance(json.loads(data), list)
