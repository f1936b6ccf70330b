"""Borderless tables (stage 1, extract/aligned.py) on real PDFs read by the real pdfplumber.

Generated documents of the ``borderless`` family must give the grid their ruled twin gives (the
same document with its rulings drawn), so stage 2 reads both alike; small PDFs drawn here with
reportlab cover what the family does not print: a two-row header with TARGET over TAHUNAN and
TW I … TW IV, a continuation page without the header, a shaded ruled header over a borderless body.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from extract.aligned import AlignedSettings, gap_threshold, words_to_tables
from extract.document import ExtractSettings, pdf_to_content
from extract.records import BBox, Cell, TableGrid
from extract.text_layer import TextLayerSettings, page_to_content
from extract.words import Word, chars_to_words
from normalize.header import HeaderSettings, grid_to_layout
from renaksi.pipeline import convert_pdf
from samples.generator import generate

assemble = importlib.import_module("samples.generator.assemble")


def texts(grid: TableGrid) -> list[list[str]]:
    """Cell texts, a spanned position (None) as "": how a ruled and an aligned grid compare."""
    return [[" ".join(c.text.split()) if c is not None else "" for c in row] for row in grid.rows]


@contextmanager
def rules(drawn: bool) -> Iterator[None]:
    """Generate with the table's rulings drawn or not, all else (seeded) the same."""
    original = assemble.assemble

    def patched(plan, rng, look, draft):  # type: ignore[no-untyped-def]
        return original(plan, rng, dataclasses.replace(look, rules=drawn), draft)

    names = vars(importlib.import_module("samples.generator.families.borderless"))
    saved = names["assemble"]
    names["assemble"] = patched
    try:
        yield
    finally:
        names["assemble"] = saved


# --- the borderless family against its ruled twin -----------------------------------------------

@pytest.mark.parametrize("seed", [3, 9, 17])
def test_borderless_family_gives_the_grid_of_its_ruled_twin(seed: int, tmp_path: Path) -> None:
    with rules(False):
        plain = generate("borderless", seed, tmp_path / "plain")
    with rules(True):
        ruled = generate("borderless", seed, tmp_path / "ruled")
    settings = ExtractSettings(ocr_enabled=False)
    got = pdf_to_content(plain.pdf_path, settings)
    want = pdf_to_content(ruled.pdf_path, settings)
    assert [len(p.tables) for p in got.pages] == [len(p.tables) for p in want.pages]
    for page, twin in zip(got.pages, want.pages, strict=True):
        for grid, reference in zip(page.tables, twin.tables, strict=True):
            assert grid.method == "aligned" and reference.method == "ruled"
            assert texts(grid) == texts(reference)
            body = grid.rows[1:]
            assert all(isinstance(c, Cell) and c.rowspan == c.colspan == 1 for row in body for c in row)
            inner, ruled_inner = grid.column_edges[1:-1], reference.column_edges[1:-1]
            assert len(inner) == len(ruled_inner)
            assert all(abs(a - b) < 8.0 for a, b in zip(inner, ruled_inner, strict=True))  # gutter middles


def test_generated_borderless_document_keeps_every_indicator_and_target(tmp_path: Path) -> None:
    """End to end: every truth row's indicator, quarter and target comes out (stage 2 places the
    hierarchy; see the report for the sasaran rows it still reads as sub kegiatan)."""
    import csv

    doc = generate("borderless", 21, tmp_path)
    rows = convert_pdf(doc.pdf_path).rows
    got = sorted((r.indicator, r.quarter or 0, r.target_raw or "") for r in rows)
    with open(doc.truth_path, encoding="utf-8") as f:
        want = sorted((t["indicator"], int(float(t["quarter"])) if t["quarter"] else 0, t["target_raw"])
                      for t in csv.DictReader(f))
    assert got == want


def test_multi_line_cells_stay_one_cell_with_their_printed_lines(tmp_path: Path) -> None:
    doc = generate("borderless", 9, tmp_path)
    content = pdf_to_content(doc.pdf_path, ExtractSettings(ocr_enabled=False))
    grid = next(t for p in content.pages for t in p.tables)
    cells = [c for row in grid.rows[1:] for c in row if c is not None and len(c.lines) > 1]
    assert cells, "the family wraps long indicators"
    for cell in cells:
        tops = [line.bbox.top for line in cell.lines]
        assert tops == sorted(tops)
        for line in cell.lines:
            assert cell.bbox.x0 <= (line.bbox.x0 + line.bbox.x1) / 2 <= cell.bbox.x1


# --- drawn here: what the family does not print --------------------------------------------------

COLUMNS = [(40, 70), (75, 300), (305, 360), (365, 420), (425, 480), (485, 540), (545, 600), (610, 760)]
ROWS = [
    ("1.", ["Persentase dokumen perencanaan yang", "disusun tepat waktu"], ["100%", "25%", "50%", "75%", "100%"],
     ["Kepala Bidang", "Perencanaan"]),
    ("2.", ["Jumlah laporan keuangan"], ["12 Laporan", "3 Laporan", "3 Laporan", "3 Laporan", "3 Laporan"],
     ["Sekretaris"]),
    ("3.", ["Nilai SAKIP perangkat daerah"], ["B", "", "", "", ""], ["Sekretaris"]),
    ("4.", ["Jumlah aplikasi layanan publik yang", "dikembangkan dan dipelihara"],
     ["6 Aplikasi", "-", "2 Aplikasi", "2 Aplikasi", "2 Aplikasi"], ["Kepala Bidang", "Aplikasi Informatika"]),
]


class Drawing:
    """A landscape A4 page drawn with text only (no rulings), y measured from the top."""

    def __init__(self, path: Path) -> None:
        self.width, self.height = landscape(A4)
        self.canvas = Canvas(str(path), pagesize=(self.width, self.height))

    def text(self, x: float, y: float, s: str, bold: bool = False, size: float = 8, centre: bool = False) -> None:
        self.canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        draw = self.canvas.drawCentredString if centre else self.canvas.drawString
        draw(x, self.height - y, s)

    def mid(self, i: int) -> float:
        return (COLUMNS[i][0] + COLUMNS[i][1]) / 2

    def title(self) -> None:
        self.text(self.width / 2, 40, "RENCANA AKSI TAHUN 2024", bold=True, size=11, centre=True)
        self.text(self.width / 2, 54, "DINAS KOMUNIKASI DAN INFORMATIKA", bold=True, size=11, centre=True)

    def two_row_header(self, shaded: bool = False) -> float:
        if shaded:  # a Word header shaded grey: one rectangle per cell of each header row, edge to edge
            inner = [(a[1] + b[0]) / 2 for a, b in zip(COLUMNS, COLUMNS[1:], strict=False)]
            edges = [COLUMNS[0][0] - 2, *inner, COLUMNS[-1][1] + 2]
            self.canvas.setFillGray(0.85)
            for top, cells in ((76, [(0, 1), (1, 2), (2, 7), (7, 8)]), (89, [(i, i + 1) for i in range(8)])):
                for a, b in cells:
                    self.canvas.rect(edges[a], self.height - top - 13, edges[b] - edges[a], 13, stroke=0, fill=1)
            self.canvas.setFillGray(0)
        self.text(self.mid(0), 90, "NO", bold=True, centre=True)
        self.text(self.mid(1), 90, "INDIKATOR KINERJA", bold=True, centre=True)
        self.text((COLUMNS[2][0] + COLUMNS[6][1]) / 2, 85, "TARGET", bold=True, centre=True)
        self.text(self.mid(7), 85, "PENANGGUNG", bold=True, centre=True)
        self.text(self.mid(7), 95, "JAWAB", bold=True, centre=True)
        for i, label in zip(range(2, 7), ("TAHUNAN", "TW I", "TW II", "TW III", "TW IV"), strict=True):
            self.text(self.mid(i), 97, label, bold=True, centre=True)
        return 115

    def body(self, y: float, rows: list[tuple[str, list[str], list[str], list[str]]]) -> float:
        for no, indicator, values, responsible in rows:
            self.text(COLUMNS[0][0] + 2, y, no)
            for k, line in enumerate(indicator):
                self.text(COLUMNS[1][0] + 2, y + 10 * k, line)
            for i, value in zip(range(2, 7), values, strict=True):
                if value:
                    self.text(self.mid(i), y, value, centre=True)
            for k, line in enumerate(responsible):
                self.text(COLUMNS[7][0] + 2, y + 10 * k, line)
            y += 10 * max(len(indicator), len(responsible)) + 8
        return y

    def signature(self, y: float) -> None:
        self.text(600, y + 25, "Makassar, 2 Januari 2024")
        self.text(600, y + 37, "Kepala Dinas")

    def next_page(self) -> None:
        self.canvas.showPage()

    def save(self) -> None:
        self.canvas.showPage()
        self.canvas.save()


def _page_grid(path: Path, page: int = 1, previous: TableGrid | None = None) -> TableGrid:
    with pdfplumber.open(path) as pdf:
        content = page_to_content(pdf.pages[page - 1], TextLayerSettings(), previous)
    assert len(content.tables) == 1
    return content.tables[0]


def test_two_row_header_puts_the_group_label_over_its_columns(tmp_path: Path) -> None:
    drawing = Drawing(tmp_path / "two_rows.pdf")
    drawing.title()
    drawing.signature(drawing.body(drawing.two_row_header(), ROWS))
    drawing.save()
    grid = _page_grid(tmp_path / "two_rows.pdf")
    assert grid.method == "aligned" and grid.n_columns == 8
    top, sub = grid.rows[0], grid.rows[1]
    target = top[2]
    assert target is not None and target.text == "TARGET" and target.colspan == 5
    assert top[3:7] == (None, None, None, None)
    assert [c.text if c else None for c in sub[2:7]] == ["TAHUNAN", "TW I", "TW II", "TW III", "TW IV"]
    assert top[7] is not None and top[7].text == "PENANGGUNG\nJAWAB"
    assert [" ".join(c.text.split()) if c else "" for c in grid.rows[2]] == [
        "1.", "Persentase dokumen perencanaan yang disusun tepat waktu", "100%", "25%", "50%", "75%", "100%",
        "Kepala Bidang Perencanaan"]
    assert [c.text if c else "" for c in grid.rows[4]][2:7] == ["B", "", "", "", ""]
    assert len(grid.rows) == 2 + len(ROWS)  # the signature block is not a row
    layout = grid_to_layout(grid, HeaderSettings())  # stage 2 reads the header chain per column
    assert layout is not None and layout.header_rows == 2
    assert layout.roles[2:7] == ["sasaran_target", "q1", "q2", "q3", "q4"]


def test_two_row_header_converts_end_to_end(tmp_path: Path) -> None:
    drawing = Drawing(tmp_path / "plan.pdf")
    drawing.title()
    drawing.signature(drawing.body(drawing.two_row_header(), ROWS))
    drawing.save()
    rows = convert_pdf(tmp_path / "plan.pdf").rows
    quarters = {(r.indicator, r.quarter): r.target_raw for r in rows}
    assert quarters[("Jumlah aplikasi layanan publik yang dikembangkan dan dipelihara", 2)] == "2 Aplikasi"
    assert quarters[("Persentase dokumen perencanaan yang disusun tepat waktu", None)] == "100%"
    assert len(rows) == 3 * 5 + 1


def test_continuation_page_without_header_reads_into_the_columns_before(tmp_path: Path) -> None:
    path = tmp_path / "two_pages.pdf"
    drawing = Drawing(path)
    drawing.title()
    drawing.body(drawing.two_row_header(), ROWS[:2])
    drawing.next_page()
    drawing.signature(drawing.body(40, ROWS[2:]))
    drawing.save()
    first = _page_grid(path, 1)
    with pdfplumber.open(path) as pdf:
        alone = page_to_content(pdf.pages[1], TextLayerSettings())
    assert alone.tables == ()  # no header, no table before it: nothing to go on
    second = _page_grid(path, 2, previous=first)
    assert second.n_columns == first.n_columns and len(second.rows) == 2
    assert [c.text if c else "" for c in second.rows[0]][:3] == ["3.", "Nilai SAKIP perangkat daerah", "B"]
    rows = convert_pdf(path).rows
    annual = {r.indicator: r.target_raw for r in rows if r.quarter is None}
    assert annual == {" ".join(r[1]): r[2][0] for r in ROWS}
    quarters = {(r.indicator, r.quarter): r.target_raw for r in rows if r.quarter is not None}
    assert quarters[("Jumlah aplikasi layanan publik yang dikembangkan dan dipelihara", 2)] == "2 Aplikasi"
    assert len(rows) == 3 * 5 + 1  # page 2's quarters too: the carried header keeps its quarter columns


def test_shaded_ruled_header_gets_the_borderless_body_below_it(tmp_path: Path) -> None:
    path = tmp_path / "shaded.pdf"
    drawing = Drawing(path)
    drawing.title()
    drawing.signature(drawing.body(drawing.two_row_header(shaded=True), ROWS))
    drawing.save()
    grid = _page_grid(path)
    assert grid.method == "ruled+aligned"
    assert [c.text if c else "" for c in grid.rows[-1]][:3] == ["4.", "Jumlah aplikasi layanan publik yang\n"
                                                               "dikembangkan dan dipelihara", "6 Aplikasi"]


def test_pages_that_hold_no_table_give_none(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    drawing = Drawing(path)
    drawing.title()
    for k, line in enumerate(["Dalam rangka meningkatkan akuntabilitas kinerja instansi pemerintah, kami",
                              "menyampaikan Rencana Aksi sebagai penjabaran Perjanjian Kinerja Tahun 2024.",
                              "Target dan indikator kinerja disusun per triwulan."]):
        drawing.text(60, 100 + 12 * k, line)
    drawing.text(60, 160, "Mengetahui,")
    drawing.text(500, 160, "Makassar, 2 Januari 2024")
    drawing.text(60, 172, "KEPALA DINAS")
    drawing.text(500, 172, "SEKRETARIS")
    drawing.save()
    with pdfplumber.open(path) as pdf:
        assert page_to_content(pdf.pages[0], TextLayerSettings()).tables == ()


# --- pure functions -------------------------------------------------------------------------------

def test_row_gap_sits_between_line_spacing_and_row_spacing() -> None:
    assert 1.5 < gap_threshold([1.1, 1.1, 5.1, 1.1, 5.1, 13.2], 7.0, 0.25) < 5.0
    assert gap_threshold([5.0, 5.2, 6.0], 7.0, 0.25) < 5.0  # loose gaps only: every one a new row
    assert gap_threshold([1.0, 1.2, 1.1], 7.0, 0.25) > 1.2  # tight gaps only: lines of cells


def test_a_header_line_with_nothing_under_it_is_no_table() -> None:
    labels = [("NO", 40), ("INDIKATOR", 80), ("TARGET", 300), ("SATUAN", 380), ("KET", 460)]
    words = [Word(t, BBox(x, 100, x + 6 * len(t), 108), 8.0, bold=True) for t, x in labels]
    tables, rest = words_to_tables(words, 1)
    assert tables == [] and rest == words


def test_settings_are_validated() -> None:
    with pytest.raises(ValueError):
        AlignedSettings(min_columns=1)
    with pytest.raises(ValueError):
        AlignedSettings(gutter_em=0)


def test_words_from_characters_split_at_spaces_and_gaps() -> None:
    def char(text: str, x0: float) -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x0 + 4, "top": 10.0, "bottom": 18.0, "size": 8.0,
                "fontname": "Helvetica-Bold", "upright": True}

    chars = [char("T", 0), char("W", 4), char(" ", 8), char("1", 12), char("1", 40)]
    words = chars_to_words(chars)
    assert [w.text for w in words] == ["TW", "1", "1"] and words[0].bold


# --- scanned: the same table through OCR -----------------------------------------------------------

def assert_labels(read: list[str], printed: list[str]) -> None:
    """Each header label where it belongs and close to its print: how OCR reads one glyph of a
    label (`TARGEI`) depends on the Tesseract build, and stage 2 matches labels fuzzily anyway."""
    from rapidfuzz import fuzz

    assert len(read) == len(printed)
    for got, want in zip(read, printed, strict=True):
        assert fuzz.ratio(" ".join(got.split()), want) >= 80, (got, want)


@pytest.mark.slow
def test_scanned_borderless_page_reads_back_to_the_text_layer_grid(tmp_path: Path) -> None:
    """A generated borderless page rendered at 300 dpi, skewed 1 degree, noised and JPEG-compressed
    into an image-only PDF: OCR finds the same columns and rows as the text layer, with the cell
    texts close to it."""
    from PIL import Image
    from rapidfuzz import fuzz

    from extract.ocr import OcrSettings, ocr_page
    from extract.ocr.bench import simulate_scan
    from extract.ocr.raster import render_page

    doc = generate("borderless", 9, tmp_path)
    rgb, _, _ = render_page(doc.pdf_path, 2, 300)
    scan = tmp_path / "scan.pdf"
    Image.fromarray(simulate_scan(rgb, skew_degrees=1.0, noise_sigma=6, jpeg_quality=70)).save(
        scan, "PDF", resolution=300.0)
    content = ocr_page(scan, 1, OcrSettings(dpi=300))
    reference = _page_grid(doc.pdf_path, 2)
    assert len(content.tables) == 1
    grid = content.tables[0]
    assert (grid.method, grid.text_source) == ("ocr-aligned", "ocr")
    assert (len(grid.rows), grid.n_columns) == (len(reference.rows), reference.n_columns)
    sims = [fuzz.ratio(a, b) for row, ref in zip(texts(grid), texts(reference), strict=True)
            for a, b in zip(row, ref, strict=True) if a or b]
    assert sum(sims) / len(sims) >= 90
    assert_labels([c.text if c else "" for c in grid.rows[0]][:4], ["NO", "URAIAN", "INDIKATOR KINERJA", "TARGET"])


@pytest.mark.slow
def test_low_resolution_borderless_scan_keeps_its_rows_and_quarter_labels(tmp_path: Path) -> None:
    """A generated borderless page scanned at 150 dpi (grey, JPEG): Tesseract gives the words of a
    text line the line's full height there, so the lines of a cell overlapped and rows ran into
    each other, and it reads the bold TW I … TW IV labels as `wi`, `WI`; its reading of the page
    leaves out faint lines (the second line of an indicator). Every indicator of the page keeps
    its row, whole, with its annual target, and every quarter column is labelled."""
    from rapidfuzz import fuzz

    from extract.aligned_labels import QUARTER_WORD
    from extract.ocr import OcrSettings, ocr_page
    from samples.generator.scan import ScanSettings, generate_scan

    scan = generate_scan("borderless", 803, tmp_path / "scan", ScanSettings(dpi=150, colour=False))
    reference = _page_grid(generate("borderless", 803, tmp_path).pdf_path, 2)
    content = ocr_page(scan.pdf_path, 2, OcrSettings())
    assert len(content.tables) == 1
    grid = texts(content.tables[0])
    assert all(QUARTER_WORD.match(label.replace(" ", "")) for label in grid[0][4:8])
    for printed in [row for row in texts(reference)[1:] if row[2]]:
        indicator, target = printed[2], printed[3]
        best = max(grid[1:], key=lambda row: fuzz.ratio(row[2], indicator))
        assert fuzz.ratio(best[2], indicator) >= 90, indicator  # a lost last line of 80 characters: 88
        assert fuzz.ratio(best[3], target) >= 60, indicator  # OCR may damage a `%` (`10096`), not the row
        if not any(printed[4:8]):  # a streak of dirt read as `vo` made a quarter target of nothing
            assert not any(best[4:8]), indicator


@pytest.mark.slow
def test_scanned_header_of_capitals_keeps_its_labels_whole(tmp_path: Path) -> None:
    """An OCR box is as tall as the print: a header line of capitals looked like a smaller font
    than the body, the space inside `INDIKATOR KINERJA` like the gap between two labels, and the
    indicator column of a continuation page (one row under the header) was cut in two."""
    from extract.ocr import OcrSettings, ocr_page
    from samples.generator.scan import ScanSettings, generate_scan

    scan = generate_scan("borderless", 821, tmp_path, ScanSettings(dpi=200, colour=True))
    content = ocr_page(scan.pdf_path, 2, OcrSettings())
    assert len(content.tables) == 1
    grid = texts(content.tables[0])
    assert_labels(grid[0][:4], ["NO", "URAIAN", "INDIKATOR KINERJA", "TARGET"])
    assert len(grid[0]) == 9  # NO, URAIAN, INDIKATOR KINERJA, TARGET, TW I … TW IV, PENANGGUNG JAWAB


@pytest.mark.slow
def test_specks_on_a_scan_make_no_quarter_targets(tmp_path: Path) -> None:
    """A speck of dirt Tesseract reads as `.` or `:` in a quarter cell of a row with an annual
    target only made four quarter targets of nothing: rows printed without quarter targets keep
    their quarter cells empty on a 150 dpi scan."""
    from rapidfuzz import fuzz

    from extract.ocr import OcrSettings, ocr_page
    from samples.generator.scan import ScanSettings, generate_scan

    scan = generate_scan("borderless", 812, tmp_path / "scan", ScanSettings(dpi=150, colour=True))
    reference = texts(_page_grid(generate("borderless", 812, tmp_path).pdf_path, 1))
    content = ocr_page(scan.pdf_path, 1, OcrSettings())
    read = texts(content.tables[0])[1:]
    annual_only = [row[2] for row in reference[1:] if row[2] and not any(row[4:8])]
    assert annual_only
    for indicator in annual_only:
        best = max(read, key=lambda row: fuzz.ratio(row[2], indicator))
        assert not any(best[4:8]), indicator


@pytest.mark.slow
def test_percent_signs_on_a_scan_keep_their_unit(tmp_path: Path) -> None:
    """`85 %` on a scan: Tesseract read the sign as letters, set apart (`85 Jo`) or joined (`95Jo`
    with today's wheels), and the target lost its unit. Scored over the whole document, not one
    glyph: the repairs of the words Tesseract returned are pinned in tests/test_ocr_repair.py
    (fixtures/ocr/target_cells.csv)."""
    from truth import fuzzy_f1, truth_rows

    from renaksi.pipeline import convert_pdf
    from samples.generator.scan import ScanSettings, generate_scan
    from schemas.contract import CONTRACT_COLUMNS

    scan = generate_scan("borderless", 825, tmp_path / "scan", ScanSettings(dpi=300, colour=True))
    rows = convert_pdf(scan.pdf_path).rows
    unit = CONTRACT_COLUMNS.index("target_unit")
    printed = sum(row[unit] == "%" for row in truth_rows(scan.truth_path))
    read = sum(row.target_unit == "%" for row in rows)
    assert printed and read >= 0.95 * printed
    assert fuzzy_f1(rows, scan.truth_path) >= 0.93


def test_a_two_line_label_straddling_the_header_line_keeps_both_lines(tmp_path):
    """borderless seed 812: `PENANGGUNG` over `JAWAB`, the one-line labels set between them, and
    `PENANGGUNG` wider than the header's other words reach: it is no title above the table."""
    from samples.generator import generate

    doc = generate("borderless", 812, tmp_path)
    grid = pdf_to_content(doc.pdf_path, ExtractSettings()).pages[0].tables[0]
    assert "PENANGGUNG JAWAB" in [" ".join(c.text.split()) for c in grid.rows[0] if c is not None]
