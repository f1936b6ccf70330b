"""Which way up a scanned page is: 0, 90, 180 or 270 degrees to turn it clockwise.

Scanners that feed portrait store a landscape page turned by 90 degrees with no /Rotate, so
the image itself must be righted. Two questions, answered apart:

* **the axis** (do lines of print run across or down the image?) from the letters alone: for
  each letter-sized blob, the direction to its nearest neighbour. Letters of a word sit side by
  side, closer than the lines above and below, so on an upright or upside-down page most
  nearest neighbours lie left or right; on a page turned by 90 or 270 degrees, above or below.
  Table rulings are too long to count as letters and do not vote.
* **the direction** along that axis, by reading: a patch of the page dense in letters is read
  both ways up and the way with the higher Tesseract confidence wins (print upside down reads at
  a confidence of about 40, upright at 80-90).

Tesseract's own orientation detection (``--psm 0``) was measured on the generated scans and
rejected: on table pages it named the wrong side for 7 of 13 pages turned by 90 degrees, some
with a confidence above 10, and took 1-4 s a page.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from extract.ocr import cleanup, tesseract

# letters: blobs between these sizes (points, longer side); smaller is a dot or a speck,
# longer a ruling or a word run together
MIN_LETTER_POINTS = 2.0
MAX_LETTER_POINTS = 14.0
MIN_LETTERS = 30  # fewer: too little print to tell, the page is left as it is
SAMPLE_LETTERS = 1500  # nearest neighbours are looked up for at most this many letters
SIDEWAYS_SHARE = 0.5  # below this share of side-by-side neighbours the lines run down the page
PATCH_POINTS = (180.0, 100.0)  # width, height of the patch read both ways up (upright frame)
PATCH_DPI = 150
# read with English alone: half the start-up time of ind+eng, and upright print still reads at 55-88
# against 15-41 upside down on the generated scans (a margin of 23 or more)
PATCH_LANGUAGES = "eng"


@dataclass(frozen=True, slots=True)
class Letters:
    """Centres of the letter-sized blobs of a page, in pixels (x, y)."""

    centres: np.ndarray  # float, shape (n, 2)

    def __len__(self) -> int:
        return len(self.centres)


def binary_to_letters(binary: np.ndarray, dpi: int) -> Letters:
    """Letter-sized connected blobs of a binary page (ink = 255)."""
    px = dpi / 72.0
    count, _, stats, centres = cv2.connectedComponentsWithStats(binary, connectivity=8)
    longer = np.maximum(stats[1:count, cv2.CC_STAT_WIDTH], stats[1:count, cv2.CC_STAT_HEIGHT])
    keep = (longer >= MIN_LETTER_POINTS * px) & (longer <= MAX_LETTER_POINTS * px)
    return Letters(centres=np.asarray(centres[1:count][keep], dtype=np.float64))


def side_by_side_share(letters: Letters, seed: int = 0) -> float:
    """Share of letters whose nearest neighbour lies more to the side than above or below."""
    centres = letters.centres
    if len(centres) < MIN_LETTERS:
        return 1.0
    rng = np.random.default_rng(seed)
    sample = centres if len(centres) <= SAMPLE_LETTERS else centres[rng.choice(len(centres), SAMPLE_LETTERS, False)]
    beside = 0
    for start in range(0, len(sample), 250):
        chunk = sample[start : start + 250]
        distance = ((chunk[:, None, :] - centres[None, :, :]) ** 2).sum(axis=-1)
        distance[distance == 0] = np.inf  # the letter itself
        offset = centres[distance.argmin(axis=1)] - chunk
        beside += int(np.count_nonzero(np.abs(offset[:, 0]) > np.abs(offset[:, 1])))
    return beside / len(sample)


def lines_run_down(binary: np.ndarray, dpi: int) -> bool:
    """True when the print runs down the image: the page is turned by 90 or 270 degrees."""
    return side_by_side_share(binary_to_letters(binary, dpi)) < SIDEWAYS_SHARE


def densest_patch(letters: Letters, shape: tuple[int, ...], size: tuple[int, int]) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1) of the window of ``size`` (w, h) pixels holding the most letters."""
    height, width = shape[:2]
    w, h = min(size[0], width), min(size[1], height)
    cell = max(8, min(w, h) // 4)
    grid = np.zeros((height // cell + 1, width // cell + 1), np.float64)
    if len(letters):
        xs = (letters.centres[:, 0] // cell).astype(int)
        ys = (letters.centres[:, 1] // cell).astype(int)
        np.add.at(grid, (ys, xs), 1.0)
    gw, gh = max(1, w // cell), max(1, h // cell)
    summed = cv2.integral(grid.astype(np.float64))
    sums = summed[gh:, gw:] - summed[:-gh, gw:] - summed[gh:, :-gw] + summed[:-gh, :-gw]
    gy, gx = np.unravel_index(int(np.argmax(sums)), sums.shape)
    x0, y0 = min(int(gx) * cell, width - w), min(int(gy) * cell, height - h)
    return x0, y0, x0 + w, y0 + h


def _reading_score(words: list[tesseract.OcrWord]) -> float:
    """Mean confidence weighted by word length; nothing read scores 0."""
    weight = sum(len(w.text) for w in words)
    return sum(w.confidence * len(w.text) for w in words) / weight if weight else 0.0


def better_way_up(patch: np.ndarray, dpi: int, timeout: float) -> tuple[bool, float, float]:
    """Read ``patch`` as it is and turned by 180 degrees: (turned reads better, score as is, score turned)."""
    scale = min(1.0, PATCH_DPI / dpi)
    if scale < 1.0:
        patch = cv2.resize(patch, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    read_dpi = round(dpi * scale)
    scores = [
        _reading_score(tesseract.read_words(image, languages=PATCH_LANGUAGES, psm=6, dpi=read_dpi, timeout=timeout))
        for image in (patch, cleanup.turn(patch, 180))
    ]
    return scores[1] > scores[0], scores[0], scores[1]


def reads_better_turned(grey: np.ndarray, letters: Letters, dpi: int, timeout: float) -> bool:
    """True when the patch of ``grey`` densest in letters reads better turned by 180 degrees."""
    px = dpi / 72.0
    x0, y0, x1, y1 = densest_patch(letters, grey.shape, (round(PATCH_POINTS[0] * px), round(PATCH_POINTS[1] * px)))
    return better_way_up(grey[y0:y1, x0:x1], dpi, timeout)[0]


def page_rotation(grey: np.ndarray, binary: np.ndarray, dpi: int, timeout: float) -> int:
    """Clockwise degrees (0, 90, 270) that right a page whose print runs down the image; 0 when it
    runs across (a page upside down is caught after reading, by its low confidence: see
    ``is_upside_down``)."""
    letters = binary_to_letters(binary, dpi)
    if len(letters) < MIN_LETTERS or side_by_side_share(letters) >= SIDEWAYS_SHARE:
        return 0
    turned = cleanup.turn(grey, 90)
    # the letters' centres in the frame of the page turned 90 degrees clockwise
    turned_letters = Letters(np.column_stack([grey.shape[0] - 1 - letters.centres[:, 1], letters.centres[:, 0]]))
    return 270 if reads_better_turned(turned, turned_letters, dpi, timeout) else 90


def is_upside_down(grey: np.ndarray, binary: np.ndarray, dpi: int, timeout: float) -> bool:
    """True when a page whose print runs across reads better turned by 180 degrees."""
    letters = binary_to_letters(binary, dpi)
    return len(letters) >= MIN_LETTERS and reads_better_turned(grey, letters, dpi, timeout)
