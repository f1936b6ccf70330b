"""The cells of one indicator's rows: its text, unit, baseline, annual and quarter targets."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from samples.generator.fuzz.columns import Column, Role, find
from samples.generator.model import Indicator, Target
from samples.generator.table import Cell
from samples.generator.targets import NumberStyle, format_number

_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
FIELD_LABELS = ("Outcome: ", "Outcome: ", "Output: ", "Output: ")  # by level: removed by a reader, like markers
Formatter = Callable[[Decimal], str]


def number_formatter(english: bool) -> Formatter:
    from samples.generator.fuzz.rewrite import english_number

    if english:
        return english_number
    return lambda v: format_number(v, NumberStyle(decimal_comma=True, thousands_dot=True))


@dataclass(frozen=True, slots=True)
class IndicatorCells:
    """How one document prints an indicator's row(s)."""

    columns: list[Column]
    quarters: str  # the trait: none, wide, subrows, packed
    labels: tuple[str, ...]
    packed_sep: str
    number: Formatter
    field_labels: bool = False

    def rows(self, ind: Indicator | None) -> int:
        return 4 if self.quarters == "subrows" and ind is not None and ind.quarters is not None else 1

    def cells(self, row: int, ind: Indicator | None, rng: random.Random, level: int, span: int = 1) -> list[Cell]:
        """The indicator's cells; its text cell spans ``span`` indicators' rows (0: merged into the one above)."""
        if ind is None:
            return []
        n = self.rows(ind)
        label = FIELD_LABELS[level] if self.field_labels else ""
        out = [self._cell(row, Role.IND, label + ind.text, n * span)] if span else []
        out += self._cell_if(row, Role.UNIT, ind.unit_label or "", n, "center")
        out += self._cell_if(row, Role.BASE, self.baseline(ind, rng), n, "center")
        out += self._cell_if(row, Role.ANN, ind.annual.raw if ind.annual else "", n, "center")
        if ind.quarters is not None:
            out += self._quarters(row, ind.quarters)
        return out

    def _cell(self, row: int, role: Role, text: str, span: int, align: str = "left", index: int = 0) -> Cell:
        col = find(self.columns, role, index)
        assert col is not None, role
        return Cell(row, col, text, row_span=span, align="center" if align == "center" else "left")

    def _cell_if(self, row: int, role: Role, text: str, span: int, align: str = "left") -> list[Cell]:
        return [self._cell(row, role, text, span, align)] if find(self.columns, role) is not None else []

    def _quarters(self, row: int, qs: tuple[Target, Target, Target, Target]) -> list[Cell]:
        if self.quarters == "wide":
            return [self._cell(row, Role.QUARTER, t.raw, 1, "center", q) for q, t in enumerate(qs)]
        if self.quarters == "packed":
            filled = any(t.filled for t in qs)
            text = "\n".join(f"{lab}{self.packed_sep}{t.raw}" for lab, t in zip(self.labels, qs, strict=True))
            return [self._cell(row, Role.PACK, text if filled else "", 1)]
        out: list[Cell] = []
        for q, t in enumerate(qs):
            out += [self._cell(row + q, Role.TWL, self.labels[q], 1), self._cell(row + q, Role.TWV, t.raw, 1, "center")]
        return out

    def baseline(self, ind: Indicator, rng: random.Random) -> str:
        """A number like the target's, lower: last year's level (never a target)."""
        t = ind.annual if ind.annual is not None else (ind.quarters[3] if ind.quarters else None)
        if t is None or t.value is None or not _NUMBER.search(t.raw):
            return "-"
        v = Decimal(repr(t.value * rng.uniform(0.6, 0.98)))
        whole = t.value >= 10 or float(t.value).is_integer()  # counts stay whole: 1 Dok, never 1,7 Dok
        v = v.quantize(Decimal(1) if whole else Decimal("0.1"), rounding=ROUND_HALF_UP).normalize()
        return _NUMBER.sub(self.number(v), t.raw, count=1)
