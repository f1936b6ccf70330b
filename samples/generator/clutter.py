"""Unreadable clutter drawn over rendered pages, for testing that nothing read is lost silently.

``add_clutter`` changes no field of the plan, so the truth stays as it is; what it adds is text a
reader must notice it did not read (``normalize.accounting``):

- a **stray note column** (`PARAF`, a label no header wording matches) ruled onto the right of every
  ruled table, over the header and the upper half of the rows, with short notes in some of its cells;
- **text outside the cells**: a note printed below that column, inside the table's box where no
  ruled cell is;
- a **second small table** (`No | Uraian | Catatan`), on a page with room for it or on a page of its own.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace

from reportlab.pdfbase import pdfmetrics

from samples.generator.render import Page
from samples.generator.table import PageOps, PlacedText, Segment

NOTE_LABEL = "PARAF"
NOTES = ("cek", "ok", "rev.", "lihat", "sdh")
STRAY_NOTE = "*) cek lagi"
SMALL_TABLE = (("No", "Uraian", "Catatan"), ("1", "Rapat koordinasi", "bulanan"),
               ("2", "Kunjungan lapangan", "insidentil"))
SMALL_WIDTHS = (22.0, 120.0, 70.0)
SMALL_ROW = 13.0
NOTE_WIDTH = 36.0
MARGIN = 3.0  # kept free at the page's right edge
MIN_NOTE_WIDTH = 16.0


def _body_font(ops: PageOps) -> tuple[str, float]:
    """The font and size most of the page's text is printed in."""
    (font, size), _ = Counter((t.font, t.size) for t in ops.texts).most_common(1)[0]
    return font, size


def _note_column(page: Page, rng: random.Random) -> None:
    """A ruled column right of the table over its header and upper rows; a stray note under it."""
    ops = page.ops
    horizontal = [s for s in ops.segments if abs(s.y0 - s.y1) < 0.01]
    vertical = [s for s in ops.segments if abs(s.x0 - s.x1) < 0.01]
    if len(horizontal) < 4 or not vertical or not ops.texts:
        return
    right = max(max(s.x0, s.x1) for s in horizontal)
    width = min(NOTE_WIDTH, page.width - right - MARGIN)
    edges = sorted({round(s.y0, 2) for s in horizontal if abs(max(s.x0, s.x1) - right) < 0.5})
    if width < MIN_NOTE_WIDTH or len(edges) < 4:
        return
    bottom = max(max(s.y0, s.y1) for s in vertical)
    kept = edges[: max(3, len(edges) // 2)]
    ops.segments += [Segment(right, y, right + width, y) for y in kept]
    ops.segments.append(Segment(right + width, kept[0], right + width, kept[-1]))
    font, size = _body_font(ops)
    widest = max((NOTE_LABEL, STRAY_NOTE, *NOTES), key=lambda t: pdfmetrics.stringWidth(t, font, 1.0))
    size = min(size, (width - 3.0) / pdfmetrics.stringWidth(widest, font, 1.0))  # every note inside the column
    ops.texts.append(PlacedText(right + 2.0, kept[0] + size + 1.5, NOTE_LABEL, font, size))
    for top, below in zip(kept[1:-1], kept[2:], strict=False):
        if below - top > size + 2.0 and rng.random() < 0.6:
            ops.texts.append(PlacedText(right + 2.0, top + size + 1.5, rng.choice(NOTES), font, size))
    if bottom - kept[-1] > 3 * size:  # inside the table's box, in no cell
        ops.texts.append(PlacedText(right + 2.0, kept[-1] + 2 * size, STRAY_NOTE, font, size))


def _room_below(page: Page) -> float:
    """Where a small table may start on ``page`` (points from the top), or -1 when it has no room."""
    lowest = max([t.baseline for t in page.ops.texts] + [max(s.y0, s.y1) for s in page.ops.segments], default=0.0)
    needed = len(SMALL_TABLE) * SMALL_ROW + 30.0
    return lowest + 16.0 if page.height - lowest >= needed else -1.0


def _small_table(ops: PageOps, x: float, top: float, font: tuple[str, float]) -> None:
    """A 3 x 3 ruled table that holds no indicator or target."""
    edges = [x]
    for w in SMALL_WIDTHS:
        edges.append(edges[-1] + w)
    rows = len(SMALL_TABLE)
    ops.segments += [Segment(edges[0], top + r * SMALL_ROW, edges[-1], top + r * SMALL_ROW) for r in range(rows + 1)]
    ops.segments += [Segment(e, top, e, top + rows * SMALL_ROW) for e in edges]
    name, size = font[0], min(font[1], 7.0)
    for r, cells in enumerate(SMALL_TABLE):
        for c, text in enumerate(cells):
            ops.texts.append(PlacedText(edges[c] + 2.0, top + r * SMALL_ROW + size + 2.5, text, name, size))


def add_clutter(pages: list[Page], rng: random.Random) -> list[Page]:
    """The same pages with a note column and a stray note on each ruled table, and a small second table."""
    out = [replace(p, ops=replace(p.ops, texts=list(p.ops.texts), segments=list(p.ops.segments),
                                  fills=list(p.ops.fills))) for p in pages]
    for page in out:
        _note_column(page, rng)
    font = _body_font(out[0].ops) if out[0].ops.texts else ("Helvetica", 7.0)
    room = [(i, _room_below(p)) for i, p in enumerate(out)]
    spot = next(((i, top) for i, top in room if top >= 0), None)
    if spot is None:
        last = out[-1]
        out.append(Page(width=last.width, height=last.height, rotate=last.rotate))
        spot = (len(out) - 1, 60.0)
    _small_table(out[spot[0]].ops, 60.0, spot[1], font)
    return out
