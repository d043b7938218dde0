import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Manifest } from '../src/schema/manifest.js';
import { DocRecord } from '../src/schema/record.js';
import { goldenText } from './helpers/golden.js';

// End to end through the built CLI (npm test builds dist/ first).
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });

describe('siaran extract', () => {
  let dir: string;
  let out: string;
  let result: ReturnType<typeof run>;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'siaran-cli-'));
    const input = path.join(dir, 'in');
    out = path.join(dir, 'out');
    mkdirSync(path.join(input, 'sub'), { recursive: true });
    writeFileSync(path.join(input, 'arsom.txt'), goldenText);
    writeFileSync(path.join(input, 'arsom.meta.json'), JSON.stringify({ dct: '2021-01-27', title: 'ARSOM ke-17' }));
    writeFileSync(path.join(input, 'sub', 'kosong.txt'), '');
    writeFileSync(path.join(input, 'sub', 'spasi.txt'), '  \n\t \n');
    writeFileSync(path.join(input, 'sub', 'biner.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    writeFileSync(
      path.join(input, 'sub', 'english.txt'),
      'The ministers agreed to strengthen cooperation in trade and investment, and they welcomed the progress made since the last meeting of the council.',
    );
    writeFileSync(path.join(input, 'catatan.md'), 'not a text input');
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(input, 'sub', 'hilang.txt'));
    result = run(['extract', input, '--out', out]);
  });

  it('exits 1 because a file failed, and names it on stderr', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('biner.txt');
    expect(result.stdout).toBe('');
  });

  it('lists every input in the manifest with a status and a reason naming the file', () => {
    const manifest = Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
    const byId = Object.fromEntries(manifest.documents.map((d) => [d.id, d]));
    expect(Object.keys(byId).sort()).toEqual([
      'arsom',
      'sub/biner',
      'sub/english',
      'sub/hilang',
      'sub/kosong',
      'sub/spasi',
    ]);
    expect(byId['arsom']).toMatchObject({ status: 'done', language: 'ind', record: 'records.jsonl', offset: 0 });
    expect(byId['sub/kosong']).toMatchObject({ status: 'skipped', code: 'E110' });
    expect(byId['sub/spasi']).toMatchObject({ status: 'skipped', code: 'E111' });
    expect(byId['sub/biner']).toMatchObject({ status: 'failed', code: 'E102' });
    expect(byId['sub/hilang']).toMatchObject({ status: 'failed', code: 'E101' });
    expect(byId['sub/english']).toMatchObject({ status: 'skipped', code: 'E120', language: 'eng' });
    for (const d of manifest.documents.filter((d) => d.status !== 'done')) expect(d.reason).toContain(d.path);
    expect(manifest.counts).toEqual({ done: 1, skipped: 3, failed: 2 });
  });

  it('writes one validated record per document, with the sidecar metadata, and records.jsonl in input order', () => {
    const lines = readFileSync(path.join(out, 'records.jsonl'), 'utf8').trim().split('\n');
    expect(existsSync(path.join(out, 'records'))).toBe(false);
    const record = DocRecord.parse(JSON.parse(lines[0]!));
    expect(record.id).toBe('arsom');
    expect(record.dct).toEqual({ value: '2021-01-27', source: 'metadata' });
    expect(record.meta).toMatchObject({ title: 'ARSOM ke-17' });
    expect(record.source.encoding).toBe('utf-8');
    const english = DocRecord.parse(JSON.parse(lines[1]!));
    expect(english.language.code).toBe('eng');
    expect(english.sentences).toEqual([]);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['arsom', 'sub/english']);
  });

  it('--files: also a record file per document, the same bytes as its line', () => {
    const files = path.join(dir, 'out-files');
    const r = run(['extract', path.join(dir, 'in'), '--out', files, '--files']);
    expect(r.status).toBe(1);
    const lines = readFileSync(path.join(files, 'records.jsonl'), 'utf8');
    expect(lines).toBe(readFileSync(path.join(out, 'records.jsonl'), 'utf8'));
    expect(readFileSync(path.join(files, 'records/arsom.json'), 'utf8')).toBe(lines.split('\n')[0] + '\n');
    expect(existsSync(path.join(files, 'records/sub/english.json'))).toBe(true);
    expect(existsSync(path.join(files, 'records/sub/kosong.json'))).toBe(false);
  });

  it('reads stdin with - and writes only the record to stdout', () => {
    const r = run(['extract', '-', '--dct', '2021-01-27'], goldenText);
    expect(r.status).toBe(0);
    const record = DocRecord.parse(JSON.parse(r.stdout));
    expect(record.text).toBe(goldenText);
    expect(record.dct).toEqual({ value: '2021-01-27', source: 'option' });
    expect(record.language.code).toBe('ind');
  });

  it('--lang asserts the language, --dct takes a local date-time', () => {
    const r = run(
      ['extract', '-', '--lang', 'ind', '--dct', '2012-08-10T12:00:00'],
      'Presiden Joko Widodo tiba kemarin',
    );
    expect(r.status).toBe(0);
    const record = DocRecord.parse(JSON.parse(r.stdout));
    expect(record.language).toMatchObject({ code: 'ind', rule: 'lid.asserted' });
    expect(record.dct).toEqual({ value: '2012-08-10T12:00:00', source: 'option' });
    expect(record.timex.map((t) => t.value)).toEqual(['2012-08-09']);
    expect(run(['extract', '-', '--lang', 'Indonesian'], 'x').status).toBe(2);
    expect(run(['extract', '-', '--dct', '2021-01-27T25:61+07:00'], 'x').status).toBe(2);
  });

  it('rejects a bad command line with exit 2', () => {
    expect(run(['extract']).status).toBe(2);
    expect(run(['extract', '-', '--dct', '27/01/2021']).status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['extract', 'x', '--bogus']).status).toBe(2);
  });
});
