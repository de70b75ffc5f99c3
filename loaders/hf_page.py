"""Hugging Face Daily Papers pages saved as text (select all, copy, paste).

Each paper reads: title, abstract paragraph(s), either "• N authors" or an
organization line ("naver-ai NAVER AI Lab" = HF slug + display name), a lone
"·", then the date with an optional upvote count ("Oct 17, 2025 2"). The "·"
and date lines anchor each record, so abstracts of any length parse.
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
from .sources import decode, read_bytes

_SEPARATOR = {"·", "•", "-"}
_DATE_LINE = re.compile(r"^([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)(?:\s+(\d[\d,]*))?$")
_AUTHORS = re.compile(r"^[•·*-]?\s*(\d[\d,]*)\s+authors?$", re.IGNORECASE)
_ORG = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]{0,95})(?:\s+(\S.{0,150}))?$")
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
    text = decode(read_bytes(path), path, report)
    lines = [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1)]
    lines = [(n, line) for n, line in lines if line]
    if not lines:
        raise LoadError(path, Errors.E003)
    start = 0
    record = 0
    found_anchor = False
    for i, (lineno, line) in enumerate(lines):
        if line not in _SEPARATOR or i + 1 >= len(lines) or not _DATE_LINE.match(lines[i + 1][1]):
            continue
        found_anchor = True
        block = lines[start:i]
        date_line = lines[i + 1][1]
        start = i + 2
        if record == 0:
            while block and _HEADER.match(block[0][1]):
                block = block[1:]
        record += 1
        try:
            yield _paper(path, record, block, date_line)
        except BadRecord as exc:
            report.skip(path, record, f"{exc} (lines {block[0][0] if block else lineno}-{lineno + 1})")
    trailing = [line for _, line in lines[start:] if not _HEADER.match(line)]
    if not found_anchor:
        raise LoadError(path, Errors.E015)
    if trailing:
        report.warn(path, None, f"ignored {len(trailing)} trailing line(s) after the last paper "
                                f"(from line {lines[start][0]})")


def _paper(path: Path, record: int, block: list[tuple[int, str]], date_line: str) -> Paper:
    body = [line for _, line in block]
    meta: list[str] = []
    while len(body) > 1 and len(meta) < 2 and (_AUTHORS.match(body[-1]) or (len(body) > 2 and _is_meta(body[-1]))):
        meta.insert(0, body.pop())
    if not body:
        raise BadRecord("missing title")
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
        str(path),
        record,
        title=body[0],
        abstract=" ".join(body[1:]),
        author_count=author_count,
        published=date_text if "," in date_text else None,
        upvotes=(upvotes or "0").replace(",", ""),
        organization=organization,
    )
