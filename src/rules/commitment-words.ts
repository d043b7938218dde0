import { z } from 'zod';
import { RuleMeta } from '../schema/rule.js';
import { speechWords } from './speech-verbs.js';

/**
 * The word classes the commitment stage (src/stages/commitments.ts) reads around a trigger: grammar,
 * not per-trigger data (that is triggers.ts). Each class has an id, a description and examples that
 * test/rules.test.ts runs through the stage: `expect` lists the triggers found, `values` what the
 * stage made of each (`status[ negated]; actors: canonical names; content: span`).
 * Source: manual, from Indonesian press-release usage.
 */
export const CommitmentWordClass = RuleMeta.extend({
  /** Lower-case words. */
  words: z.array(z.string().min(1)).min(1),
}).strict();
export type CommitmentWordClass = z.infer<typeof CommitmentWordClass>;

const RAW: z.input<typeof CommitmentWordClass>[] = [
  {
    id: 'commit-words.aux',
    description:
      'Auxiliaries and adverbs between a subject and its verb; skipped when looking for the subject (`Indonesia akan terus mendukung`).',
    words: [
      'akan',
      'telah',
      'sudah',
      'juga',
      'pun',
      'tetap',
      'terus',
      'kembali',
      'turut',
      'secara',
      'resmi',
      'bersama',
      'bersama-sama',
      'masih',
      'pula',
      'saling',
      'sepenuhnya',
      'sangat',
      'selalu',
      'senantiasa',
      'kini',
      'segera',
      'dapat',
      'bisa',
      'mampu',
      'harus',
      'perlu',
      'wajib',
      'berhasil',
      'tidak',
      'tak',
      'belum',
      'bukan',
      'enggan',
      'pernah',
      'bakal',
      'hendak',
      'berencana',
      'ingin',
      'siap',
      'bersedia',
      'sedang',
      'tengah',
      'lagi',
      'langsung',
      'aktif',
      'penuh',
      'konsisten',
      'serius',
      'sepakat',
      'berkomitmen',
      'bertekad',
      'berjanji',
      'hanya',
      'lebih',
      'lanjut',
      'memang',
      'sekaligus',
      'baru',
      'kemudian',
      'selanjutnya',
      'antara',
      'lain',
    ],
    examples: [
      {
        text: 'Indonesia akan terus mendukung perdamaian di Palestina.',
        expect: ['mendukung'],
        values: ['intended; actors: Indonesia; content: perdamaian di Palestina'],
      },
    ],
  },
  {
    id: 'commit-words.done',
    description: 'Words before a trigger that make its status `done`.',
    words: ['telah', 'sudah', 'pernah'],
    examples: [
      {
        text: 'Jepang telah menyepakati rencana itu.',
        expect: ['menyepakati'],
        values: ['done; actors: Jepang; content: rencana itu'],
      },
    ],
  },
  {
    id: 'commit-words.intended',
    description: 'Words before a trigger that make its status `intended` (only announced).',
    words: ['akan', 'bakal', 'hendak', 'berencana', 'siap', 'bersedia', 'segera'],
    examples: [
      {
        text: 'Kami siap membantu Jepang.',
        expect: ['siap'],
        values: ['intended; actors: ; content: membantu Jepang'],
      },
    ],
  },
  {
    id: 'commit-words.ongoing',
    description:
      'Words before a trigger that make its status `ongoing` (under way), when no `done` or `intended` word is there.',
    words: ['sedang', 'tengah'],
    examples: [
      {
        text: 'Indonesia sedang mengusulkan pembentukan forum baru.',
        expect: ['mengusulkan'],
        values: ['ongoing; actors: Indonesia; content: pembentukan forum baru'],
      },
    ],
  },
  {
    id: 'commit-words.negation',
    description: 'Words before a trigger that make it negated.',
    words: ['tidak', 'tak', 'belum', 'bukan', 'enggan', 'tanpa'],
    examples: [
      {
        text: 'Rusia tidak setuju dengan usulan itu.',
        expect: ['setuju'],
        values: ['- negated; actors: Rusia; content: dengan usulan itu'],
      },
    ],
  },
  {
    id: 'commit-words.subordinate',
    description: 'Words before a trigger that make it a purpose, means or description, not a commitment.',
    words: [
      'untuk',
      'guna',
      'demi',
      'agar',
      'supaya',
      'dengan',
      'sebagai',
      'yang',
      'upaya',
      'rangka',
      'dalam',
      'bagi',
      'cara',
      'dapat',
      'bisa',
      'mampu',
    ],
    examples: [{ text: 'Upaya untuk mendukung UMKM terus dilakukan.', expect: [] }],
  },
  {
    id: 'commit-words.blockers',
    description: 'Beliefs, hopes, appreciation, history: a trigger under one of these is not a commitment.',
    words: [
      'yakin',
      'meyakini',
      'percaya',
      'harap',
      'harapan',
      'diharapkan',
      'mengharapkan',
      'semoga',
      'mudah-mudahan',
      'ingin',
      'menginginkan',
      'mengapresiasi',
      'apresiasi',
      'menyambut',
      'berterima',
      'terima',
      'bangga',
      'optimistis',
      'optimis',
      'optimisme',
      'optimismenya',
      'menghargai',
      'simbol',
      'melambangkan',
      'memuji',
      'dinilai',
      'berpendapat',
      'capaian',
      'pencapaian',
      'sejarah',
      'keberhasilan',
      'mengenang',
      'berkat',
      'atas',
      ...speechWords('commit.blocker'),
    ],
    examples: [{ text: 'Indonesia yakin kedua negara akan sepakat.', expect: [] }],
  },
  {
    id: 'commit-words.light-verbs',
    description:
      "Light verbs that take a noun trigger as object: the verb's subject owns it (`menegaskan komitmen`), also as a second object after `dan`/`serta`/`sekaligus` (`menyampaikan apresiasi sekaligus komitmen`: not what is appreciated).",
    words: [
      ...speechWords('commit.light-verb'),
      'menunjukkan',
      'memberikan',
      'memberi',
      'mempertegas',
      'memperkuat',
      'memperbarui',
      'mencapai',
      'membuat',
      'memiliki',
      'mempunyai',
      'menggalang',
      'mewujudkan',
      'menghasilkan',
      'membangun',
      'menjalin',
      'meneguhkan',
      'mengukuhkan',
      'menyuarakan',
      'mengumumkan',
      'menandatangani',
      'menyepakati',
      'melakukan',
      'memperbarui',
      'bentuk',
      'wujud',
    ],
    examples: [
      {
        text: 'Kemhan menyampaikan apresiasi sekaligus komitmen untuk menjaga perdamaian.',
        expect: ['komitmen'],
        values: ['-; actors: Kementerian Pertahanan; content: menjaga perdamaian'],
      },
      {
        text: 'Kemhan menegaskan komitmen untuk menjaga perdamaian.',
        expect: ['komitmen'],
        values: ['-; actors: Kementerian Pertahanan; content: menjaga perdamaian'],
      },
    ],
  },
  {
    id: 'commit-words.receive-verbs',
    description: 'Verbs of receiving: the giver comes after `dari` (`mendapat dukungan dari Jepang`).',
    words: ['mendapat', 'mendapatkan', 'memperoleh', 'menerima', 'meraih'],
    examples: [
      {
        text: 'Indonesia mendapat dukungan dari Jepang.',
        expect: ['dukungan'],
        values: ['-; actors: Jepang; content: dari Jepang'],
      },
    ],
  },
  {
    id: 'commit-words.pronouns',
    description: 'Words that refer to a person named before, or to the speaker inside a quote.',
    words: ['ia', 'dia', 'beliau', 'pihaknya', 'dirinya', 'kami', 'kita', 'saya', 'aku'],
    examples: [
      {
        text: 'Dia berjanji akan membangun sekolah.',
        expect: ['berjanji'],
        values: ['-; actors: ; content: membangun sekolah'],
      },
    ],
  },
  {
    id: 'commit-words.speaker-pronouns',
    description: 'Pronouns that stand for the speaker of the quote they are in.',
    words: ['kami', 'kita', 'saya', 'aku'],
    examples: [
      {
        text: 'Kami berkomitmen menjaga perdamaian, kata Menhan.',
        expect: ['berkomitmen'],
        values: ['-; actors: ; content: menjaga perdamaian'],
      },
    ],
  },
  {
    id: 'commit-words.group-pronouns',
    description:
      "Speaker pronouns that stand for the speaker's institution (ANNOTATION.md: an official stating what the body will do → the body): `kami`/`kita` in a quote by a title holder are the organisation of the title.",
    words: ['kami', 'kita'],
    examples: [
      {
        text: '“Kami siap membantu para korban,” kata Kepala BNPB Suharyanto.',
        expect: ['siap'],
        values: ['intended; actors: Badan Nasional Penanggulangan Bencana; content: membantu para korban'],
      },
      {
        text: '“Saya siap membantu para korban,” kata Kepala BNPB Suharyanto.',
        expect: ['siap'],
        values: ['intended; actors: Suharyanto; content: membantu para korban'],
      },
    ],
  },
  {
    id: 'commit-words.implicit-parties',
    description:
      'Common nouns that stand for a party without naming it: actors are left empty, but it is a commitment.',
    words: [
      'pertemuan',
      'forum',
      'rapat',
      'sidang',
      'konferensi',
      'delegasi',
      'pemerintah',
      'pemda',
      'menteri',
      'para',
      'pimpinan',
      'pemimpin',
      'negara',
      'negara-negara',
      'anggota',
      'peserta',
      'pihak',
      'kementerian',
      'lembaga',
      'instansi',
      'kepala',
      'presiden',
      'wakil',
      'direktur',
      'dirjen',
      'sekjen',
      'ketua',
      'gubernur',
      'bupati',
      'walikota',
      'wali',
      'duta',
      'dubes',
      'perusahaan',
      'mitra',
      'masyarakat',
      'komunitas',
      'organisasi',
      'tim',
      'satgas',
      'panitia',
      'jajaran',
      'prajurit',
      'menhan',
      'wamenhan',
      'menkeu',
      'menlu',
      'kemhan',
      'tni',
      'polri',
      'kepolisian',
      'kasal',
      'kasad',
      'kasau',
      'panglima',
      'bank',
      'badan',
      'dinas',
      'otoritas',
      'universitas',
      'kampus',
      'sekolah',
      'koperasi',
      'asosiasi',
      'semua',
      'seluruh',
    ],
    examples: [
      {
        text: 'Pertemuan itu menyepakati rencana aksi.',
        expect: ['menyepakati'],
        values: ['-; actors: ; content: rencana aksi'],
      },
    ],
  },
  {
    id: 'commit-words.signing-links',
    description:
      'Words that tie a signing noun to its signers elsewhere in the clause: the means (`X memperkuat sinergi melalui penandatanganan …` → X signs) and a performing passive (`Penandatanganan ini dilakukan oleh A dan B` → A and B sign); with none of them, `oleh` after what is signed names the signers, before any verb or `yang` (`… yang disaksikan oleh` names a witness).',
    words: ['melalui', 'dilakukan', 'dilaksanakan'],
    examples: [
      {
        text: 'Acara ditandai dengan penandatanganan pakta integritas oleh pimpinan dan jajaran Kemnaker.',
        expect: ['penandatanganan'],
        values: [
          '-; actors: Kementerian Ketenagakerjaan; content: pakta integritas oleh pimpinan dan jajaran Kemnaker',
        ],
      },
      {
        text: 'Acara ditutup dengan penandatanganan nota kesepahaman yang disaksikan oleh Kemnaker.',
        expect: ['penandatanganan'],
        values: ['-; actors: ; content: nota kesepahaman yang disaksikan oleh Kemnaker'],
      },
      {
        text: 'Kemnaker dan Universitas Indonesia memperkuat sinergi melalui penandatanganan nota kesepahaman.',
        expect: ['penandatanganan'],
        values: ['-; actors: Kementerian Ketenagakerjaan, Universitas Indonesia; content: nota kesepahaman'],
      },
      {
        text: 'Penandatanganan ini dilakukan oleh Kemnaker dan Universitas Indonesia di Jakarta.',
        expect: ['Penandatanganan'],
        values: ['-; actors: Kementerian Ketenagakerjaan, Universitas Indonesia; content: '],
      },
    ],
  },
  {
    id: 'commit-words.verb-coordinators',
    description:
      'Words joining a trigger to a verb before it that share one subject, found in the clause (`Puan membacakan sekaligus menandatangani naskah ikrar` → Puan signs).',
    words: ['dan', 'serta', 'lalu', 'kemudian', 'sekaligus'],
    examples: [
      {
        text: 'Retno Marsudi membacakan sekaligus menandatangani naskah deklarasi.',
        expect: ['menandatangani'],
        values: ['-; actors: Retno Marsudi; content: naskah deklarasi'],
      },
    ],
  },
  {
    id: 'commit-words.meeting-anaphors',
    description:
      'Demonstratives after a meeting noun that point back to the meeting named before (ANNOTATION.md: `forum AFMGM menyepakati` → the event): `Pertemuan tersebut menyepakati` → the last EVENT named in the three sentences before; with none named, no actor.',
    words: ['tersebut', 'ini', 'itu'],
    examples: [
      {
        text: 'Pertemuan Menteri Luar Negeri ASEAN ke-56 digelar di Jakarta. Pertemuan tersebut menyepakati peta jalan keanggotaan.',
        expect: ['menyepakati'],
        values: ['-; actors: Pertemuan Menteri Luar Negeri ASEAN; content: peta jalan keanggotaan'],
      },
    ],
  },
  {
    id: 'commit-words.adverb-openers',
    description:
      'Words that open a two-word adverb between a subject and its verb, skipped with the word after them (`Ketua Perdokmil secara khusus meminta`).',
    words: ['secara'],
    examples: [
      {
        text: 'Menkeu Purbaya secara khusus meminta dukungan DPR.',
        expect: ['meminta'],
        values: ['-; actors: Purbaya; content: dukungan DPR'],
      },
    ],
  },
  {
    id: 'commit-words.meeting-hosts',
    description:
      'Verbs of holding a meeting: with no meeting named before `Rapat tersebut menyepakati`, the party that held it in the three sentences before is the actor (`KSSK telah menyelenggarakan rapat berkala …`).',
    words: ['menyelenggarakan', 'menggelar', 'mengadakan', 'melaksanakan', 'memimpin'],
    examples: [
      {
        text: 'KSSK telah menyelenggarakan rapat berkala pada Jumat. Rapat tersebut menyepakati penguatan koordinasi.',
        expect: ['menyepakati'],
        values: ['-; actors: KSSK; content: penguatan koordinasi'],
      },
    ],
  },
  {
    id: 'commit-words.event-nouns',
    description: 'Meetings whose named modifier is the party (`pertemuan ASEAN`).',
    words: ['pertemuan', 'forum', 'rapat', 'sidang', 'konferensi'],
    examples: [
      {
        text: 'Pertemuan itu menyepakati rencana aksi.',
        expect: ['menyepakati'],
        values: ['-; actors: ; content: rencana aksi'],
      },
    ],
  },
  {
    id: 'commit-words.party-heads',
    description: 'Heads whose named modifier is the party itself (`pihak Jepang`, `pertemuan ASEAN dan Rusia`).',
    words: [
      'pihak',
      'pemerintah',
      'delegasi',
      'negara',
      'pertemuan',
      'forum',
      'rapat',
      'sidang',
      'konferensi',
      'perwakilan',
      'tim',
      'kementerian',
      'otoritas',
      'para',
      'anggota',
      'seluruh',
      'semua',
      'jajaran',
      'kepala',
      'menteri',
      'pimpinan',
      'pemimpin',
      'lembaga',
      'instansi',
      // Honorifics before a name or title (`pak Wamenaker`, `Ibu Menteri`).
      'pak',
      'bapak',
      'bu',
      'ibu',
      // A party's stated position acts for it (`posisi Indonesia mendukung …`).
      'posisi',
      'sikap',
    ],
    examples: [
      {
        text: 'Kedua pihak sepakat memperkuat kerja sama pertahanan.',
        expect: ['sepakat'],
        values: ['-; actors: ; content: memperkuat kerja sama pertahanan'],
      },
      {
        text: 'Presiden Prabowo bersama dengan para pemimpin negara ASEAN lainnya menandatangani deklarasi itu.',
        expect: ['menandatangani'],
        values: ['-; actors: Prabowo, ASEAN; content: deklarasi itu'],
      },
      {
        text: 'Menteri Ketenagakerjaan, Yassierli dan Wakil Menteri Ketenagakerjaan, Immanuel Ebenezer, mengajak pegawai untuk menolak gratifikasi.',
        expect: ['mengajak'],
        values: ['-; actors: Yassierli, Immanuel Ebenezer; content: menolak gratifikasi'],
      },
      {
        text: 'Wamenaker Immanuel Ebenezer hadir. "Saya dan pak Wamenaker telah menandatangani pakta integritas," kata Menaker Yassierli.',
        expect: ['menandatangani'],
        values: ['done; actors: Yassierli, Immanuel Ebenezer; content: pakta integritas'],
      },
    ],
  },
  {
    id: 'commit-words.function-words',
    description: 'Words before a name that do not make it a modifier of a noun.',
    words: [
      'bahwa',
      'dan',
      'serta',
      'juga',
      'itu',
      'ini',
      'tersebut',
      'pun',
      'sementara',
      'kemudian',
      'selanjutnya',
      'namun',
      'tetapi',
      'karena',
      'sehingga',
      'maka',
      'lalu',
      'yakni',
      'yaitu',
      'bahkan',
      'kini',
      'saat',
      'ketika',
      'setelah',
      'sebelum',
      'pula',
      'adapun',
      'sedangkan',
      'hari',
      'kali',
      'lain',
      'bersama',
      'dengan',
      'maupun',
      'atau',
      ...speechWords('commit.function-word'),
    ],
    examples: [
      {
        text: 'Indonesia mendukung perdamaian di kawasan.',
        expect: ['mendukung'],
        values: ['-; actors: Indonesia; content: perdamaian di kawasan'],
      },
    ],
  },
  {
    id: 'commit-words.clause-end',
    description: 'Words that close the content of a commitment (a new clause starts).',
    words: [
      'sedangkan',
      'sementara',
      'namun',
      'tetapi',
      'padahal',
      'meskipun',
      'walaupun',
      'demikian',
      ...speechWords('commit.clause-end'),
    ],
    examples: [
      {
        text: 'Jepang sepakat memperluas kerja sama sedangkan Korea menolak.',
        expect: ['sepakat'],
        values: ['-; actors: Jepang; content: memperluas kerja sama'],
      },
    ],
  },
  {
    id: 'commit-words.content-lead',
    description: 'Words after which the content starts.',
    words: ['untuk', 'agar', 'supaya', 'bahwa', 'akan', 'terhadap', 'atas', 'kepada', 'bagi', 'pada', 'dalam'],
    examples: [
      {
        text: 'Menlu mendorong masyarakat untuk waspada.',
        expect: ['mendorong'],
        values: ['-; actors: ; content: waspada'],
      },
    ],
  },
  {
    id: 'commit-words.prepositions',
    description:
      'Prepositions: a name after one is not the subject of a trigger, nor are capitalised words that are no name (`kebijakan terkait DHE SDA juga mendukung`: the subject is looked for before the preposition).',
    words: [
      'di',
      'ke',
      'dari',
      'pada',
      'untuk',
      'bagi',
      'oleh',
      'kepada',
      'terhadap',
      'dalam',
      'tentang',
      'mengenai',
      'atas',
      'sejak',
      'hingga',
      'antara',
      'terkait',
      'melalui',
      'seperti',
      'termasuk',
      'tanpa',
      'selama',
      'menuju',
      'bagaikan',
    ],
    examples: [
      {
        text: 'Pemerintah sudah memberikan bantuan kepada korban banjir.',
        expect: ['memberikan'],
        values: ['done; actors: Pemerintah Republik Indonesia; content: bantuan kepada korban banjir'],
      },
      { text: 'Konversi valas oleh eksportir terkait DHE SDA juga mendukung apresiasi Rupiah.', expect: [] },
      {
        text: 'Tim dari Kampus Merdeka berkomitmen membantu warga.',
        expect: ['berkomitmen'],
        values: ['-; actors: ; content: membantu warga'],
      },
    ],
  },
  {
    id: 'commit-words.needs-skip',
    description:
      'Words skipped between a trigger and the noun or verb its rule needs after it (`memberikan berupa bantuan`).',
    words: ['berupa', 'sebuah', 'kembali'],
    examples: [
      {
        text: 'Pemerintah sudah memberikan bantuan kepada korban banjir.',
        expect: ['memberikan'],
        values: ['done; actors: Pemerintah Republik Indonesia; content: bantuan kepada korban banjir'],
      },
    ],
  },
  {
    id: 'commit-words.determiners',
    description: 'Words before the addressee of an appeal that are not part of it (`mengajak seluruh warga`).',
    words: [
      'seluruh',
      'semua',
      'segenap',
      'para',
      'setiap',
      'kepada',
      'sebuah',
      'berupa',
      'pihak',
      'kembali',
      'lebih',
      'jajaran',
    ],
    examples: [
      {
        text: 'Kemlu mengajak seluruh warga untuk waspada.',
        expect: ['mengajak'],
        values: ['-; actors: Kementerian Luar Negeri; content: waspada'],
      },
    ],
  },
  {
    id: 'commit-words.addressee-nouns',
    description:
      'Addressees of an appeal that are not named (`mendorong generasi muda untuk …`), besides the implicit parties.',
    words: [
      'generasi',
      'pemuda',
      'mahasiswa',
      'warga',
      'pelajar',
      'siswa',
      'pegawai',
      'asn',
      'publik',
      'orang',
      'guru',
      'dosen',
      'personel',
      'pelaku',
      'dunia',
      'kalangan',
      'rakyat',
      'umat',
      'setiap',
      'segenap',
      'kepada',
      'agar',
      'supaya',
      'kaum',
      'insan',
      'pekerja',
      'pengusaha',
      'petani',
      'nelayan',
      'keluarga',
      'anak',
      'perempuan',
      'rekan',
      'pemangku',
      'stakeholder',
      'industri',
      'sektor',
      'pemerintahan',
      'mereka',
      'kita',
      'anda',
      'semua',
      'seluruh',
      'dia',
      'ia',
      'beliau',
      'tiap',
      'aparat',
      'wajib',
      'penerima',
      'calon',
      'lulusan',
      'wisudawan',
      'taruna',
      'kader',
      'pengurus',
    ],
    examples: [
      {
        text: 'Menlu mendorong generasi muda untuk berinovasi.',
        expect: ['mendorong'],
        values: ['-; actors: ; content: berinovasi'],
      },
    ],
  },
  {
    id: 'commit-words.participation-nouns',
    description:
      'Nouns of taking part and working together: `mendorong peran aktif perempuan`, `mendorong sinergi antara pemerintah daerah dan kampus` urge the parties named after them to act, as `mendorong perempuan untuk …` does.',
    words: ['peran', 'partisipasi', 'keterlibatan', 'keikutsertaan', 'sinergi', 'kolaborasi', 'kemitraan'],
    examples: [
      {
        text: 'Komisi X DPR RI mendorong sinergi antara pemerintah daerah dan perguruan tinggi.',
        expect: ['mendorong'],
        values: ['-; actors: Komisi X DPR RI; content: sinergi antara pemerintah daerah dan perguruan tinggi'],
      },
      { text: 'Bank Indonesia mendorong sinergi kebijakan fiskal dan moneter.', expect: [] },
      {
        text: 'Menkomdigi Meutya Hafid mendorong peran aktif perempuan di ruang digital.',
        expect: ['mendorong'],
        values: ['-; actors: Meutya Hafid; content: peran aktif perempuan di ruang digital'],
      },
      { text: 'Teknologi itu mendorong peran sektor jasa dalam ekonomi.', expect: [] },
    ],
  },
  {
    id: 'commit-words.both-countries',
    description: '`kedua X`: X-words whose parties are countries, named before.',
    words: ['negara'],
    examples: [
      {
        text: 'Indonesia dan Jepang bertemu. Kedua negara sepakat memperkuat kerja sama.',
        expect: ['sepakat'],
        values: ['-; actors: Indonesia, Jepang; content: memperkuat kerja sama'],
      },
    ],
  },
  {
    id: 'commit-words.both-persons',
    description: '`kedua X`: X-words whose parties are persons, named before.',
    words: ['menteri', 'pemimpin', 'kepala', 'presiden', 'tokoh', 'pejabat', 'menhan', 'menlu'],
    examples: [
      {
        text: 'Retno dan Motegi bertemu. Kedua menteri sepakat memperkuat kerja sama.',
        expect: ['sepakat'],
        values: ['-; actors: Retno, Motegi; content: memperkuat kerja sama'],
      },
    ],
  },
  {
    id: 'commit-words.both-parties',
    description: '`kedua X`: X-words whose parties are parties of any type, named before.',
    words: [
      'pihak',
      'belah',
      'delegasi',
      'organisasi',
      'lembaga',
      'institusi',
      'kementerian',
      'instansi',
      'perusahaan',
    ],
    examples: [
      {
        text: 'Kemhan dan Unhan bertemu. Kedua pihak sepakat memperkuat kerja sama.',
        expect: ['sepakat'],
        values: ['-; actors: Kementerian Pertahanan, Unhan; content: memperkuat kerja sama'],
      },
    ],
  },
  {
    id: 'commit-words.form-adjectives',
    description:
      "Adjectives between `wujud`/`bentuk` and the commitment noun it shows (`wujud nyata komitmen pemerintah`): the noun's possessor is still its party.",
    words: ['nyata', 'konkret', 'konkrit', 'riil'],
    examples: [
      {
        text: 'Bantuan itu wujud nyata komitmen Jepang untuk membangun sekolah.',
        expect: ['komitmen'],
        values: ['-; actors: Jepang; content: membangun sekolah'],
      },
    ],
  },
  {
    id: 'commit-words.noun-content-links',
    description:
      "Words after a commitment noun's named possessor that open what it commits to (`komitmen Kemnaker dalam memperkuat …`): with a verb after them the noun states the party's commitment, light verb or not (appreciation is still a blocker).",
    words: ['untuk', 'dalam'],
    examples: [
      {
        text: 'Lebih lanjut, komitmen Jepang dalam membangun sekolah terlihat dari bantuan itu.',
        expect: ['komitmen'],
        values: ['-; actors: Jepang; content: membangun sekolah terlihat dari bantuan itu'],
      },
      { text: 'Lebih lanjut, komitmen Jepang dalam pembangunan sekolah terlihat jelas.', expect: [] },
      { text: 'Ia mengapresiasi komitmen Jepang untuk membangun sekolah.', expect: [] },
    ],
  },
  {
    id: 'commit-words.fronted-adjuncts',
    description:
      'Words opening a sentence with a verb phrase before the main clause (`Selain mendorong …, Meutya juga …`): the verb shares the subject the main clause names after the comma.',
    words: ['selain', 'sambil', 'sembari', 'seraya'],
    examples: [
      {
        text: 'Selain mendorong peran aktif pemuda, Menteri Luar Negeri Sugiono juga mengingatkan risiko digital.',
        expect: ['mendorong'],
        values: ['-; actors: Sugiono; content: peran aktif pemuda'],
      },
      { text: 'Selain mendorong pertumbuhan, kebijakan ini juga menekan inflasi.', expect: [] },
    ],
  },
  {
    id: 'commit-words.purpose-hosts',
    description:
      "Verbs of being there or trying for a purpose: a party's `X hadir untuk mendukung …` (or `X berupaya meningkatkan … dengan tujuan mendorong …`) is X's, unlike a thing's `Kegiatan ini untuk mendukung …`.",
    words: ['hadir', 'berupaya', 'berusaha', 'bergerak', 'berperan'],
    examples: [
      {
        text: 'KNIU hadir untuk mendukung posisi Indonesia.',
        expect: ['mendukung'],
        values: ['-; actors: KNIU; content: posisi Indonesia'],
      },
      {
        text: 'Kementerian Koperasi terus berupaya meningkatkan kapasitas pelaku usaha melalui pelatihan dengan tujuan mendorong pelaku usaha agar mandiri.',
        expect: ['mendorong'],
        values: ['-; actors: Kementerian Koperasi; content: mandiri'],
      },
    ],
  },
  {
    id: 'commit-words.effort-nouns',
    description:
      "Nouns of a party's effort or task: a purpose clause after `upaya pemerintah …` or `tugas dari IKA Unpad` (`untuk mendukung …`) is that party's commitment.",
    words: ['upaya', 'usaha', 'tugas', 'langkah'],
    examples: [
      {
        text: 'Kegiatan ini bagian dari upaya Kemendikdasmen dalam merevitalisasi UKS untuk mendukung program sekolah sehat.',
        expect: ['mendukung'],
        values: ['-; actors: Kementerian Pendidikan Dasar dan Menengah; content: program sekolah sehat'],
      },
      { text: 'Upaya ini dilakukan untuk mendukung program sekolah sehat.', expect: [] },
    ],
  },
  {
    id: 'commit-words.purpose-words',
    description:
      'Words that open a purpose clause hosted by an effort before it: `untuk`, `dengan tujuan`, `bertujuan` (+ verb).',
    words: ['untuk', 'tujuan', 'bertujuan'],
    examples: [
      {
        text: 'Kementerian Koperasi terus berupaya meningkatkan kapasitas pelaku usaha melalui pelatihan dengan tujuan mendorong pelaku usaha agar mandiri.',
        expect: ['mendorong'],
        values: ['-; actors: Kementerian Koperasi; content: mandiri'],
      },
    ],
  },
  {
    id: 'commit-words.readiness-verbs',
    description:
      "Verbs after `siap`/`bersedia` (over `untuk`) that make it a thing's readiness to work, not a party's pledge (`seluruh koperasi sudah siap beroperasi`); a passive verb does the same (`siap digunakan`, `siap untuk dipamerkan`: the subject undergoes it, it promises nothing).",
    words: ['beroperasi', 'berfungsi', 'berproduksi', 'dioperasikan'],
    examples: [
      { text: 'Pada Maret 2026, seluruh koperasi tersebut sudah siap beroperasi secara penuh.', expect: [] },
      { text: 'Gedung baru itu siap digunakan pekan depan.', expect: [] },
      { text: 'Koperasi itu siap membantu petani.', expect: ['siap'] },
    ],
  },
  {
    id: 'commit-words.not-pledge-before',
    description:
      'Words right before `siap`/`bersedia` (after auxiliaries) that make it readiness or a coordinated word, not a pledge (`lebih siap menghadapi`).',
    words: ['lebih', 'makin', 'semakin', 'yang', 'dan', 'serta', ','],
    examples: [
      { text: 'Dengan pelatihan ini, petugas Indonesia lebih siap menghadapi bencana.', expect: [] },
      { text: 'Indonesia siap membantu Palestina.', expect: ['siap'] },
    ],
  },
];

/** The word classes, validated on load. */
export const COMMITMENT_WORDS: readonly CommitmentWordClass[] = RAW.map((c) => CommitmentWordClass.parse(c));

const wordsOf = (id: string): ReadonlySet<string> => new Set(COMMITMENT_WORDS.find((c) => c.id === id)!.words);

export const AUX = wordsOf('commit-words.aux');
export const ADVERB_OPENERS = wordsOf('commit-words.adverb-openers');
export const DONE = wordsOf('commit-words.done');
export const INTENDED = wordsOf('commit-words.intended');
export const ONGOING = wordsOf('commit-words.ongoing');
export const NEGATION = wordsOf('commit-words.negation');
export const SUBORDINATE = wordsOf('commit-words.subordinate');
export const BLOCKERS = wordsOf('commit-words.blockers');
export const LIGHT_VERBS = wordsOf('commit-words.light-verbs');
export const RECEIVE_VERBS = wordsOf('commit-words.receive-verbs');
export const PRONOUNS = wordsOf('commit-words.pronouns');
export const SPEAKER_PRONOUNS = wordsOf('commit-words.speaker-pronouns');
export const GROUP_PRONOUNS = wordsOf('commit-words.group-pronouns');
export const IMPLICIT_PARTIES = wordsOf('commit-words.implicit-parties');
export const EVENT_NOUNS = wordsOf('commit-words.event-nouns');
export const MEETING_ANAPHORS = wordsOf('commit-words.meeting-anaphors');
export const MEETING_HOSTS = wordsOf('commit-words.meeting-hosts');
export const SIGNING_LINKS = wordsOf('commit-words.signing-links');
export const VERB_COORDINATORS = wordsOf('commit-words.verb-coordinators');
export const PARTY_HEADS = wordsOf('commit-words.party-heads');
export const FUNCTION_WORDS = wordsOf('commit-words.function-words');
export const CLAUSE_END = wordsOf('commit-words.clause-end');
export const CONTENT_LEAD = wordsOf('commit-words.content-lead');
export const PREPOSITIONS = wordsOf('commit-words.prepositions');
export const NEEDS_SKIP = wordsOf('commit-words.needs-skip');
export const DETERMINERS = wordsOf('commit-words.determiners');
export const ADDRESSEE_NOUNS = wordsOf('commit-words.addressee-nouns');
export const PARTICIPATION_NOUNS = wordsOf('commit-words.participation-nouns');
export const BOTH_COUNTRIES = wordsOf('commit-words.both-countries');
export const BOTH_PERSONS = wordsOf('commit-words.both-persons');
export const BOTH_PARTIES = wordsOf('commit-words.both-parties');
export const FORM_ADJECTIVES = wordsOf('commit-words.form-adjectives');
export const PURPOSE_HOSTS = wordsOf('commit-words.purpose-hosts');
export const EFFORT_NOUNS = wordsOf('commit-words.effort-nouns');
export const PURPOSE_WORDS = wordsOf('commit-words.purpose-words');
export const FRONTED_ADJUNCTS = wordsOf('commit-words.fronted-adjuncts');
export const NOUN_CONTENT_LINKS = wordsOf('commit-words.noun-content-links');
export const NOT_PLEDGE_BEFORE = wordsOf('commit-words.not-pledge-before');
export const READINESS_VERBS = wordsOf('commit-words.readiness-verbs');
