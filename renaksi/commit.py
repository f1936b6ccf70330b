"""Replacing several output files as one: every file is staged beside its target, then a journal
naming the moves is written (atomically), then the moves are made.

A run killed before the journal exists leaves the previous outputs untouched (its staged files are
leftovers, removed by the next run); killed after, the journal is the decision: the next writer (under
the folder's lock) finishes the moves before anything else (``roll_forward``). Each file is renamed
whole, so a reader meanwhile sees every file whole and readable, old or new; the set agrees again as
soon as the moves are finished.

Staged files are created with mode 0666 and folders 0777, less the umask, like any file the user
creates (``mkstemp``'s 0600 would make outputs private).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from pathlib import Path
from types import TracebackType

from renaksi.atomic import _fsync_dir, atomic_write_bytes, new_file, remove_leftovers, replace_folder

JOURNAL = ".renaksi-commit.json"


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def _fsync_tree(folder: Path) -> None:
    for root, _dirs, files in os.walk(folder):
        for name in files:
            _fsync_file(Path(root) / name)
        _fsync_dir(Path(root))


class Commit:
    """Outputs staged in ``folder``: made live together on leaving the ``with`` block, or discarded
    when it raises."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.moves: list[tuple[Path, Path]] = []  # staged -> target

    def file(self, name: str) -> Path:
        """A new empty file to write ``name``'s new version into."""
        staged = new_file(self.folder, f".{name}.")
        self.moves.append((staged, self.folder / name))
        return staged

    def directory(self, name: str) -> Path:
        """A new empty folder to build ``name``'s new version in."""
        while True:
            staged = self.folder / f".{name}.new.{secrets.token_hex(4)}"
            try:
                staged.mkdir(0o777)
                break
            except FileExistsError:
                continue
        self.moves.append((staged, self.folder / name))
        return staged

    def __enter__(self) -> Commit:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self.apply()
        else:
            self.discard()

    def apply(self) -> None:
        self.decide()
        roll_forward(self.folder)

    def decide(self) -> None:
        """Make the staged files durable, then write the journal: from here on they will be live."""
        for staged, _target in self.moves:
            if staged.is_dir():
                _fsync_tree(staged)
            else:
                _fsync_file(staged)
        journal = [[staged.name, target.name] for staged, target in self.moves]
        atomic_write_bytes(self.folder / JOURNAL, json.dumps({"moves": journal}).encode("utf-8"))

    def discard(self) -> None:
        remove_leftovers_of(self.moves)


def remove_leftovers_of(moves: list[tuple[Path, Path]]) -> None:
    for staged, _target in moves:
        if staged.is_dir():
            shutil.rmtree(staged, ignore_errors=True)
        else:
            staged.unlink(missing_ok=True)


def roll_forward(folder: Path) -> bool:
    """Finish the moves of a journal a killed run left in ``folder``; whether there was one."""
    journal = Path(folder) / JOURNAL
    try:
        moves = json.loads(journal.read_text(encoding="utf-8"))["moves"]
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError):
        journal.unlink(missing_ok=True)  # never whole (it is written atomically): nothing was decided
        return False
    for staged_name, target_name in moves:
        staged, target = folder / staged_name, folder / target_name
        if staged.is_dir():
            replace_folder(staged, target)
        elif staged.exists():
            os.replace(staged, target)
    _fsync_dir(folder)
    journal.unlink(missing_ok=True)
    return True


def pending(folder: Path) -> bool:
    """Whether a journal waits to be finished (a run was killed while making its outputs live)."""
    return (Path(folder) / JOURNAL).exists()


def recover(folder: Path) -> None:
    """Before writing: finish what a killed run had decided, then delete what it had only staged."""
    with contextlib.suppress(FileNotFoundError):
        roll_forward(folder)
    remove_leftovers(folder)
