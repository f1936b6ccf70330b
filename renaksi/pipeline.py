"""The thin runner of one document: stage 1, stage 2, stage 3, in order. No I/O beyond reading the PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extract.document import ExtractSettings, pdf_to_content
from normalize.pipeline import NormalizeSettings, content_to_targets
from schemas.contract import TargetRow


@dataclass(frozen=True)
class PipelineSettings:
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    normalize: NormalizeSettings = field(default_factory=NormalizeSettings)


@dataclass
class ConvertedDocument:
    source_file: str
    pages: int
    rows: list[TargetRow]
    notes: list[str] = field(default_factory=list)  # warnings an analyst should see (e.g. unplaced columns)
    coverage: float | None = None  # share of the table words read into rows or headers (normalize.accounting)


def convert_pdf(path: Path, settings: PipelineSettings | None = None) -> ConvertedDocument:
    """Convert one PDF. Raises a ``schemas.errors.RenaksiError`` subclass when it cannot."""
    settings = settings or PipelineSettings()
    content = pdf_to_content(Path(path), settings.extract)
    result = content_to_targets(content, settings.normalize)
    return ConvertedDocument(source_file=content.source_file, pages=len(content.pages),
                             rows=result.rows, notes=list(content.notes) + result.notes, coverage=result.coverage)
