import { Doc } from '../../src/doc.js';
import type { Cluster, Entity, EntityType, Role } from '../../src/schema/layers.js';
import { segment } from '../../src/stages/sentences.js';
import { findQuotes } from '../../src/stages/quotes.js';
import { findCommitments } from '../../src/stages/commitments.js';

/**
 * Test fixture for the quotes and commitments stages, independent of the entity stage: entities come
 * from a small hand lexicon matched as whole words (longest name first), so a test states exactly
 * which mentions exist and checks only what the two stages make of them.
 */
export interface LexEntry {
  id: string;
  type: EntityType;
  names: string[];
  country?: string;
}

export const LEXICON: LexEntry[] = [
  { id: 'ASEAN', type: 'ORGANIZATION', names: ['ASEAN'] },
  { id: 'RUSIA', type: 'LOCATION', names: ['Rusia'], country: 'RUS' },
  { id: 'INDONESIA', type: 'LOCATION', names: ['Indonesia', 'RI'], country: 'IDN' },
  { id: 'JEPANG', type: 'LOCATION', names: ['Jepang'], country: 'JPN' },
  { id: 'MALAYSIA', type: 'LOCATION', names: ['Malaysia'], country: 'MYS' },
  { id: 'THAILAND', type: 'LOCATION', names: ['Thailand'], country: 'THA' },
  { id: 'SINGAPURA', type: 'LOCATION', names: ['Singapura'], country: 'SGP' },
  { id: 'AUSTRALIA', type: 'LOCATION', names: ['Australia'], country: 'AUS' },
  { id: 'KORSEL', type: 'LOCATION', names: ['Korea Selatan'], country: 'KOR' },
  { id: 'VIETNAM', type: 'LOCATION', names: ['Vietnam'], country: 'VNM' },
  { id: 'GAZA', type: 'LOCATION', names: ['Gaza'] },
  { id: 'JAKARTA', type: 'LOCATION', names: ['Jakarta'], country: 'IDN' },
  { id: 'KEMHAN', type: 'ORGANIZATION', names: ['Kementerian Pertahanan', 'Kemhan'], country: 'IDN' },
  { id: 'KEMLU', type: 'ORGANIZATION', names: ['Kementerian Luar Negeri', 'Kemlu'], country: 'IDN' },
  { id: 'UNHAN', type: 'ORGANIZATION', names: ['Universitas Pertahanan', 'Unhan'], country: 'IDN' },
  { id: 'TNI', type: 'ORGANIZATION', names: ['TNI'], country: 'IDN' },
  { id: 'PBB', type: 'ORGANIZATION', names: ['PBB'] },
  { id: 'BANK_DUNIA', type: 'ORGANIZATION', names: ['Bank Dunia'] },
  { id: 'PEMERINTAH_ID', type: 'ORGANIZATION', names: ['Pemerintah Indonesia'], country: 'IDN' },
  { id: 'SIDHARTO', type: 'PERSON', names: ['Sidharto R. Suryodipuro', 'Arto'] },
  { id: 'MORGULOV', type: 'PERSON', names: ['Igor Morgulov', 'Morgulov'] },
  { id: 'SJAFRIE', type: 'PERSON', names: ['Sjafrie Sjamsoeddin', 'Sjafrie'] },
  { id: 'RETNO', type: 'PERSON', names: ['Retno Marsudi', 'Retno'] },
  { id: 'ALI', type: 'PERSON', names: ['Muhammad Ali'] },
  { id: 'YASUSHI', type: 'PERSON', names: ['Masaki Yasushi'] },
  { id: 'PURBAYA', type: 'PERSON', names: ['Purbaya Yudhi Sadewa', 'Purbaya'] },
  { id: 'AOIP', type: 'DOCUMENT', names: ['ASEAN Outlook on the Indo Pacific', 'AOIP'] },
  { id: 'MOU', type: 'DOCUMENT', names: ['Nota Kesepahaman Penanganan Bencana'] },
  { id: 'SPUTNIK_V', type: 'PRODUCT', names: ['Sputnik V'] },
  { id: 'KTT', type: 'EVENT', names: ['KTT ASEAN'] },
  { id: 'AFMGM', type: 'EVENT', names: ['AFMGM'] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Doc with sentences (the sentence stage's segmenter), lexicon entities and their clusters. */
export function fixtureDoc(text: string, lexicon: LexEntry[] = LEXICON, roles: Role[] = []): Doc {
  const doc = new Doc(text);
  doc.language = { code: 'ind', confidence: 1, candidates: [] };
  doc.sentences = segment(text, doc.view).map((x) => ({ ...x, text: text.slice(x.start, x.end) }));
  const names = lexicon.flatMap((e) => e.names.map((n) => ({ n, e }))).sort((x, y) => y.n.length - x.n.length);
  const taken: Entity[] = [];
  // Characters a name already covers, so that the fixture itself stays linear (the adversarial tests time it).
  const covered = new Uint8Array(text.length);
  for (const { n, e } of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of doc.view.matchAll(re)) {
      const start = m.index;
      const end = start + n.length;
      if (covered[start] || covered[end - 1]) continue;
      covered.fill(1, start, end);
      taken.push({
        start,
        end,
        text: text.slice(start, end),
        type: e.type,
        cluster: e.id,
        sentence: doc.sentenceAt(start),
        rule: 'test.lexicon',
      });
    }
  }
  doc.entities = taken.sort((x, y) => x.start - y.start);
  const used = new Set(doc.entities.map((x) => x.cluster));
  doc.clusters = lexicon
    .filter((e) => used.has(e.id))
    .map((e): Cluster => ({
      id: e.id,
      type: e.type,
      canonical: e.names[0]!,
      aliases: e.names.slice(1),
      ...(e.country ? { country: e.country } : {}),
    }));
  doc.roles = roles;
  return doc;
}

/** Runs the two stages on a fixture doc. */
export function runStages(doc: Doc): Doc {
  doc.quotes = findQuotes(doc);
  doc.commitments = findCommitments(doc);
  return doc;
}

/** Compact view of a commitment for assertions. */
export function brief(doc: Doc) {
  return doc.commitments.map((c) => ({
    type: c.type,
    trigger: c.trigger.text,
    actors: c.actors,
    ...(c.target.length ? { target: c.target } : {}),
    ...(c.status ? { status: c.status } : {}),
    ...(c.negated ? { negated: true } : {}),
  }));
}
