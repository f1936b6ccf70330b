"""Image clean-up before reading: colour, rotation, skew, binarisation.

Pure functions over numpy images (uint8). Ink is dark on a light page in grey images;
binary images use 255 for ink, 0 for paper (what OpenCV morphology expects).
"""

from __future__ import annotations

import cv2
import numpy as np


def drop_colour(rgb: np.ndarray, min_saturation: int = 80, min_value: int = 70) -> np.ndarray:
    """Grey image with strongly coloured pixels (stamps, signatures in blue ink) turned to paper.

    Black print has low saturation even in a colour JPEG, so it survives; the light
    tint of a shaded header cell is below ``min_saturation`` and stays grey.
    """
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    coloured = (hsv[:, :, 1] >= min_saturation) & (hsv[:, :, 2] >= min_value)
    if coloured.any():
        # widen the mask a little: JPEG smears ink colour into a grey halo
        coloured = cv2.dilate(coloured.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
        grey = grey.copy()
        grey[coloured] = 255
    return grey


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
