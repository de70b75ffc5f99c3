"""Turning one raw record's fields into a validated Paper.

Loaders differ in how they find fields; the checks and coercions that make a
Paper valid are the same for all of them and live here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from mlkg.loaders.errors import LoadReport
from mlkg.loaders.textnorm import normalize_text, scrub
from mlkg.model import Organization, Paper, normalize_arxiv_id, paper_id


class BadRecord(ValueError):
    """A record that cannot become a Paper; the loader skips and counts it."""


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MONTH_DATE = re.compile(r"^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$")


def parse_date(value: Any) -> dt.date | None:
    """ISO dates and timestamps ("2024-10-11T06:44:31.000Z") and "Oct 17, 2025"."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = _MONTH_DATE.match(text)
    if match and match.group(1).lower() in _MONTHS:
        try:
            return dt.date(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))
        except ValueError:
            return None
    raise BadRecord(f"unreadable date {text[:40]!r}")


def parse_int(value: Any, name: str) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise BadRecord(f"{name} is not a number: {value!r}")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BadRecord(f"{name} is not a number: {str(value)[:40]!r}") from None
    if number < 0:
        raise BadRecord(f"{name} is negative: {number}")
    return number


def parse_authors(value: Any) -> tuple[str, ...]:
    """Author names from a list of names or of {"name": …} objects, or an "A, B and C" string."""
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        parts: Iterable[Any] = re.split(r",\s*|;\s*|\s+and\s+", value)
    elif isinstance(value, (list, tuple)):
        parts = value
    else:
        raise BadRecord(f"authors is neither a list nor a string: {type(value).__name__}")
    names = []
    for part in parts:
        if isinstance(part, dict):
            part = part.get("name") or part.get("fullname")
        if isinstance(part, str) and part.strip():
            names.append(normalize_text(part))
    return tuple(names)


def text_field(value: Any, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadRecord(f"{name} is not text: {type(value).__name__}")
    return normalize_text(value)


def url_field(value: Any) -> str | None:
    if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


def make_paper(
    source: str,
    record: int,
    *,
    title: Any,
    abstract: Any,
    arxiv_id: Any = None,
    authors: Any = None,
    author_count: Any = None,
    published: Any = None,
    upvotes: Any = None,
    organization: Organization | None = None,
    github_url: Any = None,
    project_url: Any = None,
    hf_url: Any = None,
    categories: Any = None,
    keywords: Any = None,
    report: LoadReport | None = None,
) -> Paper:
    """Validate and normalize one record's fields; raise BadRecord saying what is wrong.

    Every record of every format passes here, so this is where text no writer can encode (lone
    surrogates from JSON escapes) is repaired, and counted in ``report``.
    """
    clean_title = text_field(title, "title")
    if not clean_title:
        raise BadRecord("missing title")
    clean_abstract = text_field(abstract, "abstract")
    arxiv = normalize_arxiv_id(str(arxiv_id)) if arxiv_id not in (None, "") else None
    if arxiv_id not in (None, "") and arxiv is None:
        raise BadRecord(f"not an arXiv id: {str(arxiv_id)[:40]!r}")
    author_names = parse_authors(authors)
    count = parse_int(author_count, "author count")
    paper = Paper(
        id=paper_id(arxiv, scrub(clean_title)),
        title=clean_title,
        abstract=clean_abstract,
        source=source,
        record=record,
        arxiv_id=arxiv,
        authors=author_names,
        author_count=count if count is not None else (len(author_names) or None),
        published=parse_date(published),
        upvotes=parse_int(upvotes, "upvotes"),
        organization=organization,
        github_url=url_field(github_url),
        project_url=url_field(project_url),
        hf_url=url_field(hf_url),
        categories=_str_tuple(categories),
        keywords=_str_tuple(keywords),
    )
    return _encodable(paper, report)


_TEXT_FIELDS = ("title", "abstract", "source", "arxiv_id", "github_url", "project_url", "hf_url")
_TUPLE_FIELDS = ("authors", "categories", "keywords")


def _encodable(paper: Paper, report: LoadReport | None) -> Paper:
    """``paper`` with lone surrogates replaced by U+FFFD in every field; one check when there is none."""
    org = paper.organization
    joined = "".join((paper.title, paper.abstract, paper.source, paper.arxiv_id or "", paper.github_url or "",
                      paper.project_url or "", paper.hf_url or "", *paper.authors, *paper.categories,
                      *paper.keywords, *((org.name, org.slug or "") if org is not None else ())))
    if scrub(joined) is joined:  # one check, about 1 us a paper
        return paper
    changes: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        value = getattr(paper, name)
        if value and scrub(value) is not value:
            changes[name] = scrub(value)
    for name in _TUPLE_FIELDS:
        values = getattr(paper, name)
        if any(scrub(v) is not v for v in values):
            changes[name] = tuple(scrub(v) for v in values)
    if org is not None and (scrub(org.name) is not org.name or scrub(org.slug or "") is not (org.slug or "")):
        changes["organization"] = Organization(name=scrub(org.name), slug=scrub(org.slug) if org.slug else None)
    if report is not None:
        report.repair(paper.source, paper.record,
                      f"unencodable characters (lone surrogates) replaced with U+FFFD in {', '.join(sorted(changes))}")
    if "title" in changes or "arxiv_id" in changes:
        changes["id"] = paper_id(changes.get("arxiv_id", paper.arxiv_id), changes.get("title", paper.title))
    return dataclasses.replace(paper, **changes)


def _str_tuple(value: Any) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        parts = re.split(r"[;,]", value) if re.search(r"[;,]", value) else value.split()
        return tuple(v.strip() for v in parts if v.strip())
    if isinstance(value, (list, tuple)):
        return tuple(normalize_text(v) for v in value if isinstance(v, str) and v.strip())
    raise BadRecord(f"expected a list of strings, got {type(value).__name__}")
