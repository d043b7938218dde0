/**
 * Every reference inside a record, checked: item ids are the layer letter and the 1-based position, cluster ids
 * name a cluster, mention ids name a mention of that same cluster, `sentence` indexes a sentence that holds the
 * item's start, and a commitment's `time` names timex. Used by the tests over the bulk set; cheap enough to run on
 * any record.
 */
import type { DocRecord } from '../schema/record.js';

/** Problems with the record's references, one line each; empty when every reference resolves. */
export function referenceProblems(record: DocRecord): string[] {
  const problems: string[] = [];
  const clusters = new Set(record.clusters.map((c) => c.id));
  const mentions = new Map(record.entities.map((e) => [e.id, e]));
  const timex = new Set(record.timex.map((t) => t.id));
  const layers = [
    ['s', record.sentences],
    ['e', record.entities],
    ['t', record.timex],
    ['r', record.roles],
    ['q', record.quotes],
    ['c', record.commitments],
  ] as const;
  for (const [letter, items] of layers)
    items.forEach((item, i) => {
      if (item.id !== `${letter}${i + 1}`) problems.push(`${item.id}: expected id ${letter}${i + 1}`);
    });
  const cluster = (where: string, id: string | null) => {
    if (id !== null && !clusters.has(id)) problems.push(`${where}: cluster ${id} is not in clusters`);
  };
  const mention = (where: string, id: string | null, of: string | null) => {
    if (id === null) return;
    const m = mentions.get(id);
    if (!m) problems.push(`${where}: mention ${id} is not in entities`);
    else if (m.cluster !== of) problems.push(`${where}: mention ${id} is of ${m.cluster}, not ${String(of)}`);
  };
  const sentence = (where: string, i: number, at: number) => {
    const s = record.sentences[i];
    if (record.sentences.length === 0) return;
    if (!s) problems.push(`${where}: sentence ${i} does not exist`);
    else if (at < s.start || (i + 1 < record.sentences.length && at >= record.sentences[i + 1]!.start))
      problems.push(`${where}: starts at ${at}, outside sentence ${i} (${s.start}-${s.end})`);
  };
  const parallel = (where: string, ids: string[], refs: (string | null)[]) => {
    if (ids.length !== refs.length) problems.push(`${where}: ${refs.length} mention ids for ${ids.length} clusters`);
    ids.forEach((c, k) => {
      cluster(where, c);
      mention(where, refs[k] ?? null, c);
    });
  };
  for (const e of record.entities) {
    cluster(e.id, e.cluster);
    sentence(e.id, e.sentence, e.start);
  }
  for (const t of record.timex) sentence(t.id, t.sentence, t.start);
  for (const r of record.roles) {
    cluster(r.id, r.holder);
    cluster(r.id, r.organization);
    mention(r.id, r.holderMention, r.holder);
    mention(r.id, r.organizationMention, r.organization);
    if (r.holder !== null && r.holderMention === null) problems.push(`${r.id}: holder ${r.holder} has no mention`);
    sentence(r.id, r.sentence, r.start);
  }
  for (const q of record.quotes) {
    cluster(q.id, q.speaker);
    mention(q.id, q.speakerMention, q.speaker);
    if (q.speaker !== null && q.speakerMention === null) problems.push(`${q.id}: speaker ${q.speaker} has no mention`);
    sentence(q.id, q.sentence, q.start);
  }
  for (const c of record.commitments) {
    parallel(`${c.id} actors`, c.actors, c.actorMentions);
    parallel(`${c.id} target`, c.target, c.targetMentions);
    parallel(`${c.id} object`, c.object, c.objectMentions);
    sentence(c.id, c.sentence, c.trigger.start);
    for (const t of (c as { time?: string[] }).time ?? [])
      if (!timex.has(t)) problems.push(`${c.id}: time ${t} is not in timex`);
  }
  return problems;
}
