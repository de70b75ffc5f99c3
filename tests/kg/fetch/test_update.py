"""mlkg update: fetch what is new, build --update, and end with the graph of a full build."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mlkg.build.pipeline import build
from mlkg.fetch import FetchError, fetch, update

from .conftest import FAST, PACE
from .replay import Replay

FORMATS = ("nt", "graphml")


def _outputs(directory: Path) -> dict[str, bytes]:
    return {name: (directory / f"graph.{name}").read_bytes() for name in FORMATS}


def test_daily_updates_through_faults_give_the_graph_of_a_direct_build(replay: Replay, tmp_path: Path) -> None:
    raw, out, direct = tmp_path / "raw", tmp_path / "out", tmp_path / "direct"
    options = {"base_url": replay.url, "delay": PACE, "policy": FAST}
    # day one: Wednesday 8 January in the evening, that day's list still growing
    replay.add("hf:2025-01-07", "reset")
    replay.add("hf:2025-01-08", "partial:5")
    fetch("hf-daily", raw, dt.date(2025, 1, 6), dt.date(2025, 1, 8), now=dt.datetime(2025, 1, 8, 21, tzinfo=dt.UTC),
          **options)
    build([raw], out, formats=FORMATS, processes=1)
    first = json.loads((out / "report.json").read_text())
    assert first["inputs"] == [str(raw)]
    # a week later: the update takes the grown day again and the new days, through every fault
    replay.add("hf:2025-01-09", "429:1", "truncated-gzip")
    replay.add("hf:2025-01-13", "503", "503", "503")
    replay.add("hf:2025-01-14", "html")
    replay.always["hf:2025-01-10"] = "html"  # stays bad: reported, kept out
    a_week_later = dt.datetime(2025, 1, 14, 22, tzinfo=dt.UTC)
    replay.log.clear()
    planned = update(out, "hf-daily", now=a_week_later, dry_run=True, **options)
    assert replay.log == [] and not planned.built
    assert [o.key for o in planned.fetched.with_status("planned")] == [  # 01-06 had settled, 01-07 not
        "2025-01-07", "2025-01-08", "2025-01-09", "2025-01-10", "2025-01-11", "2025-01-12", "2025-01-13", "2025-01-14"]
    result = update(out, "hf-daily", now=a_week_later, processes=1, **options)
    asked = [s.params["date"] for s in replay.log if s.params.get("date") >= "2025-01-08"]
    assert asked[0] == "2025-01-08" and "2025-01-06" not in asked  # settled days are not asked again
    status = {o.key: o.status for o in result.fetched.outcomes}
    assert status["2025-01-08"] == "fetched" and status["2025-01-10"] == "bad" and status["2025-01-11"] == "empty"
    assert result.built
    # the same files given to a build directly give the same graph, byte for byte
    build([raw], direct, formats=FORMATS, processes=1)
    assert _outputs(out) == _outputs(direct)
    after = json.loads((out / "report.json").read_text())
    assert result.new_papers == after["papers"] - first["papers"] > 0
    assert result.new_papers == 13 + 5 + 9 + 10  # 2025-01-09, -13, -14 and the rest of -08 (it had 5 of 15)
    assert result.new_entities and all(n > 0 for n in result.new_entities.values())
    assert set(result.new_entities) <= set(after["nodes_by_type"]) - {"Paper", "Person", "Result", "Metric"}
    assert {kind: after["nodes_by_type"][kind] - first["nodes_by_type"].get(kind, 0)
            for kind in result.new_entities} == result.new_entities
    # nothing new: no build
    replay.always.clear()
    again = update(out, "hf-daily", now=dt.datetime(2025, 1, 14, 23, tzinfo=dt.UTC), processes=1, **options)
    assert not again.built or again.fetched.changed  # the bad day, fetched now, is the only change
    assert {o.key for o in again.fetched.with_status("fetched")} <= {"2025-01-10", "2025-01-13", "2025-01-14"}


def test_update_without_a_fetched_input_says_how_to_go_on(tmp_path: Path, data_dir: Path) -> None:
    build([data_dir / "hf_daily_api" / "2024-10-16.json"], tmp_path / "out", formats=("nt",), processes=1)
    with pytest.raises(FetchError, match=r"\[E866\].*--raw DIR"):
        update(tmp_path / "out", "hf-daily")
    (tmp_path / "raw").mkdir()
    with pytest.raises(FetchError, match=r"\[E867\].*--from DATE"):
        update(tmp_path / "out", "hf-daily", raw_dir=tmp_path / "raw")
    with pytest.raises(FetchError, match=r"\[E868\]"):
        update(tmp_path / "nothing", "hf-daily")


def _mlkg(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mlkg", *args], check=False, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "COLUMNS": "200", **env})


def test_the_commands_fetch_build_and_update(replay: Replay, tmp_path: Path) -> None:
    env = {"MLKG_HF_BASE_URL": replay.url}
    fast = ["--delay", "0.01", "--retries", "4", "--backoff", "0.02"]
    replay.always["hf:2025-01-10"] = "html"
    dry = _mlkg("fetch", "hf-daily", "--from", "2025-01-06", "--to", "2025-01-07", "-o", str(tmp_path / "raw"),
                "--dry-run", env=env)
    assert dry.returncode == 0 and "nothing was sent" in dry.stdout and replay.log == []
    done = _mlkg("fetch", "hf-daily", "--from", "2025-01-06", "--to", "2025-01-10", "-o", str(tmp_path / "raw"),
                 *fast, env=env)
    assert done.returncode == 3, done.stderr  # finished, with a bad day
    assert "bad response 2025-01-10: an HTML page with status 200" in " ".join(done.stderr.split())
    built = _mlkg("build", str(tmp_path / "raw"), "-o", str(tmp_path / "out"), "-j", "1", "-q", env=env)
    assert built.returncode == 0, built.stderr
    replay.always.clear()
    updated = _mlkg("update", str(tmp_path / "out"), "--source", "hf-daily", "--to", "2025-01-13", "-j", "1",
                    *fast, env=env)
    assert updated.returncode == 0, updated.stderr
    text = " ".join(updated.stdout.split())
    assert "14 new papers" in text and "new entities: " in text  # 2025-01-10 (9) and -13 (5)
    refused = _mlkg("fetch", "arxiv", "--from", "2025-01-06", "-c", "cs.CV", "--delay", "1", env={})
    assert refused.returncode == 1 and "[E857]" in refused.stderr


def test_help_says_which_commands_use_the_network() -> None:
    for command in (["--help"], ["fetch", "--help"], ["update", "--help"]):
        text = " ".join(_mlkg(*command, env={}).stdout.split())
        assert "only commands that do are fetch and update" in text or "only `mlkg fetch` and `mlkg update` use the network" in text
