"""Targets as printed → number and canonical unit, read the Indonesian way.

`1.200` and `21.540` are thousands, `2,85` and `80,5` are decimals, `80.5` is a decimal,
`125.450.000` is 125450000; `95%` → 95 %, `3 Lap` → 3 laporan, `Rp 1.500.000` → 1500000 rupiah,
`≥ 80%` keeps 80. A target without a number (`BB`, `WTP`, `-`) has no value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz, process

from normalize.text import collapse
from normalize.vocabulary import vocabulary

_NUMBER = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
)
Notation = Literal["id", "en"]
# What only one notation prints: `125.450.000`, `2,85`, `1.200,5` (Indonesian); `125,450,000`,
# `1,000.5` (English). A lone `1,200` or `80.5` could be either and says nothing.
_INDONESIAN_ONLY = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3}){2,}|\d+,\d{1,2}(?!\d)|\d{1,3}(?:\.\d{3})+,\d+)"
                              r"(?![\d.,]\d)")
_ENGLISH_ONLY = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+\.\d+)(?![\d.,]\d)")
_QUALIFIER = re.compile(r"^\s*(?:≥|≤|>=|<=|>|<|±|\+/-|min(?:imal)?\.?|maks(?:imal)?\.?|max\.?)\s*",
                        re.IGNORECASE)
_CURRENCY = re.compile(r"^\s*rp\.?\s*", re.IGNORECASE)
_BLANK = {"", "-", "–", "—", "--", "n/a", "na"}


def is_no_value_mark(text: str) -> bool:
    """Is this what a table prints for "no target": nothing, ``-``, ``n/a``?"""
    return collapse(text).lower() in _BLANK


@dataclass(frozen=True, slots=True)
class ParsedTarget:
    raw: str  # as printed, whitespace collapsed
    value: float | None
    unit: str | None
    repaired: bool = False  # the unit was matched fuzzily (OCR); lowers confidence


def document_notation(texts: Iterable[str]) -> Notation:
    """The notation a document's numbers are printed in, by its own evidence: English only when it
    prints numbers that only English notation writes (`125,450,000`, `1,000.5`) and more of
    them than numbers only Indonesian writes (`125.450.000`, `2,85`)."""
    english = indonesian = 0
    for text in texts:
        english += len(_ENGLISH_ONLY.findall(text))
        indonesian += len(_INDONESIAN_ONLY.findall(text))
    return "en" if english > indonesian else "id"


def parse_number(text: str, notation: Notation = "id") -> float | None:
    """One number in Indonesian notation (or English: `1,284` is 1284, `0.14` is 0.14); None when there is none."""
    m = _NUMBER.search(text)
    if not m:
        return None
    s = m.group("num")
    if notation == "en":
        s = s.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):  # 1.200 / 125.450.000 / 1.200,5
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,\d{3}){2,}", s):
        s = s.replace(",", "")  # 1,200.50 or 125,450,000: only English writes these (Excel exports)
    else:
        s = s.replace(",", ".")
    try:
        v = float(s)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def canonical_unit(word: str, fuzzy_cutoff: float = 85.0) -> tuple[str | None, bool]:
    """Unit word → (canonical lower-case unit, whether a fuzzy match was needed)."""
    w = collapse(word).strip(" .:;,").lower()
    if not w:
        return None, False
    variants = vocabulary().unit_variants
    if w in variants:
        return variants[w], False
    if len(w) >= 5:
        match = process.extractOne(w, list(variants), scorer=fuzz.ratio, score_cutoff=fuzzy_cutoff)
        if match is not None:
            return variants[match[0]], True
    elif len(w) >= 3 and w.isalpha():
        # a short unit with one letter lost or changed by OCR (`unt`, `jens`): only towards a full unit word
        full = sorted(set(variants.values()))
        match = process.extractOne(w, full, scorer=fuzz.ratio, score_cutoff=fuzzy_cutoff)
        if match is not None and abs(len(match[0]) - len(w)) <= 1:
            return match[0], True
    return w, False


# A qualifier in brackets after the number (`3,000 poin (tahun 2017)`) says when or of what; it is
# neither part of the unit nor a second quantity.
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")


def is_compound(body: str) -> bool:
    """Two quantities in one target (`4 Bimtek, total peserta 450 Aparat`, `1 PKPT & 5 Laporan`,
    `1 dan 33`) or a range of two numbers (`80–85 %`): no single value stands for it. A year
    (`Dokumen RKT 2023`) is no second quantity."""
    numbers = [m.group("num") for m in _NUMBER.finditer(_BRACKETED.sub(" ", body))]
    return any(not _YEAR.match(n) for n in numbers[1:])


def parse_target(text: str, notation: Notation = "id") -> ParsedTarget:
    raw = collapse(text)
    if raw.lower() in _BLANK:
        return ParsedTarget(raw=raw, value=None, unit=None)
    if is_compound(raw):
        return ParsedTarget(raw=raw, value=None, unit=None)
    body = _QUALIFIER.sub("", raw)
    currency = bool(_CURRENCY.match(body))
    body = _CURRENCY.sub("", body)
    m = _NUMBER.search(body)
    if not m or body[: m.start()].strip(" :") and not re.fullmatch(r"[~±≈]?", body[: m.start()].strip()):
        return ParsedTarget(raw=raw, value=None, unit=None)
    value = parse_number(body, notation)
    rest = collapse(_BRACKETED.sub(" ", body[m.end():]))
    if currency:
        return ParsedTarget(raw=raw, value=value, unit="rupiah")
    if not rest:
        return ParsedTarget(raw=raw, value=value, unit=None)
    if rest.startswith("%"):
        return ParsedTarget(raw=raw, value=value, unit="%")
    unit, repaired = canonical_unit(rest)
    first_word = rest.split()[0]
    if unit not in vocabulary().unit_variants.values() and first_word != rest:
        # `95.00 persen dari jumlah layanan` → the unit is its first word when that is a known unit
        head, head_repaired = canonical_unit(first_word)
        if head in vocabulary().unit_variants.values():
            unit, repaired = head, head_repaired
    return ParsedTarget(raw=raw, value=value, unit=unit, repaired=repaired)
