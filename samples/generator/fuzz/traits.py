"""The layout traits of a fuzzed document, each drawn on its own from its own random stream.

Every trait has a table of values (with weights) in ``CHOICES``; ``draw_traits(seed)``
draws each from ``random.Random(f"fuzz:{seed}:trait:{name}")``, so no trait's draw depends
on another's and adding a trait never changes the others of an old seed. A few
combinations cannot be printed (no annual column and no quarters: no targets at all);
``reconcile`` settles those in the open and the document records what it really drew.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass

from samples.generator.fonts import FACE_NAMES

# name -> (values, weights). Values are strings or booleans; weights are relative.
CHOICES: dict[str, tuple[tuple[str | bool, ...], tuple[float, ...]]] = {
    "paper": (("F4", "A4", "Letter", "A3", "Legal"), (4, 3, 1, 2, 1)),
    "orientation": (("landscape", "portrait", "rotated"), (5, 2, 2)),
    "face": (FACE_NAMES, tuple(1.0 for _ in FACE_NAMES)),
    "size": (("6.5", "7", "7.5", "8", "8.5", "9"), (1, 2, 2, 2, 1, 1)),
    "rules": (("grid", "horizontal", "none", "double"), (5, 2, 2, 2)),
    "shading": (("none", "full", "inset"), (3, 3, 2)),
    "names": (("single", "staircase"), (3, 2)),
    "sasaran": (("row", "column", "heading"), (1, 1, 1)),
    "markers": (("none", "list", "absolute", "relative", "running", "codes"), (1, 2, 1, 2, 1, 1)),
    "marker_place": (("column", "inline"), (3, 1)),
    "keywords": ((False, True), (3, 1)),
    "indent": ((False, True), (1, 1)),
    "merge_owner": ((True, False), (2, 1)),
    "unit": (("cells", "column", "header"), (3, 2, 1)),
    "annual": ((True, False), (5, 1)),
    "quarters": (("none", "wide", "subrows", "packed"), (1, 4, 2, 2)),
    "quarter_label": (("TW {r}", "Triwulan {r}", "Trw. {r}", "TW {n}", "TW. {n}", "Trw {r}", "TRIWULAN {r}"),
                      (3, 2, 1, 2, 1, 1, 1)),
    "quarter_levels": (("all", "lower", "program_down"), (1, 2, 1)),
    "target_header": (("flat", "grouped", "year"), (2, 2, 1)),
    "subrow_header": (("target", "pair"), (1, 1)),
    "packed_sep": ((" : ", ": "), (1, 1)),
    "responsible": (("none", "lower", "program_down"), (1, 2, 2)),
    "budget": ((False, True), (2, 1)),
    "baseline": ((False, True), (3, 1)),
    "notes": ((False, True), (2, 1)),
    "unit_pos": (("after_indicator", "after_targets"), (3, 1)),
    "budget_pos": (("before_targets", "after_targets", "last"), (1, 2, 1)),
    "responsible_pos": (("before_notes", "last"), (2, 1)),
    "annual_pos": (("first", "last"), (4, 1)),
    "multi_indicator": ((False, True), (2, 1)),
    "field_labels": ((False, True), (4, 1)),
    "compound": ((False, True), (2, 1)),
    "split_target": ((False, True), (3, 1)),
    "english": ((False, True), (4, 1)),
    "cover": ((False, True), (2, 1)),
    "title": ((True, False), (4, 1)),
    "running": (("none", "header", "footer"), (3, 1, 1)),
    "page_numbers": (("none", "plain", "dashed", "halaman"), (2, 2, 1, 1)),
    "signature": ((True, False), (3, 1)),
    "column_numbers": ((False, True), (2, 1)),
    "repeat_header": ((True, False), (3, 1)),
    "row_split": ((True, False), (3, 1)),
    "sasaran_new_page": ((False, True), (3, 1)),
    "table_per_sasaran": ((False, True), (3, 1)),
    "close_at_break": ((True, False), (2, 1)),
    "rule_noise": ((False, True), (2, 1)),
}


@dataclass(frozen=True, slots=True)
class Traits:
    """One document's layout. Field names are the keys of ``CHOICES``."""

    paper: str
    orientation: str
    face: str
    size: str
    rules: str
    shading: str
    names: str
    sasaran: str
    markers: str
    marker_place: str
    keywords: bool
    indent: bool
    merge_owner: bool
    unit: str
    annual: bool
    quarters: str
    quarter_label: str
    quarter_levels: str
    target_header: str
    subrow_header: str
    packed_sep: str
    responsible: str
    budget: bool
    baseline: bool
    notes: bool
    unit_pos: str
    budget_pos: str
    responsible_pos: str
    annual_pos: str
    multi_indicator: bool
    field_labels: bool
    compound: bool
    split_target: bool
    english: bool
    cover: bool
    title: bool
    running: str
    page_numbers: str
    signature: bool
    column_numbers: bool
    repeat_header: bool
    row_split: bool
    sasaran_new_page: bool
    table_per_sasaran: bool
    close_at_break: bool
    rule_noise: bool

    def as_dict(self) -> dict[str, str | bool]:
        return dataclasses.asdict(self)

    def column_count(self) -> int:
        """Roughly how many columns the table has: portrait pages take only narrow tables."""
        n = 2 + (3 if self.names == "staircase" else 1) + (self.sasaran == "column")
        n += self.markers != "none" and self.marker_place == "column"
        n += {"none": 0, "wide": 4, "subrows": 2, "packed": 1}[self.quarters] + self.annual
        n += sum((self.unit == "column", self.budget, self.baseline, self.notes, self.responsible != "none"))
        return n


# A layout today's pipeline reads (F1 1.000): the base that ``bench.fuzz --ablate`` changes one trait at a time.
PLAIN = Traits(paper="A4", orientation="landscape", face="LiberationSans", size="8", rules="grid", shading="none",
               names="single", sasaran="row", markers="list", marker_place="column", keywords=False, indent=False,
               merge_owner=True, unit="cells", annual=True, quarters="wide", quarter_label="TW {r}",
               quarter_levels="lower", target_header="flat", subrow_header="target", packed_sep=" : ",
               responsible="lower", budget=False, baseline=False, notes=False, unit_pos="after_indicator",
               budget_pos="after_targets", responsible_pos="before_notes", annual_pos="first",
               multi_indicator=False, field_labels=False, compound=False, split_target=False, english=False,
               cover=False, title=True,
               running="none", page_numbers="none", signature=True, column_numbers=False, repeat_header=True,
               row_split=True, sasaran_new_page=False, table_per_sasaran=False,
               close_at_break=True, rule_noise=False)


def one_change(name: str, value: str | bool) -> Traits:
    """``PLAIN`` with one trait changed (and what ``reconcile`` then settles)."""
    return reconcile(dataclasses.replace(PLAIN, **{name: value}))  # type: ignore[arg-type]


def draw(seed: int, name: str) -> str | bool:
    values, weights = CHOICES[name]
    return random.Random(f"fuzz:{seed}:trait:{name}").choices(values, weights)[0]


def draw_traits(seed: int) -> Traits:
    drawn = {name: draw(seed, name) for name in CHOICES}
    return reconcile(Traits(**drawn))  # type: ignore[arg-type]


def reconcile(t: Traits) -> Traits:
    """Settle the combinations no page can print; everything else stays as drawn."""
    fix: dict[str, object] = {}
    if not t.annual and t.quarters == "none":
        fix["annual"] = True  # a table with no target column has no rows
    if t.names == "staircase" and t.sasaran == "column":
        fix["sasaran"] = "row"  # the staircase's first column already is the sasaran column
    if t.markers in ("codes", "absolute", "relative", "running"):
        fix["marker_place"] = "column"  # only list markers are printed inline
    if t.english:
        fix["budget"] = True  # budgets (``125,450,000``) are what shows a reader the notation is English
    if not (t.title or t.cover or t.running != "none"):
        fix["running"] = "header"  # agency, region and year must be printed somewhere
    t = dataclasses.replace(t, **fix)  # type: ignore[arg-type]
    if t.orientation == "portrait" and t.column_count() > 9:
        t = dataclasses.replace(t, orientation="landscape")  # a wide table is never printed portrait
    return t
