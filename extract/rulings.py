"""Which drawn objects of a text-layer page are a table's rules, before pdfplumber's table finder
turns them into edges.

pdfplumber makes four edges of every rectangle and decides a line's orientation by exact equality.
Two things real documents draw then mislead it:

* **shading**: a cell's background drawn as fill strips inset in the cell (Word draws a header's
  shading this way: a strip along each side and one in the middle) gives two or three grid columns
  per visible column. Where two fills of one colour touch along a whole side, nobody sees the side
  they share: on a page with rules of its own, such fills are merged into one before they become
  edges. A side where one colour meets another (Excel's white cells beside blue ones) is seen, and
  stays an edge; so do cell borders drawn as thin filled rectangles (double rules, Excel's
  borders). On a page without rules, fills are left as drawn: a shaded band may be the only sign
  of a table (a borderless table's shaded header).
* **noise**: on a page with /Rotate, a horizontal rule's two ends may differ by 1e-9 in ``top``,
  and pdfplumber reads it as a vertical edge of no length. Lines within ``straight_tolerance`` of
  horizontal or vertical are made exactly so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pdfplumber.page
from pdfplumber.page import DerivedPage

PageObject = dict[str, Any]


@dataclass(frozen=True)
class RulingSettings:
    """``rule_thickness``: a filled rectangle at most this thin (points) is a rule, not shading.
    ``straight_tolerance``: a line whose ends differ by less than this across is straight."""

    rule_thickness: float = 2.5
    straight_tolerance: float = 0.5

    def __post_init__(self) -> None:
        if self.rule_thickness <= 0 or self.straight_tolerance < 0:
            raise ValueError("rule_thickness must be > 0 and straight_tolerance >= 0")


def is_rule(obj: PageObject, settings: RulingSettings) -> bool:
    """A line, a curve, a stroked rectangle, or a rectangle thin enough to be drawn as a line."""
    if obj["object_type"] in ("line", "curve"):
        return True
    thin = min(float(obj["width"]), float(obj["height"])) <= settings.rule_thickness
    return bool(obj.get("stroke")) or thin


def is_shading(obj: PageObject, settings: RulingSettings) -> bool:
    """A filled rectangle without a stroke, thick in both directions: a background, not a rule."""
    return obj["object_type"] == "rect" and bool(obj.get("fill")) and not is_rule(obj, settings)


def straightened(line: PageObject, settings: RulingSettings) -> PageObject:
    """``line`` made exactly horizontal or vertical when its ends differ by less than the tolerance."""
    if line["top"] != line["bottom"] and abs(line["bottom"] - line["top"]) < settings.straight_tolerance:
        middle = (line["top"] + line["bottom"]) / 2
        return {**line, "top": middle, "bottom": middle, "y0": line["y0"], "y1": line["y0"], "height": 0.0}
    if line["x0"] != line["x1"] and abs(line["x1"] - line["x0"]) < settings.straight_tolerance:
        middle = (line["x0"] + line["x1"]) / 2
        return {**line, "x0": middle, "x1": middle, "width": 0.0}
    return line


class RuledPage(DerivedPage):
    """The page as the table finder should see it: shading left out (where the page has rules of
    its own), lines straightened; characters and everything else as they are."""

    def __init__(self, parent_page: pdfplumber.page.Page, settings: RulingSettings) -> None:
        self.bbox = parent_page.bbox
        self.settings = settings
        super().__init__(parent_page)

    @property
    def objects(self) -> dict[str, list[PageObject]]:
        if not hasattr(self, "_ruled_objects"):
            self._ruled_objects = ruled_objects(self.parent_page.objects, self.settings)
        return self._ruled_objects


TOUCH = 0.5  # points: two fills whose sides are this close touch


def _merge_along(fills: list[PageObject], across: tuple[str, str], along: tuple[str, str]) -> list[PageObject]:
    """Fills of one colour with the same extent ``across`` that touch ``along``, merged into one."""
    groups: dict[tuple[str, int, int], list[PageObject]] = {}
    for fill in fills:
        key = (repr(fill.get("non_stroking_color")), round(fill[across[0]] / TOUCH), round(fill[across[1]] / TOUCH))
        groups.setdefault(key, []).append(fill)
    merged: list[PageObject] = []
    start, end = along
    for group in groups.values():
        group.sort(key=lambda f: f[start])
        run = dict(group[0])
        for fill in group[1:]:
            if abs(fill[start] - run[end]) <= TOUCH:
                run[end] = max(run[end], fill[end])
            else:
                merged.append(run)
                run = dict(fill)
        merged.append(run)
    return merged


MERGE_ROUNDS = 4  # a cell's shading is strips of strips (a line's strip inside a side's): rarely deeper


def merged_shading(fills: list[PageObject]) -> list[PageObject]:
    """Touching fills of one colour as the one region a reader sees: merged along rows and along
    columns in turn until nothing more merges."""
    regions = fills
    for _ in range(MERGE_ROUNDS):
        rows = _merge_along(regions, ("top", "bottom"), ("x0", "x1"))
        merged = _merge_along(rows, ("x0", "x1"), ("top", "bottom"))
        if len(merged) == len(regions):
            break
        regions = merged
    for region in regions:
        region["width"] = region["x1"] - region["x0"]
        region["height"] = region["bottom"] - region["top"]
    return regions


END_SNAP = 1.0  # points: rule ends this close along y end at one height
MIN_OPEN_ENDS = 3  # column rules ending together with no rule across: a table's open side


def _vertical_rules(objects: dict[str, list[PageObject]], settings: RulingSettings) -> list[PageObject]:
    """Column rules as a reader sees them: the segments one writer draws per row (Excel) joined."""
    lines = [o for o in objects.get("line", []) if o["x0"] == o["x1"] and o["bottom"] - o["top"] > 1.0]
    thin = [o for o in objects.get("rect", []) if is_rule(o, settings) and float(o["height"]) > 4 * float(o["width"])]
    by_x: dict[int, list[PageObject]] = {}
    for rule in lines + thin:
        by_x.setdefault(round(float(rule["x0"]) / END_SNAP), []).append(rule)
    joined: list[PageObject] = []
    for segments in by_x.values():
        segments.sort(key=lambda r: float(r["top"]))
        run = dict(segments[0])
        for segment in segments[1:]:
            if float(segment["top"]) <= float(run["bottom"]) + END_SNAP:
                run["bottom"] = max(float(run["bottom"]), float(segment["bottom"]))
            else:
                joined.append(run)
                run = dict(segment)
        joined.append(run)
    return joined


def _has_rule_across(objects: dict[str, list[PageObject]], y: float, x0: float, x1: float) -> bool:
    """Is there a horizontal line or thin rectangle at height ``y`` over most of ``x0``..``x1``?"""
    covered = 0.0
    for o in objects.get("line", []) + objects.get("rect", []):
        if o["top"] - END_SNAP <= y <= o["bottom"] + END_SNAP and o["bottom"] - o["top"] <= 2 * END_SNAP:
            covered += max(0.0, min(float(o["x1"]), x1) - max(float(o["x0"]), x0))
    return covered >= 0.5 * (x1 - x0)


def closing_rules(objects: dict[str, list[PageObject]], settings: RulingSettings) -> list[PageObject]:
    """A rule across each open end of a table: where a page break cut a row, a writer ends the
    column rules at the page's margin without a rule across them, and pdfplumber, which makes a cell
    of four rules, drops the cut row's text. The column rules' common end is the side nobody drew."""
    verticals = _vertical_rules(objects, settings)
    closing: list[PageObject] = []
    for side in ("top", "bottom"):
        ends: dict[int, list[PageObject]] = {}
        for rule in verticals:
            ends.setdefault(round(float(rule[side]) / END_SNAP), []).append(rule)
        for group in ends.values():
            if len(group) < MIN_OPEN_ENDS:
                continue
            y = sum(float(r[side]) for r in group) / len(group)
            x0, x1 = min(float(r["x0"]) for r in group), max(float(r["x1"]) for r in group)
            if not _has_rule_across(objects, y, x0, x1):
                closing.append({**group[0], "object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y,
                                "width": x1 - x0, "height": 0.0, "pts": [(x0, y), (x1, y)]})
    return closing


def ruled_objects(objects: dict[str, list[PageObject]], settings: RulingSettings) -> dict[str, list[PageObject]]:
    """``objects`` by kind, shading merged into what a reader sees where rules exist, lines
    straightened, the open ends of tables cut by a page break closed."""
    drawn = [o for kind in ("line", "rect", "curve") for o in objects.get(kind, [])]
    out = dict(objects)
    if any(is_rule(o, settings) for o in drawn):
        rects = objects.get("rect", [])
        shading = [o for o in rects if is_shading(o, settings)]
        out["rect"] = [o for o in rects if not is_shading(o, settings)] + merged_shading(shading)
    out["line"] = [straightened(o, settings) for o in objects.get("line", [])]
    out["line"] += closing_rules(out, settings)
    return out
