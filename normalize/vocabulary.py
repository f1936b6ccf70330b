"""Layout knowledge kept as data (``normalize/vocabulary/*.csv``), loaded once.

Header wordings, unit words, quarter tokens: what a new layout needs is usually a line
in one of these files, not a change of code.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Vocabulary:
    header_wordings: tuple[tuple[str, str], ...]  # (role, wording in upper case)
    unit_variants: dict[str, str]  # variant (lower case) -> canonical unit
    lexicon: frozenset[str]


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("normalize").joinpath("vocabulary").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def vocabulary() -> Vocabulary:
    headers = tuple((r["role"], r["wording"].upper()) for r in _rows("headers.csv"))
    units = {r["variant"].lower(): r["canonical"] for r in _rows("units.csv")}
    lex_text = resources.files("normalize").joinpath("vocabulary").joinpath("lexicon.txt").read_text(encoding="utf-8")
    lexicon = frozenset(w.strip().lower() for w in lex_text.splitlines() if w.strip() and not w.startswith("#"))
    return Vocabulary(header_wordings=headers, unit_variants=units, lexicon=lexicon)


# Quarter tokens: TW 1, TW. 2, TW-III, Trw IV, Triwulan I, Tw.4, Q1. Roman or Arabic numerals.
QUARTER_WORD = r"(?:T\s*W|TRW|TRIW(?:ULAN)?|TRIWULAN|KUARTAL|Q)"
# Roman numerals as OCR leaves them too: `Il`, `Ill`, `lV` (a lower-case L or a 1 for an I).
QUARTER_NUMBER = r"(?:[I1l|]V|[I1l|]{1,3}|[1-4])"
QUARTER_TOKEN = re.compile(
    rf"(?<![A-Za-z]){QUARTER_WORD}\s*[.\-]?\s*(?P<num>{QUARTER_NUMBER})(?![A-Za-z0-9])\s*[:.]?",
    re.IGNORECASE,
)
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
# A quarter token as OCR may leave it: `TW:`, `Twa:`, `TW l :` — a TW and a colon, the number damaged.
QUARTER_TOKEN_LOOSE = re.compile(
    rf"(?<![A-Za-z])(?:[Tt]\s*[Ww]|TRW|Trw|trw)\s*[.\-]?\s*(?P<num>{QUARTER_NUMBER}|[a-z|!lI]{{1,3}})?\s*:",
)

# List markers: "1.", "1)", "a.", "a)", "1.1", "1.1.1", "I.". A bare number counts only as a marker cell.
MARKER = re.compile(r"^\s*(?P<marker>(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-zA-Z]|[IVX]{1,4})\s*[.)])\s+")
MARKER_ONLY = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-zA-Z]|[IVX]{1,4})\s*[.)]?\s*$")


def _spaced(word: str) -> str:
    """``word`` as a pattern that allows a space a text layer or OCR put inside it (`Outpu t`)."""
    return r"\s?".join(re.escape(ch) for ch in word)


# Field labels printed inside cells (`Outcome:`, `Output:`, `Kegiatan:`, `Indikator:`): removed like
# list markers; the label says the level of the row. Only with its colon: `Program Peningkatan …` is
# a programme's name.
FIELD_LABEL_LEVELS = (
    ("sasaran", ("sasaran strategis", "sasaran", "tujuan")),
    ("program", ("outcome", "program", "hasil")),
    ("kegiatan", ("output", "kegiatan", "keluaran")),
    ("subkegiatan", ("sub kegiatan", "subkegiatan")),
    (None, ("indikator kinerja", "indikator", "ik", "iku")),
)
FIELD_LABEL = re.compile(
    r"^\s*(?P<label>" + "|".join(_spaced(word) for _, words in FIELD_LABEL_LEVELS for word in words) + r")\s*:\s*",
    re.IGNORECASE,
)


def field_label_level(label: str) -> str | None:
    """The level a field label names (`Output` → kegiatan); None for `Indikator`."""
    key = " ".join(label.lower().split())
    for level, words in FIELD_LABEL_LEVELS:
        if any(key.replace(" ", "") == word.replace(" ", "") for word in words):
            return level
    return None
