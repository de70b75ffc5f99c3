"""``graph.html``: the interactive page with the default selection (``mlkg viz`` for others)."""

from __future__ import annotations

from pathlib import Path

from mlkg.graph.store import KnowledgeGraph


def write_html(graph: KnowledgeGraph, target: Path) -> None:
    from mlkg.viz import write_page  # pyvis, jinja and igraph load only when a page is written

    write_page(graph, target)
