"""Scanned copies of generated plans: image-only PDFs with the originals' truth.

A plan is printed, signed and stamped, and fed through an office scanner: each page
is rasterised (pypdfium2) at 150, 200 or 300 dpi in grey or colour, gets a signature
and a round stamp over the signature block, is skewed up to 2 degrees, blurred,
speckled and JPEG-compressed, and is written as an image-only PDF (no text layer).
Landscape pages may come out stored sideways (turned 90 degrees, no /Rotate), as
scanners that feed portrait do. The truth is the original's with ``source_file`` set
to the scan's own file name.

``python -m samples.generator.scan IN.pdf --dpi 200 [--colour] --out DIR`` (the truth is
read from ``IN.truth.csv``), or ``python -m samples.generator --scan 200 ...``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from PIL import Image

from samples.generator import scanfx
from samples.generator.truth import TRUTH_COLUMNS

DPIS = (150, 200, 300)
_BLUE_INKS = ((25, 45, 140), (40, 40, 110), (20, 20, 30))
_STAMP_INKS = ((60, 50, 170), (110, 40, 150), (35, 80, 170))


@dataclass(frozen=True, slots=True)
class ScanSettings:
    dpi: int = 200
    colour: bool = False
    max_skew: float = 2.0  # degrees
    jpeg_quality: int | None = None  # None: drawn between 40 and 85
    sideways: bool | None = None  # landscape pages stored turned; None: drawn per document

    def __post_init__(self) -> None:
        if not 72 <= self.dpi <= 600:
            raise ValueError(f"dpi {self.dpi} out of range 72-600")
        if not 0 <= self.max_skew <= 5:
            raise ValueError(f"max_skew {self.max_skew} out of range 0-5 degrees")


@dataclass(frozen=True, slots=True)
class ScannedDoc:
    pdf_path: Path
    truth_path: Path
    original: Path
    dpi: int
    colour: bool
    pages: int


def scan_name(original: Path, settings: ScanSettings) -> str:
    return f"scan{settings.dpi}{'c' if settings.colour else 'g'}_{original.stem}.pdf"


def scan_pdf(original: Path, truth: Path, out_dir: Path, seed: int, settings: ScanSettings) -> ScannedDoc:
    out_dir.mkdir(parents=True, exist_ok=True)
    name = scan_name(original, settings)
    rng = np.random.default_rng(int.from_bytes(hashlib.sha256(f"{seed}:{name}".encode()).digest()[:8], "big"))
    rows = _read_truth(truth)
    words = f"{rows[0]['agency'].upper()} {rows[0]['region'].upper()}" if rows else "PEMERINTAH DAERAH"
    sig_page, sig_box = _signature_block(original)
    quality = settings.jpeg_quality or int(rng.integers(40, 86))
    sideways = bool(rng.random() < 0.35) if settings.sideways is None else settings.sideways
    scale = settings.dpi / 72
    images: list[Image.Image] = []
    doc = pdfium.PdfDocument(str(original))
    try:
        for i in range(len(doc)):
            img = doc[i].render(scale=scale).to_pil().convert("RGB")
            img = scanfx.paper(img, rng)
            if i == sig_page and sig_box is not None:
                img = _sign_and_stamp(img, sig_box, scale, words, rng)
            if not settings.colour:
                img = img.convert("L")
            img = scanfx.skew(img, float(rng.uniform(-settings.max_skew, settings.max_skew)))
            img = scanfx.blur(img, float(rng.uniform(0.2, 0.9)) * settings.dpi / 200)
            img = scanfx.noise(img, float(rng.uniform(2, 7)), int(rng.integers(20, 200)), rng)
            if sideways and img.width > img.height:
                img = img.rotate(90, expand=True)
            images.append(img)
    finally:
        doc.close()
    pdf_path = out_dir / name
    _write_image_pdf(images, pdf_path, settings.dpi, quality)
    truth_path = out_dir / name.replace(".pdf", ".truth.csv")
    _write_truth(rows, name, truth_path)
    return ScannedDoc(pdf_path, truth_path, original, settings.dpi, settings.colour, len(images))


def _sign_and_stamp(img: Image.Image, box: scanfx.Box, scale: float, words: str,
                    rng: np.random.Generator) -> Image.Image:
    px = scanfx.Box(box.x0 * scale, box.y0 * scale, box.x1 * scale, box.y1 * scale)
    ink = _BLUE_INKS[int(rng.integers(len(_BLUE_INKS)))]
    img = scanfx.signature(img, px, rng, ink)
    radius = scale * float(rng.uniform(36, 52))  # a 2.5-3.7 cm office stamp
    centre = (px.x0 - radius * float(rng.uniform(-0.1, 0.4)),
              (px.y0 + px.y1) / 2 + radius * float(rng.uniform(-0.2, 0.2)))
    return scanfx.stamp(img, centre, radius, words, rng, _STAMP_INKS[int(rng.integers(len(_STAMP_INKS)))])


def _signature_block(pdf: Path) -> tuple[int, scanfx.Box | None]:
    """Where the signature goes: the gap between the position ("Kepala Dinas") and the name
    line above ``Pangkat``, on the last page, in points from the top-left corner."""
    with pdfplumber.open(pdf) as doc:
        last = len(doc.pages) - 1
        lines = doc.pages[last].extract_text_lines()
    for i, line in enumerate(lines):
        if line["text"].startswith("Pangkat") and i >= 2:
            name, position = lines[i - 1], lines[i - 2]
            if name["top"] - position["bottom"] > 8:
                x0 = name["x0"]
                return last, scanfx.Box(x0, position["bottom"] + 1, x0 + max(90.0, name["x1"] - x0),
                                        name["top"] - 1)
    return last, None


def _write_image_pdf(images: list[Image.Image], path: Path, dpi: int, quality: int) -> None:
    """Pillow writes each page as one JPEG (DCTDecode) and nothing else: no fonts, no text.
    Fixed dates keep the bytes a function of the seed."""
    epoch = time.gmtime(0)
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi), quality=quality,
                   title=path.stem, creator="Scanner", producer="Scanner", creationDate=epoch, modDate=epoch)


def _read_truth(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _write_truth(rows: list[dict[str, str]], source_file: str, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(TRUTH_COLUMNS), lineterminator="\n")
        w.writeheader()
        w.writerows({**r, "source_file": source_file} for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.generator.scan", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdf", type=Path, nargs="+", help="generated PDFs, each with <name>.truth.csv beside it")
    ap.add_argument("--dpi", type=int, default=200, choices=DPIS)
    ap.add_argument("--colour", action="store_true", help="colour scan (default grey)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    for pdf in a.pdf:
        truth = pdf.with_name(pdf.stem + ".truth.csv")
        if not truth.is_file():
            print(f"error: {truth} not found; scans need the original's truth", file=sys.stderr)
            return 2
        doc = scan_pdf(pdf, truth, a.out, a.seed, ScanSettings(dpi=a.dpi, colour=a.colour))
        print(f"{doc.pdf_path}\t{doc.pages} pages")
    return 0


def generate_scan(family: str, seed: int, out_dir: Path, settings: ScanSettings | None = None) -> ScannedDoc:
    """Generate a document and scan it; only the scan and its truth land in ``out_dir``."""
    import tempfile

    from samples.generator import generate

    with tempfile.TemporaryDirectory() as tmp:
        doc = generate(family, seed, Path(tmp))
        return scan_pdf(doc.pdf_path, doc.truth_path, Path(out_dir), seed, settings or ScanSettings())


if __name__ == "__main__":
    sys.exit(main())
