import pytest

from normalize.quarters import parse_quarter_label, split_quarters


@pytest.mark.parametrize(("label", "quarter"), [
    ("TW. 1", 1), ("TW 1 :", 1), ("TW 2:", 2), ("Tw.3", 3), ("TW-4", 4), ("TW IV", 4), ("Triwulan I", 1),
    ("TRIWULAN II", 2), ("Trw III", 3), ("TW I", 1),
])
def test_quarter_labels(label, quarter):
    assert parse_quarter_label(label) == quarter


@pytest.mark.parametrize("text", ["TW 5", "Tahunan", "Target", "95%", "TWITTER 1", ""])
def test_not_quarter_labels(text):
    assert parse_quarter_label(text) is None


def test_packed_cell_splits_into_four_quarters():
    lead, q = split_quarters("TW 1 : 0 Orang TW 2 : 20 Orang TW 3 : 0 Orang TW 4 : 0 Orang")
    assert lead == ""
    assert q == {1: "0 Orang", 2: "20 Orang", 3: "0 Orang", 4: "0 Orang"}


def test_sub_rows_joined_split_the_same_way():
    _, q = split_quarters("TW. 1 0% TW. 2 95% TW. 3 95% TW. 4 95%")
    assert q == {1: "0%", 2: "95%", 3: "95%", 4: "95%"}


def test_annual_before_packed_quarters_is_the_lead():
    lead, q = split_quarters("1 Unit TW 1 : 1 Unit TW 2 : 0 Unit TW 3 : 0 Unit TW 4 : 0 Unit")
    assert lead == "1 Unit"
    assert q[1] == "1 Unit" and q[4] == "0 Unit"


def test_no_space_after_colon():
    _, q = split_quarters("TW 1: 19 Orang TW 2: 19 Orang")
    assert q == {1: "19 Orang", 2: "19 Orang"}


def test_first_occurrence_of_a_quarter_wins():
    _, q = split_quarters("TW 1: 5 TW 1: 6")
    assert q == {1: "5"}
