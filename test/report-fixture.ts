// Hand-made records for the report, export and browser tests: every layer filled, valid per DocRecord.
import { extract } from '../src/index.js';
import { DocRecord, SCHEMA_VERSION, type Cluster, type EntityType } from '../src/schema/record.js';
import { PIPELINE_VERSION } from '../src/version.js';
import { gold, goldenMeta, goldenText } from './helpers/golden.js';
import { linkLayers, type Layers } from '../src/record/ids.js';

/** A record from layers as the stages make them (no ids): ids and mention links as `extract` adds them. */
function asRecord(o: Record<string, unknown> & { text: string }): DocRecord {
  return DocRecord.parse({ ...o, ...linkLayers(o as unknown as Layers, o.text, { sentenceText: true }) });
}

/** The real record of the golden document, as the pipeline makes it today (layers may be empty). */
export function extractedGolden(): DocRecord {
  return extract(goldenText, { id: 'arsom-2021', dct: goldenMeta.dct });
}

/** The golden document with every layer taken from its hand annotation (test/arsom-2021.gold.json). */
export function goldenRecord(): DocRecord {
  const base = extractedGolden();
  const sentences = gold.sentences.map((s) => ({ ...s, rule: 'gold' }));
  const sentenceAt = (offset: number) =>
    Math.max(
      0,
      sentences.findIndex((s) => offset >= s.start && offset < s.end),
    );
  const clusters: Cluster[] = Object.entries(gold.clusters).map(([id, c]) => ({
    id,
    type: c.type as EntityType,
    canonical: c.canonical,
    aliases: c.aliases ?? [],
    ...(c.country ? { country: c.country } : {}),
  }));
  const span = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, text: s.text });
  return asRecord({
    ...base,
    language: { code: gold.language, confidence: 1, candidates: [{ code: gold.language, score: 1 }], rule: 'gold' },
    sentences,
    clusters,
    entities: gold.entities.map((e) => ({
      ...span(e),
      type: e.type,
      cluster: e.entity,
      sentence: sentenceAt(e.start),
      rule: `gold.entity.${e.type.toLowerCase()}`,
    })),
    roles: gold.roles.map((r) => ({
      ...span(r),
      holder: r.holder,
      organization: r.organization ?? null,
      rule: 'gold.role',
    })),
    timex: gold.timex.map((t) => ({
      ...span(t),
      type: t.type,
      value: t.value,
      rule: `gold.timex.${t.type.toLowerCase()}`,
    })),
    commitments: gold.commitments.map((c) => ({
      type: c.type,
      trigger: span(c.trigger),
      actors: c.actors,
      target: c.target ?? [],
      object: c.object ?? [],
      content: c.content ? span(c.content) : null,
      sentence: c.sentence ?? sentenceAt(c.trigger.start),
      ...(c.status ? { status: c.status } : {}),
      negated: false,
      rule: `gold.commitment.${c.type.toLowerCase()}`,
    })),
    quotes: gold.quotes.map((q) => ({
      ...span(q),
      speaker: q.speaker,
      cue: q.cue ? span(q.cue) : null,
      rule: 'gold.quote',
    })),
  });
}

/** Pieces of a hostile document: each must show as text, never run or become markup. */
export const HOSTILE = {
  script: '<script>window.__pwned = 1; alert(1)</script>',
  img: '"><img src=x onerror="window.__pwned=2">',
  textarea: '</textarea><b id="bold">tebal</b>',
  closeScript: '</script><script>window.__pwned=3</script>',
};

/**
 * A document with markup in its text, its metadata and its cluster names, an emoji (astral
 * character) before the spans, and spans that nest and overlap: a quote holding two entities and a
 * date, a commitment content that starts inside the quote and ends after it.
 */
export function hostileRecord(id = 'jahat/<b>doc</b>'): DocRecord {
  const parts = [
    'Jakarta 🇮🇩 – ',
    HOSTILE.script,
    ' Menteri Budi berkata “ASEAN dan Rusia sepakat pada 26 Januari 2021 ',
    HOSTILE.img,
    '” lalu pergi. ',
    HOSTILE.textarea,
    ' ',
    HOSTILE.closeScript,
    ' Selesai.',
  ];
  const text = parts.join('');
  const find = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`fixture: "${s}" not in text`);
    return { start, end: start + s.length, text: s };
  };
  const asean = find('ASEAN');
  const rusia = find('Rusia');
  const budi = find('Budi');
  const date = find('26 Januari 2021');
  const sepakat = find('sepakat');
  const openQuote = text.indexOf('“') + 1;
  const closeQuote = text.indexOf('”');
  const quote = { start: openQuote, end: closeQuote, text: text.slice(openQuote, closeQuote) };
  // Content crosses the end of the quote: overlap, not nesting.
  const contentStart = date.start;
  const contentEnd = text.indexOf(' lalu pergi') + ' lalu pergi'.length;
  const content = { start: contentStart, end: contentEnd, text: text.slice(contentStart, contentEnd) };
  const jakarta = find('Jakarta');
  const sentenceEnd = text.indexOf('pergi.') + 'pergi.'.length;
  return asRecord({
    schemaVersion: SCHEMA_VERSION,
    pipelineVersion: PIPELINE_VERSION,
    id,
    dct: { value: '2021-01-27', source: 'metadata' },
    dateline: null,
    warnings: [],
    meta: { title: `Judul ${HOSTILE.script}`, url: 'javascript:window.__pwned=4' },
    text,
    source: { path: `${id}.txt`, sha256: '0'.repeat(64), bytes: Buffer.byteLength(text), encoding: 'utf-8' },
    language: { code: 'ind', confidence: 1, candidates: [{ code: 'ind', score: 1 }] },
    sentences: [
      { start: 0, end: sentenceEnd, text: text.slice(0, sentenceEnd), rule: 'test' },
      { start: sentenceEnd + 1, end: text.length, text: text.slice(sentenceEnd + 1), rule: 'test' },
    ],
    clusters: [
      { id: 'ASEAN', type: 'ORGANIZATION', canonical: 'ASEAN', aliases: [] },
      { id: 'RUSIA', type: 'LOCATION', canonical: 'Rusia', aliases: [], country: 'RUS' },
      { id: 'BUDI', type: 'PERSON', canonical: `Budi ${HOSTILE.img}`, aliases: [] },
      { id: 'JAKARTA', type: 'LOCATION', canonical: 'Jakarta', aliases: [] },
    ],
    entities: [
      { ...jakarta, type: 'LOCATION', cluster: 'JAKARTA', sentence: 0, rule: 'test.loc' },
      { ...budi, type: 'PERSON', cluster: 'BUDI', sentence: 0, rule: `test.per${HOSTILE.textarea}` },
      { ...asean, type: 'ORGANIZATION', cluster: 'ASEAN', sentence: 0, rule: 'test.org' },
      { ...rusia, type: 'LOCATION', cluster: 'RUSIA', sentence: 0, rule: 'test.loc' },
    ],
    roles: [{ ...find('Menteri'), holder: 'BUDI', organization: null, rule: 'test.role' }],
    timex: [{ ...date, type: 'DATE', value: '2021-01-26', rule: 'test.date' }],
    commitments: [
      {
        type: 'AGREE',
        trigger: sepakat,
        actors: ['ASEAN', 'RUSIA'],
        target: [],
        object: [],
        content,
        sentence: 0,
        negated: false,
        rule: 'test.agree',
      },
    ],
    quotes: [{ ...quote, speaker: 'BUDI', cue: find('berkata'), rule: 'test.quote' }],
  });
}
