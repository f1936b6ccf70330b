"""Quarter targets consistent with the annual one, in the patterns plans really use.

Counts are spread over the quarters so they sum to the year (often with empty
quarters), or repeated when the thing is kept all year (4 vehicles maintained every
quarter); percentages are repeated, cumulative, or zero until the work starts.
``None`` stands for a ``-`` cell.
"""

from __future__ import annotations

import random
from decimal import Decimal

Quarter = Decimal | None


def split_quarters(annual: Decimal, unit: str | None, rng: random.Random) -> list[Quarter]:
    if unit == "%" or unit is None:
        return _split_level(annual, rng)
    if unit == "rupiah":
        return _split_money(annual, rng)
    return _split_count(int(annual), rng)


def _split_level(v: Decimal, rng: random.Random) -> list[Quarter]:
    """Percentages and indices: a level reached, not an amount added up."""
    pattern = rng.choices(["equal", "cumulative", "zero_first", "ends", "last"], [5, 3, 2, 1, 1])[0]
    if pattern == "equal":
        return [v, v, v, v]
    if pattern == "cumulative" and v == v.to_integral_value() and int(v) % 4 == 0:
        step = v / 4
        return [step, step * 2, step * 3, v]
    if pattern == "zero_first":
        return [Decimal(0), v, v, v]
    if pattern == "ends":
        return [v, Decimal(0), Decimal(0), v]
    if pattern == "last":
        return [None, None, None, v] if rng.random() < 0.5 else [Decimal(0), Decimal(0), Decimal(0), v]
    return [v, v, v, v]


def _split_count(n: int, rng: random.Random) -> list[Quarter]:
    pattern = rng.choices(["spread", "even", "equal", "single", "cumulative"], [5, 2, 2, 2, 1])[0]
    if pattern == "even" and n % 4 == 0:
        return [Decimal(n // 4) for _ in range(4)]
    if pattern == "equal" and n <= 60:
        return [Decimal(n) for _ in range(4)]
    if pattern == "single" or n == 1:
        q = rng.randrange(4)
        blank: Quarter = None if rng.random() < 0.4 else Decimal(0)
        return [Decimal(n) if i == q else blank for i in range(4)]
    if pattern == "cumulative" and n >= 4:
        cuts = sorted(rng.randint(1, n) for _ in range(3))
        return [Decimal(c) for c in (*cuts, n)]
    return [Decimal(x) for x in _composition(n, rng)]


def _composition(n: int, rng: random.Random) -> list[int]:
    """n split in four non-negative parts; small n often leaves quarters empty."""
    if n < 4 or rng.random() < 0.25:
        cuts = sorted(rng.randint(0, n) for _ in range(3))
    else:
        base = n // 4
        cuts = sorted(min(n, max(0, base * (i + 1) + rng.randint(-base // 2, base // 2))) for i in range(3))
    parts = [cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], n - cuts[2]]
    assert sum(parts) == n and min(parts) >= 0
    return parts


def _split_money(v: Decimal, rng: random.Random) -> list[Quarter]:
    """Rupiah: spread in whole thousands so every quarter prints cleanly (v is whole thousands)."""
    return [Decimal(p * 1000) for p in _composition(int(v) // 1000, rng)]
