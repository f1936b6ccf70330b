"""What a header of a borderless table looks like: a line of short, upper-case or bold labels
holding header words (NO, INDIKATOR KINERJA, TARGET, TW I …), the lines wrapped or set under it
(`JAWAB`, `TAHUNAN TW I … TW IV`, column numbers) and a group label set over it (`TARGET`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.aligned_rows import MARKER_WORD
from extract.aligned_settings import HEADER_WORDS, AlignedSettings
from extract.bands import COLUMN_NUMBER, Band, Phrase, band_phrases, is_column_numbers
from extract.records import Row, TableGrid
from extract.words import Word

QUARTER_LABEL = re.compile(r"^(?:TW|TRW|TRIWULAN|Q)$", re.IGNORECASE)
# a quarter label in one word, as printed (`TW1`) or as OCR reads `TW I` (`Twi`, `TWIl`, `TW!`)
QUARTER_WORD = re.compile(r"^(?:TW|TRW|Q)[.\s]*[1-4IVXl|i!]{1,3}$", re.IGNORECASE)
QUARTER_CELL = re.compile(r"^(?:TW|TRW|TRIWULAN|Q)[.\s]*(?:[1-4]|I{1,3}|IV)$", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
VALUE = re.compile(r"\d")


def _letters(words: Sequence[Word]) -> str:
    return "".join(ch for w in words for ch in w.text if ch.isalpha())


def _styled(words: Sequence[Word], settings: AlignedSettings) -> bool:
    """Upper case or bold, as header labels are printed."""
    letters = _letters(words)
    upper = sum(ch.isupper() for ch in letters) / len(letters) if letters else 0.0
    bold = sum(w.bold for w in words) / len(words) if words else 0.0
    return upper >= settings.upper_share or bold >= settings.upper_share


def _is_header_word(text: str, settings: AlignedSettings) -> bool:
    t = text.upper().strip(":,()")
    return t in settings.header_words or t.rstrip(".") in settings.header_words or bool(QUARTER_WORD.match(t))


def reads_as_label(text: str, settings: AlignedSettings) -> bool:
    """A header label read whole: header words only (`INDIKATOR KINERJA`) or a quarter label, in
    one word or two (`TW Il`). What OCR leaves of a bold `TW II` (`WI`, `wu`) is not one."""
    tokens = text.split()
    return bool(tokens) and (all(_is_header_word(t, settings) for t in tokens)
                             or bool(QUARTER_WORD.match("".join(tokens))))


def _is_heading(phrase: Phrase, settings: AlignedSettings) -> bool:
    """Half its words or more are header words (`INDIKATOR KINERJA`, not `Meningkatnya realisasi …`)."""
    words = [w.text for w in phrase.words if any(ch.isalnum() for ch in w.text)]
    return bool(words) and sum(_is_header_word(t, settings) for t in words) >= 0.5 * len(words)


def _is_label(phrase: Phrase, settings: AlignedSettings) -> bool:
    """Short, and no value in it except a quarter number (`TW 1`), a roman numeral or a column number."""
    texts = [w.text for w in phrase.words]
    if len(texts) > settings.max_label_words:
        return False
    if all(COLUMN_NUMBER.match(t) for t in texts):
        return True
    for i, t in enumerate(texts):
        if VALUE.search(t) and not (i > 0 and QUARTER_LABEL.match(texts[i - 1]) and t.isdigit()) \
                and not COLUMN_NUMBER.match(t) and not QUARTER_WORD.match(t):
            return False
    return True


def is_header_line(band: Band, settings: AlignedSettings) -> bool:
    phrases = band_phrases(band, settings.label_gap_em * band.size)
    if len(phrases) < settings.min_columns:
        return False
    if sum(_is_label(p, settings) for p in phrases) < 0.7 * len(phrases):  # OCR garbles a label or two
        return False
    first = phrases[0].words
    if len(first) == 1 and MARKER_WORD.match(first[0].text) and not _is_header_word(first[0].text, settings):
        return False  # a body row starting with its list marker (`I`, `1.1`)
    hits = [p for p in phrases if _is_heading(p, settings)]
    distinct = {p.text.upper() for p in hits}
    if len(distinct) < settings.min_header_hits:
        return False
    # mixed case: only a line made mostly of distinct header wordings (`No  Sasaran  Indikator Kinerja`)
    return _styled(band.words, settings) or (len(distinct) >= 3 and len(hits) >= 0.6 * len(phrases))


def _continues_header(band: Band, settings: AlignedSettings) -> bool:
    """A further header line: wrapped labels, sub-labels (TAHUNAN TW I …), column numbers."""
    if is_column_numbers(band):
        return True
    # a year alone is a sub-label (`Target` over `2024` beside `TW I` …); a year inside text is a body row's
    phrases = [p for p in band_phrases(band, settings.label_gap_em * band.size) if not YEAR.fullmatch(p.text)]
    if not phrases or not all(_is_label(p, settings) and not YEAR.search(p.text) for p in phrases):
        return False
    if not _styled(band.words, settings):
        return False
    # A body row such as `A  PROGRAM PENUNJANG` starts with a list marker in the first column.
    return not (len(band.words) > 1 and MARKER_WORD.match(band.words[0].text) and
                not _is_header_word(band.words[0].text, settings))


def _over_a_label(phrase: Phrase, words: Sequence[Word]) -> bool:
    """Centred over a header word (`PENANGGUNG`, wider, over `JAWAB`)."""
    return any(min(phrase.x1, w.bbox.x1) - max(phrase.x0, w.bbox.x0)
               >= 0.5 * min(phrase.x1 - phrase.x0, w.bbox.x1 - w.bbox.x0) for w in words)


def _group_line_above(band: Band, header: Sequence[Band], settings: AlignedSettings) -> bool:
    """A group label above the header line (TARGET over TAHUNAN, TW I …), or the first line of a
    two-line label (`PENANGGUNG` over `JAWAB`, the one-line labels set between them), not a title."""
    line = header[0]
    if YEAR.search(band.text) or band.size > line.size + 1.0 or not _styled(band.words, settings):
        return False
    phrases = band_phrases(band, settings.label_gap_em * band.size)
    words = [w for b in header for w in b.words]
    left, right = min(w.bbox.x0 for w in words), max(w.bbox.x1 for w in words)
    if len(phrases) == 1 and (phrases[0].x0 < left - band.size or phrases[0].x1 > right + band.size) \
            and not _over_a_label(phrases[0], words):
        return False  # one label sticking out of the header, over none of its labels: a title
    return all(_is_label(p, settings) and _is_heading(p, settings) for p in phrases)


def find_header(bands: Sequence[Band], start: int, settings: AlignedSettings) -> tuple[int, int] | None:
    """(first, end) band indices of the first header block at or after ``start``."""
    for i in range(start, len(bands)):
        if not is_header_line(bands[i], settings):
            continue
        size = bands[i].size
        end = i + 1
        while end < len(bands) and bands[end].top - bands[end - 1].bottom <= settings.header_gap_em * size \
                and (_continues_header(bands[end], settings) or is_header_line(bands[end], settings)):
            end += 1
        first = i
        while first - 1 >= start and bands[first].top - bands[first - 1].bottom <= settings.header_gap_em * size \
                and _group_line_above(bands[first - 1], bands[i:end], settings):
            first -= 1
        return first, end
    return None


TITLE_WORDS = 6  # a header label set in title case (`Sub Kegiatan`, `Target per Triwulan`) is short


def _no_value(tokens: Sequence[str]) -> bool:
    """No number in it but a quarter label's (`TW 1`, `TW1`) or a year's (`Target 2024`)."""
    return all(not VALUE.search(t) or QUARTER_WORD.match(t) or YEAR.fullmatch(t.strip("()"))
               or (i > 0 and QUARTER_LABEL.match(tokens[i - 1]))
               for i, t in enumerate(tokens))


def _title_case(tokens: Sequence[str]) -> bool:
    """Short, its first word capitalised and most of its words (`Target per Triwulan`, `Sub Kegiatan`)."""
    words = [t for t in tokens if t[:1].isalpha()]
    return 0 < len(tokens) <= TITLE_WORDS and bool(words) and words[0][0].isupper() \
        and sum(w[0].isupper() for w in words) >= 0.5 * len(words)


def _is_label_text(text: str) -> bool:
    """A header cell's text: no value in it but a column number or a quarter label, mostly upper case
    or a short label in title case."""
    tokens = text.split()
    if all(COLUMN_NUMBER.match(t) for t in tokens) or QUARTER_CELL.match(text) or YEAR.fullmatch(text):
        return True
    letters = "".join(ch for ch in text if ch.isalpha())
    upper = bool(letters) and sum(ch.isupper() for ch in letters) >= 0.7 * len(letters)
    return (upper or _title_case(tokens)) and _no_value(tokens)


def _is_heading_row(row: Row, n_columns: int) -> bool:
    """One cell across most of the row (`Sasaran 1 : Meningkatnya …`): a heading drawn in the header's
    ruled band, not a header label."""
    cells = [c for c in row if c is not None and c.text.strip()]
    return len(cells) == 1 and cells[0].colspan >= 0.5 * n_columns


def header_rows(grid: TableGrid, header_words: frozenset[str] = HEADER_WORDS) -> int:
    """How many rows of a ruled grid are a header and nothing else: rows of labels, two of them or
    more holding header words (`INDIKATOR`, `Target`). 0 when the grid is not a header."""
    count = 0
    for row in grid.rows:
        texts = [" ".join(c.text.split()) for c in row if c is not None and c.text.strip()]
        if not texts or not all(_is_label_text(t) for t in texts):
            break
        count += 1
    labels = [" ".join(c.text.split()) for row in grid.rows[:count] for c in row if c is not None and c.text.strip()]
    heads = sum(any(w.upper().strip(":,()./") in header_words for w in t.split()) for t in labels)
    return count if len(labels) >= 3 and heads >= 2 else 0


def is_header_only(grid: TableGrid, header_words: frozenset[str] = HEADER_WORDS) -> bool:
    """A ruled grid holding nothing but header labels (and a heading band drawn with it): the shaded
    header of an otherwise borderless table."""
    count = header_rows(grid, header_words)
    return count > 0 and all(_is_heading_row(row, grid.n_columns) for row in grid.rows[count:])
