"""The build pipeline: incremental updates equal a build from all inputs at once."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlkg.build.cache import FILENAME
from mlkg.build.pipeline import BuildError, build
from mlkg.cli import app

DATA = Path(__file__).parents[3] / "tests" / "data"
FIRST = [DATA / "hf_daily_papers_page_excerpt.txt", DATA / "hf_daily_api" / "2024-10-16.json"]
LATER = [DATA / "arxiv_listing.jsonl", DATA / "hf_daily_api" / "2025-01-10.json"]
FORMATS = ("nt", "ttl", "graphml")


def _outputs(directory: Path) -> dict[str, bytes]:
    return {name: (directory / f"graph.{name}").read_bytes() for name in FORMATS}


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("full")
    build(FIRST + LATER, out, formats=FORMATS)
    return out


def test_update_equals_a_build_from_all_inputs(full: Path, tmp_path: Path) -> None:
    build(FIRST, tmp_path, formats=FORMATS)
    before = _outputs(tmp_path)
    result = build(LATER, tmp_path, formats=FORMATS, update=True)
    assert _outputs(tmp_path) != before
    assert _outputs(tmp_path) == _outputs(full)
    assert result.report["update"]["previous_papers"] < result.report["papers"]
    assert result.report["update"]["extracted"] == result.report["papers"] - result.report["update"][
        "previous_papers"]


def test_updating_with_the_same_input_again_changes_nothing(full: Path, tmp_path: Path) -> None:
    build(FIRST + LATER, tmp_path, formats=FORMATS)
    result = build(LATER, tmp_path, formats=FORMATS, update=True)
    assert result.report["update"]["extracted"] == 0
    assert result.report["duplicates_merged"] == result.report["records_read"]
    assert _outputs(tmp_path) == _outputs(full)


def test_a_repeat_with_new_metadata_is_merged_and_re_extracted(tmp_path: Path) -> None:
    build(FIRST, tmp_path, formats=("nt",))
    record = json.loads((DATA / "hf_daily_api" / "2024-10-16.json").read_text(encoding="utf-8"))[0]
    record["paper"]["githubRepo"] = "https://github.com/example-owner/example-repo"
    repeat = tmp_path / "repeat.json"
    repeat.write_text(json.dumps([record]), encoding="utf-8")
    papers_before = build(FIRST, tmp_path / "again", formats=("nt",)).report["papers"]
    result = build([repeat], tmp_path, formats=("nt",), update=True)
    assert result.report["papers"] == papers_before
    assert result.report["update"]["extracted"] == 1
    assert "repo/github/example-owner/example-repo" in result.graph.nodes


def test_update_needs_a_cache_from_the_same_extractor(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="no extraction cache"):
        build(LATER, tmp_path, update=True)
    build(FIRST, tmp_path, formats=("nt",), extractor="basic")
    with pytest.raises(BuildError, match="extractor='basic'"):
        build(LATER, tmp_path, formats=("nt",), extractor="spacy", update=True)


def test_a_damaged_cache_names_file_and_line(tmp_path: Path) -> None:
    build(FIRST, tmp_path, formats=("nt",))
    cache = tmp_path / FILENAME
    with gzip.open(cache, "rt", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    lines[2] = '{"paper": {}}'
    with gzip.open(cache, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    with pytest.raises(BuildError, match=rf"\[E192\] .*{FILENAME}:3: damaged"):
        build(LATER, tmp_path, update=True)


def test_cli_update_keeps_the_earlier_formats(full: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["build", *map(str, FIRST), "-o", str(tmp_path), "--formats", "nt,ttl,graphml",
                                "-q"])
    assert first.exit_code == 0, first.output
    update = runner.invoke(app, ["build", "--update", str(tmp_path), *map(str, LATER), "-q"])
    assert update.exit_code == 0, update.output
    assert _outputs(tmp_path) == _outputs(full)
    both = runner.invoke(app, ["build", *map(str, LATER), "-o", str(tmp_path), "--update", str(tmp_path)])
    assert both.exit_code != 0 and "exactly one of" in both.output


# Legitimately different between two runs of one build: how long each stage took and how much memory it held.
_RUN_FIGURES = ("timing_seconds", "peak_rss_mb")


def _all_outputs(directory: Path) -> dict[str, bytes | dict[str, object]]:
    files: dict[str, bytes | dict[str, object]] = {p.name: p.read_bytes() for p in directory.iterdir() if p.is_file()}
    report = json.loads(files.pop("report.json"))
    for key in _RUN_FIGURES:
        assert report.pop(key)
    report["shards"].pop("worker_peak_rss_mb")
    files["report.json"] = report
    return files


def test_the_same_input_typed_another_way_gives_byte_identical_files(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative or absolute, through a symlinked directory, from another working directory: the
    files are the same, because a paper's source file is named below the input that named it."""
    listings = tmp_path / "work" / "listings"
    (listings / "api").mkdir(parents=True)
    for path in FIRST:
        (listings / ("api" if path.suffix == ".json" else "") / path.name).write_bytes(path.read_bytes())
    single = tmp_path / "work" / "one.jsonl"
    single.write_bytes(LATER[0].read_bytes())
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "link").symlink_to(listings, target_is_directory=True)
    formats = "ttl,nt,jsonld,graphml,gexf,json,html"
    runs = {  # working directory, inputs
        "relative": (tmp_path / "work", ["listings", "one.jsonl"]),
        "absolute": (tmp_path, [str(listings) + "/", str(single)]),
        "symlink": (tmp_path / "elsewhere", ["link", "../work/one.jsonl"]),
    }
    outputs = {}
    for name, (cwd, inputs) in runs.items():
        monkeypatch.chdir(cwd)
        result = CliRunner().invoke(app, ["build", *inputs, "-o", str(tmp_path / name), "--formats", formats,
                                          "-j", "1", "-q"])
        assert result.exit_code == 0, result.output
        outputs[name] = _all_outputs(tmp_path / name)
    first = outputs.pop("relative")
    assert set(first) >= {"graph.ttl", "graph.nt", "graph.graphml", "graph.html", "report.json", FILENAME}
    for name, files in outputs.items():
        assert files.keys() == first.keys()
        for output in first:
            assert files[output] == first[output], f"{output} differs when the input is typed {name}"
    assert b'sourceFile> "api/2024-10-16.json"' in first["graph.nt"]  # type: ignore[operator]
    assert b'sourceFile> "one.jsonl"' in first["graph.nt"]  # type: ignore[operator]


def test_a_paper_that_learns_its_arxiv_id_retires_its_title_hash_iri(tmp_path: Path) -> None:
    import rdflib
    from rdflib.namespace import DCTERMS

    from mlkg.identity import uri
    from mlkg.model import paper_id

    record = {"title": "FooNet: Fast Nets for Everything", "abstract": "We introduce FooNet, trained on ImageNet.",
              "authors": ["Emmanuel Candès"]}
    first, later = tmp_path / "first.jsonl", tmp_path / "later.jsonl"
    first.write_text(json.dumps(record) + "\n", encoding="utf-8")
    later.write_text(json.dumps({**record, "arxiv_id": "2501.00001"}) + "\n", encoding="utf-8")
    old, new = uri(f"paper/{paper_id(None, record['title'])}"), uri("paper/2501.00001")
    out = tmp_path / "out"
    build([first], out, formats=("nt",))
    assert f"<{old}> <{rdflib.RDF.type}>" in (out / "graph.nt").read_text(encoding="utf-8")
    build([later], out, formats=("nt",), update=True)
    graph = rdflib.Graph().parse(out / "graph.nt", format="nt")
    assert set(graph.predicate_objects(rdflib.URIRef(old))) == {(DCTERMS.isReplacedBy, rdflib.URIRef(new))}
    assert (rdflib.URIRef(new), rdflib.RDF.type, None) in graph
    build([LATER[1]], out, formats=("nt",), update=True)  # the cache remembers it through later updates
    assert (out / "graph.nt").read_text(encoding="utf-8").count(str(DCTERMS.isReplacedBy)) == 1
    once = tmp_path / "once"
    build([first, later, LATER[1]], once, formats=("nt",))  # as one build from all inputs
    assert (once / "graph.nt").read_bytes() == (out / "graph.nt").read_bytes()


def test_a_claim_of_an_unnamed_method_is_counted_and_stays_out_of_the_graph(tmp_path: Path) -> None:
    """"Our approach reaches 85.3% on ImageNet" in a paper that names no model of its own: the extraction
    keeps the claim, report.json counts it, and the graph has no Result for it (every Result has a model)."""
    listing = tmp_path / "listing.jsonl"
    listing.write_text(json.dumps({"id": "2401.00001", "title": "A Study of Long Documents", "abstract": (
        "We study how models read long documents. Our approach reaches 85.3% accuracy on ImageNet.")}) + "\n",
        encoding="utf-8")
    result = build([listing], tmp_path / "out", formats=("nt",))
    assert result.report["results_without_model"] == 1
    assert result.report["nodes_by_type"].get("Result", 0) == 0
