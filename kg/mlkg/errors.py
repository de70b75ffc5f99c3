"""Every error a user can cause shares one base, :class:`MlkgError`, and a numbered code.

As in spaCy, the messages live in one place (:class:`Errors`), each says what went wrong
*and how to fix it*, and reading ``Errors.E001`` gives the message prefixed with its code,
``"[E001] ..."``, so a user can search for the code. The CLI catches ``MlkgError`` only and
prints it on one line; anything else is a bug in mlkg and shows its traceback.

Codes are grouped by the layer that raises them:

- ``E0xx`` loaders (reading listings)
- ``E1xx`` extraction and its evaluation
- ``E2xx`` resolution, the graph and its validation
- ``E3xx`` the build (cache, shards, runners)
- ``E4xx`` exporters
- ``E5xx`` querying and stores (SPARQL, Cypher, Neo4j)
- ``E6xx`` the interactive page and the browser
- ``E9xx`` the command line
"""

from __future__ import annotations

import re

_CODE = re.compile(r"\[(E\d{3})\]")


class _ErrorsWithCodes(type):
    def __getattribute__(cls, code: str) -> str:
        message = super().__getattribute__(code)
        if code.startswith("_") or not isinstance(message, str):
            return message
        return f"[{code}] {message}"


class Errors(metaclass=_ErrorsWithCodes):
    """The message of every coded error; format the ``{placeholders}`` with ``.format``."""

    # E0xx loaders

    # E1xx extraction and evaluation

    # E2xx resolution, graph, validation

    # E3xx build

    # E4xx exporters

    # E5xx querying and stores

    # E6xx page and browser

    # E9xx command line


class MlkgError(Exception):
    """Base of every error that bad input or setup causes; its message says how to fix it."""

    @property
    def code(self) -> str | None:
        """The ``E123`` code at the start of the message, if it has one."""
        found = _CODE.search(str(self.args[0])) if self.args else None
        return found.group(1) if found else None
