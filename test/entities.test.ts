import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc.js';
import { runPipeline } from '../src/pipeline.js';
import { ENTITY_RULES } from '../src/rules/entity-patterns.js';
import { COMPANIES } from '../src/rules/gazetteers/companies.js';
import { COUNTRIES } from '../src/rules/gazetteers/countries.generated.js';
import { INDONESIAN_ORGS, INTERNATIONAL_ORGS } from '../src/rules/gazetteers/organizations.js';
import { PLACES } from '../src/rules/gazetteers/places.js';
import { REGIONS } from '../src/rules/gazetteers/regions.generated.js';
import { TITLES } from '../src/rules/gazetteers/titles.js';
import { RuleMeta } from '../src/schema/rule.js';
import { entitiesStage } from '../src/stages/entities.js';
import { ROLE_RULES } from '../src/rules/roles.js';
import { rolesStage } from '../src/stages/roles.js';
import { sentencesStage } from '../src/stages/sentences.js';

const STAGES = [sentencesStage, entitiesStage, rolesStage];
const run = (text: string) => runPipeline(new Doc(text), STAGES);

describe('entity rules: every example', () => {
  for (const rule of ENTITY_RULES) {
    it(`${rule.id} is valid rule data`, () => expect(() => RuleMeta.parse(rule)).not.toThrow());
    for (const ex of rule.examples) {
      it(`${rule.id}: ${ex.text}`, () => {
        const got = run(ex.text)
          .entities.filter((e) => e.rule === rule.id)
          .map((e) => e.text);
        expect(got).toEqual(ex.expect);
      });
    }
  }
});

describe('role rules: every example', () => {
  for (const rule of ROLE_RULES) {
    for (const ex of rule.examples) {
      it(`${rule.id}: ${ex.text}`, () => {
        const got = run(ex.text)
          .roles.filter((r) => r.rule === rule.id)
          .map((r) => r.text);
        expect(got).toEqual(ex.expect);
      });
    }
  }
});

describe('clusters of organisations named two ways', () => {
  it('known parts read as the same entries and the rest as its initials make one body', () => {
    const doc = run(
      'Ikatan Keluarga Alumni Universitas Padjadjaran menggelar acara. Ketua IKA Unpad hadir. Komisi X Dewan Perwakilan Rakyat Republik Indonesia dan Komisi X DPR RI bertemu. Pemkot Batam dan Polres Batam hadir.',
    );
    const cluster = (text: string) => doc.entities.find((e) => e.text === text)?.cluster;
    expect(cluster('IKA Unpad')).toBe(cluster('Ikatan Keluarga Alumni Universitas Padjadjaran'));
    expect(cluster('Komisi X DPR RI')).toBe(cluster('Komisi X Dewan Perwakilan Rakyat Republik Indonesia'));
    expect(cluster('Pemkot Batam')).not.toBe(cluster('Polres Batam'));
  });
});

describe('titles alone', () => {
  it('a bare short title held by several gets the first holder introduced before it', () => {
    const doc = run(
      'Menteri Keuangan Sri Mulyani Indrawati bertemu Menteri Keuangan Jerman Jörg Kukies. Menkeu menyampaikan pandangan.',
    );
    const menkeu = doc.roles.find((r) => r.text === 'Menkeu');
    expect(menkeu?.holder).toBe(doc.entities.find((e) => e.text === 'Sri Mulyani Indrawati')?.cluster);
  });
});

describe('gazetteers', () => {
  it('every entry has an id and a source, ids unique', () => {
    const all = [
      ...COUNTRIES,
      ...REGIONS,
      ...INTERNATIONAL_ORGS,
      ...INDONESIAN_ORGS,
      ...PLACES,
      ...COMPANIES,
      ...TITLES,
    ];
    const ids = new Set<string>();
    for (const e of all) {
      expect(e.id).toMatch(/^[a-z0-9.-]+$/);
      expect(e.source.length).toBeGreaterThan(0);
      expect(ids.has(e.id)).toBe(false);
      ids.add(e.id);
    }
  });
  it('countries carry ISO alpha-3 codes and Indonesian names', () => {
    const rus = COUNTRIES.find((c) => c.iso3 === 'RUS')!;
    expect(rus.canonical).toBe('Rusia');
    expect(rus.names).toContain('Russia');
    expect(COUNTRIES.find((c) => c.iso3 === 'IDN')!.acronyms).toContain('RI');
  });
  it('types of known names', () => {
    const doc = run('Delegasi dari Malaysia, UNICEF, Kemenkeu dan Kabupaten Bandung hadir di Moskow.');
    expect(doc.entities.map((e) => [e.text, e.type])).toEqual([
      ['Malaysia', 'LOCATION'],
      ['UNICEF', 'ORGANIZATION'],
      ['Kemenkeu', 'ORGANIZATION'],
      ['Kabupaten Bandung', 'LOCATION'],
      ['Moskow', 'LOCATION'],
    ]);
  });
});

describe('entities: offsets, nesting, common nouns', () => {
  it('spans slice the original text (curly quotes, NBSP)', () => {
    const doc = run('Menurut\u00a0Menlu Retno Marsudi, “ASEAN penting”.');
    for (const e of doc.entities) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    expect(doc.entities.map((e) => e.text)).toEqual(['Retno Marsudi', 'ASEAN']);
  });
  it('longest name wins: no entity inside another', () => {
    const doc = run('Pejabat Kementerian Luar Negeri Rusia hadir.');
    expect(doc.entities.map((e) => e.text)).toEqual(['Kementerian Luar Negeri Rusia']);
  });
  it('an organisation head stops before a person named after a known party', () => {
    const doc = run('Sekretaris Jenderal Partai Golkar Tantowi Yahya mengatakan itu.');
    expect(doc.entities.map((e) => [e.text, e.type])).toEqual([
      ['Partai Golkar', 'ORGANIZATION'],
      ['Tantowi Yahya', 'PERSON'],
    ]);
  });
  it('a title is followed by the body it belongs to, then by its holder', () => {
    const doc = run('Wamenkeu bertemu Presiden IsDB Muhammad Al Jasser. Presiden IsDB menyambut baik.');
    expect(doc.entities.map((e) => [e.text, e.type])).toEqual([
      ['IsDB', 'ORGANIZATION'],
      ['Muhammad Al Jasser', 'PERSON'],
      ['IsDB', 'ORGANIZATION'],
    ]);
  });
  it('a body named after a title, or after `dan` + a title, is a mention of its own', () => {
    const doc = run('Hadir Kepala Badan Keahlian DPR RI dan Kepala Biro Komunikasi dan Layanan Informasi.');
    expect(doc.entities.map((e) => e.text)).toEqual(['Badan Keahlian DPR RI', 'Biro Komunikasi dan Layanan Informasi']);
  });
  it('an acronym of capitalised dictionary words names a programme, not a body', () => {
    const doc = run(
      'Program Usaha Kesehatan Sekolah (UKS) berjalan. UKS di sekolah aktif. Badan Pusat Statistik (BPS) hadir.',
    );
    expect(doc.entities.map((e) => e.text)).toEqual(['Badan Pusat Statistik', 'BPS']);
  });
  it('a definition in the document wins over the common-acronym list, for a body spelled out by it', () => {
    const body = run('Pusat Pembinaan Profesi Keuangan (PPPK) menjatuhkan sanksi. Sepanjang 2024, PPPK mencabut izin.');
    expect(body.entities.map((e) => [e.text, e.rule])).toEqual([
      ['Pusat Pembinaan Profesi Keuangan', 'ent.org-head'],
      ['PPPK', 'ent.acronym-def'],
      ['PPPK', 'ent.acronym-def'],
    ]);
    const kind = run('Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) menerima gaji. Sepanjang 2024, PPPK bekerja.');
    expect(kind.entities.filter((e) => e.text === 'PPPK')).toEqual([]);
  });
  it('an acronym defined by a kind of body and followed by a name names one body of that kind', () => {
    const doc = run(
      'Koperasi Simpan Pinjam (KSP) Nasari merayakan ulang tahun. Ketua KSP Nasari Frans Meroga mengatakan KSP Nasari bertahan.',
    );
    expect(doc.entities.map((e) => [e.text, e.cluster])).toEqual([
      ['Koperasi Simpan Pinjam (KSP) Nasari', 'koperasi-simpan-pinjam-ksp-nasari'],
      ['KSP Nasari', 'koperasi-simpan-pinjam-ksp-nasari'],
      ['Frans Meroga', 'frans-meroga'],
      ['KSP Nasari', 'koperasi-simpan-pinjam-ksp-nasari'],
    ]);
    expect(doc.roles.map((r) => [r.text, r.holder, r.organization])).toEqual([
      ['Ketua KSP Nasari', 'frans-meroga', 'koperasi-simpan-pinjam-ksp-nasari'],
    ]);
    // A title, or the gazetteer's name, before the acronym: the office, and the name after it is its head.
    const office = run('Kepala Kantor Staf Presiden (KSP) Teten Masduki hadir. KSP Teten bekerja.');
    expect(office.entities.map((e) => [e.text, e.cluster])).toEqual([
      ['Kantor Staf Presiden', 'kantor-staf-presiden'],
      ['KSP', 'kantor-staf-presiden'],
      ['Teten Masduki', 'teten-masduki'],
      ['KSP', 'kantor-staf-presiden'],
      ['Teten', 'teten-masduki'],
    ]);
  });
  it("a dictionary word that starts a person's name is that person alone once written so in mid-sentence", () => {
    const doc = run(
      'Kisah Survei Halawa menginspirasi. Bagi Survei, kuliah adalah tonggak. Survei bertekad membangun desa.',
    );
    expect(doc.entities.map((e) => [e.text, e.type])).toEqual([
      ['Survei Halawa', 'PERSON'],
      ['Survei', 'PERSON'],
      ['Survei', 'PERSON'],
    ]);
    // Never alone in mid-sentence, or written in lower case too: a common word.
    const common = run(
      'Kisah Survei Halawa menginspirasi. Survei itu baik. Hasil survei keluar. Bagi Survei, kuliah penting.',
    );
    expect(common.entities.map((e) => e.text)).toEqual(['Survei Halawa']);
  });
  it('draft laws: RUU + name, and Rancangan Undang-Undang (RUU) tentang + subject', () => {
    const doc = run(
      'Komisi membahas RUU Sisdiknas dan Rancangan Undang-Undang (RUU) tentang Sistem Pendidikan Nasional.',
    );
    expect(doc.entities.filter((e) => e.type === 'DOCUMENT').map((e) => e.text)).toEqual([
      'RUU Sisdiknas',
      'Rancangan Undang-Undang (RUU) tentang Sistem Pendidikan Nasional',
    ]);
  });
  it("an office noun before one known body is the body's office, not part of its name; a team is a body", () => {
    const doc = run('Rapat di Kantor Kemnaker bersama Tim KNIU dan Kantor Staf Presiden serta Tim Nasional Indonesia.');
    expect(doc.entities.map((e) => e.text)).toEqual([
      'Kemnaker',
      'Tim KNIU',
      'Kantor Staf Presiden',
      'Tim Nasional Indonesia',
    ]);
  });
  it("a battalion is named by its head and number, and by the name after the number's slash", () => {
    const doc = run('Prajurit Yonif TP 835/SYB dan Satgas Yonif 410/Alugoro hadir, juga Kodim 0501 Jakarta Pusat.');
    expect(doc.entities.map((e) => [e.text, e.type])).toEqual([
      ['Yonif TP 835/SYB', 'ORGANIZATION'],
      ['Satgas Yonif 410/Alugoro', 'ORGANIZATION'],
      ['Kodim 0501 Jakarta Pusat', 'ORGANIZATION'],
    ]);
  });
  it('a Roman-numbered command keeps its name after the slash; a body stopped before a person drops its connector', () => {
    const doc = run(
      'Sinergi Kodam XXIV/Mandala Trikora. Juara datang dari Fakultas Farmasi dan Mochamad Asrofi hadir.',
    );
    expect(doc.entities.map((e) => e.text)).toEqual([
      'Kodam XXIV/Mandala Trikora',
      'Fakultas Farmasi',
      'Mochamad Asrofi',
    ]);
  });
  it('enlisted ranks and Anumerta stay out of the name; a district office blend is a body', () => {
    const doc = run(
      'Menhan menghormati Pratu Anumerta Haris Umaternate. Plt Kepala Disperkim Kabupaten Sukabumi hadir.',
    );
    expect(doc.entities.map((e) => [e.text, e.type])).toEqual([
      ['Haris Umaternate', 'PERSON'],
      ['Disperkim Kabupaten Sukabumi', 'ORGANIZATION'],
    ]);
  });
  it('ratios, units and fact-check labels are no bodies', () => {
    const doc = run('[HOAKS] Rasio Non-Performing Loan (NPL) turun. Daya 2.200 VA dan LDR dengan keluarga.');
    expect(doc.entities.filter((e) => e.type === 'ORGANIZATION')).toEqual([]);
  });
  it('name particles stay inside a name (da, bin, van)', () => {
    const doc = run('Presiden Lula da Silva dan Haji Rozaiman bin Makmum bertemu Louis van Gaal.');
    expect(doc.entities.map((e) => e.text)).toEqual(['Lula da Silva', 'Rozaiman bin Makmum', 'Louis van Gaal']);
  });
  it('a meeting noun opening a sentence before a speech verb is no speaker', () => {
    const doc = run('Diskusi menegaskan pentingnya inovasi. Rapat menyepakati hal itu. Budi menegaskan hal lain.');
    expect(doc.entities.map((e) => [e.text, e.type])).toEqual([['Budi', 'PERSON']]);
  });
  it('lower-case `yang` before a Title-Case phrase is no honorific (`Yang Mulia` is)', () => {
    const doc = run(
      'Seleksi bagi Tenaga Non-ASN yang Terdaftar Dalam Pangkalan Data BKN dibuka untuk Pendidikan yang Berkualitas.',
    );
    expect(doc.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
  it('initials: inside a name, after a rank, and closing a name with their point', () => {
    const doc = run('Letkol Inf M. Arifianto melapor. Penulis: Denty A., Seno H.');
    expect(doc.entities.map((e) => e.text)).toEqual(['M. Arifianto', 'Denty A.', 'Seno H.']);
    const bracketed = run('Kegiatan itu selesai. (Penulis: Irfan/Editor: Denty A., Seno H./Foto: Andi)');
    expect(bracketed.entities.map((e) => e.text)).toEqual(['Irfan', 'Denty A.', 'Seno H.', 'Andi']);
  });
  it('a person named with evidence once is the same person where the words recur', () => {
    const doc = run('Staf Ahli Menteri, Nur Syarifah, menyampaikan apresiasi. Sore itu Nur Syarifah meninjau kampus.');
    expect(doc.entities.map((e) => [e.text, e.rule])).toEqual([
      ['Nur Syarifah', 'ent.person-speech'],
      ['Nur Syarifah', 'ent.person-doc'],
    ]);
  });
  it("a blend of a named body's words is its short name (Unand), in the body's cluster", () => {
    const doc = run('Rektor Universitas Andalas hadir. Rektor Unand menyambut. Pak Andi datang.');
    expect(doc.entities.map((e) => [e.text, e.type, e.cluster])).toEqual([
      ['Universitas Andalas', 'ORGANIZATION', 'universitas-andalas'],
      ['Unand', 'ORGANIZATION', 'universitas-andalas'],
      ['Andi', 'PERSON', 'andi'],
    ]);
  });
  it('capitalised common nouns and sentence-initial words are not entities', () => {
    expect(run('Pertemuan membahas kerja sama. Tahun ini Mitra Penuh bertemu di Kawasan.').entities).toEqual([]);
  });
});

describe('clusters', () => {
  it('acronym with its expansion, short name with its full name, country code', () => {
    const doc = run(
      'Badan Nasional Penanggulangan Bencana (BNPB) dan Rusia bekerja sama. Kepala BNPB, Suharyanto Wibowo, hadir. Menurut Suharyanto, Rusia siap.',
    );
    const byText = new Map(doc.entities.map((e) => [e.text, e.cluster]));
    expect(byText.get('BNPB')).toBe(byText.get('Badan Nasional Penanggulangan Bencana'));
    expect(byText.get('Suharyanto')).toBe(byText.get('Suharyanto Wibowo'));
    const rusia = doc.clusters.find((c) => c.id === byText.get('Rusia'))!;
    expect(rusia).toMatchObject({ type: 'LOCATION', country: 'RUS', id: 'rusia' });
  });
  it('unqualified Kementerian Luar Negeri is Indonesia’s; the Russian one is another entity', () => {
    const doc = run('Kementerian Luar Negeri bertemu Kementerian Luar Negeri Rusia.');
    const [idn, rus] = doc.entities.map((e) => doc.clusters.find((c) => c.id === e.cluster)!);
    expect(idn).toMatchObject({ country: 'IDN', ref: 'idn.kemlu' });
    expect(rus).toMatchObject({ country: 'RUS' });
    expect(idn!.id).not.toBe(rus!.id);
  });
});

describe('roles', () => {
  it('a title alone takes the only holder of that title', () => {
    const doc = run(
      'Direktur Jenderal Kerja Sama ASEAN, Sidharto Suryodipuro, membuka acara. Dirjen juga menegaskan hal itu.',
    );
    const holder = doc.entities.find((e) => e.text === 'Sidharto Suryodipuro')!.cluster;
    expect(doc.roles.map((r) => [r.text, r.holder])).toEqual([
      ['Direktur Jenderal Kerja Sama ASEAN', holder],
      ['Dirjen', holder],
    ]);
  });
  it('head of state: the state is the organisation', () => {
    const doc = run('Kunjungan Presiden Rusia Vladimir Putin ke Jakarta.');
    const role = doc.roles[0]!;
    expect(role.text).toBe('Presiden Rusia');
    expect(role.organization).toBe('rusia');
    expect(role.holder).toBe(doc.entities.find((e) => e.text === 'Vladimir Putin')!.cluster);
  });
});

describe('golden document (corpus/arsom-2021)', () => {
  const text = readFileSync(new URL('../corpus/arsom-2021.txt', import.meta.url), 'utf8');
  const gold = JSON.parse(readFileSync(new URL('./arsom-2021.gold.json', import.meta.url), 'utf8')) as {
    entities: { start: number; end: number; type: string; entity: string; required: boolean }[];
    roles: { start: number; end: number; holder: string; required: boolean }[];
  };
  const doc = run(text);
  const key = (e: { start: number; end: number; type: string }) => `${e.start}:${e.end}:${e.type}`;
  const optional = new Set(gold.entities.filter((e) => !e.required).map(key));
  const required = gold.entities.filter((e) => e.required);

  it('required mentions: strict F1 ≥ 0.95', () => {
    const pred = doc.entities.filter((e) => !optional.has(key(e)));
    const goldKeys = new Set(required.map(key));
    const tp = pred.filter((e) => goldKeys.has(key(e))).length;
    const p = tp / pred.length;
    const r = tp / required.length;
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.95);
  });
  it('every gold cluster whole, none merged', () => {
    const predOf = new Map<string, Set<string>>();
    for (const g of gold.entities) {
      const m = doc.entities.find((e) => key(e) === key(g));
      if (m) (predOf.get(g.entity) ?? predOf.set(g.entity, new Set()).get(g.entity)!).add(m.cluster);
    }
    const owner = new Map<string, string>();
    for (const [g, set] of predOf) {
      expect(set.size, g).toBe(1);
      const c = [...set][0]!;
      expect(owner.get(c) ?? g, `${c} merges ${g}`).toBe(g);
      owner.set(c, g);
    }
  });
  it('every required role holder right', () => {
    const clusterOfGold = new Map<string, string>();
    for (const g of gold.entities) {
      const m = doc.entities.find((e) => key(e) === key(g));
      if (m) clusterOfGold.set(g.entity, m.cluster);
    }
    for (const r of gold.roles.filter((x) => x.required)) {
      const m = doc.roles.find((x) => x.start < r.end && r.start < x.end);
      expect(m, r.holder).toBeDefined();
      expect(m!.holder).toBe(clusterOfGold.get(r.holder));
    }
  });
  it('Kementerian Luar Negeri is Indonesia’s, Rusia carries RUS, Arto is Sidharto', () => {
    const c = (t: string) => doc.clusters.find((x) => x.id === doc.entities.find((e) => e.text === t)!.cluster)!;
    expect(c('Kementerian Luar Negeri').country).toBe('IDN');
    expect(c('Rusia').country).toBe('RUS');
    expect(c('Arto').canonical).toBe('Sidharto R. Suryodipuro');
    expect(c('AOIP').aliases).toContain('AOIP');
  });
});
