import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ENGLISH_NAMES } from '../src/rules/gazetteers/english-names.generated.js';
import { isCommonWord, isEnglishFirstName, isEnglishName, isEnglishWord } from '../src/rules/gazetteers/words.js';
import { T, TEST_FLAGS } from '../src/rules/gazetteers/word-flags.js';
import { Words } from '../src/text/words.js';

const require = createRequire(import.meta.url);

describe('word lists', () => {
  it('English personal names: the generated list is what compromise’s lexicon says today', () => {
    const lexicon = (
      require('compromise/two') as { model(): { one: { lexicon: Record<string, string | string[]> } } }
    ).model().one.lexicon;
    const tags = new Set(ENGLISH_NAMES.tags);
    const fromLexicon = Object.keys(lexicon)
      .filter((w) => !w.includes(' ') && [lexicon[w]!].flat().some((t) => tags.has(t)))
      .sort();
    expect(ENGLISH_NAMES.words).toEqual(fromLexicon);
    const given = new Set(ENGLISH_NAMES.firstNameTags);
    expect(ENGLISH_NAMES.firstNames).toEqual(fromLexicon.filter((w) => [lexicon[w]!].flat().some((t) => given.has(t))));
  });

  it('names, phrases, and words that are properties of every object', () => {
    expect(isEnglishName('michael')).toBe(true);
    expect(isEnglishName('davis')).toBe(true);
    expect(isEnglishName('delivery')).toBe(false);
    expect(isEnglishName('constructor')).toBe(false);
    expect(isEnglishName('__proto__')).toBe(false);
    expect(isEnglishFirstName('melanie')).toBe(true);
    expect(isEnglishFirstName('davis')).toBe(false);
    expect(isEnglishWord('ceremony')).toBe(true);
    expect(isEnglishWord('ceremonies')).toBe(false);
    expect(isEnglishWord('meetings')).toBe(true);
  });

  it('Indonesian common words with affixes, long words too', () => {
    expect(isCommonWord('pertemuan')).toBe(true);
    expect(isCommonWord('menulis')).toBe(true);
    expect(isCommonWord('menyelenggarakan')).toBe(true);
    // Twice through the word table (src/text/words.ts): the second answer comes from it (a copy of a long word).
    const words = new Words([{ norm: 'menyelenggarakan' }, { norm: 'menyelenggarakan' }, { norm: 'juliantono' }]);
    expect(words.get(TEST_FLAGS, 0) & T.COMMON).toBe(T.COMMON);
    expect(words.get(TEST_FLAGS, 1) & T.COMMON).toBe(T.COMMON);
    expect(words.get(TEST_FLAGS, 2) & T.COMMON).toBe(0);
    expect(isCommonWord('juliantono')).toBe(false);
  });
});
