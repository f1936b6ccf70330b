"""Quarterly targets in the shapes documents print them.

- sub-rows: a label cell and a value cell per row (`TW. 1` | `0%`, `TW 1 :` | `1 Laporan`);
- packed: one cell `TW 1 : 0 Orang TW 2 : 20 Orang TW 3 : 0 Orang TW 4 : 0 Orang`;
- wide: one column per quarter (handled by the header mapping, not here).
All of them come down to a text in which quarter tokens introduce their values.
"""

from __future__ import annotations

from normalize.vocabulary import QUARTER_TOKEN, ROMAN


def quarter_number(token_number: str) -> int | None:
    t = token_number.upper()
    if t in ROMAN:
        return ROMAN[t]
    if t.isdigit() and 1 <= int(t) <= 4:
        return int(t)
    return None


def parse_quarter_label(text: str) -> int | None:
    """`TW. 1` / `TW 1 :` / `Triwulan II` / `Trw IV` alone → its quarter; anything else → None."""
    m = QUARTER_TOKEN.fullmatch(text.strip())
    return quarter_number(m.group("num")) if m else None


def quarter_spans(text: str) -> tuple[str, list[tuple[int, str, int]]]:
    """(text before the first quarter token, [(quarter, its text, offset of its token)]) in order."""
    matches = list(QUARTER_TOKEN.finditer(text))
    if not matches:
        return text.strip(), []
    spans = []
    for i, m in enumerate(matches):
        q = quarter_number(m.group("num"))
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        if q is not None:
            spans.append((q, text[m.end():end].strip(" :\n\t"), m.start()))
    return text[: matches[0].start()].strip(), spans


def split_quarters(text: str) -> tuple[str, dict[int, str]]:
    """Split a text on quarter tokens: (text before the first token, {quarter: text after it}).

    A quarter that appears twice keeps its first text; quarters are always 1-4.
    """
    lead, spans = quarter_spans(text)
    out: dict[int, str] = {}
    for q, value, _ in spans:
        out.setdefault(q, value)
    return lead, out
