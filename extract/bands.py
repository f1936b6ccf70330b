"""Words grouped the way a reader scans a page: bands (printed lines across the page) and
phrases (the words of one band close enough to be read together: a label, one line of a cell)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from extract.words import Word

COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")


@dataclass(frozen=True, slots=True)
class Band:
    """Words printed on one line across the page (a cell's second line is a band of its own)."""

    words: tuple[Word, ...]  # left to right

    @property
    def top(self) -> float:
        return min(w.bbox.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bbox.bottom for w in self.words)

    @property
    def size(self) -> float:
        return median(w.font_size for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words of one band close enough to be read together: one label, one cell's line."""

    words: tuple[Word, ...]

    @property
    def x0(self) -> float:
        return self.words[0].bbox.x0

    @property
    def x1(self) -> float:
        return max(w.bbox.x1 for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def words_to_bands(words: Sequence[Word]) -> list[Band]:
    """Words grouped into printed lines: boxes shrunk by a quarter of their height overlap."""
    bands: list[list[Word]] = []
    bottom = float("-inf")
    for word in sorted(words, key=lambda w: (w.bbox.top, w.bbox.x0)):
        shrink = 0.25 * word.bbox.height
        if bands and word.bbox.top + shrink < bottom:
            bands[-1].append(word)
            bottom = max(bottom, word.bbox.bottom - shrink)
        else:
            bands.append([word])
            bottom = word.bbox.bottom - shrink
    return [Band(tuple(sorted(b, key=lambda w: w.bbox.x0))) for b in bands]


def band_phrases(band: Band, gap: float) -> list[Phrase]:
    phrases: list[list[Word]] = []
    for word in band.words:
        if phrases and word.bbox.x0 - max(w.bbox.x1 for w in phrases[-1]) < gap:
            phrases[-1].append(word)
        else:
            phrases.append([word])
    return [Phrase(tuple(p)) for p in phrases]


def is_column_numbers(band: Band) -> bool:
    """The row of column numbers `(1) (2) … (13)` under a header."""
    texts = [w.text for w in band.words]
    return len(texts) >= 3 and sum(bool(COLUMN_NUMBER.match(t)) for t in texts) >= 0.75 * len(texts)


def column_of(edges: Sequence[float], x: float) -> int:
    return max(0, min(len(edges) - 2, bisect_right(edges, x) - 1))


def text_size(bands: Sequence[Band]) -> float:
    """The font size the bands are printed in. An OCR word's box is only as tall as its letters
    (`saran` has no ascender), a printed line with ascenders and descenders is as tall as the
    font: the taller of the two, over the bands' median, each band counted once a word (a speck
    of dirt read as a word of its own is a band too, and must not make a table of one row small)."""
    return median(max(b.size, b.bottom - b.top) for b in bands for _ in b.words)
