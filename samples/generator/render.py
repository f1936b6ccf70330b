"""Put laid-out pages on a reportlab canvas and write the PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from samples.generator.table import PageOps


@dataclass(slots=True)
class Page:
    """A page as the reader sees it: ``width`` x ``height``, ops in those coordinates.

    ``rotate=90`` stores it the way scanners and some printers do: a portrait page
    (``height`` x ``width``) with ``/Rotate 90``, its content drawn turned a quarter
    counter-clockwise so that a viewer shows it upright and landscape.
    """

    width: float
    height: float
    ops: PageOps = field(default_factory=PageOps)
    rotate: int = 0


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
        if page.rotate == 90:
            # reportlab stores the MediaBox swapped (portrait) when /Rotate is 90, so it takes
            # the displayed size; content maps landscape (x, y) -> portrait (H - y, x).
            c.setPageSize((page.width, page.height))
            c.setPageRotation(90)
            c.transform(0, 1, -1, 0, page.height, 0)
        else:
            assert page.rotate == 0, "only 0 and 90 are drawn"
            c.setPageSize((page.width, page.height))
            c.setPageRotation(0)  # reportlab keeps the last rotation otherwise
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
