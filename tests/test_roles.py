"""The typed reading of layout role strings round-trips every role a layout gives."""

from __future__ import annotations

import pytest

from normalize.roles import ColumnRole, Kind


@pytest.mark.parametrize("text", [
    "indicator", "target", "unit", "indicator@2", "target@2", "unit@2", "sasaran_indicator", "sasaran_target",
    "program_indicator", "program_target@3", "program_unit", "q1", "q4", "quarter_area", "responsible",
    "budget", "baseline", "hierarchy", "marker", "ignore",
])
def test_round_trip(text: str) -> None:
    assert ColumnRole.parse(text).text == text


def test_fields() -> None:
    assert ColumnRole.parse("program_target@2") == ColumnRole(Kind.TARGET, level="program", index=2)
    assert ColumnRole.parse("q3").quarter == 3
    assert ColumnRole.parse("target").level == "kegiatan"
    assert ColumnRole.parse("quarter_area").holds_targets and not ColumnRole.parse("baseline").holds_targets
