"""Tables drawn with horizontal rules only: rows by their rules, columns by what else shows them.

pdfplumber makes a cell of four rules; a writer that draws only the horizontal ones (Word's
"horizontal borders") leaves it none. The chain: ``horizontal_rules`` (the page's thin lines
and rectangles along x) → ``rules_region`` (the rules of one table: sharing its extent, holding
text no ruled table holds) → ``column_edges`` (the rules' own ends, seen on two rows or more,
where the writer drew a rule per cell; else the columns the words' alignment shows) →
``vertical_segments`` (one per column edge and row band, except where text runs over the edge:
a merged cell, or a heading across the table) → pdfplumber's table finder on those edges, so
merged cells, sub-rows and spans come out as on a full grid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pdfplumber.page

from extract.aligned import bands_to_columns
from extract.aligned_labels import find_header
from extract.aligned_rows import PHRASE_EM, spans_row
from extract.aligned_settings import AlignedSettings
from extract.bands import Band, text_size, words_to_bands
from extract.records import BBox
from extract.rulings import RulingSettings, is_rule
from extract.words import Word

PageObject = dict[str, Any]
SNAP = 2.5  # points: rules this close across are one (the two strokes of a double rule)
END_TOLERANCE = 1.5  # points: rule ends this close along x mark one column edge
MIN_RULES = 3  # distinct rule heights a table needs (top, under the header, bottom)
OVERLAP = 0.5  # a rule belongs to the table when this share of it lies in the table's extent


@dataclass(frozen=True, slots=True)
class Rule:
    x0: float
    x1: float
    y: float


@dataclass(frozen=True, slots=True)
class Region:
    """One table's rules and the words between its first and last rule."""

    rules: tuple[Rule, ...]
    ys: tuple[float, ...]
    bbox: BBox
    words: tuple[Word, ...]


def horizontal_rules(objects: dict[str, list[PageObject]], settings: RulingSettings) -> list[Rule]:
    """Straight lines along x, and rectangles thin enough to be drawn as one (double rules)."""
    rules = [Rule(float(o["x0"]), float(o["x1"]), float(o["top"])) for o in objects.get("line", [])
             if o["top"] == o["bottom"] and o["x1"] - o["x0"] > 1.0]
    rules += [Rule(float(o["x0"]), float(o["x1"]), (float(o["top"]) + float(o["bottom"])) / 2)
              for o in objects.get("rect", [])
              if is_rule(o, settings) and float(o["width"]) > 4 * float(o["height"])]
    return rules


def _snap(values: Sequence[float], tolerance: float) -> list[float]:
    """Values within ``tolerance`` of the one before, as their mean."""
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= tolerance:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


def _extent(rules: Sequence[Rule]) -> tuple[float, float]:
    """The x extent of the widest row of rules (a row's per-cell rules joined)."""
    by_row: dict[float, list[Rule]] = {}
    for y in _snap([r.y for r in rules], SNAP):
        by_row[y] = [r for r in rules if abs(r.y - y) <= SNAP]
    widest = max(by_row.values(), key=lambda row: sum(r.x1 - r.x0 for r in row))
    return min(r.x0 for r in widest), max(r.x1 for r in widest)


def _inside(word: Word, boxes: Sequence[BBox]) -> bool:
    return any(b.x0 <= word.x_centre <= b.x1 and b.top <= word.y_centre <= b.bottom for b in boxes)


def _within(box: BBox, outer: BBox) -> bool:
    """``box`` inside ``outer`` but for the half width of the rules that frame both (a table's box is
    drawn from its cells, the rules' extent from their strokes)."""
    return (outer.x0 - SNAP <= box.x0 and box.x1 <= outer.x1 + SNAP
            and outer.top - SNAP <= box.top and box.bottom <= outer.bottom + SNAP)


CUT_GAP_EM = 0.8  # a row cut by the page break starts this close (in text sizes) to the rule beside it
LINE_GAP_EM = 0.6  # ... and its lines follow one another this close: farther is a note or signature


def _run_of_bands(bands: Sequence[Band], start: float) -> float | None:
    """How far the lines in ``bands`` (nearest ``start`` first) run on from ``start`` without a gap
    wider than a line's; None when the first is not right at ``start``."""
    if not bands:
        return None
    size = text_size(bands)
    edge: float | None = None
    last = start
    for band in bands:
        near, far = (band.top, band.bottom) if band.top >= start else (band.bottom, band.top)
        limit = CUT_GAP_EM if edge is None else LINE_GAP_EM
        if abs(near - last) > limit * size:
            break
        edge = last = far
    return edge


def _open_ends(ys: list[float], words: Sequence[Word]) -> list[float]:
    """``ys`` with a rule added below (above) the text of a row that a page break cut: a writer draws
    no rule under the last row of a page (over the first of the next), and the row's text would fall
    out of the table."""
    below = words_to_bands([w for w in words if w.bbox.top >= ys[-1] - SNAP])
    above = words_to_bands([w for w in words if w.bbox.bottom <= ys[0] + SNAP])
    out = list(ys)
    bottom = _run_of_bands(below, ys[-1])
    if bottom is not None:
        out.append(bottom + SNAP)
    top = _run_of_bands(above[::-1], ys[0])
    if top is not None:
        out.insert(0, top - SNAP)
    return out


def rules_region(rules: Sequence[Rule], words: Callable[[], Sequence[Word]],
                 covered: Sequence[BBox]) -> Region | None:
    """The table the horizontal rules draw, when its rows hold text that no ruled table found holds
    (a full grid's rules are read by pdfplumber already). ``words`` gives the page's words; it is
    called only when the rules reach beyond the tables found: a fully ruled page needs none."""
    if not rules:
        return None
    x0, x1 = _extent(rules)
    mine = [r for r in rules if min(r.x1, x1) - max(r.x0, x0) >= OVERLAP * (r.x1 - r.x0)]
    ys = _snap([r.y for r in mine], SNAP)
    if len(ys) < MIN_RULES:
        return None
    box = BBox(x0, ys[0], x1, ys[-1])
    if any(_within(box, table) for table in covered):
        return None  # every word of the box sits in a table found: none is loose (the rules are its grid's)
    page_words = words()
    closed = _open_ends(ys, [w for w in page_words if x0 <= w.x_centre <= x1 and not _inside(w, covered)])
    mine += [Rule(x0, x1, y) for y in closed if y not in ys]
    ys = closed
    box = BBox(x0, ys[0], x1, ys[-1])
    held = [w for w in page_words if x0 <= w.x_centre <= x1 and box.top <= w.y_centre <= box.bottom]
    loose = [w for w in held if not _inside(w, covered)]
    bands_with_loose = {sum(y < w.y_centre for y in ys) for w in loose}
    if len(bands_with_loose) < 2:
        return None
    return Region(tuple(mine), tuple(ys), box, tuple(held))


def _rule_ends(region: Region) -> list[float]:
    """x of the rules' ends seen on two rule heights or more: where a writer drawing a rule per
    cell put the column edges."""
    ends = [(x, r.y) for r in region.rules for x in (r.x0, r.x1)]
    edges = []
    for x in _snap([x for x, _ in ends], END_TOLERANCE):
        heights = _snap([y for e, y in ends if abs(e - x) <= END_TOLERANCE], SNAP)
        if len(heights) >= 2:
            edges.append(x)
    return edges


def _aligned_edges(region: Region, settings: AlignedSettings) -> list[float]:
    """Column edges from the alignment of the words (the borderless reader's), within the rules."""
    bands = words_to_bands(region.words)
    found = find_header(bands, 0, settings)
    header, body = (bands[found[0]:found[1]], bands[found[1]:]) if found else ([], bands)
    if not body:
        return []
    edges = bands_to_columns(header, body, settings)
    return [region.bbox.x0, *edges[1:-1], region.bbox.x1]


def column_edges(region: Region, settings: AlignedSettings) -> tuple[list[float], bool]:
    """The edges, and whether they are the rules' own ends (the writer drew a rule per cell)."""
    ends = [x for x in _rule_ends(region) if region.bbox.x0 - END_TOLERANCE <= x <= region.bbox.x1 + END_TOLERANCE]
    if len(ends) - 1 >= settings.min_columns:
        return ends, True
    return _aligned_edges(region, settings), False


def _ruled_over(region: Region, y: float, x: float) -> bool:
    """One rule at height ``y`` runs over ``x``: drawn per cell, the side of a cell spanning it."""
    return any(abs(r.y - y) <= SNAP and r.x0 + END_TOLERANCE < x < r.x1 - END_TOLERANCE for r in region.rules)


def _line(x0: float, top: float, x1: float, bottom: float) -> PageObject:
    return {"object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top}


def _crossed(words: Sequence[Word], x: float) -> bool:
    return any(w.bbox.x0 < x - 1.0 and w.bbox.x1 > x + 1.0 for w in words)


FULL = 0.9  # a rule height whose rules cover this share of the table's width closes a whole row


def _full_row(region: Region, y: float) -> bool:
    covered = sum(r.x1 - r.x0 for r in region.rules if abs(r.y - y) <= SNAP)
    return covered >= FULL * region.bbox.width


def _runs(region: Region, y: float) -> list[tuple[float, float]]:
    """The rules at height ``y`` joined where they touch: the stretches a rule runs under."""
    runs: list[tuple[float, float]] = []
    for r in sorted((r for r in region.rules if abs(r.y - y) <= SNAP), key=lambda r: r.x0):
        if runs and r.x0 - runs[-1][1] <= 2 * END_TOLERANCE:
            runs[-1] = (runs[-1][0], max(runs[-1][1], r.x1))
        else:
            runs.append((r.x0, r.x1))
    return runs


def _group_edges(region: Region, bottom: float, edges: Sequence[float], crossed: Sequence[float]) -> set[float]:
    """Inner edges of a group label's cell: a rule under part of the row (`TARGET` over TAHUNAN,
    TW I …) with text running over an edge above it is one cell over every column it spans."""
    if _full_row(region, bottom):
        return set()
    out: set[float] = set()
    for x0, x1 in _runs(region, bottom):
        inner = {x for x in edges[1:-1] if x0 + END_TOLERANCE < x < x1 - END_TOLERANCE}
        if inner & set(crossed):
            out |= inner
    return out


def _spanned_edges(region: Region, band: tuple[float, float], edges: Sequence[float],
                   words: Sequence[Word]) -> set[float]:
    """Inner edges of a cell drawn with its own rule above and below running over them, unless the
    columns either side both hold text (then the rules are those of the rows around it)."""
    top, bottom = band
    out = set()
    for i in range(1, len(edges) - 1):
        x = edges[i]
        if not (_ruled_over(region, top, x) and _ruled_over(region, bottom, x)):
            continue
        left = any(edges[i - 1] <= w.x_centre < x for w in words)
        right = any(x <= w.x_centre < edges[i + 1] for w in words)
        if not (left and right):
            out.add(x)
    return out


def vertical_segments(region: Region, edges: Sequence[float], per_cell: bool) -> list[PageObject]:
    """The table's sides, and each inner column edge from rule to rule except where text runs over it
    (a merged cell: `TARGET KINERJA` over its sub-columns), or over any edge in a whole row of one
    phrase (a heading across the table)."""
    ys = region.ys
    segments = [_line(edges[0], ys[0], edges[0], ys[-1]), _line(edges[-1], ys[0], edges[-1], ys[-1])]
    for top, bottom in zip(ys, ys[1:], strict=False):
        words = [w for w in region.words if top < w.y_centre < bottom]
        bands = words_to_bands(words)
        if bands and _full_row(region, top) and _full_row(region, bottom) \
                and spans_row(bands, edges, PHRASE_EM * text_size(bands)):
            continue
        crossed = [x for x in edges[1:-1] if _crossed(words, x)]
        merged = set(crossed) | _group_edges(region, bottom, edges, crossed)
        if per_cell:
            merged |= _spanned_edges(region, (top, bottom), edges, words)
        segments += [_line(x, top, x, bottom) for x in edges[1:-1] if x not in merged]
    return segments


def open_tables(page: pdfplumber.page.Page, objects: dict[str, list[PageObject]], words: Callable[[], Sequence[Word]],
                covered: Sequence[BBox], rulings: RulingSettings, aligned: AlignedSettings,
                table_settings: dict[str, Any]) -> list[Any]:
    """pdfplumber tables of the page's table drawn with horizontal rules only (none when there is none)."""
    region = rules_region(horizontal_rules(objects, rulings), words, covered)
    if region is None:
        return []
    edges, per_cell = column_edges(region, aligned)
    if len(edges) - 1 < aligned.min_columns:
        return []
    horizontals = [_line(r.x0, r.y, r.x1, r.y) for r in region.rules]
    settings = {**table_settings, "vertical_strategy": "explicit", "horizontal_strategy": "explicit",
                "explicit_vertical_lines": vertical_segments(region, edges, per_cell),
                "explicit_horizontal_lines": horizontals}
    return list(page.find_tables(settings))
