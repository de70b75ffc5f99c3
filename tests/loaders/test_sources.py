"""Which files an input directory contributes."""

from __future__ import annotations

from pathlib import Path

from mlkg.loaders import expand_inputs


def test_a_directory_gives_its_listings_but_not_hidden_files_or_docs(tmp_path: Path) -> None:
    for name in ("b.jsonl", "a.json.gz", "sub/c.csv", ".hidden.jsonl", "README.md", "notes/plot.png"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in expand_inputs([tmp_path])] == [
        "a.json.gz", "b.jsonl", "sub/c.csv"]
    assert expand_inputs([tmp_path / "README.md"]) == [tmp_path / "README.md"]  # named: always read
