"""The ``mlkg`` command: a thin typer layer over the library's typed functions.

Heavy modules (spaCy, rdflib, pyarrow, the exporters) are imported inside the commands that
use them, so ``mlkg --version`` and ``--help`` start in a fraction of a second.

Errors: every :class:`~mlkg.errors.MlkgError` (bad input or setup) prints as one line and
exits 1 (or the error's own ``exit_code``); anything else is a bug in mlkg, and shows its
traceback with a request to report it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import signal
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, NoReturn, Self

import click
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer.core import TyperGroup

from mlkg import __version__
from mlkg.build import DEFAULT_PARTITION_SIZE
from mlkg.errors import Errors, MlkgError
from mlkg.export import DEFAULT_FORMATS, EXPORTERS, FILE_FORMATS
from mlkg.extract import EXTRACTORS
from mlkg.files import write_text_atomic
from mlkg.loaders import LOADERS

BUG_REPORTS = "https://github.com/mlkg/mlkg/issues"


class _Group(TyperGroup):
    """Runs every command: a user error becomes one line, a bug keeps its traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MlkgError as exc:
            _fail(exc, exc.exit_code)
        except Exception as exc:
            if type(exc).__module__.partition(".")[0] in ("click", "typer"):
                raise  # --help, usage errors, typer.Exit: the command line's own control flow
            if isinstance(exc, BrokenPipeError):
                raise  # `mlkg ... | head` closed the pipe: click exits quietly, as a Unix tool does
            err.print(f"[red]mlkg hit an internal error[/] (a bug in mlkg, not in your input). Please report "
                      f"it at {BUG_REPORTS} with the command and the traceback below.", highlight=False,
                      soft_wrap=True)
            raise


app = typer.Typer(
    name="mlkg",
    cls=_Group,
    help="Build knowledge graphs of ML models, datasets, benchmarks, organizations and code "
         "from paper listings (Hugging Face Daily Papers, arXiv, JSONL/CSV). Offline: only "
         "`mlkg fetch` and `mlkg update` use the network.",
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
        if self.cap and self.seen > self.cap:
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


def _fail(exc: MlkgError, code: int = 1) -> NoReturn:
    err.print(f"[red]error[/]: {escape(str(exc))}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


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
                                 TimeElapsedColumn(), console=err, transient=True,
                                 disable=quiet or not err.is_terminal)  # no blank line in logs
        self.tasks: dict[str, int] = {}

    def update(self, stage: str, done: int, total: int | None) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)

    def __enter__(self) -> Self:
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
STRICT_HELP = "Exit non-zero, writing nothing, if any record or file had to be skipped or repaired."
PROCESSES_HELP = ("Worker processes for extraction: 0 = one per core (a single partition runs in this "
                  "process), 1 = all in this process.")


class _Stop(BaseException):
    """What Ctrl-C and `kill` raise in a build. Not KeyboardInterrupt: CPython marks a
    KeyboardInterrupt that passes through code made by exec() of a string (dataclasses, namedtuples)
    as unhandled even when it is caught later, and the process then kills itself by SIGINT at exit,
    so the exit code was sometimes -2 instead of 130."""


Step = Callable[[str, int, int | None], None]


class _StopRequest:
    """Ctrl-C or `kill` during a build: the handler raises :class:`_Stop`, and notes that it did.

    A signal that lands where Python cannot pass an exception on (a weakref callback of the import
    lock, a ``__del__``) has its :class:`_Stop` reported as "Exception ignored in ..." with a
    traceback, and the build runs on: so each progress step raises it again, and the build's
    unraisable hook (:meth:`unraisable_hook`) drops such a report instead of printing it."""

    def __init__(self) -> None:
        self.requested = False

    def handle(self, signum: int, frame: object) -> NoReturn:
        self.requested = True
        raise _Stop

    @staticmethod
    def unraisable_hook(previous: Callable[[Any], object]) -> Callable[[Any], None]:
        """A ``sys.unraisablehook`` that drops a swallowed :class:`_Stop` (noted already, raised
        again at the next step) and hands anything else to ``previous``."""
        def hook(unraisable: Any) -> None:
            if not isinstance(unraisable.exc_value, _Stop):
                previous(unraisable)
        return hook

    def checked(self, progress: Step) -> Step:
        """``progress``, raising :class:`_Stop` first if a stop was asked for."""
        def step(stage: str, done: int, total: int | None) -> None:
            if self.requested:
                raise _Stop
            progress(stage, done, total)
        return step


@app.command()
def build(
    inputs: Annotated[list[str], typer.Argument(help=INPUTS_HELP, show_default=False)],
    out_dir: Annotated[Path | None, typer.Option("--out", "-o", help="Output directory (created if missing).")]
    = None,
    update: Annotated[Path | None, typer.Option(
        "--update", help="Add INPUTS to the earlier build in this directory: only new papers are extracted, "
                         "nothing is duplicated, and the result equals a build from all inputs at once.")] = None,
    input_format: Annotated[str | None, typer.Option("--format", help=FORMAT_HELP)] = None,
    field: Annotated[list[str] | None, typer.Option("--field", help=FIELD_HELP)] = None,
    formats: Annotated[str, typer.Option(
        "--formats", help=f"Comma-separated outputs: {', '.join(FILE_FORMATS)} "
                          f"\\[default: {','.join(DEFAULT_FORMATS)}; with --update, those of the earlier build].")] = "",
    extractor: Annotated[str, typer.Option(
        "--extractor", help=f"Extractor: {', '.join(EXTRACTORS)} (spacy: the full pipeline; "
                            "basic: repositories and the listing's organization only).")] = "spacy",
    processes: Annotated[int, typer.Option("--processes", "-j", help=PROCESSES_HELP, min=0)] = 0,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Continue an interrupted build into the same --out: finished partitions "
                         "(shards in OUT/.mlkg-shards) are re-used, a damaged one is reported and redone.")]
    = False,
    partition_size: Annotated[int, typer.Option(
        "--partition-size", help="Papers per extraction partition (one shard each).", min=1)]
    = DEFAULT_PARTITION_SIZE,
    dask: Annotated[str | None, typer.Option(
        "--dask", help="Extract on Dask: a scheduler address (tcp://host:8786), or `local` for a "
                       "LocalCluster of -j worker processes. Needs pip install \"mlkg\\[dask]\".")] = None,
    strict: Annotated[bool, typer.Option("--strict", help=STRICT_HELP)] = False,
    wait: Annotated[bool, typer.Option(
        "--wait", help="If another build is writing the same directory, wait for it to finish "
                       "(default: refuse at once, naming its process).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or warnings.")] = False,
) -> None:
    """Read listings, extract and resolve entities, and write the graph (graph.ttl, graph.graphml,
    the interactive graph.html), report.json (with every merge and its evidence) and the extraction cache --update reads.

    Bad records are skipped with a one-line warning naming file and record, and
    counted in report.json; the same paper seen twice (same arXiv id or title)
    becomes one. `mlkg build --update OUT NEW...` adds papers to an earlier build.
    """
    from mlkg.build.pipeline import build as run_build
    from mlkg.build.pipeline import previous_formats

    fields = _parse_fields(field or [])
    if (out_dir is None) == (update is None):
        raise typer.BadParameter("give exactly one of --out DIR (a new build) or --update DIR (add to one)",
                                 param_hint="--out/--update")
    target = out_dir if out_dir is not None else update
    chosen = tuple(f.strip() for f in formats.split(",") if f.strip())
    if not chosen:
        chosen = previous_formats(target) if update is not None else DEFAULT_FORMATS
    # `kill` (SIGTERM) stops a build as Ctrl-C does: workers ended, staging removed, the lock let go
    stops = (signal.SIGINT, signal.SIGTERM)
    stop = _StopRequest()
    previous = {signum: signal.signal(signum, stop.handle) for signum in stops}
    previous_hook, sys.unraisablehook = sys.unraisablehook, stop.unraisable_hook(sys.unraisablehook)
    stopping = False
    try:
        with _Run(quiet) as run:
            result = run_build(inputs, target, format=input_format, fields=fields, formats=chosen,
                               extractor=extractor, processes=processes, strict=strict,
                               update=update is not None, resume=resume, partition_size=partition_size,
                               dask=dask, wait=wait, progress=stop.checked(run.update))
    except (_Stop, KeyboardInterrupt):
        # stopping now: a second Ctrl-C or `kill` (or one held back while outputs were moved) must
        # not break into the message or change the exit code
        stopping = True
        for signum in stops:
            signal.signal(signum, signal.SIG_IGN)
        from mlkg.build.shards import DIRNAME as SHARDS_DIR

        kept = len(list((target / SHARDS_DIR).glob("part-*.parquet")))
        err.print(f"[yellow]interrupted[/]: the previous outputs in {escape(str(target))} are untouched; "
                  f"{kept} finished partition(s) are kept. Run the same command with --resume to go on.",
                  highlight=False, soft_wrap=True)
        raise typer.Exit(130) from None
    finally:
        if not stopping:  # a finished or failed build: Ctrl-C is the user's again
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            sys.unraisablehook = previous_hook
    report = result.report
    if not quiet:
        table = Table(title=f"mlkg build -> {target}", show_header=False)
        for key in ("papers", "records_read", "duplicates_merged", "repaired", "skipped", "entities",
                    "merged_nodes", "nodes", "edges"):
            table.add_row(key, str(report[key]))
        if report.get("shards", {}).get("resumed") or report.get("shards", {}).get("corrupt"):
            table.add_row("partitions resumed", str(report["shards"]["resumed"]))
            table.add_row("damaged shards redone", str(len(report["shards"]["corrupt"])))
        table.add_row("seconds", str(report["timing_seconds"]["total"]))
        table.add_row("outputs", ", ".join(report.get("outputs", [])))
        out.print(table)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help=INPUTS_HELP, show_default=False)],
    output: Annotated[Path, typer.Option("--out", "-o", help="Predictions file (JSON Lines) to write.")],
    input_format: Annotated[str | None, typer.Option("--format", help=FORMAT_HELP)] = None,
    field: Annotated[list[str] | None, typer.Option("--field", help=FIELD_HELP)] = None,
    processes: Annotated[int, typer.Option("--processes", "-j", help=PROCESSES_HELP, min=0)] = 0,
    strict: Annotated[bool, typer.Option("--strict", help=STRICT_HELP)] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or warnings.")] = False,
) -> None:
    """Extract entities, roles and claimed results: mlkg's versioned record format, one paper a line.

    A header line {"mlkg_extractions": 1, "extractor", "mlkg_version"}, then per paper {"paper": {...},
    "entities": [{"name", "type", "role", "confidence", "aliases", "extractor", "key", "evidence":
    [{"text", "start", "end"}]}], "results": [{"model", "dataset", "metric", "value", "evidence", ...}]}.
    Evidence offsets index the paper's title + blank line + abstract. `mlkg eval` reads this file.
    """
    from mlkg.build.pipeline import extract_to_jsonl

    fields = _parse_fields(field or [])
    with _Run(quiet) as run:
        summary = extract_to_jsonl(inputs, output, format=input_format, fields=fields, processes=processes,
                                   strict=strict, progress=run.update)
    if not quiet:
        out.print(f"{summary['papers']} papers, {summary['entities']} entities, {summary['results']} results "
                  f"-> {output} ({summary['papers_per_second']} papers/s)", highlight=False)


SPLIT_HELP = ("Score a bundled gold split instead of PREDICTIONS GOLD: extraction runs over its texts. "
              "dev-page, gold-dev, gold-train, gold-train2 to gold-train8, gold-val (held out), gold-test (locked), scierc-train, "
              "scierc-dev, scierc-test (locked), scirex, scirex-text-train, scirex-text-val (held out), "
              "or all (every split but scierc-train and scirex-text-train). Repeatable.")
TRAINING_SPLITS = frozenset({"scierc-train", "scirex-text-train"})  # big training-only splits: not in "all"


@app.command("eval")
def evaluate_command(
    predictions: Annotated[Path | None, typer.Argument(help="Predictions JSONL written by `mlkg extract`.")]
    = None,
    gold: Annotated[Path | None, typer.Argument(help="Gold JSONL in the format of the annotation guidelines.")]
    = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the scores as JSON here.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List each paper's false positives and negatives.")]
    = False,
    split: Annotated[list[str] | None, typer.Option("--split", help=SPLIT_HELP)] = None,
    gold_dir: Annotated[Path | None, typer.Option(
        "--gold-dir", help="Folder of the bundled gold splits (default: tests/data/gold of this checkout).")]
    = None,
    data: Annotated[Path | None, typer.Option(
        "--data", help="Folder with data/hf_daily_papers_page.txt and gold/ for dev-page (default: ../shared).")]
    = None,
) -> None:
    """Score predictions against gold: per-type P/R/F1, typed and untyped micro-F1, role accuracy, results F1.

    With --split, score bundled gold splits: mlkg extracts their texts and prints one table per split
    and a summary. The locked test splits are printed like the others; nothing tunes on them.
    """
    from mlkg.extract.evaluate import (
        EvalError,
        evaluate,
        evaluate_split,
        gold_splits,
        load_jsonl,
        load_predictions,
        render_summary,
        render_table,
    )

    if split:
        if predictions is not None or gold is not None:
            raise typer.BadParameter("give either PREDICTIONS GOLD or --split, not both")
        repo = Path(__file__).resolve().parents[2]
        available = gold_splits(gold_dir or repo / "tests" / "data" / "gold", data or repo.parent / "shared")
        names: list[str] = []
        for name in split:
            chosen = [n for n in available if n not in TRAINING_SPLITS] if name == "all" else [name]
            for n in chosen:
                if n not in available:
                    _fail(EvalError(Errors.E161.format(split=n, valid=", ".join([*available, "all"]))))
                if n not in names:
                    names.append(n)
        results = {}
        for name in names:
            results[name] = evaluate_split(available[name])
            title = f"{name}{' (LOCKED: measured, never tuned on)' if available[name].locked else ''}"
            out.print(render_table(results[name], title=title))
            _print_errors(results[name], errors)
        if len(results) > 1:
            out.print(render_summary(results))
        if json_out is not None:
            write_text_atomic(json_out, json.dumps({n: r.as_dict() for n, r in results.items()}, indent=2,
                                                   ensure_ascii=False) + "\n")
        return
    if predictions is None or gold is None:
        raise typer.BadParameter("give PREDICTIONS and GOLD, or --split NAME")
    result = evaluate(load_predictions(predictions), load_jsonl(gold))
    out.print(render_table(result))
    _print_errors(result, errors)
    if json_out is not None:
        write_text_atomic(json_out, json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n")


def _print_errors(result: Any, errors: bool) -> None:
    """--errors: each paper's false positives and negatives."""
    if not errors:
        return
    for paper in result.papers:
        if paper.false_positives or paper.false_negatives:
            out.print(f"[bold]{escape(paper.title)}[/]", highlight=False)
            for label, items in (("FP", paper.false_positives), ("FN", paper.false_negatives)):
                if items:
                    out.print(f"  {label}: " + escape(", ".join(f"{e.name} ({e.type})" for e in items)),
                              highlight=False)


def _print_ready_queries() -> None:
    from mlkg.queries import available

    table = Table(title="ready-made queries (mlkg query GRAPH --name NAME)")
    for column in ("name", "parameters (default)", "description"):
        table.add_column(column, overflow="fold")
    for ready in available().values():
        params = ", ".join(f"{p.name} ({p.default})" if p.default is not None else p.name for p in ready.params)
        table.add_row(ready.name, params, ready.description)
    out.print(table)


@app.command()
def query(
    graph: Annotated[Path | None, typer.Argument(
        help="graph.nt, graph.ttl or graph.jsonld, or a `mlkg build` output directory.", show_default=False)]
    = None,
    sparql: Annotated[str | None, typer.Option(
        "--sparql", "-s", help="SPARQL query text, or @FILE.rq to read it from a file.")] = None,
    name: Annotated[str | None, typer.Option("--name", "-n", help="Run a ready-made query (see --list).")]
    = None,
    bind: Annotated[list[str] | None, typer.Option(
        "--bind", "-b", help="NAME=VALUE: give ?NAME a value (a string; <iri> or prefix:local for an IRI; "
                             "a number). Repeatable.")] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    out_file: Annotated[Path | None, typer.Option("--out", "-o", help="Write the result here.")] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the ready-made queries and exit.")] = False,
    in_memory: Annotated[bool, typer.Option(
        "--in-memory", help="Load the graph into memory for this query only, instead of the on-disk store "
                            "kept beside it (GRAPH.oxigraph/, rebuilt when the graph changes).")] = False,
    cypher: Annotated[str | None, typer.Option(
        "--cypher", "-c", help="Cypher text, or @FILE.cypher, run on the Neo4j server (no GRAPH needed).")]
    = None,
    neo4j: Annotated[bool, typer.Option(
        "--neo4j", help="With --name: run the ready-made query's Cypher twin on the Neo4j server.")] = False,
    uri: Annotated[str | None, typer.Option("--uri", help="Bolt URI \\[env NEO4J_URI; bolt://localhost:7687].")]
    = None,
    user: Annotated[str | None, typer.Option("--user", help="\\[env NEO4J_USER; neo4j]")] = None,
    password: Annotated[str | None, typer.Option("--password", help="\\[env NEO4J_PASSWORD]")] = None,
    database: Annotated[str | None, typer.Option("--database", help="\\[env NEO4J_DATABASE]")] = None,
) -> None:
    """Run SPARQL over a built graph, in an embedded oxigraph store.

    The mlkg, paper, model, dataset, ... prefixes are predeclared. JSON output is the
    SPARQL 1.1 Query Results format; CSV has a header row. The first query of a graph
    loads it into an on-disk store beside it; later queries open that store at once.
    """
    from mlkg.queries import get
    from mlkg.query.sparql import OUTPUT_FORMATS, QueryError, parse_bindings, query_source
    from mlkg.stores.neo4j import Connection

    if list_queries:
        _print_ready_queries()
        return

    if output_format not in OUTPUT_FORMATS:
        raise QueryError(Errors.E903.format(given=output_format, valid=", ".join(OUTPUT_FORMATS)))
    if cypher is not None or neo4j:
        result = _run_cypher(cypher, name, bind, Connection.from_env(uri, user, password, database))
        _print_result(result, output_format, out_file)
        return
    if graph is None:
        raise QueryError(Errors.E901)
    if (sparql is None) == (name is None):
        raise QueryError(Errors.E902)
    bindings = parse_bindings(bind or [])
    if name is not None:
        ready = get(name)
        text, bindings = ready.sparql, ready.bindings(bindings)
    else:
        text = _query_text(sparql or "")
    _print_result(query_source(graph, text, bindings, persist=not in_memory), output_format, out_file)


def _query_text(arg: str) -> str:
    """The query itself, or the text of the file that @FILE names."""
    from mlkg.query.sparql import QueryError

    if not arg.startswith("@"):
        return arg
    try:
        return Path(arg[1:]).read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(Errors.E904.format(path=arg[1:], why=exc.strerror)) from None


def _run_cypher(cypher: str | None, name: str | None, bind: list[str] | None, conn: object) -> object:
    from mlkg.query.cypher import cypher_value, run_cypher, run_ready_cypher
    from mlkg.query.sparql import QueryError, parse_bindings

    if (cypher is None) == (name is None):
        raise QueryError(Errors.E905)
    given = parse_bindings(bind or [])
    if name is not None:
        return run_ready_cypher(conn, name, given)  # type: ignore[arg-type]
    params = {k: cypher_value(v) for k, v in given.items()}
    return run_cypher(conn, _query_text(cypher or ""), params)  # type: ignore[arg-type]


def _print_result(result: object, output_format: str, out_file: Path | None) -> None:
    from mlkg.query.sparql import render, to_table

    if out_file is not None:
        write_text_atomic(out_file, render(result, output_format))  # type: ignore[arg-type]
    elif output_format == "table":
        out.print(to_table(result))  # type: ignore[arg-type]
    else:
        typer.echo(render(result, output_format), nl=False)  # type: ignore[arg-type]


@app.command("queries")
def list_ready_queries() -> None:
    """List the ready-made queries that `mlkg query --name` runs."""
    _print_ready_queries()


@app.command("validate")
def validate_command(
    graph: Annotated[Path, typer.Argument(
        help="graph.ttl, graph.nt or graph.jsonld, or a `mlkg build` output directory.", show_default=False)],
    shapes: Annotated[Path | None, typer.Option(
        "--shapes", help="SHACL shapes (Turtle) to use instead of the shipped ontology/shapes.ttl.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the report as JSON here.")]
    = None,
    limit: Annotated[int, typer.Option("--limit", help="Show at most this many violations.")] = 50,
) -> None:
    """Check a built graph against the mlkg SHACL shapes.

    Exit code 0 when it conforms, 1 when it has violations, 2 when graph or shapes are unreadable.
    """
    from mlkg.graph.validate import compact, validate

    result = validate(graph, shapes)  # unreadable graph or shapes: ValidationError, exit code 2
    if json_out is not None:
        write_text_atomic(json_out, json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n")
    if result.conforms:
        out.print(f"[green]conforms[/] ({result.triples} triples)", highlight=False)
        return
    table = Table(title=f"{len(result.violations)} SHACL violation(s) in {graph}")
    for column in ("focus node", "path", "value", "message"):
        table.add_column(column, overflow="fold")
    for v in result.violations[:limit]:
        table.add_row(compact(v.focus), compact(v.path or ""), compact(v.value or ""), v.message)
    out.print(table)
    if len(result.violations) > limit:
        out.print(f"… {len(result.violations) - limit} more violation(s)"
                  + (f"; all are in {json_out}" if json_out is not None else "; use --json to see them all"),
                  highlight=False)
    raise typer.Exit(1)


@app.command("viz")
def viz_command(
    graph: Annotated[Path, typer.Argument(help="A `mlkg build` output directory.", show_default=False)],
    output: Annotated[Path, typer.Option("--out", "-o", help="The HTML page to write.")] = Path("graph.html"),
    top: Annotated[int, typer.Option(
        "--top", help="Keep this many best-connected nodes: entities by degree, and the papers that "
                      "link most of them (0 = no limit).")] = 1000,
    focus: Annotated[str | None, typer.Option(
        "--focus", help="Only the neighbourhood of the node with this name or alias (any spelling).")] = None,
    hops: Annotated[int, typer.Option("--hops", help="How far --focus reaches, in edges.")] = 1,
    types: Annotated[str, typer.Option(
        "--types", help="Comma-separated node types to show \\[default: Paper,Model,Dataset,Benchmark,"
                        "Organization,Repository; also Person, Result, Metric].")] = "",
    min_papers: Annotated[int, typer.Option(
        "--min-papers", help="Hide entities named by fewer papers than this.")] = 1,
    title: Annotated[str | None, typer.Option("--title", help="Page heading.")] = None,
    screenshot: Annotated[Path | None, typer.Option(
        "--screenshot", help="Also save a PNG of the laid-out page, taken in headless Chromium "
                             '(needs Debian\'s chromium and pip install "mlkg\\[browser]").')] = None,
) -> None:
    """Write an interactive page of a built graph: one offline HTML file (vis-network inline),
    nodes coloured by type and sized by degree, tooltips with evidence. Big graphs are cut to
    --top nodes, and the page and this command say what was left out."""
    from mlkg.build.pipeline import open_graph
    from mlkg.viz import write_page

    chosen = tuple(t.strip() for t in types.split(",") if t.strip()) or None
    selection = write_page(open_graph(graph), output, heading=title, top=top or None, focus=focus, hops=hops,
                           types=chosen, min_papers=min_papers)
    out.print(f"wrote {output}: {selection.summary()}", highlight=False, soft_wrap=True)
    if screenshot is not None:
        from mlkg.viz.browser import check_page

        check = check_page(output, screenshot=screenshot)
        out.print(f"wrote {screenshot} (ready in {check.ready_seconds} s)", highlight=False)


@app.command("export")
def export_command(
    target: Annotated[str, typer.Argument(
        help="; ".join(f"{name}: {e.description}" for name, e in EXPORTERS.items()) + ".", show_default=False)],
    graph: Annotated[Path, typer.Argument(help="A `mlkg build` output directory.", show_default=False)],
    out_dir: Annotated[Path | None, typer.Option("--out", "-o", help="Directory for files (not for neo4j).")]
    = None,
    uri: Annotated[str | None, typer.Option("--uri", help="Bolt URI \\[env NEO4J_URI; bolt://localhost:7687].")]
    = None,
    user: Annotated[str | None, typer.Option("--user", help="\\[env NEO4J_USER; neo4j]")] = None,
    password: Annotated[str | None, typer.Option("--password", help="\\[env NEO4J_PASSWORD]")] = None,
    database: Annotated[str | None, typer.Option("--database", help="\\[env NEO4J_DATABASE; the default one]")]
    = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Rows per UNWIND batch (neo4j).")] = 5000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Export a built graph: to Neo4j over Bolt (idempotent MERGE on stable ids, safe to repeat),
    as Neo4j bulk-import CSVs with the `neo4j-admin database import full` command, or as files."""
    from mlkg.build.lock import locked
    from mlkg.build.pipeline import open_graph, output_directory
    from mlkg.export import ServerExporter, get_exporter, run_export
    from mlkg.stores.neo4j import Connection

    exporter = get_exporter(target)  # an unknown name fails before the graph is read
    files = out_dir is not None and not isinstance(exporter, ServerExporter)
    if files:
        output_directory(out_dir)  # a file in the way is one line, before the graph is read
    kg = open_graph(graph)
    connection = Connection.from_env(uri, user, password, database) if isinstance(exporter, ServerExporter) \
        else None
    # files go in under the directory's lock, as a build's do: never mixed with one running there
    with _Run(quiet) as run, locked(out_dir) if files else contextlib.nullcontext():
        done = run_export(kg, target, out_dir=out_dir, connection=connection, batch_size=batch_size,
                          progress=run.update)
    if not quiet:
        out.print(escape(done.message), highlight=False, soft_wrap=True)


@app.command("serve")
def serve_command(
    outdir: Annotated[Path, typer.Argument(help="A `mlkg build` output directory.", show_default=False)],
    host: Annotated[str, typer.Option(
        "--host", help="Address to listen on. Only this machine can connect to the default; another "
                       "address (0.0.0.0: every interface) opens the server to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on (0: any free port).",
                                      min=0, max=65535)] = 8000,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds a SPARQL query may run before it "
                                                             "is stopped.")] = 10.0,
    workers: Annotated[int, typer.Option("--workers", help="Query worker processes (0: one per core, "
                                                           "at least 2).", min=0)] = 0,
    store: Annotated[str, typer.Option(
        "--store", help="Where queries read the graph: memory (loaded once in the background, shared by "
                        "the workers; fast, ~7 bytes of RAM per byte of graph.ttl) or disk (the on-disk "
                        "store only, for machines short of RAM).")] = "memory",
) -> None:
    """Serve a build over HTTP, read-only: a SPARQL 1.1 endpoint at /sparql, the ready-made
    queries at /queries and the explorer at /. Reloads when `mlkg build --update` changes the
    build. Ctrl-C stops it."""
    from mlkg.serve.cli import serve

    serve(outdir, host=host, port=port, timeout=timeout, workers=workers or None, console=err,
          announce=out, store=store)


DATE_FORMATS = ["%Y-%m-%d"]
BASE_URL_HELP = ("The service's address, for a mirror or a test server (also from MLKG_HF_BASE_URL / "
                 "MLKG_ARXIV_BASE_URL) \\[default: https://huggingface.co, https://export.arxiv.org].")
DELAY_HELP = ("Seconds between requests \\[default: what the service asks for: 1 for hf-daily, 3 for arXiv]; "
              "less is refused for the real services.")
TIMEOUT_HELP = "Seconds to wait for an answer (connecting, or between bytes); a slower one is retried."
RETRIES_HELP = "Attempts per request before giving up (429, 5xx, dropped connections, bodies cut short)."
BACKOFF_HELP = "First wait before a retry, in seconds; it doubles (with jitter) up to 120 s, and is never shorter than Retry-After."


def _policy(retries: int, backoff: float) -> Any:
    from mlkg.fetch import RetryPolicy

    return RetryPolicy(attempts=retries, backoff=backoff, cap=max(backoff, min(120.0, backoff * 64)),
                       jitter=min(1.0, backoff / 2))


def _print_fetch(result: Any, dry_run: bool = False) -> int:
    """The fetch summary: a table, each bad day with its reason; 3 when any day was bad."""
    if dry_run:
        table = Table(title=f"mlkg fetch {result.source} --dry-run: would fetch", show_header=True)
        table.add_column("unit")
        table.add_column("url")
        for o in result.with_status("planned"):
            table.add_row(o.key, o.url)
        out.print(table)
        out.print(f"{len(result.with_status('planned'))} to fetch, {len(result.with_status('kept'))} already "
                  f"in {escape(str(result.raw_dir))}; nothing was sent.", highlight=False)
        return 0
    table = Table(title=f"mlkg fetch {result.source} -> {result.raw_dir}", show_header=False)
    for status, label in (("fetched", "days fetched (new or changed)"), ("unchanged", "days fetched, unchanged"),
                          ("kept", "days already fetched (skipped)"), ("empty", "days without papers"),
                          ("bad", "days with bad responses (kept out)")):
        table.add_row(label, str(len(result.with_status(status))))
    table.add_row("papers in the days fetched", str(result.papers))
    table.add_row("requests (retries)", f"{result.requests} ({result.retries})")
    out.print(table)
    bad = result.with_status("bad")
    for o in bad:
        err.print(f"[yellow]bad response[/] {escape(o.key)}: {escape(o.reason)} ({escape(o.url)})",
                  highlight=False, soft_wrap=True)
    return 3 if bad else 0


@app.command("fetch")
def fetch_command(
    source: Annotated[str, typer.Argument(help="hf-daily (Hugging Face Daily Papers) or arxiv (the arXiv API).",
                                          show_default=False)],
    start: Annotated[datetime | None, typer.Option("--from", formats=DATE_FORMATS,
                                                         help="First day (YYYY-MM-DD, UTC).")] = None,
    end: Annotated[datetime | None, typer.Option("--to", formats=DATE_FORMATS,
                                                       help="Last day \\[default: today, UTC].")] = None,
    raw_dir: Annotated[Path, typer.Option("--out", "-o", help="Raw directory: responses, gzipped as they came, "
                                                             "and the manifest .mlkg-fetch.json.")] = Path("raw"),
    category: Annotated[list[str] | None, typer.Option(
        "--category", "-c", help="arXiv category, e.g. cs.CV. Repeatable; needed for arxiv.")] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Fetch again the days already fetched.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be fetched; send nothing.")] = False,
    base_url: Annotated[str | None, typer.Option("--base-url", help=BASE_URL_HELP)] = None,
    delay: Annotated[float | None, typer.Option("--delay", help=DELAY_HELP, show_default=False)] = None,
    retries: Annotated[int, typer.Option("--retries", help=RETRIES_HELP, min=1)] = 6,
    backoff: Annotated[float, typer.Option("--backoff", help=BACKOFF_HELP, min=0.0)] = 2.0,
    timeout: Annotated[float, typer.Option("--timeout", help=TIMEOUT_HELP, min=0.1)] = 60.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or warnings.")] = False,
) -> None:
    """Download paper listings into a raw directory that `mlkg build` reads offline.

    Uses the network (the only commands that do are fetch and update). Polite: it keeps to the pace each service publishes, sends a User-Agent naming mlkg, honours Retry-After and retries 429, 5xx and dropped connections with capped backoff. Resumable: a rerun skips the days it has (--refresh fetches them again). A bad response (an HTML error page, JSON cut short) is reported for its day and kept out. Exit codes: 0 done, 3 done with bad days, 75 stopped because the service kept failing (what was fetched is kept; run it again later).
    """
    from mlkg.fetch import fetch as run_fetch

    if start is None:
        raise typer.BadParameter("give the first day, e.g. --from 2025-06-01", param_hint="--from")
    with _Run(quiet) as run:
        result = run_fetch(source, raw_dir, start.date(), (end.date() if end else _today()),
                           categories=tuple(category or ()), refresh=refresh, dry_run=dry_run,
                           base_url=base_url, delay=delay, policy=_policy(retries, backoff), timeout=timeout,
                           progress=run.update)
    code = _print_fetch(result, dry_run)
    if code:
        raise typer.Exit(code)


def _today() -> Any:
    import datetime as dt

    return dt.datetime.now(dt.UTC).date()


@app.command("update")
def update_command(
    outdir: Annotated[Path, typer.Argument(help="A `mlkg build` output directory built from a raw directory "
                                                "that `mlkg fetch` wrote.", show_default=False)],
    source: Annotated[str, typer.Option("--source", help="hf-daily or arxiv.")] = "hf-daily",
    raw_dir: Annotated[Path | None, typer.Option(
        "--raw", help="The raw directory \\[default: the build's input directory that holds .mlkg-fetch.json].")]
    = None,
    start: Annotated[datetime | None, typer.Option(
        "--from", formats=DATE_FORMATS, help="First day \\[default: the last day fetched, and the days before it "
                                             "that may still have grown].")] = None,
    end: Annotated[datetime | None, typer.Option("--to", formats=DATE_FORMATS,
                                                       help="Last day \\[default: today, UTC].")] = None,
    category: Annotated[list[str] | None, typer.Option(
        "--category", "-c", help="arXiv category \\[default: those fetched before]. Repeatable.")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help=BASE_URL_HELP)] = None,
    delay: Annotated[float | None, typer.Option("--delay", help=DELAY_HELP, show_default=False)] = None,
    retries: Annotated[int, typer.Option("--retries", help=RETRIES_HELP, min=1)] = 6,
    backoff: Annotated[float, typer.Option("--backoff", help=BACKOFF_HELP, min=0.0)] = 2.0,
    timeout: Annotated[float, typer.Option("--timeout", help=TIMEOUT_HELP, min=0.1)] = 60.0,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be fetched; send nothing, "
                                                            "build nothing.")] = False,
    processes: Annotated[int, typer.Option("--processes", "-j", help=PROCESSES_HELP, min=0)] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or warnings.")] = False,
) -> None:
    """Fetch what is new since the last fetch and add it to a build (`mlkg build --update`).

    Uses the network (the only commands that do are fetch and update). Days not settled yet (a day's list keeps growing for a while) are fetched again; only new or changed papers are extracted, and the graph equals a full build of the raw directory. Prints the new papers and the new entities by type. Exit codes as for `mlkg fetch`.
    """
    from mlkg.fetch import update as run_update

    with _Run(quiet) as run:
        result = run_update(outdir, source, raw_dir=raw_dir, start=start.date() if start else None,
                            end=end.date() if end else None, categories=tuple(category or ()), base_url=base_url,
                            delay=delay, policy=_policy(retries, backoff), processes=processes,
                            timeout=timeout, dry_run=dry_run, progress=run.update)
    code = _print_fetch(result.fetched, dry_run)
    if dry_run:
        return
    if not result.built:
        out.print(f"nothing new: {escape(str(outdir))} is unchanged ({result.papers_after} papers).", highlight=False)
    else:
        grown = ", ".join(f"{kind} +{n}" for kind, n in result.new_entities.items()) or "none"
        out.print(f"updated {escape(str(outdir))}: {result.new_papers} new papers ({result.papers_after} in all); "
                  f"new entities: {grown}", highlight=False)
    if code:
        raise typer.Exit(code)
