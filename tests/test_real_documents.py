"""The real documents of ../shared/real: each ends with an outcome, never rows of garbage.

They come from public archives and have no truth; the checks are what an analyst can see at a
glance. Skipped where the shared folder is not beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from renaksi.pipeline import convert_pdf
from schemas.errors import NoTargetTableError, RealisationReportError, RenaksiError

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real"
needs_real = pytest.mark.skipif(not REAL.is_dir(), reason="shared/real not present")


@needs_real
def test_realisation_report_fails_with_its_reason() -> None:
    with pytest.raises(RealisationReportError) as e:
        convert_pdf(REAL / "id01_kota-tangerang_2023_dishub_realisasi-kinerja-tw1-4.pdf")
    assert "realisation report: no target columns" in e.value.message


@needs_real
def test_excel_renja_converts_with_its_programs_and_paired_indicators() -> None:
    doc = convert_pdf(REAL / "id10_jabar_2016_desdm_renja-tabel-3.1.pdf")
    rows = doc.rows
    assert {(r.agency, r.region, r.fiscal_year) for r in rows} == {("Dinas ESDM", "Provinsi Jawa Barat", 2016)}
    assert {r.level for r in rows} == {"program", "kegiatan"}
    assert all(r.program and r.program.startswith("Program") for r in rows)
    # Renja prints a program's outcome indicator on each of its kegiatan rows: with the same target it counts once.
    program_rows = [(r.program, r.indicator, r.target_raw) for r in rows if r.level == "program"]
    assert len(program_rows) == len(set(program_rows))
    # budgets (2.610.000) are never read as targets
    assert all(r.target_value is None or r.target_value < 1_000_000 for r in rows)


@needs_real
@pytest.mark.slow
def test_scanned_perjanjian_kinerja_sub_items_are_indicators_of_their_own() -> None:
    rows = convert_pdf(REAL / "id09_jabar_2016_disnak_perjanjian-kinerja_SCANNED-OCR.pdf").rows
    texts = [r.indicator for r in rows]
    assert any(t.endswith("- Daging") for t in texts)
    assert any(t.endswith("- Telur") for t in texts)
    daging = next(r for r in rows if r.indicator.startswith("Jumlah produksi") and r.indicator.endswith("Daging"))
    assert daging.target_value == 768495 and daging.target_unit == "ton"
    assert {r.fiscal_year for r in rows} == {2016}
    assert all(r.level == "sasaran" for r in rows)


# Born-digital real documents: what each gives, and how much of its table text it read (issue 12).
# (rows, lowest coverage) of those that convert; those that fail must say why and where to look.
CONVERTS = {
    "id10_jabar_2016_desdm_renja-tabel-3.1.pdf": (146, 0.99),  # one heading word (`Wajib`) in no row
    "r04_jabar_2016_inspektorat_rkt-program-kegiatan.pdf": (22, 0.99),  # a year `2016` over Target taken for a body row
    # its Renja table's targets for two years share a cell; two columns of page 20-21 unplaced
    "r06_jabar_2017_biro-organisasi_rkt-renja.pdf": (47, 0.95),
    "id06_jabar_2016_inspektorat_rencana-aksi-trw1-4.pdf": (65, 1.0),
    "r07_jabar_2016_disparbud_perjanjian-kinerja-balai.pdf": (16, 1.0),
}
FAILS = {
    "id01_kota-tangerang_2023_dishub_realisasi-kinerja-tw1-4.pdf": "realisation report: no target columns",
}


@needs_real
@pytest.mark.parametrize("name", sorted(CONVERTS))
def test_a_real_document_converts_with_rows_and_says_what_it_left_unread(name: str) -> None:
    doc = convert_pdf(REAL / name)
    rows, coverage = CONVERTS[name]
    assert len(doc.rows) == rows
    assert doc.coverage is not None and doc.coverage >= coverage
    unread = [r for r in doc.rows if "unread_text" in r.flags]
    assert bool(unread) == (doc.coverage < 1.0)
    assert any(n.startswith("unread table text on page") for n in doc.notes) == (doc.coverage < 1.0)


@needs_real
@pytest.mark.parametrize("name", sorted(FAILS))
def test_a_real_document_without_readable_rows_fails_with_its_reason(name: str) -> None:
    with pytest.raises(RenaksiError) as e:
        convert_pdf(REAL / name)
    assert e.value.message.startswith(FAILS[name])
    if isinstance(e.value, NoTargetTableError) and not isinstance(e.value, RealisationReportError):
        assert "run 'renaksi inspect " in e.value.message


@needs_real
@pytest.mark.parametrize(("name", "goal"), [
    ("id06_jabar_2016_inspektorat_rencana-aksi-trw1-4.pdf", 0.95),  # inset shading strips, Trw I-IV at sasaran level
    ("r04_jabar_2016_inspektorat_rkt-program-kegiatan.pdf", 0.95),  # field labels, compound targets, a baseline
])
def test_real_documents_with_truth_score(name: str, goal: float) -> None:
    """The two real documents with hand-made truth, scored the shared scorer's way (issue 13: >= 0.95 each)."""
    from truth import fuzzy_f1

    doc = convert_pdf(REAL / name)
    assert fuzzy_f1(doc.rows, REAL / name.replace(".pdf", ".truth.csv")) >= goal
    assert {(r.agency, r.region, r.fiscal_year) for r in doc.rows} == {("Inspektorat", "Provinsi Jawa Barat", 2016)}
