"""Column widths: perturb a layout's proportions, keep narrow columns wide enough, fill the page."""

from __future__ import annotations

import random
from collections.abc import Callable

from samples.generator.table import Cell


def fit_widths(base: tuple[float, ...], total: float, rng: random.Random, minimum: dict[int, float],
               jitter: float = 0.2) -> tuple[float, ...]:
    """Jitter the base proportions, scale to ``total``, then lift columns to their minimum
    by taking the difference from the columns that have room to spare."""
    widths = [w * rng.uniform(1 - jitter, 1 + jitter) for w in base]
    widths = [w * total / sum(widths) for w in widths]
    for _ in range(20):
        short = {i: m for i, m in minimum.items() if widths[i] < m - 1e-6}
        if not short:
            break
        for i, m in short.items():
            widths[i] = m
        roomy = [i for i in range(len(widths)) if widths[i] > minimum.get(i, 0.0) + 1e-6]
        excess = sum(widths) - total
        pool = sum(widths[i] - minimum.get(i, 0.0) for i in roomy)
        if pool <= 0:
            break
        take = min(1.0, excess / pool)
        for i in roomy:
            widths[i] -= (widths[i] - minimum.get(i, 0.0)) * take
    return tuple(round(w, 2) for w in widths)


def fits(minimum: dict[int, float], total: float, slack: float = 0.9) -> bool:
    return sum(minimum.values()) <= total * slack


def column_minimums(cells: list[Cell], measure: Callable[[str, bool], float], pad_x: float,
                    numeric_cols: frozenset[int] = frozenset(), unit_fit_len: int = 0) -> dict[int, float]:
    """The narrowest each column may be so its words fit whole, as a typist would see to.

    Numeric columns only keep their numbers (and unit words up to ``unit_fit_len``
    letters) whole: a longer unit word may still be cut by a narrow column
    (``24 Rekenin`` / ``g``), which real plans do show.
    """
    need: dict[int, float] = {}
    for c in cells:
        if c.col_span != 1:
            continue
        words = c.text.split()
        if c.col in numeric_cols and not c.bold:
            words = [w for w in words if any(ch.isdigit() for ch in w) or len(w) <= unit_fit_len]
        if words:
            widest = max(measure(w, c.bold) for w in words) + 2 * pad_x + c.indent + 1
            need[c.col] = max(need.get(c.col, 0.0), widest)
    return need
