"""Words read badly on the whole page, read again alone and enlarged.

A borderless table's header is the one place a misread word costs a whole column (`TW 1` read
as `wi` leaves the first quarter without a label), and narrow bold header fonts are what
Tesseract reads worst at page scale. Each label (the words of one header line set close together:
`TW` `HI`) with a word below ``REREAD_CONFIDENCE``, or that does not read as a known label, is
cropped with a margin and read as one line in each of ``VIEWS`` in turn, enlarged and, in some,
thresholded or thinned; the first reading that makes a known label of it wins, else the surest
one when Tesseract is surer of it than of the page's reading. The box stays the box
found on the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import cv2
import numpy as np

from extract.ocr import tesseract
from extract.ocr.settings import OcrSettings
from extract.ocr.tesseract import OcrWord

REREAD_CONFIDENCE = 60.0  # Tesseract's 0-100
LINE_PSM = 7  # one text line
MARGIN = 0.5  # of the word's height, around its box
# words of one label sit at most this many word heights apart (`TW` `III`); labels of two columns further
LABEL_GAP_HEIGHTS = 1.0
# which way a bold narrow label reads right changes from one enlargement to the next, and with a
# threshold (TW II: `TWh` at 3x, `Tw II` at 2x), or with its strokes thinned (bold letters run
# together): (scale, treatment), the first the one tried alone before
VIEWS = ((3.0, ""), (2.0, ""), (4.0, ""), (2.0, "threshold"), (3.0, "threshold"), (4.0, "threshold"),
         (3.0, "thin"), (4.0, "thin"))

Known = Callable[[str], bool]


def _never(_: str) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class Reread:
    """Words read again together (a label's words), and their new reading, one word in their place."""

    words: tuple[OcrWord, ...]
    word: OcrWord


def _view(crop: np.ndarray, scale: float, treatment: str) -> np.ndarray:
    big = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    if treatment:
        _, big = cv2.threshold(big, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    if treatment == "thin":  # paper grown into the ink by about a pixel of the page
        big = cv2.dilate(big, np.ones((round(scale), round(scale)), np.uint8))
    return big


def _read_view(crop: np.ndarray, scale: float, treatment: str, settings: OcrSettings) -> tuple[str, float] | None:
    found = tesseract.read_words(_view(crop, scale, treatment), languages=settings.languages, psm=LINE_PSM,
                                 dpi=int(settings.dpi * scale), timeout=settings.timeout_seconds)
    if not found:
        return None
    return " ".join(w.text for w in found), sum(w.confidence for w in found) / len(found)


def reread(grey: np.ndarray, word: OcrWord, settings: OcrSettings, known: Known = _never) -> OcrWord:
    """``word`` read again from ``grey`` (the page it was read from); the better of the readings."""
    pad = max(4, int(MARGIN * word.height))
    y0, x0 = max(0, word.top - pad), max(0, word.left - pad)
    crop = grey[y0:word.bottom + pad, x0:word.right + pad]
    if crop.size == 0:
        return word
    looking = known is not _never and not known(word.text)  # a misread label: every view, for one that reads right
    best = word
    for scale, treatment in VIEWS if looking else VIEWS[:1]:
        read = _read_view(crop, scale, treatment, settings)
        if read is None:
            continue
        again = replace(word, text=read[0], confidence=read[1])
        if looking and known(again.text):
            return again
        if again.confidence > best.confidence and known(again.text) == known(word.text):
            best = again
    return best


def _labels(words: Sequence[OcrWord]) -> list[list[int]]:
    """Indices of the words of each label: on one line, close together."""
    order = sorted(range(len(words)), key=lambda i: (words[i].top, words[i].left))
    labels: list[list[int]] = []
    for i in order:
        w = words[i]
        for label in labels:
            last = words[label[-1]]
            same_line = min(w.bottom, last.bottom) - max(w.top, last.top) > 0.5 * min(w.height, last.height)
            if same_line and 0 <= w.left - last.right <= LABEL_GAP_HEIGHTS * max(w.height, last.height):
                label.append(i)
                break
        else:
            labels.append([i])
    return labels


def _joined(words: Sequence[OcrWord]) -> OcrWord:
    left, top = min(w.left for w in words), min(w.top for w in words)
    right, bottom = max(w.right for w in words), max(w.bottom for w in words)
    return replace(words[0], text=" ".join(w.text for w in words), left=left, top=top, width=right - left,
                   height=bottom - top, confidence=min(w.confidence for w in words))


def reread_unsure(grey: np.ndarray, words: Sequence[OcrWord], settings: OcrSettings,
                  known: Known = _never) -> list[Reread]:
    """Better readings of the labels among ``words`` that hold a word below ``REREAD_CONFIDENCE``
    or do not read as ``known`` (a bold `TW II` read, surely, as `WI`)."""
    better = []
    for label in _labels(words):
        ordered = sorted(label, key=lambda i: words[i].left)
        whole = _joined([words[i] for i in ordered])
        if whole.confidence >= REREAD_CONFIDENCE and known(whole.text):
            continue
        again = reread(grey, whole, settings, known)
        if again is not whole:
            better.append(Reread(tuple(words[i] for i in ordered), again))
    return better



# --- lines Tesseract left out ------------------------------------------------------------------

# a block of ink no word covers is a lost text line when it is about as tall as the words
# (MISSED_HEIGHT, of the page's median word height) and at least MISSED_WIDTH of it long;
# smaller blocks are the dot of an `i`, a tail of a letter cut off a box, a speck
MISSED_HEIGHT = (0.6, 1.8)
MISSED_WIDTH = 2.0
LETTER_JOIN = 0.5  # of the word height: the letters and words of one line blur into one block
MISSED_SCALE = 2.0
MISSED_CONFIDENCE = 50.0  # below this, what is read in a lost block is a guess at dirt
# a raw line: Tesseract's page layout analysis, which left the line out, finds no text in it either
RAW_LINE_PSM = 13


def _uncovered_ink(ink: np.ndarray, words: Sequence[OcrWord], height: float) -> np.ndarray:
    """The ink no word's box (grown a little) covers, its letters blurred into line blocks."""
    left = ink.copy()
    pad = max(1, round(0.2 * height))
    for w in words:
        left[max(0, w.top - pad):w.bottom + pad, max(0, w.left - pad):w.right + pad] = 0
    join = max(1, round(LETTER_JOIN * height))
    return cv2.dilate(left, np.ones((1, join), np.uint8))


def _read_block(grey: np.ndarray, box: tuple[int, int, int, int], height: float,
                settings: OcrSettings) -> list[OcrWord]:
    """The words of one block of ink, read as a line, boxed in the page's pixels."""
    x, y, w, h = box
    pad = max(4, round(MARGIN * height))
    x0, y0 = max(0, x - pad), max(0, y - pad)
    crop = grey[y0:y + h + pad, x0:x + w + pad]
    found = tesseract.read_words(_view(crop, MISSED_SCALE, ""), languages=settings.languages, psm=RAW_LINE_PSM,
                                 dpi=int(settings.dpi * MISSED_SCALE), timeout=settings.timeout_seconds)
    s = MISSED_SCALE
    # a raw line's words come boxed as tall as the crop: the block tells the rows they are printed in
    return [replace(f, left=x0 + round(f.left / s), top=y, width=round(f.width / s), height=h) for f in found
            if f.confidence >= MISSED_CONFIDENCE and any(ch.isalnum() for ch in f.text)]


def read_missed_lines(grey: np.ndarray, ink: np.ndarray, words: Sequence[OcrWord],
                      regions: Sequence[tuple[int, int, int, int]], settings: OcrSettings) -> list[OcrWord]:
    """Words of the text lines Tesseract left out of its reading of the page (a faint line of a
    low-resolution scan: the second line of an indicator, a whole row), inside ``regions``
    (x0, y0, x1, y1 in pixels: the tables found): each block of ink as tall as a line of words
    that no word covers, read alone."""
    if not words:
        return []
    height = float(np.median([w.height for w in words]))
    blocks = _uncovered_ink(ink, words, height)
    count, _, stats, _ = cv2.connectedComponentsWithStats(blocks, connectivity=8)
    found: list[OcrWord] = []
    for x, y, w, h, _ in stats[1:count]:
        inside = any(x0 <= x and x + w <= x1 and y0 <= y and y + h <= y1 for x0, y0, x1, y1 in regions)
        if inside and MISSED_HEIGHT[0] * height <= h <= MISSED_HEIGHT[1] * height and w >= MISSED_WIDTH * height:
            found += _read_block(grey, (int(x), int(y), int(w), int(h)), height, settings)
    return found


# --- a percent sign set apart from its number ----------------------------------------------------

NUMBER = re.compile(r"^\d[\d.,]*$")
MARK_CHARACTERS = 2  # `%` read as letters stays this short: `Jo`, `yo`, `fe`, `&`
# words of one value sit at most this many word heights apart (`85 %`)
VALUE_GAP_HEIGHTS = 0.8
PERCENT_VIEWS = ((3.0, ""), (2.0, ""), (4.0, ""))


def _after_number(mark: OcrWord, number: OcrWord) -> bool:
    same_line = min(mark.bottom, number.bottom) - max(mark.top, number.top) > 0.5 * min(mark.height, number.height)
    return same_line and 0 <= mark.left - number.right <= VALUE_GAP_HEIGHTS * max(mark.height, number.height)


def _percent_mark(number: OcrWord, mark: OcrWord, grey: np.ndarray, settings: OcrSettings) -> bool:
    """The pair read again, alone and enlarged, gives the same number and a `%` after it."""
    pair = _joined([number, mark])
    pad = max(4, int(MARGIN * pair.height))
    crop = grey[max(0, pair.top - pad):pair.bottom + pad, max(0, pair.left - pad):pair.right + pad]
    for scale, treatment in PERCENT_VIEWS:
        read = _read_view(crop, scale, treatment, settings)
        if read is not None and read[0].replace(" ", "") == number.text + "%":
            return True
    return False


def reread_percent_signs(grey: np.ndarray, words: Sequence[OcrWord], settings: OcrSettings) -> list[Reread]:
    """Percent signs Tesseract read as letters (`85 %` as `85 Jo`, `100 fe`): a short word with no
    digit right after a number, read again with its number; `%` where that reading says so."""
    numbers = [w for w in words if NUMBER.match(w.text)]
    better = []
    for mark in words:
        if mark.text == "%" or len(mark.text) > MARK_CHARACTERS or any(ch.isdigit() for ch in mark.text):
            continue
        number = next((n for n in numbers if _after_number(mark, n)), None)
        if number is not None and _percent_mark(number, mark, grey, settings):
            better.append(Reread((mark,), replace(mark, text="%")))
    return better
