"""Table records → indicators in their place: sasaran > program > kegiatan (`1.`) > sub kegiatan (`a.`).

Merged cells are carried down: a record without its own sasaran or program cell sits
under the last one printed above it. The penanggung jawab of a row goes to the
deepest indicator that row holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from normalize.items import split_listed, unit_in_text
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
    last_number: int = 0  # the list markers seen so far, to read an OCR-damaged marker in sequence
    last_letter: str = ""
    depth_numbering: bool = False  # the table numbers 1 / 1.1 / 1.1.1: depth gives the level


# What OCR makes of a lone list-marker letter in a narrow column.
_MARKER_CONFUSIONS = {"4": "a", "&": "a", "@": "a", "8": "a", "6": "b", "h": "b", "e": "c", "(": "c", "<": "c",
                      "©": "c", "o": "c", "cl": "d", "0": "d"}


def resolve_ocr_marker(text: str, place: _Place) -> str:
    """An OCR'd list marker read in sequence: after `4.` comes `5.` or `a.`; a `4` read again where
    `a.` is due is the letter, and so is a smudge (`& —`)."""
    core = re.sub(r"[^0-9A-Za-z&@(<©]", "", text)
    next_letter = chr(ord(place.last_letter) + 1) if place.last_letter else "a"
    if core.isdigit():
        n = int(core)
        if n != place.last_number + 1 and place.last_number and _MARKER_CONFUSIONS.get(core) == next_letter:
            return f"{next_letter}."
        return f"{n}."
    if len(core) == 1 and core.isalpha() and core.lower() == next_letter:
        return f"{next_letter}."
    if _MARKER_CONFUSIONS.get(core.lower()) == next_letter or (not core and place.last_number):
        return f"{next_letter}."
    return f"{core}." if core else ""


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


_LEADING_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])")


def _indicator_text(text: str) -> str:
    """Indicator as meant: list marker and a bare leading number (`1 Persentase …`) removed."""
    return collapse(_LEADING_NUMBER.sub("", _clean(text)))


def _level_indicators(rec: TableRecord, place: _Place, level: str, indicator_role: str, target_role: str,
                      quarters: bool) -> list[Indicator]:
    text = _indicator_text(rec.text(indicator_role))
    if not text:
        return []
    confidence = rec.confidence * (PAGE_JOIN_CONFIDENCE if rec.repairs else 1.0)
    unit_role = indicator_role.replace("indicator", "unit") if indicator_role != "indicator" else "unit"
    unit_text = rec.text(unit_role) or rec.text(unit_role.split("@")[0])
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
    annual = _target_cell(annual_text, annual_frag, hint, 1, confidence) if target_role in rec.cells else None
    if quarters:
        q = _quarters(rec, packed, unit_text, annual_frag, confidence)
    return [indicator(text, annual, q)]


_CODE = re.compile(r"^\s*(?P<code>\d{1,2}(?:\s*\.\s*[0-9X]{1,3}){1,6})\.?\s+")
_KEYWORD_LEVEL = (
    (re.compile(r"^sub\s*kegiatan\b\s*:?\s*", re.I), "subkegiatan"),
    (re.compile(r"^kegiatan\b\s*:?\s*", re.I), "kegiatan"),
    (re.compile(r"^program\b\s*:?\s*", re.I), "program"),
    (re.compile(r"^sasaran(?:\s+strategis)?\s*(?:\d{1,2}(?:\.\d{1,2})*)?\s*[:.]\s*", re.I), "sasaran"),
    (re.compile(r"^(?:urusan|bidang\s+urusan|wajib|pilihan)\b", re.I), "urusan"),
)


def _code_of(rec: TableRecord, text: str) -> tuple[str | None, str]:
    code = collapse(rec.text("code"))
    if code:
        return code, text
    m = _CODE.match(text)
    if m:
        return m.group("code").replace(" ", ""), text[m.end():]
    return None, text


def _level_of_code(code: str) -> str:
    """Indonesian budget codes (Permendagri 90): 5.01.02 program, 5.01.02.2.01 kegiatan,
    5.01.02.2.01.01 sub kegiatan; 1-2 segments are urusan / bidang."""
    n = len(code.strip(".").split("."))
    if n <= 2:
        return "urusan"
    if n <= 3:
        return "program"
    if n <= 5:
        return "kegiatan"
    return "subkegiatan"


def _place_hierarchy_text(rec: TableRecord, place: _Place, role: str, has_indicator: bool) -> None:
    """Text of a column that may hold program, kegiatan or sub kegiatan: its level from
    the list marker, the budget code, a leading keyword, or where it stands."""
    raw = rec.text(role)
    code, text = _code_of(rec, raw)
    inline_marker, body = split_marker(text)
    marker = rec.text("marker") or inline_marker
    marker_frag = rec.first("marker")
    if marker_frag is not None and (marker_frag.repaired or marker_frag.confidence < 1.0):
        marker = resolve_ocr_marker(marker_frag.text, place)
    if not marker and not rec.has("sasaran"):
        marker = rec.text("number")  # a NO column numbers the rows of the innermost level it sits beside
    level: str | None = None
    for pattern, lv in _KEYWORD_LEVEL:
        m = pattern.match(body)
        if m:
            level, body = lv, (body[m.end():] if lv == "sasaran" else body)
            break
    if level is None and code:
        level = _level_of_code(code)
    if level is None and role == "program":
        level = "program"
    if level is None and place.depth_numbering and marker:
        if re.fullmatch(r"\d+(?:\.\d+)*\.?", marker):
            depth = len(marker.rstrip(".").split("."))
            level = {1: "program", 2: "kegiatan"}.get(depth, "subkegiatan")
        elif re.fullmatch(r"(?:[A-Z]|[IVX]{1,4})[.)]?", marker):
            level = "sasaran"  # `A` / `I` above `1`, `1.1`, `1.1.1`: the sasaran the programs serve
    if level is None:
        ml = marker_level(marker)
        if ml == "letter":
            level = "subkegiatan"
        elif ml == "number" or place.kegiatan is None or role == "kegiatan":
            level = "kegiatan" if (has_indicator or role == "kegiatan" or place.program) else "program"
        else:
            level = "subkegiatan"
    body = collapse(body)
    if level == "urusan":
        return
    if level == "sasaran":
        place.sasaran, place.program, place.kegiatan, place.subkegiatan = body, None, None, None
    elif level == "program":
        place.program, place.kegiatan, place.subkegiatan = body, None, None
    elif level == "kegiatan":
        place.kegiatan, place.subkegiatan = body, None
        if marker and marker_level(marker) == "number" and marker.rstrip(".)").isdigit():
            place.last_number, place.last_letter = int(marker.rstrip(".)")), ""
    else:
        place.subkegiatan = body
        if marker and marker_level(marker) == "letter":
            place.last_letter = marker.rstrip(".)").lower()


def _place_heading(text: str, place: _Place) -> None:
    """A heading row across the table: `Sasaran Strategis 1: …`, `Program: …`; others (urusan) change nothing."""
    for pattern, level in _KEYWORD_LEVEL:
        m = pattern.match(text)
        if not m:
            continue
        body = collapse(text[m.end():]) if level == "sasaran" else _clean(text)
        if level == "sasaran":
            place.sasaran, place.program, place.kegiatan, place.subkegiatan = body, None, None, None
        elif level == "program":
            place.program, place.kegiatan, place.subkegiatan = body, None, None
        elif level == "kegiatan":
            place.kegiatan, place.subkegiatan = body, None
        elif level == "subkegiatan":
            place.subkegiatan = body
        return


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


def records_to_indicators(records: list[TableRecord]) -> list[Indicator]:
    out: list[Indicator] = []
    place = _Place()
    table = None
    seen_upper: set[tuple[str, str | None, str, str]] = set()
    headings: dict[str, str] = {}  # level -> text of the last heading indicator (`jumlah kasus … :`)
    responsible = ""
    depth_tables = {r.table_index for r in records
                    if re.match(r"^\d+\.\d+", r.text("number") or r.text("marker") or "")}
    for rec in records:
        if rec.table_index != table:
            table, responsible = rec.table_index, ""
            place = _Place(depth_numbering=rec.table_index in depth_tables)
        if rec.has("heading"):
            _place_heading(rec.text("heading"), place)
            continue
        has_indicator = any(rec.has(r) for r in rec.cells if r.split("@")[0] in
                            ("sasaran_indicator", "program_indicator", "indicator"))
        if rec.has("sasaran"):
            sasaran_text = rec.text("sasaran")
            m = _KEYWORD_LEVEL[3][0].match(sasaran_text)
            place = _Place(sasaran=_clean(sasaran_text[m.end():] if m else sasaran_text))
        emitted: list[Indicator] = []
        for sfx in _suffixes(rec, "sasaran_indicator"):
            emitted += _level_indicators(rec, place, "sasaran", "sasaran_indicator" + sfx, "sasaran_target" + sfx,
                                         quarters=rec.quarter_level == "sasaran" and not sfx)
        if rec.has("program"):
            _place_hierarchy_text(rec, place, "program", has_indicator)
        for sfx in _suffixes(rec, "program_indicator"):
            emitted += _level_indicators(rec, place, "program", "program_indicator" + sfx, "program_target" + sfx,
                                         quarters=rec.quarter_level == "program" and not sfx)
        for role in ("kegiatan", "hierarchy"):
            if rec.has(role):
                _place_hierarchy_text(rec, place, role, has_indicator)
        if rec.has("subkegiatan"):  # a column of its own for sub kegiatan
            place.subkegiatan = _clean(rec.text("subkegiatan"))
        level = ("subkegiatan" if place.subkegiatan else "kegiatan" if place.kegiatan
                 else "program" if place.program else "sasaran")
        for sfx in _suffixes(rec, "indicator"):
            emitted += _level_indicators(rec, place, level, "indicator" + sfx, "target" + sfx,
                                         quarters=rec.quarter_level in ("kegiatan", None) and not sfx)
        emitted = _attach_sub_items(emitted, headings)
        if "responsible" in rec.cells:
            responsible = collapse(rec.text("responsible"))
        # else: a merged PENANGGUNG JAWAB cell from the row above covers this one too
        if emitted and responsible:
            emitted[-1].responsible = responsible
        for ind in emitted:
            # A program's indicator printed again on each of its kegiatan rows (Renja tables) counts once.
            if ind.level in ("sasaran", "program") and emitted[-1] is not ind:
                key = (ind.level, ind.program, ind.text, ind.annual.raw if ind.annual else "")
                if key in seen_upper:
                    continue
                seen_upper.add(key)
            out.append(ind)
    return out
