"""``renaksi status`` and ``renaksi remove``: what an output folder's dataset holds, and taking documents
out of it. ``register_dataset_commands`` adds them to the ``renaksi`` app; errors go through the app's
one ``exit_code_for``, passed in, so exit codes are still decided in one place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from renaksi.commit import pending
from renaksi.dataset import DatasetDamagedError, NotADatasetError, load_dataset, remove_documents, summarize
from renaksi.lock import current_holder
from renaksi.writers import OUTCOMES_CSV
from schemas.errors import ExitCode

ErrorHandler = Callable[..., ExitCode]


def status_lines(out_dir: Path) -> list[str]:
    """What ``renaksi status`` prints: the summary, the documents gone from their path, a writer at work."""
    if not (out_dir / OUTCOMES_CSV).exists():
        raise NotADatasetError(f"{out_dir}: no {OUTCOMES_CSV}")
    lines: list[str] = []
    holder = current_holder(out_dir)
    if holder is not None:
        lines.append(f"a renaksi {holder.command} is writing to {out_dir} now ({holder.describe()})")
    if pending(out_dir):
        lines.append(f"a run was killed while putting its outputs in place; the next 'renaksi convert' or "
                     f"'renaksi remove' into {out_dir} finishes it")
        try:
            dataset = load_dataset(out_dir)
        except DatasetDamagedError:
            return lines  # half of its files in place: they agree again once it is finished
    else:
        dataset = load_dataset(out_dir)
    summary = summarize(dataset)
    lines.append(summary.line(str(out_dir)))
    if summary.missing:
        lines.append("no longer at their path (take them out with 'renaksi remove'):")
        lines += [f"  {path}" for path in summary.missing]
    return lines


def register_dataset_commands(app: typer.Typer, exit_code_for: ErrorHandler,
                              on_wait: Callable[[str], None]) -> None:
    @app.command(no_args_is_help=True)
    def status(
        out_dir: Annotated[Path, typer.Argument(help="The output folder of `renaksi convert`.", show_default=False)],
        debug: Annotated[bool, typer.Option("--debug", help="Show Python tracebacks of failures.")] = False,
    ) -> None:
        """Say what the dataset in OUT_DIR holds: documents, rows, failures, and which of its documents
        no longer exist at their path.

        Example: `renaksi status results`
        """
        try:
            lines = status_lines(out_dir)
        except BaseException as error:  # noqa: BLE001 - exit codes are decided in renaksi.cli
            raise typer.Exit(int(exit_code_for(error, debug=debug))) from None
        for line in lines:
            typer.echo(line)

    @app.command(no_args_is_help=True)
    def remove(
        out_dir: Annotated[Path, typer.Argument(help="The output folder of `renaksi convert`.", show_default=False)],
        paths: Annotated[list[str], typer.Argument(
            help="Documents to take out: PDF files or folders (as converted; they need not exist any more).",
            show_default=False)],
        no_wait: Annotated[bool, typer.Option("--no-wait", help="When another run is writing to OUT_DIR, fail "
                                                                "at once (exit 2) instead of waiting.")] = False,
        debug: Annotated[bool, typer.Option("--debug", help="Show Python tracebacks of failures.")] = False,
    ) -> None:
        """Take documents out of the dataset in OUT_DIR: their rows and outcome lines go from every
        output file. A path that names no document of OUT_DIR is an error, and then nothing is removed.

        Example: `renaksi remove results archive/2021/old-plan.pdf`
        """
        try:
            removed, summary = remove_documents(out_dir, paths, wait=not no_wait, on_wait=on_wait)
        except BaseException as error:  # noqa: BLE001 - exit codes are decided in renaksi.cli
            raise typer.Exit(int(exit_code_for(error, debug=debug))) from None
        typer.echo(f"removed {len(removed)} documents ({sum(o.rows for o in removed)} rows); "
                   + summary.line(str(out_dir)))
