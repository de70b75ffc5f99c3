"""The package layout as tools see it: imports resolve statically, layers import downward only,
and a folder named ``mlkg`` in the working directory does not shadow the installed package."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parent.parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is missing: pip install -e '.[test]'"
    return found


def test_pyright_resolves_every_import_of_the_editable_checkout() -> None:
    """basedpyright follows only static paths (no import hooks): every `from mlkg... import X` in the
    package, the tests and the benchmarks must resolve to a module and a name."""
    run = subprocess.run([_tool("basedpyright"), "--outputjson", "--pythonpath", sys.executable],
                         cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    report = json.loads(run.stdout)
    assert report["summary"]["filesAnalyzed"] > 100
    unresolved = [f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}"
                  for d in report["generalDiagnostics"]
                  if d.get("rule") in ("reportMissingImports", "reportMissingModuleSource")
                  or "is unknown import symbol" in d["message"]]
    assert unresolved == []


def test_layers_import_downward_only() -> None:
    """The contracts in pyproject.toml ([tool.importlinter]): loaders -> extract -> resolve -> graph ->
    export/query/viz -> build -> cli, nothing upward, no cycles between siblings."""
    run = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=REPO, capture_output=True, text=True, check=False,
                         timeout=300)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "broken" in run.stdout and " 0 broken" in run.stdout


def test_a_clone_named_mlkg_in_the_working_directory_does_not_shadow_the_package(tmp_path: Path) -> None:
    (tmp_path / "mlkg" / "kg").mkdir(parents=True)  # what `git clone ... mlkg` leaves beside you
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    run = subprocess.run([sys.executable, "-c", "import mlkg, mlkg.loaders; print(mlkg.__version__)"],
                         cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip()


@pytest.mark.parametrize("folder", ["loaders", "ontology", "queries"])
def test_top_level_folders_are_the_package_s_own_subpackages(folder: str) -> None:
    """The design card's folders stay at the top; the package reaches them by relative symlinks,
    so static tools, wheels and editable installs all see one copy."""
    link = REPO / "kg" / "mlkg" / folder
    assert link.is_symlink() and link.resolve() == (REPO / folder).resolve()
    assert not os.path.isabs(os.readlink(link))
