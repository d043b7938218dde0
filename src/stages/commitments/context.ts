// What the commitment rules read: the sentence being scanned and the actors a rule found.
import type { Doc } from '../../doc.js';
import type { Quote } from '../../schema/layers.js';
import type { Token } from '../../text/tokens.js';
import type { Words } from '../../text/words.js';
import type { Mentions } from '../quotes.js';
import type { ClauseIndex } from './clause-index.js';

export interface Found {
  actors: string[];
  /** First token of the subject or agent phrase, for cutting an earlier commitment's content. */
  from: number;
  /** Last token of the phrase (for content after a possessor or target). */
  to: number;
  how: 'subject' | 'clause' | 'pronoun' | 'both' | 'agent' | 'possessor' | 'implicit' | 'speaker';
}

export interface Ctx {
  doc: Doc;
  m: Mentions;
  toks: Token[];
  /** The token-feature layer of `toks` (`TRIGGER`, `VERB_LIKE` of lookup.ts). */
  words: Words;
  /** Token range of the sentence: [a, b). */
  a: number;
  b: number;
  quotes: Quote[];
  /** Role holder per token (a title standing for its holder: `Menkop`, `Gubernur Sumatera Utara`). */
  roleAt: (i: number) => { holder: string; start: number; end: number } | null;
  /** The organisation a person's role names (`Rektor Universitas Andalas` → the university), or null. */
  organizationOf: (holder: string) => string | null;
  /** The sentence's clause index (clause-index.ts), made on first use. */
  index?: ClauseIndex;
}

/** The quote containing offset `at`, if any. */
export function quoteAt(quotes: Quote[], at: number): Quote | null {
  for (const q of quotes) if (q.start <= at && at < q.end) return q;
  return null;
}
