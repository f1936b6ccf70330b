"""Stages 2 and 3 for one document, in order: records, indicators, rows."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from extract.records import DocumentContent
from normalize.flags import rows_to_flags
from normalize.header import HeaderSettings
from normalize.hierarchy import records_to_indicators
from normalize.metadata import content_to_metadata
from normalize.stitch import Stitched, StitchSettings, content_to_records
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


def unplaced_columns(stitched: Stitched) -> list[str]:
    """Header labels of the target tables that no column role fits (their cells were ignored), once each."""
    return list(dict.fromkeys(label for layout in stitched.layouts for label in layout.unplaced))


def content_to_targets(content: DocumentContent, settings: NormalizeSettings) -> NormalizedDocument:
    stitched = content_to_records(content, settings.header, settings.stitch)
    if not stitched.records and stitched.realisation_tables:
        raise RealisationReportError()
    if not stitched.records:
        tables = sum(len(p.tables) for p in content.pages)
        detail = (f"{tables} table(s) found, none with indicator and target columns" if tables
                  else "no ruled table with an indicator/target header on any page")
        raise NoTargetTableError(detail)
    indicators = records_to_indicators(stitched.records)
    if not indicators:
        raise NoTargetTableError("the table has no indicator rows")
    meta = content_to_metadata(content)
    if meta.fiscal_year is None:
        raise MetadataError("no fiscal year (e.g. 'TAHUN 2022') in the title or cover",
                            fix="check that the title page is part of the PDF")
    rows = indicators_to_rows(indicators, meta, content.source_file)
    unplaced = unplaced_columns(stitched)
    rows = [replace(row, flags=flags) for row, flags in zip(rows, rows_to_flags(rows, unplaced), strict=True)]
    return NormalizedDocument(rows=rows, notes=stitched.notes + list(meta.notes), unplaced_columns=unplaced)
