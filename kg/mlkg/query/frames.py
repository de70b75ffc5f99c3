"""pandas on first use: query results and the notebook tables become DataFrames, and mlkg itself
does not depend on pandas (``pip install "mlkg[notebooks]"`` adds it)."""

from __future__ import annotations

from types import ModuleType

from mlkg.errors import Errors, MlkgError

INSTALL_HINT = 'pip install "mlkg[notebooks]"'


class MissingExtra(MlkgError, ImportError):
    """pandas is not installed; the message says which extra brings it."""


def pandas() -> ModuleType:
    """The pandas module, imported on first use, or :class:`MissingExtra` naming the extra to install."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise MissingExtra(Errors.E540.format(detail=exc, hint=INSTALL_HINT)) from None
    return pd
