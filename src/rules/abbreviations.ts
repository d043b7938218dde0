import type { RuleMeta } from '../schema/rule.js';

/**
 * Abbreviations that end in a period, for sentence segmentation (src/stages/sentences.ts). Data only:
 * each group is a rule with an id, the forms it covers (without the final period, matched exactly;
 * a lower-case form also matches with its first letter upper-cased, for sentence-initial use) and
 * examples that test/sentences.test.ts runs through `segment` (`expect` = the sentences).
 *
 * How a group behaves after its period (`kind`):
 * - `prefix`: stands before what it abbreviates (a name, a street, a number), so the period never
 *   ends a sentence when a word, number, quote or bracket follows on the same line (`Prof. Dr.`,
 *   `Jl. Merdeka`, `a.n. Menteri`).
 * - `numeric`: stands before a number (`No. 5`, `Jan. 2021`, `hlm. 12`): no end when a digit follows;
 *   otherwise the ordinary rule (end before a capital).
 * - `suffix`: may close a sentence (`dll.`, `Tbk.`, `S.H.`): ends before a capitalised word, except
 *   when that word is itself a suffix abbreviation (`S.H. M.H.`).
 * A paragraph break after any of them still ends the sentence.
 */
export type AbbreviationKind = 'prefix' | 'numeric' | 'suffix';

export interface AbbreviationRule extends RuleMeta {
  kind: AbbreviationKind;
  /** Forms without the final period, e.g. `Jl`, `S.H`, `dll`. */
  forms: readonly string[];
  /**
   * The group applies only right after one of these words (`#` = a number such as `1445`, `2,5`,
   * `ke-8`), before any group without `after`: `1445 H.` is an era, `H. Ahmad` a title.
   */
  after?: readonly string[];
}

/** Military and police ranks: a branch or corps abbreviation after one stands before a name (`Letkol Kav. Andi`). */
const RANKS = [
  'Jenderal', 'Jend', 'Letjen', 'Mayjen', 'Brigjen', 'Kolonel', 'Kol', 'Letkol', 'Mayor', 'Kapten', 'Lettu', 'Letda',
  'Peltu', 'Pelda', 'Serma', 'Serka', 'Sertu', 'Serda', 'Kopka', 'Koptu', 'Kopda', 'Praka', 'Pratu', 'Prada',
  'Laksamana', 'Laksdya', 'Laksda', 'Laksma', 'Marsekal', 'Marsdya', 'Marsda', 'Marsma', 'Komjen', 'Irjen',
  'Kombes', 'Kombespol', 'AKBP', 'Kompol', 'AKP', 'Iptu', 'Ipda', 'Aiptu', 'Aipda', 'Bripka', 'Brigpol', 'Brigadir',
  'Briptu', 'Bripda', 'Bharaka', 'Bharatu', 'Bharada',
];

export const ABBREVIATION_RULES: readonly AbbreviationRule[] = [
  {
    id: 'sbd.abbr-title',
    description: 'Titles and forms of address before a name (Prof., Dr., dr., Bpk., Ir., Hj., K.H., Tb., Rd., Mr.; Ph. of Ph. D.)',
    kind: 'prefix',
    forms: [
      'Prof', 'PROF', 'Dr', 'DR', 'dr', 'drg', 'Drs', 'Dra', 'Ir', 'IR', 'H', 'Hj', 'HJ', 'K.H', 'KH', 'Kh',
      'R.A', 'R.M', 'R.Ay', 'Bpk', 'Bp', 'Sdr', 'Sdri', 'Sdra', 'Tn', 'Ny', 'Nn', 'Yth', 'yth',
      'Mr', 'Mrs', 'Ms', 'Mx', 'Mme', 'Mlle', 'St', 'Sto', 'Sta', 'Ust', 'Ustz', 'Hb', 'Pdt', 'Pst', 'Rm',
      'Mgr', 'Br', 'Fr', 'Tb', 'Rd', 'Rr', 'Tgk', 'Ph', 'Moh', 'Mohd', 'Muh', 'Mhd', 'Mochd', 'Abd', 'Ach',
      'Alm', 'Almh', 'Kol', 'Letkol', 'Mayj', 'Brigjen', 'Jend', 'Kapt', 'Capt', 'Lettu', 'Letda', 'Serma', 'Gen', 'Gub', 'Rev',
    ],
    examples: [
      {
        text: 'Acara dibuka oleh Prof. Dr. Ir. H. Budi Santoso. Ia hadir secara daring.',
        expect: ['Acara dibuka oleh Prof. Dr. Ir. H. Budi Santoso.', 'Ia hadir secara daring.'],
      },
      {
        text: 'Vaksin diberikan oleh dr. Siti Nadia. Hj. Aminah juga hadir bersama Bpk. Joko.',
        expect: ['Vaksin diberikan oleh dr. Siti Nadia.', 'Hj. Aminah juga hadir bersama Bpk. Joko.'],
      },
      {
        text: 'Pesantren itu didirikan K.H. Ahmad Dahlan. Mr. Smith kemudian berkunjung.',
        expect: ['Pesantren itu didirikan K.H. Ahmad Dahlan.', 'Mr. Smith kemudian berkunjung.'],
      },
    ],
  },
  {
    id: 'sbd.abbr-place',
    description: 'Addresses and places before a name (Jl., Jln., Gg., Kp., Kel., Kec., Kab., Prov., Kav., Komp.)',
    kind: 'prefix',
    forms: [
      'Jl', 'JL', 'Jln', 'JLN', 'Gg', 'Kp', 'Kmp', 'Ds', 'Dsn', 'Kel', 'Kec', 'Kab', 'Prov', 'Kav', 'Komp',
      'Perum', 'Gd', 'Lt', 'Dk', 'Dkh', 'Dus', 'Prop', 'Kepl',
    ],
    examples: [
      {
        text: 'Kantor itu berada di Jl. Medan Merdeka Barat, Kec. Gambir, Kab. Bogor. Kantor buka setiap hari.',
        expect: ['Kantor itu berada di Jl. Medan Merdeka Barat, Kec. Gambir, Kab. Bogor.', 'Kantor buka setiap hari.'],
      },
      {
        text: 'Gedung di Jln. Pejambon 6, Gd. Nusantara Lt. 3, dibuka kembali.',
        expect: ['Gedung di Jln. Pejambon 6, Gd. Nusantara Lt. 3, dibuka kembali.'],
      },
    ],
  },
  {
    id: 'sbd.abbr-organisation',
    description: 'Company and organisation forms before a name (PT., CV., UD., Yay., Kop., RS., Univ., Dept.)',
    kind: 'prefix',
    forms: ['PT', 'Pt', 'CV', 'Cv', 'UD', 'PD', 'Fa', 'Yay', 'Kop', 'Perum', 'RS', 'RSU', 'Univ', 'Dept', 'Dep', 'Sekr'],
    examples: [
      {
        text: 'Proyek dikerjakan PT. Wijaya Karya dan CV. Maju Jaya. Nilainya besar.',
        expect: ['Proyek dikerjakan PT. Wijaya Karya dan CV. Maju Jaya.', 'Nilainya besar.'],
      },
    ],
  },
  {
    id: 'sbd.abbr-connective',
    description: 'Abbreviations that stand inside a phrase (a.n., s.d., u.p., d.a., a.l., q.q., cq., vs., yg., dgn., utk.)',
    kind: 'prefix',
    forms: [
      'a.n', 'A.n', 'an', 's.d', 'S.d', 'sd', 'u.p', 'U.p', 'd.a', 'a.l', 'q.q', 'qq', 'cq', 'Cq', 'vs', 'Vs',
      'yg', 'dgn', 'dg', 'utk', 'kpd', 'thd', 'pd', 'spt', 'krn', 'mis', 'sbg', 'bhw', 'dlm', 'kl', 'resp',
      'ttd', 'Ttd', 'ub', 'u.b',
    ],
    examples: [
      {
        text: 'Surat ditandatangani a.n. Menteri Luar Negeri. Berlaku 1 s.d. 31 Januari 2021.',
        expect: ['Surat ditandatangani a.n. Menteri Luar Negeri.', 'Berlaku 1 s.d. 31 Januari 2021.'],
      },
      {
        text: 'Laga Persija vs. Persib berakhir imbang. Penonton pulang.',
        expect: ['Laga Persija vs. Persib berakhir imbang.', 'Penonton pulang.'],
      },
    ],
  },
  {
    id: 'sbd.abbr-rank',
    description: 'Ranks written with a period and the police or corps branch after a rank (Kompol., Kombes Pol., Letkol Kav., Mayor Inf., Kapten Mar.)',
    kind: 'prefix',
    forms: [
      'Pol', 'POL', 'Kav', 'Inf', 'Czi', 'Cpl', 'Arh', 'Arm', 'Pnb', 'Nav', 'Tek', 'Lek', 'Kes', 'Adm', 'Mar', 'Pas',
      'Sus', 'Kum', 'Ckm', 'Chb', 'Cba', 'Cku', 'Cpm', 'Psk', 'Kal', 'Ctp',
    ],
    after: RANKS,
    examples: [
      {
        text: 'Upacara diikuti Letkol Kav. Andi Pratama dan Kapten Mar. Yohanes. Cuaca cerah.',
        expect: ['Upacara diikuti Letkol Kav. Andi Pratama dan Kapten Mar. Yohanes.', 'Cuaca cerah.'],
      },
    ],
  },
  {
    id: 'sbd.abbr-office',
    description: 'Acting offices, governments and legal joins before what they qualify (Plt., Plh., Pj., Pemkab., jo.), ranks with a period (Kompol.)',
    kind: 'prefix',
    forms: [
      'Plt', 'PLT', 'Plh', 'PLH', 'Pj', 'Pjs', 'Pemkab', 'Pemkot', 'Pemprov', 'Pemda', 'jo', 'Jo', 'Kompol', 'Kombes',
      'Iptu', 'Ipda', 'Aiptu', 'Aipda', 'Bripka', 'Briptu', 'Bripda', 'Brigpol', 'Kws', 'Km', 'KM', 'Blok', 'Rek', 'Pol',
    ],
    examples: [
      {
        text: 'Acara dibuka Plt. Kepala Dinas. Aturannya UU No. 11 Tahun 2020 jo. UU No. 6 Tahun 2023. Selesai.',
        expect: ['Acara dibuka Plt. Kepala Dinas.', 'Aturannya UU No. 11 Tahun 2020 jo. UU No. 6 Tahun 2023.', 'Selesai.'],
      },
    ],
  },
  {
    id: 'sbd.abbr-after-number',
    description: 'Eras and amounts after a number, which may close a sentence (1445 H., abad ke-8 M., 300 SM., Rp 4 T., Rp 2,5 M., 3 jt.)',
    kind: 'suffix',
    forms: ['H', 'M', 'SM', 'T', 'B', 'K', 'jt', 'Jt', 'rb', 'Rb', 'BC', 'AD', 'CE', 'BCE', 'Hijriah', 'Masehi'],
    after: ['#'],
    examples: [
      {
        text: 'Perayaan digelar pada 1445 H. Nilainya Rp 4 T. untuk warga. Candi dibangun abad ke-8 M. Kini ramai.',
        expect: ['Perayaan digelar pada 1445 H.', 'Nilainya Rp 4 T. untuk warga.', 'Candi dibangun abad ke-8 M.', 'Kini ramai.'],
      },
    ],
  },
  {
    id: 'sbd.abbr-numeric',
    description: 'Abbreviations before a number (No., Hal., hlm., Vol., Tel., Telp., Fax., Rp., Ps., Kep., Tgl.)',
    kind: 'numeric',
    forms: [
      'No', 'NO', 'no', 'Nr', 'Hal', 'hal', 'hlm', 'Hlm', 'p', 'pp', 'Vol', 'vol', 'Jil', 'Ed', 'ed',
      'Tel', 'Telp', 'telp', 'Tlp', 'tlp', 'Fax', 'Faks', 'HP', 'Hp', 'Ext', 'ext', 'Rp', 'RP', 'Ps', 'Psl',
      'Pas', 'Kep', 'Tgl', 'tgl', 'Pk', 'pk', 'Pkl', 'pkl', 'Th', 'th', 'Thn', 'thn', 'Gb',
      'Gbr', 'Tab', 'Lamp', 'Cat', 'Kls', 'kls', 'Smt', 'Angk', 'ca', 'Ca', 'NIP', 'NRP', 'NIK', 'NPWP', 'RT', 'RW',
    ],
    examples: [
      {
        text: 'Undang-Undang No. 37 Tahun 1999 mengaturnya. Lihat hlm. 12 dan Vol. 3 laporan.',
        expect: ['Undang-Undang No. 37 Tahun 1999 mengaturnya.', 'Lihat hlm. 12 dan Vol. 3 laporan.'],
      },
      {
        text: 'Hubungi Telp. 021-3441508 atau Fax. 021-3857316. Biaya Rp. 50.000 per orang.',
        expect: ['Hubungi Telp. 021-3441508 atau Fax. 021-3857316.', 'Biaya Rp. 50.000 per orang.'],
      },
      {
        text: 'Rumah itu bernomor 12 no. Pintunya terkunci.',
        expect: ['Rumah itu bernomor 12 no.', 'Pintunya terkunci.'],
      },
    ],
  },
  {
    id: 'sbd.abbr-month',
    description: 'Month abbreviations before a day or year (Jan., Feb., Agt., Sept., Okt., Des.)',
    kind: 'numeric',
    forms: [
      'Jan', 'Feb', 'Peb', 'Mar', 'Apr', 'Jun', 'Jul', 'Agt', 'Agu', 'Ags', 'Aug', 'Sep', 'Sept', 'Okt',
      'Oct', 'Nop', 'Nov', 'Des', 'Dec',
    ],
    examples: [
      {
        text: 'Rapat digelar pada 26 Jan. 2021 di Jakarta. Rapat berikutnya 3 Sept. 2021.',
        expect: ['Rapat digelar pada 26 Jan. 2021 di Jakarta.', 'Rapat berikutnya 3 Sept. 2021.'],
      },
    ],
  },
  {
    id: 'sbd.abbr-degree',
    description: 'Academic and professional degrees after a name (S.H., M.H., S.E., M.Si., S.Pd., Ph.D., M.Sc.)',
    kind: 'suffix',
    forms: [
      'S.H', 'SH', 'M.H', 'MH', 'S.E', 'SE', 'M.E', 'M.M', 'MM', 'S.T', 'ST', 'M.T', 'MT', 'S.Sos', 'M.Sos',
      'S.Pd', 'M.Pd', 'S.Pd.I', 'S.Kom', 'M.Kom', 'S.Ag', 'M.Ag', 'S.Kep', 'S.Psi', 'M.Psi', 'S.Si', 'M.Si',
      'S.IP', 'S.Hut', 'S.P', 'M.P', 'S.Ked', 'S.Farm', 'Apt', 'S.Gz', 'S.KM', 'M.Kes', 'S.Ak', 'M.Ak',
      'S.Ant', 'S.Hum', 'M.Hum', 'S.S', 'S.Sn', 'S.Th', 'M.Th', 'S.I.Kom', 'S.Tr', 'A.Md', 'Amd', 'Lc', 'MA',
      'M.A', 'B.A', 'BA', 'B.Sc', 'M.Sc', 'MSc', 'Ph.D', 'PhD', 'M.Phil', 'MBA', 'M.B.A', 'LL.M', 'M.Eng',
      'Sp.A', 'Sp.B', 'Sp.OG', 'Sp.PD', 'Sp.P', 'Sp.JP', 'Sp.M', 'Sp.THT', 'Sp.KK', 'Sp.An', 'Sp.Rad', 'Sp.S',
      'Sp.N', 'Sp.KJ', 'MARS', 'M.Kn', 'CPA', 'Ak', 'Jr', 'Sr',
    ],
    examples: [
      {
        text: 'Sambutan disampaikan Budi Santoso, S.H., M.H. dan diikuti diskusi.',
        expect: ['Sambutan disampaikan Budi Santoso, S.H., M.H. dan diikuti diskusi.'],
      },
      {
        text: 'Narasumber adalah Dewi Lestari, S.Si. M.Si. Ia peneliti BRIN.',
        expect: ['Narasumber adalah Dewi Lestari, S.Si. M.Si.', 'Ia peneliti BRIN.'],
      },
    ],
  },
  {
    id: 'sbd.abbr-common',
    description: 'Common abbreviations that often close a sentence (dll., dsb., dst., dkk., tsb., Tbk., Ltd., Inc., Co., etc.)',
    kind: 'suffix',
    forms: [
      'dll', 'Dll', 'dsb', 'dst', 'dkk', 'Dkk', 'tsb', 'Tsb', 'sda', 'ybs', 'dlsb', 'etc', 'al', 'Tbk', 'TBK',
      'tbk', 'Ltd', 'Inc', 'Co', 'Corp', 'Bhd', 'Sdn', 'Pte', 'Plc', 'LLC', 'AG', 'NV', 'BV',
    ],
    examples: [
      {
        text: 'Bantuan berupa beras, minyak, gula, dll. Semua dibagikan hari ini.',
        expect: ['Bantuan berupa beras, minyak, gula, dll.', 'Semua dibagikan hari ini.'],
      },
      {
        text: 'Saham PT Bank Rakyat Indonesia Tbk. naik, sedangkan pesaingnya dsb. turun.',
        expect: ['Saham PT Bank Rakyat Indonesia Tbk. naik, sedangkan pesaingnya dsb. turun.'],
      },
      {
        text: 'Penelitian itu ditulis Sari dkk. Hasilnya dimuat di jurnal.',
        expect: ['Penelitian itu ditulis Sari dkk.', 'Hasilnya dimuat di jurnal.'],
      },
    ],
  },
];
