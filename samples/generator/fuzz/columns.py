"""The columns of a fuzzed table: which exist, in what order, under which header words.

A column is a ``Role`` with a header *path* (``("TARGET", "TW I")``: a group label over
its own); ``header_grid`` merges equal neighbouring labels into spanning header cells,
so one builder draws flat, grouped and three-level headers alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from samples.generator.table import Cell, Grid


class Role(Enum):
    NO = "no"
    CODE = "code"
    SAS = "sasaran"
    NAME = "name"
    IND = "indicator"
    UNIT = "unit"
    BASE = "baseline"
    ANN = "annual"
    QUARTER = "quarter"  # a wide quarter column (``index`` 0-3)
    TWL = "quarter_label"  # sub-row quarters: the label ...
    TWV = "quarter_value"  # ... and its value
    PACK = "packed"  # ``TW 1 : 5 Orang`` / ``TW 2 : ...`` in one cell
    BUDGET = "budget"
    PJ = "responsible"
    NOTE = "notes"


BASE_WIDTH: dict[Role, float] = {
    Role.NO: 28.0, Role.CODE: 70.0, Role.SAS: 110.0, Role.NAME: 170.0, Role.IND: 160.0, Role.UNIT: 44.0,
    Role.BASE: 46.0, Role.ANN: 46.0, Role.QUARTER: 38.0, Role.TWL: 32.0, Role.TWV: 44.0, Role.PACK: 84.0,
    Role.BUDGET: 64.0, Role.PJ: 96.0, Role.NOTE: 50.0,
}
NUMERIC: frozenset[Role] = frozenset({Role.BASE, Role.ANN, Role.QUARTER, Role.TWV, Role.BUDGET})


@dataclass(frozen=True, slots=True)
class Column:
    role: Role
    path: tuple[str, ...]
    index: int = 0  # quarter 0-3 for QUARTER; hierarchy level 0-3 for a staircase NAME column

    @property
    def base_width(self) -> float:
        if self.role is Role.NAME and self.index:
            return 100.0
        return BASE_WIDTH[self.role]


def find(columns: list[Column], role: Role, index: int = 0) -> int | None:
    for i, c in enumerate(columns):
        if c.role is role and c.index == index:
            return i
    return None


def header_grid(columns: list[Column], shade: float | None, numbers: bool) -> Grid:
    depth = max(len(c.path) for c in columns)
    cells: list[Cell] = []
    for d in range(depth):
        cells += _level_cells(columns, d, depth, shade)
    if numbers:
        cells += [Cell(depth, i, f"({i + 1})", align="center", valign="middle", bold=False, fill=shade)
                  for i in range(len(columns))]
    return Grid(depth + int(numbers), tuple(cells))


def _level_cells(columns: list[Column], d: int, depth: int, shade: float | None) -> list[Cell]:
    """Row ``d`` of the header: runs of columns sharing a label there become one cell."""
    cells: list[Cell] = []
    i = 0
    while i < len(columns):
        path = columns[i].path
        if len(path) <= d:
            i += 1
            continue
        key = (path[:d + 1], len(path) == d + 1)
        j = i + 1
        while j < len(columns) and len(columns[j].path) > d and (columns[j].path[:d + 1],
                                                                    len(columns[j].path) == d + 1) == key:
            j += 1
        rows = depth - d if key[1] else 1
        cells.append(Cell(d, i, path[d], row_span=rows, col_span=j - i, align="center", valign="middle",
                          bold=True, fill=shade))
        i = j
    return cells
