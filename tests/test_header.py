from fixtures.grids import grid

from normalize.header import HeaderSettings, grid_to_layout, match_header

SETTINGS = HeaderSettings()


def roles(header, body, header2=None):
    rows = [header2] + body if header2 else body
    g = grid(rows, header=header)
    layout = grid_to_layout(g, SETTINGS)
    assert layout is not None
    return layout


def test_seed_header_roles_take_level_from_the_left():
    header = ["NO", "SASARAN RENSTRA", "INDIKATOR KINERJA", "TARGET", "PROGRAM", "INDIKATOR PROGRAM", "TARGET",
              "KEGIATAN / SUB KEGIATAN", None, "INDIKATOR KEGIATAN / SUB KEGIATAN", "TARGET", None, None,
              "PENANGGUNG JAWAB", "KET"]
    body = [["1.", "Terciptanya", "Persentase", "80.5", "Program", "Persentase", "95%", "1.", "Perumusan",
             "Persentase", "95%", "TW. 1", "0%", "Kepala", ""],
            [None] * 11 + ["TW. 2", "95%", None, ""]]
    layout = roles(header, body)
    assert layout.roles == ["number", "sasaran", "sasaran_indicator", "sasaran_target", "program",
                            "program_indicator", "program_target", "marker", "kegiatan", "indicator", "target",
                            "quarter_area", "quarter_area", "responsible", "remarks"]
    assert layout.header_rows == 1


def test_ocr_damaged_header_words_still_match():
    assert match_header("INDlKATOR KINERJA", SETTINGS).role == "indicator_generic"
    assert match_header("PENANGGUNG JAWA8", SETTINGS).role == "responsible"
    assert match_header("SASARAN  STRATEGIS", SETTINGS).role == "sasaran"


def test_quarter_headers():
    assert match_header("TW III", SETTINGS).role == "q3"
    assert match_header("Triwulan IV", SETTINGS).role == "q4"


def test_unknown_column_is_reported_not_read_as_target():
    header = ["NO", "SASARAN", "INDIKATOR", "TARGET", "FOTO DOKUMENTASI"]
    layout = roles(header, [["1.", "Meningkatnya", "Persentase", "90%", "ada"]])
    assert layout.roles[-1] == "unplaced"
    assert layout.unplaced == ["FOTO DOKUMENTASI"]


def test_body_row_is_not_taken_for_a_header():
    header = ["NO", "SASARAN", "INDIKATOR", "TARGET"]
    layout = roles(header, [["1.", "Sasaran", "Indikator kinerja", "90%"]])
    assert layout.header_rows == 1


def test_scanned_quarter_labels_are_numbered_by_their_place():
    """OCR reads a scanned header's numerals badly (`Trw Il` for III) but keeps their order."""
    header = ["INDIKATOR KINERJA", "TARGET", None, None, None, None]
    body = [["Persentase ASN", "65%", "65%", "0%", "0%", "65%"]]
    for labels in (["TrwlI", "Trw tl", "Trw Il", "Trw IV"], ["Triwulan I", 'Triwulan "', "Triwulan i", "Triwulan IV"],
                   ["T 1", "TW 2", "TW il", "Tw 4"], ["Trwl", "Trw ll", "Trw mi", "Tw"],
                   ["Triwulan I", "Triwulan il", "Triwulan i}", "Triwulan Iv"], ["Thi", "Twi", "TW Ill", "TWIV"],
                   ["TWl", "TWh", "TW lll", "TWIV"], ["Triwulan I", "Triwulan", "Triwulan HI", "Triwulan IV"],
                   ["Twi", "Trw ll", "Trew Ill", "Trw iv"]):
        layout = roles(header, body, header2=[None, "TAHUNAN", *labels])
        assert layout.roles[2:] == ["q1", "q2", "q3", "q4"], labels


def test_a_short_quarter_run_takes_its_numbers_from_the_labels_that_read():
    header = ["INDIKATOR KINERJA", "TARGET", None, None, None]
    body = [["Persentase ASN", "65%", "0%", "0%", "65%"]]
    layout = roles(header, body, header2=[None, "TAHUNAN", "TW 1I", "TW III", "TW IV"])
    assert layout.roles[2:] == ["q2", "q3", "q4"]


def test_two_columns_under_one_quarter_label_share_its_quarter():
    """Word alignment on a scan may split `TW 3` into two columns under one header cell."""
    g = grid([["Persentase ASN", "65%", "10%", "20%", None, "30%", "5%"]],
             header=["INDIKATOR KINERJA", "TARGET", "TW 1", "TW2", "TW", None, "TW 4"])
    layout = grid_to_layout(g, SETTINGS)
    assert layout is not None
    assert layout.roles[2:] == ["q1", "q2", "q3", "q3", "q4"]


def test_a_target_header_with_its_year_matches_through_ocr_damage():
    assert match_header("TARGEI 2024", SETTINGS).role == "target_generic"
    assert match_header("TARGE I 2022", SETTINGS).role == "target_generic"


def test_a_year_column_beside_the_quarters_is_no_quarter():
    header = ["INDIKATOR KINERJA", "TARGET", None, None, None, None]
    body = [["Persentase ASN", "65%", "65%", "0%", "0%", "65%"]]
    layout = roles(header, body, header2=[None, "TAHUN", "Trw I", "Trw II", "Trw III", "Trw IV"])
    assert layout.roles[1].endswith("target") and layout.roles[2:] == ["q1", "q2", "q3", "q4"]
