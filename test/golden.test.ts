import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { DocRecord } from '../src/schema/record.js';
import { scoreRecord } from '../src/eval/score.js';
import { gold, goldenMeta, goldenText } from './helpers/golden.js';

const withDct = extract(goldenText, { id: 'arsom-2021', ...goldenMeta });
const withoutDct = extract(goldenText, { id: 'arsom-2021' });
const scores = scoreRecord(withDct, gold, withoutDct);

describe('golden document arsom-2021', () => {
  it('is the text the gold was annotated on', () => {
    expect(createHash('sha256').update(goldenText).digest('hex')).toBe(gold.sha256);
  });

  for (const [mode, record] of [['with metadata DCT', withDct], ['without DCT', withoutDct]] as const) {
    describe(mode, () => {
      it('validates against the record schema', () => {
        expect(() => DocRecord.parse(record)).not.toThrow();
      });

      it('every span slices the text', () => {
        const spans = [
          ...record.sentences,
          ...record.entities,
          ...record.timex,
          ...record.roles,
          ...record.quotes,
          ...record.quotes.flatMap((q) => (q.cue ? [q.cue] : [])),
          ...record.commitments.flatMap((c) => [c.trigger, ...(c.content ? [c.content] : [])]),
          ...(record.dateline ? [record.dateline] : []),
        ];
        for (const s of spans) expect(record.text.slice(s.start, s.end)).toBe(s.text);
      });

      it('is Indonesian', () => {
        expect(record.language.code).toBe('ind');
      });

      it('has the 18 gold sentences exactly', () => {
        expect(record.sentences.map((s) => [s.start, s.end])).toEqual(gold.sentences.map((s) => [s.start, s.end]));
      });
    });
  }

  it('takes the DCT from the metadata, and has none without it', () => {
    expect(withDct.dct).toEqual({ value: '2021-01-27', source: 'metadata' });
    expect(withoutDct.dct).toBeNull();
  });

  it('scores sentence ends at 1.0', () => {
    expect(scores.sentences?.f1).toBe(1);
    expect(scores.sentences?.exact).toBe(18);
  });
});
