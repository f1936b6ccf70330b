"""A batch run: inputs → (cache | executor) → results in input order → output files.

The runner knows every stage only through ``renaksi.worker``; it never prints (a ``Reporter``
does) and never decides exit codes (the CLI does). A bad document never stops the batch: it
becomes a failed outcome, and the outputs are written after every other document is done.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from renaksi.atomic import remove_leftovers
from renaksi.cache import ResultCache, file_sha256
from renaksi.executors import DaskExecutor, Executor, LocalExecutor
from renaksi.inputs import InputFile
from renaksi.progress import QuietReporter, Reporter
from renaksi.worker import DocumentResult, Job, Limits
from renaksi.writers import Outcome, rows_to_table, write_outputs
from schemas.errors import ExitCode, UnreadableFileError


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class RunOptions:
    out_dir: Path
    workers: int = field(default_factory=default_workers)
    limits: Limits = field(default_factory=Limits)
    force: bool = False  # ignore the cache
    executor: str = "local"  # local | dask
    scheduler: str | None = None  # dask scheduler address; None starts a local cluster
    partition_by: tuple[str, ...] = ()


@dataclass
class RunSummary:
    outcomes: list[Outcome]
    results: list[DocumentResult]
    rows: int
    seconds: float

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def exit_code(self) -> ExitCode:
        codes = {r.exit_code for r in self.results if r.status == "failed"}
        if not codes:
            return ExitCode.OK
        if int(ExitCode.MISSING_TOOL) in codes:
            return ExitCode.MISSING_TOOL
        return ExitCode.SOME_FAILED


def make_executor(options: RunOptions) -> Executor:
    if options.executor == "local":
        return LocalExecutor(options.workers, options.limits)
    if options.executor == "dask":
        return DaskExecutor(options.scheduler, options.workers, options.limits)
    raise ValueError(f"unknown executor {options.executor!r}")


def _named(result: DocumentResult, source_file: str) -> DocumentResult:
    """Rows carry the name of the file they came from (a cached result may come from a twin file)."""
    if any(r.source_file != source_file for r in result.rows):
        result.rows = [dataclasses.replace(r, source_file=source_file) for r in result.rows]
    return result


def run_batch(inputs: Sequence[InputFile], options: RunOptions,
              reporter: Reporter | None = None) -> RunSummary:
    """Convert ``inputs`` and write the outputs into ``options.out_dir``."""
    reporter = reporter or QuietReporter()
    began = time.monotonic()
    out_dir = options.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out_dir)
    cache = ResultCache(out_dir)
    reporter.start(len(inputs))
    try:
        ordered = _convert_all(inputs, options, cache, reporter)
    finally:
        reporter.finish()
    rows = [row for result in ordered for row in result.rows]
    outcomes = [Outcome(source_file=item.name, path=item.shown, status=result.status,
                        pages=result.pages, rows=len(result.rows), seconds=round(result.seconds, 3),
                        error=result.error, notes="; ".join(result.notes), coverage=result.coverage)
                for item, result in zip(inputs, ordered, strict=True)]
    write_outputs(out_dir, rows_to_table(rows), outcomes, options.partition_by)
    cache.prune_other_versions()
    return RunSummary(outcomes=outcomes, results=ordered, rows=len(rows), seconds=time.monotonic() - began)


def _convert_all(inputs: Sequence[InputFile], options: RunOptions, cache: ResultCache,
                 reporter: Reporter) -> list[DocumentResult]:
    """Every input's result, in input order: from the cache where its bytes were seen before."""
    results: dict[int, DocumentResult] = {}
    digests: dict[int, str] = {}
    jobs: list[Job] = []

    def finish(index: int, result: DocumentResult) -> None:
        results[index] = _named(result, inputs[index].name)
        reporter.done(inputs[index].shown, results[index])

    for index, item in enumerate(inputs):
        loaded = time.monotonic()
        try:
            digests[index] = file_sha256(item.path)
        except OSError as e:
            reason = "permission denied" if isinstance(e, PermissionError) else (e.strerror or str(e))
            finish(index, DocumentResult.failure(index, UnreadableFileError(reason)))
            continue
        cached = None if options.force else cache.load(digests[index], index, item.name)
        if cached is not None:
            cached.seconds = time.monotonic() - loaded
            finish(index, cached)
        else:
            jobs.append(Job(index=index, path=str(item.path), shown=item.shown))

    if jobs:
        for result in make_executor(options).run(jobs):
            cache.store(digests[result.index], result)
            finish(result.index, result)
    return [results[i] for i in range(len(inputs))]
