"""The writers: contract schema, CSV formatting, validation before writing, atomic replacement."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from conftest import target_row as row

from renaksi.atomic import atomic_path, remove_leftovers
from renaksi.writers import (
    OUTCOME_COLUMNS,
    InvalidOutputError,
    Outcome,
    frame_to_table,
    rows_to_table,
    table_to_csv_bytes,
    write_outputs,
)
from schemas.contract import CONTRACT_COLUMNS, TARGETS_ARROW_SCHEMA, rows_to_frame

ROWS = [
    row(),
    row(quarter=1, target_value=0.0, target_raw="0%"),
    row(quarter=2, target_value=80.5, target_raw="80,5 %", confidence=0.9),
    row(level="subkegiatan", subkegiatan="Fasilitasi", target_value=125450000.0, target_unit="rupiah",
        target_raw="Rp 125.450.000", responsible="Kepala Bidang, Politik"),
    row(target_value=None, target_unit=None, target_raw="-"),
]


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_table_has_the_contract_schema() -> None:
    table = rows_to_table(ROWS)
    assert table.schema.remove_metadata().equals(TARGETS_ARROW_SCHEMA)
    assert table.column("quarter").to_pylist() == [None, 1, 2, None, None]
    assert table.column("target_value").to_pylist()[3] == 125450000.0


def test_csv_formats_numbers_as_printed_and_nulls_as_empty_cells() -> None:
    data = table_to_csv_bytes(rows_to_table(ROWS))
    lines = data.decode("utf-8").splitlines()
    assert lines[0] == ",".join(CONTRACT_COLUMNS)
    records = read_csv(data)
    assert [r["target_value"] for r in records] == ["95", "0", "80.5", "125450000", ""]
    assert [r["quarter"] for r in records] == ["", "1", "2", "", ""]
    assert [r["confidence"] for r in records] == ["1", "1", "0.9", "1", "1"]
    assert records[0]["subkegiatan"] == "" and records[0]["responsible"] == ""
    assert records[3]["responsible"] == "Kepala Bidang, Politik"  # quoted, comma kept
    assert records[0]["fiscal_year"] == "2022" and records[0]["page"] == "2"


def test_rows_breaking_the_contract_are_refused_before_writing() -> None:
    bad = [row(level="bogus"), row(quarter=7), row(level="sasaran", program="should be null")]
    with pytest.raises(InvalidOutputError) as info:
        rows_to_table(bad)
    text = str(info.value)
    assert "bogus" in text and "7" in text  # every failing row reported at once


def test_extra_columns_come_after_the_contract() -> None:
    frame = rows_to_frame(ROWS)
    frame["method"] = "ruled"
    table = frame_to_table(frame)
    assert table.column_names == [*CONTRACT_COLUMNS, "method"]
    assert table.schema.field("fiscal_year").type == TARGETS_ARROW_SCHEMA.field("fiscal_year").type


def test_write_outputs_writes_four_files_and_one_line_errors(tmp_path: Path) -> None:
    outcomes = [Outcome("a.pdf", "in/a.pdf", "converted", 7, 5, 1.23456, "", "OCR on 1 of 7 pages (pages 3)",
                        coverage=0.98765),
                Outcome("b.pdf", "in/x/b.pdf", "failed", 0, 0, 0.0, "not a PDF:\n it is\tHTML")]
    write_outputs(tmp_path, rows_to_table(ROWS), outcomes)
    assert pq.read_table(tmp_path / "targets.parquet").num_rows == len(ROWS)
    assert len(read_csv((tmp_path / "targets.csv").read_bytes())) == len(ROWS)
    lines = (tmp_path / "outcomes.csv").read_text(encoding="utf-8").splitlines()
    assert lines == [",".join(OUTCOME_COLUMNS),
                     "a.pdf,in/a.pdf,converted,7,5,1.235,,OCR on 1 of 7 pages (pages 3),,,,0.9877",
                     "b.pdf,in/x/b.pdf,failed,0,0,0.000,not a PDF: it is HTML,,,,,"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outcomes.csv", "targets.csv", "targets.parquet",
                                                          "targets.xlsx"]


def test_empty_run_still_writes_typed_empty_files(tmp_path: Path) -> None:
    write_outputs(tmp_path, rows_to_table([]), [])
    table = pq.read_table(tmp_path / "targets.parquet")
    assert table.num_rows == 0 and table.schema.remove_metadata().equals(TARGETS_ARROW_SCHEMA)
    assert (tmp_path / "targets.csv").read_text() == ",".join(CONTRACT_COLUMNS) + "\n"


def test_partitioned_dataset_reads_back_with_partitions(tmp_path: Path) -> None:
    rows = ROWS + [row(agency="Dinas Perhubungan", fiscal_year=2023, source_file="b.pdf")]
    write_outputs(tmp_path, rows_to_table(rows), [], partition_by=("fiscal_year", "agency"))
    folders = sorted(p.relative_to(tmp_path).as_posix() for p in (tmp_path / "targets").glob("*/*"))
    assert folders == ["targets/fiscal_year=2022/agency=Badan%20Kesatuan%20Bangsa%20dan%20Politik",
                       "targets/fiscal_year=2023/agency=Dinas%20Perhubungan"]
    table = ds.dataset(tmp_path / "targets", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == len(rows)
    assert sorted(set(table.column("agency").to_pylist())) == ["Badan Kesatuan Bangsa dan Politik",
                                                               "Dinas Perhubungan"]
    counts = duckdb.sql(
        f"SELECT fiscal_year, agency, count(*) FROM read_parquet('{tmp_path}/targets/**/*.parquet', "
        "hive_partitioning = true) GROUP BY ALL ORDER BY ALL").fetchall()
    assert counts == [(2022, "Badan Kesatuan Bangsa dan Politik", len(ROWS)), (2023, "Dinas Perhubungan", 1)]
    # a second write replaces the dataset whole
    write_outputs(tmp_path, rows_to_table(ROWS[:1]), [], partition_by=("fiscal_year", "agency"))
    again = ds.dataset(tmp_path / "targets", format="parquet", partitioning="hive").to_table()
    assert again.num_rows == 1


def test_atomic_path_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "targets.csv"
    target.write_text("old, whole\n")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("new, half")
        raise RuntimeError("killed mid-way")
    assert target.read_text() == "old, whole\n"
    assert [p.name for p in tmp_path.iterdir()] == ["targets.csv"]
    with atomic_path(target) as tmp:
        tmp.write_text("new, whole\n")
    assert target.read_text() == "new, whole\n"


def test_leftovers_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    (tmp_path / ".targets.csv.abc123.tmp").write_text("half")
    (tmp_path / ".targets.old.xyz").mkdir()
    (tmp_path / "targets.csv").write_text("whole")
    remove_leftovers(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["targets.csv"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_outputs_are_written_with_the_users_umask(tmp_path: Path, umask: int, mode: int) -> None:
    """A colleague or a dashboard service reads the outputs: they get the mode any new file gets."""
    import os
    import stat

    previous = os.umask(umask)
    try:
        write_outputs(tmp_path, rows_to_table(ROWS), [], partition_by=("fiscal_year",))
    finally:
        os.umask(previous)
    for name in ("targets.parquet", "targets.csv", "outcomes.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode, name
    part = next((tmp_path / "targets").rglob("*.parquet"))
    assert stat.S_IMODE(part.stat().st_mode) == mode
