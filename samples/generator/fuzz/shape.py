"""What a fuzzed table can show, as a ``ContentShape``: the truth never holds what is not printed."""

from __future__ import annotations

from samples.generator.content import ContentShape
from samples.generator.fuzz.traits import Traits
from samples.generator.model import Level

ALL_LEVELS: frozenset[Level] = frozenset({"sasaran", "program", "kegiatan", "subkegiatan"})
_LOWER: frozenset[Level] = frozenset({"kegiatan", "subkegiatan"})
_PROGRAM_DOWN: frozenset[Level] = frozenset({"program", "kegiatan", "subkegiatan"})
_LEVELS: dict[str, frozenset[Level]] = {"all": ALL_LEVELS, "lower": _LOWER, "program_down": _PROGRAM_DOWN,
                                        "none": frozenset()}


def quarter_levels(t: Traits) -> frozenset[Level]:
    if t.quarters == "none":
        return frozenset()
    return ALL_LEVELS if not t.annual else _LEVELS[t.quarter_levels]


def content_shape(t: Traits) -> ContentShape:
    quarters = quarter_levels(t)
    two = (1, 2) if t.multi_indicator else (1, 1)
    return ContentShape(sasaran=(2, 3), programs_per_sasaran=(1, 2), kegiatan_per_program=(1, 3),
                        support_kegiatan=(2, 4), sub_per_kegiatan=(0, 3),
                        quarter_levels=quarters,
                        responsible_levels=_LEVELS[t.responsible],
                        sasaran_indicators=two, kegiatan_indicators=two,
                        annual_levels=ALL_LEVELS if t.annual else frozenset(),
                        unit_column_levels=ALL_LEVELS if t.unit == "column" else frozenset(),
                        sasaran_dash_quarters=0.3 if "sasaran" in quarters else 0.0)
