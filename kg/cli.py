"""The ``mlkg`` command: a thin typer layer over :mod:`mlkg.pipeline` and friends."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from mlkg import __version__
from mlkg.export import EXPORTERS, UnknownFormat
from mlkg.export.atomic import write_text_atomic
from mlkg.extract import EXTRACTORS
from mlkg.loaders import LOADERS, LoadError
from mlkg.pipeline import BuildError, build as run_build, extract_to_jsonl

app = typer.Typer(
    name="mlkg",
    help="Build knowledge graphs of ML models, datasets, benchmarks, organizations and code "
         "from paper listings (Hugging Face Daily Papers, arXiv, JSONL/CSV).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
err = Console(stderr=True)
out = Console()

FORMAT_HELP = "Input format, overriding detection. One of: " + ", ".join(
    f"{name} ({loader.description})" for name, loader in sorted(LOADERS.items()))


class _CappedHandler(logging.Handler):
    """Print warnings one line each, up to a cap; the report holds the full list."""

    def __init__(self, console: Console, cap: int = 20) -> None:
        super().__init__(logging.WARNING)
        self.console, self.cap, self.seen = console, cap, 0

    def emit(self, record: logging.LogRecord) -> None:
        self.seen += 1
        if self.seen <= self.cap:
            self.console.print(f"[yellow]warning[/]: {record.getMessage()}", highlight=False, soft_wrap=True)

    def close(self) -> None:
        if self.seen > self.cap:
            self.console.print(f"[yellow]… {self.seen - self.cap} more warning(s); see report.json[/]")
        super().close()


def _parse_fields(values: list[str]) -> dict[str, str]:
    from mlkg.loaders.tabular import FIELDS

    mapping = {}
    for value in values:
        field, sep, column = value.partition("=")
        if not sep or field not in FIELDS or not column:
            raise typer.BadParameter(f"{value!r}: expected FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}",
                                     param_hint="--field")
        mapping[field] = column
    return mapping


def _fail(exc: BaseException) -> NoReturn:
    message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
    err.print(f"[red]error[/]: {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        out.print(f"mlkg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """mlkg: paper listings in, a knowledge graph with provenance out."""


class _Run:
    """Warnings printed once each (capped), and a rich progress bar on stderr, for one command."""

    def __init__(self, quiet: bool) -> None:
        self.handler = _CappedHandler(err, cap=0 if quiet else 20)
        self.progress = Progress(TextColumn("{task.description:>8}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=err, transient=True, disable=quiet)
        self.tasks: dict[str, int] = {}

    def update(self, stage: str, done: int, total: int | None) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)

    def __enter__(self) -> _Run:
        logger = logging.getLogger("mlkg")
        logger.addHandler(self.handler)
        logger.setLevel(logging.WARNING)
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.__exit__(None, None, None)
        logging.getLogger("mlkg").removeHandler(self.handler)
        self.handler.close()


INPUTS_HELP = "Listing files, directories or glob patterns (quote globs). Gzip is read transparently."
FIELD_HELP = "Map a JSONL/CSV column to a paper field, e.g. --field abstract=body. Repeatable."
STRICT_HELP = "Exit non-zero, writing nothing, if any record or file had to be skipped."
PROCESSES_HELP = "Worker processes for extraction (0 = one per core)."


def _processes(value: int) -> int:
    return os.cpu_count() or 1 if value == 0 else value


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help=INPUTS_HELP, show_default=False)],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output directory (created if missing).")],
    input_format: Annotated[Optional[str], typer.Option("--format", help=FORMAT_HELP)] = None,
    field: Annotated[list[str], typer.Option("--field", help=FIELD_HELP)] = [],
    formats: Annotated[str, typer.Option(
        "--formats", help=f"Comma-separated outputs: {', '.join(EXPORTERS)}.")] = "ttl,graphml",
    extractor: Annotated[str, typer.Option(
        "--extractor", help=f"Extractor: {', '.join(EXTRACTORS)} (spacy: the full pipeline; "
                            "basic: repositories and the listing's organization only).")] = "spacy",
    processes: Annotated[int, typer.Option("--processes", "-j", help=PROCESSES_HELP)] = 1,
    strict: Annotated[bool, typer.Option("--strict", help=STRICT_HELP)] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or warnings.")] = False,
) -> None:
    """Read listings, extract entities, and write the graph (graph.ttl, graph.graphml) and report.json.

    Bad records are skipped with a one-line warning naming file and record, and
    counted in report.json; the same paper seen twice (same arXiv id or title)
    becomes one.
    """
    fields = _parse_fields(field)
    try:
        with _Run(quiet) as run:
            result = run_build(inputs, out_dir, format=input_format, fields=fields,
                               formats=tuple(f.strip() for f in formats.split(",") if f.strip()),
                               extractor=extractor, processes=_processes(processes), strict=strict,
                               progress=run.update)
    except (BuildError, LoadError, UnknownFormat, KeyError) as exc:
        _fail(exc)
    report = result.report
    if not quiet:
        table = Table(title=f"mlkg build -> {out_dir}", show_header=False)
        for key in ("papers", "records_read", "duplicates_merged", "repaired", "skipped", "entities",
                    "nodes", "edges"):
            table.add_row(key, str(report[key]))
        table.add_row("seconds", str(report["timing_seconds"]["total"]))
        table.add_row("outputs", ", ".join(report.get("outputs", [])))
        out.print(table)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help=INPUTS_HELP, show_default=False)],
    output: Annotated[Path, typer.Option("--out", "-o", help="Predictions file (JSON Lines) to write.")],
    input_format: Annotated[Optional[str], typer.Option("--format", help=FORMAT_HELP)] = None,
    field: Annotated[list[str], typer.Option("--field", help=FIELD_HELP)] = [],
    processes: Annotated[int, typer.Option("--processes", "-j", help=PROCESSES_HELP)] = 1,
    strict: Annotated[bool, typer.Option("--strict", help=STRICT_HELP)] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or warnings.")] = False,
) -> None:
    """Extract entities, roles and claimed results, one JSON object per paper.

    Each line: {"id", "title", "entities": [{"name", "type", "role", "confidence", "aliases",
    "extractor", "evidence": [{"text", "start", "end"}]}], "results": [{"model", "dataset",
    "metric", "value", "evidence"}]}. Evidence offsets index the paper's title + blank line + abstract.
    """
    fields = _parse_fields(field)
    try:
        with _Run(quiet) as run:
            summary = extract_to_jsonl(inputs, output, format=input_format, fields=fields,
                                       processes=_processes(processes), strict=strict, progress=run.update)
    except (BuildError, LoadError) as exc:
        _fail(exc)
    if not quiet:
        out.print(f"{summary['papers']} papers, {summary['entities']} entities, {summary['results']} results "
                  f"-> {output} ({summary['papers_per_second']} papers/s)", highlight=False)


@app.command("eval")
def evaluate_command(
    predictions: Annotated[Path, typer.Argument(help="Predictions JSONL written by `mlkg extract`.")],
    gold: Annotated[Path, typer.Argument(help="Gold JSONL in the format of the annotation guidelines.")],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the scores as JSON here.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List each paper's false positives and negatives.")]
    = False,
) -> None:
    """Score predictions against gold: per-type P/R/F1, typed and untyped micro-F1, role accuracy, results F1."""
    from mlkg.evaluate import EvalError, evaluate, load_jsonl, render_table

    try:
        result = evaluate(load_jsonl(predictions), load_jsonl(gold))
    except EvalError as exc:
        _fail(exc)
    out.print(render_table(result))
    if errors:
        for paper in result.papers:
            if paper.false_positives or paper.false_negatives:
                out.print(f"[bold]{paper.title}[/]", highlight=False)
                for label, items in (("FP", paper.false_positives), ("FN", paper.false_negatives)):
                    if items:
                        out.print(f"  {label}: " + ", ".join(f"{e.name} ({e.type})" for e in items),
                                  highlight=False)
    if json_out is not None:
        write_text_atomic(json_out, json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n")
