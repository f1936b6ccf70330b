import pytest

from extract.records import BBox, TextLine
from normalize.places import clean
from normalize.text import join_lines, join_texts, marker_level, split_field_label, split_marker


def line(text, x0=10.0, x1=None, size=8.0):
    return TextLine(text=text, bbox=BBox(x0, 0, x1 if x1 is not None else x0 + 4 * len(text), 8), font_size=size)


def test_lines_join_with_single_spaces():
    assert join_lines([line("Jumlah  dokumen"), line("perencanaan")]) == "Jumlah dokumen perencanaan"


def test_hyphen_at_line_end_keeps_compound_whole():
    assert join_lines([line("peraturan perundang-"), line("undangan")]) == "peraturan perundang-undangan"
    joined = join_lines([line("Jumlah dokumen RKA-"), line("SKPD yang disusun")])
    assert joined == "Jumlah dokumen RKA-SKPD yang disusun"


def test_slash_at_line_end_joins_without_space():
    assert join_lines([line("instalasi listrik/"), line("penerangan")]) == "instalasi listrik/penerangan"


def test_spaced_dash_keeps_its_spaces():
    assert join_lines([line("penyusunan dokumen RKA"), line("- SKPD")]) == "penyusunan dokumen RKA - SKPD"


def test_word_force_broken_by_narrow_column_is_joined():
    cell = BBox(100, 0, 140, 40)
    lines = [line("24", x0=102, x1=110), line("Rekenin", x0=102, x1=138.5), line("g", x0=102, x1=106)]
    assert join_lines(lines, cell) == "24 Rekening"


def test_ordinary_wrap_of_a_short_word_is_not_joined():
    cell = BBox(100, 0, 200, 40)
    assert join_lines([line("kantor", x0=102, x1=125), line("yang disusun", x0=102, x1=150)], cell) == \
        "kantor yang disusun"


def test_join_texts_of_page_halves():
    assert join_texts(["Peningkatan kewaspadaan nasional dan peningkatan",
                       "kualitas dan fasilitasi penanganan konflik sosial"]) == \
        "Peningkatan kewaspadaan nasional dan peningkatan kualitas dan fasilitasi penanganan konflik sosial"


def test_markers_split_off():
    assert split_marker("1. Penguatan Ideologi") == ("1.", "Penguatan Ideologi")
    assert split_marker("a. Penyediaan gaji") == ("a.", "Penyediaan gaji")
    assert split_marker("1.2. Program X") == ("1.2.", "Program X")
    assert split_marker("Penunjang Urusan") == (None, "Penunjang Urusan")
    assert marker_level("1.") == "number" and marker_level("b.") == "letter"


@pytest.mark.parametrize(("printed", "level", "meant"), [
    ("Outcome: Meningkatnya kualitas aparatur", "program", "Meningkatnya kualitas aparatur"),
    ("Output: Dokumen konsultasi OPD", "kegiatan", "Dokumen konsultasi OPD"),
    ("Outpu t: Laporan Hasil Pemeriksaan Kasus", "kegiatan", "Laporan Hasil Pemeriksaan Kasus"),  # r04 row 11
    ("Kegiatan: Peningkatan Kualitas SDM", "kegiatan", "Peningkatan Kualitas SDM"),
    ("Sasaran: Meningkatnya akuntabilitas", "sasaran", "Meningkatnya akuntabilitas"),
    ("Indikator: Persentase temuan", None, "Persentase temuan"),
    ("Program Peningkatan Sarana", None, "Program Peningkatan Sarana"),  # a name, no label: kept
])
def test_field_labels_inside_cells_are_removed_and_tell_the_level(printed, level, meant):
    found, rest = split_field_label(printed)
    assert (found, " ".join(rest.split())) == (level, meant)
    assert clean(f"1. {printed}") == meant
