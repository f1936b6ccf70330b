"""Image clean-up before reading: colour, rotation, skew, binarisation.

Pure functions over numpy images (uint8). Ink is dark on a light page in grey images;
binary images use 255 for ink, 0 for paper (what OpenCV morphology expects).
"""

from __future__ import annotations

import cv2
import numpy as np

RIM_VALUE = 150  # near a coloured stroke, paler pixels are its rim; darker ones make blobs to test
RIM_SHARE = 0.6  # a blob with this share of its pixels beside coloured ones is a rim
MAX_COLOUR_SHARE = 0.2
MIN_STROKE_POINTS = 3.0  # a coloured blob smaller than this square is noise, not a stroke


def colour_mask(rgb: np.ndarray, dpi: int, min_chroma: int = 24, min_value: int = 70) -> np.ndarray:
    """Strokes of coloured ink (stamps, signatures), found at half resolution on the page balanced
    to its paper (a yellowed sheet is not colour). Colour is chroma, the largest minus the smallest
    channel, of at least ``min_chroma``: black print blended with the paper stays below it, a
    stamp's ink (saturation 50-90 of 255) is above it. Scattered coloured pixels (JPEG noise on a
    shaded cell, a real scanner's colour fringes on black print) are no stroke: only blobs of at
    least ``MIN_STROKE_POINTS`` squared count. 1 = coloured, at full resolution."""
    small = cv2.resize(rgb, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)  # also quiets noise
    paper = np.percentile(small[::4, ::4].reshape(-1, 3), 90, axis=0)
    channels = [cv2.convertScaleAbs(ch, alpha=255.0 / max(1.0, float(level)))
                for ch, level in zip(cv2.split(small), paper, strict=True)]
    brightest = cv2.max(cv2.max(channels[0], channels[1]), channels[2])
    darkest = cv2.min(cv2.min(channels[0], channels[1]), channels[2])
    raw = ((cv2.subtract(brightest, darkest) >= min_chroma) & (brightest >= min_value)).astype(np.uint8)
    found = cv2.morphologyEx(raw, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(found, connectivity=8)
    strokes = stats[:, cv2.CC_STAT_AREA] >= (MIN_STROKE_POINTS * dpi / 72.0 / 2) ** 2
    strokes[0] = False
    mask: np.ndarray = strokes[labels].astype(np.uint8)
    return cv2.resize(mask, (rgb.shape[1], rgb.shape[0]), interpolation=cv2.INTER_NEAREST)


def drop_colour(rgb: np.ndarray, dpi: int, halo: int = 7) -> np.ndarray:
    """Grey image with coloured ink (stamps, signatures in blue ink) turned to paper.

    A coloured stroke leaves a grey rim (JPEG keeps colour at half resolution): pale pixels
    within ``halo`` pixels of coloured ones go, and so does a blob of dark ones lying mostly that
    near; print crossing a stamp lies mostly outside and keeps all but its pale edge there. A
    page more than a fifth in colour is a colour page, not a stamp: only its coloured pixels go."""
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    coloured = colour_mask(rgb, dpi)
    if not coloured.any():
        return grey
    grey[coloured > 0] = 255
    if coloured.mean() > MAX_COLOUR_SHARE:
        return grey
    near = cv2.dilate(coloured, np.ones((halo, halo), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(near, connectivity=8)
    for x, y, w, h, _ in stats[1:count]:
        # each stamp or signature on its own: the blob test needs only the print around it
        x0, y0, x1, y1 = max(0, x - halo), max(0, y - halo), x + w + halo, y + h + halo
        _drop_rims(grey[y0:y1, x0:x1], near[y0:y1, x0:x1])
    return grey


def _drop_rims(grey: np.ndarray, near: np.ndarray) -> None:
    """In place: pale pixels near colour to paper, and dark blobs lying mostly near it."""
    grey[(near > 0) & (grey >= RIM_VALUE)] = 255
    count, labels = cv2.connectedComponents((grey < RIM_VALUE).astype(np.uint8), connectivity=8)
    inside = np.bincount(labels[near > 0].ravel(), minlength=count)
    total = np.bincount(labels.ravel(), minlength=count)
    rim = inside >= RIM_SHARE * total
    rim[0] = False
    grey[rim[labels]] = 255


def to_grey(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)


def binarise(grey: np.ndarray, dpi: int) -> np.ndarray:
    """Ink = 255. Adaptive threshold copes with uneven scanner lighting and grey JPEG noise."""
    block = max(15, (dpi // 8) | 1)
    smooth = cv2.medianBlur(grey, 3)
    return cv2.adaptiveThreshold(smooth, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15)


def _profile_sharpness(binary: np.ndarray) -> float:
    rows = binary.sum(axis=1, dtype=np.float64)
    return float(np.sum(np.diff(rows) ** 2))


def rotate_small(image: np.ndarray, degrees: float, border: int) -> np.ndarray:
    """Rotate about the centre, same canvas size; positive = counter-clockwise."""
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), degrees, 1.0)
    return cv2.warpAffine(
        image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )


def estimate_skew(binary: np.ndarray, max_degrees: float) -> float:
    """The small rotation (degrees, counter-clockwise positive) that makes text lines and rulings
    horizontal, found by maximising the sharpness of the row profile. Coarse-to-fine search on a
    reduced image; accurate to about 0.05 degree."""
    if max_degrees <= 0:
        return 0.0
    scale = min(1.0, 1000.0 / max(binary.shape))
    small = cv2.resize(binary, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    best = 0.0
    for step, span in ((0.25, max_degrees), (0.05, 0.25)):
        candidates = np.arange(best - span, best + span + 1e-9, step)
        scores = [_profile_sharpness(rotate_small(small, float(a), 0)) for a in candidates]
        best = float(candidates[int(np.argmax(scores))])
    return best if abs(best) >= 0.05 else 0.0


def looks_turned_sideways(binary: np.ndarray) -> bool:
    """True when lines of print run vertically (page turned by 90 or 270 degrees): the column
    profile is then sharper than the row profile. A cheap gate before asking OSD."""
    scale = min(1.0, 800.0 / max(binary.shape))
    small = cv2.resize(binary, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    rows = _profile_sharpness(small)
    cols = _profile_sharpness(np.ascontiguousarray(small.T))
    return cols > rows


def turn(image: np.ndarray, degrees: int) -> np.ndarray:
    """Turn by a multiple of 90 degrees clockwise."""
    k = (degrees // 90) % 4
    return np.ascontiguousarray(np.rot90(image, -k)) if k else image


def drop_specks(binary: np.ndarray, dpi: int, max_points: float = 1.2, near_points: float = 3.0) -> np.ndarray:
    """``binary`` without dust: blobs smaller than ``max_points`` across with no other ink within
    ``near_points``. A full stop is as small as a speck at 150 dpi, but it sits beside its word."""
    px = dpi / 72.0
    count, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    if count <= 1:
        return binary
    longer = np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT])
    small = longer < max_points * px
    small[0] = False
    if not small.any():
        return binary
    large = np.where(small[labels] | (labels == 0), 0, 255).astype(np.uint8)
    reach = max(1, round(near_points * px))
    near = cv2.dilate(large, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * reach + 1, 2 * reach + 1)))
    beside = np.bincount(labels[near > 0].ravel(), minlength=count) > 0
    lone = small & ~beside
    cleaned = binary.copy()
    cleaned[lone[labels]] = 0
    return cleaned


def paper_to_white(grey: np.ndarray, dpi: int, stroke_points: float = 2.5) -> np.ndarray:
    """``grey`` divided by its local paper shade, so paper (tinted, shaded header cells, uneven
    scanner light) is white and ink keeps its contrast. The shade is the brightest value within
    ``stroke_points`` (wider than any stroke of print)."""
    size = max(3, round(stroke_points * dpi / 72.0)) | 1
    shade = cv2.dilate(grey, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))
    shade = cv2.blur(shade, (size, size))
    white = grey.astype(np.float32) * 255.0 / np.maximum(shade.astype(np.float32), 1.0)
    return np.clip(white, 0, 255).astype(np.uint8)
