"""The interactive page of a graph (pyvis/vis-network), offline and safe with any listing text.

``select`` picks what to draw, ``render_page``/``write_page`` make the HTML file, and
``inline`` shows it in a notebook.
"""

from .page import PHYSICS_LIMIT, InlinePage, inline, page_data, render_page, write_page
from .selection import DEFAULT_TOP, DEFAULT_TYPES, Selection, SelectionError, find_nodes, select

__all__ = [
    "DEFAULT_TOP", "DEFAULT_TYPES", "PHYSICS_LIMIT", "InlinePage", "Selection", "SelectionError",
    "find_nodes", "inline", "page_data", "render_page", "select", "write_page",
]
