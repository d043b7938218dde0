import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { DocRecord } from '../src/schema/record.js';

// Properties of extract() over generated text: it never throws, the record validates (also after a
// JSON round trip, as the batch writes it), every span slices the text, and sentences are ordered,
// do not overlap and cover every non-space character of an Indonesian document. Then adversarial
// inputs: time must grow linearly with their length (ratio of timings, never an absolute time).

/** White space as the text views see it: JavaScript's `\s` plus zero-width characters. */
// eslint-disable-next-line no-misleading-character-class -- each zero-width character is listed on its own
const SPACE = /[\s\u200b\u200c\u200d\u2060\ufeff]/u;

const WORDS = [
  'Jakarta',
  'Menteri',
  'Luar',
  'Negeri',
  'Retno',
  'Marsudi',
  'bertemu',
  'dengan',
  'dan',
  'yang',
  'di',
  'ke',
  'kerja',
  'sama',
  'Indonesia',
  'Rusia',
  'pada',
  'tanggal',
  'Senin',
  '27',
  'Januari',
  '2021',
  'sepakat',
  'mendukung',
  'Dr.',
  'H.',
  'S.H.,',
  'Prof.',
  'No.',
  'Rp1.500.000',
  '10.00',
  'www.kemlu.go.id',
  'a@b.id',
  'A.',
  'ASEAN',
  'RI',
  'ke-17',
  'Kemlu',
  'PT',
  'Tbk',
  'kata',
  'ujar',
  'menegaskan',
  'bahwa',
  '"',
  '“',
  '”',
  "'",
  '(',
  ')',
  '[',
  ']',
  '–',
  '—',
  '-',
  '.',
  ',',
  '...',
  '…',
  '!',
  '?',
  ':',
  ';',
  '/',
  '1.',
  'a.',
  'é',
  '🙂',
  'ß',
  'İ',
  '\u00a0',
  '\u200b',
];
const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', '\t', '\r\n', '\u00a0'];

const indonesianish = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 120 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)); // lone surrogates too
const texts = fc.oneof(
  { weight: 4, arbitrary: indonesianish },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(indonesianish, fc.string({ unit: 'grapheme', maxLength: 50 }), indonesianish)
      .map((t) => t.join('')),
  },
);

/** Every `{start, end, text}` object in the record slices the record's text; `{start, end}` alone is in range. */
function checkSpans(node: unknown, text: string, where: string): void {
  if (Array.isArray(node)) {
    node.forEach((x, i) => checkSpans(x, text, `${where}[${i}]`));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (typeof o['start'] === 'number' && typeof o['end'] === 'number') {
    const { start, end } = o as { start: number; end: number };
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
      throw new Error(`${where}: [${start}, ${end}) is not inside the text (length ${text.length})`);
    }
    if (typeof o['text'] === 'string' && o['text'] !== text.slice(start, end)) {
      throw new Error(
        `${where}: text ${JSON.stringify(o['text'])} is not the slice ${JSON.stringify(text.slice(start, end))}`,
      );
    }
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'text') checkSpans(v, text, `${where}.${k}`);
}

function checkRecord(text: string): void {
  const record = extract(text, { id: 'p', dct: '2021-01-27' });
  DocRecord.parse(JSON.parse(JSON.stringify(record)));
  expect(record.text).toBe(text);
  checkSpans({ ...record, text: undefined }, text, 'record');
  let last = 0;
  for (const [i, s] of record.sentences.entries()) {
    if (s.start < last || s.end <= s.start)
      throw new Error(`sentence ${i} [${s.start}, ${s.end}) overlaps or is out of order (previous end ${last})`);
    last = s.end;
  }
  if (record.language.code === 'ind') {
    const covered = new Uint8Array(text.length);
    for (const s of record.sentences) covered.fill(1, s.start, s.end);
    for (let i = 0; i < text.length; i++) {
      if (!covered[i] && !SPACE.test(text[i]!))
        throw new Error(`offset ${i} (${JSON.stringify(text[i])}) is in no sentence`);
    }
  }
}

describe('extract() on any text', () => {
  it('does not throw, validates, every span slices the text, sentences ordered, disjoint and covering', () => {
    fc.assert(
      fc.property(texts, (text) => {
        checkRecord(text);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('holds for fixed edge cases', () => {
    for (const text of [
      '',
      ' ',
      '\n\n',
      '.',
      '...',
      '"',
      '“”',
      'A.',
      'A. A. A.',
      '\ud800',
      'Jakarta –',
      '– Jakarta',
      '\u200b',
      'a\u0301',
      '🙂🙂',
    ]) {
      checkRecord(text);
    }
  });
});

// Adversarial runs. Each is timed at n and 4n characters (the size doubled twice; after a warm-up,
// best of 3, CPU time) and the ratio compared: linear work gives about 4, quadratic 16 (up to 3 attempts). n grows
// until the short run takes ≥ 40 ms, so
// timer noise does not dominate. The runs are embedded between Indonesian sentences so that the
// Indonesian-only stages see them too.
const INDO =
  'Jakarta – Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Rusia pada Senin (27/1). Kedua menteri sepakat memperkuat kerja sama. ';
const ADVERSARIAL: Record<string, string> = {
  capitals: 'A',
  'capital words': 'KEMENTERIAN LUAR NEGERI ',
  dots: '.',
  digits: '7',
  'digits and dots': '1.2.',
  quotes: '"',
  'curly quotes': '“',
  hyphens: '-',
  dashes: ' – ',
  initials: 'A. ',
  'capitalised words': 'Kementerian Luar Negeri Republik Indonesia ',
  abbreviations: 'Dr. H. Prof. ',
  brackets: '(',
  'no punctuation': 'kerja sama menteri negara ',
  spaces: ' \n',
  // One sentence full of commitment triggers (issue 16: each trigger rescanned the sentence).
  'commitment triggers': 'Indonesia mendukung kerja sama dan ',
  'commitment triggers without a subject': 'mendukung dan mendorong ',
  // A long coordination chain for the entity heads (`… dan …`).
  'coordination chain': 'Kementerian Luar Negeri dan ',
};

/** Best of 3, in milliseconds of CPU time (user + system): a busy machine stretches wall time, not this. */
function timeOf(text: string): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const c0 = process.cpuUsage();
    extract(text, { id: 't' });
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

describe('time is linear in the length of adversarial input', () => {
  for (const [name, unit] of Object.entries(ADVERSARIAL)) {
    it(
      name,
      () => {
        const make = (n: number): string => INDO + unit.repeat(Math.ceil(n / unit.length)) + ' ' + INDO;
        extract(make(1000), { id: 'warm' });
        let n = 4096;
        let t = timeOf(make(n));
        while (t < 40 && n < 1 << 19) {
          n *= 2;
          t = timeOf(make(n));
        }
        // A garbage collection can still double one timing; a quadratic stage fails every attempt (ratio ~16).
        let ratio = Infinity;
        let detail = '';
        for (let attempt = 0; attempt < 3 && ratio >= 8; attempt++) {
          const t1 = attempt === 0 ? t : timeOf(make(n));
          const t4 = timeOf(make(4 * n));
          ratio = Math.min(ratio, t4 / t1);
          detail += ` ${n} chars ${t1.toFixed(1)} ms, ${4 * n} chars ${t4.toFixed(1)} ms;`;
        }
        expect(ratio, `${name}:${detail}`).toBeLessThan(8);
      },
      120_000,
    );
  }
});
