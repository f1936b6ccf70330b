"""Header rows recognised by meaning, and each column given its role.

A header cell is matched fuzzily (rapidfuzz) against the wordings in
``vocabulary/headers.csv``. Generic wordings (`INDIKATOR`, `TARGET`) take their level
from the columns to their left, as readers do: the `TARGET` after `INDIKATOR PROGRAM`
is the program's target. Columns under one spanning header (`TARGET` over annual, TW
label and TW value) are told apart by what their body cells hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from extract.records import Cell, TableGrid
from normalize.quarters import parse_quarter_label, quarter_number
from normalize.roles import ColumnRole, Kind
from normalize.text import collapse, is_marker
from normalize.vocabulary import QUARTER_TOKEN, vocabulary

# Roles a column can take. Levels: sasaran, program, kegiatan.
TEXT_ROLES = ("sasaran", "program", "kegiatan", "subkegiatan", "hierarchy")
INDICATOR_ROLES = {"sasaran": "sasaran_indicator", "program": "program_indicator", "kegiatan": "indicator"}
TARGET_ROLES = {"sasaran": "sasaran_target", "program": "program_target", "kegiatan": "target"}
UNIT_ROLES = {"sasaran": "sasaran_unit", "program": "program_unit", "kegiatan": "unit"}
QUARTER_ROLES = ("q1", "q2", "q3", "q4")
IGNORED_ROLES = ("number", "remarks", "budget", "code", "action", "schedule", "realisation", "baseline", "ignore")

_COLUMN_NUMBER = re.compile(r"^\(?\s*\d{1,2}\s*\)?(?:\s*=\s*[\d\s/x+*()-]+)?$")
_ROMAN_ALONE = re.compile(r"^(I|II|III|IV)$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_OCR_DIGITS = str.maketrans("lIO", "110")  # a scan's `ll` is the column number 11
# `Realisasi 2021` alone: the result of an earlier year beside the plan's targets, a baseline, never
# the column of a realisation report (`Realisasi TW I`, `Realisasi Kinerja`)
_BASELINE_REALISATION = re.compile(r"^REALISASI\s+(?:TAHUN\s+)?(?:19|20)\d\d$")
_VALUE_LIKE = re.compile(r"^[<>≥≤]?\s*(?:Rp\.?\s*)?\d[\d.,]*(?:\s|%|$)")
# A quarter column label as OCR may leave it: `Trw tl`, `TrwlI`, `TW il`, `Triwulan "`, `Triwulan Hl`,
# `TWh`, `Thi`, `Trew Ill`, `T 1` — a quarter word and up to four damaged marks for its numeral (`III` comes
# out as `ni`, `mi`, `Ul`, `Wl`, `4` as `a`; a lost numeral leaves `Tw` alone), or a lone `T` and
# marks a numeral can turn into, one of them like a numeral (not `TAHUN`). A label that is
# surely another known wording is no quarter label.
_NUMERAL_MARKS = r"[1-4AHILTMNUVW|!\"'`’‘(){}\[\] ]"
_QUARTER_LABEL_LOOSE = re.compile(
    rf"^(?:(?:T\s*[WV]{{1,2}}|TR[A-Z]?[WV]|TRIW(?:ULAN)?|TRI\s*WULAN|KUARTAL)\s*[.\-]?\s*(?:{_NUMERAL_MARKS}|[A-Z]){{0,4}}"
    rf"|T\s*[.\-]?\s*(?=.*[1-4IL|!]){_NUMERAL_MARKS}{{1,4}})$")


@dataclass(frozen=True)
class HeaderSettings:
    match_cutoff: float = 82.0  # rapidfuzz score a header cell needs to count as a known wording
    header_row_share: float = 0.5  # share of a row's filled cells that must be header wordings
    max_header_rows: int = 4
    marker_share: float = 0.7  # share of a column's filled body cells that must be list markers

    def __post_init__(self) -> None:
        if not 0 < self.match_cutoff <= 100:
            raise ValueError("match_cutoff must be in (0, 100]")
        if not 0 < self.header_row_share <= 1 or not 0 < self.marker_share <= 1:
            raise ValueError("shares must be in (0, 1]")


@dataclass(frozen=True)
class HeaderMatch:
    role: str
    wording: str
    score: float


@dataclass
class TableLayout:
    """What each column of one grid means."""

    header_rows: int
    roles: list[str]  # one per column
    labels: list[str]  # header text of each column, for reports
    scores: list[float]
    unplaced: list[str] = field(default_factory=list)  # header labels no role fits
    quarter_level: str | None = None  # the level whose indicators the quarter columns belong to
    header_first: int = 0  # the header's first row: rows above it were taken for a title printed in the table
    header_units: dict[str, str] = field(default_factory=dict)  # target role -> unit only its header prints

    @property
    def has_targets(self) -> bool:
        return any(ColumnRole.parse(r).holds_targets for r in self.roles)

    @property
    def has_indicators(self) -> bool:
        return any(ColumnRole.parse(r).kind is Kind.INDICATOR for r in self.roles)

    def columns(self, role: str) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r == role]


def _normalise_label(text: str) -> str:
    t = collapse(text).upper()
    t = re.sub(r"\s*/\s*", " / ", t)
    return t.strip(" :.")


def _score(label: str, wording: str) -> float:
    """ratio, or a slightly lower score when the label starts with the whole wording
    (`LOKASI (KABUPATEN/KOTA)`, `PAGU INDIKATIF (RIBUAN)`)."""
    score = fuzz.ratio(label, wording)
    if len(wording) >= 4 and label.startswith(wording) and label[len(wording):len(wording) + 1] in (" ", "("):
        score = max(score, 85.0 + 10.0 * len(wording) / len(label))
    return score


def match_header(text: str, settings: HeaderSettings) -> HeaderMatch | None:
    """The role a header wording stands for, or None when nothing is close enough."""
    return _match_label(_normalise_label(text), settings)


@lru_cache(maxsize=4096)
def _match_label(label: str, settings: HeaderSettings) -> HeaderMatch | None:
    if not label:
        return None
    q = parse_quarter_label(label)
    if q is not None:
        return HeaderMatch(f"q{q}", label, 100.0)
    if _BASELINE_REALISATION.match(label):
        return HeaderMatch("baseline", label, 100.0)
    # without parentheses and years: `TARGEI 2024` (OCR) is `TARGET` as surely as `TARGET 2024` is
    bare = collapse(_YEAR.sub(" ", re.sub(r"\([^)]*\)", " ", label))).strip(" :.")
    squeezed = bare.replace(" ", "")
    best: HeaderMatch | None = None
    for role, wording in vocabulary().header_wordings:
        score = max(_score(label, wording), _score(bare, wording) - 1.0 if bare else 0.0,
                    # a space OCR put inside a word (`TARGE I`)
                    fuzz.ratio(squeezed, wording.replace(" ", "")) - 1.0 if squeezed else 0.0)
        if score >= settings.match_cutoff and (best is None or score > best.score):
            best = HeaderMatch(role, wording, score)
    return best


def _is_column_number_row(texts: list[str]) -> bool:
    """`(1) (2) … (13)` or `1 2 3 …`: numbers counting up column by column (OCR may smudge one). A
    body row of bare values (`Nilai SAKIP` | `65` | `0` | `66` …) holds numbers too, but they do not
    count up, and bare numbers need every cell."""
    if len(texts) < 3:
        return False
    matches = [_COLUMN_NUMBER.match(t.translate(_OCR_DIGITS)) for t in texts]
    if sum(bool(m) for m in matches) < 0.75 * len(texts):
        return False
    if all(t.lstrip().startswith("(") for t, m in zip(texts, matches, strict=True) if m):
        return True
    values = [int(re.match(r"\D*(\d+)", t.translate(_OCR_DIGITS)).group(1))  # type: ignore[union-attr]
              for t, m in zip(texts, matches, strict=True) if m]
    rising = sum(0 < b - a <= 2 for a, b in zip(values, values[1:], strict=False))
    return len(values) == len(texts) and rising >= 0.75 * (len(values) - 1)


def _is_header_row(row: Sequence[Cell | None], settings: HeaderSettings) -> bool:
    texts = [collapse(c.text) for c in row if c is not None and collapse(c.text)]
    if not texts:
        return False
    numbers = sum(bool(_COLUMN_NUMBER.match(t.translate(_OCR_DIGITS))) for t in texts)
    if _is_column_number_row(texts):
        return True  # the row of column numbers `(1) (2) … (13)` under a header (OCR may smudge one)
    quarter_labels = sum(bool(_QUARTER_LABEL_LOOSE.match(_normalise_label(t))) for t in texts)
    years = sum(bool(_YEAR.fullmatch(t)) for t in texts)
    if quarter_labels >= 2 and numbers + quarter_labels + years >= 0.9 * len(texts):
        # `Trw I … Trw IV` beside the month numbers `1 … 12` of a schedule, or beside the year of
        # the annual target (`Target` over `2022` | `TW I` …): a body row never holds a bare year
        return True
    if any(_VALUE_LIKE.match(t) for t in texts):
        return False  # a body row: it holds a target such as `7 Unit` or `95%`
    hits = [t for t in texts if match_header(t, settings) or _ROMAN_ALONE.match(t.upper())]
    if len(hits) == 1 and len(texts) <= 2 and parse_quarter_label(hits[0]) is not None:
        return False  # a lone `TW 2 :` label is a quarter sub-row, not a header
    # A header has several labelled columns; one label alone (`Program Perencanaan …`) is a body row.
    return len(hits) >= max(2, settings.header_row_share * len(texts))


def _is_group_label_row(row: Sequence[Cell | None], settings: HeaderSettings) -> bool:
    """Under a header: one known label spanning several columns (`TARGET TRIWULAN` over label | value),
    with at most years beside it.

    Alone it would pass for a body row's one cell; below a header row it is the header's next level.
    """
    filled = [c for c in row if c is not None and collapse(c.text)]
    labels = [c for c in filled if match_header(c.text, settings) is not None]
    years = [c for c in filled if _YEAR.fullmatch(collapse(c.text))]
    # beside it, at most the year of the annual column (`TARGET TRIWULAN` | `2019`)
    if len(labels) != 1 or len(labels) + len(years) != len(filled):
        return False
    # a cell across half the table or more is a group heading (`Sasaran 1 : …`), as stitch reads it;
    # a one-column label is a header only when it names the quarters (`TRIWULAN` over a packed cell)
    match = match_header(labels[0].text, settings)
    narrow_group = match is not None and match.role == "quarter_group"
    return (2 if not narrow_group else 1) <= labels[0].colspan < len(row) // 2


def _origin(grid: TableGrid, r: int, c: int) -> Cell | None:
    """The cell covering grid position (r, c): itself, or the merged cell it belongs to."""
    for rr in range(r, -1, -1):
        for cc in range(c, -1, -1):
            cell = grid.rows[rr][cc]
            if cell is not None and rr + cell.rowspan > r and cc + cell.colspan > c:
                return cell
    return None


def _body_texts(grid: TableGrid, start: int, col: int) -> list[str]:
    cells = (row[col] for row in grid.rows[start:])
    return [t for t in (collapse(c.text) for c in cells if c is not None) if t]


def header_span(grid: TableGrid, settings: HeaderSettings) -> tuple[int, int]:
    """(first, end) rows of the header; title rows printed inside the table above it are skipped."""
    for start in range(min(3, len(grid.rows))):
        if _is_header_row(grid.rows[start], settings):
            end = start
            while end < min(len(grid.rows), start + settings.max_header_rows) and \
                    (_is_header_row(grid.rows[end], settings) or _is_group_label_row(grid.rows[end], settings)):
                end += 1
            return start, end
    return 0, 0


def grid_to_layout(grid: TableGrid, settings: HeaderSettings) -> TableLayout | None:
    """Roles of a grid's columns from its header rows; None when the grid has no header."""
    first, n_header = header_span(grid, settings)
    if n_header == 0:
        return None
    n_cols = grid.n_columns
    # Label chain of each column, top to bottom, without column-number rows.
    chains: list[list[tuple[int, str]]] = []  # (id of the header cell, its text)
    for c in range(n_cols):
        chain: list[tuple[int, str]] = []
        for r in range(first, n_header):
            cell = _origin(grid, r, c)
            if cell is None:
                continue
            text = collapse(cell.text)
            if not text or _COLUMN_NUMBER.match(text):
                continue
            if not chain or chain[-1][0] != id(cell):
                chain.append((id(cell), text))
        chains.append(chain)

    roles: list[str] = []
    scores: list[float] = []
    labels: list[str] = []
    for chain in chains:
        labels.append(" / ".join(t for _, t in chain))
        role, score = _role_of_chain([t for _, t in chain], settings)
        roles.append(role)
        scores.append(score)

    _resolve_levels(roles, chains)
    _split_spanned_groups(grid, n_header, chains, roles, settings)
    _number_quarter_runs(roles, chains)
    _quarter_groups_to_areas(roles)
    unplaced = [labels[i] or f"column {i + 1}" for i, r in enumerate(roles) if r == "unplaced"
                and _body_texts(grid, n_header, i)]
    roles = ["ignore" if r == "unplaced" and not _body_texts(grid, n_header, i) else r
             for i, r in enumerate(roles)]
    return TableLayout(header_rows=n_header, roles=roles, labels=labels, scores=scores, unplaced=unplaced,
                       quarter_level=_quarter_level(roles), header_first=first,
                       header_units=target_header_units(roles, chains))


_HEADER_UNIT = re.compile(r"\(([^()]{1,12})\)|(%)\s*$")


def header_unit(label: str) -> str | None:
    """The unit a header prints for its column's bare numbers (`Target (%)`, `Target %`), or None.

    Only a bracketed word or a closing `%` counts: a header's last word (`Target Kegiatan`) names a
    level, never a unit.
    """
    variants = vocabulary().unit_variants
    for m in _HEADER_UNIT.finditer(label):
        word = collapse(m.group(1) or m.group(2)).lower()
        if word in variants:
            return variants[word]
    return None


def target_header_units(roles: Sequence[str], chains: Sequence[Sequence[tuple[int, str]]]) -> dict[str, str]:
    """Units printed only in the header of a target column, by its role."""
    units: dict[str, str] = {}
    for role, chain in zip(roles, chains, strict=True):
        if role.split("@")[0] not in TARGET_ROLES.values():
            continue
        unit = next((u for u in (header_unit(t) for _, t in reversed(chain)) if u), None)
        if unit is not None:
            units.setdefault(role, unit)
    return units


def _quarter_groups_to_areas(roles: list[str]) -> None:
    """A column left under a quarter heading with no quarter of its own (`TRIWULAN` over one packed
    cell `TW 1 : … TW 2 : …`, or the value half of a label | value pair) holds quarter text."""
    for i, role in enumerate(roles):
        if role == "quarter_group":
            roles[i] = "quarter_area"


def _role_of_chain(chain: list[str], settings: HeaderSettings) -> tuple[str, float]:
    """Most specific matching label wins; a quarter or annual sub-label refines a TARGET parent."""
    if not chain:
        return "unplaced", 0.0
    matches = [match_header(t, settings) for t in chain]
    parent = next((m for m in matches if m is not None), None)
    if parent is not None and parent.role in ("realisation", "schedule", "budget"):
        return parent.role, parent.score  # everything under REALISASI or JADWAL belongs to it
    last_text = _normalise_label(chain[-1])
    if len(chain) > 1 and parent is not None and parent.role in ("target_generic", "quarter_group"):
        roman = _ROMAN_ALONE.match(last_text)
        if roman:
            return f"q{quarter_number(roman.group(1))}", 100.0
    for m in reversed(matches):
        if m is not None:
            return m.role, m.score
    return "unplaced", 0.0


def _level_named(label: str) -> str | None:
    u = label.upper()
    for word, level in (("SUB KEGIATAN", "kegiatan"), ("KEGIATAN", "kegiatan"), ("PROGRAM", "program"),
                        ("SASARAN", "sasaran"), ("IKU", "sasaran")):
        if word in u:
            return level
    return None


def _resolve_levels(roles: list[str], chains: list[list[tuple[int, str]]]) -> None:
    """Give generic INDIKATOR / TARGET columns the level of the columns to their left.

    A level with a second indicator column (Renja: `Keluaran Kegiatan` and `Hasil Kegiatan`)
    gets roles `indicator@2` / `target@2`, so each indicator keeps its own target.
    """
    text_level: str | None = None
    indicator_level: str | None = None
    suffix = ""
    seen: dict[str, list[int | None]] = {}
    for i, role in enumerate(roles):
        texts = [t for _, t in chains[i]]
        key = chains[i][-1][0] if chains[i] else None
        named = next((lv for lv in (_level_named(t) for t in reversed(texts)) if lv), None)
        if role in ("sasaran", "program", "kegiatan"):
            text_level = role
        elif role in ("hierarchy", "subkegiatan"):
            text_level = "kegiatan"
        elif role == "indicator_generic":
            level = named or text_level or "sasaran"
            keys = seen.setdefault(level, [])
            if key not in keys:
                keys.append(key)
            n = keys.index(key) + 1
            suffix = "" if n == 1 else f"@{n}"
            roles[i] = INDICATOR_ROLES[level] + suffix
            indicator_level = level
        elif role == "unit":
            roles[i] = UNIT_ROLES[indicator_level or named or text_level or "kegiatan"] + suffix
        elif role == "target_generic":
            if indicator_level is not None:
                roles[i] = TARGET_ROLES[indicator_level] + suffix
            else:
                roles[i] = TARGET_ROLES[named or text_level or "kegiatan"]


def role_level(role: str) -> str | None:
    """The hierarchy level an indicator or target role belongs to."""
    typed = ColumnRole.parse(role)
    return typed.level if typed.kind in (Kind.INDICATOR, Kind.TARGET) else None


def _quarter_level(roles: list[str]) -> str | None:
    """Quarter columns belong to the indicator to their left (kegiatan in most plans, sasaran in some)."""
    level = None
    for role in roles:
        level = role_level(role) or level
        if role in QUARTER_ROLES or role == "quarter_area":
            return level or "kegiatan"
    return None


def _is_quarter_label(role: str, chain: list[tuple[int, str]]) -> bool:
    if role in QUARTER_ROLES:
        return True
    label = _normalise_label(chain[-1][1]) if chain else ""
    if not _QUARTER_LABEL_LOOSE.match(label):
        return False
    known = _match_label(label, _STRICT)
    return known is None or known.role in (*QUARTER_ROLES, "quarter_group")


_STRICT = HeaderSettings(match_cutoff=90.0)  # a wording read surely enough to be no damaged TW label


def _number_quarter_runs(roles: list[str], chains: list[list[tuple[int, str]]]) -> None:
    """Quarter columns side by side are numbered by their place in the run.

    OCR damages the short numerals of a scanned header (`Trw Il` for III, `TrwlI`, `Triwulan "`)
    but not their order: four quarter columns in a row are I-IV whatever their labels read. A
    shorter run takes its numbering from the labels that do read as a quarter, by majority.
    Columns under one header cell (a scan's word alignment may split `TW 3`) share its place.
    """
    def parent(i: int) -> int | None:
        return chains[i][-2][0] if len(chains[i]) > 1 else None

    c = 0
    while c < len(roles):
        if not _is_quarter_label(roles[c], chains[c]):
            c += 1
            continue
        places = [0]  # place in the run of each column from c on
        end = c + 1
        while end < len(roles) and _is_quarter_label(roles[end], chains[end]) and parent(end) == parent(c):
            place = places[-1] + (chains[end][-1][0] != chains[end - 1][-1][0])
            if place > 3:
                break
            places.append(place)
            end += 1
        n_places = places[-1] + 1
        votes: dict[int, int] = {}
        for place, i in zip(places, range(c, end), strict=True):
            q = parse_quarter_label(chains[i][-1][1]) if chains[i] else None
            offset = q - 1 - place if q is not None else -1
            if 0 <= offset <= 4 - n_places:
                votes[offset] = votes.get(offset, 0) + 1
        if n_places == 4:
            votes = {0: 1}
        if votes and (n_places > 1 or roles[c] in QUARTER_ROLES):
            offset = max(votes, key=lambda o: (votes[o], -o))
            for place, i in zip(places, range(c, end), strict=True):
                roles[i] = f"q{offset + place + 1}"
        c = end


def _split_spanned_groups(grid: TableGrid, n_header: int, chains: list[list[tuple[int, str]]],
                          roles: list[str], settings: HeaderSettings) -> None:
    """Columns that share one header cell: markers, quarter labels and quarter values by body content."""
    c = 0
    while c < len(roles):
        key = chains[c][-1][0] if chains[c] else None
        end = c + 1
        while end < len(roles) and key is not None and chains[end] and chains[end][-1][0] == key:
            end += 1
        if end - c > 1:
            group_role = roles[c]
            for i in range(c, end):
                body = _body_texts(grid, n_header, i)
                widths = [grid.column_edges[j + 1] - grid.column_edges[j] for j in range(c, end)]
                narrow = widths[i - c] < 0.5 * max(widths)
                if group_role in ("kegiatan", "subkegiatan", "hierarchy", "program", "sasaran", "number") and (
                        (body and sum(is_marker(t) for t in body) >= settings.marker_share * len(body))
                        or (not body and narrow)):
                    roles[i] = "marker" if group_role in ("kegiatan", "subkegiatan", "hierarchy", "program") \
                        else "number"
                elif body and sum(bool(QUARTER_TOKEN.search(t)) for t in body) >= 0.5 * len(body):
                    roles[i] = "quarter_area"
            if group_role in TARGET_ROLES.values():
                first = True
                for i in range(c, end):
                    if roles[i] == group_role:
                        if first:
                            first = False
                        else:
                            roles[i] = "quarter_area"  # values beside their TW labels
        c = end
