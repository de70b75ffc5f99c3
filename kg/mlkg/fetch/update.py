"""``mlkg update OUTDIR``: fetch what is new since the last fetch, then ``build --update``.

The raw directory is the input of the earlier build that holds a fetch manifest (report.json
keeps the inputs a build was given), or ``--raw``. Fetching goes on from the last day fetched,
taking again every day that was not settled yet (a day keeps growing for a while). The build
then reads the whole raw directory as an update: only new or changed papers are extracted,
and the graph equals a full build of the directory, as ``build --update`` promises.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlkg.build.pipeline import NON_ENTITY_NODES, build, previous_formats, previous_inputs
from mlkg.errors import Errors

from .client import FetchError, RetryPolicy
from .manifest import FILENAME, Manifest
from .run import FetchResult, Progress, fetch
from .sources import get_source


@dataclass
class UpdateResult:
    fetched: FetchResult
    built: bool
    papers_before: int
    papers_after: int
    new_entities: dict[str, int] = field(default_factory=dict)  # by node type, only those that grew

    @property
    def new_papers(self) -> int:
        return self.papers_after - self.papers_before


def find_raw_dir(outdir: Path) -> Path:
    """The input directory of the build in ``outdir`` that `mlkg fetch` wrote."""
    for given in reversed(previous_inputs(outdir)):
        path = Path(given)
        if (path / FILENAME).is_file():
            return path
    raise FetchError(Errors.E866.format(outdir=outdir))


def update(outdir: str | Path, source: str, *, raw_dir: str | Path | None = None, start: dt.date | None = None,
           end: dt.date | None = None, categories: tuple[str, ...] = (), base_url: str | None = None,
           delay: float | None = None, policy: RetryPolicy | None = None, now: dt.datetime | None = None,
           processes: int = 0, progress: Progress | None = None, timeout: float = 60.0,
           dry_run: bool = False) -> UpdateResult:
    """Fetch ``source`` from where the last fetch stopped up to ``end`` (today) and update the build;
    with ``dry_run``, only say what would be fetched."""
    out = Path(outdir)
    before = _report(out)
    if before is None:
        raise FetchError(Errors.E868.format(outdir=out))
    src = get_source(source)
    raw = Path(raw_dir) if raw_dir is not None else find_raw_dir(out)
    now = now or dt.datetime.now(dt.UTC)
    end = end or now.date()
    manifest = Manifest.load(raw)
    if start is None:
        last = manifest.last_day(src.name)
        if last is None:
            raise FetchError(Errors.E867.format(source=src.name, raw=raw))
        start = min(last, end) - dt.timedelta(src.settle_days)  # days not settled yet are taken again
    if not categories and src.needs_categories:
        categories = tuple(sorted({e.key.split("/")[0] for e in manifest.entries.values()
                                   if e.source == src.name and "/" in e.key}))
    fetched = fetch(src.name, raw, start, end, categories=categories, base_url=base_url, delay=delay,
                    policy=policy, now=now, progress=progress, timeout=timeout, dry_run=dry_run)
    if dry_run or not fetched.changed:
        return UpdateResult(fetched, False, before["papers"], before["papers"])
    result = build([raw], out, formats=previous_formats(out), processes=processes, update=True, progress=progress)
    after = result.report
    grown = {kind: count - before.get("nodes_by_type", {}).get(kind, 0)
             for kind, count in after["nodes_by_type"].items() if kind not in NON_ENTITY_NODES}
    return UpdateResult(fetched, True, before["papers"], after["papers"],
                        {kind: n for kind, n in sorted(grown.items()) if n > 0})


def _report(outdir: Path) -> dict[str, Any] | None:
    try:
        return json.loads((outdir / "report.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
