"""Repairs of what OCR gets wrong in RENAKSI tables, applied only to text read by OCR.

Each repair is small and names itself, so a row's confidence can drop and an analyst can
see what changed: stray marks dropped (`—`, `“`, `©`), a space put back between a number
and its unit (`3Lap`), letters read in place of digits in a number (`OLaporan`, `l00%`),
list markers with their dot lost (`a ”` → `a.`), and words corrected towards the lexicon
only when the match is strong (`Terasilitasi` → `Terfasilitasi`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from normalize.text import collapse
from normalize.vocabulary import MARKER_ONLY, vocabulary
from normalize.wordlist import dictionary_words

# Marks OCR makes of specks, ruling stubs and stamp edges; never meant in these tables.
_JUNK_CHARS = "—–'\"“”‘’©®*=+|_~`^°•«»„‚¦§"
_JUNK_TOKEN = re.compile(rf"^[{re.escape(_JUNK_CHARS)},;]+$")
# One stroke where a number stands: a target cell holding only `]`, `l`, `I`, `|`, `i` or `!`
# (perhaps before its unit or `%`) holds a 1.
_LONE_STROKE = re.compile(r"^[\]\[|lIi!](?P<rest>(?:\s*%|\s+[A-Za-z]{2,}[.]?)?)$")
# `20rang`, `2 0rang`: `2 Orang` with the unit's O read as a zero
_ZERO_FOR_O = re.compile(r"(?<![\d.,])(?P<num>\d+?)\s?0(?P<rest>[a-z]{2,})\b")
_PERCENT_ALONE = re.compile(r"^(?:[Yy][o0]|96|9/o|%o|°/o)$")
# a `%` after a number read as letters, set apart or joined to it: `25 yo`, `85 Jo`, `95Jo`, `90 fe`
_PERCENT_AS_YO = re.compile(r"(?P<num>\d)(?:\s*[YyJj][o0]|\s+fe)(?![A-Za-z])")
# Specks a scan leaves beside words, read as marks: between two words (`peningkatan . kompetensi`,
# `yang > diadakan`) and after the last (`RKPD .`, `dasar.`). A leading `-` is a list item's dash
# and stays.
# Not `,` (`perencanaan , penganggaran` is a comma) nor `:` (`SASARAN 1 : Meningkatnya …` is a
# heading, `jumlah kasus … :` heads the `- Anthrax` rows below it).
_LONE_SPECK = re.compile(r"(?<=[A-Za-z])\s+[.<>»«-](?=\s+[A-Za-z])")
# (not `,` or `-`: a text cut by a page break ends with them and goes on on the next page)
_TRAILING_SPECK = re.compile(r"(?<=[A-Za-z0-9)])\s*[.<>»«]+$")
_TRAILING_DASH = re.compile(r"(?<=[a-z])\s+-$")  # `dibina -`; a word cut at a page end keeps its `-`
# a full stop after a lower-case word with more of the sentence after it (`yang. terlindungi`)
# (a dictionary word's; `Kasubag.` is an abbreviation)
_DOT_INSIDE = re.compile(r"(?P<word>\b[A-Za-z]*[a-z]{3})\.(?=\s+[a-z])")
# the words indicators open with, read in lower case (`jumlah` for `Jumlah`)
_INDICATOR_OPENING = re.compile(r"^(?:jumlah|persentase|tingkat|indeks|nilai|rasio|angka|cakupan|capaian|"
                                r"rata-rata|prevalensi|predikat|opini|level|luas|panjang|frekuensi)\b")
# Letters whose capital is their small letter drawn larger: between lower-case words (or after an
# indicator's opening word: `Persentase Capaian kinerja`), `Operasional`
# and `Situasi` are the dictionary's `operasional` and `situasi` read a size too big (a name such
# as `Sistem Informasi` or `Sumba Barat` goes on in capitals and is left alone).
_CAPITAL_MISREAD = re.compile(
    r"(?P<before>(?:^(?:Jumlah|Persentase|Tingkat|Indeks|Nilai|Rasio|Angka|Cakupan|Capaian)"
    r"|(?<![A-Za-z])[a-z]{2,}),? )"
    r"(?P<word>[OSCVWXZ][a-z]{3,})(?=[,.]?\s+[a-z]|[,.]?$)")
_MARKER_LOST_DOT = re.compile(r"^(?P<m>\d{1,2}|[a-h])[\s,:;]+(?=[A-Z])")
_EDGE_JUNK = re.compile(rf"^[{re.escape(_JUNK_CHARS)}]+|[{re.escape(_JUNK_CHARS)}]+$")
# Digits OCR reads as letters at the start of a number: O/o → 0, l/I/| → 1, S → 5 (before a digit or unit).
_LEADING_NUMBER = re.compile(r"^(?P<num>[0-9OoIl|S][0-9OoIl|S.,]*)(?=%|[A-Za-z]|$)")
_DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5"})
_STUCK_UNIT = re.compile(r"^(?P<num>\d[\d.,]*)(?P<unit>[A-Za-z]{2,})")
_WORD = re.compile(r"[A-Za-z]{5,}")
_LONE_O = re.compile(r"(?<![\w.,])[Oo](?=\s*(?:%|[A-Za-z]{2,}\b))(?![A-Za-z]{2,})")

LEXICON_CUTOFF = 90.0  # rapidfuzz ratio a word needs to be corrected towards the lexicon
LEXICON_MIN_LETTERS = 6  # shorter words are too near to too many others for a fuzzy match
# Letters Tesseract takes for others in print like this, as (read, meant): one of them in a word
# that no word list knows, giving a dictionary word, is corrected.
OCR_CONFUSIONS = (("i", "l"), ("l", "i"), ("rn", "m"), ("m", "rn"), ("ri", "n"), ("n", "ri"), ("li", "h"),
                  ("cl", "d"), ("t", "f"), ("f", "t"), ("c", "e"), ("e", "c"), ("ii", "u"), ("u", "n"),
                  ("n", "u"), ("in", "m"), ("vv", "w"), ("h", "b"), ("b", "h"), ("o", "a"), ("a", "o"),
                  ("t", "l"), ("l", "t"), ("li", "d"))


@dataclass(frozen=True)
class Repaired:
    text: str
    rules: tuple[str, ...]  # names of the repairs that changed it; empty when none did


def drop_stray_marks(text: str) -> Repaired:
    tokens = []
    changed = False
    for token in collapse(text).split(" "):
        if _JUNK_TOKEN.match(token) and token not in ("-", "/", "."):
            changed = True
            continue
        stripped = _EDGE_JUNK.sub("", token)
        if stripped != token:
            changed = True
            if not stripped:
                continue
        tokens.append(stripped)
    out = " ".join(tokens)
    return Repaired(out, ("stray-marks",) if changed else ())


def _unit_follows(rest: str) -> bool:
    rest = rest.strip().lower()
    return rest in ("", "%") or rest in vocabulary().unit_variants


def repair_number(text: str) -> Repaired:
    """`OLaporan` → `0 Laporan`, `l00%` → `100%`, `3Lap` → `3 Lap`."""
    rules: list[str] = []
    m = _LEADING_NUMBER.match(text)
    if m and not m.group("num").replace(".", "").replace(",", "").isdigit():
        num = m.group("num")
        # Only where a number must stand: before a unit word, a % sign, or alone (`O` before `Laporan`).
        if _unit_follows(text[m.end():]) and (any(ch.isdigit() for ch in num) or text[m.end():]):
            text = num.translate(_DIGIT_FOR) + text[m.end():]
            rules.append("digit-misread")
    if re.fullmatch(r"\d{1,3}[.,]?\d*\s*[Yy][o0]", text):
        text = re.sub(r"\s*[Yy][o0]$", "%", text)  # Tesseract's `%` as `Yo`
        rules.append("percent-misread")
    stuck = _STUCK_UNIT.match(text)
    if stuck:
        text = f"{stuck.group('num')} {text[stuck.end('num'):]}"
        rules.append("unit-spacing")
    return Repaired(text, tuple(rules))


def repair_marker(text: str) -> Repaired:
    """A list-marker cell: `a ”` → `a.`, `2` → `2.`."""
    cleaned = drop_stray_marks(text).text.replace(" ", "")
    if cleaned and MARKER_ONLY.match(cleaned):
        fixed = cleaned if cleaned.endswith((".", ")")) else cleaned + "."
        return Repaired(fixed, ("marker",) if fixed != collapse(text) else ())
    return Repaired(cleaned, ("stray-marks",) if cleaned != collapse(text) else ())


def _confusions(low: str) -> set[str]:
    """Every spelling one OCR confusion away from ``low``."""
    out: set[str] = set()
    for seen, meant in OCR_CONFUSIONS:
        at = low.find(seen)
        while at >= 0:
            out.add(low[:at] + meant + low[at + len(seen):])
            at = low.find(seen, at + 1)
    return out


def correct_words(text: str, known: set[str] | frozenset[str]) -> Repaired:
    """Words no word list knows, corrected: to the one dictionary word a single OCR confusion
    away (`Jumiah` → `Jumlah`, `rnasuk` → `masuk`, `kebutuhari` → `kebutuhan`), else, unless the
    document prints them elsewhere, towards a close lexicon word (`Terasilitasi`)."""
    lexicon = vocabulary().lexicon
    dictionary = dictionary_words()
    choices = sorted(lexicon)
    changed = False

    def fix(m: re.Match[str]) -> str:
        nonlocal changed
        word = m.group(0)
        low = word.lower()
        if low in lexicon or low in dictionary or word.isupper():
            return word  # a word, or an acronym (`DPRD`, `SKPD`)
        meant = {c for c in _confusions(low) if c in dictionary or c in lexicon}
        if len(meant) > 1:
            meant = {c for c in meant if c in known}  # the one this document prints
        if len(meant) == 1:
            changed = True
            repl = meant.pop()
            return repl.capitalize() if word[:1].isupper() else repl
        if low in known or len(low) < LEXICON_MIN_LETTERS or not choices:
            return word
        best = process.extractOne(low, choices, scorer=fuzz.ratio, score_cutoff=LEXICON_CUTOFF)
        if best is None or abs(len(best[0]) - len(low)) > 1:
            return word  # OCR swaps or drops a letter; a longer gap is another word (`direhabilitasi`)
        changed = True
        repl = best[0]
        return repl.capitalize() if word[:1].isupper() else repl

    out = _WORD.sub(fix, text)
    lowered = _CAPITAL_MISREAD.sub(lambda m: m.group("before") + m.group("word").lower()
                                   if m.group("word").lower() in dictionary else m.group(0), out)
    return Repaired(lowered, ("lexicon",) if changed or lowered != out else ())


def repair_cell_text(text: str, role: str, known: set[str] | frozenset[str]) -> Repaired:
    """All repairs that suit a cell of this column role."""
    if role == "marker":
        return repair_marker(text)
    if role in ("q1", "q2", "q3", "q4") or role.split("@")[0].endswith("target"):
        lone = _LONE_STROKE.match(collapse(text))
        if lone:  # a serif `1` alone in a target cell, read as `]`, `l` or `|`
            return Repaired(f"1{lone.group('rest')}", ("digit-misread",))
    if role.split("@")[0].endswith("unit") and _PERCENT_ALONE.match(collapse(text)):
        return Repaired("%", ("percent-misread",))  # a SATUAN cell's `%` read as `yo`, `Yo` or `96`
    first = drop_stray_marks(text)
    rules = list(first.rules)
    out = first.text
    if role.split("@")[0].endswith("target") or role in ("quarter_area", "q1", "q2", "q3", "q4"):
        percent = _PERCENT_AS_YO.sub(r"\g<num>%", out)  # Tesseract's `%` as `Yo`, set apart: `25 yo`
        if percent != out:
            out = percent
            rules.append("percent-misread")
        units = vocabulary().unit_variants
        unit_o = _ZERO_FOR_O.sub(lambda m: f"{m.group('num')} O{m.group('rest')}"
                                 if "o" + m.group("rest").lower() in units else m.group(0), out)
        if unit_o != out:
            out = unit_o
            rules.append("digit-misread")
        zeroed = _LONE_O.sub("0", out)  # `TW IV: O Kali`: a lone O before a unit is a zero
        if zeroed != out:
            out = zeroed
            rules.append("digit-misread")
        parts = []
        for chunk in re.split(r"(\s+)", out):
            r = repair_number(chunk) if chunk.strip() else Repaired(chunk, ())
            parts.append(r.text)
            rules += r.rules
        out = "".join(parts)
    else:
        if role in ("kegiatan", "hierarchy", "program", "subkegiatan"):
            lost = _MARKER_LOST_DOT.match(out)
            if lost:  # `2 Perumusan …`: the marker column's `2.` read into the text beside it
                out = f"{lost.group('m')}. {out[lost.end():]}"
                rules.append("marker-in-text")
        dots = _DOT_INSIDE.sub(lambda m: m.group("word") if m.group("word").lower() in dictionary_words()
                               else m.group(0), out)
        specks = _TRAILING_SPECK.sub("", _LONE_SPECK.sub(" ", dots))
        specks = _TRAILING_DASH.sub("", specks)
        if specks != out:
            out = specks
            rules.append("stray-marks")
        words = correct_words(out, known)
        out = words.text
        rules += words.rules
        if role.split("@")[0].endswith("indicator"):
            first_word = _INDICATOR_OPENING.match(out)
            if first_word:  # `jumlah peserta didik …`: an indicator opens with a capital
                out = first_word.group(0).capitalize() + out[first_word.end():]
                rules.append("lexicon")
    return Repaired(collapse(out), tuple(dict.fromkeys(rules)))
