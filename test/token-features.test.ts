import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The pipeline declares every column (entities, gazetteers, timex, commitments) when it loads.
import { Doc } from '../src/index.js';
import * as L from '../src/rules/gazetteers/lexicon.js';
import { MAX_WORDS, WordTable, Words, wordColumns } from '../src/text/words.js';

/** The words of the golden document and the regression corpus, and every word the lexicon lists. */
function vocabulary(): string[] {
  const words = new Set<string>(['', '-', '"', '2021', 'menyepakati', 'disepakati', 'kesepakatan', 'mendukungnya']);
  for (const dir of ['corpus', 'test/regression/corpus'])
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')))
      for (const t of new Doc(readFileSync(join(dir, name), 'utf8')).tokens) words.add(t.norm);
  for (const list of Object.values(L))
    if (list instanceof Set) for (const w of list as Set<unknown>) if (typeof w === 'string') words.add(w);
  return [...words];
}

describe('token-feature layer (src/text/words.ts)', () => {
  it('every column that skips words skips only words whose answer is its `none`', () => {
    const words = vocabulary();
    const skipping = wordColumns().filter((c) => c.skip !== null);
    expect(skipping.map((c) => c.name).sort()).toEqual([
      'commitment.trigger',
      'commitment.verb-like',
      'entity.list-flags',
      'gazetteer.key-starts',
      'timex.starts',
    ]);
    for (const column of skipping) {
      let skipped = 0;
      let asked = 0;
      for (const w of words) {
        if (column.skip!(w)) {
          skipped++;
          expect({ column: column.name, word: w, value: column.compute(w) }).toEqual({
            column: column.name,
            word: w,
            value: column.none,
          });
        } else asked++;
      }
      // A skip that skips nothing, or everything, would make this test say nothing.
      expect(skipped, column.name).toBeGreaterThan(0);
      expect(asked, column.name).toBeGreaterThan(0);
    }
  });

  it('gives one id per distinct word, across documents and past the index growing', () => {
    const table = new WordTable();
    const ids = new Map<string, number>();
    for (let k = 0; k < 100_000; k++) {
      const w = `w${k}`;
      ids.set(w, table.id(w));
    }
    expect(new Set(ids.values()).size).toBe(100_000);
    for (const [w, id] of ids) expect(table.id(w)).toBe(id);
    expect(table.norms[table.id('w77')]).toBe('w77');
    expect(table.size).toBe(100_000);
  });

  it('a word is answered the same on every token and in every document', () => {
    const a = new Doc('Menteri Keuangan menyepakati kerja sama. Keuangan negara.');
    const b = new Doc('Keuangan daerah disepakati.');
    const [flags] = wordColumns().filter((c) => c.name === 'entity.test-flags');
    const at = (d: Doc, word: string) =>
      d.words.get(
        flags!,
        d.tokens.findIndex((t) => t.text === word),
      );
    expect(at(a, 'Keuangan')).toBe(at(b, 'Keuangan'));
    expect(a.words.id(1)).toBe(a.words.id(a.tokens.findIndex((t, i) => i > 1 && t.text === 'Keuangan')));
    // One slot past the last token is the empty word.
    expect(a.words.table.norms[a.words.id(a.tokens.length)]).toBe('');
  });

  it('starts a new table between documents when full, and a document made before keeps its own', () => {
    const before = new Doc('Kemenkeu mendukung.');
    const id = before.words.id(0);
    // Fill the shared table past its bound with words no text has.
    const filler = Array.from({ length: MAX_WORDS }, (_, k) => ({ norm: `zz${k}` }));
    const full = new Words(filler);
    for (let k = 0; k < filler.length; k++) full.id(k);
    const after = new Doc('Kemenkeu mendukung.');
    expect(after.words.table).not.toBe(before.words.table);
    expect(before.words.table.norms[before.words.id(0)]).toBe('kemenkeu');
    expect(before.words.id(0)).toBe(id);
    expect(after.words.table.norms[after.words.id(0)]).toBe('kemenkeu');
  });
});
