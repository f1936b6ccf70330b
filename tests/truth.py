"""Compare converted rows with a truth CSV on contract columns 1–15."""

from __future__ import annotations

import csv
import math
from collections import Counter
from pathlib import Path

from schemas.contract import CONTRACT_COLUMNS, TargetRow

TRUTH_COLUMNS = CONTRACT_COLUMNS[:15]
NUMERIC = ("fiscal_year", "quarter", "target_value")


def _cell(column: str, value: object) -> str:
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return ""
    if column in NUMERIC:
        return repr(float(value))  # type: ignore[arg-type]
    return str(value)


def truth_rows(path: Path) -> list[tuple[str, ...]]:
    with open(path, encoding="utf-8", newline="") as f:
        return [tuple(_cell(c, row[c]) for c in TRUTH_COLUMNS) for row in csv.DictReader(f)]


def output_rows(rows: list[TargetRow]) -> list[tuple[str, ...]]:
    return [tuple(_cell(c, getattr(r, c)) for c in TRUTH_COLUMNS) for r in rows]


def differences(rows: list[TargetRow], truth: Path, limit: int = 8) -> list[str]:
    """Row-by-row differences in document order; empty when the output is exactly the truth."""
    got, want = output_rows(rows), truth_rows(truth)
    diffs = []
    if len(got) != len(want):
        diffs.append(f"{len(got)} rows, truth has {len(want)}")
    for i, (g, w) in enumerate(zip(got, want, strict=False)):
        for column, a, b in zip(TRUTH_COLUMNS, g, w, strict=True):
            if a != b:
                diffs.append(f"row {i} {column}: got {a[:60]!r}, truth {b[:60]!r}")
    return diffs[:limit]


def f1(rows: list[TargetRow], truth: Path) -> float:
    """F1 of whole rows (all 15 columns equal), order ignored."""
    got, want = Counter(output_rows(rows)), Counter(truth_rows(truth))
    correct = sum((got & want).values())
    if not correct:
        return 0.0
    p, r = correct / sum(got.values()), correct / sum(want.values())
    return 2 * p * r / (p + r)
