"""Hugging Face papers API JSON (``/api/daily_papers`` and ``/api/papers/{id}``).

A file holds a list of items, one item, or an envelope ``{status, date, count,
data: [...]}``. Real dumps contain items serialized as Python repr strings;
those are recovered with ``ast.literal_eval`` (literals only, never eval) and
counted as repaired. A list cut short keeps every item before the cut.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mlkg.errors import Errors
from mlkg.model import Organization, Paper

from .errors import LoadError, LoadReport
from .records import BadRecord, make_paper
from .registry import register
from .sources import decode, read_bytes

_DECODER = json.JSONDecoder()
_ENVELOPE_KEYS = ("data", "papers", "items", "results")


def _sniff(head: bytes) -> bool:
    text = head.decode("utf-8", "ignore").lstrip("\ufeff \t\r\n")
    return text[:1] in "[{" and ('"paper"' in text or '"summary"' in text) and "\n{" not in text[:4096].strip()


def _iter_array(text: str, pos: int, path: Path) -> Iterator[tuple[Any, int]]:
    """Yield (item, end offset) from a JSON array one item at a time, so a cut keeps the rest."""
    pos += 1  # past "["
    index = 0
    while True:
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos < len(text) and text[pos] == "]":
            return
        index += 1
        try:
            item, pos = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise LoadError(path, Errors.E011.format(line=exc.lineno, column=exc.colno, why=exc.msg),
                            index) from None
        except RecursionError:
            raise LoadError(path, Errors.E012, index) from None
        yield item, pos
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos < len(text) and text[pos] == ",":
            pos += 1
        elif pos < len(text) and text[pos] == "]":
            return
        else:
            raise LoadError(path, Errors.E013, index)


def _items(text: str, path: Path) -> Iterator[Any]:
    stripped = len(text) - len(text.lstrip())
    if not text.strip():
        raise LoadError(path, Errors.E003)
    if text[stripped] == "[":
        for item, _ in _iter_array(text, stripped, path):
            yield item
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(path, Errors.E011.format(line=exc.lineno, column=exc.colno, why=exc.msg)) from None
    except RecursionError:
        raise LoadError(path, Errors.E012) from None
    if isinstance(value, dict):
        for key in _ENVELOPE_KEYS:
            if isinstance(value.get(key), list):
                yield from value[key]
                return
        yield value
        return
    raise LoadError(path, Errors.E014.format(found=type(value).__name__))


def _literal(item: str) -> Any:
    """A Python-repr item, parsed as literals only."""
    try:
        return ast.literal_eval(item.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError) as exc:
        raise BadRecord(f"a string item that is neither JSON nor a Python literal ({type(exc).__name__})") from None


@register("hf-api", extensions=(".json",), sniff=_sniff,
          description="Hugging Face papers API JSON (daily_papers dumps; file, directory or glob)")
def load(path: Path, report: LoadReport, **_: Any) -> Iterator[Paper]:
    text = decode(read_bytes(path), path, report)
    for index, item in enumerate(_items(text, path), 1):
        try:
            if isinstance(item, str):
                item = _repair(item)
                report.repair(path, index, "Python-repr item parsed as a literal")
            yield _paper(str(path), index, item)
        except BadRecord as exc:
            report.skip(path, index, str(exc))


def _repair(item: str) -> Any:
    stripped = item.strip()
    if stripped.startswith("{"):
        try:
            return json.loads(stripped)
        except (json.JSONDecodeError, RecursionError):
            pass
    return _literal(item)


def _org(value: Any) -> Organization | None:
    if isinstance(value, dict):
        slug = value.get("name")
        name = value.get("fullname") or slug
        if isinstance(name, str) and name.strip():
            return Organization(name=name.strip(), slug=slug.strip() if isinstance(slug, str) else None)
    return None


def _paper(source: str, record: int, item: Any) -> Paper:
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
    )
