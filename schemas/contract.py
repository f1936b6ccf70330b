"""The output contract (shared/CONTRACT.md) as code: one row per indicator per period.

``TargetRow`` is what stage 3 produces; ``TARGETS_ARROW_SCHEMA`` is what the Parquet
file carries; ``TargetsFrame`` validates a whole table lazily, so every failing row
is reported at once before anything is written.
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


CONTRACT_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(TargetRow))

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
    ]
)

assert tuple(TARGETS_ARROW_SCHEMA.names) == CONTRACT_COLUMNS


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
    """Typed DataFrame of the contract's columns, in order, with nullable integer types."""
    df = pd.DataFrame([{name: getattr(r, name) for name in CONTRACT_COLUMNS} for r in rows],
                      columns=list(CONTRACT_COLUMNS))
    text_columns = [c for c in CONTRACT_COLUMNS if c not in ("fiscal_year", "quarter", "target_value",
                                                            "page", "confidence")]
    for c in text_columns:
        df[c] = df[c].astype(object).where(df[c].notna(), None)
    df["fiscal_year"] = df["fiscal_year"].astype("Int16")
    df["quarter"] = df["quarter"].astype("Int8")
    df["target_value"] = df["target_value"].astype("float64")
    df["page"] = df["page"].astype("Int16")
    df["confidence"] = df["confidence"].astype("float32")
    return df
