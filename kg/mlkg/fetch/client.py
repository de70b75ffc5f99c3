"""One polite HTTP client per source: paced requests, honest retries, the body exactly as sent.

httpx does the HTTP and tenacity the retrying. What is ours is the policy: the pace a service
publishes (arXiv asks for one request every 3 seconds) holds for every request, retries
included; a 429 or 503 waits at least as long as its ``Retry-After`` says; 429, 5xx, dropped
connections and bodies cut short are retried with capped exponential backoff and jitter; and
the body is kept as the server sent it (a gzip body stays gzip), so it can be stored as it came.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import logging
import threading
import time
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Self

import httpx
import tenacity

from mlkg import __version__
from mlkg.errors import Errors, MlkgError

log = logging.getLogger("mlkg")

USER_AGENT = f"mlkg/{__version__} (knowledge graphs of ML papers; https://github.com/mlkg/mlkg)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class FetchError(MlkgError):
    """A fetch cannot go on (a bad option, an answer retrying cannot mend); what was fetched is kept."""


class ServiceError(FetchError):
    """The service kept failing (or asked to come back much later): worth running again later."""

    exit_code = 75  # EX_TEMPFAIL: a cron job or a retrying wrapper may try again later


class Transient(Exception):
    """A failure worth another try: 429, 5xx, a dropped connection, a body cut short."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason, self.retry_after = reason, retry_after


class BadContent(Transient):
    """A body the service would not send when it works (an HTML page with status 200, JSON cut
    short): retried like any transient failure, then reported for its day, not as a stop."""


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry: ``attempts`` in all, waits of ``backoff`` seconds
    doubling up to ``cap``, plus up to ``jitter`` seconds at random, and never less than a
    ``Retry-After``; a ``Retry-After`` above ``max_retry_after`` stops at once (come back later)."""

    attempts: int = 6
    backoff: float = 2.0
    cap: float = 120.0
    jitter: float = 1.0
    max_retry_after: float = 900.0

    def wait(self) -> Callable[[tenacity.RetryCallState], float]:
        exponential = tenacity.wait_exponential_jitter(multiplier=self.backoff, max=self.cap, jitter=self.jitter)

        def wait(state: tenacity.RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            after = exc.retry_after if isinstance(exc, Transient) and exc.retry_after else 0.0
            return max(exponential(state), after)

        return wait


class Pacer:
    """At most one request every ``interval`` seconds, measured between request starts."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval, self.clock, self.sleep = interval, clock, sleep
        self._last: float | None = None
        self._lock = threading.Lock()

    def __call__(self) -> None:
        with self._lock:
            if self._last is not None:
                ahead = self._last + self.interval - self.clock()
                if ahead > 0:
                    self.sleep(ahead)
            self._last = self.clock()


@dataclass(frozen=True)
class Body:
    """A response body as the server sent it (``raw``), and as text-ready bytes (``data``)."""

    url: str
    status: int
    content_type: str
    raw: bytes
    data: bytes
    gzipped: bool  # raw is a gzip stream (Content-Encoding: gzip)

    def stored(self) -> bytes:
        """What goes to disk: the body as it came, gzipped by us when the server sent it plain."""
        return self.raw if self.gzipped else gzip.compress(self.raw, mtime=0)


@dataclass
class Client:
    """GET with pace and retries. ``requests`` counts every request sent, retries included."""

    base_url: str
    interval: float
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    timeout: float = 60.0
    user_agent: str = USER_AGENT
    sleep: Callable[[float], None] = time.sleep
    requests: int = 0
    retries: int = 0

    def __post_init__(self) -> None:
        self.pacer = Pacer(self.interval, sleep=self.sleep)
        self._http = httpx.Client(base_url=self.base_url, timeout=self.timeout, follow_redirects=True,
                                  headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, path: str, params: Mapping[str, str | int], *, what: str,
            check: Callable[[Body], None] | None = None) -> Body:
        """The body of GET ``path?params``, retried on transient failures (and when ``check``
        raises :class:`Transient`); FetchError once ``policy.attempts`` are used up."""
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.policy.attempts), wait=self.policy.wait(),
            retry=tenacity.retry_if_exception_type(Transient), sleep=self.sleep, reraise=True,
            before_sleep=lambda state: self._note_retry(state, what))
        try:
            return retrying(self._once, path, params, check)
        except BadContent:
            raise
        except Transient as exc:
            raise ServiceError(Errors.E852.format(what=what, url=self.url(path, params), attempts=self.policy.attempts,
                                                reason=exc.reason)) from None

    def _note_retry(self, state: tenacity.RetryCallState, what: str) -> None:
        self.retries += 1
        exc = state.outcome.exception() if state.outcome else None
        log.info("%s: %s; trying again in %.1f s", what, exc, state.upcoming_sleep)

    def url(self, path: str, params: Mapping[str, str | int]) -> str:
        return str(self._http.build_request("GET", path, params=dict(params)).url)

    def _once(self, path: str, params: Mapping[str, str | int], check: Callable[[Body], None] | None) -> Body:
        self.pacer()
        self.requests += 1
        try:
            with self._http.stream("GET", path, params=dict(params)) as response:
                raw = b"".join(response.iter_raw())
        except httpx.TransportError as exc:  # refused, reset, timed out, closed mid-body
            raise Transient(f"connection failed ({type(exc).__name__}: {exc or 'no detail'})") from None
        if response.status_code in RETRY_STATUSES:
            after = retry_after(response.headers.get("Retry-After"))
            if after is not None and after > self.policy.max_retry_after:
                raise ServiceError(Errors.E853.format(url=response.url, status=response.status_code, seconds=round(after)))
            raise Transient(f"HTTP {response.status_code} {response.reason_phrase}".rstrip(), after)
        if response.status_code >= 400:
            raise FetchError(Errors.E854.format(url=response.url, status=response.status_code,
                                                reason=response.reason_phrase))
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding not in ("gzip", "identity", ""):
            raise FetchError(Errors.E855.format(url=response.url, encoding=encoding))
        gzipped = encoding == "gzip"
        try:
            data = gzip.decompress(raw) if gzipped else raw  # EOFError: ended before its end marker
        except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as exc:
            raise Transient(f"the gzip body is cut short or damaged ({exc})") from None
        body = Body(str(response.url), response.status_code, response.headers.get("Content-Type", ""), raw, data,
                    gzipped)
        if check is not None:
            check(body)
        return body


def retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for: delta-seconds or an HTTP date (RFC 9110 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())
