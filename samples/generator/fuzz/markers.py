"""Hierarchy markers: list markers, depth numbers (absolute or relative), running numbers, budget codes.

A node's place is its position among its siblings at each level (``Place``); each style
turns it into the text of the NO / KODE column (or the inline prefix of list markers).
"""

from __future__ import annotations

import string
from dataclasses import dataclass

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


@dataclass(frozen=True, slots=True)
class Place:
    level: int  # 0 sasaran, 1 program, 2 kegiatan, 3 sub kegiatan
    path: tuple[int, ...]  # 1-based position at each level down to this one
    program_run: int = 0  # program number counted across the whole document
    code: str | None = None  # budget code of programs, kegiatan and sub kegiatan


def marker(style: str, place: Place) -> str:
    return _STYLES[style](place)


def _none(place: Place) -> str:
    return ""


def _list(place: Place) -> str:
    n = place.path[-1]
    return (f"{n}.", f"{n}.", f"{string.ascii_lowercase[n - 1]}.", f"{n})")[place.level]


def _absolute(place: Place) -> str:
    """``1``, ``1.1``, ``1.1.1``, ``1.1.1.1``: the whole path from the sasaran."""
    return ".".join(str(n) for n in place.path)


def _relative(place: Place) -> str:
    """Sasaran ``I``; below it numbers restart per sasaran: ``1``, ``1.1``, ``1.1.1``."""
    if place.level == 0:
        return ROMAN[place.path[0] - 1]
    return ".".join(str(n) for n in place.path[1:])


def _running(place: Place) -> str:
    """Program numbers run on across sasaran: ``3``, ``3.1``, ``3.1.2``."""
    if place.level == 0:
        return f"{place.path[0]}."
    return ".".join(str(n) for n in (place.program_run, *place.path[2:]))


def _codes(place: Place) -> str:
    return place.code or ""


_STYLES = {"none": _none, "list": _list, "absolute": _absolute, "relative": _relative, "running": _running,
           "codes": _codes}
