import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Manifest } from '../src/schema/manifest.js';
import { DocRecord } from '../src/schema/record.js';

// The batch through the built CLI (npm test builds dist/ first): permissions, signals, kill -9, shards.
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const run = (args: string[], opts: { uid?: number; gid?: number } = {}) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, ...opts });

const base = mkdtempSync(path.join(tmpdir(), 'siaran-batch-cli-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const manifestOf = (out: string): Manifest =>
  Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
const leftovers = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.tmp') || f.includes('.siaran-tmp'),
  );
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const doc = (i: number): string =>
  `Jakarta – Menteri Luar Negeri Republik Indonesia bertemu dengan Menteri Perdagangan pada hari Senin (${i}/1). ` +
  `Kedua pihak sepakat untuk memperkuat kerja sama ekonomi.\n\n"Kami berharap kerja sama ini bermanfaat," kata Menteri.\n`;

function corpus(dir: string, count: number): string {
  const input = path.join(dir, 'in');
  for (let i = 0; i < count; i++) {
    const sub = path.join(input, `g${i % 10}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `doc-${String(i).padStart(4, '0')}.txt`), doc(i));
  }
  return input;
}

const journalLines = (out: string): string[] => {
  try {
    return readFileSync(path.join(out, 'journal.jsonl'), 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

/** Starts the CLI, waits until `journal.jsonl` has `lines` lines, sends `signal`, resolves with the exit. */
async function interrupt(args: string[], out: string, lines: number, signal: NodeJS.Signals) {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, sig) => resolve({ code, signal: sig })),
  );
  let sent = false;
  for (let i = 0; i < 3000 && child.exitCode === null; i++) {
    if (journalLines(out).length >= lines) {
      child.kill(signal);
      sent = true;
      break;
    }
    await sleep(10);
  }
  const result = await exited;
  return { ...result, sent, stderr };
}

describe('an unreadable file (EACCES)', () => {
  // Tests run as root, for whom chmod 000 does not stop reading. When root, the CLI is run as
  // `nobody` (spawn with uid/gid 65534), so the permission check is the kernel's own; otherwise as we are.
  it('is failed with E101 naming the file and the code, and the exit code is 1', () => {
    const dir = path.join(base, 'perm');
    const input = path.join(dir, 'in');
    mkdirSync(input, { recursive: true });
    writeFileSync(path.join(input, 'a-ok.txt'), doc(1));
    writeFileSync(path.join(input, 'b-locked.txt'), doc(2));
    chmodSync(path.join(input, 'b-locked.txt'), 0o000);
    for (const p of [base, dir, input]) chmodSync(p, 0o777);
    const asRoot = process.getuid?.() === 0;
    const out = path.join(dir, 'out');
    const r = run(['extract', input, '--out', out, '--workers', '0'], asRoot ? { uid: 65534, gid: 65534 } : {});
    expect(r.stderr).toContain('b-locked.txt');
    expect(r.status).toBe(1);
    const m = manifestOf(out);
    expect(m.documents.find((d) => d.id === 'b-locked')).toMatchObject({
      status: 'failed',
      code: 'E101',
      reason: `${path.join(input, 'b-locked.txt')}: cannot read (EACCES)`,
    });
    expect(m.documents.find((d) => d.id === 'a-ok')).toMatchObject({ status: 'done' });
  });
});

describe('signals and kill -9', () => {
  const COUNT = 800;
  let input: string;
  beforeAll(() => {
    input = corpus(path.join(base, 'sig'), COUNT);
  });

  it('SIGINT: running documents finish, the manifest is written, no temp file remains; the next run completes the rest', async () => {
    const out = path.join(base, 'sig', 'out-int');
    const r = await interrupt(['extract', input, '--out', out, '--workers', '1'], out, 1, 'SIGINT');
    expect(r.sent).toBe(true);
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toContain('interrupted');
    const m = manifestOf(out);
    expect(m.interrupted).toBe(true);
    expect(m.documents.length).toBeGreaterThan(0);
    expect(m.documents.length).toBeLessThan(COUNT);
    const lines = readFileSync(path.join(out, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(m.documents.map((d) => d.id));
    expect(leftovers(out)).toEqual([]);

    const again = run(['extract', input, '--out', out, '--workers', '1']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain(`(${m.documents.length} reused`);
    const full = manifestOf(out);
    expect(full.interrupted).toBeUndefined();
    expect(full.documents).toHaveLength(COUNT);
    expect(leftovers(out)).toEqual([]);
  }, 180_000);

  it('SIGTERM exits 143 with the manifest written', async () => {
    const out = path.join(base, 'sig', 'out-term');
    const r = await interrupt(['extract', input, '--out', out, '--workers', '1'], out, 1, 'SIGTERM');
    expect(r.code, r.stderr).toBe(143);
    expect(manifestOf(out).interrupted).toBe(true);
  }, 120_000);

  // With --files a record is in place before its journal line; without, a killed run's documents are redone.
  it('kill -9 with --files: everything the journal reported done survives; the next run recovers and rebuilds records.jsonl', async () => {
    const out = path.join(base, 'sig', 'out-kill');
    const r = await interrupt(['extract', input, '--out', out, '--workers', '2', '--files'], out, 40, 'SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    expect(existsSync(path.join(out, 'manifest.json'))).toBe(false);
    const done = journalLines(out).map(
      (l) => (JSON.parse(l) as { e: { id: string; record?: string; sha256: string } }).e,
    );
    expect(done.length).toBeGreaterThanOrEqual(40);
    for (const e of done) {
      const record = DocRecord.parse(JSON.parse(readFileSync(path.join(out, e.record!), 'utf8')));
      expect(record.source.sha256).toBe(e.sha256);
    }

    const again = run(['extract', input, '--out', out, '--workers', '2', '--files']);
    expect(again.status, again.stderr).toBe(0);
    const reused = Number(/\((\d+) reused/.exec(again.stderr)?.[1]);
    expect(reused).toBeGreaterThanOrEqual(done.length);
    const m = manifestOf(out);
    expect(m.documents).toHaveLength(COUNT);
    const lines = readFileSync(path.join(out, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(m.documents.map((d) => d.id));
    expect(existsSync(path.join(out, 'journal.jsonl'))).toBe(false);
    expect(leftovers(out)).toEqual([]);
  }, 180_000);
});

describe('siaran extract --shard and siaran merge', () => {
  it('two shards merged equal one run, in id order; a missing shard exits 1', () => {
    const dir = path.join(base, 'shard');
    const input = corpus(dir, 40);
    const outs = [1, 2].map((i) => {
      const out = path.join(dir, `s${i}`);
      const r = run(['extract', input, '--out', out, '--shard', `${i}/2`, '--workers', '0']);
      expect(r.status, r.stderr).toBe(0);
      return out;
    });
    const merged = path.join(dir, 'merged');
    const r = run(['merge', ...outs, '--out', merged]);
    expect(r.status, r.stderr).toBe(0);
    const ids = readFileSync(path.join(merged, 'records.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toHaveLength(40);
    expect(ids).toEqual([...ids].sort());
    expect(manifestOf(merged).merged?.map((m) => m.shard)).toEqual([
      { index: 1, count: 2 },
      { index: 2, count: 2 },
    ]);

    const partial = run(['merge', outs[0]!, '--out', path.join(dir, 'partial')]);
    expect(partial.status).toBe(1);
    expect(partial.stderr).toContain('shards missing: 2/2');
  }, 120_000);

  it('rejects bad batch options with exit 2', () => {
    for (const args of [
      ['--shard', '3/2'],
      ['--workers', '-1'],
      ['--max-bytes', '0'],
      ['--timeout', 'x'],
    ]) {
      expect(run(['extract', 'x', ...args]).status, args.join(' ')).toBe(2);
    }
    expect(run(['merge', 'a']).status).toBe(2);
  }, 60_000);
});
