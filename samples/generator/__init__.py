"""Generator of sample RENAKSI PDFs with their ground truth.

``generate(family, seed, out_dir)`` writes ``<name>.pdf`` and ``<name>.truth.csv``;
the same family and seed always give the same bytes. Content and layout draw from
separate random streams, so changing a layout never changes a document's truth.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from samples.generator.content import build_plan
from samples.generator.families import registry
from samples.generator.naming import slug
from samples.generator.render import PdfInfo, write_pdf
from samples.generator.truth import plan_to_rows, write_truth

if TYPE_CHECKING:  # the scanner pulls in pypdfium2, numpy and pdfplumber: only when asked for
    from samples.generator.scan import ScannedDoc

__all__ = ["GeneratedDoc", "families", "generate", "generate_scan"]


@dataclass(frozen=True, slots=True)
class GeneratedDoc:
    pdf_path: Path
    truth_path: Path
    family: str
    seed: int
    pages: int
    rows: int


def families() -> list[str]:
    return list(registry())


def generate(family: str, seed: int, out_dir: Path, clutter: bool = False) -> GeneratedDoc:
    """``clutter``: add text a reader cannot place (``clutter.py``) to the same pages; the truth is unchanged."""
    fams = registry()
    if family not in fams:
        raise ValueError(f"unknown family {family!r}; choose one of {', '.join(fams)}")
    fam = fams[family]
    plan = build_plan(random.Random(f"{family}:{seed}:content"), fam.shape)
    pages = fam.render(plan, random.Random(f"{family}:{seed}:layout"))
    name = f"{family}_{seed:03d}_{plan.agency_short}_{slug(plan.region.name)}_{plan.year}"
    if clutter:
        from samples.generator.clutter import add_clutter

        pages = add_clutter(pages, random.Random(f"{family}:{seed}:clutter"))
        name = f"clutter_{name}"
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf_path, truth_path = out_dir / f"{name}.pdf", out_dir / f"{name}.truth.csv"
    write_pdf(pages, pdf_path, PdfInfo(title=f"Rencana Aksi {plan.year}", author=plan.agency_short.upper()))
    rows = plan_to_rows(plan, pdf_path.name, fam.truth_order)
    write_truth(rows, truth_path)
    return GeneratedDoc(pdf_path, truth_path, family, seed, len(pages), len(rows))


def generate_scan(family: str, seed: int, out_dir: Path, dpi: int = 200, colour: bool = False) -> ScannedDoc:
    """A scanned copy (image-only PDF + truth) of ``generate(family, seed)``; see ``scan.py``."""
    from samples.generator.scan import ScanSettings
    from samples.generator.scan import generate_scan as _generate_scan

    return _generate_scan(family, seed, Path(out_dir), ScanSettings(dpi=dpi, colour=colour))
