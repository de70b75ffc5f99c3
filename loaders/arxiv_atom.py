"""arXiv API Atom feeds (``export.arxiv.org/api/query``), read as a stream (memory stays flat).

Fields follow the arXiv API user manual: ``<id>`` is the abs URL with version,
``<summary>`` the abstract, ``<author><name>``, ``<published>``,
``<arxiv:primary_category>``/``<category term>``, and ``<link>`` elements. An
``<entry>`` that is the API's error report (id .../api/errors) is skipped.

The parser is defusedxml's: a DTD or entity declaration anywhere in the file is
refused (E009), whatever comes before it. Characters XML 1.0 does not allow
(control characters) are replaced with U+FFFD and counted, with their line.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from mlkg.errors import Errors
from mlkg.model import Paper

from .errors import LoadError, LoadReport
from .records import BadRecord, make_paper
from .registry import register
from .sources import MAX_LINE, iter_text

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
_GITHUB = re.compile(r"https?://github\.com/[^\s,;)]+")
# Characters XML 1.0 forbids in a document; expat would stop at the first one.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MAX_ENTRY = MAX_LINE


def _sniff(head: bytes) -> bool:
    text = head.decode("utf-8", "ignore")
    return "<feed" in text and "http://www.w3.org/2005/Atom" in text


@register("arxiv-atom", extensions=(".atom", ".xml"), sniff=_sniff,
          description="arXiv API Atom feed")
def load(path: Path, report: LoadReport, **_: Any) -> Iterator[Paper]:
    parser = ET.XMLPullParser(events=("end",), _parser=DefusedXMLParser(
        target=ET.TreeBuilder(), forbid_dtd=True, forbid_entities=True, forbid_external=True))
    record, lines, fed, seen = 0, 0, 0, False
    try:
        for chunk in iter_text(path, report):
            seen = seen or bool(chunk.strip())
            if _NOT_XML.search(chunk):
                chunk = _repair(chunk, lines, path, report)
            lines += chunk.count("\n")
            fed += len(chunk)
            if fed > _MAX_ENTRY:
                raise LoadError(path, Errors.E024.format(limit=_MAX_ENTRY >> 20), record + 1)
            parser.feed(chunk)
            for _, elem in parser.read_events():
                if isinstance(elem, ET.Element) and elem.tag == f"{ATOM}entry":
                    record += 1
                    fed = 0
                    yield from _entry(path, report, record, elem)
        if not seen:
            raise LoadError(path, Errors.E003)
        parser.close()
        for _, elem in parser.read_events():
            if isinstance(elem, ET.Element) and elem.tag == f"{ATOM}entry":
                record += 1
                yield from _entry(path, report, record, elem)
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else "?"
        raise LoadError(path, Errors.E010.format(line=line, why=exc), record + 1) from None
    except DefusedXmlException:
        raise LoadError(path, Errors.E009) from None
    if record == 0:
        report.warn(path, None, "the feed has no <entry>")


def _repair(chunk: str, lines: int, path: Path, report: LoadReport) -> str:
    """``chunk`` with the characters XML forbids as U+FFFD, each line that had some counted."""
    for number in sorted({lines + chunk.count("\n", 0, m.start()) + 1 for m in _NOT_XML.finditer(chunk)}):
        report.repair(path, None, f"control characters XML does not allow replaced with U+FFFD (line {number})")
    return _NOT_XML.sub("\ufffd", chunk)


def _entry(path: Path, report: LoadReport, record: int, elem: ET.Element) -> Iterator[Paper]:
    try:
        yield _paper(report.name(path), record, elem, report)
    except BadRecord as exc:
        report.skip(path, record, str(exc))
    elem.clear()


def _text(elem: ET.Element, tag: str) -> str | None:
    child = elem.find(tag)
    return child.text if child is not None and child.text else None


def _paper(source: str, record: int, entry: ET.Element, report: LoadReport) -> Paper:
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
        report=report,
    )
