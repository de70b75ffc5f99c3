"""The extraction cache a build leaves in its output directory, which ``mlkg build --update`` reads.

Resolution is global (a definition in one paper merges mentions in others),
so an update must re-resolve every paper; the cache spares it re-extracting
the ones already seen. It is the extraction format of :mod:`mlkg.codec` (a header,
then one record per line with the full paper), gzip'd, in the build's paper order.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from mlkg import codec
from mlkg.errors import Errors, MlkgError
from mlkg.files import atomic_path
from mlkg.model import Extraction

FILENAME = "extractions.jsonl.gz"


class CacheError(MlkgError, ValueError):
    """The cache is missing, from another extractor or version, or damaged; the message says what to do."""


def write_cache(outdir: Path, extractions: Iterable[Extraction], head: dict[str, Any]) -> Path:
    target = outdir / FILENAME
    # mtime 0 and no file name in the gzip header: the same build writes the same bytes
    with atomic_path(target) as tmp, tmp.open("wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=1, mtime=0) as packed, \
            io.TextIOWrapper(packed, encoding="utf-8") as fh:
        codec.write(fh, extractions, head)
    return target


def read_cache(outdir: Path, expect: dict[str, Any]) -> Iterator[Extraction]:
    """The cached extractions of a previous build.

    CacheError if there is none, it was written with other ``expect`` header values (another
    extractor or mlkg version) or its bytes are damaged; :class:`mlkg.codec.CodecError` if it is of
    another format version or a record is damaged (bad JSON, a field of the wrong type).
    """
    source = outdir / FILENAME
    if not source.is_file():
        raise CacheError(Errors.E310.format(path=source))

    def check(head: dict[str, Any]) -> None:
        for key, value in expect.items():
            if head.get(key) != value:
                raise CacheError(Errors.E304.format(source=source, key=key, old=head.get(key), new=value))

    try:
        with gzip.open(source, "rt", encoding="utf-8") as fh:
            yield from codec.read(fh, str(source), check)
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:  # a damaged or cut gzip stream
        raise CacheError(Errors.E311.format(path=source, reason=f"damaged: {exc}")) from None
