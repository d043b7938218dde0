// Party phrases around a trigger: named subjects, possessors, agents, `kedua X` and pronouns.
import type { Entity } from '../../schema/layers.js';
import { GROUP_PRONOUNS, PARTY_HEADS, PREPOSITIONS, SPEAKER_PRONOUNS } from '../../rules/commitment-words.js';
import { BOTH, PARTY_TYPES, TYPE_RANK } from './word-classes.js';
import { type Ctx, type Found, quoteAt } from './context.js';

/**
 * A noun phrase of named parties ending at token `j` (its head and what is coordinated before it:
 * `ASEAN dan Rusia`, `Indonesia, Malaysia, dan Thailand`), or null when `j` ends no party.
 */
export function partyLeft(ctx: Ctx, j: number): { clusters: string[]; from: number } | null {
  const head = partyEndingAt(ctx, j, true);
  return head ? withCoordination(ctx, [head.cluster], head.from) : null;
}

/** Extends a subject phrase starting at token `from` over what is coordinated before it. */
export function withCoordination(ctx: Ctx, start: string[], from: number): { clusters: string[]; from: number } {
  const { toks, a } = ctx;
  const clusters = [...start];
  from = overTitle(ctx, start[0]!, from);
  let sawAnd = false;
  // Coordination to the left: `A dan B`, `A, B, dan C`, `A bersama (dengan) para pemimpin B`, `Saya dan B`.
  for (;;) {
    // `para pemimpin negara ASEAN`: the heads of a named party are part of its phrase.
    let f = from;
    while (f - 1 >= a && PARTY_HEADS.has(toks[f - 1]!.norm)) f--;
    const c = toks[f - 1];
    if (!c || f - 1 < a) break;
    const and =
      c.norm === 'dan' || c.norm === 'serta' || c.norm === 'bersama' || c.norm === 'maupun' || c.norm === 'dengan';
    const comma = c.norm === ',' && sawAnd;
    if (!and && !comma) break;
    let skip = and && toks[f - 2]?.norm === ',' ? 3 : 2; // `Malaysia, dan Thailand`
    if (c.norm === 'dengan' && toks[f - 2]?.norm === 'bersama') skip = 3;
    const me = speakerAt(ctx, f - skip);
    const prev = me ? { cluster: me, from: f - skip } : partyEndingAt(ctx, f - skip, false);
    if (!prev) break;
    const p = toks[prev.from - 1];
    if (p && PREPOSITIONS.has(p.norm)) break;
    if (and) sawAnd = true;
    if (!clusters.includes(prev.cluster)) clusters.unshift(prev.cluster);
    from = overTitle(ctx, prev.cluster, prev.from);
  }
  return { clusters, from };
}

/** `Menteri Ketenagakerjaan, Yassierli`: a title set off by a comma before its holder belongs to the phrase. */
function overTitle(ctx: Ctx, holder: string, from: number): number {
  if (ctx.toks[from - 1]?.norm !== ',' || from - 2 < ctx.a) return from;
  const role = ctx.roleAt(from - 2);
  if (!role || role.holder !== holder) return from;
  let r = from - 2;
  while (r > ctx.a && ctx.toks[r - 1]!.start >= role.start) r--;
  // Only a title that opens the phrase: in `sebagai Ketum IKA Unpad, Ferry …` it belongs to the adjunct.
  const before = ctx.toks[r - 1];
  if (r > ctx.a && before && before.kind === 'word' && !['dan', 'serta'].includes(before.norm)) return from;
  return r;
}

/** `Saya` / `aku` at token `k`, inside a quote with a speaker: the speaker. */
export function speakerAt(ctx: Ctx, k: number): string | null {
  const t = ctx.toks[k];
  if (!t || k < ctx.a || !SPEAKER_PRONOUNS.has(t.norm) || GROUP_PRONOUNS.has(t.norm)) return null;
  return quoteAt(ctx.quotes, t.start)?.speaker ?? null;
}

/**
 * The party phrase ending at token `end`: adjacent entities, whose head is the person, else the
 * organisation (`Kemhan RI`, `Dubes Jepang Masaki`), unless a title there stands for its holder
 * (`Gubernur Sumatera Utara`, `Menkop`). With `parens`, a bracketed name after it is read over
 * (`Kementerian Pertahanan (Kemhan)`): the head of a subject, not of a coordinated party.
 */
export function partyEndingAt(ctx: Ctx, end: number, parens: boolean): { cluster: string; from: number } | null {
  const { m, toks, a } = ctx;
  if (end < a) return null;
  let k = end;
  let best: Entity | null = null;
  let from = end + 1;
  while (k >= a) {
    if (parens && toks[k]!.norm === ')') {
      let p = k - 1;
      while (p >= a && toks[p]!.norm !== '(' && k - p < 8) p--;
      if (p < a || toks[p]!.norm !== '(' || p === end || !m.entityAt(p + 1)) break;
      k = p - 1;
      continue;
    }
    const e = m.entityAt(k);
    if (!e || !PARTY_TYPES.has(m.typeOf(e))) break;
    if (!best || (TYPE_RANK[m.typeOf(e)] ?? 0) > (TYPE_RANK[m.typeOf(best)] ?? 0)) best = e;
    from = m.entityStart(k);
    k = from - 1;
  }
  const role = ctx.roleAt(end);
  if (role && (!best || m.typeOf(best) !== 'PERSON')) {
    let r = end;
    while (r > a && toks[r - 1]!.start >= role.start) r--;
    return { cluster: role.holder, from: r };
  }
  return best ? { cluster: best.cluster, from } : null;
}

/** A party phrase starting at token `i` (possessors, agents, targets): `Rusia`, `ASEAN dan Rusia`. */
export function partyRight(ctx: Ctx, i: number, limit: number): { clusters: string[]; to: number } | null {
  const { m, toks } = ctx;
  const one = (k: number): { head: Entity; to: number } | null => {
    let best: Entity | null = null;
    let to = k - 1;
    while (k < limit) {
      const e = m.entityAt(k);
      if (!e || !PARTY_TYPES.has(m.typeOf(e))) {
        if (best && toks[k]!.norm === '(') {
          // (Kemhan): skip
          let p = k + 1;
          while (p < limit && toks[p]!.norm !== ')' && p - k < 8) p++;
          if (p < limit && toks[p]!.norm === ')') {
            to = p;
            k = p + 1;
            continue;
          }
        }
        break;
      }
      if (!best || (TYPE_RANK[m.typeOf(e)] ?? 0) > (TYPE_RANK[m.typeOf(best)] ?? 0)) best = e;
      const end = m.entityEnd(k);
      to = end;
      k = end + 1;
    }
    return best ? { head: best, to } : null;
  };
  const first = one(i);
  if (!first) return null;
  const clusters = [first.head.cluster];
  let to = first.to;
  for (;;) {
    const c = toks[to + 1];
    if (!c || to + 1 >= limit) break;
    if (!(c.norm === 'dan' || c.norm === 'serta' || c.norm === ',' || c.norm === 'dengan' || c.norm === 'maupun'))
      break;
    let k = to + 2;
    if (c.norm === ',' && toks[k]?.norm === 'dan') k++;
    const next = one(k);
    if (!next) break;
    if (!clusters.includes(next.head.cluster)) clusters.push(next.head.cluster);
    to = next.to;
  }
  return { clusters, to };
}

/** `kedua negara` / `kedua pihak` / `kedua menteri`: the two parties of that kind named last. */
export function bothParties(ctx: Ctx, at: number, kind: 'country' | 'person' | 'party'): string[] {
  const { m } = ctx;
  const fits = (e: Entity): boolean => {
    const type = m.typeOf(e);
    if (kind === 'person') return type === 'PERSON';
    if (kind === 'country') return type === 'LOCATION' || type === 'ORGANIZATION';
    return type === 'PERSON' || type === 'ORGANIZATION' || type === 'LOCATION';
  };
  const out: string[] = [];
  // Prefer a pair named together (`A dan B`, `antara A dengan B`), else the last two distinct ones.
  const before = m.entities.filter((e) => e.end <= at && fits(e));
  for (let k = before.length - 1; k > 0; k--) {
    const x = before[k - 1]!;
    const y = before[k]!;
    const between = ctx.doc.lower.slice(x.end, y.start).trim();
    if (x.cluster !== y.cluster && /^(?:dan|dengan|serta|,|-|–)$/.test(between)) return [x.cluster, y.cluster];
  }
  for (let k = before.length - 1; k >= 0 && out.length < 2; k--)
    if (!out.includes(before[k]!.cluster)) out.unshift(before[k]!.cluster);
  return out.length === 2 ? out : [];
}

/** Resolves a pronoun subject at token `j`. */
export function pronoun(ctx: Ctx, j: number): string[] {
  const t = ctx.toks[j]!;
  const q = quoteAt(ctx.quotes, t.start);
  if (q?.speaker && GROUP_PRONOUNS.has(t.norm)) return [ctx.organizationOf(q.speaker) ?? q.speaker];
  if (q?.speaker && (SPEAKER_PRONOUNS.has(t.norm) || t.norm === 'pihaknya')) return [q.speaker];
  if (SPEAKER_PRONOUNS.has(t.norm)) return [];
  // A person named earlier in this sentence (`Wamenaker Noel menambahkan bahwa ia berkomitmen`), else the
  // speaker of a quote in this or the sentence before, else the last person named.
  const sentence = ctx.doc.sentences.length ? ctx.doc.sentenceAt(t.start) : 0;
  const here = ctx.doc.sentences.length ? ctx.m.personBefore(t.start, ctx.doc.sentences[sentence]!.start) : null;
  if (here) return [here];
  for (let k = ctx.quotes.length - 1; k >= 0; k--) {
    const qq = ctx.quotes[k]!;
    if (qq.end > t.start) continue;
    if (qq.speaker && ctx.doc.sentences.length && ctx.doc.sentenceAt(qq.start) >= sentence - 2) return [qq.speaker];
    break;
  }
  const p = lastNamed(ctx, t.start);
  return p ? [p] : [];
}

/**
 * The person named last before offset `at`: a PERSON mention, or a title standing for its holder (`Dirjen Dikti
 * menggarisbawahi … Ia meminta`), whichever is nearer.
 */
function lastNamed(ctx: Ctx, at: number): string | null {
  const persons = ctx.m.entities.filter((e) => e.end <= at && ctx.m.typeOf(e) === 'PERSON');
  const person = persons[persons.length - 1];
  let role: { end: number; holder: string } | null = null;
  for (const r of ctx.doc.roles)
    if (r.holder && r.end <= at && (!role || r.end > role.end)) role = { end: r.end, holder: r.holder };
  if (role && (!person || role.end > person.end)) return role.holder;
  return person?.cluster ?? null;
}

/** Actors of a passive trigger: `antara A dan B`, `oleh A`, or an agent right after it. */
export function agentRight(ctx: Ctx, i: number, end: number): Found | null {
  const { toks } = ctx;
  const right = partyRight(ctx, i + 1, end);
  if (right) return { actors: right.clusters, from: i + 1, to: right.to, how: 'agent' };
  const kind = BOTH[toks[i + 2]?.norm ?? ''];
  if (toks[i + 1]?.norm === 'kedua' && kind)
    return { actors: bothParties(ctx, toks[i + 1]!.start, kind), from: i + 1, to: i + 2, how: 'both' };
  for (let k = i + 1; k < end; k++) {
    const n = toks[k]!.norm;
    if (n === 'oleh' && k > i + 1) continue;
    if (n === 'antara' || n === 'oleh') {
      const p = partyRight(ctx, k + 1, end);
      if (p) return { actors: p.clusters, from: k, to: p.to, how: 'agent' };
      const kk = BOTH[toks[k + 2]?.norm ?? ''];
      if (toks[k + 1]?.norm === 'kedua' && kk)
        return { actors: bothParties(ctx, toks[k + 1]!.start, kk), from: k, to: k + 2, how: 'both' };
      return null;
    }
  }
  return null;
}
