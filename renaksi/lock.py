"""One writer at a time on an output folder: ``DIR/.renaksi.lock``, a file created with ``O_EXCL``
that names its holder (host, pid, the process's start time, a random token).

Why a lock file of our own rather than ``filelock``: ``filelock.FileLock`` is an ``flock`` that the
kernel drops when the process dies, but ``flock`` is local-only or unsupported on several of the
network file systems a Dask cluster's users mount (NFSv3 without lockd, CIFS, sshfs), so two hosts
could both write; and its ``SoftFileLock`` (``O_EXCL``) never recognises a stale lock. Creating a
file with ``O_EXCL`` is atomic on local file systems and NFSv3+, and the file says who holds it, which
the waiting message needs anyway.

A lock is *stale* when its holder is gone: on this host, when no process with its pid and start time
runs (a ``kill -9``'d run); on another host, where the pid cannot be checked, when the holder has
not touched the file (a heartbeat every ``HEARTBEAT`` seconds) for ``FOREIGN_STALE_AFTER`` seconds.
Taking a stale lock over is done under a short second lock file, so two waiters never both take it.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

from schemas.errors import ExitCode, RenaksiError

LOCK_NAME = ".renaksi.lock"
HEARTBEAT = 10.0  # seconds between touches of the lock file by its holder
# A lock from another host untouched this long is stale. Long enough for a few missed heartbeats
# and for clocks that differ by a minute (on NFS the file's time is the server's, compared with ours).
FOREIGN_STALE_AFTER = 120.0
POLL = 0.25  # seconds between attempts while waiting


class LockBusyError(RenaksiError):
    """Another run holds the folder and ``--no-wait`` was given."""

    reason = "another run holds the output folder"
    fix = "not waiting (--no-wait); run again when it has finished"
    exit_code = ExitCode.BAD_ARGS

    @property
    def message(self) -> str:  # the waiting line itself, then what to do
        return f"{self.detail}: {self.fix}"


class LockLostError(RenaksiError):
    reason = "the output folder's lock was taken over by another run while this one was writing"
    fix = "nothing was written; run again (it may be that this machine was suspended for minutes)"


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    started: float  # the process's start time (seconds since the epoch), to tell a reused pid apart
    token: str  # unique to this acquisition: a lock taken over is not ours any more
    command: str = "convert"  # the renaksi command holding it, for the waiting line

    @classmethod
    def me(cls, command: str = "convert") -> Holder:
        return cls(host=socket.gethostname(), pid=os.getpid(), started=_start_time(os.getpid()) or 0.0,
                   token=secrets.token_hex(8), command=command)

    def describe(self) -> str:
        if not self.pid:
            return "holder unknown"
        here = self.host == socket.gethostname()
        return f"pid {self.pid}" if here else f"pid {self.pid} on {self.host}"


UNKNOWN = Holder(host="", pid=0, started=0.0, token="")  # a lock file not yet (or no longer) readable


def _start_time(pid: int) -> float | None:
    """When the process ``pid`` started; None when no such process runs (a zombie is dead too)."""
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return None
        return process.create_time()
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return None
    except psutil.AccessDenied:
        return 0.0  # it exists, owned by someone else: alive, start time unknown


def _read_holder(path: Path) -> Holder | None:
    """The holder written in the lock file; None when it is gone or not (yet) whole."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Holder(host=str(data["host"]), pid=int(data["pid"]), started=float(data["started"]),
                      token=str(data["token"]), command=str(data.get("command", "convert")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(path: Path, holder: Holder | None, now: float | None = None) -> bool:
    """Whether the lock at ``path`` (held by ``holder``) was left by a run that is gone."""
    try:
        touched = path.stat().st_mtime
    except FileNotFoundError:
        return False  # released meanwhile: not stale, just free
    age = (now or time.time()) - touched
    if holder is None:  # unreadable: a holder killed between creating and writing it, or damage
        return age > FOREIGN_STALE_AFTER
    if holder.host != socket.gethostname():
        return age > FOREIGN_STALE_AFTER
    started = _start_time(holder.pid)
    if started is None:
        return True
    # the same pid now names another process when it started at another time than the holder did
    return holder.started > 0 and started > 0 and abs(started - holder.started) > 1.0


def _create(path: Path, holder: Holder) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(asdict(holder), f)
        f.flush()
        os.fsync(f.fileno())
    return True


def _take_over(path: Path, seen: Holder | None) -> None:
    """Remove the stale lock at ``path`` if it is still the one judged stale (``seen``)."""
    guard = path.with_name(path.name + ".takeover")
    if guard.exists() and time.time() - guard.stat().st_mtime > FOREIGN_STALE_AFTER:
        guard.unlink(missing_ok=True)  # a taker-over killed in the middle
    if not _create(guard, Holder.me()):
        return  # someone else is taking it over; the next attempt will see
    try:
        if _read_holder(path) == seen and is_stale(path, seen):
            path.unlink(missing_ok=True)
    finally:
        guard.unlink(missing_ok=True)


class FolderLock:
    """The lock of one output folder, held by this process from ``acquire`` to ``release``."""

    def __init__(self, folder: Path, shown: str | None = None, command: str = "convert") -> None:
        self.path = Path(folder) / LOCK_NAME
        self.shown = shown if shown is not None else str(folder)
        self.holder = Holder.me(command)
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    def waiting_line(self, other: Holder | None) -> str:
        who = other.describe() if other else "holder unknown"
        command = other.command if other and other.command else "convert"
        return f"waiting for another renaksi {command} writing to {self.shown} ({who})"

    def try_acquire(self) -> Holder | None:
        """Take the lock if it is free or stale: None then; else the holder that has it."""
        if _create(self.path, self.holder):
            return None
        other = _read_holder(self.path)
        if is_stale(self.path, other):
            _take_over(self.path, other)
            if _create(self.path, self.holder):
                return None
            other = _read_holder(self.path)
        return other or UNKNOWN

    def acquire(self, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> None:
        """Take the lock; while another run holds it, wait (saying so once) or raise ``LockBusyError``."""
        told: int | None = None
        while (other := self.try_acquire()) is not None:
            if not wait:
                raise LockBusyError(self.waiting_line(other))
            if on_wait is not None and other.pid and told != other.pid:
                on_wait(self.waiting_line(other))
                told = other.pid
            time.sleep(POLL)
        self._beat = threading.Thread(target=self._heartbeat, name="renaksi-lock-heartbeat", daemon=True)
        self._beat.start()

    def _heartbeat(self) -> None:
        while not self._stop.wait(HEARTBEAT):
            with contextlib.suppress(OSError):
                os.utime(self.path)

    def check_held(self) -> None:
        """Raise ``LockLostError`` unless the lock file is still this acquisition's (before a commit)."""
        held = _read_holder(self.path)
        if held is None or held.token != self.holder.token:
            raise LockLostError()

    def release(self) -> None:
        self._stop.set()
        if self._beat is not None:
            self._beat.join()
        held = _read_holder(self.path)
        if held is not None and held.token == self.holder.token:
            self.path.unlink(missing_ok=True)


def current_holder(folder: Path) -> Holder | None:
    """Who holds the folder's lock now (None: nobody, or a stale lock nobody has taken over yet)."""
    path = Path(folder) / LOCK_NAME
    holder = _read_holder(path)
    if not path.exists() or is_stale(path, holder):
        return None
    return holder


@contextlib.contextmanager
def folder_lock(folder: Path, shown: str | None = None, *, wait: bool = True,
                on_wait: Callable[[str], None] | None = None, command: str = "convert") -> Iterator[FolderLock]:
    """Hold ``folder``'s lock for the ``with`` block."""
    lock = FolderLock(folder, shown, command)
    lock.acquire(wait=wait, on_wait=on_wait)
    try:
        yield lock
    finally:
        lock.release()
