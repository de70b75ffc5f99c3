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


def layout(nodes: Sequence[str], edges: Sequence[tuple[str, str]], *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for connected nodes by Fruchterman-Reingold; isolated nodes in a grid below."""
    index = {node: n for n, node in enumerate(nodes)}
    pairs = sorted({(index[a], index[b]) for a, b in edges if a != b and a in index and b in index})
    linked = sorted({n for pair in pairs for n in pair})
    positions: dict[str, tuple[float, float]] = {}
    bottom = 0.0
    if linked:
        local = {n: k for k, n in enumerate(linked)}
        graph = igraph.Graph(n=len(linked), edges=[(local[a], local[b]) for a, b in pairs])
        rng = random.Random(seed)
        # Start spread over the area FR ends in: a tight start makes its grid one cell, O(n²).
        spread = math.sqrt(len(linked))
        start = [[rng.uniform(-spread, spread), rng.uniform(-spread, spread)] for _ in linked]
        previous = random.getstate()
        igraph.set_random_number_generator(rng)  # FR jitters; a seeded generator keeps pages stable
        try:
            coords = graph.layout_fruchterman_reingold(seed=start, niter=300, grid="auto").coords
        finally:
            igraph.set_random_number_generator(random)
            random.setstate(previous)
        lengths = [math.dist(coords[a], coords[b]) for a, b in graph.get_edgelist()]
        scale = EDGE_LENGTH / max(statistics.median(lengths), 1e-9)
        for k, n in enumerate(linked):
            x, y = coords[k]
            positions[nodes[n]] = (round(x * scale, 1), round(y * scale, 1))
        bottom = max(y for _, y in positions.values())
    lonely = [nodes[n] for n in range(len(nodes)) if nodes[n] not in positions]
    if lonely:
        width = max(1, math.ceil(math.sqrt(len(lonely) * 3)))
        left = min((x for x, _ in positions.values()), default=0.0)
        for k, node in enumerate(lonely):
            row, col = divmod(k, width)
            positions[node] = (round(left + col * EDGE_LENGTH / 2, 1),
                               round(bottom + EDGE_LENGTH * 2 + row * EDGE_LENGTH / 2, 1))
    return positions
