"""``mlkg fetch``: get a date range from a source into a raw directory, resumably.

Units (days) already in the manifest and settled are skipped; the rest are fetched, each page
written atomically as ``*.gz`` with its checksum, and the manifest saved after every unit. A unit
whose answers stay bad is reported and stored nowhere (an earlier good copy stays); a service
that keeps failing stops the run with what was fetched kept, so the same command goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from mlkg.build import lock
from mlkg.errors import Errors
from mlkg.files import atomic_path
from mlkg.loaders import LoadError, LoadReport, load

from . import arxiv, hf_daily  # noqa: F401  (register the sources)
from .client import Client, FetchError, RetryPolicy, ServiceError
from .manifest import Entry, Manifest, StoredFile
from .sources import BadResponse, Empty, Source, Unit, get_source

Progress = Callable[[str, int, int | None], None]
BAD_IN_A_ROW = 5


@dataclass(frozen=True)
class Outcome:
    """What became of one unit: fetched, unchanged, kept (had it), empty, bad, or planned (dry run)."""

    key: str
    day: str
    status: str
    papers: int = 0
    files: tuple[str, ...] = ()
    reason: str = ""
    url: str = ""


@dataclass
class FetchResult:
    source: str
    raw_dir: Path
    base_url: str
    outcomes: list[Outcome] = field(default_factory=list)
    requests: int = 0
    retries: int = 0

    def with_status(self, *statuses: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status in statuses]

    @property
    def changed(self) -> list[Path]:
        """Files written by this run (new, or different from before)."""
        return [self.raw_dir / f for o in self.with_status("fetched") for f in o.files]

    @property
    def papers(self) -> int:
        return sum(o.papers for o in self.with_status("fetched", "unchanged"))


def resolve_base_url(source: Source, given: str | None) -> str:
    """``--base-url``, else the source's environment variable, else the service itself."""
    url = (given or os.environ.get(source.env_var) or source.default_base_url).rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(Errors.E861.format(given=url, var=source.env_var))
    return url


def resolve_delay(source: Source, base_url: str, delay: float | None) -> float:
    """The pace: the service's own unless asked otherwise; faster only for another host."""
    if delay is None:
        return source.interval
    if delay < 0:
        raise FetchError(Errors.E862.format(given=delay))
    official = urlsplit(source.default_base_url).hostname
    if delay < source.interval and urlsplit(base_url).hostname == official:
        raise FetchError(Errors.E857.format(host=official, rule=source.rule, interval=source.interval))
    return delay


def fetch(source: str, raw_dir: str | Path, start: dt.date, end: dt.date, *, categories: tuple[str, ...] = (),
          refresh: bool = False, dry_run: bool = False, base_url: str | None = None, delay: float | None = None,
          policy: RetryPolicy | None = None, now: dt.datetime | None = None, progress: Progress | None = None,
          timeout: float = 60.0, sleep: Callable[[float], None] = time.sleep,
          bad_in_a_row: int = BAD_IN_A_ROW) -> FetchResult:
    """Fetch ``start``..``end`` (inclusive) of ``source`` into ``raw_dir``; see the module docstring.

    ``now`` (UTC) decides which days are settled (tests set it); ``timeout`` is per request, in
    seconds (a slower answer is retried). Raises FetchError when the service keeps failing.
    """
    src = get_source(source)
    now = now or dt.datetime.now(dt.UTC)
    if start > end:
        raise FetchError(Errors.E863.format(start=start, end=end))
    if end > now.date():
        raise FetchError(Errors.E864.format(end=end, today=now.date()))
    base = resolve_base_url(src, base_url)
    interval = resolve_delay(src, base, delay)
    units = src.units(start, end, tuple(categories))
    raw = Path(raw_dir)
    if raw.exists() and not raw.is_dir():
        raise FetchError(Errors.E865.format(path=raw))
    result = FetchResult(src.name, raw, base)
    client = Client(base, interval, policy or RetryPolicy(), timeout=timeout, sleep=sleep)
    try:
        if dry_run:
            manifest = Manifest.load(raw)
            for unit in units:
                have = manifest.get(src.name, unit.key)
                if have is not None and _skipped(have, src, refresh):
                    result.outcomes.append(Outcome(unit.key, unit.day.isoformat(), "kept", have.papers))
                else:
                    result.outcomes.append(Outcome(unit.key, unit.day.isoformat(), "planned",
                                                   url=src.first_url(client, unit)))
            return result
        raw.mkdir(parents=True, exist_ok=True)
        with lock.locked(raw):
            _fetch_units(src, raw, units, client, result, refresh=refresh, now=now, progress=progress,
                         bad_in_a_row=bad_in_a_row)
    finally:
        result.requests, result.retries = client.requests, client.retries
        client.close()
    return result


def _fetch_units(src: Source, raw: Path, units: list[Unit], client: Client, result: FetchResult, *, refresh: bool,
                 now: dt.datetime, progress: Progress | None, bad_in_a_row: int) -> None:
    manifest = Manifest.load(raw)
    bad_run, papers = 0, 0

    def report(done: int) -> None:
        if progress:
            progress("days", done, len(units))
            progress("requests", client.requests, None)
            progress("papers", papers, None)

    for done, unit in enumerate(units):
        report(done)
        have = manifest.get(src.name, unit.key)
        if have is not None and _skipped(have, src, refresh):
            result.outcomes.append(Outcome(unit.key, unit.day.isoformat(), "kept", have.papers,
                                           tuple(f.path for f in have.files)))
            continue
        url = src.first_url(client, unit)
        try:
            outcome, entry = _fetch_unit(src, raw, unit, client, have, now, url)
        except FetchError as exc:
            manifest.save()
            kept = sum(1 for o in result.outcomes if o.status in ("fetched", "unchanged", "kept", "empty"))
            stop = ServiceError if isinstance(exc, ServiceError) else FetchError
            raise stop(Errors.E851.format(reason=str(exc), kept=kept, total=len(units),
                                          manifest=manifest.path)) from None
        result.outcomes.append(outcome)
        if entry is not None:
            manifest.put(entry)
        manifest.save()
        papers += outcome.papers
        bad_run = bad_run + 1 if outcome.status == "bad" else 0
        if bad_run >= bad_in_a_row:
            report(done + 1)
            raise ServiceError(Errors.E856.format(count=bad_run, source=src.name, last=outcome.reason))
    report(len(units))


def _skipped(have: Entry, src: Source, refresh: bool) -> bool:
    """Whether a run skips a unit it has: settled, and no --refresh."""
    return not refresh and have.settled(src.settle_days)


def _fetch_unit(src: Source, raw: Path, unit: Unit, client: Client, have: Entry | None, now: dt.datetime,
                url: str) -> tuple[Outcome, Entry | None]:
    """Fetch one unit; the outcome, and the manifest entry to record (None: keep the old one)."""
    day = unit.day.isoformat()
    fetched_at = now.isoformat(timespec="seconds")
    try:
        pages = list(src.pages(client, unit))
    except BadResponse as exc:
        return Outcome(unit.key, day, "bad", reason=exc.reason, url=url), _bad_entry(src, unit, have, exc.reason,
                                                                                     fetched_at, url)
    except Empty:
        if have is not None and have.status == "ok":
            reason = f"answered with no papers where it had {have.papers}; the earlier files are kept"
            return Outcome(unit.key, day, "bad", reason=reason, url=url), None
        return Outcome(unit.key, day, "empty", url=url), Entry(src.name, unit.key, day, "empty", fetched_at, url)
    stored: list[StoredFile] = []
    changed = False
    for page in pages:
        target = raw / page.path
        old = next((f for f in have.files if f.path == page.path), None) if have is not None else None
        if old is not None and _same(target, old.sha256, page.body.data):
            stored.append(old)  # the same content (a gzip header's time may differ): the file stays
            continue
        data = page.body.stored()
        with atomic_path(target) as tmp:
            tmp.write_bytes(data)
            count = _count(tmp, src.loader)
        changed = True
        stored.append(StoredFile(page.path, hashlib.sha256(data).hexdigest(), len(data), count))
    if have is not None:
        for stale in {f.path for f in have.files} - {f.path for f in stored}:
            (raw / stale).unlink(missing_ok=True)
            changed = True
    entry = Entry(src.name, unit.key, day, "ok", fetched_at, url, tuple(stored))
    status = "fetched" if changed else "unchanged"
    return Outcome(unit.key, day, status, entry.papers, tuple(f.path for f in stored), url=url), entry


def _bad_entry(src: Source, unit: Unit, have: Entry | None, reason: str, fetched_at: str, url: str) -> Entry | None:
    if have is not None and have.status == "ok":
        return None  # an earlier good copy stays, and so does its entry
    return Entry(src.name, unit.key, unit.day.isoformat(), "bad", fetched_at, url, reason=reason)


def _same(path: Path, digest: str, content: bytes) -> bool:
    """``path`` is intact (its recorded checksum) and holds ``content`` once unzipped."""
    try:
        data = path.read_bytes()
        return hashlib.sha256(data).hexdigest() == digest and gzip.decompress(data) == content
    except (OSError, EOFError, zlib.error):
        return False


def _count(path: Path, loader: str) -> int:
    """Papers the loader reads from a stored body (what the build will get from it)."""
    try:
        return sum(1 for _ in load(path, loader, LoadReport()))
    except LoadError:
        return 0
