// Where a trigger's clause ends, and what in it governs the trigger (purpose words, blockers).
import type { Quote } from '../../schema/record.js';
import { looksVerbal } from '../../text/morphology.js';
import { AUX, BLOCKERS, CLAUSE_END, NEGATION, PRONOUNS, SUBORDINATE } from '../../rules/commitment-words.js';
import { lookupTrigger } from './lookup.js';
import type { Ctx } from './context.js';

/** Clause end after token `from`: the sentence end, `;`, a quote mark, or a new clause. */
export function clauseEnd(ctx: Ctx, from: number, inQuote: Quote | null): number {
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
export function underPurpose(ctx: Ctx, i: number): boolean {
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
export function blocked(ctx: Ctx, i: number): boolean {
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
