"""One table per sasaran, each with its own header, following each other down the pages.

Word users often start a new table for every sasaran: a page then shows the last body rows
of one table above the header of the next. ``split_grid`` cuts the body at the sasaran
starts (no merged cell crosses one); ``chain_tables`` lays the tables one after another.
"""

from __future__ import annotations

import dataclasses

from samples.generator.assemble import merge_ops
from samples.generator.table import Frame, Grid, PageOps, TableLayout, TableSpec, layout_table


def split_grid(grid: Grid, starts: list[int]) -> list[Grid]:
    bounds = [*starts, grid.n_rows]
    out: list[Grid] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        cells = tuple(dataclasses.replace(c, row=c.row - a) for c in grid.cells if a <= c.row < b)
        out.append(Grid(b - a, cells))
    return out


def chain_tables(specs: list[TableSpec], frame: Frame, gap: float, new_page: bool) -> TableLayout:
    """Each table below the one before (a ``gap`` apart), or atop a new page when ``new_page`` or
    when too little room is left for its header and a row."""
    pages: list[PageOps] = []
    y = frame.first_top
    for k, spec in enumerate(specs):
        top = frame.first_top if k == 0 else y + gap
        fresh = k > 0 and (new_page or top + 6 * spec.style.leading > frame.bottom)
        laid = layout_table(spec, dataclasses.replace(frame, first_top=frame.top if fresh else top))
        if k and not fresh:
            merge_ops(pages[-1], laid.pages[0])
            pages += laid.pages[1:]
        else:
            pages += laid.pages
        y = laid.end_y
    return TableLayout(pages, y)
