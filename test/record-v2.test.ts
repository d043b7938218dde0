import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { referenceProblems } from '../src/record/refs.js';
import { goldenMeta, goldenText } from './helpers/golden.js';

// The bulk evaluation set (JSON lines), shared by the worktrees; the test reads its first lines only.
const BULK = new URL('../../shared/eval/bulk/bulk-id.jsonl', import.meta.url);
const SLICE = 200;
// End to end through the built CLI (npm test builds dist/ first).
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });

describe('record v2: ids and references', () => {
  it('gives the golden record ids in layer order and links that resolve', () => {
    const r = extract(goldenText, { id: 'arsom-2021', ...goldenMeta });
    expect(r.schemaVersion).toBe('2.0');
    expect(r.entities[0]!.id).toBe('e1');
    expect(r.sentences.map((s) => s.id).slice(0, 3)).toEqual(['s1', 's2', 's3']);
    expect(referenceProblems(r)).toEqual([]);
    // Quotes and timex carry their sentence; a quote's speaker and a role's holder are named by a mention.
    for (const q of r.quotes)
      if (q.speaker) expect(r.entities.find((e) => e.id === q.speakerMention)?.cluster).toBe(q.speaker);
    for (const c of r.commitments) expect(c.actorMentions).toHaveLength(c.actors.length);
  });

  it('is the same record, ids included, when extracted twice', () => {
    const a = extract(goldenText, { id: 'arsom-2021', ...goldenMeta });
    const b = extract(goldenText, { id: 'arsom-2021', ...goldenMeta });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it.skipIf(!existsSync(BULK))(`resolves every id reference in the first ${SLICE} bulk-set records`, () => {
    const lines = readFileSync(BULK, 'utf8').split('\n').filter(Boolean).slice(0, SLICE);
    const problems: string[] = [];
    let refs = 0;
    for (const line of lines) {
      const doc = JSON.parse(line) as { id: string; text: string; dct?: string };
      const r = extract(doc.text, { id: doc.id, ...(doc.dct ? { dct: doc.dct } : {}) });
      for (const p of referenceProblems(r)) problems.push(`${doc.id} ${p}`);
      refs += r.commitments.reduce((n, c) => n + c.actorMentions.length, 0) + r.quotes.length + r.roles.length;
    }
    expect(problems).toEqual([]);
    expect(refs).toBeGreaterThan(100);
  });
});

describe('record v2: sentences by offset', () => {
  it('keeps sentence texts in memory by default and drops them when asked', () => {
    const kept = extract(goldenText, { id: 'g' });
    const dropped = extract(goldenText, { id: 'g' }, { sentenceText: false });
    expect(kept.sentences[0]!.text).toBe(goldenText.slice(kept.sentences[0]!.start, kept.sentences[0]!.end));
    expect(dropped.sentences.every((s) => !('text' in s))).toBe(true);
    expect(dropped.sentences.map((s) => [s.id, s.start, s.end])).toEqual(
      kept.sentences.map((s) => [s.id, s.start, s.end]),
    );
  });

  it('writes offsets-only sentences with extract, and their text with --sentence-text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'siaran-st-'));
    try {
      const input = path.join(dir, 'docs.jsonl');
      writeFileSync(input, JSON.stringify({ id: 'arsom', text: goldenText }) + '\n');
      for (const [flag, has] of [
        [[], false],
        [['--sentence-text'], true],
      ] as const) {
        const out = path.join(dir, has ? 'with' : 'without');
        const res = run(['extract', input, '--out', out, ...flag]);
        expect(res.status, res.stderr).toBe(0);
        const record = JSON.parse(readFileSync(path.join(out, 'records.jsonl'), 'utf8').split('\n')[0]!);
        expect(record.sentences.every((s: { text?: string }) => (s.text !== undefined) === has)).toBe(true);
      }
      // One text from stdin, to stdout.
      const one = run(['extract', '-', '--id', 'x'], goldenText);
      expect(one.status, one.stderr).toBe(0);
      expect(JSON.parse(one.stdout).sentences[0].text).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('record v2: a commitment’s time and status', () => {
  const one = (text: string) => {
    const r = extract(text, { id: 'x', dct: '2021-01-27' });
    const timex = (id: string) => r.timex.find((t) => t.id === id)?.text;
    return { r, c: r.commitments[0]!, times: (r.commitments[0]?.time ?? []).map(timex) };
  };

  it('is dated by a timex in its own clause', () => {
    const { c, times } = one('Indonesia dan Jepang sepakat memperluas kerja sama perdagangan pada 26 Januari 2021.');
    expect(c.type).toBe('AGREE');
    expect(times).toEqual(['26 Januari 2021']);
  });

  it('is dated by a timex of its sentence outside any commitment', () => {
    const { times } = one('Pada Selasa (26/1/2021), Indonesia dan Jepang sepakat memperluas kerja sama perdagangan.');
    expect(times).toEqual(['Selasa (26/1/2021)']);
  });

  it('carries the status, the rule and the word it was read from', () => {
    const { c, times } = one('Indonesia akan mendukung pembangunan rumah sakit di Gaza tahun depan.');
    expect(c).toMatchObject({ status: 'intended', statusRule: 'commit-words.intended', statusCue: { text: 'akan' } });
    expect(times).toEqual(['tahun depan']);
    expect(one('Jepang telah menyepakati rencana itu.').c).toMatchObject({
      status: 'done',
      statusRule: 'commit-words.done',
      statusCue: { text: 'telah' },
    });
    expect(one('Indonesia sedang mengusulkan pembentukan forum baru.').c).toMatchObject({
      status: 'ongoing',
      statusRule: 'commit-words.ongoing',
      statusCue: { text: 'sedang' },
    });
    const plain = one('Indonesia mendukung pembangunan rumah sakit di Gaza.').c;
    expect(plain.status).toBeUndefined();
    expect(plain.statusRule).toBeUndefined();
  });

  it('is not dated by a year inside a name, nor by a duration', () => {
    const { r, times } = one('Indonesia mendukung penyelenggaraan KTT APEC 2017 selama lima hari.');
    expect(r.commitments).toHaveLength(1);
    expect(times).toEqual([]);
  });
});

describe('record v2: timex as TIMEX3', () => {
  const timex = (text: string, dct?: string) => extract(text, { id: 'x', ...(dct ? { dct } : {}) }).timex;

  it('writes a range as a DURATION with begin and end points, its value the ISO 8601 interval', () => {
    const [range] = timex('Rapat digelar 5 hingga 7 Januari 2021.');
    expect(range).toMatchObject({
      type: 'DURATION',
      value: '2021-01-05/2021-01-07',
      beginPoint: { value: '2021-01-05' },
      endPoint: { value: '2021-01-07' },
    });
  });

  it('names the DCT t0 and spells the anchor out in fields', () => {
    const [kemarin, senin] = timex('Rapat kemarin dan Senin pukul 10.00 WIB.');
    expect(kemarin).toMatchObject({
      value: null,
      anchorTimeID: 't0',
      anchor: { anchor: 'DCT', offset: 'P-1D', unit: 'day', direction: 'past' },
    });
    expect(senin!.anchor).toMatchObject({ unit: 'weekday', weekday: 1, direction: 'past', suffix: 'T10:00+07:00' });
    const [withDct] = timex('Rapat kemarin.', '2021-01-27');
    expect(withDct).toMatchObject({ value: '2021-01-26', anchorTimeID: 't0' });
    expect(timex('Pada 26 Januari 2021.')[0]!.anchorTimeID).toBeUndefined();
  });

  it('gives the TimeML mods of hedges', () => {
    const mods = timex(
      'Sekitar 25 tahun lalu, hampir tiga bulan, kurang lebih dua pekan, awal tahun ini.',
      '2021-01-27',
    ).map((t) => [t.text, t.mod]);
    expect(mods).toEqual([
      ['Sekitar 25 tahun lalu', 'APPROX'],
      ['hampir tiga bulan', 'LESS_THAN'],
      ['kurang lebih dua pekan', 'APPROX'],
      ['awal tahun ini', 'START'],
    ]);
  });
});
