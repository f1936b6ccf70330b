"""Stage 1 for a whole PDF: each page read from its text layer, or by OCR where it has none
(or only the garbage of a bad earlier OCR). Mixed documents work page by page."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber.page

from extract.ocr import OcrSettings, ocr_page, text_layer_is_usable
from extract.opening import DEFAULT_MAX_PAGES, open_pdf
from extract.records import DocumentContent, PageContent, TableGrid
from extract.text_layer import TextLayerSettings, page_to_content


@dataclass(frozen=True)
class ExtractSettings:
    text_layer: TextLayerSettings = field(default_factory=TextLayerSettings)
    ocr: OcrSettings = field(default_factory=OcrSettings)
    ocr_enabled: bool = True  # False: pages without a usable text layer are read as empty
    max_pages: int = DEFAULT_MAX_PAGES

    def __post_init__(self) -> None:
        if self.max_pages < 0:
            raise ValueError("max_pages must be >= 0 (0 = no limit)")


def _blank(page: pdfplumber.page.Page) -> bool:
    """Nothing printed at all: no characters and no images (an empty separator page)."""
    return not page.chars and not page.images


def read_page(path: Path, page: pdfplumber.page.Page, settings: ExtractSettings,
              previous: TableGrid | None = None) -> PageContent:
    """One page of the PDF at ``path``: from its text layer where usable, else by OCR.
    ``previous``: the last table of the page before (a borderless table may run on headerless)."""
    if _blank(page) or text_layer_is_usable(page) or not settings.ocr_enabled:
        return page_to_content(page, settings.text_layer, previous)
    return ocr_page(path, page.page_number, settings.ocr, previous)


def pdf_to_content(path: Path, settings: ExtractSettings) -> DocumentContent:
    pages: list[PageContent] = []
    notes: list[str] = []
    ocr_pages: list[int] = []
    with open_pdf(path, max_pages=settings.max_pages) as pdf:
        for page in pdf.pages:
            previous = pages[-1].tables[-1] if pages and pages[-1].tables else None
            content = read_page(path, page, settings, previous)
            if content.text_source == "ocr":
                ocr_pages.append(page.page_number)
            pages.append(content)
            page.close()
    if ocr_pages:
        notes.append(f"OCR on {len(ocr_pages)} of {len(pages)} pages ({_ranges(ocr_pages)})")
    return DocumentContent(source_file=path.name, pages=tuple(pages), notes=tuple(notes))


def _ranges(numbers: list[int]) -> str:
    spans: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [0]:
        if n == prev + 1:
            prev = n
            continue
        spans.append(f"{start}-{prev}" if prev > start else str(start))
        start = prev = n
    return "pages " + ", ".join(spans)
