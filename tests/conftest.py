"""Shared fixtures: paths to the real-data excerpts in tests/data (see tests/data/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def example_page() -> Path:
    return REPO / "examples" / "hf_daily_papers_page.txt"
