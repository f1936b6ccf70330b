"""Quarters at the sasaran level, annual targets for kegiatan, and a schedule grid (A3).

Columns: NO | SASARAN | INDIKATOR KINERJA | TARGET KINERJA SASARAN (Trw I, Trw II, Trw III,
Trw IV) | PROGRAM | KEGIATAN | INDIKATOR KEGIATAN | TARGET KEGIATAN | RENCANA AKSI |
JADWAL PELAKSANAAN (twelve months) | PENANGGUNG JAWAB.

Sasaran indicators have four quarter targets and no annual one (often ``-`` in three
quarters); programs have no indicator of their own; each kegiatan has one to three
indicators with an annual target. RENCANA AKSI is a narrative of steps and the
schedule is shaded month cells with no text — neither is a target.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from samples.generator.assemble import Look, TableDraft, assemble, pick_size
from samples.generator.content import ContentShape
from samples.generator.families import Family
from samples.generator.fonts import FACE_NAMES, load_face
from samples.generator.model import Plan
from samples.generator.pagesetup import pick_setup
from samples.generator.render import Page
from samples.generator.table import Cell, Grid

NO, SAS, SIND, T1, T2, T3, T4, PROG, KEG, KIND, KT, RA = range(12)
M0 = 12  # first month column
PJ = M0 + 12
BASE_WIDTHS = (20.0, 90.0, 100.0, 32.0, 32.0, 32.0, 32.0, 90.0, 100.0, 110.0, 46.0, 130.0, *([14.0] * 12), 80.0)
MONTHS = (("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
          tuple(str(m) for m in range(1, 13)))
STEPS = (
    "Penyusunan rencana kerja dan jadwal", "Rapat koordinasi persiapan", "Pengumpulan dan verifikasi data",
    "Pelaksanaan kegiatan", "Pengadaan barang/jasa", "Sosialisasi kepada pemangku kepentingan",
    "Monitoring dan evaluasi pelaksanaan", "Penyusunan laporan hasil kegiatan", "Pembayaran dan pertanggungjawaban",
    "Finalisasi dan penetapan dokumen",
)

SHAPE = ContentShape(sasaran=(2, 3), programs_per_sasaran=(1, 2), kegiatan_per_program=(1, 3),
                     support_kegiatan=(2, 4), sub_per_kegiatan=(0, 0), sasaran_indicators=(1, 2),
                     program_indicators=(0, 0), kegiatan_indicators=(1, 3),
                     quarter_levels=frozenset({"sasaran"}), annual_levels=frozenset({"kegiatan"}),
                     responsible_levels=frozenset({"kegiatan"}), sasaran_dash_quarters=0.5)


@dataclass(frozen=True, slots=True)
class SasaranQLayout:
    look: Look
    months: tuple[str, ...]
    quarters: tuple[str, ...]
    shade: float  # grey of a scheduled month


def pick_layout(rng: random.Random) -> SasaranQLayout:
    setup = pick_setup(rng, {"A3": 4, "F4": 1})
    look = Look(setup, load_face(rng.choice(FACE_NAMES)), pick_size(rng, setup.paper) - 0.5, rng.uniform(1.12, 1.2),
                cover=rng.random() < 0.3, page_numbers=rng.random() < 0.5, allow_row_split=rng.random() < 0.8,
                min_size=6.0)
    return SasaranQLayout(look, rng.choice(MONTHS),
                          rng.choice([("Trw I", "Trw II", "Trw III", "Trw IV"), ("TW I", "TW II", "TW III", "TW IV")]),
                          shade=rng.choice([0.45, 0.6, 0.7]))


def render(plan: Plan, rng: random.Random) -> list[Page]:
    lay = pick_layout(rng)
    must_fit = {c: max(lay.quarters, key=len) for c in (T1, T2, T3, T4)} | {
        M0 + i: max(lay.months, key=len) for i in range(12)} | {KT: "100%", NO: "10."}
    draft = TableDraft(_header(lay), _body(plan, lay, rng), BASE_WIDTHS, frozenset({T1, T2, T3, T4, KT}), must_fit,
                       unit_fit_len=8)
    return assemble(plan, rng, lay.look, draft)


def _header(lay: SasaranQLayout) -> Grid:
    def head(row: int, col: int, text: str, rs: int = 1, cs: int = 1) -> Cell:
        return Cell(row, col, text, row_span=rs, col_span=cs, align="center", valign="middle", bold=True, fill=0.9)

    cells = [head(0, NO, "NO", 2), head(0, SAS, "SASARAN", 2), head(0, SIND, "INDIKATOR KINERJA", 2),
             head(0, T1, "TARGET KINERJA SASARAN", 1, 4), head(0, PROG, "PROGRAM", 2), head(0, KEG, "KEGIATAN", 2),
             head(0, KIND, "INDIKATOR KEGIATAN", 2), head(0, KT, "TARGET KEGIATAN", 2),
             head(0, RA, "RENCANA AKSI", 2), head(0, M0, "JADWAL PELAKSANAAN (BULAN)", 1, 12),
             head(0, PJ, "PENANGGUNG JAWAB", 2)]
    cells += [head(1, T1 + q, lay.quarters[q]) for q in range(4)]
    cells += [head(1, M0 + m, lay.months[m]) for m in range(12)]
    return Grid(2, tuple(cells))


def _body(plan: Plan, lay: SasaranQLayout, rng: random.Random) -> Grid:
    cells: list[Cell] = []
    row = 0
    for n, sas in enumerate(plan.sasaran, 1):
        s0 = row
        for prog in sas.programs:
            p0 = row
            for keg in prog.kegiatan:
                k0 = row
                for ind in keg.indicators:
                    cells += [Cell(row, KIND, ind.text),
                              Cell(row, KT, ind.annual.raw if ind.annual else "", align="center"),
                              Cell(row, RA, _steps(rng))]
                    cells += _schedule(row, lay, rng)
                    row += 1
                cells += [Cell(k0, KEG, keg.text, row_span=row - k0),
                          Cell(k0, PJ, keg.responsible or "", row_span=row - k0)]
            cells.append(Cell(p0, PROG, prog.text, row_span=row - p0))
        rows = row - s0
        if rows < len(sas.indicators):  # every sasaran indicator needs a row of its own
            cells += [Cell(r, c, "") for r in range(row, s0 + len(sas.indicators))
                      for c in (PROG, KEG, KIND, KT, RA, *range(M0, PJ + 1))]
            row = s0 + len(sas.indicators)
            rows = row - s0
        k = len(sas.indicators)
        for i, ind in enumerate(sas.indicators):  # the block's rows shared out among the indicators
            a, b = s0 + i * rows // k, s0 + (i + 1) * rows // k
            cells.append(Cell(a, SIND, ind.text, row_span=b - a))
            for q, t in enumerate(ind.quarters or ()):
                cells.append(Cell(a, T1 + q, t.raw, row_span=b - a, align="center"))
        cells += [Cell(s0, NO, f"{n}.", row_span=rows, align="center"), Cell(s0, SAS, sas.text, row_span=rows)]
    return Grid(row, tuple(cells))


def _steps(rng: random.Random) -> str:
    steps = sorted(rng.sample(range(len(STEPS)), rng.randint(2, 4)))
    return "\n".join(f"{i}. {STEPS[s]}" for i, s in enumerate(steps, 1))


def _schedule(row: int, lay: SasaranQLayout, rng: random.Random) -> list[Cell]:
    start = rng.randint(0, 9)
    end = rng.randint(start + 1, 12)
    return [Cell(row, M0 + m, "", fill=lay.shade if start <= m < end else None) for m in range(12)]


FAMILY = Family("sasaranq", SHAPE, render, "A3 table with Trw I-IV targets per sasaran indicator, annual "
                                           "kegiatan targets, RENCANA AKSI steps and a 12-month schedule grid")
