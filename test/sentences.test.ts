import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc.js';
import { ABBREVIATION_RULES } from '../src/rules/abbreviations.js';
import { RuleMeta } from '../src/schema/rule.js';
import { segment, segmentDetailed, sentencesStage } from '../src/stages/sentences.js';
import { expectLinear } from './helpers/linear.js';
import { RELEASE_CASES } from './helpers/release-sentences.js';

const texts = (text: string): string[] => segment(text).map((s) => text.slice(s.start, s.end));
const rules = (text: string): string[] => segmentDetailed(text).map((s) => s.rule);

/**
 * Ordered, non-overlapping, trimmed spans that cover every non-space character. White space is as in
 * the view (src/text/view.ts): JavaScript's `\s` plus the zero-width space, which the view folds to a space.
 */
function checkInvariants(text: string): void {
  const spans = segment(text);
  const covered = new Uint8Array(text.length);
  let last = 0;
  for (const { start, end } of spans) {
    expect(start).toBeGreaterThanOrEqual(last);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    const slice = text.slice(start, end);
    expect(slice).toBe(slice.replace(/^[\s\u200b]+|[\s\u200b]+$/gu, ''));
    covered.fill(1, start, end);
    last = end;
  }
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !/[\s\u200b]/u.test(text[i]!))
      throw new Error(`offset ${i} (${JSON.stringify(text[i])}) is in no sentence of ${JSON.stringify(text)}`);
  }
}

describe('abbreviation rules (src/rules/abbreviations.ts)', () => {
  const ids = new Set<string>();
  for (const rule of ABBREVIATION_RULES) {
    describe(rule.id, () => {
      it('is a valid rule with a unique id', () => {
        expect(() => RuleMeta.parse(rule)).not.toThrow();
        expect(ids.has(rule.id)).toBe(false);
        ids.add(rule.id);
        for (const form of rule.forms) expect(form).not.toMatch(/\.$|\s/);
      });
      for (const example of rule.examples) {
        it(example.text, () => {
          expect(texts(example.text)).toEqual(example.expect);
          checkInvariants(example.text);
        });
      }
    });
  }
});

describe('segment', () => {
  const cases: [string, string, string[]][] = [
    // abbreviations and titles
    [
      'street and number',
      'Kantor di Jl. Pejambon No. 6 Jakarta. Buka pukul 08.00.',
      ['Kantor di Jl. Pejambon No. 6 Jakarta.', 'Buka pukul 08.00.'],
    ],
    ['Prof. Dr. dr.', 'Hadir Prof. Dr. dr. Budi. Ia bicara.', ['Hadir Prof. Dr. dr. Budi.', 'Ia bicara.']],
    [
      'H. and Hj.',
      'Tamu: H. Ahmad dan Hj. Siti. Keduanya pulang.',
      ['Tamu: H. Ahmad dan Hj. Siti.', 'Keduanya pulang.'],
    ],
    ['degrees', 'Ketua: Budi, S.H., M.Si. Wakil: Ani, S.E.', ['Ketua: Budi, S.H., M.Si.', 'Wakil: Ani, S.E.']],
    ['dll. closes a sentence', 'Ada beras, gula, dll. Semua gratis.', ['Ada beras, gula, dll.', 'Semua gratis.']],
    ['dsb. inside a sentence', 'Ada beras, gula, dsb. yang dibagikan.', ['Ada beras, gula, dsb. yang dibagikan.']],
    [
      'a.n. and s.d.',
      'Ditandatangani a.n. Menteri. Berlaku 1 s.d. 5 Mei.',
      ['Ditandatangani a.n. Menteri.', 'Berlaku 1 s.d. 5 Mei.'],
    ],
    [
      'Tbk.',
      'Saham PT Telkom Indonesia Tbk. naik. Investor senang.',
      ['Saham PT Telkom Indonesia Tbk. naik.', 'Investor senang.'],
    ],
    [
      'St. and Bpk.',
      'Misa di Gereja St. Yosef dihadiri Bpk. Joko. Umat datang.',
      ['Misa di Gereja St. Yosef dihadiri Bpk. Joko.', 'Umat datang.'],
    ],
    // initials
    [
      'initial inside a name',
      'Hadir Sidharto R. Suryodipuro pada pembukaan. Acara lancar.',
      ['Hadir Sidharto R. Suryodipuro pada pembukaan.', 'Acara lancar.'],
    ],
    [
      'several initials',
      'Buku karya J.K. Rowling dan B. J. Habibie. Laris.',
      ['Buku karya J.K. Rowling dan B. J. Habibie.', 'Laris.'],
    ],
    // numbers, money, dates, times, ordinals
    [
      'money',
      'Bantuan Rp1.500.000 per keluarga. Dana Rp2,5 miliar.',
      ['Bantuan Rp1.500.000 per keluarga.', 'Dana Rp2,5 miliar.'],
    ],
    ['money ends a sentence', 'Totalnya Rp1.500.000. Dana cair besok.', ['Totalnya Rp1.500.000.', 'Dana cair besok.']],
    [
      'decimal',
      'Ekonomi tumbuh 2,5 persen atau 2.5 persen. Baik.',
      ['Ekonomi tumbuh 2,5 persen atau 2.5 persen.', 'Baik.'],
    ],
    [
      'date and time',
      'Rapat pada 26/1/2021 pukul 10.00 WIB. Rapat selesai pukul 12.30.',
      ['Rapat pada 26/1/2021 pukul 10.00 WIB.', 'Rapat selesai pukul 12.30.'],
    ],
    ['ordinal', 'Ini ARSOM ke-17. Tahun depan ke-18.', ['Ini ARSOM ke-17.', 'Tahun depan ke-18.']],
    [
      'an unlisted abbreviation inside brackets',
      'Hadir Kepala Kesatuan Pengamanan (Ka. KPLP) Nurzaman. Ia menyambut.',
      ['Hadir Kepala Kesatuan Pengamanan (Ka. KPLP) Nurzaman.', 'Ia menyambut.'],
    ],
    [
      'brackets that do not close nearby do not hold the sentence',
      '(Catatan: rapat ditunda. Rapat berikutnya akan diumumkan kemudian oleh panitia.)',
      ['(Catatan: rapat ditunda.', 'Rapat berikutnya akan diumumkan kemudian oleh panitia.)'],
    ],
    [
      'a sentence may start with a number',
      'Gol tercipta. 10 menit kemudian, skor berubah.',
      ['Gol tercipta.', '10 menit kemudian, skor berubah.'],
    ],
    // URLs and e-mail
    [
      'URL',
      'Lihat www.kemlu.go.id. Informasi lain di https://kemlu.go.id/portal/id. Terima kasih.',
      ['Lihat www.kemlu.go.id.', 'Informasi lain di https://kemlu.go.id/portal/id.', 'Terima kasih.'],
    ],
    [
      'e-mail',
      'Kirim ke humas@kemlu.go.id sebelum Senin. Gratis.',
      ['Kirim ke humas@kemlu.go.id sebelum Senin.', 'Gratis.'],
    ],
    // quotes
    [
      'lower-case word after a closing quote continues',
      '“Kami siap pasca pandemi." tegas Dirjen Arto di Jakarta. Ia pulang.',
      ['“Kami siap pasca pandemi." tegas Dirjen Arto di Jakarta.', 'Ia pulang.'],
    ],
    [
      'comma after a closing quote continues',
      '“Kerja sama ASEAN", demikian disampaikan Dirjen. Selesai.',
      ['“Kerja sama ASEAN", demikian disampaikan Dirjen.', 'Selesai.'],
    ],
    ['sentence ends after the closing mark', '“Kami siap.” Dirjen lalu pergi.', ['“Kami siap.”', 'Dirjen lalu pergi.']],
    [
      'a quote with two sentences is two sentences',
      '“AOIP holistik. AOIP menekankan dialog." tegas Dirjen.',
      ['“AOIP holistik.', 'AOIP menekankan dialog." tegas Dirjen.'],
    ],
    [
      'straight quotes',
      '"Kami siap," kata Budi. "Ayo mulai!" serunya. "Kapan?" Besok.',
      ['"Kami siap," kata Budi.', '"Ayo mulai!" serunya.', '"Kapan?"', 'Besok.'],
    ],
    ['single quotes', "Ia menyebutnya 'luar biasa.' Semua setuju.", ["Ia menyebutnya 'luar biasa.'", 'Semua setuju.']],
    ['bracket closes', 'Dana naik (lihat tabel.) Ini bagus.', ['Dana naik (lihat tabel.)', 'Ini bagus.']],
    ['abbreviation in brackets', 'Tanaman Honje (Bl.) Smith tumbuh liar.', ['Tanaman Honje (Bl.) Smith tumbuh liar.']],
    // paragraphs, titles, credit lines
    [
      'blank line always ends',
      'Judul Siaran Pers\n\nIsi kalimat pertama.\n\n(Biro Infohan Setjen Kemhan)',
      ['Judul Siaran Pers', 'Isi kalimat pertama.', '(Biro Infohan Setjen Kemhan)'],
    ],
    [
      'line break ends a title line',
      'KEMLU GELAR ARSOM KE-17\nJakarta - Pertemuan digelar.',
      ['KEMLU GELAR ARSOM KE-17', 'Jakarta - Pertemuan digelar.'],
    ],
    ['blank line after an abbreviation', 'Hadir Prof.\n\nBudi datang.', ['Hadir Prof.', 'Budi datang.']],
    [
      'wrapped line continues',
      'Pertemuan membahas kerja sama\nkawasan dan ekonomi. Selesai.',
      ['Pertemuan membahas kerja sama\nkawasan dan ekonomi.', 'Selesai.'],
    ],
    ['Windows line ends', 'Judul\r\n\r\nKalimat satu. Kalimat dua.\r\n', ['Judul', 'Kalimat satu.', 'Kalimat dua.']],
    ['credit line after a sentence', 'Pertemuan selesai. (Biro Humas)', ['Pertemuan selesai.', '(Biro Humas)']],
    ['lower-case credit line', 'Pertemuan selesai. (den / asa)', ['Pertemuan selesai.', '(den / asa)']],
    [
      'list markers at the start of a line',
      'Syarat:\n1. Warga negara Indonesia.\n2. Sehat jasmani.',
      ['Syarat:', '1. Warga negara Indonesia.', '2. Sehat jasmani.'],
    ],
    // NBSP, ? ! …
    ['NBSP', 'Kalimat satu.\u00a0Kalimat dua.\u00a0', ['Kalimat satu.', 'Kalimat dua.']],
    [
      'NBSP inside a name',
      'Hadir Sidharto R.\u00a0Suryodipuro. Selesai.',
      ['Hadir Sidharto R.\u00a0Suryodipuro.', 'Selesai.'],
    ],
    ['question and exclamation', 'Apa kabar? Baik! Terima kasih.', ['Apa kabar?', 'Baik!', 'Terima kasih.']],
    ['question followed by lower case', 'Untuk apa? tanyanya heran.', ['Untuk apa? tanyanya heran.']],
    [
      'ellipsis',
      'Kami menunggu… Akhirnya tiba. Lalu ... dan selesai.',
      ['Kami menunggu…', 'Akhirnya tiba.', 'Lalu ... dan selesai.'],
    ],
    ['leading ellipsis', '"... Kami datang," katanya.', ['"... Kami datang," katanya.']],
    // other
    [
      'lower-case sentence start after a plain word',
      'Ia lahir pada 1879. atau nama kecilnya Eisei.',
      ['Ia lahir pada 1879.', 'atau nama kecilnya Eisei.'],
    ],
    [
      'missing space between sentences',
      'Kerja sama ditingkatkan.Rusia juga setuju.',
      ['Kerja sama ditingkatkan.', 'Rusia juga setuju.'],
    ],
    ['no split in a domain', 'Lihat detik.com untuk berita. Selesai.', ['Lihat detik.com untuk berita.', 'Selesai.']],
    [
      'brand name in lower case starts a sentence',
      'Produk baru diluncurkan. iPhone terbaru dijual.',
      ['Produk baru diluncurkan.', 'iPhone terbaru dijual.'],
    ],
    ['empty and blank', '', []],
    ['only spaces', ' \n\t ', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(texts(text)).toEqual(expected);
      checkInvariants(text);
    });
  }

  it('names the rule that ended each sentence', () => {
    expect(rules('Satu. “Dua.” Tiga\n\nEmpat… Lima')).toEqual([
      'sbd.terminal',
      'sbd.quote-close',
      'sbd.paragraph',
      'sbd.ellipsis',
      'sbd.end-of-text',
    ]);
  });

  it('uses the view it is given (same length as the text)', () => {
    const text = '“Kami siap.” Dirjen pergi.';
    const view = text.replace(/[“”]/g, '"');
    expect(segment(text, view)).toEqual(segment(text));
  });
});

describe('release cases by class (test/helpers/release-sentences.ts)', () => {
  it('has at least 100 cases, with positives and negatives in every class', () => {
    const all = Object.values(RELEASE_CASES).flat();
    expect(all.length).toBeGreaterThanOrEqual(100);
    for (const cases of Object.values(RELEASE_CASES)) {
      expect(cases.some((c) => c.expect.length > 1)).toBe(true);
      expect(cases.some((c) => c.check)).toBe(true);
    }
  });
  for (const [kind, cases] of Object.entries(RELEASE_CASES)) {
    describe(kind, () => {
      for (const c of cases) {
        it(`${c.check ? '[check] ' : ''}${JSON.stringify(c.text)}`, () => {
          expect(texts(c.text)).toEqual(c.expect);
          checkInvariants(c.text);
        });
      }
    });
  }
});

describe('golden document arsom-2021', () => {
  const text = readFileSync(new URL('../corpus/arsom-2021.txt', import.meta.url), 'utf8');
  const gold = JSON.parse(readFileSync(new URL('./arsom-2021.gold.json', import.meta.url), 'utf8')) as {
    sentences: { start: number; end: number; text: string }[];
  };

  it('has the 18 gold sentences, offsets and texts', () => {
    const found = segment(text).map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
    expect(found).toHaveLength(18);
    expect(found).toEqual(gold.sentences);
  });

  it('fills doc.sentences through the stage', () => {
    const doc = new Doc(text);
    sentencesStage.run(doc);
    expect(doc.sentences.map((s) => s.text)).toEqual(gold.sentences.map((s) => s.text));
    for (const s of doc.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.rule).toMatch(/^sbd\./);
    }
    expect(sentencesStage.assigns).toEqual(['sentences']);
    expect(sentencesStage.indonesianOnly).toBe(true);
  });
});

describe('invariants', () => {
  const tricky = [
    'A. A. A. A. A.',
    '....',
    '"." "." ".',
    '“ … " ” ’ \u00a0 .',
    'Dr.\n\nDr.\n\n',
    'Rp. 5.000. Rp. 6.000.\u00a0\u00a0',
    '(((((Bl.))))) ((a.)) x. Y',
    'ke-17.ke-18. ke-19.\r\n\r\n',
    '?!?! ... … !!! a. b. C. 1. 2.',
    '\u200b Kalimat.\u200b Kalimat.',
    'Teks\u2028baris\u2029paragraf.',
  ];
  for (const text of tricky) it(JSON.stringify(text), () => checkInvariants(text));

  it('hold on random text', () => {
    const piece = fc.constantFrom(
      'Kata',
      'kata',
      ' ',
      ' ',
      '.',
      '. ',
      '? ',
      '! ',
      '…',
      '"',
      '“',
      '”',
      "'",
      '(',
      ')',
      '\n',
      '\n\n',
      '\u00a0',
      'Dr.',
      'R.',
      'dll.',
      'No.',
      '1',
      '2.5',
      'Rp1.500',
      'S.H.',
      'a.n.',
      'www.x.id',
      '\r\n',
      'Ab',
      'iPhone',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        checkInvariants(parts.join(''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('linear time on adversarial input', () => {
  // Each input made at n units (CPU time at n and 4n compared, see expectLinear).
  const inputs: [string, (n: number) => string][] = [
    ['dots', (n) => '.'.repeat(n)],
    ['A. A. A. …', (n) => 'A. '.repeat(n)],
    ['long run of capitals', (n) => 'A'.repeat(n) + '. B'],
    ['long run of digits', (n) => '1'.repeat(n) + '. 2'],
    ['dotted letters', (n) => 'a.'.repeat(n) + ' X'],
    ['quotes and brackets', (n) => '."('.repeat(n) + ' x'],
    ['spaced dots', (n) => ' .'.repeat(n)],
    ['line breaks', (n) => '\n'.repeat(n) + 'x'],
    ['short sentences', (n) => 'Ya. '.repeat(n)],
    ['openers then ellipses', (n) => '('.repeat(n) + ' ... A'.repeat(Math.ceil(n / 2))],
    ['one long sentence of abbreviations', (n) => 'Dr. '.repeat(n) + 'Budi.'],
  ];
  for (const [name, make] of inputs) {
    it(name, () => {
      expect(segment(make(1000)).length).toBeGreaterThan(0);
      expectLinear(name, make, segment, 4096);
    });
  }
});
