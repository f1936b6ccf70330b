"""Stage 1 for scanned pages, with the real Tesseract: text-layer quality, clean-up, ruling lines,
and whole pages read back into grids of the same shape as the text layer gives."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pdfplumber
import pytest
from PIL import Image
from rapidfuzz import fuzz

from extract.ocr import OcrSettings, cleanup, ocr_page, tesseract, text_layer_is_usable
from extract.ocr.bench import simulate_scan
from extract.ocr.quality import assess_text_layer, text_stats
from extract.ocr.raster import render_page
from extract.records import Cell, TableGrid
from schemas.errors import MissingToolError

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real"
ID08 = REAL / "id08_jabar_2017_dispora_perjanjian-kinerja_SCANNED.pdf"
ID09 = REAL / "id09_jabar_2016_disnak_perjanjian-kinerja_SCANNED-OCR.pdf"


def _real(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"real scan missing: {path}")
    return path


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _scan_pdf(sample_pdf: Path, page: int, dpi: int, tmp_path: Path, **scan: Any) -> Path:
    """A one-page image-only PDF: the sample page rendered, skewed, noised and JPEG-compressed."""
    rgb, _, _ = render_page(sample_pdf, page, dpi)
    out = tmp_path / f"scan_p{page}_{dpi}.pdf"
    Image.fromarray(simulate_scan(rgb, **scan)).save(out, "PDF", resolution=float(dpi))
    return out


def _none_pattern(grid: TableGrid) -> list[list[bool]]:
    return [[cell is None for cell in row] for row in grid.rows]


# --- settings and the wrapper --------------------------------------------------------------------


def test_settings_are_validated() -> None:
    assert OcrSettings().languages == "ind+eng"
    for bad in ({"dpi": 20}, {"psm": 7}, {"timeout_seconds": 0}, {"languages": "ind;rm -rf"}):
        with pytest.raises(ValueError):
            OcrSettings(**bad)  # type: ignore[arg-type]


def test_missing_tesseract_names_the_debian_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tesseract.shutil, "which", lambda _: None)
    with pytest.raises(MissingToolError, match="apt-get install tesseract-ocr tesseract-ocr-ind"):
        tesseract.read_words(np.full((20, 20), 255, np.uint8), languages="ind+eng", psm=6, dpi=300, timeout=5)


def test_missing_language_data_is_a_missing_tool() -> None:
    with pytest.raises(MissingToolError, match="xyz"):
        tesseract.check_languages("ind+xyz")


def test_version_probe() -> None:
    assert int(tesseract.tesseract_version().split(".")[0]) >= 4


def test_tsv_words_keep_percent_signs() -> None:
    """``-l ind`` alone reads ``95%`` as ``95y6``; with ``ind+eng`` the sign survives, or comes as the
    letters stage 2 repairs (``95Jo``): the cell reads ``95%`` either way."""
    from normalize.ocr_repair import repair_cell_text

    image = np.full((120, 420), 255, np.uint8)
    cv2.putText(image, "95% 80.5", (20, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.6, 0, 3)
    words = tesseract.read_words(image, languages="ind+eng", psm=7, dpi=300, timeout=30)
    assert repair_cell_text(words[0].text, "target", frozenset()).text == "95%"


def test_engine_fingerprint_names_the_version_and_each_language() -> None:
    fingerprint = tesseract.engine_fingerprint("ind+eng")
    assert fingerprint.startswith(f"tesseract {tesseract.tesseract_version()}; ind ")
    assert "missing" not in fingerprint and "; eng " in fingerprint
    assert tesseract.engine_fingerprint("ind+xyz").endswith("xyz missing")


# --- text-layer quality --------------------------------------------------------------------------


def test_born_digital_text_layer_is_usable(sample_pdf: Path) -> None:
    with pdfplumber.open(sample_pdf) as pdf:
        assert all(text_layer_is_usable(page) for page in pdf.pages)


def test_image_only_page_is_not_usable() -> None:
    with pdfplumber.open(_real(ID08)) as pdf:
        report = assess_text_layer(pdf.pages[2])
    assert not report.usable and report.reason == "no text layer"


def test_hidden_garbage_ocr_layer_is_not_usable() -> None:
    """id09: an earlier OCR's text (``kine~a``, ``D1NAS``) painted under the page scan."""
    with pdfplumber.open(_real(ID09)) as pdf:
        reports = [assess_text_layer(page) for page in pdf.pages]
    assert not any(r.usable for r in reports)
    assert all(r.hidden for r in reports)
    assert reports[0].garbled > 0.01  # garbage on its own would condemn page 1


def test_garbled_words_are_measured() -> None:
    _, _, garbled, _, _ = text_stats("PIHAK KESATU be~anji akan mewujudkan target kine~a D1NAS yang")
    assert garbled == pytest.approx(3 / 9)
    assert text_stats("Persentase 95% #REF! Rp. 3.244.817.500,- TW. 1 (kasus/tahun)")[2] == 0.0


# --- clean-up ------------------------------------------------------------------------------------


def test_deskew_finds_a_small_rotation(sample_pdf: Path) -> None:
    rgb, _, _ = render_page(sample_pdf, 3, 100)
    grey = cleanup.rotate_small(cleanup.to_grey(rgb), 1.5, 255)
    skew = cleanup.estimate_skew(cleanup.binarise(grey, 100), 2.5)
    assert skew == pytest.approx(-1.5, abs=0.15)


def test_coloured_stamp_is_dropped_black_print_kept() -> None:
    rgb = np.full((60, 60, 3), 255, np.uint8)
    rgb[10:20, 10:50] = (0, 0, 0)  # print
    rgb[30:50, 10:50] = (40, 60, 200)  # blue ink stamp
    grey = cleanup.drop_colour(rgb, 300)
    assert grey[15, 30] < 50 and grey[40, 30] == 255


# --- whole pages ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_skewed_noisy_scan_reads_back_to_the_text_layer_grid(sample_pdf: Path, tmp_path: Path) -> None:
    """Page 3 of the sample, scanned at 300 dpi with a 1.5 degree skew, noise and JPEG: the grid has
    pdfplumber's shape and None positions, and the cell texts match the text layer."""
    scan = _scan_pdf(sample_pdf, 3, 300, tmp_path, skew_degrees=1.5, noise_sigma=8, jpeg_quality=60)
    content = ocr_page(scan, 1, OcrSettings(dpi=300))
    with pdfplumber.open(sample_pdf) as pdf:
        reference = pdf.pages[2].find_tables()[0].extract()
    assert content.text_source == "ocr" and len(content.tables) == 1
    grid = content.tables[0]
    assert (grid.method, grid.text_source) == ("ocr-ruled", "ocr")
    assert _none_pattern(grid) == [[c is None for c in row] for row in reference]
    sims = [
        fuzz.ratio(_norm(cell.text), _norm(ref))
        for row, ref_row in zip(grid.rows, reference, strict=True)
        for cell, ref in zip(row, ref_row, strict=True)
        if cell is not None and (_norm(cell.text) or _norm(ref))
    ]
    assert statistics.mean(sims) >= 95
    assert abs(content.width - 936) < 1 and abs(content.height - 610) < 1
    for row in grid.rows:
        for cell in row:
            if isinstance(cell, Cell):
                for line in cell.lines:  # lines sit in their cell, in PDF points
                    centre = (line.bbox.x0 + line.bbox.x1) / 2
                    assert cell.bbox.x0 <= centre <= cell.bbox.x1
                    assert cell.bbox.top - 2 <= line.bbox.top <= line.bbox.bottom <= cell.bbox.bottom + 2
                    assert 0 <= line.confidence <= 1


@pytest.mark.slow
def test_real_scan_id08_small_ruled_table() -> None:
    content = ocr_page(_real(ID08), 3, OcrSettings(dpi=300))
    assert len(content.tables) == 1
    grid = content.tables[0]
    assert (len(grid.rows), grid.n_columns) == (5, 5)
    texts = [[_norm(c.text) if c else "" for c in row] for row in grid.rows]
    assert all(c is not None for row in grid.rows for c in row)
    for read, printed in zip(texts[0], ["NO", "SASARAN", "INDIKATOR KINERJA", "SATUAN", "TARGET"], strict=True):
        assert fuzz.ratio(read, printed) >= 80, (read, printed)  # a label's glyphs vary with the build
    assert texts[2][4] == "18" and texts[3][4] == "10.400" and texts[4][4] == "3"
    assert texts[3][0] == "" and texts[3][1] == ""  # empty cells are Cells with no lines, not None
    assert fuzz.partial_ratio("Persentase peningkatan kelompok", texts[2][2]) >= 90
    assert any("Program Pembinaan" in line.text for line in content.free_lines)


@pytest.mark.slow
def test_real_scan_id09_replaces_the_hidden_layer_with_a_grid() -> None:
    content = ocr_page(_real(ID09), 3, OcrSettings(dpi=300))
    grid = content.tables[0]
    assert (len(grid.rows), grid.n_columns) == (7, 4)
    indicators = [_norm(row[2].text) for row in grid.rows if row[2] is not None]
    targets = [_norm(row[3].text) for row in grid.rows if row[3] is not None]
    for printed in ("- Anthrax (kasus/tahun)", "- Rabies (kasus/tahun)"):
        assert max(fuzz.ratio(read, printed) for read in indicators) >= 90, printed
    assert targets[-4:] == ["0", "0", "55", "3"]
    assert any(line.text.startswith("Rp.") for line in content.free_lines)


@pytest.mark.slow
def test_page_turned_sideways_is_turned_back(sample_pdf: Path, tmp_path: Path) -> None:
    rgb, _, _ = render_page(sample_pdf, 3, 200)
    out = tmp_path / "turned.pdf"
    Image.fromarray(np.ascontiguousarray(np.rot90(rgb))).save(out, "PDF", resolution=200.0)
    content = ocr_page(out, 1, OcrSettings(dpi=200))
    assert content.rotation == 90
    assert content.width > content.height
    assert len(content.tables) == 1 and content.tables[0].n_columns == 15


def test_ink_left_outside_every_word_box_is_measured():
    """A cell whose first line Tesseract ran into the piece above leaves that line's ink unread."""
    from extract.ocr.mosaic import Region
    from extract.ocr.reading import MAX_UNREAD_INK, unread_share
    from extract.ocr.tesseract import OcrWord

    ink = np.zeros((100, 200), np.uint8)
    ink[10:20, 10:190] = 255  # first line
    ink[40:50, 10:150] = 255  # second line
    region = Region(0, 0, 200, 100)
    second = OcrWord("koordinasi", 96.0, 8, 38, 145, 14, 0, 0, 0)
    first = OcrWord("Persentase", 97.0, 8, 8, 185, 14, 0, 0, 0)
    assert unread_share(region, [second], ink) > MAX_UNREAD_INK
    assert unread_share(region, [first, second], ink) == 0.0
    assert unread_share(region, [], ink) == 1.0


def test_a_faint_cell_read_again_alone_uses_local_thresholds():
    """A blurred cell from a generator scan (excel family, 300 dpi): Otsu's one threshold loses its
    faint first line, Sauvola's local ones keep it; a cell read again alone is read that way."""
    from extract.ocr import tesseract

    grey = cv2.imread(str(Path(__file__).parent / "fixtures" / "faint_cell_300dpi.png"), cv2.IMREAD_GRAYSCALE)
    grey = cv2.copyMakeBorder(grey, 20, 20, 20, 20, cv2.BORDER_CONSTANT, value=255)
    read = tesseract.read_words(grey, languages="ind+eng", psm=6, dpi=300, timeout=30,
                                thresholding=tesseract.SAUVOLA)
    assert " ".join(w.text for w in read) == "Meningkatnya kualitas fasilitasi tugas dan fungsi DPRD"
