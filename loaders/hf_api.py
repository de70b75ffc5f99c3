"""Hugging Face papers API JSON (``/api/daily_papers`` and ``/api/papers/{id}``).

A file holds a list of items, one item, or an envelope ``{status, date, count,
data: [...]}``. Real dumps contain items serialized as Python repr strings;
those are recovered with ``ast.literal_eval`` (literals only, never eval) and
counted as repaired. The file is read as a stream, one item at a time, so a list cut short
(a truncated download) keeps every item before the cut and memory stays flat.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mlkg.errors import Errors
from mlkg.model import Organization, Paper

from .errors import LoadError, LoadReport
from .records import BadRecord, make_paper
from .registry import register
from .sources import MAX_LINE, iter_text

_DECODER = json.JSONDecoder()
_ENVELOPE_KEYS = ("data", "papers", "items", "results")


def _sniff(head: bytes) -> bool:
    text = head.decode("utf-8", "ignore").lstrip("\ufeff \t\r\n")
    return text[:1] in "[{" and ('"paper"' in text or '"summary"' in text) and "\n{" not in text[:4096].strip()


_WS = re.compile(r"[ \t\r\n]*")
_MAX_ITEM = MAX_LINE


class _JsonStream:
    """JSON read from text chunks one value at a time (``raw_decode`` on a sliding buffer).

    A value cut by a chunk boundary is decoded again once more text has come (reading ever more,
    so a big item costs linear time); the buffer keeps only the value being read, not the file.
    """

    def __init__(self, chunks: Iterator[str], path: Path) -> None:
        self.chunks, self.path = chunks, path
        self.buf, self.pos, self.line0, self.eof = "", 0, 1, False

    def _more(self, wanted: int = 1) -> bool:
        """Read at least ``wanted`` more characters (or to the end); False when nothing came."""
        cut = self.buf.rfind("\n", 0, self.pos) + 1  # keep whole lines, so that line/column stay right
        if cut:
            self.line0 += self.buf.count("\n", 0, cut)
            self.buf, self.pos = self.buf[cut:], self.pos - cut
        parts, got = [self.buf], 0
        while got < wanted and not self.eof:
            chunk = next(self.chunks, None)
            if chunk is None:
                self.eof = True
            else:
                parts.append(chunk)
                got += len(chunk)
        self.buf = "".join(parts)
        return got > 0

    def peek(self) -> str:
        """The next character that is not white space ("" at the end), without taking it."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def take(self, char: str, record: int | None) -> None:
        if self.peek() != char:
            raise self.error(f"expecting {char!r}", self.pos, record)
        self.pos += 1

    def value(self, record: int | None) -> Any:
        self.peek()
        while True:
            pending = len(self.buf) - self.pos
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if pending > _MAX_ITEM:
                    raise LoadError(self.path, Errors.E023.format(limit=_MAX_ITEM >> 20), record) from None
                if self._more(max(pending, 1 << 16)):
                    continue
                raise self.error(exc.msg, exc.pos, record) from None
            except RecursionError:
                raise LoadError(self.path, Errors.E012, record) from None
            except ValueError as exc:  # a number of more than 4300 digits
                raise self.error(str(exc).split(";")[0], self.pos, record) from None
            if end == len(self.buf) and not self.eof and self._more():
                continue  # a number may go on in the next chunk
            self.pos = end
            return value

    def error(self, why: str, pos: int, record: int | None) -> LoadError:
        line = self.line0 + self.buf.count("\n", 0, pos)
        column = pos - self.buf.rfind("\n", 0, pos)
        return LoadError(self.path, Errors.E011.format(line=line, column=column, why=why), record)


def _iter_array(stream: _JsonStream, path: Path) -> Iterator[Any]:
    """The items of the JSON list at the stream's position, one at a time, so a cut keeps the rest."""
    stream.take("[", None)
    if stream.peek() == "]":
        stream.pos += 1
        return
    index = 0
    while True:
        index += 1
        yield stream.value(index)
        nxt = stream.peek()
        if nxt == ",":
            stream.pos += 1
        elif nxt == "]":
            stream.pos += 1
            return
        else:
            raise LoadError(path, Errors.E013, index)


def _items(stream: _JsonStream, path: Path) -> Iterator[Any]:
    """A list's items; an envelope's ``data`` (``papers``, ``items``, ``results``) list; or one object."""
    first = stream.peek()
    if not first:
        raise LoadError(path, Errors.E003)
    if first == "[":
        yield from _iter_array(stream, path)
        return
    if first != "{":
        raise LoadError(path, Errors.E014.format(found=type(stream.value(None)).__name__))
    stream.pos += 1
    fields: dict[str, Any] = {}
    listed = False
    while stream.peek() != "}":
        if fields or listed:
            stream.take(",", None)
        key = stream.value(None)
        if not isinstance(key, str):
            raise stream.error("expecting a property name", stream.pos, None)
        stream.take(":", None)
        if key in _ENVELOPE_KEYS and not listed and stream.peek() == "[":
            listed = True
            yield from _iter_array(stream, path)
        else:
            fields[key] = stream.value(None)
    if not listed:
        yield fields


def _literal(item: str) -> Any:
    """A Python-repr item, parsed as literals only."""
    try:
        return ast.literal_eval(item.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError) as exc:
        raise BadRecord(f"a string item that is neither JSON nor a Python literal ({type(exc).__name__})") from None


@register("hf-api", extensions=(".json",), sniff=_sniff,
          description="Hugging Face papers API JSON (daily_papers dumps; file, directory or glob)")
def load(path: Path, report: LoadReport, **_: Any) -> Iterator[Paper]:
    stream = _JsonStream(iter_text(path, report), path)
    for index, item in enumerate(_items(stream, path), 1):
        try:
            if isinstance(item, str):
                item = _repair(item)
                report.repair(path, index, "Python-repr item parsed as a literal")
            yield _paper(report.name(path), index, item, report)
        except BadRecord as exc:
            report.skip(path, index, str(exc))


def _repair(item: str) -> Any:
    stripped = item.strip()
    if stripped.startswith("{"):
        try:
            return json.loads(stripped)
        except (ValueError, RecursionError):  # ValueError: invalid JSON, or a number of over 4300 digits
            pass
    return _literal(item)


def _org(value: Any) -> Organization | None:
    if isinstance(value, dict):
        slug = value.get("name")
        name = value.get("fullname") or slug
        if isinstance(name, str) and name.strip(" _"):  # (a display name with a stray underscore: "Mistral AI_")
            return Organization(name=name.strip(" _"), slug=slug.strip() if isinstance(slug, str) else None)
    return None


def _paper(source: str, record: int, item: Any, report: LoadReport) -> Paper:
    if not isinstance(item, dict):
        raise BadRecord(f"expected an object, found {type(item).__name__}")
    paper = item.get("paper", item)
    if not isinstance(paper, dict):
        raise BadRecord(f"'paper' is not an object but {type(paper).__name__}")
    arxiv = paper.get("id") or item.get("id")
    return make_paper(
        source,
        record,
        title=paper.get("title") or item.get("title"),
        abstract=paper.get("summary") or item.get("summary"),
        arxiv_id=arxiv,
        authors=paper.get("authors"),
        published=paper.get("publishedAt") or item.get("publishedAt"),
        upvotes=paper.get("upvotes"),
        organization=_org(paper.get("organization")) or _org(item.get("organization")),
        github_url=paper.get("githubRepo"),
        project_url=paper.get("projectPage"),
        keywords=paper.get("ai_keywords"),
        hf_url=f"https://huggingface.co/papers/{arxiv}" if isinstance(arxiv, str) and arxiv else None,
        report=report,
    )
