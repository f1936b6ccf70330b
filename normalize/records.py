"""Typed records between the steps of stage 2. Repairs are recorded, never silent."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.records import BBox, TextLine

OCR_REPAIR_CONFIDENCE = 0.9  # a row whose text needed an OCR repair is worth a look


@dataclass(frozen=True, slots=True)
class Repair:
    """Which rule changed the text, and how sure it was (rapidfuzz score where one was used)."""

    rule: str
    detail: str
    score: float | None = None


@dataclass(frozen=True, slots=True)
class Fragment:
    """Text read from one cell (lines already joined), where it was printed."""

    text: str
    page: int
    bbox: BBox
    confidence: float = 1.0
    lines: tuple[TextLine, ...] = ()  # the printed lines, for splitting list items by their position
    repaired: tuple[str, ...] = ()  # names of the OCR repairs that changed the text


@dataclass
class TableRecord:
    """One logical row of a table: grid rows grouped (quarter sub-rows), and halves joined across pages.

    ``cells`` maps a column role to the fragments of the cells that *start* in this record, top to
    bottom; a role absent from ``cells`` was covered by a merged cell from above (carry it down).
    ``quarter_rows`` holds the text of the quarter area of each grid row, in order.
    """

    cells: dict[str, list[Fragment]] = field(default_factory=dict)
    quarter_rows: list[Fragment] = field(default_factory=list)
    wide_quarters: dict[int, list[Fragment]] = field(default_factory=dict)
    table_index: int = 0
    quarter_level: str | None = None  # which level's indicator the quarter cells belong to
    header_units: dict[str, str] = field(default_factory=dict)  # target role -> unit printed in its header only
    repairs: list[Repair] = field(default_factory=list)

    def text(self, role: str) -> str:
        from normalize.text import join_texts

        return join_texts([f.text for f in self.cells.get(role, [])])

    def has(self, role: str) -> bool:
        return bool(self.text(role))

    def fragments(self, role: str) -> list[Fragment]:
        return [f for f in self.cells.get(role, []) if f.text]

    def first(self, role: str) -> Fragment | None:
        frags = [f for f in self.cells.get(role, []) if f.text]
        return frags[0] if frags else None

    @property
    def confidence(self) -> float:
        frags = [f for fs in self.cells.values() for f in fs] + self.quarter_rows
        lowest = min((f.confidence for f in frags), default=1.0)
        return lowest * (OCR_REPAIR_CONFIDENCE if any(f.repaired for f in frags) else 1.0)


@dataclass(frozen=True, slots=True)
class TargetCell:
    raw: str
    value: float | None
    unit: str | None
    page: int
    confidence: float
    bbox: BBox | None = None


@dataclass
class Indicator:
    """An indicator in its place in the hierarchy, with its annual and quarterly targets."""

    level: str
    sasaran: str
    program: str | None
    kegiatan: str | None
    subkegiatan: str | None
    text: str
    annual: TargetCell | None
    quarters: dict[int, TargetCell | None]  # empty when the table gives no quarters for it
    responsible: str | None
    confidence: float
    repairs: list[Repair] = field(default_factory=list)
