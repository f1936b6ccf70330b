"""The rows of a borderless table body, and its cells.

A row starts where every column leaves a gap clearly wider than the line spacing inside a cell,
at a list marker (`1.`, `a.`, `1.1`) in the marker column when the table prints its markers on the
first line of a row, and where one column alone leaves such a gap (the second indicator of a
sasaran whose text runs on beside it, as a merged cell would in a ruled table). A cell is a block
of lines of one column with no such gap inside; it belongs to the row where its first line is, as
a merged cell belongs to its first row. Borderless rows have no spans: every position holds a
``Cell``, with ``lines=()`` when empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from statistics import median

from extract.bands import Band, band_phrases, column_of, text_size
from extract.records import BBox, Cell, Row, TextLine
from extract.words import Word

MARKER_WORD = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[A-Za-z]|[IVXivx]{1,4})[.)]?$")
MARKER_SHARE = 0.8  # of a column's words that are markers, and of markers on a row's first line
TIGHT_EM = 0.45  # no word processor sets the lines of one paragraph further apart (x font size)
LINE_CAP_EM = 1.3  # wider gaps skip a line of the column: left out when telling the two kinds of gap apart
STEP_EM = 0.12  # the two kinds of gap leave at least this step between them
PHRASE_EM = 0.45  # words closer than this x font size are read together (as ``label_gap_em``)


def marker_column(body: Sequence[Band], edges: Sequence[float]) -> int | None:
    """The column of list markers (`I`, `1`, `1.1`, `a.`): most of what it holds is a marker."""
    flags: dict[int, list[bool]] = {}
    for band in body:
        for word in band.words:
            flags.setdefault(column_of(edges, word.x_centre), []).append(bool(MARKER_WORD.match(word.text)))
    for col in sorted(flags)[:2]:
        if len(flags[col]) >= 2 and sum(flags[col]) >= MARKER_SHARE * len(flags[col]):
            return col
    return None


def _column_lines(body: Sequence[Band], edges: Sequence[float]) -> list[list[tuple[int, list[Word]]]]:
    """Per column, its lines as (band index, words), top to bottom."""
    per_col: list[list[tuple[int, list[Word]]]] = [[] for _ in range(len(edges) - 1)]
    for i, band in enumerate(body):
        for word in band.words:
            lines = per_col[column_of(edges, word.x_centre)]
            if lines and lines[-1][0] == i:
                lines[-1][1].append(word)
            else:
                lines.append((i, [word]))
    return per_col


def _bottom(words: Sequence[Word]) -> float:
    return max(w.bbox.bottom for w in words)


def _top(words: Sequence[Word]) -> float:
    return min(w.bbox.top for w in words)


def gap_threshold(gaps: Sequence[float], size: float, row_gap_em: float) -> float:
    """The gap above which a new row starts: the best split (Otsu) of the gaps no wider than a line
    into the spacing of lines inside a cell and the space between rows, when the two groups are
    ``row_gap_em`` x font size apart. One group only: gaps between rows when they are looser than
    the lines of a paragraph, lines of cells when tight. (OCR boxes are only as tall as their
    letters, so the gaps inside one cell spread from nothing to half a line.)"""
    tight = TIGHT_EM * size
    capped = sorted(g for g in gaps if g < LINE_CAP_EM * size)
    best_k, best_score = 0, 0.0
    for k in range(1, len(capped)):
        low, high = capped[:k], capped[k:]
        score = len(low) * len(high) * (sum(high) / len(high) - sum(low) / len(low)) ** 2
        if score > best_score:
            best_k, best_score = k, score
    if best_k:
        low, high = capped[:best_k], capped[best_k:]
        if high[0] - low[-1] >= STEP_EM * size and sum(high) / len(high) - sum(low) / len(low) >= row_gap_em * size:
            return (low[-1] + high[0]) / 2
    if not capped:
        return tight
    return capped[-1] + 0.01 if median(capped) < tight else capped[0] - 0.1 * size


def column_row_gap(body: Sequence[Band], edges: Sequence[float], row_gap_em: float) -> float:
    """The row gap of a table from the gaps between consecutive lines of each column: a cell's own
    lines follow at the paragraph's spacing, the next cell below starts further down."""
    gaps = [_top(below) - _bottom(above) for lines in _column_lines(body, edges)
            for (_, above), (_, below) in zip(lines, lines[1:], strict=False)]
    return gap_threshold(gaps, text_size(body), row_gap_em)


def row_starts(body: Sequence[Band], row_gap: float, edges: Sequence[float]) -> tuple[list[int], set[int]]:
    """Band indices where rows start, and the subset where every column's cells end ("hard" starts:
    a gap across the whole table or a list marker)."""
    hard = {0} | {i for i in range(1, len(body)) if body[i].top - body[i - 1].bottom > row_gap}
    marker_col = marker_column(body, edges)
    if marker_col is not None:
        def marker_at(band: Band) -> bool:
            return any(column_of(edges, w.x_centre) == marker_col and MARKER_WORD.match(w.text) for w in band.words)

        bounds = sorted(hard) + [len(body)]
        groups = [range(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
        firsts = [marker_at(body[g[0]]) for g in groups if any(marker_at(body[i]) for i in g)]
        if firsts and sum(firsts) >= MARKER_SHARE * len(firsts):  # markers printed on a row's first line
            hard |= {i for i, band in enumerate(body) if marker_at(band)}
    soft = set()
    for lines in _column_lines(body, edges):
        for (_, above), (i, below) in zip(lines, lines[1:], strict=False):
            if _top(below) - _bottom(above) > row_gap and i not in hard:
                soft.add(i)
    return sorted(hard | soft), hard


def _spills(body: Sequence[Band], row_gap: float, hard: set[int]) -> set[int]:
    """Row starts set by a list marker alone, in a table whose other rows are parted by a gap: there a
    column's line following its cell's last line at paragraph spacing is that cell running on (a merged
    sasaran cell taller than its row), not a new cell."""
    gaps = {i for i in hard if i == 0 or body[i].top - body[i - 1].bottom > row_gap}
    marker_only = hard - gaps
    return marker_only if len(gaps) > 2 * len(marker_only) else set()


def body_to_rows(body: Sequence[Band], row_gap: float, edges: Sequence[float], top: float,
                 lines_of: Callable[[Sequence[Word]], tuple[TextLine, ...]]) -> list[Row]:
    """Body bands → grid rows of cells."""
    starts, hard = row_starts(body, row_gap, edges)
    row_of_band = [0] * len(body)
    for r, s in enumerate(starts):
        for i in range(s, starts[r + 1] if r + 1 < len(starts) else len(body)):
            row_of_band[i] = r
    n_rows, n_cols = len(starts), len(edges) - 1
    blocks: list[list[list[Word]]] = [[[] for _ in range(n_cols)] for _ in range(n_rows)]
    spill = _spills(body, row_gap, hard)
    for c, lines in enumerate(_column_lines(body, edges)):
        owner = -1
        prev: list[Word] | None = None
        for i, words in lines:
            gap = _top(words) - _bottom(prev) if prev is not None else float("inf")
            if gap > row_gap or (i in hard and not (i in spill and gap <= row_gap)):
                owner = row_of_band[i]
            blocks[owner][c].extend(words)
            prev = words
    rows: list[Row] = []
    size = text_size(body)
    for r, s in enumerate(starts):
        row_top = top if r == 0 else (body[s - 1].bottom + body[s].top) / 2
        end = starts[r + 1] if r + 1 < n_rows else len(body)
        row_bottom = (body[end - 1].bottom + body[end].top) / 2 if end < len(body) else body[-1].bottom + 2.0
        if spans_row(body[s:end], edges, PHRASE_EM * size):
            words = [w for ws in blocks[r] for w in ws]
            rows.append((Cell(lines=lines_of(words), bbox=BBox(edges[0], row_top, edges[-1], row_bottom),
                              colspan=n_cols),) + (None,) * (n_cols - 1))
            continue
        rows.append(tuple(Cell(lines=lines_of(ws) if ws else (),
                               bbox=BBox(edges[c], row_top, edges[c + 1], max(row_bottom, _bottom(ws) if ws else 0.0)))
                          for c, ws in enumerate(blocks[r])))
    return rows


def spans_row(bands: Sequence[Band], edges: Sequence[float], gap: float) -> bool:
    """A heading across the table (`Sasaran 2 : Meningkatnya realisasi investasi daerah`): every line
    of the row one phrase, and a phrase running on over a column edge, as only a merged cell lets
    text do."""
    crossing = False
    for band in bands:
        phrases = band_phrases(band, gap)
        if len(phrases) != 1:
            return False
        crossing = crossing or len({column_of(edges, w.x_centre) for w in phrases[0].words}) > 1
    return crossing
