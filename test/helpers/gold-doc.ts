import { Doc } from '../../src/doc.js';
import type { Cluster, EntityType } from '../../src/schema/record.js';
import { gold, goldenText } from './golden.js';

/** The golden document with the gold sentences, required entities, clusters and roles as its layers. */
export function goldLayersDoc(): Doc {
  const doc = new Doc(goldenText, { id: 'arsom-2021' });
  doc.language = { code: 'ind', confidence: 1, candidates: [] };
  doc.sentences = gold.sentences.map((s) => ({ ...s }));
  doc.entities = gold.entities
    .filter((e) => e.required)
    .map((e) => ({
      start: e.start,
      end: e.end,
      text: e.text,
      type: e.type as EntityType,
      cluster: e.entity,
      sentence: doc.sentenceAt(e.start),
      rule: 'gold',
    }));
  doc.clusters = Object.entries(gold.clusters).map(([id, c]): Cluster => ({
    id,
    type: c.type as EntityType,
    canonical: c.canonical,
    aliases: c.aliases ?? [],
    ...(c.country ? { country: c.country } : {}),
  }));
  doc.roles = gold.roles.map((r) => ({
    start: r.start,
    end: r.end,
    text: r.text,
    holder: r.holder,
    organization: r.organization ?? null,
    rule: 'gold',
  }));
  return doc;
}
