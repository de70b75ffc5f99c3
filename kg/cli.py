"""The ``mlkg`` command: a thin typer layer over :mod:`mlkg.pipeline` and friends."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from mlkg import __version__
from mlkg.export import EXPORTERS, UnknownFormat
from mlkg.loaders import LOADERS, LoadError
from mlkg.pipeline import BuildError, build as run_build

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


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(
        help="Listing files, directories or glob patterns (quote globs). Gzip is read transparently.",
        show_default=False)],
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output directory (created if missing).")],
    input_format: Annotated[Optional[str], typer.Option("--format", help=FORMAT_HELP)] = None,
    field: Annotated[list[str], typer.Option(
        "--field", help="Map a JSONL/CSV column to a paper field, e.g. --field abstract=body. Repeatable.")] = [],
    formats: Annotated[str, typer.Option(
        "--formats", help=f"Comma-separated outputs: {', '.join(EXPORTERS)}.")] = "ttl,graphml",
    strict: Annotated[bool, typer.Option(
        "--strict", help="Exit non-zero, writing nothing, if any record or file had to be skipped.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or warnings.")] = False,
) -> None:
    """Read listings, extract entities, and write the graph (graph.ttl, graph.graphml) and report.json.

    Bad records are skipped with a one-line warning naming file and record, and
    counted in report.json; the same paper seen twice (same arXiv id or title)
    becomes one.
    """
    fields = _parse_fields(field)
    handler = _CappedHandler(err, cap=0 if quiet else 20)
    logger = logging.getLogger("mlkg")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    progress = Progress(TextColumn("{task.description:>8}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, transient=True, disable=quiet)
    tasks: dict[str, int] = {}

    def on_progress(stage: str, done: int, total: int | None) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=total)
        progress.update(tasks[stage], completed=done, total=total)

    try:
        with progress:
            result = run_build(inputs, out_dir, format=input_format, fields=fields,
                               formats=tuple(f.strip() for f in formats.split(",") if f.strip()),
                               strict=strict, progress=on_progress)
    except (BuildError, LoadError, UnknownFormat) as exc:
        err.print(f"[red]error[/]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    finally:
        logger.removeHandler(handler)
        handler.close()
    report = result.report
    if not quiet:
        table = Table(title=f"mlkg build -> {out_dir}", show_header=False)
        for key in ("papers", "records_read", "duplicates_merged", "repaired", "skipped", "entities",
                    "nodes", "edges"):
            table.add_row(key, str(report[key]))
        table.add_row("seconds", str(report["timing_seconds"]["total"]))
        table.add_row("outputs", ", ".join(report.get("outputs", [])))
        out.print(table)
