// What clauseEnd, blocked and underPurpose look for, computed once per sentence (issue 16): scanning
// the sentence again for every trigger made a sentence full of triggers quadratic.
import {
  AUX,
  BLOCKERS,
  CLAUSE_END,
  NEGATION,
  PRONOUNS,
  SPEAKER_PRONOUNS,
  SUBORDINATE,
} from '../../rules/commitment-words.js';
import { PARTY_TYPES } from './word-classes.js';
import { VERB_LIKE } from './lookup.js';
import type { Ctx } from './context.js';

/** Per token of the sentence (index `k - a`); `-1` or `b` where nothing is found. */
export interface ClauseIndex {
  /** First token at or after k that ends a clause whatever came before: `;`, `"`, `,` before a clause word. */
  nextHard: Int32Array;
  /** First token at or after k that is a clause word after `,` (or `sedangkan`, `namun`): ends all but the first. */
  nextSoft: Int32Array;
  /** First token at or after k that is no auxiliary or negation. */
  nextNonAux: Int32Array;
  /** Last token at or before k that decides `blocked`: a quote mark, `;`, a blocker but `atas`, `dan` + verb. */
  prevBlock: Int32Array;
  /** Last token at or before k that decides `underPurpose` when it is not the word right before the trigger. */
  prevPurpose: Int32Array;
  /** Last token at or before k that `clauseSubject` stops at: a quote mark, `;`, a named party or a pronoun. */
  prevSubject: Int32Array;
  /** Per token: 1 verbal, 0 not. */
  verbal: Uint8Array;
}

/** The index of the sentence `ctx` describes, made on first use. */
export function clauseIndex(ctx: Ctx): ClauseIndex {
  if (ctx.index) return ctx.index;
  const { toks, a, b, m } = ctx;
  const len = b - a;
  // One buffer for the seven arrays: each typed array of its own is an allocation outside the heap and a finaliser.
  const w = len + 2;
  const buffer = new ArrayBuffer(4 * (3 * w + 3 * len) + len);
  const nextHard = new Int32Array(buffer, 0, w).fill(b);
  const nextSoft = new Int32Array(buffer, 4 * w, w).fill(b);
  const nextNonAux = new Int32Array(buffer, 8 * w, w).fill(b);
  const prevBlock = new Int32Array(buffer, 12 * w, len);
  const prevPurpose = new Int32Array(buffer, 12 * w + 4 * len, len);
  const prevSubject = new Int32Array(buffer, 12 * w + 8 * len, len);
  const verbal = new Uint8Array(buffer, 12 * w + 12 * len, len);
  for (let k = a; k < b; k++) verbal[k - a] = ctx.words.get(VERB_LIKE, k) ? 1 : 0;
  for (let k = b - 1; k >= a; k--) {
    const n = toks[k]!.norm;
    const hard = n === ';' || n === '"' || (n === ',' && CLAUSE_END.has(toks[k + 1]?.norm ?? ''));
    const soft = CLAUSE_END.has(n) && (toks[k - 1]?.norm === ',' || n === 'sedangkan' || n === 'namun');
    nextHard[k - a] = hard ? k : nextHard[k - a + 1]!;
    nextSoft[k - a] = soft ? k : nextSoft[k - a + 1]!;
    nextNonAux[k - a] = AUX.has(n) || NEGATION.has(n) ? nextNonAux[k - a + 1]! : k;
  }
  for (let k = a; k < b; k++) {
    const n = toks[k]!.norm;
    const j = nextNonAux[k + 1 - a]!;
    const coordinatedVerb = (n === 'dan' || n === 'serta') && j < b && verbal[j - a] === 1;
    const block = n === '"' || n === ';' || (BLOCKERS.has(n) && n !== 'atas') || coordinatedVerb;
    prevBlock[k - a] = block ? k : k > a ? prevBlock[k - a - 1]! : -1;
    const purpose = purposeAt(ctx, k, verbal) !== null;
    prevPurpose[k - a] = purpose ? k : k > a ? prevPurpose[k - a - 1]! : -1;
    const e = m.entityAt(k);
    const subject =
      n === '"' || n === ';' || (!!e && PARTY_TYPES.has(m.typeOf(e))) || (PRONOUNS.has(n) && !SPEAKER_PRONOUNS.has(n));
    prevSubject[k - a] = subject ? k : k > a ? prevSubject[k - a - 1]! : -1;
  }
  ctx.index = { nextHard, nextSoft, nextNonAux, prevBlock, prevPurpose, prevSubject, verbal };
  return ctx.index;
}

/**
 * What token `k` says of a trigger after it under `underPurpose`: false (a stop, or a verb not
 * governed by a purpose word), true (a purpose word before a verb), or null (look further left).
 * `far`: k is not the word right before the trigger (only then does a verb there decide).
 */
export function purposeAt(ctx: Ctx, k: number, verbal: Uint8Array, far = true): boolean | null {
  const { toks, m, a } = ctx;
  const t = toks[k]!;
  if (m.entityAt(k) || t.norm === '"' || t.norm === ';' || PRONOUNS.has(t.norm)) return false;
  if (t.norm === 'yang') return false;
  if (SUBORDINATE.has(t.norm) && t.norm !== 'dengan' && k + 1 < ctx.b && verbal[k + 1 - a] === 1) return true;
  const before = toks[k - 1]?.norm ?? '';
  if (far && verbal[k - a] === 1 && !SUBORDINATE.has(before)) return false;
  return null;
}
