"""Stage 3: indicators → the contract's rows (one per indicator per period)."""

from __future__ import annotations

from extract.records import BBox
from normalize.metadata import DocumentMetadata
from normalize.records import Indicator, TargetCell
from schemas.contract import TargetRow


def _bbox(box: BBox | None) -> tuple[float, float, float, float] | None:
    """The target cell's box for the review columns, to a hundredth of a point."""
    if box is None:
        return None
    return (round(box.x0, 2), round(box.top, 2), round(box.x1, 2), round(box.bottom, 2))


def _row(ind: Indicator, meta: DocumentMetadata, source_file: str, quarter: int | None,
         cell: TargetCell) -> TargetRow:
    return TargetRow(
        source_file=source_file,
        agency=meta.agency,
        region=meta.region,
        fiscal_year=meta.fiscal_year or 0,
        level=ind.level,  # type: ignore[arg-type]
        sasaran=ind.sasaran,
        program=ind.program,
        kegiatan=ind.kegiatan,
        subkegiatan=ind.subkegiatan,
        indicator=ind.text,
        quarter=quarter,
        target_value=cell.value,
        target_unit=cell.unit,
        target_raw=cell.raw,
        responsible=ind.responsible,
        page=cell.page,
        confidence=round(max(0.0, min(1.0, cell.confidence)), 4),
        target_bbox=_bbox(cell.bbox),
    )


def indicators_to_rows(indicators: list[Indicator], meta: DocumentMetadata, source_file: str) -> list[TargetRow]:
    rows: list[TargetRow] = []
    for ind in indicators:
        if ind.annual is not None:
            rows.append(_row(ind, meta, source_file, None, ind.annual))
        for q in sorted(ind.quarters):
            cell = ind.quarters[q]
            if cell is not None:
                rows.append(_row(ind, meta, source_file, q, cell))
    return rows
