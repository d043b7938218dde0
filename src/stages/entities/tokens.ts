import type { Doc } from '../../doc.js';
import { GAZETTEER, TITLE_TRIE } from '../../rules/gazetteers/index.js';
import type { Token } from '../../text/tokens.js';
import { Words } from '../../text/words.js';
import type { EntityTokens } from './mention.js';

const LETTER = /\p{L}/gu;

/** The document's tokens as the entity rules read them, with their sentences: the `entityTokens` layer. */
export function entityTokens(doc: Doc): EntityTokens {
  const toks = splitTokens(doc.tokens);
  const { initial, sent } = markSentences(doc, toks);
  return { toks, initial, sent, words: toks === doc.tokens ? doc.words : new Words(toks) };
}

/**
 * Splits `ASEAN-Rusia` when a part is a known name and the whole is not a gazetteer key token. Returns the input when
 * nothing splits.
 */
function splitTokens(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const parts =
      t.kind === 'word' &&
      t.cap &&
      t.norm.includes('-') &&
      !GAZETTEER.hyphenated.has(t.norm) &&
      !TITLE_TRIE.hyphenated.has(t.norm)
        ? knownParts(t.norm)
        : null;
    if (!parts) {
      if (out) out.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    let prev = t.start;
    for (let k = 0; k < parts.length; k += 2) {
      const s = parts[k]!;
      const e = parts[k + 1]!;
      if (k > 0) out.push(sub(t, prev, t.start + s, 'punct', false));
      out.push(sub(t, t.start + s, t.start + e, 'word', k === 0 ? t.spaceBefore : false));
      prev = t.start + e;
    }
  }
  return out ?? tokens;
}

const ACCEPT_ANY = (): boolean => true;

/** Offsets [s0, e0, s1, e1 …] of the parts of a hyphenated word when one part is a known name. */
function knownParts(norm: string): number[] | null {
  const parts: number[] = [];
  let known = false;
  let s = 0;
  for (let k = 0; k <= norm.length; k++) {
    if (k < norm.length && norm[k] !== '-') continue;
    if (k > s) {
      parts.push(s, k);
      if (!known && GAZETTEER.match([norm.slice(s, k)], 0, ACCEPT_ANY)) known = true;
    }
    s = k + 1;
  }
  return known ? parts : null;
}

function sub(t: Token, start: number, end: number, kind: Token['kind'], spaceBefore: boolean): Token {
  const text = t.text.slice(start - t.start, end - t.start);
  const letters = (text.match(LETTER) ?? []).join('');
  return {
    start,
    end,
    text,
    norm: t.norm.slice(start - t.start, end - t.start),
    kind,
    cap: kind === 'word' && text[0] !== text[0]!.toLowerCase(),
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    spaceBefore,
  };
}

const OPENERS = new Set(['"', "'", '(', '[', '-', '*', '•', '·', '–', '—', ':']);

/** Per token: sentence-initial flag and sentence index, without copying tokens. */
function markSentences(doc: Doc, tokens: readonly Token[]): { initial: Uint8Array; sent: Int32Array } {
  const n = tokens.length;
  const initial = new Uint8Array(n);
  const sentOf = new Int32Array(n);
  let sent = 0;
  let fresh = true;
  const starts = doc.sentences;
  let nextStart = starts.length > 1 ? starts[1]!.start : Infinity;
  const view = doc.view;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (starts.length > 0) {
      while (t.start >= nextStart) {
        sent++;
        fresh = true;
        nextStart = sent + 1 < starts.length ? starts[sent + 1]!.start : Infinity;
      }
    } else if (i > 0) {
      // No sentence layer: a line break or a sentence-final mark before the token starts a sentence.
      const prevTok = tokens[i - 1]!;
      const nl = view.indexOf('\n', prevTok.end);
      const prev = prevTok.text;
      if ((nl >= 0 && nl < t.start) || ((prev === '.' || prev === '!' || prev === '?') && t.start > prevTok.end)) {
        fresh = true;
        sent++;
      }
    }
    if (fresh && t.kind === 'word') initial[i] = 1;
    if (fresh && (t.kind === 'word' || t.kind === 'number' || !OPENERS.has(t.text))) fresh = false;
    sentOf[i] = sent;
  }
  return { initial, sent: sentOf };
}
