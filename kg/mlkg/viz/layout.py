"""Node positions computed before the page opens.

vis-network's physics needs ~100 ms per iteration at 5,000 nodes in Chromium on this kind
of machine (27 s to stabilize), while igraph's Fruchterman-Reingold lays out the same graph
in 0.3 s. Big pages therefore arrive laid out and only relax briefly in the browser; small
ones start from these positions and keep live physics.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Sequence

import igraph

#: Typical edge length on the page, in vis-network canvas units.
EDGE_LENGTH = 90.0


def _fruchterman_reingold(graph: igraph.Graph, rng: random.Random) -> list[tuple[float, float]]:
    """FR positions of one connected graph, scaled so the median edge is EDGE_LENGTH, centred on 0."""
    # Start spread over the area FR ends in: a tight start makes its grid one cell, O(n²).
    spread = math.sqrt(graph.vcount())
    start = [[rng.uniform(-spread, spread), rng.uniform(-spread, spread)] for _ in range(graph.vcount())]
    previous = random.getstate()
    igraph.set_random_number_generator(rng)  # FR jitters; a seeded generator keeps pages stable
    try:
        coords = graph.layout_fruchterman_reingold(seed=start, niter=300, grid="auto").coords
    finally:
        igraph.set_random_number_generator(random)
        random.setstate(previous)
    lengths = [math.dist(coords[a], coords[b]) for a, b in graph.get_edgelist()]
    scale = EDGE_LENGTH / max(statistics.median(lengths), 1e-9)
    cx = (min(x for x, _ in coords) + max(x for x, _ in coords)) / 2
    cy = (min(y for _, y in coords) + max(y for _, y in coords)) / 2
    return [((x - cx) * scale, (y - cy) * scale) for x, y in coords]


def layout(nodes: Sequence[str], edges: Sequence[tuple[str, str]], *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions by Fruchterman-Reingold, one connected component at a time.

    The largest component is centred on the origin; smaller ones are packed in rows below it
    (largest first) and isolated nodes in a grid below those. Laid out together, FR pushes
    unconnected pieces far out, and fitting the page to them leaves the picture a small blob.
    """
    index = {node: n for n, node in enumerate(nodes)}
    pairs = sorted({(index[a], index[b]) for a, b in edges if a != b and a in index and b in index})
    linked = sorted({n for pair in pairs for n in pair})
    positions: dict[str, tuple[float, float]] = {}
    bottom, left, width = 0.0, 0.0, 0.0
    if linked:
        local = {n: k for k, n in enumerate(linked)}
        whole = igraph.Graph(n=len(linked), edges=[(local[a], local[b]) for a, b in pairs])
        parts = sorted(whole.connected_components(), key=lambda part: (-len(part), part[0]))
        rng = random.Random(seed)
        x, y, row_height = 0.0, 0.0, 0.0
        for number, part in enumerate(parts):
            coords = _fruchterman_reingold(whole.induced_subgraph(part), rng)
            half_w = max(abs(cx) for cx, _ in coords)
            half_h = max(abs(cy) for _, cy in coords)
            if number == 0:
                left, width, bottom = -half_w, max(2 * half_w, EDGE_LENGTH * 8), half_h
                x, y = left, half_h + EDGE_LENGTH * 2
                offset = (0.0, 0.0)
            else:
                if x > left and x + 2 * half_w > left + width:  # next row
                    x, y, row_height = left, y + row_height + EDGE_LENGTH, 0.0
                offset = (x + half_w, y + half_h)
                x += 2 * half_w + EDGE_LENGTH
                row_height = max(row_height, 2 * half_h)
                bottom = max(bottom, y + 2 * half_h)
            for k, (cx, cy) in zip(part, coords, strict=True):
                positions[nodes[linked[k]]] = (round(cx + offset[0], 1), round(cy + offset[1], 1))
    lonely = [nodes[n] for n in range(len(nodes)) if nodes[n] not in positions]
    if lonely:
        columns = max(1, math.ceil(math.sqrt(len(lonely) * 3)))
        if positions:
            columns = min(columns, max(1, int(width // (EDGE_LENGTH / 2)) + 1))
        for k, node in enumerate(lonely):
            row, col = divmod(k, columns)
            positions[node] = (round(left + col * EDGE_LENGTH / 2, 1),
                               round(bottom + EDGE_LENGTH * 2 + row * EDGE_LENGTH / 2, 1))
    return positions
