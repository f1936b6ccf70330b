"""What surrounds the table: cover page, title, signature block, page numbers.

None of it is truth except what the title (or cover) says of agency, region and year,
so every variant here prints those in a form a reader can map back to the truth:
agency in capitals, region as ``KABUPATEN X``/``KAB. X``/``KOTA Y``/``PROVINSI Z``,
the year after ``TAHUN`` or ``TAHUN ANGGARAN``.
"""

from __future__ import annotations

import random

from samples.generator.blocks import Line
from samples.generator.model import Plan
from samples.generator.naming import region_title


def title_lines(plan: Plan, rng: random.Random, size: float) -> list[Line]:
    agency, region = plan.agency.upper(), region_title(plan.region, rng)
    rev = "PERUBAHAN " if plan.revised else ""
    variant = rng.choices(["three", "anggaran", "kinerja", "pemerintah"], [5, 3, 2, 1])[0]
    if variant == "three":
        texts = [f"RENCANA AKSI {rev}TAHUN {plan.year}", agency, region]
    elif variant == "anggaran":
        texts = [f"RENCANA AKSI {rev}TAHUN ANGGARAN {plan.year}", agency, region]
    elif variant == "kinerja":
        texts = [f"RENCANA AKSI KINERJA {rev}TAHUN {plan.year}", f"{agency} {region}"]
    else:
        texts = [f"PEMERINTAH {plan.region.full.upper()}", agency, f"RENCANA AKSI {rev}TAHUN {plan.year}"]
    return [Line(t, size, bold=True) for t in texts]


def cover_lines(plan: Plan, rng: random.Random, big: float, force_region: bool = False) -> list[Line]:
    lines = []
    if rng.random() < 0.6:
        lines.append(Line("LAPORAN", big, bold=True))
    lines.append(Line("RENCANA AKSI", big, bold=True))
    if plan.revised:
        lines.append(Line("PERUBAHAN", big, bold=True))
    small = big * rng.uniform(0.55, 0.7)
    lines.append(Line(plan.agency.upper(), small, bold=True, space_before=big))
    if rng.random() < 0.5 or force_region:
        lines.append(Line(plan.region.full.upper(), small, bold=True))
    year = f"TAHUN ANGGARAN {plan.year}" if rng.random() < 0.6 else f"TAHUN {plan.year}"
    lines.append(Line(year, small * 0.9, bold=True, space_before=big * 0.8))
    return lines


def signature_lines(plan: Plan, rng: random.Random, size: float) -> list[Line]:
    sig = plan.signatory
    nip = f"Nip : {sig.nip}" if rng.random() < 0.5 else f"NIP. {sig.nip}"
    return [
        Line(f"{sig.place}, {sig.date}", size),
        Line(plan.agency.upper(), size),
        Line(region_title(plan.region, rng), size),
        Line(sig.position, size, space_before=size),
        Line(sig.name, size, bold=True, space_before=size * 4),
        Line(f"Pangkat : {sig.rank}", size),
        Line(nip, size),
    ]
