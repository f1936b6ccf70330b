"""Which drawn objects are a table's rules: shading strips and noisy lines (extract/rulings.py)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import landscape
from reportlab.pdfgen import canvas

from extract.rulings import RulingSettings, merged_shading, ruled_objects, straightened
from extract.text_layer import TextLayerSettings, page_to_content

BLUE = (0.612, 0.761, 0.898)
RULE = (0.267, 0.447, 0.769)
COLUMNS = [40, 140, 300, 380, 460]  # four visible columns
ROWS = [60, 90, 120, 150]  # a header row and two body rows


def _inset_shading_pdf(path: Path) -> Path:
    """A ruled table whose header shading is drawn as Word does: strips inset in each cell (a strip
    along each side and one in the middle, the middle one cut per line), and whose borders are thin
    filled rectangles (id06 of ../shared/real draws both)."""
    c = canvas.Canvas(str(path), pagesize=landscape((595, 842)))
    height = 595

    def box(x0: float, top: float, x1: float, bottom: float, colour: tuple[float, float, float]) -> None:
        c.setFillColorRGB(*colour)
        c.rect(x0, height - bottom, x1 - x0, bottom - top, stroke=0, fill=1)

    for x0, x1 in zip(COLUMNS, COLUMNS[1:], strict=False):
        box(x0, ROWS[0], x1, ROWS[0] + 8, BLUE)  # top strip
        box(x0, ROWS[0] + 8, x0 + 5, ROWS[1] - 8, BLUE)  # left strip
        box(x0 + 5, ROWS[0] + 8, x1 - 5, ROWS[0] + 15, BLUE)  # middle strip, first line
        box(x0 + 5, ROWS[0] + 15, x1 - 5, ROWS[1] - 8, BLUE)  # middle strip, second line
        box(x1 - 5, ROWS[0] + 8, x1, ROWS[1] - 8, BLUE)  # right strip
        box(x0, ROWS[1] - 8, x1, ROWS[1], BLUE)  # bottom strip
    for x in COLUMNS:
        box(x - 0.25, ROWS[0], x + 0.25, ROWS[-1], RULE)
    for y in ROWS:
        box(COLUMNS[0], y - 0.25, COLUMNS[-1], y + 0.25, RULE)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 8)
    labels = ["NO", "INDIKATOR KINERJA", "TARGET", "PENANGGUNG JAWAB"]
    for x0, label in zip(COLUMNS, labels, strict=False):
        c.drawString(x0 + 8, height - ROWS[0] - 18, label)
    for row, top in enumerate(ROWS[1:-1], start=1):
        for x0, text in zip(COLUMNS, [f"{row}.", f"Jumlah laporan {row}", f"{row} Lap", "Sekretaris"], strict=False):
            c.drawString(x0 + 8, height - top - 18, text)
    c.save()
    return path


def test_inset_shading_strips_make_no_grid_columns(tmp_path: Path) -> None:
    pdf_path = _inset_shading_pdf(tmp_path / "inset.pdf")
    with pdfplumber.open(pdf_path) as pdf:
        content = page_to_content(pdf.pages[0], TextLayerSettings(aligned=None))
    grid = content.tables[0]
    assert (len(grid.rows), grid.n_columns) == (len(ROWS) - 1, len(COLUMNS) - 1)
    assert [c.text for c in grid.rows[1] if c is not None] == ["1.", "Jumlah laporan 1", "1 Lap", "Sekretaris"]


def test_touching_fills_of_one_colour_merge_other_colours_stay_apart() -> None:
    def fill(x0: float, top: float, x1: float, bottom: float, colour: object) -> dict[str, object]:
        return {"object_type": "rect", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "fill": True,
                "stroke": False, "non_stroking_color": colour, "width": x1 - x0, "height": bottom - top}

    strips = [fill(0, 0, 5, 20, BLUE), fill(5, 0, 45, 10, BLUE), fill(5, 10, 45, 20, BLUE), fill(45, 0, 50, 20, BLUE)]
    assert [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in merged_shading(strips)] == [(0, 0, 50, 20)]
    white_beside_blue = [fill(0, 0, 20, 10, (1.0,)), fill(20, 0, 40, 10, BLUE)]
    assert len(merged_shading(white_beside_blue)) == 2  # a side where two colours meet is seen
    # on a page without rules, fills are kept as drawn (a borderless table's shaded header)
    assert ruled_objects({"rect": strips}, RulingSettings())["rect"] == strips


@pytest.mark.parametrize(("line", "orientation"), [
    ({"x0": 10.0, "x1": 200.0, "top": 50.0, "bottom": 50.000000001, "y0": 1.0, "y1": 1.0}, "h"),
    ({"x0": 10.0, "x1": 10.000000001, "top": 50.0, "bottom": 300.0, "y0": 1.0, "y1": 1.0}, "v"),
])
def test_lines_with_floating_point_noise_are_straightened(line: dict[str, float], orientation: str) -> None:
    """A /Rotate page's horizontal rule whose ends differ by 1e-9 was read as a vertical edge."""
    from pdfplumber.utils.geometry import line_to_edge

    straight = straightened({"object_type": "line", **line, "width": 0.0, "height": 0.0}, RulingSettings())
    edge = line_to_edge(straight)
    assert edge["orientation"] == orientation
    assert (edge["x1"] - edge["x0"] if orientation == "h" else edge["bottom"] - edge["top"]) > 100
