"""The loaders' one error type and the running account of what was read, repaired and skipped."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mlkg.errors import MlkgError

from .textnorm import scrub

log = logging.getLogger("mlkg.loaders")


class LoadError(MlkgError):
    """A listing file or record that cannot be read; the message names file and record."""

    def __init__(self, source: str | Path, reason: str, record: int | None = None) -> None:
        self.source = scrub(str(source))
        self.record = record
        code, _, rest = reason.partition("] ") if reason.startswith("[E") else ("", "", reason)
        self.reason = rest  # what report.json counts and lists, without the code
        where = f"{self.source}: record {record}" if record is not None else self.source
        super().__init__(f"{code}] {where}: {rest}" if code else f"{where}: {rest}")

    def with_kept(self, papers: int) -> LoadError:
        """The same failure, saying how many papers of the file were read before it (and are kept)."""
        reason = f"{self.reason} ({papers} paper{'s' if papers != 1 else ''} read before it)"
        code = self.code
        return LoadError(self.source, f"[{code}] {reason}" if code else reason, self.record)


@dataclass(frozen=True, slots=True)
class Problem:
    """One skipped record (or file), or one repair, with where and why."""

    source: str
    record: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}: record {self.record}" if self.record is not None else self.source
        return f"{where}: {self.reason}"


# How many problems of each kind a report keeps one by one; beyond it only counts grow, so a file of a
# million bad lines cannot fill memory.
KEPT_PROBLEMS = 10_000


@dataclass
class LoadReport:
    """Counts of what the loaders saw. Shared across files so a build reports once.

    The lists keep the first :data:`KEPT_PROBLEMS` problems of each kind; the counts are exact.
    ``names`` maps a file as typed to the name it goes by in the outputs (see
    :func:`mlkg.loaders.sources.named_inputs`): papers and listed problems carry that name, so
    report.json does not depend on how the input was typed; the log shows the file as typed.
    """

    read: int = 0
    files: int = 0
    repaired: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    failed_files: list[Problem] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    reasons: dict[str, Counter[str]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def name(self, source: str | Path) -> str:
        """The name of a file in the outputs: the one it was read under, else the path as typed."""
        text = str(source)
        return self.names.get(text, text)

    def _add(self, kind: str, problems: list[Problem], source: str | Path, record: int | None,
             reason: str) -> Problem:
        """Count and keep the problem under the file's name; return it as typed, for the log."""
        self.counts[kind] += 1
        self.reasons.setdefault(kind, Counter())[reason.split(":", 1)[0]] += 1
        if len(problems) < KEPT_PROBLEMS:
            problems.append(Problem(scrub(self.name(source)), record, reason))
        return Problem(scrub(str(source)), record, reason)

    def repair(self, source: str | Path, record: int | None, reason: str) -> None:
        log.info("%s", self._add("repaired", self.repaired, source, record, reason))

    def skip(self, source: str | Path, record: int | None, reason: str) -> None:
        log.warning("skipped %s", self._add("skipped", self.skipped, source, record, reason))

    def warn(self, source: str | Path, record: int | None, reason: str) -> None:
        log.warning("%s", self._add("warnings", self.warnings, source, record, reason))

    def fail_file(self, error: LoadError, source: str | Path | None = None) -> None:
        """A file that could not be read (to its end); ``source``: the file, when ``error.source`` is scrubbed."""
        self._add("failed_files", self.failed_files, source if source is not None else error.source,
                  error.record, error.reason)
        log.error("%s", error)

    def count(self, kind: str) -> int:
        """How many problems of ``kind`` ("repaired", "skipped", "warnings", "failed_files") were seen."""
        return max(self.counts[kind], len(getattr(self, kind)))

    def _reasons(self, kind: str) -> dict[str, int]:
        counted = self.reasons.get(kind)
        if counted is None:  # problems appended to the lists directly
            counted = Counter(p.reason.split(":", 1)[0] for p in getattr(self, kind))
        return dict(counted.most_common())

    def _listed(self, kind: str, key: str, limit: int) -> dict[str, object]:
        """The first ``limit`` problems under ``key``, and ``{key}_omitted`` when more were cut."""
        problems: list[Problem] = getattr(self, kind)
        listed: dict[str, object] = {key: [str(p) for p in problems[:limit]]}
        omitted = self.count(kind) - min(limit, len(problems))
        if omitted > 0:
            listed[f"{key}_omitted"] = omitted
        return listed

    def as_dict(self, limit: int = 200) -> dict[str, object]:
        """Counts by reason plus the first ``limit`` problems of each kind, for report.json.

        A list that was cut is followed by ``<list>_omitted``: how many more there were.
        """
        return {
            "files": self.files,
            "records_read": self.read,
            "repaired": self.count("repaired"),
            "repaired_by_reason": self._reasons("repaired"),
            **(self._listed("repaired", "repaired_records", limit) if self.repaired else {}),
            "skipped": self.count("skipped"),
            "skipped_by_reason": self._reasons("skipped"),
            **self._listed("skipped", "skipped_records", limit),
            "warnings": self.count("warnings"),
            **self._listed("warnings", "warning_list", limit),
            **self._listed("failed_files", "failed_files", limit),
        }
