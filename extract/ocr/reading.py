"""What Tesseract is given to read on a page, and the words it gives back, put where they belong.

A page with ruled tables is read as a mosaic (``mosaic.py``): each cell's print and each block of
text outside the tables (titles, signature block) cut out and stacked, one Tesseract call. A page
without rulings is read whole, since its table structure comes from where the words sit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from extract.ocr import cleanup, tesseract
from extract.ocr.mosaic import Mosaic, Piece, Region, ink_box, mosaic_words_to_page, pieces_to_mosaics
from extract.ocr.ruling import GridLayout
from extract.ocr.settings import OcrSettings
from extract.ocr.tesseract import OcrWord

PAPER_LEVEL = 215  # once the paper is levelled, lighter than this is paper: a piece is cut out on white
RULING_GROW_PX = 5  # ruling pixels are widened by this (square kernel) before they are erased
CELL_INSET_POINTS = 1.0  # a cell is read inside its borders by this much (the ruling and its halo)
INK_MARGIN_POINTS = 1.0  # paper kept around a piece's ink
PAD_POINTS = 5.0  # paper between pieces of the mosaic
# text outside tables: ink joined into blocks across word gaps and line gaps
BLOCK_JOIN_POINTS = (24.0, 6.0)
EM_PER_LETTER_HEIGHT = 1.9  # the median letter blob is about half an em tall
SHORT_HEIGHT_EM = 1.45  # a piece no taller than this is one line ...
SHORT_WIDTH_EM = 7.0  # ... and no wider than this is short (``1.``, ``TW II :``, ``100 %``, ``3.933 Berkas``)
SHORT_EM_PX = 80.0  # short pieces are read enlarged to this many pixels an em
MAX_SHORT_SCALE = 4.0
# a lone bar of print: a dash (0.3 em wide, thickened by blur), not a sliver left of a ruling
DASH_WIDTH_EM = (0.22, 1.2)
DASH_MAX_HEIGHT_EM = 0.25
DASH_MIN_HEIGHT_PX = 2
DASH_ASPECT = 1.4
DASH_CONFIDENCE = 80.0
MIN_INK_EM = 0.08  # a piece with less ink than a square this many em on a side is dust: not read
# Characters no RENAKSI cell holds, which Tesseract must not answer with: it gives its next guess.
# Its guess for a lone ``1``/``I`` is often ``|`` (the rulings are erased and cut away from the
# mosaic, so no bar is left to read: short cells right 386 of 460 with ``|`` allowed, 390
# without); English reads a bold ``TW`` as ``™``.
NEVER_PRINTED = "|™©®¢£¥€§¶«»¬¦"
# in a short cell (a number, a unit, a marker, a quarter label) not even ``!``: English reads the
# ``I`` of a bold ``TW I`` as ``!`` (short cells right 2108 of 2326 with it allowed, 2128 without)
SHORT_NEVER_PRINTED = NEVER_PRINTED + "!"
# A piece whose words leave more of its ink uncovered than this is read again alone: in a tall
# mosaic Tesseract now and then runs a piece's first line into the piece above and gives `p .`
# for `Persentase capaian pelaksanaan`. Alone it is read with Sauvola's local thresholds, since
# Otsu's one threshold is what lost a faint blurred line (`Meningkatnya kualitas` read `ni |`):
# on 30 fresh generator scans that took excel 300 dpi from F1 0.937 to 0.995, with no document
# worse; Sauvola for the whole mosaic instead made two documents worse (0.992 -> 0.932).
MAX_UNREAD_INK = 0.12
LINE_PSM = 7  # a short piece read again alone is one line


@dataclass(frozen=True, slots=True)
class ReadingImage:
    """The page as Tesseract gets it: rulings and lone specks turned to paper."""

    grey: np.ndarray
    ink: np.ndarray  # binary of the same, ink = 255


def reading_image(grey: np.ndarray, binary: np.ndarray, line_mask: np.ndarray, dpi: int) -> ReadingImage:
    grown = cv2.dilate(line_mask, np.ones((RULING_GROW_PX, RULING_GROW_PX), np.uint8))
    ink = binary.copy()
    ink[grown > 0] = 0
    ink = cleanup.drop_specks(ink, dpi)
    paper = (grown > 0) | ((binary > 0) & (ink == 0))
    clean = cleanup.paper_to_white(grey, dpi)
    clean[paper | (clean >= PAPER_LEVEL)] = 255
    return ReadingImage(clean, ink)


def cell_regions(layout: GridLayout, ink: np.ndarray, dpi: int) -> list[Region | None]:
    """The printed part of each cell of ``layout`` (in its order), None for a blank cell."""
    px = dpi / 72.0
    inset = round(CELL_INSET_POINTS * px)
    margin = round(INK_MARGIN_POINTS * px)
    height, width = ink.shape[:2]
    regions: list[Region | None] = []
    for *_, bbox in layout.cells:
        x0, y0 = max(0, round(bbox.x0 * px) + inset), max(0, round(bbox.top * px) + inset)
        x1, y1 = min(width, round(bbox.x1 * px) - inset), min(height, round(bbox.bottom * px) - inset)
        regions.append(ink_box(ink, Region(x0, y0, x1, y1), margin) if x1 > x0 and y1 > y0 else None)
    return regions


def free_regions(ink: np.ndarray, layouts: Sequence[GridLayout], dpi: int) -> list[Region]:
    """Blocks of print outside every table, top to bottom."""
    px = dpi / 72.0
    outside = ink.copy()
    for layout in layouts:
        box = layout.bbox
        outside[round(box.top * px) : round(box.bottom * px) + 1, round(box.x0 * px) : round(box.x1 * px) + 1] = 0
    join = cv2.getStructuringElement(
        cv2.MORPH_RECT, (max(3, round(BLOCK_JOIN_POINTS[0] * px)), max(3, round(BLOCK_JOIN_POINTS[1] * px)))
    )
    blocks = cv2.dilate(outside, join)
    count, _, stats, _ = cv2.connectedComponentsWithStats(blocks, connectivity=8)
    margin = round(INK_MARGIN_POINTS * px)
    regions = []
    for x, y, w, h, _ in stats[1:count]:
        found = ink_box(outside, Region(int(x), int(y), int(x + w), int(y + h)), margin)
        if found is not None:
            regions.append(found)
    return sorted(regions, key=lambda r: (r.y0, r.x0))


def em_pixels(ink: np.ndarray, dpi: int) -> float:
    """The body text's font size in pixels, from the median height of letter-sized blobs (about half
    an em: most letters are lower case); 9 pt when the page has too few letters."""
    px = dpi / 72.0
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights = stats[1:count, cv2.CC_STAT_HEIGHT]
    widths = stats[1:count, cv2.CC_STAT_WIDTH]
    letters = heights[(heights >= 2 * px) & (heights <= 14 * px) & (widths <= 14 * px)]
    if letters.size < 30:
        return 9.0 * px
    return float(np.median(letters)) * EM_PER_LETTER_HEIGHT


def is_short(region: Region, em: float) -> bool:
    """One line of a few characters (a list marker, a quarter label, a target)."""
    return region.height <= SHORT_HEIGHT_EM * em and region.width <= SHORT_WIDTH_EM * em


def short_piece(grey: np.ndarray, region: Region, em: float) -> Piece:
    """A short piece enlarged (its em to ``SHORT_EM_PX`` pixels), to be read in a mosaic of its own.

    Tesseract reads two or three characters alone far worse than a line of text: on the generated
    scans 81 % of short cells (``1.``, ``TW II :``, ``100 %``) came out right as they were, 87 %
    enlarged 2.5 times."""
    scale = min(MAX_SHORT_SCALE, max(1.0, SHORT_EM_PX / em))
    crop = grey[region.y0 : region.y1, region.x0 : region.x1]
    if scale > 1.0:
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return Piece(region, crop, scale)


def lone_dash(ink: np.ndarray, region: Region, em: float) -> bool:
    """The piece is one short horizontal bar: a ``-`` (no target), which Tesseract leaves out alone."""
    part = ink[region.y0 : region.y1, region.x0 : region.x1]
    count, _, stats, _ = cv2.connectedComponentsWithStats(part, connectivity=8)
    if count != 2:
        return False
    w, h = int(stats[1, cv2.CC_STAT_WIDTH]), int(stats[1, cv2.CC_STAT_HEIGHT])
    return (
        DASH_WIDTH_EM[0] * em <= w <= DASH_WIDTH_EM[1] * em
        and DASH_MIN_HEIGHT_PX <= h <= DASH_MAX_HEIGHT_EM * em
        and w >= DASH_ASPECT * h
    )


def is_dust(ink: np.ndarray, region: Region, em: float) -> bool:
    """Too little ink to be print (a sliver of a ruling, a speck by the border)."""
    part = ink[region.y0 : region.y1, region.x0 : region.x1]
    return int(np.count_nonzero(part)) < (MIN_INK_EM * em) ** 2


def short_languages(languages: str) -> str:
    """Short pieces are numbers, units, markers and quarter labels: read with English alone when
    it is among ``languages``. Indonesian's data reads a ``%`` standing alone as ``Yo``; on the
    generated scans' short cells ``ind+eng`` kept 52 of 109 ``%``, ``eng`` all 109."""
    return "eng" if "eng" in languages.split("+") else languages


@dataclass(frozen=True, slots=True)
class RuledReading:
    cells: list[list[list[OcrWord]]]  # per table, per cell (in layout order), the cell's words
    free: list[OcrWord]  # words outside every table


def read_ruled_page(image: ReadingImage, layouts: Sequence[GridLayout], settings: OcrSettings) -> RuledReading:
    """Every cell and every block of free text, read in one mosaic (more where it would be too tall)."""
    dpi = settings.dpi
    em = em_pixels(image.ink, dpi)
    keys: list[tuple[int, int]] = []  # (table, cell); table -1: free text
    pieces: list[Piece] = []
    dashes: list[tuple[int, int, Region]] = []
    for block in free_regions(image.ink, layouts, dpi):
        if is_dust(image.ink, block, em):
            continue
        keys.append((-1, 0))
        pieces.append(Piece(block, image.grey[block.y0 : block.y1, block.x0 : block.x1]))
    for t, layout in enumerate(layouts):
        for c, region in enumerate(cell_regions(layout, image.ink, dpi)):
            if region is None:
                continue
            if lone_dash(image.ink, region, em):
                dashes.append((t, c, region))
                continue
            if is_dust(image.ink, region, em):
                continue
            keys.append((t, c))
            if is_short(region, em):
                pieces.append(short_piece(image.grey, region, em))
            else:
                pieces.append(Piece(region, image.grey[region.y0 : region.y1, region.x0 : region.x1]))
    cells: list[list[list[OcrWord]]] = [[[] for _ in layout.cells] for layout in layouts]
    for t, c, region in dashes:
        cells[t][c].append(OcrWord("-", DASH_CONFIDENCE, region.x0, region.y0, region.width, region.height, 0, 0, 0))
    free: list[OcrWord] = []
    pad = round(PAD_POINTS * dpi / 72.0)
    # pieces enlarged and pieces as they are go to mosaics of their own: Tesseract sizes the print
    # of a block once (mixed in one mosaic, short pieces read worse than not enlarged at all)
    for enlarged in (False, True):
        chosen = [i for i, p in enumerate(pieces) if (p.scale > 1.0) == enlarged]
        for mosaic, order in pieces_to_mosaics([pieces[i] for i in chosen], pad):
            found = _read_mosaic(mosaic, enlarged, settings, settings.psm)
            for index, word in mosaic_words_to_page(found, mosaic):
                table, cell = keys[chosen[order[index]]]
                (free if table < 0 else cells[table][cell]).append(word)
    for t, c, piece in _badly_read(pieces, keys, cells, image.ink):
        enlarged = piece.scale > 1.0
        ((mosaic, _),) = pieces_to_mosaics([piece], pad)
        found = _read_mosaic(mosaic, enlarged, settings, LINE_PSM if enlarged else settings.psm, tesseract.SAUVOLA)
        again = [word for _, word in mosaic_words_to_page(found, mosaic)]
        if unread_share(piece.region, again, image.ink) < unread_share(piece.region, cells[t][c], image.ink):
            cells[t][c] = again
    return RuledReading(cells, free)


def _read_mosaic(mosaic: Mosaic, enlarged: bool, settings: OcrSettings, psm: int,
                 thresholding: int = tesseract.OTSU) -> list[OcrWord]:
    """One Tesseract call on a mosaic; enlarged short pieces with English alone and no ``!``."""
    return tesseract.read_words(mosaic.image, languages=short_languages(settings.languages) if enlarged
                                else settings.languages, psm=psm, dpi=round(settings.dpi * mosaic.tiles[0].scale),
                                timeout=settings.timeout_seconds,
                                blacklist=SHORT_NEVER_PRINTED if enlarged else NEVER_PRINTED,
                                thresholding=thresholding)


def unread_share(region: Region, found: Sequence[OcrWord], ink: np.ndarray) -> float:
    """Share of the region's ink outside every word box (1.0: nothing read)."""
    part = ink[region.y0 : region.y1, region.x0 : region.x1] > 0
    total = int(np.count_nonzero(part))
    if total == 0:
        return 0.0
    covered = np.zeros_like(part)
    for w in found:
        covered[max(0, w.top - region.y0) : max(0, w.bottom - region.y0),
                max(0, w.left - region.x0) : max(0, w.right - region.x0)] = True
    return float(np.count_nonzero(part & ~covered)) / total


def _badly_read(pieces: Sequence[Piece], keys: Sequence[tuple[int, int]], cells: list[list[list[OcrWord]]],
                ink: np.ndarray) -> list[tuple[int, int, Piece]]:
    """(table, cell, piece) of the table cells whose words leave much of their ink unread."""
    return [(t, c, piece) for (t, c), piece in zip(keys, pieces, strict=True)
            if t >= 0 and unread_share(piece.region, cells[t][c], ink) > MAX_UNREAD_INK]


def read_whole_page(image: ReadingImage, settings: OcrSettings) -> list[OcrWord]:
    return tesseract.read_words(
        image.grey,
        languages=settings.languages,
        psm=settings.psm,
        dpi=settings.dpi,
        timeout=settings.timeout_seconds,
    )
