"""Agency, region and year from varied titles and covers — never from the file name."""

from __future__ import annotations

import pytest

from extract.records import BBox, DocumentContent, PageContent, TextLine
from normalize.metadata import content_to_metadata, title_case


def doc(*pages: list[str]) -> DocumentContent:
    out = []
    for n, texts in enumerate(pages, start=1):
        lines = tuple(TextLine(text=t, bbox=BBox(100, 50 + 14 * i, 400, 60 + 14 * i), font_size=10)
                      for i, t in enumerate(texts))
        out.append(PageContent(number=n, width=600, height=800, text_source="text-layer", free_lines=lines,
                               tables=()))
    return DocumentContent(source_file="x.pdf", pages=tuple(out))


@pytest.mark.parametrize(("lines", "agency", "region", "year"), [
    (["RENCANA AKSI PERUBAHAN TAHUN 2022", "BADAN KESATUAN BANGSA DAN POLITIK", "KABUPATEN LUWU TIMUR"],
     "Badan Kesatuan Bangsa dan Politik", "Kabupaten Luwu Timur", 2022),
    (["RENCANA AKSI KINERJA TAHUN 2023", "DINAS PENDIDIKAN KOTA MAKASSAR"],
     "Dinas Pendidikan", "Kota Makassar", 2023),
    (["RENAKSI", "SEKRETARIAT DPRD KAB. BONE", "TAHUN ANGGARAN 2021"], "Sekretariat DPRD", "Kabupaten Bone", 2021),
    (["RENCANA AKSI KINERJA PERUBAHAN TAHUN 2025", "DINAS TANAMAN PANGAN, HORTIKULTURA",
      "DAN PERKEBUNAN", "PROVINSI SULAWESI SELATAN"],
     "Dinas Tanaman Pangan, Hortikultura dan Perkebunan", "Provinsi Sulawesi Selatan", 2025),
    (["Rumusan Rencana Program dan Kegiatan Dinas ESDM Tahun 2016 dan Prakiraan Maju Tahun 2017",
      "Provinsi Jawa Barat"], "Dinas ESDM", "Provinsi Jawa Barat", 2016),
])
def test_title_lines(lines, agency, region, year):
    meta = content_to_metadata(doc(lines))
    assert (meta.agency, meta.region, meta.fiscal_year) == (agency, region, year)


def test_cover_year_wins_over_years_in_a_narrative():
    cover = ["LAPORAN", "RENCANA AKSI", "INSPEKTORAT DAERAH", "KOTA BANJARMASIN", "TAHUN 2021"]
    narrative = ["BAB I PENDAHULUAN", "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana "
                 "telah diubah beberapa kali"]
    meta = content_to_metadata(doc(narrative, cover))
    assert meta.fiscal_year == 2021
    assert meta.agency == "Inspektorat Daerah"


def test_title_case_keeps_acronyms_and_particles():
    assert title_case("BADAN PERENCANAAN PEMBANGUNAN DAERAH") == "Badan Perencanaan Pembangunan Daerah"
    assert title_case("DINAS PEMBERDAYAAN MASYARAKAT DAN DESA") == "Dinas Pemberdayaan Masyarakat dan Desa"
    assert title_case("SEKRETARIAT DPRD") == "Sekretariat DPRD"


def test_region_on_the_line_below_is_not_part_of_the_agency():
    meta = content_to_metadata(doc(["RENCANA AKSI TAHUN 2025", "DINAS KESEHATAN", "KAB. PANGKAJENE DAN KEPULAUAN"]))
    assert (meta.agency, meta.region) == ("Dinas Kesehatan", "Kabupaten Pangkajene dan Kepulauan")


def test_year_from_the_signature_date_when_the_title_has_none():
    meta = content_to_metadata(doc(["RENCANA AKSI", "DINAS SOSIAL", "KOTA PALOPO"],
                                   ["Palopo, 12 Januari 2024", "KEPALA DINAS SOSIAL"]))
    assert meta.fiscal_year == 2024
    assert any("signature" in n for n in meta.notes)


def test_year_from_a_bare_year_under_the_target_header():
    from extract.records import Cell, TableGrid

    def cell(text: str) -> Cell:
        return Cell(lines=(TextLine(text=text, bbox=BBox(0, 0, 10, 10)),), bbox=BBox(0, 0, 10, 10))

    rows = ((cell("INDIKATOR"), cell("Target Kinerja"), cell("PENANGGUNG JAWAB")), (None, cell("2024"), None))
    grid = TableGrid(page=1, bbox=BBox(0, 0, 500, 100), method="ruled", rows=rows, column_edges=(0, 10, 20, 30))
    footer = (TextLine(text="DINAS SOSIAL PROVINSI JAWA BARAT", bbox=BBox(100, 700, 400, 710), font_size=8),)
    page = PageContent(number=1, width=600, height=800, text_source="text-layer", free_lines=footer, tables=(grid,))
    meta = content_to_metadata(DocumentContent(source_file="x.pdf", pages=(page,)))
    assert (meta.agency, meta.region, meta.fiscal_year) == ("Dinas Sosial", "Provinsi Jawa Barat", 2024)
