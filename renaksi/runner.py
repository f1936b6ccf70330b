"""A batch run: inputs → (cache | executor) → results in input order → output files.

The runner knows every stage only through ``renaksi.worker``; it never prints (a ``Reporter``
does) and never decides exit codes (the CLI does). A bad document never stops the batch: it
becomes a failed outcome, and the outputs are written after every other document is done.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from renaksi.cache import ResultCache, file_sha256
from renaksi.commit import recover
from renaksi.dataset import (
    Dataset,
    DatasetSummary,
    load_dataset,
    merged,
    partition_columns,
    summarize,
    write_dataset,
)
from renaksi.executors import DaskExecutor, Executor, LocalExecutor
from renaksi.inputs import InputFile
from renaksi.lock import folder_lock
from renaksi.progress import QuietReporter, Reporter
from renaksi.worker import DocumentResult, Job, Limits
from renaksi.writers import Outcome, rows_to_table
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
    replace: bool = False  # start the dataset in out_dir afresh instead of adding to it
    wait: bool = True  # wait for another run holding out_dir; False: raise LockBusyError at once


@dataclass
class RunSummary:
    outcomes: list[Outcome]
    results: list[DocumentResult]
    rows: int  # of this run
    seconds: float
    dataset: DatasetSummary | None = None  # the whole output folder after the run

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


def run_batch(inputs: Sequence[InputFile], options: RunOptions, reporter: Reporter | None = None,
              on_wait: Callable[[str], None] | None = None) -> RunSummary:
    """Convert ``inputs`` into the dataset in ``options.out_dir`` (see ``renaksi.dataset``), holding the
    folder's lock throughout; ``on_wait`` is told once when another run holds it."""
    reporter = reporter or QuietReporter()
    began = time.monotonic()
    out_dir = options.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    with folder_lock(out_dir, wait=options.wait, on_wait=on_wait) as lock:
        recover(out_dir)
        previous = Dataset.empty() if options.replace else load_dataset(out_dir)
        cache = ResultCache(out_dir)
        reporter.start(len(inputs))
        try:
            done = _convert_all(inputs, options, cache, reporter)
        finally:
            reporter.finish()
        ordered = [d.result for d in done]
        rows = [row for result in ordered for row in result.rows]
        earlier = dict(zip(previous.keys, previous.outcomes, strict=True))
        outcomes = [_outcome(item, d, earlier, cache) for item, d in zip(inputs, done, strict=True)]
        dataset = merged(previous, Dataset(outcomes, rows_to_table(rows)))
        write_dataset(out_dir, dataset, options.partition_by or partition_columns(out_dir),
                      before_commit=lock.check_held)
        cache.prune_other_versions()
    return RunSummary(outcomes=outcomes, results=ordered, rows=len(rows), seconds=time.monotonic() - began,
                      dataset=summarize(dataset))


def _utc(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _outcome(item: InputFile, done: Done, earlier: dict[str, Outcome], cache: ResultCache) -> Outcome:
    """The outcome line of one input. A reused result keeps the time of the conversion that produced
    it: the dataset's, when the same bytes were there before; else the cache entry's."""
    result, key = done.result, str(item.path.resolve())
    produced = done.finished
    if result.status == "unchanged" or (result.status == "failed" and done.from_cache):
        before = earlier.get(key)
        if before is not None and before.sha256 == done.sha256 and before.converted_at:
            return _described(item, result, before.converted_at, done.sha256, key)
        produced = cache.stored_at(done.sha256) or produced
    return _described(item, result, _utc(produced), done.sha256, key)


def _described(item: InputFile, result: DocumentResult, converted_at: str, sha256: str, key: str) -> Outcome:
    return Outcome(source_file=item.name, path=item.shown, status=result.status, pages=result.pages,
                   rows=len(result.rows), seconds=round(result.seconds, 3), error=result.error,
                   notes="; ".join(result.notes), converted_at=converted_at, sha256=sha256, resolved_path=key,
                   coverage=result.coverage)


@dataclass
class Done:
    """One input's result, with what the dataset records of it."""

    result: DocumentResult
    sha256: str = ""  # empty when the file could not be read
    finished: float = 0.0  # time.time() when its result came
    from_cache: bool = False


def _convert_all(inputs: Sequence[InputFile], options: RunOptions, cache: ResultCache,
                 reporter: Reporter) -> list[Done]:
    """Every input's result, in input order: from the cache where its bytes were seen before."""
    done: dict[int, Done] = {}
    digests: dict[int, str] = {}
    jobs: list[Job] = []

    def finish(index: int, result: DocumentResult, from_cache: bool = False) -> None:
        result = _named(result, inputs[index].name)
        done[index] = Done(result, digests.get(index, ""), time.time(), from_cache)
        reporter.done(inputs[index].shown, result)

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
            finish(index, cached, from_cache=True)
        else:
            jobs.append(Job(index=index, path=str(item.path), shown=item.shown))

    if jobs:
        for result in make_executor(options).run(jobs):
            cache.store(digests[result.index], result)
            finish(result.index, result)
    return [done[i] for i in range(len(inputs))]
