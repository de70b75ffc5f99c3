"""Placeholder for the explorer index reader (written in the explorer branch; replaced at merge).

The contract: ``ExplorerIndex.open(path)`` opens a build's ``explore.sqlite``.
"""

from __future__ import annotations

from pathlib import Path


class ExplorerIndex:
    @classmethod
    def open(cls, path: Path) -> ExplorerIndex:
        return cls()
