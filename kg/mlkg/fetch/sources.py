"""The services ``mlkg fetch`` reads, behind one registry (``--source`` / the first argument).

A source knows its service's published rules (pace, where it lives, how long a day keeps
growing), splits a date range into units (a day, or a category's day), and fetches one unit as
pages of raw bodies, checking each: a body that is not what the service sends when it works
(an HTML error page with status 200, JSON or XML cut short) is :class:`BadContent`, retried, and
in the end reported for its day and kept out of the raw directory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from mlkg.errors import Errors

from .client import BadContent, Body, Client, FetchError

__all__ = ["SOURCES", "BadContent", "BadResponse", "Empty", "Page", "Source", "Unit", "get_source"]


class BadResponse(Exception):
    """A unit whose responses stayed bad after every retry: reported by day, nothing stored."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Unit:
    """One thing to fetch: a day, for arXiv a category's day."""

    day: dt.date
    category: str = ""

    @property
    def key(self) -> str:
        return f"{self.category}/{self.day.isoformat()}" if self.category else self.day.isoformat()


@dataclass(frozen=True)
class Page:
    """One response body to store, at ``path`` below the raw directory."""

    path: str
    body: Body


class Source:
    name: ClassVar[str]
    default_base_url: ClassVar[str]
    env_var: ClassVar[str]
    interval: ClassVar[float]  # seconds between requests that the service asks for
    rule: ClassVar[str]  # where that pace is published
    settle_days: ClassVar[int]  # a day fetched this many days later or more will not change
    loader: ClassVar[str]  # the mlkg.loaders format its files are
    needs_categories: ClassVar[bool] = False

    def units(self, start: dt.date, end: dt.date, categories: tuple[str, ...]) -> list[Unit]:
        days = [start + dt.timedelta(n) for n in range((end - start).days + 1)]
        return [Unit(day) for day in days]

    def first_url(self, client: Client, unit: Unit) -> str:
        path, params = self.request(unit, 0)
        return client.url(path, params)

    def request(self, unit: Unit, page: int) -> tuple[str, dict[str, str | int]]:
        raise NotImplementedError

    def pages(self, client: Client, unit: Unit) -> Iterator[Page]:
        """The unit's bodies; raises BadResponse when one stays bad, Empty when there is nothing."""
        raise NotImplementedError

    def get(self, client: Client, unit: Unit, page: int, check: Callable[[Body], None]) -> Body:
        path, params = self.request(unit, page)
        try:
            return client.get(path, params, what=f"{self.name} {unit.key}", check=check)
        except BadContent as exc:
            raise BadResponse(exc.reason) from None


class Empty(Exception):
    """The service answered properly that the unit has no papers (a weekend, a holiday)."""


def is_html(body: Body) -> bool:
    head = body.data[:512].lstrip().lower()
    return "html" in body.content_type.lower() or head.startswith((b"<!doctype html", b"<html"))


SOURCES: dict[str, type[Source]] = {}


def register(cls: type[Source]) -> type[Source]:
    SOURCES[cls.name] = cls
    return cls


def get_source(name: str) -> Source:
    try:
        return SOURCES[name]()
    except KeyError:
        raise FetchError(Errors.E850.format(given=name, valid=", ".join(sorted(SOURCES)))) from None
