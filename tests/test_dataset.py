"""The output folder as a dataset: runs add up, a document converted again is replaced, documents are
taken out, one writer at a time (a lock file that survives kill -9 as a stale lock), and outputs made
live together."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from conftest import REPO, SAMPLE_NAME, SAMPLE_ROWS, cli_env, run_renaksi

from renaksi.commit import JOURNAL, Commit, pending, recover
from renaksi.dataset import load_dataset
from renaksi.dataset_cli import status_lines
from renaksi.inputs import find_inputs
from renaksi.lock import LOCK_NAME, FolderLock, LockBusyError, folder_lock
from renaksi.runner import RunOptions, RunSummary, run_batch
from renaksi.writers import Outcome, rows_to_table, write_outputs
from schemas.contract import TargetRow

SAMPLES = REPO / "samples"
EXCEL = SAMPLES / "excel_001_dinkes_pangkajene_dan_kepulauan_2025.pdf"  # 2 pages, 130 rows
BORDERLESS = SAMPLES / "borderless_003_setwan_aceh_besar_2025.pdf"  # 3 pages, 74 rows
EXCEL_ROWS, BORDERLESS_ROWS = 130, 74


def convert(paths: list[Path], out: Path, **options: object) -> RunSummary:
    return run_batch(find_inputs([str(p) for p in paths], out),
                     RunOptions(out_dir=out, workers=1, **options))  # type: ignore[arg-type]


def outcomes(out: Path) -> list[dict[str, str]]:
    with open(out / "outcomes.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def csv_rows_of(out: Path, name: str) -> list[str]:
    """The lines of targets.csv that belong to the file ``name``."""
    return [line for line in (out / "targets.csv").read_text(encoding="utf-8").splitlines()
            if line.startswith(name + ",")]


@pytest.fixture
def years(tmp_path: Path, sample_pdf: Path) -> Path:
    """archive/2021 (two plans) and archive/2022 (one), as an analyst keeps them."""
    archive = tmp_path / "archive"
    (archive / "2021").mkdir(parents=True)
    (archive / "2022").mkdir()
    shutil.copy(EXCEL, archive / "2021" / "dinkes.pdf")
    shutil.copy(sample_pdf, archive / "2021" / SAMPLE_NAME)
    shutil.copy(BORDERLESS, archive / "2022" / "setwan.pdf")
    return archive


def test_runs_add_up_and_a_changed_document_is_replaced(years: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    convert([years / "2021"], out)
    kesbang_csv = csv_rows_of(out, SAMPLE_NAME)
    second = convert([years / "2022"], out)
    assert second.rows == BORDERLESS_ROWS  # this run's rows
    assert second.dataset is not None and second.dataset.documents == 3
    assert second.dataset.rows == EXCEL_ROWS + SAMPLE_ROWS + BORDERLESS_ROWS
    table = pq.read_table(out / "targets.parquet")
    assert table.column("source_file").to_pylist() == (
        ["dinkes.pdf"] * EXCEL_ROWS + [SAMPLE_NAME] * SAMPLE_ROWS + ["setwan.pdf"] * BORDERLESS_ROWS)
    lines = outcomes(out)
    assert [o["resolved_path"] for o in lines] == [str(years / "2021" / "dinkes.pdf"),
                                                   str(years / "2021" / SAMPLE_NAME),
                                                   str(years / "2022" / "setwan.pdf")]
    assert all(len(o["sha256"]) == 64 and o["converted_at"].endswith("Z") for o in lines)
    assert pd.read_csv(out / "targets.csv").shape[0] == table.num_rows
    assert duckdb.sql(f"SELECT count(*) FROM '{out}/targets.parquet'").fetchone() == (table.num_rows,)

    # 2021 again after dinkes.pdf was replaced by another plan: its rows and outcome replaced, in place
    (years / "2021" / "dinkes.pdf").write_bytes(BORDERLESS.read_bytes() + b"\n%% changed\n")
    third = convert([years / "2021"], out)
    assert [o.status for o in third.outcomes] == ["converted", "unchanged"]
    after = outcomes(out)
    assert [o["rows"] for o in after] == [str(BORDERLESS_ROWS), str(SAMPLE_ROWS), str(BORDERLESS_ROWS)]
    assert after[0]["sha256"] != lines[0]["sha256"] and after[0]["converted_at"] >= lines[0]["converted_at"]
    assert after[1:] == [dict(o, status="unchanged", seconds=after[1]["seconds"]) for o in lines[1:2]] + lines[2:]
    assert after[1]["converted_at"] == lines[1]["converted_at"]  # reused rows keep their conversion time
    assert csv_rows_of(out, SAMPLE_NAME) == kesbang_csv  # the others byte-identical
    table = pq.read_table(out / "targets.parquet")
    assert table.num_rows == 2 * BORDERLESS_ROWS + SAMPLE_ROWS

    # --replace starts afresh
    fresh = convert([years / "2022"], out, replace=True)
    assert fresh.dataset is not None and fresh.dataset.documents == 1
    assert [o["path"] for o in outcomes(out)] == [str(years / "2022" / "setwan.pdf")]


def test_status_and_remove(years: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    (years / "2021" / SAMPLE_NAME).unlink()  # only the two small plans
    assert run_renaksi([str(years), "-q", "--partition-by", "fiscal_year"], out).returncode == 0
    (years / "2022" / "setwan.pdf").rename(years / "2022" / "moved.pdf")

    status = subprocess.run([sys.executable, "-m", "renaksi", "status", str(out)], capture_output=True,
                            text=True, cwd=REPO, env=cli_env(), timeout=60)
    assert status.returncode == 0, status.stderr
    assert status.stdout.splitlines() == [
        f"{out} holds 2 documents, {EXCEL_ROWS + BORDERLESS_ROWS} rows, 0 failed; 1 no longer at their path "
        f"('renaksi status {out}' lists them)",
        "no longer at their path (take them out with 'renaksi remove'):",
        f"  {years / '2022' / 'setwan.pdf'}",
    ]

    def remove(*paths: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "renaksi", "remove", str(out), *paths], capture_output=True,
                              text=True, cwd=REPO, env=cli_env(), timeout=60)

    before = (out / "targets.parquet").read_bytes()
    missing = remove(str(years / "2022" / "setwan.pdf"), str(years / "2023"))
    assert missing.returncode == 2
    assert missing.stderr == (f"error: nothing removed: {years / '2023'}: not a document of {out}; name a PDF or "
                              "folder as converted (the path or resolved_path column of outcomes.csv)\n")
    assert (out / "targets.parquet").read_bytes() == before  # all or nothing

    removed = remove(str(years / "2022"))  # a folder: its documents, though the file is gone
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout == f"removed 1 documents ({BORDERLESS_ROWS} rows); {out} holds 1 documents, " \
                             f"{EXCEL_ROWS} rows, 0 failed\n"
    assert [o["source_file"] for o in outcomes(out)] == ["dinkes.pdf"]
    assert pq.read_table(out / "targets.parquet").num_rows == EXCEL_ROWS
    partitioned = ds.dataset(out / "targets", format="parquet", partitioning="hive").to_table()
    assert partitioned.num_rows == EXCEL_ROWS  # the partitioned copy follows


def _wait_for(condition, timeout: float = 120) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _start(paths: list[Path], out: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "renaksi", "convert", *map(str, paths), "--out", str(out),
                             "--workers", "1", "-q", *extra], cwd=REPO, env=cli_env(), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_two_runs_at_once_both_finish_and_no_row_is_lost(years: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    first = _start([years / "2021"], out)  # two plans, a few seconds
    _wait_for(lambda: (out / LOCK_NAME).exists())
    holder = json.loads((out / LOCK_NAME).read_text())
    assert (holder["host"], holder["pid"]) == (socket.gethostname(), first.pid)

    second = _start([years / "2022"], out)
    assert second.wait(timeout=300) == 0
    assert first.wait(timeout=300) == 0
    assert second.stderr is not None and first.stderr is not None
    assert second.stderr.read() == f"waiting for another renaksi convert writing to {out} (pid {first.pid})\n"
    assert first.stderr.read() == ""
    assert sorted(o["source_file"] for o in outcomes(out)) == ["dinkes.pdf", "kesbangpol_luwu_timur_2022.pdf",
                                                               "setwan.pdf"]
    assert pq.read_table(out / "targets.parquet").num_rows == EXCEL_ROWS + SAMPLE_ROWS + BORDERLESS_ROWS
    assert not (out / LOCK_NAME).exists()


def test_with_no_wait_a_second_run_fails_at_once(years: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    out.mkdir()
    with folder_lock(out):  # this process is the other run
        began = time.monotonic()
        refused = run_renaksi([str(years / "2022"), "--no-wait"], out)
        assert time.monotonic() - began < 30
    assert refused.returncode == 2
    assert refused.stderr == (f"error: waiting for another renaksi convert writing to {out} (pid {os.getpid()}): "
                              "not waiting (--no-wait); run again when it has finished\n")
    assert refused.stdout == ""
    assert not (out / "outcomes.csv").exists()


def test_a_lock_left_by_kill_9_is_taken_over(years: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    killed = _start([years / "2021"], out)
    _wait_for(lambda: (out / LOCK_NAME).exists())
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait(timeout=30)
    assert json.loads((out / LOCK_NAME).read_text())["pid"] == killed.pid  # left behind

    began = time.monotonic()
    rerun = run_renaksi([str(years / "2021"), "-q", "--no-wait"], out)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr == ""
    assert time.monotonic() - began < 120
    assert pq.read_table(out / "targets.parquet").num_rows == EXCEL_ROWS + SAMPLE_ROWS
    assert not (out / LOCK_NAME).exists()


def _foreign_lock(folder: Path, age: float) -> None:
    path = folder / LOCK_NAME
    path.write_text(json.dumps({"host": "other-host.example", "pid": 4321, "started": 1.0, "token": "x"}))
    then = time.time() - age
    os.utime(path, (then, then))


def test_a_lock_from_another_host_is_stale_only_when_its_heartbeat_stops(tmp_path: Path) -> None:
    _foreign_lock(tmp_path, age=5)
    with pytest.raises(LockBusyError) as busy:
        FolderLock(tmp_path, "results").acquire(wait=False)
    assert busy.value.message == ("waiting for another renaksi convert writing to results (pid 4321 on "
                                  "other-host.example): not waiting (--no-wait); run again when it has finished")
    _foreign_lock(tmp_path, age=600)  # its holder has not touched it for ten minutes: gone
    with folder_lock(tmp_path, wait=False) as lock:
        assert json.loads((tmp_path / LOCK_NAME).read_text())["token"] == lock.holder.token
    assert not (tmp_path / LOCK_NAME).exists()


def test_a_lock_whose_pid_now_names_another_process_is_stale(tmp_path: Path) -> None:
    """pid reuse: the pid runs, but it started at another time than the holder recorded."""
    (tmp_path / LOCK_NAME).write_text(json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                                                  "started": 1.0, "token": "old"}))
    with folder_lock(tmp_path, wait=False):
        pass


def test_outputs_decided_before_a_kill_are_finished_by_the_next_writer(tmp_path: Path) -> None:
    """Killed after the journal was written but between two renames: each file is whole (old or new),
    and the next writer finishes the moves before anything else."""
    for name in ("targets.parquet", "targets.csv", "outcomes.csv"):
        (tmp_path / name).write_text(f"old {name}")
    commit = Commit(tmp_path)
    for name in ("targets.parquet", "targets.csv", "outcomes.csv"):
        commit.file(name).write_text(f"new {name}")
    commit.decide()
    first_staged, first_target = commit.moves[0]
    os.replace(first_staged, first_target)  # the kill came after the first rename
    assert pending(tmp_path)
    assert [(tmp_path / n).read_text() for n in ("targets.parquet", "targets.csv")] == [
        "new targets.parquet", "old targets.csv"]
    recover(tmp_path)
    assert [(tmp_path / n).read_text() for n in ("targets.parquet", "targets.csv", "outcomes.csv")] == [
        "new targets.parquet", "new targets.csv", "new outcomes.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outcomes.csv", "targets.csv", "targets.parquet"]


def test_outputs_only_staged_before_a_kill_are_dropped(tmp_path: Path) -> None:
    (tmp_path / "targets.csv").write_text("old")
    commit = Commit(tmp_path)
    commit.file("targets.csv").write_text("half of the new")
    recover(tmp_path)  # no journal: nothing was decided
    assert [p.name for p in tmp_path.iterdir()] == ["targets.csv"]
    assert (tmp_path / "targets.csv").read_text() == "old"
    assert not (tmp_path / JOURNAL).exists()


def test_a_folder_written_before_the_dataset_columns_is_read_by_its_paths(tmp_path: Path) -> None:
    """outcomes.csv without resolved_path (an older renaksi): documents keyed by their path from here."""
    out = tmp_path / "results"
    old = [Outcome("dinkes.pdf", str(tmp_path / "in" / "dinkes.pdf"), "converted", 2, 1, 1.0, "")]
    write_outputs(out, rows_to_table([_row("dinkes.pdf")]), old)
    text = (out / "outcomes.csv").read_text()
    (out / "outcomes.csv").write_text("\n".join(",".join(line.split(",")[:7]) for line in text.splitlines()) + "\n")
    dataset = load_dataset(out)
    assert dataset.keys == [str(tmp_path / "in" / "dinkes.pdf")]
    assert dataset.outcomes[0].sha256 == "" and dataset.table.num_rows == 1


def test_outcomes_and_rows_that_disagree_stop_the_run_before_converting(tmp_path: Path) -> None:
    out = tmp_path / "results"
    write_outputs(out, rows_to_table([_row("a.pdf"), _row("a.pdf")]),
                  [Outcome("a.pdf", "a.pdf", "converted", 1, 3, 1.0, "")])
    result = run_renaksi([str(EXCEL), "-q"], out)
    assert result.returncode == 1
    assert result.stderr == (f"error: the output folder's outcomes.csv and targets.parquet do not agree: "
                             f"{out / 'outcomes.csv'} counts 3 rows, {out / 'targets.parquet'} holds 2; restore "
                             "both from a backup, or start the dataset afresh with 'renaksi convert ... --replace'\n")
    assert run_renaksi([str(EXCEL), "-q", "--replace"], out).returncode == 0
    assert load_dataset(out).table.num_rows == EXCEL_ROWS


def _row(source_file: str) -> TargetRow:
    return TargetRow(source_file=source_file, agency="Dinas Kesehatan", region="Kabupaten Pangkajene dan Kepulauan",
                     fiscal_year=2025, level="program", sasaran="Meningkatnya derajat kesehatan",
                     program="Program pemenuhan upaya kesehatan", kegiatan=None, subkegiatan=None,
                     indicator="Persentase fasilitas kesehatan terakreditasi", quarter=None, target_value=90.0,
                     target_unit="%", target_raw="90%", responsible=None, page=1, confidence=1.0)


def test_status_says_who_is_writing_and_that_a_killed_run_left_work_to_finish(tmp_path: Path) -> None:
    out, pdf = tmp_path / "results", tmp_path / "a.pdf"
    write_outputs(out, rows_to_table([_row("a.pdf")]),
                  [Outcome("a.pdf", str(pdf), "converted", 1, 1, 1.0, "", resolved_path=str(pdf))])
    with folder_lock(out, command="remove"):
        lines = status_lines(out)
    assert lines == [f"a renaksi remove is writing to {out} now (pid {os.getpid()})",
                     f"{out} holds 1 documents, 1 rows, 0 failed; 1 no longer at their path "
                     f"('renaksi status {out}' lists them)",
                     "no longer at their path (take them out with 'renaksi remove'):", f"  {pdf}"]

    commit = Commit(out)  # killed with the new outcomes.csv in place, the new rows not yet
    write_outputs(commit.folder / "staged", rows_to_table([_row("a.pdf")] * 2),
                  [Outcome("a.pdf", str(pdf), "converted", 1, 2, 1.0, "", resolved_path=str(pdf))])
    shutil.copy(commit.folder / "staged" / "targets.parquet", commit.file("targets.parquet"))
    shutil.copy(commit.folder / "staged" / "outcomes.csv", commit.file("outcomes.csv"))
    shutil.rmtree(commit.folder / "staged")
    commit.decide()
    os.replace(*commit.moves[1])
    assert status_lines(out) == [f"a run was killed while putting its outputs in place; the next 'renaksi convert' "
                                 f"or 'renaksi remove' into {out} finishes it"]
    recover(out)
    assert load_dataset(out).table.num_rows == 2
