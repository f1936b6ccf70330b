"""Table structure from the page image: ruling lines → edges → cells → grids.

The chain follows pdfplumber's table finder and reuses its pure functions
(``merge_edges`` → ``edges_to_intersections`` → ``intersections_to_cells`` →
``cells_to_tables``), so a scanned table comes out with the same rows and columns as
pdfplumber finds in the text layer of the same page. Only the first step differs:
ruling lines are found on the image by OpenCV morphology instead of read from the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

from extract.records import BBox

# pdfplumber's defaults are 3 pt.
SNAP_POINTS = 3.0
JOIN_POINTS = 3.0  # pdfplumber's own: longer gaps are bridged by bridge_gaps, where the image shows a line
BRIDGE_POINTS = 12.0  # a scanned ruling broken by JPEG noise or a faint scan: gaps up to this ...
BRIDGE_INK = 0.4  # ... with ink along this share of the gap; a merged cell's gap is paper or text
BRIDGE_SIDE_POINTS = 2.5  # ... and paper this far to either side (ink along at most BRIDGE_SIDE_INK)
BRIDGE_SIDE_INK = 0.25
INTERSECTION_POINTS = 3.5
MAX_LINE_THICKNESS_POINTS = 3.0
THICKEN_PX = 3
SIDE_POINTS = 1.2  # band beside a ruling that must be mostly paper
MAX_SIDE_INK = 0.35
PIECE_DIV = 1.5  # line-like pieces are at least min length / PIECE_DIV long
GAP_POINTS = 1.0  # holes in a printed ruling bridged on the image
# A word of blurred print (150 dpi) can pass for a short ruling: a run as long as the word, paper
# above and below. Runs shorter than LONG_POINTS must look like the page's long rulings: no
# thicker than THICKER times theirs (+1 px), and when thicker than theirs at all, one row of pixels
# at least SOLID inked along it (a faint broken ruling of a real scan is thin and stays).
LONG_POINTS = 100.0
THICKER = 1.3
SOLID = 0.9


@dataclass(frozen=True, slots=True)
class Segment:
    """A ruling line found on the image, in pixels: horizontal (y = centre) or vertical (x = centre)."""

    orientation: str  # "h" or "v"
    start: float  # x0 for "h", top for "v"
    end: float
    position: float  # y for "h", x for "v"
    thickness: float


def binary_to_line_masks(binary: np.ndarray, min_length_px: int, gap_px: int) -> tuple[np.ndarray, np.ndarray]:
    """(horizontal, vertical) masks of strokes at least ``min_length_px`` long. Ink = 255.

    Gaps up to ``gap_px`` along a stroke (a worn print, a faint scan) are bridged, but only between
    pieces that are already line-like (a third of the minimum length), so the tops of a row of
    letters never merge into a line."""
    length = max(6, int(min_length_px))
    piece = max(3, int(length / PIECE_DIV))
    gap = max(1, int(gap_px))

    def along(kernel_length: int, horizontal: bool) -> np.ndarray:
        size = (kernel_length, 1) if horizontal else (1, kernel_length)
        return cv2.getStructuringElement(cv2.MORPH_RECT, size)

    masks = []
    for horizontal in (True, False):
        # thicken across the line first: a scanned rule wiggles by a pixel or two, so its holes
        # only go right through once it is a solid band
        mask = cv2.dilate(binary, along(THICKEN_PX, not horizontal))
        mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, along(gap, horizontal))
        mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, along(piece, horizontal))
        masks.append(cv2.morphologyEx(mask, cv2.MORPH_OPEN, along(length, horizontal)))
    return masks[0], masks[1]


def mask_to_segments(
    mask: np.ndarray,
    orientation: str,
    max_thickness_px: float,
    ink: np.ndarray | None = None,
    side_px: int = 4,
) -> list[Segment]:
    """One segment per connected run of line pixels. Left out: blobs thicker than a line (filled
    areas, bold title strokes), and, when ``ink`` (the integral image of the binary page, ink = 1)
    is given, runs with much ink right beside them on either side: the bars of a row of capitals
    (``TARGET``) have the letters' bodies under or over them, a ruling has paper on both sides."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    segments = []
    for x, y, w, h, area in stats[1:count]:
        thickness = area / max(1, w if orientation == "h" else h)
        if thickness > max_thickness_px:
            continue
        if ink is not None and _side_ink(ink, orientation, int(x), int(y), int(w), int(h), side_px) > MAX_SIDE_INK:
            continue
        if orientation == "h":
            segments.append(Segment("h", float(x), float(x + w), y + h / 2.0, float(thickness)))
        else:
            segments.append(Segment("v", float(y), float(y + h), x + w / 2.0, float(thickness)))
    return segments


def _box_sum(ink: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> tuple[float, int]:
    rows, cols = ink.shape[0] - 1, ink.shape[1] - 1
    x0, x1 = max(0, min(cols, x0)), max(0, min(cols, x1))
    y0, y1 = max(0, min(rows, y0)), max(0, min(rows, y1))
    area = (x1 - x0) * (y1 - y0)
    if area <= 0:
        return 0.0, 0
    return float(ink[y1, x1] - ink[y0, x1] - ink[y1, x0] + ink[y0, x0]), area


def _side_ink(ink: np.ndarray, orientation: str, x: int, y: int, w: int, h: int, side: int) -> float:
    """The larger share of ink in the two bands just beside a run (above/below, or left/right)."""
    gap = 1
    if orientation == "h":
        bands = [(x, y - gap - side, x + w, y - gap), (x, y + h + gap, x + w, y + h + gap + side)]
    else:
        bands = [(x - gap - side, y, x - gap, y + h), (x + w + gap, y, x + w + gap + side, y + h)]
    shares = []
    for band in bands:
        total, area = _box_sum(ink, *band)
        shares.append(total / area if area else 0.0)
    return max(shares)


def _solid_share(binary: np.ndarray, seg: Segment) -> float:
    """The best share of inked pixels along one row (column, for "v") of the run."""
    reach = int(np.ceil(seg.thickness / 2.0)) + 1
    pos, start, end = round(seg.position), int(seg.start), int(seg.end)
    if seg.orientation == "h":
        band = binary[max(0, pos - reach) : pos + reach + 1, start:end]
    else:
        band = binary[start:end, max(0, pos - reach) : pos + reach + 1].T
    return float((band > 0).mean(axis=1).max()) if band.size else 0.0


def drop_word_strokes(segments: list[Segment], binary: np.ndarray, long_px: float) -> list[Segment]:
    """Short runs that are a word of print rather than a ruling: much thicker than the page's long
    rulings, or thicker with no solid row of ink (letters leave gaps in every row)."""
    long_ones = [seg.thickness for seg in segments if seg.end - seg.start >= long_px]
    if len(long_ones) < 3:
        return segments
    usual = float(np.median(long_ones))
    kept = []
    for seg in segments:
        if seg.end - seg.start < long_px and seg.thickness > usual + 1.0:
            if seg.thickness > THICKER * usual + 1.0 or _solid_share(binary, seg) < SOLID:
                continue
        kept.append(seg)
    return kept


def _gap_ink(binary: np.ndarray, orientation: str, position: float, start: int, end: int, offset: int,
             reach: int) -> float:
    """Share of the stretch [start, end) along a line at ``position + offset`` with ink within
    ``reach`` of it."""
    pos = round(position) + offset
    if orientation == "h":
        band = binary[max(0, pos - reach) : max(0, pos + reach + 1), start:end]
        return float((band > 0).any(axis=0).mean()) if band.size else 0.0
    band = binary[start:end, max(0, pos - reach) : max(0, pos + reach + 1)]
    return float((band > 0).any(axis=1).mean()) if band.size else 0.0


def _shows_a_line(binary: np.ndarray, orientation: str, position: float, start: int, end: int,
                  px_per_point: float) -> bool:
    """The image shows a faint ruling in [start, end): ink along it, paper a little to either side
    (a line of text crossing the gap has letters beside it too)."""
    reach = max(1, round(px_per_point))
    if _gap_ink(binary, orientation, position, start, end, 0, reach) < BRIDGE_INK:
        return False
    side = round(BRIDGE_SIDE_POINTS * px_per_point)
    return all(_gap_ink(binary, orientation, position, start, end, off, reach) <= BRIDGE_SIDE_INK
               for off in (-side, side))


def bridge_gaps(segments: list[Segment], binary: np.ndarray, px_per_point: float) -> list[Segment]:
    """Runs of one ruling broken by a faint scan joined across gaps of up to ``BRIDGE_POINTS``, where
    the image shows ink along ``BRIDGE_INK`` of the gap. A one-line heading row spanning the table
    (``Sasaran Strategis 1: ...``) leaves a gap of about that size in the column rulings above and
    below it, with paper or a few letters in it: not bridged."""
    snap = SNAP_POINTS * px_per_point
    longest = BRIDGE_POINTS * px_per_point
    out: list[Segment] = []
    for orientation in ("h", "v"):
        runs = sorted((s for s in segments if s.orientation == orientation), key=lambda s: (s.position, s.start))
        lines: list[list[Segment]] = []
        for seg in runs:
            if lines and abs(seg.position - lines[-1][-1].position) <= snap:
                lines[-1].append(seg)
            else:
                lines.append([seg])
        for line in lines:
            line.sort(key=lambda s: s.start)
            current = line[0]
            for seg in line[1:]:
                gap = seg.start - current.end
                middle = (current.position + seg.position) / 2
                if gap <= 0 or (gap <= longest and _shows_a_line(binary, orientation, middle, int(current.end),
                                                                  int(seg.start), px_per_point)):
                    current = Segment(orientation, current.start, max(current.end, seg.end), middle,
                                      max(current.thickness, seg.thickness))
                else:
                    out.append(current)
                    current = seg
            out.append(current)
    return out


def segments_to_edges(segments: list[Segment], points_per_pixel: float) -> list[dict[str, object]]:
    """pdfplumber edge dicts in PDF points (origin top-left)."""
    edges: list[dict[str, object]] = []
    for seg in segments:
        start, end, pos = (v * points_per_pixel for v in (seg.start, seg.end, seg.position))
        if seg.orientation == "h":
            edges.append({"x0": start, "x1": end, "top": pos, "bottom": pos, "width": end - start, "orientation": "h"})
        else:
            edges.append({"x0": pos, "x1": pos, "top": start, "bottom": end, "height": end - start, "orientation": "v"})
    return edges


def edges_to_cell_groups(edges: list[dict[str, object]]) -> list[list[tuple[float, float, float, float]]]:
    """Cells (x0, top, x1, bottom) grouped by table, as pdfplumber's TableFinder does."""
    merged = merge_edges(edges, SNAP_POINTS, SNAP_POINTS, JOIN_POINTS, JOIN_POINTS)
    intersections = edges_to_intersections(merged, INTERSECTION_POINTS, INTERSECTION_POINTS)
    cells = intersections_to_cells(intersections)
    return [group for group in cells_to_tables(cells) if len(group) >= 2]


@dataclass(frozen=True, slots=True)
class GridLayout:
    """Where each cell of one table sits: its bbox, first row/column and spans."""

    bbox: BBox
    row_edges: tuple[float, ...]  # len = rows + 1
    column_edges: tuple[float, ...]  # len = columns + 1
    cells: tuple[tuple[int, int, int, int, BBox], ...]  # (row, column, rowspan, colspan, bbox)

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.row_edges) - 1, len(self.column_edges) - 1


def cells_to_layout(cells: list[tuple[float, float, float, float]]) -> GridLayout:
    """Rows and columns as pdfplumber's ``Table.rows`` makes them: a row starts at every distinct cell
    top, a column at every distinct cell x0; a cell spans the rows and columns that start inside it."""
    tops = sorted({c[1] for c in cells})
    lefts = sorted({c[0] for c in cells})
    x1 = max(c[2] for c in cells)
    bottom = max(c[3] for c in cells)
    row_edges = (*tops, bottom)
    column_edges = (*lefts, x1)
    placed = []
    for x0, top, cx1, cbottom in sorted(cells, key=lambda c: (c[1], c[0])):
        row = tops.index(top)
        col = lefts.index(x0)
        rowspan = max(1, sum(1 for t in tops if top <= t < cbottom - 0.01))
        colspan = max(1, sum(1 for x in lefts if x0 <= x < cx1 - 0.01))
        placed.append((row, col, rowspan, colspan, BBox(x0, top, cx1, cbottom)))
    return GridLayout(
        bbox=BBox(lefts[0], tops[0], x1, bottom),
        row_edges=tuple(row_edges),
        column_edges=tuple(column_edges),
        cells=tuple(placed),
    )


def find_layouts(binary: np.ndarray, dpi: int, min_line_points: float) -> tuple[list[GridLayout], np.ndarray]:
    """Ruled tables on a deskewed binary page image, and the mask of their ruling pixels
    (to erase before reading the text: Tesseract reads a ruling as ``|`` or ``_``)."""
    px_per_point = dpi / 72.0
    horizontal, vertical = binary_to_line_masks(
        binary, round(min_line_points * px_per_point), round(GAP_POINTS * px_per_point)
    )
    max_thick = MAX_LINE_THICKNESS_POINTS * px_per_point
    ink = cv2.integral(binary // 255)
    side = max(2, round(SIDE_POINTS * px_per_point))
    segments = mask_to_segments(horizontal, "h", max_thick, ink, side) + mask_to_segments(
        vertical, "v", max_thick, ink, side
    )
    segments = drop_word_strokes(segments, binary, LONG_POINTS * px_per_point)
    segments = bridge_gaps(segments, binary, px_per_point)
    groups = edges_to_cell_groups(segments_to_edges(segments, 1.0 / px_per_point))
    layouts = [cells_to_layout(group) for group in groups]
    lines = cv2.bitwise_or(horizontal, vertical)
    return layouts, cv2.bitwise_and(lines, layouts_to_border_zone(layouts, lines.shape, px_per_point))


def layouts_to_border_zone(layouts: list[GridLayout], shape: tuple[int, ...], px_per_point: float) -> np.ndarray:
    """Mask of a band along every cell border: only line pixels there are table rulings (a long
    stroke elsewhere is a letter of a bold title, or two letters touching)."""
    zone = np.zeros(shape[:2], np.uint8)
    band = max(3, round(MAX_LINE_THICKNESS_POINTS * px_per_point))
    for layout in layouts:
        for *_, bbox in layout.cells:
            corners = [round(v * px_per_point) for v in (bbox.x0, bbox.top, bbox.x1, bbox.bottom)]
            cv2.rectangle(zone, (corners[0], corners[1]), (corners[2], corners[3]), 255, band)
    return zone
