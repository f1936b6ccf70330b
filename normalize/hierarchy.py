"""Table records → indicators in their place: sasaran > program > kegiatan (`1.`) > sub kegiatan (`a.`).

Merged cells are carried down: a record without its own sasaran or program cell sits
under the last one printed above it. The penanggung jawab of a row goes to the
deepest indicator that row holds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from normalize.items import split_listed, unit_in_text
from normalize.places import KEYWORD_LEVEL, Place, clean, place_heading, place_hierarchy_text
from normalize.quarters import quarter_spans, split_quarters
from normalize.records import Fragment, Indicator, TableRecord, TargetCell
from normalize.shapes import as_read, table_shapes
from normalize.text import collapse
from normalize.values import Notation, canonical_unit, document_notation, parse_target
from normalize.vocabulary import vocabulary

REPAIRED_UNIT_CONFIDENCE = 0.9
PAGE_JOIN_CONFIDENCE = 0.95


def _target_cell(frag_text: str, frag: Fragment | None, unit_text: str, page: int,
                 confidence: float) -> TargetCell:
    parsed = parse_target(frag_text)
    unit = parsed.unit
    if unit is None and parsed.value is not None and unit_text:
        unit = canonical_unit(unit_text)[0]
    conf = confidence * (REPAIRED_UNIT_CONFIDENCE if parsed.repaired else 1.0)
    return TargetCell(raw=parsed.raw, value=parsed.value, unit=unit, page=frag.page if frag else page,
                      confidence=conf, bbox=frag.bbox if frag else None)


def _sub_row_value(text: str) -> str:
    """The value of one quarter sub-row: what follows its label (`TW. II : 2 Unit` → `2 Unit`)."""
    _, spans = quarter_spans(text)
    if spans:
        return spans[0][1]
    if ":" in text:
        return text.rsplit(":", 1)[1].strip()
    return text.strip()


def _quarters(rec: TableRecord, packed_in_annual: dict[int, str], unit_text: str, annual_frag: Fragment | None,
              confidence: float) -> dict[int, TargetCell | None]:
    """Quarter targets from sub-rows, a packed cell, wide columns, or packed into the annual cell."""
    found: dict[int, tuple[str, Fragment | None]] = {}
    if rec.wide_quarters:
        for q, frags in rec.wide_quarters.items():
            texts = [f.text for f in frags if f.text]
            found[q] = (" ".join(texts), frags[0] if frags else None)
    if rec.quarter_rows:
        joined, owners = "", []
        for frag in rec.quarter_rows:
            start = len(joined) + (1 if joined else 0)
            joined = f"{joined} {frag.text}" if joined else frag.text
            owners.append((start, frag))
        _, spans = quarter_spans(joined)
        if len(rec.quarter_rows) == 4 and sorted(q for q, _, _ in spans) != [1, 2, 3, 4]:
            # Four sub-rows are the four quarters in order, whatever OCR made of their labels
            # (`T™.!`, `TW. Il` read twice) or when they have none.
            for q, row_frag in enumerate(rec.quarter_rows, start=1):
                found.setdefault(q, (_sub_row_value(row_frag.text), row_frag))
        for q, text, pos in spans:
            owner = next((f for s, f in reversed(owners) if s <= pos), owners[0][1])
            found.setdefault(q, (text, owner))
    for q, text in packed_in_annual.items():  # `1 Unit TW 1 : 1 Unit …` all in the annual cell
        found.setdefault(q, (text, annual_frag))
    if not any(collapse(t) for t, _ in found.values()):
        return {}
    page = annual_frag.page if annual_frag else (rec.quarter_rows[0].page if rec.quarter_rows else 1)
    out: dict[int, TargetCell | None] = {}
    for q in (1, 2, 3, 4):
        text, quarter_frag = found.get(q, ("", None))
        out[q] = _target_cell(text, quarter_frag, unit_text, page, confidence)
    return out


_LEADING_NUMBER = re.compile(r"^\s*[(\[]?\d{1,2}(?:[.,]\d{1,2})*[.,)]?\s+(?=[A-Z])")


def _indicator_text(text: str) -> str:
    """Indicator as meant: list marker and a bare leading number (`1 Persentase …`) removed."""
    return collapse(_LEADING_NUMBER.sub("", clean(text)))


_PERCENT_AS_DIGITS = re.compile(r"^(?P<num>\d{1,3})(?:96|6|9)$")
_PERCENTAGE_INDICATOR = re.compile(r"^\s*(?:P[er]+sentase|Prosentase)\b", re.IGNORECASE)


def _misreads_among_siblings(annual: TargetCell | None, quarters: dict[int, TargetCell | None],
                             indicator_text: str = "") -> tuple[TargetCell | None, dict[int, TargetCell | None]]:
    """OCR damage to one target of an indicator whose other targets agree, in OCR'd cells only:
    `%` read as `96` or `6` (`10096`, `1006` where the others are percentages, or the indicator
    is a `Persentase …`), or a unit word mangled (`ook` beside `dokumen`, `kah` beside `kali`) —
    each fixed towards the others."""
    cells = [c for c in [annual, *quarters.values()] if c is not None]
    known = set(vocabulary().unit_variants.values())
    units = [c.unit for c in cells if c.unit in known]
    if not units and _PERCENTAGE_INDICATOR.match(indicator_text):
        units = ["%"]
    if not units:
        return annual, quarters
    usual = max(set(units), key=units.count)

    def fix(cell: TargetCell | None) -> TargetCell | None:
        if cell is None or cell.confidence >= 1.0 or cell.value is None:
            return cell
        # the `%` read as digits, whether the cell has no unit or its unit comes from a SATUAN column
        if usual == "%" and (cell.unit is None or (cell.unit == "%" and "%" not in cell.raw)):
            m = _PERCENT_AS_DIGITS.match(cell.raw)
            if m and int(m.group("num")) <= 100 < cell.value:
                return replace(cell, raw=f"{m.group('num')}%", value=float(m.group("num")), unit="%",
                               confidence=cell.confidence * REPAIRED_UNIT_CONFIDENCE)
        if cell.unit is not None and cell.unit not in known and usual != "%" and len(cell.unit) <= 8:
            number = cell.raw.split()[0] if cell.raw.split() else cell.raw
            printed = next((c.raw.split(maxsplit=1)[1] for c in cells
                            if c.unit == usual and len(c.raw.split(maxsplit=1)) == 2), usual)
            return replace(cell, raw=f"{number} {printed}", unit=usual,
                           confidence=cell.confidence * REPAIRED_UNIT_CONFIDENCE)
        return cell

    return fix(annual), {k: fix(v) for k, v in quarters.items()}


def _level_indicators(rec: TableRecord, place: Place, level: str, indicator_role: str, target_role: str,
                      quarters: bool) -> list[Indicator]:
    text = _indicator_text(rec.text(indicator_role))
    if not text:
        return []
    confidence = rec.confidence * (PAGE_JOIN_CONFIDENCE if rec.repairs else 1.0)
    unit_role = indicator_role.replace("indicator", "unit") if indicator_role != "indicator" else "unit"
    unit_text = rec.text(unit_role) or rec.text(unit_role.split("@")[0]) or rec.header_units.get(target_role, "")
    sasaran = place.sasaran
    program = place.program if level != "sasaran" else None
    kegiatan = place.kegiatan if level in ("kegiatan", "subkegiatan") else None
    sub = place.subkegiatan if level == "subkegiatan" else None

    def indicator(ind_text: str, annual: TargetCell | None, q: dict[int, TargetCell | None]) -> Indicator:
        return Indicator(level=level, sasaran=sasaran, program=program, kegiatan=kegiatan, subkegiatan=sub,
                         text=ind_text, annual=annual, quarters=q, responsible=None, confidence=confidence,
                         repairs=list(rec.repairs))

    ind_frags, target_frags = rec.fragments(indicator_role), rec.fragments(target_role)
    q = _quarters(rec, {}, unit_text, target_frags[0] if target_frags else None, confidence) if quarters else {}
    if len(ind_frags) == 1 and len(target_frags) == 1 and not q:
        listed = split_listed(ind_frags[0], target_frags[0])
        if listed:
            out = []
            for item in listed:
                cell = _target_cell(item.target_text, target_frags[0], unit_text or (item.unit_hint or ""),
                                    1, confidence)
                if item.target_line is not None:
                    cell = replace(cell, bbox=item.target_line.bbox)
                out.append(indicator(_indicator_text(item.text), cell, {}))
            return out

    annual_frag = rec.first(target_role) or next(iter(rec.cells.get(target_role, [])), None)
    annual_text, packed = split_quarters(rec.text(target_role))
    hint = unit_text or unit_in_text(text) or ""
    # A target column gives every indicator its annual row, a blank cell too (with no value).
    # ... but not a cell that holds only its quarters (`TW 1 : 5 TW 2 : 10 …`): the plan gives no annual there
    only_quarters = bool(packed) and not collapse(annual_text)
    annual = _target_cell(annual_text, annual_frag, hint, 1, confidence) \
        if target_role in rec.cells and not only_quarters else None
    if quarters:
        q = _quarters(rec, packed, unit_text, annual_frag, confidence)
    annual, q = _misreads_among_siblings(annual, q, text)
    return [indicator(text, annual, q)]


_DASH_ITEM = re.compile(r"^[-•–·]\s*")


def _attach_sub_items(emitted: list[Indicator], headings: dict[str, str]) -> list[Indicator]:
    """A row `jumlah kasus … :` with no target heads the `- Anthrax` rows below it: the heading is
    not an indicator, and each item carries it in its text."""
    out = []
    for ind in emitted:
        no_value = (ind.annual is None or not ind.annual.raw) and not any(ind.quarters.values())
        if ind.text.endswith(":") and no_value:
            headings[ind.level] = ind.text.rstrip(" :")
            continue
        if ind.text.endswith(":") and ind.confidence < 1.0:
            ind.text = ind.text.rstrip(" :")  # a speck a scan left after an indicator with its target
        m = _DASH_ITEM.match(ind.text)
        if m and ind.level in headings:
            ind.text = f"{headings[ind.level]} - {ind.text[m.end():]}"
        elif not m:
            headings.pop(ind.level, None)
        out.append(ind)
    return out


def _suffixes(rec: TableRecord, base: str) -> list[str]:
    found = {role[len(base):] for role in rec.cells if role == base or role.startswith(base + "@")}
    return sorted(found, key=lambda s: (s != "", s))


_BARE_YEAR = re.compile(r"^\s*(?:19|20)\d\d\s*$")  # a header's `2024` left in the body, no target
_TARGET_ROLES = ("target", "program_target", "sasaran_target")
_OWN_TEXT_ROLES = ("sasaran", "program", "kegiatan", "subkegiatan", "hierarchy", "heading", "indicator",
                   "program_indicator", "sasaran_indicator")


def _blank(ind: Indicator) -> bool:
    return (ind.annual is None or not ind.annual.raw) and not any(ind.quarters.values())


def _target_only(rec: TableRecord) -> bool:
    """A sub-row printing only a target: one indicator cell stands over several target sub-rows."""
    frags = [f for r in _TARGET_ROLES for f in rec.fragments(r)]
    header_like = any(_BARE_YEAR.match(f.text) or any(ln.bold for ln in f.lines) for f in frags)
    return (bool(frags) and not header_like and not rec.quarter_rows and not rec.wide_quarters
            and not any(rec.has(r) for r in _OWN_TEXT_ROLES))


def _next_target_row(last: Indicator, rec: TableRecord) -> Indicator:
    """The indicator above, with this sub-row's target as its annual target."""
    role = next(r for r in _TARGET_ROLES if rec.has(r))
    unit_role = role.replace("target", "unit")
    frag = rec.first(role)
    cell = _target_cell(rec.text(role), frag, rec.text(unit_role), frag.page if frag else 1, rec.confidence)
    return replace(last, annual=cell, quarters={}, responsible=None, repairs=list(rec.repairs))


_HEADING_START = re.compile(r"^sasaran(?:\s+strategis)?\s*\d{0,2}\s*$", re.IGNORECASE)
_SASARAN_HEADING = KEYWORD_LEVEL[3][0]
_INDICATOR_ROLES = ("indicator", "program_indicator", "sasaran_indicator")
_NAME_ROLES = ("number", "marker", "code", "sasaran", "program", "kegiatan", "subkegiatan", "hierarchy")


def _split_heading(rec: TableRecord) -> str | None:
    """A sasaran heading row stage 1 cut into the cells below it (`Sasaran 1` | `: Meningkatnya …`,
    `SASARAN` | `1 : Meningkatnya` | `kualitas …`): the heading whole; None for any other row."""
    if any(rec.has(r) for r in _TARGET_ROLES):
        return None
    indicator = [f for r in _INDICATOR_ROLES for f in rec.fragments(r)]
    if indicator and not all(ln.bold for f in indicator for ln in f.lines):
        return None  # a heading's tail may spill into the indicator column, printed bold as the heading
    texts = [rec.text(r) for r in rec.cells if r.split("@")[0] in _NAME_ROLES + _INDICATOR_ROLES and rec.has(r)]
    label = texts[0] if texts else ""
    joined = collapse(" ".join(texts))
    return joined if len(texts) >= 2 and _HEADING_START.match(label) and _SASARAN_HEADING.match(joined) else None


def _record_texts(records: list[TableRecord]) -> list[str]:
    texts = [f.text for rec in records for frags in rec.cells.values() for f in frags]
    texts += [f.text for rec in records for f in rec.quarter_rows]
    return texts + [f.text for rec in records for frags in rec.wide_quarters.values() for f in frags]


def _reread(cell: TargetCell | None, notation: Notation) -> TargetCell | None:
    if cell is None or cell.value is None:
        return cell
    return replace(cell, value=parse_target(cell.raw, notation).value)


def in_notation(indicators: list[Indicator], notation: Notation) -> list[Indicator]:
    """Values read again in the document's own notation (`1,284` is 1284 where it prints `125,450,000`)."""
    if notation == "id":
        return indicators
    return [replace(ind, annual=_reread(ind.annual, notation),
                    quarters={q: _reread(c, notation) for q, c in ind.quarters.items()}) for ind in indicators]


def records_to_indicators(records: list[TableRecord]) -> list[Indicator]:
    out: list[Indicator] = []
    place = Place()
    table = None
    seen_upper: set[tuple[str, str | None, str, str]] = set()
    previous: list[Indicator] = []  # what the record above gave
    headings: dict[str, str] = {}  # level -> text of the last heading indicator (`jumlah kasus … :`)
    responsible = ""
    tables = table_shapes(records)
    records = [as_read(rec, tables[rec.table_index]) for rec in records]
    for rec in records:
        if rec.table_index != table:
            table, responsible = rec.table_index, ""
            shape = tables[rec.table_index]
            place = Place(depth_numbering=shape.depth_numbering, depth_base=shape.depth_base,
                          sasaran_source=shape.sasaran_source, subkegiatan_column=shape.subkegiatan_column)
        if rec.has("heading"):
            place_heading(rec.text("heading"), place)
            continue
        split = _split_heading(rec)
        if split:  # `Sasaran 1` | `: Meningkatnya …`: a heading row read as two cells
            place_heading(split, place)
            continue
        has_indicator = any(rec.has(r) for r in rec.cells if r.split("@")[0] in
                            ("sasaran_indicator", "program_indicator", "indicator"))
        if rec.has("sasaran"):
            sasaran_text = rec.text("sasaran")
            m = KEYWORD_LEVEL[3][0].match(sasaran_text)
            place.enter("sasaran", clean(sasaran_text[m.end():] if m else sasaran_text))
        emitted: list[Indicator] = []
        for sfx in _suffixes(rec, "sasaran_indicator"):
            emitted += _level_indicators(rec, place, "sasaran", "sasaran_indicator" + sfx, "sasaran_target" + sfx,
                                         quarters=rec.quarter_level == "sasaran" and not sfx)
        if rec.has("program"):
            place_hierarchy_text(rec, place, "program", has_indicator)
        for sfx in _suffixes(rec, "program_indicator"):
            emitted += _level_indicators(rec, place, "program", "program_indicator" + sfx, "program_target" + sfx,
                                         quarters=rec.quarter_level == "program" and not sfx)
        for role in ("kegiatan", "hierarchy"):
            if rec.has(role):
                place_hierarchy_text(rec, place, role, has_indicator)
        if rec.has("subkegiatan"):  # a column of its own for sub kegiatan
            place.enter("subkegiatan", clean(rec.text("subkegiatan")))
        level = ("subkegiatan" if place.subkegiatan else "kegiatan" if place.kegiatan
                 else "program" if place.program else "sasaran")
        for sfx in _suffixes(rec, "indicator"):
            emitted += _level_indicators(rec, place, level, "indicator" + sfx, "target" + sfx,
                                         quarters=rec.quarter_level in ("kegiatan", None) and not sfx)
        emitted = _attach_sub_items(emitted, headings)
        if not emitted and previous and _target_only(rec):
            emitted = [_next_target_row(previous[-1], rec)]
        previous = emitted
        new_item = any(rec.has(r) for r in ("sasaran", "program", "kegiatan", "subkegiatan", "hierarchy"))
        printed = rec.has("responsible")
        if "responsible" in rec.cells and (printed or new_item):
            responsible = collapse(rec.text("responsible"))
        # else: a merged PENANGGUNG JAWAB cell from the row above covers this one too, or (no rulings,
        # no merges) a further indicator of the same kegiatan leaves it blank
        if emitted and responsible and (printed or emitted[-1].level in ("kegiatan", "subkegiatan")):
            emitted[-1].responsible = responsible
        for ind in emitted:
            # A program's indicator printed again on each of its kegiatan rows (Renja tables) counts once.
            if ind.level in ("sasaran", "program") and (emitted[-1] is not ind or _blank(ind)):
                # ... and one printed again with a blank target (a program repeated over its next kegiatan)
                key = (ind.level, ind.program, ind.text, ind.annual.raw if ind.annual else "")
                if key in seen_upper:
                    continue
                seen_upper.add(key)
            out.append(ind)
    return in_notation(out, document_notation(_record_texts(records)))
