import type { Doc, Stage } from '../doc.js';
import type { Commitment } from '../schema/layers.js';
import { mentionsOf } from './quotes.js';
import { TRIGGER } from './commitments/lookup.js';
import { OBJECT_TYPES } from './commitments/word-classes.js';
import type { Ctx } from './commitments/context.js';
import { type Draft, draftAt } from './commitments/draft.js';

export { lookupTrigger } from './commitments/lookup.js';

/*
 * The commitment stage in its parts (docs/stages/commitments.md): each word of a sentence looked up as
 * a trigger (commitments/lookup.ts, through the token-feature layer), each trigger made a
 * draft (commitments/draft.ts: actors from commitments/subject.ts and commitments/parties.ts, the
 * clause from commitments/clause.ts, a rule's extra condition from commitments/needs.ts), then the
 * drafts' content spans and objects here.
 */

/** Commitments of one sentence. */
function sentenceCommitments(ctx: Ctx, si: number): Commitment[] {
  const { doc, m, toks, words, a, b } = ctx;
  const drafts: Draft[] = [];
  // No closure in this loop: one that captured `i` or a body variable would make V8 allocate a
  // context at every token (~40 KB a document).
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word' || m.entityAt(i)) continue;
    const hit = words.get(TRIGGER, i);
    if (hit) draftAt(ctx, i, hit, si, drafts);
  }
  // Content spans and objects, once the cuts are known.
  const out: Commitment[] = [];
  for (const d of drafts) {
    if (d.e > d.s) {
      d.c.content = doc.span(toks[d.s]!.start, toks[d.e - 1]!.end);
      const objects: string[] = [];
      for (let k = d.s; k < d.e; k++) {
        const e = m.entityAt(k);
        if (e && OBJECT_TYPES.has(m.typeOf(e)) && !objects.includes(e.cluster) && !d.c.actors.includes(e.cluster))
          objects.push(e.cluster);
      }
      d.c.object = objects;
    }
    out.push(d.c);
  }
  return out;
}

export const commitmentsStage: Stage = {
  name: 'commitments',
  requires: ['sentences', 'entities', 'clusters', 'roles', 'quotes'],
  assigns: ['commitments'],
  indonesianOnly: true,
  run(doc: Doc): void {
    doc.commitments = findCommitments(doc);
  },
};

/** Commitments of the document (the stage's work, callable on its own). */
export function findCommitments(doc: Doc): Commitment[] {
  const m = mentionsOf(doc);
  const toks = m.tokens;
  const words = doc.words;
  const sentences = doc.sentences.length ? doc.sentences : [{ start: 0, end: doc.text.length }];
  const out: Commitment[] = [];
  // A title acts for its holder; a title whose holder is not named (`Wamenhan juga mendukung …`) acts for its
  // organisation, which is who an analyst can join on.
  const roles = doc.roles
    .filter((r) => r.holder || r.organization)
    .map((r) => ({ holder: (r.holder ?? r.organization)!, start: r.start, end: r.end }));
  // Most documents have no such role: then no index is made.
  const roleIdx = roles.length > 0 ? new Int32Array(toks.length).fill(-1) : null;
  for (let r = 0; r < roles.length; r++) {
    for (let k = m.tokenAt(roles[r]!.start); k < toks.length && toks[k]!.start < roles[r]!.end; k++) roleIdx![k] = r;
  }
  const roleAt = (i: number) => {
    const r = roleIdx?.[i] ?? -1;
    return r >= 0 ? (roles[r] as { holder: string; start: number; end: number }) : null;
  };
  const orgs = new Map<string, string>();
  for (const r of doc.roles) if (r.holder && r.organization && !orgs.has(r.holder)) orgs.set(r.holder, r.organization);
  const organizationOf = (holder: string) => orgs.get(holder) ?? null;
  let a = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si]!;
    while (a < toks.length && toks[a]!.start < sent.start) a++;
    let b = a;
    while (b < toks.length && toks[b]!.end <= sent.end) b++;
    if (b > a)
      for (const c of sentenceCommitments(
        { doc, m, toks, words, a, b, quotes: doc.quotes, roleAt, organizationOf },
        si,
      ))
        out.push(c);
    a = b;
  }
  return out;
}
