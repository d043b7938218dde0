import type { Doc, Stage } from '../doc.js';
import type { Commitment, Entity, Quote } from '../schema/record.js';
import type { Token } from '../text/tokens.js';
import { analyze, looksVerbal } from '../text/morphology.js';
import {
  AID_NOUNS,
  NOT_TRIGGERS,
  PROPOSAL_NOUNS,
  TRIGGERS,
  type EventCode,
  type TriggerHit,
  type TriggerRule,
} from '../rules/triggers.js';
import {
  ADDRESSEE_NOUNS,
  AUX,
  BOTH_COUNTRIES,
  BOTH_PARTIES,
  BOTH_PERSONS,
  BLOCKERS,
  CLAUSE_END,
  CONTENT_LEAD,
  DETERMINERS,
  DONE,
  EVENT_NOUNS,
  FUNCTION_WORDS,
  IMPLICIT_PARTIES,
  INTENDED,
  LIGHT_VERBS,
  NEEDS_SKIP,
  NEGATION,
  PARTY_HEADS,
  PREPOSITIONS,
  PRONOUNS,
  RECEIVE_VERBS,
  SPEAKER_PRONOUNS,
  SUBORDINATE,
} from '../rules/commitment-words.js';
import { mentionsOf, type Mentions } from './quotes.js';

// ---------------------------------------------------------------------------------------------
// Trigger lookup: root → rules, and a per-word cache so each distinct word is analysed once.

const BY_ROOT = new Map<string, TriggerRule[]>();
for (const rule of TRIGGERS) for (const root of rule.roots) BY_ROOT.set(root, [...(BY_ROOT.get(root) ?? []), rule]);

const lookupCache = new Map<string, TriggerHit | null>();

// A cheap filter in front of the cache, exact in what it rejects. Every reading of `analyze` is
// [prefix] root [suffix] [clitic] where only the root's first letter may differ from the word
// (meN-/peN- assimilation: s, k, t, p). So a word can read as a listed root only if, once a suffix
// (kan, an, i) and the clitic -nya (the only one a trigger takes) are taken off its end, it ends with
// that root's last three letters (its last two for a three-letter root whose first letter may be
// assimilated). Keys are the low five bits of the last code units (exact on a-z; elsewhere a collision
// only lets a word through to the full lookup), kept as bits: this runs on every word.
class Bits {
  private readonly words: Uint32Array;
  constructor(size: number) {
    this.words = new Uint32Array(size >>> 5);
  }
  add(k: number): void {
    this.words[k >>> 5] = this.words[k >>> 5]! | (1 << (k & 31));
  }
  has(k: number): boolean {
    return (this.words[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}
const ROOT_END3 = new Bits(1 << 15);
const ROOT_END2 = new Bits(1 << 10);
let anyRootEnd2 = false;
const key3 = (w: string, at: number): number =>
  ((w.charCodeAt(at) & 31) << 10) | ((w.charCodeAt(at + 1) & 31) << 5) | (w.charCodeAt(at + 2) & 31);
const key2 = (w: string, at: number): number => ((w.charCodeAt(at) & 31) << 5) | (w.charCodeAt(at + 1) & 31);
for (const root of BY_ROOT.keys()) {
  if (root.length >= 4 || !'sktp'.includes(root[0]!)) ROOT_END3.add(key3(root, root.length - 3));
  else {
    ROOT_END2.add(key2(root, root.length - 2));
    anyRootEnd2 = true;
  }
}

/** `w[0, e)` ends like a listed root. */
function endsLikeRoot(w: string, e: number): boolean {
  return (e >= 3 && ROOT_END3.has(key3(w, e - 3))) || (e >= 2 && anyRootEnd2 && ROOT_END2.has(key2(w, e - 2)));
}

/** False when no reading of the word can have a listed root (then `lookupTrigger` is null). */
function mayBeTrigger(w: string): boolean {
  let e = w.length;
  if (endsLikeRoot(w, e)) return true;
  // Suffixes -i, -an, -kan; then the same after taking off -nya.
  for (let pass = 0; pass < 2; pass++) {
    if (w.charCodeAt(e - 1) === 105 && endsLikeRoot(w, e - 1)) return true;
    if (w.charCodeAt(e - 1) === 110 && w.charCodeAt(e - 2) === 97) {
      if (endsLikeRoot(w, e - 2)) return true;
      if (w.charCodeAt(e - 3) === 107 && endsLikeRoot(w, e - 3)) return true;
    }
    if (pass > 0 || e < 3 || !w.endsWith('nya', e)) break;
    e -= 3;
    if (endsLikeRoot(w, e)) return true;
  }
  return false;
}

/** The trigger a lower-cased word reads as, or null. Never called on entity tokens. */
export function lookupTrigger(norm: string): TriggerHit | null {
  if (norm.length < 4 || !mayBeTrigger(norm)) return null;
  const cached = lookupCache.get(norm);
  if (cached !== undefined) return cached;
  let hit: TriggerHit | null = null;
  if (!NOT_TRIGGERS.has(norm) && norm.length >= 4) {
    for (const r of analyze(norm)) {
      if (r.clitic && r.clitic !== 'nya') continue;
      const rules = BY_ROOT.get(r.root);
      if (!rules) continue;
      for (const rule of rules) {
        const voice = rule.active.includes(r.shape)
          ? 'active'
          : rule.passive.includes(r.shape)
            ? 'passive'
            : rule.noun.includes(r.shape)
              ? 'noun'
              : null;
        // `-nya` only on nouns (komitmennya, dukungannya) and passives (disepakatinya).
        if (voice && (!r.clitic || voice !== 'active')) {
          hit = { rule, voice, shape: r.shape };
          break;
        }
      }
      if (hit) break;
    }
  }
  if (lookupCache.size > 50_000) lookupCache.clear();
  lookupCache.set(norm, hit);
  return hit;
}

// ---------------------------------------------------------------------------------------------
// Word classes (lower case): the lists are data in src/rules/commitment-words.ts.

/** Addressees of an appeal that are not named: mendorong masyarakat untuk … */
const PARTY_NOUNS: ReadonlySet<string> = new Set([...IMPLICIT_PARTIES, ...ADDRESSEE_NOUNS]);

/** `kedua X`: the X-words that name the parties and what kind of cluster they are. */
const BOTH: Readonly<Record<string, 'country' | 'person' | 'party'>> = Object.fromEntries([
  ...[...BOTH_COUNTRIES].map((w) => [w, 'country'] as const),
  ...[...BOTH_PERSONS].map((w) => [w, 'person'] as const),
  ...[...BOTH_PARTIES].map((w) => [w, 'party'] as const),
]);

const PARTY_TYPES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT']);
const OBJECT_TYPES = new Set(['DOCUMENT', 'PRODUCT', 'EVENT']);
const TYPE_RANK: Record<string, number> = { PERSON: 4, ORGANIZATION: 3, LOCATION: 2, EVENT: 1 };

// ---------------------------------------------------------------------------------------------

interface Found {
  actors: string[];
  /** First token of the subject or agent phrase, for cutting an earlier commitment's content. */
  from: number;
  /** Last token of the phrase (for content after a possessor or target). */
  to: number;
  how: 'subject' | 'clause' | 'pronoun' | 'both' | 'agent' | 'possessor' | 'implicit' | 'speaker';
}

interface Ctx {
  doc: Doc;
  m: Mentions;
  toks: Token[];
  /** Token range of the sentence: [a, b). */
  a: number;
  b: number;
  quotes: Quote[];
  /** Role holder per token (a title standing for its holder: `Menkop`, `Gubernur Sumatera Utara`). */
  roleAt: (i: number) => { holder: string; start: number; end: number } | null;
}

/** The quote containing offset `at`, if any. */
function quoteAt(quotes: Quote[], at: number): Quote | null {
  for (const q of quotes) if (q.start <= at && at < q.end) return q;
  return null;
}

/**
 * A noun phrase of named parties ending at token `j` (its head and what is coordinated before it:
 * `ASEAN dan Rusia`, `Indonesia, Malaysia, dan Thailand`), or null when `j` ends no party.
 */
function partyLeft(ctx: Ctx, j: number): { clusters: string[]; from: number } | null {
  const head = partyEndingAt(ctx, j, true);
  return head ? withCoordination(ctx, [head.cluster], head.from) : null;
}

/** Extends a subject phrase starting at token `from` over what is coordinated before it. */
function withCoordination(ctx: Ctx, start: string[], from: number): { clusters: string[]; from: number } {
  const { toks, a } = ctx;
  const clusters = [...start];
  let sawAnd = false;
  // Coordination to the left: `A dan B`, `A, B, dan C`, `A bersama B`.
  for (;;) {
    const c = toks[from - 1];
    if (!c || from - 1 < a) break;
    const and =
      c.norm === 'dan' || c.norm === 'serta' || c.norm === 'bersama' || c.norm === 'maupun' || c.norm === 'dengan';
    const comma = c.norm === ',' && sawAnd;
    if (!and && !comma) break;
    const skip = and && toks[from - 2]?.norm === ',' ? 3 : 2; // `Malaysia, dan Thailand`
    const prev = partyEndingAt(ctx, from - skip, false);
    if (!prev) break;
    const p = toks[prev.from - 1];
    if (p && PREPOSITIONS.has(p.norm)) break;
    if (and) sawAnd = true;
    if (!clusters.includes(prev.cluster)) clusters.unshift(prev.cluster);
    from = prev.from;
  }
  return { clusters, from };
}

/**
 * The party phrase ending at token `end`: adjacent entities, whose head is the person, else the
 * organisation (`Kemhan RI`, `Dubes Jepang Masaki`), unless a title there stands for its holder
 * (`Gubernur Sumatera Utara`, `Menkop`). With `parens`, a bracketed name after it is read over
 * (`Kementerian Pertahanan (Kemhan)`): the head of a subject, not of a coordinated party.
 */
function partyEndingAt(ctx: Ctx, end: number, parens: boolean): { cluster: string; from: number } | null {
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
function partyRight(ctx: Ctx, i: number, limit: number): { clusters: string[]; to: number } | null {
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
function bothParties(ctx: Ctx, at: number, kind: 'country' | 'person' | 'party'): string[] {
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
function pronoun(ctx: Ctx, j: number): string[] {
  const t = ctx.toks[j]!;
  const q = quoteAt(ctx.quotes, t.start);
  if (q?.speaker && (SPEAKER_PRONOUNS.has(t.norm) || t.norm === 'pihaknya')) return [q.speaker];
  if (SPEAKER_PRONOUNS.has(t.norm)) return [];
  // The speaker of a quote in this or the sentence before, else the last person named.
  const sentence = ctx.doc.sentences.length ? ctx.doc.sentenceAt(t.start) : 0;
  for (let k = ctx.quotes.length - 1; k >= 0; k--) {
    const qq = ctx.quotes[k]!;
    if (qq.end > t.start) continue;
    if (qq.speaker && ctx.doc.sentences.length && ctx.doc.sentenceAt(qq.start) >= sentence - 2) return [qq.speaker];
    break;
  }
  const p = ctx.m.personBefore(t.start);
  return p ? [p] : [];
}

/** Skips auxiliaries leftwards from `j`; returns the first other token and the status words seen. */
function skipAuxLeft(ctx: Ctx, j: number): { j: number; done: boolean; intended: boolean; negated: boolean } {
  let done = false;
  let intended = false;
  let negated = false;
  while (j >= ctx.a) {
    const n = ctx.toks[j]!.norm;
    if (!AUX.has(n) && !NEGATION.has(n)) break;
    if (ctx.m.entityAt(j)) break;
    if (DONE.has(n)) done = true;
    if (INTENDED.has(n)) intended = true;
    if (NEGATION.has(n)) negated = true;
    j--;
  }
  return { j, done, intended, negated };
}

/** Subject of a verb at token `i` (ANNOTATION.md: "the subject to the left"). */
function subjectOf(ctx: Ctx, i: number, depth = 0, type = ''): Found | null | 'reject' {
  const { toks, m, a } = ctx;
  const { j } = skipAuxLeft(ctx, i - 1);
  if (j < a) return clauseSubject(ctx, i);
  const t = toks[j]!;
  if (m.entityAt(j) || t.norm === ')' || ctx.roleAt(j)) {
    const p = partyLeft(ctx, j);
    if (p) {
      // `pendampingan dari LPDB …`, `mahasiswa Indonesia siap`: the name qualifies a noun that is the subject.
      const h = toks[p.from - 1];
      if (
        h &&
        p.from - 1 >= a &&
        h.kind === 'word' &&
        !h.cap &&
        !FUNCTION_WORDS.has(h.norm) &&
        !looksVerbal(h.norm) &&
        !lookupTrigger(h.norm)
      ) {
        const hh = toks[p.from - 2];
        const adverbial = !!hh && p.from - 2 >= a && PREPOSITIONS.has(hh.norm) && !PREPOSITIONS.has(h.norm);
        if (PREPOSITIONS.has(h.norm) || (!PARTY_HEADS.has(h.norm) && !adverbial)) return 'reject';
      }
      return { actors: p.clusters, from: p.from, to: j, how: 'subject' };
    }
  }
  if (PRONOUNS.has(t.norm)) return { actors: pronoun(ctx, j), from: j, to: j, how: 'pronoun' };
  if (t.norm.endsWith('nya') && t.norm === 'pihaknya')
    return { actors: pronoun(ctx, j), from: j, to: j, how: 'pronoun' };
  const kind = BOTH[t.norm];
  if (kind) {
    const k2 = toks[j - 1]?.norm === 'belah' ? j - 2 : j - 1;
    if (toks[k2]?.norm === 'kedua')
      return { actors: bothParties(ctx, toks[k2]!.start, kind), from: k2, to: j, how: 'both' };
  }
  if (t.kind !== 'word') return clauseSubject(ctx, i);
  if (t.norm === 'dan' || t.norm === 'serta' || t.norm === 'lalu' || t.norm === 'kemudian')
    return clauseSubject(ctx, i);
  // A verb before: the chain shares its subject (Kemhan berupaya mendukung …).
  if ((looksVerbal(t.norm) || lookupTrigger(t.norm)) && depth < 3 && !m.entityAt(j))
    return subjectOf(ctx, j, depth + 1, type);
  // A common noun phrase: a party without a name (pertemuan, para menteri), or not a party at all.
  for (let k = j; k >= a && j - k < 4; k--) {
    const w = toks[k]!;
    if (w.kind !== 'word') break;
    if (IMPLICIT_PARTIES.has(w.norm)) {
      // A meeting agrees or pledges; it does not give, support or urge.
      if (EVENT_NOUNS.has(w.norm) && type !== 'AGREE' && type !== 'SIGN' && type !== 'PLEDGE') return 'reject';
      return { actors: [], from: k, to: j, how: 'implicit' };
    }
    if (w.cap && !m.entityAt(k) && k > a) return { actors: [], from: k, to: j, how: 'implicit' };
  }
  return 'reject';
}

/**
 * The clause's subject when the verb has none right before it (`tegas Dirjen Arto yang juga
 * menyampaikan … dan kembali mendorong`): the nearest named party, pronoun or `kedua X` before it in the
 * sentence that is followed by a verb, without crossing a quote mark or `;`.
 */
function clauseSubject(ctx: Ctx, i: number): Found | null {
  const { toks, m, a } = ctx;
  for (let k = i - 1; k >= a; k--) {
    const t = toks[k]!;
    if (t.norm === '"' || t.norm === ';') break;
    const isParty = !!m.entityAt(k) && PARTY_TYPES.has(m.typeOf(m.entityAt(k)!));
    const isPronoun = PRONOUNS.has(t.norm) && !SPEAKER_PRONOUNS.has(t.norm);
    if (!isParty && !isPronoun) continue;
    // Followed (after its own phrase and auxiliaries) by a verb or `yang`?
    let n = isParty ? m.entityEnd(k) + 1 : k + 1;
    while (
      n < i &&
      (m.entityAt(n) ||
        toks[n]!.norm === '(' ||
        toks[n]!.norm === ')' ||
        (toks[n - 1]?.norm === '(' && toks[n + 1]?.norm === ')'))
    )
      n++;
    while (
      n < i &&
      (AUX.has(toks[n]!.norm) || NEGATION.has(toks[n]!.norm) || toks[n]!.norm === 'yang' || toks[n]!.norm === ',')
    )
      n++;
    const v = toks[n];
    if (!v || n > i) continue;
    if (n === i || looksVerbal(v.norm) || lookupTrigger(v.norm)) {
      if (isPronoun) return { actors: pronoun(ctx, k), from: k, to: k, how: 'pronoun' };
      const p = partyLeft(ctx, isParty ? m.entityEnd(k) : k);
      if (p) return { actors: p.clusters, from: p.from, to: k, how: 'clause' };
    }
    if (isParty) k = m.entityStart(k);
  }
  return null;
}

/** Clause end after token `from`: the sentence end, `;`, a quote mark, or a new clause. */
function clauseEnd(ctx: Ctx, from: number, inQuote: Quote | null): number {
  const { toks, b } = ctx;
  let k = from;
  for (; k < b; k++) {
    const t = toks[k]!;
    if (inQuote && t.start >= inQuote.end) break;
    if (t.norm === ';' || t.norm === '"') break;
    if (t.norm === ',' && CLAUSE_END.has(toks[k + 1]?.norm ?? '')) break;
    if (
      CLAUSE_END.has(t.norm) &&
      k > from &&
      (toks[k - 1]!.norm === ',' || t.norm === 'sedangkan' || t.norm === 'namun')
    )
      break;
  }
  // Drop trailing punctuation.
  while (k > from && toks[k - 1]!.kind === 'punct' && /^[.,;:!?"'-]$/.test(toks[k - 1]!.norm)) k--;
  return k; // exclusive
}

/**
 * Is the active trigger at `i` part of a purpose phrase (`dalam rangka mendorong X dan mendukung Y`,
 * `untuk menjaga X serta mendukung Y`)? Looks left over coordinated verbs to the word that heads them.
 */
function underPurpose(ctx: Ctx, i: number): boolean {
  const { toks, a, m } = ctx;
  for (let k = i - 1; k >= a; k--) {
    const t = toks[k]!;
    if (m.entityAt(k) || t.norm === '"' || t.norm === ';' || PRONOUNS.has(t.norm)) return false;
    if (t.norm === 'yang') return false;
    if (SUBORDINATE.has(t.norm) && t.norm !== 'dengan') {
      const nx = toks[k + 1];
      if (nx && (looksVerbal(nx.norm) || lookupTrigger(nx.norm))) return true;
    }
    // Another verb not governed by a purpose word: the trigger is coordinated with the main clause.
    const before = toks[k - 1]?.norm ?? '';
    if (k < i - 1 && (looksVerbal(t.norm) || lookupTrigger(t.norm)) && !SUBORDINATE.has(before)) return false;
  }
  return false;
}

/** Is the trigger at `i` under a belief, hope, appreciation or history word in its clause? */
function blocked(ctx: Ctx, i: number): boolean {
  const { toks, a } = ctx;
  for (let k = i - 1; k >= a; k--) {
    const t = toks[k]!;
    if (t.norm === '"' || t.norm === ';') return false;
    if (BLOCKERS.has(t.norm)) {
      // `atas` only blocks as `atas dukungan` right before (thanks for the support).
      if (t.norm === 'atas' && k !== i - 1) continue;
      return true;
    }
    if ((t.norm === 'dan' || t.norm === 'serta') && k < i - 1) {
      const { j } = skipAuxRight(ctx, k + 1);
      if (j < ctx.b && (looksVerbal(toks[j]!.norm) || lookupTrigger(toks[j]!.norm)) && j <= i) return false;
    }
  }
  return false;
}

function skipAuxRight(ctx: Ctx, j: number): { j: number } {
  while (j < ctx.b && (AUX.has(ctx.toks[j]!.norm) || NEGATION.has(ctx.toks[j]!.norm))) j++;
  return { j };
}

/** Next word token index after `i` within the sentence, skipping determiners in `skip`. */
function nextWord(ctx: Ctx, i: number, skip: ReadonlySet<string>): number {
  let k = i + 1;
  while (k < ctx.b && (ctx.toks[k]!.kind !== 'word' || skip.has(ctx.toks[k]!.norm))) {
    if (ctx.toks[k]!.kind === 'punct' && ctx.toks[k]!.norm !== '-') return ctx.b;
    k++;
  }
  return k;
}

/** The extra condition of a rule (needs). */
function needsMet(ctx: Ctx, i: number, rule: TriggerRule): boolean {
  const { toks, m, b } = ctx;
  const n = nextWord(ctx, i, NEEDS_SKIP);
  const next = n < b ? toks[n]!.norm.replace(/nya$/, '') : '';
  switch (rule.needs) {
    case 'aid':
      return AID_NOUNS.has(next);
    case 'proposal':
      return PROPOSAL_NOUNS.has(next);
    case 'verb': {
      if (next === 'siaga' || next === '') return false;
      const k = i + 1;
      return (
        k < b &&
        toks[k]!.kind === 'word' &&
        (toks[k]!.norm === 'untuk' || looksVerbal(toks[k]!.norm) || !!lookupTrigger(toks[k]!.norm))
      );
    }
    case 'addressee': {
      const k = nextWord(ctx, i, DETERMINERS);
      if (k >= b) return false;
      const e = m.entityAt(k);
      if (e) return PARTY_TYPES.has(m.typeOf(e));
      const w = toks[k]!.norm;
      return PARTY_NOUNS.has(w) || toks[k - 1]?.norm === 'kepada';
    }
    default:
      if (rule.id === 'commit.minta' && (next === 'maaf' || next === 'izin')) return false;
      return true;
  }
}

/** Actors of a passive trigger: `antara A dan B`, `oleh A`, or an agent right after it. */
function agentRight(ctx: Ctx, i: number, end: number): Found | null {
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

const CONFIDENCE: Record<Found['how'], number> = {
  subject: 0.9,
  agent: 0.9,
  possessor: 0.85,
  speaker: 0.8,
  both: 0.75,
  clause: 0.75,
  pronoun: 0.7,
  implicit: 0.6,
};

interface Draft {
  c: Commitment;
  i: number;
  /** Token range of the content, [s, e). */
  s: number;
  e: number;
  how: Found['how'];
}

/** The draft commitment of the trigger `hit` at token `i`, pushed on `drafts` (which it may cut), if it is one. */
function draftAt(ctx: Ctx, i: number, hit: TriggerHit, si: number, drafts: Draft[]): void {
  const { doc, m, toks, a } = ctx;
  const t = toks[i]!;
  // A capitalised trigger inside a sentence is part of a name (Nota Kesepakatan …).
  if (t.cap && i > a && toks[i - 1]!.norm !== '"' && !t.upper) return;
  const { rule, voice } = hit;
  if (!needsMet(ctx, i, rule) || blocked(ctx, i)) return;
  const inQuote = quoteAt(ctx.quotes, t.start);
  const aux = skipAuxLeft(ctx, i - 1);
  const prev = aux.j >= a ? toks[aux.j]!.norm : '';
  const enclosing = drafts.find((d) => d.s <= i && i < d.e);

  let found: Found | null = null;
  let target: string[] = [];
  let contentFrom = i + 1;
  const end = clauseEnd(ctx, i + 1, inQuote);

  if (voice === 'passive') {
    if (prev === 'yang' || (prev === 'telah' && toks[aux.j]?.norm === 'yang')) return;
    found = agentRight(ctx, i, end);
    if (!found && rule.passiveNeedsAgent) return;
    if (found && found.from === i + 1) contentFrom = found.to + 1;
    if (rule.type === 'ENCOURAGE' || rule.type === 'SUPPORT') {
      const subj = aux.j >= a && m.entityAt(aux.j) ? partyLeft(ctx, aux.j) : null;
      if (rule.type === 'ENCOURAGE') target = subj?.clusters ?? [];
    }
    found ??= { actors: [], from: i, to: i, how: 'implicit' };
  } else if (voice === 'noun') {
    // Stated by a light verb's subject (menegaskan komitmennya), owned (sebagai bentuk dukungan Jepang,
    // Komitmen Indonesia … at the start), between parties, received (dukungan dari X), or a signing.
    const poss = partyRight(ctx, i + 1, end);
    const kind = BOTH[toks[i + 2]?.norm ?? ''];
    const light = LIGHT_VERBS.has(prev) && prev !== 'bentuk' && prev !== 'wujud';
    if (poss && (light || prev === 'bentuk' || prev === 'wujud' || i === a)) {
      found = { actors: poss.clusters, from: i + 1, to: poss.to, how: 'possessor' };
      contentFrom = poss.to + 1;
    } else if (toks[i + 1]?.norm === 'kedua' && kind && (light || i === a)) {
      found = { actors: bothParties(ctx, toks[i + 1]!.start, kind), from: i + 1, to: i + 2, how: 'both' };
      contentFrom = i + 3;
    } else if (light) {
      if (aux.j <= a) return; // Memiliki komitmen … (a list item with no subject)
      if (underPurpose(ctx, aux.j) || SUBORDINATE.has(toks[aux.j - 1]?.norm ?? '')) return;
      const s = subjectOf(ctx, aux.j);
      if (s === 'reject' || s === null) return;
      found = s;
    } else if (toks[i + 1]?.norm === 'antara' || toks[i + 1]?.norm === 'oleh') {
      found = agentRight(ctx, i, end);
    } else if (RECEIVE_VERBS.has(prev)) {
      let k = i + 1;
      while (k < end && toks[k]!.norm !== 'dari') k++;
      const p = k < end ? partyRight(ctx, k + 1, end) : null;
      if (!p) return;
      found = { actors: p.clusters, from: k, to: p.to, how: 'agent' };
    } else if (rule.type === 'SIGN') {
      found = agentRight(ctx, i, end) ?? { actors: [], from: i, to: i, how: 'implicit' };
    } else return;
    if (!found) return;
  } else {
    // Active verb. A purpose or relative clause (untuk mendukung, yang mendukung) is not a commitment.
    if (SUBORDINATE.has(prev) && !enclosing) return;
    if (aux.j < a && i === a) return; // sentence-initial participle (Mendukung program X, …)
    if (!enclosing && underPurpose(ctx, i)) return;
    const s = subjectOf(ctx, i, 0, rule.type);
    // No subject anywhere (a list item, a participle, a thing as subject): not a party's commitment.
    if (s === 'reject' && !enclosing) return;
    if (s === null && !enclosing && !inQuote?.speaker) return;
    // `siap`/`bersedia` pledge only with their own subject (`lebih siap menghadapi` is readiness).
    if (
      rule.needs === 'verb' &&
      (s === null ||
        s === 'reject' ||
        s.how === 'clause' ||
        ['lebih', 'makin', 'semakin', 'yang', 'dan', 'serta', ','].includes(prev))
    )
      return;
    found = s === 'reject' ? null : s;
    if (rule.type === 'ENCOURAGE') {
      const k = nextWord(ctx, i, DETERMINERS);
      const tgt = k < end ? partyRight(ctx, k, end) : null;
      if (tgt) {
        target = tgt.clusters;
        contentFrom = tgt.to + 1;
      } else if (k < end && PARTY_NOUNS.has(toks[k]!.norm) && toks[k]!.norm !== 'agar' && toks[k]!.norm !== 'supaya') {
        // Unnamed addressee phrase: content starts at untuk/agar after it.
        let x = k;
        while (x < end && x - k < 6 && !['untuk', 'agar', 'supaya'].includes(toks[x]!.norm)) x++;
        if (x < end && x - k < 6) contentFrom = x;
      }
    }
    // Inside a quote, `kami`/`kita` or no subject → the speaker.
    if (inQuote?.speaker && (!found || (found.how === 'pronoun' && found.actors.length === 0))) {
      found = { actors: [inQuote.speaker], from: i, to: i, how: 'speaker' };
    }
  }
  if (!found) found = { actors: [], from: i, to: i, how: 'implicit' };

  // A trigger inside another commitment's content is that commitment's chained verb, unless another
  // party acts (menyepakati usulan Malaysia) or a new verb is coordinated after a non-agreement.
  if (enclosing) {
    const own =
      (found.how === 'subject' || found.how === 'possessor' || found.how === 'agent' || found.how === 'both') &&
      found.from > enclosing.i;
    const differs = found.actors.length > 0 && found.actors.join() !== enclosing.c.actors.join();
    const coordinated =
      voice === 'active' &&
      (prev === 'dan' || prev === 'serta' || prev === ',') &&
      enclosing.c.type !== 'AGREE' &&
      enclosing.c.type !== 'PLEDGE';
    if (!(own && differs) && !coordinated) return;
    if (coordinated && !(own && differs))
      found = { actors: enclosing.c.actors, from: aux.j, to: aux.j, how: enclosing.how };
    // Cut the enclosing content before this clause.
    const cut = Math.min(found.from, aux.j + 1, i);
    let e = cut;
    while (e > enclosing.s && /^(?:dan|serta|,|yang)$/.test(toks[e - 1]!.norm)) e--;
    enclosing.e = Math.min(enclosing.e, e);
  }
  // Content: after the trigger (and its possessor, agent or target), past untuk/bahwa/agar.
  let s = contentFrom;
  while (s < end && toks[s]!.kind === 'punct' && toks[s]!.norm !== '(') s++;
  while (s < end && CONTENT_LEAD.has(toks[s]!.norm) && s - contentFrom < 2) s++;
  const e = end;
  const status =
    rule.id === 'commit.siap' || rule.id === 'commit.bersedia'
      ? 'intended'
      : aux.done
        ? 'done'
        : aux.intended
          ? 'intended'
          : undefined;
  const code: EventCode = status === 'intended' && rule.intended ? rule.intended : rule.event;
  const c: Commitment = {
    type: rule.type,
    trigger: doc.span(t.start, t.end),
    actors: [...new Set(found.actors)],
    target: target.filter((x) => !found!.actors.includes(x)),
    object: [],
    content: null,
    sentence: si,
    ...(status ? { status } : {}),
    negated: aux.negated,
    confidence: 0,
    cameo: code.cameo,
    ...(code.plover ? { plover: code.plover } : {}),
    rule: rule.id,
  };
  c.confidence =
    Math.round(CONFIDENCE[found.how] * (voice === 'noun' ? 0.9 : 1) * (c.actors.length ? 1 : 0.8) * 100) / 100;
  drafts.push({ c, i, s, e, how: found.how });
}

/** Commitments of one sentence. */
function sentenceCommitments(ctx: Ctx, si: number): Commitment[] {
  const { doc, m, toks, a, b } = ctx;
  const drafts: Draft[] = [];
  // No closure in this loop: one that captured `i` or a body variable would make V8 allocate a
  // context at every token (~40 KB a document).
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word' || m.entityAt(i)) continue;
    const hit = lookupTrigger(t.norm);
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
  const sentences = doc.sentences.length ? doc.sentences : [{ start: 0, end: doc.text.length }];
  const out: Commitment[] = [];
  const roles = doc.roles.filter((r) => r.holder);
  // Most documents have no role with a holder: then no index is made.
  const roleIdx = roles.length > 0 ? new Int32Array(toks.length).fill(-1) : null;
  for (let r = 0; r < roles.length; r++) {
    for (let k = m.tokenAt(roles[r]!.start); k < toks.length && toks[k]!.start < roles[r]!.end; k++) roleIdx![k] = r;
  }
  const roleAt = (i: number) => {
    const r = roleIdx?.[i] ?? -1;
    return r >= 0 ? (roles[r] as { holder: string; start: number; end: number }) : null;
  };
  let a = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si]!;
    while (a < toks.length && toks[a]!.start < sent.start) a++;
    let b = a;
    while (b < toks.length && toks[b]!.end <= sent.end) b++;
    if (b > a) for (const c of sentenceCommitments({ doc, m, toks, a, b, quotes: doc.quotes, roleAt }, si)) out.push(c);
    a = b;
  }
  return out;
}
