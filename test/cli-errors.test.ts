import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Ordinary mistakes exit 1 (input, environment) or 2 (usage) with one line naming the path and the
// reason; 70 is for bugs only. Commands that find nothing to do say so. Runs the built CLI.
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const base = mkdtempSync(path.join(tmpdir(), 'siaran-cli-errors-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const at = (p: string) => path.join(base, p);
const run = (args: string[], input?: Buffer) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', ...(input ? { input } : {}) });

beforeAll(() => {
  mkdirSync(at('in'));
  mkdirSync(at('empty'));
  copyFileSync(fileURLToPath(new URL('../corpus/arsom-2021.txt', import.meta.url)), at('in/arsom-2021.txt'));
  writeFileSync(at('a-file'), 'not a folder');
  expect(run(['extract', at('in'), '--out', at('out'), '--workers', '0']).status).toBe(0);
});

/** One line on stderr, naming `where`, and no stack trace. */
function oneLine(r: ReturnType<typeof run>, code: number, where: string): void {
  expect(r.status, r.stderr).toBe(code);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).toContain(where);
}

describe('exit codes of ordinary mistakes', () => {
  it.each([
    ['extract', ['extract', '{in}', '--out', '{a-file}', '--workers', '0']],
    ['export', ['export', '--csv', '{out}', '--out', '{a-file}']],
    ['brat export', ['brat', 'export', '{out}', '--out', '{a-file}']],
    ['merge', ['merge', '{out}', '--out', '{a-file}']],
    ['schemas', ['schemas', '--out', '{a-file}']],
  ])('--out naming a file: %s exits 1', (_name, args) => {
    oneLine(run(args.map((a) => a.replace(/\{(.+)\}/, (_, p: string) => at(p)))), 1, at('a-file'));
  });

  it.each([
    ['report into a missing folder', ['report', '{out}', '-o', '{nowhere}/r.html'], '{nowhere}'],
    ['diff of a missing folder', ['diff', '{nowhere}', '{out}'], '{nowhere}'],
    ['rules --records of a missing folder', ['rules', '--records', '{nowhere}'], '{nowhere}'],
    ['brat export of a missing folder', ['brat', 'export', '{nowhere}', '--out', '{b}'], '{nowhere}'],
    ['eval with a missing gold file', ['eval', '{nowhere}.gold.json', '--records', '{out}'], '{nowhere}'],
  ])('%s exits 1', (_name, args, where) => {
    const fill = (a: string) => a.replace(/\{([^}]+)\}/g, (_, p: string) => at(p));
    oneLine(run(args.map(fill)), 1, fill(where));
  });

  it('extract - with a NUL byte is an input error', () => {
    oneLine(run(['extract', '-'], Buffer.from('abc\0def')), 1, 'stdin');
  });

  it('--workers -1 is a usage error that names the option', () => {
    oneLine(run(['extract', at('in'), '--out', at('o2'), '--workers', '-1']), 2, '--workers must be an integer');
  });
});

describe('nothing to do is said, not silent', () => {
  it('an empty input folder', () => {
    const r = run(['extract', at('empty'), '--out', at('o3'), '--workers', '0']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('no .txt files');
  });
  it('eval of a folder without gold files', () => {
    const r = run(['eval', at('empty'), '--records', at('out')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('no *.gold.json files');
  });
  it('brat import of a folder without .ann files', () => {
    const r = run(['brat', 'import', at('empty'), '--out', at('g')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('no .ann files');
  });
  it('--version prints the package and pipeline versions', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^siaran \d+\.\d+\.\d+ \(pipeline \d+\.\d+\.\d+\+[0-9a-f]{12}\)\n$/);
  });
});
