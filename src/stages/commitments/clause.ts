// Where a trigger's clause ends, and what in it governs the trigger (purpose words, blockers).
import type { Quote } from '../../schema/layers.js';
import { AUX, BLOCKERS, LIGHT_VERBS, NEGATION, VERB_COORDINATORS } from '../../rules/commitment-words.js';
import { clauseIndex, purposeAt } from './clause-index.js';
import type { Ctx } from './context.js';

/** Clause end after token `from`: the sentence end, `;`, a quote mark, or a new clause. */
export function clauseEnd(ctx: Ctx, from: number, inQuote: Quote | null): number {
  const { toks, a, b } = ctx;
  const index = clauseIndex(ctx);
  // A clause word after `,` (or `sedangkan`, `namun`) ends the clause only after its first token.
  let k = Math.min(index.nextHard[from - a]!, from + 1 <= b ? index.nextSoft[from + 1 - a]! : b);
  if (inQuote) {
    // The first token from `from` on that starts at or after the quote's end (tokens are in order).
    let lo = from;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (toks[mid]!.start >= inQuote.end) hi = mid;
      else lo = mid + 1;
    }
    k = lo;
  }
  // Drop trailing punctuation.
  while (k > from && toks[k - 1]!.kind === 'punct' && /^[.,;:!?"'-]$/.test(toks[k - 1]!.norm)) k--;
  return k; // exclusive
}

/**
 * Is the active trigger at `i` part of a purpose phrase (`dalam rangka mendorong X dan mendukung Y`,
 * `untuk menjaga X serta mendukung Y`)? Looks left over coordinated verbs to the word that heads them:
 * the nearest token that decides (clause-index.ts), a verb right before the trigger excepted.
 */
export function underPurpose(ctx: Ctx, i: number): boolean {
  const { a } = ctx;
  if (i - 1 < a) return false;
  const index = clauseIndex(ctx);
  const near = purposeAt(ctx, i - 1, index.verbal, false);
  if (near !== null) return near;
  const k = i - 2 >= a ? index.prevPurpose[i - 2 - a]! : -1;
  return k >= a ? purposeAt(ctx, k, index.verbal) === true : false;
}

/** Is the trigger at `i` under a belief, hope, appreciation or history word in its clause? */
export function blocked(ctx: Ctx, i: number): boolean {
  const { toks, a } = ctx;
  if (i - 1 < a) return false;
  const n = toks[i - 1]!.norm;
  if (n === '"' || n === ';') return false;
  // `menyampaikan apresiasi sekaligus komitmen …`: a second object of the light verb, not what is appreciated.
  if (VERB_COORDINATORS.has(n) && i - 3 >= a && BLOCKERS.has(toks[i - 2]!.norm) && LIGHT_VERBS.has(toks[i - 3]!.norm))
    return false;
  // `atas` only blocks as `atas dukungan` right before (thanks for the support).
  if (BLOCKERS.has(n)) return true;
  const index = clauseIndex(ctx);
  for (let k = i - 2 >= a ? index.prevBlock[i - 2 - a]! : -1; k >= a; k = k > a ? index.prevBlock[k - 1 - a]! : -1) {
    const t = toks[k]!.norm;
    if (t === '"' || t === ';') return false;
    if (BLOCKERS.has(t)) return true;
    // `dan`/`serta` before a verb: the trigger is coordinated with a new clause, unless the verb is after it.
    if (index.nextNonAux[k + 1 - a]! <= i) return false;
  }
  return false;
}

export function skipAuxRight(ctx: Ctx, j: number): { j: number } {
  while (j < ctx.b && (AUX.has(ctx.toks[j]!.norm) || NEGATION.has(ctx.toks[j]!.norm))) j++;
  return { j };
}

/** Next word token index after `i` within the sentence, skipping determiners in `skip`. */
export function nextWord(ctx: Ctx, i: number, skip: ReadonlySet<string>): number {
  let k = i + 1;
  while (k < ctx.b && (ctx.toks[k]!.kind !== 'word' || skip.has(ctx.toks[k]!.norm))) {
    if (ctx.toks[k]!.kind === 'punct' && ctx.toks[k]!.norm !== '-') return ctx.b;
    k++;
  }
  return k;
}
