"""The target cells rows were read from, drawn over a page image: coloured by flags and confidence,
tagged with the rows' numbers so the table beside the image leads back to the cell."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.display import CELL, TABLE, PageImage, Stroke
from extract.records import BBox
from schemas.contract import TargetRow

FULL_CONFIDENCE = 0.999  # below this a row's text was repaired somewhere (but maybe not flagged)

# row status -> (outline/tag colour, fill); the HTML uses the same colours
STATUS_COLOURS: dict[str, tuple[int, int, int]] = {
    "flagged": (214, 39, 40),
    "repaired": (230, 140, 0),
    "ok": (30, 150, 70),
}
STATUS_MEANINGS: dict[str, str] = {
    "flagged": "flagged: see the row's flags",
    "repaired": "not flagged, confidence below 1 (text repaired or joined)",
    "ok": "read from the text layer, nothing repaired",
}

# text of a table read into no row, header or known column (normalize.accounting): its own colour
UNREAD_COLOUR = (148, 52, 200)
UNREAD_MEANING = "table text left unread (a column no role reads, text outside the cells, a table not read)"

# stage-1 cells are drawn lighter in the report than in `renaksi inspect`: the targets matter here
REPORT_CELL = Stroke(outline=CELL.outline[:3] + (110,), width=1)
REPORT_TABLE = Stroke(outline=TABLE.outline[:3] + (160,), width=2)


def row_status(row: TargetRow) -> str:
    if row.flags:
        return "flagged"
    if row.confidence < FULL_CONFIDENCE:
        return "repaired"
    return "ok"


@dataclass(frozen=True)
class TargetMark:
    """One target cell on a page and the rows (1-based numbers) read from it."""

    bbox: BBox
    numbers: tuple[int, ...]
    status: str


def _worst(statuses: Sequence[str]) -> str:
    order = list(STATUS_COLOURS)
    return min(statuses, key=order.index)


def rows_to_marks(rows: Sequence[TargetRow], page: int) -> list[TargetMark]:
    """The target cells on ``page``: one mark per cell box, however many rows share it (a packed cell)."""
    by_box: dict[tuple[float, float, float, float], list[int]] = {}
    for number, row in enumerate(rows, start=1):
        if row.page == page and row.target_bbox is not None:
            by_box.setdefault(tuple(row.target_bbox), []).append(number)  # type: ignore[arg-type]
    return [TargetMark(bbox=BBox(*box), numbers=tuple(numbers),
                       status=_worst([row_status(rows[n - 1]) for n in numbers]))
            for box, numbers in by_box.items()]


def numbers_label(numbers: Sequence[int]) -> str:
    """``7``, ``7-11`` for a run, ``7,9`` otherwise."""
    if len(numbers) > 1 and list(numbers) == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}-{numbers[-1]}"
    return ",".join(str(n) for n in numbers)


def draw_unread(image: PageImage, boxes: Sequence[BBox]) -> None:
    """Each piece of unread table text outlined and shaded in the unread colour."""
    for box in boxes:
        image.draw_rect(box, Stroke(outline=UNREAD_COLOUR + (255,), width=2, fill=UNREAD_COLOUR + (70,)))


def draw_marks(image: PageImage, marks: Sequence[TargetMark]) -> None:
    """Each target cell filled in its status colour, its row numbers tagged just left of it (over the
    ragged right end of the column before, not over the value)."""
    for mark in marks:
        colour = STATUS_COLOURS[mark.status]
        alpha = 90 if mark.status == "flagged" else 55
        image.draw_rect(mark.bbox, Stroke(outline=colour + (255,), width=2, fill=colour + (alpha,)))
    for mark in marks:  # tags last, so no cell covers them
        colour = STATUS_COLOURS[mark.status]
        image.draw_label(mark.bbox.x0 - 1.5, mark.bbox.top + 0.5, numbers_label(mark.numbers), colour + (215,),
                         size=9, anchor="ra")
