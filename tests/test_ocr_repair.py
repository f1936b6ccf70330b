"""Stage-2 repairs of OCR damage, from the errors Tesseract really makes on RENAKSI scans."""

import pytest

from normalize.ocr_repair import correct_words, drop_stray_marks, repair_cell_text, repair_marker, repair_number
from normalize.places import Place, resolve_ocr_marker
from normalize.quarters import split_quarters


@pytest.mark.parametrize(("seen", "meant"), [
    ("OLaporan", "0 Laporan"), ("3Lap", "3 Lap"), ("14dok", "14 dok"), ("l00%", "100%"), ("100%", "100%"),
    ("Orang", "Orang"), ("OPD", "OPD"), ("10.400", "10.400"),
])
def test_numbers_and_units(seen, meant):
    assert repair_number(seen).text == meant


def test_stray_marks_dropped_but_meaningful_dashes_kept():
    assert drop_stray_marks("Pemeliharaan barang milik — “pemerintahan ‘Daerah ©").text == \
        "Pemeliharaan barang milik pemerintahan Daerah"
    assert drop_stray_marks("dokumen RKA - SKPD").text == "dokumen RKA - SKPD"
    assert drop_stray_marks("TW 1 : 0 Orang").text == "TW 1 : 0 Orang"


@pytest.mark.parametrize(("seen", "meant"), [("a ”", "a."), ("2", "2."), ("b.", "b."), ("—", "")])
def test_marker_cells(seen, meant):
    assert repair_marker(seen).text == meant


def test_lexicon_corrects_close_words_only():
    assert correct_words("Terdata dan Terasilitasi", set()).text == "Terdata dan Terfasilitasi"
    # two letters apart is another word, not an OCR slip
    assert correct_words("dipelihara / direhabilitasi", set()).text == "dipelihara / direhabilitasi"


@pytest.mark.parametrize(("seen", "meant"), [
    ("Jumiah laporan", "Jumlah laporan"),  # l read as i
    ("surat rnasuk dan keluar", "surat masuk dan keluar"),  # m read as rn
    ("kebutuhari umum", "kebutuhan umum"),  # n read as ri
])
def test_one_ocr_confusion_from_a_dictionary_word_is_corrected(seen, meant):
    assert correct_words(seen, set()).text == meant


@pytest.mark.parametrize("kept", ["pemantauan situasi politik", "Kantor DPRD Makassar", "Bhineka Tunggal Ika"])
def test_words_the_dictionary_knows_and_names_are_kept(kept):
    assert correct_words(kept, set()).text == kept


def test_marker_read_into_the_text_beside_it():
    assert repair_cell_text("2 Perumusan kebijakan teknis", "kegiatan", set()).text == "2. Perumusan kebijakan teknis"


def test_damaged_quarter_tokens_follow_the_one_before():
    _, q = split_quarters("TW 1 : 8 Unit TW: 7 Unit Twa: 7 Unit TW 4: 8 Unit")
    assert q == {1: "8 Unit", 2: "7 Unit", 3: "7 Unit", 4: "8 Unit"}


def test_markers_read_in_sequence():
    place = Place(last_number=4)
    assert resolve_ocr_marker("4 \"", place) == "a."  # `a.` read as 4 right after kegiatan 4
    assert resolve_ocr_marker("5", place) == "5."
    assert resolve_ocr_marker("& —", place) == "a."
    assert resolve_ocr_marker("b", Place(last_number=4, last_letter="a")) == "b."


def test_depth_numbers_read_in_sequence():
    from normalize.places import resolve_ocr_code
    assert resolve_ocr_code("11", Place(last_code=(1,))) == "1.1"
    assert resolve_ocr_code("Ll", Place(last_code=(1,))) == "1.1"
    assert resolve_ocr_code("111", Place(last_code=(1, 1))) == "1.1.1"
    assert resolve_ocr_code("12", Place(last_code=(1, 1, 1))) == "1.2"
    assert resolve_ocr_code("2", Place(last_code=(1, 2))) == "2"
    assert resolve_ocr_code("1.3", Place(last_code=(1, 1))) == "1.3"
    assert resolve_ocr_code("14", Place(last_code=(1,))) == "1.1"  # one digit misread
    assert resolve_ocr_code("2.1.41", Place(last_code=(2, 1))) == "2.1.1"  # a speck read as a digit
    assert resolve_ocr_code("Il", Place(last_code=(1, 1, 2))) == "Il"  # a roman II, not 1.2


def test_a_target_mangled_by_ocr_follows_the_others_of_its_indicator():
    from normalize.hierarchy import _misreads_among_siblings
    from normalize.records import TargetCell

    def cell(raw, value, unit, conf=0.8):
        return TargetCell(raw=raw, value=value, unit=unit, page=1, confidence=conf)

    annual, q = _misreads_among_siblings(cell("100%", 100.0, "%"), {1: cell("1006", 1006.0, None),
                                                             2: cell("10096", 10096.0, None)})
    assert (q[1].raw, q[1].value, q[1].unit) == ("100%", 100.0, "%")
    assert q[2].value == 100.0
    annual, q = _misreads_among_siblings(cell("8 Dokumen", 8.0, "dokumen"), {1: cell("7 ook", 7.0, "ook")})
    assert (q[1].raw, q[1].unit) == ("7 Dokumen", "dokumen")
    # read from a text layer: left as printed
    annual, q = _misreads_among_siblings(cell("100%", 100.0, "%", 1.0), {1: cell("1006", 1006.0, None, 1.0)})
    assert q[1].value == 1006.0
    # the unit from a SATUAN column (`%`), the cell's own `%` read as `96`
    annual, q = _misreads_among_siblings(cell("100", 100.0, "%"), {4: cell("10096", 10096.0, "%")})
    assert q[4].value == 100.0
    # a lone annual target of a `Persentase …` indicator
    annual, q = _misreads_among_siblings(cell("996", 996.0, None), {}, "Persentase fasilitasi tugas DPRD")
    assert (annual.value, annual.unit) == (99.0, "%")
    annual, q = _misreads_among_siblings(cell("996", 996.0, None), {}, "Jumlah surat masuk")
    assert annual.value == 996.0


@pytest.mark.parametrize("seen", ["]", "l", "|", "i", "I Laporan", "] %"])
def test_a_lone_stroke_in_a_target_cell_is_a_one(seen):
    repaired = repair_cell_text(seen, "q2", set())
    assert repaired.text.split()[0].startswith("1")
    assert "digit-misread" in repaired.rules
    assert not repair_cell_text(seen, "indicator", set()).text.startswith("1")  # only where a number stands


def test_a_serif_one_inside_a_cell_is_no_ruling_residue():
    from extract.ocr.tesseract import OcrWord
    from extract.ocr.words import drop_ruling_residue

    one = OcrWord("]", 63.0, 3437, 1994, 17, 32, 0, 0, 0)
    stub = OcrWord("|", 40.0, 3402, 1990, 4, 40, 0, 0, 0)
    assert [w.text for w in drop_ruling_residue([one, stub], inside=(3415, 3600))] == ["]"]
    assert drop_ruling_residue([one, stub]) == []


@pytest.mark.parametrize(("seen", "meant"), [("25 yo", "25%"), ("100 Yo", "100%"), ("11 Lap +", "11 Lap"),
                                           ("20rang", "2 Orang"), ("2 0rang", "2 Orang"), ("0 rang", "0 rang")])
def test_wide_quarter_cells_from_a_scan(seen, meant):
    assert repair_cell_text(seen, "q3", set()).text == meant


@pytest.mark.parametrize(("seen", "meant"), [
    ("Jumlah laporan evaluasi pelaksanaan RKPD .", "Jumlah laporan evaluasi pelaksanaan RKPD"),
    ("SASARAN 1 : Meningkatnya pendapatan asli daerah", "SASARAN 1 : Meningkatnya pendapatan asli daerah"),
    ("jumlah kasus penyakit hewan menular :", "Jumlah kasus penyakit hewan menular :"),  # heads the items below
    ("pelatihan peningkatan . kompetensi", "pelatihan peningkatan kompetensi"),
    ("mesin lainnya yang > diadakan", "mesin lainnya yang diadakan"),
    ("- Daging", "- Daging"),  # a list item's dash
    ("kendaraan dinas Operasional atau lapangan", "kendaraan dinas operasional atau lapangan"),
    ("pengguna Sistem Informasi Kepegawaian", "pengguna Sistem Informasi Kepegawaian"),  # a name
    ("Kepala Dinas Sosial", "Kepala Dinas Sosial"),
    ("Persentase Capaian kinerja pelayanan", "Persentase capaian kinerja pelayanan"),
    ("jumlah peserta didik", "Jumlah peserta didik"),
    ("Jumlah lembaga PAUD yang dibina -", "Jumlah lembaga PAUD yang dibina"),
    ("keluarga miskin yang. terlindungi jaminan sosial", "keluarga miskin yang terlindungi jaminan sosial"),
    ("Indeks Pembangunan Manusia", "Indeks Pembangunan Manusia"),
])
def test_specks_and_capitals_a_scan_adds_to_text(seen, meant):
    assert repair_cell_text(seen, "indicator", set()).text == meant


@pytest.mark.parametrize("seen", ["yo", "Yo", "96"])
def test_a_unit_cell_holding_a_misread_percent_sign(seen):
    assert repair_cell_text(seen, "unit", set()).text == "%"
    assert repair_cell_text("Lap", "unit", set()).text == "Lap"


def _target_cells() -> list[tuple[str, str]]:
    """What Tesseract really returned for target cells (stored, so the test does not hang on how
    today's Tesseract build reads one glyph), with what was printed."""
    import csv
    from pathlib import Path

    with open(Path(__file__).parent / "fixtures" / "ocr" / "target_cells.csv", encoding="utf-8", newline="") as f:
        return [(row["seen"], row["meant"]) for row in csv.DictReader(f)]


@pytest.mark.parametrize(("seen", "meant"), _target_cells())
def test_target_cells_as_tesseract_read_them_are_repaired(seen, meant):
    assert repair_cell_text(seen, "target", frozenset()).text == meant
