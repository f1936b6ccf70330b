"""The outline of a hierarchy column read from how each row is printed, not from its words alone.

A table prints every level of its hierarchy in a style of its own — the kind of list marker
(`1.`, `a.`, `1)`), bold or regular type, the indentation — and keeps to it. Rows whose level
the text itself tells (a keyword `Program …`, a budget code, a field label, a sasaran statement
`Meningkatnya …`) teach the table's styles; a row that tells nothing takes the level its style
had before, and a style never seen before opens the level below the row above it (a new
marker kind under a program is its kegiatan). Siblings print alike, so they stay siblings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalize.records import Fragment
from normalize.text import join_lines

LEVELS = ("sasaran", "program", "kegiatan", "subkegiatan")
INDENT_STEP = 5.0  # points: indentation closer than this is the same indentation


@dataclass(frozen=True, slots=True)
class Style:
    """How a row of the hierarchy column is printed."""

    marker: str  # `num.`, `num)`, `lower.`, `upper.`, `roman`, `none`, …
    bold: bool
    indent: int  # indentation from the cell's left edge in steps of INDENT_STEP


def marker_kind(marker: str | None) -> str:
    """`1.` → `num.`, `a)` → `lower)`, `IV` → `roman`, no marker → `none`."""
    if not marker:
        return "none"
    core, end = marker.strip(), ""
    if core[-1:] in ".)":
        core, end = core[:-1], core[-1]
    if re.fullmatch(r"\d+(?:\.\d+)+", core):
        return f"depth{core.count('.') + 1}"
    if core.isdigit():
        return f"num{end}"
    if re.fullmatch(r"[IVX]{2,4}", core) or (core in ("I", "V", "X") and not end):
        return "roman"
    if len(core) == 1 and core.isalpha():
        return ("lower" if core.islower() else "upper") + end
    return "other"


def row_style(frags: list[Fragment], marker: str | None) -> Style:
    lines = [ln for f in frags for ln in f.lines]
    if not lines:
        return Style(marker_kind(marker), False, 0)
    first = frags[0]
    indent = min(ln.bbox.x0 for ln in first.lines) - first.bbox.x0 if first.lines else 0.0
    return Style(marker_kind(marker), lines[0].bold, int(max(indent, 0.0) // INDENT_STEP))


@dataclass
class Outline:
    """The styles a table has shown at each level, and the chain of styles open above the current row."""

    seen: dict[Style, set[int]] = field(default_factory=dict)
    stack: list[tuple[Style, int]] = field(default_factory=list)

    def observe(self, style: Style, level: str) -> None:
        depth = LEVELS.index(level)
        self.seen.setdefault(style, set()).add(depth)
        while self.stack and self.stack[-1][1] >= depth:
            self.stack.pop()
        self.stack.append((style, depth))

    def guess(self, style: Style, statement: bool = False) -> tuple[str | None, str]:
        """The level a row printed in ``style`` stands at, with the evidence; None when the table
        has taught nothing yet or shown this style at two levels. A sasaran is known by its
        statement (``statement``: `Meningkatnya …`): a row printed like one without it is a program."""
        depths = self.seen.get(style)
        if depths is not None and 0 in depths:
            if statement:
                return LEVELS[0], "a sasaran statement printed as the sasaran are"
            depths = (depths - {0}) or {1}  # printed like the sasaran, but no statement: not one
        if depths is not None:
            if len(depths) == 1:
                return LEVELS[next(iter(depths))], "style seen before at this level"
            return None, "style seen at several levels"
        if not self.stack:
            return None, "no style seen yet"
        depth = min(self.stack[-1][1] + 1, len(LEVELS) - 1)
        return LEVELS[depth], "new style: one level below the row above"


def bold_head(frags: list[Fragment]) -> tuple[str, str] | None:
    """A cell printing its program in bold and then its kegiatan in regular type (`Program X` /
    `Kegiatan Y`): the two texts; None unless bold lines come first and regular lines follow."""
    lines = [ln for f in frags for ln in f.lines]
    if len(lines) < 2 or not lines[0].bold or lines[-1].bold:
        return None
    cut = next(i for i, ln in enumerate(lines) if not ln.bold)
    if any(ln.bold for ln in lines[cut:]):
        return None
    return join_lines(lines[:cut]), join_lines(lines[cut:])
