"""Text as the document means it: lines joined, list markers removed, whitespace collapsed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.records import BBox, TextLine
from normalize.vocabulary import FIELD_LABEL, MARKER, MARKER_ONLY, field_label_level

# A line that ends in a hyphen or slash right after a letter or digit continues a compound
# (`perundang-` + `undangan`, `listrik/` + `penerangan`): join without a space.
_COMPOUND_END = re.compile(r"[\w)][-/]$")


def collapse(text: str) -> str:
    return " ".join(text.split())


_WORD = re.compile(r"[^\W\d_]+")


def interior_words(lines: Sequence[TextLine]) -> set[str]:
    """Lower-case words printed inside lines, never first or last on one: none of them can be the
    head or the tail of a word broken at a line end, so they are words as the document spells them."""
    words: set[str] = set()
    for line in lines:
        tokens = line.text.split()
        for token in tokens[1:-1]:
            words.update(w.lower() for w in _WORD.findall(token))
    return words


def _force_broken(line: TextLine, next_line: TextLine, cell: BBox | None, left_pad: float,
                  known_words: frozenset[str] | set[str]) -> bool:
    """Word processors break a word that is wider than its column in the middle (`Rekenin` / `g`).
    Such a line is a single word filling the column from its left padding to its right edge. When
    that also fits a normal wrap, the document's own words decide: `rekening` printed elsewhere
    says join; `gedung` printed elsewhere as a word of its own says keep the space."""
    if cell is None or " " in line.text or not line.text[-1:].isalpha():
        return False
    if not next_line.text[:1].isalpha() or not next_line.text[:1].islower():
        return False
    heads = _WORD.findall(line.text.lower())
    tails = _WORD.findall(next_line.text.split()[0].lower())
    head, tail = (heads[-1], tails[0]) if heads and tails else ("", "")
    if head and head + tail in known_words and tail not in known_words:
        return True  # `Ekse` + `mplar`, `Lapor` + `an`: the tail no word, together one the document uses
    char_width = max(line.font_size, 4.0) * 0.5
    available = cell.width - 2 * max(left_pad, 0.0)
    if not (line.bbox.x0 - cell.x0 <= left_pad + char_width and line.bbox.width >= available - char_width):
        return False
    if not head:
        return True
    if head in known_words or (len(tail) >= 2 and tail in known_words):
        return False
    return len(tail) <= 3  # what a forced break leaves over is the short end of a word


def join_lines(lines: Sequence[TextLine], cell: BBox | None = None,
               known_words: frozenset[str] | set[str] = frozenset()) -> str:
    """Lines of one cell → one string, joined with single spaces except at compounds and forced breaks."""
    out = ""
    left_pad = min((ln.bbox.x0 - cell.x0 for ln in lines), default=0.0) if cell is not None else 0.0
    for i, line in enumerate(lines):
        text = collapse(line.text)
        if not text:
            continue
        if not out:
            out = text
        elif _COMPOUND_END.search(out) or _force_broken(lines[i - 1], line, cell, left_pad, known_words):
            out += text
        else:
            out += " " + text
    return out


def glue_broken_word(before: str, after: str, known_words: frozenset[str] | set[str]) -> str | None:
    """`… 0 Lapora` + `n` → `… 0 Laporan` when a page break cut a word the document knows; else None."""
    heads = _WORD.findall(before.split()[-1].lower()) if before.split() else []
    tails = _WORD.findall(after.split()[0].lower()) if after.split() else []
    if not heads or not tails or not after[:1].islower() or not before[-1:].isalpha():
        return None
    if heads[-1] + tails[0] in known_words and tails[0] not in known_words:  # `Lapor` + `an`
        return before + after
    return None


def join_texts(parts: Sequence[str]) -> str:
    """Join already-joined fragments (e.g. the two halves of a cell cut by a page break)."""
    out = ""
    for part in parts:
        part = collapse(part)
        if not part:
            continue
        if not out:
            out = part
        elif _COMPOUND_END.search(out):
            out += part
        else:
            out += " " + part
    return out


def split_marker(text: str) -> tuple[str | None, str]:
    """`1. Penguatan …` → (`1.`, `Penguatan …`); text without a marker → (None, text)."""
    if MARKER_ONLY.match(text):
        return collapse(text), ""
    m = MARKER.match(text)
    if not m:
        return None, text
    return m.group("marker").replace(" ", ""), text[m.end():]


def is_marker(text: str) -> bool:
    return bool(text) and bool(MARKER_ONLY.match(text))


def marker_level(marker: str | None) -> str | None:
    """`1.` → "number", `a.` → "letter", `1.1.` → "number", `I.` → "roman"."""
    if not marker:
        return None
    core = marker.rstrip(".)").strip()
    if core.isdigit() or re.fullmatch(r"\d+(?:\.\d+)+", core):
        return "number"
    if re.fullmatch(r"[IVX]{2,4}", core):
        return "roman"
    if len(core) == 1 and core.isalpha():
        return "letter"
    return None


def split_field_label(text: str) -> tuple[str | None, str]:
    """`Output: Dokumen …` → (`kegiatan`, `Dokumen …`); `Outpu t:` too; text without one → (None, text).
    The level is None for a label that names none (`Indikator:`) — the label is removed all the same."""
    m = FIELD_LABEL.match(text)
    if not m:
        return None, text
    return field_label_level(m.group("label")), text[m.end():]
