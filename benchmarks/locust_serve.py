"""The locust user of benchmarks/bench_serve.py: reads its request plan from $MLKG_BENCH_PLAN.

Each simulated user searches, opens entity pages and runs ready-made queries (6 : 3 : 1), or
only one of them with $MLKG_BENCH_KIND (search, entity, query), with 0.1-0.5 s between
requests, as a person clicking through the explorer would. Requests are
grouped by kind, so locust's statistics give one row each.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

from locust import HttpUser, between, task

PLAN: dict[str, list[str]] = json.loads(Path(os.environ["MLKG_BENCH_PLAN"]).read_text(encoding="utf-8"))
KIND = os.environ.get("MLKG_BENCH_KIND", "mix")


class Explorer(HttpUser):
    wait_time = between(0.1, 0.5)

    @task(6)
    def search(self) -> None:
        self.client.get(random.choice(PLAN["search"]), name="search")

    @task(3)
    def entity(self) -> None:
        self.client.get(random.choice(PLAN["entity"]), name="entity")

    @task(1)
    def query(self) -> None:
        self.client.get(random.choice(PLAN["query"]), name="query", headers={"Accept": "text/csv"})


if KIND != "mix":  # one kind of request only
    Explorer.tasks = [getattr(Explorer, KIND)]
