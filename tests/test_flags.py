"""Validation flags: hand-made rows that break each rule once, and the shared sample, which breaks none."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from normalize.flags import FLAGS, LOW_CONFIDENCE, RULES, flags_markdown, quarters_fit_annual, rows_to_flags
from schemas.contract import TargetRow

SAMPLE = Path("/work/shared/samples/kesbangpol_luwu_timur_2022.pdf")


def row(quarter: int | None = None, raw: str = "4 Laporan", value: float | None = 4.0, unit: str | None = "laporan",
        indicator: str = "Jumlah laporan", **changes: object) -> TargetRow:
    base: dict[str, object] = dict(
        source_file="a.pdf", agency="Badan Kesatuan Bangsa dan Politik", region="Kabupaten Luwu Timur",
        fiscal_year=2022, level="subkegiatan", sasaran="Terciptanya kerukunan", program="Penguatan",
        kegiatan="Perumusan kebijakan", subkegiatan="Pelaksanaan koordinasi", indicator=indicator,
        quarter=quarter, target_value=value, target_unit=unit, target_raw=raw, responsible=None,
        page=2, confidence=1.0)
    base.update(changes)
    return TargetRow(**base)  # type: ignore[arg-type]


def indicator(annual: str, quarters: list[str], indicator: str = "Jumlah laporan") -> list[TargetRow]:
    """An annual row and its quarter rows from printed targets like ``4 Laporan``, ``95%``, ``-``, ``''``."""
    def parsed(raw: str, quarter: int | None) -> TargetRow:
        from normalize.values import parse_target

        p = parse_target(raw)
        return row(quarter, raw=p.raw, value=p.value, unit=p.unit, indicator=indicator)
    return [parsed(annual, None)] + [parsed(raw, q) for q, raw in enumerate(quarters, start=1)]


def flags_of(rows: list[TargetRow], unplaced: list[str] | None = None) -> list[tuple[str, ...]]:
    return rows_to_flags(rows, unplaced or [])


def test_every_flag_has_a_rule_a_meaning_and_a_readme_line() -> None:
    assert list(RULES) == list(FLAGS)
    table = flags_markdown()
    assert all(f"`{name}`" in table for name in FLAGS)
    assert all(rule.__doc__ for rule in RULES.values())


@pytest.mark.parametrize("annual, quarters", [
    ("4 Laporan", ["1 Laporan", "1 Laporan", "1 Laporan", "1 Laporan"]),  # a count adds up
    ("350 Surat", ["120 Surat", "89 Surat", "91 Surat", "50 Surat"]),
    ("20 Orang", ["-", "20 Orang", "-", "-"]),  # '-' is nothing in that quarter
    ("95%", ["0%", "95%", "95%", "95%"]),  # a percentage climbing to its annual
    ("100%", ["100%", "100%", "100%", "100%"]),  # ... or the same every quarter
    ("100%", ["100%", "0%", "0%", "100%"]),  # the share of each quarter's planned work
    ("12", ["19 Orang", "19 Orang", "19 Orang", "12 Orang"]),  # a stock that falls to its year-end
    ("100%", ["33,33%", "33,33%", "33,34%", "0%"]),  # rounding
])
def test_consistent_quarters_are_not_flagged(annual: str, quarters: list[str]) -> None:
    assert flags_of(indicator(annual, quarters)) == [()] * 5


@pytest.mark.parametrize("annual, quarters", [
    ("10 Laporan", ["5 Laporan", "5 Laporan", "5 Laporan", "5 Laporan"]),
    ("100%", ["25%", "50%", "75%", "90%"]),
    ("470 Kali", ["120 Kali", "75 Kali", "55 Kali", "210 Kali"]),
])
def test_quarters_that_fit_neither_sum_nor_path_flag_every_row_of_the_indicator(annual: str,
                                                                                 quarters: list[str]) -> None:
    other = indicator("4 Laporan", ["1 Laporan"] * 4, indicator="Jumlah lain")
    flags = flags_of(indicator(annual, quarters) + other)
    assert flags[:5] == [("quarters_inconsistent",)] * 5
    assert flags[5:] == [()] * 5


def test_quarters_fit_annual_sum_or_last() -> None:
    assert quarters_fit_annual(14, [5, 3, 4, 2])
    assert quarters_fit_annual(12, [19, 19, 19, 12])
    assert not quarters_fit_annual(14, [5, 3, 4, 3])


def test_a_blank_quarter_beside_filled_ones_is_missing() -> None:
    flags = flags_of(indicator("4 Laporan", ["1 Laporan", "", "1 Laporan", "1 Laporan"]))
    assert flags == [(), (), ("quarter_missing",), (), ()]


def test_all_quarters_blank_is_not_missing_and_an_absent_quarter_row_is() -> None:
    assert flags_of(indicator("4 Laporan", ["", "", "", ""])) == [()] * 5
    rows = indicator("3 Laporan", ["1 Laporan", "1 Laporan", "1 Laporan", "1 Laporan"])
    del rows[4]  # no quarter 4 at all
    assert flags_of(rows) == [(), ("quarter_missing",), ("quarter_missing",), ("quarter_missing",)]


def test_a_blank_annual_is_missing() -> None:
    assert flags_of([row(raw="", value=None, unit=None)]) == [("annual_missing",)]
    assert flags_of([row(raw="-", value=None, unit=None)]) == [("annual_missing",)]


def test_a_quarter_unit_other_than_the_annual_unit() -> None:
    flags = flags_of(indicator("4 Laporan", ["1 Laporan", "1 Dokumen", "1 Laporan", "1 Laporan"]))
    assert flags == [(), (), ("quarter_unit_differs",), (), ()]
    # a unit printed on one side only is not a difference
    assert flags_of(indicator("12", ["19 Orang", "19 Orang", "19 Orang", "12 Orang"])) == [()] * 5


def test_text_without_a_number() -> None:
    assert flags_of([row(raw="WTP", value=None, unit=None)]) == [("non_numeric_target",)]


def test_the_same_indicator_and_period_twice_in_a_document() -> None:
    once = indicator("4 Laporan", ["1 Laporan"] * 4)
    flags = flags_of(once + once)
    assert flags == [("duplicate_indicator",)] * 10
    elsewhere = [dataclasses.replace(r, kegiatan="Kegiatan lain") for r in once]
    assert flags_of(once + elsewhere) == [()] * 10  # same text, other place in the hierarchy


def test_low_confidence() -> None:
    assert flags_of([row(confidence=LOW_CONFIDENCE - 0.01), row(indicator="x", confidence=LOW_CONFIDENCE)]) == [
        ("low_confidence",), ()]


def test_an_unplaced_column_flags_every_row_of_the_document() -> None:
    rows = indicator("4 Laporan", ["1 Laporan"] * 4)
    assert flags_of(rows, ["KETERANGAN TAMBAHAN"]) == [("unplaced_column",)] * 5


def test_a_row_breaking_several_rules_lists_them_in_table_order() -> None:
    rows = [row(raw="Baik", value=None, unit=None, confidence=0.5)] * 2
    assert flags_of(rows, ["X"]) == [("non_numeric_target", "duplicate_indicator", "low_confidence",
                                     "unplaced_column")] * 2


@pytest.mark.skipif(not SAMPLE.exists(), reason="shared sample not present")
def test_the_shared_sample_has_no_flags() -> None:
    from renaksi.pipeline import convert_pdf

    doc = convert_pdf(SAMPLE)
    assert len(doc.rows) == 239
    flagged = [(r.indicator[:50], r.quarter, r.flags) for r in doc.rows if r.flags]
    assert flagged == []
    assert all(r.target_bbox is not None for r in doc.rows)
    # ... and a quarter changed by hand is caught
    rows = list(doc.rows)
    i = next(i for i, r in enumerate(rows) if r.indicator.startswith("Jumlah surat masuk") and r.quarter == 4)
    rows[i] = dataclasses.replace(rows[i], target_value=60.0, target_raw="60 Surat")
    flags = rows_to_flags(rows, [])
    assert [k - i for k, f in enumerate(flags) if f] == [-4, -3, -2, -1, 0]


def test_the_readme_lists_the_flags_as_the_code_does() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert flags_markdown() in readme, "README's flag table is stale: paste flags_markdown() into it"
