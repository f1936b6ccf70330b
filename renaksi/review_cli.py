"""``renaksi report`` and ``renaksi inspect``: looking at what the pipeline read, for a person.

``register_review_commands`` adds them to the ``renaksi`` app; errors go through the app's one
``exit_code_for``, passed in, so exit codes are still decided in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from extract.display import DEFAULT_DPI, inspect_page
from extract.document import ExtractSettings
from renaksi.inputs import InputError
from renaksi.report import ReportSettings, write_report
from renaksi.report.data import ReportDocument
from schemas.errors import ExitCode

ErrorHandler = Callable[..., ExitCode]


def register_review_commands(app: typer.Typer, exit_code_for: ErrorHandler) -> None:
    @app.command(no_args_is_help=True)
    def report(
        out_dir: Annotated[Path, typer.Argument(help="The output folder of a `renaksi convert` run.",
                                                show_default=False)],
        dpi: Annotated[int, typer.Option(min=30, max=300, help="Resolution of the page images.")] = DEFAULT_DPI,
        ocr: Annotated[bool, typer.Option("--ocr/--no-ocr", help="Read scanned pages again by OCR to draw "
                                                                 "their cells (--no-ocr: faster, scans shown bare).")]
            = True,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the report's path.")] = False,
        debug: Annotated[bool, typer.Option("--debug", help="Show Python tracebacks of failures.")] = False,
    ) -> None:
        """Write OUT_DIR/report/index.html, a review report of a convert run, to open in a browser.

        The first page lists every document of the run with its outcome, rows, flagged rows and lowest
        confidence. Each document has a page with its table pages as images, the cells read drawn over
        them (coloured by flags and confidence), and its rows beside them, flagged rows first.

        The folder opens from disk in any browser, without network. The PDFs are read from the paths in
        outcomes.csv: run it from the folder `renaksi convert` ran in.

        Example: `renaksi report outputs` then open outputs/report/index.html
        """
        settings = ReportSettings(dpi=dpi, extract=replace(ExtractSettings(), ocr_enabled=ocr))

        def progress(doc: ReportDocument, notes: list[str]) -> None:
            if not quiet:
                typer.echo(f"{doc.outcome.source_file}: {len(doc.rows)} rows, {doc.flagged_rows} flagged"
                           + (f" ({'; '.join(notes)})" if notes else ""))
        try:
            index = write_report(out_dir, settings, progress)
        except BaseException as error:  # noqa: BLE001 - exit codes are decided in renaksi.cli
            raise typer.Exit(int(exit_code_for(error, debug=debug))) from None
        typer.echo(str(index))

    @app.command(no_args_is_help=True)
    def inspect(
        pdf: Annotated[Path, typer.Argument(help="A PDF file.", show_default=False)],
        page: Annotated[int, typer.Option("--page", "-p", min=1, help="The page to show (1-based).")] = 1,
        out: Annotated[Path | None, typer.Option("--out", "-o", help="The PNG to write (default: "
                                                                     "<name>-page<N>.png here).",
                                                 show_default=False)] = None,
        dpi: Annotated[int, typer.Option(min=30, max=300, help="Resolution of the image.")] = DEFAULT_DPI,
        ocr: Annotated[bool, typer.Option("--ocr/--no-ocr", help="Read a page without a usable text layer by "
                                                                 "OCR, as convert does.")] = True,
        debug: Annotated[bool, typer.Option("--debug", help="Show Python tracebacks of failures.")] = False,
    ) -> None:
        """Write a PNG of one page with what stage 1 found on it, for debugging a document.

        Drawn on the page: tables and their cells (blue), the ruling lines of the text layer (red) and
        the text lines read (green), under a caption that counts them.

        For a document that reads badly: a missing cell border, a table not found, text in the wrong cell.

        Example: `renaksi inspect plan.pdf --page 3 --out p3.png`
        """
        target = out or Path(f"{pdf.stem}-page{page}.png")
        try:
            if not pdf.is_file():
                raise InputError(f"{pdf}: no such file")
            try:
                image = inspect_page(pdf, page, replace(ExtractSettings(), ocr_enabled=ocr), dpi)
            except IndexError as e:
                raise InputError(str(e)) from e
            image.save(target, format="PNG", optimize=True)
        except BaseException as error:  # noqa: BLE001 - exit codes are decided in renaksi.cli
            raise typer.Exit(int(exit_code_for(error, debug=debug))) from None
        typer.echo(str(target))
