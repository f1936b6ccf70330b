"""Grids of many pages → one list of table records.

Per grid: header rows dropped (recognised by meaning, on every page), quarter sub-rows
grouped under the row they belong to. Across pages: a row that a page break cut in two
is joined back, and a merged cell whose text runs on at the top of the next page gets
that text back. Every join is recorded as a ``Repair``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from extract.records import BBox, Cell, DocumentContent, TableGrid
from normalize.furniture import column_number_row, furniture_kind
from normalize.header import (
    QUARTER_ROLES,
    HeaderSettings,
    TableLayout,
    _is_header_row,
    grid_to_layout,
)
from normalize.ocr_repair import repair_cell_text
from normalize.overlap import layout_by_overlap
from normalize.quarters import split_quarters
from normalize.records import Fragment, Repair, TableRecord
from normalize.text import collapse, glue_broken_word, interior_words, join_lines
from normalize.values import parse_number
from normalize.vocabulary import vocabulary

# Roles whose cell, when it starts in a grid row with text, makes that row a new record.
DEFINING_ROLES = frozenset({
    "marker", "number", "code", "sasaran", "sasaran_indicator", "sasaran_target", "program",
    "program_indicator", "program_target", "kegiatan", "subkegiatan", "hierarchy", "indicator", "target", "unit",
    "sasaran_unit", "program_unit",
})
# Roles that may hold a merged cell spanning many records (their text may run on over a page break).
SPANNING_ROLES = ("sasaran", "sasaran_indicator", "sasaran_target", "program", "program_indicator",
                  "program_target", "kegiatan", "subkegiatan", "responsible")


@dataclass(frozen=True)
class StitchSettings:
    same_text_cutoff: float = 95.0  # a target printed again on both halves of a split row counts once

    def __post_init__(self) -> None:
        if not 0 < self.same_text_cutoff <= 100:
            raise ValueError("same_text_cutoff must be in (0, 100]")


@dataclass(frozen=True)
class GridReading:
    """What stitching made of one grid: the layout its body was read with, or why it was not read."""

    grid: TableGrid
    layout: TableLayout | None  # None: no header recognised and no table before it to continue
    missing: str = ""  # empty when the body was read; else what the table lacks

    @property
    def read(self) -> bool:
        return not self.missing


def layout_missing(layout: TableLayout | None) -> str:
    """What a table lacks for its body to be read as targets ("" when nothing)."""
    if layout is None:
        return "no header row recognised"
    if "realisation" in layout.roles and not layout.has_targets:
        return "only realisation columns, no target column"
    lacking = [name for name, has in (("indicator", layout.has_indicators), ("target", layout.has_targets))
               if not has]
    return f"no column read as {'/'.join(lacking)}" if lacking else ""


@dataclass
class Stitched:
    records: list[TableRecord]
    layouts: list[TableLayout]
    notes: list[str] = field(default_factory=list)
    readings: list[GridReading] = field(default_factory=list)  # every grid of the document, in page order
    skipped_tables: int = 0
    realisation_tables: int = 0  # tables of achieved results (REALISASI) without target columns


def _cell_fragment(cell: Cell, page: int, words: set[str], role: str, ocr: bool) -> Fragment:
    text = join_lines(cell.lines, cell.bbox, words)
    rules: tuple[str, ...] = ()
    if ocr and text:
        repaired = repair_cell_text(text, role, words)
        text, rules = repaired.text, repaired.rules
    return Fragment(text=text, page=page, bbox=cell.bbox, confidence=cell.confidence, lines=cell.lines,
                    repaired=rules)


def _row_to_record(row: tuple[Cell | None, ...], layout: TableLayout, grid: TableGrid, table_index: int,
                   words: set[str]) -> TableRecord:
    rec = TableRecord(table_index=table_index, quarter_level=layout.quarter_level,
                      header_units=dict(layout.header_units))
    _add_row(rec, row, layout, grid, words)
    return rec


def _heading_cell(row: tuple[Cell | None, ...], layout: TableLayout | None = None) -> Cell | None:
    """A group heading (`Sasaran Strategis 1: …`) printed in one cell across most of the table. A note
    beside it in a column no role reads (a stray `PARAF` column) leaves it a heading."""
    unplaced = set(layout.columns("unplaced")) if layout is not None else set()
    filled = [c for i, c in enumerate(row) if c is not None and collapse(c.text) and i not in unplaced]
    if len(filled) == 1 and filled[0].colspan >= max(2, len(row) // 2):
        return filled[0]
    return None


def _add_row(rec: TableRecord, row: tuple[Cell | None, ...], layout: TableLayout, grid: TableGrid,
             words: set[str]) -> None:
    page, ocr = grid.page, grid.text_source == "ocr"
    heading = _heading_cell(row, layout)
    if heading is not None:
        rec.cells.setdefault("heading", []).append(_cell_fragment(heading, page, words, "heading", ocr))
        return
    quarter_parts: list[Fragment] = []
    for col, cell in enumerate(row):
        if cell is None or col >= len(layout.roles):
            continue
        role = layout.roles[col]
        frag = _cell_fragment(cell, page, words, role, ocr)
        if role == "quarter_area":
            if frag.text:
                quarter_parts.append(frag)
        elif role in QUARTER_ROLES:
            rec.wide_quarters.setdefault(int(role[1]), []).append(frag)
        elif role in ("ignore", "unplaced"):
            continue
        else:
            rec.cells.setdefault(role, []).append(frag)
    if quarter_parts:
        first = quarter_parts[0]
        box = BBox(min(f.bbox.x0 for f in quarter_parts), min(f.bbox.top for f in quarter_parts),
                   max(f.bbox.x1 for f in quarter_parts), max(f.bbox.bottom for f in quarter_parts))
        # label and value cells kept apart (`TW. I` | `10 Unit`), so a label OCR cut short (`Tw.`)
        # never runs into its value (`Tw. 10 Unit`)
        _glue_or_add(rec.quarter_rows, Fragment(text=" : ".join(f.text for f in quarter_parts), page=first.page,
                                         bbox=box, confidence=min(f.confidence for f in quarter_parts),
                                         repaired=tuple(r for f in quarter_parts for r in f.repaired)), words)


def _above_header_is_body(row: tuple[Cell | None, ...]) -> bool:
    """A row printed above a repeated header that is the table's body, not its title: two or more
    filled cells, none of them a title, not the row of column numbers."""
    texts = [c.text for c in row if c is not None and collapse(c.text)]
    return len(texts) >= 2 and not column_number_row(texts) and not any(furniture_kind(t, ("title",)) for t in texts)


def body_rows(grid: TableGrid, layout: TableLayout) -> list[int]:
    """The grid rows read as the table's body, top to bottom: the rows under the header, and body rows
    a page printed above its repeated header (they go on from the page before)."""
    above = [r for r in range(layout.header_first) if _above_header_is_body(grid.rows[r])]
    return above + list(range(layout.header_rows, len(grid.rows)))


def _is_defining(row: tuple[Cell | None, ...], layout: TableLayout) -> bool:
    if _heading_cell(row, layout) is not None:
        return True
    return any(cell is not None and col < len(layout.roles) and layout.roles[col].split("@")[0] in DEFINING_ROLES
               and collapse(cell.text) for col, cell in enumerate(row))


def _quarters_in(rec: TableRecord) -> list[int]:
    _, q = split_quarters(" ".join(f.text for f in rec.quarter_rows))
    return list(q)


def _own_wide_quarters(prev: TableRecord, rec: TableRecord) -> bool:
    """Quarter columns that hold a value on both sides of the break: a split row prints its values
    once, on the first half; the second half holds at most the tail of a wrapped one (a unit word)."""
    def valued(r: TableRecord) -> set[int]:
        return {q for q, frags in r.wide_quarters.items()
                if parse_number(" ".join(f.text for f in frags)) is not None}
    return bool(valued(rec) & valued(prev))


def is_continuation(prev: TableRecord, rec: TableRecord, settings: StitchSettings) -> bool:
    """Is ``rec`` (first row on a page) the rest of ``prev`` (last row on the page before)?

    Word processors print the remaining lines of every cell at the top of the next page.
    The short, top-aligned cells (marker, target) are then empty or hold only the tail of
    their text (a unit word); the quarters go on where they stopped instead of restarting at TW 1.
    """
    if any(rec.has(r) for r in ("marker", "number", "code")):
        return False
    if rec.has("heading"):
        # a group heading across the table opens a new group (`Sasaran Strategis 3: …` atop a page);
        # only a heading cut by the break runs on into another
        return set(prev.cells) == {"heading"}
    if _own_wide_quarters(prev, rec):
        return False
    new_quarters = _quarters_in(rec)
    if new_quarters:
        old = _quarters_in(prev)
        return bool(old) and min(new_quarters) > max(old)
    for role in ("target", "program_target", "sasaran_target"):
        target = rec.text(role)
        if target and parse_number(target) is not None and \
                fuzz.ratio(collapse(target), collapse(prev.text(role))) < settings.same_text_cutoff:
            return False  # a target of its own: a new row
        indicator = rec.text(role.replace("target", "indicator"))
        if target and _OPENS_INDICATOR.match(indicator):
            return False  # `Persentase BMD …` with its `100%`: a new indicator, whatever the target above
    return True


def _append(target: TableRecord, role: str, frag: Fragment, words: set[str]) -> None:
    frags = target.cells.setdefault(role, [])
    if frags and frags[-1].text and frag.text and fuzz.ratio(frags[-1].text, frag.text) == 100 \
            and role.endswith("target"):
        return  # the same target printed on both halves
    _glue_or_add(frags, frag, words)


def _glue_or_add(frags: list[Fragment], frag: Fragment, words: set[str]) -> None:
    """Add ``frag`` after ``frags``; a word the page break cut (`Lapora` | `n`) is made whole again."""
    if frags and frags[-1].text:
        glued = glue_broken_word(frags[-1].text, frag.text, words)
        if glued is not None:
            frags[-1] = replace(frags[-1], text=glued, lines=frags[-1].lines + frag.lines)
            return
    frags.append(frag)


def _merge_into(prev: TableRecord, rec: TableRecord, origins: dict[str, TableRecord], words: set[str]) -> None:
    for role, frags in rec.cells.items():
        owner = prev if prev.has(role) else origins.get(role, prev)
        for frag in frags:
            if frag.text:
                _append(owner, role, frag, words)
    for frag in rec.quarter_rows:
        _glue_or_add(prev.quarter_rows, frag, words)
    for q, frags in rec.wide_quarters.items():
        prev.wide_quarters.setdefault(q, []).extend(frags)


# A text cut after one of these words (or a comma, hyphen, slash) cannot be complete.
_OPEN_ENDINGS = frozenset({"dan", "atau", "serta", "di", "ke", "dari", "untuk", "pada", "yang", "dengan",
                           "terhadap", "bagi", "oleh", "dalam", "melalui", "antara", "sebagai", "tentang",
                           "kepada", "per", "bidang", "urusan", "&"})
# The words an indicator opens with: the rest of a cut indicator goes on mid-sentence
_OPENS_INDICATOR = re.compile(r"^(?:Jumlah|Persentase|Prosentase|Tingkat|Indeks|Nilai|Rasio|Angka|Cakupan|Capaian|"
                              r"Rata-rata|Prevalensi|Predikat|Opini|Level|Luas|Panjang|Frekuensi)\b")
# The region a standard programme name ends with (`… Pemerintahan Daerah` / `Kabupaten/Kota`): alone
# at the top of a page it is the tail of the name above, never a name of its own.
_REGION_TAIL = re.compile(r"^(?:Kabupaten\s*/\s*Kota|Kabupaten|Kota|Provinsi)\.?$", re.IGNORECASE)
_PAIRED = {"sasaran": ("sasaran_indicator", "sasaran_target"), "program": ("program_indicator", "program_target")}


def _is_open(text: str) -> bool:
    words = text.rstrip().split()
    return bool(words) and (words[-1].lower() in _OPEN_ENDINGS or text.rstrip()[-1] in ",-/")


def _runs_on(role: str, frag: Fragment, rec: TableRecord, owner: TableRecord) -> bool:
    """Does the text at the top of a page in a merged column continue the cell above it?"""
    if frag.text[:1].islower() or _is_open(owner.text(role)) or _REGION_TAIL.match(frag.text):
        return True
    paired = _PAIRED.get(role)
    # A new sasaran or program comes with its own indicator; the tail of the one above has none.
    return paired is not None and not any(rec.has(r) for r in paired) and any(owner.has(r) for r in paired)


def _continue_spanning_cells(rec: TableRecord, origins: dict[str, TableRecord], words: set[str]) -> list[Repair]:
    """Text at the top of a page in a merged column that runs on from the page before belongs to the cell above."""
    repairs = []
    for role in SPANNING_ROLES:
        frag = rec.first(role)
        owner = origins.get(role)
        if frag is None or owner is None or owner is rec:
            continue
        if _runs_on(role, frag, rec, owner):
            for f in rec.cells.pop(role):
                if f.text:
                    _append(owner, role, f, words)
            repairs.append(Repair("merged-cell-continued", f"{role}: {frag.text[:40]!r} joined to the cell above"))
    return repairs


def _layout_for(grid: TableGrid, previous: TableLayout | None, previous_grid: TableGrid | None,
                settings: HeaderSettings) -> TableLayout | None:
    layout = grid_to_layout(grid, settings)
    if layout is not None:
        return layout
    # A continuation page without a header: same columns as the table before it.
    if previous is not None and previous_grid is not None and grid.n_columns == previous_grid.n_columns:
        tol = 0.02 * max(grid.bbox.width, 1.0)
        if all(abs(a - b) <= tol for a, b in zip(grid.column_edges, previous_grid.column_edges, strict=True)):
            return replace(previous, header_rows=0, header_first=0)  # same roles, quarter level and unplaced columns
    # cut into other columns (a header-only grid saw `TRIWULAN` as one column): roles by position
    if previous is not None and previous_grid is not None:
        return layout_by_overlap(grid, previous, previous_grid)
    return None


def _same_table(a: TableLayout, b: TableLayout) -> bool:
    """Same columns by meaning; a page may split a spanning header into more or fewer grid columns."""
    def shape(layout: TableLayout) -> list[str]:
        roles = [r for r in layout.roles if r not in ("quarter_area", "ignore", "marker", "unplaced")]
        return [r for i, r in enumerate(roles) if i == 0 or r != roles[i - 1]]
    return shape(a) == shape(b)


def content_to_records(content: DocumentContent, header: HeaderSettings, settings: StitchSettings) -> Stitched:
    out = Stitched(records=[], layouts=[])
    table_index = -1
    prev_layout: TableLayout | None = None
    prev_grid: TableGrid | None = None
    last_page_of_table = 0
    origins: dict[str, TableRecord] = {}
    words = interior_words([line for page in content.pages for grid in page.tables for row in grid.rows
                            for cell in row if cell is not None for line in cell.lines]) \
        | vocabulary().lexicon | set(vocabulary().unit_variants)
    for page in content.pages:
        for grid in page.tables:
            layout = _layout_for(grid, prev_layout, prev_grid, header)
            out.readings.append(GridReading(grid, layout, layout_missing(layout)))
            if layout is None or not (layout.has_indicators and layout.has_targets):
                out.skipped_tables += 1
                if layout is not None and "realisation" in layout.roles:
                    out.realisation_tables += 1
                continue
            continues_table = (prev_layout is not None and _same_table(prev_layout, layout)
                               and grid.page - last_page_of_table <= 1)
            if not continues_table:
                table_index += 1
                origins = {}
                out.layouts.append(layout)
            for label in layout.unplaced:
                note = f"column not understood, ignored: {label!r} (page {grid.page})"
                if note not in out.notes:
                    out.notes.append(note)
            prev_layout, prev_grid, last_page_of_table = layout, grid, grid.page
            first_row = continues_table
            current: TableRecord | None = None
            for row in (grid.rows[r] for r in body_rows(grid, layout)):
                if _is_header_row(row, header):
                    continue  # a header row repeated inside the body
                if not any(c is not None and collapse(c.text) for c in row):
                    continue
                if not _is_defining(row, layout):
                    if current is None and out.records and continues_table:
                        current = out.records[-1]
                        current.repairs.append(Repair("page-break-join", f"quarter rows from page {grid.page}"))
                    if current is None:
                        current = _row_to_record(row, layout, grid, table_index, words)
                        out.records.append(current)
                    else:
                        _add_row(current, row, layout, grid, words)
                    first_row = False
                    continue
                rec = _row_to_record(row, layout, grid, table_index, words)
                if first_row and out.records and is_continuation(out.records[-1], rec, settings):
                    prev = out.records[-1]
                    _merge_into(prev, rec, origins, words)
                    prev.repairs.append(Repair("page-break-join", f"row continued on page {grid.page}"))
                    current = prev
                else:
                    if first_row:
                        rec.repairs.extend(_continue_spanning_cells(rec, origins, words))
                    out.records.append(rec)
                    current = rec
                for role in rec.cells:
                    if any(f.text for f in rec.cells[role]):
                        origins[role] = current
                first_row = False
    return out
