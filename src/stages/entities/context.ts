import type { GazHit, TitleHit } from '../../rules/gazetteers/index.js';
import { ENGLISH_WORD, F, LIST_FLAGS, T, TEST_FLAGS } from '../../rules/gazetteers/word-flags.js';
import type { Words } from '../../text/words.js';
import type { EntityTokens, Mention, Tok } from './mention.js';

/** A trie's longest match from a token: where it ends and what it is. */
export type Hit<V> = { end: number; value: V } | null;

const LOWER_START = /^[a-z]+[A-Z]/;
const ENGLISH_NOUN = /(?:ity|tion|sion|ment|ness|ism|ance|ence|ship|ing|ies)$/;
const EDITION = /^ke-\d+$/;
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/** Bits of `EntityContext.marks`. */
const WORD_CAP = 1;
const QUOTED_TITLE = 2;

/** Longest quoted stretch (in tokens) that can be a title of a work rather than speech. */
const MAX_TITLE_QUOTE = 8;
const CLAUSE_END = new Set([',', '.', '!', '?', ';', ':']);

/**
 * What the entity rules know about one document while they run: its tokens, per-token marks, its
 * token-feature layer (the words' flags), the gazetteer and title hits, and what one rule leaves
 * for a later one. Made per document and passed to every part of the stage, so no part keeps state
 * between documents. Every per-token array has one slot past the last token, which reads as
 * "nothing" (0, null, ''), so a look at the token after the last needs no bounds test.
 */
export class EntityContext {
  readonly toks: readonly Tok[];
  readonly n: number;
  readonly initial: Uint8Array;
  readonly sent: Int32Array;
  /** Token norms, for the tries. */
  readonly norms: string[];
  /** Per token: WORD_CAP and QUOTED_TITLE bits. */
  private readonly marks: Uint8Array;
  /** The token-feature layer: the list and test flags of each token's word (word-flags.ts). */
  readonly words: Words;
  /** Gazetteer and title hits at every capitalised word or number (candidates.ts fills them). */
  readonly gaz: Hit<GazHit>[];
  readonly ttl: Hit<TitleHit>[];
  /** Token indices right after a run that held a title (`Direktur Jenderal …|, Name`). */
  readonly titleRunEnds = new Set<number>();
  private mentionAt: (Mention | undefined)[] | null = null;
  /** When set, each typing decision (typing.ts) is added here: the rule's id and the tokens it decided. */
  trace: { rule: string; a: number; b: number }[] | null = null;

  constructor(tokens: EntityTokens) {
    const { toks, initial, sent, words } = tokens;
    const n = toks.length;
    this.toks = toks;
    this.n = n;
    this.initial = initial;
    this.sent = sent;
    this.words = words;
    this.marks = new Uint8Array(n + 1);
    this.norms = new Array<string>(n + 1);
    this.gaz = new Array<Hit<GazHit>>(n + 1).fill(null);
    this.ttl = new Array<Hit<TitleHit>>(n + 1).fill(null);
    for (let i = 0; i < n; i++) {
      const t = toks[i]!;
      this.norms[i] = t.norm;
      // `t.text !== t.norm` is a cheap test for an upper-case letter somewhere (`iPhone`).
      if (t.kind === 'word' && (t.cap || (t.text !== t.norm && LOWER_START.test(t.text)))) this.marks[i] = WORD_CAP;
    }
    this.norms[n] = '';
    this.markQuotedTitles();
  }

  /**
   * Marks the tokens inside a short double-quoted stretch that reads as a title (`" Bad Romance "`,
   * `" Ich bau ' dir ein Schloss "`): at most 8 tokens between the marks, no sentence or clause
   * mark right before the closing one (speech ends `… ," kata X`). One forward pass over the quote marks.
   */
  private markQuotedTitles(): void {
    const toks = this.toks;
    let open = -1;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]!.text !== '"') continue;
      if (open < 0) {
        open = i;
        continue;
      }
      if (i - open - 1 <= MAX_TITLE_QUOTE && i - open > 1 && !CLAUSE_END.has(toks[i - 1]!.text))
        for (let k = open + 1; k < i; k++) this.marks[k]! |= QUOTED_TITLE;
      open = -1;
    }
  }

  /** Token `k` is the first word of its sentence. */
  ini(k: number): boolean {
    return this.initial[k] === 1;
  }
  /** Token `k` is a capitalised word (`Rusia`, `ASEAN`, `iPhone`). */
  wcap(k: number): boolean {
    return ((this.marks[k] ?? 0) & WORD_CAP) !== 0;
  }
  /** Token `k` is inside a short quoted title (`" Black Date "`). */
  quotedTitle(k: number): boolean {
    return ((this.marks[k] ?? 0) & QUOTED_TITLE) !== 0;
  }
  /**
   * The `F` (list) flags of token `k`'s norm (any kind of token: `&` is a name connector). `k` must be a token index or
   * `n`.
   */
  fl(k: number): number {
    return this.words.get(LIST_FLAGS, k);
  }
  /** The `T` (test) flags of token `k`'s norm: common word, English name. */
  tf(k: number): number {
    return this.words.get(TEST_FLAGS, k);
  }
  /** Token `k` is an Indonesian common word (`isCommonWord`). */
  isCommon(k: number): boolean {
    return (this.tf(k) & T.COMMON) !== 0;
  }
  /** Token `k` is an English word (`isEnglishWord`; loads WordNet on first use). */
  isEnglish(k: number): boolean {
    return this.words.get(ENGLISH_WORD, k);
  }
  /** Token `k` is ordinary language when capitalised: an Indonesian common word or an English abstract noun. */
  common(k: number): boolean {
    const t = this.toks[k]!;
    if (t.upper && t.norm.length <= 6) return false;
    const f = this.fl(k);
    // `Bambang`, `Agus`, `Siti` are in the root-word list, but capitalised they are names.
    return (f & F.GIVEN_NAME) === 0 && ((f & F.NOT_NAME) !== 0 || this.isCommon(k) || ENGLISH_NOUN.test(t.norm));
  }

  /**
   * Mentions by a token boundary, for one refiner's pass: every mention at its end (`b`) or start
   * (`a`), a later one replacing an earlier one there as `Map.set` would. Give it back with `unindex`.
   */
  index(mentions: readonly Mention[], byEnd: boolean): readonly (Mention | undefined)[] {
    const at = (this.mentionAt ??= new Array<Mention | undefined>(this.n + 1).fill(undefined));
    for (const m of mentions) at[byEnd ? m.b : m.a] = m;
    return at;
  }
  /** Empties the index again (the mentions' `a`/`b` as they were indexed). */
  unindex(mentions: readonly Mention[], byEnd: boolean): void {
    const at = this.mentionAt!;
    for (const m of mentions) at[byEnd ? m.b : m.a] = undefined;
  }

  /** The surface of tokens [a, b), spaced as in the text. */
  textOf(a: number, b: number): string {
    const toks = this.toks;
    let s = '';
    for (let k = a; k < b; k++) s += (k > a && toks[k]!.spaceBefore ? ' ' : '') + toks[k]!.text;
    return s;
  }

  /** Every word (token of kind `word`) of [a, b) passes `test`. */
  everyWord(a: number, b: number, test: (ctx: EntityContext, k: number) => boolean): boolean {
    for (let k = a; k < b; k++) if (this.toks[k]!.kind === 'word' && !test(this, k)) return false;
    return true;
  }
  /** Some word of [a, b) passes `test`. */
  someWord(a: number, b: number, test: (ctx: EntityContext, k: number) => boolean): boolean {
    for (let k = a; k < b; k++) if (this.toks[k]!.kind === 'word' && test(this, k)) return true;
    return false;
  }
}

/** An edition mark (`ke-17`). */
export const isEdition = (t: Tok): boolean =>
  t.kind === 'word' && t.norm.length > 3 && t.norm.charCodeAt(0) === 107 /* k */ && EDITION.test(t.norm);

/** A four-digit year (1500–2099). */
export const isYear = (t: Tok): boolean => t.kind === 'number' && t.text.length === 4 && YEAR.test(t.text);
