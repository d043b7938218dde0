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
