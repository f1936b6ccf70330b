"""Paper sizes and margins offices print plans on."""

from __future__ import annotations

import random
from dataclasses import dataclass

# Portrait sizes in points. F4/Folio (215 x 330 mm) is the Indonesian office standard.
PAPER: dict[str, tuple[float, float]] = {
    "F4": (610.0, 936.0),
    "A4": (595.28, 841.89),
    "Letter": (612.0, 792.0),
    "A3": (841.89, 1190.55),
    "Legal": (612.0, 1008.0),
}


@dataclass(frozen=True, slots=True)
class PageSetup:
    paper: str
    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float

    @property
    def content_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def content_bottom(self) -> float:
        """The lowest y (from the top) content may reach."""
        return self.height - self.bottom


def pick_setup(rng: random.Random, papers: dict[str, float], landscape: bool = True) -> PageSetup:
    """A paper from the weighted choices, with margins like a Word default or a squeezed table."""
    paper = rng.choices(list(papers), list(papers.values()))[0]
    w, h = PAPER[paper]
    if landscape:
        w, h = h, w
    side = rng.uniform(28, 60)
    return PageSetup(paper, w, h, left=side, right=side * rng.uniform(0.8, 1.2),
                     top=rng.uniform(28, 55), bottom=rng.uniform(28, 50))
