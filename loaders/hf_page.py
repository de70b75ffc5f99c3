"""Hugging Face Daily Papers pages saved as text (select all, copy, paste).

Each paper reads: title, abstract paragraph(s), either "• N authors" or an
organization line ("naver-ai NAVER AI Lab" = HF slug + display name), a lone
"·", then the date with an optional upvote count ("Oct 17, 2025 2"). The "·"
and date lines anchor each record, so abstracts of any length parse. The page is
read line by line (a bad byte changes its own line only; a truncated download
keeps the papers before the cut). A block without a title, or one whose date
line is unreadable, is skipped with its line numbers, never merged into the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mlkg.errors import Errors
from mlkg.model import Organization, Paper

from .errors import LoadError, LoadReport
from .records import BadRecord, make_paper
from .registry import register
from .sources import iter_lines

_SEPARATOR = {"·", "•", "-"}
_DATE_LINE = re.compile(r"^([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)(?:\s+(\d[\d,]*))?$")
_AUTHORS = re.compile(r"^[•·*-]?\s*(\d[\d,]*)\s+authors?$", re.IGNORECASE)
_ORG = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]{0,95})(?:\s+(\S.{0,150}))?$")
_DATE_LIKE = re.compile(r"^[A-Za-z]{3,9}\.?\s*\d")  # what a date line that did not parse starts as
_MAX_TITLE = 400  # longer first lines are an abstract whose title is missing
_HEADER = re.compile(
    r"^(new|subscribe|daily papers|get trending papers in your email inbox!?|by\s?ak and the research community"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|previous|next|load more|search|submit paper|papers)$",
    re.IGNORECASE,
)


def _sniff(head: bytes) -> bool:
    text = head.decode("utf-8", "ignore")
    return "\n·\n" in text.replace("\r\n", "\n") or "Daily Papers" in text


def _is_meta(line: str) -> bool:
    """An authors line, or an organization line: short, slug first, not a sentence."""
    if _AUTHORS.match(line):
        return True
    return bool(_ORG.match(line)) and len(line) <= 120 and not line.rstrip().endswith((".", "?", "!"))


@register("hf-page", extensions=(".txt",), sniff=_sniff,
          description="Hugging Face Daily Papers page saved as text")
def load(path: Path, report: LoadReport, **_: Any) -> Iterator[Paper]:
    record = 0
    for block, date, problem in _records(path, report):
        record += 1
        where = f"lines {block[0][0] if block else date[0]}-{date[0]}"
        if problem:
            report.skip(path, record, f"{problem} ({where})")
            continue
        try:
            yield _paper(path, record, block, date[1], report)
        except BadRecord as exc:
            report.skip(path, record, f"{exc} ({where})")


Line = tuple[int, str]


def _records(path: Path, report: LoadReport) -> Iterator[tuple[list[Line], Line, str | None]]:
    """(block, date line, why it is skipped or None) for each record, streamed.

    A record ends at a separator line followed by a date line. A separator inside a block (after an
    authors line, or a "·") followed by something else ends a record that is skipped, so that a bad
    date line never joins two papers.
    """
    block: list[Line] = []
    separator: Line | None = None
    first, seen_any, found_anchor = True, False, False
    for lineno, raw, note in iter_lines(path):
        if note:
            report.repair(path, None, f"{note} (line {lineno})")
        line = raw.strip()
        if not line:
            continue
        seen_any = True
        if separator is not None:
            if _DATE_LINE.match(line):
                found_anchor = True
                if first:
                    while block and _HEADER.match(block[0][1]):
                        block = block[1:]
                    first = False
                yield from _split(block, (lineno, line))
                block, separator = [], None
                continue
            block.append(separator)
            separator = None
        if line in _SEPARATOR:
            separator = (lineno, line)
        else:
            block.append((lineno, line))
    if not seen_any:
        raise LoadError(path, Errors.E003)
    if not found_anchor:
        raise LoadError(path, Errors.E015)
    if separator is not None:
        block.append(separator)
    trailing = [number for number, line in block if not _HEADER.match(line)]
    if trailing:
        report.warn(path, None, f"ignored {len(trailing)} trailing line(s) after the last paper "
                                f"(from line {trailing[0]})")


def _split(block: list[Line], date: Line) -> Iterator[tuple[list[Line], Line, str | None]]:
    """The block's record, after any records inside it whose date line is broken (skipped)."""
    start = 0
    i = 1
    while i < len(block) - 1:
        number, line = block[i]
        if line in _SEPARATOR and (line == "·" or _AUTHORS.match(block[i - 1][1])):
            after_number, after = block[i + 1]
            if len(after) <= 40 and _DATE_LIKE.match(after):
                yield block[start:i], (after_number, after), f"unreadable date line {after!r}"
                start = i + 2
            else:
                yield block[start:i], (number, line), f"no date line after the {line!r} of line {number}"
                start = i + 1
            i = start + 1
            continue
        i += 1
    yield block[start:], date, None


def _paper(path: Path, record: int, block: list[Line], date_line: str, report: LoadReport) -> Paper:
    body = [line for _, line in block]
    meta: list[str] = []
    while len(body) > 1 and len(meta) < 2 and (_AUTHORS.match(body[-1]) or (len(body) > 2 and _is_meta(body[-1]))):
        meta.insert(0, body.pop())
    if not body or _AUTHORS.match(body[0]) or body[0] in _SEPARATOR:
        raise BadRecord("missing title")
    if len(body[0]) > _MAX_TITLE:
        raise BadRecord(f"missing title: the first line has {len(body[0])} characters, an abstract")
    author_count = None
    organization = None
    for line in meta:
        authors = _AUTHORS.match(line)
        if authors:
            author_count = int(authors.group(1).replace(",", ""))
        else:
            slug, _, name = line.partition(" ")
            organization = Organization(name=name.strip() or slug, slug=slug)
    date_match = _DATE_LINE.match(date_line)
    assert date_match  # the caller matched it
    date_text, upvotes = date_match.group(1), date_match.group(2)
    return make_paper(
        report.name(path),
        record,
        title=body[0],
        abstract=" ".join(body[1:]),
        author_count=author_count,
        published=date_text if "," in date_text else None,
        upvotes=(upvotes or "0").replace(",", ""),
        organization=organization,
        report=report,
    )
