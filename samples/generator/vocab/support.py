"""The support program every agency carries (Program Penunjang Urusan Pemerintahan Daerah)."""

from __future__ import annotations

from samples.generator.vocab.specs import Keg, Prog, SasaranSpec, Sub, Unit, bare, grade, num, pct

SUPPORT_SASARAN: tuple[SasaranSpec, ...] = (
    SasaranSpec("Meningkatnya akuntabilitas kinerja pelayanan OPD", bare("Nilai SAKIP", 60, 80, 0)),
    SasaranSpec("Meningkatnya akuntabilitas kinerja perangkat daerah",
                bare("Nilai evaluasi SAKIP perangkat daerah", 62, 78, 2)),
    SasaranSpec("Meningkatnya kualitas tata kelola administrasi perkantoran",
                grade("Predikat SAKIP perangkat daerah", "BB", "B", "A")),
    SasaranSpec("Meningkatnya kualitas pelayanan administrasi dan keuangan perangkat daerah",
                pct("Persentase capaian kinerja pelayanan administrasi perkantoran", 90, 100)),
)

SUPPORT_UNIT = Unit(
    head="Sekretaris",
    staff=("Kasubag. Perencanaan dan Keuangan", "Kasubag. Umum dan Kepegawaian", "Kasubag. Program",
           "Kasubag. Keuangan"),
)

SUPPORT_PROGRAM = Prog(
    "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    pct("Persentase rata-rata kinerja pelayanan administrasi perkantoran terpenuhi", 95, 100),
    (
        Keg("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            num("Jumlah dokumen perencanaan, penganggaran dan evaluasi kinerja perangkat daerah yang "
                "disusun tepat waktu", "dokumen", 6, 16),
            (
                Sub("Penyusunan Dokumen Perencanaan Perangkat Daerah",
                    num("Jumlah dokumen perencanaan perangkat daerah yang disusun", "dokumen", 2, 6)),
                Sub("Koordinasi dan Penyusunan Dokumen RKA-SKPD",
                    num("Jumlah dokumen RKA-SKPD dan laporan hasil koordinasi penyusunan dokumen RKA-SKPD",
                        "dokumen", 1, 3)),
                Sub("Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD",
                    num("Jumlah dokumen perubahan RKA-SKPD yang disusun", "dokumen", 1, 2)),
                Sub("Koordinasi dan Penyusunan DPA-SKPD",
                    num("Jumlah dokumen DPA-SKPD yang disusun tepat waktu", "dokumen", 1, 2)),
                Sub("Evaluasi Kinerja Perangkat Daerah",
                    num("Jumlah laporan evaluasi kinerja perangkat daerah", "laporan", 4, 12)),
            )),
        Keg("Administrasi Keuangan Perangkat Daerah",
            pct("Persentase administrasi keuangan yang terselenggara dengan baik", 100, 100),
            (
                Sub("Penyediaan Gaji dan Tunjangan ASN",
                    num("Jumlah orang yang menerima gaji dan tunjangan ASN", "orang", 18, 160)),
                Sub("Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
                    num("Jumlah dokumen penatausahaan dan pengujian/verifikasi keuangan SKPD", "dokumen",
                        12, 24)),
                Sub("Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
                    num("Jumlah laporan keuangan akhir tahun SKPD yang disusun", "laporan", 1, 1)),
                Sub("Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
                    num("Jumlah laporan keuangan bulanan/triwulanan/semesteran SKPD yang disusun tepat waktu",
                        "laporan", 12, 18)),
            )),
        Keg("Administrasi Barang Milik Daerah pada Perangkat Daerah",
            pct("Persentase BMD yang diadministrasikan sesuai standar", 100, 100),
            (
                Sub("Penatausahaan Barang Milik Daerah pada SKPD",
                    num("Jumlah laporan penatausahaan barang milik daerah pada SKPD", "laporan", 2, 4)),
                Sub("Pengamanan Barang Milik Daerah SKPD",
                    num("Jumlah barang milik daerah yang diamankan", "unit", 20, 400)),
            )),
        Keg("Administrasi Kepegawaian Perangkat Daerah",
            pct("Persentase data dan informasi pegawai perangkat daerah yang diadministrasikan", 100, 100),
            (
                Sub("Pendataan dan Pengolahan Administrasi Kepegawaian",
                    num("Jumlah dokumen data dan informasi kepegawaian yang dimutakhirkan", "dokumen", 4, 12)),
                Sub("Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi",
                    num("Jumlah pegawai berdasarkan tugas dan fungsi yang mengikuti pendidikan dan pelatihan",
                        "orang", 4, 30)),
                Sub("Bimbingan Teknis Implementasi Peraturan Perundang-Undangan",
                    num("Jumlah orang yang mengikuti bimbingan teknis implementasi peraturan "
                        "perundang-undangan", "orang", 2, 20)),
            )),
        Keg("Administrasi Umum Perangkat Daerah",
            pct("Persentase kebutuhan umum perangkat daerah yang terpenuhi", 100, 100),
            (
                Sub("Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
                    num("Jumlah komponen instalasi listrik/penerangan bangunan kantor yang disediakan", "jenis",
                        4, 24)),
                Sub("Penyediaan Peralatan dan Perlengkapan Kantor",
                    num("Jumlah peralatan dan perlengkapan kantor yang disediakan", "buah", 5, 60)),
                Sub("Penyediaan Peralatan Rumah Tangga",
                    num("Jumlah peralatan rumah tangga yang disediakan", "paket", 1, 12)),
                Sub("Penyediaan Bahan Logistik Kantor",
                    num("Jumlah paket bahan logistik kantor yang disediakan", "jenis", 6, 30)),
                Sub("Penyediaan Barang Cetakan dan Penggandaan",
                    num("Jumlah barang cetakan dan/atau penggandaan yang disediakan", "jenis", 2, 12)),
                Sub("Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan",
                    num("Jumlah penyediaan bahan bacaan dan peraturan perundang-undangan", "eksemplar", 12, 400)),
                Sub("Fasilitasi Kunjungan Tamu",
                    num("Jumlah tamu yang difasilitasi", "orang", 50, 1500)),
                Sub("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
                    num("Jumlah rapat koordinasi dan konsultasi SKPD yang diikuti", "kali", 24, 480)),
            )),
        Keg("Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
            pct("Persentase barang milik daerah penunjang urusan pemerintahan daerah yang diadakan", 100, 100),
            (
                Sub("Pengadaan Kendaraan Dinas Operasional atau Lapangan",
                    num("Jumlah kendaraan dinas operasional atau lapangan yang diadakan", "unit", 1, 4)),
                Sub("Pengadaan Mebel", num("Jumlah mebel yang diadakan", "unit", 4, 40)),
                Sub("Pengadaan Peralatan dan Mesin Lainnya",
                    num("Jumlah peralatan dan mesin lainnya yang diadakan", "unit", 2, 30)),
                Sub("Pengadaan Gedung Kantor atau Bangunan Lainnya",
                    num("Jumlah gedung kantor atau bangunan lainnya yang diadakan", "unit", 1, 2)),
            )),
        Keg("Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            pct("Persentase kebutuhan jasa penunjang urusan pemerintahan daerah yang terpenuhi", 100, 100),
            (
                Sub("Penyediaan Jasa Surat Menyurat",
                    num("Jumlah surat masuk dan keluar yang diadministrasikan", "surat", 150, 2400)),
                Sub("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                    num("Jumlah rekening telepon, air dan listrik yang terbayarkan", "rekening", 12, 48)),
                Sub("Penyediaan Jasa Pelayanan Umum Kantor",
                    num("Jumlah tenaga jasa pelayanan umum kantor yang disediakan", "orang", 2, 20)),
            )),
        Keg("Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
            pct("Persentase barang milik daerah penunjang urusan pemerintahan yang terpelihara dengan baik",
                100, 100),
            (
                Sub("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas "
                    "Operasional atau Lapangan",
                    num("Jumlah kendaraan dinas operasional atau lapangan yang dipelihara", "unit", 2, 20)),
                Sub("Pemeliharaan Peralatan dan Mesin Lainnya",
                    num("Jumlah peralatan dan mesin lainnya yang dipelihara", "unit", 5, 60)),
                Sub("Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
                    num("Jumlah gedung kantor atau bangunan lainnya yang dipelihara/direhabilitasi", "unit",
                        1, 3)),
            )),
    ),
)
