from fixtures.grids import document

from normalize.hierarchy import records_to_indicators
from normalize.pipeline import NormalizeSettings, content_to_targets
from normalize.stitch import content_to_records

SETTINGS = NormalizeSettings()


def test_row_split_by_page_break_is_joined_back():
    stitched = content_to_records(document("page_break_split.json"), SETTINGS.header, SETTINGS.stitch)
    assert len(stitched.records) == 2
    first = stitched.records[0]
    assert first.text("kegiatan") == "Pelaksanaan koordinasi dibidang kewaspadaan dini, kerjasama intelijen"
    assert first.text("indicator") == "Jumlah laporan konflik sosial"
    assert any(r.rule == "page-break-join" for r in first.repairs)


def test_merged_cells_cut_by_the_page_break_get_their_text_back():
    indicators = records_to_indicators(
        content_to_records(document("page_break_split.json"), SETTINGS.header, SETTINGS.stitch).records)
    assert indicators[0].level == "sasaran"
    assert indicators[0].sasaran == "Terciptanya kerukunan umat beragama"
    program = indicators[1]
    assert program.program == "Peningkatan kewaspadaan nasional dan peningkatan kualitas dan fasilitasi"
    assert all(i.sasaran == "Terciptanya kerukunan umat beragama" for i in indicators)


def test_quarters_from_both_pages_and_packed_cells():
    rows = content_to_targets(document("page_break_split.json"), SETTINGS).rows
    sub_a = [r for r in rows if r.indicator == "Jumlah laporan konflik sosial"]
    assert [(r.quarter, r.target_value, r.page) for r in sub_a] == [
        (None, 4.0, 2), (1, 1.0, 2), (2, 1.0, 2), (3, 1.0, 3), (4, 2.0, 3)]
    sub_b = [r for r in rows if r.indicator == "Jumlah laporan pengawasan"]
    assert [r.quarter for r in sub_b] == [None, 1, 2, 3, 4]
    assert all(r.subkegiatan == "Pelaksanaan monitoring" for r in sub_b)
    assert sub_a[0].responsible == "Kepala Bidang Kewaspadaan"


def test_new_row_at_the_top_of_a_page_stays_a_row_of_its_own():
    rows = content_to_targets(document("new_row_at_page_top.json"), SETTINGS).rows
    asn = [r for r in rows if r.indicator == "Jumlah ASN"]
    assert [r.quarter for r in asn] == [None, 1, 2, 3, 4]
    assert asn[0].level == "subkegiatan"
    assert asn[0].kegiatan == "Administrasi keuangan"
    assert asn[0].target_unit is None and asn[1].target_unit == "orang"
    assert asn[0].sasaran == "Meningkatnya akuntabilitas"


def test_metadata_from_the_title():
    rows = content_to_targets(document("new_row_at_page_top.json"), SETTINGS).rows
    assert {(r.agency, r.region, r.fiscal_year) for r in rows} == {("Dinas Kesehatan", "Kabupaten Luwu Timur", 2022)}
