"""``renaksi report`` and ``renaksi inspect`` on the shared sample (copied; nothing is written beside it)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import is_blank, screenshot
from conftest import REPO, SAMPLE_NAME, SAMPLE_ROWS, cli_env, run_renaksi
from PIL import Image

SAMPLE_TABLE_PAGES = [2, 3, 4, 5, 6]


class Links(HTMLParser):
    """Every href and src of a page, and whether it has a script."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.scripts = 0
        self.row_ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if a.get("href"):
            self.hrefs.append(a["href"] or "")
        if a.get("src"):
            self.srcs.append(a["src"] or "")
        if tag == "tr" and (a.get("id") or "").startswith("row-"):
            self.row_ids.append(a["id"] or "")


def links_of(page: Path) -> Links:
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def renaksi_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "renaksi", *args], capture_output=True, text=True, cwd=REPO,
                          env=cli_env(), timeout=timeout)


@pytest.fixture(scope="module")
def reported(tmp_path_factory: pytest.TempPathFactory, sample_pdf: Path) -> Path:
    """An output folder of the sample and a file that is no PDF, with its report written."""
    root = tmp_path_factory.mktemp("report")
    inputs = root / "in"
    inputs.mkdir()
    shutil.copy(sample_pdf, inputs / SAMPLE_NAME)
    (inputs / "download.pdf").write_text("<!DOCTYPE html><html>not found</html>")
    out = root / "out"
    converted = run_renaksi([str(inputs)], out)
    assert converted.returncode == 1, converted.stderr  # the HTML file fails, the sample converts
    before = sorted(p.name for p in inputs.iterdir())
    proc = renaksi_cli("report", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith(str(out / "report" / "index.html"))
    assert sorted(p.name for p in inputs.iterdir()) == before  # nothing written beside the inputs
    return out / "report"


def test_index_links_every_document_to_its_own_page(reported: Path) -> None:
    index = reported / "index.html"
    links = links_of(index)
    pages = [h for h in links.hrefs if h.endswith(".html")]
    assert len(pages) == 2
    for href in pages:
        assert (reported / href).is_file(), href
    text = index.read_text(encoding="utf-8")
    assert SAMPLE_NAME in text and "download.pdf" in text and "failed" in text and "not a PDF" in text


def test_report_is_self_contained(reported: Path) -> None:
    for page in reported.glob("*.html"):
        links = links_of(page)
        assert links.scripts == 0, page
        for ref in links.hrefs + links.srcs:
            assert "://" not in ref and not ref.startswith("//"), (page.name, ref)
            target = ref.split("#")[0]
            if target:
                assert (reported / target).is_file(), (page.name, ref)


def test_sample_page_shows_every_table_page_and_every_row(reported: Path) -> None:
    page = next(p for p in reported.glob("*.html") if SAMPLE_NAME.removesuffix(".pdf") in p.name)
    links = links_of(page)
    images = [s for s in links.srcs if s.endswith(".png")]
    assert [int(Path(s).stem.split("-")[1]) for s in images] == SAMPLE_TABLE_PAGES
    for src in images:
        image = Image.open(reported / src)
        assert image.width > 600 and not is_blank(image), src
    assert len(links.row_ids) == SAMPLE_ROWS
    assert "flag" not in " ".join(links.row_ids)


def test_a_report_on_nothing_says_what_to_do(tmp_path: Path) -> None:
    proc = renaksi_cli("report", str(tmp_path / "nowhere"))
    assert proc.returncode == 2
    assert "renaksi convert" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_report_opens_in_chromium_and_its_links_lead_to_pages_that_render(reported: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    shot = screenshot(reported / "index.html", tmp_path / "index.png", profile)
    assert not is_blank(shot)
    pages = [h for h in links_of(reported / "index.html").hrefs if h.endswith(".html")]
    assert pages
    for i, href in enumerate(pages):
        target = reported / href
        assert target.is_file(), href
        assert not is_blank(screenshot(target, tmp_path / f"page-{i}.png", profile)), href


def test_inspect_draws_one_page(tmp_path: Path, sample_pdf: Path) -> None:
    pdf = tmp_path / SAMPLE_NAME
    shutil.copy(sample_pdf, pdf)
    png = tmp_path / "p2.png"
    proc = renaksi_cli("inspect", str(pdf), "--page", "2", "--out", str(png))
    assert proc.returncode == 0, proc.stderr
    image = Image.open(png)
    assert image.width >= 1200 and not is_blank(image)
    # cells are drawn: the page has far more colours than the bare print's greys
    assert len(image.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 50
    missing = renaksi_cli("inspect", str(pdf), "--page", "99", "--out", str(tmp_path / "x.png"))
    assert missing.returncode == 2 and "pages 1 to 7" in missing.stderr


def test_index_lists_coverage_and_puts_the_worst_document_first() -> None:
    from renaksi.report.data import ReportDocument
    from renaksi.report.html import index_html
    from renaksi.writers import Outcome

    def doc(number: int, status: str, coverage: float | None) -> ReportDocument:
        outcome = Outcome(f"d{number}.pdf", f"in/d{number}.pdf", status, 2, 0, 0.1, "", "", coverage=coverage)
        return ReportDocument(number=number, outcome=outcome, rows=[], slug=f"{number:03d}-d{number}")

    html = index_html([doc(1, "converted", 0.99), doc(2, "converted", 0.61), doc(3, "failed", None),
                       doc(4, "converted", 1.0)], "out")
    order = [html.index(f"d{n}.pdf") for n in (3, 2, 1, 4)]
    assert order == sorted(order)
    assert "<th>coverage</th>" in html and ">0.6100</td>" in html


def test_unread_text_is_drawn_on_the_page_and_counted(tmp_path: Path) -> None:
    from samples.generator import generate

    cluttered = generate("seed", 1, tmp_path / "in", clutter=True)
    out = tmp_path / "out"
    assert run_renaksi([str(cluttered.pdf_path)], out).returncode == 0
    proc = renaksi_cli("report", str(out), "--no-ocr")
    assert proc.returncode == 0, proc.stderr
    page = next((out / "report").glob("001-*.html")).read_text(encoding="utf-8")
    assert "words left unread (purple)" in page and "coverage 0.9" in page
