"""arXiv: the query API (``GET /api/query``, Atom), one category's submissions a day.

The arXiv API User's Manual asks for no more than one request every three seconds, a
descriptive User-Agent, and slices of at most 2,000 results; bulk harvesting of whole
archives should use OAI-PMH instead. A category's day (a few hundred papers) is the kind
of query the API is made for, and its Atom is what the ``arxiv-atom`` loader reads. Files:
``arxiv/CATEGORY/YYYY-MM-DD.atom.gz``, with ``.p1``, ``.p2`` for further slices. The API sometimes
answers with an empty feed although its ``totalResults`` says there are entries (a
documented hiccup): that is retried as a transient failure.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from mlkg.errors import Errors

from .client import Body, Client, FetchError, Transient
from .sources import BadContent, BadResponse, Empty, Page, Source, Unit, is_html, register

ATOM = "{http://www.w3.org/2005/Atom}"
OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"
PAGE_SIZE = 500
_CATEGORY = re.compile(r"^[a-z-]+(\.[A-Za-z-]+)?$")


@register
class Arxiv(Source):
    name = "arxiv"
    default_base_url = "https://export.arxiv.org"
    env_var = "MLKG_ARXIV_BASE_URL"
    interval = 3.0
    rule = "arXiv API User's Manual: no more than one request every three seconds"
    settle_days = 4  # submissions of a Friday are announced on the Monday evening after
    loader = "arxiv-atom"
    needs_categories = True
    page_size = PAGE_SIZE

    def units(self, start: dt.date, end: dt.date, categories: tuple[str, ...]) -> list[Unit]:
        if not categories:
            raise FetchError(Errors.E859)
        for category in categories:
            if not _CATEGORY.match(category):
                raise FetchError(Errors.E860.format(given=category))
        days = [unit.day for unit in super().units(start, end, ())]
        return [Unit(day, category) for category in categories for day in days]

    def request(self, unit: Unit, page: int) -> tuple[str, dict[str, str | int]]:
        day = unit.day.strftime("%Y%m%d")
        return "/api/query", {"search_query": f"cat:{unit.category} AND submittedDate:[{day}0000 TO {day}2359]",
                              "start": page * self.page_size, "max_results": self.page_size,
                              "sortBy": "submittedDate", "sortOrder": "ascending"}

    def pages(self, client: Client, unit: Unit) -> Iterator[Page]:
        page, seen = 0, 0
        while True:
            body = self.get(client, unit, page, lambda b, start=page * self.page_size: _check(b, start))
            total, entries = _counts(body)
            if total == 0:
                raise Empty
            suffix = f".p{page}" if page else ""
            yield Page(f"{self.name}/{unit.category}/{unit.day.isoformat()}{suffix}.atom.gz", body)
            seen += entries
            page += 1
            if seen >= total or entries == 0:
                return


def _feed(body: Body) -> ET.Element:
    try:
        return fromstring(body.data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise BadContent(f"refused XML ({type(exc).__name__})") from None
    except ET.ParseError as exc:
        raise BadContent(f"not whole XML (cut short?): {exc}") from None


def _counts(body: Body) -> tuple[int, int]:
    feed = _feed(body)
    total = feed.findtext(f"{OPENSEARCH}totalResults")
    return int(total or 0), len(feed.findall(f"{ATOM}entry"))


def _check(body: Body, start: int) -> None:
    if is_html(body):
        raise BadContent(f"an HTML page with status {body.status}, not an Atom feed")
    feed = _feed(body)
    if feed.tag != f"{ATOM}feed":
        raise BadContent(f"XML <{feed.tag}>, not an Atom feed")
    for entry in feed.findall(f"{ATOM}entry"):
        if "/api/errors" in (entry.findtext(f"{ATOM}id") or ""):
            detail = (entry.findtext(f"{ATOM}summary") or "").strip()
            raise BadResponse(f"arXiv refused the query: {detail}")
    total_text = feed.findtext(f"{OPENSEARCH}totalResults")
    if total_text is None or not total_text.strip().isdigit():
        raise BadContent("an Atom feed without opensearch:totalResults")
    total = int(total_text)
    if total > start and not feed.findall(f"{ATOM}entry"):
        raise Transient(f"an empty page although totalResults is {total} (an arXiv API hiccup)")
