/**
 * Hard sentence-boundary cases from real Indonesian press releases, by class, written by hand for
 * test/sentences.test.ts. Each case is a text and the sentences it must split into; a positive case
 * has a boundary right after the abbreviation, number or mark the class is about, a negative one has
 * none there. Cases marked `check` were written before the rules for their class and were not looked
 * at while writing them (a check that the rules generalise); the others guided the rules.
 */
export interface ReleaseCase {
  text: string;
  expect: string[];
  check?: boolean;
}

export const RELEASE_CASES: Record<string, ReleaseCase[]> = {
  'ranks and branches': [
    {
      text: 'Kegiatan dipimpin Kombes Pol. Budi Hartono selaku Kapolres. Warga menyambut baik.',
      expect: ['Kegiatan dipimpin Kombes Pol. Budi Hartono selaku Kapolres.', 'Warga menyambut baik.'],
    },
    {
      text: 'Upacara diikuti Letkol Kav. Andi Pratama dan Mayor Inf. Rudi. Cuaca cerah.',
      expect: ['Upacara diikuti Letkol Kav. Andi Pratama dan Mayor Inf. Rudi.', 'Cuaca cerah.'],
    },
    {
      text: 'Hadir pula Mayjen TNI (Purn.) Sutrisno. Ia memberi sambutan.',
      expect: ['Hadir pula Mayjen TNI (Purn.) Sutrisno.', 'Ia memberi sambutan.'],
    },
    {
      text: 'Danrem dijabat Kolonel Czi. Heru Santoso sejak Januari. Ia menggantikan pejabat lama.',
      expect: ['Danrem dijabat Kolonel Czi. Heru Santoso sejak Januari.', 'Ia menggantikan pejabat lama.'],
    },
    {
      text: 'Penerbangan dipandu Letda Pnb. Dimas Aryo. Pesawat mendarat mulus.',
      expect: ['Penerbangan dipandu Letda Pnb. Dimas Aryo.', 'Pesawat mendarat mulus.'],
    },
    {
      text: 'Kapten Mar. Yohanes memimpin pasukan. Latihan berlangsung tiga hari.',
      expect: ['Kapten Mar. Yohanes memimpin pasukan.', 'Latihan berlangsung tiga hari.'],
    },
    {
      text: 'Laporan diterima AKBP Dr. Siti Rahmawati, S.I.K., M.H. Ia langsung menindaklanjuti.',
      expect: ['Laporan diterima AKBP Dr. Siti Rahmawati, S.I.K., M.H.', 'Ia langsung menindaklanjuti.'],
    },
    {
      text: 'Sertijab dihadiri Brigjen Pol. Drs. Agus Salim. Acara berlangsung khidmat.',
      expect: ['Sertijab dihadiri Brigjen Pol. Drs. Agus Salim.', 'Acara berlangsung khidmat.'],
    },
    {
      text: 'Pasien dirawat oleh Serka Kes. Wahyudi di RS Bhayangkara. Kondisinya membaik.',
      expect: ['Pasien dirawat oleh Serka Kes. Wahyudi di RS Bhayangkara.', 'Kondisinya membaik.'],
    },
    {
      text: 'Kapal dipimpin Letkol Laut (P) Andika. Kapal bersandar di Surabaya.',
      expect: ['Kapal dipimpin Letkol Laut (P) Andika.', 'Kapal bersandar di Surabaya.'],
    },
    {
      text: 'Sambutan disampaikan Marsma TNI Dr. Bambang Irawan, M.Sc. Beliau menekankan kedisiplinan.',
      expect: ['Sambutan disampaikan Marsma TNI Dr. Bambang Irawan, M.Sc.', 'Beliau menekankan kedisiplinan.'],
    },
    {
      text: 'Penyidik Iptu Pol. Rahmat menerima laporan. Kasus masih didalami.',
      expect: ['Penyidik Iptu Pol. Rahmat menerima laporan.', 'Kasus masih didalami.'],
      check: true,
    },
    {
      text: 'Komandan Lettu Inf. Gilang Ramadhan memberi arahan. Seluruh prajurit siap.',
      expect: ['Komandan Lettu Inf. Gilang Ramadhan memberi arahan.', 'Seluruh prajurit siap.'],
      check: true,
    },
    {
      text: 'Tim dipimpin Kolonel Arh. Surya Darma. Latihan menembak dimulai pagi hari.',
      expect: ['Tim dipimpin Kolonel Arh. Surya Darma.', 'Latihan menembak dimulai pagi hari.'],
      check: true,
    },
    {
      text: 'Acara dibuka Letjen TNI (Purn.) Dr. Hendra. Peserta bertepuk tangan.',
      expect: ['Acara dibuka Letjen TNI (Purn.) Dr. Hendra.', 'Peserta bertepuk tangan.'],
      check: true,
    },
    {
      text: 'Laporan itu ditandatangani oleh Kompol. Dedi Kurniawan. Salinannya dikirim ke Polda.',
      expect: ['Laporan itu ditandatangani oleh Kompol. Dedi Kurniawan.', 'Salinannya dikirim ke Polda.'],
      check: true,
    },
  ],
  'address parts': [
    {
      text: 'Sekretariat berada di Jl. Gatot Subroto Kav. 52, Kec. Setiabudi. Pendaftaran dibuka besok.',
      expect: ['Sekretariat berada di Jl. Gatot Subroto Kav. 52, Kec. Setiabudi.', 'Pendaftaran dibuka besok.'],
    },
    {
      text: 'Lokasi banjir di Gg. Mawar RT. 03/RW. 05 Kel. Cawang. Air mulai surut.',
      expect: ['Lokasi banjir di Gg. Mawar RT. 03/RW. 05 Kel. Cawang.', 'Air mulai surut.'],
    },
    {
      text: 'Bantuan dikirim ke Kab. Cianjur, Prov. Jawa Barat. Relawan sudah tiba.',
      expect: ['Bantuan dikirim ke Kab. Cianjur, Prov. Jawa Barat.', 'Relawan sudah tiba.'],
    },
    {
      text: 'Warga Ds. Sukamaju Kec. Cibeber menerima bantuan. Penyaluran tertib.',
      expect: ['Warga Ds. Sukamaju Kec. Cibeber menerima bantuan.', 'Penyaluran tertib.'],
    },
    {
      text: 'Kantor pindah ke Komp. Perkantoran Blok C No. 7. Layanan tetap berjalan.',
      expect: ['Kantor pindah ke Komp. Perkantoran Blok C No. 7.', 'Layanan tetap berjalan.'],
    },
    {
      text: 'Rumah korban di Kp. Cibodas RT 02 RW 04. Polisi memasang garis.',
      expect: ['Rumah korban di Kp. Cibodas RT 02 RW 04.', 'Polisi memasang garis.'],
    },
    {
      text: 'Posko didirikan di Kel. Tegal Sari, Kec. Medan Denai, Kota Medan. Posko buka 24 jam.',
      expect: ['Posko didirikan di Kel. Tegal Sari, Kec. Medan Denai, Kota Medan.', 'Posko buka 24 jam.'],
    },
    {
      text: 'Alamat redaksi: Jln. Raya Bogor Km. 30, Depok. Telepon kami setiap hari kerja.',
      expect: ['Alamat redaksi: Jln. Raya Bogor Km. 30, Depok.', 'Telepon kami setiap hari kerja.'],
    },
    {
      text: 'Gudang terletak di Kws. Industri Pulogadung Blok. III. Aktivitas normal.',
      expect: ['Gudang terletak di Kws. Industri Pulogadung Blok. III.', 'Aktivitas normal.'],
    },
    {
      text: 'Pelatihan digelar di Kec. Sukajadi. Peserta berasal dari Kab. Bandung Barat.',
      expect: ['Pelatihan digelar di Kec. Sukajadi.', 'Peserta berasal dari Kab. Bandung Barat.'],
    },
    {
      text: 'Tim menuju Dsn. Krajan, Ds. Sumberejo, Kab. Jember. Jalan rusak parah.',
      expect: ['Tim menuju Dsn. Krajan, Ds. Sumberejo, Kab. Jember.', 'Jalan rusak parah.'],
      check: true,
    },
    {
      text: 'Sekolah itu beralamat di Jl. Pemuda No. 12 RT. 01 RW. 02. Siswanya 300 orang.',
      expect: ['Sekolah itu beralamat di Jl. Pemuda No. 12 RT. 01 RW. 02.', 'Siswanya 300 orang.'],
      check: true,
    },
    {
      text: 'Pemkab. Sleman menyalurkan bantuan ke Kec. Cangkringan. Warga berterima kasih.',
      expect: ['Pemkab. Sleman menyalurkan bantuan ke Kec. Cangkringan.', 'Warga berterima kasih.'],
      check: true,
    },
    {
      text: 'Rapat dilaksanakan di Gd. Merdeka Lt. 2, Jl. Asia Afrika. Rapat dibuka pukul 09.00.',
      expect: ['Rapat dilaksanakan di Gd. Merdeka Lt. 2, Jl. Asia Afrika.', 'Rapat dibuka pukul 09.00.'],
      check: true,
    },
  ],
  'company forms': [
    {
      text: 'Perjanjian diteken dengan PT Bank Mandiri (Persero) Tbk. Kerja sama berlaku lima tahun.',
      expect: ['Perjanjian diteken dengan PT Bank Mandiri (Persero) Tbk.', 'Kerja sama berlaku lima tahun.'],
    },
    {
      text: 'Mitra proyek adalah Hyundai Engineering Co., Ltd. dari Korea Selatan. Nilainya besar.',
      expect: ['Mitra proyek adalah Hyundai Engineering Co., Ltd. dari Korea Selatan.', 'Nilainya besar.'],
    },
    {
      text: 'Investasi datang dari Petronas Chemicals Group Bhd. Perusahaan itu asal Malaysia.',
      expect: ['Investasi datang dari Petronas Chemicals Group Bhd.', 'Perusahaan itu asal Malaysia.'],
    },
    {
      text: 'Kontrak diberikan kepada Sime Darby Plantation Sdn. Bhd. dan mitranya. Tender selesai.',
      expect: ['Kontrak diberikan kepada Sime Darby Plantation Sdn. Bhd. dan mitranya.', 'Tender selesai.'],
    },
    {
      text: 'Kerja sama melibatkan Sembcorp Industries Pte. Ltd. Perusahaan itu berbasis di Singapura.',
      expect: ['Kerja sama melibatkan Sembcorp Industries Pte. Ltd.', 'Perusahaan itu berbasis di Singapura.'],
    },
    {
      text: 'Saham PT Astra International Tbk. menguat. Indeks ikut naik.',
      expect: ['Saham PT Astra International Tbk. menguat.', 'Indeks ikut naik.'],
    },
    {
      text: 'Kontraktornya adalah Toyo Engineering Corp. Pekerjaan dimulai Maret.',
      expect: ['Kontraktornya adalah Toyo Engineering Corp.', 'Pekerjaan dimulai Maret.'],
    },
    {
      text: 'Dana disalurkan melalui PT. Bank Rakyat Indonesia (Persero) Tbk. kantor cabang Cianjur. Nasabah antre.',
      expect: [
        'Dana disalurkan melalui PT. Bank Rakyat Indonesia (Persero) Tbk. kantor cabang Cianjur.',
        'Nasabah antre.',
      ],
    },
    {
      text: 'Pemasoknya Mitsubishi Corp. dan Marubeni Corp. Keduanya dari Jepang.',
      expect: ['Pemasoknya Mitsubishi Corp. dan Marubeni Corp.', 'Keduanya dari Jepang.'],
    },
    {
      text: 'Penandatanganan dilakukan dengan CIMB Group Holdings Berhad. Bank itu hadir di Indonesia.',
      expect: ['Penandatanganan dilakukan dengan CIMB Group Holdings Berhad.', 'Bank itu hadir di Indonesia.'],
    },
    {
      text: 'Pembeli adalah Keppel Land Pte. Ltd. Transaksi ditutup Juni.',
      expect: ['Pembeli adalah Keppel Land Pte. Ltd.', 'Transaksi ditutup Juni.'],
      check: true,
    },
    {
      text: 'Kerja sama dengan Genting Plantations Bhd. Kami perluas tahun ini.',
      expect: ['Kerja sama dengan Genting Plantations Bhd.', 'Kami perluas tahun ini.'],
      check: true,
    },
    {
      text: 'Kontrak diteken bersama Samsung C&T Co., Ltd. Proyek berjalan dua tahun.',
      expect: ['Kontrak diteken bersama Samsung C&T Co., Ltd.', 'Proyek berjalan dua tahun.'],
      check: true,
    },
    {
      text: 'Investor baru, Axiata Group Berhad, masuk. PT XL Axiata Tbk. menyambutnya.',
      expect: ['Investor baru, Axiata Group Berhad, masuk.', 'PT XL Axiata Tbk. menyambutnya.'],
      check: true,
    },
  ],
  'references and letters': [
    {
      text: 'Surat itu ditandatangani a.n. Menteri Keuangan u.b. Sekretaris Jenderal. Salinan dikirim.',
      expect: ['Surat itu ditandatangani a.n. Menteri Keuangan u.b. Sekretaris Jenderal.', 'Salinan dikirim.'],
    },
    {
      text: 'Acara dibuka Plt. Kepala Dinas Kesehatan. Peserta antusias.',
      expect: ['Acara dibuka Plt. Kepala Dinas Kesehatan.', 'Peserta antusias.'],
    },
    {
      text: 'Hal ini diatur UU No. 11 Tahun 2020 jo. UU No. 6 Tahun 2023 tentang Cipta Kerja. Aturan turunannya menyusul.',
      expect: [
        'Hal ini diatur UU No. 11 Tahun 2020 jo. UU No. 6 Tahun 2023 tentang Cipta Kerja.',
        'Aturan turunannya menyusul.',
      ],
    },
    {
      text: 'Donasi dapat dikirim ke rekening BNI No. Rek. 0123456789 a.n. Yayasan Peduli. Terima kasih.',
      expect: ['Donasi dapat dikirim ke rekening BNI No. Rek. 0123456789 a.n. Yayasan Peduli.', 'Terima kasih.'],
    },
    {
      text: 'Bantuan meliputi beras, minyak goreng, gula, dll. Penyaluran dilakukan bertahap.',
      expect: ['Bantuan meliputi beras, minyak goreng, gula, dll.', 'Penyaluran dilakukan bertahap.'],
    },
    {
      text: 'Ketentuan itu ada di Pasal 5 ayat (1) huruf a. Pelanggarnya dikenai sanksi.',
      expect: ['Ketentuan itu ada di Pasal 5 ayat (1) huruf a.', 'Pelanggarnya dikenai sanksi.'],
    },
    {
      text: 'Kegiatan dipimpin Plh. Sekretaris Daerah. Rapat berjalan lancar.',
      expect: ['Kegiatan dipimpin Plh. Sekretaris Daerah.', 'Rapat berjalan lancar.'],
    },
    {
      text: 'Sesuai Permendagri No. 77 Tahun 2020 jo. Permendagri No. 15 Tahun 2023. Anggaran disusun ulang.',
      expect: ['Sesuai Permendagri No. 77 Tahun 2020 jo. Permendagri No. 15 Tahun 2023.', 'Anggaran disusun ulang.'],
    },
    {
      text: 'Surat ditujukan Kpd. Yth. Bupati Garut. Tembusan ke Gubernur.',
      expect: ['Surat ditujukan Kpd. Yth. Bupati Garut.', 'Tembusan ke Gubernur.'],
    },
    {
      text: 'Laporan disusun oleh Ketua Panitia, Sdr. Hasan, dkk. Laporan diserahkan kemarin.',
      expect: ['Laporan disusun oleh Ketua Panitia, Sdr. Hasan, dkk.', 'Laporan diserahkan kemarin.'],
    },
    {
      text: 'Putusan merujuk Pasal 2 jo. Pasal 18 UU Tipikor. Terdakwa banding.',
      expect: ['Putusan merujuk Pasal 2 jo. Pasal 18 UU Tipikor.', 'Terdakwa banding.'],
    },
    {
      text: 'Pembayaran melalui Bank Mandiri No. Rekening 123-00-4567890-1. Bukti transfer dikirim.',
      expect: ['Pembayaran melalui Bank Mandiri No. Rekening 123-00-4567890-1.', 'Bukti transfer dikirim.'],
    },
    {
      text: 'Sambutan dibacakan Pj. Bupati Bekasi. Hadirin berdiri.',
      expect: ['Sambutan dibacakan Pj. Bupati Bekasi.', 'Hadirin berdiri.'],
      check: true,
    },
    {
      text: 'Ditetapkan berdasarkan Perpres No. 12 Tahun 2021 jo. Perpres No. 46 Tahun 2025. Pengadaan dimulai.',
      expect: ['Ditetapkan berdasarkan Perpres No. 12 Tahun 2021 jo. Perpres No. 46 Tahun 2025.', 'Pengadaan dimulai.'],
      check: true,
    },
    {
      text: 'Naskah ditandatangani a.n. Kepala Badan, Plt. Sekretaris Utama. Naskah berlaku segera.',
      expect: ['Naskah ditandatangani a.n. Kepala Badan, Plt. Sekretaris Utama.', 'Naskah berlaku segera.'],
      check: true,
    },
    {
      text: 'Transfer ke BRI No. Rek. 0012-01-000123-30-5 a.n. Panitia Zakat. Konfirmasi via WA.',
      expect: ['Transfer ke BRI No. Rek. 0012-01-000123-30-5 a.n. Panitia Zakat.', 'Konfirmasi via WA.'],
      check: true,
    },
  ],
  'chains of initials': [
    {
      text: 'Penghargaan diterima Ahmad S. R. Wibowo. Ia berterima kasih.',
      expect: ['Penghargaan diterima Ahmad S. R. Wibowo.', 'Ia berterima kasih.'],
    },
    {
      text: 'Buku itu ditulis M. Y. Nasution dan A. B. Siregar. Bukunya laris.',
      expect: ['Buku itu ditulis M. Y. Nasution dan A. B. Siregar.', 'Bukunya laris.'],
    },
    {
      text: 'Hadir Ir. H. M. Basuki Hadimuljono. Menteri meninjau lokasi.',
      expect: ['Hadir Ir. H. M. Basuki Hadimuljono.', 'Menteri meninjau lokasi.'],
    },
    {
      text: 'Sidang dipimpin hakim R.A.A. Wijaya. Terdakwa hadir.',
      expect: ['Sidang dipimpin hakim R.A.A. Wijaya.', 'Terdakwa hadir.'],
    },
    {
      text: 'Kuliah umum oleh Prof. Dr. T. M. Hasan. Mahasiswa memenuhi aula.',
      expect: ['Kuliah umum oleh Prof. Dr. T. M. Hasan.', 'Mahasiswa memenuhi aula.'],
    },
    {
      text: 'Penelitian dipimpin Dr. A. H. Nasution. Hasilnya diumumkan Mei.',
      expect: ['Penelitian dipimpin Dr. A. H. Nasution.', 'Hasilnya diumumkan Mei.'],
      check: true,
    },
    {
      text: 'Kepala sekolah, Drs. I. G. N. Putra, membuka acara. Siswa bernyanyi.',
      expect: ['Kepala sekolah, Drs. I. G. N. Putra, membuka acara.', 'Siswa bernyanyi.'],
      check: true,
    },
    {
      text: 'Penghargaan diserahkan kepada Dewi K. S. Lestari. Ia menangis haru.',
      expect: ['Penghargaan diserahkan kepada Dewi K. S. Lestari.', 'Ia menangis haru.'],
      check: true,
    },
  ],
  'sentence ends with an abbreviation, a numeral, an amount or an era': [
    {
      text: 'Materi itu dimuat dalam buku jilid III. Buku tersebut dibagikan gratis.',
      expect: ['Materi itu dimuat dalam buku jilid III.', 'Buku tersebut dibagikan gratis.'],
    },
    {
      text: 'Materi dimuat dalam jilid III. dan akan dicetak ulang.',
      expect: ['Materi dimuat dalam jilid III. dan akan dicetak ulang.'],
    },
    {
      text: 'Nilai investasinya mencapai Rp 4 T. Dana itu berasal dari swasta.',
      expect: ['Nilai investasinya mencapai Rp 4 T.', 'Dana itu berasal dari swasta.'],
    },
    {
      text: 'Perayaan digelar pada 1 Muharram 1445 H. Umat memadati masjid.',
      expect: ['Perayaan digelar pada 1 Muharram 1445 H.', 'Umat memadati masjid.'],
    },
    {
      text: 'Candi itu dibangun sekitar abad ke-8 M. Kini candi itu menjadi cagar budaya.',
      expect: ['Candi itu dibangun sekitar abad ke-8 M.', 'Kini candi itu menjadi cagar budaya.'],
    },
    {
      text: 'Sidang itu adalah Sidang Umum ke-XXV. Delegasi datang dari 40 negara.',
      expect: ['Sidang itu adalah Sidang Umum ke-XXV.', 'Delegasi datang dari 40 negara.'],
    },
    {
      text: 'Anggaran tahun ini Rp 2,5 M. Sebagian untuk pendidikan.',
      expect: ['Anggaran tahun ini Rp 2,5 M.', 'Sebagian untuk pendidikan.'],
    },
    {
      text: 'Tim kami meraih juara II. Tim lawan juara III.',
      expect: ['Tim kami meraih juara II.', 'Tim lawan juara III.'],
    },
    {
      text: 'Kerugian mencapai USD 3,2 jt. Polisi menyita barang bukti.',
      expect: ['Kerugian mencapai USD 3,2 jt.', 'Polisi menyita barang bukti.'],
    },
    {
      text: 'Masjid itu berdiri sejak 1350 H. Bangunannya masih asli.',
      expect: ['Masjid itu berdiri sejak 1350 H.', 'Bangunannya masih asli.'],
    },
    {
      text: 'Prasasti itu berasal dari 300 SM. Para arkeolog menelitinya.',
      expect: ['Prasasti itu berasal dari 300 SM.', 'Para arkeolog menelitinya.'],
    },
    {
      text: 'Raja itu memerintah hingga tahun 1500 M. Putranya meneruskan takhta.',
      expect: ['Raja itu memerintah hingga tahun 1500 M.', 'Putranya meneruskan takhta.'],
      check: true,
    },
    {
      text: 'Regulasi itu tertuang dalam Bab IV. Bab berikutnya mengatur sanksi.',
      expect: ['Regulasi itu tertuang dalam Bab IV.', 'Bab berikutnya mengatur sanksi.'],
      check: true,
    },
    {
      text: 'Total bantuan Rp 1,2 T. untuk 34 provinsi.',
      expect: ['Total bantuan Rp 1,2 T. untuk 34 provinsi.'],
      check: true,
    },
    {
      text: 'Peringatan Isra Mikraj jatuh pada 27 Rajab 1446 H. Pemerintah menetapkan libur.',
      expect: ['Peringatan Isra Mikraj jatuh pada 27 Rajab 1446 H.', 'Pemerintah menetapkan libur.'],
      check: true,
    },
  ],
  'inline numbered lists': [
    {
      text: 'Program mencakup: 1. pendidikan, 2. kesehatan, dan 3. infrastruktur. Semua dibiayai APBN.',
      expect: ['Program mencakup: 1. pendidikan, 2. kesehatan, dan 3. infrastruktur.', 'Semua dibiayai APBN.'],
    },
    {
      text: 'Syaratnya yaitu 1. KTP, 2. KK, 3. Surat Keterangan Domisili. Berkas dikirim daring.',
      expect: ['Syaratnya yaitu 1. KTP, 2. KK, 3. Surat Keterangan Domisili.', 'Berkas dikirim daring.'],
    },
    {
      text: 'Kesepakatan memuat a. penurunan tarif; b. fasilitasi investasi; c. pertukaran data. Dokumen diteken.',
      expect: [
        'Kesepakatan memuat a. penurunan tarif; b. fasilitasi investasi; c. pertukaran data.',
        'Dokumen diteken.',
      ],
    },
    {
      text: 'Agenda rapat: 1. Pembukaan 2. Laporan Ketua 3. Penutup. Rapat dimulai pukul 10.00.',
      expect: ['Agenda rapat: 1. Pembukaan 2. Laporan Ketua 3. Penutup.', 'Rapat dimulai pukul 10.00.'],
    },
    {
      text: 'Tiga fokus tahun ini, yakni (1) ketahanan pangan, (2) energi, dan (3) digitalisasi. Target ditetapkan.',
      expect: [
        'Tiga fokus tahun ini, yakni (1) ketahanan pangan, (2) energi, dan (3) digitalisasi.',
        'Target ditetapkan.',
      ],
    },
    {
      text: 'Dokumen yang dibawa: 1. Paspor, 2. Visa, 3. Tiket. Petugas memeriksa semuanya.',
      expect: ['Dokumen yang dibawa: 1. Paspor, 2. Visa, 3. Tiket.', 'Petugas memeriksa semuanya.'],
      check: true,
    },
    {
      text: 'Prioritas meliputi 1. Reformasi Birokrasi, 2. Pelayanan Publik. Keduanya dievaluasi.',
      expect: ['Prioritas meliputi 1. Reformasi Birokrasi, 2. Pelayanan Publik.', 'Keduanya dievaluasi.'],
      check: true,
    },
  ],
  'newline lists and sign-off blocks': [
    {
      text: 'Persyaratan:\n1. Fotokopi KTP\n2. Pas foto 3x4\n3. Surat lamaran',
      expect: ['Persyaratan:', '1. Fotokopi KTP', '2. Pas foto 3x4', '3. Surat lamaran'],
    },
    {
      text: 'Jakarta, 27 Januari 2021\nKepala Biro Humas\n\nBudi Santoso\nNIP. 19700101 199503 1 001',
      expect: ['Jakarta, 27 Januari 2021', 'Kepala Biro Humas', 'Budi Santoso', 'NIP. 19700101 199503 1 001'],
    },
    {
      text: 'Hormat kami,\nPlt. Kepala Dinas\nDr. Andi Wijaya, M.Si.\nNIP. 19751212 200003 1 002',
      expect: ['Hormat kami,', 'Plt. Kepala Dinas', 'Dr. Andi Wijaya, M.Si.', 'NIP. 19751212 200003 1 002'],
    },
    {
      text: 'Kontak media:\nSiti Aminah\nTelp. 0812-3456-7890\nEmail: humas@pu.go.id',
      expect: ['Kontak media:', 'Siti Aminah', 'Telp. 0812-3456-7890', 'Email: humas@pu.go.id'],
    },
    {
      text: 'Bandung, 5 Mei 2024\na.n. Gubernur Jawa Barat\nSekretaris Daerah,\n\nttd.\n\nHerman Suryatman',
      expect: ['Bandung, 5 Mei 2024', 'a.n. Gubernur Jawa Barat', 'Sekretaris Daerah,', 'ttd.', 'Herman Suryatman'],
    },
    {
      text: 'Tahapan seleksi:\n- administrasi\n- tes tertulis\n- wawancara',
      expect: ['Tahapan seleksi:', '- administrasi', '- tes tertulis', '- wawancara'],
    },
    {
      text: 'Langkah yang diambil:\na. pendataan warga;\nb. penyaluran bantuan;\nc. evaluasi.',
      expect: ['Langkah yang diambil:', 'a. pendataan warga;', 'b. penyaluran bantuan;', 'c. evaluasi.'],
    },
    {
      text: 'Biro Komunikasi dan Informasi Publik\nKementerian Perhubungan\nTelp. (021) 3811308',
      expect: ['Biro Komunikasi dan Informasi Publik', 'Kementerian Perhubungan', 'Telp. (021) 3811308'],
    },
    {
      text: 'Surabaya, 1 Juli 2023\nKepala Balai,\n\nIr. Rahmat Hidayat\nNIP 196801011994031005',
      expect: ['Surabaya, 1 Juli 2023', 'Kepala Balai,', 'Ir. Rahmat Hidayat', 'NIP 196801011994031005'],
      check: true,
    },
    {
      text: 'Narahubung:\nAndi (0813-1111-2222)\nRina (0821-3333-4444)',
      expect: ['Narahubung:', 'Andi (0813-1111-2222)', 'Rina (0821-3333-4444)'],
      check: true,
    },
    {
      text: 'Dokumen pendukung:\n1. surat pengantar;\n2. proposal kegiatan;\n3. rencana anggaran.',
      expect: ['Dokumen pendukung:', '1. surat pengantar;', '2. proposal kegiatan;', '3. rencana anggaran.'],
      check: true,
    },
  ],
  'plain boundaries that must stay': [
    {
      text: 'Pertemuan berlangsung di Kuala Lumpur. Malaysia menjadi tuan rumah.',
      expect: ['Pertemuan berlangsung di Kuala Lumpur.', 'Malaysia menjadi tuan rumah.'],
    },
    {
      text: 'Kerja sama dengan Rusia terus ditingkatkan. Hubungan kedua negara erat.',
      expect: ['Kerja sama dengan Rusia terus ditingkatkan.', 'Hubungan kedua negara erat.'],
    },
    {
      text: 'Rapat dipimpin Kapolri. Pol. Air juga hadir dalam rapat itu.',
      expect: ['Rapat dipimpin Kapolri.', 'Pol. Air juga hadir dalam rapat itu.'],
    },
    {
      text: 'Data dihimpun BPS. BPS merilisnya tiap bulan.',
      expect: ['Data dihimpun BPS.', 'BPS merilisnya tiap bulan.'],
    },
    {
      text: 'Acara ditutup pukul 12.00 WIB. Peserta makan siang bersama.',
      expect: ['Acara ditutup pukul 12.00 WIB.', 'Peserta makan siang bersama.'],
    },
    {
      text: 'Hal itu disampaikan Menteri PUPR. Ia meninjau bendungan.',
      expect: ['Hal itu disampaikan Menteri PUPR.', 'Ia meninjau bendungan.'],
    },
    {
      text: 'Dana itu dikelola PT SMI. Penyalurannya diawasi OJK.',
      expect: ['Dana itu dikelola PT SMI.', 'Penyalurannya diawasi OJK.'],
    },
    {
      text: 'Kegiatan ini didukung TNI AU. Pesawat Hercules mengangkut logistik.',
      expect: ['Kegiatan ini didukung TNI AU.', 'Pesawat Hercules mengangkut logistik.'],
    },
    {
      text: 'Prestasi ini diraih tim Indonesia. Medali emas dipersembahkan untuk bangsa.',
      expect: ['Prestasi ini diraih tim Indonesia.', 'Medali emas dipersembahkan untuk bangsa.'],
    },
    {
      text: 'Dia lahir di Medan pada 1975. Ayahnya seorang guru.',
      expect: ['Dia lahir di Medan pada 1975.', 'Ayahnya seorang guru.'],
    },
    {
      text: 'Produk itu diekspor ke Jepang, Korea, dll. Permintaan terus naik.',
      expect: ['Produk itu diekspor ke Jepang, Korea, dll.', 'Permintaan terus naik.'],
      check: true,
    },
    {
      text: 'Kapal itu milik TNI AL. Awaknya 40 orang.',
      expect: ['Kapal itu milik TNI AL.', 'Awaknya 40 orang.'],
      check: true,
    },
    {
      text: 'Upacara dipimpin Kapolda. Pasukan berbaris rapi.',
      expect: ['Upacara dipimpin Kapolda.', 'Pasukan berbaris rapi.'],
      check: true,
    },
  ],
};
