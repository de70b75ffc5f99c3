"""What a raw directory holds: ``.mlkg-fetch.json``, one entry per day (and category) fetched.

Each entry says when it was fetched, from where, its status (``ok``, ``empty`` or ``bad`` with
the reason), and for ``ok`` every file with its SHA-256 and paper count. A rerun reads it to skip
what it already has; ``mlkg update`` reads it to know where the last update stopped. It is
rewritten atomically after every day, so an interrupted fetch keeps all the days before.
The file is hidden, so ``mlkg build RAW/`` does not take it for a listing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mlkg.errors import Errors
from mlkg.files import write_text_atomic

from .client import FetchError

FILENAME = ".mlkg-fetch.json"
VERSION = 1


@dataclass(frozen=True)
class StoredFile:
    path: str  # below the raw directory, with / separators
    sha256: str
    bytes: int
    papers: int


@dataclass(frozen=True)
class Entry:
    source: str
    key: str  # the day, or category/day
    day: str
    status: str  # ok | empty | bad
    fetched_at: str  # ISO 8601, UTC
    url: str
    files: tuple[StoredFile, ...] = ()
    reason: str = ""

    @property
    def papers(self) -> int:
        return sum(f.papers for f in self.files)

    def settled(self, settle_days: int) -> bool:
        """Fetched late enough after its day that the service will not add to it any more."""
        fetched = dt.datetime.fromisoformat(self.fetched_at)
        return self.status != "bad" and fetched.date() - dt.date.fromisoformat(self.day) >= dt.timedelta(settle_days)


@dataclass
class Manifest:
    path: Path
    entries: dict[str, Entry] = field(default_factory=dict)  # by "source:key"

    @classmethod
    def load(cls, raw_dir: Path) -> Manifest:
        path = raw_dir / FILENAME
        if not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = {}
            for item in data["entries"]:
                files = tuple(StoredFile(**f) for f in item.pop("files", ()))
                entry = Entry(**item, files=files)
                entries[f"{entry.source}:{entry.key}"] = entry
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise FetchError(Errors.E858.format(path=path, detail=exc)) from None
        return cls(path, entries)

    def get(self, source: str, key: str) -> Entry | None:
        return self.entries.get(f"{source}:{key}")

    def put(self, entry: Entry) -> None:
        self.entries[f"{entry.source}:{entry.key}"] = entry

    def last_day(self, source: str) -> dt.date | None:
        """The latest day of ``source`` fetched (ok or empty), where an update goes on from."""
        days = [dt.date.fromisoformat(e.day) for e in self.entries.values() if e.source == source and e.status != "bad"]
        return max(days, default=None)

    def save(self) -> None:
        entries = sorted(self.entries.values(), key=lambda e: (e.source, e.day, e.key))
        data: dict[str, Any] = {"version": VERSION, "entries": [asdict(e) for e in entries]}
        write_text_atomic(self.path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")
