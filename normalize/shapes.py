"""What a whole table says about how to read its rows, decided once per table from all its rows.

A header names a column, but the body decides what it holds: a table whose only indicator
column the header calls `Indikator Sasaran` still prints the indicators of its programs and
kegiatan there (each row's level is where the row stands in the hierarchy); a `SASARAN`
column holding `Program …` and `Kegiatan …` rows below sasaran heading rows is the hierarchy
column; depth numbers `1` / `1.1` count from the sasaran (absolute) when every one-part
number stands on a sasaran row, else from the program (relative, restarting per sasaran).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from normalize.outline import marker_kind
from normalize.places import KEYWORD_LEVEL, SASARAN_STATEMENT, clean
from normalize.records import Fragment, TableRecord

INDICATOR_FAMILIES = ("sasaran_indicator", "program_indicator", "indicator")
_DEPTH_NUMBER = re.compile(r"^\d+\.\d+")
_HEADING_LABEL = re.compile(r"^sasaran(?:\s+strategis)?\s*\d{0,2}\s*$", re.IGNORECASE)  # a heading cut into cells
_ONE_PART = re.compile(r"^\d+\.?$")
_HIERARCHY_ROLES = ("hierarchy", "program", "kegiatan", "subkegiatan")
_BELOW_SASARAN = tuple(pattern for pattern, level in KEYWORD_LEVEL if level in ("program", "kegiatan", "subkegiatan"))


@dataclass(frozen=True, slots=True)
class TableShape:
    depth_numbering: bool = False  # the table numbers 1 / 1.1 / 1.1.1
    depth_base: int = 1  # the level of a one-part number: 0 sasaran (absolute), 1 program (relative)
    sasaran_source: bool = False  # sasaran printed in a column or heading rows of their own
    indicator_family: str | None = None  # the one indicator column's family, read at the row's own level
    sasaran_is_hierarchy: bool = False  # the `sasaran` column holds programs and kegiatan too
    subkegiatan_column: bool = False  # sub kegiatan in a column of their own
    hierarchy_from_x: float | None = None  # a second `sasaran` column from here rightwards: the hierarchy


_SAME_COLUMN = 2.0  # points: a rule's width, by which the cells of two columns may overlap


def _second_sasaran_column(records: list[TableRecord], roles: set[str]) -> float | None:
    """Two columns the header both calls sasaran (a sasaran column merged down beside the hierarchy
    column): where the right one starts. None when there is one such column."""
    if any(r in roles for r in _HIERARCHY_ROLES):
        return None
    for rec in records:
        frags = sorted(rec.cells.get("sasaran", []), key=lambda f: f.bbox.x0)
        # side by side in one row: the right column starts where the left one ends
        if len(frags) >= 2 and frags[0].page == frags[-1].page and frags[-1].bbox.x0 >= frags[0].bbox.x1 - _SAME_COLUMN:
            return frags[0].bbox.x1 - _SAME_COLUMN
    return None


def _family(role: str) -> str | None:
    base = role.split("@")[0]
    return base if base in INDICATOR_FAMILIES else None


def _roles(records: list[TableRecord]) -> set[str]:
    return {role for rec in records for role in rec.cells}


def _sasaran_is_hierarchy(records: list[TableRecord], roles: set[str]) -> bool:
    """A `sasaran` column beside no hierarchy column, holding `Program …` / `Kegiatan …` rows or
    standing under sasaran heading rows."""
    if "sasaran" not in roles or any(r in roles for r in _HIERARCHY_ROLES):
        return False
    if _sasaran_headings(records):
        return True
    texts = [clean(rec.text("sasaran")) for rec in records if rec.has("sasaran")]
    if any(p.match(t) for t in texts for p in _BELOW_SASARAN):
        return True
    # sasaran statements beside rows that are none, numbered in more than one kind (`1.`, `a.`, `1)`)
    statements = sum(1 for t in texts if SASARAN_STATEMENT.match(t))
    kinds = {marker_kind(rec.text("number") or rec.text("marker")) for rec in records if rec.has("sasaran")}
    return 0 < statements <= len(texts) - 2 and len(kinds - {"none"}) >= 2


def _sasaran_headings(records: list[TableRecord]) -> bool:
    """Heading rows naming sasaran (`Sasaran Strategis 1: …`; a `MISI 1 …` heading is none)."""
    return any((rec.has("heading") and KEYWORD_LEVEL[3][0].match(rec.text("heading")))
               or _HEADING_LABEL.match(rec.text("number")) for rec in records)


def _is_sasaran_row(rec: TableRecord) -> bool:
    text = clean(rec.text("hierarchy") or rec.text("program"))
    return rec.has("sasaran") or bool(SASARAN_STATEMENT.match(text))


def _depth_base(records: list[TableRecord]) -> int:
    one_part = [rec for rec in records if _ONE_PART.match(rec.text("number") or rec.text("marker"))]
    return 0 if one_part and all(_is_sasaran_row(rec) for rec in one_part) else 1


def _shape(records: list[TableRecord]) -> TableShape:
    roles = _roles(records)
    families = {f for f in map(_family, roles) if f}
    second = _second_sasaran_column(records, roles)
    as_hierarchy = second is None and _sasaran_is_hierarchy(records, roles)
    read = [as_read(rec, TableShape(sasaran_is_hierarchy=as_hierarchy, hierarchy_from_x=second)) for rec in records]
    headings = _sasaran_headings(records)
    return TableShape(
        depth_numbering=any(_DEPTH_NUMBER.match(rec.text("number") or rec.text("marker")) for rec in records),
        depth_base=_depth_base(read),
        sasaran_source=headings or ("sasaran" in roles and not as_hierarchy),
        indicator_family=next(iter(families)) if len(families) == 1 and "indicator" not in families else None,
        sasaran_is_hierarchy=as_hierarchy,
        hierarchy_from_x=second,
        subkegiatan_column="subkegiatan" in roles,
    )


def table_shapes(records: list[TableRecord]) -> dict[int, TableShape]:
    by_table: dict[int, list[TableRecord]] = {}
    for rec in records:
        by_table.setdefault(rec.table_index, []).append(rec)
    return {index: _shape(recs) for index, recs in by_table.items()}


def _renamed(role: str, shape: TableShape) -> str:
    base, at, suffix = role.partition("@")
    if shape.sasaran_is_hierarchy and base == "sasaran":
        return "hierarchy" + at + suffix
    family = shape.indicator_family
    if family is not None:
        prefix = family.split("_")[0] + "_"
        if base in (f"{prefix}indicator", f"{prefix}target", f"{prefix}unit"):
            return base[len(prefix):] + at + suffix
    return role


def as_read(rec: TableRecord, shape: TableShape) -> TableRecord:
    """The record with its columns named for what the table shows they hold."""
    if not shape.sasaran_is_hierarchy and shape.indicator_family is None and shape.hierarchy_from_x is None:
        return rec
    cells: dict[str, list[Fragment]] = {}
    for role, frags in rec.cells.items():
        for frag in frags:
            right = shape.hierarchy_from_x is not None and role == "sasaran" and frag.bbox.x0 > shape.hierarchy_from_x
            cells.setdefault("hierarchy" if right else _renamed(role, shape), []).append(frag)
    family = shape.indicator_family
    quarter_level = rec.quarter_level
    if family is not None and quarter_level == family.split("_")[0]:
        quarter_level = None  # the quarters belong to the one indicator column, whatever its level
    units = {_renamed(role, shape): unit for role, unit in rec.header_units.items()}
    return replace(rec, cells=cells, quarter_level=quarter_level, header_units=units)
