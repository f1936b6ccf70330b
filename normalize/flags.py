"""Validation flags: the rows a person should look at, and why. Every rule is here, in one place.

``rows_to_flags`` looks at the rows of a document as stage 3 made them and returns, for each
row, the names of the rules it breaks (in the order of ``FLAGS``; an empty tuple when the row
looks right). It changes nothing: a flag asks for a human eye, it never drops or repairs a row.

Each rule is a small function from a ``FlagInput`` to the indexes of the rows it flags. Rules
about an indicator's quarters work on *indicator runs*: the consecutive rows of one indicator
(its annual row, then its quarter rows), as stage 3 writes them.

What "consistent quarters" means (``quarters_fit_annual``): the quarters either **add up** to the
annual target (counts: 120 + 89 + 91 + 50 letters = 350), or they are a **path ending at** it (the
last quarter equals the annual target). The second covers percentages and stocks, which are
levels rather than amounts: 0 %, 95 %, 95 %, 95 % for 95 %; 100 %, 0 %, 0 %, 100 % for 100 % (a
share of the work planned in each quarter, none planned in two of them); 19, 19, 19, 12 civil
servants paid for a year-end 12 (a stock may fall). Anything else (5, 5, 5, 5 for 10; 25, 50, 75,
90 % for 100 %) is flagged on every row of the indicator.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from normalize.values import is_no_value_mark
from schemas.contract import TargetRow

LOW_CONFIDENCE = 0.8  # below this the row's text was repaired (fuzzy match, OCR) too much to trust unseen
SUM_RELATIVE_TOLERANCE = 0.002  # quarters "add up" within 0.2 % of the annual (33,3 x 3 for 100 is not 100)
SUM_ABSOLUTE_TOLERANCE = 0.011  # ... or within a hundredth, for small decimals

# Flag names and what they mean, in the order flags are listed on a row. The README's table is this one.
FLAGS: dict[str, str] = {
    "quarters_inconsistent": "the four quarters neither add up to the annual target (counts) nor end at it "
                             "(percentages, stocks: the last quarter equals the annual); on every row of the "
                             "indicator",
    "quarter_missing": "this quarter's cell is blank while another quarter of the indicator has a target "
                       "(a quarter row absent altogether flags the quarters that are there)",
    "annual_missing": "the annual target cell is blank or '-' while the table has a target column",
    "quarter_unit_differs": "the quarter's unit differs from the annual target's unit (both printed)",
    "non_numeric_target": "the target has text but no number (e.g. 'WTP', 'Tersedia'): target_value is null",
    "duplicate_indicator": "the same indicator (level, hierarchy, text) and period appears more than once "
                           "in the document",
    "low_confidence": f"confidence below {LOW_CONFIDENCE}: text repaired by fuzzy matching or read by OCR "
                      "with doubt; compare with the page",
    "unplaced_column": "the document has a column the header mapping could not place (its content was "
                       "ignored); on every row of the document",
    "unread_text": "text printed in a table near this row was read into no row, header or known column (a "
                   "column no role reads, text outside every cell, rows above a repeated header, a table "
                   "without indicator/target columns, a read cell whose text is in no row); lowers the "
                   "row's confidence; the outcome's notes name the pages",
}


def flags_markdown() -> str:
    """``FLAGS`` as a Markdown table, for the README."""
    lines = ["| flag | meaning |", "|---|---|"]
    lines += [f"| `{name}` | {meaning} |" for name, meaning in FLAGS.items()]
    return "\n".join(lines)


IndicatorKey = tuple[str, str, str, str | None, str | None, str | None, str]


def indicator_key(row: TargetRow) -> IndicatorKey:
    """What makes two rows the same indicator: document, level, place in the hierarchy, text."""
    return (row.source_file, row.level, row.sasaran, row.program, row.kegiatan, row.subkegiatan, row.indicator)


@dataclass(frozen=True)
class Run:
    """One indicator's consecutive rows: its annual row (if any) and its quarter rows, by index."""

    annual: int | None
    quarters: dict[int, int]  # quarter (1-4) -> row index


@dataclass(frozen=True)
class FlagInput:
    """What the rules look at: one document's rows and what the header mapping could not place."""

    rows: Sequence[TargetRow]
    unplaced_columns: Sequence[str] = ()
    unread_rows: frozenset[int] = frozenset()  # rows nearest to table text read nowhere (normalize.accounting)

    @cached_property
    def runs(self) -> list[Run]:
        return rows_to_runs(self.rows)


def rows_to_runs(rows: Sequence[TargetRow]) -> list[Run]:
    """Split rows into indicator runs: a run ends when the indicator changes or a period repeats."""
    runs: list[Run] = []
    key: IndicatorKey | None = None
    annual: int | None = None
    quarters: dict[int, int] = {}

    def close() -> None:
        if annual is not None or quarters:
            runs.append(Run(annual=annual, quarters=dict(quarters)))

    for i, row in enumerate(rows):
        k = indicator_key(row)
        repeats = (annual is not None or bool(quarters)) if row.quarter is None else row.quarter in quarters
        if k != key or repeats:
            close()
            key, annual, quarters = k, None, {}
        if row.quarter is None:
            annual = i
        else:
            quarters[row.quarter] = i
    close()
    return runs


def _blank(row: TargetRow) -> bool:
    """Nothing printed in the cell."""
    return row.target_value is None and not row.target_raw.strip()


def _dash(row: TargetRow) -> bool:
    """A printed 'no target' mark ('-', 'n/a'): read as zero in a quarter."""
    return row.target_value is None and bool(row.target_raw.strip()) and is_no_value_mark(row.target_raw)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=SUM_RELATIVE_TOLERANCE, abs_tol=SUM_ABSOLUTE_TOLERANCE)


def quarters_fit_annual(annual: float, quarters: Sequence[float]) -> bool:
    """Do the quarters add up to the annual target, or end at it (a level: percentage or stock)?"""
    return bool(quarters) and (_close(math.fsum(quarters), annual) or _close(quarters[-1], annual))


def quarters_inconsistent(doc: FlagInput) -> Iterable[int]:
    """Every row of an indicator whose four quarters fit neither a sum of nor a path to its annual target.

    Checked only when the annual and all four quarters are there and numeric ('-' counts as 0)."""
    for run in doc.runs:
        if run.annual is None or sorted(run.quarters) != [1, 2, 3, 4]:
            continue
        annual = doc.rows[run.annual].target_value
        quarter_rows = [doc.rows[run.quarters[q]] for q in (1, 2, 3, 4)]
        if annual is None or any(r.target_value is None and not _dash(r) for r in quarter_rows):
            continue
        values = [r.target_value if r.target_value is not None else 0.0 for r in quarter_rows]
        if not quarters_fit_annual(annual, values):
            yield run.annual
            yield from run.quarters.values()


def quarter_missing(doc: FlagInput) -> Iterable[int]:
    """Blank quarter cells of an indicator whose other quarters have a target; all its quarter rows when
    a quarter row is absent."""
    for run in doc.runs:
        rows = {q: doc.rows[i] for q, i in run.quarters.items()}
        if not any(r.target_value is not None for r in rows.values()):
            continue
        if len(rows) < 4:
            yield from run.quarters.values()
            continue
        yield from (run.quarters[q] for q, r in rows.items() if _blank(r))


def annual_missing(doc: FlagInput) -> Iterable[int]:
    """Annual rows whose target cell is blank or a '-'."""
    for run in doc.runs:
        if run.annual is not None:
            row = doc.rows[run.annual]
            if _blank(row) or _dash(row):
                yield run.annual


def quarter_unit_differs(doc: FlagInput) -> Iterable[int]:
    """Quarter rows whose unit is not the annual target's unit, when both are printed."""
    for run in doc.runs:
        if run.annual is None:
            continue
        unit = doc.rows[run.annual].target_unit
        for i in run.quarters.values():
            quarter_unit = doc.rows[i].target_unit
            if unit is not None and quarter_unit is not None and quarter_unit != unit:
                yield i


def non_numeric_target(doc: FlagInput) -> Iterable[int]:
    """Rows with printed target text that holds no number (not blank, not a '-')."""
    return (i for i, r in enumerate(doc.rows) if r.target_value is None and not _blank(r) and not _dash(r))


def duplicate_indicator(doc: FlagInput) -> Iterable[int]:
    """Every row whose indicator (level, hierarchy, text) and period occur more than once in its document."""
    seen = Counter((indicator_key(r), r.quarter) for r in doc.rows)
    return (i for i, r in enumerate(doc.rows) if seen[(indicator_key(r), r.quarter)] > 1)


def low_confidence(doc: FlagInput) -> Iterable[int]:
    """Rows whose confidence is below ``LOW_CONFIDENCE``."""
    return (i for i, r in enumerate(doc.rows) if r.confidence < LOW_CONFIDENCE)


def unplaced_column(doc: FlagInput) -> Iterable[int]:
    """Every row, when the document had a column the header mapping could not place."""
    return range(len(doc.rows)) if doc.unplaced_columns else ()


def unread_text(doc: FlagInput) -> Iterable[int]:
    """The rows that unread table text was put on, each the nearest row to some of it."""
    return doc.unread_rows


Rule = Callable[[FlagInput], Iterable[int]]
RULES: dict[str, Rule] = {
    "quarters_inconsistent": quarters_inconsistent,
    "quarter_missing": quarter_missing,
    "annual_missing": annual_missing,
    "quarter_unit_differs": quarter_unit_differs,
    "non_numeric_target": non_numeric_target,
    "duplicate_indicator": duplicate_indicator,
    "low_confidence": low_confidence,
    "unplaced_column": unplaced_column,
    "unread_text": unread_text,
}
assert list(RULES) == list(FLAGS), "every flag has one rule and one meaning, in the same order"


def rows_to_flags(rows: list[TargetRow], unplaced_columns: list[str],
                  unread_rows: Iterable[int] = ()) -> list[tuple[str, ...]]:
    """The flags of each row, same order as ``rows``; each row's flags in the order of ``FLAGS``."""
    doc = FlagInput(rows=rows, unplaced_columns=tuple(unplaced_columns), unread_rows=frozenset(unread_rows))
    found: list[list[str]] = [[] for _ in rows]
    for name, rule in RULES.items():
        for i in sorted(set(rule(doc))):
            found[i].append(name)
    return [tuple(f) for f in found]
