"""The layout fuzzer: every seed a layout nobody wrote by hand, with its exact truth.

``generate_fuzz(seed, out_dir)`` draws each layout trait on its own (``traits.py``), the
content from ``fuzz:<seed>:content``, rewrites the content where a trait changes what a
cell means (``rewrite.py``), then draws the table (``order.py``, ``body.py``) and its
pages (``pages.py``). Writes ``fuzz_<seed>_<agency>_<region>_<year>.pdf``, its
``.truth.csv`` (contract columns 1-15) and ``.traits.json`` (the traits it drew).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from samples.generator.assemble import TableDraft
from samples.generator.content import build_plan
from samples.generator.fuzz.body import BodyBuilder
from samples.generator.fuzz.cells import IndicatorCells, number_formatter
from samples.generator.fuzz.columns import NUMERIC, Column, Role, header_grid
from samples.generator.fuzz.order import plan_columns
from samples.generator.fuzz.pages import build_pages
from samples.generator.fuzz.rewrite import rewrite
from samples.generator.fuzz.shape import content_shape
from samples.generator.fuzz.traits import CHOICES, PLAIN, Traits, draw_traits
from samples.generator.fuzz.wording import Wording, quarter_labels
from samples.generator.model import Plan
from samples.generator.naming import slug
from samples.generator.render import PdfInfo, write_pdf
from samples.generator.truth import plan_to_rows, write_truth

__all__ = ["CHOICES", "PLAIN", "FuzzDoc", "Traits", "draw_traits", "generate_fuzz"]


@dataclass(frozen=True, slots=True)
class FuzzDoc:
    pdf_path: Path
    truth_path: Path
    traits_path: Path
    seed: int
    traits: Traits
    pages: int
    rows: int


def fuzz_plan(seed: int, traits: Traits) -> Plan:
    plan = build_plan(random.Random(f"fuzz:{seed}:content"), content_shape(traits))
    rewrite(plan, traits, random.Random(f"fuzz:{seed}:rewrite"))
    return plan


def generate_fuzz(seed: int, out_dir: Path, traits: Traits | None = None, tag: str = "") -> FuzzDoc:
    """The document of ``seed``; ``traits`` replaces the drawn ones (``tag`` then tells the files apart)."""
    traits = draw_traits(seed) if traits is None else traits
    plan = fuzz_plan(seed, traits)
    rng = random.Random(f"fuzz:{seed}:layout")
    draft, starts = _draft(plan, traits, rng)
    pages = build_pages(plan, traits, draft, rng, starts)
    name = f"fuzz_{seed:06d}{tag}_{plan.agency_short}_{slug(plan.region.name)}_{plan.year}"
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf_path, truth_path = out_dir / f"{name}.pdf", out_dir / f"{name}.truth.csv"
    traits_path = out_dir / f"{name}.traits.json"
    write_pdf(pages, pdf_path, PdfInfo(title=f"Rencana Aksi {plan.year}", author=plan.agency_short.upper()))
    rows = plan_to_rows(plan, pdf_path.name)
    write_truth(rows, truth_path)
    traits_path.write_text(json.dumps({"seed": seed, **traits.as_dict()}, indent=1) + "\n", encoding="utf-8")
    return FuzzDoc(pdf_path, truth_path, traits_path, seed, traits, len(pages), len(rows))


def _draft(plan: Plan, t: Traits, rng: random.Random) -> tuple[TableDraft, list[int]]:
    """The table, and the body row where each sasaran starts."""
    wording = Wording(rng, plan.year)
    columns = plan_columns(t, wording)
    labels = quarter_labels(t.quarter_label)
    number = number_formatter(t.english)
    ind_cells = IndicatorCells(columns, t.quarters, labels, t.packed_sep, number, t.field_labels)
    shade = None if t.shading == "none" else rng.choice((0.8, 0.85, 0.9))
    builder = BodyBuilder(t, columns, ind_cells, number, rng, shade)
    body = builder.build(plan)
    header = header_grid(columns, shade, t.column_numbers)
    numeric = frozenset(i for i, c in enumerate(columns) if c.role in NUMERIC)
    draft = TableDraft(header, body, tuple(c.base_width for c in columns), numeric, _must_fit(columns, body.cells),
                       unit_fit_len=10)
    return draft, builder.starts


def _must_fit(columns: list[Column], cells: tuple) -> dict[int, str]:
    """Markers, codes, quarter labels and packed lines never wrap."""
    keep = {Role.NO, Role.CODE, Role.TWL, Role.PACK}
    out: dict[int, str] = {}
    for c in cells:
        if c.col_span == 1 and columns[c.col].role in keep:
            for line in c.text.split("\n"):
                if len(line) > len(out.get(c.col, "")):
                    out[c.col] = line
    for i, col in enumerate(columns):
        if col.role is Role.QUARTER and len(col.path[-1]) > len(out.get(i, "")):
            out[i] = col.path[-1]
    return out
