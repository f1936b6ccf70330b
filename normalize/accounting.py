"""Nothing read is lost: every piece of text stage 1 placed inside a table, and where it ended.

Stage 1 puts each table's text in its cells, and what lies in the table's box but in no cell in the
grid's ``stray`` lines. Stitching records how it read each grid (``GridReading``: the layout, or what
the table lacked). From those two this step gives every cell and stray line one fate:

- ``row``: its column has a role whose text goes into the rows (indicator, target, hierarchy, quarters…);
- ``header``: a header row of the table, or one repeated inside its body;
- ``declined``: a column the vocabulary knows and leaves out by rule (budget, schedule, realisation,
  remarks, action, baseline, and the wordings of role ``ignore``: LOKASI, SUMBER DANA…), or a whole table of
  budgets or results without a target column: read, and not a target;
- ``furniture``: a title, column numbers, a page number, a footer or a signature block (``normalize.furniture``);
- ``unread``: anything else — a column no role reads, text outside every cell, rows above a repeated
  header that are no body rows, a table without indicator/target columns. Each such piece carries the
  reason. Once the rows are made (``ledger_against_rows``), a cell of a text or target column whose
  text is in no row is unread too: read, then lost (a record the hierarchy dropped).

Coverage is the share of a document's table words (furniture aside) that did not end unread. Unread
pieces go on the nearest output row as the flag ``unread_text`` (``unread_to_rows``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from extract.records import BBox, Cell, TableGrid, TextLine
from normalize.furniture import FURNITURE, IN_CELLS, column_number_row, furniture_kind
from normalize.header import HeaderSettings, _is_header_row
from normalize.stitch import GridReading, _heading_cell, body_rows
from normalize.text import collapse
from schemas.contract import TargetRow

Fate = Literal["row", "header", "declined", "furniture", "unread"]
# Columns the vocabulary recognises and leaves out of the rows on purpose (`ignore`: LOKASI, SUMBER DANA, …).
DECLINED_ROLES = frozenset({"remarks", "budget", "action", "schedule", "realisation", "baseline", "ignore"})
UNREAD_CONFIDENCE = 0.9  # a row beside text that was not read is worth a look, like an OCR repair
LOW_COVERAGE = 0.9  # below this share of its table words read, a document's terminal line says so


@dataclass(frozen=True, slots=True)
class Piece:
    """One cell's or stray line's text, where it was printed, what became of it and why."""

    page: int
    bbox: BBox
    text: str
    fate: Fate
    reason: str

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Ledger:
    """Every piece of table text of one document with its fate."""

    pieces: tuple[Piece, ...]

    def words(self, *fates: Fate) -> int:
        return sum(p.words for p in self.pieces if p.fate in fates)

    @property
    def unread(self) -> tuple[Piece, ...]:
        return tuple(p for p in self.pieces if p.fate == "unread")

    @property
    def coverage(self) -> float:
        """Share of the table words (furniture aside) that ended in rows, headers or known columns."""
        counted = self.words("row", "header", "declined", "unread")
        return 1.0 if counted == 0 else round(1.0 - self.words("unread") / counted, 4)

    def notes(self) -> list[str]:
        """One line for an analyst when text was left unread: on which pages, and how much."""
        if not self.unread:
            return []
        pages = page_ranges(sorted({p.page for p in self.unread}))
        return [f"unread table text on {pages} ({self.words('unread')} of "
                f"{self.words('row', 'header', 'declined', 'unread')} words; coverage {self.coverage:.4f})"]


def page_ranges(numbers: Sequence[int]) -> str:
    """``page 3``, ``pages 3, 5-7``."""
    spans: list[str] = []
    for n in numbers:
        if spans and n == int(spans[-1].split("-")[-1]) + 1:
            spans[-1] = f"{spans[-1].split('-')[0]}-{n}"
        else:
            spans.append(str(n))
    return ("pages " if len(numbers) > 1 else "page ") + ", ".join(spans)


def _furniture_or(text: str, reason: str, kinds: tuple[str, ...] = IN_CELLS) -> tuple[Fate, str]:
    kind = furniture_kind(text, kinds)
    return ("furniture", kind) if kind else ("unread", reason)


def _row_verdict(reading: GridReading, r: int, settings: HeaderSettings) -> tuple[Fate, str] | None:
    """The fate of a whole grid row, or None for a body row judged cell by cell by its column."""
    layout, row = reading.layout, reading.grid.rows[r]
    if layout is not None and not reading.read and not layout.has_targets and \
            any(role in ("budget", "realisation") for role in layout.roles):
        return "declined", "a table of budgets or results, no target column"  # known, and never targets
    if layout is None or not reading.read:
        return "unread", f"table not read: {reading.missing}"
    if r < layout.header_first and r not in body_rows(reading.grid, layout):
        return "unread", "printed above the table's header"
    if layout.header_first <= r < layout.header_rows or _is_header_row(row, settings):
        return "header", "header row"
    return None


def _column_fate(reading: GridReading, col: int) -> tuple[Fate, str]:
    layout = reading.layout
    assert layout is not None
    role = layout.roles[col] if col < len(layout.roles) else "unplaced"
    if role == "unplaced":
        label = layout.labels[col] if col < len(layout.labels) and layout.labels[col] else f"column {col + 1}"
        return "unread", f"column {label!r} is read by no role"
    if role in DECLINED_ROLES:
        return "declined", f"{role} column"
    return "row", role


def _cell_piece(grid: TableGrid, cell: Cell, fate: tuple[Fate, str]) -> Piece:
    if fate[0] == "unread":  # what a recognised title or signature is, it is not lost content
        # a title printed inside a table spans it; a narrow cell `… Tahun 2018` is content
        wide = 2 * cell.colspan >= grid.n_columns
        fate = _furniture_or(cell.text, fate[1], IN_CELLS if wide else ("signature block",))
    return Piece(page=grid.page, bbox=cell.bbox, text=collapse(cell.text), fate=fate[0], reason=fate[1])


def _row_pieces(reading: GridReading, r: int, settings: HeaderSettings) -> list[Piece]:
    row = reading.grid.rows[r]
    cells = [(c, cell) for c, cell in enumerate(row) if cell is not None and collapse(cell.text)]
    if not cells:
        return []
    verdict = _row_verdict(reading, r, settings)
    if verdict is not None and verdict[0] == "unread" and column_number_row([c.text for _, c in cells]):
        verdict = ("furniture", "column numbers")
    if verdict is not None:
        return [_cell_piece(reading.grid, cell, verdict) for _, cell in cells]
    heading = _heading_cell(row, reading.layout)  # the heading feeds the hierarchy; a note beside it does not
    return [_cell_piece(reading.grid, cell, ("row", "group heading") if cell is heading
                        else _column_fate(reading, c)) for c, cell in cells]


def _stray_piece(grid: TableGrid, line: TextLine) -> Piece:
    fate, reason = _furniture_or(line.text, "inside the table but in no cell", tuple(FURNITURE))
    return Piece(page=grid.page, bbox=line.bbox, text=line.text, fate=fate, reason=reason)


def readings_to_ledger(readings: Sequence[GridReading], settings: HeaderSettings) -> Ledger:
    """Every cell and stray line of every grid, with its fate."""
    pieces: list[Piece] = []
    for reading in readings:
        pieces += [_stray_piece(reading.grid, line) for line in reading.grid.stray]
        for r in range(len(reading.grid.rows)):
            pieces += _row_pieces(reading, r, settings)
    return Ledger(pieces=tuple(pieces))


# --- what a read column gave: did its words reach a row? -----------------------------------------

# Roles whose text goes into the rows' text fields as printed (give or take list markers, field labels
# and OCR repairs); their words must be found there. Markers, numbers, codes and units shape the rows
# without being copied into them.
TEXT_FIELD_ROLES = frozenset({"sasaran", "program", "kegiatan", "subkegiatan", "hierarchy", "heading",
                              "sasaran_indicator", "program_indicator", "indicator", "responsible"})
TEXT_FIELDS = ("sasaran", "program", "kegiatan", "subkegiatan", "indicator", "target_raw", "responsible")
REACHED_SHARE = 0.5  # of a cell's words that must be found in the rows for it to count as read into them
_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(text) if not t.isdigit()}


def rows_to_vocabulary(rows: Sequence[TargetRow]) -> frozenset[str]:
    """Every word of the rows' text fields, lower-case."""
    return frozenset(t for r in rows for f in TEXT_FIELDS for t in _tokens(getattr(r, f) or ""))


def _reached(piece: Piece, vocabulary: frozenset[str]) -> bool:
    words = _tokens(piece.text)
    return not words or len(words & vocabulary) >= REACHED_SHARE * len(words)


# Annual target columns; quarter cells are left out (a label cell `TW. 1` beside its value gives no
# target of its own).
TARGET_ROLES = frozenset({"target", "sasaran_target", "program_target"})


def _squeezed(text: str) -> str:
    """Without spaces and case: a word a narrow column broke (`Kegiata n`) matches its row."""
    return "".join(text.split()).casefold()


def _target_reached(piece: Piece, printed: Sequence[str]) -> bool:
    """A target cell gave a row when a row's target as printed is in it (a packed `TW 1 : 19 Orang`),
    or it is in one (`Laporan`, the half of `4 Laporan` a page break moved on)."""
    text = _squeezed(piece.text)
    return any(raw in text or text in raw for raw in printed)


def _checked(piece: Piece, vocabulary: frozenset[str], printed: Sequence[str]) -> Piece:
    role = piece.reason.split("@")[0]
    if piece.fate != "row":
        return piece
    if role in TEXT_FIELD_ROLES or piece.reason == "group heading":
        reached = _reached(piece, vocabulary)
    elif role in TARGET_ROLES:
        reached = _target_reached(piece, printed)
    else:
        return piece
    return piece if reached else replace(piece, fate="unread", reason=f"read as {piece.reason}, but in no output row")


def ledger_against_rows(ledger: Ledger, rows: Sequence[TargetRow]) -> Ledger:
    """The ledger with text of a read column that reached no row (a record the hierarchy dropped,
    rows lost under a wrong layout) moved to unread. Text and target columns are checked: their
    words are copied into the rows (a target as printed), so a cell that is nowhere there was lost."""
    vocabulary = rows_to_vocabulary(rows)
    printed = sorted({_squeezed(r.target_raw) for r in rows if r.target_raw.strip()})
    return Ledger(pieces=tuple(_checked(p, vocabulary, printed) for p in ledger.pieces))


# --- unread text onto the nearest row ------------------------------------------------------------

def _distance(piece: Piece, row: TargetRow) -> tuple[float, float, float]:
    """How far a row's target cell is from a piece on the same page: vertical gap first (the same
    printed row), then between their middles (cells that only touch), then horizontal gap."""
    if row.target_bbox is None:
        return math.inf, math.inf, math.inf
    x0, top, x1, bottom = row.target_bbox
    b = piece.bbox
    return (max(0.0, top - b.bottom, b.top - bottom), abs((top + bottom) - (b.top + b.bottom)) / 2,
            max(0.0, x0 - b.x1, b.x0 - x1))


def nearest_row(piece: Piece, rows: Sequence[TargetRow], by_page: dict[int, list[int]]) -> int | None:
    """The row printed nearest the piece: on its page, else the last row of the nearest page before
    it, else the first of the nearest page after it."""
    if not rows:
        return None
    same = by_page.get(piece.page)
    if same:
        return min(same, key=lambda i: _distance(piece, rows[i]))
    before = [p for p in by_page if p < piece.page]
    if before:
        return by_page[max(before)][-1]
    return by_page[min(by_page)][0]


def unread_to_rows(unread: Sequence[Piece], rows: Sequence[TargetRow]) -> dict[int, list[Piece]]:
    """Each row index with the unread pieces nearest to it."""
    by_page: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        by_page.setdefault(row.page, []).append(i)
    out: dict[int, list[Piece]] = {}
    for piece in unread:
        nearest = nearest_row(piece, rows, by_page)
        if nearest is not None:
            out.setdefault(nearest, []).append(piece)
    return out
