"""Layout families: each turns a plan into pages in one real-world document style.

A family is a ``ContentShape`` (what its table can show, hence what the truth may
hold) and a ``render`` function (plan + seeded choices -> pages).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from samples.generator.content import ContentShape
from samples.generator.model import Plan
from samples.generator.render import Page
from samples.generator.truth import TruthOrder


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    shape: ContentShape
    render: Callable[[Plan, random.Random], list[Page]]
    description: str
    truth_order: TruthOrder = "nested"  # document order of the truth rows


def registry() -> dict[str, Family]:
    from samples.generator.families import borderless, excel, report, sasaranq, seed, word2

    families = [seed.FAMILY, word2.FAMILY, excel.FAMILY, borderless.FAMILY, report.FAMILY, sasaranq.FAMILY]
    return {f.name: f for f in families}
