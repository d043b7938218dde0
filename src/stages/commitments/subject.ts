// The subject of a verb trigger: left of it, over auxiliaries and chained verbs, or the clause's.
import {
  ADVERB_OPENERS,
  AUX,
  DONE,
  EVENT_NOUNS,
  FUNCTION_WORDS,
  IMPLICIT_PARTIES,
  INTENDED,
  MEETING_ANAPHORS,
  MEETING_HOSTS,
  NEGATION,
  ONGOING,
  PARTY_HEADS,
  PREPOSITIONS,
  PRONOUNS,
  SPEAKER_PRONOUNS,
  VERB_COORDINATORS,
} from '../../rules/commitment-words.js';
import { VERB_LIKE } from './lookup.js';
import { clauseIndex } from './clause-index.js';
import { BOTH, PARTY_TYPES } from './word-classes.js';
import type { Ctx, Found } from './context.js';
import { bothParties, partyEndingAt, partyLeft, pronoun, speakerAt, withCoordination } from './parties.js';

/** Skips auxiliaries leftwards from `j`; returns the first other token and the status words seen. */
/**
 * Past the auxiliaries left of token `j`: where they stop, and the tense and negation they mark. `doneAt`,
 * `intendedAt` and `ongoingAt` are the tokens of the markers nearest the verb (-1: none), the evidence of a status.
 */
export function skipAuxLeft(
  ctx: Ctx,
  j: number,
): {
  j: number;
  done: boolean;
  intended: boolean;
  negated: boolean;
  doneAt: number;
  intendedAt: number;
  ongoingAt: number;
} {
  let done = false;
  let intended = false;
  let negated = false;
  let doneAt = -1;
  let intendedAt = -1;
  let ongoingAt = -1;
  while (j >= ctx.a) {
    const n = ctx.toks[j]!.norm;
    // `secara khusus`: the adverb's word, then its opener.
    const t = ctx.toks[j]!;
    if (j - 1 >= ctx.a && ADVERB_OPENERS.has(ctx.toks[j - 1]!.norm) && t.kind === 'word' && !t.cap) {
      j -= 2;
      continue;
    }
    if (!AUX.has(n) && !NEGATION.has(n)) break;
    if (ctx.m.entityAt(j)) break;
    if (DONE.has(n)) {
      done = true;
      if (doneAt < 0) doneAt = j;
    }
    if (INTENDED.has(n)) {
      intended = true;
      if (intendedAt < 0) intendedAt = j;
    }
    if (ONGOING.has(n) && ongoingAt < 0) ongoingAt = j;
    if (NEGATION.has(n)) negated = true;
    j--;
  }
  return { j, done, intended, negated, doneAt, intendedAt, ongoingAt };
}

/** Subject of a verb at token `i` (ANNOTATION.md: "the subject to the left"). */
export function subjectOf(ctx: Ctx, i: number, depth = 0, type = ''): Found | null | 'reject' {
  const { toks, m, a } = ctx;
  let { j } = skipAuxLeft(ctx, i - 1);
  if (j < a) return clauseSubject(ctx, i);
  // `para pemimpin negara ASEAN lainnya`: the party before `lainnya`.
  if ((toks[j]!.norm === 'lainnya' || toks[j]!.norm === 'lain') && j - 1 >= a && m.entityAt(j - 1)) j--;
  const t = toks[j]!;
  if (m.entityAt(j) || t.norm === ')' || ctx.roleAt(j)) {
    const p = partyLeft(ctx, j);
    if (p) {
      // `pendampingan dari LPDB …`, `mahasiswa Indonesia siap`: the name qualifies a noun that is the subject.
      const h = toks[p.from - 1];
      if (h && lowerNoun(ctx, p.from - 1)) {
        const hh = toks[p.from - 2];
        const adverbial = !!hh && p.from - 2 >= a && PREPOSITIONS.has(hh.norm) && !PREPOSITIONS.has(h.norm);
        if (PREPOSITIONS.has(h.norm) || (!PARTY_HEADS.has(h.norm) && !adverbial)) return 'reject';
      }
      return { actors: p.clusters, from: p.from, to: j, how: 'subject' };
    }
  }
  const unnamed = beforeUnnamedTitle(ctx, j);
  if (unnamed) return { ...unnamed, to: j, how: 'subject' };
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
  if (VERB_COORDINATORS.has(t.norm)) return clauseSubject(ctx, i);
  // A verb before: the chain shares its subject (Kemhan berupaya mendukung …).
  if (ctx.words.get(VERB_LIKE, j) && depth < 3 && !m.entityAt(j)) return subjectOf(ctx, j, depth + 1, type);
  // A common noun phrase: a party without a name (pertemuan, para menteri), or not a party at all.
  for (let k = j; k >= a && j - k < 4; k--) {
    const w = toks[k]!;
    if (w.kind !== 'word') break;
    if (IMPLICIT_PARTIES.has(w.norm)) {
      // A meeting agrees or pledges; it does not give, support or urge.
      if (EVENT_NOUNS.has(w.norm) && type !== 'AGREE' && type !== 'SIGN' && type !== 'PLEDGE') return 'reject';
      const meeting =
        EVENT_NOUNS.has(w.norm) && MEETING_ANAPHORS.has(toks[k + 1]?.norm ?? '') ? eventBefore(ctx, k) : null;
      if (!meeting && thingOf(ctx, k)) return 'reject';
      return { actors: meeting ? [meeting] : [], from: k, to: j, how: meeting ? 'subject' : 'implicit' };
    }
    if (w.cap && !m.entityAt(k) && k > a) {
      // `kebijakan Pemerintah terkait DHE SDA juga mendukung`: capitalised words after a preposition are its object,
      // not the subject; the subject is before the preposition.
      let s = k;
      while (s - 1 > a && toks[s - 1]!.cap && toks[s - 1]!.kind === 'word' && !m.entityAt(s - 1)) s--;
      if (s - 1 >= a && PREPOSITIONS.has(toks[s - 1]!.norm)) {
        k = s - 1;
        continue;
      }
      return thingOf(ctx, k) ? 'reject' : { actors: [], from: k, to: j, how: 'implicit' };
    }
  }
  return 'reject';
}

/**
 * `lingkungan kampus mendukung`, `kinerja para ASN berkontribusi mendukung`: an unnamed party at token `k` that
 * qualifies a noun before it (over `para`, `seluruh` …) is no subject; the thing is, and a thing commits nothing.
 */
function thingOf(ctx: Ctx, k: number): boolean {
  let h = k - 1;
  while (h >= ctx.a && PARTY_HEADS.has(ctx.toks[h]!.norm)) h--;
  const n = ctx.toks[h]?.norm ?? '';
  return lowerNoun(ctx, h) && !PREPOSITIONS.has(n) && !AUX.has(n);
}

/** Token `h` of the sentence is a lower-case word that is no function word, verb or trigger: a noun. */
function lowerNoun(ctx: Ctx, h: number): boolean {
  const t = ctx.toks[h];
  if (!t || h < ctx.a || t.kind !== 'word' || t.cap) return false;
  return !FUNCTION_WORDS.has(t.norm) && !ctx.words.get(VERB_LIKE, h);
}

/**
 * `Saya dan pak Wamenaker telah menandatangani`: a title ending at token `j` whose holder is not named leaves the
 * parties coordinated before it (a role with a holder is a party of its own, read by `partyLeft`).
 */
function beforeUnnamedTitle(ctx: Ctx, j: number): { actors: string[]; from: number } | null {
  const { toks, a } = ctx;
  const at = toks[j]!.start;
  const role = ctx.doc.roles.find((r) => r.holder === null && r.start <= at && at < r.end);
  if (!role) return null;
  let f = j;
  while (f > a && toks[f - 1]!.start >= role.start) f--;
  while (f - 1 >= a && PARTY_HEADS.has(toks[f - 1]!.norm)) f--;
  const c = toks[f - 1]?.norm;
  if (f - 2 < a || (c !== 'dan' && c !== 'serta')) return null;
  const me = speakerAt(ctx, f - 2);
  const prev = me ? { cluster: me, from: f - 2 } : partyEndingAt(ctx, f - 2, false);
  if (!prev) return null;
  const p = withCoordination(ctx, [prev.cluster], prev.from);
  return { actors: p.clusters, from: p.from };
}

/**
 * The clause's subject when the verb has none right before it (`tegas Dirjen Arto yang juga
 * menyampaikan … dan kembali mendorong`): the nearest named party, pronoun or `kedua X` before it in the
 * sentence that is followed by a verb, without crossing a quote mark or `;`.
 */
export function clauseSubject(ctx: Ctx, i: number): Found | null {
  const { toks, m, a } = ctx;
  // Only the tokens that can stop or answer the scan are visited (clause-index.ts): linear per sentence.
  const { prevSubject } = clauseIndex(ctx);
  const before = (k: number): number => (k >= a ? prevSubject[k - a]! : -1);
  for (let k = before(i - 1); k >= a; k = before(k - 1)) {
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
    if (n === i || ctx.words.get(VERB_LIKE, n)) {
      if (isPronoun) return { actors: pronoun(ctx, k), from: k, to: k, how: 'pronoun' };
      const p = partyLeft(ctx, isParty ? m.entityEnd(k) : k);
      if (p) return { actors: p.clusters, from: p.from, to: k, how: 'clause' };
    }
    if (isParty) k = m.entityStart(k);
  }
  return null;
}

/**
 * The last EVENT named in the three sentences before token `k` (`Pertemuan tersebut` → that meeting), else the
 * party that held a meeting there (`KSSK telah menyelenggarakan rapat …`, commit-words.meeting-hosts).
 */
function eventBefore(ctx: Ctx, k: number): string | null {
  const at = ctx.toks[k]!.start;
  const sentences = ctx.doc.sentences;
  const from = sentences.length ? sentences[Math.max(0, ctx.doc.sentenceAt(at) - 3)]!.start : 0;
  const entities = ctx.m.entities;
  for (let x = entities.length - 1; x >= 0; x--) {
    const e = entities[x]!;
    if (e.end > at) continue;
    if (e.start < from) break;
    if (ctx.m.typeOf(e) === 'EVENT') return e.cluster;
  }
  return meetingHost(ctx, ctx.m.tokenAt(from), k);
}

/** The party before a verb of holding a meeting (`KSSK telah menyelenggarakan rapat`) in tokens [from, to). */
function meetingHost(ctx: Ctx, from: number, to: number): string | null {
  const { toks, m } = ctx;
  for (let v = to - 1; v > from; v--) {
    if (!MEETING_HOSTS.has(toks[v]!.norm) || !EVENT_NOUNS.has(toks[v + 1]?.norm ?? '')) continue;
    let s = v - 1;
    while (s > from && (AUX.has(toks[s]!.norm) || toks[s]!.norm === 'juga')) s--;
    const e = m.entityAt(s);
    if (e && PARTY_TYPES.has(m.typeOf(e))) return e.cluster;
  }
  return null;
}
