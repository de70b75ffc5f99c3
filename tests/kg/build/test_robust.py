"""Issue 14: no record, race or machine failure makes a build end in a traceback or lose outputs.

Each test builds made-up inputs in tmp_path. The command line is run in-process (CliRunner) or,
where a second process matters (the output lock), as real subprocesses.
"""

from __future__ import annotations

import errno
import gzip
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlkg.build import cache, lock, pipeline, runner, shards
from mlkg.build.pipeline import BuildError, build
from mlkg.cli import app
from mlkg.extract.pipeline import PIECE_CHARS, extract_spacy, split_pieces
from mlkg.model import Paper

cli = CliRunner()
GOOD = {"title": "ResNet strikes back", "abstract": "We train ResNet-50 on ImageNet and reach 80.4% top-1 accuracy."}
FORMATS = ("ttl", "graphml")


def _jsonl(path: Path, *records: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _one_line(result: object) -> str:
    """The single non-blank line a failed command printed; fails if there are more, or a traceback."""
    output = result.output  # type: ignore[attr-defined]
    lines = [line for line in output.splitlines() if line.strip()]
    assert "Traceback" not in output and len(lines) == 1, output
    return lines[0]


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def _evidence_indexes_text(extraction: object) -> None:
    text = extraction.paper.text  # type: ignore[attr-defined]
    for entity in extraction.entities:  # type: ignore[attr-defined]
        for ev in entity.evidence:
            if ev.start is not None:
                assert text[ev.start:ev.end] == ev.text
    for result in extraction.results:  # type: ignore[attr-defined]
        assert text[result.evidence.start:result.evidence.end] == result.evidence.text


# --- case 1: a text longer than spaCy's max_length --------------------------------------------


def test_a_text_over_spacy_max_length_is_built_in_pieces(tmp_path: Path) -> None:
    long = {"title": "T", "abstract": "word " * 250_000}  # 1.25 M characters; nlp.max_length is 1 M
    source = _jsonl(tmp_path / "long.jsonl", long, GOOD)
    result = cli.invoke(app, ["build", str(source), "-o", str(tmp_path / "out"), "--formats", "ttl", "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["papers"] == 2 and report["skipped"] == 0
    assert "ResNet-50" in (tmp_path / "out" / "graph.ttl").read_text()
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")) == []


def test_pieces_cover_the_text_and_cut_after_sentences_or_spaces() -> None:
    text = "a" * 250 + " " + "b" * 100 + ". " + "c" * 500 + "\n" + "d" * 10
    spans = split_pieces(text, 0, 300)
    assert spans[0] == (0, 251)  # after the space: the sentence end at 353 is past the limit
    assert all(end - start <= 300 for start, end in spans)
    assert "".join(text[s:e] for s, e in spans) == text and spans[-1][1] == len(text)
    assert split_pieces("x" * 1000, 0, 300) == [(0, 300), (300, 600), (600, 900), (900, 1000)]
    assert split_pieces("y. " * 200, 0, 300)[0] == (0, 300)  # ends on a sentence's end


def test_long_text_entities_in_later_pieces_have_offsets_into_the_whole_text() -> None:
    filler = "This sentence is filler text about nothing in particular. " * (3 * PIECE_CHARS // 59)
    abstract = filler + "We evaluate BERT on SQuAD and reach 93.2 F1. " + filler
    paper = Paper(id="p", title="DeepThing: a long paper", abstract=abstract, source="f.jsonl", record=1)
    extraction = next(extract_spacy([paper]))
    names = {e.name for e in extraction.entities}
    assert {"BERT", "SQuAD", "DeepThing"} <= names
    _evidence_indexes_text(extraction)
    late = [ev.start for e in extraction.entities if e.name == "BERT" for ev in e.evidence]
    assert late and late[0] > 2 * PIECE_CHARS


# --- defensive: lone surrogates that reach extraction -----------------------------------------


def test_lone_surrogates_reaching_extraction_do_not_stop_it_and_round_trip(tmp_path: Path) -> None:
    bad = Paper(id="b", title="Bad \ud800 title", abstract="We use ImageNet \udc80 with BERT.", source="f", record=1)
    good = Paper(id="g", title=GOOD["title"], abstract=GOOD["abstract"], source="f", record=2)
    store = shards.ShardStore.open(tmp_path, {"extractor": "spacy"}, resume=False)
    found = list(runner.extract_partitions([bad, good], extractor="spacy", processes=1, store=store))
    assert {e.name for e in found[0].entities} >= {"ImageNet", "BERT"}
    assert {e.name for e in found[1].entities} >= {"ResNet-50", "ImageNet"}
    _evidence_indexes_text(found[0])  # the evidence keeps the text as it is, surrogates and all
    head = {"mlkg_extractions": 1, "extractor": "spacy", "mlkg_version": "t"}
    cache.write_cache(tmp_path, found, head)
    assert list(cache.read_cache(tmp_path, head)) == found


# --- case 10: one build at a time per output directory ----------------------------------------


HOLDER = textwrap.dedent("""
    import os, signal, sys, time
    from pathlib import Path
    from mlkg.build.lock import locked
    with locked(Path(sys.argv[1])):
        print("held", flush=True)
        if sys.argv[2] == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(float(sys.argv[2]))
""")


def _hold(outdir: Path, how: str) -> subprocess.Popen[str]:
    """A real process that takes the lock of ``outdir`` (as a build does), then sleeps or is killed."""
    outdir.mkdir(exist_ok=True)
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(outdir), how], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def _mlkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mlkg", *args], capture_output=True, text=True, timeout=300,
                          check=False)


def test_a_second_build_into_a_locked_directory_refuses_naming_the_holder(tmp_path: Path) -> None:
    source, out = _jsonl(tmp_path / "in.jsonl", GOOD), tmp_path / "out"
    holder = _hold(out, "60")
    try:
        proc = _mlkg("build", str(source), "-o", str(out), "--formats", "ttl", "-q")
    finally:
        holder.kill()
        holder.wait()
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 1 and "Traceback" not in proc.stderr and len(lines) == 1, proc.stderr
    assert "[E342]" in lines[0] and f"process {holder.pid} on " in lines[0] and "--wait" in lines[0]
    assert not (out / "report.json").exists()


def test_with_wait_a_second_build_waits_for_the_holder(tmp_path: Path) -> None:
    source, out = _jsonl(tmp_path / "in.jsonl", GOOD), tmp_path / "out"
    holder = _hold(out, "3")
    proc = _mlkg("build", str(source), "-o", str(out), "--formats", "ttl", "--wait")
    assert holder.wait(timeout=60) == 0  # it finished its sleep: the build waited, it did not break in
    assert proc.returncode == 0, proc.stderr
    assert "waiting for it to finish" in proc.stderr and (out / "report.json").exists()
    assert not (out / lock.FILENAME).exists()


def test_the_lock_of_a_killed_build_is_taken_over_with_a_note(tmp_path: Path) -> None:
    source, out = _jsonl(tmp_path / "in.jsonl", GOOD), tmp_path / "out"
    holder = _hold(out, "kill")
    assert holder.wait(timeout=60) == -signal.SIGKILL
    assert (out / lock.FILENAME).exists()  # SIGKILL left its pid file: only the kernel's lock is gone
    proc = _mlkg("build", str(source), "-o", str(out), "--formats", "ttl")
    assert proc.returncode == 0, proc.stderr
    notes = [line for line in proc.stderr.splitlines() if "took over the lock" in line]
    assert len(notes) == 1 and f"process {holder.pid} on " in notes[0]
    assert (out / "report.json").exists() and not (out / lock.FILENAME).exists()


def test_a_failed_build_releases_its_lock_without_a_stale_note(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(BuildError):
        build([_jsonl(tmp_path / "empty.jsonl")], out, formats=FORMATS)
    assert not (out / lock.FILENAME).exists()
    with lock.locked(out):  # no note about a killed build: the failed one let go properly
        pass


@pytest.mark.parametrize("how", ["ctrl-c", "kill"])
def test_interrupting_a_parallel_build_is_one_line_from_every_process(tmp_path: Path, how: str) -> None:
    """Ctrl-C goes to the terminal's whole process group: workers must not print tracebacks; `kill`
    (SIGTERM to the build alone) stops it the same way, its workers ended and its lock let go."""
    papers = [{"title": f"Paper {i}", "abstract": GOOD["abstract"] * 20} for i in range(4000)]
    source, out = _jsonl(tmp_path / "in.jsonl", *papers), tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "mlkg", "build", str(source), "-o", str(out), "-j", "2",
                             "--partition-size", "50", "--formats", "ttl"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        for _ in range(1200):  # until the workers have finished a partition (at most 120 s)
            if list((out / shards.DIRNAME).glob("part-*.parquet")) or proc.poll() is not None:
                break
            time.sleep(0.1)
        if how == "ctrl-c":
            os.killpg(proc.pid, signal.SIGINT)
        else:
            os.kill(proc.pid, signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    lines = [line for line in err.splitlines() if line.strip()]
    assert proc.returncode == 130 and "Traceback" not in err and len(lines) == 1, err
    assert lines[0].startswith("interrupted:") and not (out / lock.FILENAME).exists()
    assert not (out / ".mlkg-staging").exists() and not (out / "report.json").exists()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_that_lands_in_exec_made_code_still_exits_130(tmp_path: Path, signum: int) -> None:
    """CPython marks a KeyboardInterrupt that leaves code run by exec() of a string (dataclasses and
    namedtuples are made so) as unhandled even when it is caught later, and the process then kills
    itself by SIGINT: the stop must arrive there, deterministically, and still end as 130."""
    script = tmp_path / "stop_in_exec.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        import mlkg.build.pipeline
        from mlkg.cli import app

        def build(*args, **kwargs):
            exec("import os, time\\nos.kill(os.getpid(), {int(signum)})\\ntime.sleep(30)")

        mlkg.build.pipeline.build = build
        sys.argv = ["mlkg", "build", sys.argv[1], "-o", sys.argv[2], "--formats", "ttl"]
        app()
    """))
    source, out = _jsonl(tmp_path / "in.jsonl", GOOD), tmp_path / "out"
    # run with -m, as the `mlkg` command is: only that path turns the mark into a SIGINT at exit
    proc = subprocess.run([sys.executable, "-m", script.stem, str(source), str(out)], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path, check=False)
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 130 and len(lines) == 1 and lines[0].startswith("interrupted:"), proc.stderr


def test_a_stop_a_library_swallowed_still_stops_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A `kill` whose exception is caught by code it lands in (a library's `except BaseException`)
    still stops the build at its next step: exit 130, no report, the previous outputs kept."""
    run_here = runner.run_here

    def swallowing(parts: object, extractor: str) -> object:
        try:
            signal.raise_signal(signal.SIGTERM)
        except BaseException:  # noqa: BLE001 - the library that loses the stop
            pass
        yield from run_here(parts, extractor)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "run_here", swallowing)
    source, out = _jsonl(tmp_path / "in.jsonl", GOOD, {**GOOD, "title": "Another"}), tmp_path / "out"
    result = cli.invoke(app, ["build", str(source), "-o", str(out), "-j", "1", "--formats", "ttl"])
    assert result.exit_code == 130 and _one_line(result).startswith("interrupted:")
    assert not (out / "report.json").exists() and not (out / "graph.ttl").exists()


def test_a_stop_held_back_while_outputs_are_moved_in_does_not_report_them_untouched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Ctrl-C during the renames is held back; once they are done the build has finished, so the
    stop is taken with a note instead of an "interrupted: previous outputs untouched" that is untrue."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("old")
    replace = os.replace

    def replace_with_a_stop(src: object, dst: object) -> None:
        os.kill(os.getpid(), signal.SIGINT)  # held back: blocked until the renames are done
        replace(src, dst)

    monkeypatch.setattr(pipeline.os, "replace", replace_with_a_stop)
    with pipeline.staged_outputs(out) as staging:
        (staging / "graph.ttl").write_text("new")
    assert (out / "graph.ttl").read_text() == "new" and not (out / ".mlkg-staging").exists()
    assert "the build had finished" in caplog.text


def test_a_failed_build_gives_ctrl_c_back(tmp_path: Path) -> None:
    """The build's stop handlers last as long as the build: after a refusal Ctrl-C is the caller's again."""
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    result = cli.invoke(app, ["build", str(_jsonl(tmp_path / "empty.jsonl")), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before


# --- cases 11, 12, 13: the output directory and the disk ---------------------------------------


def test_out_pointing_at_a_file_is_one_line(tmp_path: Path) -> None:
    source, a_file = _jsonl(tmp_path / "in.jsonl", GOOD), tmp_path / "a_file"
    a_file.write_text("not a directory")
    for target in (a_file, a_file / "sub" / "out"):
        result = cli.invoke(app, ["build", str(source), "-o", str(target)])
        assert result.exit_code == 1
        line = _one_line(result)
        assert "[E340]" in line and f"{a_file} is a file" in line
    assert a_file.read_text() == "not a directory"


def test_an_output_directory_without_write_permission_is_one_line(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, whom chmod does not stop: the kernel's refusal is injected where a build
    first writes into the directory (its lock file), as EACCES, what a read-only directory gives."""
    source, out = _jsonl(tmp_path / "in.jsonl", GOOD), tmp_path / "out"
    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if str(path).startswith(str(out)):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(lock.os, "open", refuse)
    result = cli.invoke(app, ["build", str(source), "-o", str(out)])
    assert result.exit_code == 1
    line = _one_line(result)
    assert "[E341]" in line and "Permission denied" in line and str(out) in line


def test_a_disk_too_full_for_the_lock_file_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, out = _jsonl(tmp_path / "in.jsonl", GOOD), tmp_path / "out"

    def full(*args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock.os, "pwrite", full)
    result = cli.invoke(app, ["build", str(source), "-o", str(out)])
    assert result.exit_code == 1 and "[E341]" in _one_line(result) and "No space left" in result.output
    assert list(out.iterdir()) == []


@pytest.fixture
def earlier(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """An input, and the output directory of an earlier build of it, with its files' bytes."""
    source, out = _jsonl(tmp_path / "in.jsonl", GOOD), tmp_path / "out"
    build([source], out, formats=FORMATS)
    return source, out, _files(out)


def test_a_full_disk_while_writing_outputs_keeps_the_old_ones_and_says_so(
        earlier: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch) -> None:
    source, out, before = earlier

    def full(self: gzip.GzipFile, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(gzip.GzipFile, "write", full)  # the extraction cache, written after the graph files
    result = cli.invoke(app, ["build", str(source), "-o", str(out), "--formats", ",".join(FORMATS)])
    assert result.exit_code == 1
    line = _one_line(result)
    assert "[E343] disk full writing the outputs" in line and f"the previous outputs in {out} are unchanged" in line
    assert _files(out) == before and not (out / ".mlkg-staging").exists()


def test_a_full_disk_while_writing_shards_keeps_the_old_outputs(
        earlier: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch) -> None:
    source, out, before = earlier

    def full(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(BuildError) as info:
        build([source], out, formats=FORMATS)
    assert info.value.code == "E343" and ".mlkg-shards" in str(info.value) and "unchanged" in str(info.value)
    assert _files(out) == before


def test_a_rename_failing_half_way_says_the_outputs_are_mixed(
        earlier: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch) -> None:
    source, out, _ = earlier
    real_replace, calls = os.replace, []

    def flaky(src: object, dst: object) -> None:
        moving = Path(str(dst)).parent == out  # the moves of the finished outputs out of staging
        calls.extend([dst] if moving else [])
        if len(calls) == 2 and moving:
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline.os, "replace", flaky)
    with pytest.raises(BuildError) as info:
        build([source], out, formats=FORMATS)
    replaced = len(FORMATS) + 3  # the formats, extractions.jsonl.gz, void.ttl, report.json
    assert info.value.code == "E345" and f"after 1 of {replaced} were replaced" in str(info.value)


# --- case 15: a damaged extraction cache under --update ---------------------------------------


def _damaged(raw: bytes, kind: str) -> bytes:
    lines = gzip.decompress(raw).split(b"\n")
    if kind == "flipped bytes":
        return raw[:40] + bytes([raw[40] ^ 0xFF]) + raw[41:]
    if kind == "truncated":
        return raw[:len(raw) // 2]
    if kind == "not gzip":
        return b"hello"
    body = {"non-JSON header": [b"not json", *lines[1:]],
            "bad UTF-8": [lines[0], lines[1].replace(b"ResNet", b"\xff\xfeNet"), *lines[2:]],
            "int title": [lines[0], lines[1].replace(b'"title": "ResNet strikes back"', b'"title": 5'), *lines[2:]],
            "list record": [lines[0], b"[1, 2]"],
            "string offset": [lines[0], lines[1].replace(b'"start": ', b'"start": "x", "_": ', 1), *lines[2:]],
            }[kind]
    return gzip.compress(b"\n".join(body))


@pytest.mark.parametrize("kind", ["flipped bytes", "truncated", "not gzip", "non-JSON header", "bad UTF-8",
                                  "int title", "list record", "string offset"])
def test_update_with_a_damaged_cache_is_one_line(earlier: tuple[Path, Path, dict[str, bytes]], kind: str) -> None:
    source, out, _ = earlier
    target = out / cache.FILENAME
    target.write_bytes(_damaged(target.read_bytes(), kind))
    before = _files(out)
    result = cli.invoke(app, ["build", str(source), "--update", str(out)])
    assert result.exit_code == 1
    line = _one_line(result)
    assert any(f"[{code}]" in line for code in ("E311", "E190", "E192")), line
    assert str(target) in line and ("rebuild" in line or "mlkg build" in line)
    assert _files(out) == before


def test_update_of_a_missing_directory_creates_nothing(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", GOOD)
    result = cli.invoke(app, ["build", str(source), "--update", str(tmp_path / "none")])
    assert result.exit_code == 1 and "[E310]" in _one_line(result)
    assert not (tmp_path / "none").exists()
