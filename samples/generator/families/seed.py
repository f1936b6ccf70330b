"""The seed layout: the Word table of the Luwu Timur Kesbangpol plan (``samples/kesbangpol_*``).

Columns: NO | SASARAN RENSTRA | INDIKATOR KINERJA | TARGET | PROGRAM | INDIKATOR PROGRAM |
TARGET | KEGIATAN / SUB KEGIATAN (marker + text) | INDIKATOR KEGIATAN / SUB KEGIATAN |
TARGET (annual, TW label, TW value) | PENANGGUNG JAWAB | KET.

Sasaran and program cells are merged down over all their kegiatan. Each kegiatan
(``1.``) and sub kegiatan (``a.``) shows its quarters in one of three ways, switching
now and then as in the original: four sub-rows ``TW. 1 | 0%``, four sub-rows
``TW 1 : | 6 Rekening``, or one packed cell ``TW 1 : 0 Orang`` / ``TW 2 : 20 Orang`` ...
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Literal

from samples.generator.assemble import Look, TableDraft, assemble, pick_size
from samples.generator.content import ContentShape
from samples.generator.families import Family
from samples.generator.fonts import FACE_NAMES, load_face
from samples.generator.model import Indicator, Plan, Target
from samples.generator.pagesetup import pick_setup
from samples.generator.render import Page
from samples.generator.table import Align, Cell, Grid

# Column widths of the original (points on F4 landscape), the base every variant perturbs.
BASE_WIDTHS = (22.6, 70.6, 70.6, 41.0, 73.4, 82.0, 41.0, 16.9, 104.5, 104.6, 36.8, 31.1, 42.3, 82.0, 28.3)
NO, SAS, SAS_IND, SAS_T, PROG, PROG_IND, PROG_T, MARK, KEG, KEG_IND, ANN, TWL, TWV, PJ, KET = range(15)
HEADER = (
    (NO, 1, "NO"), (SAS, 1, "SASARAN RENSTRA"), (SAS_IND, 1, "INDIKATOR KINERJA"), (SAS_T, 1, "TARGET"),
    (PROG, 1, "PROGRAM"), (PROG_IND, 1, "INDIKATOR PROGRAM"), (PROG_T, 1, "TARGET"),
    (MARK, 2, "KEGIATAN / SUB KEGIATAN"), (KEG_IND, 1, "INDIKATOR KEGIATAN / SUB KEGIATAN"),
    (ANN, 3, "TARGET"), (PJ, 1, "PENANGGUNG JAWAB"), (KET, 1, "KET"),
)
QuarterStyle = Literal["dot", "colon", "packed"]
ROMAN = ("I", "II", "III", "IV")

SHAPE = ContentShape(sasaran=(2, 4), programs_per_sasaran=(1, 3), kegiatan_per_program=(1, 3),
                     support_kegiatan=(2, 6), sub_per_kegiatan=(0, 4))


@dataclass(frozen=True, slots=True)
class SeedLayout:
    look: Look
    numbered_programs: bool
    sasaran_marker: str  # "{n}." or "{n}"
    roman: bool  # TW I rather than TW 1
    packed_sep: str  # "TW 1 : 5" or "TW 1: 5"


def pick_layout(rng: random.Random) -> SeedLayout:
    setup = pick_setup(rng, {"F4": 4, "A4": 3, "Letter": 1, "A3": 1})
    size = pick_size(rng, setup.paper)
    face = load_face(rng.choice(FACE_NAMES))
    lead_factor = rng.uniform(1.12, 1.22)
    cover = rng.random() < 0.5
    numbered_programs = rng.random() < 0.6
    sasaran_marker = rng.choice(["{n}.", "{n}.", "{n}"])
    roman = rng.random() < 0.25
    packed_sep = rng.choice([" : ", ": "])
    page_numbers = rng.random() < 0.3
    allow_row_split = rng.random() < 0.85
    look = Look(setup, face, size, lead_factor, cover, page_numbers, allow_row_split)
    return SeedLayout(look, numbered_programs, sasaran_marker, roman, packed_sep)


def render(plan: Plan, rng: random.Random) -> list[Page]:
    lay = pick_layout(rng)
    body = _body(plan, lay, rng)
    must_fit = {TWL: "TW IV :" if lay.roman else "TW 4 :", TWV: "100%", ANN: "100%"}
    draft = TableDraft(_header(), body, BASE_WIDTHS, frozenset({SAS_T, PROG_T, ANN, TWV}), must_fit)
    return assemble(plan, rng, lay.look, draft)


def _header() -> Grid:
    cells = tuple(Cell(0, col, text, col_span=span, align="center", valign="middle", bold=True)
                  for col, span, text in HEADER)
    return Grid(1, cells)


def _body(plan: Plan, lay: SeedLayout, rng: random.Random) -> Grid:
    cells: list[Cell] = []
    row = 0
    qstyle: QuarterStyle = rng.choice(["dot", "colon", "packed"])
    for si, sas in enumerate(plan.sasaran, 1):
        s_start = row
        for pi, prog in enumerate(sas.programs, 1):
            p_start = row
            for ki, keg in enumerate(prog.kegiatan, 1):
                if rng.random() < 0.3:  # the typist changes habit every few kegiatan
                    qstyle = rng.choice(["dot", "colon", "packed"])
                row = _item(cells, row, f"{ki}.", keg.text, keg.indicators[0], keg.responsible, qstyle, lay)
                for j, sub in enumerate(keg.subkegiatan):
                    row = _item(cells, row, f"{string.ascii_lowercase[j]}.", sub.text, sub.indicators[0],
                                sub.responsible, qstyle, lay)
            span = row - p_start
            name = f"{pi}. {prog.text}" if lay.numbered_programs else prog.text
            cells += [Cell(p_start, PROG, name, row_span=span),
                      Cell(p_start, PROG_IND, prog.indicators[0].text, row_span=span),
                      Cell(p_start, PROG_T, _raw(prog.indicators[0].annual), row_span=span, align="center")]
        span = row - s_start
        cells += [Cell(s_start, NO, lay.sasaran_marker.format(n=si), row_span=span, align="center"),
                  Cell(s_start, SAS, sas.text, row_span=span),
                  Cell(s_start, SAS_IND, sas.indicators[0].text, row_span=span),
                  Cell(s_start, SAS_T, _raw(sas.indicators[0].annual), row_span=span, align="center")]
    return Grid(row, tuple(cells))


def _item(cells: list[Cell], row: int, marker: str, text: str, ind: Indicator, responsible: str | None,
          qstyle: QuarterStyle, lay: SeedLayout) -> int:
    """One kegiatan or sub kegiatan: 4 sub-rows, or 1 row with a packed quarter cell."""
    assert ind.quarters is not None
    n = 1 if qstyle == "packed" else 4
    cells += [Cell(row, MARK, marker, row_span=n, align="center", valign="middle"),
              Cell(row, KEG, text, row_span=n),
              Cell(row, KEG_IND, ind.text, row_span=n),
              Cell(row, ANN, _raw(ind.annual), row_span=n, align="center"),
              Cell(row, PJ, responsible or "", row_span=n)]
    labels = [f"TW {ROMAN[q] if lay.roman else q + 1}" for q in range(4)]
    if qstyle == "packed":
        filled = any(t.filled for t in ind.quarters)
        text = "\n".join(f"{lab}{lay.packed_sep}{t.raw}" for lab, t in zip(labels, ind.quarters, strict=True))
        cells += [Cell(row, TWL, text if filled else "", col_span=2), Cell(row, KET, "")]
        return row + 1
    for q, t in enumerate(ind.quarters):
        align: Align = "center" if qstyle == "dot" else "right"
        label = labels[q].replace("TW ", "TW. ") if qstyle == "dot" else f"{labels[q]} :"
        cells += [Cell(row + q, TWL, label), Cell(row + q, TWV, t.raw, align=align), Cell(row + q, KET, "")]
    return row + 4


def _raw(t: Target | None) -> str:
    return "" if t is None else t.raw


FAMILY = Family("seed", SHAPE, render, "Word table of the Luwu Timur Kesbangpol plan, quarters in sub-rows "
                                       "or packed cells")
