import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<
  string,
  Record<string, unknown>
>;

/** Bare package names statically imported by `file` and every source module it reaches. */
function packagesReached(file: string, seen = new Set<string>(), found = new Set<string>()): Set<string> {
  if (seen.has(file)) return found;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  // Static imports and re-exports only (`import type` is erased); dynamic `import()` loads on use.
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm)) {
    const spec = m[1]!;
    if (spec.startsWith('.'))
      packagesReached(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')), seen, found);
    else if (!spec.startsWith('node:'))
      found.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return found;
}

describe('dependencies that fit a library', () => {
  it("import { extract } from 'siaran' reaches no Redis client", () => {
    const reached = packagesReached(path.join(root, 'src/index.ts'));
    expect([...reached].filter((p) => p === 'bullmq' || p === 'ioredis')).toEqual([]);
    expect(reached.has('zod')).toBe(true); // the walk does follow the library's imports
  });
  it('siaran/queue is a subpath whose packages are optional peers', () => {
    expect(Object.keys(pkg['exports']!)).toContain('./queue');
    expect(packagesReached(path.join(root, 'src/queue/index.ts')).has('bullmq')).toBe(true);
    for (const name of ['bullmq', 'ioredis']) {
      expect(pkg['dependencies']![name]).toBeUndefined();
      expect(pkg['peerDependencies']![name]).toBeDefined();
      expect(pkg['peerDependenciesMeta']![name]).toEqual({ optional: true });
    }
  });
  it('natural is not a dependency (its two word lists are generated into src/rules/gazetteers/)', () => {
    expect(pkg['dependencies']!['natural']).toBeUndefined();
    expect(packagesReached(path.join(root, 'src/index.ts')).has('natural')).toBe(false);
  });
});
