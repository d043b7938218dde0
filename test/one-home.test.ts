import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Helpers that once had two or three copies (issue 15) and now have one home. A new copy of one of
 * them makes this fail: import the shared one instead. (The wider check is the workplace's
 * `duplicates --change`, which finds repeated runs of lines of any kind.)
 */
const ONE_HOME: { what: string; pattern: RegExp; home: string }[] = [
  { what: 'the signal → exit code map', pattern: /\bsignalExit\s*=|function signalExit\b/, home: 'src/cli/errors.ts' },
  {
    what: 'the CLI integer-option check',
    pattern: /must be (?:an integer|a non-negative integer)/,
    home: 'src/cli/options.ts',
  },
  {
    what: 'UTF-16 → code-point offsets',
    pattern: /function (?:codePointIndex|utf16Index|toCodePoints|toUtf16)\b|lowBefore/,
    home: 'src/text/offsets.ts',
  },
  { what: 'the binary search over sentences', pattern: /(?:sentences|spans)\[mid\]/, home: 'src/text/spans.ts' },
  { what: 'the code-unit order of manifest ids', pattern: /const byKey\s*=/, home: 'src/batch/manifest.ts' },
  {
    what: 'the E101 of a record that cannot be read while joining outputs',
    pattern: /its record \$\{/,
    home: 'src/batch/manifest.ts',
  },
  {
    what: "the Indonesian root words and stop words (natural's, generated)",
    pattern: /require\('natural|from 'natural/,
    home: 'scripts/gen-indonesian-words.mjs',
  },
];

const root = fileURLToPath(new URL('..', import.meta.url));
function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.(?:ts|mjs)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}
const sources = [...files('src'), ...files('scripts')].map((f) => ({
  file: f.split(path.sep).join('/'),
  text: readFileSync(path.join(root, f), 'utf8'),
}));

describe('one home per shared helper', () => {
  for (const { what, pattern, home } of ONE_HOME) {
    it(`${what}: only in ${home}`, () => {
      const where = sources.filter((s) => pattern.test(s.text)).map((s) => s.file);
      expect(where).toEqual([home]);
    });
  }
});

/** The string items of every `new Set([...])` literal in a source, with where each list starts. */
function setLiterals(text: string): { line: number; items: string[] }[] {
  const out: { line: number; items: string[] }[] = [];
  for (const m of text.matchAll(/new Set(?:<[^>]*>)?\(\[([^\]]*)\]\)/g)) {
    const items = [...m[1]!.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1] ?? x[2]!);
    out.push({ line: text.slice(0, m.index).split('\n').length, items });
  }
  return out;
}

describe('word lists', () => {
  it('finds a duplicate in a list (the check itself)', () => {
    expect(setLiterals("const A = new Set(['kode', 'tipe', 'kode']);")[0]!.items).toEqual(['kode', 'tipe', 'kode']);
  });
  // A word listed twice in one list is a slip (issue 15: `kode` twice in timex NOT_YEAR_BEFORE).
  it('no word is listed twice in one Set literal', () => {
    const twice: string[] = [];
    for (const { file, text } of sources) {
      for (const { line, items } of setLiterals(text)) {
        const seen = new Set<string>();
        for (const w of items) {
          if (seen.has(w)) twice.push(`${file}:${line} ${w}`);
          seen.add(w);
        }
      }
    }
    expect(twice).toEqual([]);
  });
});

/**
 * The words a source lists as data: the items of `words: [...]` and `roots: [...]` arrays, of `new Set([...])`
 * literals and of the space-separated lists given to lexicon.ts's `set(\`…\`)`, each with its line.
 */
function listedWords(text: string): { line: number; word: string }[] {
  const out: { line: number; word: string }[] = [];
  const lineOf = (at: number) => text.slice(0, at).split('\n').length;
  for (const m of text.matchAll(/(?:words|roots):\s*\[([^\]]*)\]|new Set(?:<[^>]*>)?\(\[([^\]]*)\]\)/g)) {
    for (const x of (m[1] ?? m[2]!).matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g))
      out.push({ line: lineOf(m.index + x.index), word: x[1] ?? x[2]! });
  }
  for (const m of text.matchAll(/\bset\(\s*`([^`]*)`/g))
    for (const x of m[1]!.matchAll(/\S+/g)) out.push({ line: lineOf(m.index + x.index), word: x[0].toLowerCase() });
  return out;
}

describe('speech verbs: one home (src/rules/speech-verbs.ts)', () => {
  /**
   * A speech word listed outside speech-verbs.ts in another sense than speech, so not a copy: each with why. Anything
   * else listed again is a second copy of the vocabulary (issue 15: three lists drifted apart).
   */
  const OTHER_SENSE: { file: string; word: string; why: string }[] = [
    { file: 'src/rules/commitment-words.ts', word: 'lanjut', why: '`lebih lanjut` among the auxiliaries' },
    { file: 'src/rules/triggers.ts', word: 'seru', why: 'the root of a commitment trigger (`menyerukan`)' },
    { file: 'src/rules/triggers.ts', word: 'imbau', why: 'the root of a commitment trigger (`mengimbau`)' },
    { file: 'src/rules/timex.ts', word: 'kata', why: 'a unit after a number (`500 kata`), not a year' },
  ];

  it('finds a listed word in each form the rule files use (the check itself)', () => {
    const text = "words: ['kata', 'x'],\nconst A = new Set(['ujar']);\nexport const B = set(`Tutur ucap`);";
    expect(listedWords(text).map((w) => w.word)).toEqual(['kata', 'x', 'ujar', 'tutur', 'ucap']);
  });

  it('no speech word is listed again under src/rules, but in another sense', async () => {
    const { SPEECH_VERBS } = await import('../src/rules/speech-verbs.js');
    const speech = new Set(SPEECH_VERBS.map((v) => v.word));
    const found: string[] = [];
    for (const { file, text } of sources) {
      if (!file.startsWith('src/rules/') || file === 'src/rules/speech-verbs.ts') continue;
      for (const { line, word } of listedWords(text)) {
        if (speech.has(word) && !OTHER_SENSE.some((o) => o.file === file && o.word === word))
          found.push(`${file}:${line} ${word}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('every use is read and each consumer reads the entries tagged for it', async () => {
    const { SPEECH_USES, speechWords } = await import('../src/rules/speech-verbs.js');
    const L = await import('../src/rules/gazetteers/lexicon.js');
    const { QUOTE_CUES } = await import('../src/rules/quote-cues.js');
    const { COMMITMENT_WORDS } = await import('../src/rules/commitment-words.js');
    for (const use of Object.keys(SPEECH_USES) as (keyof typeof SPEECH_USES)[])
      expect(speechWords(use).length, use).toBeGreaterThan(0);
    const quote = (id: string) => QUOTE_CUES.find((r) => r.id === id)!.words;
    const commit = (id: string) => COMMITMENT_WORDS.find((c) => c.id === id)!.words;
    const has = (list: Iterable<string>, words: string[]) => words.filter((w) => ![...list].includes(w));
    expect(has(L.SPEECH_AFTER, speechWords('entity.after'))).toEqual([]);
    expect(has(L.SPEECH_BEFORE, speechWords('entity.before'))).toEqual([]);
    expect(has(L.SPEECH_BEFORE_STRICT, speechWords('entity.before-strict'))).toEqual([]);
    expect(quote('quote.cue-after')).toEqual(speechWords('quote.after'));
    expect(quote('quote.cue-before')).toEqual(speechWords('quote.before'));
    expect(quote('quote.menurut')).toEqual(speechWords('quote.menurut'));
    expect(has(quote('quote.cue-demikian'), speechWords('quote.after-passive'))).toEqual([]);
    expect(
      has(
        quote('quote.cue-demikian'),
        speechWords('quote.after-demikian').map((w) => `demikian ${w}`),
      ),
    ).toEqual([]);
    expect(has(commit('commit-words.clause-end'), speechWords('commit.clause-end'))).toEqual([]);
    expect(has(commit('commit-words.function-words'), speechWords('commit.function-word'))).toEqual([]);
    expect(has(commit('commit-words.light-verbs'), speechWords('commit.light-verb'))).toEqual([]);
    expect(has(commit('commit-words.blockers'), speechWords('commit.blocker'))).toEqual([]);
  });
});
