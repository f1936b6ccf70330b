"""Seeing what stage 1 found: a page rendered as an image, with tables, cells, ruling lines and text
lines drawn over it (like pdfplumber's ``display`` module). For people debugging a document that
reads badly, and for the review report; no stage depends on it.

    image = render_page_image(pdf_path, content.number, dpi=100, rotation=ocr_rotation(content))
    draw_stage1(image, content, edges)
    image.save(Path("page-2.png"))

Everything is drawn in PDF points (origin top-left, as in ``extract.records``), blended into the
page in the order it is drawn, so translucent fills leave the print and earlier marks readable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pdfplumber.page
from PIL import Image, ImageDraw, ImageFont

from extract.document import ExtractSettings, read_page
from extract.ocr.raster import render_page
from extract.opening import open_pdf
from extract.records import BBox, PageContent, TableGrid, TextLine

DEFAULT_DPI = 100
RGBA = tuple[int, int, int, int]


@dataclass(frozen=True)
class Stroke:
    """How one kind of thing is drawn: outline colour and width (pixels), optional fill."""

    outline: RGBA
    width: int = 1
    fill: RGBA | None = None


TABLE = Stroke(outline=(0, 90, 200, 255), width=3)
CELL = Stroke(outline=(0, 120, 255, 230), width=1, fill=(0, 120, 255, 22))
RULING = Stroke(outline=(230, 30, 30, 200), width=1)
TEXT_LINE = Stroke(outline=(0, 160, 60, 130), width=1, fill=(0, 200, 80, 25))
LABEL_INK: RGBA = (255, 255, 255, 255)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


class PageImage:
    """A rendered page to draw on in PDF points. ``scale`` is pixels per point."""

    def __init__(self, image: Image.Image, page_width: float, page_height: float) -> None:
        self.page = image.convert("RGB")
        self.page_width = page_width
        self.page_height = page_height
        self.scale = self.page.width / page_width if page_width else 1.0
        self._draw = ImageDraw.Draw(self.page, "RGBA")  # RGBA colours blend into the RGB page

    def _px(self, box: BBox) -> tuple[float, float, float, float]:
        s = self.scale
        return (box.x0 * s, box.top * s, max(box.x1 * s, box.x0 * s + 1), max(box.bottom * s, box.top * s + 1))

    def draw_rect(self, box: BBox, stroke: Stroke) -> None:
        self._draw.rectangle(self._px(box), outline=stroke.outline, width=stroke.width, fill=stroke.fill)

    def draw_line(self, box: BBox, stroke: Stroke) -> None:
        """A ruling line from (x0, top) to (x1, bottom)."""
        x0, top, x1, bottom = (v * self.scale for v in (box.x0, box.top, box.x1, box.bottom))
        self._draw.line((x0, top, x1, bottom), fill=stroke.outline, width=stroke.width)

    def draw_label(self, x: float, top: float, text: str, background: RGBA, size: int = 11,
                   anchor: str = "la") -> None:
        """A small tag with ``text`` at (x, top) in points: its top-left corner there (``anchor="la"``),
        or its top-right corner (``"ra"``, a tag that ends where a box begins)."""
        font = _font(size)
        px, py = x * self.scale, top * self.scale
        left, upper, right, lower = self._draw.textbbox((px, py), text, font=font, anchor=anchor)
        self._draw.rectangle((left - 2, upper - 1, right + 1, lower + 1), fill=background)
        self._draw.text((px, py), text, fill=LABEL_INK, font=font, anchor=anchor)

    def draw_cells(self, tables: Iterable[TableGrid], cell: Stroke = CELL, table: Stroke = TABLE) -> None:
        for grid in tables:
            for row in grid.rows:
                for c in row:
                    if c is not None:
                        self.draw_rect(c.bbox, cell)
            self.draw_rect(grid.bbox, table)

    def draw_text_lines(self, lines: Iterable[TextLine], stroke: Stroke = TEXT_LINE) -> None:
        for line in lines:
            self.draw_rect(line.bbox, stroke)

    def draw_rulings(self, edges: Iterable[BBox], stroke: Stroke = RULING) -> None:
        for edge in edges:
            self.draw_line(edge, stroke)

    def annotated(self, crop: BBox | None = None) -> Image.Image:
        """The page with everything drawn so far; only the part inside ``crop`` (points) when given."""
        if crop is None:
            return self.page.copy()
        x0, top, x1, bottom = self._px(crop)
        box = (max(0, int(x0)), max(0, int(top)), min(self.page.width, int(x1) + 1),
               min(self.page.height, int(bottom) + 1))
        return self.page.crop(box)

    def save(self, path: Path, crop: BBox | None = None) -> None:
        self.annotated(crop).save(path, format="PNG", optimize=True)


def ocr_rotation(content: PageContent) -> int:
    """Clockwise degrees OCR turned the scan to read it (its boxes are in that upright frame)."""
    return content.rotation % 360 if content.text_source == "ocr" else 0


def render_page_image(pdf_path: Path, page_number: int, dpi: int = DEFAULT_DPI, rotation: int = 0) -> PageImage:
    """Page ``page_number`` (1-based) rendered at ``dpi``, turned ``rotation`` degrees clockwise."""
    rgb, width, height = render_page(pdf_path, page_number, dpi)
    image = Image.fromarray(rgb)
    if rotation % 360:
        image = image.rotate(-rotation, expand=True)
        if rotation % 180:
            width, height = height, width
    return PageImage(image, width, height)


def page_rulings(page: pdfplumber.page.Page) -> list[BBox]:
    """The ruling lines pdfplumber sees on a page (lines and rectangle edges), as boxes."""
    return [BBox(float(e["x0"]), float(e["top"]), float(e["x1"]), float(e["bottom"])) for e in page.edges]


def all_cell_lines(tables: Sequence[TableGrid]) -> list[TextLine]:
    return [line for grid in tables for row in grid.rows for cell in row if cell is not None for line in cell.lines]


def draw_stage1(image: PageImage, content: PageContent, rulings: Iterable[BBox] = (), *, cells: bool = True,
                text_lines: bool = True) -> PageImage:
    """Draw what stage 1 found on ``image``: table cells, the ruling lines over their borders (a cell
    border left blue had no ruling under it), then the text lines."""
    if cells:
        image.draw_cells(content.tables)
    image.draw_rulings(rulings)
    if text_lines:
        image.draw_text_lines([*content.free_lines, *all_cell_lines(content.tables)])
    return image


def describe_page(content: PageContent, rulings: int | None = None) -> str:
    """One line saying what stage 1 found on a page, for the caption of its image."""
    tables = "; ".join(f"{g.method} table {len(g.rows)} rows x {g.n_columns} columns" for g in content.tables)
    lines = len(content.free_lines) + len(all_cell_lines(content.tables))
    turned = f", turned {ocr_rotation(content)}°" if ocr_rotation(content) else ""
    found = [tables or "no table", f"{lines} text lines"]
    if rulings is not None:
        found.insert(1, f"{rulings} ruling lines")
    return f"page {content.number} ({content.text_source}{turned}): " + "; ".join(found)


def with_caption(image: Image.Image, lines: Sequence[str], legend: Sequence[tuple[str, Stroke]] = ()) -> Image.Image:
    """``image`` below a white band holding ``lines`` of text and a colour legend."""
    font = _font(14)
    line_height = 20
    band = 10 + line_height * (len(lines) + (1 if legend else 0))
    out = Image.new("RGB", (image.width, image.height + band), "white")
    out.paste(image, (0, band))
    draw = ImageDraw.Draw(out, "RGBA")
    y = 6
    for text in lines:
        draw.text((10, y), text, fill=(20, 20, 20), font=font)
        y += line_height
    x = 10
    for name, stroke in legend:
        draw.rectangle((x, y + 3, x + 22, y + 15), outline=stroke.outline, width=max(stroke.width, 2),
                       fill=stroke.fill)
        draw.text((x + 28, y), name, fill=(20, 20, 20), font=font)
        x += 40 + int(draw.textlength(name, font=font))
    return out


STAGE1_LEGEND: tuple[tuple[str, Stroke], ...] = (
    ("table", TABLE), ("cell", CELL), ("ruling line", RULING), ("text line", TEXT_LINE))


def inspect_page(pdf_path: Path, page_number: int, settings: ExtractSettings | None = None,
                 dpi: int = DEFAULT_DPI) -> Image.Image:
    """Page ``page_number`` (1-based) read by stage 1 as a convert run would, with what it found drawn
    on it and a caption saying what that is. Raises ``IndexError`` for a page the PDF does not have."""
    settings = settings or ExtractSettings()
    with open_pdf(pdf_path, max_pages=settings.max_pages) as pdf:
        if not 1 <= page_number <= len(pdf.pages):
            raise IndexError(f"page {page_number}: the PDF has pages 1 to {len(pdf.pages)}")
        page = pdf.pages[page_number - 1]
        content = read_page(pdf_path, page, settings)
        rulings = page_rulings(page) if content.text_source == "text-layer" else []
    image = render_page_image(pdf_path, page_number, dpi, rotation=ocr_rotation(content))
    draw_stage1(image, content, rulings)
    return with_caption(image.annotated(), [f"{pdf_path.name} · {describe_page(content, len(rulings))}"],
                        STAGE1_LEGEND)
