"""Placeholder for the explorer's routes (written in the explorer branch; replaced at merge).

The contract: ``routes(get_index)`` returns the explorer's routes, and ``get_index()`` gives the
explorer index of the build being served at the time of the call (it changes on reload).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.routing import BaseRoute


def routes(get_index: Callable[[], Any]) -> list[BaseRoute]:
    return []
