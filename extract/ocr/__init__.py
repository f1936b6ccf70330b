"""Stage 1 for scanned pages: page image → the same typed records the text-layer path produces.

``ocr_page`` is the entry point; ``text_layer_is_usable`` decides which pages need it.
"""

from extract.ocr.page import ocr_page
from extract.ocr.quality import text_layer_is_usable
from extract.ocr.settings import OcrSettings

__all__ = ["OcrSettings", "ocr_page", "text_layer_is_usable"]
