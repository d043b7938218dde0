/**
 * The record's layers with ids and links (schema 2.0), from the layers the stages make (src/schema/layers.ts) —
 * which are also the items of a v1 record, so `src/record/upgrade.ts` uses the same function and an upgraded v1
 * record reads as one extracted today would.
 *
 * - Every item gets an id: a letter per layer and its 1-based position in the layer (`s1`, `e12`, `t3`, `r4`, `q1`,
 *   `c2`). The layers are in text order, so the ids are too; the same record gives the same ids.
 * - Every item gets `sentence` (timex, roles and quotes had none): the sentence it starts in.
 * - Cluster references get the mention that names them (`actorMentions`, `speakerMention`, `holderMention` …). The
 *   stages decide clusters, not mentions, so the mention is chosen here by one rule (`mentionNear`): the mention
 *   of that cluster nearest the item in the item's sentence, else the last one before the item, else the first
 *   after it. Nothing is extracted here: clusters, spans and types are the stages'.
 */
import type { Commitment, DocRecord, Entity, Quote, Role, Sentence, Timex } from '../schema/record.js';
import type * as L from '../schema/layers.js';
import { lastStartingAtOrBefore } from '../text/spans.js';
import { timex3 } from './timex3.js';

export interface Layers {
  sentences: readonly (Omit<L.Sentence, 'text'> & { text?: string })[];
  entities: readonly L.Entity[];
  roles: readonly L.Role[];
  timex: readonly L.Timex[];
  quotes: readonly L.Quote[];
  commitments: readonly L.Commitment[];
}

export interface LinkOptions {
  /** Keep each sentence's text in the record (`--sentence-text`); by default sentences are offsets only. */
  sentenceText?: boolean;
}

export type LinkedLayers = Pick<DocRecord, 'sentences' | 'entities' | 'roles' | 'timex' | 'quotes' | 'commitments'>;

interface At {
  start: number;
  end: number;
}

/** Gap between two spans in UTF-16 units, 0 when they touch or overlap. */
const gap = (a: At, b: At): number => Math.max(0, a.start - b.end, b.start - a.end);

/** Mention lookup by cluster: `near(cluster, at, sentence)` is the id of the mention chosen for a reference. */
export function mentionIndex(
  entities: readonly L.Entity[],
): (cluster: string | null, at: At, sentence: number) => string | null {
  const byCluster = new Map<string, number[]>();
  entities.forEach((e, i) => {
    const list = byCluster.get(e.cluster);
    if (list) list.push(i);
    else byCluster.set(e.cluster, [i]);
  });
  return (cluster, at, sentence) => {
    if (cluster === null) return null;
    const list = byCluster.get(cluster);
    if (!list) return null;
    let best = -1;
    for (const i of list) {
      const e = entities[i]!;
      if (e.sentence !== sentence) continue;
      // Nearest in the sentence; on a tie the earlier one (entities are in text order).
      if (best < 0 || gap(e, at) < gap(entities[best]!, at)) best = i;
    }
    if (best < 0) {
      for (const i of list) if (entities[i]!.start < at.start) best = i;
      if (best < 0) best = list[0]!;
    }
    return `e${best + 1}`;
  };
}

/** The layers of a record, with ids, sentences and mention links, keys in schema order (src/schema/validate.ts). */
export function linkLayers(layers: Layers, text: string, options: LinkOptions = {}): LinkedLayers {
  const near = mentionIndex(layers.entities);
  const sentences = layers.sentences;
  const sentenceOf = (start: number) => Math.max(0, lastStartingAtOrBefore(sentences, start));
  const keepText = options.sentenceText === true;
  const outSentences: Sentence[] = sentences.map((s, i) => {
    return {
      id: `s${i + 1}`,
      start: s.start,
      end: s.end,
      ...(keepText ? { text: s.text ?? text.slice(s.start, s.end) } : {}),
      ...(s.language !== undefined ? { language: s.language } : {}),
      ...(s.rule !== undefined ? { rule: s.rule } : {}),
    };
  });
  const entities: Entity[] = layers.entities.map((e, i) => ({
    id: `e${i + 1}`,
    start: e.start,
    end: e.end,
    text: e.text,
    type: e.type,
    cluster: e.cluster,
    sentence: e.sentence,
    rule: e.rule,
  }));
  const timex: Timex[] = layers.timex.map((t, i) => ({
    id: `t${i + 1}`,
    ...timex3(t),
    sentence: sentenceOf(t.start),
    rule: t.rule,
  }));
  const roles: Role[] = layers.roles.map((r, i) => {
    const sentence = sentenceOf(r.start);
    return {
      id: `r${i + 1}`,
      start: r.start,
      end: r.end,
      text: r.text,
      holder: r.holder,
      holderMention: near(r.holder, r, sentence),
      organization: r.organization,
      organizationMention: near(r.organization, r, sentence),
      sentence,
      rule: r.rule,
    };
  });
  const quotes: Quote[] = layers.quotes.map((q, i) => {
    const sentence = sentenceOf(q.start);
    return {
      id: `q${i + 1}`,
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker,
      // The cue names the speaker (`ujar Menlu Retno`): the mention nearest it.
      speakerMention: near(q.speaker, q.cue ?? q, q.cue ? sentenceOf(q.cue.start) : sentence),
      cue: q.cue,
      sentence,
      ...(q.rule !== undefined ? { rule: q.rule } : {}),
    };
  });
  const timeOf = commitmentTimes(layers, text);
  const commitments: Commitment[] = layers.commitments.map((c, i) => ({
    id: `c${i + 1}`,
    type: c.type,
    trigger: c.trigger,
    actors: c.actors,
    actorMentions: c.actors.map((x) => near(x, c.trigger, c.sentence)),
    target: c.target,
    targetMentions: c.target.map((x) => near(x, c.trigger, c.sentence)),
    object: c.object,
    // Objects are named inside the content.
    objectMentions: c.object.map((x) => near(x, c.content ?? c.trigger, c.sentence)),
    content: c.content,
    sentence: c.sentence,
    time: timeOf(c),
    ...(c.status !== undefined ? { status: c.status } : {}),
    ...(c.statusRule !== undefined ? { statusRule: c.statusRule } : {}),
    ...(c.statusCue !== undefined ? { statusCue: c.statusCue } : {}),
    negated: c.negated,
    ...(c.basis !== undefined ? { basis: c.basis } : {}),
    ...(c.cameo !== undefined ? { cameo: c.cameo } : {}),
    ...(c.plover !== undefined ? { plover: c.plover } : {}),
    rule: c.rule,
  }));
  return { sentences: outSentences, entities, roles, timex, quotes, commitments };
}

/** Timex types that can date an act; a DURATION (`selama 5 tahun`) or SET (`setiap tahun`) does not. */
const DATING = new Set(['DATE', 'TIME', 'RANGE']);
/** Mentions whose name a year may end (`APEC 2017`): such a year names an edition, it dates no act. */
const NAMED_EDITIONS = new Set(['EVENT', 'DOCUMENT', 'PRODUCT']);

/**
 * `time` of each commitment, as timex ids: the dating timex inside its own span (trigger to end of content: `…
 * sepakat … pada 26 Januari 2021`, `… akan … tahun depan`), else the dating timex of its sentence that lie outside
 * every commitment's span there (`Pada Selasa (26/1), kedua negara sepakat …`). A timex inside an entity mention, or
 * right after the name of an event, document or product (its year: `APEC 2017`), dates nothing.
 */
function commitmentTimes(layers: Layers, text: string): (c: L.Commitment) => string[] {
  const spanOf = (c: L.Commitment): At => ({
    start: c.trigger.start,
    end: Math.max(c.trigger.end, c.content?.end ?? 0),
  });
  const inside = (t: At, s: At) => s.start <= t.start && t.end <= s.end;
  const bySentence = new Map<number, { id: string; t: L.Timex }[]>();
  let k = 0;
  const sentences = layers.sentences;
  layers.timex.forEach((t, i) => {
    if (!DATING.has(t.type)) return;
    while (k < layers.entities.length && layers.entities[k]!.end <= t.start) k++;
    const e = layers.entities[k];
    if (e && inside(t, e)) return;
    // The year or edition of a name (`KTT APEC 2017`, `Rencana Aksi AIF 2025-2028`): the gold counts it in the name.
    const before = layers.entities[k - 1];
    if (before && NAMED_EDITIONS.has(before.type) && /^ ?$/.test(text.slice(before.end, t.start))) return;
    const si = Math.max(0, lastStartingAtOrBefore(sentences, t.start));
    const list = bySentence.get(si);
    const item = { id: `t${i + 1}`, t };
    if (list) list.push(item);
    else bySentence.set(si, [item]);
  });
  const spansBySentence = new Map<number, At[]>();
  for (const c of layers.commitments) {
    const list = spansBySentence.get(c.sentence);
    if (list) list.push(spanOf(c));
    else spansBySentence.set(c.sentence, [spanOf(c)]);
  }
  return (c) => {
    const here = bySentence.get(c.sentence);
    if (!here) return [];
    const own = spanOf(c);
    const mine = here.filter((x) => inside(x.t, own));
    if (mine.length) return mine.map((x) => x.id);
    const spans = spansBySentence.get(c.sentence) ?? [];
    return here.filter((x) => !spans.some((s) => inside(x.t, s))).map((x) => x.id);
  };
}

/** The text of sentence `i` of a record, whether or not the record keeps sentence texts. */
export function sentenceText(record: Pick<DocRecord, 'text' | 'sentences'>, i: number): string {
  const s = record.sentences[i];
  return s === undefined ? '' : (s.text ?? record.text.slice(s.start, s.end));
}
