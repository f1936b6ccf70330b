"""End to end through stages 1-3: PDFs made by samples/ (and the shared sample) against their truth."""

from __future__ import annotations

from pathlib import Path

import pytest
from truth import differences, f1

from renaksi.pipeline import convert_pdf
from samples.generator import generate

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# Born-digital samples must come out exactly; scans (scan*.pdf) are scored in test_scans.py.
BUNDLED = sorted(p for p in SAMPLES.glob("*.pdf")
                 if (SAMPLES / f"{p.stem}.truth.csv").exists() and not p.name.startswith("scan"))


@pytest.mark.parametrize("pdf", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_bundled_sample_matches_its_truth_exactly(pdf: Path) -> None:
    doc = convert_pdf(pdf)
    assert differences(doc.rows, SAMPLES / f"{pdf.stem}.truth.csv") == []
    # nothing printed in its tables is left unread (issue 12)
    assert doc.coverage is not None and doc.coverage >= 0.98
    assert not any("unread_text" in r.flags for r in doc.rows)


def test_the_shared_sample_is_bundled() -> None:
    assert (SAMPLES / "kesbangpol_luwu_timur_2022.pdf").exists()


# Fresh documents the pipeline was never run on while it was written: new seeds each family.
@pytest.mark.parametrize(("family", "seed"), [("seed", 301), ("seed", 302), ("word2", 301), ("excel", 301),
                                           ("report", 301), ("sasaranq", 301)])
def test_generated_document_scores(family: str, seed: int, tmp_path: Path) -> None:
    doc = generate(family, seed, tmp_path)
    rows = convert_pdf(doc.pdf_path).rows
    score = f1(rows, doc.truth_path)
    assert score >= 0.99, differences(rows, doc.truth_path)


def test_a_programme_name_broken_by_a_page_before_its_region_is_one_name(tmp_path: Path) -> None:
    """word2 seed 807: `Penunjang Urusan Pemerintahan Daerah` at the foot of page 2 in a merged
    cell, `Kabupaten/Kota` at the top of page 3 beside a new kegiatan."""
    doc = generate("word2", 807, tmp_path)
    rows = convert_pdf(doc.pdf_path).rows
    assert "Kabupaten/Kota" not in {r.program for r in rows}
    assert "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" in {r.program for r in rows}
    assert differences(rows, doc.truth_path) == []


def test_a_new_indicator_at_the_top_of_a_page_with_the_same_target_is_a_new_row(tmp_path: Path) -> None:
    """sasaranq seed 808: page 2 opens with kegiatan `Administrasi Barang …` and `Persentase BMD …
    100%` under a page that ended with another kegiatan's `100%`: no row split across the break."""
    doc = generate("sasaranq", 808, tmp_path)
    rows = convert_pdf(doc.pdf_path).rows
    assert differences(rows, doc.truth_path) == []
