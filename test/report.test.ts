import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { bylineEnd, ReportBuilder } from '../src/report/build.js';
import { segment, type Mark } from '../src/report/highlight.js';
import { esc, jsonForScript } from '../src/report/html.js';
import type { DocRecord } from '../src/schema/record.js';
import { extractedGolden, goldenRecord, HOSTILE, hostileRecord } from './report-fixture.js';

const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

const build = (records: DocRecord[], options = {}) => {
  const b = new ReportBuilder({ generatedAt: 'test', ...options });
  for (const r of records) b.add(r);
  return b.html();
};

/** The highlighted text of document `n`: its segments as [classes, keys, text]. */
function segments(html: string, n: number): { cls: string[]; keys: string[]; text: string }[] {
  const view = new RegExp(
    `<details class="doc" id="doc-${n}"[\\s\\S]*?<div class="text"[^>]*>([\\s\\S]*?)</div></details>`,
  ).exec(html);
  expect(view, `doc-${n} view`).not.toBeNull();
  const out: { cls: string[]; keys: string[]; text: string }[] = [];
  const re = /<span class="s ([^"]*)" data-m="([^"]*)" title="[^"]*">([^<]*)<\/span>|([^<]+)/g;
  let consumed = 0;
  for (const m of view![1]!.matchAll(re)) {
    expect(m.index).toBe(consumed); // nothing but segments and text in the view
    consumed += m[0].length;
    if (m[4] !== undefined) out.push({ cls: [], keys: [], text: unescape(m[4]) });
    else out.push({ cls: m[1]!.split(' '), keys: m[2]!.split(' '), text: unescape(m[3]!) });
  }
  expect(consumed).toBe(view![1]!.length);
  return out;
}

/** Text of every span key, rebuilt from the segments that carry it. */
const textByKey = (segs: ReturnType<typeof segments>) => {
  const out = new Map<string, string>();
  for (const s of segs) for (const k of s.keys) out.set(k, (out.get(k) ?? '') + s.text);
  return out;
};

describe('segment', () => {
  it('cuts nested and overlapping spans into segments that join back into the text', () => {
    const text = 'abcdefghij';
    const marks: Mark[] = [
      { key: 'q', start: 1, end: 8, cls: 'quo' }, // holds e1 and e2
      { key: 'e1', start: 2, end: 4, cls: 'e-PERSON' },
      { key: 'e2', start: 4, end: 6, cls: 'e-LOCATION' },
      { key: 'c', start: 5, end: 10, cls: 'ccont' }, // crosses the end of q
      { key: 'bad', start: 7, end: 20, cls: 'tmx' },
      { key: 'empty', start: 3, end: 3, cls: 'tmx' },
    ];
    const segs = segment(text.length, marks);
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    const keys = segs.map((s) => `${text.slice(s.start, s.end)}:${s.marks.map((i) => marks[i]!.key).join('+')}`);
    expect(keys).toEqual(['a:', 'b:q', 'cd:q+e1', 'e:q+e2', 'f:q+e2+c', 'gh:q+c', 'ij:c']);
  });

  it('handles identical spans, spans at the text edges and no spans', () => {
    expect(segment(3, [])).toEqual([{ start: 0, end: 3, marks: [] }]);
    const segs = segment(3, [
      { key: 'a', start: 0, end: 3, cls: 'x' },
      { key: 'b', start: 0, end: 3, cls: 'y' },
    ]);
    expect(segs).toEqual([{ start: 0, end: 3, marks: [0, 1] }]);
    expect(segment(0, [])).toEqual([]);
  });
});

describe('escaping', () => {
  it('escapes markup in text and attributes', () => {
    expect(esc(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  });

  it('writes JSON that cannot leave a <script> block and still parses to the same value', () => {
    const value = { t: '</script><!-- <script>alert(1)</script> & \u2028\u2029 ]]>' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('report of a hostile document', () => {
  const record = hostileRecord();
  const html = build([record, goldenRecord()]);

  it('shows markup from the text, metadata, cluster names and rule ids as text', () => {
    expect(html.match(/<script\b/gi)).toHaveLength(2); // the data block and the page's own script
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b id="bold">');
    expect(html).not.toContain('</textarea>');
    expect(html).not.toContain('<b>doc</b>');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain(esc(HOSTILE.script));
    expect(html).toContain(`Budi ${esc(HOSTILE.img)}`);
  });

  it('embeds JSON that does not break out of its <script> block', () => {
    const block = /<script type="application\/json" id="siaran-data">([\s\S]*?)<\/script>/.exec(html);
    expect(block).not.toBeNull();
    expect(block![1]).not.toMatch(/<|>/);
    const data = JSON.parse(block![1]!) as {
      docs: { id: string; marks: Record<string, { layer: string; fields: [string, string][] }> }[];
    };
    expect(data.docs[0]!.id).toBe(record.id);
    expect(data.docs[0]!.marks['e1']!.fields).toContainEqual(['rule', record.entities[1]!.rule]);
    expect(data.docs[0]!.marks['e1']!.fields).toContainEqual(['cluster', `Budi ${HOSTILE.img} (BUDI)`]);
  });

  it('builds highlights from offsets when a quote holds entities and a commitment crosses the quote', () => {
    const segs = segments(html, 0);
    expect(segs.map((s) => s.text).join('')).toBe(record.text);
    const byKey = textByKey(segs);
    record.entities.forEach((e, i) => expect(byKey.get(`e${i}`)).toBe(e.text));
    expect(byKey.get('q0')).toBe(record.quotes[0]!.text);
    expect(byKey.get('q0c')).toBe(record.quotes[0]!.cue!.text);
    expect(byKey.get('c0')).toBe(record.commitments[0]!.trigger.text);
    expect(byKey.get('c0c')).toBe(record.commitments[0]!.content!.text);
    expect(byKey.get('t0')).toBe(record.timex[0]!.text);
    expect(byKey.get('r0')).toBe(record.roles[0]!.text);
    const asean = segs.find((s) => s.keys.includes('e2'))!;
    expect(asean.cls).toEqual(expect.arrayContaining(['quo', 'e-ORGANIZATION']));
    expect(segs.find((s) => s.text === '” lalu pergi')?.keys).toEqual(['c0c']);
  });
});

describe('report of the golden document', () => {
  const record = goldenRecord();
  const html = build([record]);

  it('highlights every entity, date, commitment and quote at its offsets', () => {
    const segs = segments(html, 0);
    expect(segs.map((s) => s.text).join('')).toBe(record.text);
    const byKey = textByKey(segs);
    record.entities.forEach((e, i) => {
      expect(byKey.get(`e${i}`)).toBe(e.text);
      expect(segs.find((s) => s.keys.includes(`e${i}`))!.cls).toContain(`e-${e.type}`);
    });
    record.timex.forEach((t, i) => expect(byKey.get(`t${i}`)).toBe(t.text));
    record.quotes.forEach((q, i) => expect(byKey.get(`q${i}`)).toBe(q.text));
    record.commitments.forEach((c, i) => expect(byKey.get(`c${i}`)).toBe(c.trigger.text));
    expect(html).toContain('id="legend"');
  });

  it('has the overview, top entities, commitments table and timeline', () => {
    expect(html).toMatch(/<div class="card"><b>1<\/b>record<\/div>/); // singular
    expect(html).toContain('1 record ·');
    expect(html).toContain(`<b>${record.entities.length}</b>entities`);
    expect(html).toMatch(/<td>ind<\/td><td class="n">1<\/td>/);
    expect(html).toContain('<td>ASEAN</td>');
    const rows = /<table id="commitments">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1]!.match(/<tr /g);
    expect(rows).toHaveLength(record.commitments.length);
    expect(html).toContain('<option>AGREE</option>');
    expect(html).toMatch(/<title>2018: 3 mentions<\/title>/); // two dates and the start of 2018-2021
    expect(html).toMatch(/<title>2021: \d+ mentions<\/title>/);
    expect(html).toContain('<td>2021-01-26</td><td class="n">2</td>');
  });

  it('needs no network: no external URL, a CSP that allows only inline content', () => {
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).toContain('content="default-src &#39;none&#39;');
  });

  it('renders the record that extract() makes today, whatever layers it has', () => {
    const real = extractedGolden();
    const page = build([real]);
    expect(
      segments(page, 0)
        .map((s) => s.text)
        .join(''),
    ).toBe(real.text);
  });

  it('shows the text of the first --max-docs documents only, and says so', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...record, id: `doc-${i}` }));
    const page = build(many, { maxDocs: 2, maxRows: 3 });
    expect(page.match(/<details class="doc"/g)).toHaveLength(2);
    expect(page).toContain('The first 2 of 5 documents are shown');
    expect(page).toContain(`The first 3 of ${5 * record.commitments.length} commitments are listed`);
    expect(page).toContain('<b>5</b>records');
  });

  it('leaves out commitment columns that no row fills and lets the actor filter match aliases and mentions', () => {
    const table = /<table id="commitments">([\s\S]*?)<\/table>/.exec(html)![1]!;
    const heads = [...table.matchAll(/<th class="c-(\w+)">/g)].map((m) => m[1]);
    expect(heads).toEqual(expect.arrayContaining(['doc', 'type', 'actors', 'trigger', 'content', 'rule']));
    for (const [field, head] of [
      ['target', 'target'],
      ['object', 'object'],
      ['negated', 'negated'],
      ['status', 'status'],
    ] as const) {
      const filled = record.commitments.some((c) =>
        field === 'negated' ? c.negated : field === 'status' ? Boolean(c.status) : c[field].length > 0,
      );
      expect(heads.includes(head), head).toBe(filled);
    }
    const empty = build([
      { ...record, commitments: record.commitments.map((c) => ({ ...c, target: [], object: [], negated: false })) },
    ]);
    expect(empty).not.toContain('<th class="c-target">');
    expect(empty).not.toContain('<th class="c-negated">');
    // Each row's filter text holds every name its actors go by, not only the canonical one.
    const clusters = new Map(record.clusters.map((c) => [c.id, c]));
    const withAlias = record.commitments.find((c) => c.actors.some((a) => (clusters.get(a)?.aliases.length ?? 0) > 0));
    expect(withAlias).toBeDefined();
    const alias = clusters.get(withAlias!.actors.find((a) => clusters.get(a)!.aliases.length > 0)!)!.aliases[0]!;
    const filters = [...table.matchAll(/data-actors="([^"]*)"/g)].map((m) => unescape(m[1]!));
    expect(filters.some((f) => f.split('\n').includes(alias.toLowerCase()))).toBe(true);
  });

  it('counts outlets named in a byline apart from the ranked organisations', () => {
    expect(bylineEnd('JAKARTA, KOMPAS.com -- Mahkamah Konstitusi memutuskan ...')).toBe(19);
    expect(bylineEnd('KOMPAS.com - Banyak calon ...')).toBe(10);
    expect(bylineEnd('Jakarta – Menteri Luar Negeri ...')).toBe(7);
    expect(bylineEnd('Menteri bertemu. Lalu - kata dia - ...')).toBe(0); // a sentence ends first
    expect(
      bylineEnd(
        'Kementerian Pertahanan menggelar rapat kerja di Jakarta pada hari Senin bersama seluruh jajaran - ...',
      ),
    ).toBe(0);
    const texts = [1, 2, 3].map(
      (i) => `JAKARTA, KOMPAS.com -- Badan Kepegawaian Negara (BKN) membuka seleksi ${i}. Kepala BKN hadir.`,
    );
    const page = build(texts.map((text, i) => extract(text, { id: `k${i}` })));
    const orgs = /<div data-type="ORGANIZATION">([\s\S]*?)<\/div>/.exec(page)![1]!;
    expect(orgs).toContain('Not ranked, named in bylines: ');
    expect(/<table>[\s\S]*<\/table>/.exec(orgs)![0]).not.toMatch(/KOMPAS/i);
    expect(orgs).toMatch(/bylines: [^<]*\(3 docs\)/);
    expect(page).toContain('<option>ORGANIZATION</option>'); // the type filter of the top lists
  });
});

describe('siaran report (CLI)', () => {
  const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('reads records.jsonl and the manifest of a folder and writes one HTML file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'siaran-report-'));
    const records = path.join(dir, 'records');
    mkdirSync(records);
    const golden = goldenRecord();
    writeFileSync(
      path.join(records, 'records.jsonl'),
      [golden, hostileRecord('jahat')].map((r) => JSON.stringify(r)).join('\n') + '\n',
    );
    writeFileSync(
      path.join(records, 'manifest.json'),
      JSON.stringify({
        schemaVersion: golden.schemaVersion,
        pipelineVersion: golden.pipelineVersion,
        startedAt: '2021-01-27T00:00:00Z',
        finishedAt: '2021-01-27T00:00:01Z',
        inputs: ['in'],
        counts: { done: 2, skipped: 0, failed: 1 },
        documents: [
          { id: 'arsom-2021', path: 'in/arsom-2021.txt', status: 'done', language: 'ind', record: 'arsom-2021.json' },
          { id: 'jahat', path: 'in/jahat.txt', status: 'done', language: 'ind', record: 'jahat.json' },
          {
            id: 'rusak',
            path: 'in/rusak.txt',
            status: 'failed',
            code: 'E102',
            reason: 'in/rusak.txt: binary <content>',
          },
        ],
      }),
    );
    const out = path.join(dir, 'report.html');
    const r = run(['report', records, '-o', out]);
    expect(r.stderr).toContain('2 records');
    expect(r.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(
      '<td>ind</td><td class="n">2</td><td class="n">2</td><td class="n">0</td><td class="n">0</td>',
    );
    expect(html).toContain(
      '<td>(none)</td><td class="n">0</td><td class="n">0</td><td class="n">0</td><td class="n">1</td>',
    );
    expect(html).toContain('failed E102 in/rusak.txt: binary &lt;content&gt;');
    expect(html.match(/<details class="doc"/g)).toHaveLength(2);
  });

  it('reads *.json record files when there is no records.jsonl, and rejects a bad command line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'siaran-report-'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'arsom-2021.json'), JSON.stringify(goldenRecord()));
    writeFileSync(path.join(dir, 'broken.json'), '{"id": 1}');
    const out = path.join(dir, 'r.html');
    const r = run(['report', dir, '--out', out]);
    expect(r.status).toBe(1); // a record file did not validate; the report is written all the same
    expect(r.stderr).toContain('broken.json');
    expect(readFileSync(out, 'utf8')).toContain('<b>1</b>record<');
    expect(run(['report']).status).toBe(2);
    expect(run(['report', path.join(dir, 'nowhere')]).status).toBe(2);
    expect(run(['report', dir, '--max-docs', '-3']).status).toBe(2);
  });
});
