"""Broken and hostile inputs, made on the fly and mixed with good documents in one folder:
each gets a one-line error, the batch goes on, the good documents' rows are complete."""

from __future__ import annotations

import csv
import os
import shutil
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import (
    SAMPLE_PAGES,
    SAMPLE_ROWS,
    decompression_bomb,
    encrypt,
    many_drawing_ops,
    minimal_pdf,
    run_renaksi,
    text_pdf,
    unplaceable_table_pdf,
    without_root_privileges,
)

from extract.opening import open_pdf
from schemas.errors import EmptyFileError, EncryptedPdfError, NotAPdfError, RenaksiError, ResourceLimitError

# Exact error lines for the inputs whose reason this layer decides (stage-specific reasons are
# checked by their start: the stages own their wording).
EXPECTED = {
    "empty.pdf": "empty file (0 bytes); download it again",
    "error page.pdf": "not a PDF: it is an HTML page; download it again: this is usually the error page "
                      "of a failed download",
    "truncated.pdf": "truncated or corrupt PDF: the file ends early (no %%EOF end marker); it was probably "
                     "cut off while downloading; download it again",
    "user-password.pdf": "encrypted: needs a password; decrypt it with 'qpdf --decrypt --password=PASSWORD "
                         "in.pdf out.pdf'",
    "locked (no read).pdf": "cannot read the file: permission denied; check its permissions",
}
STARTS = {
    "corrupt.pdf": "truncated or corrupt PDF: ",
    "no table.pdf": "no RENAKSI target table found",
    "inventaris.pdf": "no RENAKSI target table found",
}
GOOD = ["Rencana Aksi 2022 (final) [rev.1].pdf", "Kesbangpol – Luwu Timur é ñ.PDF", "owner-only.pdf",
        "dinas a/renaksi.pdf", "dinas b/renaksi.pdf"]


def truth_keys(sample: Path) -> Counter[tuple[str, str]]:
    with open(sample.with_name(sample.stem + ".truth.csv"), encoding="utf-8", newline="") as f:
        return Counter((r["indicator"], r["quarter"]) for r in csv.DictReader(f))


@pytest.fixture
def mixed_folder(tmp_path: Path, sample_pdf: Path) -> Path:
    folder = tmp_path / "arsip renaksi"
    (folder / "dinas a").mkdir(parents=True)
    (folder / "dinas b").mkdir()
    data = sample_pdf.read_bytes()
    # good documents with odd names, and the same name in two folders
    for name in GOOD:
        if name != "owner-only.pdf":
            (folder / name).write_bytes(data)
    encrypt(sample_pdf, folder / "owner-only.pdf", user="")
    # bad ones
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "error page.pdf").write_bytes(b"<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
                                            b"<body><h1>Not Found</h1></body></html>\n")
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 2])
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 64 + b"\n%%EOF\n")
    encrypt(sample_pdf, folder / "user-password.pdf", user="rahasia")
    text_pdf(folder / "no table.pdf", ["RENCANA AKSI TAHUN 2022", "Dokumen ini tidak memuat tabel."])
    unplaceable_table_pdf(folder / "inventaris.pdf")
    locked = folder / "locked (no read).pdf"
    locked.write_bytes(data)
    locked.chmod(0)
    return folder


def test_each_bad_input_gets_its_line_and_the_good_ones_convert(mixed_folder: Path, tmp_path: Path,
                                                               sample_pdf: Path) -> None:
    result = run_renaksi([str(mixed_folder), "--workers", "2"], tmp_path / "out",
                         prefix=without_root_privileges())

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    outcomes = {o["path"]: o for o in result.outcomes()}
    assert len(outcomes) == len(EXPECTED) + len(STARTS) + len(GOOD)
    for name, error in EXPECTED.items():
        outcome = outcomes[str(mixed_folder / name)]
        assert (outcome["status"], outcome["error"]) == ("failed", error), name
        assert f"{mixed_folder / name}: {error}\n" in result.stderr  # one line on the terminal
    for name, start in STARTS.items():
        outcome = outcomes[str(mixed_folder / name)]
        assert outcome["status"] == "failed" and outcome["error"].startswith(start), (name, outcome)
        assert "\n" not in outcome["error"]
        assert f"{mixed_folder / name}: {outcome['error']}\n" in result.stderr

    # the good documents converted, whole; the two renaksi.pdf are told apart by path
    table = pq.read_table(result.out / "targets.parquet").to_pandas()
    expected_keys = truth_keys(sample_pdf)
    for name in GOOD:
        outcome = outcomes[str(mixed_folder / name)]
        assert (outcome["status"], int(outcome["pages"]), int(outcome["rows"])) == \
            ("converted", SAMPLE_PAGES, SAMPLE_ROWS), name
    assert Counter(table["source_file"]) == {"Rencana Aksi 2022 (final) [rev.1].pdf": SAMPLE_ROWS,
                                             "Kesbangpol – Luwu Timur é ñ.PDF": SAMPLE_ROWS,
                                             "owner-only.pdf": SAMPLE_ROWS, "renaksi.pdf": 2 * SAMPLE_ROWS}
    for name, rows in table.groupby("source_file"):
        quarters = ["" if pd.isna(q) else str(int(q)) for q in rows["quarter"]]
        keys = Counter(zip(rows["indicator"], quarters, strict=True))
        multiplier = 2 if name == "renaksi.pdf" else 1
        assert keys == Counter({k: v * multiplier for k, v in expected_keys.items()}), name
    # the inputs were left as they were: nothing written beside them
    assert not [p for p in mixed_folder.rglob("*") if p.suffix in (".csv", ".parquet")]


def test_debug_shows_the_traceback_only_when_asked(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    plain = run_renaksi([str(folder)], tmp_path / "a")
    debug = run_renaksi([str(folder), "--debug"], tmp_path / "b")
    assert plain.returncode == debug.returncode == 1
    assert "Traceback" not in plain.stderr
    assert "Traceback (most recent call last)" in debug.stderr


@pytest.mark.slow
def test_hostile_files_end_as_failures_within_the_limits(tmp_path: Path, sample_pdf: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample_pdf, folder / "good.pdf")
    (folder / "bomb.pdf").write_bytes(decompression_bomb(gib=2))  # 2 MB that inflate to 2 GiB
    (folder / "ops.pdf").write_bytes(many_drawing_ops(2_000_000))  # one page, 2 million rectangles
    (folder / "long.pdf").write_bytes(minimal_pdf(b"BT /F1 12 Tf 72 720 Td (halaman) Tj ET", pages=2000))
    began = time.monotonic()
    result = run_renaksi([str(folder), "--workers", "2", "--timeout", "25", "--memory-limit", "1500"],
                         tmp_path / "out")
    elapsed = time.monotonic() - began
    assert result.returncode == 1, result.stderr
    assert elapsed < 300  # a hang guard only: on a machine whose cores are busy elsewhere start-up is slow
    outcomes = {o["source_file"]: o for o in result.outcomes()}
    for name in ("bomb.pdf", "ops.pdf"):  # each ended within its limits, however busy the machine
        assert float(outcomes[name]["seconds"]) < 25 + 15, outcomes[name]
    memory = "too large to convert safely: needed more than the 1500 MB memory limit; raise --memory-limit " \
             "if the document is genuine"
    timeout = "took longer than the time limit: 25 s; raise --timeout if the document is genuinely long"
    assert outcomes["bomb.pdf"]["error"] == memory
    assert outcomes["ops.pdf"]["error"] in (memory, timeout)
    assert outcomes["long.pdf"]["error"] == ("too large to convert safely: 2000 pages, more than the limit of "
                                             "1000; raise --max-pages if it really is one plan")
    assert float(outcomes["long.pdf"]["seconds"]) < 5
    assert (outcomes["good.pdf"]["status"], int(outcomes["good.pdf"]["rows"])) == ("converted", SAMPLE_ROWS)


def test_failing_ocr_fails_that_document_only(tmp_path: Path, sample_pdf: Path) -> None:
    """A scanned page whose OCR cannot run (no language data): that file fails with the fix, the rest
    converts, and the exit status says a program is missing."""
    from PIL import Image, ImageDraw
    from reportlab.pdfgen import canvas

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample_pdf, folder / "good.pdf")
    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    for y in range(200, 1500, 100):
        draw.line((100, y, 1100, y), fill=0, width=3)
    for x in (100, 400, 800, 1100):
        draw.line((x, 200, x, 1400), fill=0, width=3)
    image.save(tmp_path / "scan.png")
    page = canvas.Canvas(str(folder / "scan.pdf"))
    page.drawImage(str(tmp_path / "scan.png"), 0, 0, 595, 842)
    page.showPage()
    page.save()
    empty_tessdata = tmp_path / "tessdata"
    empty_tessdata.mkdir()

    result = run_renaksi([str(folder)], tmp_path / "out", env={"TESSDATA_PREFIX": str(empty_tessdata)})

    outcomes = {o["source_file"]: o for o in result.outcomes()}
    assert outcomes["good.pdf"]["status"] == "converted"
    assert outcomes["scan.pdf"]["status"] == "failed"
    assert "tesseract" in outcomes["scan.pdf"]["error"] and "apt-get install" in outcomes["scan.pdf"]["error"]
    assert result.returncode == 3  # ExitCode.MISSING_TOOL
    assert "Traceback" not in result.stderr


def test_an_unreadable_input_named_alone_fails_with_a_reason(tmp_path: Path, sample_pdf: Path) -> None:
    locked = tmp_path / "in" / "locked.pdf"
    locked.parent.mkdir()
    shutil.copy(sample_pdf, locked)
    os.chmod(locked, 0)
    result = run_renaksi([str(locked)], tmp_path / "out", prefix=without_root_privileges())
    assert result.returncode == 1
    assert result.stderr.strip().endswith(f"{locked}: cannot read the file: permission denied; "
                                          "check its permissions")


# --- extract.opening.open_pdf directly: the typed error each kind of file raises -------------------

@pytest.mark.parametrize(("head", "error", "words"), [
    (b"", EmptyFileError, "empty file (0 bytes)"),
    (b"<html><body>502 Bad Gateway</body></html>", NotAPdfError, "it is an HTML page"),
    (b"PK\x03\x04" + b"\0" * 60, NotAPdfError, "it is a ZIP archive or an Office (docx/xlsx) document"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 60, NotAPdfError, "it is a PNG image"),
    (b"Lorem ipsum", NotAPdfError, "it does not start with %PDF-"),
])
def test_open_pdf_tells_what_a_non_pdf_is(tmp_path: Path, head: bytes, error: type[RenaksiError],
                                          words: str) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(head)
    with pytest.raises(error) as info:
        open_pdf(path)
    assert words in info.value.message and "\n" not in info.value.message


def test_open_pdf_opens_owner_password_files_and_refuses_user_password_ones(tmp_path: Path,
                                                                          sample_pdf: Path) -> None:
    with open_pdf(encrypt(sample_pdf, tmp_path / "owner.pdf", user="")) as pdf:
        assert len(pdf.pages) == SAMPLE_PAGES
        assert "RENCANA AKSI" in (pdf.pages[0].extract_text() or "").upper()
    with pytest.raises(EncryptedPdfError):
        open_pdf(encrypt(sample_pdf, tmp_path / "user.pdf", user="rahasia"))


def test_open_pdf_refuses_too_many_pages_before_reading_them(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(minimal_pdf(b"0 0 1 1 re S", pages=2000))
    began = time.monotonic()
    with pytest.raises(ResourceLimitError, match="2000 pages, more than the limit of 1000"):
        open_pdf(path)
    assert time.monotonic() - began < 1.0
    with open_pdf(path, max_pages=0) as pdf:  # 0: no limit
        assert len(pdf.pages) == 2000


@pytest.mark.parametrize("raised", [
    SystemError("<function Page.objects at 0x7f> returned NULL without setting an exception"),
    RuntimeError("Failed to allocate 1048576 bytes"),
    OSError("cv2: Insufficient memory"),
])
def test_a_c_library_failing_under_the_memory_cap_is_a_memory_failure(raised: Exception) -> None:
    """Under an address-space cap a C extension that cannot allocate seldom raises MemoryError."""
    from renaksi.worker import Job, Limits, _as_renaksi_error, crash_result

    memory = "too large to convert safely: needed more than the 1500 MB memory limit; raise --memory-limit " \
             "if the document is genuine"
    assert _as_renaksi_error(raised, Limits(memory_mb=1500)).message == memory
    assert _as_renaksi_error(ValueError("a bug"), Limits(memory_mb=1500)).message.startswith("internal error")
    assert _as_renaksi_error(raised, Limits(memory_mb=0)).message.startswith("internal error")
    job = Job(index=0, path="/x.pdf", shown="x.pdf")
    assert crash_result(job, -11, 1.0, Limits(memory_mb=1500)).error == memory  # it aborted or faulted
    assert crash_result(job, -11, 1.0, Limits(memory_mb=0)).error.startswith("the conversion process died")
