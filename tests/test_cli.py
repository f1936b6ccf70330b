"""``renaksi`` run as a user runs it: a subprocess over a folder, checked against the output contract."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
from conftest import REPO, SAMPLE_NAME, SAMPLE_PAGES, SAMPLE_ROWS, cli_env, run_renaksi

from schemas.contract import CONTRACT_COLUMNS, FIXED_COLUMNS, TARGETS_ARROW_SCHEMA


def _help(*args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "renaksi", *args, "--help"], capture_output=True,
                          text=True, cwd=REPO, env=cli_env() | {"COLUMNS": "120"}, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _snapshot(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def test_help_explains_every_command() -> None:
    top = _help()
    assert "convert" in top and "RENAKSI" in top
    assert all(command in top for command in ("status", "remove", "report", "inspect"))
    text = _help("convert")
    for option in ("--out", "--workers", "--timeout", "--memory-limit", "--max-pages", "--force", "--replace",
                   "--no-wait", "--executor", "--scheduler", "--partition-by", "--quiet", "--debug"):
        assert option in text, option
    flat = " ".join(text.split())
    assert "outcomes.csv" in flat and "Exit status" in flat


def test_convert_folder_writes_the_contract(tmp_path: Path, sample_pdf: Path) -> None:
    inputs = tmp_path / "archive"
    (inputs / "2022" / "dinas lain").mkdir(parents=True)
    shutil.copy(sample_pdf, inputs / SAMPLE_NAME)
    shutil.copy(sample_pdf, inputs / "2022" / "dinas lain" / "Renaksi [revisi] é.PDF")
    # a folder named like the output folder, inside the inputs, is never read
    (inputs / "outputs").mkdir()
    shutil.copy(sample_pdf, inputs / "outputs" / "stale.pdf")
    before = _snapshot(inputs)

    result = run_renaksi([str(inputs)], tmp_path / "outputs")

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(inputs) == before  # nothing written beside the inputs
    outcomes = result.outcomes()
    assert [o["path"] for o in outcomes] == [
        str(inputs / "2022" / "dinas lain" / "Renaksi [revisi] é.PDF"),
        str(inputs / SAMPLE_NAME),
    ]
    assert [o["status"] for o in outcomes] == ["converted", "converted"]
    assert [int(o["pages"]) for o in outcomes] == [SAMPLE_PAGES, SAMPLE_PAGES]
    assert [int(o["rows"]) for o in outcomes] == [SAMPLE_ROWS, SAMPLE_ROWS]
    assert all(o["error"] == "" and float(o["seconds"]) > 0 for o in outcomes)

    table = pq.read_table(result.out / "targets.parquet")
    assert table.schema.remove_metadata().equals(TARGETS_ARROW_SCHEMA)
    assert table.num_rows == 2 * SAMPLE_ROWS
    names = table.column("source_file").to_pylist()
    assert names == ["Renaksi [revisi] é.PDF"] * SAMPLE_ROWS + [SAMPLE_NAME] * SAMPLE_ROWS

    # the CSV holds the same rows: UTF-8, a header, empty cells for nulls
    raw = (result.out / "targets.csv").read_text(encoding="utf-8")
    assert raw.splitlines()[0] == ",".join(CONTRACT_COLUMNS)
    from_csv = pd.read_csv(result.out / "targets.csv", keep_default_na=False, na_values=[""])
    from_parquet = table.to_pandas()
    assert len(from_csv) == len(from_parquet)
    assert from_csv["flags"].isna().all()  # the sample has no flags: empty cells, empty lists
    assert all(len(flags) == 0 for flags in from_parquet["flags"])
    assert [len(b.split()) for b in from_csv["target_bbox"]] == [len(b) for b in from_parquet["target_bbox"]]
    for column in FIXED_COLUMNS:
        left = from_csv[column].astype("object").where(from_csv[column].notna(), None).tolist()
        right = from_parquet[column].astype("object").where(from_parquet[column].notna(), None).tolist()
        if column in ("target_value", "confidence", "fiscal_year", "quarter", "page"):
            left = [None if v is None else float(v) for v in left]
            right = [None if v is None else float(v) for v in right]
            if column == "confidence":
                right = [round(v, 5) for v in right]
                left = [round(v, 5) for v in left]
        assert left == right, column


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = run_renaksi([str(tmp_path / "nowhere")], tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'nowhere'}: no such file or folder"
    assert not (tmp_path / "out" / "targets.parquet").exists()


def test_outputs_are_never_written_beside_inputs(tmp_path: Path, sample_pdf: Path) -> None:
    shutil.copy(sample_pdf, tmp_path / SAMPLE_NAME)
    result = run_renaksi([str(tmp_path / SAMPLE_NAME)], tmp_path)
    assert result.returncode == 2
    assert "beside" in result.stderr and "--out" in result.stderr
    assert not (tmp_path / "targets.csv").exists()


def test_log_lines_off_a_terminal_and_quiet(tmp_path: Path, sample_pdf: Path) -> None:
    loud = run_renaksi([str(sample_pdf)], tmp_path / "a")
    assert loud.returncode == 0, loud.stderr
    assert "converting 1 document" in loud.stderr
    assert f"[1/1] converted {sample_pdf}: {SAMPLE_PAGES} pages, {SAMPLE_ROWS} rows" in loud.stderr
    assert "1 documents: 1 converted, 0 unchanged, 0 failed" in loud.stdout

    quiet = run_renaksi([str(sample_pdf), "--quiet"], tmp_path / "b")
    assert quiet.returncode == 0
    assert quiet.stdout == "" and quiet.stderr == ""
    assert (tmp_path / "b" / "targets.parquet").is_file()
