"""The header of a borderless table as grid rows.

Each label (the words of one header line close enough to be read together) goes to the columns
it lies over. A column's labels stacked one under another are one cell (`PENANGGUNG` / `JAWAB`),
unless the top one is a group label: a label over several columns, or one whose column's next
label sits on the same line as the first labels of the columns beside it (`TARGET` over
`TAHUNAN TW I … TW IV`). A group label becomes a cell spanning its columns in a first header
row, its columns' own labels a second row, as a ruled grid shows them. A row of column numbers
`(1) (2) …` stays a row of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from extract.bands import Band, band_phrases, is_column_numbers
from extract.records import BBox, Cell, Row, TextLine
from extract.words import Word

SAME_LINE = 0.6  # vertical overlap (share of the lower height) of two labels on one line


@dataclass(frozen=True, slots=True)
class HeaderBlock:
    bands: tuple[Band, ...]
    top: float
    bottom: float


@dataclass(slots=True)
class _Label:
    words: tuple[Word, ...]
    columns: tuple[int, ...]

    @property
    def top(self) -> float:
        return min(w.bbox.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bbox.bottom for w in self.words)


@dataclass(slots=True)
class _Group:
    columns: tuple[int, ...]
    labels: list[_Label]
    children_top: float


def _same_line(a: _Label, b: _Label) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap >= SAME_LINE * max(0.1, min(a.bottom - a.top, b.bottom - b.top))


def _same_level(a: Sequence[_Label], b: Sequence[_Label]) -> bool:
    """Two columns' label blocks set at one level: their middles within half a line (a label centred
    over the whole header is not level with a two-line label under a group label)."""
    def middle(block: Sequence[_Label]) -> float:
        return (min(lab.top for lab in block) + max(lab.bottom for lab in block)) / 2

    line = min(lab.bottom - lab.top for lab in (*a, *b))
    return abs(middle(a) - middle(b)) <= SAME_LINE * max(0.1, line)


def _columns_under(x0: float, x1: float, edges: Sequence[float], size: float) -> tuple[int, ...]:
    cols = tuple(c for c in range(len(edges) - 1) if min(x1, edges[c + 1]) - max(x0, edges[c]) >= 0.5 * size)
    if cols:
        return cols
    centre = (x0 + x1) / 2
    return (max(0, min(len(edges) - 2, sum(e <= centre for e in edges) - 1)),)


def _labels(bands: Sequence[Band], edges: Sequence[float], label_gap_em: float) -> list[_Label]:
    labels = []
    for band in bands:
        for phrase in band_phrases(band, label_gap_em * band.size):
            labels.append(_Label(phrase.words, _columns_under(phrase.x0, phrase.x1, edges, band.size)))
    return labels


def _narrow_groups(stacks: list[list[_Label]], claimed: set[int]) -> list[_Group]:
    """Group labels no wider than one column: the label under them lines up with the first labels
    of the columns beside, which have nothing above."""
    groups = []
    n = len(stacks)
    for c in range(n):
        stack = stacks[c]
        if c in claimed or len(stack) < 2:
            continue
        for k in range(1, len(stack)):
            child = stack[k]
            if not any(0 <= m < n and m not in claimed and stacks[m] and _same_level(stacks[m], stack[k:])
                       and stacks[m][0].top > stack[0].bottom for m in (c - 1, c + 1)):
                continue
            span = [c]
            for step in (-1, 1):
                m = c + step
                while 0 <= m < n and m not in claimed and stacks[m] and _same_level(stacks[m], stack[k:]) \
                        and stacks[m][0].top > stack[0].bottom:
                    span.append(m)
                    m += step
            cols = tuple(sorted(span))
            groups.append(_Group(cols, stack[:k], child.top))
            stacks[c] = stack[k:]
            claimed.update(cols)
            break
    return groups


def header_cells(block: HeaderBlock, edges: Sequence[float], label_gap_em: float,
                 lines_of: Callable[[Sequence[Word]], tuple[TextLine, ...]]) -> list[Row]:
    n = len(edges) - 1
    number_bands = [b for b in block.bands if is_column_numbers(b)]
    label_bands = [b for b in block.bands if not is_column_numbers(b)]
    labels = _labels(label_bands, edges, label_gap_em)
    stacks: list[list[_Label]] = [[] for _ in range(n)]
    groups: list[_Group] = []
    claimed: set[int] = set()
    for label in sorted(labels, key=lambda lab: lab.top):
        if len(label.columns) > 1 and not claimed.intersection(label.columns):
            below = [lab.top for lab in labels if lab.top >= label.bottom and set(lab.columns) <= set(label.columns)]
            groups.append(_Group(label.columns, [label], min(below, default=label.bottom)))
            claimed.update(label.columns)
        else:
            stacks[label.columns[0]].append(label)
    groups += _narrow_groups(stacks, claimed)

    labels_bottom = max((b.bottom for b in label_bands), default=block.top)
    numbers_top = min((b.top for b in number_bands), default=block.bottom)
    split = min((g.children_top for g in groups), default=labels_bottom) - 1.0
    rows: list[Row] = []

    def cell(words: Sequence[Word], c0: int, c1: int, top: float, bottom: float) -> Cell:
        return Cell(lines=lines_of(words) if words else (), bbox=BBox(edges[c0], top, edges[c1], bottom),
                    colspan=c1 - c0)

    label_bottom = (labels_bottom + numbers_top) / 2 if number_bands else block.bottom
    if groups:
        first: list[Cell | None] = [None] * n
        second: list[Cell | None] = [None] * n
        for g in groups:
            c0, c1 = g.columns[0], g.columns[-1] + 1
            first[c0] = cell([w for lab in g.labels for w in lab.words], c0, c1, block.top, split)
        for c in range(n):
            words = [w for lab in stacks[c] for w in lab.words]
            if c in claimed:
                second[c] = cell(words, c, c + 1, split, label_bottom)
            else:
                first[c] = cell(words, c, c + 1, block.top, split)
                second[c] = cell((), c, c + 1, split, label_bottom)
        rows += [tuple(first), tuple(second)]
    elif label_bands:
        rows.append(tuple(cell([w for lab in stacks[c] for w in lab.words], c, c + 1, block.top, label_bottom)
                          for c in range(n)))
    if number_bands:
        per_col: list[list[Word]] = [[] for _ in range(n)]
        for band in number_bands:
            for w in band.words:
                per_col[_columns_under(w.bbox.x0, w.bbox.x1, edges, 0.0)[0]].append(w)
        rows.append(tuple(cell(ws, c, c + 1, label_bottom, block.bottom) for c, ws in enumerate(per_col)))
    return rows
