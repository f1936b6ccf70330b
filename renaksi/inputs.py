"""Which files a run converts: the PDFs named, and every ``*.pdf`` (any case) under the folders named.

Order is the order of the arguments, and within a folder the sorted relative paths, so the
outputs never depend on the file system's listing order. The output folder, any folder named
like it, and hidden folders (``.git``, ``.venv``, ``.cache``) are never searched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


class InputError(Exception):
    """The arguments cannot be used as they are (a missing path, or outputs beside the inputs)."""


@dataclass(frozen=True)
class InputFile:
    path: Path  # absolute (symbolic links kept, so the name is the one the user sees)
    shown: str  # as the user would write it: the argument joined with the path below it

    @property
    def name(self) -> str:
        return self.path.name


def _is_pdf_name(name: str) -> bool:
    return name.lower().endswith(".pdf")


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _walk(folder: Path, out_dir: Path) -> list[Path]:
    """Every PDF under ``folder``, as paths relative to it, sorted."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=None, followlinks=False):
        keep = []
        for d in dirs:
            candidate = Path(root) / d
            if d.startswith(".") or d == out_dir.name or _same(candidate, out_dir):
                continue
            keep.append(d)
        dirs[:] = keep
        found += [(Path(root) / f).relative_to(folder) for f in files if _is_pdf_name(f)]
    return sorted(found, key=lambda p: p.as_posix())


def find_inputs(arguments: list[str], out_dir: Path) -> list[InputFile]:
    """The files to convert, in order, each once. Raises ``InputError`` for unusable arguments."""
    out_resolved = out_dir.resolve()
    seen: set[Path] = set()
    inputs: list[InputFile] = []
    for argument in arguments:
        given = Path(argument)
        if not given.exists() and not given.is_symlink():
            raise InputError(f"{argument}: no such file or folder")
        if given.is_dir():
            if _same(given, out_resolved):
                raise InputError(f"{argument}: this is the output folder; choose another --out")
            if out_resolved in given.resolve().parents or out_resolved == given.resolve():
                raise InputError(f"{argument}: it is inside the output folder; choose another --out")
            candidates = [(given / rel, os.path.join(argument, str(rel))) for rel in _walk(given, out_dir)]
        else:
            candidates = [(given, argument)]
        for path, shown in candidates:
            resolved = path.resolve()
            if resolved in seen:
                continue
            if resolved.parent == out_resolved:
                raise InputError(f"{shown}: outputs would be written beside it; choose another --out")
            if out_resolved in resolved.parents:
                raise InputError(f"{shown}: it is inside the output folder, which is never read as input")
            seen.add(resolved)
            inputs.append(InputFile(path=path.absolute(), shown=shown))
    return inputs
