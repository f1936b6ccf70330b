"""A report: portrait narrative chapters around two tables on landscape pages.

Cover, BAB I-III narrative (background, legal basis full of other years, aims), then
``Tabel 3.1`` — the IKU table (NO | SASARAN STRATEGIS | INDIKATOR KINERJA UTAMA | SATUAN |
TARGET) — and ``Tabel 3.2`` — the program table, where each sasaran is a group-heading
row ``Sasaran 1 : ...`` spanning the table and programs, kegiatan and sub kegiatan carry
hierarchical numbers ``1``, ``1.1``, ``1.1.1`` (NO | PROGRAM / KEGIATAN / SUB KEGIATAN |
INDIKATOR KINERJA | TARGET | TW I-IV | PENANGGUNG JAWAB). Table pages are landscape,
in most documents stored as portrait pages with ``/Rotate 90``. BAB IV and the
signature close the report. Truth order: all sasaran indicators (Tabel 3.1) first.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from samples.generator.assemble import Look, TableDraft, fit_style, sign
from samples.generator.blocks import Line, draw_block
from samples.generator.content import ContentShape
from samples.generator.families import Family
from samples.generator.fonts import FACE_NAMES, load_face
from samples.generator.furniture import cover_lines
from samples.generator.model import Indicator, Plan
from samples.generator.narrative import chapters_after, chapters_before, flow
from samples.generator.pagesetup import PAPER, PageSetup
from samples.generator.render import Page
from samples.generator.table import Cell, Frame, Grid, TableSpec, layout_table
from samples.generator.tablefit import fit_widths

K_NO, K_SAS, K_IND, K_UNIT, K_T = range(5)
IKU_WIDTHS = (24.0, 200.0, 240.0, 60.0, 70.0)
NO, NAME, IND, ANN, Q1, Q2, Q3, Q4, PJ = range(9)
PROG_WIDTHS = (34.0, 170.0, 170.0, 48.0, 40.0, 40.0, 40.0, 40.0, 100.0)

SHAPE = ContentShape(sasaran=(2, 4), programs_per_sasaran=(1, 2), kegiatan_per_program=(1, 3),
                     support_kegiatan=(2, 4), sub_per_kegiatan=(0, 3), sasaran_indicators=(1, 2),
                     quarter_levels=frozenset({"kegiatan", "subkegiatan"}),
                     responsible_levels=frozenset({"program", "kegiatan", "subkegiatan"}),
                     unit_column_levels=frozenset({"sasaran"}))


@dataclass(frozen=True, slots=True)
class ReportLayout:
    portrait: PageSetup
    landscape: PageSetup
    table_look: Look
    text_size: float
    rotate: bool  # landscape pages stored as portrait + /Rotate 90
    heading: str  # "Sasaran {n} : " and variants
    quarters: tuple[str, ...]


def pick_layout(rng: random.Random) -> ReportLayout:
    paper = rng.choice(["A4", "A4", "F4"])
    w, h = PAPER[paper]
    m = rng.uniform(50, 72)
    portrait = PageSetup(paper, w, h, m * 1.2, m, m, m)
    lm = rng.uniform(30, 50)
    landscape = PageSetup(paper, h, w, lm, lm, lm, lm)
    face = load_face(rng.choice(FACE_NAMES))
    look = Look(landscape, face, round(rng.uniform(7.0, 8.5) * 2) / 2, rng.uniform(1.12, 1.22), cover=True,
                page_numbers=True, allow_row_split=rng.random() < 0.8)
    return ReportLayout(portrait, landscape, look, text_size=rng.choice([10.0, 11.0, 12.0]),
                        rotate=rng.random() < 0.75,
                        heading=rng.choice(["Sasaran {n} : ", "SASARAN {n} : ", "Sasaran Strategis {n}: "]),
                        quarters=rng.choice([("TW I", "TW II", "TW III", "TW IV"),
                                             ("Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV")]))


def render(plan: Plan, rng: random.Random) -> list[Page]:
    lay = pick_layout(rng)
    p, look = lay.portrait, lay.table_look
    cover = Page(p.width, p.height)
    lines = cover_lines(plan, rng, big=rng.uniform(18, 24), force_region=True)
    draw_block(cover.ops, lines, look.face, p.height * 0.25, p.left, p.width - p.right)
    text, _ = flow(chapters_before(plan, rng), look.face, lay.text_size, p.width, p.height, p.top)
    iku = _table_pages(plan, rng, lay, "Tabel 3.1", f"INDIKATOR KINERJA UTAMA TAHUN {plan.year}",
                       _iku_draft(plan), IKU_WIDTHS)
    prog = _table_pages(plan, rng, lay, "Tabel 3.2",
                        f"RENCANA AKSI PROGRAM, KEGIATAN DAN SUB KEGIATAN TAHUN {plan.year}",
                        _program_draft(plan, lay), PROG_WIDTHS)
    closing, y = flow(chapters_after(plan), look.face, lay.text_size, p.width, p.height, p.top)
    pages = [cover, *text, *iku, *prog, *closing]
    sign(pages, plan, rng, Look(p, look.face, lay.text_size - 1, 1.2, False, False), y)
    for n, page in enumerate(pages[1:], 1):
        draw_block(page.ops, [Line(str(n), 9)], look.face, page.height - 28, 0, page.width)
    return pages


def _table_pages(plan: Plan, rng: random.Random, lay: ReportLayout, label: str, caption: str, draft: TableDraft,
                 base: tuple[float, ...]) -> list[Page]:
    s, look = lay.landscape, lay.table_look
    total = s.content_width * rng.uniform(0.9, 1.0)
    style, minimum = fit_style(look, draft, total)
    first = Page(s.width, s.height, rotate=90 if lay.rotate else 0)
    bottom = draw_block(first.ops, [Line(label, look.size + 2, bold=True), Line(caption, look.size + 2, bold=True)],
                        look.face, s.top, s.left, s.width - s.right)
    spec = TableSpec(fit_widths(base, total, rng, minimum), draft.header, draft.body, style)
    layout = layout_table(spec, Frame(s.left, bottom + 6, s.top, s.content_bottom))
    pages = [first] + [Page(s.width, s.height, rotate=first.rotate) for _ in layout.pages[1:]]
    for page, ops in zip(pages, layout.pages, strict=True):
        page.ops.texts += ops.texts
        page.ops.segments += ops.segments
        page.ops.fills += ops.fills
        page.ops.line_width = ops.line_width
    return pages


def _head(cells: list[Cell], texts: tuple[str, ...]) -> Grid:
    cells += [Cell(0, c, t, align="center", valign="middle", bold=True, fill=0.88) for c, t in enumerate(texts)]
    return Grid(1, tuple(cells))


def _iku_draft(plan: Plan) -> TableDraft:
    header = _head([], ("NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "SATUAN", f"TARGET {plan.year}"))
    cells: list[Cell] = []
    row = 0
    for n, sas in enumerate(plan.sasaran, 1):
        k = len(sas.indicators)
        cells += [Cell(row, K_NO, f"{n}.", row_span=k, align="center"), Cell(row, K_SAS, sas.text, row_span=k)]
        for i, ind in enumerate(sas.indicators):
            cells += [Cell(row + i, K_IND, ind.text),
                      Cell(row + i, K_UNIT, ind.unit_label or "", align="center"),
                      Cell(row + i, K_T, ind.annual.raw if ind.annual else "", align="center")]
        row += k
    return TableDraft(header, Grid(row, tuple(cells)), IKU_WIDTHS, frozenset({K_T}), {K_NO: "10."})


def _program_draft(plan: Plan, lay: ReportLayout) -> TableDraft:
    header = _head([], ("NO", "PROGRAM / KEGIATAN / SUB KEGIATAN", "INDIKATOR KINERJA", "TARGET", *lay.quarters,
                        "PENANGGUNG JAWAB"))
    cells: list[Cell] = []
    row = 0

    def node(marker: str, text: str, bold: bool, inds: list[Indicator], responsible: str | None) -> None:
        nonlocal row
        n = max(1, len(inds))
        cells.extend([Cell(row, NO, marker, row_span=n, bold=bold), Cell(row, NAME, text, row_span=n, bold=bold),
                      Cell(row, PJ, responsible or "", row_span=n)])
        for i in range(n):
            ind = inds[i] if i < len(inds) else None
            cells.append(Cell(row + i, IND, ind.text if ind else ""))
            cells.append(Cell(row + i, ANN, ind.annual.raw if ind and ind.annual else "", align="center"))
            quarters = ind.quarters if ind and ind.quarters else None
            for q, col in enumerate((Q1, Q2, Q3, Q4)):
                cells.append(Cell(row + i, col, quarters[q].raw if quarters else "", align="center"))
        row += n

    pn = 0
    for sn, sas in enumerate(plan.sasaran, 1):
        cells.append(Cell(row, NO, lay.heading.format(n=sn) + sas.text, col_span=9, bold=True, fill=0.94))
        row += 1
        for prog in sas.programs:
            pn += 1
            node(str(pn), prog.text, True, prog.indicators, prog.responsible)
            for kn, keg in enumerate(prog.kegiatan, 1):
                node(f"{pn}.{kn}", keg.text, False, keg.indicators, keg.responsible)
                for bn, sub in enumerate(keg.subkegiatan, 1):
                    node(f"{pn}.{kn}.{bn}", sub.text, False, sub.indicators, sub.responsible)
    must_fit = {NO: "10.10.10", ANN: "100%"} | {c: max(lay.quarters, key=len) for c in (Q1, Q2, Q3, Q4)}
    return TableDraft(header, Grid(row, tuple(cells)), PROG_WIDTHS, frozenset({ANN, Q1, Q2, Q3, Q4}), must_fit,
                      unit_fit_len=8)


FAMILY = Family("report", SHAPE, render, "portrait report with narrative chapters, an IKU table and a program "
                                         "table on landscape pages (often /Rotate 90)", truth_order="sasaran_first")
