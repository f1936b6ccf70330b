"""Agencies that plan, fund, oversee and keep order: the machinery of regional government."""

from __future__ import annotations

from samples.generator.vocab.specs import (
                                           Agency,
                                           Domain,
                                           Keg,
                                           Measure,
                                           Prog,
                                           SasaranSpec,
                                           Sub,
                                           Unit,
                                           bare,
                                           grade,
                                           num,
                                           pct,
)

BAPPEDA = Domain(
    "bappeda",
    (Agency("Badan Perencanaan Pembangunan Daerah", "bappeda"),
     Agency("Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "bappelitbangda")),
    (
        Unit("Kepala Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
             ("Kepala Sub Bidang Pengendalian dan Evaluasi", "Kepala Sub Bidang Data dan Informasi")),
        Unit("Kepala Bidang Perekonomian dan Sumber Daya Alam", ("Kepala Sub Bidang Ekonomi",)),
        Unit("Kepala Bidang Penelitian dan Pengembangan", ("Kepala Sub Bidang Inovasi dan Teknologi",)),
    ),
    (
        SasaranSpec("Meningkatnya kualitas perencanaan pembangunan daerah",
                    pct("Persentase konsistensi program RPJMD dalam RKPD", 85, 100)),
        SasaranSpec("Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah",
                    bare("Nilai evaluasi kinerja penyelenggaraan pemerintahan daerah", 2.5, 3.5)),
    ),
    (
        Prog("Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
             pct("Persentase dokumen perencanaan yang ditetapkan tepat waktu", 100, 100),
             (
                 Keg("Penyusunan Perencanaan dan Pendanaan",
                     num("Jumlah dokumen perencanaan pembangunan daerah yang disusun", "dokumen", 2, 6),
                     (
                         Sub("Analisis Data dan Informasi Perencanaan Pembangunan Daerah",
                             num("Jumlah dokumen analisis data dan informasi perencanaan", "dokumen", 1, 3)),
                         Sub("Penyusunan Dokumen Perencanaan Pembangunan Daerah (RKPD)",
                             num("Jumlah dokumen RKPD yang ditetapkan", "dokumen", 1, 2)),
                         Sub("Koordinasi Penyelenggaraan Musyawarah Perencanaan Pembangunan Daerah",
                             num("Jumlah kecamatan yang melaksanakan musrenbang", "kecamatan", 5, 25)),
                     )),
                 Keg("Pengendalian, Evaluasi dan Pelaporan Pelaksanaan Rencana Pembangunan Daerah",
                     num("Jumlah laporan pengendalian dan evaluasi pembangunan daerah", "laporan", 4, 12),
                     (
                         Sub("Evaluasi Pelaksanaan Rencana Pembangunan Daerah",
                             num("Jumlah laporan evaluasi pelaksanaan RKPD", "laporan", 4, 4)),
                         Sub("Pengendalian Pelaksanaan Rencana Pembangunan Daerah",
                             num("Jumlah laporan pengendalian pelaksanaan program dan kegiatan", "laporan", 4, 12)),
                     )),
             )),
        Prog("Penelitian dan Pengembangan Daerah",
             pct("Persentase rekomendasi hasil penelitian yang ditindaklanjuti", 30, 70),
             (
                 Keg("Penelitian dan Pengembangan Pemerintahan dan Pembangunan",
                     num("Jumlah kajian pembangunan daerah yang diselesaikan", "dokumen", 2, 8),
                     (
                         Sub("Penyelenggaraan Kajian Kebijakan Pembangunan Daerah",
                             num("Jumlah dokumen kajian kebijakan pembangunan daerah", "dokumen", 1, 6)),
                         Sub("Fasilitasi Inovasi Daerah", num("Jumlah inovasi daerah yang difasilitasi", "inovasi",
                                                              5, 60)),
                     )),
             )),
    ),
)

INSPEKTORAT = Domain(
    "inspektorat",
    (Agency("Inspektorat Daerah", "inspektorat"), Agency("Inspektorat", "itda")),
    (
        Unit("Inspektur Pembantu Wilayah I", ("Auditor Ahli Muda", "Pengawas Penyelenggaraan Urusan Pemerintahan")),
        Unit("Inspektur Pembantu Wilayah II", ("Auditor Ahli Muda",)),
        Unit("Inspektur Pembantu Investigasi", ("Auditor Ahli Madya",)),
    ),
    (
        SasaranSpec("Meningkatnya kualitas pengawasan internal pemerintah daerah",
                    bare("Level kapabilitas APIP", 2, 3, 0)),
        SasaranSpec("Meningkatnya akuntabilitas pengelolaan keuangan daerah",
                    grade("Opini BPK atas laporan keuangan pemerintah daerah", "WTP")),
    ),
    (
        Prog("Penyelenggaraan Pengawasan",
             pct("Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", 70, 95),
             (
                 Keg("Penyelenggaraan Pengawasan Internal",
                     num("Jumlah laporan hasil pemeriksaan yang diterbitkan", "laporan", 20, 120),
                     (
                         Sub("Pengawasan Kinerja Pemerintah Daerah",
                             num("Jumlah laporan hasil pengawasan kinerja perangkat daerah", "laporan", 10, 60)),
                         Sub("Pengawasan Keuangan Pemerintah Daerah",
                             num("Jumlah objek pemeriksaan keuangan", "objek", 10, 80)),
                         Sub("Reviu Laporan Keuangan Pemerintah Daerah",
                             num("Jumlah dokumen reviu laporan keuangan", "dokumen", 1, 2)),
                         Sub("Evaluasi Akuntabilitas Kinerja Instansi Pemerintah",
                             num("Jumlah perangkat daerah yang dievaluasi SAKIP-nya", "opd", 20, 45)),
                     )),
                 Keg("Penyelenggaraan Pengawasan dengan Tujuan Tertentu",
                     num("Jumlah laporan pemeriksaan khusus", "laporan", 2, 20),
                     (
                         Sub("Pengawasan dengan Tujuan Tertentu atas Pengaduan Masyarakat",
                             num("Jumlah pengaduan masyarakat yang ditindaklanjuti", "kasus", 2, 30)),
                     )),
             )),
        Prog("Perumusan Kebijakan, Pendampingan dan Asistensi",
             pct("Persentase perangkat daerah yang didampingi", 60, 100),
             (
                 Keg("Pendampingan, Asistensi dan Verifikasi",
                     num("Jumlah kegiatan pendampingan dan asistensi", "kegiatan", 4, 24),
                     (
                         Sub("Pendampingan dan Asistensi Penyusunan Laporan Keuangan",
                             num("Jumlah perangkat daerah yang didampingi penyusunan laporan keuangan", "opd",
                                 10, 45)),
                         Sub("Verifikasi Dokumen Pengadaan Barang/Jasa",
                             num("Jumlah paket pengadaan barang/jasa yang diverifikasi", "paket", 10, 150)),
                     )),
             )),
    ),
)

DPRD = Domain(
    "dprd",
    (Agency("Sekretariat DPRD", "setwan"),),
    (
        Unit("Kepala Bagian Persidangan dan Perundang-undangan",
             ("Kepala Sub Bagian Rapat dan Risalah", "Kepala Sub Bagian Perundang-undangan")),
        Unit("Kepala Bagian Keuangan", ("Kepala Sub Bagian Anggaran",)),
        Unit("Kepala Bagian Fasilitasi Penganggaran dan Pengawasan", ("Kepala Sub Bagian Kerjasama dan Aspirasi",)),
    ),
    (
        SasaranSpec("Meningkatnya kualitas fasilitasi tugas dan fungsi DPRD",
                    pct("Persentase fasilitasi penyelenggaraan tugas dan fungsi DPRD", 95, 100)),
    ),
    (
        Prog("Dukungan Pelaksanaan Tugas dan Fungsi DPRD",
             pct("Persentase kegiatan DPRD yang terfasilitasi", 95, 100),
             (
                 Keg("Pembentukan Peraturan Daerah dan Peraturan DPRD",
                     num("Jumlah peraturan daerah yang ditetapkan", "perda", 4, 20),
                     (
                         Sub("Penyusunan dan Pembahasan Program Pembentukan Peraturan Daerah",
                             num("Jumlah dokumen Propemperda yang disusun", "dokumen", 1, 1)),
                         Sub("Pembahasan Rancangan Peraturan Daerah",
                             num("Jumlah rancangan peraturan daerah yang dibahas", "ranperda", 4, 20)),
                     )),
                 Keg("Pembahasan Kebijakan Anggaran",
                     num("Jumlah dokumen kebijakan anggaran yang dibahas", "dokumen", 3, 6),
                     (
                         Sub("Pembahasan KUA dan PPAS", num("Jumlah dokumen KUA-PPAS yang dibahas", "dokumen", 2, 2)),
                         Sub("Pembahasan Rancangan Peraturan Daerah tentang APBD",
                             num("Jumlah rancangan peraturan daerah tentang APBD yang dibahas", "dokumen", 1, 2)),
                     )),
                 Keg("Fasilitasi Tugas DPRD",
                     num("Jumlah kegiatan reses dan kunjungan kerja yang difasilitasi", "kali", 10, 60),
                     (
                         Sub("Penyelenggaraan Reses", num("Jumlah kegiatan reses anggota DPRD", "kali", 3, 3)),
                         Sub("Fasilitasi Rapat Paripurna", num("Jumlah rapat paripurna yang difasilitasi", "kali",
                                                               10, 40)),
                         Sub("Kunjungan Kerja", num("Jumlah kunjungan kerja yang dilaksanakan", "kali", 8, 48)),
                     )),
                 Keg("Penyelenggaraan Administrasi Keuangan DPRD",
                     pct("Persentase hak keuangan dan administratif DPRD yang terpenuhi", 100, 100),
                     (
                         Sub("Penyediaan Gaji dan Tunjangan DPRD",
                             num("Jumlah anggota DPRD yang menerima hak keuangan", "orang", 25, 50)),
                         Sub("Penyediaan Operasional Pimpinan DPRD",
                             num("Jumlah bulan operasional pimpinan DPRD yang terpenuhi", "bulan", 12, 12)),
                     )),
             )),
    ),
)

KESBANGPOL = Domain(
    "kesbangpol",
    (Agency("Badan Kesatuan Bangsa dan Politik", "kesbangpol"),),
    (
        Unit("Kepala Bidang Ideologi, Wawasan Kebangsaan dan Ketahanan Ekonomi, Sosial, Budaya dan Agama",
             ("Kepala Sub Bidang Ideologi dan Wawasan Kebangsaan",)),
        Unit("Kepala Bidang Politik Dalam Negeri dan Organisasi Masyarakat",
             ("Kepala Sub Bidang Organisasi Kemasyarakatan",)),
        Unit("Kepala Bidang Kewaspadaan Nasional dan Penanganan Konflik",
             ("Kepala Sub Bidang Kewaspadaan Dini",)),
    ),
    (
        SasaranSpec("Terciptanya kerukunan umat beragama yang harmonis",
                    bare("Persentase konflik keagamaan yang terdata dan terfasilitasi", 75, 90)),
        SasaranSpec("Meningkatnya partisipasi masyarakat dalam Pemilihan Umum",
                    bare("Tingkat partisipasi politik masyarakat dalam Pemilu Nasional dan lokal", 70, 85)),
    ),
    (
        Prog("Penguatan Ideologi Pancasila dan Karakter Kebangsaan",
             pct("Persentase pelaksanaan kebijakan penguatan ideologi Pancasila dan karakter kebangsaan", 90, 100),
             (
                 Keg("Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang Ideologi Pancasila dan "
                     "Karakter Kebangsaan",
                     pct("Persentase capaian pelaksanaan koordinasi di bidang ideologi Pancasila, wawasan "
                         "kebangsaan, bela negara dan karakter bangsa", 90, 100),
                     (
                         Sub("Pelaksanaan Koordinasi di Bidang Ideologi, Wawasan Kebangsaan, Bela Negara, Karakter "
                             "Bangsa, Pembauran Kebangsaan, Bhineka Tunggal Ika dan Sejarah Kebangsaan",
                             num("Jumlah laporan pelaksanaan koordinasi di bidang ideologi dan wawasan kebangsaan",
                                 "laporan", 2, 4)),
                     )),
             )),
        Prog("Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik dan "
             "Pengembangan Etika serta Budaya Politik",
             pct("Persentase capaian peningkatan peran partai politik dan lembaga pendidikan", 90, 100),
             (
                 Keg("Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang Pendidikan Politik, Etika "
                     "Budaya Politik, Peningkatan Demokrasi, Fasilitasi Kelembagaan Pemerintahan, Perwakilan dan "
                     "Partai Politik, Pemilihan Umum/Pemilihan Umum Kepala Daerah serta Pemantauan Situasi Politik",
                     pct("Persentase capaian pendidikan politik, etika budaya politik dan peningkatan demokrasi",
                         90, 100),
                     (
                         Sub("Pelaksanaan Kebijakan di Bidang Pendidikan Politik, Etika Budaya Politik dan "
                             "Peningkatan Demokrasi",
                             num("Jumlah pengurus partai politik dan masyarakat yang mengikuti pendidikan politik",
                                 "orang", 20, 200)),
                         Sub("Pelaksanaan Monitoring, Evaluasi dan Pelaporan Situasi Politik di Daerah",
                             num("Jumlah laporan pemantauan situasi politik daerah", "laporan", 4, 12)),
                     )),
             )),
        Prog("Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan",
             pct("Persentase organisasi kemasyarakatan yang diberdayakan dan diawasi", 80, 100),
             (
                 Keg("Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang Pemberdayaan dan Pengawasan "
                     "Organisasi Kemasyarakatan",
                     num("Jumlah ormas yang diberdayakan dan diawasi", "unit", 40, 200),
                     (
                         Sub("Pelaksanaan Monitoring, Evaluasi dan Pelaporan di Bidang Pendaftaran Ormas, "
                             "Pemberdayaan Ormas, Evaluasi dan Mediasi Sengketa Ormas",
                             num("Jumlah SKT ormas yang terbit", "unit", 20, 120)),
                     )),
             )),
    ),
)

KEUANGAN = Domain(
    "keuangan",
    (Agency("Badan Pengelola Keuangan dan Aset Daerah", "bpkad"), Agency("Badan Keuangan Daerah", "bkd")),
    (
        Unit("Kepala Bidang Akuntansi dan Pelaporan", ("Kepala Sub Bidang Akuntansi",
                                                       "Kepala Sub Bidang Pelaporan")),
        Unit("Kepala Bidang Anggaran", ("Kepala Sub Bidang Penyusunan Anggaran",)),
        Unit("Kepala Bidang Aset", ("Kepala Sub Bidang Penatausahaan Aset",)),
        Unit("Kepala Bidang Pendapatan", ("Kepala Sub Bidang Pendataan dan Penetapan",)),
    ),
    (
        SasaranSpec("Meningkatnya kualitas pengelolaan keuangan daerah",
                    grade("Opini BPK atas laporan keuangan pemerintah daerah", "WTP")),
        SasaranSpec("Meningkatnya pendapatan asli daerah",
                    Measure("Realisasi pendapatan asli daerah", "rupiah", 40e9, 400e9)),
    ),
    (
        Prog("Pengelolaan Keuangan Daerah",
             pct("Persentase ketepatan waktu penyampaian laporan keuangan daerah", 100, 100),
             (
                 Keg("Akuntansi dan Pelaporan",
                     num("Jumlah laporan keuangan pemerintah daerah yang disusun", "laporan", 2, 14),
                     (
                         Sub("Penyusunan Laporan Keuangan Semesteran",
                             num("Jumlah laporan keuangan semesteran yang disusun", "laporan", 1, 1)),
                         Sub("Penyusunan Laporan Keuangan Akhir Tahun",
                             num("Jumlah laporan keuangan akhir tahun yang disusun", "laporan", 1, 1)),
                         Sub("Penyusunan Laporan Pertanggungjawaban Pelaksanaan APBD",
                             num("Jumlah dokumen pertanggungjawaban pelaksanaan APBD", "dokumen", 1, 1)),
                     )),
                 Keg("Koordinasi dan Penyusunan Rencana Anggaran Daerah",
                     num("Jumlah dokumen anggaran daerah yang disusun", "dokumen", 2, 6),
                     (
                         Sub("Koordinasi, Penyusunan dan Verifikasi RKA-SKPD",
                             num("Jumlah RKA-SKPD yang diverifikasi", "dokumen", 30, 60)),
                         Sub("Penyusunan Peraturan Daerah tentang APBD dan Peraturan Kepala Daerah tentang "
                             "Penjabaran APBD",
                             num("Jumlah dokumen peraturan tentang APBD yang disusun", "dokumen", 2, 2)),
                     )),
             )),
        Prog("Pengelolaan Barang Milik Daerah", pct("Persentase BMD yang tercatat dan bersertifikat", 40, 90),
             (
                 Keg("Pengamanan Barang Milik Daerah",
                     num("Jumlah bidang tanah BMD yang disertifikasi", "bidang", 10, 120),
                     (
                         Sub("Pensertifikatan Barang Milik Daerah",
                             num("Jumlah bidang tanah yang disertifikatkan", "bidang", 10, 120)),
                         Sub("Inventarisasi Barang Milik Daerah",
                             num("Jumlah laporan hasil inventarisasi BMD", "laporan", 1, 2)),
                     )),
             )),
        Prog("Pengelolaan Pendapatan Daerah", pct("Persentase realisasi pendapatan asli daerah", 90, 100),
             (
                 Keg("Pengelolaan Pendapatan Daerah",
                     Measure("Target pendapatan pajak daerah yang dikelola", "rupiah", 10e9, 120e9),
                     (
                         Sub("Pendataan dan Pendaftaran Objek Pajak Daerah",
                             num("Jumlah objek pajak daerah yang terdata", "objek", 1000, 60000)),
                         Sub("Penetapan Wajib Pajak Daerah", num("Jumlah wajib pajak daerah yang ditetapkan", "wp",
                                                                   500, 20000)),
                     )),
             )),
    ),
)

KEPEGAWAIAN = Domain(
    "kepegawaian",
    (Agency("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "bkpsdm"),
     Agency("Badan Kepegawaian Daerah", "bkd")),
    (
        Unit("Kepala Bidang Pengadaan, Pemberhentian dan Informasi", ("Kepala Sub Bidang Data dan Informasi",)),
        Unit("Kepala Bidang Pengembangan Kompetensi Aparatur", ("Kepala Sub Bidang Diklat Struktural",)),
        Unit("Kepala Bidang Mutasi dan Promosi", ("Kepala Sub Bidang Kepangkatan",)),
    ),
    (
        SasaranSpec("Meningkatnya profesionalisme aparatur sipil negara",
                    bare("Indeks profesionalitas ASN", 60, 80)),
    ),
    (
        Prog("Kepegawaian Daerah", pct("Persentase ASN yang memenuhi standar kompetensi jabatan", 40, 80),
             (
                 Keg("Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
                     num("Jumlah layanan administrasi kepegawaian yang diselesaikan", "layanan", 200, 3000),
                     (
                         Sub("Pengadaan PNS dan PPPK", num("Jumlah formasi ASN yang terisi", "formasi", 50, 900)),
                         Sub("Pengelolaan Pensiun", num("Jumlah ASN yang diproses pensiunnya", "orang", 50, 400)),
                         Sub("Pengelolaan Data Base ASN", num("Jumlah data ASN yang dimutakhirkan", "orang", 1000,
                                                              9000)),
                     )),
                 Keg("Pengembangan Kompetensi Aparatur",
                     num("Jumlah ASN yang mengikuti pengembangan kompetensi", "orang", 100, 1500),
                     (
                         Sub("Penyelenggaraan Pendidikan dan Pelatihan Struktural",
                             num("Jumlah ASN yang mengikuti diklat kepemimpinan", "orang", 20, 200)),
                         Sub("Pelaksanaan Sertifikasi Kompetensi",
                             num("Jumlah ASN yang mengikuti uji kompetensi", "orang", 50, 600)),
                     )),
                 Keg("Mutasi dan Promosi ASN", num("Jumlah SK mutasi dan promosi yang diterbitkan", "dokumen",
                                                   100, 2000),
                     (
                         Sub("Pengelolaan Mutasi ASN", num("Jumlah ASN yang dimutasi", "orang", 50, 800)),
                         Sub("Pengelolaan Kenaikan Pangkat ASN", num("Jumlah ASN yang naik pangkat", "orang",
                                                                     200, 2500)),
                     )),
             )),
    ),
)

SATPOLPP = Domain(
    "satpolpp",
    (Agency("Satuan Polisi Pamong Praja", "satpolpp"),),
    (
        Unit("Kepala Bidang Ketenteraman dan Ketertiban Umum", ("Kepala Seksi Operasi dan Pengendalian",)),
        Unit("Kepala Bidang Penegakan Perundang-undangan Daerah", ("Kepala Seksi Penyelidikan dan Penyidikan",)),
        Unit("Kepala Bidang Perlindungan Masyarakat", ("Kepala Seksi Satuan Linmas",)),
    ),
    (
        SasaranSpec("Meningkatnya ketenteraman dan ketertiban umum",
                    pct("Persentase penegakan Perda dan Perkada", 70, 100)),
    ),
    (
        Prog("Peningkatan Ketenteraman dan Ketertiban Umum",
             pct("Persentase gangguan trantibum yang tertangani", 80, 100),
             (
                 Keg("Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (satu) Daerah Kabupaten/Kota",
                     num("Jumlah operasi penertiban yang dilaksanakan", "kali", 24, 200),
                     (
                         Sub("Pencegahan Gangguan Ketentraman dan Ketertiban Umum melalui Deteksi Dini dan Cegah "
                             "Dini, Pembinaan dan Penyuluhan, Pelaksanaan Patroli",
                             num("Jumlah patroli yang dilaksanakan", "kali", 50, 360)),
                         Sub("Penindakan atas Gangguan Ketentraman dan Ketertiban Umum yang Bersifat Non Yustisial",
                             num("Jumlah pelanggaran ketertiban umum yang ditindak", "kasus", 10, 150)),
                     )),
                 Keg("Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Kepala Daerah",
                     num("Jumlah pelanggaran Perda dan Perkada yang diselesaikan", "kasus", 10, 120),
                     (
                         Sub("Penyelidikan dan Penyidikan terhadap Pelanggaran atas Ketentuan Perda dan Perkada",
                             num("Jumlah kasus pelanggaran Perda yang disidik", "kasus", 2, 30)),
                     )),
             )),
    ),
)

KOMINFO = Domain(
    "kominfo",
    (Agency("Dinas Komunikasi dan Informatika", "diskominfo"),
     Agency("Dinas Komunikasi, Informatika, Statistik dan Persandian", "diskominfosp")),
    (
        Unit("Kepala Bidang Informasi dan Komunikasi Publik", ("Kepala Seksi Pengelolaan Informasi Publik",
                                                               "Kepala Seksi Kemitraan Media")),
        Unit("Kepala Bidang Aplikasi Informatika", ("Kepala Seksi Layanan E-Government",
                                                    "Kepala Seksi Infrastruktur TIK")),
    ),
    (
        SasaranSpec("Meningkatnya kualitas layanan informasi publik",
                    bare("Indeks keterbukaan informasi publik", 60, 90)),
        SasaranSpec("Meningkatnya penerapan sistem pemerintahan berbasis elektronik",
                    bare("Indeks SPBE", 1.8, 3.2)),
    ),
    (
        Prog("Informasi dan Komunikasi Publik", pct("Persentase informasi publik yang terdiseminasi", 80, 100),
             (
                 Keg("Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
                     num("Jumlah informasi publik yang dipublikasikan", "berita", 200, 2400),
                     (
                         Sub("Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
                             num("Jumlah konten media yang diproduksi", "konten", 50, 900)),
                         Sub("Pengelolaan Media Komunikasi Publik",
                             num("Jumlah media publikasi yang dikelola", "media", 3, 12)),
                         Sub("Layanan Hubungan Media",
                             num("Jumlah rilis berita yang diterbitkan", "berita", 100, 1200)),
                     )),
             )),
        Prog("Aplikasi Informatika",
             pct("Persentase perangkat daerah yang terhubung jaringan intra pemerintah", 60, 100),
             (
                 Keg("Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di "
                     "Lingkup Pemerintah Daerah Kabupaten/Kota",
                     num("Jumlah sub domain yang dikelola", "domain", 20, 120),
                     (
                         Sub("Pengelolaan Nama Domain dan Sub Domain",
                             num("Jumlah sub domain perangkat daerah yang aktif", "domain", 20, 120)),
                     )),
                 Keg("Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
                     num("Jumlah aplikasi layanan publik yang dikembangkan", "aplikasi", 2, 12),
                     (
                         Sub("Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
                             num("Jumlah aplikasi yang dikembangkan", "aplikasi", 2, 12)),
                         Sub("Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
                             num("Jumlah titik jaringan intra pemerintah yang terpasang", "titik", 10, 90)),
                         Sub("Pengembangan dan Pengelolaan Pusat Data",
                             pct("Persentase ketersediaan layanan pusat data", 95, 100)),
                     )),
             )),
    ),
)

DPMPTSP = Domain(
    "dpmptsp",
    (Agency("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "dpmptsp"),),
    (
        Unit("Kepala Bidang Pelayanan Perizinan", ("Kepala Seksi Pelayanan Perizinan Usaha",)),
        Unit("Kepala Bidang Promosi dan Pengembangan Iklim Penanaman Modal",
             ("Kepala Seksi Promosi Penanaman Modal",)),
    ),
    (
        SasaranSpec("Meningkatnya realisasi investasi daerah",
                    Measure("Nilai realisasi investasi", "rupiah", 200e9, 2000e9)),
        SasaranSpec("Meningkatnya kualitas pelayanan perizinan",
                    bare("Indeks kepuasan masyarakat terhadap pelayanan perizinan", 78, 90)),
    ),
    (
        Prog("Pelayanan Penanaman Modal", pct("Persentase perizinan yang diselesaikan tepat waktu", 90, 100),
             (
                 Keg("Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu",
                     num("Jumlah izin yang diterbitkan", "izin", 500, 4000),
                     (
                         Sub("Pemberian Pelayanan Perizinan dan Non Perizinan",
                             num("Jumlah izin dan non izin yang diterbitkan", "izin", 500, 4000)),
                         Sub("Pemantauan Pemenuhan Komitmen Perizinan dan Non Perizinan Penanaman Modal",
                             num("Jumlah pelaku usaha yang dipantau pemenuhan komitmennya", "usaha", 20, 200)),
                     )),
             )),
        Prog("Promosi Penanaman Modal", pct("Persentase peningkatan minat investasi", 5, 20),
             (
                 Keg("Penyelenggaraan Promosi Penanaman Modal Kabupaten/Kota",
                     num("Jumlah kegiatan promosi investasi", "kegiatan", 2, 8),
                     (
                         Sub("Pelaksanaan Kegiatan Promosi Penanaman Modal Daerah",
                             num("Jumlah pameran promosi penanaman modal yang diikuti", "kali", 2, 6)),
                         Sub("Penyusunan Profil Peluang Investasi",
                             num("Jumlah dokumen profil peluang investasi", "dokumen", 1, 2)),
                     )),
             )),
    ),
)

GOV_DOMAINS = (BAPPEDA, INSPEKTORAT, DPRD, KESBANGPOL, KEUANGAN, KEPEGAWAIAN, SATPOLPP, KOMINFO, DPMPTSP)
