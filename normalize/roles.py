"""Column roles as values: what a column holds, for which level, which of several.

Layouts still carry roles as strings (`target@2`, `program_indicator`, `q3`); this is the typed
reading of them, the first step of moving every reader off the `@n` suffix (STYLE: types over
strings). ``ColumnRole.parse(text).text == text`` for every role a layout gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    INDICATOR = "indicator"
    TARGET = "target"
    UNIT = "unit"
    QUARTER = "quarter"  # one quarter's own column (`TW II`)
    QUARTER_AREA = "quarter_area"  # quarter labels and values together (sub-rows, a packed cell)
    OTHER = "other"  # text, markers, responsible, and the columns never read as targets


# level of an indicator/target/unit role, as the layout names them
_LEVEL_PREFIX = {"sasaran_": "sasaran", "program_": "program", "": "kegiatan"}
_QUARTERS = {"q1": 1, "q2": 2, "q3": 3, "q4": 4}


@dataclass(frozen=True)
class ColumnRole:
    kind: Kind
    level: str | None = None  # sasaran, program, kegiatan for indicator / target / unit
    index: int = 1  # second indicator of a level (`Keluaran` and `Hasil Kegiatan`): 2
    quarter: int | None = None
    name: str = ""  # the layout's name of an OTHER role (`responsible`, `budget`, `baseline`, …)

    @classmethod
    def parse(cls, text: str) -> ColumnRole:
        base, _, suffix = text.partition("@")
        index = int(suffix) if suffix.isdigit() else 1
        if base in _QUARTERS:
            return cls(Kind.QUARTER, quarter=_QUARTERS[base])
        if base == "quarter_area":
            return cls(Kind.QUARTER_AREA)
        for kind in (Kind.INDICATOR, Kind.TARGET, Kind.UNIT):
            for prefix, level in _LEVEL_PREFIX.items():
                if base == prefix + kind.value:
                    return cls(kind, level=level, index=index)
        return cls(Kind.OTHER, name=text)

    @property
    def text(self) -> str:
        """The layout's string for this role."""
        if self.kind is Kind.QUARTER:
            return f"q{self.quarter}"
        if self.kind is Kind.QUARTER_AREA:
            return "quarter_area"
        if self.kind is Kind.OTHER:
            return self.name
        prefix = "" if self.level == "kegiatan" else f"{self.level}_"
        return f"{prefix}{self.kind.value}" + ("" if self.index == 1 else f"@{self.index}")

    @property
    def holds_targets(self) -> bool:
        return self.kind in (Kind.TARGET, Kind.QUARTER, Kind.QUARTER_AREA)
