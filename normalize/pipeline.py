"""Stages 2 and 3 for one document, in order: records, indicators, rows."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from extract.records import DocumentContent
from normalize.accounting import (
    UNREAD_CONFIDENCE,
    Ledger,
    ledger_against_rows,
    page_ranges,
    readings_to_ledger,
    unread_to_rows,
)
from normalize.flags import rows_to_flags
from normalize.header import HeaderSettings
from normalize.hierarchy import records_to_indicators
from normalize.metadata import content_to_metadata
from normalize.stitch import GridReading, Stitched, StitchSettings, content_to_records
from normalize.targets import indicators_to_rows
from schemas.contract import TargetRow
from schemas.errors import MetadataError, NoTargetTableError, RealisationReportError


@dataclass(frozen=True)
class NormalizeSettings:
    header: HeaderSettings = field(default_factory=HeaderSettings)
    stitch: StitchSettings = field(default_factory=StitchSettings)


@dataclass
class NormalizedDocument:
    rows: list[TargetRow]  # with their validation flags
    notes: list[str]
    unplaced_columns: list[str] = field(default_factory=list)  # header labels no column role fits
    ledger: Ledger = field(default_factory=lambda: Ledger(pieces=()))  # where every table word ended

    @property
    def coverage(self) -> float:
        return self.ledger.coverage


def unplaced_columns(stitched: Stitched) -> list[str]:
    """Header labels of the target tables that no column role fits (their cells were ignored), once each."""
    return list(dict.fromkeys(label for layout in stitched.layouts for label in layout.unplaced))


def nothing_read(readings: list[GridReading], source_file: str, what: str) -> NoTargetTableError:
    """The error of a document whose tables gave no row: which pages, what was missing, how to look."""
    pages = sorted({r.grid.page for r in readings})
    if not pages:
        return NoTargetTableError("no ruled table with an indicator/target header on any page")
    return NoTargetTableError(f"tables on {page_ranges(pages)}: {what}",
                              fix=f"run 'renaksi inspect {source_file} --page {pages[0]}' to see what was read")


def _missing(readings: list[GridReading]) -> str:
    """What the unread tables lack, most common first (`no column read as indicator/target`)."""
    reasons = [r.missing for r in readings if r.missing]
    ranked = sorted(dict.fromkeys(reasons), key=lambda m: -reasons.count(m))
    return "; ".join(ranked) or "no row could be read"


def _flag_rows(rows: list[TargetRow], unplaced: list[str], ledger: Ledger) -> list[TargetRow]:
    """Rows with their flags; a row that unread text went onto loses some confidence."""
    unread = unread_to_rows(ledger.unread, rows)
    rows = [replace(row, confidence=round(row.confidence * UNREAD_CONFIDENCE, 4)) if i in unread else row
            for i, row in enumerate(rows)]
    return [replace(row, flags=flags) for row, flags in zip(rows, rows_to_flags(rows, unplaced, unread), strict=True)]


def content_to_targets(content: DocumentContent, settings: NormalizeSettings) -> NormalizedDocument:
    stitched = content_to_records(content, settings.header, settings.stitch)
    if not stitched.records and stitched.realisation_tables:
        raise RealisationReportError()
    if not stitched.records:
        raise nothing_read(stitched.readings, content.source_file, _missing(stitched.readings))
    indicators = records_to_indicators(stitched.records)
    if not indicators:
        raise nothing_read(stitched.readings, content.source_file, "no indicator rows read under their header")
    meta = content_to_metadata(content)
    if meta.fiscal_year is None:
        raise MetadataError("no fiscal year (e.g. 'TAHUN 2022') in the title or cover",
                            fix="check that the title page is part of the PDF")
    rows = indicators_to_rows(indicators, meta, content.source_file)
    if not rows:  # never `converted` with 0 rows
        raise nothing_read(stitched.readings, content.source_file, "indicators without any target cell")
    ledger = ledger_against_rows(readings_to_ledger(stitched.readings, settings.header), rows)
    unplaced = unplaced_columns(stitched)
    return NormalizedDocument(rows=_flag_rows(rows, unplaced, ledger), notes=stitched.notes + list(meta.notes)
                              + ledger.notes(), unplaced_columns=unplaced, ledger=ledger)
