"""Borderless tables: no ruling lines, columns only by whitespace.

The chain, one pure function a step:
``words_to_bands`` (printed lines across the page) → ``find_header`` (a block of short,
upper-case or bold labels such as NO, INDIKATOR KINERJA, TARGET, TW I; ``aligned_labels``) →
``body_bands`` (below it, to the signature block, a wide gap or the page end) →
``bands_to_columns`` (x gaps empty in every body line, plus header labels over columns that are
empty in the body) → ``header_cells`` (``aligned_header``) and ``body_to_rows`` (a vertical gap
clearly wider than the line spacing inside a cell, or a list marker, starts a row;
``aligned_rows``) → ``TableGrid`` with the same records the ruled path makes. Two more entries:
``extend_header_grid`` (a ruled, shaded header over a borderless body) and ``continue_table`` (a
page running on without the header). Header cells may span the columns of a
group label (TARGET over TAHUNAN, TW I … TW IV); body cells never span: every position holds a
``Cell``, ``lines=()`` when empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from statistics import median

from extract.aligned_header import HeaderBlock, header_cells
from extract.aligned_labels import find_header, is_header_line, is_header_only
from extract.aligned_rows import body_to_rows, column_row_gap, gap_threshold
from extract.aligned_settings import AlignedSettings
from extract.bands import Band, band_phrases, column_of, text_size, words_to_bands
from extract.records import BBox, TableGrid, TextLine, TextSource
from extract.words import Word

LinesOf = Callable[[Sequence[Word]], tuple[TextLine, ...]]

DATE_LINE = re.compile(r",\s*\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|"
                       r"november|desember)\s+\d{4}", re.IGNORECASE)
SIGNATURE_CUES = ("mengetahui", "ditetapkan di", "disahkan")
SPLIT_SHARE = 0.1  # a column under two labels is cut where at most this share of its lines cross
# OCR of a low-resolution scan may lose a whole text line of a table (a faint one), leaving a gap
# a little wider than the gap that ends a table: up to this many times that gap, a line set in
# columns (as a row is; a note or a signature line is not) carries the table on
LOST_LINE_GAP = 2.0


# --- the body ----------------------------------------------------------------------------------

def _ends_table(band: Band) -> bool:
    text = band.text
    return bool(DATE_LINE.search(text)) or text.lower().startswith(SIGNATURE_CUES)


def body_bands(bands: Sequence[Band], end_of_header: int, settings: AlignedSettings) -> list[Band]:
    """The bands of the table body: to the signature block, a header of the next table, or a gap
    much wider than the gaps between rows."""
    candidates: list[Band] = []
    for band in bands[end_of_header:]:
        if _ends_table(band) or is_header_line(band, settings):
            break
        candidates.append(band)
    if not candidates:
        return []
    size = text_size(candidates)
    gaps = [b.top - a.bottom for a, b in zip(candidates, candidates[1:], strict=False)]
    row_gap = gap_threshold(gaps, size, settings.row_gap_em)
    row_gaps = [g for g in gaps if row_gap < g < 2.0 * size] or [max(row_gap, 0.0)]
    end_gap = max(settings.end_gap_em * size, 2.0 * median(row_gaps))
    body = candidates[:1]
    for gap, band in zip(gaps, candidates[1:], strict=True):
        if gap > end_gap and not (gap <= LOST_LINE_GAP * end_gap and _set_in_columns(band, settings)):
            break
        body.append(band)
    return body


def _set_in_columns(band: Band, settings: AlignedSettings) -> bool:
    """Printed in several columns, as a table row is (a note or a signature line is one phrase)."""
    return len(band_phrases(band, settings.label_gap_em * band.size)) >= settings.min_columns


# --- columns -----------------------------------------------------------------------------------

def _merge(intervals: list[tuple[float, float]], gap: float) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for x0, x1 in sorted(intervals):
        if merged and x0 - merged[-1][1] < gap:
            merged[-1] = (merged[-1][0], max(merged[-1][1], x1))
        else:
            merged.append((x0, x1))
    return merged


def _place_lonely_labels(columns: list[tuple[float, float]], lonely: list[tuple[float, float]],
                         labels: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A header label over no body text heads the unlabelled column beside it (`NO` centred over
    markers set flush left), or else a column that is empty in the body (`KET`)."""
    def labelled(col: tuple[float, float]) -> bool:
        return any(x0 < col[1] and col[0] < x1 for x0, x1 in labels)

    out = sorted(columns)
    for lab in lonely:
        i = sum(c[0] < lab[0] for c in out)  # columns to its left
        beside = [j for j in (i - 1, i) if 0 <= j < len(out) and not labelled(out[j])]
        if beside:
            j = min(beside, key=lambda k: min(abs(out[k][1] - lab[0]), abs(lab[1] - out[k][0])))
            out[j] = (min(out[j][0], lab[0]), max(out[j][1], lab[1]))
        else:
            out.insert(i, lab)
    return out


def _emptiest(lo: float, hi: float, ink: Sequence[tuple[float, float]]) -> tuple[float, float, int]:
    """The longest run of x between ``lo`` and ``hi`` crossed by the fewest words: (start, end, words)."""
    best = (lo, lo, len(ink) + 1)
    run_start, run_count = lo, -1
    x = lo
    while x <= hi + 0.25:
        count = sum(a <= x <= b for a, b in ink) if x <= hi else -2
        if count != run_count:
            if run_count >= 0 and (run_count, -(x - run_start)) < (best[2], -(best[1] - best[0])):
                best = (run_start, x, run_count)
            run_start, run_count = x, count
        x += 0.5
    return best


def _split_by_labels(columns: list[tuple[float, float]], labels: list[tuple[float, float]],
                     ink: Sequence[tuple[float, float]], n_bands: int) -> list[tuple[float, float]]:
    """A body column under two header labels side by side is two columns whose gutter a word or
    two crosses (OCR boxes, text set close to the cell's edge): cut it where the fewest words cross,
    between the labels' centres, when that is almost no line."""
    stacks = _merge(labels, 0.0)  # a column's labels one under another
    out: list[tuple[float, float]] = []
    for x0, x1 in columns:
        over = [s for s in stacks if x0 <= (s[0] + s[1]) / 2 <= x1]
        start = x0
        for a, b in zip(over, over[1:], strict=False):
            lo, hi, crossing = _emptiest((a[0] + a[1]) / 2, (b[0] + b[1]) / 2, ink)
            if crossing <= max(1, SPLIT_SHARE * n_bands) and lo > start:
                out.append((start, lo))
                start = hi
        out.append((start, x1))
    return out


def bands_to_columns(header: Sequence[Band], body: Sequence[Band], settings: AlignedSettings) -> list[float]:
    """Column edges: gutters empty on every body line (a heading spanning the table left out),
    plus a column for each header label over a column that is empty in the body."""
    size = median(w.font_size for b in body for w in b.words)  # a speck's band counts for what it holds
    left = min(w.bbox.x0 for b in body for w in b.words)
    right = max(w.bbox.x1 for b in body for w in b.words)
    width = max(right - left, 1.0)
    intervals = []
    support: list[tuple[float, int]] = []  # (x centre, band) of every word placed
    for i, band in enumerate(body):
        phrases = band_phrases(band, settings.label_gap_em * size)
        if len(body) > 2 and any(p.x1 - p.x0 > settings.spanning_share * width for p in phrases):
            continue
        # marks without a letter or digit (`-`, OCR specks such as `—`) sit in columns, they never make one
        words = [w for w in band.words if any(ch.isalnum() for ch in w.text)]
        intervals += [(w.bbox.x0, w.bbox.x1) for w in words]
        support += [(w.x_centre, i) for w in words]
    labels = [(p.x0, p.x1) for band in header for p in band_phrases(band, settings.label_gap_em * band.size)]
    columns = _merge(intervals, settings.gutter_em * size)
    if len(body) >= 4:  # a column held up by one line and no header label is a stray, not a column
        columns = [c for c in columns if any(x0 < c[1] and c[0] < x1 for x0, x1 in labels)
                   or len({i for x, i in support if c[0] <= x <= c[1]}) >= 2] or columns
    columns = _split_by_labels(columns, labels, intervals, len(body))

    def hits(lab: tuple[float, float]) -> int:
        return sum(lab[0] < c[1] and c[0] < lab[1] for c in columns)

    anchors = [lab for lab in labels if hits(lab) == 1]
    # over no body text, and not stacked under or over a label that is (`JAWAB` under `PENANGGUNG`)
    lonely = [lab for lab in labels if not hits(lab) and not any(lab[0] < a[1] and a[0] < lab[1] for a in anchors)]
    columns = _place_lonely_labels(columns, _merge(lonely, settings.gutter_em * size), labels)
    # header labels over one column widen it (a label is often wider than what the column holds)
    widened = list(columns)
    for x0, x1 in labels:
        hit = [i for i, c in enumerate(columns) if x0 < c[1] and c[0] < x1]
        if len(hit) == 1:
            i = hit[0]
            lo = max(min(widened[i][0], x0), columns[i - 1][1] + 1.0 if i else float("-inf"))
            hi = min(max(widened[i][1], x1), columns[i + 1][0] - 1.0 if i + 1 < len(columns) else float("inf"))
            widened[i] = (lo, hi)
    gutters = [b[0] - a[1] for a, b in zip(widened, widened[1:], strict=False)]
    pad = min(6.0, max(1.0, min(gutters, default=2 * size) / 2))
    edges = [widened[0][0] - pad]
    edges += [(a[1] + b[0]) / 2 for a, b in zip(widened, widened[1:], strict=False)]
    edges.append(widened[-1][1] + pad)
    return edges


# --- the grid ----------------------------------------------------------------------------------

def default_lines(words: Sequence[Word]) -> tuple[TextLine, ...]:
    """A cell's words as printed lines (used where nothing better is given, e.g. in tests)."""
    lines = []
    for band in words_to_bands(words):
        ws = band.words
        lines.append(TextLine(text=" ".join(w.text for w in ws),
                              bbox=BBox(ws[0].bbox.x0, band.top, max(w.bbox.x1 for w in ws), band.bottom),
                              font_size=max(w.font_size for w in ws), bold=sum(w.bold for w in ws) > len(ws) / 2,
                              confidence=round(sum(w.confidence for w in ws) / len(ws), 3)))
    return tuple(lines)


@dataclass(frozen=True)
class AlignedTable:
    grid: TableGrid
    words: tuple[Word, ...] = field(default_factory=tuple)  # the words it holds
    header: tuple[Word, ...] = field(default_factory=tuple)  # those of them in its header


def words_to_tables(words: Sequence[Word], page_number: int, settings: AlignedSettings | None = None, *,
                    lines_of: LinesOf = default_lines, method: str = "aligned",
                    text_source: TextSource = "text-layer") -> tuple[list[AlignedTable], list[Word]]:
    """Every borderless table on a page, and the words outside them (titles, signature block)."""
    settings = settings or AlignedSettings()
    bands = words_to_bands(words)
    tables: list[AlignedTable] = []
    used: set[int] = set()
    start = 0
    while (found := find_header(bands, start, settings)) is not None:
        first, end = found
        body = body_bands(bands, end, settings)
        start = end + len(body)
        if len(body) < settings.min_body_rows:
            continue
        header = list(bands[first:end])
        edges = bands_to_columns(header, body, settings)
        if len(edges) - 1 < settings.min_columns:
            continue
        body_top = (header[-1].bottom + body[0].top) / 2
        head = header_cells(HeaderBlock(tuple(header), top=header[0].top - 2.0, bottom=body_top), edges,
                            settings.label_gap_em, lines_of)
        rows = body_to_rows(body, column_row_gap(body, edges, settings.row_gap_em), edges, body_top, lines_of)
        if len(rows) < settings.min_body_rows:
            continue
        grid = TableGrid(page=page_number, bbox=BBox(edges[0], header[0].top - 2.0, edges[-1], body[-1].bottom + 2.0),
                         method=method, rows=tuple(head) + tuple(rows), column_edges=tuple(edges),
                         text_source=text_source)
        held = tuple(w for b in header + body for w in b.words)
        used.update(id(w) for w in held)
        tables.append(AlignedTable(grid, held, tuple(w for b in header for w in b.words)))
    return tables, [w for w in words if id(w) not in used]


def lines_to_grid(words: Sequence[Word], page_number: int, settings: AlignedSettings | None = None, *,
                  lines_of: LinesOf = default_lines, method: str = "aligned",
                  text_source: TextSource = "text-layer") -> TableGrid | None:
    """The first borderless table on a page, or None when the page holds none."""
    tables, _ = words_to_tables(words, page_number, settings, lines_of=lines_of, method=method,
                                text_source=text_source)
    return tables[0].grid if tables else None


# --- a ruled header over a borderless body -------------------------------------------------------

def extend_header_grid(grid: TableGrid, words: Sequence[Word], settings: AlignedSettings | None = None, *,
                       lines_of: LinesOf = default_lines) -> AlignedTable | None:
    """A ruled header (shaded cells drawn as rectangles) with the borderless body printed under it:
    the body's rows read by alignment into the header's own columns. None when ``grid`` is more
    than a header or nothing table-like follows it."""
    settings = settings or AlignedSettings()
    if not is_header_only(grid, settings.header_words):
        return None
    box = grid.bbox
    below = [w for w in words if w.bbox.top >= box.bottom - 1.0 and box.x0 - 2.0 <= w.x_centre <= box.x1 + 2.0]
    bands = words_to_bands(below)
    if not bands or bands[0].top - box.bottom > settings.end_gap_em * bands[0].size:
        return None
    body = body_bands(bands, 0, settings)
    if len(body) < settings.min_body_rows:
        return None
    edges = grid.column_edges
    rows = body_to_rows(body, column_row_gap(body, edges, settings.row_gap_em), edges, box.bottom, lines_of)
    extended = TableGrid(page=grid.page, bbox=BBox(box.x0, box.top, box.x1, max(box.bottom, body[-1].bottom + 2.0)),
                         method=f"{grid.method}+aligned", rows=grid.rows + tuple(rows),
                         column_edges=grid.column_edges, text_source=grid.text_source, stray=grid.stray)
    return AlignedTable(extended, tuple(w for b in body for w in b.words))


# --- a continuation page without the header ----------------------------------------------------

CONTINUED_SHARE = 0.9  # of a continuation's words that must sit inside one column of the table before


def _refit_edges(edges: Sequence[float], body: Sequence[Band], gutter: float) -> list[float]:
    """The previous page's column edges moved out of this page's text: an edge that cuts through a
    run of ink goes to the middle of the nearer gutter beside it (the previous page's columns held
    shorter text, so its gutters, and the edges in their middle, sat elsewhere)."""
    ink = _merge([(w.bbox.x0, w.bbox.x1) for b in body for w in b.words if any(ch.isalnum() for ch in w.text)],
                 gutter)
    out = [edges[0]]
    for e in edges[1:-1]:
        i = next((k for k, (a, b) in enumerate(ink) if a < e < b), None)
        if i is not None:
            left = (ink[i - 1][1] + ink[i][0]) / 2 if i > 0 else None
            right = (ink[i][1] + ink[i + 1][0]) / 2 if i + 1 < len(ink) else None
            options = [x for x in (left, right) if x is not None and out[-1] < x]
            if options:
                e = min(options, key=lambda x: abs(x - e))
        out.append(max(e, out[-1] + 1.0))
    out.append(max(edges[-1], out[-1] + 1.0))
    return out


def continue_table(words: Sequence[Word], previous: TableGrid, page_number: int,
                   settings: AlignedSettings | None = None, *, lines_of: LinesOf = default_lines,
                   method: str = "aligned") -> AlignedTable | None:
    """The body of a borderless table running on from the page before without its header: rows
    read into the previous page's columns, so stage 2 can carry that page's header over. None when
    what tops the page does not fit those columns."""
    settings = settings or AlignedSettings()
    x0, x1 = previous.column_edges[0], previous.column_edges[-1]
    inside = [w for w in words if x0 - 2.0 <= w.x_centre <= x1 + 2.0]
    bands = words_to_bands(inside)

    def columns_used(band: Band, edges: Sequence[float]) -> set[int]:
        return {column_of(edges, w.x_centre) for w in band.words}

    start = next((i for i, b in enumerate(bands) if len(columns_used(b, previous.column_edges)) >= 2), None)
    if start is None or any(is_header_line(b, settings) for b in bands[start:start + 3]):
        return None
    body = body_bands(bands, start, settings)
    if len(body) < settings.min_body_rows:
        return None
    edges = _refit_edges(previous.column_edges, body, settings.gutter_em * median(b.size for b in body))
    held = [w for b in body for w in b.words]
    if len({c for b in body for c in columns_used(b, edges)}) < settings.min_columns:
        return None

    def fits(w: Word) -> bool:
        c = column_of(edges, w.x_centre)
        return min(w.bbox.x1, edges[c + 1]) - max(w.bbox.x0, edges[c]) >= 0.8 * w.bbox.width

    if sum(fits(w) for w in held) < CONTINUED_SHARE * len(held):
        return None
    top = body[0].top - 2.0
    rows = body_to_rows(body, column_row_gap(body, edges, settings.row_gap_em), edges, top, lines_of)
    grid = TableGrid(page=page_number, bbox=BBox(x0, top, x1, body[-1].bottom + 2.0), method=method,
                     rows=tuple(rows), column_edges=tuple(edges), text_source=previous.text_source)
    return AlignedTable(grid, tuple(held))
