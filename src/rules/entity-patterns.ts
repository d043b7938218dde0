import type { RuleMeta } from '../schema/rule.js';

/**
 * Entity rules: each id comes out on the entities it makes (`entity.rule`). The engine is
 * src/stages/entities.ts; the word lists are in src/rules/gazetteers/lexicon.ts. Examples are run by
 * test/entities.test.ts through the whole entity stage, keeping the spans whose rule is this one.
 */
export const ENTITY_RULES = [
  {
    id: 'ent.gazetteer',
    description:
      'A country, Indonesian region, place, international or Indonesian body from the gazetteers (longest match over tokens; acronyms case-sensitive).',
    examples: [
      {
        text: 'Indonesia dan Rusia bertemu di Jakarta bersama ASEAN.',
        expect: ['Indonesia', 'Rusia', 'Jakarta', 'ASEAN'],
      },
      {
        text: 'Kerja sama dengan Shanghai Cooperation Organisation dibahas.',
        expect: ['Shanghai Cooperation Organisation'],
      },
      { text: 'Pernyataan WHO dan PBB diterima.', expect: ['WHO', 'PBB'] },
      {
        text: 'Rapat selesai pukul 12.00.\n\nKementerian Keuangan\n\nRepublik Indonesia',
        expect: ['Kementerian Keuangan', 'Republik Indonesia'],
      },
      {
        text: 'Menurut Samsung , ponsel itu dijual lewat Tokopedia dan Disney ikut.',
        expect: ['Samsung', 'Tokopedia', 'Disney'],
      },
      { text: 'Hujan deras melanda Jatim dan NTB sejak kemarin.', expect: ['Jatim', 'NTB'] },
      { text: 'Semua pihak di asia timur setuju who akan datang.', expect: [] },
    ],
  },
  {
    id: 'ent.split-hyphen',
    description:
      'A hyphenated pair of known names is two mentions (`ASEAN-Rusia`); a hyphenated gazetteer name stays one (`Indo-Pasifik`).',
    examples: [
      { text: 'Memasuki 25 tahun kemitraan ASEAN-Rusia tahun ini.', expect: ['ASEAN', 'Rusia'] },
      { text: 'Kawasan Indo-Pasifik dibahas.', expect: [] },
    ],
  },
  {
    id: 'ent.org-head',
    description:
      'An organisation named by its head word and the capitalised words after it (`Kementerian …`, `Badan …`, `Bank …`, `PT …`, `Universitas …`, `Bursa …`); a school or unit number stays in the name (`SMA Negeri 72 Jakarta`, `Yonif 410`), and so does a legal form after it (`PT Pindad (Persero)`, `… Tbk`).',
    examples: [
      { text: 'Pejabat dari Kementerian Luar Negeri Rusia hadir.', expect: ['Kementerian Luar Negeri Rusia'] },
      {
        text: 'Ia kuliah di Universitas Negeri Medan dan bekerja di PT Maju Bersama.',
        expect: ['Universitas Negeri Medan', 'PT Maju Bersama'],
      },
      { text: 'Siswa SMA Negeri Limboto dan IKA Unpad hadir.', expect: ['SMA Negeri Limboto', 'IKA Unpad'] },
      {
        text: 'Hadir para siswa SMA Negeri 72 Jakarta dan pegawai PT Pindad (Persero) serta Bursa Efek Indonesia.',
        expect: ['SMA Negeri 72 Jakarta', 'PT Pindad (Persero)', 'Bursa Efek Indonesia'],
      },
      { text: 'Pemerintah akan membantu.', expect: [] },
    ],
  },
  {
    id: 'ent.org-en',
    description:
      'An English organisation name ending in an organisation word (Community, Organisation, Council, Bank, TV …); an occupation opening the run stays out (`Wartawan | Garuda TV`).',
    examples: [
      { text: 'Wartawan Garuda TV juga menyampaikan harapannya.', expect: ['Garuda TV'] },
      {
        text: 'negara-negara yang tergabung dalam Eurasian Economic Community serta lainnya.',
        expect: ['Eurasian Economic Community'],
      },
      {
        text: 'Mereka bekerja sama dengan Global Green Growth Institute di sana.',
        expect: ['Global Green Growth Institute'],
      },
      {
        text: 'Hadir Principal Assistant Director of Public Services Department of Malaysia, Yuslina Kamarudin.',
        expect: ['Public Services Department'],
      },
    ],
  },
  {
    id: 'ent.event',
    description:
      'A named event: Indonesian heads (`KTT`, `Konferensi`, `Pertemuan` + capitalised words) or English names ending in Meeting/Summit/Forum/Conference, with an edition `ke-N`.',
    examples: [
      { text: 'Presiden hadir pada KTT ke-47 ASEAN di Kuala Lumpur.', expect: ['KTT ke-47 ASEAN'] },
      {
        text: "Delegasi mengikuti ASEAN-Russia Senior Officials' Meeting kemarin.",
        expect: ["ASEAN-Russia Senior Officials' Meeting"],
      },
      {
        text: 'Ia berbicara pada Pertemuan Menteri Luar Negeri ASEAN.',
        expect: ['Pertemuan Menteri Luar Negeri ASEAN'],
      },
      { text: 'Pertemuan membahas agenda bersama.', expect: [] },
    ],
  },
  {
    id: 'ent.event-titled',
    description:
      "A session's or event's title or theme in quote marks after `bertajuk`, `berjudul`, `(ber)tema` with a session noun before it (ANNOTATION.md: titles of events or sessions in quote marks are EVENT, not quotes): the title between the marks, without the sentence's comma or full stop before the closing mark.",
    examples: [
      {
        text: 'Pada sesi pertama yang bertajuk “Empowering Youth to Advance Peace, and Education.” Peserta hadir.',
        expect: ['Empowering Youth to Advance Peace, and Education'],
      },
      { text: 'Seminar ini mengangkat tema “Masa Depan Ekonomi Indonesia”.', expect: ['Masa Depan Ekonomi Indonesia'] },
      { text: 'Buku bertajuk “Jejak Langkah” dibaca.', expect: [] },
    ],
  },
  {
    id: 'ent.document',
    description:
      'A named document: `Nota Kesepahaman …`, `Perjanjian …`, `Deklarasi …`, English names with Agreement/Treaty/Outlook/Framework …',
    examples: [
      {
        text: 'Telah disepakati Nota Kesepahaman Penanganan Bencana antara kedua pihak.',
        expect: ['Nota Kesepahaman Penanganan Bencana'],
      },
      {
        text: 'di bawah kerangka ASEAN Outlook on the Indo Pacific yang disepakati.',
        expect: ['ASEAN Outlook on the Indo Pacific'],
      },
      { text: 'Nota itu dibacakan.', expect: [] },
    ],
  },
  {
    id: 'ent.dateline',
    description: "The document's opening words before a comma or dash: the dateline's place (`Samarkand, …`).",
    examples: [{ text: 'Samarkand, Uzbekistan – Pertemuan digelar.', expect: ['Samarkand'] }],
  },
  {
    id: 'ent.plus-group',
    description: 'A body with `+N` glued to it is the group of it and N partners (`ASEAN+3`), a body of its own.',
    examples: [{ text: 'Kerja sama ASEAN+3 dan ASEAN dibahas.', expect: ['ASEAN+3'] }],
  },
  {
    id: 'ent.government',
    description:
      'Bare `pemerintah` (`pemerintah pusat`) with no name after it is the government of Indonesia in an Indonesian release (ANNOTATION.md edge cases); `pemerintah daerah`, `pemerintah Jepang` are not.',
    examples: [
      {
        text: 'Pemerintah berkomitmen memperkuat ekonomi. Pemerintah daerah dan pemerintah Jepang hadir, juga pemerintah pusat.',
        expect: ['Pemerintah', 'pemerintah pusat'],
      },
    ],
  },
  {
    id: 'ent.law',
    description:
      'A law or regulation cited by number and year: `Undang-Undang Nomor 11 Tahun 2020`, `Peraturan Pemerintah No. 5 Tahun 2021`, `Perpres 12/2020`.',
    examples: [
      {
        text: 'Sesuai Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja, izin dipermudah.',
        expect: ['Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja'],
      },
      {
        text: 'Diatur dalam Peraturan Pemerintah No. 5 Tahun 2021 yang baru.',
        expect: ['Peraturan Pemerintah No. 5 Tahun 2021'],
      },
      {
        text: 'Aturan itu tertuang dalam Keputusan Menteri PANRB Nomor 347 Tahun 2024 yang baru.',
        expect: ['Keputusan Menteri PANRB Nomor 347 Tahun 2024'],
      },
      { text: 'Undang-undang itu disahkan.', expect: [] },
    ],
  },
  {
    id: 'ent.product',
    description:
      'A named product after a product word (`vaksin Sputnik V`, `aplikasi PeduliLindungi`, `pesawat N219`).',
    examples: [
      { text: 'Rusia juga menawarkan vaksin Sputnik V untuk kawasan.', expect: ['Sputnik V'] },
      { text: 'Warga memakai aplikasi PeduliLindungi setiap hari.', expect: ['PeduliLindungi'] },
      {
        text: 'Wamenhan meresmikan KRI Belati-622 di Jakarta untuk memenuhi kebutuhan Alutsista.',
        expect: ['KRI Belati-622'],
      },
      { text: 'Pemerintah mendorong adopsi AI melalui platform AI nasional.', expect: [] },
      { text: 'Vaksin tersedia di puskesmas.', expect: [] },
    ],
  },
  {
    id: 'ent.acronym-def',
    description:
      'An acronym defined as `Long Name (ACR)` or `(Long Name/ACR)` takes the long name’s type wherever it appears.',
    examples: [
      {
        text: "Pertemuan (ASEAN-Russia Senior Officials' Meeting/ARSOM) digelar. ARSOM berlangsung daring.",
        expect: ['ARSOM', 'ARSOM'],
      },
      { text: 'Dokumen ASEAN Outlook on the Indo Pacific (AOIP) dibahas. AOIP penting.', expect: ['AOIP', 'AOIP'] },
      {
        text: 'Mahasiswa mengikuti rangkaian Future Leaders Camp (FLC). FLC berlangsung sepekan.',
        expect: ['FLC', 'FLC'],
      },
    ],
  },
  {
    id: 'ent.person-title',
    description:
      'A person after a job title (`Dirjen Arto`, `Presiden Joko Widodo`, `Menteri Luar Negeri Rusia Sergey Lavrov`); a derived word left between title and name stays out (`Presiden Terpilih | Joko Widodo`).',
    examples: [
      { text: 'tegas Dirjen Arto yang juga hadir.', expect: ['Arto'] },
      { text: 'Kunjungan Menteri Luar Negeri Rusia Sergey Lavrov berlangsung lancar.', expect: ['Sergey Lavrov'] },
      { text: 'Pemerintahan itu dipimpin Presiden Terpilih Joko Widodo tahun depan.', expect: ['Joko Widodo'] },
      { text: 'Direktur Jenderal Kerja Sama ASEAN hadir.', expect: [] },
    ],
  },
  {
    id: 'ent.person-honorific',
    description:
      'A person after an honorific or academic title, which stays outside the span (Bapak/Ibu/Pak/Bu, Dr., Prof., H., Hj., H.E. Mr.). After a common noun of kinship or occupation (`aktor`, `warga`, `anak`) the name must not be a dictionary word.',
    examples: [
      { text: 'Acara dibuka oleh Prof. Dr. Budi Santoso di aula.', expect: ['Budi Santoso'] },
      { text: 'Sambutan disampaikan Ibu Sri Mulyani kemarin.', expect: ['Sri Mulyani'] },
      { text: 'Terima kasih Bapak dan Ibu sekalian.', expect: [] },
      { text: 'Ia meraih gelar Aktor Terbaik tahun itu.', expect: [] },
    ],
  },
  {
    id: 'ent.person-appositive',
    description:
      'A name set off by commas next to a title: `…, Sidharto R. Suryodipuro` after a title, or `Igor Morgulov, Wakil Menteri …`, or before a description only a person takes (`Tsvangirai , mantan tokoh …`, `X , seorang penyanyi`).',
    examples: [
      { text: 'bersama pejabat Rusia, Igor Morgulov, Wakil Menteri Luar Negeri Rusia.', expect: ['Igor Morgulov'] },
      {
        text: 'disampaikan Direktur Jenderal Kerja Sama ASEAN, Sidharto R. Suryodipuro pada pembukaan.',
        expect: ['Sidharto R. Suryodipuro'],
      },
      { text: 'Pada akhirnya Tsvangirai , mantan tokoh serikat pekerja , ikut berkampanye.', expect: ['Tsvangirai'] },
    ],
  },
  {
    id: 'ent.person-speech',
    description:
      'A name next to a speech verb (`kata Eva`, `ujar Ahmad`, `Syarkawi mengatakan`, sentence-initial `Menurut Amir ,`). Speech outweighs the dictionary: `kata Jero`, `Vena mengaku`, `Menurut Amir ,` are persons although the words are also roots; pronouns, person nouns (`Polisi`, `Warga`) and pe- agent nouns are not.',
    examples: [
      { text: 'Ini problem integritas bangsa, kata Eva.', expect: ['Eva'] },
      { text: 'Menurut dia, Syarkawi menegaskan hal itu.', expect: ['Syarkawi'] },
      { text: 'Kuota dipangkas, kata Jero. Vena mengaku tidak tahu.', expect: ['Jero', 'Vena'] },
      { text: 'Menurut Amir , harga akan naik.', expect: ['Amir'] },
      { text: 'Polisi mengatakan hal itu. Peneliti menjelaskan datanya.', expect: [] },
      { text: 'Kepala Negara menjelaskan programnya. Jurnalis menambahkan pertanyaan.', expect: [] },
    ],
  },
  {
    id: 'ent.person-given',
    description:
      "A run of one to three unknown capitalised words with no other cue is a person when one word is a known given name (`Bambang`, `Siti`, `Jokowi`; Indonesian list, or a given name in compromise's lexicon such as `Melanie`) or has the ending of a Javanese or Arabic name (`Waryono`, `Haryanto`, `Syaifuddin`); the press's initials for public figures (`SBY`, `JK`) are persons too.",
    examples: [
      {
        text: 'Dalam uji kelayakan, anggota Komisi III melihat Bambang memiliki kemampuan teknis.',
        expect: ['Bambang'],
      },
      {
        text: 'KPK juga telah menetapkan Waryono sebagai tersangka. Ia meminta SBY menegur menteri itu.',
        expect: ['Waryono', 'SBY'],
      },
      { text: 'Gaya Jokowi blusukan dinilai hanya pencitraan.', expect: ['Jokowi'] },
      { text: 'Implementasi Coretax dan layanan Pindar dibahas di Jakarta.', expect: [] },
    ],
  },
  {
    id: 'ent.person-doc',
    description:
      "A name with no cue of its own (one unknown word, or a run not in a name's shape) that the document shows to be a person: a person with evidence elsewhere holds all its words (the surname rule), or it is listed next to one (`A, B dan C`) or bracketed right after one (`Emanuel Wopon (Manu)`).",
    examples: [
      { text: 'Muhammad Asrofi mengatakan hal itu. Hal itu dibenarkan Asrofi.', expect: ['Asrofi'] },
      { text: 'Tim beranggotakan Roid Al Azhar Nasution dan Asnawi.', expect: ['Asnawi'] },
      { text: 'Kinerja penerimaan membaik. Pindar tumbuh.', expect: [] },
    ],
  },
  {
    id: 'ent.location-head',
    description:
      'A place named by its head word (`Kota …`, `Pulau …`, `Gunung …`, `Istana …`, `Gedung …`, `Prefektur …`), or an English name ending in a place word (`Nepean River`, `Capitol Hill`), a venue among them (`Kuala Lumpur Convention Centre`).',
    examples: [
      { text: 'KTT digelar di Kuala Lumpur Convention Centre pekan ini.', expect: ['Kuala Lumpur Convention Centre'] },
      { text: 'Rombongan mengunjungi Gedung Jenderal Sudirman siang itu.', expect: ['Gedung Jenderal Sudirman'] },
      {
        text: 'Dialog digelar di President Lounge, Batavia Tower, Jakarta.',
        expect: ['President Lounge', 'Batavia Tower'],
      },
      {
        text: 'Upacara digelar di Istana Merdeka dan Gedung Pancasila.',
        expect: ['Istana Merdeka', 'Gedung Pancasila'],
      },
      { text: 'Kota itu ramai.', expect: [] },
      { text: 'Sengketa Pulau Sebesi dan Sebuku berlanjut.', expect: ['Pulau Sebesi'] },
      { text: 'Foto itu diambil di hotel Oranje , Surabaya.', expect: ['hotel Oranje'] },
      {
        text: 'Arus itu membentuk Nepean River yang mengalir dari Prefektur Ibaraki.',
        expect: ['Nepean River', 'Prefektur Ibaraki'],
      },
    ],
  },
  {
    id: 'ent.location-prep',
    description:
      'An unknown capitalised name after a place preposition (`di Kedungbulus`, `ke Wamena`) is a place, and so is one coordinated after a place (`di Ayr , Skotlandia`, `Pulau Sebesi dan Sebuku`), except a full name opening with a given name after a comma (`Inggris , Bernard Matthews`).',
    examples: [
      { text: 'Rombongan berangkat ke Wamena pagi ini.', expect: ['Wamena'] },
      { text: 'Acara di Kawasan itu ramai.', expect: [] },
    ],
  },
  {
    id: 'ent.org-cue',
    description:
      'An unknown capitalised name after a word that introduces a body (`pihak Indofood`, `maskapai TransNusa`, `klub Napoli`).',
    examples: [
      { text: 'Menurut pihak Wingsfood produk itu aman.', expect: ['Wingsfood'] },
      { text: 'Ponsel itu buatan vendor Advan tahun lalu.', expect: ['Advan'] },
      { text: 'Menurut pihak keluarga semua aman.', expect: [] },
    ],
  },
  {
    id: 'ent.english',
    description:
      'An English capitalised run with inner function words and no head word: names joined by `and` are persons; other such runs (titles of works, slogans) are not entities. (compromise was dropped: it added nothing measurable and cost about a third of the stage.)',
    examples: [
      { text: 'Yayasan itu didanai Bill and Melinda Gates tahun lalu.', expect: ['Bill and Melinda Gates'] },
      { text: 'Drama seri Descendants of the Sun sukses.', expect: [] },
    ],
  },
  {
    id: 'ent.acronym-org',
    description:
      "An unknown upper-case acronym (2–6 letters) that is not a common-noun acronym (BBM, APBN, UU, SPBU …) is an organisation; right before an Indonesian region it names that region's body with it (`PSMS Medan`, `BPD Riau`). An acronym defined by lower-case words (`daftar pemilih tetap (DPT)`), or spelled out by capitalised words with no body or event word (`Capital Adequacy Ratio (CAR)`, `Transfer ke Daerah (TKD)`: a glue word may give its initial), abbreviates a common noun and is dropped with its later uses.",
    examples: [
      { text: 'Dukungan dari PKBI dan GMNI mengalir.', expect: ['PKBI', 'GMNI'] },
      {
        text: 'Ia pernah bermain untuk PSMS Medan dan belajar di STKS Bandung.',
        expect: ['PSMS Medan', 'STKS Bandung'],
      },
      { text: 'Harga BBM dan APBN dibahas.', expect: [] },
      { text: 'Nama ada di daftar pemilih tetap (DPT) dan DPT itu diperbarui di unit gedung baru (UGB).', expect: [] },
      { text: 'Hadir pula perguruan tinggi kedinasan (PTKL) dan bea masuk antidumping (BMAD).', expect: [] },
      { text: 'Rasio Capital Adequacy Ratio (CAR) tetap tinggi, CAR bank terjaga.', expect: [] },
      { text: 'Transfer ke Daerah (TKD) naik, dan TKD tumbuh.', expect: [] },
      { text: 'Sekolah membentuk Unit Layanan Disabilitas (ULD) tahun ini.', expect: ['ULD'] },
      { text: 'Kepala LLDIKTI Wilayah VII, Dyah Sawitri, membuka acara.', expect: ['LLDIKTI Wilayah VII'] },
    ],
  },
  {
    id: 'ent.name',
    description:
      'A capitalised run with an out-of-vocabulary word and no other cue is a person only in a name\'s shape: two to six words, each capitalised with lower case after it, an initial or a particle, with no acronym, digits, derived noun (`Kinerja Pendapatan Negara`) or English phrase; or one word that is the subject of an action verb (`Asrofi menargetkan`, also across an adverb: `Udit juga mencoba`). Any other such run (one unknown word, acronyms, capitals) needs evidence in the document (`ent.person-doc`) and is dropped without it. Common words alone (`Kawasan`, `Mitra Penuh`), sentence-initial capitals, runs opened by `The`, hashtags, trailing weekdays, names inside a short quoted title (`" Black Date "`) and names followed by a bare year in brackets (`Stealth ( 2005 )`, a work), bare head words and common-noun blends (`Kementerian`, `Alutsista`, `Satgas`), common words with acronyms (`Tenaga Non-ASN`) and short runs of English words (WordNet) with no word that compromise knows as a personal name (`Delivery Ceremony`, but `Michael Brown`) are not names.',
    examples: [
      {
        text: 'Pertemuan itu dihadiri Zalmay Khalilzad dan rekannya. Bryant menyelesaikan studinya.',
        expect: ['Zalmay Khalilzad', 'Bryant'],
      },
      { text: 'Selain bernyanyi , Udit juga mencoba bermain film.', expect: ['Udit'] },
      { text: 'Implementasi Coretax dan Kinerja Pendapatan Negara serta PPN DTP dibahas.', expect: [] },
      { text: 'Selama ini Rusia menjadi Mitra penting di Kawasan.', expect: [] },
      { text: 'Album The Fame Monster laris. Ikuti #KampusBerdampak di Jl. Kebon Sirih, Telp. 021.', expect: [] },
      { text: 'Hadir pula Amanda Vanstone Selasa lalu.', expect: ['Amanda Vanstone'] },
      {
        text: 'Ia tampil dalam " Black Date " dan Stealth ( 2005 ) yang dihadiri Zalmay Khalilzad.',
        expect: ['Zalmay Khalilzad'],
      },
      {
        text: 'Acara ini disebut Delivery Ceremony dan dihadiri Michael Brown serta Zalmay Khalilzad.',
        expect: ['Michael Brown', 'Zalmay Khalilzad'],
      },
      {
        text: 'Program Perluasan PPh Pasal 21 dan Musyawarah Besar (Mubes) digelar Kolonel Inf Troy Hutagalung.',
        expect: [],
      },
    ],
  },
] as const satisfies readonly RuleMeta[];

export type EntityRuleId = (typeof ENTITY_RULES)[number]['id'];
