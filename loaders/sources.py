"""Opening listing files: gzip, encodings and input expansion, with one-line errors.

One decoding path for every format: :func:`iter_lines` (line formats) and
:func:`iter_text` (JSON, XML) stream the file, gunzip it within caps that stop a
decompression bomb, and decode UTF-8 line by line, so one bad byte changes its
own line only (read as Windows-1252 and counted). UTF-16 is found by BOM or NUL
bytes. Every read failure becomes a LoadError naming the file (and line where
known), raised after everything read before it, so a truncated download keeps
its first records and never shows a traceback.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import io
import itertools
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Self

from mlkg.errors import Errors

from .errors import LoadError, LoadReport

_GZIP_MAGIC = b"\x1f\x8b"
_READ_ERRORS = (OSError, EOFError, zlib.error, gzip.BadGzipFile)


# Files a directory of listings commonly holds beside them: notes about the data, not data.
_DOC_SUFFIXES = frozenset({".md", ".rst", ".pdf", ".png", ".jpg", ".jpeg", ".svg", ".html"})


def _skipped_in_directory(path: Path, below: Path) -> bool:
    """Hidden files, files in hidden folders (``.git``, what ``mlkg fetch`` keeps aside in
    ``.mlkg-fetch``) and documentation (README.md, notes) in an input directory; a file named
    on the command line is always read."""
    hidden = any(part.startswith(".") for part in path.relative_to(below).parts)
    return hidden or path.suffix.lower() in _DOC_SUFFIXES


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files named by paths, directories (their files, sorted, without hidden files or folders, or docs) and globs."""
    return [path for path, _ in named_inputs(inputs)]


def named_inputs(inputs: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """:func:`expand_inputs` with the name each file goes by in the outputs (a paper's
    ``sourceFile``, report.json): its path below the input that named it, so that the same
    input typed another way (relative, absolute, through a symlink, from another directory)
    gives the same graph. A file named on its own is its file name; a directory's file its
    path below the directory; a glob's match its path below the glob's fixed directory part."""
    out: list[tuple[Path, str]] = []
    for item in inputs:
        text = str(item)
        path = Path(text)
        if path.is_dir():
            out.extend((p, p.relative_to(path).as_posix()) for p in sorted(path.rglob("*"))
                       if p.is_file() and not _skipped_in_directory(p, path))
        elif path.exists():
            out.append((path, path.name))
        elif any(ch in text for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
            if not matches:
                raise LoadError(text, Errors.E002)
            base = _glob_base(path)
            out.extend((p, p.relative_to(base).as_posix()) for p in matches)
        else:
            raise LoadError(text, Errors.E001)
    return out


def _glob_base(pattern: Path) -> Path:
    """The directory part of a glob before its first wildcard (``data/*/x.jsonl`` -> ``data``)."""
    return Path(*itertools.takewhile(lambda part: not any(ch in part for ch in "*?["), pattern.parts))


# Caps that stop a decompression bomb long before memory runs out, far above real listings (the
# biggest, 75k arXiv abstracts, is 127 MB unpacked, at most a few KB a line, and packs 3-8x).
MAX_LINE = 64 << 20  # one line (one record of JSON Lines, CSV or a page; one chunk of JSON or XML)
MAX_UNPACKED = 4 << 30  # all of one gzip file
MAX_RATIO = 100  # unpacked / packed size, checked once past RATIO_AFTER bytes
RATIO_AFTER = 32 << 20


class _Gunzip(io.RawIOBase):
    """Gzip members unpacked with zlib as they are read (twice as fast as GzipFile on small reads).

    A stream cut short raises EOFError, a damaged one zlib.error, like GzipFile.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.packed = 0
        self._unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = len(buffer)
        while True:
            unzip = self._unzip
            if unzip.unconsumed_tail:
                data = unzip.decompress(unzip.unconsumed_tail, size)
            elif unzip.eof:
                rest = unzip.unused_data or self._read()
                if not rest.strip(b"\0"):  # the end, or the zero padding some tools add
                    return 0
                self._unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)  # the next member
                data = self._unzip.decompress(rest, size)
            else:
                chunk = self._read()
                if not chunk:
                    raise EOFError("Compressed file ended before the end-of-stream marker was reached")
                data = unzip.decompress(chunk, size)
            if data:
                buffer[: len(data)] = data
                return len(data)

    def _read(self) -> bytes:
        chunk = self.raw.read(1 << 16)
        self.packed += len(chunk)
        return chunk


class _Reader:
    """A file's bytes, gunzipped on the fly when it is gzip, refusing to unpack past the caps."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._raw = path.open("rb")
        self.gzip = self._raw.read(2) == _GZIP_MAGIC
        self._raw.seek(0)
        self._gunzip = _Gunzip(self._raw) if self.gzip else None
        self._fh: Any = io.BufferedReader(self._gunzip, 1 << 16) if self._gunzip else self._raw
        self.unpacked = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self._fh.close()
        self._raw.close()

    def _count(self, data: bytes) -> bytes:
        self.unpacked += len(data)
        if self.gzip and self.unpacked > RATIO_AFTER:
            if self.unpacked > MAX_UNPACKED:
                raise LoadError(self.path, Errors.E021.format(limit=MAX_UNPACKED >> 30))
            packed = max(self._gunzip.packed if self._gunzip else 1, 1)
            if self.unpacked > MAX_RATIO * packed:
                raise LoadError(self.path, Errors.E022.format(ratio=self.unpacked // packed))
        return data

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes, b"" at the end. One read of the file at most, so that what came
        before a cut is returned before the error."""
        return self._count(self._fh.read1(size))

    def encoding(self) -> str:
        """The text encoding, from the first bytes (peeked: they are read again)."""
        return sniff_encoding(self._fh.peek(1024)[:1024])

    def readline(self, limit: int) -> bytes:
        return self._count(self._fh.readline(limit))


def sniff_encoding(head: bytes) -> str:
    """"utf-8", or a UTF-16 codec when a BOM or the NUL byte of every other byte says so."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head[:512]
    if len(sample) >= 4 and not head.startswith(b"\xef\xbb\xbf"):
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
            return "utf-16-le"
        if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
            return "utf-16-be"
    return "utf-8"


def head_text(head: bytes) -> bytes:
    """The first bytes as UTF-8 whatever the file's encoding, for the format sniffers."""
    encoding = sniff_encoding(head)
    if encoding == "utf-8":
        return head
    return head[: len(head) - len(head) % 2].decode(encoding, "replace").encode("utf-8")


def decode_line(raw: bytes) -> tuple[str, str | None]:
    """One line of UTF-8; bytes that are not UTF-8 are read as Windows-1252 where they stand.

    Returns the text and, when bytes were repaired, why (for the report): one bad byte changes its
    own line only, never the decoding of other records.
    """
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return (raw.decode("utf-8", _CP1252_REPAIR),
                f"not UTF-8; bytes read as Windows-1252 (from byte {exc.start} of the line)")


def iter_lines(path: Path) -> Iterator[tuple[int, str, str | None]]:
    """(1-based line number, text with its line end, repair note or None), streamed.

    The one line reader of every line format: gzip unpacked incrementally within the caps, UTF-8
    decoded line by line (a BOM dropped), UTF-16 by BOM or by its NUL bytes. A line longer than
    :data:`MAX_LINE` and a truncated gzip raise LoadError after the lines before them.
    The loader reports the repairs, under its own record numbers.
    """
    lineno = 0
    try:
        with _Reader(path) as fh:
            encoding = fh.encoding()
            if encoding != "utf-8":
                for lineno, line in _utf16_lines(fh, path, encoding):
                    yield lineno, line, None
                return
            while raw := fh.readline(MAX_LINE + 1):
                lineno += 1
                if len(raw) > MAX_LINE:
                    raise LoadError(path, Errors.E020.format(line=lineno, limit=MAX_LINE >> 20))
                text, note = decode_line(raw)
                if lineno == 1 and text.startswith("\ufeff"):
                    text = text[1:]
                yield lineno, text, note
    except _READ_ERRORS as exc:
        raise LoadError(path, Errors.E005.format(where=f"line {lineno}", why=_describe(exc))) from None
    except UnicodeDecodeError as exc:
        raise LoadError(path, Errors.E006.format(why=exc.reason), lineno + 1) from None


def _utf16_chunks(fh: _Reader, encoding: str, chunk_size: int) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    first = True
    while chunk := fh.read(chunk_size):
        text = decoder.decode(chunk)
        if first and text.startswith("\ufeff"):
            text = text[1:]
        first = False
        yield text
    yield decoder.decode(b"", True)


def _utf16_lines(fh: _Reader, path: Path, encoding: str) -> Iterator[tuple[int, str]]:
    lineno, pending = 0, ""
    for text in _utf16_chunks(fh, encoding, 1 << 16):
        lines = (pending + text).split("\n")
        pending = lines.pop()
        for line in lines:
            lineno += 1
            yield lineno, line + "\n"
        if len(pending) > MAX_LINE:
            raise LoadError(path, Errors.E020.format(line=lineno + 1, limit=MAX_LINE >> 20))
    if pending:
        yield lineno + 1, pending


def iter_text(path: Path, report: LoadReport, chunk_size: int = 1 << 18) -> Iterator[str]:
    """The file's text in chunks of whole lines, streamed (gzip unpacked incrementally): memory stays flat.

    The chunk reader of the formats that are not line-based (JSON, XML), on the same decoding as
    :func:`iter_lines`: a line with bytes that are not UTF-8 is repaired alone and counted with its
    line number. A truncated gzip raises LoadError after the text read before the cut.
    """
    done, lines, first = 0, 0, True
    pending: list[bytes] = []
    pending_size = 0
    try:
        with _Reader(path) as fh:
            encoding = fh.encoding()
            if encoding != "utf-8":
                yield from _utf16_chunks(fh, encoding, chunk_size)
                return
            newline = False  # whether ``pending`` holds one
            while chunk := fh.read(chunk_size):
                done += len(chunk)
                pending.append(chunk)
                pending_size += len(chunk)
                newline = newline or b"\n" in chunk
                if not newline and pending_size > MAX_LINE:
                    raise LoadError(path, Errors.E020.format(line=lines + 1, limit=MAX_LINE >> 20))
                if pending_size < chunk_size or not newline:
                    continue
                data = b"".join(pending)
                cut = data.rfind(b"\n") + 1
                block = data[:cut]
                pending, pending_size, newline = ([data[cut:]] if cut < len(data) else []), len(data) - cut, False
                text = _decode_block(block, lines, path, report)
                if first and text.startswith("\ufeff"):
                    text = text[1:]
                first = False
                lines += block.count(b"\n")
                yield text
            if pending:
                text = _decode_block(b"".join(pending), lines, path, report)
                yield text[1:] if first and text.startswith("\ufeff") else text
    except _READ_ERRORS as exc:
        if pending:  # the text before the cut: a JSON list or feed keeps its items up to there
            text = _decode_block(b"".join(pending), lines, path, report)
            yield text[1:] if first and text.startswith("\ufeff") else text
        raise LoadError(path, Errors.E005.format(where=f"byte {done}", why=_describe(exc))) from None
    except UnicodeDecodeError as exc:
        raise LoadError(path, Errors.E006.format(why=exc.reason)) from None


def _decode_block(block: bytes, lines: int, path: Path, report: LoadReport) -> str:
    """Whole lines of UTF-8; when some are not, each is repaired alone and counted with its number."""
    try:
        return block.decode("utf-8")
    except UnicodeDecodeError:
        pass
    out = []
    raws = block.split(b"\n")
    for number, raw in enumerate(raws, lines + 1):
        text, note = decode_line(raw + b"\n" if number <= lines + len(raws) - 1 else raw)
        if note:
            report.repair(path, None, f"{note} (line {number})")
        out.append(text)
    return "".join(out)


_CP1252_REPAIR = "mlkg-cp1252"


def _cp1252(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the offending bytes as Windows-1252 (what a non-UTF-8 export means)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("cp1252", errors="replace"), exc.end


codecs.register_error(_CP1252_REPAIR, _cp1252)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "the gzip stream is truncated"
    if isinstance(exc, (gzip.BadGzipFile, zlib.error)):
        return f"corrupt gzip data ({exc})"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
