"""Words read badly on the whole page, read again alone and enlarged.

A borderless table's header is the one place a misread word costs a whole column (`TW 1` read
as `wi` leaves the first quarter without a label), and narrow bold header fonts are what
Tesseract reads worst at page scale. Each header word below ``REREAD_CONFIDENCE`` is cropped with
a margin, enlarged ``REREAD_SCALE`` times and read as one line; the new reading replaces the old
one when Tesseract is surer of it. The box stays the box found on the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import cv2
import numpy as np

from extract.ocr import tesseract
from extract.ocr.settings import OcrSettings
from extract.ocr.tesseract import OcrWord

REREAD_CONFIDENCE = 60.0  # Tesseract's 0-100
REREAD_SCALE = 3.0
LINE_PSM = 7  # one text line
MARGIN = 0.5  # of the word's height, around its box


def reread(grey: np.ndarray, word: OcrWord, settings: OcrSettings) -> OcrWord:
    """``word`` read again from ``grey`` (the page it was read from); the surer of the two readings."""
    pad = max(4, int(MARGIN * word.height))
    y0, x0 = max(0, word.top - pad), max(0, word.left - pad)
    crop = grey[y0:word.bottom + pad, x0:word.right + pad]
    if crop.size == 0:
        return word
    big = cv2.resize(crop, None, fx=REREAD_SCALE, fy=REREAD_SCALE, interpolation=cv2.INTER_CUBIC)
    found = tesseract.read_words(big, languages=settings.languages, psm=LINE_PSM,
                                 dpi=int(settings.dpi * REREAD_SCALE), timeout=settings.timeout_seconds)
    if not found:
        return word
    confidence = sum(w.confidence for w in found) / len(found)
    if confidence <= word.confidence:
        return word
    return replace(word, text=" ".join(w.text for w in found), confidence=confidence)


def reread_unsure(grey: np.ndarray, words: Sequence[OcrWord], settings: OcrSettings) -> dict[int, OcrWord]:
    """Better readings of the words below ``REREAD_CONFIDENCE``, by their index in ``words``."""
    better = {}
    for i, word in enumerate(words):
        if word.confidence < REREAD_CONFIDENCE:
            again = reread(grey, word, settings)
            if again is not word:
                better[i] = again
    return better
