import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Manifest } from '../src/schema/manifest.js';
import { DocRecord } from '../src/schema/record.js';

// A JSON-lines corpus as input: one document per line; a bad line is one failed entry naming its line.
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const base = mkdtempSync(path.join(tmpdir(), 'siaran-jsonl-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', ...(input === undefined ? {} : { input }) });

const golden = readFileSync(fileURLToPath(new URL('../corpus/arsom-2021.txt', import.meta.url)), 'utf8');
const lines = [
  JSON.stringify({ id: 'arsom-2021', text: golden, date: '2021-01-27', title: 'ARSOM' }),
  'not json',
  JSON.stringify({ id: 'arsom-2021', text: 'again' }),
  JSON.stringify({ id: '../escape', text: 'x' }),
  JSON.stringify({ text: 'no id' }),
  JSON.stringify({
    id: 'kemhan/1',
    text: 'Menteri Pertahanan Sjafrie Sjamsoeddin menerima kunjungan delegasi Jepang di Jakarta, Senin.',
    dct: '2025-01-06',
  }),
  '',
];

describe('extract <file.jsonl>', () => {
  it('makes one record per good line and one failed entry per bad one, with its line number', () => {
    const file = path.join(base, 'corpus.jsonl');
    writeFileSync(file, lines.join('\n'));
    const out = path.join(base, 'out');
    const r = run(['extract', file, '--out', out, '--workers', '0']);
    expect(r.status).toBe(1); // some lines failed
    const manifest = Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
    expect(manifest.documents.map((d) => [d.status, d.code ?? null])).toEqual([
      ['done', null],
      ['failed', 'E112'],
      ['failed', 'E106'],
      ['failed', 'E108'],
      ['failed', 'E112'],
      ['done', null],
    ]);
    expect(manifest.documents[1]!.reason).toContain('line 2');
    expect(manifest.documents[4]!.reason).toContain('line 5');
    const records = readFileSync(path.join(out, 'records.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => DocRecord.parse(JSON.parse(l)));
    expect(records.map((x) => x.id)).toEqual(['arsom-2021', 'kemhan/1']);
    // `date` is the document date, as `dct` is; other fields go into meta.
    expect(records[0]!.dct).toEqual({ value: '2021-01-27', source: 'metadata' });
    expect(records[0]!.meta).toMatchObject({ title: 'ARSOM' });
    expect(records[0]!.text).toBe(golden);
    expect(records[1]!.dct?.value).toBe('2025-01-06');
    // Resume: an unchanged line is reused.
    expect(run(['extract', file, '--out', out, '--workers', '0']).stderr).toContain('2 reused');
  }, 120_000);
});

describe('extract - --jsonl (a JSON-lines corpus on stdin)', () => {
  it('reads stdin as a .jsonl file is read: a record per good line, a failed entry per bad one, resume per line', () => {
    const out = path.join(base, 'stdin-out');
    const r = run(['extract', '-', '--jsonl', '--out', out, '--workers', '0'], lines.join('\n'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(''); // records go to the output folder, not stdout
    const manifest = Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
    expect(manifest.documents.map((d) => [d.status, d.code ?? null, d.path])).toEqual([
      ['done', null, 'stdin:1'],
      ['failed', 'E112', 'stdin:2'],
      ['failed', 'E106', 'stdin:3'],
      ['failed', 'E108', 'stdin:4'],
      ['failed', 'E112', 'stdin:5'],
      ['done', null, 'stdin:6'],
    ]);
    expect(manifest.documents[1]!.reason).toMatch(/^stdin, line 2: not JSON \(/);
    expect(manifest.documents[4]!.reason).toContain('stdin, line 5: no "id"');
    const records = readFileSync(path.join(out, 'records.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => DocRecord.parse(JSON.parse(l)));
    expect(records.map((x) => x.id)).toEqual(['arsom-2021', 'kemhan/1']);
    expect(records[0]!.dct).toEqual({ value: '2021-01-27', source: 'metadata' });
    expect(records[0]!.meta).toMatchObject({ title: 'ARSOM' });
    expect(records[1]!.source.path).toBe('stdin:6');
    // The same records as from the named file (the golden document's text, date and meta).
    const fromFile = readFileSync(path.join(base, 'out', 'records.jsonl'), 'utf8')
      .trim()
      .split('\n');
    const strip = (line: string) => {
      const { source: _s, ...rest } = JSON.parse(line) as Record<string, unknown>;
      return rest;
    };
    expect(records.map((x) => strip(JSON.stringify(x)))).toEqual(fromFile.map(strip));
    // Resume per line: the unchanged lines are reused; a changed line is extracted again.
    const changed = [...lines];
    changed[5] = JSON.stringify({
      id: 'kemhan/1',
      text: 'Menteri Pertahanan menerima delegasi Jepang.',
      dct: '2025-01-07',
    });
    const again = run(['extract', '-', '--jsonl', '--out', out, '--workers', '0'], changed.join('\n'));
    expect(again.stderr).toContain('2 done, 0 skipped, 4 failed (1 reused from the last run)');
    const kemhan = readFileSync(path.join(out, 'records.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => DocRecord.parse(JSON.parse(l)))[1]!;
    expect(kemhan.dct?.value).toBe('2025-01-07');
  }, 120_000);

  it('says there is nothing to extract on an empty stdin, and refuses --jsonl without - or with --id', () => {
    const empty = run(['extract', '-', '--jsonl', '--out', path.join(base, 'empty'), '--workers', '0'], '');
    expect(empty.status).toBe(0);
    expect(empty.stderr).toContain('no documents in stdin: nothing to extract');
    const noDash = run(['extract', path.join(base, 'corpus.jsonl'), '--jsonl', '--out', path.join(base, 'x')]);
    expect(noDash.status).toBe(2);
    expect(noDash.stderr).toContain('--jsonl reads a JSON-lines corpus from stdin: give - as an input');
    const withId = run(['extract', '-', '--jsonl', '--id', 'a', '--out', path.join(base, 'x')], '');
    expect(withId.status).toBe(2);
    expect(withId.stderr).toContain('--id names the one text read from stdin');
  });
});
