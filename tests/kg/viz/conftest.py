"""Headless Chromium for the page tests: Debian's ``chromium``, installed by .ci/run.

Outside CI a missing Chromium skips the browser tests with the reason; with
MLKG_REQUIRE_BROWSER=1 (set by .ci/run) it fails them.
"""

from __future__ import annotations

import os

import pytest

from mlkg.viz.browser import BrowserError, find_chromium


@pytest.fixture(scope="session")
def chromium() -> str:
    try:
        import playwright  # noqa: F401

        return find_chromium()
    except (BrowserError, ImportError) as exc:
        if os.environ.get("MLKG_REQUIRE_BROWSER"):
            pytest.fail(f"MLKG_REQUIRE_BROWSER is set but no browser is usable: {exc}")
        pytest.skip(f"no headless Chromium ({exc}); apt-get install chromium")
