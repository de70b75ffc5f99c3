"""One error base with numbered codes; the command line prints those in one line and treats
anything else as a bug in mlkg."""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import mlkg
from mlkg import errors
from mlkg.cli import app
from mlkg.errors import Errors, MlkgError

PACKAGE = Path(mlkg.__file__).parent
runner = CliRunner()


def _sources() -> list[Path]:
    """Every module of the package, through the loaders/ontology/queries symlinks too."""
    return sorted(Path(d) / f for d, _, files in os.walk(PACKAGE, followlinks=True) for f in files
                  if f.endswith(".py"))


def _error_classes() -> set[str]:
    """Names of every MlkgError subclass defined in the package (found by walking the sources)."""
    names, parents = {"MlkgError"}, {}
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                parents[node.name] = {ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases}
    grew = True
    while grew:
        grew = False
        for name, bases in parents.items():
            if name not in names and bases & names:
                names.add(name)
                grew = True
    return names


def test_codes_are_unique_numbered_and_read_with_their_code() -> None:
    codes = [name for name in vars(Errors) if not name.startswith("_")]
    assert codes and all(re.fullmatch(r"E\d{3}", c) for c in codes)
    assert len(codes) == len(set(codes))
    assert Errors.E001.startswith("[E001] ")
    assert MlkgError(Errors.E001).code == "E001"


def test_every_raised_mlkg_error_carries_a_coded_message() -> None:
    """A raise of any MlkgError subclass passes an ``Errors.Exxx`` message, or re-raises the text
    of an error that already has one (``str(exc)``)."""
    classes = _error_classes()
    assert {"LoadError", "BuildError", "QueryError", "Neo4jExportError"} <= classes
    uncoded = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in classes:
                continue
            source = ast.unparse(node.exc)
            if "Errors.E" not in source and not re.search(r"\(str\(\w+\)\)$", source):
                uncoded.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {source}")
    assert uncoded == []


def test_the_command_line_prints_a_user_error_in_one_line() -> None:
    result = runner.invoke(app, ["build", "no-such-listing.jsonl", "-o", "unused"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "[E001]" in lines[0] and "Traceback" not in result.output


def test_a_bug_keeps_its_traceback_and_asks_for_a_report(monkeypatch: pytest.MonkeyPatch) -> None:
    import mlkg.build.pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(mlkg.build.pipeline, "build", broken)
    result = runner.invoke(app, ["build", "anything.jsonl", "-o", "unused"])
    assert isinstance(result.exception, ZeroDivisionError)  # not swallowed into a one-line error
    assert "internal error" in result.output and "report" in result.output


def test_errors_module_lists_its_code_ranges() -> None:
    assert "E0xx" in (errors.__doc__ or "") and "E9xx" in (errors.__doc__ or "")
