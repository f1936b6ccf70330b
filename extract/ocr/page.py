"""One scanned page → ``PageContent``: render, clean up, find ruled tables, read, place words."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import cv2
import numpy as np

from extract.aligned import continue_table, words_to_tables
from extract.aligned_labels import reads_as_label
from extract.ocr import cleanup, orientation, reading, ruling, tesseract, words
from extract.ocr.raster import render_page
from extract.ocr.reread import Reread, read_missed_lines, reread_percent_signs, reread_unsure
from extract.ocr.settings import OcrSettings
from extract.records import BBox, PageContent, TableGrid

# below this mean word confidence a page may be upside down: read a patch of it both ways up
UPSIDE_DOWN_CONFIDENCE = 45.0
# a cell's rulings leave their residue (`|`, `]`) within this many points of the cell's edge
RESIDUE_BAND_POINTS = 3.0


@dataclass(slots=True)
class StepTimes:
    """Seconds spent in each step of one page (for the bench)."""

    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, step: str, started: float) -> float:
        now = time.perf_counter()
        self.seconds[step] = self.seconds.get(step, 0.0) + now - started
        return now


@dataclass(frozen=True, slots=True)
class PreparedPage:
    """A page image made ready to read, with what was done to it."""

    grey: np.ndarray  # upright, deskewed
    binary: np.ndarray  # the same, ink = 255
    rotation: int  # clockwise degrees it was turned (0, 90, 180, 270)
    skew: float  # counter-clockwise degrees it was straightened by


def prepare_image(rgb: np.ndarray, settings: OcrSettings, rotation: int | None = None) -> PreparedPage:
    """Colour, page rotation (``None``: found from the print, see ``orientation``), deskew."""
    grey = cleanup.drop_colour(rgb, settings.dpi) if settings.remove_colour else cleanup.to_grey(rgb)
    binary = cleanup.binarise(grey, settings.dpi)
    if rotation is None:
        rotation = 0
        if settings.detect_rotation:
            rotation = orientation.page_rotation(grey, binary, settings.dpi, settings.timeout_seconds)
    if rotation:
        grey, binary = cleanup.turn(grey, rotation), cleanup.turn(binary, rotation)
    skew = cleanup.estimate_skew(binary, settings.max_skew_degrees)
    if skew:
        grey = cleanup.rotate_small(grey, skew, 255)
        binary = cleanup.binarise(grey, settings.dpi)
    return PreparedPage(grey=grey, binary=binary, rotation=rotation, skew=skew)


def erase_rulings(grey: np.ndarray, line_mask: np.ndarray) -> np.ndarray:
    """The page with its table rulings turned to paper, so Tesseract does not read them as ``|``."""
    grown = cv2.dilate(line_mask, np.ones((reading.RULING_GROW_PX, reading.RULING_GROW_PX), np.uint8))
    erased = grey.copy()
    erased[grown > 0] = 255
    return erased


def _mean_confidence(found: Sequence[tesseract.OcrWord]) -> float:
    return sum(w.confidence for w in found) / len(found) if found else 0.0


@dataclass(frozen=True, slots=True)
class PageReading:
    """What was read on a prepared page: ruled tables cell by cell, or (no rulings) the whole page."""

    prepared: PreparedPage
    layouts: list[ruling.GridLayout]
    ruled: reading.RuledReading | None  # None: no ruled table, ``words`` holds the whole page
    words: list[tesseract.OcrWord]

    @property
    def confidence(self) -> float:
        if self.ruled is None:
            return _mean_confidence(self.words)
        every = [w for table in self.ruled.cells for cell in table for w in cell] + self.ruled.free
        return _mean_confidence(every)


def read_prepared(prepared: PreparedPage, settings: OcrSettings, times: StepTimes) -> PageReading:
    t = time.perf_counter()
    layouts, line_mask = ruling.find_layouts(prepared.binary, settings.dpi, settings.min_line_points)
    image = reading.reading_image(prepared.grey, prepared.binary, line_mask, settings.dpi)
    t = times.add("ruling", t)
    if layouts:
        ruled = reading.read_ruled_page(image, layouts, settings)
        times.add("tesseract", t)
        return PageReading(prepared, layouts, ruled, [])
    found = reading.read_whole_page(image, settings)
    times.add("tesseract", t)
    return PageReading(prepared, layouts, None, found)


def image_to_page_content(
    rgb: np.ndarray,
    width: float,
    height: float,
    page_number: int,
    settings: OcrSettings,
    times: StepTimes | None = None,
    previous: TableGrid | None = None,
) -> PageContent:
    """Everything of ``ocr_page`` after rendering; ``rgb`` is the page at ``settings.dpi``."""
    times = times if times is not None else StepTimes()
    started = time.perf_counter()
    prepared = prepare_image(rgb, settings)
    times.add("cleanup", started)
    read = read_prepared(prepared, settings, times)
    t = time.perf_counter()
    if (
        settings.detect_rotation
        and read.confidence < UPSIDE_DOWN_CONFIDENCE
        and orientation.is_upside_down(prepared.grey, prepared.binary, settings.dpi, settings.timeout_seconds)
    ):
        t = times.add("orientation", t)
        prepared = prepare_image(rgb, settings, rotation=(prepared.rotation + 180) % 360)
        times.add("cleanup", t)
        read = read_prepared(prepared, settings, times)
        t = time.perf_counter()
    ppp = settings.points_per_pixel
    tables: list[TableGrid] = []
    remaining: list[tesseract.OcrWord] = []
    if read.ruled is not None:
        for layout, per_cell in zip(read.layouts, read.ruled.cells, strict=True):
            cells = [words.drop_ruling_residue(cell, _interior(bbox, ppp))
                     for cell, (*_, bbox) in zip(per_cell, layout.cells, strict=True)]
            tables.append(words.cells_to_grid(layout, cells, page_number=page_number, method="ocr-ruled",
                                              points_per_pixel=ppp))
        remaining = words.drop_ruling_residue(read.ruled.free)
    else:
        remaining = words.drop_ruling_residue(read.words)
    if read.ruled is None and settings.aligned is not None:
        # no ruling lines on the page: a borderless table by the alignment of its words, whose
        # rows are told apart by the gaps between lines: boxes as tall as the print, not the line
        remaining = words.drop_specks(words.fit_to_ink(remaining, prepared.binary))
        aligned, rest = words_to_tables(words.ocr_words_to_words(remaining, ppp), page_number, settings.aligned,
                                        lines_of=words.ocr_lines_of(ppp), method="ocr-aligned", text_source="ocr")
        in_header = {id(w.parts[0]) for table in aligned for w in table.header}
        labels = [w for w in remaining if id(w) in in_header]
        t = times.add("placement", t)
        aligned_settings = settings.aligned
        better = reread_unsure(prepared.grey, labels, settings, lambda text: reads_as_label(text, aligned_settings))
        in_tables = {id(w.parts[0]) for table in aligned for w in table.words}
        better += reread_percent_signs(prepared.grey, [w for w in remaining if id(w) in in_tables], settings)
        missed = read_missed_lines(prepared.grey, prepared.binary, remaining,
                                   [_pixel_box(table.grid.bbox, ppp) for table in aligned], settings)
        t = times.add("tesseract", t)
        if better or missed:  # a misread label loses its whole column, a lost line its row's text
            remaining = _replace(remaining, better) + missed
            aligned, rest = words_to_tables(words.ocr_words_to_words(remaining, ppp), page_number, settings.aligned,
                                            lines_of=words.ocr_lines_of(ppp), method="ocr-aligned",
                                            text_source="ocr")
        if not aligned and previous is not None and "aligned" in previous.method:
            continued = continue_table(rest, previous, page_number, settings.aligned,
                                       lines_of=words.ocr_lines_of(ppp), method="ocr-aligned")
            if continued is not None:
                aligned = [continued]
                held = {id(w) for w in continued.words}
                rest = [w for w in rest if id(w) not in held]
        tables += [table.grid for table in aligned]
        remaining = [w.parts[0] for w in rest]
    free_lines = words.words_to_text_lines(remaining, ppp)
    times.add("placement", t)
    if prepared.rotation in (90, 270):
        width, height = height, width
    return PageContent(
        number=page_number,
        width=width,
        height=height,
        text_source="ocr",
        free_lines=free_lines,
        tables=tuple(tables),
        rotation=prepared.rotation,
        ocr_seconds=round(time.perf_counter() - started, 3),
    )


def _replace(found: list[tesseract.OcrWord], better: Sequence[Reread]) -> list[tesseract.OcrWord]:
    """``found`` with the words read again in place of their first reading (a label's words become one)."""
    replaced: dict[int, tesseract.OcrWord | None] = {}
    for again in better:
        first, *others = again.words
        replaced[id(first)] = again.word
        replaced.update({id(w): None for w in others})
    out = [replaced.get(id(w), w) for w in found]
    return [w for w in out if w is not None]


def _pixel_box(box: BBox, points_per_pixel: float) -> tuple[int, int, int, int]:
    return (round(box.x0 / points_per_pixel), round(box.top / points_per_pixel), round(box.x1 / points_per_pixel),
            round(box.bottom / points_per_pixel))


def _interior(bbox: BBox, points_per_pixel: float) -> tuple[int, int]:
    """The x range of a cell (points) in pixels, without the band its rulings may leave residue in."""
    return (round((bbox.x0 + RESIDUE_BAND_POINTS) / points_per_pixel),
            round((bbox.x1 - RESIDUE_BAND_POINTS) / points_per_pixel))


def ocr_page(pdf_path: Path, page_number: int, settings: OcrSettings, previous: TableGrid | None = None) -> PageContent:
    """Read one page (1-based) of a PDF by OCR. Coordinates are PDF points in the frame of the
    upright, deskewed page (the scan is straightened about its centre; skews are at most a few
    degrees, so this is within a point or two of the printed position)."""
    tesseract.check_languages(settings.languages)
    started = time.perf_counter()
    rgb, width, height = render_page(pdf_path, page_number, settings.dpi)
    rendered = time.perf_counter() - started
    content = image_to_page_content(rgb, width, height, page_number, settings, previous=previous)
    return replace(content, ocr_seconds=round(content.ocr_seconds + rendered, 3))
