"""An Excel sheet printed to PDF: codes, one hierarchy column, SATUAN, wide quarters, ANGGARAN.

Columns: SASARAN STRATEGIS | INDIKATOR SASARAN | TARGET | KODE |
PROGRAM / KEGIATAN / SUB KEGIATAN | INDIKATOR KINERJA | SATUAN |
TARGET KINERJA (TAHUNAN, TW I, TW II, TW III, TW IV) | ANGGARAN (Rp) | PENANGGUNG JAWAB.

Program, kegiatan and sub kegiatan share one column; their level shows in the code
(``1.02.02``, ``1.02.02.2.01``, ``1.02.02.2.01.0003``), in bold type (programs, and
kegiatan in some sheets) and in indentation. Targets are bare numbers whose unit is
in SATUAN (a few percentages keep their ``%``); ANGGARAN holds budgets such as
``125.450.000`` that are not targets. Excel never splits a row across pages: a row that
does not fit moves whole to the next page, under the repeated print titles.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from samples.generator.assemble import Look, TableDraft, assemble, pick_size
from samples.generator.content import ContentShape
from samples.generator.families import Family
from samples.generator.fonts import load_face
from samples.generator.model import Indicator, Plan
from samples.generator.pagesetup import pick_setup
from samples.generator.render import Page
from samples.generator.table import Cell, Grid
from samples.generator.targets import NumberStyle, format_number

SAS, SAS_IND, SAS_T, CODE, NAME, IND, UNIT, ANN, Q1, Q2, Q3, Q4, BUDGET, PJ = range(14)
BASE_WIDTHS = (80.0, 80.0, 40.0, 62.0, 130.0, 120.0, 40.0, 38.0, 34.0, 34.0, 34.0, 34.0, 62.0, 80.0)
# Excel prints in the spreadsheet fonts: Arial (Liberation Sans), Calibri-like sans, Times.
EXCEL_FACES = ("LiberationSans", "Helvetica", "DejaVuSansCondensed", "LiberationSansNarrow", "Times")

SHAPE = ContentShape(sasaran=(2, 3), programs_per_sasaran=(1, 2), kegiatan_per_program=(1, 3),
                     support_kegiatan=(2, 5), sub_per_kegiatan=(1, 3), kegiatan_indicators=(1, 2),
                     quarter_levels=frozenset({"program", "kegiatan", "subkegiatan"}),
                     responsible_levels=frozenset({"program", "kegiatan", "subkegiatan"}),
                     unit_column_levels=frozenset({"program", "kegiatan", "subkegiatan"}))


@dataclass(frozen=True, slots=True)
class ExcelLayout:
    look: Look
    indent: float  # points per level in the hierarchy column
    bold_kegiatan: bool
    quarters: tuple[str, ...]
    shade: float | None
    money: NumberStyle


def pick_layout(rng: random.Random) -> ExcelLayout:
    setup = pick_setup(rng, {"F4": 3, "A3": 2, "A4": 2, "Legal": 1})
    size = pick_size(rng, setup.paper) - 0.5
    look = Look(setup, load_face(rng.choice(EXCEL_FACES)), size, rng.uniform(1.1, 1.18), cover=False,
                page_numbers=rng.random() < 0.6, allow_row_split=False, pad_top=1.0, pad_bottom=1.0,
                min_size=6.0)
    return ExcelLayout(look, indent=rng.choice([0.0, 4.0, 6.0, 8.0]), bold_kegiatan=rng.random() < 0.4,
                       quarters=rng.choice([("TW I", "TW II", "TW III", "TW IV"), ("TW 1", "TW 2", "TW 3", "TW 4"),
                                            ("Trw I", "Trw II", "Trw III", "Trw IV")]),
                       shade=rng.choice([None, 0.85, 0.9]), money=NumberStyle(thousands_dot=True))


def render(plan: Plan, rng: random.Random) -> list[Page]:
    lay = pick_layout(rng)
    must_fit = {c: max(lay.quarters, key=len) for c in (Q1, Q2, Q3, Q4)} | {ANN: "TAHUNAN", UNIT: "SATUAN"}
    draft = TableDraft(_header(lay), _body(plan, lay), BASE_WIDTHS,
                       frozenset({SAS_T, ANN, Q1, Q2, Q3, Q4, BUDGET}), must_fit, unit_fit_len=10)
    return assemble(plan, rng, lay.look, draft)


def _header(lay: ExcelLayout) -> Grid:
    def head(row: int, col: int, text: str, rs: int = 1, cs: int = 1) -> Cell:
        return Cell(row, col, text, row_span=rs, col_span=cs, align="center", valign="middle", bold=True,
                    fill=lay.shade)

    cells = [head(0, SAS, "SASARAN STRATEGIS", 2), head(0, SAS_IND, "INDIKATOR SASARAN", 2),
             head(0, SAS_T, "TARGET", 2), head(0, CODE, "KODE", 2),
             head(0, NAME, "PROGRAM / KEGIATAN / SUB KEGIATAN", 2), head(0, IND, "INDIKATOR KINERJA", 2),
             head(0, UNIT, "SATUAN", 2), head(0, ANN, "TARGET KINERJA", 1, 5),
             head(0, BUDGET, "ANGGARAN (Rp)", 2), head(0, PJ, "PENANGGUNG JAWAB", 2)]
    cells += [head(1, col, text) for col, text in zip((ANN, Q1, Q2, Q3, Q4), ("TAHUNAN", *lay.quarters),
                                                       strict=True)]
    return Grid(2, tuple(cells))


def _body(plan: Plan, lay: ExcelLayout) -> Grid:
    cells: list[Cell] = []
    row = 0

    def entity(code: str | None, name: str, depth: int, bold: bool, inds: list[Indicator], budget: int | None,
               responsible: str | None) -> None:
        nonlocal row
        n = max(1, len(inds))
        cells.extend([Cell(row, CODE, code or "", row_span=n, bold=bold),
                      Cell(row, NAME, name, row_span=n, bold=bold, indent=depth * lay.indent),
                      Cell(row, BUDGET, format_number_int(budget, lay.money), row_span=n, align="right"),
                      Cell(row, PJ, responsible or "", row_span=n)])
        for i in range(n):
            ind = inds[i] if i < len(inds) else None
            cells.append(Cell(row + i, IND, ind.text if ind else ""))
            cells.append(Cell(row + i, UNIT, (ind.unit_label or "") if ind else "", align="center"))
            cells.append(Cell(row + i, ANN, ind.annual.raw if ind and ind.annual else "", align="center"))
            quarters = ind.quarters if ind and ind.quarters else None
            for q, col in enumerate((Q1, Q2, Q3, Q4)):
                cells.append(Cell(row + i, col, quarters[q].raw if quarters else "", align="center"))
        row += n

    for sas in plan.sasaran:
        s0 = row
        for prog in sas.programs:
            entity(prog.code, prog.text, 0, True, prog.indicators, prog.budget, prog.responsible)
            for keg in prog.kegiatan:
                entity(keg.code, keg.text, 1, lay.bold_kegiatan, keg.indicators, keg.budget, keg.responsible)
                for sub in keg.subkegiatan:
                    entity(sub.code, sub.text, 2, False, sub.indicators, sub.budget, sub.responsible)
        ind = sas.indicators[0]
        cells += [Cell(s0, SAS, sas.text, row_span=row - s0, valign="middle"),
                  Cell(s0, SAS_IND, ind.text, row_span=row - s0, valign="middle"),
                  Cell(s0, SAS_T, ind.annual.raw if ind.annual else "", row_span=row - s0, align="center",
                       valign="middle")]
    return Grid(row, tuple(cells))


def format_number_int(v: int | None, style: NumberStyle) -> str:
    from decimal import Decimal

    return "" if v is None else format_number(Decimal(v), style)


FAMILY = Family("excel", SHAPE, render, "Excel sheet: KODE, one program/kegiatan/sub column, SATUAN, "
                                        "wide TW I-IV columns, ANGGARAN (Rp)")
