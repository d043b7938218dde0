import { describe, expect, it } from 'vitest';
import { QUOTE_CUES } from '../src/rules/quote-cues.js';
import { fixtureDoc, runStages } from './helpers/commitment-doc.js';

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

describe('quote regression texts', () => {
  it.each(CASES)('%s', (text, expected) => expect(quotes(text)).toEqual(expected));
  it('quote spans slice the text', () => {
    for (const [text] of CASES)
      for (const q of runStages(fixtureDoc(text)).quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
