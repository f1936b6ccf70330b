"""The body grid of a fuzzed table: the plan's hierarchy in the drawn style.

Sasaran as a row of the hierarchy, as a column merged down beside it, or as a heading
row spanning the table; program, kegiatan and sub kegiatan in one column (indented or
not) or a staircase of columns, owners merged down over their block or printed once;
markers in a NO / KODE column or inline. Every grid position gets a cell, so ruled
styles draw a full grid.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from samples.generator.fuzz.cells import Formatter, IndicatorCells
from samples.generator.fuzz.columns import Column, Role, find
from samples.generator.fuzz.markers import Place, marker
from samples.generator.fuzz.traits import Traits
from samples.generator.model import Indicator, Plan, Sasaran
from samples.generator.table import Cell, Grid

HEADINGS = ("Sasaran Strategis {n}: ", "SASARAN {n} : ", "Sasaran {n} : ", "Sasaran Strategis {n} : ")
NOTES = ("", "", "", "APBD", "DAU", "Rutin", "-", "Terlaksana")


@dataclass(frozen=True, slots=True)
class NodeSpec:
    place: Place
    text: str
    indicators: list[Indicator]
    responsible: str | None = None
    budget: int | None = None


class BodyBuilder:
    def __init__(self, t: Traits, columns: list[Column], ind_cells: IndicatorCells, money: Formatter,
                 rng: random.Random, shade: float | None) -> None:
        self.t, self.columns, self.ind, self.money, self.rng, self.shade = t, columns, ind_cells, money, rng, shade
        self.cells: list[Cell] = []
        self.row = 0
        self.starts: list[int] = []  # the row where each sasaran starts
        self.heading = rng.choice(HEADINGS)
        self.indent = rng.choice((6.0, 8.0, 10.0)) if t.indent else 0.0

    def build(self, plan: Plan) -> Grid:
        run = 0
        for si, sas in enumerate(plan.sasaran, 1):
            run = self._sasaran(si, sas, run)
        return Grid(self.row, tuple(fill_gaps(self.cells, self.row, len(self.columns))))

    def _sasaran(self, si: int, sas: Sasaran, run: int) -> int:
        self.starts.append(self.row)
        if self.t.sasaran == "heading":
            self.cells.append(Cell(self.row, 0, self.heading.format(n=si) + sas.text, col_span=len(self.columns),
                                   bold=True, fill=self.shade))
            self.row += 1
        own = sas.text if self.t.sasaran == "row" else ""
        n = self._node(NodeSpec(Place(0, (si,)), own, sas.indicators))
        node_start = self.row - n
        for pi, prog in enumerate(sas.programs, 1):
            run += 1
            p0 = self.row
            pn = self._node(NodeSpec(Place(1, (si, pi), run, prog.code), prog.text, prog.indicators,
                                     prog.responsible, prog.budget))
            for ki, keg in enumerate(prog.kegiatan, 1):
                k0 = self.row
                kn = self._node(NodeSpec(Place(2, (si, pi, ki), run, keg.code), keg.text, keg.indicators,
                                         keg.responsible, keg.budget))
                for bi, sub in enumerate(keg.subkegiatan, 1):
                    bn = self._node(NodeSpec(Place(3, (si, pi, ki, bi), run, sub.code), sub.text, sub.indicators,
                                             sub.responsible, sub.budget))
                    self._owner(3, sub.text, self.row - bn, bn, bn)
                self._owner(2, keg.text, k0, kn, self.row - k0)
            self._owner(1, prog.text, p0, pn, self.row - p0)
        if self.t.sasaran == "column" or (self.t.sasaran == "row" and self.t.names == "staircase"):
            self._owner(0, sas.text, node_start, n, self.row - node_start, Role.SAS if self.t.sasaran == "column"
                        else Role.NAME)
        return run

    def _node(self, node: NodeSpec) -> int:
        """The node's own rows: marker, single-column name, indicators, responsible, budget, notes."""
        inds: list[Indicator | None] = list(node.indicators) or [None]
        heights = [self.ind.rows(i) for i in inds]
        n, top = sum(heights), self.row
        self._put(Role.NO, marker(self.t.markers, node.place), n, align="center")
        self._put(Role.CODE, marker(self.t.markers, node.place), n)
        if self.t.names == "single":
            self._single_name(node, n)
        self._blank_owners(node.place.level, n)
        self._put(Role.PJ, node.responsible or "", n)
        self._put(Role.BUDGET, "" if node.budget is None else self.money(Decimal(node.budget)), n, align="right")
        self._put(Role.NOTE, self.rng.choice(NOTES), n)
        for i, (ind, h) in enumerate(zip(inds, heights, strict=True)):
            self.cells += self.ind.cells(self.row, ind, self.rng, node.place.level, _text_span(inds, i))
            self.row += h
        assert self.row == top + n
        return n

    def _single_name(self, node: NodeSpec, n: int) -> None:
        text = node.text
        if text and self.t.marker_place == "inline" and self.t.markers != "none":
            text = f"{marker(self.t.markers, node.place)} {text}"
        col = find(self.columns, Role.NAME)
        assert col is not None
        self.cells.append(Cell(self.row, col, text, row_span=n, bold=node.place.level <= 1,
                               indent=max(0, node.place.level - 1) * self.indent))

    def _blank_owners(self, level: int, n: int) -> None:
        """Owner columns nobody's merged cell covers on these rows: one empty cell over the node's rows."""
        for col, c in enumerate(self.columns):
            if c.role is Role.NAME and self.t.names == "staircase" and c.index != level:
                covered = c.index < level and self.t.merge_owner
            elif c.role is Role.SAS:
                covered = self.t.merge_owner or level == 0
            else:
                continue
            if not covered:
                self.cells.append(Cell(self.row, col, "", row_span=n))

    def _owner(self, level: int, text: str, start: int, own: int, block: int, role: Role = Role.NAME) -> None:
        """A staircase (or sasaran column) cell: merged over its whole block, or only its own rows."""
        if role is Role.NAME and self.t.names != "staircase":
            return
        col = find(self.columns, role, level if role is Role.NAME else 0)
        if col is None:
            return
        span = block if self.t.merge_owner else own
        self.cells.append(Cell(start, col, text, row_span=max(1, span), bold=level <= 1))

    def _put(self, role: Role, text: str, n: int, align: str = "left") -> None:
        col = find(self.columns, role)
        if col is not None:
            self.cells.append(Cell(self.row, col, text, row_span=n,
                                   align="center" if align == "center" else "right" if align == "right" else "left"))


def _text_span(inds: list[Indicator | None], i: int) -> int:
    """How many indicators, from ``i``, share its text (a target split over sub-rows); 0 when ``i`` continues one."""
    texts = [ind.text if ind is not None else None for ind in inds]
    if texts[i] is None:
        return 1
    if i and texts[i - 1] == texts[i]:
        return 0
    n = 1
    while i + n < len(texts) and texts[i + n] == texts[i]:
        n += 1
    return n


def fill_gaps(cells: list[Cell], n_rows: int, n_cols: int) -> list[Cell]:
    """An empty cell wherever no cell covers a position, so every position has its borders."""
    covered = {(r, c) for cell in cells for r in range(cell.row, cell.row + cell.row_span)
               for c in range(cell.col, cell.col + cell.col_span)}
    return cells + [Cell(r, c) for r in range(n_rows) for c in range(n_cols) if (r, c) not in covered]
