"""The work done for one document, wherever it runs: open it safely, convert it, check its rows.

``convert_job`` never raises for a bad document: every failure becomes a ``DocumentResult``
with status ``failed`` and a one-line error. The executors call it inside a worker process
whose memory has been limited with ``apply_memory_limit``.

Run as ``python -m renaksi.worker`` it converts one pickled ``(Job, Limits)`` read from stdin and
writes the pickled ``DocumentResult`` to stdout: how a Dask task isolates a document in a
process of its own (a time limit needs a process that can be killed).
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import resource
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from schemas.contract import TargetRow, TargetsFrame, rows_to_frame
from schemas.errors import (
    CorruptPdfError,
    DocumentTimeoutError,
    EmptyFileError,
    EncryptedPdfError,
    ExitCode,
    MetadataError,
    NotAPdfError,
    NoTargetTableError,
    RenaksiError,
    ResourceLimitError,
    UnplacedColumnsError,
)

Status = Literal["converted", "unchanged", "failed"]

# Failures that depend only on the file's bytes and the pipeline's code: worth remembering in the
# cache. Limits, timeouts, missing programs and crashes may go away on the next run, so are retried.
DETERMINISTIC_FAILURES: tuple[type[RenaksiError], ...] = (
    EmptyFileError, NotAPdfError, CorruptPdfError, EncryptedPdfError,
    NoTargetTableError, UnplacedColumnsError, MetadataError,
)


class InvalidRowsError(RenaksiError):
    reason = "its rows break the output contract"
    fix = "this is a bug in renaksi: please report it with the PDF"


class InternalError(RenaksiError):
    reason = "internal error"
    fix = "please report it with the PDF (--debug shows the traceback)"


class WorkerCrashedError(RenaksiError):
    reason = "the conversion process died"
    fix = "it may need more memory than --memory-limit allows; please report it if it persists"


@dataclass(frozen=True)
class Limits:
    """What one document may use. 0 means no limit."""

    timeout: float = 600.0  # seconds of wall time
    memory_mb: int = 4096  # address space of the worker process
    max_pages: int = 1000

    def __post_init__(self) -> None:
        if self.timeout < 0 or self.memory_mb < 0 or self.max_pages < 0:
            raise ValueError("limits must be >= 0")


@dataclass(frozen=True)
class Job:
    index: int  # position in input order
    path: str  # absolute path to read
    shown: str  # the path as the user gave it


@dataclass
class DocumentResult:
    index: int
    status: Status
    pages: int = 0
    rows: list[TargetRow] = field(default_factory=list)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    error: str = ""  # one line: reason; fix
    error_kind: str = ""  # the error's class name
    exit_code: int = int(ExitCode.OK)
    traceback: str = ""  # shown with --debug
    cacheable: bool = True
    coverage: float | None = None  # share of the table words read (normalize.accounting); None when failed

    @classmethod
    def failure(cls, index: int, error: RenaksiError, seconds: float = 0.0, tb: str = "") -> DocumentResult:
        return cls(index=index, status="failed", seconds=seconds, error=error.message,
                   error_kind=type(error).__name__, exit_code=int(error.exit_code), traceback=tb,
                   cacheable=isinstance(error, DETERMINISTIC_FAILURES))


def apply_memory_limit(memory_mb: int) -> None:
    """Cap this process's address space, so a hostile file ends in MemoryError, not in the OOM killer."""
    if memory_mb <= 0:
        return
    limit = memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _pipeline_settings(limits: Limits):  # -> renaksi.pipeline.PipelineSettings
    from renaksi.pipeline import PipelineSettings

    settings = PipelineSettings()
    extract = settings.extract
    if any(f.name == "max_pages" for f in dataclasses.fields(extract)):
        # stage 1 applies the same page limit as the pre-check below (0: none)
        settings = dataclasses.replace(settings, extract=dataclasses.replace(extract, max_pages=limits.max_pages))
    return settings


def validate_rows(rows: list[TargetRow]) -> None:
    """Check the rows against the contract's schema, reporting every failing check at once."""
    import pandera.errors

    if not rows:
        return
    try:
        TargetsFrame.validate(rows_to_frame(rows), lazy=True)
    except pandera.errors.SchemaErrors as e:
        from renaksi.writers import describe_schema_errors

        raise InvalidRowsError(describe_schema_errors(e, limit=3)) from e


def _caused_by_memory(e: BaseException, depth: int = 0) -> bool:
    """Whether ``e`` is, wraps or was raised while handling a MemoryError (libraries wrap it)."""
    if isinstance(e, MemoryError):
        return True
    if depth > 8:
        return False
    linked = [x for x in (e.__cause__, e.__context__, *e.args) if isinstance(x, BaseException)]
    return any(_caused_by_memory(x, depth + 1) for x in linked)


# Under an address-space cap a C library that cannot allocate does not raise MemoryError: it
# returns NULL without an exception set (SystemError), raises its own error ("Insufficient
# memory", "bad allocation"), or aborts. These are the signs that the cap, not the file, ended it.
MEMORY_WORDS = ("memory", "alloc", "NULL without setting")
HELD_SHARE = 0.85  # a failure while the process holds this share of the cap in address space


def _address_space_mb() -> float:
    """The address space this process holds now (``VmSize``, what RLIMIT_AS caps); 0 if unknown.

    Read while the failure is being handled: its traceback still holds the frames that filled
    memory. Not ``VmPeak``: a pooled worker's peak may come from an earlier document."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


def _hit_memory_cap(e: BaseException, limits: Limits) -> bool:
    """Whether ``e`` is what hitting ``limits.memory_mb`` looks like from C code, by its evidence."""
    if limits.memory_mb <= 0 or isinstance(e, RenaksiError):
        return False
    if isinstance(e, SystemError) or any(w.lower() in str(e).lower() for w in MEMORY_WORDS):
        return True
    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return False  # not running under the cap (a test, an in-process call): the space held says nothing
    return _address_space_mb() >= HELD_SHARE * soft / (1024 * 1024)


def _is_pdf_library_error(e: BaseException) -> bool:
    module = type(e).__module__ or ""
    return module.startswith(("pdfminer", "pdfplumber", "pypdfium2"))


def convert_job(job: Job, limits: Limits) -> DocumentResult:
    """Convert one document in this process. Never raises (except KeyboardInterrupt/SystemExit)."""
    from extract.opening import open_pdf
    from renaksi.pipeline import convert_pdf

    start = time.perf_counter()
    path = Path(job.path)
    pages = 0
    try:
        with open_pdf(path, max_pages=limits.max_pages) as pdf:
            pages = len(pdf.pages)
        doc = convert_pdf(path, _pipeline_settings(limits))
        validate_rows(doc.rows)
        return DocumentResult(index=job.index, status="converted", pages=doc.pages or pages,
                              rows=list(doc.rows), notes=list(doc.notes), coverage=doc.coverage,
                              seconds=time.perf_counter() - start)
    except Exception as e:  # MemoryError and RecursionError are Exceptions too
        error = _as_renaksi_error(e, limits)
        tb = traceback.format_exc()
    failed = DocumentResult.failure(job.index, error, time.perf_counter() - start, tb)
    failed.pages = pages
    return failed


def _as_renaksi_error(e: Exception, limits: Limits) -> RenaksiError:
    """The typed error an analyst is shown for whatever a document raised."""
    if _caused_by_memory(e) or _hit_memory_cap(e, limits):
        return _memory_error(limits)
    if isinstance(e, RenaksiError):
        return e
    if isinstance(e, RecursionError):
        return CorruptPdfError("its objects are nested too deeply")
    detail = " ".join(f"{type(e).__name__}: {e}".split())[:200]
    return CorruptPdfError(detail) if _is_pdf_library_error(e) else InternalError(detail)


def _memory_error(limits: Limits) -> ResourceLimitError:
    return ResourceLimitError(f"needed more than the {limits.memory_mb} MB memory limit",
                              fix="raise --memory-limit if the document is genuine")


def timeout_result(job: Job, limits: Limits, seconds: float) -> DocumentResult:
    error = DocumentTimeoutError(f"{limits.timeout:g} s")
    return DocumentResult.failure(job.index, error, seconds)


def crash_result(job: Job, returncode: int | None, seconds: float, limits: Limits) -> DocumentResult:
    """A worker that died under a memory cap died of it (a C library aborts or faults when an
    allocation fails, the kernel kills at the cap); without a cap it is reported as a crash."""
    if limits.memory_mb > 0:
        return DocumentResult.failure(job.index, _memory_error(limits), seconds)
    if returncode is not None and returncode < 0:
        import signal

        try:
            how = f"killed by {signal.Signals(-returncode).name}"
        except ValueError:
            how = f"killed by signal {-returncode}"
    else:
        how = f"exit status {returncode}"
    return DocumentResult.failure(job.index, WorkerCrashedError(how), seconds)


def _main() -> int:
    """One document in a process of its own: pickled (Job, Limits) on stdin, pickled result on stdout."""
    job, limits = pickle.load(sys.stdin.buffer)
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr  # whatever a library prints must not corrupt the result
    apply_memory_limit(limits.memory_mb)
    result = convert_job(job, limits)
    pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.close()
    return 0


if __name__ == "__main__":
    # run the copy imported as renaksi.worker, so what is pickled names renaksi.worker, not __main__
    from renaksi.worker import _main as main

    raise SystemExit(main())
