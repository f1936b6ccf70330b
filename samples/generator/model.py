"""The content of a plan, independent of how a layout draws it.

The truth CSV is written from these records alone (never by reading a PDF back), so
every string here is exactly what a perfect reader of the printed page must output:
layouts may wrap, number, upper-case or abbreviate *around* these strings, but what
they print of a field must read back as the field itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Level = Literal["sasaran", "program", "kegiatan", "subkegiatan"]
RegionKind = Literal["Kabupaten", "Kota", "Provinsi"]


@dataclass(frozen=True, slots=True)
class Target:
    """One target cell: what is printed and what it means.

    ``raw`` is the text as printed with whitespace collapsed ("" for a blank cell);
    ``value`` and ``unit`` are its reading (unit canonical, lower-case).
    """

    raw: str
    value: float | None
    unit: str | None

    @property
    def filled(self) -> bool:
        return self.raw != ""


BLANK = Target(raw="", value=None, unit=None)


@dataclass(frozen=True, slots=True)
class Indicator:
    """An indicator with its annual target and, when its table has them, four quarter cells.

    ``quarters`` is None when the layout has no quarter cells for this indicator; a
    tuple of four (some possibly ``BLANK`` or "-") when it has.
    """

    text: str
    annual: Target | None
    quarters: tuple[Target, Target, Target, Target] | None = None
    unit_label: str | None = None  # the SATUAN cell, for layouts with a unit column

    @property
    def has_quarter_rows(self) -> bool:
        """The contract: quarter rows exist when at least one quarter cell is filled."""
        return self.quarters is not None and any(q.filled for q in self.quarters)


@dataclass(slots=True)
class SubKegiatan:
    text: str
    indicators: list[Indicator]
    responsible: str | None = None
    code: str | None = None
    budget: int | None = None  # rupiah; printed only by layouts with a budget column


@dataclass(slots=True)
class Kegiatan:
    text: str
    indicators: list[Indicator]
    subkegiatan: list[SubKegiatan] = field(default_factory=list)
    responsible: str | None = None
    code: str | None = None
    budget: int | None = None


@dataclass(slots=True)
class Program:
    text: str
    indicators: list[Indicator]
    kegiatan: list[Kegiatan] = field(default_factory=list)
    responsible: str | None = None
    code: str | None = None
    budget: int | None = None


@dataclass(slots=True)
class Sasaran:
    text: str
    indicators: list[Indicator]
    programs: list[Program] = field(default_factory=list)
    responsible: str | None = None


@dataclass(frozen=True, slots=True)
class Region:
    kind: RegionKind
    name: str  # "Luwu Timur"
    capital: str  # where the plan is signed: "Malili"

    @property
    def full(self) -> str:
        """The truth form: ``Kabupaten Luwu Timur``."""
        return f"{self.kind} {self.name}"


@dataclass(frozen=True, slots=True)
class Signatory:
    place: str
    date: str  # "19 Oktober 2022"
    position: str  # "Kepala Badan"
    name: str  # "GUNTUR HAFID, S.Pd, M.Si"
    rank: str  # "Pembina Tk. I"
    nip: str  # "19710502 199208 1 001"


@dataclass(slots=True)
class Plan:
    agency: str  # truth form, e.g. "Badan Kesatuan Bangsa dan Politik"
    agency_short: str  # for file names, e.g. "kesbangpol"
    region: Region
    year: int
    revised: bool  # RENCANA AKSI PERUBAHAN
    sasaran: list[Sasaran]
    signatory: Signatory

    def indicator_count(self) -> int:
        n = 0
        for s in self.sasaran:
            n += len(s.indicators)
            for p in s.programs:
                n += len(p.indicators)
                for k in p.kegiatan:
                    n += len(k.indicators) + sum(len(sk.indicators) for sk in k.subkegiatan)
        return n
