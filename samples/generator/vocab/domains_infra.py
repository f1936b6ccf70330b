"""Agencies that build and keep things: transport, public works, environment, farming, disasters."""

from __future__ import annotations

from samples.generator.vocab.specs import Agency, Domain, Keg, Prog, SasaranSpec, Sub, Unit, bare, num, pct

PERHUBUNGAN = Domain(
    "perhubungan",
    (Agency("Dinas Perhubungan", "dishub"),),
    (
        Unit("Kepala Bidang Lalu Lintas dan Angkutan Jalan",
             ("Kepala Seksi Manajemen dan Rekayasa Lalu Lintas", "Kepala Seksi Angkutan Jalan")),
        Unit("Kepala Bidang Sarana dan Prasarana", ("Kepala Seksi Pengujian Kendaraan Bermotor",
                                                     "Kepala Seksi Perlengkapan Jalan")),
        Unit("Kepala Bidang Pelayaran", ("Kepala Seksi Kepelabuhanan",)),
    ),
    (
        SasaranSpec("Meningkatnya kualitas pelayanan transportasi",
                    bare("Indeks kepuasan masyarakat terhadap layanan perhubungan", 75, 88)),
        SasaranSpec("Meningkatnya keselamatan lalu lintas",
                    pct("Persentase penurunan angka kecelakaan lalu lintas", 2, 10)),
    ),
    (
        Prog("Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
             pct("Persentase fasilitas perlengkapan jalan yang terpenuhi", 50, 85),
             (
                 Keg("Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
                     num("Jumlah perlengkapan jalan yang disediakan", "unit", 40, 400),
                     (
                         Sub("Pengadaan Rambu Lalu Lintas", num("Jumlah rambu lalu lintas yang dipasang", "buah",
                                                                 20, 150)),
                         Sub("Pengadaan Marka Jalan", num("Panjang marka jalan yang dibuat", "meter", 500, 6000)),
                         Sub("Pemasangan Penerangan Jalan Umum",
                             num("Jumlah titik penerangan jalan umum yang dipasang", "titik", 20, 300)),
                         Sub("Pengadaan Alat Pemberi Isyarat Lalu Lintas (APILL)",
                             num("Jumlah APILL yang dipasang", "unit", 1, 6)),
                     )),
                 Keg("Pengujian Berkala Kendaraan Bermotor",
                     num("Jumlah kendaraan bermotor wajib uji yang diuji", "unit", 1000, 9000),
                     (
                         Sub("Pelaksanaan Pengujian Berkala Kendaraan Bermotor",
                             num("Jumlah kendaraan yang lulus uji berkala", "unit", 1000, 9000)),
                         Sub("Pemeliharaan dan Kalibrasi Peralatan Pengujian",
                             num("Jumlah peralatan pengujian yang dikalibrasi", "unit", 2, 12)),
                     )),
                 Keg("Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
                     num("Jumlah dokumen rencana induk jaringan LLAJ yang ditetapkan", "dokumen", 1, 2),
                     (
                         Sub("Penyusunan Rencana Induk Jaringan LLAJ",
                             num("Jumlah dokumen rencana induk jaringan LLAJ yang disusun", "dokumen", 1, 1)),
                         Sub("Penyediaan Data dan Informasi Lalu Lintas",
                             num("Jumlah laporan survei lalu lintas", "laporan", 2, 4)),
                     )),
             )),
        Prog("Pengelolaan Pelayaran", pct("Persentase pelabuhan yang dikelola sesuai standar", 60, 100),
             (
                 Keg("Penerbitan Izin Usaha Angkutan Laut bagi Badan Usaha",
                     num("Jumlah izin usaha angkutan laut yang diterbitkan", "izin", 5, 40),
                     (
                         Sub("Fasilitasi Penerbitan Izin Usaha Angkutan Laut",
                             num("Jumlah izin usaha angkutan laut yang difasilitasi", "izin", 5, 40)),
                     )),
             )),
    ),
)

PUPR = Domain(
    "pupr",
    (Agency("Dinas Pekerjaan Umum dan Penataan Ruang", "dpupr"),
     Agency("Dinas Pekerjaan Umum dan Perumahan Rakyat", "dpupera")),
    (
        Unit("Kepala Bidang Bina Marga", ("Kepala Seksi Pembangunan Jalan dan Jembatan",
                                          "Kepala Seksi Pemeliharaan Jalan dan Jembatan")),
        Unit("Kepala Bidang Cipta Karya", ("Kepala Seksi Air Minum dan Sanitasi",
                                           "Kepala Seksi Penataan Bangunan")),
        Unit("Kepala Bidang Penataan Ruang", ("Kepala Seksi Perencanaan Tata Ruang",)),
    ),
    (
        SasaranSpec("Meningkatnya kualitas infrastruktur jalan dan jembatan",
                    pct("Persentase jalan kabupaten dalam kondisi mantap", 60, 90)),
        SasaranSpec("Meningkatnya pelayanan air minum dan sanitasi",
                    pct("Persentase rumah tangga dengan akses air minum layak", 70, 95)),
    ),
    (
        Prog("Penyelenggaraan Jalan", pct("Persentase panjang jalan dalam kondisi baik", 50, 85),
             (
                 Keg("Penyelenggaraan Jalan Kabupaten/Kota",
                     num("Panjang jalan yang ditingkatkan dan direhabilitasi", "km", 5, 60),
                     (
                         Sub("Pembangunan Jalan", num("Panjang jalan yang dibangun", "km", 1, 12)),
                         Sub("Rehabilitasi Jalan", num("Panjang jalan yang direhabilitasi", "km", 2, 20)),
                         Sub("Pemeliharaan Rutin Jalan", num("Panjang jalan yang dipelihara", "km", 20, 300)),
                         Sub("Pembangunan Jembatan", num("Jumlah jembatan yang dibangun", "unit", 1, 6)),
                     )),
             )),
        Prog("Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
             pct("Persentase cakupan pelayanan air minum", 60, 90),
             (
                 Keg("Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota",
                     num("Jumlah sambungan rumah yang terlayani SPAM", "sambungan", 200, 5000),
                     (
                         Sub("Pembangunan SPAM Jaringan Perpipaan di Kawasan Perdesaan",
                             num("Jumlah desa yang terlayani SPAM jaringan perpipaan", "desa", 2, 20)),
                         Sub("Perluasan SPAM Jaringan Perpipaan di Kawasan Perkotaan",
                             num("Jumlah sambungan rumah baru", "sambungan", 100, 3000)),
                     )),
             )),
        Prog("Penataan Bangunan Gedung", pct("Persentase bangunan gedung yang memiliki PBG", 20, 60),
             (
                 Keg("Penyelenggaraan Bangunan Gedung di Wilayah Daerah Kabupaten/Kota, Pemberian Izin "
                     "Mendirikan Bangunan (IMB) dan Administrasi Bangunan Gedung",
                     num("Jumlah persetujuan bangunan gedung yang diterbitkan", "dokumen", 50, 900),
                     (
                         Sub("Penyediaan Data Bangunan Gedung",
                             num("Jumlah bangunan gedung yang terdata", "unit", 200, 4000)),
                         Sub("Pengawasan Penyelenggaraan Bangunan Gedung",
                             num("Jumlah laporan pengawasan bangunan gedung", "laporan", 2, 12)),
                     )),
             )),
    ),
)

LINGKUNGAN = Domain(
    "lingkungan",
    (Agency("Dinas Lingkungan Hidup", "dlh"), Agency("Dinas Lingkungan Hidup dan Kebersihan", "dlhk")),
    (
        Unit("Kepala Bidang Pengelolaan Sampah dan Limbah B3",
             ("Kepala Seksi Pengurangan Sampah", "Kepala Seksi Penanganan Sampah")),
        Unit("Kepala Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan",
             ("Kepala Seksi Pemantauan Lingkungan",)),
        Unit("Kepala Bidang Penataan dan Penaatan PPLH", ("Kepala Seksi Pengaduan dan Penegakan Hukum",)),
    ),
    (
        SasaranSpec("Meningkatnya kualitas lingkungan hidup",
                    bare("Indeks kualitas lingkungan hidup", 55, 75)),
        SasaranSpec("Meningkatnya pengelolaan persampahan", pct("Persentase sampah yang tertangani", 60, 90)),
    ),
    (
        Prog("Pengelolaan Persampahan", pct("Persentase sampah yang terangkut ke TPA", 50, 85),
             (
                 Keg("Pengelolaan Sampah", num("Volume sampah yang tertangani", "ton", 8000, 90000),
                     (
                         Sub("Penyediaan Sarana dan Prasarana Pengelolaan Sampah",
                             num("Jumlah armada pengangkut sampah yang disediakan", "unit", 1, 8)),
                         Sub("Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, "
                             "Pengolahan, dan Pemrosesan Akhir Sampah",
                             num("Volume sampah yang diangkut ke TPA", "ton", 5000, 60000)),
                         Sub("Pembinaan dan Pengawasan Pengelolaan Sampah",
                             num("Jumlah bank sampah yang dibina", "unit", 5, 60)),
                     )),
             )),
        Prog("Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
             pct("Persentase usaha/kegiatan yang taat terhadap izin lingkungan", 50, 90),
             (
                 Keg("Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
                     num("Jumlah titik pemantauan kualitas lingkungan", "titik", 10, 60),
                     (
                         Sub("Pemantauan Kualitas Air", num("Jumlah sampel air yang diuji", "sampel", 12, 120)),
                         Sub("Pemantauan Kualitas Udara", num("Jumlah titik pemantauan kualitas udara", "titik",
                                                               4, 24)),
                     )),
             )),
        Prog("Pembinaan dan Pengawasan terhadap Izin Lingkungan dan Izin Perlindungan dan Pengelolaan "
             "Lingkungan Hidup (PPLH)",
             pct("Persentase usaha dan/atau kegiatan yang diawasi", 40, 80),
             (
                 Keg("Pembinaan dan Pengawasan terhadap Usaha dan/atau Kegiatan yang Izin Lingkungan dan Izin "
                     "PPLH Diterbitkan oleh Pemerintah Daerah Kabupaten/Kota",
                     num("Jumlah usaha dan/atau kegiatan yang diawasi", "usaha", 10, 120),
                     (
                         Sub("Pengawasan Usaha dan/atau Kegiatan yang Izin Lingkungan Diterbitkan oleh "
                             "Pemerintah Daerah",
                             num("Jumlah laporan pengawasan izin lingkungan", "laporan", 2, 12)),
                     )),
             )),
    ),
)

PERTANIAN = Domain(
    "pertanian",
    (Agency("Dinas Pertanian", "distan"),
     Agency("Dinas Tanaman Pangan, Hortikultura dan Perkebunan", "distanhorbun")),
    (
        Unit("Kepala Bidang Tanaman Pangan", ("Kepala Seksi Produksi Tanaman Pangan",
                                              "Kepala Seksi Perbenihan dan Proteksi")),
        Unit("Kepala Bidang Prasarana dan Sarana Pertanian", ("Kepala Seksi Lahan dan Irigasi",
                                                             "Kepala Seksi Pupuk, Pestisida dan Alsintan")),
        Unit("Kepala Bidang Penyuluhan", ("Kepala Seksi Kelembagaan Petani",)),
    ),
    (
        SasaranSpec("Meningkatnya produksi komoditas pertanian unggulan",
                    num("Produksi padi", "ton", 40000, 400000)),
        SasaranSpec("Meningkatnya kesejahteraan petani", bare("Nilai Tukar Petani (NTP)", 98, 110)),
    ),
    (
        Prog("Penyediaan dan Pengembangan Sarana Pertanian",
             pct("Persentase kelompok tani yang menerima bantuan sarana pertanian", 20, 60),
             (
                 Keg("Penyediaan Sarana Pertanian",
                     num("Jumlah kelompok tani penerima bantuan sarana pertanian", "kelompok", 20, 300),
                     (
                         Sub("Penyediaan Benih Tanaman Pangan", num("Jumlah benih padi yang disalurkan", "kg",
                                                                     5000, 60000)),
                         Sub("Pengawasan Penyaluran Pupuk Bersubsidi",
                             num("Jumlah pupuk bersubsidi yang diawasi penyalurannya", "ton", 500, 9000)),
                         Sub("Pengadaan Alat dan Mesin Pertanian",
                             num("Jumlah alat dan mesin pertanian yang diadakan", "unit", 5, 60)),
                     )),
             )),
        Prog("Penyediaan dan Pengembangan Prasarana Pertanian",
             pct("Persentase jaringan irigasi tersier dalam kondisi baik", 50, 85),
             (
                 Keg("Pembangunan Prasarana Pertanian",
                     num("Luas lahan pertanian yang terlayani prasarana", "ha", 100, 3000),
                     (
                         Sub("Pembangunan Jaringan Irigasi Tersier",
                             num("Panjang jaringan irigasi tersier yang dibangun", "meter", 500, 9000)),
                         Sub("Pembangunan Jalan Usaha Tani", num("Panjang jalan usaha tani yang dibangun", "meter",
                                                                  500, 8000)),
                         Sub("Pencetakan Sawah Baru", num("Luas sawah baru yang dicetak", "ha", 10, 200)),
                     )),
             )),
        Prog("Penyuluhan Pertanian", pct("Persentase kelompok tani yang meningkat kelasnya", 10, 40),
             (
                 Keg("Pengembangan Penerapan Penyuluhan Pertanian",
                     num("Jumlah penyuluh pertanian yang dibina", "orang", 20, 200),
                     (
                         Sub("Pelaksanaan Penyuluhan dan Pendampingan Petani",
                             num("Jumlah petani yang mendapatkan penyuluhan", "orang", 500, 12000)),
                         Sub("Penyediaan dan Pemanfaatan Sarana dan Prasarana Penyuluhan Pertanian",
                             num("Jumlah BPP yang difasilitasi sarana dan prasarana", "unit", 2, 24)),
                     )),
             )),
    ),
)

BPBD = Domain(
    "bpbd",
    (Agency("Badan Penanggulangan Bencana Daerah", "bpbd"),),
    (
        Unit("Kepala Bidang Pencegahan dan Kesiapsiagaan", ("Kepala Seksi Pencegahan",
                                                            "Kepala Seksi Kesiapsiagaan")),
        Unit("Kepala Bidang Kedaruratan dan Logistik", ("Kepala Seksi Kedaruratan",)),
        Unit("Kepala Bidang Rehabilitasi dan Rekonstruksi", ("Kepala Seksi Rehabilitasi",)),
    ),
    (
        SasaranSpec("Meningkatnya ketangguhan masyarakat dalam menghadapi bencana",
                    bare("Indeks risiko bencana daerah", 110, 160)),
        SasaranSpec("Meningkatnya kecepatan penanganan darurat bencana",
                    pct("Persentase kejadian bencana yang ditangani kurang dari 24 jam", 90, 100)),
    ),
    (
        Prog("Penanggulangan Bencana", pct("Persentase desa tangguh bencana", 10, 40),
             (
                 Keg("Pelayanan Informasi Rawan Bencana Kabupaten/Kota",
                     num("Jumlah dokumen kajian risiko bencana yang disusun", "dokumen", 1, 3),
                     (
                         Sub("Penyusunan Kajian Risiko Bencana", num("Jumlah dokumen kajian risiko bencana",
                                                                      "dokumen", 1, 2)),
                         Sub("Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana",
                             num("Jumlah orang yang mengikuti sosialisasi rawan bencana", "orang", 100, 2000)),
                     )),
                 Keg("Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
                     num("Jumlah desa tangguh bencana yang dibentuk", "desa", 2, 20),
                     (
                         Sub("Pembentukan Desa Tangguh Bencana", num("Jumlah desa tangguh bencana baru", "desa",
                                                                     2, 20)),
                         Sub("Penyediaan Peralatan Perlindungan dan Kesiapsiagaan terhadap Bencana",
                             num("Jumlah paket peralatan kesiapsiagaan bencana", "paket", 1, 10)),
                     )),
                 Keg("Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
                     pct("Persentase korban bencana yang dievakuasi", 100, 100),
                     (
                         Sub("Respon Cepat Darurat Bencana", num("Jumlah kejadian bencana yang ditangani",
                                                                  "kejadian", 10, 120)),
                     )),
             )),
    ),
)

INFRA_DOMAINS = (PERHUBUNGAN, PUPR, LINGKUNGAN, PERTANIAN, BPBD)
