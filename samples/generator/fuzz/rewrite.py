"""Content rewrites some traits need, made on the plan before its truth is written.

Each rewrite changes what is printed and what it means together, so the truth stays
exact: English notation (``1,200`` is twelve hundred), compound targets (value and unit
null, the raw whole), the unit printed only in the header (``Target (%)``: bare numbers,
the unit from the header) and keyword prefixes (``Program ...``, ``Kegiatan ...``).
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from samples.generator.fuzz.traits import Traits
from samples.generator.model import Indicator, Kegiatan, Plan, Program, Sasaran, SubKegiatan, Target

Node = Sasaran | Program | Kegiatan | SubKegiatan
TargetFn = Callable[[Target], Target]
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_COMPOUND = ("{a} peraturan dan {b} dokumen", "{a} PKPT & {b} Laporan", "{a} Bimtek, total peserta {b} Aparat",
             "{a} dan {b}", "{a} Kegiatan dan {b} Laporan")


def nodes(plan: Plan) -> Iterator[Node]:
    for s in plan.sasaran:
        yield s
        for p in s.programs:
            yield p
            for k in p.kegiatan:
                yield k
                yield from k.subkegiatan


def english_number(v: Decimal) -> str:
    """``1200`` -> ``1,200``; ``80.5`` -> ``80.5``; ``125450000`` -> ``125,450,000``."""
    whole, _, frac = format(v.normalize(), "f").partition(".")
    grouped = f"{int(whole):,}"
    return f"{grouped}.{frac}" if frac else grouped


def to_english(t: Target) -> Target:
    if t.value is None or not _NUMBER.search(t.raw):
        return t
    number = english_number(Decimal(repr(t.value)))
    return dataclasses.replace(t, raw=_NUMBER.sub(number, t.raw, count=1))


def map_targets(plan: Plan, fn: TargetFn, annual_only: bool = False) -> None:
    for node in nodes(plan):
        node.indicators = [_map_indicator(ind, fn, annual_only) for ind in node.indicators]


def _map_indicator(ind: Indicator, fn: TargetFn, annual_only: bool) -> Indicator:
    annual = fn(ind.annual) if ind.annual is not None else None
    quarters = ind.quarters
    if quarters is not None and not annual_only:
        quarters = (fn(quarters[0]), fn(quarters[1]), fn(quarters[2]), fn(quarters[3]))
    return dataclasses.replace(ind, annual=annual, quarters=quarters)


def percent_in_header(t: Target) -> Target:
    """Under ``Target (%)`` a percentage prints bare; any bare number reads as a percentage."""
    if t.value is None:
        return t
    if t.unit == "%":
        return dataclasses.replace(t, raw=t.raw.replace("%", "").strip())
    if t.unit is None:
        return dataclasses.replace(t, unit="%")
    return t


def unit_header(plan: Plan) -> None:
    """``Target (%)`` over the annual column: percentages print bare, bare numbers read as %.

    A bare annual count whose quarters name their unit (``18`` beside ``5 Orang``) gets that unit
    printed (``18 Orang``): under a ``%`` header a reader would otherwise take it for 18 %.
    """
    for node in nodes(plan):
        node.indicators = [_unit_header(ind) for ind in node.indicators]


def _unit_header(ind: Indicator) -> Indicator:
    a = ind.annual
    if a is None:
        return ind
    units = [q for q in ind.quarters or () if q.value is not None and q.unit not in (None, "%")]
    if a.value is not None and a.unit is None and units:
        spelling = _NUMBER.sub("", units[0].raw).strip()
        return dataclasses.replace(ind, annual=Target(f"{a.raw} {spelling}", a.value, units[0].unit))
    return dataclasses.replace(ind, annual=percent_in_header(a))


def english_evidence(plan: Plan) -> None:
    """Two percentages with two decimals, so the document shows its notation (``94.75``)."""
    done = 0
    for node in nodes(plan):
        for i, ind in enumerate(node.indicators):
            a = ind.annual
            if done < 2 and a is not None and a.unit == "%" and a.value is not None and a.value > 1:
                v = Decimal(repr(a.value)).to_integral_value() - Decimal("0.25")
                node.indicators[i] = dataclasses.replace(ind, annual=Target(f"{v}%", float(v), "%"))
                done += 1


def add_compounds(plan: Plan, rng: random.Random) -> None:
    """One or two count targets become compound: ``2 peraturan dan 500 dokumen``."""
    spots = [(node, i) for node in nodes(plan) for i, ind in enumerate(node.indicators)
             if _count(ind.annual) or (ind.annual is None and ind.quarters and _count(ind.quarters[3]))]
    for node, i in rng.sample(spots, min(len(spots), rng.randint(1, 2))):
        raw = rng.choice(_COMPOUND).format(a=rng.randint(1, 5), b=rng.choice((12, 33, 150, 450, 500)))
        ind = node.indicators[i]
        compound = Target(raw, None, None)
        if ind.annual is not None:
            node.indicators[i] = dataclasses.replace(ind, annual=compound)
        elif ind.quarters is not None:
            q = ind.quarters
            node.indicators[i] = dataclasses.replace(ind, quarters=(q[0], q[1], q[2], compound))


def _count(t: Target | None) -> bool:
    return t is not None and t.value is not None and t.unit not in (None, "%", "rupiah")


_SECOND = (("dokumen", "Dokumen"), ("laporan", "Laporan"), ("kegiatan", "Kegiatan"), ("orang", "Orang"))


def split_targets(plan: Plan, rng: random.Random, unit_column: bool) -> None:
    """One or two indicators with no quarters get a second target sub-row (``2 Dokumen`` / ``1 Laporan``):
    the same indicator text twice in a row, which the layout prints as one indicator cell over both."""
    spots = [(node, i) for node in nodes(plan) for i, ind in enumerate(node.indicators)
             if ind.quarters is None and ind.annual is not None and ind.annual.value is not None]
    for node, i in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 2))), key=lambda s: -s[1]):
        ind = node.indicators[i]
        unit, spelling = rng.choice([u for u in _SECOND if ind.annual is None or u[0] != ind.annual.unit])
        n = rng.randint(1, 12)
        raw = str(n) if unit_column else f"{n} {spelling}"
        second = Indicator(ind.text, Target(raw, float(n), unit), None, spelling if unit_column else None)
        node.indicators.insert(i + 1, second)


def add_keywords(plan: Plan) -> None:
    for s in plan.sasaran:
        for p in s.programs:
            if not p.text.lower().startswith("program"):
                p.text = f"Program {p.text}"
            for k in p.kegiatan:
                k.text = f"Kegiatan {k.text}"
                for sk in k.subkegiatan:
                    sk.text = f"Sub Kegiatan {sk.text}"


def rewrite(plan: Plan, t: Traits, rng: random.Random) -> None:
    if t.split_target:
        split_targets(plan, rng, t.unit == "column")
    if t.compound:
        add_compounds(plan, rng)
    if t.english:
        english_evidence(plan)
    if t.unit == "header":
        unit_header(plan)
    if t.english:
        map_targets(plan, to_english)
    if t.keywords:
        add_keywords(plan)
