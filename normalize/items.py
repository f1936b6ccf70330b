"""Several indicators listed in one cell, each with its value on its own line of the target cell.

Perjanjian Kinerja tables print

    1.1. Jumlah produksi yang dihasilkan (ton) :        |
         - Daging                                       |   768.495
         - Telur                                        |   217.235

in one pair of cells. Each item becomes an indicator of its own, its target the value
printed level with it; a sub-item (`- Daging`) keeps the item it belongs to in its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.records import TextLine
from normalize.records import Fragment
from normalize.text import collapse, join_lines

# `1.1.`, `- `, and as OCR leaves them: `(11.`, `1,1.`
_ITEM_START = re.compile(r"^\s*(?P<dash>[-•–·]\s*)?(?P<num>[(\[]?\d{1,2}(?:[.,]\d{1,2})*[.,)]?\s+)?(?=\S)")
_VALUE_LINE = re.compile(r"^\s*(?:[<>≥≤]\s*)?(?:Rp\.?\s*)?\d")
_UNIT_IN_TEXT = re.compile(r"\((?P<unit>[^()]{1,24})\)\s*:?\s*$")


@dataclass(frozen=True)
class ListedIndicator:
    text: str
    target_text: str  # "" when no value is printed level with it
    target_line: TextLine | None
    unit_hint: str | None  # `(ton)` at the end of the item or of its parent


def unit_in_text(text: str) -> str | None:
    """`Jumlah produksi yang dihasilkan (ton) :` → `ton`; an acronym (`(IPG)`) is no unit."""
    m = _UNIT_IN_TEXT.search(text)
    if not m:
        return None
    unit = collapse(m.group("unit"))
    return None if unit.isupper() and unit.isalpha() else unit


def _items(lines: tuple[TextLine, ...]) -> list[tuple[bool, list[TextLine]]]:
    items: list[tuple[bool, list[TextLine]]] = []
    for line in sorted(lines, key=lambda ln: ln.bbox.top):
        m = _ITEM_START.match(line.text)
        starts = bool(m and (m.group("dash") or m.group("num")))
        if starts or not items:
            items.append((bool(m and m.group("dash")), [line]))
        else:
            items[-1][1].append(line)
    return items


def _strip_item_marker(text: str) -> str:
    m = _ITEM_START.match(text)
    return collapse(text[m.end():] if m else text)


def split_listed(indicator: Fragment, target: Fragment | None) -> list[ListedIndicator] | None:
    """The items of a cell with two or more values beside them; None when it holds one indicator."""
    if target is None or len(indicator.lines) < 2:
        return None
    values = [ln for ln in sorted(target.lines, key=lambda ln: ln.bbox.top) if _VALUE_LINE.match(ln.text)]
    if len(values) < 2:
        return None
    items = _items(indicator.lines)
    if len(items) < 2:
        return None
    tops = [lines[0].bbox.top for _, lines in items] + [float("inf")]
    slack = min(ln.bbox.height for ln in indicator.lines) * 0.5
    found: dict[int, list[TextLine]] = {}
    for value in values:
        centre = (value.bbox.top + value.bbox.bottom) / 2
        for i in range(len(items)):
            if tops[i] - slack <= centre < tops[i + 1] - slack:
                found.setdefault(i, []).append(value)
                break
    if len(found) < 2 or any(len(v) > 1 for v in found.values()):
        return None  # values do not line up one per item: read the cell as one indicator
    out: list[ListedIndicator] = []
    parent = ""
    for i, (is_dash, lines) in enumerate(items):
        text = _strip_item_marker(join_lines(tuple(lines)))
        if not is_dash:
            parent = text
        if i not in found:
            continue  # a heading item (`1.1. Jumlah produksi … :`): its sub-items carry the values
        full = f"{parent.rstrip(' :')} - {text}" if is_dash and parent and parent != text else text
        hint = unit_in_text(text) or (unit_in_text(parent) if is_dash else None)
        out.append(ListedIndicator(text=collapse(full), target_text=found[i][0].text, target_line=found[i][0],
                                   unit_hint=hint))
    return out or None
