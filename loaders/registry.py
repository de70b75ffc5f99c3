"""The loader registry: one entry per listing format, looked up by name or detected.

Detection looks at the file name first and then at the first bytes, so a
`.json` file that is really JSON Lines, or a `.txt` Atom feed, still loads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from mlkg.errors import Errors
from mlkg.model import Paper

from .errors import LoadError, LoadReport


class LoaderFn(Protocol):
    def __call__(self, path: Path, report: LoadReport, **options: Any) -> Iterator[Paper]: ...


@dataclass(frozen=True)
class Loader:
    name: str
    load: LoaderFn
    extensions: tuple[str, ...]
    sniff: Callable[[bytes], bool]
    description: str


LOADERS: dict[str, Loader] = {}


def register(name: str, *, extensions: tuple[str, ...], sniff: Callable[[bytes], bool],
             description: str) -> Callable[[LoaderFn], LoaderFn]:
    """Register a loader function under ``name`` (used by --format)."""

    def decorate(fn: LoaderFn) -> LoaderFn:
        LOADERS[name] = Loader(name, fn, extensions, sniff, description)
        return fn

    return decorate


def get_loader(name: str) -> Loader:
    try:
        return LOADERS[name]
    except KeyError:
        valid = ", ".join(sorted(LOADERS))
        raise LoadError(name, Errors.E007.format(valid=valid)) from None


def _suffixes(path: Path) -> str:
    name = path.name.lower()
    return name.removesuffix(".gz")


def detect_format(path: Path, head: bytes) -> str:
    """Pick a loader from the content's first bytes, then from the file name."""
    sniffed = [loader.name for loader in LOADERS.values() if loader.sniff(head)]
    name = _suffixes(path)
    by_ext = [loader.name for loader in LOADERS.values() if name.endswith(loader.extensions)]
    for candidate in by_ext:
        if candidate in sniffed:
            return candidate
    if sniffed:
        return sniffed[0]
    if by_ext:
        return by_ext[0]
    valid = ", ".join(sorted(LOADERS))
    raise LoadError(path, Errors.E008.format(valid=valid))
