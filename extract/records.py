"""What stage 1 hands to stage 2: what the page shows, nothing repaired.

A table is a grid of rows. A grid position covered by a cell that starts in an
earlier row or column (a vertically or horizontally merged cell) holds ``None``;
an empty cell holds a ``Cell`` whose ``text`` is ``""``. Keeping the two apart is
what lets stage 2 carry a merged cell down to every row it spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

TextSource = Literal["text-layer", "ocr"]


@dataclass(frozen=True, slots=True)
class BBox:
    """A box in PDF points, origin top-left (pdfplumber's convention)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class TextLine:
    """One printed line of text: inside a cell, or free on the page (titles, signatures)."""

    text: str
    bbox: BBox
    font_size: float = 0.0
    bold: bool = False
    confidence: float = 1.0  # OCR word confidence (0-1) averaged over the line; 1.0 for a text layer


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell as printed. ``lines`` keep their geometry so stage 2 can tell a
    word broken by a narrow column (``Rekenin`` / ``g``) from an ordinary wrap."""

    lines: tuple[TextLine, ...]
    bbox: BBox
    rowspan: int = 1
    colspan: int = 1

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def confidence(self) -> float:
        return min((line.confidence for line in self.lines), default=1.0)


Row = tuple[Cell | None, ...]


@dataclass(frozen=True, slots=True)
class TableGrid:
    """One table found on one page."""

    page: int  # 1-based
    bbox: BBox
    method: str  # how it was found: "ruled" (ruling lines), "aligned" (word alignment), "ocr-ruled", ...
    rows: tuple[Row, ...]
    column_edges: tuple[float, ...]  # x of each column boundary, left to right (len = columns + 1)
    text_source: TextSource = "text-layer"
    # Text printed inside the table's box that lies in no cell the finder built (a merged cell run
    # over a page break without its closing rule): kept so stage 2 can say it was not read.
    stray: tuple[TextLine, ...] = ()

    @property
    def n_columns(self) -> int:
        return len(self.column_edges) - 1


@dataclass(frozen=True, slots=True)
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    text_source: TextSource
    free_lines: tuple[TextLine, ...]  # text outside every table: titles, cover, signature block
    tables: tuple[TableGrid, ...]
    rotation: int = 0
    ocr_seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class DocumentContent:
    source_file: str  # file name, no folders
    pages: tuple[PageContent, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)  # what stage 1 noticed (e.g. pages OCR'd)
