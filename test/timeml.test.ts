import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { toTimeML } from '../src/export/timeml.js';
import type { DocRecord } from '../src/schema/record.js';
import { goldenMeta, goldenText } from './helpers/golden.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const DTD = here('./fixtures/timeml/timeml-timex.dtd');
const xmllint = spawnSync('xmllint', ['--version']).status === 0;
const cli = here('../dist/cli/main.js');
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });

interface Tag {
  attrs: Record<string, string>;
  text: string | null;
}

const unescape = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|#13);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#13': '\r' })[e]!);

/** The TIMEX3 tags of a TimeML document's TEXT, in order, and the text with the tags taken out. */
function read(xml: string): { tags: Tag[]; dct: Tag | null; text: string } {
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)![1]!;
  const tag = /<TIMEX3((?: [A-Za-z]+="[^"]*")*)(?:\/>|>([^<]*)<\/TIMEX3>)/g;
  const attrsOf = (s: string) =>
    Object.fromEntries([...s.matchAll(/ ([A-Za-z]+)="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)]));
  const tags: Tag[] = [...body.matchAll(tag)].map((m) => ({ attrs: attrsOf(m[1]!), text: m[2] ?? null }));
  const d = /<DCT><TIMEX3((?: [A-Za-z]+="[^"]*")*)>([^<]*)<\/TIMEX3><\/DCT>/.exec(xml);
  expect(body.replace(tag, '$2')).not.toMatch(/[<>]/); // nothing but TIMEX3 tags, none nested
  return {
    tags,
    dct: d ? { attrs: attrsOf(d[1]!), text: d[2]! } : null,
    text: unescape(body.replace(tag, '$2')),
  };
}

// TimeML 1.2.1 value forms: dates and times (with X for unknown digits), durations, and the reference values.
const VALUE =
  /^(?:(?:BC)?[0-9X]{2,4}(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{2}(?:-WE|-[1-7])?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?(?:T(?:[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2})?)?|MO|AF|EV|NI|DT)(?:Z|[+-]\d{2}:\d{2})?)?|P(?:[0-9X.]+[YMWDHS]|[0-9X.]+(?:DE|CE|Q|H)|T[0-9X.]+[HMS])+|PXX|PRESENT_REF|PAST_REF|FUTURE_REF)$/;

/** Checks a TimeML document against the TIMEX3 rules, and with xmllint against the DTD when xmllint is there. */
function validate(xml: string, record: DocRecord): Tag[] {
  const { tags, dct, text } = read(xml);
  expect(text).toBe(record.text);
  const tids = new Set([...(dct ? ['t0'] : []), ...tags.map((t) => t.attrs['tid']!)]);
  expect(tids.size).toBe(tags.length + (dct ? 1 : 0));
  for (const t of [...tags, ...(dct ? [dct] : [])]) {
    expect(t.attrs['tid']).toMatch(/^t\d+$/);
    expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(t.attrs['type']);
    expect(t.attrs['value'], JSON.stringify(t)).toMatch(VALUE);
    for (const ref of ['anchorTimeID', 'beginPoint', 'endPoint'])
      if (t.attrs[ref] !== undefined) expect(tids.has(t.attrs[ref]!), `${ref} ${t.attrs[ref]}`).toBe(true);
  }
  if (xmllint) {
    const dir = mkdtempSync(path.join(tmpdir(), 'siaran-tml-'));
    try {
      const file = path.join(dir, 'doc.tml');
      writeFileSync(file, xml);
      const res = spawnSync('xmllint', ['--noout', '--dtdvalid', DTD, file], { encoding: 'utf8' });
      expect(res.status, res.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return tags;
}

describe('TimeML export', () => {
  it('writes the golden document as valid TimeML: DCT t0, the record tids, a range with its points', () => {
    const record = extract(goldenText, { id: 'arsom-2021', ...goldenMeta }, { sentenceText: false });
    const xml = toTimeML(record);
    expect(xml).toContain('<DOCID>arsom-2021</DOCID>');
    const tags = validate(xml, record);
    expect(xml).toMatch(/<DCT><TIMEX3 tid="t0" type="DATE" value="2021-01-27" [^>]*CREATION_TIME">2021-01-27</);
    const byText = (s: string) => tags.find((t) => t.text === s)!.attrs;
    expect(byText('kemarin')).toMatchObject({ type: 'DATE', value: '2021-01-26', anchorTimeID: 't0' });
    const range = byText('2018-2021');
    expect(range).toMatchObject({ type: 'DURATION', value: 'PXY' });
    const point = (tid: string) => tags.find((t) => t.attrs['tid'] === tid)!;
    expect(point(range['beginPoint']!)).toMatchObject({ text: null, attrs: { type: 'DATE', value: '2018' } });
    expect(point(range['endPoint']!)).toMatchObject({ text: null, attrs: { type: 'DATE', value: '2021' } });
    expect(tags.filter((t) => t.text !== null).map((t) => t.attrs['tid'])).toEqual(record.timex.map((t) => t.id));
  });

  it('without a DCT: no t0, no anchorTimeID, unknown values in TimeML’s X form', () => {
    const record = extract(goldenText, { id: 'g' });
    const xml = toTimeML(record);
    expect(xml).not.toContain('<DCT>');
    const tags = validate(xml, record);
    expect(tags.find((t) => t.text === 'kemarin')!.attrs).toMatchObject({
      value: 'XXXX-XX-XX',
      temporalFunction: 'true',
    });
    expect(tags.find((t) => t.text === 'Tahun ini')!.attrs['value']).toBe('XXXX');
    expect(tags.some((t) => 'anchorTimeID' in t.attrs)).toBe(false);
  });

  it('keeps markup, CRLF and mods, and gives the text back', () => {
    const text =
      'Jakarta – <b>Rapat</b> & "diskusi" pada 5 hingga 7 Januari 2021.\r\nSekitar 25 tahun lalu, hampir tiga bulan, awal tahun ini, Senin pukul 10.00 WIB, setiap tahun.';
    const record = extract(text, { id: 'x', dct: '2021-01-27' });
    const tags = validate(toTimeML(record), record);
    const mods = Object.fromEntries(tags.filter((t) => t.attrs['mod']).map((t) => [t.text, t.attrs['mod']]));
    expect(mods).toMatchObject({
      'Sekitar 25 tahun lalu': 'APPROX',
      'hampir tiga bulan': 'LESS_THAN',
      'awal tahun ini': 'START',
    });
  });

  it('siaran export --timeml writes one .tml per record', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'siaran-tml-cli-'));
    try {
      const input = path.join(dir, 'docs.jsonl');
      writeFileSync(
        input,
        [
          { id: 'a/arsom', text: goldenText, dct: '2021-01-27' },
          { id: 'b', text: 'Rapat digelar pada 26 Januari 2021.' },
        ]
          .map((d) => JSON.stringify(d))
          .join('\n') + '\n',
      );
      expect(run(['extract', input, '--out', path.join(dir, 'out')]).status).toBe(0);
      const res = run(['export', '--timeml', path.join(dir, 'out'), '--out', path.join(dir, 'tml')]);
      expect(res.status, res.stderr).toBe(0);
      expect(res.stderr).toContain('2 TimeML files');
      expect(readdirSync(path.join(dir, 'tml')).sort()).toEqual(['a', 'b.tml']);
      expect(readFileSync(path.join(dir, 'tml', 'a', 'arsom.tml'), 'utf8')).toContain('tid="t0"');
      expect(run(['export', '--timeml', '--csv', path.join(dir, 'out'), '--out', dir]).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
