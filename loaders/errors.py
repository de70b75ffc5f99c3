"""The loaders' one error type and the running account of what was read, repaired and skipped."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mlkg.errors import MlkgError

log = logging.getLogger("mlkg.loaders")


class LoadError(MlkgError):
    """A listing file or record that cannot be read; the message names file and record."""

    def __init__(self, source: str | Path, reason: str, record: int | None = None) -> None:
        self.source = str(source)
        self.record = record
        code, _, rest = reason.partition("] ") if reason.startswith("[E") else ("", "", reason)
        self.reason = rest  # what report.json counts and lists, without the code
        where = f"{self.source}: record {record}" if record is not None else self.source
        super().__init__(f"{code}] {where}: {rest}" if code else f"{where}: {rest}")


@dataclass(frozen=True, slots=True)
class Problem:
    """One skipped record (or file), or one repair, with where and why."""

    source: str
    record: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}: record {self.record}" if self.record is not None else self.source
        return f"{where}: {self.reason}"


@dataclass
class LoadReport:
    """Counts of what the loaders saw. Shared across files so a build reports once."""

    read: int = 0
    files: int = 0
    repaired: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    failed_files: list[Problem] = field(default_factory=list)

    def repair(self, source: str | Path, record: int | None, reason: str) -> None:
        self.repaired.append(Problem(str(source), record, reason))
        log.info("%s", self.repaired[-1])

    def skip(self, source: str | Path, record: int | None, reason: str) -> None:
        self.skipped.append(Problem(str(source), record, reason))
        log.warning("skipped %s", self.skipped[-1])

    def warn(self, source: str | Path, record: int | None, reason: str) -> None:
        self.warnings.append(Problem(str(source), record, reason))
        log.warning("%s", self.warnings[-1])

    def fail_file(self, error: LoadError) -> None:
        self.failed_files.append(Problem(error.source, error.record, error.reason))
        log.error("%s", error)

    @staticmethod
    def _reasons(problems: list[Problem]) -> dict[str, int]:
        return dict(Counter(p.reason.split(":", 1)[0] for p in problems).most_common())

    def as_dict(self, limit: int = 200) -> dict[str, object]:
        """Counts by reason plus the first ``limit`` problems of each kind, for report.json."""
        return {
            "files": self.files,
            "records_read": self.read,
            "repaired": len(self.repaired),
            "repaired_by_reason": self._reasons(self.repaired),
            "skipped": len(self.skipped),
            "skipped_by_reason": self._reasons(self.skipped),
            "skipped_records": [str(p) for p in self.skipped[:limit]],
            "warnings": len(self.warnings),
            "warning_list": [str(p) for p in self.warnings[:limit]],
            "failed_files": [str(p) for p in self.failed_files[:limit]],
        }
