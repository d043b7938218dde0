import { describe, expect, it } from 'vitest';
import { conventionsFor, reconcile, scoreNer, type Sentence } from '../src/eval/ner.js';

const span = (text: string, part: string, type: Sentence['gold'][number]['type'], from = 0) => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length, type };
};
const texts = (s: Sentence) => s.gold.map((g) => s.text.slice(g.start, g.end));

describe('NER eval: dataset conventions read the ANNOTATION.md way', () => {
  it('splits a name and its bracketed acronym, drops glued brackets and forms of address', () => {
    const t1 = 'Badan Kesehatan Dunia (WHO) dan PT Pertamina (Persero) hadir .';
    const t2 = 'Presiden Joko Widodo (Jokowi) bertemu Pak Wiranto dan Susilo Bambang Yudhoyono ( SBY ) .';
    const [a, b] = reconcile(
      [
        {
          text: t1,
          gold: [
            span(t1, 'Badan Kesehatan Dunia (WHO)', 'ORGANIZATION'),
            span(t1, 'PT Pertamina (Persero)', 'ORGANIZATION'),
          ],
        },
        {
          text: t2,
          gold: [
            span(t2, '(Jokowi)', 'PERSON'),
            span(t2, 'Pak Wiranto', 'PERSON'),
            span(t2, 'Susilo Bambang Yudhoyono ( SBY )', 'PERSON'),
          ],
        },
      ],
      conventionsFor('x/nerugm/dev.conll'),
    );
    expect(texts(a!)).toEqual(['Badan Kesehatan Dunia', 'WHO', 'PT Pertamina (Persero)']);
    expect(texts(b!)).toEqual(['Jokowi', 'Wiranto', 'Susilo Bambang Yudhoyono', 'SBY']);
  });

  it('leaves the gold as it is with --raw', () => {
    const t = 'Badan Kesehatan Dunia (WHO) hadir .';
    const [a] = reconcile(
      [{ text: t, gold: [span(t, 'Badan Kesehatan Dunia (WHO)', 'ORGANIZATION')] }],
      conventionsFor('x/idner/dev.conll', true),
    );
    expect(texts(a!)).toEqual(['Badan Kesehatan Dunia (WHO)']);
  });

  it('on idner only, a predicted country with no gold mention there is not scored', () => {
    const t = 'Israel menyerang Gaza dan warga di Jakarta mengungsi .';
    const gold: Sentence[] = [{ text: t, gold: [span(t, 'Jakarta', 'LOCATION')] }];
    const idner = scoreNer(gold, conventionsFor('x/idner-news-2k/dev.conll'));
    const other = scoreNer(gold, conventionsFor('x/indolem-nerui/dev.conll'));
    expect(idner.perType.LOCATION.tp).toBe(1);
    // Gaza is not a country: it stays a false positive on both.
    expect(idner.perType.LOCATION.fp).toBe(other.perType.LOCATION.fp - 1);
  });
});
