import type { TitleEntry } from './types.js';

const GOV = 'manual: Indonesian official titles (Perpres on ministry organisation; protocol usage)';
const EN = 'manual: English diplomatic titles';

function t(id: string, names: string[], acronyms: string[] = [], extra: Partial<TitleEntry> = {}): TitleEntry {
  return { id, names, acronyms, source: id.startsWith('title.en') ? EN : GOV, ...extra };
}

/**
 * Job titles. A role span starts at one of these and may run on over the organisation or portfolio
 * that qualifies it (`Direktur Jenderal Kerja Sama ASEAN`); see src/stages/roles.ts.
 */
const LISTED: readonly TitleEntry[] = [
  // The country after a head of state's title is a mention of its own (`Presiden | Republik Indonesia`).
  t('title.president', ['Presiden'], [], { headOfState: true }),
  t('title.vice-president', ['Wakil Presiden'], ['Wapres'], { headOfState: true }),
  t('title.prime-minister', ['Perdana Menteri'], ['PM'], { headOfState: true }),
  t('title.king', ['Raja', 'Ratu', 'Sultan', 'Kaisar', 'Putra Mahkota', 'Emir'], [], { headOfState: true }),
  t('title.chancellor', ['Kanselir'], [], { headOfState: true }),
  // A head of state or government named by office alone (`Kepala Negara menjelaskan`), never a person `Negara`.
  t('title.head-of-state', ['Kepala Negara', 'Kepala Pemerintahan'], [], { headOfState: true }),
  // The head of state's spouse (`Ibu Negara Rosangela`): a title, so `Negara` is never read into the name.
  t('title.first-lady', ['Ibu Negara'], []),
  t('title.minister-fa', ['Menteri Luar Negeri'], ['Menlu'], { org: 'idn.kemlu' }),
  t('title.vice-minister-fa', ['Wakil Menteri Luar Negeri'], ['Wamenlu'], { org: 'idn.kemlu' }),
  t('title.minister-fin', ['Menteri Keuangan'], ['Menkeu'], { org: 'idn.kemenkeu' }),
  t('title.vice-minister-fin', ['Wakil Menteri Keuangan'], ['Wamenkeu'], { org: 'idn.kemenkeu' }),
  t('title.minister-def', ['Menteri Pertahanan'], ['Menhan'], { org: 'idn.kemhan' }),
  t('title.vice-minister-def', ['Wakil Menteri Pertahanan'], ['Wamenhan'], { org: 'idn.kemhan' }),
  t('title.minister-home', ['Menteri Dalam Negeri'], ['Mendagri'], { org: 'idn.kemendagri' }),
  t('title.minister-comdigi', ['Menteri Komunikasi dan Digital'], ['Menkomdigi'], { org: 'idn.komdigi' }),
  t('title.minister-cominfo', ['Menteri Komunikasi dan Informatika'], ['Menkominfo'], { org: 'idn.kominfo' }),
  t('title.minister-health', ['Menteri Kesehatan'], ['Menkes'], { org: 'idn.kemenkes' }),
  t('title.minister-religion', ['Menteri Agama'], ['Menag'], { org: 'idn.kemenag' }),
  t('title.minister-trade', ['Menteri Perdagangan'], ['Mendag'], { org: 'idn.kemendag' }),
  t('title.minister-industry', ['Menteri Perindustrian'], ['Menperin'], { org: 'idn.kemenperin' }),
  t('title.minister-agri', ['Menteri Pertanian'], ['Mentan'], { org: 'idn.kementan' }),
  t('title.minister-transport', ['Menteri Perhubungan'], ['Menhub'], { org: 'idn.kemenhub' }),
  t('title.minister-soc', ['Menteri Sosial'], ['Mensos'], { org: 'idn.kemensos' }),
  t('title.minister-setneg', ['Menteri Sekretaris Negara'], ['Mensesneg'], { org: 'idn.kemensetneg' }),
  t('title.minister-bumn', ['Menteri BUMN', 'Menteri Badan Usaha Milik Negara'], [], { org: 'idn.bumn' }),
  t(
    'title.minister-coord',
    [
      'Menteri Koordinator',
      'Menteri Koordinator Bidang Politik dan Keamanan',
      'Menteri Koordinator Bidang Perekonomian',
    ],
    ['Menko', 'Menko Polkam', 'Menko Polhukam', 'Menko Perekonomian', 'Menko PMK', 'Menko Marves'],
  ),
  t('title.minister-coop', ['Menteri Koperasi', 'Menteri Koperasi dan UKM'], ['Menkop', 'Menkop UKM', 'MenKopUKM']),
  t('title.vice-minister-coop', ['Wakil Menteri Koperasi'], ['Wamenkop']),
  t('title.minister-tourism', ['Menteri Pariwisata'], ['Menpar']),
  t('title.minister-youth', ['Menteri Pemuda dan Olahraga'], ['Menpora']),
  t('title.minister-labour', ['Menteri Ketenagakerjaan'], ['Menaker']),
  t('title.minister-education', ['Menteri Pendidikan Dasar dan Menengah'], ['Mendikdasmen']),
  t('title.minister-higher-ed', ['Menteri Pendidikan Tinggi, Sains, dan Teknologi'], ['Mendiktisaintek']),
  t('title.acting', ['Pelaksana Tugas', 'Pelaksana Harian'], ['Plt', 'Plh']),
  t('title.minister', ['Menteri', 'Menteri Negara'], []),
  t('title.vice-minister', ['Wakil Menteri'], ['Wamen']),
  t('title.secretary-general', ['Sekretaris Jenderal'], ['Sekjen', 'Sesjen']),
  t('title.inspector-general', ['Inspektur Jenderal'], ['Irjen']),
  // `Dikti` is the portfolio (pendidikan tinggi) inside the short title, no body of its own.
  t('title.director-general', ['Direktur Jenderal'], ['Dirjen', 'Dirjen Dikti']),
  t('title.director', ['Direktur', 'Direktur Utama', 'Direktur Eksekutif'], ['Dirut', 'Dir']),
  t('title.deputy', ['Deputi', 'Asisten Deputi'], ['Asdep']),
  t(
    'title.head-of-agency',
    // `Kepala | Biro Komunikasi …`: the body after `Kepala` is a mention of its own, not part of the title.
    ['Kepala', 'Kepala Staf Kepresidenan'],
    ['Kabiro', 'Kapus'],
  ),
  t('title.secretary', ['Sekretaris', 'Sekretaris Kabinet', 'Sekretaris Utama'], ['Seskab', 'Sestama']),
  t('title.ambassador', ['Duta Besar', 'Duta Besar Luar Biasa dan Berkuasa Penuh'], ['Dubes', 'LBBP']),
  t('title.consul', ['Konsul Jenderal', 'Konsul'], ['Konjen']),
  t('title.charge-d-affaires', ['Kuasa Usaha Ad Interim'], []),
  t('title.spokesperson', ['Juru Bicara'], ['Jubir']),
  t('title.special-staff', ['Staf Khusus', 'Utusan Khusus'], ['Stafsus']),
  t('title.expert-staff', ['Staf Ahli', 'Tenaga Ahli'], ['Sahli']),
  t('title.chair', ['Ketua', 'Ketua Umum', 'Wakil Ketua', 'Wakil Ketua Umum'], ['Ketum', 'Waketum']),
  t('title.member', ['Anggota'], []),
  t('title.governor', ['Gubernur', 'Wakil Gubernur'], ['Wagub']),
  t('title.regent', ['Bupati', 'Wakil Bupati'], []),
  t('title.mayor', ['Wali Kota', 'Walikota', 'Wakil Wali Kota', 'Wakil Walikota'], []),
  t('title.commander', ['Panglima'], ['Pangdam', 'Pangkostrad', 'Pangkoarmada', 'Pangkogabwilhan', 'Pangkohanudnas']),
  // A unit's commander, by the unit's blend (`Danrem 151/Binaiya Brigjen TNI Rafles Manurung`).
  t(
    'title.unit-commander',
    ['Komandan', 'Wakil Komandan'],
    [
      'Danrem',
      'Dandim',
      'Danyon',
      'Danyonif',
      'Danbrigif',
      'Danramil',
      'Danlanud',
      'Danlantamal',
      'Danlanal',
      'Dansatgas',
      'Wadanrem',
      'Wadanyon',
    ],
  ),
  // A chief of staff's assistants (`Waasrena Kasad`: deputy assistant for planning to the army chief of staff).
  t(
    'title.staff-assistant',
    [
      'Asisten Perencanaan',
      'Asisten Operasi',
      'Asisten Personel',
      'Asisten Logistik',
      'Asisten Teritorial',
      'Asisten Intelijen',
    ],
    [
      'Asrena',
      'Asrenum',
      'Waasrena',
      'Waasrenum',
      'Asops',
      'Waasops',
      'Aspers',
      'Waaspers',
      'Aslog',
      'Waaslog',
      'Aster',
      'Waaster',
      'Asintel',
      'Waasintel',
    ],
  ),
  t('title.vice-commander', ['Wakil Panglima'], ['Wapang']),
  t('title.police-chief', ['Kepala Kepolisian'], ['Kapolri', 'Kapolda', 'Kapolres', 'Kapolsek', 'Wakapolri']),
  t(
    'title.chief-of-staff',
    ['Kepala Staf Angkatan Darat', 'Kepala Staf Angkatan Laut', 'Kepala Staf Angkatan Udara'],
    ['KSAD', 'KSAL', 'KSAU', 'Kasad', 'Kasal', 'Kasau'],
  ),
  t('title.attorney-general', ['Jaksa Agung'], []),
  t('title.judge', ['Hakim', 'Hakim Agung', 'Hakim Konstitusi'], []),
  t('title.rector', ['Rektor', 'Dekan'], []),
  t('title.senior-official', ['Pejabat Tinggi', 'Pejabat Senior'], []),
  t('title.coordinator', ['Koordinator'], []),
  t('title.commissioner', ['Komisaris', 'Komisaris Utama'], []),
  t('title.en.president', ['President', 'Vice President'], [], { headOfState: true }),
  t('title.en.prime-minister', ['Prime Minister'], [], { headOfState: true }),
  t('title.en.minister', ['Minister', 'Deputy Minister', 'Foreign Minister', 'Minister of Foreign Affairs'], []),
  t('title.en.secretary-general', ['Secretary-General', 'Secretary General', 'Deputy Secretary-General'], []),
  t('title.en.ambassador', ['Ambassador'], []),
  t('title.en.director', ['Director', 'Director-General', 'Director General', 'Chief Executive Officer'], ['CEO']),
  t('title.en.chair', ['Chairman', 'Chairperson', 'Chair'], []),
];

/**
 * Every minister has a deputy whose title the press shortens the same way (`Menaker` → `Wamenaker`,
 * `Mendikdasmen` → `Wamendikdasmen`); the ones not listed above are derived from their minister.
 */
function viceMinisters(titles: readonly TitleEntry[]): TitleEntry[] {
  const have = new Set(titles.map((x) => x.id));
  return titles
    .filter((x) => x.id.startsWith('title.minister-') && !have.has(x.id.replace('title.', 'title.vice-')))
    .map((x) => ({
      ...x,
      id: x.id.replace('title.', 'title.vice-'),
      names: x.names.map((name) => `Wakil ${name}`),
      acronyms: (x.acronyms ?? []).filter((a) => a.startsWith('Men')).map((a) => `Wam${a.slice(1)}`),
    }));
}

export const TITLES: readonly TitleEntry[] = [...LISTED, ...viceMinisters(LISTED)];
