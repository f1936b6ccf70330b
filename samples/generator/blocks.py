"""Free text on a page: titles, cover lines, signature blocks, page numbers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from samples.generator.fonts import FontFace
from samples.generator.table import PageOps, PlacedText
from samples.generator.wrapping import wrap


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    size: float
    bold: bool = False
    space_before: float = 0.0  # extra gap above this line (blank lines in the Word original)


def block_height(lines: list[Line], leading: float = 1.2) -> float:
    return sum(ln.space_before + ln.size * leading for ln in lines)


def draw_block(ops: PageOps, lines: list[Line], face: FontFace, top: float, x0: float, x1: float,
               align: Literal["left", "center", "right"] = "center", leading: float = 1.2) -> float:
    """Draw lines from ``top`` between x0 and x1; return the y below the block."""
    y = top
    for ln in lines:
        y += ln.space_before
        font = face.bold if ln.bold else face.regular
        # A line wider than the space wraps, as Word would (a long agency name on a portrait cover).
        def measure(t: str, ln: Line = ln) -> float:
            return face.width(t, ln.size, ln.bold)

        for text in wrap(ln.text, x1 - x0, measure):
            w = face.width(text, ln.size, ln.bold)
            if align == "center":
                x = (x0 + x1 - w) / 2
            elif align == "right":
                x = x1 - w
            else:
                x = x0
            baseline = y + ln.size * (leading - 1) / 2 + ln.size * 0.8
            if text:
                ops.texts.append(PlacedText(x, baseline, text, font, ln.size))
            y += ln.size * leading
    return y
