"""Scanned plans end to end with real Tesseract: the bundled scans (made by samples.generator.scan:
skew, blur, noise, JPEG, stamp and signature) scored the way the shared scorer does.

The bounds guard against regressions with room for OCR's run-to-run noise; the figures themselves
(issue 4 aims at 0.97 at 200-300 dpi, 0.93 at 150) are measured with ../shared/tools/score.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from truth import fuzzy_f1

from renaksi.pipeline import convert_pdf

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.slow
@pytest.mark.parametrize(("name", "goal"), [
    ("scan300g_seed_018_satpolpp_luwu_timur_2022", 0.93),  # 300 dpi grey, landscape pages stored sideways
    ("scan200c_seed_013_dinsos_bandung_barat_2025", 0.93),  # 200 dpi colour
    ("scan150g_seed_018_satpolpp_luwu_timur_2022", 0.85),  # 150 dpi grey
    # wide quarter columns whose bold `Trw I … Trw IV` labels OCR misreads, SATUAN and ANGGARAN columns
    ("scan200g_excel_807_dinsospmd_pangkajene_dan_kepulauan_2022", 0.93),
    # quarters at sasaran level beside a 12-month schedule, 200 dpi colour
    ("scan200c_sasaranq_807_diskominfosp_salatiga_2021", 0.93),
])
def test_scanned_sample_scores(name: str, goal: float) -> None:
    doc = convert_pdf(SAMPLES / f"{name}.pdf")
    assert any("OCR" in n for n in doc.notes)
    assert fuzzy_f1(doc.rows, SAMPLES / f"{name}.truth.csv") >= goal
    # nothing printed in its tables is left unread (issue 12)
    assert doc.coverage is not None and doc.coverage >= 0.98
    assert not any("unread_text" in r.flags for r in doc.rows)
