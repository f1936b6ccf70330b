"""Agencies serving people directly: education, health, social affairs, civil registry."""

from __future__ import annotations

from samples.generator.vocab.specs import Agency, Domain, Keg, Prog, SasaranSpec, Sub, Unit, bare, num, pct

PENDIDIKAN = Domain(
    "pendidikan",
    (Agency("Dinas Pendidikan", "disdik"), Agency("Dinas Pendidikan dan Kebudayaan", "disdikbud")),
    (
        Unit("Kepala Bidang Pembinaan Sekolah Dasar",
             ("Kepala Seksi Kurikulum dan Penilaian SD", "Kepala Seksi Sarana dan Prasarana SD")),
        Unit("Kepala Bidang Pembinaan Sekolah Menengah Pertama",
             ("Kepala Seksi Peserta Didik dan Pembangunan Karakter", "Kepala Seksi Sarana dan Prasarana SMP")),
        Unit("Kepala Bidang Pembinaan PAUD dan Pendidikan Nonformal",
             ("Kepala Seksi Kelembagaan PAUD",)),
        Unit("Kepala Bidang Pembinaan Ketenagaan",
             ("Kepala Seksi Pendidik dan Tenaga Kependidikan",)),
    ),
    (
        SasaranSpec("Meningkatnya akses dan mutu pendidikan dasar",
                    bare("Angka Partisipasi Murni (APM) SD/MI", 94, 99.5)),
        SasaranSpec("Meningkatnya kualitas pendidikan anak usia dini",
                    pct("Angka Partisipasi Kasar (APK) PAUD", 60, 85)),
        SasaranSpec("Meningkatnya mutu layanan pendidikan",
                    pct("Persentase sekolah terakreditasi minimal B", 70, 95)),
    ),
    (
        Prog("Pengelolaan Pendidikan",
             pct("Persentase satuan pendidikan yang memenuhi standar nasional pendidikan", 60, 90),
             (
                 Keg("Pengelolaan Pendidikan Sekolah Dasar",
                     num("Jumlah satuan pendidikan SD yang dikelola sesuai standar", "sekolah", 40, 250),
                     (
                         Sub("Pembangunan Ruang Kelas Baru",
                             num("Jumlah ruang kelas baru yang dibangun", "unit", 2, 16)),
                         Sub("Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
                             num("Jumlah ruang kelas yang direhabilitasi sedang/berat", "unit", 4, 30)),
                         Sub("Pengadaan Perlengkapan Sekolah",
                             num("Jumlah sekolah yang menerima perlengkapan sekolah", "sekolah", 5, 40)),
                         Sub("Penyediaan Biaya Personil Peserta Didik Sekolah Dasar",
                             num("Jumlah peserta didik yang menerima biaya personil", "orang", 1200, 24000)),
                     )),
                 Keg("Pengelolaan Pendidikan Sekolah Menengah Pertama",
                     num("Jumlah satuan pendidikan SMP yang dikelola sesuai standar", "sekolah", 10, 80),
                     (
                         Sub("Pembangunan Laboratorium Sekolah",
                             num("Jumlah laboratorium sekolah yang dibangun", "unit", 1, 8)),
                         Sub("Pengadaan Mebel Sekolah",
                             num("Jumlah paket mebel sekolah yang diadakan", "paket", 2, 20)),
                         Sub("Pengelolaan Dana BOS Sekolah Menengah Pertama",
                             num("Jumlah sekolah penerima dana BOS yang dikelola", "sekolah", 10, 80)),
                     )),
                 Keg("Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
                     num("Jumlah lembaga PAUD yang dibina", "lembaga", 20, 300),
                     (
                         Sub("Pembinaan Kelembagaan dan Manajemen PAUD",
                             num("Jumlah lembaga PAUD yang mendapatkan pembinaan kelembagaan", "lembaga", 20, 300)),
                         Sub("Penyediaan Pendidik dan Tenaga Kependidikan bagi Satuan PAUD",
                             num("Jumlah pendidik PAUD yang difasilitasi", "orang", 40, 600)),
                     )),
             )),
        Prog("Pendidik dan Tenaga Kependidikan",
             pct("Persentase guru yang memenuhi kualifikasi S1/D-IV", 85, 100),
             (
                 Keg("Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan "
                     "Pendidikan Dasar",
                     num("Jumlah pendidik dan tenaga kependidikan yang ditingkatkan kompetensinya", "orang",
                         50, 900),
                     (
                         Sub("Pengembangan Karir Pendidik dan Tenaga Kependidikan",
                             num("Jumlah guru yang mengikuti pengembangan karir", "orang", 20, 400)),
                         Sub("Peningkatan Kompetensi Pendidik dan Tenaga Kependidikan",
                             num("Jumlah guru yang mengikuti pelatihan peningkatan kompetensi", "orang", 30, 500)),
                     )),
             )),
        Prog("Pengembangan Kurikulum",
             pct("Persentase satuan pendidikan yang menerapkan kurikulum muatan lokal", 40, 100),
             (
                 Keg("Penetapan Kurikulum Muatan Lokal Pendidikan Dasar",
                     num("Jumlah dokumen kurikulum muatan lokal yang ditetapkan", "dokumen", 1, 3),
                     (
                         Sub("Penyusunan Kurikulum Muatan Lokal",
                             num("Jumlah dokumen kurikulum muatan lokal yang disusun", "dokumen", 1, 3)),
                         Sub("Sosialisasi dan Implementasi Kurikulum",
                             num("Jumlah sekolah yang mengikuti sosialisasi kurikulum", "sekolah", 20, 200)),
                     )),
             )),
    ),
)

KESEHATAN = Domain(
    "kesehatan",
    (Agency("Dinas Kesehatan", "dinkes"),),
    (
        Unit("Kepala Bidang Kesehatan Masyarakat",
             ("Kepala Seksi Kesehatan Keluarga dan Gizi", "Kepala Seksi Promosi dan Pemberdayaan Masyarakat")),
        Unit("Kepala Bidang Pelayanan dan Sumber Daya Kesehatan",
             ("Kepala Seksi Pelayanan Kesehatan Primer", "Kepala Seksi Alat Kesehatan dan PKRT")),
        Unit("Kepala Bidang Pencegahan dan Pengendalian Penyakit",
             ("Kepala Seksi Surveilans dan Imunisasi",)),
    ),
    (
        SasaranSpec("Meningkatnya derajat kesehatan masyarakat",
                    bare("Angka Kematian Ibu per 100.000 kelahiran hidup", 60, 180, 0)),
        SasaranSpec("Meningkatnya usia harapan hidup masyarakat", bare("Usia Harapan Hidup", 66, 74)),
        SasaranSpec("Menurunnya prevalensi stunting pada balita", pct("Prevalensi stunting pada balita", 8, 25)),
        SasaranSpec("Meningkatnya mutu pelayanan kesehatan dasar",
                    pct("Persentase puskesmas terakreditasi", 70, 100)),
    ),
    (
        Prog("Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
             pct("Persentase fasilitas pelayanan kesehatan yang memenuhi standar pelayanan", 70, 100),
             (
                 Keg("Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah "
                     "Kabupaten/Kota",
                     num("Jumlah fasilitas pelayanan kesehatan yang dibangun dan direhabilitasi", "unit", 2, 12),
                     (
                         Sub("Pembangunan Puskesmas", num("Jumlah puskesmas yang dibangun", "unit", 1, 3)),
                         Sub("Rehabilitasi dan Pemeliharaan Puskesmas",
                             num("Jumlah puskesmas yang direhabilitasi dan dipelihara", "unit", 1, 8)),
                         Sub("Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
                             num("Jumlah paket alat kesehatan yang diadakan", "paket", 1, 12)),
                     )),
                 Keg("Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
                     pct("Persentase layanan kesehatan dasar yang memenuhi standar pelayanan minimal", 80, 100),
                     (
                         Sub("Pengelolaan Pelayanan Kesehatan Ibu Hamil",
                             num("Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar", "orang",
                                 1000, 9000)),
                         Sub("Pengelolaan Pelayanan Kesehatan Balita",
                             num("Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar", "orang",
                                 3000, 30000)),
                         Sub("Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
                             num("Jumlah desa yang melaksanakan pemantauan status gizi", "desa", 20, 180)),
                         Sub("Pengelolaan Jaminan Kesehatan Masyarakat",
                             num("Jumlah penduduk yang dijamin iuran kesehatannya", "orang", 5000, 90000)),
                     )),
                 Keg("Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi",
                     num("Jumlah laporan sistem informasi kesehatan yang disusun", "laporan", 4, 12),
                     (
                         Sub("Pengelolaan Data dan Informasi Kesehatan",
                             num("Jumlah dokumen profil kesehatan yang diterbitkan", "dokumen", 1, 2)),
                     )),
             )),
        Prog("Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
             pct("Persentase tenaga kesehatan yang memenuhi standar kompetensi", 70, 95),
             (
                 Keg("Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan "
                     "Tingkat Daerah Kabupaten/Kota",
                     num("Jumlah tenaga kesehatan yang ditingkatkan kompetensinya", "orang", 20, 300),
                     (
                         Sub("Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan",
                             num("Jumlah tenaga kesehatan yang mengikuti pelatihan", "orang", 20, 300)),
                     )),
             )),
        Prog("Pemberdayaan Masyarakat Bidang Kesehatan",
             pct("Persentase desa siaga aktif", 50, 95),
             (
                 Keg("Pelaksanaan Sehat dalam rangka Promotif Preventif Tingkat Daerah Kabupaten/Kota",
                     num("Jumlah kegiatan promosi kesehatan yang dilaksanakan", "kegiatan", 6, 48),
                     (
                         Sub("Penyelenggaraan Promosi Kesehatan dan Gerakan Hidup Bersih dan Sehat",
                             num("Jumlah desa yang melaksanakan gerakan PHBS", "desa", 10, 150)),
                         Sub("Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM)",
                             num("Jumlah posyandu aktif yang dibina", "posyandu", 40, 400)),
                     )),
             )),
    ),
)

SOSIAL = Domain(
    "sosial",
    (Agency("Dinas Sosial", "dinsos"), Agency("Dinas Sosial, Pemberdayaan Masyarakat dan Desa", "dinsospmd")),
    (
        Unit("Kepala Bidang Rehabilitasi Sosial",
             ("Kepala Seksi Rehabilitasi Sosial Penyandang Disabilitas", "Kepala Seksi Rehabilitasi Lanjut Usia")),
        Unit("Kepala Bidang Perlindungan dan Jaminan Sosial",
             ("Kepala Seksi Perlindungan Sosial Korban Bencana", "Kepala Seksi Jaminan Sosial Keluarga")),
        Unit("Kepala Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin",
             ("Kepala Seksi Identifikasi dan Penguatan Kapasitas",)),
    ),
    (
        SasaranSpec("Menurunnya jumlah penyandang masalah kesejahteraan sosial",
                    pct("Persentase PMKS yang tertangani", 20, 60)),
        SasaranSpec("Meningkatnya perlindungan sosial bagi keluarga miskin",
                    pct("Persentase keluarga miskin yang menerima bantuan sosial", 60, 95)),
    ),
    (
        Prog("Rehabilitasi Sosial", pct("Persentase PMKS yang memperoleh rehabilitasi sosial", 30, 80),
             (
                 Keg("Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia "
                     "Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
                     num("Jumlah PMKS yang direhabilitasi di luar panti", "orang", 50, 800),
                     (
                         Sub("Pemberian Permakanan",
                             num("Jumlah lanjut usia terlantar yang menerima permakanan", "orang", 20, 300)),
                         Sub("Penyediaan Alat Bantu",
                             num("Jumlah penyandang disabilitas yang menerima alat bantu", "orang", 10, 120)),
                         Sub("Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial",
                             num("Jumlah PMKS yang mendapatkan bimbingan fisik, mental, spiritual dan sosial",
                                 "orang", 20, 400)),
                     )),
             )),
        Prog("Perlindungan dan Jaminan Sosial",
             pct("Persentase keluarga miskin yang terlindungi jaminan sosial", 60, 95),
             (
                 Keg("Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
                     num("Jumlah dokumen data terpadu kesejahteraan sosial yang dimutakhirkan", "dokumen", 1, 4),
                     (
                         Sub("Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota",
                             num("Jumlah keluarga miskin yang didata", "keluarga", 1500, 40000)),
                         Sub("Verifikasi dan Validasi Data Terpadu Kesejahteraan Sosial",
                             num("Jumlah desa yang melaksanakan verifikasi dan validasi DTKS", "desa", 20, 200)),
                     )),
             )),
        Prog("Penanganan Bencana", pct("Persentase korban bencana yang tertangani", 90, 100),
             (
                 Keg("Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
                     num("Jumlah korban bencana yang menerima bantuan sosial", "orang", 100, 3000),
                     (
                         Sub("Penyediaan Makanan",
                             num("Jumlah paket makanan untuk korban bencana", "paket", 100, 3000)),
                         Sub("Penyediaan Sandang",
                             num("Jumlah paket sandang yang disalurkan", "paket", 50, 1500)),
                     )),
             )),
    ),
)

DUKCAPIL = Domain(
    "dukcapil",
    (Agency("Dinas Kependudukan dan Pencatatan Sipil", "disdukcapil"),),
    (
        Unit("Kepala Bidang Pelayanan Pendaftaran Penduduk",
             ("Kepala Seksi Identitas Penduduk", "Kepala Seksi Pindah Datang Penduduk")),
        Unit("Kepala Bidang Pelayanan Pencatatan Sipil",
             ("Kepala Seksi Kelahiran", "Kepala Seksi Perkawinan dan Perceraian")),
        Unit("Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan",
             ("Kepala Seksi Sistem Informasi Administrasi Kependudukan",)),
    ),
    (
        SasaranSpec("Meningkatnya kualitas pelayanan administrasi kependudukan",
                    pct("Persentase penduduk yang memiliki KTP-el", 90, 99)),
        SasaranSpec("Meningkatnya kepuasan masyarakat terhadap layanan kependudukan",
                    bare("Indeks kepuasan masyarakat", 76, 90)),
    ),
    (
        Prog("Pendaftaran Penduduk",
             pct("Persentase penduduk wajib KTP yang telah merekam KTP-el", 90, 100),
             (
                 Keg("Pelayanan Pendaftaran Penduduk",
                     num("Jumlah dokumen kependudukan yang diterbitkan", "keping", 5000, 60000),
                     (
                         Sub("Pelayanan Pencetakan KTP-el", num("Jumlah KTP-el yang dicetak", "keping", 2000, 30000)),
                         Sub("Pelayanan Kartu Identitas Anak",
                             num("Jumlah kartu identitas anak yang diterbitkan", "keping", 1000, 20000)),
                         Sub("Penerbitan Kartu Keluarga",
                             num("Jumlah kartu keluarga yang diterbitkan", "lembar", 1000, 15000)),
                     )),
             )),
        Prog("Pencatatan Sipil",
             pct("Persentase kepemilikan akta kelahiran anak usia 0-18 tahun", 85, 99),
             (
                 Keg("Pelayanan Pencatatan Sipil",
                     num("Jumlah akta pencatatan sipil yang diterbitkan", "akta", 2000, 20000),
                     (
                         Sub("Penerbitan Akta Kelahiran", num("Jumlah akta kelahiran yang diterbitkan", "akta",
                                                              1500, 15000)),
                         Sub("Penerbitan Akta Kematian", num("Jumlah akta kematian yang diterbitkan", "akta",
                                                            200, 3000)),
                     )),
             )),
        Prog("Pengelolaan Informasi Administrasi Kependudukan",
             pct("Persentase data kependudukan yang mutakhir", 95, 100),
             (
                 Keg("Penyelenggaraan Pengelolaan Informasi Administrasi Kependudukan",
                     num("Jumlah laporan data kependudukan yang disusun", "laporan", 2, 4),
                     (
                         Sub("Pengelolaan Database Kependudukan",
                             num("Jumlah laporan konsolidasi data kependudukan", "laporan", 2, 2)),
                         Sub("Penyajian Data Kependudukan",
                             num("Jumlah dokumen profil kependudukan yang diterbitkan", "dokumen", 1, 2)),
                     )),
             )),
    ),
)

DP3A = Domain(
    "dp3a",
    (Agency("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "dp3a"),),
    (
        Unit("Kepala Bidang Perlindungan Perempuan dan Anak",
             ("Kepala Seksi Perlindungan Hak Perempuan", "Kepala Seksi Perlindungan Khusus Anak")),
        Unit("Kepala Bidang Pemenuhan Hak Anak", ("Kepala Seksi Kabupaten Layak Anak",)),
    ),
    (
        SasaranSpec("Meningkatnya kesetaraan gender dan perlindungan anak",
                    bare("Indeks Pembangunan Gender (IPG)", 85, 95)),
        SasaranSpec("Menurunnya kasus kekerasan terhadap perempuan dan anak",
                    pct("Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani", 90, 100)),
    ),
    (
        Prog("Perlindungan Perempuan",
             pct("Persentase kasus kekerasan terhadap perempuan yang tertangani", 90, 100),
             (
                 Keg("Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan",
                     num("Jumlah perempuan korban kekerasan yang mendapatkan layanan", "orang", 10, 120),
                     (
                         Sub("Penyediaan Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan",
                             num("Jumlah pengaduan kekerasan terhadap perempuan yang ditangani", "kasus", 10, 120)),
                         Sub("Pendampingan Korban Kekerasan terhadap Perempuan",
                             num("Jumlah korban kekerasan yang didampingi", "orang", 10, 120)),
                     )),
             )),
        Prog("Pemenuhan Hak Anak (PHA)", pct("Persentase desa/kelurahan layak anak", 20, 70),
             (
                 Keg("Pelembagaan PHA pada Lembaga Pemerintah, Nonpemerintah, dan Dunia Usaha",
                     num("Jumlah lembaga yang menerapkan pemenuhan hak anak", "lembaga", 5, 60),
                     (
                         Sub("Koordinasi dan Sinkronisasi Kebijakan Kabupaten/Kota Layak Anak",
                             num("Jumlah laporan evaluasi Kabupaten/Kota Layak Anak", "laporan", 1, 4)),
                         Sub("Pembentukan Forum Anak", num("Jumlah forum anak yang dibentuk", "forum", 2, 24)),
                     )),
             )),
    ),
)

PERPUSTAKAAN = Domain(
    "perpustakaan",
    (Agency("Dinas Perpustakaan dan Kearsipan", "dispusip"),),
    (
        Unit("Kepala Bidang Perpustakaan", ("Kepala Seksi Layanan dan Otomasi", "Kepala Seksi Pengembangan Koleksi")),
        Unit("Kepala Bidang Kearsipan", ("Kepala Seksi Pengelolaan Arsip",)),
    ),
    (
        SasaranSpec("Meningkatnya minat baca masyarakat", bare("Tingkat gemar membaca masyarakat", 50, 70)),
        SasaranSpec("Meningkatnya tertib pengelolaan arsip daerah",
                    pct("Persentase perangkat daerah yang tertib arsip", 40, 90)),
    ),
    (
        Prog("Pembinaan Perpustakaan", pct("Persentase perpustakaan yang memenuhi standar nasional", 20, 60),
             (
                 Keg("Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota",
                     num("Jumlah pengunjung perpustakaan daerah", "orang", 5000, 60000),
                     (
                         Sub("Pengembangan Koleksi Perpustakaan",
                             num("Jumlah koleksi buku yang diadakan", "eksemplar", 500, 4000)),
                         Sub("Penyelenggaraan Perpustakaan Keliling",
                             num("Jumlah lokasi layanan perpustakaan keliling", "lokasi", 12, 80)),
                     )),
             )),
        Prog("Pengelolaan Arsip", pct("Persentase arsip yang tertata sesuai standar", 50, 90),
             (
                 Keg("Pengelolaan Arsip Dinamis Pemerintah Daerah Kabupaten/Kota",
                     num("Jumlah perangkat daerah yang dibina kearsipannya", "opd", 10, 40),
                     (
                         Sub("Pengelolaan Arsip Inaktif", num("Jumlah berkas arsip inaktif yang ditata", "berkas",
                                                              500, 8000)),
                         Sub("Pembinaan Kearsipan", num("Jumlah perangkat daerah yang mengikuti pembinaan kearsipan",
                                                        "opd", 10, 40)),
                     )),
             )),
    ),
)

SOCIAL_DOMAINS = (PENDIDIKAN, KESEHATAN, SOSIAL, DUKCAPIL, DP3A, PERPUSTAKAAN)
