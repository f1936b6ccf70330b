"""The sample generator: deterministic, truth in the contract's shape, truth printed in the PDF."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pdfplumber
import pytest

from samples.generator import families, generate
from samples.generator.__main__ import main as cli_main
from samples.generator.naming import title_case_id
from samples.generator.targets import KNOWN_UNIT_SPELLINGS
from samples.generator.truth import TRUTH_COLUMNS
from samples.generator.vocab import DOMAINS, SUPPORT_PROGRAM, SUPPORT_SASARAN
from samples.generator.vocab.places import REGIONS
from samples.generator.wrapping import wrap

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEEDS = (1, 4, 7)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module", params=[(f, s) for f in families() for s in SEEDS], ids=lambda p: f"{p[0]}-{p[1]}")
def doc(request, tmp_path_factory):
    family, seed = request.param
    return generate(family, seed, tmp_path_factory.mktemp(f"{family}{seed}"))


def test_same_seed_same_bytes(tmp_path):
    a = generate("seed", 3, tmp_path / "a")
    b = generate("seed", 3, tmp_path / "b")
    assert a.pdf_path.read_bytes() == b.pdf_path.read_bytes()
    assert a.truth_path.read_bytes() == b.truth_path.read_bytes()
    c = generate("seed", 4, tmp_path / "c")
    assert c.truth_path.read_bytes() != a.truth_path.read_bytes()


def test_truth_has_contract_columns(doc):
    with doc.truth_path.open(encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert tuple(header) == TRUTH_COLUMNS
    rows = _rows(doc.truth_path)
    assert len(rows) == doc.rows > 0
    for r in rows:
        assert r["source_file"] == doc.pdf_path.name
        assert r["quarter"] in ("", "1", "2", "3", "4")
        assert not r["target_value"].endswith(".0")
        level = r["level"]
        assert level in ("sasaran", "program", "kegiatan", "subkegiatan")
        assert bool(r["program"]) == (level != "sasaran")
        assert bool(r["kegiatan"]) == (level in ("kegiatan", "subkegiatan"))
        assert bool(r["subkegiatan"]) == (level == "subkegiatan")


def test_rows_are_told_apart_by_indicator_and_context(doc):
    """The scorer matches rows by quarter, indicator text and program/kegiatan/sub context."""
    rows = _rows(doc.truth_path)
    keys = [(r["quarter"], r["program"], r["kegiatan"], r["subkegiatan"], r["indicator"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_each_indicator_has_annual_then_four_quarters(doc):
    """Per indicator: its annual row, then quarters 1-4; either part may be absent (no annual
    column for sasaran in the sasaranq layout; no quarter cells, or all blank, elsewhere)."""
    rows = _rows(doc.truth_path)
    groups: list[list[str]] = []
    key = None
    for r in rows:
        k = (r["level"], r["sasaran"], r["program"], r["kegiatan"], r["subkegiatan"], r["indicator"])
        if k != key or r["quarter"] == "" or (r["quarter"] == "1" and groups[-1] != [""]):
            groups.append([])
        groups[-1].append(r["quarter"])
        key = k
    for g in groups:
        assert g in (["", "1", "2", "3", "4"], [""], ["1", "2", "3", "4"]), g


# A reader of Indonesian numbers, independent of the generator's printer.
_UNIT_CANON = {s.lower(): u for u, spellings in KNOWN_UNIT_SPELLINGS.items() for s in spellings}


def _read_target(raw: str) -> tuple[float | None, str]:
    m = re.fullmatch(r"(Rp )?([\d.,]+)\s*(.*)", raw)
    if not m:
        return None, ""
    number = m.group(2)
    if "," in number:
        value = float(number.replace(".", "").replace(",", "."))
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", number):
        value = float(number.replace(".", ""))
    else:
        value = float(number)
    unit = "rupiah" if m.group(1) else m.group(3).lower()
    return value, _UNIT_CANON.get(unit, unit)


def test_truth_values_read_back_from_target_raw(doc):
    for r in _rows(doc.truth_path):
        value, unit = _read_target(r["target_raw"])
        expected = float(r["target_value"]) if r["target_value"] else None
        assert value == expected, r["target_raw"]
        if unit or not r["target_unit"]:  # a bare number's unit may come from a SATUAN column
            assert unit == r["target_unit"], r["target_raw"]


def _pdf_words(path: Path) -> set[str]:
    with pdfplumber.open(path) as pdf:
        return {w for page in pdf.pages for w in (page.extract_text() or "").split()}


def _printed(word: str, words: set[str]) -> bool:
    """A truth word is printed whole, broken after a hyphen/slash, or force-broken by a column."""
    if word in words:
        return True
    parts = [p for p in re.split(r"(?<=[a-zA-Z][-/])", word) if p]
    if len(parts) > 1 and all(_printed(p, words) for p in parts):
        return True
    return any(word[:i] in words and _printed(word[i:], words) for i in range(1, len(word)))


def test_truth_text_is_printed_in_the_pdf(doc):
    words = _pdf_words(doc.pdf_path)
    for r in _rows(doc.truth_path):
        for field in ("indicator", "sasaran", "program", "kegiatan", "subkegiatan", "responsible", "target_raw"):
            for w in r[field].split():
                assert _printed(w, words), f"{field} word {w!r} not in {doc.pdf_path.name}"
    first = _rows(doc.truth_path)[0]
    assert first["agency"].upper().split()[0] in words
    assert first["fiscal_year"] in words


def test_long_content_breaks_across_pages(doc):
    rows = _rows(doc.truth_path)
    items = sum(1 for r in rows if r["quarter"] == "" and r["level"] in ("kegiatan", "subkegiatan"))
    if items >= 25:
        assert doc.pages > 1


def test_table_engine_repeats_header_and_splits_merged_cells():
    from samples.generator.fonts import load_face
    from samples.generator.table import Cell, Frame, Grid, TableSpec, TableStyle, layout_table

    header = Grid(1, (Cell(0, 0, "SASARAN", bold=True), Cell(0, 1, "INDIKATOR", bold=True)))
    rows = 120
    body = Grid(rows, (Cell(0, 0, "merged sasaran " * 40, row_span=rows),
                       *(Cell(r, 1, f"indikator {r}") for r in range(rows))))
    style = TableStyle(face=load_face("Helvetica"), size=8, leading=9.5)
    layout = layout_table(TableSpec((120.0, 200.0), header, body, style), Frame(40, 80, 40, 560))
    assert len(layout.pages) > 2
    for page in layout.pages:
        assert any(t.text == "SASARAN" for t in page.texts)  # the header on every page
    printed = [t.text for page in layout.pages for t in page.texts if t.text.startswith("indikator")]
    assert printed == [f"indikator {r}" for r in range(rows)]


def test_cli_writes_pdf_and_truth(tmp_path, capsys):
    assert cli_main(["--family", "seed", "--seed", "2", "--count", "2", "--out", str(tmp_path)]) == 0
    assert len(list(tmp_path.glob("*.pdf"))) == 2
    assert len(list(tmp_path.glob("*.truth.csv"))) == 2
    assert cli_main(["--family", "nope", "--out", str(tmp_path)]) == 2


@pytest.mark.parametrize("pdf", sorted(p.name for p in SAMPLES.glob("*.pdf")
                                       if not p.name.startswith(("kesbangpol", "scan"))))
def test_committed_samples_match_the_generator(pdf, tmp_path):
    family, seed = pdf.split("_")[0], int(pdf.split("_")[1])
    assert family in families()
    doc = generate(family, seed, tmp_path)
    assert doc.pdf_path.name == pdf
    assert doc.truth_path.read_text(encoding="utf-8") == (SAMPLES / doc.truth_path.name).read_text(encoding="utf-8")


@pytest.mark.parametrize("pdf", sorted(p.name for p in SAMPLES.glob("scan*.pdf")))
def test_committed_scans_carry_their_originals_truth(pdf):
    original = pdf.split("_", 1)[1]
    scanned = _rows(SAMPLES / pdf.replace(".pdf", ".truth.csv"))
    assert {r["source_file"] for r in scanned} == {pdf}
    before = _rows(SAMPLES / original.replace(".pdf", ".truth.csv"))
    assert [r | {"source_file": ""} for r in scanned] == [r | {"source_file": ""} for r in before]


def _vocab_strings() -> list[str]:
    out: list[str] = []
    for d in DOMAINS:
        out += [a.name for a in d.agencies] + [u.head for u in d.units] + [s for u in d.units for s in u.staff]
        out += [s.name for s in d.sasaran] + [s.measure.text for s in d.sasaran]
        for p in d.programs + (SUPPORT_PROGRAM,):
            out += [p.name, p.measure.text]
            for k in p.kegiatan:
                out += [k.name, k.measure.text] + [s.name for s in k.subs] + [s.measure.text for s in k.subs]
    out += [s.name for s in SUPPORT_SASARAN] + [s.measure.text for s in SUPPORT_SASARAN]
    return out


def test_vocabulary_survives_the_reader_rules():
    for text in _vocab_strings():
        assert text == " ".join(text.split()), f"stray spaces: {text!r}"
        assert text.isascii(), text
        assert not re.search(r"[A-Za-z][-/](\s|$)", text), f"word ending in -/ before a space: {text!r}"
        assert not re.match(r"(\d{1,2}|[a-z])[.)]\s", text), f"starts like a list marker: {text!r}"


def test_names_round_trip_through_capitals():
    for d in DOMAINS:
        for a in d.agencies:
            assert title_case_id(a.name.upper()) == a.name
    for r in REGIONS:
        assert title_case_id(r.full.upper()) == r.full


def test_wrap_breaks_like_word():
    def width(s: str) -> float:
        return 5.0 * len(s)

    assert wrap("peraturan perundang-undangan", 95, width) == ["peraturan", "perundang-undangan"]
    assert wrap("peraturan perundang-undangan", 100, width) == ["peraturan perundang-", "undangan"]
    assert wrap("perundang-undangan", 60, width) == ["perundang-", "undangan"]
    assert wrap("24 Rekening", 35, width) == ["24", "Rekenin", "g"]
    assert wrap("TW 1 : 0 Orang\nTW 2 : 5 Orang", 500, width) == ["TW 1 : 0 Orang", "TW 2 : 5 Orang"]


def test_scan_is_image_only_and_keeps_the_truth(tmp_path):
    from samples.generator.scan import ScanSettings, scan_pdf

    orig = generate("excel", 7, tmp_path / "orig")
    settings = ScanSettings(dpi=150, colour=True, sideways=True)
    a = scan_pdf(orig.pdf_path, orig.truth_path, tmp_path / "a", 1, settings)
    assert a.pdf_path.name == f"scan150c_{orig.pdf_path.name}"
    with pdfplumber.open(a.pdf_path) as pdf:
        assert len(pdf.pages) == orig.pages
        assert all(not page.chars and page.images for page in pdf.pages)
        assert all(page.height > page.width for page in pdf.pages), "landscape pages stored sideways"
    rows, before = _rows(a.truth_path), _rows(orig.truth_path)
    assert {r["source_file"] for r in rows} == {a.pdf_path.name}
    assert [r | {"source_file": ""} for r in rows] == [r | {"source_file": ""} for r in before]
    b = scan_pdf(orig.pdf_path, orig.truth_path, tmp_path / "b", 1, settings)
    assert a.pdf_path.read_bytes() == b.pdf_path.read_bytes()


def test_scan_settings_are_validated():
    from samples.generator.scan import ScanSettings

    with pytest.raises(ValueError):
        ScanSettings(dpi=20)
    with pytest.raises(ValueError):
        ScanSettings(max_skew=10)
