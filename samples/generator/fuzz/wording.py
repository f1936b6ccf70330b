"""Header wordings seen on real plans, per column role; one is drawn per document and role."""

from __future__ import annotations

import random

from samples.generator.fuzz.columns import Role

ROMAN = ("I", "II", "III", "IV")

WORDINGS: dict[Role, tuple[str, ...]] = {
    Role.NO: ("NO", "No", "No.", "NO."),
    Role.CODE: ("KODE", "Kode", "KODE REKENING"),
    Role.SAS: ("SASARAN STRATEGIS", "Sasaran", "SASARAN RENSTRA", "Sasaran Strategis"),
    Role.NAME: ("PROGRAM / KEGIATAN / SUB KEGIATAN", "URAIAN", "Program/Kegiatan/Sub Kegiatan",
                "SASARAN / PROGRAM / KEGIATAN", "Uraian Program dan Kegiatan"),
    Role.IND: ("INDIKATOR KINERJA", "Indikator Sasaran", "Indikator Kegiatan", "INDIKATOR",
               "Indikator Kinerja Program/Kegiatan", "INDIKATOR KINERJA / OUTPUT", "Indikator Kinerja"),
    Role.UNIT: ("SATUAN", "Satuan", "SAT."),
    Role.BASE: ("Kondisi Awal", "KONDISI AWAL {prev}", "Data Capaian pada Awal Tahun Perencanaan",
                "Realisasi {prev}"),
    Role.ANN: ("TARGET", "Target {year}", "Target Tahunan", "TAHUNAN", "TARGET {year}"),
    Role.BUDGET: ("ANGGARAN (Rp)", "Anggaran", "PAGU (Rp)", "Pagu Anggaran", "Target Anggaran (Rp)"),
    Role.PJ: ("PENANGGUNG JAWAB", "PJ", "Penanggung Jawab", "Penanggungjawab", "PENANGGUNG JAWAB KEGIATAN"),
    Role.NOTE: ("KETERANGAN", "KET", "Ket.", "Keterangan"),
}
STAIRCASE = (("SASARAN", "Sasaran Strategis", "SASARAN STRATEGIS"), ("PROGRAM", "Program"),
             ("KEGIATAN", "Kegiatan"), ("SUB KEGIATAN", "Sub Kegiatan", "SUB-KEGIATAN"))
GROUP = ("TARGET", "TARGET KINERJA", "Target", "Target Kinerja")
ANNUAL_UNDER_GROUP = ("TAHUNAN", "Tahunan", "{year}", "Target", "TAHUN")
QUARTER_GROUP = ("TRIWULAN", "Target Triwulan", "TARGET TRIWULAN")
PACKED = ("TARGET TRIWULAN", "Target per Triwulan", "TRIWULAN")


def quarter_labels(pattern: str) -> tuple[str, ...]:
    """``TW {r}`` -> TW I ... TW IV; ``TW {n}`` -> TW 1 ... TW 4."""
    return tuple(pattern.format(r=ROMAN[q], n=q + 1) for q in range(4))


class Wording:
    """The words one document prints in its header."""

    def __init__(self, rng: random.Random, year: int) -> None:
        self.rng, self.year = rng, year
        self.chosen: dict[str, str] = {}

    def _pick(self, key: str, options: tuple[str, ...]) -> str:
        if key not in self.chosen:
            self.chosen[key] = self.rng.choice(options).format(year=self.year, prev=self.year - 1)
        return self.chosen[key]

    def role(self, role: Role) -> str:
        return self._pick(role.value, WORDINGS[role])

    def staircase(self, level: int) -> str:
        return self._pick(f"stair{level}", STAIRCASE[level])

    def group(self) -> str:
        return self._pick("group", GROUP)

    def annual_under_group(self) -> str:
        return self._pick("annual_group", ANNUAL_UNDER_GROUP)

    def quarter_group(self) -> str:
        return self._pick("quarter_group", QUARTER_GROUP)

    def packed(self) -> str:
        return self._pick("packed", PACKED)
