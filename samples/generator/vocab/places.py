"""Regions (with the town where the plan is signed) and the people who sign."""

from __future__ import annotations

from samples.generator.model import Region

REGIONS: tuple[Region, ...] = (
    Region("Kabupaten", "Luwu Timur", "Malili"),
    Region("Kabupaten", "Gowa", "Sungguminasa"),
    Region("Kabupaten", "Bone", "Watampone"),
    Region("Kabupaten", "Pangkajene dan Kepulauan", "Pangkajene"),
    Region("Kabupaten", "Kepulauan Selayar", "Benteng"),
    Region("Kabupaten", "Banyuwangi", "Banyuwangi"),
    Region("Kabupaten", "Sleman", "Sleman"),
    Region("Kabupaten", "Bandung Barat", "Ngamprah"),
    Region("Kabupaten", "Tanjung Jabung Barat", "Kuala Tungkal"),
    Region("Kabupaten", "Kutai Kartanegara", "Tenggarong"),
    Region("Kabupaten", "Lombok Tengah", "Praya"),
    Region("Kabupaten", "Minahasa Utara", "Airmadidi"),
    Region("Kabupaten", "Ogan Komering Ilir", "Kayuagung"),
    Region("Kabupaten", "Sumba Barat Daya", "Tambolaka"),
    Region("Kabupaten", "Aceh Besar", "Kota Jantho"),
    Region("Kota", "Makassar", "Makassar"),
    Region("Kota", "Tangerang", "Tangerang"),
    Region("Kota", "Surabaya", "Surabaya"),
    Region("Kota", "Palopo", "Palopo"),
    Region("Kota", "Baubau", "Baubau"),
    Region("Kota", "Pekanbaru", "Pekanbaru"),
    Region("Kota", "Banjarmasin", "Banjarmasin"),
    Region("Kota", "Kupang", "Kupang"),
    Region("Kota", "Salatiga", "Salatiga"),
    Region("Provinsi", "Jawa Barat", "Bandung"),
    Region("Provinsi", "Sulawesi Selatan", "Makassar"),
    Region("Provinsi", "Kalimantan Timur", "Samarinda"),
    Region("Provinsi", "Nusa Tenggara Barat", "Mataram"),
    Region("Provinsi", "Sumatera Barat", "Padang"),
)

MONTHS: tuple[str, ...] = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)

FIRST_NAMES: tuple[str, ...] = (
    "MUHAMMAD", "ANDI", "AHMAD", "ABDUL", "AGUS", "BUDI", "DEDI", "GUNTUR", "HASAN", "IRWAN", "JUMAIDI",
    "KHAIRUL", "MUSTAFA", "RAHMAT", "SYAMSUL", "YUSUF", "SITI", "NURHAYATI", "RATNA", "SRI", "WAHYUNI",
    "FITRIANI", "ERNAWATI", "HARDIANTI", "ZULKIFLI", "ARIFIN", "BAHRUDDIN", "DARMAWAN",
)
LAST_NAMES: tuple[str, ...] = (
    "HAFID", "SALEH", "MAKMUR", "RAHMAN", "HAMZAH", "SUDIRMAN", "BASRI", "NURDIN", "SETIAWAN", "PRASETYO",
    "WIBOWO", "HIDAYAT", "SAPUTRA", "KURNIAWAN", "RUSLAN", "LATIF", "SYARIF", "MAHMUD", "TAHIR", "ARSYAD",
)
PREFIXES: tuple[str, ...] = ("", "", "", "Drs. ", "Ir. ", "H. ", "dr. ", "Hj. ")
DEGREES: tuple[str, ...] = (
    "S.Pd, M.Si", "S.Sos, M.Si", "SE, MM", "ST, MT", "S.STP, M.AP", "SH, MH", "S.Kep, M.Kes", "S.Sos",
    "SE, M.Si", "S.Pt, MP", "S.IP, M.Si", "SKM, M.Kes",
)
RANKS: tuple[str, ...] = (
    "Pembina Utama Muda", "Pembina Tk. I", "Pembina Utama Madya", "Pembina",
)
