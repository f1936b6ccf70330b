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


def ruled_objects(objects: dict[str, list[PageObject]], settings: RulingSettings) -> dict[str, list[PageObject]]:
    """``objects`` by kind, shading merged into what a reader sees where rules exist, lines
    straightened."""
    drawn = [o for kind in ("line", "rect", "curve") for o in objects.get(kind, [])]
    out = dict(objects)
    if any(is_rule(o, settings) for o in drawn):
        rects = objects.get("rect", [])
        shading = [o for o in rects if is_shading(o, settings)]
        out["rect"] = [o for o in rects if not is_shading(o, settings)] + merged_shading(shading)
    out["line"] = [straightened(o, settings) for o in objects.get("line", [])]
    return out
