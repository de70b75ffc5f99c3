"""The README's set-up commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).parent.parent


def _commands() -> list[str]:
    first_block = re.search(r"```bash\n(.*?)```", (REPO / "README.md").read_text(), re.DOTALL)
    assert first_block, "README has no bash block"
    return [line for line in first_block.group(1).splitlines() if line and not line.startswith("#")]


def test_readme_first_screen_has_exactly_two_commands() -> None:
    commands = _commands()
    assert len(commands) == 2
    assert commands[0].startswith("pip install") and "mlkg build examples/" in commands[0]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci_lines = (REPO / ".ci" / "run").read_text().splitlines()
    assert _commands()[1] in ci_lines


def test_example_input_exists() -> None:
    example = re.search(r"mlkg build (\S+)", _commands()[0])
    assert example and (REPO / example.group(1)).exists()
