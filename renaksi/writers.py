"""Stage 3's files: ``targets.parquet``, ``targets.csv``, ``targets.xlsx``, ``outcomes.csv`` and, on request, a
Hive-partitioned dataset ``targets/``. Rows are validated against the contract before anything is
written, and the files are replaced together (see ``renaksi.commit``)."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pandera.errors
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from renaksi.commit import Commit
from renaksi.formulas import csv_safe
from renaksi.xlsx import write_workbook
from schemas.contract import CONTRACT_COLUMNS, TARGETS_ARROW_SCHEMA, TargetRow, TargetsFrame, rows_to_frame

TARGETS_PARQUET = "targets.parquet"
TARGETS_CSV = "targets.csv"
TARGETS_XLSX = "targets.xlsx"
OUTCOMES_CSV = "outcomes.csv"
PARTITIONED_DIR = "targets"
PARTITIONABLE = ("fiscal_year", "agency", "region", "source_file", "level")


class InvalidOutputError(Exception):
    """The rows about to be written break the contract (a bug: the worker validates each document)."""


@dataclass(frozen=True)
class Outcome:
    """One line of ``outcomes.csv``: what became of one input file."""

    source_file: str
    path: str
    status: str  # converted | unchanged | failed
    pages: int
    rows: int
    seconds: float
    error: str
    # After the contract's seven: what an analyst should know of a converted file (a column the header
    # mapping could not place, pages read by OCR, a year not taken from the title), `; `-separated.
    notes: str = ""
    # The dataset's bookkeeping (renaksi.dataset): when the rows were produced (UTC, ISO 8601), the
    # file's SHA-256, and its resolved path, which is the document's identity in the output folder.
    converted_at: str = ""
    sha256: str = ""
    resolved_path: str = ""
    coverage: float | None = None  # share of the table words read into rows or headers; empty when failed


OUTCOME_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Outcome))


def describe_schema_errors(error: pandera.errors.SchemaErrors, limit: int = 10) -> str:
    """One line naming each failed check once per row: ``row 3: quarter isin([1, 2, 3, 4]) got 7``."""
    seen: list[str] = []
    for case in error.failure_cases.sort_values("index", kind="stable").itertuples():
        if case.schema_context == "Column":
            text = f"row {case.index}: {case.column} {case.check} got {case.failure_case!r}"
        else:
            text = f"row {case.index}: {case.check}"
        if text not in seen:
            seen.append(text)
    more = f" (and {len(seen) - limit} more)" if len(seen) > limit else ""
    return "; ".join(seen[:limit]) + more


def rows_to_table(rows: Sequence[TargetRow]) -> pa.Table:
    """The contract's Arrow table of ``rows``, validated with ``TargetsFrame`` (every failure at once)."""
    frame = rows_to_frame(list(rows))
    if len(frame):
        try:
            TargetsFrame.validate(frame, lazy=True)
        except pandera.errors.SchemaErrors as e:
            raise InvalidOutputError(describe_schema_errors(e)) from e
    return frame_to_table(frame)


def frame_to_table(frame: pd.DataFrame) -> pa.Table:
    """Contract columns first with their Arrow types; any further columns after them, as inferred."""
    table = pa.Table.from_pandas(frame[list(CONTRACT_COLUMNS)], schema=TARGETS_ARROW_SCHEMA,
                                 preserve_index=False)
    for name in frame.columns:
        if name not in CONTRACT_COLUMNS:
            table = table.append_column(name, pa.array(frame[name], from_pandas=True))
    return table


def _fmt_float64(value: float) -> str:
    if math.isnan(value):
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _fmt_float32(value: float) -> str:
    return "" if math.isnan(value) else np.format_float_positional(np.float32(value), trim="-")


def _formatter(arrow_type: pa.DataType):
    if pa.types.is_list(arrow_type):  # flags as `a;b`, a bbox as `x0 top x1 bottom`
        item = _formatter(arrow_type.value_type)
        separator = " " if pa.types.is_floating(arrow_type.value_type) else ";"
        return lambda values: separator.join("" if v is None else item(v) for v in values)
    if pa.types.is_float32(arrow_type):
        return _fmt_float32
    if pa.types.is_floating(arrow_type):
        return _fmt_float64
    if pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type):
        return csv_safe  # a document's text never runs as a formula where the CSV is opened
    return str


def table_to_csv_bytes(table: pa.Table) -> bytes:
    """UTF-8 CSV with a header; nulls are empty cells; whole numbers without a trailing ``.0``; lists
    joined (``flags`` by ``;``, ``target_bbox`` by spaces); text that a spreadsheet would run as a
    formula starts with ``'`` (``renaksi.formulas``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.column_names)
    columns = []
    for column, field in zip(table.columns, table.schema, strict=True):
        fmt = _formatter(field.type)
        columns.append(["" if v is None else fmt(v) for v in column.to_pylist()])
    writer.writerows(zip(*columns, strict=True))
    return buffer.getvalue().encode("utf-8")


def outcomes_to_csv_bytes(outcomes: Iterable[Outcome]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(OUTCOME_COLUMNS)
    for o in outcomes:
        values: list[Any] = list(astuple(o))
        values[OUTCOME_COLUMNS.index("seconds")] = f"{o.seconds:.3f}"
        values[OUTCOME_COLUMNS.index("error")] = " ".join(o.error.split())
        values[OUTCOME_COLUMNS.index("notes")] = " ".join(o.notes.split())
        values[OUTCOME_COLUMNS.index("coverage")] = "" if o.coverage is None else f"{o.coverage:.4f}"
        writer.writerow(values)
    return buffer.getvalue().encode("utf-8")


def stage_partitioned(table: pa.Table, staging: Path, partition_by: Sequence[str]) -> None:
    """Write ``table`` into the empty folder ``staging`` as ``col=value/.../part-0.parquet``, Hive style."""
    unknown = [c for c in partition_by if c not in table.column_names]
    if unknown:
        raise ValueError(f"cannot partition by {', '.join(unknown)}: not a column")
    ds.write_dataset(table, staging, format="parquet", partitioning=list(partition_by),
                     partitioning_flavor="hive", basename_template="part-{i}.parquet",
                     existing_data_behavior="overwrite_or_ignore")


def write_outputs(out_dir: Path, table: pa.Table, outcomes: Sequence[Outcome],
                  partition_by: Sequence[str] = (), *, before_commit: Callable[[], None] | None = None) -> None:
    """Write every output file as one commit (``renaksi.commit``): all are staged first, then renamed
    into place, so a run killed at any moment leaves each file whole and the next run makes the set
    agree. ``before_commit`` runs last before anything becomes visible (a check that the lock is held)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with Commit(out_dir) as commit:
        pq.write_table(table, commit.file(TARGETS_PARQUET))
        commit.file(TARGETS_CSV).write_bytes(table_to_csv_bytes(table))
        commit.file(OUTCOMES_CSV).write_bytes(outcomes_to_csv_bytes(outcomes))
        write_workbook(commit.file(TARGETS_XLSX), table, OUTCOME_COLUMNS, (astuple(o) for o in outcomes))
        if partition_by:
            stage_partitioned(table, commit.directory(PARTITIONED_DIR), partition_by)
        if before_commit is not None:
            before_commit()
