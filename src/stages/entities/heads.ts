import type { EntityType } from '../../schema/record.js';
import type { EntityRuleId } from '../../rules/entity-patterns.js';
import { TITLE_TRIE } from '../../rules/gazetteers/index.js';
import * as L from '../../rules/gazetteers/lexicon.js';
import { F } from '../../rules/gazetteers/word-flags.js';
import type { EntityContext } from './context.js';

// Names typed by a word in them: an Indonesian head word before the name (`Kementerian …`,
// `KTT …`, `Kota …`) or an English typing word after it (`… Community`, `… Summit`).

const ACCEPT_ANY = (): boolean => true;

/**
 * A name typed by a head word: where it ends, its type and rule; `generic` for a kind of document, not a name (`Nota
 * Kesepahaman`).
 */
export interface Head {
  end: number;
  type: EntityType;
  rule: EntityRuleId;
  generic?: boolean;
}

/** An English name typed by one of its words, for the whole run [a, b). */
export function englishWhole(
  ctx: EntityContext,
  a: number,
  b: number,
): { type: EntityType; rule: EntityRuleId } | null {
  const toks = ctx.toks;
  // First and last word and their count, not an array of words: this runs on every capitalised run.
  let first = -1;
  let lastAt = -1;
  let count = 0;
  for (let k = a; k < b; k++) {
    if (toks[k]!.kind !== 'word') continue;
    if (first < 0) first = k;
    lastAt = k;
    count++;
  }
  if (count < 2) return null;
  const g = ctx.gaz[a];
  if (g && g.end >= b) return null;
  const last = toks[lastAt]!;
  const lf = ctx.fl(lastAt);
  if (lf & F.ENGLISH_TYPE_WORD && englishTyped(ctx, lastAt, lf)) {
    if (L.EVENT_TAILS_EN.has(last.norm)) return { type: 'EVENT', rule: 'ent.event' };
    if (
      (last.norm === 'centre' || last.norm === 'center') &&
      L.VENUE_CENTRE_WORDS_EN.has(toks[lastAt - 1]?.norm ?? '') &&
      ctx.everyWord(a, b, capitalised)
    )
      return { type: 'LOCATION', rule: 'ent.location-head' };
    if (lf & F.ORG_TAIL_EN && !(ctx.fl(first) & F.ORG_HEAD)) return { type: 'ORGANIZATION', rule: 'ent.org-en' };
    if (L.LOC_TAILS_EN.has(last.norm) && !(ctx.fl(first) & F.ORG_HEAD) && ctx.everyWord(a, b, capitalised))
      return { type: 'LOCATION', rule: 'ent.location-head' };
  }
  for (let k = first + 1; k < b; k++) {
    if (toks[k]!.kind !== 'word') continue;
    const f = ctx.fl(k);
    if (f & F.ENGLISH_TYPE_WORD && L.DOC_WORDS_EN.has(toks[k]!.norm) && englishTyped(ctx, k, f))
      return { type: 'DOCUMENT', rule: 'ent.document' };
  }
  return null;
}

/** Capitalised (`Nepean River`, not `the river`). */
const capitalised = (ctx: EntityContext, k: number): boolean => ctx.toks[k]!.cap;

/**
 * Token `k` (list flags `f`) as an English name's typing word (`Summit`, `Council`): not an Indonesian common word, or
 * an English function word.
 */
const englishTyped = (ctx: EntityContext, k: number, f: number): boolean =>
  !ctx.isCommon(k) || (f & F.ENGLISH_FUNCTION) !== 0;

/**
 * A head word at `k` (`Kementerian`, `KTT`, `Nota Kesepahaman`, `Kota`) and where its name ends,
 * within the run ending at `b`. A name stops before `dan` + another head, which asks the same of the
 * token after `dan`: a chain `A dan Kementerian B dan Kementerian C …` is followed with an explicit
 * stack of {@link headSteps}, not recursion, so its length is not bounded by the call stack.
 */
export function headAt(ctx: EntityContext, k: number, b: number): Head | null {
  const isHead = (i: number): boolean => {
    const t = ctx.toks[i]!;
    return t.kind === 'word' && t.cap && (ctx.fl(i) & F.HEAD) !== 0;
  };
  if (!isHead(k)) return null; // the common case, without a generator
  // Each head of a chain asks about the rest of it: remembered per run end, the chain is walked once
  // however many of its tokens are asked about (issue 16: a long `… dan …` chain was quadratic).
  let byEnd = HEADS.get(ctx);
  if (!byEnd) HEADS.set(ctx, (byEnd = new Map()));
  let memo = byEnd.get(b);
  if (!memo) byEnd.set(b, (memo = new Map()));
  const known = memo.get(k);
  if (known !== undefined) return known;
  const stack = [{ k, steps: headSteps(ctx, k, b) }];
  let answer = false;
  for (;;) {
    const top = stack[stack.length - 1]!;
    const step = top.steps.next(answer);
    if (step.done) {
      stack.pop();
      memo.set(top.k, step.value);
      if (stack.length === 0) return step.value;
      answer = step.value !== null;
    } else if (memo.has(step.value)) answer = memo.get(step.value) !== null;
    else if (isHead(step.value)) stack.push({ k: step.value, steps: headSteps(ctx, step.value, b) });
    else answer = false;
  }
}

/** {@link headAt}'s answers per context, run end and token. */
const HEADS = new WeakMap<EntityContext, Map<number, Map<number, Head | null>>>();

/** Tokens [e, b) are one to three capitalised words outside the dictionary: a person's name after a body. */
function personTail(ctx: EntityContext, e: number, b: number): boolean {
  if (b - e > 3) return false;
  for (let k = e; k < b; k++) {
    const t = ctx.toks[k]!;
    if (t.kind !== 'word' || !t.cap || t.upper || ctx.fl(k) & (F.HEAD | F.ORG_TAIL_EN) || (k > e && ctx.common(k)))
      return false;
  }
  return true;
}

/** The body of {@link headAt}: yields a token index to ask whether a head is there (the answer comes back). */
function* headSteps(ctx: EntityContext, k: number, b: number): Generator<number, Head | null, boolean> {
  const toks = ctx.toks;
  const gaz = ctx.gaz;
  const t = toks[k]!;
  if (t.kind !== 'word' || !t.cap) return null;
  const w = t.norm;
  // One flag answers the common case (no head word) before the five lists below.
  if (!(ctx.fl(k) & F.HEAD)) return null;
  let type: EntityType | null = null;
  let rule: EntityRuleId = 'ent.org-head';
  let needMore = false;
  if (ctx.fl(k) & F.ORG_HEAD) {
    type = 'ORGANIZATION';
    needMore = L.ORG_HEADS_NEED_MORE.has(w);
  } else if (L.EVENT_HEADS.has(w) || L.EVENT_HEADS_NEED_MORE.has(w)) {
    type = 'EVENT';
    rule = 'ent.event';
    needMore = L.EVENT_HEADS_NEED_MORE.has(w);
  } else if (L.DOC_HEADS.has(w)) {
    type = 'DOCUMENT';
    rule = 'ent.document';
    needMore = L.DOC_HEADS_NEED_MORE.has(w);
  } else if (L.LOC_HEADS.has(w)) {
    type = 'LOCATION';
    rule = 'ent.location-head';
    needMore = true;
  }
  if (!type) return null;
  needMore = needMore || !t.upper;
  // Run on over capitalised words, stopping before `dan` + another head or known name, and after
  // a known name that unknown names follow (`Partai Golkar | Aburizal Bakrie`).
  let e = k + 1;
  while (e < b) {
    const u = toks[e]!;
    const g = gaz[e];
    if (g && g.end < b && g.end > e) {
      const nx = toks[g.end]!;
      if (
        nx.kind === 'word' &&
        nx.cap &&
        !gaz[g.end] &&
        !(ctx.fl(g.end) & (F.ORG_HEAD | F.NAME_CONNECTOR)) &&
        !ctx.common(g.end)
      ) {
        e = g.end;
        break;
      }
    }
    if (e > k + 1 && gaz[k] && gaz[k]!.end === e && u.kind === 'word' && u.cap && !gaz[e] && !ctx.common(e)) break;
    // `Fraksi Partai Golkar | Agun Gunandjar`: a given name and the name words after it, up to the run's end, are the
    // person the body is followed by, not part of its name. Places are named after persons (`Jalan Jenderal
    // Sudirman`, `Gedung Jenderal Sudirman`): a place head keeps them.
    if (
      type !== 'LOCATION' &&
      e > k + 1 &&
      u.cap &&
      !gaz[e] &&
      ctx.fl(e) & F.GIVEN_NAME &&
      !ctx.common(e) &&
      personTail(ctx, e, b)
    )
      break;
    if (!u.cap && ctx.fl(e) & F.NAME_CONNECTOR) {
      // `Badan Keahlian DPR RI dan | Kepala Biro …`: a title after `dan` opens a new phrase.
      if (e + 1 < b && TITLE_TRIE.match(ctx.norms, e + 1, ACCEPT_ANY, b) !== null) break;
      // `Pulau Sebesi dan Sebuku`: a place name does not run over `dan`; the second name is coordinated
      // (refiners/coordination.ts).
      if (type === 'LOCATION' && (u.norm === 'dan' || u.norm === 'and')) break;
      const nx = e + 1 < b ? e + 1 : -1;
      if (nx < 0 || (yield nx) || (u.norm === 'dan' && gaz[nx] && gaz[nx]!.value.type !== 'LOCATION')) break;
    }
    e++;
  }
  // `Peringatan Hari Sumpah Pemuda ke-97 Tahun | 2025`: a trailing `Tahun` without its year is not part of the name.
  if (e - k > 2 && toks[e - 1]!.norm === 'tahun') e--;
  // `Fakultas Farmasi dan | Mochamad Asrofi`: a name stopped before a person does not end on its connector.
  while (e - k > 1 && !toks[e - 1]!.cap && ctx.fl(e - 1) & F.NAME_CONNECTOR) e--;
  if (needMore && e - k < 2) return null;
  // A place head needs a name after it that is not only common words (`Kota itu`).
  if (type === 'LOCATION' && e - k < 2) return null;
  // `Nota Kesepahaman`, `Perjanjian Kerja`, `Instruksi Presiden`, `Keputusan Tim Seleksi`: a document
  // head with one or two common words and no number after it is a kind of document, not a name.
  if (type === 'DOCUMENT' && e - k <= 3 && genericName(ctx, k + 1, e)) return { end: e, type, rule, generic: true };
  return { end: e, type, rule };
}

/** Words [a, e) are all Indonesian common words or titles and no number, `Nomor` or bracketed acronym follows. */
function genericName(ctx: EntityContext, a: number, e: number): boolean {
  const toks = ctx.toks;
  for (let k = a; k < e; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || t.upper || !(ctx.isCommon(k) || TITLE_TRIE.match(ctx.norms, k, ACCEPT_ANY, ctx.n)))
      return false;
  }
  const nx = toks[e];
  if (
    nx &&
    (nx.kind === 'number' || nx.norm === 'nomor' || nx.norm === 'no' || (nx.text === '(' && toks[e + 1]?.upper))
  )
    return false;
  return true;
}

/** The country of a gazetteer country name inside tokens (a, b) (`Kementerian Luar Negeri Rusia` → RUS). */
export function innerCountry(ctx: EntityContext, a: number, b: number): string | undefined {
  for (let k = a + 1; k < b; k++) {
    const g = ctx.gaz[k];
    if (g && g.end <= b && g.value.ref.startsWith('country.')) return g.value.country;
  }
  return undefined;
}
