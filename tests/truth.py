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
    """Rows missing from the output and rows it has beyond the truth (order aside); empty when equal.

    The contract fixes columns, not row order: documents list a sasaran's indicators before or
    after its kegiatan depending on the layout."""
    got, want = Counter(output_rows(rows)), Counter(truth_rows(truth))
    missing = sorted((want - got).elements())
    extra = sorted((got - want).elements())
    diffs = [f"missing {dict(zip(TRUTH_COLUMNS[4:], r[4:], strict=True))}" for r in missing]
    diffs += [f"extra   {dict(zip(TRUTH_COLUMNS[4:], r[4:], strict=True))}" for r in extra]
    return diffs[:limit]


def f1(rows: list[TargetRow], truth: Path) -> float:
    """F1 of whole rows (all 15 columns equal), order ignored."""
    got, want = Counter(output_rows(rows)), Counter(truth_rows(truth))
    correct = sum((got & want).values())
    if not correct:
        return 0.0
    p, r = correct / sum(got.values()), correct / sum(want.values())
    return 2 * p * r / (p + r)


def fuzzy_f1(rows: list[TargetRow], truth: Path, cutoff: float = 90.0) -> float:
    """The shared scorer's measure: a truth row matches an output row of the same quarter whose
    indicator is similar enough (rapidfuzz ratio ≥ 90, case-folded); correct when value and unit agree."""
    from rapidfuzz import fuzz

    want = truth_rows(truth)
    got = output_rows(rows)
    q, ind, val, unit = (TRUTH_COLUMNS.index(c) for c in ("quarter", "indicator", "target_value", "target_unit"))
    pairs = []
    for i, w in enumerate(want):
        for j, g in enumerate(got):
            if w[q] == g[q]:
                score = fuzz.ratio(" ".join(w[ind].casefold().split()), " ".join(g[ind].casefold().split()))
                if score >= cutoff:
                    pairs.append((score, i, j))
    used_w: set[int] = set()
    used_g: set[int] = set()
    correct = 0
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_w or j in used_g:
            continue
        used_w.add(i)
        used_g.add(j)
        correct += want[i][val] == got[j][val] and want[i][unit] == got[j][unit]
    if not correct:
        return 0.0
    p, r = correct / len(got), correct / len(want)
    return 2 * p * r / (p + r)
