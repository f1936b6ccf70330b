"""Where a row sits: sasaran > program > kegiatan > sub kegiatan, read from what marks its level.

A list marker (`1.`, `a.`), a budget code (`5.01.02.2.01`), a leading keyword (`Program …`,
`Sasaran Strategis 1: …`), depth numbering (`1` / `1.1` / `1.1.1`) or simply the column a text
stands in. OCR-damaged markers are read in sequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalize.outline import LEVELS, Outline, bold_head, row_style
from normalize.records import Fragment, TableRecord
from normalize.text import collapse, marker_level, split_field_label, split_marker


@dataclass
class Place:
    sasaran: str = ""
    program: str | None = None
    kegiatan: str | None = None
    subkegiatan: str | None = None
    last_number: int = 0  # the list markers seen so far, to read an OCR-damaged marker in sequence
    last_letter: str = ""
    depth_numbering: bool = False  # the table numbers 1 / 1.1 / 1.1.1: depth gives the level
    last_code: tuple[int, ...] = ()  # the last depth number seen, to read an OCR-damaged one in sequence
    depth_base: int = 1  # the level of a one-part depth number: 1 program (relative), 0 sasaran (absolute)
    sasaran_source: bool = False  # the table prints its sasaran in a column or heading rows of its own
    subkegiatan_column: bool = False  # sub kegiatan have a column of their own (a staircase)
    bold_heads: bool = False  # the hierarchy column prints a program in bold before its kegiatan
    outline: Outline = field(default_factory=Outline)

    def enter(self, level: str, text: str) -> None:
        """A new sasaran / program / kegiatan / sub kegiatan: it closes every level below it."""
        if level == "sasaran":
            self.sasaran, self.program, self.kegiatan, self.subkegiatan = text, None, None, None
        elif level == "program":
            self.program, self.kegiatan, self.subkegiatan = text, None, None
        elif level == "kegiatan":
            self.kegiatan, self.subkegiatan = text, None
        else:
            self.subkegiatan = text


# What OCR makes of a lone list-marker letter in a narrow column.
_MARKER_CONFUSIONS = {"4": "a", "&": "a", "@": "a", "8": "a", "6": "b", "h": "b", "e": "c", "(": "c", "<": "c",
                      "©": "c", "o": "c", "cl": "d", "0": "d"}


def resolve_ocr_marker(text: str, place: Place) -> str:
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


_AS_DIGIT = str.maketrans({"l": "1", "L": "1", "I": "1", "|": "1", "!": "1", "i": "1", "O": "0", "o": "0",
                           "S": "5", "s": "5", "B": "8", "g": "9"})


def resolve_ocr_code(text: str, place: Place) -> str:
    """An OCR'd depth number read in sequence: `11`, `Ll` or `1l` after `1` is `1.1`; `111` after `1.1`
    is `1.1.1`; `14` after `1` is `1.1` too, one digit off. The candidates are the next child,
    sibling or ancestor's sibling of the last number."""
    digits = re.sub(r"\D", "", text.translate(_AS_DIGIT))
    if not digits:
        return text
    last = place.last_code
    candidates: list[tuple[int, ...]] = [last + (1,)] if last else [(1,)]
    for k in range(len(last), 0, -1):
        candidates.append(last[: k - 1] + (last[k - 1] + 1,))
    printed = text.strip().rstrip(".")
    if re.fullmatch(r"\d+(?:\.\d+)+", printed) and (
            tuple(int(n) for n in printed.split(".")) in candidates or not last):
        return printed  # its dots read, and where the sequence expects it
    for code in candidates:
        if "".join(map(str, code)) == digits:
            return ".".join(map(str, code))
    # One digit misread (`14` for `11`) or one too many (`2.1.41` for `2.1.1`; a printed `1.3`
    # after `1.1` is trusted): the one candidate it is that near. Digits as printed only: `Il` is
    # the roman II of a sasaran.
    parts = printed.split(".") if re.fullmatch(r"\d+(?:\.\d+)+", printed) else None
    near = [code for code in candidates
            if (parts is not None and len(parts) == len(code)
                and tuple(int(n) for n in parts[:-1]) == code[:-1]
                and len(parts[-1]) > len(str(code[-1])) and str(code[-1]) in parts[-1])  # a speck read too
            or (parts is None and printed.isdigit() and len(digits) == len("".join(map(str, code))) > 1
                and sum(a != b for a, b in zip(digits, "".join(map(str, code)), strict=True)) == 1)]
    if len(near) == 1:
        return ".".join(map(str, near[0]))
    return text


def clean(text: str) -> str:
    """Text as meant: its list marker and a field label (`Output:`) removed, in either order."""
    if not text:
        return ""
    body = split_marker(split_field_label(text)[1])[1]
    return collapse(split_field_label(body)[1])


_CODE = re.compile(r"^\s*(?P<code>\d{1,2}(?:\s*\.\s*[0-9X]{1,4}){1,6})\.?\s+")
KEYWORD_LEVEL = (
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


SASARAN_STATEMENT = re.compile(r"^(?:Ter|Me|Men|Mem|Meng|Peny|Ber|Di)?\w+nya\b")


@dataclass(frozen=True, slots=True)
class _Row:
    """What a hierarchy cell prints: its code, marker, field label and text."""

    code: str | None
    marker: str
    labelled: str | None
    body: str
    code_seen: bool  # a depth number (`1.1`) read in a table that numbers by depth


def _read_row(rec: TableRecord, role: str, place: Place, text: str | None) -> _Row:
    code, body = _code_of(rec, rec.text(role) if text is None else text)
    inline_marker, body = split_marker(body)
    labelled, body = split_field_label(body)  # `Kegiatan: …`: the label says the level
    marker = rec.text("marker") or inline_marker or ""
    marker_frag = rec.first("marker")
    if marker_frag is not None and (marker_frag.repaired or marker_frag.confidence < 1.0):
        marker = resolve_ocr_marker(marker_frag.text, place)
    if not marker and not rec.has("sasaran"):
        marker = rec.text("number")  # a NO column numbers the rows of the innermost level it sits beside
        number_frag = rec.first("number")
        if place.depth_numbering and number_frag is not None and number_frag.confidence < 1.0:
            marker = resolve_ocr_code(marker, place)
    code_seen = place.depth_numbering and bool(re.fullmatch(r"\d+(?:\.\d+)*\.?", marker))
    if code_seen:
        place.last_code = tuple(int(n) for n in marker.rstrip(".").split("."))
    return _Row(code, marker, labelled, body, code_seen)


def _keyword_level(row: _Row) -> tuple[str | None, str]:
    for pattern, lv in KEYWORD_LEVEL:
        m = pattern.match(row.body)
        if m:
            return lv, (row.body[m.end():] if lv == "sasaran" else row.body)
    return None, row.body


def _told_level(row: _Row, place: Place, role: str) -> str | None:
    """The level the row's own print tells: a budget code, the column, a sasaran statement where
    the table has no sasaran of its own, depth numbering."""
    if row.code:
        return _level_of_code(row.code)
    if role == "program" or (role == "kegiatan" and place.subkegiatan_column):
        return role  # a staircase: the column says the level, whatever marker the row carries
    numbered = bool(re.search(r"\d", row.marker))
    if SASARAN_STATEMENT.match(row.body) and not place.sasaran_source and (
            place.depth_numbering or not numbered or marker_level(row.marker) == "number"):
        return "sasaran"  # `Meningkatnya …`: a sasaran statement, whatever number it carries
    if place.depth_numbering and row.code_seen:
        depth = len(place.last_code) - 1 + place.depth_base
        return LEVELS[min(depth, len(LEVELS) - 1)]
    if place.depth_numbering and re.fullmatch(r"(?:[A-Z]|[IVX]{1,4})[.)]?", row.marker):
        return "sasaran"  # `A` / `I` above `1`, `1.1`, `1.1.1`: the sasaran the programs serve
    return None


def _fallback_level(row: _Row, place: Place, role: str, has_indicator: bool) -> str:
    ml = marker_level(row.marker)
    if ml == "letter":
        return "subkegiatan"
    if ml == "number" or place.kegiatan is None or role == "kegiatan":
        return "kegiatan" if (has_indicator or role == "kegiatan" or place.program) else "program"
    return "subkegiatan"


def _level(rec: TableRecord, row: _Row, place: Place, role: str, has_indicator: bool,
           frags: list[Fragment]) -> tuple[str, str]:
    level, body = _keyword_level(row)
    level = row.labelled or level
    style = row_style(frags, row.marker)
    if level is None:
        level = _told_level(row, place, role)
    if level is None and role == "hierarchy":
        level = place.outline.guess(style, bool(SASARAN_STATEMENT.match(row.body)))[0]
        if level is None and not place.outline.seen and place.sasaran_source:
            level = "program"  # the first row under a sasaran printed apart: the top of the column
    if level is None:
        level = _fallback_level(row, place, role, has_indicator)
    if level in LEVELS and role == "hierarchy":
        place.outline.observe(style, level)
    return level, body


def _starts_bold(frags: list[Fragment]) -> bool:
    return bool(frags and frags[0].lines and frags[0].lines[0].bold)


def place_hierarchy_text(rec: TableRecord, place: Place, role: str, has_indicator: bool,
                         text: str | None = None) -> None:
    """Text of a column that may hold program, kegiatan or sub kegiatan: its level from
    the list marker, the budget code, a leading keyword, how it is printed, or where it stands."""
    frags = rec.fragments(role)
    head = bold_head(frags) if text is None and role == "hierarchy" else None
    if head is not None:  # the program in bold, then its kegiatan, in one cell
        place.enter("program", clean(head[0]))
        place.outline.observe(row_style(frags, None), "program")
        place.bold_heads = True
        text = head[1]
    row = _read_row(rec, role, place, text)
    if head is not None or (place.bold_heads and role == "hierarchy" and not _starts_bold(frags)):
        level, body = "kegiatan", row.body  # regular type where programs print bold: a kegiatan
    else:
        level, body = _level(rec, row, place, role, has_indicator, frags)
    body = collapse(body)
    if level == "urusan":
        return
    if level == "program" and place.depth_numbering and not row.code_seen:
        place.last_code = (place.last_code[0] + 1,) if place.last_code else (1,)
    place.enter(level, body)
    marker = row.marker
    if level == "kegiatan" and marker and marker_level(marker) == "number" and marker.rstrip(".)").isdigit():
        place.last_number, place.last_letter = int(marker.rstrip(".)")), ""
    elif level == "subkegiatan" and marker and marker_level(marker) == "letter":
        place.last_letter = marker.rstrip(".)").lower()


def place_heading(text: str, place: Place) -> None:
    """A heading row across the table: `Sasaran Strategis 1: …`, `Program: …`; others (urusan) change nothing."""
    for pattern, level in KEYWORD_LEVEL:
        m = pattern.match(text)
        if not m:
            continue
        if level != "urusan":
            place.enter(level, collapse(text[m.end():]) if level == "sasaran" else clean(text))
        return
