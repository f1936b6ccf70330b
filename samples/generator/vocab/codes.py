"""Urusan codes (Permendagri 90/2019) that prefix program, kegiatan and sub kegiatan codes.

A program is ``<urusan>.<nn>`` (``01`` is the support program), a kegiatan
``<program>.2.<nn>``, a sub kegiatan ``<kegiatan>.<nnnn>``: ``1.02.02.2.01.0003``.
"""

from __future__ import annotations

URUSAN: dict[str, str] = {
    "pendidikan": "1.01", "kesehatan": "1.02", "pupr": "1.03", "bpbd": "1.05", "satpolpp": "1.05",
    "sosial": "1.06", "dp3a": "2.08", "lingkungan": "2.11", "dukcapil": "2.12", "perhubungan": "2.15",
    "kominfo": "2.16", "dpmptsp": "2.18", "perpustakaan": "2.23", "pertanian": "3.27", "dprd": "4.02",
    "bappeda": "5.01", "keuangan": "5.02", "kepegawaian": "5.03", "inspektorat": "6.01", "kesbangpol": "8.01",
}
