"""Render one PDF page to an image with pypdfium2."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from schemas.errors import CorruptPdfError


def render_page(pdf_path: Path, page_number: int, dpi: int) -> tuple[np.ndarray, float, float]:
    """Return (RGB image as uint8 H x W x 3, page width, page height in PDF points).

    ``page_number`` is 1-based. The page's /Rotate is applied, as pdfplumber does.
    """
    try:
        pdf = pdfium.PdfDocument(str(pdf_path))
    except pdfium.PdfiumError as exc:
        raise CorruptPdfError(str(exc)) from exc
    try:
        if not 1 <= page_number <= len(pdf):
            raise ValueError(f"page {page_number} out of range 1..{len(pdf)}")
        page = pdf[page_number - 1]
        width, height = page.get_size()
        bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
        image = np.array(bitmap.to_numpy()[:, :, :3], copy=True)
        page.close()
    finally:
        pdf.close()
    return image, float(width), float(height)
