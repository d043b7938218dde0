import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { openRecords } from '../src/batch/records.js';
import { readRecord, upgradeV1 } from '../src/record/upgrade.js';
import { referenceProblems } from '../src/record/refs.js';
import { DocRecordV1 } from '../src/schema/record-v1.js';
import { goldenMeta, goldenText } from './helpers/golden.js';

// A schema 1.0 record of the golden document as the pipeline wrote it before 2.0 (its regression snapshot then).
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const V1_DIR = here('./fixtures/record-v1');
const v1Line = readFileSync(path.join(V1_DIR, 'records.jsonl'), 'utf8').trim();
const NOTICE = /a schema 1\.0 record, read as 2\.0/;

const cli = here('../dist/cli/main.js');
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });

describe('reading v1 records', () => {
  it('upgrades a v1 record to the v2 record extract makes today (bar the status evidence v1 never kept)', () => {
    const v1 = DocRecordV1.parse(JSON.parse(v1Line));
    const up = upgradeV1(v1);
    const now = extract(goldenText, { id: 'arsom-2021', ...goldenMeta });
    const strip = (r: typeof now) =>
      JSON.stringify({
        ...r,
        pipelineVersion: '',
        commitments: r.commitments.map(({ statusRule: _r, statusCue: _c, basis: _b, ...c }) => c),
      });
    expect(up.schemaVersion).toBe('2.0');
    expect(strip(up)).toBe(strip(now));
    expect(referenceProblems(up)).toEqual([]);
  });

  it('says what is wrong with a v1 record that does not validate', () => {
    const bad = { ...JSON.parse(v1Line), entities: 'none' };
    const read = readRecord(bad);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/^not a 1\.0 record \(entities: /);
  });

  it('notices the first v1 record of a source, once', async () => {
    const lines: string[] = [];
    const source = await openRecords(path.join(V1_DIR, 'records.jsonl'), (l) => lines.push(l));
    const ids: string[] = [];
    for await (const r of source.records) ids.push(r.id);
    expect(ids).toEqual(['arsom-2021']);
    expect(source.upgraded.count).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(NOTICE);
  });

  describe('through the CLI (report, export, diff, eval, brat), beside the same record as v2', () => {
    let tmp = '';
    let v2Dir = '';
    beforeAll(() => {
      tmp = mkdtempSync(path.join(tmpdir(), 'siaran-v1-'));
      v2Dir = path.join(tmp, 'v2');
      const res = run(['extract', here('../corpus/arsom-2021.txt'), '--out', v2Dir]);
      expect(res.status, res.stderr).toBe(0);
    });
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));

    it('report reads it, with one notice', () => {
      const res = run(['report', V1_DIR, '-o', path.join(tmp, 'r.html')]);
      expect(res.status, res.stderr).toBe(0);
      expect(res.stderr.match(new RegExp(NOTICE, 'g'))).toHaveLength(1);
      expect(readFileSync(path.join(tmp, 'r.html'), 'utf8')).toContain('ARSOM');
    });

    it('export writes the same entity, timex and quote tables from v1 as from v2', () => {
      for (const [dir, out] of [
        [V1_DIR, 'csv1'],
        [v2Dir, 'csv2'],
      ] as const) {
        const res = run(['export', '--csv', dir, '--out', path.join(tmp, out)]);
        expect(res.status, res.stderr).toBe(0);
        expect(NOTICE.test(res.stderr)).toBe(dir === V1_DIR);
      }
      for (const f of ['mentions.csv', 'timex.csv', 'quotes.csv', 'commitment_actors.csv'].filter((f) =>
        readdirSync(path.join(tmp, 'csv2')).includes(f),
      ))
        expect(readFileSync(path.join(tmp, 'csv1', f), 'utf8'), f).toBe(
          readFileSync(path.join(tmp, 'csv2', f), 'utf8'),
        );
    });

    it('diff finds no extraction changed between the v1 and the v2 record', () => {
      const res = run(['diff', V1_DIR, v2Dir]);
      expect(res.status, res.stderr + res.stdout).toBe(0);
      expect(res.stderr).toMatch(NOTICE);
      expect(res.stdout).toMatch(/0 of 1 document\(s\) differ/);
    });

    it('eval scores the v1 record as it scores the v2 one', () => {
      const gold = here('./arsom-2021.gold.json');
      const v1 = run(['eval', gold, '--records', V1_DIR, '--json']);
      const v2 = run(['eval', gold, '--records', v2Dir, '--json']);
      expect(v1.status, v1.stderr).toBe(0);
      expect(v2.status, v2.stderr).toBe(0);
      expect(v1.stderr).toMatch(NOTICE);
      expect(JSON.parse(v1.stdout)).toEqual(JSON.parse(v2.stdout));
    });

    it('brat export writes the same annotation from v1 as from v2', () => {
      for (const [dir, out] of [
        [V1_DIR, 'brat1'],
        [v2Dir, 'brat2'],
      ] as const) {
        const res = run(['brat', 'export', dir, '--out', path.join(tmp, out)]);
        expect(res.status, res.stderr).toBe(0);
      }
      expect(readFileSync(path.join(tmp, 'brat1', 'arsom-2021.ann'), 'utf8')).toBe(
        readFileSync(path.join(tmp, 'brat2', 'arsom-2021.ann'), 'utf8'),
      );
    });
  });
});
