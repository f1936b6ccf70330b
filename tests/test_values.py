import pytest

from normalize.values import canonical_unit, parse_number, parse_target


@pytest.mark.parametrize(("printed", "value", "unit"), [
    ("95%", 95.0, "%"),
    ("95 %", 95.0, "%"),
    ("3 Lap", 3.0, "laporan"),
    ("0 Laporan", 0.0, "laporan"),
    ("80.5", 80.5, None),
    ("80,5", 80.5, None),
    ("79.18", 79.18, None),
    ("1.200 Konten", 1200.0, "konten"),
    ("21.540", 21540.0, None),
    ("2,85", 2.85, None),
    ("78,50 %", 78.5, "%"),
    ("12", 12.0, None),
    ("125.450.000", 125450000.0, None),
    ("Rp 125.450.000", 125450000.0, "rupiah"),
    ("Rp. 1.500.000,50", 1500000.5, "rupiah"),
    ("14 dok", 14.0, "dokumen"),
    ("2 Dok", 2.0, "dokumen"),
    ("60 Exp", 60.0, "eksemplar"),
    ("15 Eksampler", 15.0, "eksemplar"),
    ("15 Eksemplar", 15.0, "eksemplar"),
    ("24 Rekening", 24.0, "rekening"),
    ("20 Org", 20.0, "orang"),
    ("≥ 80%", 80.0, "%"),
    (">= 80 %", 80.0, "%"),
    ("17 Buah", 17.0, "buah"),
    ("4 Paket", 4.0, "paket"),
])
def test_targets_read_the_indonesian_way(printed, value, unit):
    parsed = parse_target(printed)
    assert parsed.value == pytest.approx(value)
    assert parsed.unit == unit
    assert parsed.raw == " ".join(printed.split())


@pytest.mark.parametrize("printed", ["BB", "-", "WTP", "", "Opini WTP", "n/a"])
def test_non_numeric_targets_keep_raw_without_value(printed):
    parsed = parse_target(printed)
    assert parsed.value is None
    assert parsed.raw == printed


def test_whitespace_collapsed_in_raw():
    assert parse_target("6\nRekening").raw == "6 Rekening"


def test_ocr_damaged_unit_is_matched_fuzzily_and_marked_repaired():
    unit, repaired = canonical_unit("Laparan")
    assert unit == "laporan" and repaired


def test_unknown_unit_is_lower_cased_as_printed():
    assert canonical_unit("Konten")[0] == "konten"


def test_parse_number_none_without_digits():
    assert parse_number("tidak ada") is None


@pytest.mark.parametrize("printed", [
    "4 Bimtek, total peserta 450 Aparat", "1 PKPT & 5 Laporan hasil koordinasi",
    "2 peraturan dan 500 dokumen penggandaan", "1 dan 33", "80–85 %", "65-70",
])
def test_compound_targets_and_ranges_have_no_single_value(printed):
    """CONTRACT 'Hard cases': two quantities or a range → value and unit null, raw whole."""
    parsed = parse_target(printed)
    assert (parsed.value, parsed.unit, parsed.raw) == (None, None, printed)


@pytest.mark.parametrize(("printed", "value", "unit"), [
    ("3,000 poin (tahun 2017)", 3.0, "poin"),  # a qualifier in brackets is not a second quantity
    ("100% (2 Dokumen)", 100.0, "%"),
    ("1 Dokumen RKT 2023", 1.0, "dokumen"),  # a year is no second quantity
    ("Min. 48 Kali", 48.0, "kali"), ("< 5 Kasus", 5.0, "kasus"),
])
def test_one_number_with_a_qualifier_is_that_number(printed, value, unit):
    parsed = parse_target(printed)
    assert (parsed.value, parsed.unit) == (value, unit)


def test_document_notation_from_the_documents_own_evidence():
    from normalize.values import document_notation

    assert document_notation(["125,450,000", "1,284 Orang", "0.14"]) == "en"
    assert document_notation(["125.450.000", "2,85"]) == "id"
    assert document_notation(["1,200", "80.5"]) == "id"  # either notation: Indonesian, the default


@pytest.mark.parametrize(("raw", "value"), [("1,284", 1284.0), ("0.14", 0.14), ("94.75%", 94.75),
                                             ("Rp 125,450,000", 125450000.0), ("1,000.5 Laporan", 1000.5)])
def test_english_notation(raw, value):
    from normalize.values import parse_target

    assert parse_target(raw, "en").value == value
