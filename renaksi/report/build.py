"""``renaksi report OUT``: the review report of a convert run, written to ``OUT/report/``.

For each document of ``outcomes.csv``, stage 1 runs again on its PDF (so the page images show the
cells exactly as the pipeline saw them, OCR'd pages included) and every page with a table or a row
is rendered with its cells and the target cells of its rows drawn over it. The folder is staged
beside the old one and swapped in whole.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extract.display import DEFAULT_DPI, describe_page, ocr_rotation, render_page_image
from extract.document import ExtractSettings, pdf_to_content
from extract.records import BBox, DocumentContent, PageContent
from normalize.accounting import Piece, ledger_against_rows, readings_to_ledger
from normalize.header import HeaderSettings
from normalize.stitch import StitchSettings, content_to_records
from renaksi.atomic import replace_folder
from renaksi.report.data import ReportDocument, find_pdf, load_documents
from renaksi.report.drawing import REPORT_CELL, REPORT_TABLE, TargetMark, draw_marks, draw_unread, rows_to_marks
from renaksi.report.html import PageView, document_html, index_html
from schemas.errors import RenaksiError

REPORT_DIR = "report"
INDEX = "index.html"
MAX_PAGES_WITHOUT_TABLES = 10  # a document where nothing was found: show its first pages
CROP_MARGIN = 24.0  # points around the tables shown (room for the row tags left of a cell)


@dataclass(frozen=True)
class ReportSettings:
    dpi: int = DEFAULT_DPI
    extract: ExtractSettings = field(default_factory=ExtractSettings)  # ocr_enabled=False: faster, scans bare

    def __post_init__(self) -> None:
        if not 30 <= self.dpi <= 300:
            raise ValueError("dpi must be between 30 and 300")


def pages_to_show(content: DocumentContent, doc: ReportDocument) -> list[int]:
    """Pages with a table or a row; for a document where nothing was found, its first pages."""
    wanted = {p.number for p in content.pages if p.tables} | {r.page for r in doc.rows}
    if not wanted:
        wanted = {p.number for p in content.pages[:MAX_PAGES_WITHOUT_TABLES]}
    return sorted(n for n in wanted if 1 <= n <= len(content.pages))


def crop_box(page: PageContent, marks: list[TargetMark], margin: float = CROP_MARGIN) -> BBox | None:
    """The part of a page worth showing: its tables and target cells with a margin (None: all of it)."""
    boxes = [t.bbox for t in page.tables] + [m.bbox for m in marks]
    if not boxes:
        return None
    return BBox(max(0.0, min(b.x0 for b in boxes) - margin), max(0.0, min(b.top for b in boxes) - margin),
                min(page.width, max(b.x1 for b in boxes) + margin),
                min(page.height, max(b.bottom for b in boxes) + margin))


def _document_pages(doc: ReportDocument, pdf: Path, folder: Path,
                    settings: ReportSettings) -> tuple[list[PageView], list[str]]:
    """Page images of one document, and what stage 2 noticed about its tables (unplaced columns)."""
    content = pdf_to_content(pdf, settings.extract)
    stitched = content_to_records(content, HeaderSettings(), StitchSettings())
    ledger = ledger_against_rows(readings_to_ledger(stitched.readings, HeaderSettings()), doc.rows)
    notes = list(content.notes) + stitched.notes + ledger.notes()
    folder.mkdir(parents=True, exist_ok=True)
    views = []
    for number in pages_to_show(content, doc):
        page = content.pages[number - 1]
        image = render_page_image(pdf, number, settings.dpi, rotation=ocr_rotation(page))
        image.draw_cells(page.tables, cell=REPORT_CELL, table=REPORT_TABLE)
        unread = [p for p in ledger.unread if p.page == number]
        draw_unread(image, [p.bbox for p in unread])
        marks = rows_to_marks(doc.rows, number)
        draw_marks(image, marks)
        name = f"page-{number:03d}.png"
        image.save(folder / name, crop=crop_box(page, marks))
        views.append(PageView(number=number, image=f"{folder.name}/{name}", caption=_caption(page, marks, unread)))
    return views, notes


def _caption(page: PageContent, marks: list[TargetMark], unread: Sequence[Piece]) -> str:
    rows_here = sum(len(m.numbers) for m in marks)
    left = f"; {sum(p.words for p in unread)} words left unread (purple)" if unread else ""
    return f"{describe_page(page)}; {rows_here} rows read here{left}"


def write_report(out_dir: Path, settings: ReportSettings | None = None,
                 progress: Callable[[ReportDocument, list[str]], None] | None = None) -> Path:
    """Write ``out_dir/report/`` and return the path of its ``index.html``."""
    settings = settings or ReportSettings()
    out_dir = Path(out_dir)
    docs = load_documents(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{REPORT_DIR}.new.", dir=out_dir))
    staging.chmod(0o755)  # mkdtemp makes it private; the report is for whoever can read the outputs
    try:
        for doc in docs:
            notes: list[str] = []
            pages: list[PageView] = []
            pdf = find_pdf(doc.outcome, out_dir)
            if pdf is None:
                notes.append(f"PDF not found at {doc.outcome.path}: run the report from the folder convert ran in")
            else:
                try:
                    pages, notes = _document_pages(doc, pdf, staging / doc.slug, settings)
                except RenaksiError as e:
                    if e.message not in doc.outcome.error:  # else the page says it already
                        notes.append(f"pages not shown: {e.message}")
            (staging / doc.page_name).write_text(document_html(doc, pages, notes), encoding="utf-8")
            if progress is not None:
                progress(doc, notes)
        (staging / INDEX).write_text(index_html(docs, out_dir.name), encoding="utf-8")
        replace_folder(staging, out_dir / REPORT_DIR)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir / REPORT_DIR / INDEX
