import { describe, expect, it } from 'vitest';
import { analyze } from '../src/text/morphology.js';
import { NOT_TRIGGERS, TRIGGERS } from '../src/rules/triggers.js';
import { lookupTrigger } from '../src/stages/commitments.js';
import { scoreRecord } from '../src/eval/score.js';
import type { DocRecord, Role } from '../src/schema/record.js';
import { brief, fixtureDoc, runStages } from './helpers/commitment-doc.js';
import { goldLayersDoc } from './helpers/gold-doc.js';
import { gold } from './helpers/golden.js';
import { expectLinear } from './helpers/linear.js';

const run = (text: string) => brief(runStages(fixtureDoc(text)));

describe('morphology', () => {
  const roots = (w: string) => analyze(w).map((r) => `${r.root}:${r.shape}`);
  it.each([
    ['menyepakati', 'sepakat:meN-i'],
    ['disepakati', 'sepakat:di-i'],
    ['kesepakatan', 'sepakat:ke-an'],
    ['menawarkan', 'tawar:meN-kan'],
    ['memberikan', 'beri:meN-kan'],
    ['mendorong', 'dorong:meN'],
    ['mengusulkan', 'usul:meN-kan'],
    ['usulkan', 'usul:-kan'],
    ['menandatangani', 'tandatangan:meN-i'],
    ['penandatanganan', 'tandatangan:peN-an'],
    ['menggagas', 'gagas:meN'],
    ['menyetujui', 'setuju:meN-i'],
    ['meminta', 'minta:meN'],
    ['mengimbau', 'imbau:meN'],
    ['menghimbau', 'himbau:meN'],
    ['berkomitmen', 'komitmen:ber'],
    ['komitmennya', 'komitmen:base'],
  ])('%s reads as %s', (word, reading) => expect(roots(word)).toContain(reading));

  it('never strips se- from sepakat (natural StemmerId gives pakat)', () => {
    expect(roots('menyepakati')).not.toContain('pakat:meN-i');
  });
  it.each([...NOT_TRIGGERS])('exception %s is not a trigger', (w) => expect(lookupTrigger(w)).toBeNull());
  it.each([
    'tersedia',
    'pendukung',
    'menjanjikan',
    'perjanjian',
    'akan',
    'kesiapan',
    'dorongan',
    'mengajar',
    'penawaran',
  ])('%s is not a trigger', (w) => expect(lookupTrigger(w)).toBeNull());
});

describe('trigger rule examples', () => {
  for (const rule of TRIGGERS) {
    for (const ex of rule.examples) {
      it(`${rule.id}: ${ex.text}`, () => {
        const got = runStages(fixtureDoc(ex.text))
          .commitments.filter((c) => c.rule === rule.id)
          .map((c) => c.trigger.text);
        expect(got).toEqual(ex.expect);
      });
    }
  }
  it('every rule carries CAMEO and, except appeals, PLOVER', () => {
    for (const r of TRIGGERS) {
      expect(r.event.cameo).toMatch(/^\d{3}$/);
      if (r.type !== 'ENCOURAGE') expect(r.event.plover).toBeTruthy();
    }
  });
});

type B = ReturnType<typeof run>[number];
const C = (type: B['type'], trigger: string, actors: string[], extra: Partial<B> = {}): B => ({
  type,
  trigger,
  actors,
  ...extra,
});

/** Sentence → expected commitments (type, trigger, actor clusters, target, status, negated). */
const CASES: [string, B[]][] = [
  // Agreements, coordinated actors, passives.
  [
    'Dalam pertemuan ASEAN dan Rusia sepakat untuk meningkatkan kerja sama.',
    [C('AGREE', 'sepakat', ['ASEAN', 'RUSIA'])],
  ],
  [
    'Indonesia, Malaysia, dan Thailand sepakat membentuk gugus tugas bersama.',
    [C('AGREE', 'sepakat', ['INDONESIA', 'MALAYSIA', 'THAILAND'])],
  ],
  [
    'Jepang dan Indonesia menyepakati peta jalan kerja sama maritim.',
    [C('AGREE', 'menyepakati', ['JEPANG', 'INDONESIA'])],
  ],
  [
    'Selain itu juga telah disepakati Nota Kesepahaman Penanganan Bencana antara ASEAN dan Rusia.',
    [C('AGREE', 'disepakati', ['ASEAN', 'RUSIA'], { status: 'done' })],
  ],
  ['Kesepakatan yang telah disepakati tahun lalu tetap berlaku.', []],
  [
    'Malaysia tidak setuju dengan usulan pembentukan badan baru.',
    [C('AGREE', 'setuju', ['MALAYSIA'], { negated: true })],
  ],
  ['Singapura belum menyetujui rancangan tersebut.', [C('AGREE', 'menyetujui', ['SINGAPURA'], { negated: true })]],
  [
    'Australia akan menyetujui rencana itu bulan depan.',
    [C('AGREE', 'menyetujui', ['AUSTRALIA'], { status: 'intended' })],
  ],
  ['Kedua pihak mencapai kesepakatan untuk membuka jalur penerbangan baru.', [C('AGREE', 'kesepakatan', [])]],
  ['Kebijakan itu sudah disetujui pada rapat sebelumnya.', []],
  [
    'Kemhan dan Unhan menandatangani nota kesepahaman tentang riset pertahanan.',
    [C('SIGN', 'menandatangani', ['KEMHAN', 'UNHAN'])],
  ],
  [
    'Acara ditutup dengan penandatanganan nota kesepahaman antara Kemhan dan Unhan.',
    [C('SIGN', 'penandatanganan', ['KEMHAN', 'UNHAN'])],
  ],
  [
    'Nota kesepahaman itu ditandatangani oleh Jepang dan Indonesia.',
    [C('SIGN', 'ditandatangani', ['JEPANG', 'INDONESIA'])],
  ],
  // Pledges.
  ['Indonesia berkomitmen mendukung pemulihan ekonomi kawasan.', [C('PLEDGE', 'berkomitmen', ['INDONESIA'])]],
  ['Kemhan menegaskan komitmennya untuk memperkuat industri pertahanan.', [C('PLEDGE', 'komitmennya', ['KEMHAN'])]],
  ['Menteri itu menegaskan komitmen Indonesia untuk menjaga perdamaian.', [C('PLEDGE', 'komitmen', ['INDONESIA'])]],
  [
    'Jepang siap membantu pembangunan pelabuhan di Indonesia.',
    [C('PLEDGE', 'siap', ['JEPANG'], { status: 'intended' })],
  ],
  ['Petugas sudah siap di lokasi sejak pagi.', []],
  ['Agar siswa lebih siap menentukan jurusan, sekolah menggelar konseling.', []],
  ['ASEAN bertekad memperkuat sentralitasnya di kawasan.', [C('PLEDGE', 'bertekad', ['ASEAN'])]],
  ['Pemerintah Indonesia berjanji menyelesaikan proyek itu tahun depan.', [C('PLEDGE', 'berjanji', ['PEMERINTAH_ID'])]],
  ['Sektor ini memiliki prospek yang menjanjikan.', []],
  [
    'Korea Selatan bersedia memberikan pelatihan bagi penjaga pantai.',
    [C('PLEDGE', 'bersedia', ['KORSEL'], { status: 'intended' })],
  ],
  ['Dana tersedia untuk semua provinsi.', []],
  ['Memiliki komitmen sosial terhadap pendidikan komunitas;', []],
  // Proposals and offers.
  ['Rusia usulkan kerja sama peningkatan kapasitas bagi pejabat ASEAN.', [C('PROPOSE', 'usulkan', ['RUSIA'])]],
  ['Thailand mengusulkan pembentukan pusat pelatihan regional.', [C('PROPOSE', 'mengusulkan', ['THAILAND'])]],
  ['Vietnam mengajukan rancangan deklarasi bersama.', [C('PROPOSE', 'mengajukan', ['VIETNAM'])]],
  ['Wartawan mengajukan pertanyaan kepada menteri.', []],
  ['Indonesia menggagas forum maritim regional.', [C('PROPOSE', 'menggagas', ['INDONESIA'])]],
  [
    'Rusia juga menawarkan vaksin Sputnik V untuk memenuhi kebutuhan vaksin di kawasan.',
    [C('OFFER', 'menawarkan', ['RUSIA'])],
  ],
  ['Jepang memberikan bantuan senilai 5 juta dolar kepada korban banjir.', [C('OFFER', 'memberikan', ['JEPANG'])]],
  ['Narasumber memberikan pelatihan kepada peserta.', []],
  [
    'Australia akan menyediakan beasiswa bagi 100 pelajar Indonesia.',
    [C('OFFER', 'menyediakan', ['AUSTRALIA'], { status: 'intended' })],
  ],
  ['Konferensi tahunan ini menyediakan ruang diskusi bagi peneliti.', []],
  ['Korea Selatan menghibahkan dua kapal patroli kepada TNI.', [C('OFFER', 'menghibahkan', ['KORSEL'])]],
  ['Indonesia menyambut baik tawaran Jepang untuk membangun jalur kereta.', []],
  // Support.
  [
    'Di bidang sosial budaya, Rusia juga mendukung penguatan kapasitas kesehatan publik.',
    [C('SUPPORT', 'mendukung', ['RUSIA'])],
  ],
  ['Singapura menyatakan dukungan terhadap keketuaan Indonesia.', [C('SUPPORT', 'dukungan', ['SINGAPURA'])]],
  ['Kami berterima kasih atas dukungan Jepang selama ini.', []],
  ['Kegiatan ini untuk mendukung ketahanan pangan nasional.', []],
  ['Program tersebut mendukung ketahanan pangan nasional.', []],
  ['Dalam rangka mendorong produktivitas dan mendukung iklim investasi, Pemerintah menerbitkan aturan baru.', []],
  ['Inflasi tetap terjaga rendah, mendukung daya beli masyarakat.', []],
  ['Kemhan dan TNI mendukung program makan bergizi gratis.', [C('SUPPORT', 'mendukung', ['KEMHAN', 'TNI'])]],
  ['Rencana itu didukung oleh Bank Dunia.', [C('SUPPORT', 'didukung', ['BANK_DUNIA'])]],
  ['Pertumbuhan itu didukung oleh konsumsi rumah tangga.', []],
  ['Pendampingan dari Kemhan turut mendukung keberhasilan program itu.', []],
  ['Universitas itu mendapat dukungan dari Australia untuk riset iklim.', [C('SUPPORT', 'dukungan', ['AUSTRALIA'])]],
  // Appeals, targets.
  [
    'Dirjen Arto kembali mendorong Rusia untuk bekerja sama dengan ASEAN.',
    [C('ENCOURAGE', 'mendorong', ['SIDHARTO'], { target: ['RUSIA'] })],
  ],
  ['Kebijakan ini mendorong pertumbuhan ekonomi daerah.', []],
  ['Selain itu, mendorong upaya bersama untuk memulihkan ekonomi.', []],
  ['Kemhan mengajak generasi muda untuk menjaga persatuan.', [C('ENCOURAGE', 'mengajak', ['KEMHAN'])]],
  ['Kemlu mengimbau warga negara Indonesia di Gaza untuk segera mengungsi.', [C('ENCOURAGE', 'mengimbau', ['KEMLU'])]],
  ['Indonesia menyerukan gencatan senjata segera di Gaza.', [C('ENCOURAGE', 'menyerukan', ['INDONESIA'])]],
  ['Retno meminta PBB agar segera bertindak.', [C('ENCOURAGE', 'meminta', ['RETNO'], { target: ['PBB'] })]],
  ['Panitia meminta maaf atas keterlambatan acara.', []],
  [
    'Indonesia mendorong Jepang dan Korea Selatan untuk berinvestasi di sektor energi.',
    [C('ENCOURAGE', 'mendorong', ['INDONESIA'], { target: ['JEPANG', 'KORSEL'] })],
  ],
  // Pronouns and `kedua X`.
  [
    'Menhan Sjafrie bertemu Dubes Masaki Yasushi di Jakarta. Ia menegaskan komitmen Kemhan untuk memperkuat kerja sama.',
    [C('PLEDGE', 'komitmen', ['KEMHAN'])],
  ],
  [
    'Retno Marsudi hadir dalam pertemuan itu. Beliau mendorong ASEAN untuk bersatu.',
    [C('ENCOURAGE', 'mendorong', ['RETNO'], { target: ['ASEAN'] })],
  ],
  [
    'Indonesia dan Jepang menggelar dialog strategis. Kedua negara sepakat memperluas latihan bersama.',
    [C('AGREE', 'sepakat', ['INDONESIA', 'JEPANG'])],
  ],
  [
    'Kemhan dan Unhan menggelar rapat koordinasi. Kedua pihak sepakat mempercepat riset drone.',
    [C('AGREE', 'sepakat', ['KEMHAN', 'UNHAN'])],
  ],
  [
    'Sjafrie menerima Masaki Yasushi di Jakarta. Kedua menteri sepakat meningkatkan pertukaran perwira.',
    [C('AGREE', 'sepakat', ['SJAFRIE', 'YASUSHI'])],
  ],
  // Beliefs, hopes, appreciation, history, modality.
  ['Indonesia yakin bahwa ASEAN dan Rusia dapat sepakat memperkuat kerja sama.', []],
  ['Indonesia berharap kedua negara segera sepakat.', []],
  ['Indonesia mengapresiasi komitmen Jepang dalam pembangunan kawasan.', []],
  ['Selama 2018-2021, berbagai capaian antara lain mendorong dibentuknya dana kemitraan.', []],
  ['Indonesia akan memperluas kerja sama perdagangan dengan Rusia.', []],
  [
    'Rusia akan mendukung keketuaan Indonesia tahun depan.',
    [C('SUPPORT', 'mendukung', ['RUSIA'], { status: 'intended' })],
  ],
  ['Jepang telah memberikan hibah kepada Indonesia.', [C('OFFER', 'memberikan', ['JEPANG'], { status: 'done' })]],
  ['Jepang tidak mendukung usulan tersebut.', [C('SUPPORT', 'mendukung', ['JEPANG'], { negated: true })]],
  // Chained verbs and another party's act inside the content.
  [
    'ASEAN dan Rusia sepakat mendorong ditingkatkannya kontak dagang, kerja sama mendorong smart cities.',
    [C('AGREE', 'sepakat', ['ASEAN', 'RUSIA'])],
  ],
  ['Indonesia berkomitmen untuk mendukung pemulihan ekonomi kawasan.', [C('PLEDGE', 'berkomitmen', ['INDONESIA'])]],
  [
    'Pertemuan AFMGM menyepakati usulan Malaysia tentang pusat data kawasan.',
    [C('AGREE', 'menyepakati', ['AFMGM']), C('PROPOSE', 'usulan', ['MALAYSIA'])],
  ],
  [
    'Rusia mendukung penguatan kapasitas kesehatan dan menawarkan vaksin Sputnik V.',
    [C('SUPPORT', 'mendukung', ['RUSIA']), C('OFFER', 'menawarkan', ['RUSIA'])],
  ],
  // Quotes: the speaker stands for `kami`.
  [
    '"Kami siap membantu pemulihan pascabencana," ujar Retno.',
    [C('PLEDGE', 'siap', ['RETNO'], { status: 'intended' })],
  ],
  [
    '"Kami mengajak seluruh masyarakat untuk waspada," kata Sjafrie Sjamsoeddin.',
    [C('ENCOURAGE', 'mengajak', ['SJAFRIE'])],
  ],
  // A thing as subject commits nothing: an unnamed party that qualifies a noun before it is no subject.
  ['Meskipun lingkungan kampus mendukung, dukungan keluarga lebih penting.', []],
  ['Kami memastikan kinerja para pegawai berkontribusi mendukung target nasional.', []],
  // Names inside names are not triggers.
  ['Kemhan menyelenggarakan seminar Nota Kesepakatan Bersama di Jakarta.', []],
  // A pronoun subject is the person named earlier in its sentence, before the last quote's speaker.
  [
    '"Kita harus bersih," ujar Retno.\n\nPada kesempatan yang sama, Sjafrie menambahkan bahwa ia berkomitmen menjaga seleksi yang sportif.',
    [C('PLEDGE', 'berkomitmen', ['SJAFRIE'])],
  ],
];

describe('commitment regression sentences', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
  it('has at least 80 sentences with the quote suite', () => expect(CASES.length).toBeGreaterThanOrEqual(70));
  it('a title whose holder is not named leaves the party coordinated before it (`Saya dan pak Wamenaker`)', () => {
    const text = '"Saya dan pak Wamenaker juga telah menandatangani pakta integritas," ujar Retno.';
    const start = text.indexOf('Wamenaker');
    const role = { start, end: start + 9, text: 'Wamenaker', holder: null, rule: 'test.role' } as unknown as Role;
    expect(brief(runStages(fixtureDoc(text, undefined, [role])))).toEqual([
      C('SIGN', 'menandatangani', ['RETNO'], { status: 'done' }),
    ]);
  });
});

describe('commitment fields', () => {
  it('content runs to the end of the clause, after untuk', () => {
    const d = runStages(
      fixtureDoc(
        'Dalam pertemuan ASEAN dan Rusia sepakat untuk meningkatkan kerja sama dalam merespon tantangan, menjaga stabilitas dan keamanan.',
      ),
    );
    expect(d.commitments[0]!.content?.text).toBe(
      'meningkatkan kerja sama dalam merespon tantangan, menjaga stabilitas dan keamanan',
    );
  });
  it('objects are the documents and products in the content', () => {
    const d = runStages(
      fixtureDoc('Rusia juga menawarkan vaksin Sputnik V untuk memenuhi kebutuhan vaksin di kawasan.'),
    );
    expect(d.commitments[0]!.object).toEqual(['SPUTNIK_V']);
    expect(d.commitments[0]!.cameo).toBe('033');
    expect(d.commitments[0]!.plover).toBe('AGREE');
  });
  it('intended aid is coded as intent (033), given aid as 070', () => {
    const [given] = runStages(fixtureDoc('Jepang memberikan bantuan kepada korban banjir.')).commitments;
    const [promised] = runStages(fixtureDoc('Jepang akan memberikan bantuan kepada korban banjir.')).commitments;
    expect([given!.cameo, given!.plover]).toEqual(['070', 'AID']);
    expect([promised!.cameo, promised!.plover]).toEqual(['033', 'AGREE']);
  });
  it('content and trigger spans slice the text', () => {
    for (const [text] of CASES) {
      const d = runStages(fixtureDoc(text));
      for (const c of d.commitments) {
        expect(text.slice(c.trigger.start, c.trigger.end)).toBe(c.trigger.text);
        if (c.content) expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text);
      }
    }
  });
  it('stays linear on long adversarial input', () => {
    const make = (n: number): string => 'Indonesia dan '.repeat(n) + 'Rusia sepakat ' + 'mendorong '.repeat(n) + '.';
    expectLinear('dan … mendorong …', make, (text) => runStages(fixtureDoc(text)), 256, 4096);
  });
});

describe('golden document with gold entities (oracle layers)', () => {
  const doc = runStages(goldLayersDoc());
  const record = {
    ...doc,
    text: doc.text,
    language: doc.language!,
    commitments: doc.commitments,
    quotes: doc.quotes,
  } as unknown as DocRecord;
  const scores = scoreRecord(record, gold, null);
  it('finds all 7 required commitments and no others', () => {
    expect(scores.commitments.trigger.tp).toBe(7);
    expect(scores.commitments.trigger.fp).toBe(0);
  });
  it('has the right type and actors for all, content overlap for at least 6', () => {
    expect(scores.commitments.type.accuracy).toBe(1);
    expect(scores.commitments.actors.accuracy).toBe(1);
    expect(scores.commitments.content.right).toBeGreaterThanOrEqual(6);
  });
  it('finds both quotes with their speaker', () => {
    expect(scores.quotes.found.tp).toBe(2);
    expect(scores.quotes.speaker.accuracy).toBe(1);
  });
});
