"""Furniture of fuzzed documents: running header or footer, page-number footers in several forms.

A running line names the agency and region (``INSPEKTORAT PROVINSI JAWA BARAT``), with the
plan's year when it heads the page, so a document with no title still says whose plan of
which year it is.
"""

from __future__ import annotations

from samples.generator.blocks import Line, draw_block
from samples.generator.fonts import FontFace
from samples.generator.model import Plan
from samples.generator.pagesetup import PageSetup
from samples.generator.render import Page

PAGE_NUMBER = {"plain": "{n}", "dashed": "- {n} -", "halaman": "Halaman {n} dari {total}"}


def running_text(plan: Plan, where: str) -> str:
    who = f"{plan.agency.upper()} {plan.region.full.upper()}"
    return f"RENCANA AKSI TAHUN {plan.year} - {who}" if where == "header" else who


def running_height(where: str, size: float) -> float:
    return size * 3.0 if where == "header" else 0.0


def draw_running(pages: list[Page], plan: Plan, where: str, setup: PageSetup, face: FontFace, size: float) -> None:
    text = running_text(plan, where)
    for page in pages:
        y = setup.top if where == "header" else page.height - setup.bottom * 0.7
        draw_block(page.ops, [Line(text, size)], face, y, setup.left, page.width - setup.right, align="left")


def number_pages(pages: list[Page], style: str, setup: PageSetup, face: FontFace, size: float,
                 right: bool) -> None:
    """Page numbers at the foot (right-aligned when a running footer holds the left)."""
    for n, page in enumerate(pages, 1):
        text = PAGE_NUMBER[style].format(n=n, total=len(pages))
        y = page.height - setup.bottom * (0.7 if right else 0.55)
        draw_block(page.ops, [Line(text, size)], face, y, setup.left, page.width - setup.right,
                   align="right" if right else "center")
