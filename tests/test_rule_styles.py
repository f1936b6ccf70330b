"""A table reads the same whatever rules its writer drew (stage 1: extract/).

Each case is the fuzzer's ``PLAIN`` layout (read today with a full grid) with its rule style
changed, generated with its truth and converted end to end: a ruled header over a borderless body
(with its sasaran headings drawn across the table), horizontal rules only, no rules at all.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pdfplumber
import pytest

from extract.text_layer import TextLayerSettings, page_to_content
from renaksi.pipeline import convert_pdf
from samples.generator.fuzz import PLAIN, Traits, generate_fuzz
from samples.generator.fuzz.traits import reconcile

sys.path.insert(0, str(Path(__file__).parent))
from truth import fuzzy_f1  # noqa: E402


def _plain(**changes: object) -> Traits:
    return reconcile(dataclasses.replace(PLAIN, **changes))  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", [3, 8])
def test_shaded_header_over_a_borderless_body_with_sasaran_headings(seed: int, tmp_path: Path) -> None:
    """The shaded, ruled header (TARGET over TAHUNAN, TW I … TW IV) is a grid of its own; the body
    under it is read by alignment into its columns, a heading `Sasaran 1 : …` across the table is one
    cell spanning the row. Before: 'the table has no indicator rows'."""
    traits = _plain(rules="none", shading="full", sasaran="heading", target_header="grouped")
    doc = generate_fuzz(seed, tmp_path, traits)
    with pdfplumber.open(doc.pdf_path) as pdf:
        grid = page_to_content(pdf.pages[0], TextLayerSettings()).tables[0]
    assert grid.method == "ruled+aligned"
    headings = [row for row in grid.rows if row[0] is not None and row[0].colspan == grid.n_columns]
    assert headings and all(row[1:] == (None,) * (grid.n_columns - 1) for row in headings)
    assert all(row[0] is not None and row[0].text.startswith("Sasaran") for row in headings)
    assert fuzzy_f1(convert_pdf(doc.pdf_path).rows, doc.truth_path) == 1.0


def _texts(path: Path) -> list[list[list[str]]]:
    """Every table's cell texts, page by page, a spanned position (None) as ``None``."""
    with pdfplumber.open(path) as pdf:
        pages = [page_to_content(page, TextLayerSettings()) for page in pdf.pages]
    return [[" ".join(c.text.split()) if c is not None else None for c in row]  # type: ignore[misc]
            for page in pages for grid in page.tables for row in grid.rows]


@pytest.mark.parametrize("changes", [
    {"target_header": "grouped", "sasaran": "heading"},  # TARGET over TAHUNAN, TW I …; headings across
    {"quarters": "subrows"},  # quarter sub-rows ruled under one `Target` label over three sub-columns
    {"shading": "inset", "merge_owner": True},
])
def test_horizontal_rules_only_give_the_grid_of_the_full_grid(changes: dict[str, object], tmp_path: Path) -> None:
    """Rows from the rules, columns from the rules' own ends (drawn per cell), a cell spanning the
    columns its text or its own rules run over: the same grid, merged cells (None) and all, as the
    document drawn with every rule. Before: no grid at all, or the borderless reading of the page."""
    open_doc = generate_fuzz(3, tmp_path / "open", _plain(rules="horizontal", **changes))
    grid_doc = generate_fuzz(3, tmp_path / "grid", _plain(rules="grid", **changes))
    assert _texts(open_doc.pdf_path) == _texts(grid_doc.pdf_path)
    with pdfplumber.open(open_doc.pdf_path) as pdf:
        assert page_to_content(pdf.pages[0], TextLayerSettings()).tables[0].method == "open-ruled"


def test_a_label_centred_over_the_header_is_not_a_child_of_the_group_beside_it(tmp_path: Path) -> None:
    """Borderless: `TARGET KINERJA` over a two-line `TARGET / TRIWULAN` in one column, `Penanggung
    Jawab` and `Keterangan` centred over the whole header beside it. Their middles are not level with
    the two-line label's, so they stay labels of their own. Before: one group over all three columns,
    the responsible and notes labels under it."""
    doc = generate_fuzz(1190, tmp_path)  # a development seed of the fuzzer (seeds 1000-1199)
    with pdfplumber.open(doc.pdf_path) as pdf:
        grid = next(g for p in pdf.pages for g in page_to_content(p, TextLayerSettings()).tables)
    top = [" ".join(c.text.split()) if c is not None else None for c in grid.rows[0]]
    assert top[-3:] == ["TARGET KINERJA TARGET TRIWULAN", "Penanggung Jawab", "Keterangan"]
