"""Which columns a fuzzed table has, in which order, with their header paths."""

from __future__ import annotations

from samples.generator.fuzz.columns import Column, Role
from samples.generator.fuzz.traits import Traits
from samples.generator.fuzz.wording import Wording, quarter_labels


def plan_columns(t: Traits, w: Wording) -> list[Column]:
    cols: list[Column] = []
    if t.markers != "none" and t.marker_place == "column":
        role = Role.CODE if t.markers == "codes" else Role.NO
        cols.append(Column(role, (w.role(role),)))
    if t.sasaran == "column":
        cols.append(Column(Role.SAS, (w.role(Role.SAS),)))
    cols += _name_columns(t, w)
    cols.append(Column(Role.IND, (w.role(Role.IND),)))
    cols += _optional(t, w, "after_indicator")
    cols += _targets(t, w)
    cols += _optional(t, w, "after_targets")
    return cols


def _name_columns(t: Traits, w: Wording) -> list[Column]:
    if t.names == "single":
        return [Column(Role.NAME, (w.role(Role.NAME),))]
    first = 1 if t.sasaran == "heading" else 0
    return [Column(Role.NAME, (w.staircase(level),), index=level) for level in range(first, 4)]


def _optional(t: Traits, w: Wording, where: str) -> list[Column]:
    """The columns a table may or may not have, before or after the targets."""
    cols: list[Column] = []
    if where == "after_indicator":
        if t.unit == "column" and t.unit_pos == "after_indicator":
            cols.append(Column(Role.UNIT, (w.role(Role.UNIT),)))
        if t.baseline:
            cols.append(Column(Role.BASE, (w.role(Role.BASE),)))
        if t.budget and t.budget_pos == "before_targets":
            cols.append(Column(Role.BUDGET, (w.role(Role.BUDGET),)))
        return cols
    if t.unit == "column" and t.unit_pos == "after_targets":
        cols.append(Column(Role.UNIT, (w.role(Role.UNIT),)))
    if t.budget and t.budget_pos == "after_targets":
        cols.append(Column(Role.BUDGET, (w.role(Role.BUDGET),)))
    tail = [Column(Role.PJ, (w.role(Role.PJ),))] if t.responsible != "none" else []
    if t.notes:
        note = Column(Role.NOTE, (w.role(Role.NOTE),))
        tail = [*tail, note] if t.responsible_pos == "before_notes" else [note, *tail]
    cols += tail
    if t.budget and t.budget_pos == "last":
        cols.append(Column(Role.BUDGET, (w.role(Role.BUDGET),)))
    return cols


def _targets(t: Traits, w: Wording) -> list[Column]:
    prefix = (w.group(),) if t.target_header in ("grouped", "year") else ()
    quarters = _quarter_columns(t, w, prefix)
    if not t.annual:
        return quarters
    annual = Column(Role.ANN, _annual_path(t, w, prefix))
    if t.quarters == "subrows" and not prefix and t.subrow_header == "target" and t.unit != "header":
        annual = Column(Role.ANN, (w.group(),))  # one TARGET over annual, label and value (the seed's)
    return [*quarters, annual] if t.annual_pos == "last" else [annual, *quarters]


def _annual_path(t: Traits, w: Wording, prefix: tuple[str, ...]) -> tuple[str, ...]:
    if t.unit == "header":
        return ("Target (%)",)
    if t.target_header == "year":
        return (*prefix, str(w.year))
    if prefix:
        return (*prefix, w.annual_under_group())
    return (w.role(Role.ANN),)


def _quarter_columns(t: Traits, w: Wording, prefix: tuple[str, ...]) -> list[Column]:
    if t.quarters == "wide":
        return [Column(Role.QUARTER, (*prefix, label), index=q)
                for q, label in enumerate(quarter_labels(t.quarter_label))]
    if t.quarters == "packed":
        return [Column(Role.PACK, (*prefix, w.packed()))]
    if t.quarters == "subrows":
        if not prefix and t.subrow_header == "target" and t.unit != "header" and t.annual:
            path: tuple[str, ...] = (w.group(),)
        else:
            path = (*prefix, w.quarter_group())
        return [Column(Role.TWL, path), Column(Role.TWV, path)]
    return []
