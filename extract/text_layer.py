"""Stage 1 for pages with a usable text layer: ruled tables via pdfplumber's table finder,
their cells filled from the page's characters, and the text outside the tables."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import pdfplumber.page

from extract.aligned import AlignedSettings, continue_table, extend_header_grid, words_to_tables
from extract.open_rules import open_tables
from extract.records import BBox, Cell, PageContent, Row, TableGrid, TextLine
from extract.rulings import RuledPage, RulingSettings
from extract.words import Word, chars_to_words

Char = dict[str, Any]


@dataclass(frozen=True)
class TextLayerSettings:
    """How ruled tables are found. Tolerances are in PDF points."""

    snap_tolerance: float = 3.0
    join_tolerance: float = 3.0
    intersection_tolerance: float = 3.0
    min_table_rows: int = 2
    min_table_columns: int = 3
    line_gap_ratio: float = 0.5  # chars whose tops differ by less than this x font size share a line
    space_gap_ratio: float = 0.15  # a horizontal gap wider than this x font size is a space
    segment_gap_ratio: float = 3.0  # a wider gap than this x font size starts a separate line (columns of text)
    table_settings: dict[str, Any] = field(default_factory=dict)
    rulings: RulingSettings = field(default_factory=RulingSettings)
    aligned: AlignedSettings | None = field(default_factory=AlignedSettings)  # None: ruled tables only

    def __post_init__(self) -> None:
        for name in ("snap_tolerance", "join_tolerance", "intersection_tolerance"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0")
        if self.min_table_rows < 1 or self.min_table_columns < 1:
            raise ValueError("min_table_rows and min_table_columns must be >= 1")

    def pdfplumber_settings(self) -> dict[str, Any]:
        return {
            "vertical_strategy": "lines",
            "horizontal_strategy": "lines",
            "snap_tolerance": self.snap_tolerance,
            "join_tolerance": self.join_tolerance,
            "intersection_tolerance": self.intersection_tolerance,
            **self.table_settings,
        }


_LETTER_SPACED = re.compile(r"^[^\W\d_](?: [^\W\d_]){3,}$")
_CHARACTER_SPACED = re.compile(r"^[^\W_](?: [^\W_]){2,}$")  # digits too (`2 0 1 6`), beside spaced letters


def unspaced(raw: str) -> str:
    """Text set letter-spaced with space characters (`P R O V I N S I   J A W A`: one space between
    letters, several between words), as the words it spells (`PROVINSI JAWA`); other text with its
    whitespace collapsed. Digits alone (`1 2 3 4`) are only joined on a line that spaces its letters."""
    chunks = [chunk for chunk in re.split(r" {2,}", raw.strip()) if chunk.strip()]
    if not any(_LETTER_SPACED.match(chunk) for chunk in chunks):
        return " ".join(raw.split())
    return " ".join(chunk.replace(" ", "") if _CHARACTER_SPACED.match(chunk) else " ".join(chunk.split())
                    for chunk in chunks)


def _is_bold(ch: Char) -> bool:
    return "bold" in ch.get("fontname", "").lower()


def _style_changes(seg: list[Char], ch: Char, settings: TextLayerSettings) -> bool:
    """``ch`` starts a word in another weight than the words before it on the line
    (`**Program Pengembangan Kompetensi Aparatur** Peningkatan Kualitas SDM`)."""
    if ch["text"].isspace():
        return False
    printed = [c for c in seg if not c["text"].isspace()]
    if not printed or _is_bold(printed[-1]) == _is_bold(ch):
        return False
    gap = ch["x0"] - seg[-1]["x1"]
    return seg[-1]["text"].isspace() or gap > settings.space_gap_ratio * max(ch["size"], 1.0)


def chars_to_lines(chars: Iterable[Char], settings: TextLayerSettings,
                   split_styles: bool = False) -> tuple[TextLine, ...]:
    """Group characters into printed lines, top to bottom, words separated by single spaces.
    ``split_styles``: a line whose weight changes between two words is two lines (one per weight),
    so a cell's bold head (a programme over its kegiatan) can be told from the rest."""
    ordered = sorted((c for c in chars if c.get("upright", True)), key=lambda c: (c["top"], c["x0"]))
    groups: list[list[Char]] = []
    for ch in ordered:
        if groups:
            last = groups[-1]
            ref = last[0]
            if abs(ch["top"] - ref["top"]) <= settings.line_gap_ratio * max(ref["size"], 1.0):
                last.append(ch)
                continue
        groups.append([ch])
    segments: list[list[Char]] = []
    for group in groups:
        group.sort(key=lambda c: c["x0"])
        seg: list[Char] = []
        for ch in group:
            if seg and (ch["x0"] - seg[-1]["x1"] > settings.segment_gap_ratio * max(ch["size"], 1.0)
                        or split_styles and _style_changes(seg, ch, settings)):
                segments.append(seg)
                seg = []
            seg.append(ch)
        segments.append(seg)
    lines = []
    for group in segments:
        text_parts: list[str] = []
        prev: Char | None = None
        for ch in group:
            t = ch["text"]
            if prev is not None and not t.isspace():
                gap = ch["x0"] - prev["x1"]
                if gap > settings.space_gap_ratio * max(ch["size"], 1.0):
                    text_parts.append(" ")
            text_parts.append(" " if t.isspace() else t)
            prev = ch
        text = unspaced("".join(text_parts))
        if not text:
            continue
        visible = [c for c in group if not c["text"].isspace()]
        lines.append(
            TextLine(
                text=text,
                bbox=BBox(min(c["x0"] for c in visible), min(c["top"] for c in visible),
                          max(c["x1"] for c in visible), max(c["bottom"] for c in visible)),
                font_size=max(c["size"] for c in visible),
                bold=sum("bold" in c.get("fontname", "").lower() for c in visible) > len(visible) / 2,
            )
        )
    return tuple(lines)


def _edges(values: Iterable[float], tolerance: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def table_to_grid(table: Any, chars: Sequence[Char], page_number: int,
                  settings: TextLayerSettings) -> TableGrid | None:
    """A pdfplumber table → our grid: one pass assigns every character to the cell it sits in."""
    tol = settings.snap_tolerance
    cell_boxes = [BBox(*c) for c in table.cells]
    xs = _edges([b.x0 for b in cell_boxes] + [b.x1 for b in cell_boxes], tol)
    ys = _edges([b.top for b in cell_boxes] + [b.bottom for b in cell_boxes], tol)
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    if n_rows < settings.min_table_rows or n_cols < settings.min_table_columns:
        return None

    def index(edges: list[float], v: float) -> int:
        return max(0, min(len(edges) - 2, bisect_right(edges, v + tol) - 1))

    owner: dict[tuple[int, int], int] = {}
    spans: list[tuple[int, int, int, int]] = []
    for i, b in enumerate(cell_boxes):
        r0, c0 = index(ys, b.top), index(xs, b.x0)
        r1, c1 = index(ys, b.bottom - 2 * tol) + 1, index(xs, b.x1 - 2 * tol) + 1
        spans.append((r0, c0, max(r1, r0 + 1), max(c1, c0 + 1)))
        for r in range(r0, max(r1, r0 + 1)):
            for c in range(c0, max(c1, c0 + 1)):
                owner.setdefault((r, c), i)

    bbox = BBox(*table.bbox)
    cell_chars: dict[int, list[Char]] = {}
    stray: list[Char] = []
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        if not (bbox.x0 <= cx <= bbox.x1 and bbox.top <= cy <= bbox.bottom):
            continue
        r, c = bisect_right(ys, cy) - 1, bisect_right(xs, cx) - 1
        if 0 <= r < n_rows and 0 <= c < n_cols and (r, c) in owner:
            cell_chars.setdefault(owner[(r, c)], []).append(ch)
        else:
            stray.append(ch)

    grid: list[list[Cell | None]] = [[None] * n_cols for _ in range(n_rows)]
    for i, (r0, c0, r1, c1) in enumerate(spans):
        if grid[r0][c0] is not None:
            continue
        grid[r0][c0] = Cell(lines=chars_to_lines(cell_chars.get(i, ()), settings, split_styles=True),
                            bbox=cell_boxes[i],
                            rowspan=r1 - r0, colspan=c1 - c0)
    rows: tuple[Row, ...] = tuple(tuple(r) for r in grid)
    return TableGrid(page=page_number, bbox=bbox, method="ruled", rows=rows, column_edges=tuple(xs),
                     stray=chars_to_lines(stray, settings))


def _inside_any(ch: Char, boxes: Sequence[BBox]) -> bool:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return any(b.x0 <= cx <= b.x1 and b.top <= cy <= b.bottom for b in boxes)


def aligned_grids(chars: Sequence[Char], ruled: list[TableGrid], page_number: int,
                  settings: TextLayerSettings, previous: TableGrid | None = None) -> list[TableGrid]:
    """Borderless tables (no ruling lines, columns by whitespace), cells filled as on the ruled path:
    on a page without ruled tables, under a ruled grid that is only a (shaded) header, or running on
    without its header from ``previous`` (the last table of the page before)."""
    def lines_of(words: Sequence[Word]) -> tuple[TextLine, ...]:
        return chars_to_lines((c for w in words for c in w.parts), settings)

    boxes = [g.bbox for g in ruled]
    outside = [c for c in chars if not _inside_any(c, boxes)] if ruled else list(chars)
    words = chars_to_words(outside, settings.space_gap_ratio, settings.line_gap_ratio)
    if not ruled:
        tables, _ = words_to_tables(words, page_number, settings.aligned, lines_of=lines_of)
        if not tables and previous is not None and "aligned" in previous.method:
            continued = continue_table(words, previous, page_number, settings.aligned, lines_of=lines_of)
            tables = [continued] if continued is not None else []
        return [t.grid for t in tables]
    grids = []
    for grid in ruled:
        extended = extend_header_grid(grid, words, settings.aligned, lines_of=lines_of)
        grids.append(extended.grid if extended is not None else grid)
    # a borderless table beside a small ruled one (a box of notes, a signature table) is read too
    boxes = [g.bbox for g in grids]
    rest = [w for w in words if not any(b.x0 <= w.x_centre <= b.x1 and b.top <= w.y_centre <= b.bottom
                                        for b in boxes)]
    beside, _ = words_to_tables(rest, page_number, settings.aligned, lines_of=lines_of)
    if not beside:
        return grids
    return sorted(grids + [t.grid for t in beside], key=lambda g: (g.bbox.top, g.bbox.x0))


def _in_no_cell(grid: TableGrid, chars: Sequence[Char]) -> list[Char]:
    """Characters inside the table's box that no cell's box holds, column by column."""
    columns: list[list[BBox]] = [[] for _ in range(grid.n_columns)]
    for row in grid.rows:
        for c, cell in enumerate(row):
            if cell is not None:
                for col in range(c, min(c + cell.colspan, grid.n_columns)):
                    columns[col].append(cell.bbox)
    loose = []
    for ch in chars:
        if not _inside_any(ch, [grid.bbox]):
            continue
        col = max(0, min(grid.n_columns - 1, bisect_right(grid.column_edges, (ch["x0"] + ch["x1"]) / 2) - 1))
        if not _inside_any(ch, columns[col]):
            loose.append(ch)
    return loose


def with_stray(grid: TableGrid, chars: Sequence[Char], settings: TextLayerSettings) -> TableGrid:
    """A table found by alignment (or a ruled header over such a body) with the text inside its box
    that fell in none of its cells: what a ruled table keeps in ``table_to_grid``."""
    if grid.method in ("ruled", "open-ruled") or not grid.rows:
        return grid  # table_to_grid kept what its cells left
    return replace(grid, stray=chars_to_lines(_in_no_cell(grid, chars), settings))


def open_rule_grids(ruled: RuledPage, chars: Sequence[Char], grids: list[TableGrid],
                    settings: TextLayerSettings) -> list[TableGrid]:
    """``grids`` with a table drawn with horizontal rules only read in: its grid replaces the ruled
    grids found inside it (a shaded header, the only cells pdfplumber could close)."""
    assert settings.aligned is not None
    def words() -> list[Word]:  # only wanted when rules reach beyond the tables found
        return chars_to_words(chars, settings.space_gap_ratio, settings.line_gap_ratio)

    tables = open_tables(ruled, ruled.objects, words, [g.bbox for g in grids], settings.rulings, settings.aligned,
                         settings.pdfplumber_settings())
    found = [g for g in (table_to_grid(t, chars, ruled.page_number, settings) for t in tables) if g is not None]
    if not found:
        return grids
    boxes = [g.bbox for g in found]
    kept = [g for g in grids if not any(_overlaps(g.bbox, b) for b in boxes)]
    opened = [replace(g, method="open-ruled") for g in found]
    return sorted(kept + opened, key=lambda g: g.bbox.top)


def _overlaps(a: BBox, b: BBox) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0 and min(a.bottom, b.bottom) - max(a.top, b.top) > 0


def page_to_content(page: pdfplumber.page.Page, settings: TextLayerSettings,
                    previous: TableGrid | None = None) -> PageContent:
    """Tables and free text of one page read from its text layer. ``previous``: the last table of
    the page before, which a borderless table may run on from without repeating its header."""
    chars = page.chars
    grids = []
    # the page as its rules show it: shading strips merged, noisy lines straightened
    ruled = RuledPage(page, settings.rulings)
    for table in ruled.find_tables(settings.pdfplumber_settings()):
        grid = table_to_grid(table, chars, page.page_number, settings)
        if grid is not None:
            grids.append(grid)
    if settings.aligned is not None:
        grids = open_rule_grids(ruled, chars, grids, settings)
        grids = [with_stray(g, chars, settings) for g in aligned_grids(chars, grids, page.page_number, settings,
                                                                       previous)]
    boxes = [g.bbox for g in grids]
    free = chars_to_lines((c for c in chars if not _inside_any(c, boxes)), settings)
    return PageContent(number=page.page_number, width=float(page.width), height=float(page.height),
                       text_source="text-layer", free_lines=free, tables=tuple(grids),
                       rotation=int(page.rotation or 0))
