"""Printed words with their boxes, the common input of the aligned-table finder.

A ``Word`` is made from the text layer's characters (``chars_to_words``) or from an OCR word
(``extract.ocr.words.ocr_words_to_words``); ``parts`` keeps what it was made of so a cell's
lines can be built the same way as on the ruled path.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from extract.records import BBox


@dataclass(frozen=True, slots=True)
class Word:
    """One printed word: no space inside. Coordinates in PDF points, origin top-left."""

    text: str
    bbox: BBox
    font_size: float  # the text layer's size; an OCR word's box height
    bold: bool = False
    confidence: float = 1.0
    parts: tuple[Any, ...] = ()  # the text layer's chars, or the one OCR word

    @property
    def x_centre(self) -> float:
        return (self.bbox.x0 + self.bbox.x1) / 2

    @property
    def y_centre(self) -> float:
        return (self.bbox.top + self.bbox.bottom) / 2


def chars_to_words(chars: Iterable[dict[str, Any]], space_gap_ratio: float = 0.15,
                   line_gap_ratio: float = 0.5) -> list[Word]:
    """Upright characters → words, split at space characters and at gaps wider than
    ``space_gap_ratio`` x font size (the same rule ``chars_to_lines`` uses for a space)."""
    ordered = sorted((c for c in chars if c.get("upright", True)), key=lambda c: (c["top"], c["x0"]))
    lines: list[list[dict[str, Any]]] = []
    for ch in ordered:
        if lines and abs(ch["top"] - lines[-1][0]["top"]) <= line_gap_ratio * max(lines[-1][0]["size"], 1.0):
            lines[-1].append(ch)
        else:
            lines.append([ch])
    words: list[Word] = []
    for line in lines:
        line.sort(key=lambda c: c["x0"])
        current: list[dict[str, Any]] = []
        for ch in line:
            if ch["text"].isspace():
                words.extend(_word(current))
                current = []
                continue
            if current and ch["x0"] - current[-1]["x1"] > space_gap_ratio * max(ch["size"], 1.0):
                words.extend(_word(current))
                current = []
            current.append(ch)
        words.extend(_word(current))
    return words


def _word(chars: list[dict[str, Any]]) -> list[Word]:
    if not chars:
        return []
    bold = sum("bold" in c.get("fontname", "").lower() for c in chars) > len(chars) / 2
    return [Word(text="".join(c["text"] for c in chars),
                 bbox=BBox(min(c["x0"] for c in chars), min(c["top"] for c in chars),
                           max(c["x1"] for c in chars), max(c["bottom"] for c in chars)),
                 font_size=max(c["size"] for c in chars), bold=bold, parts=tuple(chars))]
