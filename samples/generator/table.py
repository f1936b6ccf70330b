"""A Word-like table: ruled grid, merged cells, rows that break across pages.

The table is a grid of cells; a cell may span rows and columns. Layout follows Word:
a row is as tall as its tallest cell; a vertically merged cell's text flows down
through the rows it spans (no rule inside it) and any text left over makes the
*last* row of the span taller; when a row does not fit, it is split line by line and
every unfinished cell continues at the top of the next page under the repeated header
(or, when rows may not split, the whole row moves to the next page).

``layout_table`` is pure: it returns what to draw on each page (``PageOps``);
``render.py`` puts that on a reportlab canvas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from samples.generator.fonts import FontFace
from samples.generator.wrapping import wrap

Align = Literal["left", "center", "right"]
VAlign = Literal["top", "middle"]
_EPS = 1e-6


@dataclass(frozen=True, slots=True)
class Cell:
    row: int
    col: int
    text: str = ""
    row_span: int = 1
    col_span: int = 1
    align: Align = "left"
    valign: VAlign = "top"
    bold: bool = False
    fill: float | None = None  # grey level (1 = white) of shading behind the cell
    indent: float = 0.0  # extra left indent, for hierarchy shown by indentation

    @property
    def last_row(self) -> int:
        return self.row + self.row_span - 1


@dataclass(frozen=True, slots=True)
class Grid:
    n_rows: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class TableStyle:
    face: FontFace
    size: float
    leading: float
    pad_x: float = 2.5
    pad_top: float = 1.5
    pad_bottom: float = 1.5
    rules: bool = True  # False: a borderless table, columns only by whitespace
    line_width: float = 0.5
    allow_row_split: bool = True  # Word's "allow row to break across pages"
    repeat_header: bool = True  # Word's "repeat as header row at the top of each page"
    close_at_break: bool = True  # False: a cell cut by a page break has no rule under it


@dataclass(frozen=True, slots=True)
class TableSpec:
    col_widths: tuple[float, ...]
    header: Grid  # repeated at the top of every page the table reaches
    body: Grid
    style: TableStyle
    break_before: frozenset[int] = frozenset()  # body rows that start a new page (Word's "page break before")


@dataclass(frozen=True, slots=True)
class Frame:
    """Where the table may go, in points from the page's top-left corner."""

    x: float
    first_top: float  # where the table starts on its first page (below a title)
    top: float  # where it starts on later pages
    bottom: float


@dataclass(frozen=True, slots=True)
class PlacedText:
    x: float
    baseline: float  # from the page top
    text: str
    font: str
    size: float


@dataclass(frozen=True, slots=True)
class Segment:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True, slots=True)
class FillRect:
    x: float
    top: float
    width: float
    height: float
    grey: float


@dataclass(slots=True)
class PageOps:
    texts: list[PlacedText] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    fills: list[FillRect] = field(default_factory=list)
    line_width: float = 0.5


@dataclass(frozen=True, slots=True)
class TableLayout:
    pages: list[PageOps]  # pages[0] is the page the table starts on
    end_y: float  # where the table ends on its last page


@dataclass(frozen=True, slots=True)
class _Fragment:
    """The part of one cell drawn on one page."""

    page: int
    cell: Cell
    top: float
    bottom: float
    lines: tuple[str, ...]
    open_bottom: bool = False  # the cell goes on on the next page


@dataclass(slots=True)
class _Flow:
    """A cell whose lines are being laid down, possibly over several rows and pages."""

    cell: Cell
    lines: list[str]
    placed: int = 0
    frag_top: float = 0.0
    cursor: float = 0.0  # where its next line would start on the current page

    @property
    def remaining(self) -> int:
        return len(self.lines) - self.placed


def layout_table(spec: TableSpec, frame: Frame) -> TableLayout:
    xs = [frame.x]
    for w in spec.col_widths:
        xs.append(xs[-1] + w)
    style = spec.style
    header_frags, header_h = _layout_header(spec, xs)
    body = _Paginator(spec, xs, frame, header_h, later_header_h=header_h if style.repeat_header else 0.0)
    body.run()
    n_pages = body.page + 1
    pages = [PageOps(line_width=style.line_width) for _ in range(n_pages)]
    for p in range(n_pages if style.repeat_header else 1):
        top = frame.first_top if p == 0 else frame.top
        for f in header_frags:
            _draw_fragment(pages[p], _Fragment(p, f.cell, f.top + top, f.bottom + top, f.lines), xs, style,
                           bold_default=True)
    for f in body.fragments:
        _draw_fragment(pages[f.page], f, xs, style, bold_default=False)
    for page in pages:
        page.segments = _dedupe(page.segments)
    return TableLayout(pages=pages, end_y=body.row_top)


def _cell_lines(cell: Cell, xs: list[float], style: TableStyle, bold: bool) -> list[str]:
    width = xs[cell.col + cell.col_span] - xs[cell.col] - 2 * style.pad_x - cell.indent
    return wrap(cell.text, width, lambda s: style.face.width(s, style.size, bold))


def _layout_header(spec: TableSpec, xs: list[float]) -> tuple[list[_Fragment], float]:
    """The header on its own, from y=0, never split: its fragments and height."""
    if spec.header.n_rows == 0:
        return [], 0.0
    pag = _Paginator(TableSpec(spec.col_widths, Grid(0, ()), spec.header, spec.style), xs,
                     Frame(xs[0], 0.0, 0.0, float("inf")), 0.0, bold=True)
    pag.run()
    return pag.fragments, pag.row_top


class _Paginator:
    """Lays the body rows down page by page, Word style."""

    def __init__(self, spec: TableSpec, xs: list[float], frame: Frame, header_h: float, bold: bool = False,
                 later_header_h: float | None = None):
        self.spec, self.xs, self.frame, self.header_h, self.bold = spec, xs, frame, header_h, bold
        self.later_header_h = header_h if later_header_h is None else later_header_h
        self.style = spec.style
        self.grid = spec.body
        self.fragments: list[_Fragment] = []
        self.flows: dict[int, _Flow] = {}
        self.page = 0
        self.row_top = frame.first_top + header_h
        self.content_top = self.row_top
        self.starting: dict[int, list[int]] = {}
        for i, c in enumerate(self.grid.cells):
            self.starting.setdefault(c.row, []).append(i)
        s = self.style
        self.min_row = s.pad_top + s.leading + s.pad_bottom

    def run(self) -> None:
        r, fresh = 0, True
        while r < self.grid.n_rows:
            if fresh and r in self.spec.break_before and self.row_top > self.content_top + _EPS:
                self._break_page(self.row_top)
            if fresh:
                self._start_cells(r)
            need = self._row_bottom(r, fresh)
            if need <= self.frame.bottom + _EPS:
                self._finish_row(r, need)
                r, fresh = r + 1, True
                continue
            room_for_a_line = self.row_top + self.min_row <= self.frame.bottom + _EPS
            can_move_row = fresh and self.row_top > self.content_top + _EPS
            if can_move_row and (not self.style.allow_row_split or not room_for_a_line):
                for i in self.starting.get(r, []):  # the row starts afresh on the next page
                    del self.flows[i]
                self._break_page(self.row_top)
                continue
            self._break_page(self.frame.bottom)
            fresh = False

    def _start_cells(self, r: int) -> None:
        for i in self.starting.get(r, []):
            cell = self.grid.cells[i]
            lines = _cell_lines(cell, self.xs, self.style, self.bold or cell.bold)
            self.flows[i] = _Flow(cell, lines, 0, self.row_top, self.row_top + self.style.pad_top)

    def _row_bottom(self, r: int, fresh: bool) -> float:
        need = self.row_top + (self.min_row if fresh else self.style.pad_top + self.style.pad_bottom)
        for f in self.flows.values():
            if f.cell.last_row == r:
                need = max(need, f.cursor + f.remaining * self.style.leading + self.style.pad_bottom)
        return need

    def _finish_row(self, r: int, bottom: float) -> None:
        for i in [i for i, f in self.flows.items() if f.cell.last_row == r]:
            f = self.flows.pop(i)
            self._emit(f, bottom, f.remaining)
        self.row_top = bottom

    def _break_page(self, bottom: float) -> None:
        """Close every open cell at ``bottom`` and carry it to the top of a new page."""
        s = self.style
        for f in self.flows.values():
            fit = int((bottom - s.pad_bottom - f.cursor) / s.leading + _EPS)
            self._emit(f, bottom, max(0, min(fit, f.remaining)), open_bottom=True)
        self.page += 1
        self.row_top = self.frame.top + self.later_header_h
        self.content_top = self.row_top
        for f in self.flows.values():
            f.frag_top = self.row_top
            f.cursor = self.row_top + s.pad_top

    def _emit(self, f: _Flow, bottom: float, n: int, open_bottom: bool = False) -> None:
        self.fragments.append(_Fragment(self.page, f.cell, f.frag_top, bottom,
                                        tuple(f.lines[f.placed:f.placed + n]), open_bottom))
        f.placed += n
        f.cursor += n * self.style.leading


def _draw_fragment(ops: PageOps, f: _Fragment, xs: list[float], style: TableStyle, bold_default: bool) -> None:
    c = f.cell
    x0, x1 = xs[c.col], xs[c.col + c.col_span]
    if c.fill is not None:
        ops.fills.append(FillRect(x0, f.top, x1 - x0, f.bottom - f.top, c.fill))
    if style.rules:
        ops.segments += [Segment(x0, f.top, x1, f.top), Segment(x0, f.bottom, x1, f.bottom),
                         Segment(x0, f.top, x0, f.bottom), Segment(x1, f.top, x1, f.bottom)]
        if f.open_bottom and not style.close_at_break:
            ops.segments.remove(Segment(x0, f.bottom, x1, f.bottom))
    bold = bold_default or c.bold
    font = style.face.bold if bold else style.face.regular
    block = len(f.lines) * style.leading
    if c.valign == "middle" or bold_default:
        y = f.top + max(style.pad_top, (f.bottom - f.top - block) / 2)
    else:
        y = f.top + style.pad_top
    # Baseline sits in the line box like Word's: descent below, the rest above.
    ascent = (style.leading - style.size) / 2 + style.size * 0.8
    for i, line in enumerate(f.lines):
        if not line:
            continue
        w = style.face.width(line, style.size, bold)
        if c.align == "center":
            x = (x0 + x1 - w) / 2
        elif c.align == "right":
            x = x1 - style.pad_x - w
        else:
            x = x0 + style.pad_x + c.indent
        ops.texts.append(PlacedText(x, y + i * style.leading + ascent, line, font, style.size))


def _dedupe(segments: list[Segment]) -> list[Segment]:
    seen: set[tuple[float, float, float, float]] = set()
    out: list[Segment] = []
    for s in segments:
        key = (round(s.x0, 2), round(s.y0, 2), round(s.x1, 2), round(s.y1, 2))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
