"""Stage-2 parsers never raise on arbitrary text and keep their invariants."""

import math

from fixtures.grids import grid
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize.header import HeaderSettings, grid_to_layout, match_header
from normalize.quarters import parse_quarter_label, split_quarters
from normalize.text import join_texts, split_marker
from normalize.values import canonical_unit, parse_number, parse_target

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
TARGETISH = st.from_regex(r"[<>≥]?\s?(Rp\.?\s)?\d{1,3}([.,]\d{1,3}){0,3}\s?(%|Lap|Dok|Orang|Unit)?", fullmatch=True)


@given(TEXT)
def test_parse_target_never_raises_and_value_is_finite(text):
    parsed = parse_target(text)
    assert parsed.value is None or math.isfinite(parsed.value)
    assert parsed.raw == " ".join(text.split())
    assert parsed.unit is None or parsed.unit == parsed.unit.lower()


@given(TARGETISH)
def test_targets_with_digits_always_give_a_value(text):
    parsed = parse_target(text)
    assert parsed.value is not None and parsed.value >= 0


@given(TEXT)
def test_numbers_and_units_never_raise(text):
    v = parse_number(text)
    assert v is None or math.isfinite(v)
    canonical_unit(text)


@given(TEXT)
def test_quarters_are_one_to_four(text):
    q = parse_quarter_label(text)
    assert q is None or 1 <= q <= 4
    _, by_quarter = split_quarters(text)
    assert set(by_quarter) <= {1, 2, 3, 4}


@given(st.lists(TEXT, max_size=5))
def test_joining_keeps_every_word(parts):
    joined = join_texts(parts)
    assert "  " not in joined
    assert "".join(joined.split()) == "".join("".join(p.split()) for p in parts)


@given(TEXT)
def test_marker_split_keeps_the_rest(text):
    marker, rest = split_marker(text)
    assert marker is None or rest in text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), TEXT), min_size=4, max_size=4), min_size=1, max_size=4))
def test_header_mapping_never_raises(rows):
    header_settings = HeaderSettings()
    for row in rows:
        for text in row:
            if text is not None:
                match_header(text, header_settings)
    layout = grid_to_layout(grid([[t if t is not None else "" for t in r] for r in rows]), header_settings)
    assert layout is None or len(layout.roles) == 4
