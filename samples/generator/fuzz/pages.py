"""From a fuzzed table draft to pages: paper and orientation, cover, title, running lines, table,
rule style, signature and page numbers, each as the traits say."""

from __future__ import annotations

import dataclasses
import random

from samples.generator.assemble import Look, TableDraft, fit_style, merge_ops, sign
from samples.generator.blocks import draw_block
from samples.generator.fonts import load_face
from samples.generator.furniture import cover_lines, title_lines
from samples.generator.fuzz import furniture
from samples.generator.fuzz.tables import chain_tables, split_grid
from samples.generator.fuzz.traits import Traits
from samples.generator.model import Plan
from samples.generator.pagesetup import PageSetup, pick_setup
from samples.generator.render import Page
from samples.generator.rulestyle import Restyle, restyle
from samples.generator.table import Frame, TableSpec, layout_table
from samples.generator.tablefit import fit_widths


def make_look(t: Traits, rng: random.Random) -> Look:
    setup = pick_setup(rng, {t.paper: 1.0}, landscape=t.orientation != "portrait")
    return Look(setup, load_face(t.face), float(t.size), rng.uniform(1.12, 1.22), cover=t.cover,
                page_numbers=t.page_numbers != "none", allow_row_split=t.row_split, rules=t.rules != "none",
                pad_top=rng.choice((1.5, 2.0, 3.0)) if t.rules == "none" else 1.5,
                pad_bottom=rng.choice((1.5, 2.0, 3.0)) if t.rules == "none" else 1.5, min_size=5.5)


def build_pages(plan: Plan, t: Traits, draft: TableDraft, rng: random.Random, starts: list[int]) -> list[Page]:
    look = make_look(t, rng)
    s = look.setup
    total = s.content_width * rng.uniform(0.94, 1.0)
    style, minimum = fit_style(look, draft, total)
    style = dataclasses.replace(style, repeat_header=t.repeat_header, close_at_break=t.close_at_break)
    rotate = 90 if t.orientation == "rotated" else 0
    pages: list[Page] = [_cover(plan, rng, look)] if t.cover else []
    first = Page(s.width, s.height, rotate=rotate)
    top = s.top + furniture.running_height(t.running, look.size)
    if t.title:
        top = draw_block(first.ops, title_lines(plan, rng, look.size + 3), look.face, top, s.left,
                         s.width - s.right) + look.size * rng.uniform(1.0, 2.5)
    widths = fit_widths(draft.base_widths, total, rng, minimum)
    frame = Frame(x=s.left, first_top=top, top=s.top + furniture.running_height(t.running, look.size),
                  bottom=s.content_bottom - look.size * (t.running == "footer"))
    if t.table_per_sasaran:
        specs = [TableSpec(widths, draft.header, g, style) for g in split_grid(draft.body, starts)]
        table = chain_tables(specs, frame, look.size * rng.uniform(1.0, 2.5), t.sasaran_new_page)
    else:
        breaks = frozenset(starts[1:]) if t.sasaran_new_page else frozenset()
        table = layout_table(TableSpec(widths, draft.header, draft.body, style, breaks), frame)
    restyling = Restyle(rules=t.rules, shading="inset" if t.shading == "inset" else "full",  # type: ignore[arg-type]
                        noise=0.004 if t.rule_noise else 0.0)
    table_pages = [first] + [Page(s.width, s.height, rotate=rotate) for _ in table.pages[1:]]
    for page, ops in zip(table_pages, table.pages, strict=True):
        restyle(ops, restyling, rng)
        merge_ops(page.ops, ops)
    pages += table_pages
    if t.signature:
        sign(pages, plan, rng, look, table.end_y)
    _furnish(pages, plan, t, look)
    return pages


def _cover(plan: Plan, rng: random.Random, look: Look) -> Page:
    """A cover that always names the region: it may be the only place that does."""
    s = look.setup
    cover = Page(s.width, s.height)
    draw_block(cover.ops, cover_lines(plan, rng, big=rng.uniform(16, 20), force_region=True), look.face,
               s.height * 0.16, s.left, s.width - s.right)
    return cover


def _furnish(pages: list[Page], plan: Plan, t: Traits, look: Look) -> None:
    body = pages[1:] if t.cover else pages
    s: PageSetup = look.setup
    if t.running != "none":
        furniture.draw_running(body, plan, t.running, s, look.face, look.size)
    if t.page_numbers != "none":
        furniture.number_pages(body, t.page_numbers, s, look.face, look.size, right=t.running == "footer")
