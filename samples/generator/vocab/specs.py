"""Shapes of the vocabulary: what a program, kegiatan, sub kegiatan and indicator may be."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Measure:
    """An indicator wording and the range its target is drawn from.

    ``unit`` is canonical: ``"%"``, ``"rupiah"``, a count unit (``"laporan"``), or None for
    a bare number (an index, a score). ``choices`` makes a non-numeric target (``WTP``).
    """

    text: str
    unit: str | None
    lo: float = 1
    hi: float = 10
    decimals: int = 0
    choices: tuple[str, ...] = ()


def pct(text: str, lo: float = 80, hi: float = 100) -> Measure:
    return Measure(text, "%", lo, hi)


def num(text: str, unit: str, lo: float, hi: float) -> Measure:
    return Measure(text, unit, lo, hi)


def bare(text: str, lo: float, hi: float, decimals: int = 2) -> Measure:
    return Measure(text, None, lo, hi, decimals)


def grade(text: str, *choices: str) -> Measure:
    return Measure(text, None, choices=choices)


@dataclass(frozen=True, slots=True)
class Sub:
    name: str
    measure: Measure


@dataclass(frozen=True, slots=True)
class Keg:
    name: str
    measure: Measure
    subs: tuple[Sub, ...]


@dataclass(frozen=True, slots=True)
class Prog:
    name: str
    measure: Measure
    kegiatan: tuple[Keg, ...]


@dataclass(frozen=True, slots=True)
class SasaranSpec:
    name: str
    measure: Measure


@dataclass(frozen=True, slots=True)
class Unit:
    """An organisational unit: its head signs for kegiatan, its staff for sub kegiatan."""

    head: str
    staff: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Agency:
    name: str  # truth form: title case, particles lower, acronyms upper
    short: str  # file-name slug

    @property
    def head_title(self) -> str:
        """Who signs: ``Kepala Dinas``, ``Kepala Badan``, ``Inspektur``, ``Sekretaris DPRD``."""
        first = self.name.split()[0]
        return {
            "Dinas": "Kepala Dinas",
            "Badan": "Kepala Badan",
            "Inspektorat": "Inspektur",
            "Sekretariat": "Sekretaris DPRD",
            "Satuan": "Kepala Satuan",
        }.get(first, "Kepala")


@dataclass(frozen=True, slots=True)
class Domain:
    key: str
    agencies: tuple[Agency, ...]
    units: tuple[Unit, ...]
    sasaran: tuple[SasaranSpec, ...]
    programs: tuple[Prog, ...]
