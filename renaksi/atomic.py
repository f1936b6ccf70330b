"""Replacing files and folders so that a reader (or a run killed by kill -9) sees the old or the new
version whole, never half of one: write to a temporary name in the same folder, flush it to disk,
then rename it over the old one (a rename within one file system is atomic)."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

TMP_SUFFIX = ".tmp"


def new_file(folder: Path, prefix: str) -> Path:
    """A new empty file ``folder/<prefix><random>.tmp``, created with mode 0666 less the umask like any
    file the user creates (``mkstemp``'s 0600 would make the outputs renamed from it private)."""
    while True:
        path = Path(folder) / f"{prefix}{secrets.token_hex(4)}{TMP_SUFFIX}"
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return path
        except FileExistsError:
            continue


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_path(target: Path, *, durable: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``, else it is removed.

    The caller writes the file at the yielded path (with any library). ``durable`` fsyncs the file
    and its folder so the new version also survives a power cut.
    """
    target = Path(target)
    tmp = new_file(target.parent, f".{target.name}.")
    try:
        yield tmp
        if durable:
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
        os.replace(tmp, target)
        if durable:
            _fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)


def atomic_write_bytes(target: Path, data: bytes, *, durable: bool = True) -> None:
    with atomic_path(target, durable=durable) as tmp:
        tmp.write_bytes(data)


def replace_folder(new: Path, target: Path) -> None:
    """Put the folder ``new`` in place of ``target`` (two renames; the old one is removed after)."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
        os.rmdir(old)
        os.replace(target, old)
    os.replace(new, target)
    _fsync_dir(target.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def remove_leftovers(folder: Path) -> None:
    """Delete temporary files and folders a killed run left in ``folder``."""
    if not folder.is_dir():
        return
    for child in folder.iterdir():
        if child.name.startswith(".") and (child.name.endswith(TMP_SUFFIX) or ".old." in child.name
                                           or ".new." in child.name):
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
