"""Nothing read is lost (issue 12): every word of a table ends in a row, a header, known furniture or
a column the vocabulary leaves out, or it is reported as unread on the nearest row."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from fixtures.grids import grid

from extract.records import BBox, DocumentContent, PageContent, TableGrid, TextLine
from normalize.accounting import (
    Ledger,
    Piece,
    ledger_against_rows,
    nearest_row,
    page_ranges,
    readings_to_ledger,
    unread_to_rows,
)
from normalize.furniture import column_number_row, furniture_kind
from normalize.pipeline import NormalizeSettings, content_to_targets
from normalize.stitch import content_to_records
from renaksi.pipeline import convert_pdf
from samples.generator import generate
from schemas.contract import TargetRow
from schemas.errors import NoTargetTableError

SETTINGS = NormalizeSettings()
HEADER = ["NO", "KEGIATAN", "INDIKATOR KEGIATAN", "TARGET", "PENANGGUNG JAWAB"]
TITLE = ("RENCANA AKSI TAHUN 2022", "DINAS KESEHATAN", "KABUPATEN LUWU TIMUR")
BODY = [["1.", "Administrasi keuangan", "Jumlah laporan keuangan", "12 Laporan", "Kasubag. Keuangan"],
        ["2.", "Penyediaan gaji", "Jumlah ASN", "40 Orang", "Kasubag. Keuangan"]]


def content(*grids: TableGrid) -> DocumentContent:
    pages = []
    for number in sorted({g.page for g in grids}):
        free = tuple(TextLine(text=t, bbox=BBox(10, 10 + 12 * j, 200, 20 + 12 * j)) for j, t in enumerate(TITLE)) \
            if number == 1 else ()
        pages.append(PageContent(number=number, width=900, height=600, text_source="text-layer", free_lines=free,
                                 tables=tuple(g for g in grids if g.page == number)))
    return DocumentContent(source_file="plan.pdf", pages=tuple(pages))


def ledger_of(doc: DocumentContent):
    return readings_to_ledger(content_to_records(doc, SETTINGS.header, SETTINGS.stitch).readings, SETTINGS.header)


def unread_texts(doc: DocumentContent) -> dict[str, str]:
    return {p.text: p.reason for p in ledger_of(doc).unread}


def test_a_plain_table_is_read_whole() -> None:
    ledger = ledger_of(content(grid(BODY, header=HEADER)))
    assert ledger.unread == () and ledger.coverage == 1.0
    assert ledger.words("header") == 7 and ledger.words("row") == sum(len(" ".join(r).split()) for r in BODY)


def test_a_column_no_role_reads_is_unread_with_its_label() -> None:
    rows = [r + ["TW 1: 3 TW 2: 3"] for r in BODY]
    got = unread_texts(content(grid(rows, header=HEADER + ["PARAF"])))
    assert got == {"TW 1: 3 TW 2: 3": "column 'PARAF' is read by no role"}


def test_a_column_the_vocabulary_leaves_out_is_declined_not_unread() -> None:
    rows = [r + ["Rp 1.000.000"] for r in BODY]
    ledger = ledger_of(content(grid(rows, header=HEADER + ["ANGGARAN"])))
    assert ledger.unread == () and ledger.words("declined") == 4 and ledger.coverage == 1.0


def test_text_inside_the_table_in_no_cell_is_unread() -> None:
    stray = TextLine(text="*) lihat lampiran", bbox=BBox(250, 30, 290, 38))
    table = replace(grid(BODY, header=HEADER), stray=(stray,))
    assert unread_texts(content(table)) == {"*) lihat lampiran": "inside the table but in no cell"}


def test_body_rows_printed_above_a_repeated_header_are_read() -> None:
    first = grid(BODY, header=HEADER)
    above = ["3.", "Pengadaan ATK", "Jumlah paket ATK", "4 Paket", "Kasubag. Umum"]
    second = grid([above, HEADER, *BODY], page=2)
    doc = content_to_targets(content(first, second), SETTINGS)
    assert [(r.kegiatan, r.indicator, r.target_raw, r.page) for r in doc.rows[2:4]] == [
        ("Pengadaan ATK", "Jumlah paket ATK", "4 Paket", 2), ("Administrasi keuangan", "Jumlah laporan keuangan",
                                                             "12 Laporan", 2)]
    assert doc.coverage == 1.0


def test_a_title_above_a_header_is_furniture_and_a_lone_note_is_unread() -> None:
    title = grid([["RENCANA AKSI TAHUN 2022", None, None, None, None], ["catatan revisi", "", "", "", ""], HEADER,
                  *BODY], page=1)
    title = replace(title, rows=(replace_colspan(title.rows[0]),) + title.rows[1:])
    ledger = ledger_of(content(title))
    fates = {p.text: (p.fate, p.reason) for p in ledger.pieces}
    assert fates["RENCANA AKSI TAHUN 2022"] == ("furniture", "title")
    assert fates["catatan revisi"] == ("unread", "printed above the table's header")


def replace_colspan(row: tuple) -> tuple:
    """The first cell spanning the whole row, as a title printed inside the table is."""
    return (replace(row[0], colspan=len(row)),) + row[1:]


def test_a_table_without_indicator_or_target_columns_is_unread_but_its_signature_is_furniture() -> None:
    other = grid([["1", "Rapat koordinasi", "bulanan"], ["", "NIP. 19650101 199003 1 001", ""]], page=1,
                 header=["NO", "URAIAN", "CATATAN"])
    ledger = ledger_of(content(grid(BODY, header=HEADER), replace(other, bbox=BBox(0, 300, 180, 340))))
    reasons = {p.text: (p.fate, p.reason) for p in ledger.pieces if p.page == 1 and p.bbox.top >= 0}
    assert reasons["Rapat koordinasi"] == ("unread", "table not read: no column read as indicator/target")
    assert reasons["NIP. 19650101 199003 1 001"] == ("furniture", "signature block")


def test_furniture_kinds() -> None:
    assert column_number_row(["(1)", "(2)", "(3)", "(4)"])
    assert not column_number_row(["1", "2"])
    assert furniture_kind("Hal. 3 dari 9") == "page number"
    assert furniture_kind("RENCANA AKSI DINAS KESEHATAN TAHUN 2022") == "title"
    assert furniture_kind("Jumlah laporan keuangan") is None


def row(page: int, top: float, indicator: str = "Jumlah") -> TargetRow:
    return TargetRow(source_file="a.pdf", agency="A", region="B", fiscal_year=2022, level="kegiatan", sasaran="S",
                     program=None, kegiatan=None, subkegiatan=None, indicator=indicator, quarter=None,
                     target_value=1.0, target_unit=None, target_raw="1", responsible=None, page=page, confidence=1.0,
                     target_bbox=(100.0, top, 140.0, top + 12))


def test_unread_text_goes_on_the_nearest_row() -> None:
    rows = [row(1, 100), row(1, 200), row(2, 50), row(4, 50)]
    by_page = {1: [0, 1], 2: [2], 4: [3]}

    def piece(page: int, top: float) -> Piece:
        return Piece(page=page, bbox=BBox(300, top, 340, top + 10), text="x", fate="unread", reason="")

    assert nearest_row(piece(1, 195), rows, by_page) == 1
    assert nearest_row(piece(1, 20), rows, by_page) == 0
    assert nearest_row(piece(3, 20), rows, by_page) == 2  # no row on its page: the last row before it
    assert nearest_row(piece(0, 20), rows, by_page) == 0  # nothing before: the first row after it
    assert unread_to_rows([piece(1, 195), piece(1, 210)], rows) == {1: [piece(1, 195), piece(1, 210)]}


def test_unread_text_flags_its_row_and_lowers_its_confidence() -> None:
    rows = [r + (["cek"] if i == 1 else [""]) for i, r in enumerate(BODY)]
    doc = content_to_targets(content(grid(rows, header=HEADER + ["PARAF"])), SETTINGS)
    flagged = [(r.indicator, r.confidence) for r in doc.rows if "unread_text" in r.flags]
    assert flagged == [("Jumlah ASN", 0.9)]
    assert doc.coverage < 1.0
    assert any(n.startswith("unread table text on page 1 (1 of ") and n.endswith("28 words; coverage 0.9643)")
               for n in doc.notes)


def test_tables_without_readable_rows_fail_naming_their_pages() -> None:
    other = grid([["1", "Rapat koordinasi", "bulanan"]], page=38, header=["NO", "URAIAN", "CATATAN"])
    doc = content(replace(other, page=38), replace(other, page=39), replace(other, page=40))
    doc = replace(doc, pages=(PageContent(number=1, width=900, height=600, text_source="text-layer",
                                          free_lines=(), tables=()),) + doc.pages)
    with pytest.raises(NoTargetTableError) as e:
        content_to_targets(doc, SETTINGS)
    assert e.value.message == ("no RENAKSI target table found: tables on pages 38-40: no column read as "
                               "indicator/target; run 'renaksi inspect plan.pdf --page 38' to see what was read")


def test_page_ranges() -> None:
    assert page_ranges([3]) == "page 3"
    assert page_ranges([3, 5, 6, 7, 9]) == "pages 3, 5-7, 9"


@pytest.mark.parametrize(("family", "seed"), [("seed", 1), ("word2", 2), ("excel", 3), ("report", 2),
                                           ("sasaranq", 1), ("borderless", 1), ("borderless", 40)])
def test_clutter_gives_unread_text_and_never_fewer_rows(family: str, seed: int, tmp_path: Path) -> None:
    plain = convert_pdf(generate(family, seed, tmp_path).pdf_path)
    cluttered = convert_pdf(generate(family, seed, tmp_path, clutter=True).pdf_path)
    assert len(cluttered.rows) >= len(plain.rows)
    assert any("unread_text" in r.flags for r in cluttered.rows)
    assert plain.coverage == 1.0 and cluttered.coverage is not None and cluttered.coverage < 0.99
    key = [(r.indicator, r.quarter, r.target_raw, r.sasaran, r.program, r.kegiatan) for r in plain.rows]
    assert [(r.indicator, r.quarter, r.target_raw, r.sasaran, r.program, r.kegiatan) for r in cluttered.rows] == key


def test_text_of_a_read_column_that_reached_no_row_is_unread() -> None:
    def piece(text: str, reason: str) -> Piece:
        return Piece(page=1, bbox=BBox(0, 0, 10, 10), text=text, fate="row", reason=reason)

    ledger = Ledger(pieces=(piece("1. Jumlah laporan", "indicator"), piece("Jumlah ASN yang dibina", "indicator@2"),
                            piece("12", "target"), piece("a.", "marker")))
    checked = ledger_against_rows(ledger, [row(1, 100, indicator="Jumlah laporan")])
    assert [(p.text, p.fate) for p in checked.unread] == [("Jumlah ASN yang dibina", "unread")]
    assert checked.unread[0].reason == "read as indicator@2, but in no output row"


def test_clutter_is_found_where_it_was_printed(tmp_path: Path) -> None:
    """The note printed in a ruled table's box below the PARAF column lies in no cell pdfplumber built."""
    from extract.document import ExtractSettings, pdf_to_content

    pdf = generate("seed", 1, tmp_path, clutter=True).pdf_path
    ledger = content_to_targets(pdf_to_content(pdf, ExtractSettings()), SETTINGS).ledger
    reasons = {(p.text, p.reason) for p in ledger.unread}
    assert ("*) cek lagi", "inside the table but in no cell") in reasons
    assert ("rev.", "column 'PARAF' is read by no role") in reasons
    assert ("Rapat koordinasi", "table not read: no column read as indicator/target") in reasons


def test_a_target_cell_that_gave_no_row_is_unread() -> None:
    def piece(text: str) -> Piece:
        return Piece(page=1, bbox=BBox(0, 0, 10, 10), text=text, fate="row", reason="target")

    ledger = Ledger(pieces=(piece("4 Lapora n"), piece("Laporan"), piece("TW 1 : 4 Laporan"), piece("95 %")))
    checked = ledger_against_rows(ledger, [replace(row(1, 100), target_raw="4 Laporan")])
    assert [p.text for p in checked.unread] == ["95 %"]
