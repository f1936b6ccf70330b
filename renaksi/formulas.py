"""CSV (formula) injection: a document's text written into a CSV must not run as a formula when a
person opens the file in Excel or LibreOffice (a link that sends the sheet away, DDE on old Excel).

OWASP's guidance (https://owasp.org/www-community/attacks/CSV_Injection): a cell starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'``, which makes spreadsheets take
the cell as text; the CSV writer quotes the cell and doubles its quotes, so a separator inside it
cannot start a new cell. ``-`` alone (a target printed as a dash) and negative numbers (``-5``,
``-2,5``) are left as they are: a spreadsheet reads them as a dash and a number, never as a formula.
Only the CSV needs this; the workbook writes text as string cells, and Parquet keeps the text exactly
as read.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NEGATIVE_NUMBER = re.compile(r"-\d+(?:[.,]\d+)*%?")


def would_be_formula(text: str) -> bool:
    """Whether a spreadsheet opening a CSV could take ``text`` as a formula."""
    if not text.startswith(FORMULA_STARTS):
        return False
    return not (text == "-" or _NEGATIVE_NUMBER.fullmatch(text))


def neutralise(text: str) -> str:
    """``text`` as a CSV cell that stays text: with a leading ``'`` when it would be a formula."""
    return "'" + text if would_be_formula(text) else text


def csv_safe(text: str) -> str:
    """``text`` as a CSV cell: neutralised, and a carriage return made a line feed. Python's CSV writer
    (with ``\n`` line ends) does not quote a cell holding a bare CR, which spreadsheets take for a
    line end: the rest of the cell would start a new row, where ``=...`` runs as a formula. A cell
    holding a line feed is quoted, and a spreadsheet cell breaks its lines with line feeds anyway."""
    return neutralise(text).replace("\r\n", "\n").replace("\r", "\n")
