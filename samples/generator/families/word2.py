"""A second Word layout: staircase columns, shaded two-row header and a column-number row.

Columns (numbered ``(1)`` ... ``(13)`` in a row under the header):
NO | SASARAN STRATEGIS | PROGRAM | KEGIATAN | SUB KEGIATAN | INDIKATOR KINERJA |
TARGET (TAHUNAN, TW I, TW II, TW III, TW IV) | PENANGGUNG JAWAB | KETERANGAN.

Every indicator has its own row; the sasaran, program, kegiatan and sub kegiatan it
belongs to stand in their own column, merged down over their block, so the hierarchy
reads as a staircase. A sasaran and a kegiatan may have two indicators. Quarters sit in
four wide columns; sasaran rows leave them blank.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from samples.generator.assemble import Look, TableDraft, assemble, pick_size
from samples.generator.content import ContentShape
from samples.generator.families import Family
from samples.generator.fonts import FACE_NAMES, load_face
from samples.generator.model import Indicator, Plan
from samples.generator.pagesetup import pick_setup
from samples.generator.render import Page
from samples.generator.table import Cell, Grid

NO, SAS, PROG, KEG, SUB, IND, ANN, Q1, Q2, Q3, Q4, PJ, KET = range(13)
BASE_WIDTHS = (20.0, 80.0, 80.0, 85.0, 85.0, 120.0, 40.0, 36.0, 36.0, 36.0, 36.0, 80.0, 45.0)
QUARTER_LABELS = (("TW I", "TW II", "TW III", "TW IV"), ("TW 1", "TW 2", "TW 3", "TW 4"),
                  ("Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"))

SHAPE = ContentShape(sasaran=(2, 3), programs_per_sasaran=(1, 2), kegiatan_per_program=(1, 3),
                     support_kegiatan=(2, 4), sub_per_kegiatan=(0, 3), sasaran_indicators=(1, 2),
                     kegiatan_indicators=(1, 2),
                     quarter_levels=frozenset({"program", "kegiatan", "subkegiatan"}),
                     responsible_levels=frozenset({"program", "kegiatan", "subkegiatan"}))


@dataclass(frozen=True, slots=True)
class Word2Layout:
    look: Look
    quarters: tuple[str, ...]
    annual: str  # header of the annual column
    indicator: str
    sasaran: str
    remarks: str
    shade: float  # grey of the header cells
    numbered_cols: bool  # the (1) (2) ... (13) row


def pick_layout(rng: random.Random) -> Word2Layout:
    setup = pick_setup(rng, {"F4": 3, "A4": 3, "Legal": 1, "Letter": 1})
    size = pick_size(rng, setup.paper)
    look = Look(setup, load_face(rng.choice(FACE_NAMES)), size, rng.uniform(1.12, 1.22),
                cover=rng.random() < 0.4, page_numbers=rng.random() < 0.5,
                allow_row_split=rng.random() < 0.8, pad_top=2.0, pad_bottom=2.0)
    return Word2Layout(look, rng.choice(QUARTER_LABELS), rng.choice(["TAHUNAN", "TAHUN", "TARGET TAHUNAN"]),
                       rng.choice(["INDIKATOR KINERJA", "INDIKATOR", "INDIKATOR KINERJA / OUTPUT"]),
                       rng.choice(["SASARAN STRATEGIS", "SASARAN", "SASARAN RENSTRA"]),
                       rng.choice(["KETERANGAN", "KET."]),
                       shade=rng.choice([0.75, 0.8, 0.85, 0.9]), numbered_cols=rng.random() < 0.85)


def render(plan: Plan, rng: random.Random) -> list[Page]:
    lay = pick_layout(rng)
    widest_q = max(lay.quarters, key=len)
    draft = TableDraft(_header(lay), _body(plan), BASE_WIDTHS, frozenset({ANN, Q1, Q2, Q3, Q4}),
                       {c: widest_q if c != ANN else "100%" for c in (ANN, Q1, Q2, Q3, Q4)} | {NO: "(13)"},
                       unit_fit_len=8)
    return assemble(plan, rng, lay.look, draft)


def _header(lay: Word2Layout) -> Grid:
    g = lay.shade

    def tall(col: int, text: str) -> Cell:
        return Cell(0, col, text, row_span=2, align="center", valign="middle", bold=True, fill=g)

    cells = [tall(NO, "NO"), tall(SAS, lay.sasaran), tall(PROG, "PROGRAM"), tall(KEG, "KEGIATAN"),
             tall(SUB, "SUB KEGIATAN"), tall(IND, lay.indicator),
             Cell(0, ANN, "TARGET", col_span=5, align="center", valign="middle", bold=True, fill=g),
             tall(PJ, "PENANGGUNG JAWAB"), tall(KET, lay.remarks)]
    for col, text in zip((ANN, Q1, Q2, Q3, Q4), (lay.annual, *lay.quarters), strict=True):
        cells.append(Cell(1, col, text, align="center", valign="middle", bold=True, fill=g))
    rows = 2
    if lay.numbered_cols:
        cells += [Cell(2, c, f"({c + 1})", align="center", fill=min(1.0, g + 0.1)) for c in range(13)]
        rows = 3
    return Grid(rows, tuple(cells))


def _body(plan: Plan) -> Grid:
    cells: list[Cell] = []
    row = 0

    def indicator_rows(ind_list: list[Indicator], own_col: int, responsible: str | None) -> None:
        nonlocal row
        for ind in ind_list:
            # Columns right of the owner and left of the indicator are empty on this row.
            cells.extend(Cell(row, c, "") for c in range(own_col + 1, IND))
            cells.append(Cell(row, IND, ind.text))
            cells.append(Cell(row, ANN, "" if ind.annual is None else ind.annual.raw, align="center"))
            quarters = ind.quarters or ()
            for q, col in enumerate((Q1, Q2, Q3, Q4)):
                cells.append(Cell(row, col, quarters[q].raw if quarters else "", align="center"))
            cells.append(Cell(row, PJ, responsible or ""))
            cells.append(Cell(row, KET, ""))
            row += 1

    for n, sas in enumerate(plan.sasaran, 1):
        s0 = row
        indicator_rows(sas.indicators, SAS, None)
        for prog in sas.programs:
            p0 = row
            indicator_rows(prog.indicators, PROG, prog.responsible)
            for keg in prog.kegiatan:
                k0 = row
                indicator_rows(keg.indicators, KEG, keg.responsible)
                for sub in keg.subkegiatan:
                    sb0 = row
                    indicator_rows(sub.indicators, SUB, sub.responsible)
                    cells.append(Cell(sb0, SUB, sub.text, row_span=row - sb0))
                cells.append(Cell(k0, KEG, keg.text, row_span=row - k0))
            # Program and sasaran cells start empty above their own rows in the staircase.
            cells.append(Cell(p0, PROG, prog.text, row_span=row - p0))
        cells.append(Cell(s0, NO, str(n), row_span=row - s0, align="center"))
        cells.append(Cell(s0, SAS, sas.text, row_span=row - s0))
    # Rows where a higher level's own indicators sit have no cell yet in the lower columns.
    return Grid(row, tuple(_fill_gaps(cells, row)))


def _fill_gaps(cells: list[Cell], n_rows: int) -> list[Cell]:
    covered = {(r, c.col) for c in cells for r in range(c.row, c.row + c.row_span)}
    gaps = [Cell(r, col, "") for r in range(n_rows) for col in (PROG, KEG, SUB) if (r, col) not in covered]
    return cells + gaps


FAMILY = Family("word2", SHAPE, render, "Word staircase table, shaded two-row header TARGET over "
                                        "TAHUNAN/TW I-IV, column-number row")
