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
