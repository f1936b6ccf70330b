"""Draw a plan's content from the vocabulary with a seeded random generator.

Only wording and numbers are chosen here; how they are drawn is the layout's business.
A ``ContentShape`` says what a layout family can show (how many of each level, which
levels carry quarter targets or a responsible official), so the truth never holds
something the page does not print.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from samples.generator.model import (
    BLANK,
    Indicator,
    Kegiatan,
    Level,
    Plan,
    Program,
    Region,
    Sasaran,
    Signatory,
    SubKegiatan,
    Target,
)
from samples.generator.quarters import split_quarters
from samples.generator.targets import DASH, NumberStyle, format_number, make_target, text_target, unit_spellings
from samples.generator.vocab import (
    DOMAINS,
    SUPPORT_PROGRAM,
    SUPPORT_SASARAN,
    SUPPORT_UNIT,
    Domain,
    Keg,
    Measure,
    Prog,
    Unit,
)
from samples.generator.vocab.codes import URUSAN
from samples.generator.vocab.places import DEGREES, FIRST_NAMES, LAST_NAMES, MONTHS, PREFIXES, RANKS, REGIONS

Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ContentShape:
    """What a layout family can show. Ranges are inclusive."""

    sasaran: Range = (2, 3)
    programs_per_sasaran: Range = (1, 3)
    kegiatan_per_program: Range = (1, 3)
    support_kegiatan: Range = (2, 5)
    sub_per_kegiatan: Range = (0, 3)
    quarter_levels: frozenset[Level] = frozenset({"kegiatan", "subkegiatan"})
    responsible_levels: frozenset[Level] = frozenset({"kegiatan", "subkegiatan"})
    with_support_program: float = 0.85  # probability
    blank_quarters: float = 0.03  # probability an indicator's quarter cells are all blank
    # Indicators per node; a range other than (1, 1) adds indicators drawn from templates.
    sasaran_indicators: Range = (1, 1)
    program_indicators: Range = (1, 1)
    kegiatan_indicators: Range = (1, 1)
    sub_indicators: Range = (1, 1)
    annual_levels: frozenset[Level] = frozenset({"sasaran", "program", "kegiatan", "subkegiatan"})
    # Levels whose targets are printed as bare numbers, the unit in a SATUAN column.
    unit_column_levels: frozenset[Level] = frozenset()
    sasaran_dash_quarters: float = 0.0  # probability of "- - - 80%" sasaran quarters


@dataclass(frozen=True, slots=True)
class _DocStyle:
    """Per-document habits of the person who typed the plan."""

    numbers: NumberStyle
    annual_spelling: dict[str, str]  # canonical unit -> spelling used for annual targets
    quarter_spelling: dict[str, str]
    sentence_case: bool  # "Perumusan kebijakan teknis" rather than "Perumusan Kebijakan Teknis"
    program_prefix: bool  # "Program Pengelolaan Pendidikan"
    kasubag: str  # how "Kasubag." is written


def build_plan(rng: random.Random, shape: ContentShape) -> Plan:
    domain = rng.choice(DOMAINS)
    agency = rng.choice(domain.agencies)
    region = rng.choice(REGIONS)
    year = rng.randint(2019, 2025)
    revised = rng.random() < 0.35
    style = _pick_style(rng)
    sasaran = _build_sasaran(rng, shape, style, domain, region)
    plan = Plan(
        agency=agency.name,
        agency_short=agency.short,
        region=region,
        year=year,
        revised=revised,
        sasaran=sasaran,
        signatory=_signatory(rng, region, year, revised, agency.head_title),
    )
    _budgets(rng, plan)  # drawn last, so layouts without a budget column keep their old content
    return plan


def _budgets(rng: random.Random, plan: Plan) -> None:
    """Rupiah per sub kegiatan; a kegiatan's is the sum of its subs, a program's of its kegiatan."""
    for sas in plan.sasaran:
        for prog in sas.programs:
            for keg in prog.kegiatan:
                for sub in keg.subkegiatan:
                    sub.budget = rng.randint(20, 4000) * 50_000
                keg.budget = sum(s.budget or 0 for s in keg.subkegiatan) or rng.randint(40, 6000) * 50_000
            prog.budget = sum(k.budget or 0 for k in prog.kegiatan)


def _pick_style(rng: random.Random) -> _DocStyle:
    all_units = ["laporan", "dokumen", "eksemplar", "orang", "unit", "jenis", "buah", "kali", "surat",
                 "rekening", "paket", "kegiatan", "desa", "sekolah"]
    annual = {u: rng.choice(unit_spellings(u)) for u in all_units}
    quarter = {u: (annual[u] if rng.random() < 0.6 else rng.choice(unit_spellings(u))) for u in all_units}
    return _DocStyle(
        numbers=NumberStyle.pick(rng),
        annual_spelling=annual,
        quarter_spelling=quarter,
        sentence_case=rng.random() < 0.5,
        program_prefix=rng.random() < 0.4,
        kasubag=rng.choice(["Kasubag.", "Kasubag.", "Kepala Sub Bagian", "Kasubbag."]),
    )


def _build_sasaran(rng: random.Random, shape: ContentShape, style: _DocStyle, domain: Domain,
                   region: Region) -> list[Sasaran]:
    with_support = rng.random() < shape.with_support_program
    # No more domain sasaran than programs: every sasaran row needs a program under it.
    n_domain = min(len(domain.sasaran), len(domain.programs),
                   max(1, rng.randint(*shape.sasaran) - int(with_support)))
    specs = rng.sample(domain.sasaran, n_domain)
    programs = list(domain.programs)
    rng.shuffle(programs)
    # Every domain sasaran gets at least one program; the rest are dealt out in turn.
    per_sasaran: list[list[Prog]] = [[] for _ in specs]
    limit = [rng.randint(*shape.programs_per_sasaran) for _ in specs]
    for i, prog in enumerate(programs):
        slot = i % len(specs)
        if len(per_sasaran[slot]) < limit[slot]:
            per_sasaran[slot].append(prog)
    used = _UsedText()
    # Further sasaran indicators come from the sasaran this plan does not pursue.
    pool = [sp.measure for sp in domain.sasaran if sp not in specs] + [sp.measure for sp in SUPPORT_SASARAN]

    def more(k: int) -> list[Measure]:
        fresh = [m for m in pool if m.text not in used.seen]
        return rng.sample(fresh, min(k, len(fresh)))

    out: list[Sasaran] = []
    for spec, progs in zip(specs, per_sasaran, strict=True):
        sas = Sasaran(text=_case(spec.name, style),
                      indicators=_indicators(rng, spec.measure, "sasaran", shape, style, used, more))
        sas.programs = [_program(rng, p, shape, style, domain.units, region, used, shape.kegiatan_per_program,
                                 f"{URUSAN[domain.key]}.{domain.programs.index(p) + 2:02d}")
                        for p in progs]
        out.append(sas)
    if with_support:
        spec = rng.choice([sp for sp in SUPPORT_SASARAN if sp.measure.text not in used.seen])
        sas = Sasaran(text=_case(spec.name, style),
                      indicators=_indicators(rng, spec.measure, "sasaran", shape, style, used, more))
        sas.programs = [_program(rng, SUPPORT_PROGRAM, shape, style, (SUPPORT_UNIT,), region, used,
                                 shape.support_kegiatan, f"{URUSAN[domain.key]}.01")]
        out.append(sas)
    return out


class _UsedText:
    """Indicator texts already in the document: the scorer matches rows by indicator text."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def add(self, text: str) -> None:
        self.seen.add(text)


def _program(rng: random.Random, spec: Prog, shape: ContentShape, style: _DocStyle, units: tuple[Unit, ...],
             region: Region, used: _UsedText, n_keg: Range, code: str) -> Program:
    unit = rng.choice(units)
    name = _localise(spec.name, region)
    if style.program_prefix:
        name = f"Program {name}"
    text = _case(name, style)
    program = Program(text=text,
                      indicators=_indicators(rng, _localise_m(spec.measure, region), "program", shape, style, used,
                                             _templated(rng, text, used)),
                      responsible=_responsible(rng, "program", shape, unit, style), code=code)
    chosen = _ordered_sample(rng, spec.kegiatan, rng.randint(*n_keg))
    program.kegiatan = [_kegiatan(rng, k, shape, style, unit, region, used,
                                  f"{code}.2.{spec.kegiatan.index(k) + 1:02d}") for k in chosen]
    return program


def _kegiatan(rng: random.Random, spec: Keg, shape: ContentShape, style: _DocStyle, unit: Unit, region: Region,
              used: _UsedText, code: str) -> Kegiatan:
    text = _case(_localise(spec.name, region), style)
    keg = Kegiatan(text=text,
                   indicators=_indicators(rng, _localise_m(spec.measure, region), "kegiatan", shape, style, used,
                                          _templated(rng, text, used)),
                   responsible=_responsible(rng, "kegiatan", shape, unit, style), code=code)
    for sub in _ordered_sample(rng, spec.subs, rng.randint(*shape.sub_per_kegiatan)):
        measure = _localise_m(sub.measure, region)
        if measure.text in used.seen:  # the kegiatan already says it; a second copy would be ambiguous
            continue
        sub_text = _case(_localise(sub.name, region), style)
        keg.subkegiatan.append(SubKegiatan(
            text=sub_text,
            indicators=_indicators(rng, measure, "subkegiatan", shape, style, used,
                                   _templated(rng, sub_text, used)),
            responsible=_responsible(rng, "subkegiatan", shape, unit, style),
            code=f"{code}.{spec.subs.index(sub) + 1:04d}",
        ))
    return keg


def _ordered_sample(rng: random.Random, items: tuple, k: int) -> list:
    """k items kept in vocabulary order (plans list kegiatan in nomenclature order)."""
    k = max(0, min(k, len(items)))
    picks = sorted(rng.sample(range(len(items)), k))
    return [items[i] for i in picks]


def _responsible(rng: random.Random, level: Level, shape: ContentShape, unit: Unit, style: _DocStyle) -> str | None:
    if level not in shape.responsible_levels:
        return None
    who = unit.head if level in ("program", "kegiatan") or rng.random() < 0.5 else rng.choice(unit.staff)
    if unit is SUPPORT_UNIT and level == "kegiatan" and rng.random() < 0.6:
        who = rng.choice(unit.staff)
    return who.replace("Kasubag.", style.kasubag)


_RANGES: dict[str, str] = {"sasaran": "sasaran_indicators", "program": "program_indicators",
                           "kegiatan": "kegiatan_indicators", "subkegiatan": "sub_indicators"}

# Further indicators of a program, kegiatan or sub kegiatan, worded from its own name.
_TEMPLATES: tuple[tuple[str, str | None, float, float], ...] = (
    ("Persentase capaian {x}", "%", 80, 100),
    ("Persentase realisasi fisik {x}", "%", 75, 100),
    ("Tingkat ketepatan waktu {x}", "%", 90, 100),
    ("Jumlah laporan {x}", "laporan", 1, 12),
)


def _templated(rng: random.Random, name: str, used: _UsedText) -> Callable[[int], list[Measure]]:
    def more(k: int) -> list[Measure]:
        x = " ".join(w.lower() if w[:1].isupper() and w[1:].islower() else w for w in name.split(" "))
        out = [Measure(t.format(x=x), unit, lo, hi) for t, unit, lo, hi in _TEMPLATES]
        return rng.sample([m for m in out if m.text not in used.seen], k)

    return more


def _indicators(rng: random.Random, main: Measure, level: Level, shape: ContentShape, style: _DocStyle,
                used: _UsedText, more: Callable[[int], list[Measure]]) -> list[Indicator]:
    lo, hi = getattr(shape, _RANGES[level])
    n = lo if lo == hi else rng.randint(lo, hi)  # no draw for fixed counts: keeps old seeds' content
    if n:
        used.add(main.text)  # so that further indicators never repeat it
    measures = ([main] if n else []) + (more(n - 1) if n > 1 else [])
    return [_indicator(rng, m, level, shape, style, used) for m in measures]


def _indicator(rng: random.Random, m: Measure, level: Level, shape: ContentShape, style: _DocStyle,
               used: _UsedText) -> Indicator:
    text = _case(m.text, style, indicator=True)
    used.add(text)
    unit_column = level in shape.unit_column_levels
    label = _unit_label(m, style) if unit_column else None
    unit = "indeks" if label == "Indeks" else m.unit
    if m.choices:
        annual = text_target(rng.choice(m.choices))
        quarters = (BLANK, BLANK, BLANK, annual) if level in shape.quarter_levels else None
        return Indicator(text=text, annual=_annual_if(level, shape, annual), quarters=quarters, unit_label=label)
    value = _draw_value(rng, m)
    bare = unit_column and not (m.unit == "%" and rng.random() < 0.3)  # "95" under SATUAN "%", or "95%"
    annual = _target(value, unit, style.annual_spelling, style, bare)
    if (not unit_column and m.unit not in (None, "%", "rupiah") and m.unit in style.annual_spelling
            and rng.random() < 0.02):
        annual = make_target(value, None, None, style.numbers)  # "12" where quarters say "19 Orang"
    annual_cell = _annual_if(level, shape, annual)
    if level not in shape.quarter_levels:
        return Indicator(text=text, annual=annual_cell, unit_label=label)
    if rng.random() < shape.blank_quarters and annual_cell is not None:
        return Indicator(text=text, annual=annual_cell, quarters=(BLANK, BLANK, BLANK, BLANK), unit_label=label)
    if level == "sasaran" and shape.sasaran_dash_quarters and rng.random() < shape.sasaran_dash_quarters:
        split: list[Decimal | None] = [None, None, None, value]  # the year's level, reported at year end
    else:
        split = split_quarters(value, m.unit, rng)
    qs = [DASH if q is None else _target(q, unit, style.quarter_spelling, style, bare) for q in split]
    return Indicator(text=text, annual=annual_cell, quarters=(qs[0], qs[1], qs[2], qs[3]), unit_label=label)


def _annual_if(level: Level, shape: ContentShape, annual: Target) -> Target | None:
    return annual if level in shape.annual_levels else None


def _unit_label(m: Measure, style: _DocStyle) -> str | None:
    """What a SATUAN column says for this indicator."""
    if m.unit == "%":
        return "%"
    if m.unit == "rupiah":
        return "Rp"
    if m.unit is None:
        return "Indeks" if m.text.startswith("Indeks") and not m.choices else None
    return style.annual_spelling.get(m.unit) or unit_spellings(m.unit)[0]


def _target(v: Decimal, unit: str | None, spellings: dict[str, str], style: _DocStyle,
            bare: bool = False) -> Target:
    if bare:  # the unit is printed in its own column
        return Target(raw=format_number(v, style.numbers), value=float(v), unit=unit)
    spelling = None
    if unit not in (None, "%", "rupiah"):
        spelling = spellings.get(unit) or unit_spellings(unit)[0]
    return make_target(v, unit, spelling, style.numbers)


def _draw_value(rng: random.Random, m: Measure) -> Decimal:
    if m.unit == "rupiah":
        step = 10**rng.choice([5, 6, 7])  # budgets are round to hundreds of thousands or more
        return Decimal(int(rng.uniform(m.lo, m.hi)) // step * step)
    if m.lo == m.hi:
        return Decimal(int(m.lo)) if float(m.lo).is_integer() else Decimal(str(m.lo))
    decimals = m.decimals
    if m.unit == "%" and rng.random() < 0.12:
        decimals = 1
    if m.unit is None and decimals and rng.random() < 0.3:
        decimals = 0
    v = Decimal(str(rng.uniform(m.lo, m.hi))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if m.unit == "%" and decimals == 0 and rng.random() < 0.6:
        v = (v / 5).quantize(Decimal(1), rounding=ROUND_HALF_UP) * 5  # 85%, 90%, 95%
        v = min(max(v, Decimal(int(m.lo))), Decimal(int(m.hi)))
    return v.normalize() if v == v.to_integral_value() else v


def _localise(text: str, region: Region) -> str:
    """Nomenclature says ``Kabupaten/Kota``; a province's plan says ``Provinsi``."""
    return text.replace("Kabupaten/Kota", "Provinsi") if region.kind == "Provinsi" else text


def _localise_m(m: Measure, region: Region) -> Measure:
    return Measure(_localise(m.text, region), m.unit, m.lo, m.hi, m.decimals, m.choices)


def _case(text: str, style: _DocStyle, indicator: bool = False) -> str:
    """Sentence case lower-cases plain capitalised words after the first; acronyms stay."""
    if not style.sentence_case or indicator:
        return text
    words = text.split(" ")
    out = [words[0]]
    for w in words[1:]:
        plain = w[:1].isupper() and w[1:].islower() and w[1:].isalpha()
        out.append(w.lower() if plain else w)
    return " ".join(out)


def _signatory(rng: random.Random, region: Region, year: int, revised: bool, position: str) -> Signatory:
    # A revised plan is signed after the budget revision; an original one around New Year.
    month = rng.choice([8, 9, 10, 11]) if revised else rng.choice([1, 2, 12])
    sign_year = year - 1 if month == 12 else year
    prefix = rng.choice(PREFIXES)
    degree = rng.choice(DEGREES)
    if prefix.strip() in ("Drs.", "Ir.", "dr.") and ", " in degree:
        degree = degree.split(", ")[1]
    name = f"{prefix}{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}, {degree}"
    born = (rng.randint(1965, 1982), rng.randint(1, 12), rng.randint(1, 28))
    tmt = (born[0] + rng.randint(22, 28), rng.randint(1, 12))
    nip = f"{born[0]}{born[1]:02d}{born[2]:02d} {tmt[0]}{tmt[1]:02d} {rng.randint(1, 2)} {rng.randint(1, 5):03d}"
    return Signatory(place=region.capital, date=f"{rng.randint(1, 28)} {MONTHS[month - 1]} {sign_year}",
                     position=position, name=name, rank=rng.choice(RANKS), nip=nip)
