"""Shared test helpers: the real sample PDF, running ``renaksi`` as a subprocess, and PDFs made on
the fly for inputs that are bad on purpose (empty, HTML, truncated, encrypted, hostile)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from schemas.contract import TargetRow

REPO = Path(__file__).resolve().parent.parent
SAMPLE_NAME = "kesbangpol_luwu_timur_2022.pdf"
SAMPLE_CANDIDATES = (REPO / "samples" / SAMPLE_NAME, REPO.parent / "shared" / "samples" / SAMPLE_NAME)


@pytest.fixture(scope="session")
def sample_pdf() -> Path:
    """The shared born-digital sample (7 pages, 239 rows), from samples/ or ../shared/samples/."""
    for candidate in SAMPLE_CANDIDATES:
        if candidate.is_file():
            return candidate
    pytest.fail(f"sample PDF missing: looked for {', '.join(map(str, SAMPLE_CANDIDATES))}")


SAMPLE_ROWS = 239
SAMPLE_PAGES = 7


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str
    out: Path

    def outcomes(self) -> list[dict[str, str]]:
        with open(self.out / "outcomes.csv", encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    def outcome(self, name: str) -> dict[str, str]:
        found = [o for o in self.outcomes() if o["source_file"] == name]
        assert len(found) == 1, f"{name}: {len(found)} outcomes in {self.outcomes()}"
        return found[0]


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.pop("COLUMNS", None)
    return env


def run_renaksi(args: list[str], out: Path, *, cwd: Path | None = None, timeout: float = 300,
                prefix: tuple[str, ...] = (), env: dict[str, str] | None = None) -> CliResult:
    """``renaksi convert ARGS --out OUT`` in a subprocess, as a user would run it."""
    proc = subprocess.run([*prefix, sys.executable, "-m", "renaksi", "convert", *args, "--out", str(out)],
                          capture_output=True, text=True, cwd=cwd or REPO, env=cli_env() | (env or {}),
                          timeout=timeout)
    return CliResult(proc.returncode, proc.stdout, proc.stderr, out)


@pytest.fixture
def renaksi() -> Callable[..., CliResult]:
    return run_renaksi


# --- PDFs made on the fly -------------------------------------------------------------------------

def minimal_pdf(content: bytes, *, filters: bytes = b"/FlateDecode", compress: bool = True,
                pages: int = 1) -> bytes:
    """A hand-built PDF whose every page draws ``content`` (already compressed unless ``compress``)."""
    data = zlib.compress(content) if compress else content
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages)).encode()
    content_id = 3 + pages
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << >> >>" % content_id] * pages
    objects.append(b"<< /Length %d /Filter %s >>\nstream\n" % (len(data), filters) + data + b"\nendstream")
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def decompression_bomb(gib: int = 2) -> bytes:
    """~2 MB on disk, ``gib`` GiB of whitespace once its content stream is inflated.

    Built from one compressed 16 MiB block repeated after full flushes (byte-aligned, so the
    copies chain), with the Adler-32 of the whole: valid zlib, made in about a second.
    """
    chunk = b" " * (1 << 24)
    c = zlib.compressobj(9)
    first = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    body = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    end = c.flush()
    copies = gib * 64
    adler = zlib.adler32(chunk)
    for _ in range(copies - 1):
        adler = zlib.adler32(chunk, adler)
    data = first + body * (copies - 1) + end[:-4] + adler.to_bytes(4, "big")
    return minimal_pdf(data, compress=False)


def many_drawing_ops(count: int = 2_000_000) -> bytes:
    """One page drawing ``count`` rectangles (a few MB compressed)."""
    block = b"".join(b"%d %d 1 1 re S\n" % (i % 500, (i // 500) % 800) for i in range(10_000))
    return minimal_pdf(zlib.compress(block * (count // 10_000), 6), compress=False)


def text_pdf(path: Path, lines: list[str], pages: int = 1) -> Path:
    """A born-digital PDF with plain text and no table."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for page in range(pages):
        for i, line in enumerate(lines):
            c.drawString(72, 760 - 16 * i, line)
        c.drawString(72, 40, f"page {page + 1}")
        c.showPage()
    c.save()
    return path


def unplaceable_table_pdf(path: Path) -> Path:
    """A ruled table whose header names no indicator/target column."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    data = [["No", "Nama Barang", "Merek", "Tahun Beli", "Kondisi"]]
    data += [[str(i), f"Kursi kantor {i}", "Chitose", str(2010 + i), "Baik"] for i in range(1, 15)]
    table = Table(data)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    doc.build([Paragraph("DAFTAR INVENTARIS BARANG TAHUN 2022", styles["Title"]), table])
    return path


def without_root_privileges() -> tuple[str, ...]:
    """A command prefix under which permission bits apply even to root (who otherwise reads anything)."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv (util-linux): cannot make a file unreadable")
    return ("setpriv", "--bounding-set", "-dac_override,-dac_read_search")


def qpdf(*args: str) -> None:
    if shutil.which("qpdf") is None:
        pytest.fail("qpdf is missing: run `make system-packages` (Debian package qpdf)")
    subprocess.run(["qpdf", *args], check=True, capture_output=True)


def encrypt(source: Path, target: Path, *, user: str, owner: str = "owner-secret") -> Path:
    """AES-256 encryption; ``user=""`` gives an owner-password-only file (opens without a password)."""
    extra = ["--print=none", "--modify=none", "--extract=n"] if not user else []
    qpdf("--encrypt", user, owner, "256", *extra, "--", str(source), str(target))
    return target


def target_row(**changes: object) -> TargetRow:
    """A row of the contract with plausible values; ``changes`` override them."""
    base: dict[str, object] = dict(
        source_file="a.pdf", agency="Badan Kesatuan Bangsa dan Politik", region="Kabupaten Luwu Timur",
        fiscal_year=2022, level="kegiatan", sasaran="Terciptanya kerukunan", program="Penguatan",
        kegiatan="Perumusan kebijakan", subkegiatan=None, indicator="Persentase capaian",
        quarter=None, target_value=95.0, target_unit="%", target_raw="95%", responsible=None,
        page=2, confidence=1.0)
    base.update(changes)
    return TargetRow(**base)  # type: ignore[arg-type]
