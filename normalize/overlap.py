"""A headerless page's columns given the roles of the table above them by horizontal overlap.

The grid of a page is cut where its own rules and text fall: the page that printed the header may
have seen one `TRIWULAN` column where the next page's body shows its label and value apart, or the
other way round. The columns are the same place on the paper, so a column takes the role of the
earlier column it overlaps most, not the one with its index.
"""

from __future__ import annotations

from dataclasses import replace

from extract.records import TableGrid
from normalize.header import TableLayout

# share of a column's width the earlier column must cover for the column to take its role
MIN_OVERLAP_SHARE = 0.5
# the two tables' outer edges may differ by this share of the table's width and still be one table
EDGE_TOLERANCE = 0.02


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def _best_column(x0: float, x1: float, edges: tuple[float, ...]) -> int | None:
    """The earlier column covering most of [x0, x1], or None when none covers enough of it."""
    shares = [_overlap(x0, x1, edges[i], edges[i + 1]) for i in range(len(edges) - 1)]
    best = max(range(len(shares)), key=shares.__getitem__, default=None)
    if best is None or shares[best] < MIN_OVERLAP_SHARE * max(x1 - x0, 1e-6):
        return None
    return best


def layout_by_overlap(grid: TableGrid, previous: TableLayout, previous_grid: TableGrid) -> TableLayout | None:
    """``previous``'s roles carried onto ``grid``'s columns by position; None when the tables differ."""
    tol = EDGE_TOLERANCE * max(grid.bbox.width, 1.0)
    old, new = previous_grid.column_edges, grid.column_edges
    if abs(old[0] - new[0]) > tol or abs(old[-1] - new[-1]) > tol:
        return None
    picks = [_best_column(new[j], new[j + 1], old) for j in range(grid.n_columns)]
    if any(p is None for p in picks):
        return None
    chosen = [p for p in picks if p is not None]
    # header_first too: rows above the earlier page's header are no business of this headerless page
    return replace(previous, header_rows=0, header_first=0, roles=[previous.roles[p] for p in chosen],
                   labels=[previous.labels[p] for p in chosen], scores=[previous.scores[p] for p in chosen])
