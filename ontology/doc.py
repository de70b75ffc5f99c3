"""The ontology's documentation page, ``docs/ontology.html``, made by pyLODE from ``mlkg.ttl``.

``python -m mlkg.ontology doc`` writes it; a test makes it again and compares, so the committed
page always shows the ontology as it is. pyLODE stamps no date, only its own version, which
:func:`comparable` leaves out so that a new pyLODE does not make the page look stale.
"""

from __future__ import annotations

import re
from pathlib import Path

from mlkg import ontology
from mlkg.errors import Errors, MlkgError

DOC_PAGE = Path(__file__).resolve().parent.parent / "docs" / "ontology.html"
"""Where the source checkout keeps the page (``ontology/`` sits beside ``docs/``)."""

_PYLODE_VERSION = re.compile(r'(pyLODE/release/|id="version">)[^"<]*')


class DocError(MlkgError):
    """The documentation page cannot be made: pyLODE is missing, or there is nowhere to put it."""


def doc_html() -> str:
    """The page, as pyLODE's OntPub profile writes it for ``mlkg.ttl``."""
    try:
        from pylode import OntPub
    except ImportError:
        raise DocError(Errors.E352) from None
    return OntPub(ontology=str(ontology.path("mlkg.ttl"))).make_html()


def write_doc(target: Path = DOC_PAGE) -> Path:
    """Write the page to ``target``; its folder must exist (``docs/`` of a source checkout)."""
    if not target.parent.is_dir():
        raise DocError(Errors.E353.format(path=target.parent))
    target.write_text(doc_html(), encoding="utf-8")
    return target


def comparable(html: str) -> str:
    """``html`` without the pyLODE version it names, for comparing pages made by two pyLODEs."""
    return _PYLODE_VERSION.sub(r"\1", html)
