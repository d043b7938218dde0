import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extract } from '../src/index.js';
import { DocRecord } from '../src/schema/record.js';
import { fastCheck } from '../src/schema/validate.js';

// The record check compiled from the zod schema (src/schema/validate.ts) must accept only what
// `DocRecord.parse` accepts and returns unchanged: every `extract()` record is validated through it.

const check = fastCheck(DocRecord)!;
const TEXT =
  'Jakarta, Selasa (26/1/2021) – Menteri Luar Negeri Retno Marsudi bertemu Menlu Rusia di Jakarta pada 27 Januari 2021. ' +
  'Kedua menteri sepakat memperkuat kerja sama. "Kami mendukung ASEAN," ujar Retno. Anggaran Rp1.500.000 disiapkan sejak 2020.';

describe('fastCheck(DocRecord)', () => {
  it('compiles the record schema', () => {
    expect(check).toBeTypeOf('function');
  });

  it('accepts extract() records, which zod returns unchanged', () => {
    for (const [text, meta] of [
      [TEXT, { id: 'a', dct: '2021-01-27' }],
      [TEXT, { id: 'b', title: 'judul', extra: { nested: [1, 2] } }],
      ['The minister said that the new policy will be announced next week.', { id: 'eng' }],
    ] as const) {
      const record = extract(text, meta);
      expect(check(record)).toBe(true);
      expect(JSON.stringify(DocRecord.parse(record))).toBe(JSON.stringify(record));
    }
  });

  it('rejects invalid values, extra keys, keys out of order and present undefined', () => {
    const record = JSON.parse(JSON.stringify(extract(TEXT, { id: 'a', dct: '2021-01-27' }))) as Record<string, unknown>;
    expect(check(record)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutations reach into any field
    const mutate = (f: (r: any) => void): boolean => {
      const r = JSON.parse(JSON.stringify(record));
      f(r);
      return check(r);
    };
    expect(mutate((r) => (r.sentences[0].start = -1))).toBe(false);
    expect(mutate((r) => (r.sentences[0].start = 1.5))).toBe(false);
    expect(mutate((r) => (r.language.confidence = 2))).toBe(false);
    expect(mutate((r) => (r.language.confidence = Number.NaN))).toBe(false);
    expect(mutate((r) => (r.source.sha256 = 'abc'))).toBe(false);
    expect(mutate((r) => (r.schemaVersion = '1.0'))).toBe(false);
    expect(
      mutate(
        (r) =>
          (r.entities = [{ start: 0, end: 7, text: 'Jakarta', type: 'CITY', cluster: 'x', sentence: 0, rule: 'r' }]),
      ),
    ).toBe(false);
    expect(mutate((r) => (r.extra = 1))).toBe(false);
    expect(mutate((r) => (r.timex[0].extra = 1))).toBe(false);
    expect(mutate((r) => delete r.warnings)).toBe(false);
    expect(mutate((r) => (r.dct = undefined))).toBe(false);
    expect(mutate((r) => (r.sentences[0] = { rule: r.sentences[0].rule, ...r.sentences[0] }))).toBe(false);
    expect(mutate((r) => (r.meta = []))).toBe(false);
    expect(mutate((r) => (r.dateline = null))).toBe(true);
    expect(mutate((r) => delete r.sentences[0].language)).toBe(true);
  });

  it('never accepts what zod rejects or changes (generated values)', () => {
    const Small = z.object({
      a: z.number().int().nonnegative(),
      b: z.string().regex(/^x+$/).optional(),
      c: z.array(z.object({ d: z.enum(['P', 'Q']), e: z.boolean().nullable() })),
      f: z.literal('1.0'),
      g: z.number().min(0).max(1).optional(),
    });
    const small = fastCheck(Small)!;
    const value = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'f', 'g', 'h'),
      fc.oneof(
        fc.integer({ min: -2, max: 3 }),
        fc.double(),
        fc.constantFrom('x', 'xx', 'y', '1.0', null, true, undefined),
        fc.array(
          fc.record({ d: fc.constantFrom('P', 'Q', 'R'), e: fc.constantFrom(true, null, 1) }, { requiredKeys: [] }),
          { maxLength: 3 },
        ),
      ),
    );
    fc.assert(
      fc.property(value, (v) => {
        if (!small(v)) return;
        const parsed = Small.safeParse(v);
        expect(parsed.success).toBe(true);
        expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(v));
      }),
      { numRuns: 3000 },
    );
  });
});
