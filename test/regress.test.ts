import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { DocRecord } from '../src/schema/record.js';
import { diffRecords, formatDiff, summarize } from '../src/regress/diff.js';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { annotationConf, fromBrat, toBrat } from '../src/regress/brat.js';
import { scoreRecord } from '../src/eval/score.js';
import { linkLayers, type Layers } from '../src/record/ids.js';

// A hand-made record with every layer filled, and an astral character before the spans so that
// UTF-16 and code-point offsets differ.
const text = '😀 Jakarta – Menlu Retno Marsudi dan Rusia sepakat pada 26 Januari 2021.\n“Kami siap,” kata Retno.';
const at = (s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};
function handMade(): DocRecord {
  const base = extract(text, { id: 'hand' });
  const layers: Layers = {
    sentences: base.sentences,
    entities: [
      { ...at('Jakarta'), type: 'LOCATION', cluster: 'jakarta', sentence: 0, rule: 'ent.gaz-place' },
      { ...at('Retno Marsudi'), type: 'PERSON', cluster: 'retno', sentence: 0, rule: 'ent.title-name' },
      { ...at('Rusia'), type: 'LOCATION', cluster: 'rusia', sentence: 0, rule: 'ent.gaz-country' },
      { ...at('Retno', text.indexOf('kata')), type: 'PERSON', cluster: 'retno', sentence: 1, rule: 'ent.short-name' },
    ],
    timex: [{ ...at('26 Januari 2021'), type: 'DATE', value: '2021-01-26', rule: 'timex.full-date' }],
    roles: [{ ...at('Menlu'), holder: 'retno', organization: null, rule: 'role.title-name' }],
    quotes: [{ ...at('Kami siap,'), speaker: 'retno', cue: at('kata'), rule: 'quote.marks' }],
    commitments: [
      {
        type: 'AGREE',
        trigger: at('sepakat'),
        actors: ['retno', 'rusia'],
        target: [],
        object: [],
        content: null,
        sentence: 0,
        negated: false,
        rule: 'commit.sepakat',
      },
    ],
  };
  return DocRecord.parse({
    ...base,
    clusters: [
      { id: 'retno', type: 'PERSON', canonical: 'Retno Marsudi', aliases: ['Retno'] },
      { id: 'rusia', type: 'LOCATION', canonical: 'Rusia', aliases: [], country: 'RUS' },
      { id: 'jakarta', type: 'LOCATION', canonical: 'Jakarta', aliases: [], country: 'IDN' },
    ],
    ...linkLayers(layers, text, { sentenceText: true }),
  });
}

describe('siaran diff', () => {
  it('finds nothing between a record and itself', () => {
    const r = handMade();
    expect(diffRecords('hand', r, r)).toEqual({ document: 'hand', status: 'same', changes: [] });
  });

  it('reports added, removed and changed extractions with rule and context', () => {
    const before = handMade();
    const after = handMade();
    after.entities = after.entities.filter((e) => e.text !== 'Jakarta');
    after.timex[0] = { ...after.timex[0]!, value: '2021-01', rule: 'timex.month-year' };
    after.entities.push({
      id: 'e5',
      ...at('Menlu'),
      type: 'PERSON',
      cluster: 'retno',
      sentence: 0,
      rule: 'ent.bad-rule',
    });
    const d = diffRecords('hand', before, after);
    expect(d.status).toBe('changed');
    const kinds = d.changes.map((c) => `${c.kind} ${c.layer} ${c.text} ${c.rule}`);
    expect(kinds).toContain('removed entities Jakarta ent.gaz-place');
    expect(kinds).toContain('added entities Menlu ent.bad-rule');
    expect(kinds).toContain('changed timex 26 Januari 2021 timex.full-date → timex.month-year');
    const changed = d.changes.find((c) => c.kind === 'changed')!;
    expect(changed.before).toBe('DATE 2021-01-26');
    expect(changed.after).toBe('DATE 2021-01');
    expect(changed.context).toContain('[26 Januari 2021]');
    expect(summarize([d]).find((r) => r.rule === 'ent.bad-rule')).toMatchObject({ layer: 'entities', added: 1 });
    expect(formatDiff([d])).toContain('1 of 1 document(s) differ');
  });

  it('reports documents present on one side only', () => {
    expect(diffRecords('x', null, handMade()).status).toBe('added');
    expect(diffRecords('x', handMade(), null).status).toBe('removed');
  });
});

describe('brat standoff', () => {
  it('writes code-point offsets and fragments across line breaks', () => {
    const { ann, txt } = toBrat(handMade());
    expect(txt).toBe(text);
    // "Jakarta" starts at UTF-16 offset 3 (the emoji is two units) but code point 2.
    const jakarta = /^(T\d+)\tLOCATION 2 9\tJakarta$/m.exec(ann);
    expect(jakarta).not.toBeNull();
    expect(ann).toMatch(/^E1\tAGREE:T\d+ Actor:T\d+ Actor2:T\d+/m);
    expect(ann).toMatch(/^T\d+\tSENTENCE 0 /m);
  });

  it('round-trips to a gold file that scores the record perfectly', () => {
    const record = handMade();
    const { ann, txt } = toBrat(record);
    const gold = fromBrat('hand.txt', txt, ann);
    expect(gold.entities.map((e) => [e.start, e.end, e.type, e.entity])).toEqual(
      record.entities
        .map((e) => [e.start, e.end, e.type, e.cluster])
        .sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    expect(gold.timex).toEqual([{ ...at('26 Januari 2021'), type: 'DATE', value: '2021-01-26', required: true }]);
    expect(gold.roles[0]).toMatchObject({ text: 'Menlu', holder: 'retno' });
    expect(gold.quotes[0]).toMatchObject({ text: 'Kami siap,', speaker: 'retno' });
    expect(gold.commitments[0]).toMatchObject({ type: 'AGREE', actors: ['retno', 'rusia'], trigger: at('sepakat') });
  });
});

describe('brat round trip over every layer', () => {
  const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url));
  const docs = [
    { id: 'arsom-2021', text: readFileSync(dir('../corpus/arsom-2021.txt'), 'utf8'), meta: { dct: '2021-01-27' } },
    ...readdirSync(dir('./regression/corpus/'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ id: f.slice(0, -4), text: readFileSync(dir(`./regression/corpus/${f}`), 'utf8'), meta: {} })),
  ];
  it.each(docs)('export → import of $id scores its record 1.0 on every layer', ({ id, text: body, meta }) => {
    const record = extract(body, { ...meta, id });
    const { txt, ann, sidecar } = toBrat(record);
    const gold = fromBrat(`${id}.txt`, txt, ann, sidecar);
    const s = scoreRecord(record, gold, null);
    expect(s.language.right).toBe(true);
    expect(gold.dct ?? null).toBe(record.dct?.value ?? null);
    expect(s.sentences?.f1).toBe(1);
    expect(s.sentences?.exact).toBe(record.sentences.length);
    for (const [layer, figure] of [
      ['entities', s.entities.strict.f1],
      ['clusters', s.clusters.whole.accuracy],
      ['timex', s.timex.strict.f1],
      ['timex value', s.timex.value.accuracy],
      ['roles', s.roles.lenient.f1],
      ['role holders', s.roles.holder.accuracy],
      ['commitments', s.commitments.trigger.f1],
      ['commitment types', s.commitments.type.accuracy],
      ['commitment actors', s.commitments.actors.accuracy],
      ['commitment content', s.commitments.content.accuracy],
      ['quotes', s.quotes.found.f1],
      ['speakers', s.quotes.speaker.accuracy],
    ] as const) {
      expect(figure, layer).toBe(1);
    }
    // What the scorer does not look at is kept too.
    for (const c of record.clusters)
      expect(gold.clusters[c.id]).toMatchObject({
        type: c.type,
        canonical: c.canonical,
        ...(c.country ? { country: c.country } : {}),
      });
    expect(gold.commitments.map((c) => [c.status ?? null, c['negated'] ?? false, c.target, c.object])).toEqual(
      record.commitments.map((c) => [c.status ?? null, c.negated, c.target, c.object]),
    );
    expect(gold.quotes.map((q) => q.cue?.text ?? null)).toEqual(record.quotes.map((q) => q.cue?.text ?? null));
    if (record.dateline?.place)
      expect(gold.dateline).toMatchObject({ start: record.dateline.place.start, end: record.dateline.place.end });
  });

  it('declares every type it writes in annotation.conf', () => {
    const conf = annotationConf();
    const record = extract(docs[0]!.text, { ...docs[0]!.meta, id: docs[0]!.id });
    const { ann } = toBrat(record);
    for (const type of new Set([...ann.matchAll(/^[TE]\d+\t([A-Z_]+)[ :]/gm)].map((m) => m[1]!))) {
      expect(conf, type).toMatch(new RegExp(`^\\s*${type}\\b`, 'm'));
    }
    expect(conf).toMatch(/^Cue\tArg1:QUOTE, Arg2:CUE$/m);
    expect(conf).toMatch(/^Status\tArg:<EVENT>, Value:done\|intended\|ongoing$/m);
  });
});
