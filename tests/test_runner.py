"""Batch behaviour: workers, cache, interruption (kill -9), time limits, Dask, progress."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from conftest import REPO, SAMPLE_NAME, SAMPLE_ROWS, cli_env, many_drawing_ops, run_renaksi, text_pdf
from rich.console import Console

from renaksi import cache as cache_module
from renaksi.inputs import find_inputs
from renaksi.progress import BarReporter, LogReporter
from renaksi.runner import RunOptions, RunSummary, run_batch
from renaksi.worker import DocumentResult, Limits


def variant(sample: Path, target: Path, n: int) -> Path:
    """The sample with a comment after its end marker: same content, different bytes (and hash)."""
    target.write_bytes(sample.read_bytes() + b"\n%% copy %d\n" % n)
    return target


@pytest.fixture
def archive(tmp_path: Path, sample_pdf: Path) -> Path:
    folder = tmp_path / "archive"
    (folder / "b").mkdir(parents=True)
    shutil.copy(sample_pdf, folder / SAMPLE_NAME)
    variant(sample_pdf, folder / "b" / SAMPLE_NAME, 1)  # same name, other folder
    text_pdf(folder / "b" / "surat.pdf", ["Surat undangan rapat koordinasi"])  # no table: fails
    return folder


def convert(folder: Path, out: Path, **options: object) -> RunSummary:
    return run_batch(find_inputs([str(folder)], out), RunOptions(out_dir=out, **options))  # type: ignore[arg-type]


def statuses(summary: RunSummary) -> list[str]:
    return [o.status for o in summary.outcomes]


def test_outputs_do_not_depend_on_the_number_of_workers(archive: Path, tmp_path: Path) -> None:
    one = convert(archive, tmp_path / "one", workers=1)
    two = convert(archive, tmp_path / "two", workers=2, partition_by=("fiscal_year", "agency"))
    assert statuses(one) == statuses(two) == ["converted", "failed", "converted"]
    assert [o.path for o in one.outcomes] == [str(archive / "b" / SAMPLE_NAME), str(archive / "b" / "surat.pdf"),
                                              str(archive / SAMPLE_NAME)]
    for name in ("targets.csv", "targets.parquet"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert one.rows == 2 * SAMPLE_ROWS
    assert int(one.exit_code) == 1

    dataset = ds.dataset(tmp_path / "two" / "targets", format="parquet", partitioning="hive").to_table()
    assert dataset.num_rows == 2 * SAMPLE_ROWS
    assert set(dataset.column("fiscal_year").to_pylist()) == {2022}
    rows = duckdb.sql(f"SELECT agency, count(*) FROM read_parquet('{tmp_path}/two/targets/**/*.parquet', "
                      "hive_partitioning = true) GROUP BY ALL").fetchall()
    assert rows == [("Badan Kesatuan Bangsa dan Politik", 2 * SAMPLE_ROWS)]


def test_rerun_reuses_unchanged_documents_and_force_redoes_them(archive: Path, tmp_path: Path,
                                                                sample_pdf: Path) -> None:
    out = tmp_path / "out"
    first = convert(archive, out, workers=2)
    first_csv = (out / "targets.csv").read_bytes()
    began = time.monotonic()
    second = convert(archive, out, workers=2)
    second_seconds = time.monotonic() - began
    assert statuses(second) == ["unchanged", "failed", "unchanged"]  # the failure is remembered too
    assert second.outcomes[1].error == first.outcomes[1].error
    # the kept result carries its coverage (issue 12)
    assert [o.coverage for o in second.outcomes] == [o.coverage for o in first.outcomes] == [1.0, None, 1.0]
    assert (out / "targets.csv").read_bytes() == first_csv
    assert second_seconds < 0.5 * sum(o.seconds for o in first.outcomes)

    # a twin of a converted file under another name: reused, but its rows carry its own name
    shutil.copy(sample_pdf, archive / "b" / "twin.pdf")
    third = convert(archive, out, workers=2)
    assert statuses(third) == ["unchanged", "failed", "unchanged", "unchanged"]
    twin_rows = pq.read_table(out / "targets.parquet").to_pandas().query("source_file == 'twin.pdf'")
    assert len(twin_rows) == SAMPLE_ROWS

    forced = convert(archive, out, workers=2, force=True)
    assert statuses(forced) == ["converted", "failed", "converted", "converted"]


def test_pipeline_version_changes_with_the_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "stagepkg"
    package.mkdir()
    (package / "__init__.py").write_text("RULE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(cache_module, "STAGE_PACKAGES", ("stagepkg",))
    cache_module.pipeline_version.cache_clear()
    try:
        before = cache_module.pipeline_version()
        (package / "__init__.py").write_text("RULE = 2\n")
        cache_module.pipeline_version.cache_clear()
        after = cache_module.pipeline_version()
    finally:
        cache_module.pipeline_version.cache_clear()
    assert before != after
    assert before.startswith(cache_module.__version__ + "-")


def test_pipeline_version_changes_with_a_vocabulary_data_file(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Every data file of a stage counts, whatever its suffix (a word list is a ``.txt.gz``)."""
    package = tmp_path / "stagepkg"
    (package / "vocabulary").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    words = package / "vocabulary" / "words.txt.gz"
    words.write_bytes(b"one")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(cache_module, "STAGE_PACKAGES", ("stagepkg",))
    cache_module.pipeline_version.cache_clear()
    try:
        before = cache_module.pipeline_version()
        words.write_bytes(b"two")
        cache_module.pipeline_version.cache_clear()
        after = cache_module.pipeline_version()
    finally:
        cache_module.pipeline_version.cache_clear()
    assert before != after


def test_pipeline_version_names_the_installed_dependencies_and_the_ocr_engine(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    from extract.ocr.tesseract import tesseract_version

    installed = cache_module.dependency_versions()
    assert f"pdfplumber=={metadata.version('pdfplumber')}" in installed
    assert f"pdfminer-six=={metadata.version('pdfminer.six')}" in installed  # a dependency's dependency
    assert not any(line.startswith(("pytest==", "ruff==")) for line in installed)  # dev tools change no row
    assert cache_module.ocr_engine().startswith(f"tesseract {tesseract_version()}; ind ")
    cache_module.pipeline_version.cache_clear()
    try:
        before = cache_module.pipeline_version()
        monkeypatch.setattr(cache_module, "dependency_versions", lambda: [*installed, "pdfplumber==99.0"])
        cache_module.pipeline_version.cache_clear()
        newer_library = cache_module.pipeline_version()
        monkeypatch.setattr(cache_module, "ocr_engine", lambda: "tesseract 6.0.0; ind 0; eng 0; osd 0")
        cache_module.pipeline_version.cache_clear()
        newer_tesseract = cache_module.pipeline_version()
    finally:
        cache_module.pipeline_version.cache_clear()
    assert len({before, newer_library, newer_tesseract}) == 3


def test_a_document_over_the_time_limit_fails_and_the_batch_goes_on(tmp_path: Path, sample_pdf: Path) -> None:
    """4 million rectangles on one page keep a worker busy for a minute or more; at 15 s it is killed
    (with no memory limit, so the time limit is what ends it) while the sample converts beside it."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample_pdf, folder / SAMPLE_NAME)
    (folder / "slow.pdf").write_bytes(many_drawing_ops(4_000_000))
    began = time.monotonic()
    summary = convert(folder, tmp_path / "out", workers=2, limits=Limits(timeout=15, memory_mb=0))
    assert time.monotonic() - began < 60
    slow = summary.outcomes[1]
    assert (slow.status, slow.error) == ("failed", "took longer than the time limit: 15 s; raise --timeout "
                                                   "if the document is genuinely long")
    assert 15 <= slow.seconds < 30
    assert summary.outcomes[0].status == "converted" and summary.rows == SAMPLE_ROWS


def test_dask_executor_gives_the_same_rows_as_local(archive: Path, tmp_path: Path) -> None:
    local = convert(archive, tmp_path / "local", workers=2)
    dask = convert(archive, tmp_path / "dask", workers=2, executor="dask")
    assert statuses(dask) == statuses(local)
    assert [o.error for o in dask.outcomes] == [o.error for o in local.outcomes]
    for name in ("targets.csv", "targets.parquet"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


def test_dask_executor_runs_on_a_scheduler_given_by_address(archive: Path, tmp_path: Path) -> None:
    """``--executor dask --scheduler tcp://...``: the CLI as a client of a running cluster (here a small
    one on the loopback interface, its worker threads in this test's process)."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp",
                      host="127.0.0.1", scheduler_port=0, dashboard_address=None) as cluster:
        result = run_renaksi([str(archive), "--executor", "dask", "--scheduler", cluster.scheduler_address],
                             tmp_path / "out")
    assert result.returncode == 1, result.stderr  # surat.pdf has no table
    assert [o["status"] for o in result.outcomes()] == ["converted", "failed", "converted"]
    assert pq.read_table(tmp_path / "out" / "targets.parquet").num_rows == 2 * SAMPLE_ROWS


def _cache_entries(out: Path) -> int:
    return len(list((out / ".cache").glob("*/*/*.json")))


def test_kill_9_leaves_previous_outputs_whole_and_the_rerun_finishes(tmp_path: Path, sample_pdf: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    shutil.copy(sample_pdf, folder / "a.pdf")
    first = run_renaksi([str(folder), "-q"], out)
    assert first.returncode == 0, first.stderr
    old = {name: (out / name).read_bytes() for name in ("targets.parquet", "targets.csv", "outcomes.csv")}

    for n in range(6):
        variant(sample_pdf, folder / f"v{n}.pdf", n)
    run = subprocess.Popen([sys.executable, "-m", "renaksi", "convert", str(folder), "--out", str(out),
                            "--workers", "1", "--quiet"], cwd=REPO, env=cli_env(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _cache_entries(out) < 3 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.05)
    workers = psutil.Process(run.pid).children(recursive=True)
    os.kill(run.pid, signal.SIGKILL)
    assert run.wait(timeout=30) == -signal.SIGKILL
    assert 3 <= _cache_entries(out) < 7, "the run was not killed mid-way"
    # the previous outputs are whole, byte for byte, and readable
    for name, data in old.items():
        assert (out / name).read_bytes() == data, name
    assert pq.read_table(out / "targets.parquet").num_rows == SAMPLE_ROWS
    # the workers died with their parent
    gone, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive

    rerun = run_renaksi([str(folder), "-q"], out)
    assert rerun.returncode == 0, rerun.stderr
    outcomes = rerun.outcomes()
    assert len(outcomes) == 7
    assert sum(o["status"] == "unchanged" for o in outcomes) >= 3  # the kept ones, a.pdf among them
    assert outcomes[0]["status"] == "unchanged"
    assert pq.read_table(out / "targets.parquet").num_rows == 7 * SAMPLE_ROWS
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.slow
def test_kill_9_at_any_moment_never_leaves_a_broken_output(tmp_path: Path, sample_pdf: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for n in range(4):
        variant(sample_pdf, folder / f"v{n}.pdf", n)
    assert run_renaksi([str(folder), "-q", "--force"], out).returncode == 0
    for delay in (0.3, 1.0, 2.0, 3.0, 4.0, 5.0):
        run = subprocess.Popen([sys.executable, "-m", "renaksi", "convert", str(folder), "--out", str(out),
                                "--workers", "2", "--quiet", "--force"], cwd=REPO, env=cli_env(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=30)
        assert pq.read_table(out / "targets.parquet").num_rows == 4 * SAMPLE_ROWS
        assert (out / "targets.csv").read_text(encoding="utf-8").count("\n") == 4 * SAMPLE_ROWS + 1


def _result(pages: int, status: str = "converted", error: str = "") -> DocumentResult:
    return DocumentResult(index=0, status=status, pages=pages, error=error, seconds=0.5)  # type: ignore[arg-type]


def test_progress_bar_on_a_terminal_shows_pages_rate_and_failures() -> None:
    stream = io.StringIO()
    reporter = BarReporter(console=Console(file=stream, force_terminal=True, width=200))
    reporter.start(2)
    reporter.done("a.pdf", _result(7))
    reporter.done("b.pdf", _result(0, "failed", "not a PDF: it is an HTML page"))
    reporter.finish()
    screen = stream.getvalue()
    assert "2/2" in screen and "7 pages" in screen and "pages/s" in screen and "1 failed" in screen
    assert "b.pdf: not a PDF: it is an HTML page" in screen


def test_log_lines_elsewhere() -> None:
    stream = io.StringIO()
    reporter = LogReporter(stream=stream)
    reporter.start(2)
    reporter.done("in/a.pdf", _result(7))
    reporter.done("in/b.pdf", _result(0, "failed", "empty file (0 bytes); download it again"))
    reporter.finish()
    assert stream.getvalue().splitlines() == [
        "converting 2 documents",
        "[1/2] converted in/a.pdf: 7 pages, 0 rows, 0.5 s",
        "in/b.pdf: empty file (0 bytes); download it again",
    ]


def test_a_document_that_read_little_of_its_tables_says_so() -> None:
    stream = io.StringIO()
    reporter = LogReporter(stream=stream)
    reporter.start(1)
    low = DocumentResult(index=0, status="converted", pages=3, seconds=0.5, coverage=0.72,
                         notes=["unread table text on pages 2-3 (28 of 100 words; coverage 0.720)"])
    reporter.done("in/a.pdf", low)
    lines = stream.getvalue().splitlines()
    assert lines[1:] == ["[1/1] converted in/a.pdf: 3 pages, 0 rows, 0.5 s",
                         "    warning: only 72% of the table text was read",
                         "    note: unread table text on pages 2-3 (28 of 100 words; coverage 0.720)"]

    screen = io.StringIO()
    bar = BarReporter(console=Console(file=screen, force_terminal=True, width=300))
    bar.start(1)
    bar.done("in/a.pdf", low)
    bar.finish()
    assert "in/a.pdf: only 72% of the table text was read" in screen.getvalue()
