"""Put laid-out pages on a reportlab canvas and write the PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from samples.generator.table import PageOps


@dataclass(slots=True)
class Page:
    width: float
    height: float
    ops: PageOps = field(default_factory=PageOps)
    rotate: int = 0  # the page's /Rotate: content is drawn upright in the unrotated box


@dataclass(frozen=True, slots=True)
class PdfInfo:
    title: str
    author: str
    creator: str = "Microsoft Word"


def write_pdf(pages: list[Page], path: Path, info: PdfInfo) -> None:
    # invariant=1: no timestamps or random IDs, so a seed always gives the same bytes.
    c = Canvas(str(path), invariant=1, pageCompression=1)
    c.setTitle(info.title)
    c.setAuthor(info.author)
    c.setCreator(info.creator)
    c.setProducer(info.creator)
    for page in pages:
        c.setPageSize((page.width, page.height))
        if page.rotate:
            c.setPageRotation(page.rotate)
        _draw(c, page.ops, page.height)
        c.showPage()
    c.save()


def _draw(c: Canvas, ops: PageOps, height: float) -> None:
    for f in ops.fills:
        c.setFillGray(f.grey)
        c.rect(f.x, height - f.top - f.height, f.width, f.height, stroke=0, fill=1)
    c.setFillGray(0)
    c.setStrokeGray(0)
    c.setLineWidth(ops.line_width)
    for s in ops.segments:
        c.line(s.x0, height - s.y0, s.x1, height - s.y1)
    font: tuple[str, float] | None = None
    for t in ops.texts:
        if font != (t.font, t.size):
            c.setFont(t.font, t.size)
            font = (t.font, t.size)
        c.drawString(t.x, height - t.baseline, t.text)
