"""Stage 1 for a whole PDF: every page read from its text layer (or, where it has none, by OCR)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

from extract.records import DocumentContent, PageContent
from extract.text_layer import TextLayerSettings, page_to_content


@dataclass(frozen=True)
class ExtractSettings:
    text_layer: TextLayerSettings = field(default_factory=TextLayerSettings)
    max_pages: int = 1500

    def __post_init__(self) -> None:
        if self.max_pages < 1:
            raise ValueError("max_pages must be >= 1")


def pdf_to_content(path: Path, settings: ExtractSettings) -> DocumentContent:
    pages: list[PageContent] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            pages.append(page_to_content(page, settings.text_layer))
            page.close()
    return DocumentContent(source_file=path.name, pages=tuple(pages))
