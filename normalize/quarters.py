"""Quarterly targets in the shapes documents print them.

- sub-rows: a label cell and a value cell per row (`TW. 1` | `0%`, `TW 1 :` | `1 Laporan`);
- packed: one cell `TW 1 : 0 Orang TW 2 : 20 Orang TW 3 : 0 Orang TW 4 : 0 Orang`;
- wide: one column per quarter (handled by the header mapping, not here).
All of them come down to a text in which quarter tokens introduce their values.
"""

from __future__ import annotations

import re

from normalize.vocabulary import QUARTER_TOKEN, QUARTER_TOKEN_LOOSE, ROMAN


def quarter_number(token_number: str | None) -> int | None:
    if not token_number:
        return None
    if token_number.isdigit() and len(token_number) == 1:
        return int(token_number) if 1 <= int(token_number) <= 4 else None
    t = token_number.upper().replace("1", "I").replace("L", "I").replace("|", "I")
    return ROMAN.get(t)


def parse_quarter_label(text: str) -> int | None:
    """`TW. 1` / `TW 1 :` / `Triwulan II` / `Trw IV` alone → its quarter; anything else → None."""
    m = QUARTER_TOKEN.fullmatch(text.strip())
    return quarter_number(m.group("num")) if m else None


def _spans(text: str, pattern: re.Pattern[str]) -> tuple[str, list[tuple[int | None, str, int]]]:
    matches = list(pattern.finditer(text))
    if not matches:
        return text.strip(), []
    spans = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        spans.append((quarter_number(m.group("num")), text[m.end():end].strip(" :\n\t"), m.start()))
    return text[: matches[0].start()].strip(), spans


def quarter_spans(text: str) -> tuple[str, list[tuple[int, str, int]]]:
    """(text before the first quarter token, [(quarter, its text, offset of its token)]) in order.

    When the plain tokens do not give all four quarters, OCR may have damaged them (`TW:`,
    `Twa:`): a `TW` followed by a colon then counts too, numbered after the one before it.
    """
    lead, spans = _spans(text, QUARTER_TOKEN)
    found = [(q, v, p) for q, v, p in spans if q is not None]
    if len({q for q, _, _ in found}) == 4 or not QUARTER_TOKEN_LOOSE.search(text):
        return lead, found
    lead, loose = _spans(text, QUARTER_TOKEN_LOOSE)
    numbered: list[tuple[int, str, int]] = []
    previous = 0
    for q, value, pos in loose:
        if q is None:
            q = previous + 1  # the number itself was lost: it follows the one before
        if q > 4:
            break
        numbered.append((q, value, pos))
        previous = q
    return lead, numbered


def split_quarters(text: str) -> tuple[str, dict[int, str]]:
    """Split a text on quarter tokens: (text before the first token, {quarter: text after it}).

    A quarter that appears twice keeps its first text; quarters are always 1-4.
    """
    lead, spans = quarter_spans(text)
    out: dict[int, str] = {}
    for q, value, _ in spans:
        out.setdefault(q, value)
    return lead, out
