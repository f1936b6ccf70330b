"""Hierarchy levels from how rows are printed (normalize/outline.py) and what a whole table shows
(normalize/shapes.py): small records, and fuzzed layouts whose hierarchy was read wrong before."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest

from extract.records import BBox, TextLine
from normalize.hierarchy import records_to_indicators
from normalize.outline import Outline, Style, bold_head, marker_kind
from normalize.records import Fragment, TableRecord
from renaksi.pipeline import convert_pdf
from samples.generator.fuzz import PLAIN, generate_fuzz
from samples.generator.fuzz.traits import reconcile


def frag(text: str, x0: float = 100.0, bold: bool = False, lines: tuple[str, ...] = ()) -> Fragment:
    texts = lines or (text,)
    tl = tuple(TextLine(t, BBox(x0 + 2, 10 * i, x0 + 90, 10 * i + 8), 8.0, bold=bold) for i, t in enumerate(texts))
    return Fragment(text=text, page=1, bbox=BBox(x0, 0, x0 + 100, 40), lines=tl)


def rec(**cells: Fragment) -> TableRecord:
    return TableRecord(cells={role: [f] for role, f in cells.items()})


@pytest.mark.parametrize(("marker", "kind"), [("1.", "num."), ("1)", "num)"), ("a.", "lower."), ("II", "roman"),
                                              ("1.1", "depth2"), (None, "none")])
def test_marker_kind(marker, kind):
    assert marker_kind(marker) == kind


def test_a_new_style_opens_the_level_below_and_a_seen_one_keeps_its_level():
    outline = Outline()
    program, kegiatan = Style("num.", True, 0), Style("lower.", False, 2)
    outline.observe(program, "program")
    assert outline.guess(kegiatan)[0] == "kegiatan"
    outline.observe(kegiatan, "kegiatan")
    assert outline.guess(Style("num)", False, 4))[0] == "subkegiatan"
    assert outline.guess(kegiatan)[0] == "kegiatan"  # a sibling, not a child


def test_printed_like_the_sasaran_without_a_statement_is_a_program():
    outline = Outline()
    style = Style("num.", True, 0)
    outline.observe(style, "sasaran")
    assert outline.guess(style, statement=False)[0] == "program"
    assert outline.guess(style, statement=True)[0] == "sasaran"


def test_bold_program_then_regular_kegiatan_in_one_cell():
    lines = (TextLine("Program Pengawasan", BBox(0, 0, 50, 8), bold=True),
             TextLine("Desk Akuntabilitas", BBox(0, 10, 50, 18)))
    f = Fragment("Program Pengawasan Desk Akuntabilitas", 1, BBox(0, 0, 60, 20), lines=lines)
    assert bold_head([f]) == ("Program Pengawasan", "Desk Akuntabilitas")
    assert bold_head([dataclasses.replace(f, lines=lines[:1])]) is None


def test_list_markers_shared_by_sasaran_and_program_told_apart():
    records = [
        rec(number=frag("1."), hierarchy=frag("Meningkatnya kualitas layanan", bold=True),
            indicator=frag("Indeks kepuasan"), target=frag("80")),
        rec(number=frag("1."), hierarchy=frag("Program pelayanan", bold=True), indicator=frag("Persentase A"),
            target=frag("90%")),
        rec(number=frag("a."), hierarchy=frag("Penerbitan izin", x0=100), indicator=frag("Jumlah izin"),
            target=frag("5 Izin")),
        rec(number=frag("1)"), hierarchy=frag("Fasilitasi izin"), indicator=frag("Jumlah fasilitasi"),
            target=frag("1 Izin")),
        rec(number=frag("b."), hierarchy=frag("Pengujian kendaraan"), indicator=frag("Jumlah uji"),
            target=frag("3 Unit")),
    ]
    got = [(i.level, i.program, i.kegiatan, i.subkegiatan) for i in records_to_indicators(records)]
    assert got == [("sasaran", None, None, None), ("program", "Program pelayanan", None, None),
                   ("kegiatan", "Program pelayanan", "Penerbitan izin", None),
                   ("subkegiatan", "Program pelayanan", "Penerbitan izin", "Fasilitasi izin"),
                   ("kegiatan", "Program pelayanan", "Pengujian kendaraan", None)]


def test_the_one_indicator_column_is_read_at_the_rows_level_whatever_its_header():
    records = [
        rec(heading=frag("Sasaran Strategis 1 : Meningkatnya layanan")),
        rec(sasaran=frag("Program Pelayanan"), sasaran_indicator=frag("Persentase A"), sasaran_target=frag("90%")),
        rec(sasaran=frag("Kegiatan Penerbitan izin"), sasaran_indicator=frag("Jumlah izin"),
            sasaran_target=frag("5 Izin")),
    ]
    got = [(i.level, i.sasaran, i.program, i.kegiatan) for i in records_to_indicators(records)]
    assert got == [("program", "Meningkatnya layanan", "Program Pelayanan", None),
                   ("kegiatan", "Meningkatnya layanan", "Program Pelayanan", "Kegiatan Penerbitan izin")]


def test_a_target_only_sub_row_is_one_more_target_of_the_indicator_above():
    records = [
        rec(hierarchy=frag("Kegiatan: Pelaksanaan Reviu"), indicator=frag("Output: Laporan Hasil Reviu"),
            target=frag("WTP")),
        TableRecord(cells={"target": [frag("B")]}),
        TableRecord(cells={"target": [frag("2024", bold=True)]}),  # a header's year left in the body
    ]
    got = [(i.text, i.annual.raw if i.annual else None) for i in records_to_indicators(records)]
    assert got == [("Laporan Hasil Reviu", "WTP"), ("Laporan Hasil Reviu", "B")]


def _context(pdf: Path, truth: Path) -> list[tuple[str, ...]]:
    rows = convert_pdf(pdf).rows
    with truth.open(encoding="utf-8") as f:
        want = [(r["level"], r["sasaran"], r["program"], r["kegiatan"], r["subkegiatan"], r["indicator"])
                for r in csv.DictReader(f)]
    got = [(r.level, r.sasaran, r.program or "", r.kegiatan or "", r.subkegiatan or "", r.indicator) for r in rows]
    return [w for w in want if w not in got]


@pytest.mark.parametrize("traits", [
    {"markers": "list", "names": "single", "sasaran": "row"},
    {"markers": "codes", "names": "single", "sasaran": "heading"},
    {"markers": "relative", "names": "single", "sasaran": "column"},
    {"markers": "absolute", "names": "single", "sasaran": "column"},
    {"markers": "none", "names": "single", "sasaran": "heading", "indent": True},
], ids=lambda t: "-".join(map(str, t.values())))
def test_fuzzed_hierarchy_read_whole(tmp_path, traits):
    doc = generate_fuzz(3003, tmp_path, traits=reconcile(dataclasses.replace(PLAIN, **traits)), tag="t")
    missing = _context(doc.pdf_path, doc.truth_path)
    assert not missing, missing[:3]


def test_a_sasaran_heading_cut_into_cells_is_read_whole():
    records = [
        rec(number=frag("SASARAN", bold=True), program=frag("1 : Meningkatnya kualitas", bold=True),
            kegiatan=frag("pelayanan perizinan", bold=True)),
        rec(number=frag("1"), program=frag("Pelayanan penanaman modal", bold=True), indicator=frag("Persentase A"),
            target=frag("92%")),
    ]
    got = [(i.level, i.sasaran, i.program) for i in records_to_indicators(records)]
    assert got == [("program", "Meningkatnya kualitas pelayanan perizinan", "Pelayanan penanaman modal")]
