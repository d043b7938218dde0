import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow, offsetMapper } from '../src/export/csv.js';
import { CSV_COLUMNS, exportCsv, recordRows } from '../src/export/index.js';
import { goldenRecord, hostileRecord } from './report-fixture.js';

/** A strict RFC 4180 reader: CRLF after every record, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const m = /[^,\r\n"]*/y;
      m.lastIndex = i;
      field = m.exec(text)![0];
      i += field.length;
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`bad character at ${i}: ${JSON.stringify(text.slice(i, i + 10))}`);
  }
  if (row.length) throw new Error('last record without CRLF');
  return rows;
}

const table = (file: string) => {
  const [head, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  return rows.map((r) => {
    expect(r.length).toBe(head!.length);
    return Object.fromEntries(head!.map((h, i) => [h, r[i]!]));
  });
};

/** Code-point slicing as Python does it: `text[start:end]` on a str. */
const pySlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('CSV encoding (RFC 4180)', () => {
  it('quotes fields with a comma, a quote, CR or LF, doubles quotes, ends records with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('kata "sepakat"')).toBe('"kata ""sepakat"""');
    expect(csvField('dua\nbaris')).toBe('"dua\nbaris"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(false)).toBe('false');
    expect(csvRow(['a', 'b,c', '"'])).toBe('a,"b,c",""""\r\n');
    expect(parseCsv(csvRow(['x\r\ny', 'é 😀', '']))).toEqual([['x\r\ny', 'é 😀', '']]);
  });
});

describe('offsets', () => {
  it('code points differ from UTF-16 after an astral character, and slice the span like Python', () => {
    const text = 'Halo 😀 dari 𝔸SEAN dan Rusia';
    const start = text.indexOf('Rusia');
    const end = start + 'Rusia'.length;
    const cp = offsetMapper(text, 'code-points');
    expect(start).toBe(24);
    expect(cp(start)).toBe(22); // two astral characters before it, two code units each
    expect(cp(end) - cp(start)).toBe(5);
    expect(pySlice(text, cp(start), cp(end))).toBe('Rusia');
    expect(pySlice(text, cp(text.indexOf('😀')), cp(text.indexOf('😀') + 2))).toBe('😀');
    expect(offsetMapper(text, 'utf16')(start)).toBe(start);
    expect(cp(0)).toBe(0);
    expect(cp(text.length)).toBe(Array.from(text).length);
  });

  it('gives the span text by code-point slicing for every row of a record with an emoji before its spans', () => {
    const record = hostileRecord();
    const rows = recordRows(record, 'code-points');
    const utf16 = recordRows(record, 'utf16');
    expect(CSV_COLUMNS.mentions.slice(0, 5)).toEqual(['doc_id', 'mention_id', 'start', 'end', 'text']);
    rows.mentions.forEach((row, i) => {
      const [start, end, text] = [row[2] as number, row[3] as number, row[4] as string];
      expect(pySlice(record.text, start, end)).toBe(text);
      expect(record.text.slice(utf16.mentions[i]![2] as number, utf16.mentions[i]![3] as number)).toBe(text);
    });
    const asean = rows.mentions.find((r) => r[4] === 'ASEAN')!;
    const aseanUtf16 = utf16.mentions.find((r) => r[4] === 'ASEAN')!;
    expect((aseanUtf16[2] as number) - (asean[2] as number)).toBe(2); // 🇮🇩 is two astral code points
    const quote = rows.quotes[0]!;
    expect(pySlice(record.text, quote[2] as number, quote[3] as number)).toBe(record.quotes[0]!.text);
  });
});

describe('exportCsv', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'siaran-export-'));
  const golden = goldenRecord();
  const hostile = hostileRecord('jahat, "kutip"');
  const records = path.join(dir, 'records.jsonl');
  writeFileSync(records, [golden, hostile].map((r) => JSON.stringify(r)).join('\n') + '\n');

  it('writes the tables, one row per item, keyed by document id and item id, with offsets and sentence text', async () => {
    const out = path.join(dir, 'utf16');
    const result = await exportCsv(records, out);
    expect(result.records).toBe(2);
    expect(result.problems).toEqual([]);
    const entities = table(path.join(out, 'mentions.csv'));
    expect(entities).toHaveLength(golden.entities.length + hostile.entities.length);
    const both = [golden, hostile];
    const count = (f: (r: (typeof both)[number]) => number) => both.reduce((n, r) => n + f(r), 0);
    expect(result.rows).toEqual({
      mentions: entities.length,
      timex: count((r) => r.timex.length),
      commitments: count((r) => r.commitments.length),
      commitment_actors: count((r) =>
        r.commitments.reduce((n, c) => n + c.actors.length + c.target.length + c.object.length, 0),
      ),
      commitment_times: count((r) => r.commitments.reduce((n, c) => n + c.time.length, 0)),
      quotes: count((r) => r.quotes.length),
    });
    // Every mention id names its row, and every party row names a mention of its cluster.
    const mentionRows = new Map(entities.map((r) => [`${r['doc_id']} ${r['mention_id']}`, r]));
    expect(mentionRows.size).toBe(entities.length);
    const parties = table(path.join(out, 'commitment_actors.csv'));
    expect(parties.length).toBeGreaterThan(0);
    for (const p of parties) {
      if (p['mention_id'] === '') continue;
      expect(mentionRows.get(`${p['doc_id']} ${p['mention_id']}`)?.['cluster']).toBe(p['cluster']);
    }
    expect(parties.filter((p) => p['doc_id'] === 'arsom-2021' && p['commitment_id'] === 'c1')).toMatchObject([
      { role: 'actor', position: '1', canonical: 'ASEAN' },
      { role: 'actor', position: '2', canonical: 'Rusia' },
    ]);
    for (const row of entities) {
      const record = row['doc_id'] === golden.id ? golden : hostile;
      expect(record.text.slice(Number(row['start']), Number(row['end']))).toBe(row['text']);
      expect(record.sentences[Number(row['sentence'])]!.text).toBe(row['sentence_text']);
      expect(record.entities.find((e) => e.id === row['mention_id'])?.start).toBe(Number(row['start']));
    }
    expect(entities.find((r) => r['text'] === 'Budi')).toMatchObject({
      doc_id: 'jahat, "kutip"',
      type: 'PERSON',
      cluster: 'BUDI',
      rule: expect.stringContaining('</textarea>'),
    });
    const timex = table(path.join(out, 'timex.csv'));
    expect(timex.find((r) => r['text'] === 'kemarin')).toMatchObject({
      type: 'DATE',
      value: '2021-01-26',
      sentence: '3',
    });
    expect(timex.find((r) => r['text'] === 'kemarin')!['sentence_text']).toContain('memimpin pertemuan kemarin');
    const commitments = table(path.join(out, 'commitments.csv'));
    expect(commitments[0]).toMatchObject({
      doc_id: 'arsom-2021',
      commitment_id: 'c1',
      type: 'AGREE',
      actors: 'ASEAN; Rusia',
      trigger_text: 'sepakat',
      negated: 'false',
    });
    const content = golden.commitments[0]!.content!;
    expect(commitments[0]).toMatchObject({
      content_start: String(content.start),
      content_end: String(content.end),
      content_text: content.text,
    });
    const quotes = table(path.join(out, 'quotes.csv'));
    expect(quotes[0]).toMatchObject({
      speaker: 'Sidharto R. Suryodipuro',
      speaker_id: 'SIDHARTO',
      cue_text: 'demikian disampaikan',
    });
    // The second golden quote spans two sentences: both are given.
    expect(quotes[1]!['sentence_text']).toBe(`${golden.sentences[5]!.text} ${golden.sentences[6]!.text}`);
    const raw = readFileSync(path.join(out, 'quotes.csv'), 'utf8');
    expect(raw.startsWith('doc_id,quote_id,start,end,text,speaker')).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/); // only CRLF between records
  });

  it('writes code-point offsets with --offsets code-points', async () => {
    const out = path.join(dir, 'cp');
    await exportCsv(records, out, { offsets: 'code-points', bom: true });
    const text = readFileSync(path.join(out, 'mentions.csv'), 'utf8');
    expect(text.startsWith('\uFEFFdoc_id,')).toBe(true);
    const rows = table(path.join(out, 'mentions.csv')).filter((r) => r['doc_id'] === hostile.id);
    for (const row of rows) expect(pySlice(hostile.text, Number(row['start']), Number(row['end']))).toBe(row['text']);
    const asean = rows.find((r) => r['text'] === 'ASEAN')!;
    expect(Number(asean['start'])).toBe(hostile.text.indexOf('ASEAN') - 2);
  });
});

describe('siaran export (CLI)', () => {
  const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('exports a records folder, and rejects a bad command line with exit 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'siaran-export-cli-'));
    writeFileSync(path.join(dir, 'jahat.json'), JSON.stringify(hostileRecord('jahat')));
    writeFileSync(path.join(dir, 'manifest.json'), '{}');
    const out = path.join(dir, 'csv');
    const r = run(['export', '--csv', dir, '--out', out, '--offsets', 'code-points']);
    expect(r.stderr).toContain('1 records');
    expect(r.status).toBe(0);
    const rows = table(path.join(out, 'mentions.csv'));
    expect(rows.map((x) => x['text'])).toEqual(['Jakarta', 'Budi', 'ASEAN', 'Rusia']);
    const hostile = hostileRecord('jahat');
    for (const row of rows) expect(pySlice(hostile.text, Number(row['start']), Number(row['end']))).toBe(row['text']);
    expect(run(['export', dir, '--out', out]).status).toBe(2); // no --csv
    expect(run(['export', '--csv', dir]).status).toBe(2); // no --out
    expect(run(['export', '--csv', dir, '--out', out, '--offsets', 'bytes']).status).toBe(2);
    expect(run(['export', '--csv', path.join(dir, 'nowhere'), '--out', out]).status).toBe(2);
  });
});
