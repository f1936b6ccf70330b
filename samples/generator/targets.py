"""Target cells as Indonesian documents print them, with their exact reading.

Printing and reading are decided together here so the truth can never drift from the
page: ``1.200`` is twelve hundred, ``2,85`` is a decimal, ``80.5`` is a decimal (a dot
is only a decimal point when it is *not* followed by exactly three digits), and a
unit is printed in one of the spellings offices use (``Lap``, ``Dok``, ``Eksampler``)
while the truth holds its canonical name.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from samples.generator.model import Target

# Canonical unit -> spellings seen in real plans. The first is the most common.
KNOWN_UNIT_SPELLINGS: dict[str, tuple[str, ...]] = {
    "laporan": ("Laporan", "Lap", "laporan"),
    "dokumen": ("Dokumen", "Dok", "dokumen", "dok"),
    "eksemplar": ("Eksemplar", "Exp", "Eks", "Eksampler"),
    "orang": ("Orang", "orang", "Org"),
    "unit": ("Unit", "unit"),
    "jenis": ("Jenis", "jenis"),
    "buah": ("Buah", "buah"),
    "kali": ("Kali", "kali"),
    "surat": ("Surat", "surat"),
    "rekening": ("Rekening",),
    "paket": ("Paket", "paket"),
    "kegiatan": ("Kegiatan", "kegiatan"),
    "desa": ("Desa", "desa"),
    "sekolah": ("Sekolah", "sekolah"),
}

# Other units are canonicalised by lower-casing what is printed; these are printed
# in a fixed case that is not simply capitalised.
_OTHER_PRINTED: dict[str, str] = {"opd": "OPD", "km": "Km", "ha": "Ha", "kg": "Kg", "wp": "WP"}


def unit_spellings(unit: str) -> tuple[str, ...]:
    """How a canonical unit may be printed after a number."""
    if unit in KNOWN_UNIT_SPELLINGS:
        return KNOWN_UNIT_SPELLINGS[unit]
    printed = _OTHER_PRINTED.get(unit, unit.capitalize())
    return (printed,) if printed == unit else (printed, unit)


@dataclass(frozen=True, slots=True)
class NumberStyle:
    """How one document writes numbers (offices are mostly, not always, consistent)."""

    decimal_comma: bool = True  # 2,85 rather than 2.85
    thousands_dot: bool = True  # 1.200 rather than 1200
    percent_space: bool = False  # "95 %" rather than "95%"

    @staticmethod
    def pick(rng: random.Random) -> NumberStyle:
        return NumberStyle(
            decimal_comma=rng.random() < 0.6,
            thousands_dot=rng.random() < 0.85,
            percent_space=rng.random() < 0.2,
        )


def format_number(value: Decimal, style: NumberStyle) -> str:
    """Print a non-negative number the Indonesian way, never ambiguously.

    A dot decimal is only used below 1000 and with one or two decimals, so that a dot
    followed by exactly three digits always means thousands.
    """
    sign, _digits, _exponent = value.normalize().as_tuple()
    assert sign == 0, "targets are never negative"
    whole, _, frac = format(value.normalize(), "f").partition(".")
    assert len(frac) <= 2, f"at most two decimals: {value}"
    if style.thousands_dot:
        whole = _group_thousands(whole)
    if not frac:
        return whole
    dot_decimal = not style.decimal_comma and int(whole.replace(".", "")) < 1000
    return f"{whole}.{frac}" if dot_decimal else f"{whole},{frac}"


def _group_thousands(whole: str) -> str:
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups)


def count_target(n: Decimal, unit: str, spelling: str, style: NumberStyle) -> Target:
    """``3 Lap`` -> 3, laporan."""
    return Target(raw=f"{format_number(n, style)} {spelling}", value=float(n), unit=unit)


def percent_target(v: Decimal, style: NumberStyle) -> Target:
    sep = " " if style.percent_space else ""
    return Target(raw=f"{format_number(v, style)}{sep}%", value=float(v), unit="%")


def rupiah_target(n: Decimal, style: NumberStyle) -> Target:
    return Target(raw=f"Rp {format_number(n, style)}", value=float(n), unit="rupiah")


def bare_target(v: Decimal, style: NumberStyle) -> Target:
    """A number with no unit (``80.5``, ``67``): the truth unit is empty."""
    return Target(raw=format_number(v, style), value=float(v), unit=None)


def text_target(text: str) -> Target:
    """A non-numeric target (``WTP``, ``BB``, ``-``): printed, but no value."""
    return Target(raw=text, value=None, unit=None)


DASH = text_target("-")


def make_target(v: Decimal, unit: str | None, spelling: str | None, style: NumberStyle) -> Target:
    """The one entry point content code uses: pick the printed form from the unit."""
    if unit is None:
        return bare_target(v, style)
    if unit == "%":
        return percent_target(v, style)
    if unit == "rupiah":
        return rupiah_target(v, style)
    assert spelling is not None
    return count_target(v, unit, spelling, style)
