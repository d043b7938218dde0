// Builds dist/ with tsc only when it is stale, so `npm start`, `npm run eval` and friends do not pay
// a compile on every run. Stale means: no stamp yet, a file under src/ (or a tsconfig, or
// package.json) is newer than the stamp, or the set of source files changed (a deleted or renamed
// file, which mtimes alone would miss). tsc itself runs incrementally (tsconfig.build.json).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAMP = 'dist/.build-stamp';
const inputs = ['package.json', 'tsconfig.json', 'tsconfig.build.json'];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p);
    else inputs.push(p);
  }
};
walk('src');
inputs.sort();
const listHash = createHash('sha256').update(inputs.join('\n')).digest('hex');
const newest = Math.max(...inputs.map((p) => statSync(p).mtimeMs));
const stamp = existsSync(STAMP) ? JSON.parse(readFileSync(STAMP, 'utf8')) : null;
if (!stamp || stamp.listHash !== listHash || newest > stamp.builtAt || process.argv.includes('--force')) {
  const startedAt = Date.now();
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  // The start time, not the end: a file saved while tsc ran is newer and triggers the next build.
  writeFileSync(STAMP, JSON.stringify({ listHash, builtAt: startedAt }) + '\n');
}
