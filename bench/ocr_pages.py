"""Seconds per scanned page, and the share of them spent in Tesseract.

    python -m bench.ocr_pages [--out BENCHMARKS-OCR.md]

Every page of the bundled scans (``samples/scan*.pdf``: generator plans printed, stamped, signed
and scanned at 150, 200 and 300 dpi) is read in this one process the way the pipeline reads it:
rendered at the OCR resolution (``OcrSettings.dpi``), cleaned, its rulings found, read by
Tesseract, its words placed. Issue 4's goal: at most 5 s a page on one core for 200-300 dpi scans.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from extract.ocr.page import StepTimes, image_to_page_content
from extract.ocr.raster import render_page
from extract.ocr.settings import OcrSettings

REPO = Path(__file__).resolve().parent.parent
GOAL_SECONDS = 5.0  # per page per core, scans of 200-300 dpi


@dataclass(frozen=True)
class PageTime:
    scan: str
    scan_dpi: int
    page: int
    seconds: float
    tesseract: float
    cleanup: float  # grey, stamps out, turned, deskewed
    ruling: float  # rulings found and erased, paper levelled


def time_pages(pdf: Path, settings: OcrSettings) -> list[PageTime]:
    named = re.match(r"scan(\d+)", pdf.name)
    scan_dpi = int(named.group(1)) if named else 0
    with pdfplumber.open(pdf) as doc:
        n_pages = len(doc.pages)
    out = []
    for number in range(1, n_pages + 1):
        started = time.perf_counter()
        rgb, width, height = render_page(pdf, number, settings.dpi)
        times = StepTimes()
        image_to_page_content(rgb, width, height, number, settings, times=times)
        out.append(PageTime(pdf.name, scan_dpi, number, time.perf_counter() - started,
                            times.seconds.get("tesseract", 0.0), times.seconds.get("cleanup", 0.0),
                            times.seconds.get("ruling", 0.0)))
        print(f"{pdf.name} page {number}: {out[-1].seconds:.2f} s", file=sys.stderr)
    return out


def report(pages: list[PageTime], settings: OcrSettings, load: tuple[float, float]) -> str:
    lines = [
        "# Scanned pages: seconds per page",
        "",
        f"Written by `python -m bench.ocr_pages` (run by `make bench`) on "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: "
        f"every page of the bundled scans (`samples/scan*.pdf`) read in one process at the OCR resolution of "
        f"{settings.dpi} dpi, languages `{settings.languages}`, one core (`OMP_THREAD_LIMIT=1`). "
        f"Load average (1 min) at the start and the end: {load[0]:.2f}, {load[1]:.2f} on {os.cpu_count()} cores.",
        "",
        "| scanned at | pages | seconds per page (mean) | fastest – slowest | share in Tesseract | goal ≤ 5 s |",
        "|---|---|---|---|---|---|",
    ]
    for dpi in sorted({p.scan_dpi for p in pages}):
        group = [p for p in pages if p.scan_dpi == dpi]
        mean = statistics.fmean(p.seconds for p in group)
        share = sum(p.tesseract for p in group) / sum(p.seconds for p in group)
        goal = ("met" if mean <= GOAL_SECONDS else "not met") if dpi >= 200 else "n/a (150 dpi)"
        lines.append(f"| {dpi} dpi | {len(group)} | {mean:.2f} | {min(p.seconds for p in group):.2f} – "
                     f"{max(p.seconds for p in group):.2f} | {share:.0%} | {goal} |")
    lines += ["", "Per page: Tesseract's calls, the clean-up (grey, stamps out, page turned and deskewed; Tesseract's "
              "orientation check included), and finding and erasing the rulings.", "",
              "| scan | page | seconds | Tesseract | clean-up | rulings |", "|---|---|---|---|---|---|"]
    lines += [f"| {p.scan} | {p.page} | {p.seconds:.2f} | {p.tesseract:.2f} | {p.cleanup:.2f} | {p.ruling:.2f} |"
              for p in pages]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ocr_pages", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "BENCHMARKS-OCR.md")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    settings = OcrSettings()
    load_before = os.getloadavg()[0]
    pages = [t for pdf in sorted((REPO / "samples").glob("scan*.pdf")) for t in time_pages(pdf, settings)]
    args.out.write_text(report(pages, settings, (load_before, os.getloadavg()[0])), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
