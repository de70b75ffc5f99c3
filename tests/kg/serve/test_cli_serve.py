"""`mlkg serve`'s command line: coded one-line errors, loopback by default, a warning for any
other address, the first start saying that it loads the store, and Ctrl-C ending it cleanly."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlkg.cli import app
from mlkg.serve.cli import is_loopback
from mlkg.stores.oxigraph import graph_file, store_path
from tests.kg.serve.conftest import start_server


def _one_line_error(args: list[str], code: str) -> str:
    result = CliRunner().invoke(app, ["serve", *args])
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and f"[{code}]" in lines[0], result.output
    return lines[0]


def test_missing_or_unbuilt_directory(tmp_path: Path) -> None:
    assert "no such directory" in _one_line_error([str(tmp_path / "nothing")], "E808")
    assert "report.json" in _one_line_error([str(tmp_path)], "E808")


def test_port_in_use(examples_out: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        _one_line_error([str(examples_out), "--port", str(taken.getsockname()[1])], "E809")


def test_bad_timeout(examples_out: Path) -> None:
    _one_line_error([str(examples_out), "--timeout", "0"], "E811")


def test_another_host_is_warned_about() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1") and is_loopback("127.0.0.2")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1") and not is_loopback("example.org")


def test_a_non_loopback_host_prints_a_warning_first(examples_out: Path) -> None:
    # 192.0.2.1 (TEST-NET-1) is no address of this machine: the warning, then the bind fails, nothing is exposed
    result = CliRunner().invoke(app, ["serve", str(examples_out), "--host", "192.0.2.1", "--port", "0"])
    assert result.exit_code == 1
    warning, error = result.output.strip().splitlines()[:2]
    assert warning.startswith("warning: listening on 192.0.2.1, not on localhost")
    assert "[E809]" in error


def test_first_start_says_it_loads_the_store_then_ctrl_c_stops(examples_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(examples_out, out, ignore=shutil.ignore_patterns("*.oxigraph"))
    assert not store_path(graph_file(out)).exists()
    server = start_server(out)
    try:
        assert any("loading" in line and "query store" in line for line in server.output), server.output
        with server.client() as client:
            assert client.get("queries").status_code == 200
    finally:
        assert server.stop() == 0
    again = start_server(out)  # the store is there now: no loading line
    try:
        assert not any("loading" in line for line in again.output), again.output
    finally:
        assert again.stop() == 0


@pytest.mark.parametrize("option", ["--help"])
def test_help_names_the_defaults(option: str) -> None:
    result = CliRunner().invoke(app, ["serve", option])
    assert result.exit_code == 0 and "127.0.0.1" in result.output and "8000" in result.output
