"""Table records → indicators in their place: sasaran > program > kegiatan (`1.`) > sub kegiatan (`a.`).

Merged cells are carried down: a record without its own sasaran or program cell sits
under the last one printed above it. The penanggung jawab of a row goes to the
deepest indicator that row holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from normalize.quarters import quarter_spans, split_quarters
from normalize.records import Fragment, Indicator, TableRecord, TargetCell
from normalize.text import collapse, marker_level, split_marker
from normalize.values import canonical_unit, parse_target

REPAIRED_UNIT_CONFIDENCE = 0.9
PAGE_JOIN_CONFIDENCE = 0.95


@dataclass
class _Place:
    sasaran: str = ""
    program: str | None = None
    kegiatan: str | None = None
    subkegiatan: str | None = None


def _clean(text: str) -> str:
    return collapse(split_marker(text)[1]) if text else ""


def _target_cell(frag_text: str, frag: Fragment | None, unit_text: str, page: int,
                 confidence: float) -> TargetCell:
    parsed = parse_target(frag_text)
    unit = parsed.unit
    if unit is None and parsed.value is not None and unit_text:
        unit = canonical_unit(unit_text)[0]
    conf = confidence * (REPAIRED_UNIT_CONFIDENCE if parsed.repaired else 1.0)
    return TargetCell(raw=parsed.raw, value=parsed.value, unit=unit, page=frag.page if frag else page,
                      confidence=conf, bbox=frag.bbox if frag else None)


def _quarters(rec: TableRecord, packed_in_annual: dict[int, str], unit_text: str, annual_frag: Fragment | None,
              confidence: float) -> dict[int, TargetCell | None]:
    """Quarter targets from sub-rows, a packed cell, wide columns, or packed into the annual cell."""
    found: dict[int, tuple[str, Fragment | None]] = {}
    if rec.wide_quarters:
        for q, frags in rec.wide_quarters.items():
            texts = [f.text for f in frags if f.text]
            found[q] = (" ".join(texts), frags[0] if frags else None)
    for q, text in packed_in_annual.items():
        found.setdefault(q, (text, annual_frag))
    if rec.quarter_rows:
        joined, owners = "", []
        for frag in rec.quarter_rows:
            start = len(joined) + (1 if joined else 0)
            joined = f"{joined} {frag.text}" if joined else frag.text
            owners.append((start, frag))
        _, spans = quarter_spans(joined)
        for q, text, pos in spans:
            owner = next((f for s, f in reversed(owners) if s <= pos), owners[0][1])
            found.setdefault(q, (text, owner))
        if not spans and len(rec.quarter_rows) == 4:  # values without labels, one row per quarter
            for q, row_frag in enumerate(rec.quarter_rows, start=1):
                found.setdefault(q, (row_frag.text, row_frag))
    if not any(collapse(t) for t, _ in found.values()):
        return {}
    page = annual_frag.page if annual_frag else (rec.quarter_rows[0].page if rec.quarter_rows else 1)
    out: dict[int, TargetCell | None] = {}
    for q in (1, 2, 3, 4):
        text, quarter_frag = found.get(q, ("", None))
        out[q] = _target_cell(text, quarter_frag, unit_text, page, confidence)
    return out


def _level_indicator(rec: TableRecord, place: _Place, level: str, indicator_role: str, target_role: str,
                     quarters: bool) -> Indicator | None:
    text = _clean(rec.text(indicator_role))
    if not text:
        return None
    confidence = rec.confidence * (PAGE_JOIN_CONFIDENCE if rec.repairs else 1.0)
    unit_text = rec.text("unit")
    annual_frag = rec.first(target_role) or next(iter(rec.cells.get(target_role, [])), None)
    annual_text, packed = split_quarters(rec.text(target_role))
    # A target column gives every indicator its annual row, a blank cell too (with no value).
    annual = (_target_cell(annual_text, annual_frag, unit_text, 1, confidence)
              if target_role in rec.cells else None)
    q = _quarters(rec, packed, unit_text, annual_frag, confidence) if quarters else {}
    sasaran = place.sasaran
    program = place.program if level != "sasaran" else None
    kegiatan = place.kegiatan if level in ("kegiatan", "subkegiatan") else None
    sub = place.subkegiatan if level == "subkegiatan" else None
    return Indicator(level=level, sasaran=sasaran, program=program, kegiatan=kegiatan, subkegiatan=sub,
                     text=text, annual=annual, quarters=q, responsible=None, confidence=confidence,
                     repairs=list(rec.repairs))


def records_to_indicators(records: list[TableRecord]) -> list[Indicator]:
    out: list[Indicator] = []
    place = _Place()
    table = None
    for rec in records:
        if rec.table_index != table:
            table, place = rec.table_index, _Place()
        if rec.has("sasaran"):
            place = _Place(sasaran=_clean(rec.text("sasaran")))
        emitted: list[Indicator] = []
        ind = _level_indicator(rec, place, "sasaran", "sasaran_indicator", "sasaran_target", quarters=False)
        if ind:
            emitted.append(ind)
        if rec.has("program"):
            place.program, place.kegiatan, place.subkegiatan = _clean(rec.text("program")), None, None
        ind = _level_indicator(rec, place, "program", "program_indicator", "program_target", quarters=False)
        if ind:
            emitted.append(ind)
        if rec.has("kegiatan"):
            inline_marker, body = split_marker(rec.text("kegiatan"))
            marker = rec.text("marker") or inline_marker
            if marker_level(marker) == "letter":
                place.subkegiatan = collapse(body)
            else:
                place.kegiatan, place.subkegiatan = collapse(body), None
        level = ("subkegiatan" if place.subkegiatan else "kegiatan" if place.kegiatan
                 else "program" if place.program else "sasaran")
        ind = _level_indicator(rec, place, level, "indicator", "target", quarters=True)
        if ind:
            emitted.append(ind)
        responsible = collapse(rec.text("responsible"))
        if emitted and responsible:
            emitted[-1].responsible = responsible
        out.extend(emitted)
    return out
