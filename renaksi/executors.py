"""Where documents are converted: a pool of local worker processes, or a Dask cluster.

Both run ``renaksi.worker.convert_job`` for each ``Job`` in a process of its own whose address
space is capped (``--memory-limit``) and which is killed when the document passes its time
limit (``--timeout``). They yield one ``DocumentResult`` per job, in the order documents finish;
the runner puts them back in input order, so the outputs never depend on the executor or on the
number of workers.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol

from renaksi.worker import (
    DocumentResult,
    Job,
    Limits,
    apply_memory_limit,
    convert_job,
    crash_result,
    timeout_result,
)

MAX_JOBS_PER_WORKER = 200  # a fresh process now and then keeps memory from creeping up
RETIRE_AFTER = ("ResourceLimitError", "InternalError")
_PR_SET_PDEATHSIG = 1
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Executor(Protocol):
    def run(self, jobs: Sequence[Job]) -> Iterator[DocumentResult]: ...


def _die_with_parent() -> None:
    """Linux: have the kernel kill this worker when the process that started it dies (even by kill -9)."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def _serve(conn: Connection, limits: Limits) -> None:
    """A worker process: convert the jobs sent on ``conn`` one at a time until told to stop.

    It never leaves on its own (the parent might be handing it a job just then): the parent decides
    when a worker is retired and sends ``None``.
    """
    os.setpgrp()  # its own process group, so a timeout also kills programs it started (tesseract)
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    apply_memory_limit(limits.memory_mb)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        result = convert_job(job, limits)
        try:
            conn.send(result)
        except (BrokenPipeError, OSError):
            return


def _retire(result: DocumentResult, jobs_done: int) -> bool:
    """After a MemoryError or a bug a worker starts afresh; and now and then anyway."""
    return result.error_kind in RETIRE_AFTER or jobs_done >= MAX_JOBS_PER_WORKER


@dataclass
class _Slot:
    process: Any  # multiprocessing.process.BaseProcess
    conn: Connection
    job: Job | None = None
    started: float = 0.0
    jobs_done: int = 0


class LocalExecutor:
    """``workers`` processes on this machine, each converting one document at a time."""

    def __init__(self, workers: int, limits: Limits) -> None:
        if workers < 1:
            raise ValueError("workers must be >= 1")
        self.workers = workers
        self.limits = limits
        self._ctx = multiprocessing.get_context("forkserver")
        # the fork server imports the pipeline once; every worker forked from it starts warm
        self._ctx.set_forkserver_preload(["renaksi.executors", "renaksi.pipeline"])

    def _start(self) -> _Slot:
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(target=_serve, args=(child, self.limits), daemon=True,
                                    name="renaksi-worker")
        process.start()
        child.close()
        return _Slot(process=process, conn=parent)

    def _stop(self, slot: _Slot, *, kill: bool) -> None:
        if kill and slot.process.pid is not None:
            _kill_group(slot.process.pid)  # the worker and any program it started
            with contextlib.suppress(OSError, ValueError):
                slot.process.kill()  # in case it had not yet made its own process group
        else:
            with contextlib.suppress(OSError):
                slot.conn.send(None)
        slot.process.join(timeout=None if kill else 5)
        if slot.process.is_alive():
            _kill_group(slot.process.pid)
            slot.process.join()
        slot.conn.close()

    def run(self, jobs: Sequence[Job]) -> Iterator[DocumentResult]:
        pending = deque(jobs)
        slots: list[_Slot] = []
        timeout = self.limits.timeout or float("inf")
        try:
            while pending or slots:
                # idle workers that died (killed from outside) are replaced; idle ones get work
                for slot in [s for s in slots if s.job is None and not s.process.is_alive()]:
                    self._stop(slot, kill=True)
                    slots.remove(slot)
                while pending and len(slots) < self.workers:
                    slots.append(self._start())
                for slot in list(slots):
                    if slot.job is None and pending:
                        try:
                            slot.conn.send(pending[0])
                        except OSError:  # it died since we looked: a new one takes the job
                            slots.remove(slot)
                            self._stop(slot, kill=True)
                            continue
                        slot.job = pending.popleft()
                        slot.started = time.monotonic()
                busy = [s for s in slots if s.job is not None]
                if not busy:
                    break
                wait = min(s.started + timeout for s in busy) - time.monotonic()
                ready = multiprocessing.connection.wait(
                    [s.conn for s in busy] + [s.process.sentinel for s in busy],
                    timeout=None if wait == float("inf") else max(wait, 0.0))
                for slot in busy:
                    job = slot.job
                    assert job is not None
                    seconds = time.monotonic() - slot.started
                    if slot.conn in ready:
                        try:
                            result = slot.conn.recv()
                        except (EOFError, OSError):
                            result = None
                        if isinstance(result, DocumentResult):
                            slot.job = None
                            slot.jobs_done += 1
                            if _retire(result, slot.jobs_done):
                                slots.remove(slot)
                                self._stop(slot, kill=False)
                            yield result
                            continue
                    if slot.conn in ready or slot.process.sentinel in ready:
                        slot.process.join()
                        slots.remove(slot)
                        self._stop(slot, kill=True)
                        yield crash_result(job, slot.process.exitcode, seconds, self.limits)
                    elif seconds >= timeout:
                        slots.remove(slot)
                        self._stop(slot, kill=True)
                        yield timeout_result(job, self.limits, seconds)
            for slot in slots:
                self._stop(slot, kill=False)
            slots.clear()
        finally:
            for slot in slots:
                self._stop(slot, kill=True)


def convert_isolated(job: Job, limits: Limits) -> DocumentResult:
    """Convert ``job`` in a fresh ``python -m renaksi.worker`` process, within ``limits``.

    What a Dask task runs: Dask's own workers cannot be killed per task, a child process can.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
    start = time.monotonic()
    child = subprocess.Popen([sys.executable, "-m", "renaksi.worker"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                             start_new_session=True)
    try:
        out, err = child.communicate(pickle.dumps((job, limits)), timeout=limits.timeout or None)
    except subprocess.TimeoutExpired:
        _kill_group(child.pid)
        child.communicate()
        return timeout_result(job, limits, time.monotonic() - start)
    finally:
        _kill_group(child.pid)  # anything it left running
    seconds = time.monotonic() - start
    if child.returncode == 0:
        with contextlib.suppress(Exception):
            result = pickle.loads(out)
            if isinstance(result, DocumentResult):
                return result
    crashed = crash_result(job, child.returncode, seconds, limits)
    crashed.traceback = err.decode("utf-8", "replace")[-4000:]
    return crashed


class DaskExecutor:
    """The same per-document work as tasks on a Dask distributed cluster.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without one a local
    cluster of ``workers`` threads is started, each waiting on its document's own process. On a
    real cluster every worker must have renaksi installed and see the input files at the same paths.
    """

    def __init__(self, scheduler: str | None, workers: int, limits: Limits) -> None:
        self.scheduler = scheduler
        self.workers = max(1, workers)
        self.limits = limits

    def run(self, jobs: Sequence[Job]) -> Iterator[DocumentResult]:
        from distributed import Client, LocalCluster, as_completed

        with contextlib.ExitStack() as stack:
            if self.scheduler:
                client = stack.enter_context(Client(self.scheduler))
            else:
                cluster = stack.enter_context(
                    LocalCluster(n_workers=1, threads_per_worker=self.workers, processes=False,
                                 dashboard_address=None, silence_logs=logging.ERROR))
                client = stack.enter_context(Client(cluster))
            futures = [client.submit(convert_isolated, job, self.limits, pure=False,
                                     key=f"renaksi-convert-{job.index}-{os.getpid()}-{time.time_ns()}")
                       for job in jobs]
            for future in as_completed(futures):
                yield future.result()
                future.release()
