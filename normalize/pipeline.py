"""Stages 2 and 3 for one document, in order: records, indicators, rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.records import DocumentContent
from normalize.header import HeaderSettings
from normalize.hierarchy import records_to_indicators
from normalize.metadata import content_to_metadata
from normalize.stitch import StitchSettings, content_to_records
from normalize.targets import indicators_to_rows
from schemas.contract import TargetRow
from schemas.errors import MetadataError, NoTargetTableError


@dataclass(frozen=True)
class NormalizeSettings:
    header: HeaderSettings = field(default_factory=HeaderSettings)
    stitch: StitchSettings = field(default_factory=StitchSettings)


@dataclass
class NormalizedDocument:
    rows: list[TargetRow]
    notes: list[str]


def content_to_targets(content: DocumentContent, settings: NormalizeSettings) -> NormalizedDocument:
    stitched = content_to_records(content, settings.header, settings.stitch)
    if not stitched.records and stitched.realisation_tables:
        raise NoTargetTableError(
            "realisation report: its tables give achieved results (REALISASI), no target columns",
            fix="convert the plan (RENAKSI) this report belongs to instead")
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
    return NormalizedDocument(rows=rows, notes=stitched.notes)
