"""The replay server (tests/kg/fetch/replay.py) and a retry policy fast enough for tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mlkg.fetch import RetryPolicy

from .replay import Replay

# waits of 20 ms doubling to 80 ms: the retry logic is the real one, only the clock is shorter
FAST = RetryPolicy(attempts=4, backoff=0.02, cap=0.08, jitter=0.01)
PACE = 0.01  # seconds between requests to the replay server


@pytest.fixture
def replay() -> Iterator[Replay]:
    with Replay() as server:
        yield server
