import { describe, expect, it } from 'vitest';
import { QUOTE_CUES } from '../src/rules/quote-cues.js';
import type { Role } from '../src/schema/layers.js';
import { fixtureDoc, LEXICON, runStages, type LexEntry } from './helpers/commitment-doc.js';

const quotes = (text: string, roles: Parameters<typeof fixtureDoc>[2] = []) =>
  runStages(fixtureDoc(text, undefined, roles)).quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    cue: q.cue?.text ?? null,
  }));

describe('quote cue rule examples', () => {
  for (const rule of QUOTE_CUES) {
    for (const ex of rule.examples) {
      it(`${rule.id}: ${ex.text}`, () => {
        const got = runStages(fixtureDoc(ex.text))
          .quotes.filter((q) => q.rule === rule.id)
          .map((q) => q.text);
        expect(got).toEqual(ex.expect);
      });
    }
  }
});

/** Text → expected quotes (span inside the marks, speaker cluster, cue). */
const CASES: [string, { text: string; speaker: string | null; cue: string | null }[]][] = [
  [
    '\u201cMemasuki 25 tahun kemitraan ASEAN-Rusia, Indonesia yakin bahwa kerja sama akan tumbuh", demikian disampaikan Direktur Jenderal Kerja Sama ASEAN, Sidharto R. Suryodipuro pada pembukaan.',
    [
      {
        text: 'Memasuki 25 tahun kemitraan ASEAN-Rusia, Indonesia yakin bahwa kerja sama akan tumbuh',
        speaker: 'SIDHARTO',
        cue: 'demikian disampaikan',
      },
    ],
  ],
  [
    'Sidharto R. Suryodipuro memimpin pertemuan.\n\n\u201cAOIP merupakan konsep yang holistik. AOIP menekankan pentingnya dialog." tegas Dirjen Arto.',
    [
      {
        text: 'AOIP merupakan konsep yang holistik. AOIP menekankan pentingnya dialog.',
        speaker: 'SIDHARTO',
        cue: 'tegas',
      },
    ],
  ],
  [
    '\u201cKerja sama ini sangat penting bagi kawasan,\u201d ujar Retno Marsudi.',
    [{ text: 'Kerja sama ini sangat penting bagi kawasan,', speaker: 'RETNO', cue: 'ujar' }],
  ],
  ['"Kita harus bersatu," kata Sjafrie.', [{ text: 'Kita harus bersatu,', speaker: 'SJAFRIE', cue: 'kata' }]],
  [
    'Retno Marsudi hadir di Jakarta. "Indonesia siap menjadi tuan rumah," ujarnya.',
    [{ text: 'Indonesia siap menjadi tuan rumah,', speaker: 'RETNO', cue: 'ujarnya' }],
  ],
  [
    'Sjafrie Sjamsoeddin menegaskan, "Pertahanan negara adalah tanggung jawab kita bersama."',
    [{ text: 'Pertahanan negara adalah tanggung jawab kita bersama.', speaker: 'SJAFRIE', cue: 'menegaskan' }],
  ],
  [
    'Menurut Purbaya, "Defisit tetap terjaga di bawah tiga persen."',
    [{ text: 'Defisit tetap terjaga di bawah tiga persen.', speaker: 'PURBAYA', cue: 'Menurut' }],
  ],
  [
    'Kasal Laksamana TNI Muhammad Ali memimpin upacara.\n\n\u201cNama Belati melambangkan ketepatan dan keberanian,\u201d ujar Kasal.',
    [{ text: 'Nama Belati melambangkan ketepatan dan keberanian,', speaker: 'ALI', cue: 'ujar' }],
  ],
  [
    '\u201cKami akan terus memperkuat kerja sama pertahanan dengan negara sahabat.\n\n\u201cLatihan bersama akan digelar tahun depan di beberapa lokasi,\u201d kata Sjafrie.',
    [
      {
        text: 'Kami akan terus memperkuat kerja sama pertahanan dengan negara sahabat.\n\n\u201cLatihan bersama akan digelar tahun depan di beberapa lokasi,',
        speaker: 'SJAFRIE',
        cue: 'kata',
      },
    ],
  ],
  [
    '\u201cKami menyambut baik kunjungan ini,\u201d kata Retno.\n\n\u201cKunjungan ini membuka babak baru hubungan kedua negara di berbagai bidang.\u201d',
    [
      { text: 'Kami menyambut baik kunjungan ini,', speaker: 'RETNO', cue: 'kata' },
      {
        text: 'Kunjungan ini membuka babak baru hubungan kedua negara di berbagai bidang.',
        speaker: 'RETNO',
        cue: null,
      },
    ],
  ],
  ['Tema tahun ini adalah \u201cSamorastra\u201d yang berarti \u201cdari perjuangan atau kerja keras\u201d.', []],
  ['Program ini disebut "Kampus Berdampak" oleh para dosen.', []],
  [
    '\u201cKita harus menjaga persatuan dan kesatuan bangsa di mana pun berada."',
    [{ text: 'Kita harus menjaga persatuan dan kesatuan bangsa di mana pun berada.', speaker: null, cue: null }],
  ],
  [
    '"Seleksi berjalan transparan dan akuntabel," tutur Purbaya Yudhi Sadewa di Jakarta.',
    [{ text: 'Seleksi berjalan transparan dan akuntabel,', speaker: 'PURBAYA', cue: 'tutur' }],
  ],
  [
    '\u201cIndonesia mendukung solusi dua negara,\u201d tambah Retno.',
    [{ text: 'Indonesia mendukung solusi dua negara,', speaker: 'RETNO', cue: 'tambah' }],
  ],
];

/** Speaker cases that need mentions the shared lexicon lacks: a reporter's outlet, a deputy named by title. */
const EXTRA: LexEntry[] = [
  ...LEXICON,
  { id: 'TVONE', type: 'ORGANIZATION', names: ['TVOne'] },
  { id: 'DONNY', type: 'PERSON', names: ['Donny'] },
];
const speakers = (text: string, roles: Role[] = []) =>
  runStages(fixtureDoc(text, EXTRA, roles)).quotes.map((q) => q.speaker);
const roleOf = (text: string, title: string, holder: string): Role => {
  const start = text.indexOf(title);
  return { start, end: start + title.length, text: title, holder, rule: 'test.role' } as Role;
};

describe('quote speakers', () => {
  it('an unnamed reporter of an outlet speaks as the outlet', () => {
    expect(speakers('"Semoga kerja sama ini terus berlanjut," ujar Wartawan TVOne.')).toEqual(['TVONE']);
  });
  it("a role holder in the next sentence is not the cue's speaker", () => {
    const text =
      'Sjafrie membuka acara itu. "Kita harus siap menghadapi tantangan," ujarnya.\n\nPada kesempatan yang sama, Wamenhan Donny menambahkan hal lain.';
    expect(speakers(text, [roleOf(text, 'Wamenhan', 'DONNY')])).toEqual(['SJAFRIE']);
  });
  it('a full stop after an academic title does not end the cue', () => {
    expect(speakers('"Citra ASN harus dijaga bersama," jelas Prof. Purbaya saat memaparkan materi.')).toEqual([
      'PURBAYA',
    ]);
  });
  it('`Menurutnya` before the first quote falls back to the person named', () => {
    const text =
      'Retno menekankan pentingnya kerja sama. Menurutnya, kemitraan itu kuat. "Kita harus bersatu," ungkapnya.';
    expect(speakers(text)).toEqual(['RETNO']);
  });
  it('`X menjelaskan, …` reports X, not a person named after the comma', () => {
    const text =
      '"Sekolah ini bersejarah," ujar Retno.\n\nRetno menjelaskan, kedekatan Sjafrie dan Purbaya saat itu sangat baik. "Jadi pikirannya panjang," lanjutnya.';
    expect(speakers(text)).toEqual(['RETNO', 'RETNO']);
  });
  it('an unclosed quote that a comma and a -nya cue end in its paragraph closes there', () => {
    const text =
      'Retno mengajak pegawai membangun budaya kerja positif. “Prinsip ini harus diterapkan dalam seluruh aspek pelayanan, imbaunya.\n\nTerakhir, hal itu dibahas.';
    const qs = runStages(fixtureDoc(text, EXTRA)).quotes;
    expect(qs.map((q) => [q.text, q.speaker, q.cue?.text])).toEqual([
      ['Prinsip ini harus diterapkan dalam seluruh aspek pelayanan,', 'RETNO', 'imbaunya'],
    ]);
  });
  it("the last quote's cue and the speaker it names are not looked back to by the next quote", () => {
    const text =
      '"Saya ingin melihat lagi aplikasi itu," ujar Retno.\n\nDi samping itu, Purbaya menilai aplikasi itu penting. "Ini luar biasa," ungkapnya.';
    expect(speakers(text)).toEqual(['RETNO', 'PURBAYA']);
  });
  it('a person named since the last quote speaks only as a subject (before a verb, past an appositive)', () => {
    const subject =
      '"Kita siap," ujar Retno.\n\nSementara itu, Purbaya, guru SMP Negeri 3 Tasikmalaya, menilai acara itu baik. "Bekal ini penting," tuturnya.';
    expect(speakers(subject)).toEqual(['RETNO', 'PURBAYA']);
    const listed =
      '"Kita siap," ujar Retno.\n\nHadir pula Sekjen PKS Purbaya beserta jajarannya. "Pembangunan hampir selesai," ungkapnya.';
    expect(speakers(listed)).toEqual(['RETNO', 'RETNO']);
  });
});

describe('quote regression texts', () => {
  it.each(CASES)('%s', (text, expected) => expect(quotes(text)).toEqual(expected));
  it('quote spans slice the text', () => {
    for (const [text] of CASES)
      for (const q of runStages(fixtureDoc(text)).quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
