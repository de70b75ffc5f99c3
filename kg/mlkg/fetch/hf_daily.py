"""Hugging Face Daily Papers: ``GET /api/daily_papers?date=YYYY-MM-DD&limit=100&p=N``.

One file a day (``hf-daily/YYYY-MM-DD.json.gz``; a day past 100 papers adds ``.p1``, ``.p2``),
the body exactly as the API sent it, which is what the ``hf-api`` loader reads. The Hub asks
clients to stay under its rate limits and answers 429 past them; one request a second keeps
far below them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .client import Body, Client
from .sources import BadContent, Empty, Page, Source, Unit, is_html, register

PAGE_SIZE = 100
MAX_PAGES = 50


@register
class HfDaily(Source):
    name = "hf-daily"
    default_base_url = "https://huggingface.co"
    env_var = "MLKG_HF_BASE_URL"
    interval = 1.0
    rule = "Hugging Face Hub rate limits (429 past them); one request a second stays far below"
    settle_days = 2
    loader = "hf-api"

    def request(self, unit: Unit, page: int) -> tuple[str, dict[str, str | int]]:
        return "/api/daily_papers", {"date": unit.day.isoformat(), "limit": PAGE_SIZE, "p": page}

    def pages(self, client: Client, unit: Unit) -> Iterator[Page]:
        seen: set[bytes] = set()
        for page in range(MAX_PAGES):
            body = self.get(client, unit, page, _check)
            items = _items(json.loads(body.data))
            if not items:
                if page == 0:
                    raise Empty
                return
            if body.data in seen:  # a service that ignores p: the same page again
                return
            seen.add(body.data)
            suffix = f".p{page}" if page else ""
            yield Page(f"{self.name}/{unit.day.isoformat()}{suffix}.json.gz", body)
            if len(items) < PAGE_SIZE:
                return


def _items(data: Any) -> list[Any]:
    if isinstance(data, dict):
        for key in ("data", "papers", "items", "results"):
            if isinstance(data.get(key), list):
                return data[key]
        return [data] if "paper" in data or "id" in data else []
    return data if isinstance(data, list) else []


def _check(body: Body) -> None:
    if is_html(body):
        raise BadContent(f"an HTML page with status {body.status}, not the JSON list of papers")
    try:
        data = json.loads(body.data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BadContent(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        ended = exc.pos >= len(body.data.rstrip()) - 1 or exc.msg.startswith("Unterminated")
        cut = " (cut short)" if ended else ""
        raise BadContent(f"not whole JSON{cut}: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(data, (list, dict)):
        raise BadContent(f"JSON {type(data).__name__}, not a list of papers")
