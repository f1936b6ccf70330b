"""The one settings object of the aligned-table finder, validated when built, and the cue words
it looks for in a header line (data: what each column means is stage 2's business)."""

from __future__ import annotations

from dataclasses import dataclass

# Words that head the columns of a RENAKSI table; a header line holds several. Cue words for
# finding the header band only: what each column means is stage 2's business.
HEADER_WORDS = frozenset("""
NO NO. NOMOR URUT SASARAN STRATEGIS TUJUAN INDIKATOR KINERJA IKU TARGET TW TRW TRIWULAN TAHUNAN PROGRAM
KEGIATAN SUB URAIAN SATUAN UNIT UKUR PENANGGUNG JAWAB PENANGGUNGJAWAB PJ KET KET. KETERANGAN ANGGARAN PAGU
REALISASI CAPAIAN KODE REKENING OUTPUT OUTCOME KELUARAN HASIL SUMBER DANA LOKASI VOLUME FORMULASI PELAKSANA
JADWAL WAKTU BULAN RP RP.
""".split())


@dataclass(frozen=True)
class AlignedSettings:
    """How borderless tables are found. Lengths ending in ``_em`` are multiples of the font size."""

    header_words: frozenset[str] = HEADER_WORDS
    min_columns: int = 3
    min_body_rows: int = 1
    min_header_hits: int = 2  # header labels holding a header word
    label_gap_em: float = 0.45  # a wider gap between two words on a line parts two labels / phrases
    gutter_em: float = 0.5  # an x gap this wide, empty on every body line, parts two columns
    max_label_words: int = 5
    upper_share: float = 0.7  # share of upper-case letters (or bold words) that makes a line look like a header
    header_gap_em: float = 1.6  # header lines follow each other at most this far apart
    row_gap_em: float = 0.35  # rows are spaced at least this much wider than the lines inside a cell
    end_gap_em: float = 2.5  # a gap this wide (and twice the row gap) ends the table
    spanning_share: float = 0.45  # a body phrase wider than this share of the table is a spanning heading

    def __post_init__(self) -> None:
        if self.min_columns < 2 or self.min_body_rows < 1 or self.min_header_hits < 1:
            raise ValueError("min_columns must be >= 2, min_body_rows and min_header_hits >= 1")
        for name in ("label_gap_em", "gutter_em", "header_gap_em", "row_gap_em", "end_gap_em"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")
        if not 0 < self.upper_share <= 1 or not 0 < self.spanning_share <= 1:
            raise ValueError("shares must be in (0, 1]")
