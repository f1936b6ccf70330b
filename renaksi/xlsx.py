"""``targets.xlsx``: the dataset as an Excel workbook, for analysts who live in spreadsheets.

Sheet ``targets`` holds the rows with the contract's columns: numbers as numbers (``quarter``,
``fiscal_year`` and ``page`` as integers), empty cells for nulls, ``flags`` joined by ``;`` and
``target_bbox`` by spaces as in the CSV; sheet ``outcomes`` the lines of ``outcomes.csv``; sheet
``flags`` what each flag means. Each has a frozen header row, an autofilter and column widths fitted
to its text.

Written with XlsxWriter in ``constant_memory`` mode (each row goes to disk as it is written), chosen
over openpyxl by measurement (``python -m bench.xlsx``: 100,000 rows, see BENCHMARKS.md). Text is
always written as a string cell, never a formula, whatever it starts with: ``=HYPERLINK(...)`` from a
document stays text. Excel's limits are respected: at most 1,048,575 rows a sheet (more go on
``targets 2``, ``targets 3``…) and 32,767 characters a cell; XlsxWriter escapes the control
characters XML cannot hold (``_x000D_``, OOXML's escape, which Excel reads back as the character).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from normalize.flags import FLAGS

MAX_ROWS = 1_048_575  # Excel's 1,048,576 rows less the header
MAX_CELL = 32_767  # characters Excel keeps in a cell
MAX_WIDTH = 60  # characters: wider columns would hide the others
BATCH = 10_000  # rows turned into Python values at a time


def _as_text(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """A column as the text of its cells: lists joined as in the CSV (``flags`` by ``;``, the bbox's
    float32 numbers in their shortest decimals by spaces), cut at Excel's cell limit."""
    if pa.types.is_list(column.type):
        floats = pa.types.is_floating(column.type.value_type)
        items = pc.cast(column, pa.list_(pa.string())) if floats else column
        column = pc.binary_join(items, " " if floats else ";")
    return pc.utf8_slice_codeunits(column, 0, MAX_CELL)


def cell_values(column: pa.ChunkedArray) -> tuple[bool, list[Any]]:
    """Whether a column goes into number cells, and its values ready for them (None: an empty cell)."""
    if pa.types.is_integer(column.type):
        return True, column.to_pylist()
    if pa.types.is_float32(column.type):
        # the float32's shortest decimal (0.9, not 0.8999999761581421), as in the CSV
        return True, pc.cast(pc.cast(column, pa.string()), pa.float64()).to_pylist()
    if pa.types.is_floating(column.type):
        return True, [None if v != v else v for v in column.to_pylist()]  # NaN: empty, as null
    return False, _as_text(column).to_pylist()


def column_width(name: str, column: pa.ChunkedArray | pa.Array) -> float:
    """The header's width, or most of the column's text (its 95th percentile length), within bounds."""
    width = len(name) + 3  # room for the autofilter's button
    if pa.types.is_string(column.type) and len(column):
        lengths = pc.utf8_length(column)
        if lengths.null_count < len(lengths):
            width = max(width, int(pc.quantile(lengths, q=0.95)[0].as_py()) + 1)
    elif pa.types.is_floating(column.type):
        width = max(width, 10)
    return min(width, MAX_WIDTH)


def _sheet_chunks(num_rows: int) -> list[tuple[int, int]]:
    return [(start, min(MAX_ROWS, num_rows - start)) for start in range(0, max(num_rows, 1), MAX_ROWS)]


def _header(sheet: Worksheet, names: Sequence[str], widths: Sequence[float], rows: int, bold: Any) -> None:
    for col, (name, width) in enumerate(zip(names, widths, strict=True)):
        sheet.write_string(0, col, name, bold)
        sheet.set_column(col, col, width)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(rows, 1), len(names) - 1)


def _write_rows(sheet: Worksheet, columns: list[tuple[bool, list[Any]]], first_row: int) -> None:
    # write_string, never write(): a string starting with '=' stays a string cell, not a formula.
    # Row by row: in constant_memory mode a row is on disk once the next one is begun.
    writers = [(col, sheet.write_number if numeric else sheet.write_string)
               for col, (numeric, _values) in enumerate(columns)]
    for row, values in enumerate(zip(*(values for _numeric, values in columns), strict=True), start=first_row):
        for (col, write), value in zip(writers, values, strict=True):
            if value is not None:
                write(row, col, value)


def _write_table(book: xlsxwriter.Workbook, table: pa.Table, bold: Any) -> None:
    widths = [column_width(name, table.column(name)) for name in table.column_names]
    for number, (start, length) in enumerate(_sheet_chunks(table.num_rows), start=1):
        sheet = book.add_worksheet("targets" if number == 1 else f"targets {number}")
        _header(sheet, table.column_names, widths, length, bold)
        for batch_start in range(start, start + length, BATCH):
            batch = table.slice(batch_start, min(BATCH, start + length - batch_start))
            _write_rows(sheet, [cell_values(c) for c in batch.columns], batch_start - start + 1)


def _write_records(book: xlsxwriter.Workbook, name: str, header: Sequence[str],
                   records: Iterable[Sequence[Any]], bold: Any) -> None:
    lines = [list(r) for r in records]
    widths = [min(MAX_WIDTH, max([len(h) + 3] + [len(str(r[i])) + 1 for r in lines[:1000]]))
              for i, h in enumerate(header)]
    sheet = book.add_worksheet(name)
    _header(sheet, header, widths, len(lines), bold)
    for row, values in enumerate(lines, start=1):
        for col, value in enumerate(values):
            if isinstance(value, int | float) and not isinstance(value, bool):
                sheet.write_number(row, col, value)
            elif value is not None and value != "":
                sheet.write_string(row, col, " ".join(str(value).split())[:MAX_CELL])


def write_workbook(path: Path, table: pa.Table, outcome_columns: Sequence[str],
                   outcomes: Iterable[Sequence[Any]]) -> None:
    """Write the workbook to ``path`` (a staged file: the caller makes it live); ``outcomes`` are the
    values of each line of ``outcomes.csv``, in ``outcome_columns`` order."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                           "strings_to_numbers": False, "strings_to_urls": False})
    bold = book.add_format({"bold": True})
    _write_table(book, table, bold)
    _write_records(book, "outcomes", outcome_columns, outcomes, bold)
    _write_records(book, "flags", ("flag", "meaning"), FLAGS.items(), bold)
    book.close()
