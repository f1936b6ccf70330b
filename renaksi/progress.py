"""What a run tells the person watching: a progress bar on a terminal, plain log lines elsewhere
(CI, ``| tee``), nothing but failures with ``--quiet``. Failures always get their one line,
``PATH: reason; fix``, on stderr."""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from normalize.accounting import LOW_COVERAGE
from renaksi.worker import DocumentResult


class Reporter(Protocol):
    def start(self, total: int) -> None: ...
    def done(self, shown: str, result: DocumentResult) -> None: ...
    def finish(self) -> None: ...


def coverage_warning(result: DocumentResult, where: bool = True) -> str | None:
    """`only 72% of the table text was read` for a document that read too little of its tables; with
    ``where``, the note naming the pages follows in brackets."""
    if result.coverage is None or result.coverage >= LOW_COVERAGE:
        return None
    unread = next((n for n in result.notes if n.startswith("unread table text")), "") if where else ""
    return f"only {result.coverage:.0%} of the table text was read" + (f" ({unread})" if unread else "")


def failure_line(shown: str, result: DocumentResult) -> str:
    return f"{shown}: {result.error}"


class _Counts:
    def __init__(self) -> None:
        self.total = 0
        self.finished = 0
        self.pages = 0
        self.failed = 0
        self.began = time.monotonic()

    def add(self, result: DocumentResult) -> None:
        self.finished += 1
        self.pages += result.pages if result.status != "failed" else 0
        self.failed += result.status == "failed"

    @property
    def pages_per_second(self) -> float:
        elapsed = time.monotonic() - self.began
        return self.pages / elapsed if elapsed > 0 else 0.0


class QuietReporter:
    """Only failures, one line each."""

    def __init__(self, debug: bool = False, stream: TextIO | None = None) -> None:
        self.debug = debug
        self.stream = stream or sys.stderr

    def start(self, total: int) -> None:
        pass

    def _failure(self, shown: str, result: DocumentResult) -> None:
        if result.status == "failed":
            print(failure_line(shown, result), file=self.stream, flush=True)
            if self.debug and result.traceback:
                print(result.traceback.rstrip(), file=self.stream, flush=True)

    def done(self, shown: str, result: DocumentResult) -> None:
        self._failure(shown, result)

    def finish(self) -> None:
        pass


class LogReporter(QuietReporter):
    """One plain line per document, for logs and pipes."""

    def __init__(self, debug: bool = False, stream: TextIO | None = None) -> None:
        super().__init__(debug, stream)
        self.counts = _Counts()

    def start(self, total: int) -> None:
        self.counts = _Counts()
        self.counts.total = total
        print(f"converting {total} document{'s' * (total != 1)}", file=self.stream, flush=True)

    def done(self, shown: str, result: DocumentResult) -> None:
        c = self.counts
        c.add(result)
        if result.status == "failed":
            self._failure(shown, result)
            return
        print(f"[{c.finished}/{c.total}] {result.status} {shown}: {result.pages} pages, "
              f"{len(result.rows)} rows, {result.seconds:.1f} s", file=self.stream, flush=True)
        warning = coverage_warning(result, where=False)  # the note naming the pages follows
        if warning:
            print(f"    warning: {warning}", file=self.stream, flush=True)
        for note in result.notes:
            print(f"    note: {note}", file=self.stream, flush=True)


class BarReporter(QuietReporter):
    """A rich progress bar: documents and pages done, pages per second, time left, failures."""

    def __init__(self, debug: bool = False, console: Console | None = None) -> None:
        super().__init__(debug)
        self.console = console or Console(stderr=True)
        self.counts = _Counts()
        self.progress = Progress(
            TextColumn("[bold]converting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("docs"),
            TextColumn("{task.fields[pages]} pages"),
            TextColumn("{task.fields[rate]:.1f} pages/s"),
            TimeElapsedColumn(),
            TextColumn("elapsed,"),
            TimeRemainingColumn(),
            TextColumn("left"),
            TextColumn("{task.fields[failures]}"),
            console=self.console,
            transient=False,
        )
        self.task = self.progress.add_task("convert", total=0, pages=0, rate=0.0, failures="")

    def start(self, total: int) -> None:
        self.counts = _Counts()
        self.counts.total = total
        self.progress.update(self.task, total=total)
        self.progress.start()

    def done(self, shown: str, result: DocumentResult) -> None:
        c = self.counts
        c.add(result)
        if result.status == "failed":
            self.console.print(Text(failure_line(shown, result), style="red"))
            if self.debug and result.traceback:
                self.console.print(Text(result.traceback.rstrip()))
        warning = coverage_warning(result)
        if warning:
            self.console.print(Text(f"{shown}: {warning}", style="yellow"))
        self.progress.update(self.task, advance=1, pages=c.pages, rate=c.pages_per_second,
                             failures=f"[red]{c.failed} failed" if c.failed else "")

    def finish(self) -> None:
        self.progress.stop()


def make_reporter(*, quiet: bool, debug: bool) -> Reporter:
    if quiet:
        return QuietReporter(debug)
    console = Console(stderr=True)
    if console.is_terminal:
        return BarReporter(debug, console)
    return LogReporter(debug)
