"""JSON Lines and CSV listings with title/abstract columns (arXiv dumps, exports, spreadsheets).

Column names are matched case-insensitively against common spellings
(``abstract``/``summary``, ``arxiv_id``/``id``, ``listing_date``/``date``…);
``--field abstract=body`` maps any other name.
"""

from __future__ import annotations

import csv
import json
import re
from collections import deque
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from mlkg.errors import Errors
from mlkg.model import Organization, Paper, normalize_arxiv_id

from .errors import LoadError, LoadReport
from .records import BadRecord, make_paper
from .registry import register
from .sources import iter_lines

# Paper field -> accepted column names, first match wins.
COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("title", "paper_title", "name"),
    "abstract": ("abstract", "summary", "paper_abstract", "text", "body"),
    "arxiv_id": ("arxiv_id", "arxivid", "arxiv", "id", "paper_id"),
    "authors": ("authors", "author", "author_names"),
    "author_count": ("author_count", "num_authors", "n_authors"),
    "published": ("published", "published_at", "publishedat", "date", "listing_date", "submitted", "update_date"),
    "upvotes": ("upvotes", "votes", "likes"),
    "organization": ("organization", "org", "affiliation"),
    "github_url": ("github_url", "github", "githubrepo", "repo_url", "code_url", "code"),
    "project_url": ("project_url", "projectpage", "project_page", "homepage"),
    "hf_url": ("hf_url", "huggingface_url"),
    "categories": ("categories", "category", "primary_category"),
    "keywords": ("keywords", "ai_keywords", "tags"),
}
FIELDS = tuple(COLUMNS)

# The csv module refuses fields past 128 KB; a long abstract is not broken. Its limit is global, so
# it is raised here once (never lowered), and stays far below the line cap.
_FIELD_LIMIT = 4 << 20
csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))


def resolve_columns(available: list[str], overrides: Mapping[str, str] | None) -> dict[str, str]:
    """Map each Paper field to a column present in ``available`` (mapping from --field first)."""
    lower = {name.lower(): name for name in available}
    chosen: dict[str, str] = {}
    for field, column in (overrides or {}).items():
        if column.lower() in lower:
            chosen[field] = lower[column.lower()]
    for field, names in COLUMNS.items():
        if field in chosen:
            continue
        for name in names:
            if name in lower and lower[name] not in chosen.values():
                chosen[field] = lower[name]
                break
    return chosen


def _row_paper(source: str, record: int, row: Mapping[str, Any], columns: dict[str, str],
               report: LoadReport) -> Paper:
    values = {field: row.get(column) for field, column in columns.items()}
    values.setdefault("abstract", None)
    org = values.pop("organization", None)
    organization = None
    if isinstance(org, dict):
        name = org.get("fullname") or org.get("name")
        organization = Organization(name=str(name), slug=org.get("name")) if name else None
    elif isinstance(org, str) and org.strip():
        organization = Organization(name=org.strip())
    arxiv = values.pop("arxiv_id", None)
    if columns.get("arxiv_id", "").lower() in ("id", "paper_id") and arxiv is not None:
        arxiv = arxiv if normalize_arxiv_id(str(arxiv)) else None  # a generic id, not arXiv's
    return make_paper(source, record, arxiv_id=arxiv, organization=organization, report=report,
                      **{k: v for k, v in values.items()})  # type: ignore[arg-type]


def _check_columns(path: Path, columns: dict[str, str], available: list[str]) -> None:
    missing = [f for f in ("title",) if f not in columns]
    if missing:
        raise LoadError(path, Errors.E016.format(columns=available[:12]))


def _sniff_jsonl(head: bytes) -> bool:
    first = head.decode("utf-8", "ignore").lstrip("\ufeff \t\r\n").split("\n", 1)[0].strip()
    return first.startswith("{") and first.endswith("}") and '"title"' in first.lower()


@register("jsonl", extensions=(".jsonl", ".ndjson", ".jsonlines"), sniff=_sniff_jsonl,
          description="JSON Lines with title/abstract fields (e.g. arXiv listing dumps)")
def load_jsonl(path: Path, report: LoadReport, *, fields: Mapping[str, str] | None = None,
               **_: Any) -> Iterator[Paper]:
    by_keys: dict[tuple[str, ...], dict[str, str]] = {}
    seen_any = False
    for lineno, line, note in iter_lines(path):
        if not line.strip():
            continue
        seen_any = True
        if note:
            report.repair(path, lineno, note)
        try:
            row = json.loads(line)
        except (ValueError, RecursionError) as exc:  # ValueError: also a number of over 4300 digits
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else (
                "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0])
            report.skip(path, lineno, f"invalid JSON: {msg}")
            continue
        if not isinstance(row, dict):
            report.skip(path, lineno, f"expected an object, found {type(row).__name__}")
            continue
        keys = tuple(row)
        columns = by_keys.get(keys)
        if columns is None:
            columns = by_keys[keys] = resolve_columns(list(keys), fields)
        try:
            if "title" not in columns:
                raise BadRecord("missing title: no title field; map one with --field title=NAME")
            yield _row_paper(report.name(path), lineno, row, columns, report)
        except BadRecord as exc:
            report.skip(path, lineno, str(exc))
    if not seen_any:
        raise LoadError(path, Errors.E003)


def _sniff_csv(head: bytes) -> bool:
    first = head.decode("utf-8", "ignore").lstrip("\ufeff").split("\n", 1)[0].lower()
    return ("," in first or "\t" in first) and "title" in first and not first.lstrip().startswith(("{", "["))


@register("csv", extensions=(".csv", ".tsv"), sniff=_sniff_csv,
          description="CSV/TSV with a header row naming title and abstract columns")
def load_csv(path: Path, report: LoadReport, *, fields: Mapping[str, str] | None = None,
             **_: Any) -> Iterator[Paper]:
    lines = _csv_lines(path, report)
    first: list[tuple[int, str]] = []
    for item in lines:  # up to the header
        first.append(item)
        if item[1].strip():
            break
    if not first or not first[-1][1].strip():
        raise LoadError(path, Errors.E003)
    dialect = _Dialect(_delimiter(first[-1][1], path))
    feed = _LineFeed(first, lines)
    reader = csv.reader(feed, dialect, strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise LoadError(path, Errors.E017.format(why=exc)) from None
    columns = resolve_columns(header, fields)
    _check_columns(path, columns, header)
    record = 0
    while True:
        feed.taken = []
        try:
            cells = next(reader)
            error = None
        except StopIteration:
            break
        except csv.Error as exc:
            cells, error = _lenient(feed.taken, dialect), exc
        taken = feed.taken
        record += 1
        line = taken[0][0] if taken else "?"
        if error is not None and cells is None:
            # An unterminated quote reads on into the next rows: skip its first line only, and read
            # the lines after it again as rows of their own.
            report.skip(path, record, f"malformed CSV at line {line}: {error}")
            feed.push_back(taken[1:])
            reader = csv.reader(feed, dialect, strict=True)
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            report.skip(path, record, f"line {line} has {len(cells)} cells, the header {len(header)}")
            if len(taken) > 1:  # a quoted newline that made one row of several: read them again
                feed.push_back(taken[1:])
                reader = csv.reader(feed, dialect, strict=True)
            continue
        try:
            yield _row_paper(report.name(path), record, dict(zip(header, cells)), columns, report)
        except BadRecord as exc:
            report.skip(path, record, f"{exc} (line {line})")


def _delimiter(header: str, path: Path) -> str:
    """The separator the header line uses most (its names hold none); a tab for a one-column .tsv.

    Read from the header, not sniffed from the rows, so that no abstract can change it.
    """
    counts = {d: header.count(d) for d in ",\t;|"}
    best = max(counts, key=lambda d: counts[d])
    if counts[best]:
        return best
    return "\t" if path.name.lower().removesuffix(".gz").endswith(".tsv") else ","


class _Dialect(csv.Dialect):
    """RFC 4180: fields quoted with '"', a quote inside doubled, so that a quote that is never
    closed shows as an error, not as a merged row."""

    def __init__(self, delimiter: str) -> None:
        self.delimiter = delimiter
        self.quotechar = '"'
        self.escapechar = None
        self.skipinitialspace = True
        self.doublequote = True
        self.lineterminator = "\r\n"
        self.quoting = csv.QUOTE_MINIMAL
        super().__init__()


# A lone carriage return ends a line too (classic Mac exports); a quoted one stays in its field.
_LONE_CR = re.compile(r"(?<=\r)(?!\n)")


def _csv_lines(path: Path, report: LoadReport) -> Iterator[tuple[int, str]]:
    for lineno, text, note in iter_lines(path):
        if note:
            report.repair(path, None, f"{note} (line {lineno})")
        if "\r" in text and "\r" in text.replace("\r\n", ""):
            for part in _LONE_CR.split(text):
                if part:
                    yield lineno, part
        else:
            yield lineno, text


class _LineFeed:
    """The lines the csv reader reads, remembering those of the current row so that a broken row's
    lines can be read again (how the loader gets back in step after an unterminated quote)."""

    def __init__(self, first: list[tuple[int, str]], rest: Iterator[tuple[int, str]]) -> None:
        self.pending = deque(first)
        self.rest = rest
        self.taken: list[tuple[int, str]] = []

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        item = self.pending.popleft() if self.pending else next(self.rest)
        self.taken.append(item)
        return item[1]

    def push_back(self, items: list[tuple[int, str]]) -> None:
        self.pending.extendleft(reversed(items))


def _lenient(taken: list[tuple[int, str]], dialect: Any) -> list[str] | None:
    """A one-line row that strict quoting refuses (``a,"b"c``) as a lenient reader reads it; None for a
    row of several lines, which is an unterminated quote."""
    if len(taken) != 1:
        return None
    try:
        return next(csv.reader([taken[0][1]], dialect, strict=False), None)
    except csv.Error:
        return None
