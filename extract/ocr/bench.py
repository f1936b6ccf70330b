"""Measure OCR on simulated scans of a born-digital PDF against its own text layer.

    python -m extract.ocr.bench samples/x.pdf --pages 2-6 --dpi 200 300 [--per-cell] [--psm 6 4]

Each page is rendered, turned into a "scan" (skew, noise, JPEG), read by ``image_to_page_content``
and compared with ``pdfplumber``'s ``find_tables()`` on the text layer: grid shape, ``None``
positions, and cell text similarity (rapidfuzz ratio, whitespace collapsed; also with spaces
removed, since Tesseract often drops a narrow space: ``TW. 1`` → ``TW.1``). ``--per-cell`` also
reads every cell crop on its own with tesserocr (if installed) to compare the two ways of reading.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pdfplumber
from rapidfuzz import fuzz

from extract.ocr import cleanup, ruling
from extract.ocr.page import StepTimes, erase_rulings, image_to_page_content, prepare_image
from extract.ocr.raster import render_page
from extract.ocr.settings import OcrSettings
from extract.records import TableGrid


def simulate_scan(
    rgb: np.ndarray, *, skew_degrees: float = 1.5, noise_sigma: float = 8.0, jpeg_quality: int = 60, seed: int = 0
) -> np.ndarray:
    """An office-scanner look: grey, rotated a little, sensor noise, JPEG artefacts. Returns RGB."""
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    if skew_degrees:
        grey = cleanup.rotate_small(grey, skew_degrees, 255)
    if noise_sigma:
        rng = np.random.default_rng(seed)
        grey = np.clip(grey.astype(np.float32) + rng.normal(0, noise_sigma, grey.shape), 0, 255).astype(np.uint8)
    if jpeg_quality < 100:
        ok, data = cv2.imencode(".jpg", grey, [cv2.IMWRITE_JPEG_QUALITY, jpeg_quality])
        decoded = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
        if decoded is not None:
            grey = decoded
    return cv2.cvtColor(grey, cv2.COLOR_GRAY2RGB)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


@dataclass
class Comparison:
    same_shape: bool
    none_mismatches: int
    similarity: list[float]  # per non-empty reference cell
    similarity_nospace: list[float]


def compare_grid(grid: TableGrid, reference: list[list[str | None]]) -> Comparison:
    same = len(grid.rows) == len(reference) and all(
        len(r) == len(x) for r, x in zip(grid.rows, reference, strict=False)
    )
    mism, sims, nsims = 0, [], []
    for row, ref_row in zip(grid.rows, reference, strict=False):
        for cell, ref in zip(row, ref_row, strict=False):
            if (cell is None) != (ref is None):
                mism += 1
                continue
            if cell is None:
                continue
            a, b = _norm(cell.text), _norm(ref)
            if not a and not b:
                continue
            sims.append(fuzz.ratio(a, b))
            nsims.append(fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")))
    return Comparison(same, mism, sims, nsims)


def per_cell_texts(grey: np.ndarray, grid: TableGrid, settings: OcrSettings) -> tuple[list[list[str | None]], float]:
    """Read every cell crop on its own (tesserocr, one API, SetRectangle): the alternative to one
    whole-page read."""
    import tesserocr  # only for this comparison

    k = settings.dpi / 72.0
    out: list[list[str | None]] = []
    started = time.perf_counter()
    with tesserocr.PyTessBaseAPI(
        path="/usr/share/tesseract-ocr/5/tessdata/", lang=settings.languages, psm=tesserocr.PSM.SINGLE_BLOCK
    ) as api:
        from PIL import Image

        api.SetImage(Image.fromarray(grey))
        api.SetSourceResolution(settings.dpi)
        for row in grid.rows:
            texts: list[str | None] = []
            for cell in row:
                if cell is None:
                    texts.append(None)
                    continue
                b = cell.bbox
                pad = 2
                x0, y0 = int(b.x0 * k) + pad, int(b.top * k) + pad
                w, h = int(b.width * k) - 2 * pad, int(b.height * k) - 2 * pad
                if w < 4 or h < 4:
                    texts.append("")
                    continue
                api.SetRectangle(x0, y0, w, h)
                texts.append(api.GetUTF8Text().strip())
            out.append(texts)
    return out, time.perf_counter() - started


def _pages(spec: str) -> list[int]:
    pages: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        pages += list(range(int(lo), int(hi or lo) + 1))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--pages", default="2-6")
    parser.add_argument("--dpi", type=int, nargs="+", default=[200, 300])
    parser.add_argument("--psm", type=int, nargs="+", default=[6])
    parser.add_argument("--skew", type=float, default=1.5)
    parser.add_argument("--per-cell", action="store_true")
    args = parser.parse_args()
    with pdfplumber.open(args.pdf) as pdf:
        refs = {n: [t.extract() for t in pdf.pages[n - 1].find_tables()] for n in _pages(args.pages)}
    for dpi in args.dpi:
        for psm in args.psm:
            settings = OcrSettings(dpi=dpi, psm=psm)
            sims, nsims, secs, tess, shapes, mism, cell_sims, cell_secs = [], [], [], [], 0, 0, [], []
            for n, ref_tables in refs.items():
                rgb, width, height = render_page(args.pdf, n, dpi)
                scan = simulate_scan(rgb, skew_degrees=args.skew, seed=n)
                times = StepTimes()
                started = time.perf_counter()
                content = image_to_page_content(scan, width, height, n, settings, times)
                secs.append(time.perf_counter() - started)
                tess.append(times.seconds.get("tesseract", 0.0))
                for grid, ref in zip(content.tables, ref_tables, strict=False):
                    c = compare_grid(grid, ref)
                    shapes += c.same_shape and c.none_mismatches == 0
                    mism += c.none_mismatches
                    sims += c.similarity
                    nsims += c.similarity_nospace
                    if args.per_cell:
                        prepared = prepare_image(scan, settings)
                        _, mask = ruling.find_layouts(prepared.binary, dpi, settings.min_line_points)
                        texts, cs = per_cell_texts(erase_rulings(prepared.grey, mask), grid, settings)
                        cell_secs.append(cs)
                        for row, ref_row in zip(texts, ref, strict=False):
                            for t, r in zip(row, ref_row, strict=False):
                                if t is not None and r is not None and (_norm(t) or _norm(r)):
                                    cell_sims.append(fuzz.ratio(_norm(t), _norm(r)))
                print(
                    f"  page {n}: {secs[-1]:.2f} s (tesseract {tess[-1]:.2f} s), tables {len(content.tables)}"
                    f"/{len(ref_tables)}, steps {{{', '.join(f'{k}: {v:.2f}' for k, v in times.seconds.items())}}}"
                )
            print(
                f"dpi {dpi} psm {psm}: grids same shape {shapes}/{sum(len(r) for r in refs.values())}, "
                f"None mismatches {mism}, cell similarity mean {statistics.mean(sims):.1f} "
                f"(no spaces {statistics.mean(nsims):.1f}), cells >= 90: {sum(s >= 90 for s in sims) / len(sims):.1%}, "
                f"{statistics.mean(secs):.2f} s/page, tesseract {sum(tess) / sum(secs):.0%}"
            )
            if cell_sims:
                print(
                    f"  per-cell (tesserocr): similarity mean {statistics.mean(cell_sims):.1f}, "
                    f"{statistics.mean(cell_secs):.2f} s/page for the reading alone"
                )


if __name__ == "__main__":
    main()
