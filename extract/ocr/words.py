"""Words read by Tesseract → printed lines → table cells and free lines.

Pure functions. Word boxes are in image pixels; everything returned is in PDF points.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from statistics import median

import numpy as np

from extract.ocr.ruling import GridLayout
from extract.ocr.tesseract import OcrWord
from extract.records import BBox, Cell, Row, TableGrid, TextLine
from extract.words import Word

# a gap wider than this many word heights splits a line (two columns of a signature block)
LINE_GAP_HEIGHTS = 3.0


RULING_RESIDUE = "|_[]"
# blank pixel rows inside one word's print (the dot of an `i` over its stem) are at most this
# share of the box's height; a wider blank parts the word from a neighbour line reaching into its box
INK_JOIN_SHARE = 0.08
# a "word" smaller every way than this share of the page's word height, read with less than
# SPECK_CONFIDENCE, is a speck of dirt Tesseract made a letter of (`h`, `.`, `—.`); a printed
# dash (no target) is as small but read surely
SPECK_SHARE = 0.3
SPECK_CONFIDENCE = 50.0
# marks no RENAKSI cell holds alone (a dash does: no target): read alone, they are dirt on the paper
LONE_MARKS = frozenset(".,:;'`‘’")


def drop_ruling_residue(words: Iterable[OcrWord], inside: tuple[int, int] | None = None) -> list[OcrWord]:
    """Words made of bits of a table ruling left on the image (``|``, ``_``, ``[``) are dropped, and
    such bits stuck to the end of a word are cut off. Nothing in a RENAKSI cell is written with them.

    ``inside``: the x range of a cell's interior, away from its rulings. A lone stroke there is no
    ruling: it is a serif ``1`` that Tesseract read as ``]`` or ``|`` and is kept as read."""
    kept = []
    for word in words:
        text = word.text.strip(RULING_RESIDUE)
        if not text:
            if inside is not None and inside[0] <= word.left and word.right <= inside[1] and len(word.text) == 1:
                kept.append(word)
            continue
        kept.append(word if text == word.text else replace(word, text=text))
    return kept


def _vertical_overlap(a_top: float, a_bottom: float, b_top: float, b_bottom: float) -> float:
    inter = min(a_bottom, b_bottom) - max(a_top, b_top)
    return inter / max(1.0, min(a_bottom - a_top, b_bottom - b_top))


def words_to_line_groups(words: Iterable[OcrWord], *, split_at_gaps: bool) -> list[list[OcrWord]]:
    """Words grouped into printed lines by vertical overlap, each line left to right, lines top to
    bottom. With ``split_at_gaps`` (text outside tables) a line is split where the gap between two
    words is much wider than the text is tall (two columns of a signature block); inside a cell it
    is not (justified text, a list dash set apart from its item)."""
    lines: list[list[OcrWord]] = []
    for word in sorted(words, key=lambda w: (w.centre[1], w.left)):
        for line in lines:
            top = median(w.top for w in line)
            bottom = median(w.bottom for w in line)
            if _vertical_overlap(top, bottom, word.top, word.bottom) >= 0.5:
                line.append(word)
                break
        else:
            lines.append([word])
    result: list[list[OcrWord]] = []
    for line in lines:
        line.sort(key=lambda w: w.left)
        height = max(w.height for w in line)
        current = [line[0]]
        for word in line[1:]:
            if split_at_gaps and word.left - current[-1].right > LINE_GAP_HEIGHTS * height:
                result.append(current)
                current = []
            current.append(word)
        result.append(current)
    result.sort(key=lambda ws: (min(w.top for w in ws), ws[0].left))
    return result


def words_to_text_line(words: Sequence[OcrWord], points_per_pixel: float) -> TextLine:
    s = points_per_pixel
    top = min(w.top for w in words)
    bottom = max(w.bottom for w in words)
    return TextLine(
        text=" ".join(w.text for w in words),
        bbox=BBox(words[0].left * s, top * s, max(w.right for w in words) * s, bottom * s),
        font_size=round(median(w.height for w in words) * s, 1),
        confidence=round(sum(w.confidence for w in words) / len(words) / 100.0, 3),
    )


def words_to_text_lines(
    words: Iterable[OcrWord], points_per_pixel: float, *, split_at_gaps: bool = True
) -> tuple[TextLine, ...]:
    groups = words_to_line_groups(words, split_at_gaps=split_at_gaps)
    return tuple(words_to_text_line(group, points_per_pixel) for group in groups)


def _contains(bbox: BBox, x: float, y: float) -> bool:
    return bbox.x0 <= x < bbox.x1 and bbox.top <= y < bbox.bottom


def layout_to_grid(
    layout: GridLayout,
    words: Sequence[OcrWord],
    *,
    page_number: int,
    method: str,
    points_per_pixel: float,
) -> tuple[TableGrid, list[OcrWord]]:
    """Fill a table's cells with the words whose box centre lies inside them.
    Returns the grid and the words left outside every cell."""
    s = points_per_pixel
    per_cell: list[list[OcrWord]] = [[] for _ in layout.cells]
    outside: list[OcrWord] = []
    for word in words:
        cx, cy = word.centre
        x, y = cx * s, cy * s
        for index, (_, _, _, _, bbox) in enumerate(layout.cells):
            if _contains(bbox, x, y):
                per_cell[index].append(word)
                break
        else:
            outside.append(word)
    return cells_to_grid(layout, per_cell, page_number=page_number, method=method,
                         points_per_pixel=points_per_pixel), outside


def cells_to_grid(
    layout: GridLayout,
    per_cell: Sequence[Sequence[OcrWord]],
    *,
    page_number: int,
    method: str,
    points_per_pixel: float,
) -> TableGrid:
    """The grid of a table whose cells' words are known (``per_cell`` in the order of ``layout.cells``)."""
    s = points_per_pixel
    n_rows, n_cols = layout.shape
    grid: list[list[Cell | None]] = [[None] * n_cols for _ in range(n_rows)]
    for (row, col, rowspan, colspan, bbox), cell_words in zip(layout.cells, per_cell, strict=True):
        grid[row][col] = Cell(
            lines=words_to_text_lines(cell_words, s, split_at_gaps=False), bbox=bbox, rowspan=rowspan, colspan=colspan
        )
    rows: tuple[Row, ...] = tuple(tuple(r) for r in grid)
    return TableGrid(
        page=page_number,
        bbox=layout.bbox,
        method=method,
        rows=rows,
        column_edges=layout.column_edges,
        text_source="ocr",
    )


# Share of the font size a word's print spans, by the letters in it (Latin book and sans fonts):
# capitals, digits and ascenders reach the cap height, descenders hang below the baseline
CAP_SHARE = 0.72  # `TARGET`, `2024`, `Lokasi` without a descender, `yang` without an ascender
X_SHARE = 0.52  # `umum`, `saran`: x-height letters only
FULL_SHARE = 0.93  # `Jumlah`, `Pengadaan`: an ascender and a descender
TALL = frozenset("bdfhiklt")  # lower case letters (and the dot of an i) reaching about the cap height
DESCENDING = frozenset("gjpqy")


def em_share(text: str) -> float:
    """Share of the font size the ink of ``text`` spans (1.0 for marks: nothing to tell by)."""
    letters = [ch for ch in text if ch.isalnum()]
    if not letters:
        return 1.0
    tall = any(ch.isupper() or ch.isdigit() or ch in TALL for ch in letters)
    descends = any(ch in DESCENDING for ch in letters)
    if tall and descends:
        return FULL_SHARE
    return CAP_SHARE if tall or descends else X_SHARE


def ocr_words_to_words(words: Iterable[OcrWord], points_per_pixel: float) -> list[Word]:
    """OCR words as the aligned-table finder takes them: boxes in points, the OCR word kept in
    ``parts``. An OCR box is as tall as the word's print, so its font size is told from its letters:
    a line of capitals (a header) is otherwise taken for a smaller font than the lines under it,
    and the space between two of its words for the gap between two labels."""
    s = points_per_pixel
    return [Word(text=w.text, bbox=BBox(w.left * s, w.top * s, w.right * s, w.bottom * s),
                 font_size=w.height * s / em_share(w.text), confidence=round(w.confidence / 100.0, 3), parts=(w,))
            for w in words]


def ocr_lines_of(points_per_pixel: float) -> Callable[[Sequence[Word]], tuple[TextLine, ...]]:
    """How an aligned table's cell makes its lines from OCR words: as a ruled cell does."""
    def lines_of(words: Sequence[Word]) -> tuple[TextLine, ...]:
        return words_to_text_lines([w.parts[0] for w in words], points_per_pixel, split_at_gaps=False)

    return lines_of


def _ink_runs(rows: np.ndarray, join: int) -> list[tuple[int, int, int]]:
    """(first, end, ink) of each run of inked pixel rows, runs at most ``join`` blank rows apart joined."""
    runs: list[tuple[int, int, int]] = []
    for y in map(int, np.flatnonzero(rows)):
        if runs and y - runs[-1][1] <= join:
            first, _, ink = runs[-1]
            runs[-1] = (first, y + 1, ink + int(rows[y]))
        else:
            runs.append((y, y + 1, int(rows[y])))
    return runs


def fit_to_ink(words: Iterable[OcrWord], ink: np.ndarray) -> list[OcrWord]:
    """Word boxes cut down to the rows their letters are printed in (``ink``: the page, ink > 0).

    On a blurred low-resolution page Tesseract gives every word of a text line the line's full
    height, taller than its print: the lines of one table cell then overlap and the gap between
    two rows shrinks to what lies between two lines of a cell, so rows are no longer told apart."""
    fitted = []
    for word in words:
        box = ink[max(0, word.top):word.bottom, max(0, word.left):word.right]
        runs = _ink_runs(np.count_nonzero(box, axis=1), max(1, round(INK_JOIN_SHARE * word.height)))
        if not runs:
            fitted.append(word)
            continue
        first, end, _ = max(runs, key=lambda r: r[2])
        top = max(0, word.top) + first
        fitted.append(replace(word, top=top, height=end - first))
    return fitted


def drop_specks(words: Sequence[OcrWord]) -> list[OcrWord]:
    """Words that are specks of dirt left out. On a borderless page a speck above a text line
    starts a line of its own, and with it a table row the line's words then join; in the quarter
    cells of a row with an annual target only it makes four quarter targets of nothing."""
    if not words:
        return []
    tiny = SPECK_SHARE * median(w.height for w in words)

    def speck(w: OcrWord) -> bool:
        # small every way; or letters flatter than any printed letter (a streak: `vo`); a dash is as flat
        small = max(w.width, w.height) < tiny or (w.height < tiny and any(ch.isalnum() for ch in w.text))
        return small and w.confidence < SPECK_CONFIDENCE

    return [w for w in words if not speck(w) and not set(w.text) <= LONE_MARKS]
