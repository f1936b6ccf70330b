"""A borderless table: no ruling lines at all, columns only by whitespace.

Columns: NO | URAIAN | INDIKATOR KINERJA | TARGET | TW I | TW II | TW III | TW IV |
PENANGGUNG JAWAB. The hierarchy is in the NO column's markers and in indentation:
sasaran ``I`` (or ``A``) in bold, program ``1`` in bold, kegiatan ``1.1``, sub kegiatan
``1.1.1``, their text in URAIAN indented by level. A node's further indicators take the
rows below it with NO and URAIAN empty. Rows are separated by a blank gap; a cell's own
lines are set at normal leading, so a multi-line cell stays one block.
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

NO, TEXT, IND, ANN, Q1, Q2, Q3, Q4, PJ = range(9)
BASE_WIDTHS = (34.0, 190.0, 170.0, 48.0, 40.0, 40.0, 40.0, 40.0, 110.0)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")

SHAPE = ContentShape(sasaran=(2, 3), programs_per_sasaran=(1, 2), kegiatan_per_program=(1, 3),
                     support_kegiatan=(2, 4), sub_per_kegiatan=(0, 3), sasaran_indicators=(1, 2),
                     quarter_levels=frozenset({"kegiatan", "subkegiatan"}),
                     responsible_levels=frozenset({"kegiatan", "subkegiatan"}))


@dataclass(frozen=True, slots=True)
class BorderlessLayout:
    look: Look
    letters: bool  # sasaran A, B rather than I, II
    indent: float
    quarters: tuple[str, ...]


def pick_layout(rng: random.Random) -> BorderlessLayout:
    setup = pick_setup(rng, {"F4": 2, "A4": 3, "Letter": 1})
    size = pick_size(rng, setup.paper)
    gap = rng.uniform(2.0, 4.0)  # half the blank gap between rows
    look = Look(setup, load_face(rng.choice(FACE_NAMES)), size, rng.uniform(1.12, 1.25), cover=rng.random() < 0.3,
                page_numbers=rng.random() < 0.5, allow_row_split=rng.random() < 0.7, rules=False,
                pad_top=gap, pad_bottom=gap)
    return BorderlessLayout(look, letters=rng.random() < 0.3, indent=rng.choice([6.0, 8.0, 10.0]),
                            quarters=rng.choice([("TW I", "TW II", "TW III", "TW IV"),
                                                 ("TW 1", "TW 2", "TW 3", "TW 4")]))


def render(plan: Plan, rng: random.Random) -> list[Page]:
    lay = pick_layout(rng)
    must_fit = {NO: "1.1.1", ANN: "100%"} | {c: lay.quarters[3] for c in (Q1, Q2, Q3, Q4)}
    draft = TableDraft(_header(lay), _body(plan, lay), BASE_WIDTHS, frozenset({ANN, Q1, Q2, Q3, Q4}), must_fit,
                       unit_fit_len=8)
    return assemble(plan, rng, lay.look, draft)


def _header(lay: BorderlessLayout) -> Grid:
    texts = ("NO", "URAIAN", "INDIKATOR KINERJA", "TARGET", *lay.quarters, "PENANGGUNG JAWAB")
    return Grid(1, tuple(Cell(0, c, t, align="center", valign="middle", bold=True) for c, t in enumerate(texts)))


def _body(plan: Plan, lay: BorderlessLayout) -> Grid:
    cells: list[Cell] = []
    row = 0

    def node(marker: str, text: str, depth: int, bold: bool, inds: list[Indicator], responsible: str | None) -> None:
        nonlocal row
        n = max(1, len(inds))
        cells.append(Cell(row, NO, marker, row_span=n, bold=bold))
        cells.append(Cell(row, TEXT, text, row_span=n, bold=bold, indent=depth * lay.indent))
        cells.append(Cell(row, PJ, responsible or "", row_span=n))
        for i in range(n):
            ind = inds[i] if i < len(inds) else None
            cells.append(Cell(row + i, IND, ind.text if ind else ""))
            cells.append(Cell(row + i, ANN, ind.annual.raw if ind and ind.annual else "", align="center"))
            quarters = ind.quarters if ind and ind.quarters else None
            for q, col in enumerate((Q1, Q2, Q3, Q4)):
                cells.append(Cell(row + i, col, quarters[q].raw if quarters else "", align="center"))
        row += n

    for si, sas in enumerate(plan.sasaran):
        marker = chr(ord("A") + si) if lay.letters else ROMAN[si]
        node(marker, sas.text, 0, True, sas.indicators, None)
        for pi, prog in enumerate(sas.programs, 1):
            node(str(pi), prog.text, 1, True, prog.indicators, prog.responsible)
            for ki, keg in enumerate(prog.kegiatan, 1):
                node(f"{pi}.{ki}", keg.text, 2, False, keg.indicators, keg.responsible)
                for bi, sub in enumerate(keg.subkegiatan, 1):
                    node(f"{pi}.{ki}.{bi}", sub.text, 3, False, sub.indicators, sub.responsible)
    return Grid(row, tuple(cells))


FAMILY = Family("borderless", SHAPE, render, "Word table with borders removed: NO markers I / 1 / 1.1 / 1.1.1, "
                                             "indented URAIAN, wide quarter columns")
