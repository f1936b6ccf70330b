"""The ``renaksi`` command. ``exit_code_for`` is the one place where exceptions become exit codes."""

from __future__ import annotations

import sys
import traceback
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from renaksi import __version__
from renaksi.dataset_cli import register_dataset_commands
from renaksi.inputs import InputError, find_inputs
from renaksi.progress import make_reporter
from renaksi.review_cli import register_review_commands
from renaksi.runner import RunOptions, default_workers, run_batch
from renaksi.worker import Limits
from renaksi.writers import OUTCOMES_CSV, PARTITIONABLE, TARGETS_CSV, TARGETS_PARQUET, TARGETS_XLSX
from schemas.errors import ExitCode, RenaksiError

app = typer.Typer(
    name="renaksi",
    help="Turn Indonesian local-government action plans (RENAKSI PDFs) into typed tables: one row per "
         "indicator per period, written as Parquet and CSV.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)


class ExecutorName(StrEnum):
    local = "local"
    dask = "dask"


def exit_code_for(error: BaseException, *, debug: bool = False) -> ExitCode:
    """Say what went wrong on stderr, in one line (a traceback only with --debug); return the exit code."""
    if isinstance(error, KeyboardInterrupt):
        print("interrupted: the previous outputs are untouched; run again to finish "
              "(finished documents are reused)", file=sys.stderr)
        return ExitCode.INTERRUPTED
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    if isinstance(error, InputError):
        print(f"error: {error}", file=sys.stderr)
        return ExitCode.BAD_ARGS
    if isinstance(error, RenaksiError):
        print(f"error: {error.message}", file=sys.stderr)
        return error.exit_code
    if isinstance(error, OSError):
        print(f"error: cannot write the outputs: {error}", file=sys.stderr)
        return ExitCode.SOME_FAILED
    print(f"internal error: {type(error).__name__}: {error}; please report it "
          "(--debug shows the traceback)", file=sys.stderr)
    return ExitCode.SOME_FAILED


def _version(value: bool) -> None:
    if value:
        typer.echo(f"renaksi {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn RENAKSI action-plan PDFs into typed tables (Parquet and CSV).

    Start with `renaksi convert FOLDER --out outputs`; `renaksi convert --help` tells more.
    """


def _parse_partition(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    columns = tuple(c.strip() for c in value.split(",") if c.strip())
    bad = [c for c in columns if c not in PARTITIONABLE]
    if bad:
        raise typer.BadParameter(f"{', '.join(bad)}: choose from {', '.join(PARTITIONABLE)}")
    return columns


@app.command(no_args_is_help=True)
def convert(
    paths: Annotated[list[str], typer.Argument(
        help="PDF files and/or folders. Folders are searched recursively for *.pdf (any case); hidden "
             "folders and the output folder are skipped.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (created if missing).")]
        = Path("outputs"),
    workers: Annotated[int, typer.Option("--workers", "-j", min=1,
                                         help="Documents converted at once, each in its own process.")]
        = default_workers(),
    timeout: Annotated[float, typer.Option(min=0, help="Seconds one document may take before it is "
                                                       "failed and the batch goes on (0: no limit).")]
        = 600.0,
    memory_limit: Annotated[int, typer.Option("--memory-limit", min=0, metavar="MB",
                                              help="Address space each worker process may use "
                                                   "(0: no limit).")] = 4096,
    max_pages: Annotated[int, typer.Option("--max-pages", min=0,
                                           help="Documents with more pages are refused (0: no limit).")]
        = 1000,
    force: Annotated[bool, typer.Option("--force", help="Convert everything again, ignoring results kept "
                                                        "from earlier runs in OUT/.cache.")] = False,
    replace: Annotated[bool, typer.Option("--replace", help="Start the dataset in OUT afresh: it then holds "
                                                            "only this run's documents.")] = False,
    no_wait: Annotated[bool, typer.Option("--no-wait", help="When another run is writing to OUT, fail at "
                                                            "once (exit 2) instead of waiting for it.")] = False,
    executor: Annotated[ExecutorName, typer.Option(help="Where documents are converted: local processes, "
                                                        "or a Dask cluster.")] = ExecutorName.local,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 "
                                                       "(with --executor dask; default: a local cluster).",
                                                  show_default=False)] = None,
    partition_by: Annotated[str | None, typer.Option(
        "--partition-by", metavar="COLUMNS",
        help="Also write OUT/targets/, a Hive-partitioned Parquet dataset, e.g. fiscal_year,agency.",
        show_default=False)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only failures.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show Python tracebacks of failures.")] = False,
) -> None:
    """Convert RENAKSI PDFs into OUT/targets.parquet, OUT/targets.csv, OUT/targets.xlsx and OUT/outcomes.csv.

    One row per indicator per period (see the README for the columns). Each input gets a line in
    outcomes.csv: converted, unchanged (an earlier run's result reused) or failed, with the reason.
    OUT is a dataset: runs add up, and a document converted again has its rows replaced (--replace
    starts afresh). One run writes to OUT at a time; another waits for it.
    A failed file never stops the others. Exit status: 0 when every input converted, 1 when any
    failed (the outputs still hold every other document), 2 for unusable arguments.

    Example: `renaksi convert archive/2022 more.pdf --out outputs --workers 4`
    """
    try:
        partitions = _parse_partition(partition_by)
        if scheduler and executor != ExecutorName.dask:
            raise typer.BadParameter("--scheduler needs --executor dask")
        inputs = find_inputs(paths, out)
        if not inputs:
            raise InputError(f"no PDF found in {' '.join(paths)}")
        options = RunOptions(out_dir=out, workers=workers,
                             limits=Limits(timeout=timeout, memory_mb=memory_limit, max_pages=max_pages),
                             force=force, executor=executor.value, scheduler=scheduler,
                             partition_by=partitions, replace=replace, wait=not no_wait)
        summary = run_batch(inputs, options, make_reporter(quiet=quiet, debug=debug), on_wait=_say_waiting)
    except typer.BadParameter:
        raise
    except BaseException as error:  # noqa: BLE001 - the one place that turns exceptions into exit codes
        raise typer.Exit(int(exit_code_for(error, debug=debug))) from None
    if not quiet:
        counts = {status: sum(o.status == status for o in summary.outcomes)
                  for status in ("converted", "unchanged", "failed")}
        typer.echo(f"{len(summary.outcomes)} documents: {counts['converted']} converted, "
                   f"{counts['unchanged']} unchanged, {counts['failed']} failed; {summary.rows} rows "
                   f"in {summary.seconds:.1f} s -> {out / TARGETS_PARQUET}, {out / TARGETS_CSV}, "
                   f"{out / TARGETS_XLSX}, {out / OUTCOMES_CSV}")
        if summary.dataset is not None:
            typer.echo(summary.dataset.line(str(out)))
    raise typer.Exit(int(summary.exit_code))


def _say_waiting(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


register_review_commands(app, exit_code_for)  # renaksi report, renaksi inspect
register_dataset_commands(app, exit_code_for, _say_waiting)  # renaksi status, renaksi remove
