import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Manifest } from '../src/schema/manifest.js';

// A rule change must invalidate reused records: the pipeline version hashes the rules and stage code.
// The built package (npm test builds dist/ first) is copied, one rule is changed in the copy, and the
// next run into the same --out must extract again; `siaran diff` then names the rule.
const root = fileURLToPath(new URL('..', import.meta.url));
const base = mkdtempSync(path.join(tmpdir(), 'siaran-version-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function packageCopy(name: string): string {
  const dir = path.join(base, name);
  cpSync(path.join(root, 'dist'), path.join(dir, 'dist'), { recursive: true });
  cpSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return path.join(dir, 'dist', 'cli', 'main.js');
}
const run = (cli: string, args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const manifestOf = (out: string): Manifest =>
  Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));

describe('pipelineVersion', () => {
  it('changes with a rule, so the next run extracts again and diff names the rule', () => {
    const before = packageCopy('before');
    const after = packageCopy('after');
    const triggers = path.join(path.dirname(after), '..', 'rules', 'triggers.js');
    const source = readFileSync(triggers, 'utf8');
    expect(source).toContain("roots: ['dorong']");
    writeFileSync(triggers, source.replace("roots: ['dorong']", "roots: ['dorong-disabled']")); // commit.dorong no longer fires

    const versionOf = (cli: string) => run(cli, ['rules', '--version-hash']).stdout.split('\n')[0];
    expect(versionOf(before)).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    expect(versionOf(after)).not.toBe(versionOf(before));

    const input = path.join(root, 'corpus');
    const old = path.join(base, 'old');
    const out = path.join(base, 'out');
    expect(run(before, ['extract', input, '--out', old, '--workers', '0']).status).toBe(0);
    expect(run(before, ['extract', input, '--out', out, '--workers', '0']).status).toBe(0);
    // Same code: every record is reused.
    expect(run(before, ['extract', input, '--out', out, '--workers', '0']).status).toBe(0);
    expect(manifestOf(out).documents.every((d) => d.reused)).toBe(true);
    // Changed rule: nothing is reused, the records carry the new version.
    expect(run(after, ['extract', input, '--out', out, '--workers', '0']).status).toBe(0);
    const manifest = manifestOf(out);
    expect(manifest.documents.some((d) => d.reused)).toBe(false);
    expect(manifest.pipelineVersion).toBe(versionOf(after));

    const diff = run(after, ['diff', old, out]);
    expect(diff.stdout).toContain('commit.dorong');
  }, 120_000);
});
