"""A local HTTP server that replays recorded Hugging Face and arXiv API responses, with faults.

It imitates what mlkg fetch relies on in the real services (see docs/fetch.md, "Tested against"):

- ``GET /api/daily_papers?date=&limit=&p=`` answers a recorded day (tests/data/fetch/hf_daily,
  real responses) as it was recorded, gzip-encoded when asked, pages of ``limit`` items (50 when
  not given, at most 100), and ``[]`` for a day without papers; no ``date`` is a 400.
- ``GET /api/query?search_query=cat:X AND submittedDate:[.. TO ..]&start=&max_results=`` answers
  an Atom feed of the recorded entries (tests/data/arxiv_query.atom) of that category and
  submission day, sliced by start/max_results, with opensearch totalResults; a query it cannot
  read gets arXiv's error feed with status 400.

Faults are queued per unit (``hf:DAY`` or ``arxiv:CATEGORY:DAY``) and each is used up by one
request: ``429:N`` (Retry-After: N), ``503``, ``reset`` (half the body, then a TCP reset),
``truncated-gzip``, ``truncated-json``, ``html`` (an error page with status 200), ``empty``,
``partial:N`` (the first N papers: a day still growing), ``empty-feed`` (arXiv's empty page
hiccup), ``slow:N`` (the answer only after N seconds). ``always`` holds one fault for every request of a unit.
"""

from __future__ import annotations

import gzip
import json
import re
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

DATA = Path(__file__).resolve().parents[2] / "data"
HF_DIR = DATA / "fetch" / "hf_daily"
ATOM = DATA / "arxiv_query.atom"

HTML_ERROR = (b"<!DOCTYPE html><html><head><title>503 - Hugging Face</title></head>"
              b"<body><h1>We'll be right back</h1><p>The service is down for maintenance.</p></body></html>")


@dataclass(frozen=True)
class Seen:
    at: float  # time.monotonic() when the request line arrived
    path: str
    params: dict[str, str]
    user_agent: str


@dataclass
class Replay:
    hf_dir: Path = HF_DIR
    atom: Path = ATOM
    faults: dict[str, list[str]] = field(default_factory=dict)
    always: dict[str, str] = field(default_factory=dict)
    log: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        text = self.atom.read_text(encoding="utf-8")
        first = text.index("<entry>")
        self.feed_head = text[:first]
        self.entries = re.findall(r"<entry>.*?</entry>\s*", text, flags=re.DOTALL)

    def __enter__(self) -> Self:
        replay = self

        class Handler(_Handler):
            server_replay = replay

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def add(self, unit: str, *faults: str) -> None:
        with self._lock:
            self.faults.setdefault(unit, []).extend(faults)

    def next_fault(self, unit: str) -> str | None:
        with self._lock:
            if unit in self.always:
                return self.always[unit]
            queue = self.faults.get(unit)
            return queue.pop(0) if queue else None

    def requests_for(self, path: str) -> list[Seen]:
        return [s for s in self.log if s.path == path]


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (a timeout, a reset we made): nothing to report


class _Handler(BaseHTTPRequestHandler):
    server_replay: Replay
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        replay = self.server_replay
        parts = urlsplit(self.path)
        params = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        with replay._lock:
            replay.log.append(Seen(time.monotonic(), parts.path, params, self.headers.get("User-Agent", "")))
        if parts.path == "/api/daily_papers":
            self._hf(replay, params)
        elif parts.path == "/api/query":
            self._arxiv(replay, params)
        else:
            self._send(404, b'{"error":"Not Found"}', "application/json")

    # -- Hugging Face ------------------------------------------------------------------------
    def _hf(self, replay: Replay, params: dict[str, str]) -> None:
        day = params.get("date")
        if not day:
            return self._send(400, b'{"error":"\\"date\\" is required"}', "application/json")
        limit = min(int(params.get("limit", 50)), 100)
        page = int(params.get("p", 0))
        fault = replay.next_fault(f"hf:{day}")
        path = replay.hf_dir / f"{day}.json.gz"
        recorded = gzip.decompress(path.read_bytes()) if path.exists() else b"[]"
        data = json.loads(recorded)
        if fault and fault.startswith("partial:"):
            items = data if isinstance(data, list) else data["data"]
            body = json.dumps(items[: int(fault.split(":")[1])]).encode()
        elif fault == "empty":
            body = b"[]"
        elif isinstance(data, list) and len(data) > limit:
            body = json.dumps(data[page * limit:(page + 1) * limit]).encode()
        elif page > 0:
            body = b"[]"
        else:
            body = recorded  # as recorded, byte for byte
        self._answer(fault, body, "application/json; charset=utf-8")

    # -- arXiv -------------------------------------------------------------------------------
    def _arxiv(self, replay: Replay, params: dict[str, str]) -> None:
        query = params.get("search_query", "")
        found = re.fullmatch(r"cat:(\S+) AND submittedDate:\[(\d{8})\d{4} TO (\d{8})\d{4}\]", query)
        if not found:
            return self._send(400, _error_feed(replay, f"malformed search_query: {query}"), "application/atom+xml")
        category, first, last = found.groups()
        start, size = int(params.get("start", 0)), int(params.get("max_results", 10))
        fault = replay.next_fault(f"arxiv:{category}:{first[:4]}-{first[4:6]}-{first[6:]}")
        chosen = [e for e in replay.entries if f'term="{category}"' in e
                  and first <= _published(e) <= last]
        page = [] if fault == "empty-feed" else chosen[start:start + size]
        head = re.sub(r"<opensearch:totalResults[^>]*>\d+<", lambda m: re.sub(r">\d+<", f">{len(chosen)}<", m[0]),
                      replay.feed_head)
        head = re.sub(r"(<opensearch:startIndex[^>]*>)\d+<", rf"\g<1>{start}<", head)
        head = re.sub(r"(<opensearch:itemsPerPage[^>]*>)\d+<", rf"\g<1>{size}<", head)
        body = (head + "".join(page) + "</feed>\n").encode()
        self._answer(fault, body, "application/atom+xml; charset=utf-8")

    # -- answers and faults ------------------------------------------------------------------
    def _answer(self, fault: str | None, body: bytes, content_type: str) -> None:
        if fault and fault.startswith("slow:"):
            time.sleep(float(fault.split(":")[1]))
            fault = None
        if fault and fault.startswith("429"):
            seconds = fault.split(":")[1] if ":" in fault else "1"
            return self._send(429, b"Too Many Requests", "text/plain", {"Retry-After": seconds})
        if fault == "503":
            return self._send(503, b"Service Unavailable", "text/plain")
        if fault == "html":
            return self._send(200, HTML_ERROR, "text/html; charset=utf-8")
        if fault == "truncated-json":
            return self._send(200, body[: len(body) * 2 // 3], content_type)
        if fault == "truncated-gzip":
            packed = gzip.compress(body)
            return self._send(200, packed[: len(packed) * 2 // 3], content_type, {"Content-Encoding": "gzip"})
        if fault == "reset":
            return self._reset(body, content_type)
        gz = "gzip" in self.headers.get("Accept-Encoding", "")
        self._send(200, gzip.compress(body) if gz else body, content_type,
                   {"Content-Encoding": "gzip"} if gz else {})

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _reset(self, body: bytes, content_type: str) -> None:
        """Promise the whole body, send half, then drop the connection with a TCP reset."""
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


def _published(entry: str) -> str:
    found = re.search(r"<published>(\d{4})-(\d{2})-(\d{2})", entry)
    return "".join(found.groups()) if found else ""


def _error_feed(replay: Replay, message: str) -> bytes:
    head = re.sub(r"<opensearch:totalResults[^>]*>\d+<", lambda m: re.sub(r">\d+<", ">1<", m[0]), replay.feed_head)
    entry = (f"<entry><id>http://arxiv.org/api/errors#incorrect_id_format</id><title>Error</title>"
             f"<summary>{escape(message)}</summary></entry>")
    return (head + entry + "</feed>\n").encode()
