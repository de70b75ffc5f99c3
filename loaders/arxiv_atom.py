"""arXiv API Atom feeds (``export.arxiv.org/api/query``), read as a stream.

Fields follow the arXiv API user manual: ``<id>`` is the abs URL with version,
``<summary>`` the abstract, ``<author><name>``, ``<published>``,
``<arxiv:primary_category>``/``<category term>``, and ``<link>`` elements. An
``<entry>`` that is the API's error report (id .../api/errors) is skipped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mlkg.model import Paper

from .errors import LoadError, LoadReport
from .records import BadRecord, make_paper
from .registry import register
from .sources import decode, read_bytes

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
_GITHUB = re.compile(r"https?://github\.com/[^\s,;)]+")


def _sniff(head: bytes) -> bool:
    text = head.decode("utf-8", "ignore")
    return "<feed" in text and "http://www.w3.org/2005/Atom" in text


@register("arxiv-atom", extensions=(".atom", ".xml"), sniff=_sniff,
          description="arXiv API Atom feed")
def load(path: Path, report: LoadReport, **_: Any) -> Iterator[Paper]:
    text = decode(read_bytes(path), path, report)
    if not text.strip():
        raise LoadError(path, "the file is empty")
    if "<!DOCTYPE" in text[:2048] or "<!ENTITY" in text[:4096]:
        raise LoadError(path, "DTDs and entity declarations are not allowed in a feed")
    parser = ET.XMLPullParser(events=("end",))
    record = 0
    try:
        for offset in range(0, len(text), 1 << 16):
            parser.feed(text[offset : offset + (1 << 16)])
            for _, elem in parser.read_events():
                if elem.tag == f"{ATOM}entry":
                    record += 1
                    yield from _entry(path, report, record, elem)
        parser.close()
        for _, elem in parser.read_events():
            if elem.tag == f"{ATOM}entry":
                record += 1
                yield from _entry(path, report, record, elem)
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else "?"
        raise LoadError(path, f"malformed XML at line {line}: {exc}", record + 1) from None
    if record == 0:
        report.warn(path, None, "the feed has no <entry>")


def _entry(path: Path, report: LoadReport, record: int, elem: ET.Element) -> Iterator[Paper]:
    try:
        yield _paper(str(path), record, elem)
    except BadRecord as exc:
        report.skip(path, record, str(exc))
    elem.clear()


def _text(elem: ET.Element, tag: str) -> str | None:
    child = elem.find(tag)
    return child.text if child is not None and child.text else None


def _paper(source: str, record: int, entry: ET.Element) -> Paper:
    entry_id = _text(entry, f"{ATOM}id") or ""
    if "/api/errors" in entry_id:
        raise BadRecord(f"the feed reports an API error: {(_text(entry, f'{ATOM}summary') or '')[:80]}")
    authors = [_text(a, f"{ATOM}name") for a in entry.findall(f"{ATOM}author")]
    categories = [c.get("term") for c in entry.findall(f"{ATOM}category") if c.get("term")]
    primary = entry.find(f"{ARXIV}primary_category")
    if primary is not None and primary.get("term") in categories:
        categories.remove(primary.get("term"))
        categories.insert(0, primary.get("term"))
    comment = _text(entry, f"{ARXIV}comment") or ""
    summary = _text(entry, f"{ATOM}summary")
    github = _GITHUB.search(comment)
    return make_paper(
        source,
        record,
        title=_text(entry, f"{ATOM}title"),
        abstract=summary,
        arxiv_id=entry_id or None,
        authors=[a for a in authors if a],
        published=_text(entry, f"{ATOM}published"),
        github_url=github.group(0).rstrip(".") if github else None,
        categories=categories,
    )
