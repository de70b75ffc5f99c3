"""docs/reliability.md names a test for each promise; a renamed or deleted test must not leave a
promise unchecked."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _named_tests() -> list[tuple[str, str]]:
    """(test file, test name or "") for every test the page names; "::name" continues the last file."""
    text = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    named: list[tuple[str, str]] = []
    current = ""
    for row in (line for line in text.splitlines() if line.startswith("| ") and "`" in line):
        for cell in re.findall(r"`([^`]+)`", row.rsplit("|", 2)[-2]):
            file, _, test = cell.partition("::")
            current = file or current
            named.append((current, test))
    return named


def test_every_promise_names_a_test_that_exists() -> None:
    named = _named_tests()
    assert len(named) > 40
    missing = [f"{file}::{test}" for file, test in named
               if not (ROOT / "tests" / file).is_file()
               or (test and f"def {test.split('[')[0]}(" not in (ROOT / "tests" / file).read_text(encoding="utf-8"))]
    assert not missing
