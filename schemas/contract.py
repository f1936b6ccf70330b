"""The output contract (shared/CONTRACT.md) as code: one row per indicator per period.

``TargetRow`` is what stage 3 produces; ``TARGETS_ARROW_SCHEMA`` is what the Parquet
file carries; ``TargetsFrame`` validates a whole table lazily, so every failing row
is reported at once before anything is written.

The contract fixes 17 columns (``FIXED_COLUMNS``); two review columns follow them
(``REVIEW_COLUMNS``): ``flags``, the names of the validation rules a row breaks
(``normalize.flags``), and ``target_bbox``, where the target cell was printed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow

Level = Literal["sasaran", "program", "kegiatan", "subkegiatan"]
LEVELS: tuple[str, ...] = ("sasaran", "program", "kegiatan", "subkegiatan")


@dataclass(frozen=True, slots=True)
class TargetRow:
    source_file: str
    agency: str
    region: str
    fiscal_year: int
    level: Level
    sasaran: str
    program: str | None
    kegiatan: str | None
    subkegiatan: str | None
    indicator: str
    quarter: int | None
    target_value: float | None
    target_unit: str | None
    target_raw: str
    responsible: str | None
    page: int
    confidence: float
    flags: tuple[str, ...] = ()  # validation rules this row breaks (normalize.flags), none when it looks right
    target_bbox: tuple[float, float, float, float] | None = None  # target cell: x0, top, x1, bottom in PDF points

    def __post_init__(self) -> None:
        # rows read back from JSON (the result cache) carry lists: keep the row hashable
        if not isinstance(self.flags, tuple):
            object.__setattr__(self, "flags", tuple(self.flags))
        if self.target_bbox is not None and not isinstance(self.target_bbox, tuple):
            object.__setattr__(self, "target_bbox", tuple(self.target_bbox))


# Every column of the targets table, in order: the contract's 17, then the review columns.
CONTRACT_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(TargetRow))
REVIEW_COLUMNS: tuple[str, ...] = ("flags", "target_bbox")
FIXED_COLUMNS: tuple[str, ...] = CONTRACT_COLUMNS[: -len(REVIEW_COLUMNS)]  # names, order, types fixed

TARGETS_ARROW_SCHEMA = pa_arrow.schema(
    [
        pa_arrow.field("source_file", pa_arrow.string(), nullable=False),
        pa_arrow.field("agency", pa_arrow.string(), nullable=False),
        pa_arrow.field("region", pa_arrow.string(), nullable=False),
        pa_arrow.field("fiscal_year", pa_arrow.int16(), nullable=False),
        pa_arrow.field("level", pa_arrow.string(), nullable=False),
        pa_arrow.field("sasaran", pa_arrow.string(), nullable=False),
        pa_arrow.field("program", pa_arrow.string()),
        pa_arrow.field("kegiatan", pa_arrow.string()),
        pa_arrow.field("subkegiatan", pa_arrow.string()),
        pa_arrow.field("indicator", pa_arrow.string(), nullable=False),
        pa_arrow.field("quarter", pa_arrow.int8()),
        pa_arrow.field("target_value", pa_arrow.float64()),
        pa_arrow.field("target_unit", pa_arrow.string()),
        pa_arrow.field("target_raw", pa_arrow.string(), nullable=False),
        pa_arrow.field("responsible", pa_arrow.string()),
        pa_arrow.field("page", pa_arrow.int16(), nullable=False),
        pa_arrow.field("confidence", pa_arrow.float32(), nullable=False),
        # review columns, after the contract's 17
        pa_arrow.field("flags", pa_arrow.list_(pa_arrow.string()), nullable=False),  # [] when none
        pa_arrow.field("target_bbox", pa_arrow.list_(pa_arrow.float32())),  # null when unknown
    ]
)

assert tuple(TARGETS_ARROW_SCHEMA.names) == CONTRACT_COLUMNS
assert len(FIXED_COLUMNS) == 17 and CONTRACT_COLUMNS[len(FIXED_COLUMNS):] == REVIEW_COLUMNS


def _null_below(level_above: str):
    """A hierarchy column must be null at every level above the one that names it."""

    def check(df: pd.DataFrame) -> pd.Series:
        above = df["level"].isin(LEVELS[: LEVELS.index(level_above)])
        return ~above | df[level_above].isna()

    return check


TargetsFrame = pa.DataFrameSchema(
    {
        "source_file": pa.Column(str, pa.Check.str_length(min_value=1)),
        "agency": pa.Column(str),
        "region": pa.Column(str),
        "fiscal_year": pa.Column("Int16", pa.Check.in_range(1990, 2100), nullable=True),
        "level": pa.Column(str, pa.Check.isin(LEVELS)),
        "sasaran": pa.Column(str),
        "program": pa.Column(str, nullable=True),
        "kegiatan": pa.Column(str, nullable=True),
        "subkegiatan": pa.Column(str, nullable=True),
        "indicator": pa.Column(str, pa.Check.str_length(min_value=1)),
        "quarter": pa.Column("Int8", pa.Check.isin([1, 2, 3, 4]), nullable=True),
        "target_value": pa.Column("float64", pa.Check(lambda s: ~s.isin([float("inf"), float("-inf")])),
                                  nullable=True),
        "target_unit": pa.Column(str, nullable=True),
        "target_raw": pa.Column(str),
        "responsible": pa.Column(str, nullable=True),
        "page": pa.Column("Int16", pa.Check.ge(1)),
        "confidence": pa.Column("float32", pa.Check.in_range(0.0, 1.0)),
    },
    checks=[
        pa.Check(_null_below("program"), name="program null at level sasaran"),
        pa.Check(_null_below("kegiatan"), name="kegiatan null above level kegiatan"),
        pa.Check(_null_below("subkegiatan"), name="subkegiatan null unless level subkegiatan"),
    ],
    strict=False,
    ordered=False,
    coerce=False,
)


def rows_to_frame(rows: list[TargetRow]) -> pd.DataFrame:
    """Typed DataFrame of the contract's columns, in order, with nullable integer types.

    ``flags`` holds a list of names per row (empty when none), ``target_bbox`` a list of four
    numbers or None."""
    df = pd.DataFrame([{name: getattr(r, name) for name in FIXED_COLUMNS} for r in rows],
                      columns=list(FIXED_COLUMNS))
    df["flags"] = pd.Series([list(r.flags) for r in rows], dtype=object)
    df["target_bbox"] = pd.Series([None if r.target_bbox is None else list(r.target_bbox) for r in rows],
                                  dtype=object)
    text_columns = [c for c in FIXED_COLUMNS if c not in ("fiscal_year", "quarter", "target_value",
                                                         "page", "confidence")]
    for c in text_columns:
        df[c] = df[c].astype(object).where(df[c].notna(), None)
    df["fiscal_year"] = df["fiscal_year"].astype("Int16")
    df["quarter"] = df["quarter"].astype("Int8")
    df["target_value"] = df["target_value"].astype("float64")
    df["page"] = df["page"].astype("Int16")
    df["confidence"] = df["confidence"].astype("float32")
    return df
