"""Agency, region and fiscal year from the document's own title or cover — never its file name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.records import DocumentContent, TextLine
from normalize.text import collapse

_YEAR_AFTER_TAHUN = re.compile(r"\bTAHUN(?:\s+ANGGARAN)?\s*:?\s*((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_REGION = re.compile(
    r"\b(?P<kind>KABUPATEN|KAB\.?|KOTA|PROVINSI|PROV\.?|PEMERINTAH\s+(?:KABUPATEN|KOTA|PROVINSI))\s+"
    r"(?P<name>[A-Z][A-Z.'\- ]{1,40}?)\s*(?=$|TAHUN|\d|,)",
    re.IGNORECASE,
)
_AGENCY_START = re.compile(
    r"(?:^|\s)(?:PEMERINTAH\s+\S+\s+\S+\s+)?(?P<agency>(?:BADAN|DINAS|KANTOR|SEKRETARIAT|INSPEKTORAT|SATUAN|RUMAH\s+SAKIT|"
    r"RSUD|KECAMATAN|KELURAHAN|BAGIAN|BIRO|UPTD|UPT|BAPPEDA|BAPPELITBANGDA|BAPENDA|BPKAD|BKPSDM|BPBD|"
    r"DPMPTSP|SATPOL|DISDIK|DINKES|KESBANGPOL|BALAI|LEMBAGA|KOMISI)\b.*)$",
    re.IGNORECASE,
)
_PARTICLES = {"dan", "di", "ke", "dari", "serta", "untuk", "pada", "yang", "atau", "dengan", "bagi", "oleh"}
_ACRONYMS = {"DPRD", "UPTD", "UPT", "RSUD", "BPKAD", "BPBD", "BAPPEDA", "BKPSDM", "DPMPTSP", "KB", "PMD", "P3A",
             "PPKB", "SDM", "OPD", "SKPD", "KUKM", "UKM", "UMKM", "IKM", "TIK", "PU", "PUPR", "ESDM", "RI", "BPS",
             "BAPENDA", "PKK", "KIM", "PPA", "KESBANGPOL", "LH"}
_REGION_KIND = {"KAB": "Kabupaten", "KABUPATEN": "Kabupaten", "KOTA": "Kota", "PROV": "Provinsi",
                "PROVINSI": "Provinsi"}


@dataclass(frozen=True)
class DocumentMetadata:
    agency: str
    region: str
    fiscal_year: int | None
    notes: tuple[str, ...] = ()  # where a value came from when not from the title


def title_case(text: str) -> str:
    """`BADAN KESATUAN BANGSA DAN POLITIK` → `Badan Kesatuan Bangsa dan Politik`."""
    words = []
    for i, w in enumerate(collapse(text).split(" ")):
        bare = w.strip(",.()")
        if bare.upper() in _ACRONYMS or (len(bare) > 1 and not re.search(r"[AEIOUaeiou]", bare) and bare.isalpha()):
            words.append(w.upper())
        elif i > 0 and w.lower() in _PARTICLES:
            words.append(w.lower())
        else:
            words.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(words)


def _region(line: str) -> tuple[str, int] | None:
    m = _REGION.search(line.upper())
    if not m:
        return None
    kind = m.group("kind").upper().replace(".", "").split()[-1]
    name = collapse(m.group("name")).strip(" .,")
    if not name:
        return None
    return f"{_REGION_KIND.get(kind, kind.title())} {title_case(name)}", m.start()


def _title_lines(content: DocumentContent) -> list[TextLine]:
    """Cover pages and the title above the first table come first; the signature block last."""
    first_table_page = next((p.number for p in content.pages if p.tables), None)
    ordered: list[TextLine] = []
    rest: list[TextLine] = []
    for page in content.pages:
        if first_table_page is None or page.number <= first_table_page:
            top = min((t.bbox.top for t in page.tables), default=page.height)
            ordered.extend(line for line in page.free_lines if line.bbox.bottom <= top + 1)
            rest.extend(line for line in page.free_lines if line.bbox.bottom > top + 1)
        else:
            rest.extend(page.free_lines)
    return ordered + rest


_TITLE_WORDS = re.compile(r"RENCANA\s+AKSI|RENAKSI|PERJANJIAN\s+KINERJA|RENJA|RENCANA\s+KERJA|RENCANA\s+KINERJA",
                          re.IGNORECASE)
_NOT_AGENCY_TAIL = re.compile(r"\b(?:TAHUN|RENCANA|LAPORAN|RENAKSI|KABUPATEN|KAB|KOTA|PROVINSI|PERUBAHAN|"
                              r"PEMERINTAH|NOMOR|NIP|PANGKAT)\b|\d", re.IGNORECASE)


def _fiscal_year(lines: list[str]) -> int | None:
    """The plan's year: on its title line first (`RENCANA AKSI … TAHUN 2023`), then on a short title-like
    line (`TAHUN ANGGARAN 2022`); a narrative's `Undang-Undang … Tahun 2014` comes last."""
    def title_like(line: str) -> bool:
        return line.isupper() or len(line) <= 40

    for i, line in enumerate(lines):
        if _TITLE_WORDS.search(line) and title_like(line):
            for candidate in [c for c in lines[i:i + 5] if title_like(c)]:
                m = _YEAR_AFTER_TAHUN.search(candidate) or (_YEAR.search(candidate) if candidate is line else None)
                if m:
                    return int(m.group(1))
    for line in lines:
        m = _YEAR_AFTER_TAHUN.search(line)
        if m and title_like(line):
            return int(m.group(1))
    for line in lines:
        m = _YEAR_AFTER_TAHUN.search(line)
        if m:
            return int(m.group(1))
    return None


def _agency_continues(line: TextLine, following: TextLine | None) -> bool:
    """A long agency name wrapped onto the next title line (`DINAS TANAMAN PANGAN, HORTIKULTURA` /
    `DAN PERKEBUNAN`): close below it, in capitals, and not itself a region, year or title."""
    if following is None:
        return False
    text = collapse(following.text)
    gap = following.bbox.top - line.bbox.bottom
    return (0 <= gap <= 1.2 * max(line.bbox.height, 1.0) and text.isupper() and len(text) <= 60
            and not _NOT_AGENCY_TAIL.search(text) and not _AGENCY_START.search(text))


_TARGET_LABEL = re.compile(r"TARGET|TAHUN", re.I)
_BARE_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*$")


def _year_under_target(rows: list[list[str]]) -> int | None:
    """`Target Kinerja` over a sub-row cell holding only `2024`: the year of the targets (a baseline's
    year is printed with its own words, `Realisasi 2023`, never bare)."""
    for r, row in enumerate(rows[:-1]):
        for c, text in enumerate(row):
            below = rows[r + 1][c] if c < len(rows[r + 1]) else ""
            m = _BARE_YEAR.match(below)
            if _TARGET_LABEL.search(text) and m:
                return int(m.group(1))
    return None


def _year_in_table_header(content: DocumentContent) -> int | None:
    """`TARGET TAHUN 2023` / `TARGET 2023` in the first rows of a table, or `TARGET` over `2023`."""
    for page in content.pages:
        for grid in page.tables:
            rows = [[cell.text if cell is not None else "" for cell in row] for row in grid.rows[:3]]
            for row in rows:
                for text in row:
                    m = _YEAR.search(text) if _TARGET_LABEL.search(text) else None
                    if m:
                        return int(m.group(1))
            under = _year_under_target(rows)
            if under is not None:
                return under
    return None


_SIGNED = re.compile(r"^[A-Z][A-Za-z .'-]{2,30},\s*\d{1,2}\s+[A-Za-z]+\s+((?:19|20)\d\d)$")


def content_to_metadata(content: DocumentContent) -> DocumentMetadata:
    title_lines = _title_lines(content)
    lines = [collapse(line.text) for line in title_lines]
    year = _fiscal_year(lines)
    notes: list[str] = []
    if year is None:
        year = _year_in_table_header(content)
        if year is not None:
            notes.append(f"fiscal year {year} read from the table header (the title gives none)")
    if year is None:
        signed = next((m for m in (_SIGNED.match(line) for line in reversed(lines)) if m), None)
        if signed:
            year = int(signed.group(1))
            notes.append(f"fiscal year {year} read from the signature date (the title gives none): check it")
    region = ""
    agency = ""
    for i, line in enumerate(lines):
        if not region:
            found = _region(line)
            if found:
                region = found[0]
        if not agency:
            m = _AGENCY_START.search(line.upper())
            if m:
                text = line[m.start("agency"):]
                cut = _region(text)
                if cut:
                    text = text[: cut[1]]
                elif _agency_continues(title_lines[i], title_lines[i + 1] if i + 1 < len(lines) else None):
                    text = f"{text} {lines[i + 1]}"
                text = re.split(r"\s+TAHUN\b|\s+(?:19|20)\d\d\b", text, maxsplit=1, flags=re.I)[0]
                agency = title_case(text.strip(" ,.-"))
        if region and agency:
            break
    return DocumentMetadata(agency=agency, region=region, fiscal_year=year, notes=tuple(notes))
