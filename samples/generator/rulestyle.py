"""How a laid-out table's rules and shading are drawn: the habits of different PDF writers.

``layout_table`` draws a full grid of stroked segments and full-cell shading. Real
writers differ: some keep only horizontal rules, some draw every border as a thin
filled rectangle (double rules, two per border), some shade a header cell with a
strip inset from its borders, and rotated pages often carry rules whose ends differ by
floating-point noise. ``restyle`` turns the plain drawing into one of those, in place.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

from samples.generator.table import FillRect, PageOps, Segment

RuleStyle = Literal["grid", "horizontal", "none", "double"]
Shading = Literal["none", "full", "inset"]


@dataclass(frozen=True, slots=True)
class Restyle:
    rules: RuleStyle = "grid"
    shading: Shading = "full"
    noise: float = 0.0  # largest offset (points) added to one end of a rule
    double_gap: float = 0.9  # half the distance between the two strokes of a double rule
    double_width: float = 0.35
    inset: float = 1.6


def restyle(ops: PageOps, style: Restyle, rng: random.Random) -> None:
    segments = ops.segments
    if style.rules == "none":
        segments = []
    elif style.rules == "horizontal":
        segments = [s for s in segments if abs(s.y0 - s.y1) < 1e-6]
    if style.shading == "inset":
        ops.fills = [_inset(f, style.inset) for f in ops.fills]
    if style.rules == "double":
        ops.fills += [r for s in segments for r in _double(s, style)]
        segments = []
    if style.noise:
        segments = [_noisy(s, style.noise, rng) for s in segments]
    ops.segments = segments


def _inset(f: FillRect, d: float) -> FillRect:
    d = min(d, f.width / 4, f.height / 4)
    return FillRect(f.x + d, f.top + d, f.width - 2 * d, f.height - 2 * d, f.grey)


def _double(s: Segment, style: Restyle) -> list[FillRect]:
    """Two thin black rectangles along the segment, ``double_gap`` either side of it."""
    g, w = style.double_gap, style.double_width
    if abs(s.y0 - s.y1) < 1e-6:
        x0, x1 = min(s.x0, s.x1) - g, max(s.x0, s.x1) + g
        return [FillRect(x0, s.y0 + off - w / 2, x1 - x0, w, 0.0) for off in (-g, g)]
    y0, y1 = min(s.y0, s.y1) - g, max(s.y0, s.y1) + g
    return [FillRect(s.x0 + off - w / 2, y0, w, y1 - y0, 0.0) for off in (-g, g)]


def _noisy(s: Segment, noise: float, rng: random.Random) -> Segment:
    """One end moved by a hair across the rule: ``y0 != y1`` in the last decimals."""
    e = rng.uniform(noise / 10, noise)
    if abs(s.y0 - s.y1) < 1e-6:
        return Segment(s.x0, s.y0, s.x1, s.y1 + e)
    return Segment(s.x0, s.y0, s.x1 + e, s.y1)
