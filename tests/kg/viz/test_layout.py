"""Node positions computed before the page opens (igraph Fruchterman-Reingold)."""

from __future__ import annotations

import itertools
import json
import math
import os
import random
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from mlkg.viz.layout import EDGE_LENGTH, layout

REPO = Path(__file__).parents[3]


def ring_of_cliques(cliques: int = 6, size: int = 5) -> tuple[list[str], list[tuple[str, str]]]:
    nodes = [f"c{c}n{n}" for c in range(cliques) for n in range(size)]
    edges = [(f"c{c}n{a}", f"c{c}n{b}") for c in range(cliques) for a, b in itertools.combinations(range(size), 2)]
    edges += [(f"c{c}n0", f"c{(c + 1) % cliques}n1") for c in range(cliques)]
    return nodes, edges


def random_graph(count: int, edge_count: int, seed: int = 3) -> tuple[list[str], list[tuple[str, str]]]:
    rng = random.Random(seed)
    nodes = [f"n{i:05d}" for i in range(count)]
    edges = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(edge_count)]
    return nodes, edges


def test_empty() -> None:
    assert layout([], []) == {}


def test_every_node_gets_a_finite_position() -> None:
    nodes, edges = ring_of_cliques()
    nodes += ["lonely1", "lonely2"]
    positions = layout(nodes, edges)
    assert set(positions) == set(nodes)
    for x, y in positions.values():
        assert math.isfinite(x) and math.isfinite(y)
    assert len(set(positions.values())) == len(nodes)  # no two nodes on one spot


def test_isolated_nodes_only_exact_grid() -> None:
    # width ceil(sqrt(4 * 3)) = 4 columns, EDGE_LENGTH / 2 apart, two edge lengths below y = 0
    assert layout(["a", "b", "c", "d", "e"], []) == {
        "a": (0.0, 180.0), "b": (45.0, 180.0), "c": (90.0, 180.0), "d": (135.0, 180.0),
        "e": (0.0, 225.0),
    }
    assert EDGE_LENGTH == 90.0


def test_self_loops_and_unknown_ends_do_not_connect() -> None:
    assert layout(["a"], [("a", "a"), ("a", "ghost"), ("ghost", "b")]) == {"a": (0.0, 180.0)}


def test_two_connected_nodes_are_one_edge_length_apart() -> None:
    positions = layout(["a", "b"], [("a", "b")])
    assert math.dist(positions["a"], positions["b"]) == pytest.approx(EDGE_LENGTH, abs=0.2)


def test_median_edge_length_is_scaled_to_edge_length() -> None:
    nodes, edges = ring_of_cliques()
    positions = layout(nodes, edges)
    lengths = [math.dist(positions[a], positions[b]) for a, b in edges]
    assert statistics.median(lengths) == pytest.approx(EDGE_LENGTH, abs=0.5)


def test_isolated_nodes_are_placed_below_connected_ones() -> None:
    nodes, edges = ring_of_cliques()
    lonely = [f"lonely{i}" for i in range(10)]
    positions = layout(lonely[:5] + nodes + lonely[5:], edges)
    linked_bottom = max(positions[n][1] for n in nodes)
    linked_left = min(positions[n][0] for n in nodes)
    assert min(positions[n][1] for n in lonely) >= linked_bottom + 2 * EDGE_LENGTH - 0.1
    assert min(positions[n][0] for n in lonely) == pytest.approx(linked_left, abs=0.1)
    # in the given order, row by row
    order = sorted(lonely, key=lambda n: (positions[n][1], positions[n][0]))
    assert order == lonely


def test_connected_pairs_are_closer_than_random_pairs() -> None:
    nodes, edges = ring_of_cliques()
    positions = layout(nodes, edges)
    linked = statistics.mean(math.dist(positions[a], positions[b]) for a, b in edges)
    rng = random.Random(0)
    pairs = [rng.sample(nodes, 2) for _ in range(500)]
    anywhere = statistics.mean(math.dist(positions[a], positions[b]) for a, b in pairs)
    assert linked * 2 < anywhere
    # and a clique's members sit nearer each other than the ring's far side
    same = statistics.mean(math.dist(positions["c0n0"], positions[f"c0n{i}"]) for i in range(1, 5))
    far = statistics.mean(math.dist(positions["c0n0"], positions[f"c3n{i}"]) for i in range(5))
    assert same < far


def test_deterministic() -> None:
    nodes, edges = random_graph(300, 450)
    first = layout(nodes, edges)
    assert layout(nodes, edges) == first
    assert layout(nodes, list(reversed(edges))) == first  # edge order does not matter
    assert layout(nodes, edges, seed=8) != first


def test_independent_of_and_harmless_to_the_global_random_state() -> None:
    nodes, edges = ring_of_cliques()
    random.seed(1)
    expected_next = random.random()
    random.seed(1)
    first = layout(nodes, edges)
    assert random.random() == expected_next  # the global generator was left as it was
    random.seed(99)
    assert layout(nodes, edges) == first


def test_deterministic_across_processes() -> None:
    nodes, edges = random_graph(200, 260)
    code = ("import json, sys; from mlkg.viz.layout import layout; from tests.kg.viz.test_layout import random_graph; "
            "nodes, edges = random_graph(200, 260); "
            "json.dump(sorted((k, list(v)) for k, v in layout(nodes, edges).items()), sys.stdout)")
    expected = sorted([k, list(v)] for k, v in layout(nodes, edges).items())
    for seed in ("0", "123"):
        proc = subprocess.run([sys.executable, "-c", code], check=False, cwd=REPO, capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout) == expected


def test_two_thousand_nodes() -> None:
    nodes, edges = random_graph(2000, 2600)
    nodes += [f"alone{i}" for i in range(100)]
    positions = layout(nodes, edges)
    assert set(positions) == set(nodes)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())
    linked = {n for pair in edges for n in pair if pair[0] != pair[1]}
    assert min(positions[n][1] for n in nodes if n not in linked) > max(positions[n][1] for n in linked)
    lengths = [math.dist(positions[a], positions[b]) for a, b in edges if a != b]
    assert statistics.median(lengths) == pytest.approx(EDGE_LENGTH, abs=0.5)
