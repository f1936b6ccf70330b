"""The ground truth of a plan: contract columns 1-15, written from the content model.

Row order is document order for layouts that print a parent before its children:
each indicator's annual row, then its quarters 1-4 when its quarter cells hold
anything.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from samples.generator.model import Indicator, Level, Plan, Target

TruthOrder = Literal["nested", "sasaran_first"]

TRUTH_COLUMNS: tuple[str, ...] = (
    "source_file", "agency", "region", "fiscal_year", "level", "sasaran", "program", "kegiatan",
    "subkegiatan", "indicator", "quarter", "target_value", "target_unit", "target_raw", "responsible",
)


@dataclass(frozen=True, slots=True)
class _Context:
    level: Level
    sasaran: str
    program: str | None = None
    kegiatan: str | None = None
    subkegiatan: str | None = None
    responsible: str | None = None


def plan_to_rows(plan: Plan, source_file: str, order: TruthOrder = "nested") -> list[dict[str, str]]:
    """``nested``: each sasaran then its programs; ``sasaran_first``: every sasaran indicator
    first (an IKU table before the program table), then the programs in sasaran order."""
    rows = []
    pairs = list(_indicators(plan))
    if order == "sasaran_first":
        pairs = [p for p in pairs if p[0].level == "sasaran"] + [p for p in pairs if p[0].level != "sasaran"]
    for ctx, ind in pairs:
        for quarter, target in _periods(ind):
            rows.append({
                "source_file": source_file,
                "agency": plan.agency,
                "region": plan.region.full,
                "fiscal_year": str(plan.year),
                "level": ctx.level,
                "sasaran": ctx.sasaran,
                "program": ctx.program or "",
                "kegiatan": ctx.kegiatan or "",
                "subkegiatan": ctx.subkegiatan or "",
                "indicator": ind.text,
                "quarter": "" if quarter is None else str(quarter),
                "target_value": format_value(target.value),
                "target_unit": target.unit or "",
                "target_raw": target.raw,
                "responsible": ctx.responsible or "",
            })
    return rows


def _indicators(plan: Plan) -> Iterator[tuple[_Context, Indicator]]:
    for s in plan.sasaran:
        for ind in s.indicators:
            yield _Context("sasaran", s.text, responsible=s.responsible), ind
        for p in s.programs:
            for ind in p.indicators:
                yield _Context("program", s.text, p.text, responsible=p.responsible), ind
            for k in p.kegiatan:
                for ind in k.indicators:
                    yield _Context("kegiatan", s.text, p.text, k.text, responsible=k.responsible), ind
                for sk in k.subkegiatan:
                    for ind in sk.indicators:
                        yield _Context("subkegiatan", s.text, p.text, k.text, sk.text, sk.responsible), ind


def _periods(ind: Indicator) -> Iterator[tuple[int | None, Target]]:
    if ind.annual is not None:
        yield None, ind.annual
    if ind.quarters is not None and ind.has_quarter_rows:
        yield from enumerate(ind.quarters, start=1)


def format_value(v: float | None) -> str:
    """95 not 95.0; 80.5; 125450000."""
    if v is None:
        return ""
    if float(v).is_integer():
        return str(int(v))
    return repr(float(v))


def write_truth(rows: list[dict[str, str]], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(TRUTH_COLUMNS), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
