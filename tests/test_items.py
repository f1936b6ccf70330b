"""Several indicators listed in one cell (Perjanjian Kinerja), split by the value printed level with each."""

from extract.records import BBox, TextLine
from normalize.items import split_listed, unit_in_text
from normalize.records import Fragment


def frag(lines: list[tuple[str, float]], x0: float = 100.0) -> Fragment:
    text_lines = tuple(TextLine(text=t, bbox=BBox(x0, top, x0 + 5 * len(t), top + 9), font_size=9)
                       for t, top in lines)
    return Fragment(text=" ".join(t for t, _ in lines), page=2, bbox=BBox(x0, 0, x0 + 200, 200), lines=text_lines)


def test_sub_items_take_the_values_level_with_them():
    indicator = frag([("1.1. Jumlah produksi yang dihasilkan (ton) :", 10), ("- Daging", 22), ("- Telur", 34),
                      ("- Susu", 46)])
    target = frag([("768.495", 22), ("217.235", 34), ("268.797", 46)], x0=400)
    items = split_listed(indicator, target)
    assert [(i.text, i.target_text, i.unit_hint) for i in items] == [
        ("Jumlah produksi yang dihasilkan (ton) - Daging", "768.495", "ton"),
        ("Jumlah produksi yang dihasilkan (ton) - Telur", "217.235", "ton"),
        ("Jumlah produksi yang dihasilkan (ton) - Susu", "268.797", "ton"),
    ]


def test_two_numbered_indicators_with_values_at_their_last_line():
    indicator = frag([("3.1. Jumlah pelaku usaha yang bisa", 10), ("mengakses pasar (unit)", 22),
                      ("3.2. Jumlah sarana pemasaran", 46), ("yang memenuhi SOP (buah)", 58)])
    target = frag([("5", 34), ("5", 70)], x0=400)
    items = split_listed(indicator, target)
    assert [(i.text, i.target_text, i.unit_hint) for i in items] == [
        ("Jumlah pelaku usaha yang bisa mengakses pasar (unit)", "5", "unit"),
        ("Jumlah sarana pemasaran yang memenuhi SOP (buah)", "5", "buah"),
    ]


def test_one_indicator_over_several_lines_is_not_split():
    indicator = frag([("Jumlah rekening telepon, air", 10), ("dan listrik yang terbayarkan", 22)])
    target = frag([("24", 10), ("Rekening", 22)], x0=400)
    assert split_listed(indicator, target) is None


def test_unit_in_parentheses():
    assert unit_in_text("Jumlah populasi ternak (ekor) :") == "ekor"
    assert unit_in_text("Jumlah populasi ternak") is None
