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
