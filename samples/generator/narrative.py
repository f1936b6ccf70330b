"""Narrative chapters of a report-style plan, and flowing text over portrait pages.

The text is boilerplate every RENAKSI report carries (background, legal basis, aims,
closing); it names the agency, the region and many years (``Nomor 23 Tahun 2014``)
that are *not* the plan's year, which a reader must not be fooled by.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

from samples.generator.fonts import FontFace
from samples.generator.model import Plan
from samples.generator.render import Page
from samples.generator.table import PlacedText
from samples.generator.wrapping import wrap

Kind = Literal["chapter", "heading", "para", "item"]

LEGAL_BASIS = (
    "Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara;",
    "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional;",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
    "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang "
    "Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja "
    "Instansi Pemerintah;",
    "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan "
    "Evaluasi Pembangunan Daerah;",
    "Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, dan Nomenklatur "
    "Perencanaan Pembangunan dan Keuangan Daerah;",
)


@dataclass(frozen=True, slots=True)
class Block:
    kind: Kind
    text: str


def chapters_before(plan: Plan, rng: random.Random) -> list[Block]:
    a, r, y = plan.agency, plan.region.full, plan.year
    blocks = [
        Block("chapter", "BAB I\nPENDAHULUAN"),
        Block("heading", "1.1 Latar Belakang"),
        Block("para", f"Rencana Aksi merupakan penjabaran lebih lanjut dari Rencana Kerja {a} {r} Tahun {y} "
                      "yang memuat langkah-langkah yang akan dilakukan untuk mencapai target kinerja yang telah "
                      "ditetapkan dalam Perjanjian Kinerja. Rencana Aksi disusun sebagai alat pengendali "
                      "pelaksanaan program dan kegiatan agar capaian kinerja dapat dipantau setiap triwulan."),
        Block("para", "Dengan adanya Rencana Aksi, pimpinan dapat mengetahui sejak dini apabila terdapat "
                      "hambatan dalam pencapaian target sehingga dapat segera diambil langkah perbaikan yang "
                      "diperlukan."),
        Block("heading", "1.2 Dasar Hukum"),
    ]
    basis = list(LEGAL_BASIS)
    k = rng.randint(4, len(basis))
    blocks += [Block("item", f"{i}. {text}") for i, text in enumerate(sorted(rng.sample(basis, k), key=basis.index),
                                                                       1)]
    blocks += [
        Block("heading", "1.3 Maksud dan Tujuan"),
        Block("para", f"Maksud penyusunan Rencana Aksi ini adalah sebagai pedoman bagi seluruh unit kerja di "
                      f"lingkungan {a} dalam melaksanakan program dan kegiatan Tahun {y}, sedangkan tujuannya "
                      "adalah menjamin tercapainya target kinerja secara efektif dan efisien."),
        Block("chapter", "BAB II\nRENCANA STRATEGIS"),
        Block("heading", "2.1 Tujuan dan Sasaran"),
        Block("para", f"Sasaran strategis {a} sebagaimana ditetapkan dalam Rencana Strategis berjumlah "
                      f"{len(plan.sasaran)} sasaran, yang masing-masing diukur dengan indikator kinerja utama "
                      "sebagaimana tercantum pada Bab III."),
        Block("chapter", "BAB III\nRENCANA AKSI"),
        Block("para", "Rencana aksi atas indikator kinerja utama serta program, kegiatan dan sub kegiatan "
                      "beserta target triwulanannya disajikan pada tabel berikut."),
    ]
    return blocks


def chapters_after(plan: Plan) -> list[Block]:
    return [
        Block("chapter", "BAB IV\nPENUTUP"),
        Block("para", f"Demikian Rencana Aksi {plan.agency} {plan.region.full} Tahun {plan.year} ini disusun "
                      "untuk dapat dijadikan acuan dalam pelaksanaan program dan kegiatan serta bahan "
                      "pemantauan dan evaluasi capaian kinerja secara berkala."),
    ]


def flow(blocks: list[Block], face: FontFace, size: float, width: float, height: float, margin: float,
         start: Page | None = None, start_y: float | None = None) -> tuple[list[Page], float]:
    """Lay blocks down portrait pages; a chapter starts a new page. Returns pages and the last y."""
    pages: list[Page] = [start] if start else []
    y = start_y if start_y is not None else margin
    leading = size * 1.45
    for block in blocks:
        bold = block.kind in ("chapter", "heading")
        if block.kind == "chapter" or not pages:
            pages.append(Page(width, height))
            y = margin
        indent = size * 1.5 if block.kind == "item" else 0.0
        def measure(s: str, b: bool = bold) -> float:
            return face.width(s, size, b)

        lines = wrap(block.text, width - 2 * margin - indent, measure)
        y += size * (1.2 if block.kind == "heading" else 0.6)
        for line in lines:
            if y + leading > height - margin:
                pages.append(Page(width, height))
                y = margin
            w = face.width(line, size, bold)
            x = (width - w) / 2 if block.kind == "chapter" else margin + indent
            baseline = y + size * 0.9
            pages[-1].ops.texts.append(PlacedText(x, baseline, line, face.bold if bold else face.regular, size))
            y += leading
        if block.kind == "chapter":
            y += size
    return pages, y
