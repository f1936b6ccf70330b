"""From a family's table grids to finished pages: cover, title, table, signature, page numbers.

Families that print one table (most of them) describe it as a ``TableDraft`` and a
``Look``; this module fits the font and column widths, lays the table over as many pages
as it needs and puts the furniture around it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from samples.generator.blocks import Line, block_height, draw_block
from samples.generator.fonts import FontFace
from samples.generator.furniture import cover_lines, signature_lines, title_lines
from samples.generator.model import Plan
from samples.generator.pagesetup import PageSetup
from samples.generator.render import Page
from samples.generator.table import Frame, Grid, PageOps, TableSpec, TableStyle, layout_table
from samples.generator.tablefit import column_minimums, fit_widths, fits


@dataclass(frozen=True, slots=True)
class Look:
    """How the document is typed: paper, font and the Word/Excel habits that matter to layout."""

    setup: PageSetup
    face: FontFace
    size: float
    lead_factor: float
    cover: bool
    page_numbers: bool
    allow_row_split: bool = True
    rules: bool = True
    pad_top: float = 1.5
    pad_bottom: float = 1.5
    min_size: float = 6.5


@dataclass(frozen=True, slots=True)
class TableDraft:
    header: Grid
    body: Grid
    base_widths: tuple[float, ...]
    numeric_cols: frozenset[int] = frozenset()
    must_fit: dict[int, str] = field(default_factory=dict)  # column -> text that must fit unbroken
    unit_fit_len: int = 0  # unit words this short are never cut in numeric columns


def fit_style(look: Look, draft: TableDraft, total: float) -> tuple[TableStyle, dict[int, float]]:
    """The largest font size (from the look's down to its minimum) whose words fit the columns."""
    size = look.size
    while True:
        style = TableStyle(face=look.face, size=size, leading=round(size * look.lead_factor, 2),
                           allow_row_split=look.allow_row_split, rules=look.rules, pad_top=look.pad_top,
                           pad_bottom=look.pad_bottom)

        def measure(text: str, bold: bool, sz: float = size) -> float:
            return look.face.width(text, sz, bold)

        minimum = column_minimums(list(draft.header.cells + draft.body.cells), measure, style.pad_x,
                                  draft.numeric_cols, draft.unit_fit_len)
        for col, text in draft.must_fit.items():
            minimum[col] = max(minimum.get(col, 0.0), look.face.width(text, size) + 2 * style.pad_x + 1)
        if fits(minimum, total) or size <= look.min_size:
            return style, minimum
        size -= 0.5


def assemble(plan: Plan, rng: random.Random, look: Look, draft: TableDraft) -> list[Page]:
    s = look.setup
    total = s.content_width * rng.uniform(0.94, 1.0)
    style, minimum = fit_style(look, draft, total)
    pages: list[Page] = []
    if look.cover:
        pages.append(cover_page(plan, rng, look))
    first = Page(s.width, s.height)
    title_bottom = draw_block(first.ops, title_lines(plan, rng, look.size + 3), look.face, s.top, s.left,
                              s.width - s.right)
    widths = fit_widths(draft.base_widths, total, rng, minimum)
    spec = TableSpec(widths, draft.header, draft.body, style)
    frame = Frame(x=s.left, first_top=title_bottom + look.size * rng.uniform(1.0, 2.5), top=s.top,
                  bottom=s.content_bottom)
    table = layout_table(spec, frame)
    table_pages = [first] + [Page(s.width, s.height) for _ in table.pages[1:]]
    for page, ops in zip(table_pages, table.pages, strict=True):
        merge_ops(page.ops, ops)
    pages += table_pages
    sign(pages, plan, rng, look, table.end_y)
    if look.page_numbers:
        number_pages(pages[1:] if look.cover else pages, look)
    return pages


def cover_page(plan: Plan, rng: random.Random, look: Look) -> Page:
    s = look.setup
    cover = Page(s.width, s.height)
    lines = cover_lines(plan, rng, big=rng.uniform(16, 20))
    draw_block(cover.ops, lines, look.face, s.height * 0.16, s.left, s.width - s.right)
    return cover


def merge_ops(into: PageOps, ops: PageOps) -> None:
    into.texts += ops.texts
    into.segments += ops.segments
    into.fills += ops.fills
    into.line_width = ops.line_width


def sign(pages: list[Page], plan: Plan, rng: random.Random, look: Look, end_y: float) -> None:
    """The signature block under the table, or atop a fresh page when it does not fit."""
    s = look.setup
    lines = signature_lines(plan, rng, look.size + rng.choice([0.0, 0.5, 1.0]))
    widest = max(look.face.width(ln.text, ln.size, ln.bold) for ln in lines)
    x = min(s.width * rng.uniform(0.64, 0.72), s.width - s.right - widest)
    top = end_y + look.size * 2
    if top + block_height(lines) > s.content_bottom:
        pages.append(Page(s.width, s.height))
        top = s.top
    draw_block(pages[-1].ops, lines, look.face, top, x, s.width - s.right, align="left")


def number_pages(pages: list[Page], look: Look) -> None:
    for n, page in enumerate(pages, 1):
        y = page.height - look.setup.bottom * 0.55
        draw_block(page.ops, [Line(str(n), look.size)], look.face, y, 0, page.width)


def pick_size(rng: random.Random, paper: str) -> float:
    size = {"A3": rng.uniform(7.5, 9.0), "F4": rng.uniform(7.0, 8.5)}.get(paper, rng.uniform(6.5, 8.0))
    return round(size * 2) / 2


def face_width(face: FontFace, text: str, size: float) -> float:
    return face.width(text, size)
