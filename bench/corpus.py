"""The benchmark's documents: born-digital plans from ``samples.generator``, scans of some of them,
and long documents (10 to 100+ pages) made by concatenating a plan's table pages with qpdf."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pypdfium2
from PIL import Image

REPO = Path(__file__).resolve().parent.parent
SHARED_SAMPLE = "kesbangpol_luwu_timur_2022.pdf"


def born_digital(dest: Path, per_family: int) -> list[Path]:
    """``per_family`` generated documents of every layout family, plus the shared sample."""
    from samples.generator import families, generate

    dest.mkdir(parents=True, exist_ok=True)
    made = [generate(family, seed, dest).pdf_path
            for family in families() for seed in range(1, per_family + 1)]
    sample = long_source()
    shutil.copy(sample, dest / sample.name)
    return sorted([*made, dest / sample.name])


def long_source() -> Path:
    for candidate in (REPO / "samples" / SHARED_SAMPLE, REPO.parent / "shared" / "samples" / SHARED_SAMPLE):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"{SHARED_SAMPLE} not found in samples/ or ../shared/samples/")


def _scan_look(rgb: np.ndarray, seed: int) -> np.ndarray:
    """An office scanner's look (grey, a little skew, noise, JPEG) when the OCR stage offers one."""
    try:
        from extract.ocr.bench import simulate_scan
    except ImportError:
        return rgb
    return simulate_scan(rgb, seed=seed)


def scanned(sources: list[Path], dest: Path, dpi: int = 200) -> list[Path]:
    """Image-only PDFs of ``sources``: every page rendered at ``dpi`` and made to look scanned."""
    dest.mkdir(parents=True, exist_ok=True)
    made = []
    for n, source in enumerate(sources):
        pdf = pypdfium2.PdfDocument(str(source))
        images = []
        for i in range(len(pdf)):
            rgb = np.asarray(pdf[i].render(scale=dpi / 72).to_pil().convert("RGB"))
            images.append(Image.fromarray(_scan_look(rgb, seed=n * 100 + i)).convert("L"))
        pdf.close()
        target = dest / f"scan_{source.stem}.pdf"
        images[0].save(target, save_all=True, append_images=images[1:], resolution=dpi)
        made.append(target)
    return made


def _qpdf(*args: str) -> None:
    if shutil.which("qpdf") is None:
        raise SystemExit("qpdf is missing: run `make system-packages` (Debian package qpdf)")
    subprocess.run(["qpdf", *args], check=True)


def long_documents(dest: Path, sizes: list[int]) -> list[Path]:
    """One plan of ``size`` pages for each size: the sample whole, then its table pages again and again."""
    dest.mkdir(parents=True, exist_ok=True)
    source = long_source()
    pages = len(pypdfium2.PdfDocument(str(source)))
    body = pages - 1
    copies = max(1, -(-(max(sizes) - pages) // body)) + 1
    everything = dest / "all_pages.pdf"
    _qpdf("--empty", "--pages", str(source), "1-z", *([str(source), "2-z"] * copies), "--", str(everything))
    made = []
    for size in sizes:
        target = dest / f"long_{size:03d}_pages.pdf"
        _qpdf(str(everything), "--pages", str(everything), f"1-{size}", "--", str(target))
        made.append(target)
    everything.unlink()
    return made
