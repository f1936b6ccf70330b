"""Page furniture printed inside a table's box: text that is no table content and is rightly not read.

A title (`RENCANA AKSI … TAHUN 2022`), the row of column numbers `(1) (2) … (13)`, a page number
(`12`, `Hal. 3 dari 9`), a footer or a signature block (`Kepala Dinas`, `NIP. 19650101 …`, `ttd`).
Accounting (``normalize.accounting``) counts such text apart from what was read and what was lost.
"""

from __future__ import annotations

import re

from normalize.text import collapse

# Each kind of furniture and the pattern a whole cell or line of it matches. Order: first match names it.
FURNITURE: dict[str, re.Pattern[str]] = {
    "column numbers": re.compile(r"^(?:\(?\s*\d{1,2}\s*\)?\s*)+$"),
    "page number": re.compile(r"^(?:(?:hal(?:aman)?|page)\.?\s*)?-?\s*\d{1,4}\s*-?(?:\s*(?:dari|of|/)\s*\d{1,4})?$",
                              re.IGNORECASE),
    # a title opens with the document's kind, or ends with its year
    "title": re.compile(r"^(?:RENCANA\s+AKSI|RENAKSI|PERJANJIAN\s+KINERJA|RENCANA\s+KINERJA|RENCANA\s+KERJA|"
                        r"LAMPIRAN|TABEL\s+\d)\b|\bTAHUN\s+(?:ANGGARAN\s+)?(?:19|20)\d\d\s*$", re.IGNORECASE),
    "signature block": re.compile(r"^(?:NIP\b|NIP\.|Pangkat\b|ttd\b|t\.t\.d|Mengetahui\b|Menyetujui\b|"
                                  r"Pembina\b|Penata\b|Pihak\s+(?:Pertama|Kedua)\b|Kepala\s+\w+|Sekretaris\b|"
                                  r"Plt\.?\s|Pj\.?\s|Pjs\.?\s|Bupati\b|Walikota\b|Wali\s+Kota\b|Gubernur\b|"
                                  r"[A-Z][a-z]+,\s*\d{1,2}?\s*\w*\s*(?:19|20)\d\d$)", re.IGNORECASE),
}


# A lone number in a table cell is content (a row number, a count), not the page's number nor a
# column number (a row of them is: ``column_number_row``).
IN_CELLS = ("title", "signature block")


def column_number_row(texts: list[str]) -> bool:
    """The row of column numbers `(1) (2) … (13)` printed under a header: three or more, nothing else."""
    return len(texts) >= 3 and all(FURNITURE["column numbers"].match(collapse(t)) for t in texts)


def furniture_kind(text: str, kinds: tuple[str, ...] = tuple(FURNITURE)) -> str | None:
    """The kind of page furniture ``text`` is (a whole cell or line), or None when it may be content."""
    t = collapse(text)
    if not t:
        return None
    return next((kind for kind in kinds if FURNITURE[kind].search(t)), None)
