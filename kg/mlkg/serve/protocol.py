"""The SPARQL 1.1 Protocol's choices, as pure functions: which result format a client gets, and
whether a request is an update (refused: the endpoint is read-only).

Kept apart from the HTTP app and the query workers so that both use the same rules: the app
refuses updates before any worker sees them, and a worker picks the format once it knows the
query's kind (solutions, a boolean or triples), which only the parsed query tells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mlkg.errors import Errors, MlkgError
from mlkg.query.sparql import code_only


class ProtocolError(MlkgError):
    """A request the endpoint cannot answer as asked; ``status`` is the HTTP status to send."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Format:
    """A result format: its ``format=`` name, the media type sent, and the media types that ask for it."""

    name: str
    media_type: str
    accepts: tuple[str, ...]


SOLUTION_FORMATS = (  # SELECT and ASK; the first is the default
    Format("json", "application/sparql-results+json", ("application/sparql-results+json", "application/json")),
    Format("xml", "application/sparql-results+xml", ("application/sparql-results+xml", "application/xml",
                                                    "text/xml")),
    Format("csv", "text/csv; charset=utf-8", ("text/csv",)),
    Format("tsv", "text/tab-separated-values; charset=utf-8", ("text/tab-separated-values",)),
)
GRAPH_FORMATS = (  # CONSTRUCT and DESCRIBE; the first is the default
    Format("turtle", "text/turtle; charset=utf-8", ("text/turtle", "application/x-turtle")),
    Format("nt", "application/n-triples", ("application/n-triples", "text/plain")),
    Format("jsonld", "application/ld+json", ("application/ld+json", "application/json")),
    Format("rdfxml", "application/rdf+xml", ("application/rdf+xml", "application/xml", "text/xml")),
)
KINDS = {"solutions": SOLUTION_FORMATS, "graph": GRAPH_FORMATS}


def _accepted(accept: str) -> list[tuple[float, int, str]]:
    """The media ranges of an Accept header as (quality, position, range), best first."""
    ranges = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranges.append((quality, position, media.lower()))
    return sorted(ranges, key=lambda r: (-r[0], r[1]))


def preferred(accept: str | None, options: tuple[str, ...], *, wildcard: bool = True) -> str | None:
    """The media type among ``options`` the Accept header prefers; with ``wildcard``, a missing
    header or ``*/*`` picks the first option."""
    if not accept or not accept.strip():
        return options[0] if wildcard else None
    for _, _, media in _accepted(accept):
        if media in options:
            return media
        if wildcard and media in ("*/*", "*"):
            return options[0]
    return None


def negotiate(kind: str, accept: str | None, name: str | None = None) -> Format:
    """The format for a ``kind`` result: ``format=name`` if given, else the best Accept match,
    else the default (a missing Accept, or ``*/*``). Nothing acceptable is a 406."""
    formats = KINDS[kind]
    valid = ", ".join(f.name for f in formats)
    label = "SELECT/ASK" if kind == "solutions" else "CONSTRUCT/DESCRIBE"
    if name:
        for fmt in formats:
            if fmt.name == name.lower():
                return fmt
        raise ProtocolError(Errors.E804.format(given=name, kind=label, valid=valid), 406)
    if not accept or not accept.strip():
        return formats[0]
    for _, _, media in _accepted(accept):
        if media in ("*/*", "*"):
            return formats[0]
        for fmt in formats:
            if media in fmt.accepts or (media.endswith("/*") and fmt.media_type.startswith(media[:-1])):
                return fmt
    raise ProtocolError(Errors.E803.format(accept=accept[:200], kind=label,
                                           valid=", ".join(f.media_type.split(";")[0] for f in formats)), 406)


_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_PROLOGUE = re.compile(r"\s*(?:(?:BASE\s*|PREFIX\s+[\w.-]*:\s*)\s*)*", re.IGNORECASE)


def is_update(sparql: str) -> bool:
    """Whether the text is a SPARQL Update (its first keyword after the prologue is an update
    operation), so that sending one as ``query`` is refused as an update, not as a syntax error."""
    code = code_only(sparql)
    prologue = _PROLOGUE.match(code)
    return bool(_UPDATE.match(code[prologue.end() if prologue else 0:].lstrip()))
