"""Opening listing files: gzip, encodings and input expansion, with one-line errors.

Every read failure becomes a LoadError naming the file (and line where known),
so that a truncated download or a Latin-1 export never shows a traceback.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from mlkg.errors import Errors

from .errors import LoadError, LoadReport

_GZIP_MAGIC = b"\x1f\x8b"
_READ_ERRORS = (OSError, EOFError, zlib.error, gzip.BadGzipFile)


# Files a directory of listings commonly holds beside them: notes about the data, not data.
_DOC_SUFFIXES = frozenset({".md", ".rst", ".pdf", ".png", ".jpg", ".jpeg", ".svg", ".html"})


def _skipped_in_directory(path: Path) -> bool:
    """Hidden files and documentation (README.md, notes) in an input directory; a file named
    on the command line is always read."""
    return path.name.startswith(".") or path.suffix.lower() in _DOC_SUFFIXES


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files named by paths, directories (their files, sorted, without hidden files and docs) and globs."""
    out: list[Path] = []
    for item in inputs:
        text = str(item)
        path = Path(text)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and not _skipped_in_directory(p)))
        elif path.exists():
            out.append(path)
        elif any(ch in text for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
            if not matches:
                raise LoadError(text, Errors.E002)
            out.extend(matches)
        else:
            raise LoadError(text, Errors.E001)
    return out


def is_gzip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) == _GZIP_MAGIC


def read_bytes(path: Path) -> bytes:
    """The whole file, gunzipped if it is gzip; truncation and I/O errors as LoadError."""
    try:
        raw = path.read_bytes()
        if raw[:2] == _GZIP_MAGIC:
            raw = gzip.decompress(raw)
    except _READ_ERRORS as exc:
        raise LoadError(path, Errors.E004.format(why=_describe(exc))) from None
    return raw


def iter_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(1-based line number, raw line) pairs, streamed; gzip is read incrementally."""
    lineno = 0
    try:
        opener = gzip.open if is_gzip(path) else open
        with opener(path, "rb") as fh:  # type: ignore[operator]
            for lineno, line in enumerate(fh, 1):
                yield lineno, line
    except _READ_ERRORS as exc:
        raise LoadError(path, Errors.E005.format(where=f"line {lineno}", why=_describe(exc))) from None


def iter_text(path: Path, report: LoadReport, chunk_size: int = 1 << 16) -> Iterator[str]:
    """The file's text in chunks, streamed (gzip read incrementally): memory stays flat.

    UTF-8 (BOM allowed, UTF-16 by BOM). Bytes that are not UTF-8 are read as Windows-1252
    where they stand, and counted once as a repair, so one stray byte does not re-decode
    the whole file. A truncated gzip raises LoadError after the chunks read before the cut.
    """
    done = 0
    try:
        opener = gzip.open if is_gzip(path) else open
        with opener(path, "rb") as fh:  # type: ignore[operator]
            head = fh.read(chunk_size)
            encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
            decoder = codecs.getincrementaldecoder(encoding)(
                errors="strict" if encoding == "utf-16" else _CP1252_REPAIR)
            chunk = head
            while chunk:
                done += len(chunk)
                yield _decode_chunk(decoder, chunk, path, report)
                chunk = fh.read(chunk_size)
            yield _decode_chunk(decoder, b"", path, report, final=True)
    except _READ_ERRORS as exc:
        raise LoadError(path, Errors.E005.format(where=f"byte {done}", why=_describe(exc))) from None


_CP1252_REPAIR = "mlkg-cp1252"
_repairs: list[int] = []


def _cp1252(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the offending bytes as Windows-1252 (what a non-UTF-8 export means)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _repairs.append(exc.start)
    return exc.object[exc.start:exc.end].decode("cp1252", errors="replace"), exc.end


codecs.register_error(_CP1252_REPAIR, _cp1252)


def _decode_chunk(decoder: codecs.IncrementalDecoder, chunk: bytes, path: Path, report: LoadReport,
                  final: bool = False) -> str:
    before = len(_repairs)
    try:
        text = decoder.decode(chunk, final)
    except UnicodeDecodeError as exc:
        raise LoadError(path, Errors.E006.format(why=exc.reason)) from None
    if len(_repairs) > before:
        del _repairs[before:]
        if not any(p.source == str(path) and "Windows-1252" in p.reason for p in report.repaired):
            report.repair(path, None, "not UTF-8; the bytes that are not were read as Windows-1252")
    return text


def decode(raw: bytes, path: Path, report: LoadReport, record: int | None = None) -> str:
    """UTF-8 (BOM allowed, UTF-16 by BOM); otherwise Windows-1252, recorded as a repair."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LoadError(path, Errors.E006.format(why=exc.reason), record) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.repair(path, record, f"not UTF-8 (byte {exc.start}); decoded as Windows-1252")
        return raw.decode("cp1252", errors="replace")


def _describe(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "the gzip stream is truncated"
    if isinstance(exc, (gzip.BadGzipFile, zlib.error)):
        return f"corrupt gzip data ({exc})"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
