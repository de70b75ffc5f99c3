"""The CLI end to end on the bundled example, through the installed console script."""

from __future__ import annotations

import fcntl
import gzip
import json
import os
import subprocess
import sys
import termios
import time
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib.namespace import RDF
from typer.testing import CliRunner

from mlkg.cli import app
from mlkg.ontology.vocab import MLKG

runner = CliRunner()


def _mlkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mlkg", *args], capture_output=True, text=True, timeout=300, check=False)


def test_build_example_end_to_end(example_page: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = _mlkg("build", str(example_page), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    report = json.loads((out / "report.json").read_text())
    assert report["papers"] == 29 and report["records_read"] == 29 and report["skipped"] == 0
    assert set(report["timing_seconds"]) >= {"load", "extract", "graph", "export", "total"}
    graph = rdflib.Graph().parse(out / "graph.ttl")
    assert len(set(graph.subjects(RDF.type, MLKG.Paper))) == 29
    assert len(set(graph.subjects(RDF.type, MLKG.Organization))) >= 1
    g = nx.read_graphml(out / "graph.graphml")
    assert sum(1 for _, d in g.nodes(data=True) if d["type"] == "Paper") == 29
    assert report["nodes"] == g.number_of_nodes()
    assert not list(out.glob(".*.tmp"))  # atomic writes leave no temp files


def test_rebuild_is_byte_identical(example_page: Path, tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert runner.invoke(app, ["build", str(example_page), "-o", str(tmp_path / name), "-q"]).exit_code == 0
    for name in ("graph.ttl", "graph.graphml"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_bad_records_are_reported_and_strict_fails(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "Fine", "abstract": "ok"}\n{broken\n')
    cut = tmp_path / "cut.json.gz"
    cut.write_bytes(gzip.compress((data_dir / "hf_daily_api" / "2024-10-16.json").read_bytes())[:50])
    result = runner.invoke(app, ["build", str(bad), str(cut), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["papers"] == 1 and report["skipped"] == 1
    assert report["skipped_records"] == ["bad.jsonl: record 2: invalid JSON: Expecting property name enclosed in double quotes"]
    assert len(report["failed_files"]) == 1 and "cut.json.gz" in report["failed_files"][0]

    strict = _mlkg("build", str(bad), "-o", str(tmp_path / "strict"), "--strict")
    assert strict.returncode == 1
    assert "record 2" in strict.stderr and "Traceback" not in strict.stderr
    assert not (tmp_path / "strict" / "graph.ttl").exists()


def test_strict_notices_a_repaired_record(tmp_path: Path) -> None:
    """One byte that is not UTF-8 is repaired for its own line; --strict refuses it all the same."""
    listing = tmp_path / "repaired.jsonl"
    listing.write_bytes(b'{"title": "Caf\xe9 one", "abstract": "ok"}\n{"title": "Fine", "abstract": "ok"}\n')
    lenient = runner.invoke(app, ["build", str(listing), "-o", str(tmp_path / "out"), "-q"])
    assert lenient.exit_code == 0, lenient.output
    assert json.loads((tmp_path / "out" / "report.json").read_text())["repaired"] == 1
    strict = _mlkg("build", str(listing), "-o", str(tmp_path / "strict"), "--strict")
    assert strict.returncode == 1
    assert "[E301]" in strict.stderr and "record 1" in strict.stderr and "Traceback" not in strict.stderr
    assert not (tmp_path / "strict" / "graph.ttl").exists()


def test_errors_are_one_line(tmp_path: Path) -> None:
    for args in (["build", str(tmp_path / "missing.json"), "-o", str(tmp_path)],
                 ["build", str(tmp_path), "-o", str(tmp_path / "o")],
                 ["build", "x", "-o", str(tmp_path), "--formats", "ttl,pdf"]):
        proc = _mlkg(*args)
        assert proc.returncode != 0
        assert "Traceback" not in proc.stderr
        assert proc.stderr.strip().startswith(("error", "Usage")), proc.stderr


def test_field_mapping_option(data_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(data_dir / "listing_custom_columns.csv"), "-o", str(tmp_path),
                                 "--field", "title=headline", "--field", "abstract=body", "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "report.json").read_text())["papers"] == 3
    bad = runner.invoke(app, ["build", "x.csv", "-o", str(tmp_path), "--field", "titel=headline"])
    assert bad.exit_code == 2 and "FIELD=COLUMN" in bad.output


def test_help_is_complete() -> None:
    top = runner.invoke(app, ["--help"])
    assert top.exit_code == 0 and "build" in top.output
    build = runner.invoke(app, ["build", "--help"])
    for option in ("--out", "--format", "--field", "--formats", "--strict", "--quiet", "hf-page", "hf-api"):
        assert option in build.output, option


def test_a_reader_that_closes_the_pipe_is_not_reported_as_a_bug() -> None:
    """`mlkg build --help | head -3` must end quietly, as any Unix tool does.

    The pipe is shrunk to one page, so mlkg's help fills it and mlkg waits on its next write;
    the reader then goes away, as `head` does, and that write fails."""
    read_end, write_end = os.pipe()
    fcntl.fcntl(read_end, fcntl.F_SETPIPE_SZ, 4096)
    run = subprocess.Popen(["mlkg", "build", "--help"], stdout=write_end, stderr=subprocess.PIPE, text=True,
                           env={**os.environ, "COLUMNS": "80"})
    os.close(write_end)
    waiting, seen = bytearray(4), -1
    for _ in range(600):  # until the help has filled the pipe: what waits in it stops growing
        fcntl.ioctl(read_end, termios.FIONREAD, waiting)
        now = int.from_bytes(waiting, sys.byteorder)
        if now > 0 and now == seen or run.poll() is not None:
            break
        seen = now
        time.sleep(0.2)
    assert run.poll() is None, "the help fits in one page: the test needs a longer text"
    os.close(read_end)
    assert run.wait(timeout=120) != 0
    assert run.stderr is not None
    stderr = run.stderr.read()
    assert "internal error" not in stderr and "Traceback" not in stderr, stderr


def test_extract_then_eval(example_page: Path, data_dir: Path, tmp_path: Path) -> None:
    from mlkg.loaders import load

    preds = tmp_path / "preds.jsonl"
    proc = _mlkg("extract", str(example_page), "-o", str(preds), "-q")
    assert proc.returncode == 0, proc.stderr
    header, *records = [json.loads(line) for line in preds.read_text().splitlines()]
    assert header["mlkg_extractions"] == 1 and header["extractor"] == "spacy"
    papers = {p.id: p for p in load(example_page)}
    assert [r["paper"]["id"] for r in records] == list(papers)
    for record in records:
        text = papers[record["paper"]["id"]].text
        names = [(e["name"], e["type"]) for e in record["entities"]]
        assert len(names) == len(set(names))  # one entry per distinct entity per paper
        for entity in record["entities"]:
            assert entity["type"] in {"Model", "Dataset", "Benchmark", "Organization", "Repository"}
            assert entity["role"] in {"introduces", "uses", "compares", "code", "affiliation", "mentions"}
            assert 0 < entity["confidence"] <= 1
            for ev in entity["evidence"]:
                if ev["start"] is not None:
                    assert text[ev["start"]:ev["end"]] == ev["text"]
    scores = tmp_path / "scores.json"
    proc = _mlkg("eval", str(preds), str(data_dir / "hf_daily_papers_page.gold.jsonl"), "--json", str(scores))
    assert proc.returncode == 0, proc.stderr
    assert "typed" in proc.stdout
    result = json.loads(scores.read_text())
    assert result["entities"]["typed_micro"]["tp"] > 0


def test_eval_bad_file_is_one_line(tmp_path: Path, data_dir: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"mlkg_extractions": 1}\n{oops\n')
    proc = _mlkg("eval", str(bad), str(data_dir / "hf_daily_papers_page.gold.jsonl"))
    assert proc.returncode == 1 and "bad.jsonl:2" in proc.stderr and "Traceback" not in proc.stderr


def _mini_gold(root: Path) -> Path:
    """A made-up gold folder with a gold-dev and a scierc-dev split of one abstract each."""
    root.mkdir()
    rows = [{"id": "a", "split": "dev", "title": "Wobbler: a tiny test model",
             "abstract": "We propose Wobbler, a new model. Wobbler is trained on the Quokka-10K dataset."}]
    (root / "texts.jsonl").write_text(json.dumps(rows[0]) + "\n")
    (root / "scierc.texts.jsonl").write_text(json.dumps({**rows[0], "source": "scierc"}) + "\n")
    entities = [{"name": "Wobbler", "type": "Model", "role": "introduces", "aliases": []},
                {"name": "Quokka-10K", "type": "Dataset", "role": "uses", "aliases": []}]
    (root / "dev.gold.jsonl").write_text(json.dumps({"title": rows[0]["title"], "entities": entities}) + "\n")
    no_roles = [{**e, "role": None} for e in entities]
    (root / "scierc.dev.gold.jsonl").write_text(json.dumps({"title": rows[0]["title"], "entities": no_roles}) + "\n")
    return root


def test_eval_scores_bundled_splits(tmp_path: Path) -> None:
    gold_dir = _mini_gold(tmp_path / "gold")
    scores = tmp_path / "scores.json"
    result = runner.invoke(app, ["eval", "--split", "gold-dev", "--split", "scierc-dev", "--gold-dir", str(gold_dir),
                                 "--data", str(tmp_path / "nowhere"), "--json", str(scores)])
    assert result.exit_code == 0, result.output
    assert "gold-dev" in result.output and "scierc-dev" in result.output and "per split" in result.output
    written = json.loads(scores.read_text())
    assert list(written) == ["gold-dev", "scierc-dev"]
    assert written["gold-dev"]["entities"]["typed_micro"]["tp"] >= 1
    assert written["gold-dev"]["roles"]["total"] >= 1 and written["scierc-dev"]["roles"]["total"] == 0
    assert "Model" in written["scierc-dev"]["entities"]["per_type"]


def test_eval_split_errors(tmp_path: Path) -> None:
    gold_dir = _mini_gold(tmp_path / "gold")
    unknown = runner.invoke(app, ["eval", "--split", "gold-nope", "--gold-dir", str(gold_dir)])
    assert unknown.exit_code == 1 and "E161" in unknown.output and "scierc-test" in unknown.output
    missing = runner.invoke(app, ["eval", "--split", "all", "--gold-dir", str(gold_dir),
                                  "--data", str(tmp_path / "nowhere")])
    assert missing.exit_code == 1 and "E160" in missing.output and "Traceback" not in missing.output
    both = runner.invoke(app, ["eval", "a.jsonl", "b.jsonl", "--split", "gold-dev"])
    assert both.exit_code == 2
    neither = runner.invoke(app, ["eval"])
    assert neither.exit_code == 2


@pytest.mark.parametrize(("command", "text"), [
    ("build", "mlkg[dask]"), ("build", "[default: ttl,graphml,html"), ("export", "[env NEO4J_URI"),
    ("viz", "mlkg[browser]"), ("viz", "[default: Paper,Model"),
])
def test_help_keeps_square_brackets(command: str, text: str) -> None:
    """rich reads [..] in help as markup and drops it unless escaped."""
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    assert text in " ".join(result.output.split())


def test_the_command_line_starts_without_the_heavy_libraries() -> None:
    """`mlkg --version` and `--help` must not pay for spaCy, rdflib, pyarrow or pyoxigraph: those load
    inside the commands that use them (benchmarks/bench_startup.py measures the time)."""
    probe = ("import sys, mlkg.cli; "
             "print(','.join(m for m in ('spacy', 'rdflib', 'pyarrow', 'pyoxigraph', 'networkx', 'neo4j') "
             "if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert run.stdout.strip() == ""


def _single_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert "Traceback" not in output and len(lines) == 1, output
    return lines[0]


def test_extract_and_export_out_in_the_wrong_place_is_one_line(tmp_path: Path) -> None:
    """Issue 14 case 11 for the other commands that write: -o a directory where a file is meant,
    or a file where a directory is meant (or in the way of one)."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"title": "ResNet", "abstract": "We use ImageNet."}) + "\n")
    a_file = tmp_path / "a_file"
    a_file.write_text("keep")
    for target, code in ((tmp_path, "E347"), (a_file / "x.jsonl", "E340")):
        result = runner.invoke(app, ["extract", str(source), "-o", str(target), "-q"])
        assert result.exit_code == 1 and f"[{code}]" in _single_line(result.output)
    built = tmp_path / "built"
    assert runner.invoke(app, ["build", str(source), "-o", str(built), "--formats", "ttl", "-q"]).exit_code == 0
    result = runner.invoke(app, ["export", "nt", str(built), "-o", str(a_file)])
    assert result.exit_code == 1 and f"[E340] {a_file} is a file" in _single_line(result.output)
    assert a_file.read_text() == "keep"


def test_extract_on_a_full_disk_keeps_the_previous_predictions(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 14 case 13 for `mlkg extract`: ENOSPC injected where the records are written."""
    import errno

    from mlkg import codec

    source, target = tmp_path / "in.jsonl", tmp_path / "pred.jsonl"
    source.write_text(json.dumps({"title": "ResNet", "abstract": "We use ImageNet."}) + "\n")
    target.write_text("previous\n")

    def full(*args: object, **kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(codec, "write", full)
    result = runner.invoke(app, ["extract", str(source), "-o", str(target), "-q"])
    assert result.exit_code == 1
    line = _single_line(result.output)
    assert f"[E343] disk full writing {target}; the previous outputs in {tmp_path} are unchanged" in line
    assert target.read_text() == "previous\n" and not list(tmp_path.glob(".pred.jsonl.*"))


_STOP_IN_DEL = """
import os, signal, sys
from mlkg.cli import _StopRequest

stop = _StopRequest()
signal.signal(signal.SIGTERM, stop.handle)
sys.unraisablehook = stop.unraisable_hook(sys.unraisablehook)


class Finalised:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGTERM)  # the handler runs here, where no exception can pass
        sum(range(1000))


Finalised()
print("requested" if stop.requested else "lost")


class Broken:
    def __del__(self):
        raise ValueError("another unraisable error")


Broken()
"""


def test_a_stop_that_lands_where_python_cannot_raise_it_is_kept_and_not_printed() -> None:
    """A `kill` whose handler runs inside a finaliser (as it once did in the import lock's weakref callback during
    a parallel build) cannot raise there: the stop is still noted, for the next progress step to raise, and
    Python's "Exception ignored in ... Traceback" report of it is dropped; other such errors are still reported."""
    proc = subprocess.run([sys.executable, "-c", _STOP_IN_DEL], capture_output=True, text=True, timeout=60,
                          check=False)
    assert proc.returncode == 0 and proc.stdout.strip() == "requested", proc.stdout + proc.stderr
    assert "_Stop" not in proc.stderr and proc.stderr.count("Traceback") == 1, proc.stderr
    assert "ValueError: another unraisable error" in proc.stderr, proc.stderr
