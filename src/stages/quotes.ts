import type { Doc, Stage } from '../doc.js';
import type { Cluster, Entity, Quote } from '../schema/layers.js';
import type { Token } from '../text/tokens.js';
import {
  AFTER_ONE,
  AFTER_TWO,
  BEFORE,
  MENURUT,
  UNATTRIBUTED,
  pointBack,
  speakerAfter,
  speakerBefore,
} from './quotes/speakers.js';

/**
 * Mentions seen through the shared tokens: which entity each token belongs to, clusters by id, and
 * the nearest person before an offset. Built once per document and shared by quotes and commitments.
 */
export class Mentions {
  readonly tokens: Token[];
  readonly entities: Entity[];
  /** Entity index per token, -1 outside entities. */
  readonly tokEnt: Int32Array;
  readonly clusters: Map<string, Cluster>;
  private readonly persons: Entity[];

  constructor(doc: Doc) {
    this.tokens = doc.tokens;
    // The entities stage gives them in text order: copied and sorted only when they are not.
    this.entities = inTextOrder(doc.entities) ? doc.entities : [...doc.entities].sort((a, b) => a.start - b.start);
    this.clusters = new Map();
    for (const c of doc.clusters) this.clusters.set(c.id, c);
    const tokens = this.tokens;
    const entities = this.entities;
    const tokEnt = (this.tokEnt = new Int32Array(tokens.length).fill(-1));
    let e = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      while (e < entities.length && entities[e]!.end <= t.start) e++;
      // Past the last entity's end no later token is in one: the tokens after it are not read.
      if (e === entities.length) break;
      const ent = entities[e]!;
      if (ent.start < t.end && t.start < ent.end) tokEnt[i] = e;
    }
    this.persons = this.entities.filter((x) => this.typeOf(x) === 'PERSON');
  }

  /** The entity's type as its cluster says (the cluster wins when the two disagree). */
  typeOf(e: Entity): string {
    return this.clusters.get(e.cluster)?.type ?? e.type;
  }

  entityAt(i: number): Entity | null {
    const k = this.tokEnt[i] ?? -1;
    return k >= 0 ? this.entities[k]! : null;
  }

  /** First token index of the entity that token `i` belongs to. */
  entityStart(i: number): number {
    const k = this.tokEnt[i]!;
    while (i > 0 && this.tokEnt[i - 1] === k) i--;
    return i;
  }

  /** Last token index of the entity that token `i` belongs to. */
  entityEnd(i: number): number {
    const k = this.tokEnt[i]!;
    while (i + 1 < this.tokens.length && this.tokEnt[i + 1] === k) i++;
    return i;
  }

  /** Cluster of the last PERSON mention ending at or before `at`, or null. */
  personBefore(at: number, notBefore = 0): string | null {
    let lo = 0;
    let hi = this.persons.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.persons[mid]!.end <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const p = found >= 0 ? this.persons[found]! : null;
    return p && p.start >= notBefore ? p.cluster : null;
  }

  /** Index of the first token starting at or after `at`. */
  tokenAt(at: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function inTextOrder(entities: readonly Entity[]): boolean {
  for (let i = 1; i < entities.length; i++) if (entities[i]!.start < entities[i - 1]!.start) return false;
  return true;
}

/** Mentions are cached per document so both stages share one index. */
const mentionCache = new WeakMap<Doc, Mentions>();
export function mentionsOf(doc: Doc): Mentions {
  let m = mentionCache.get(doc);
  if (!m) {
    m = new Mentions(doc);
    mentionCache.set(doc, m);
  }
  return m;
}

const OPENING = new Set(['\u201c', '\u201e', '\u201f', '\u00ab']);
const CLOSING = new Set(['\u201d', '\u00bb']);

interface RawQuote {
  open: number;
  close: number;
  /** Ended at a paragraph end without a closing mark. */
  unclosed: boolean;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/**
 * Line lookups in O(log n): where the line holding an offset starts and ends, and whether only spaces
 * precede an offset on its line (each line is scanned at most once).
 */
class Lines {
  private newlines: number[] | null = null;
  private readonly firstNonSpace = new Map<number, number>();
  constructor(private readonly view: string) {}
  /** Offsets of the newlines, found on first use (a document without quote marks asks nothing). */
  private get nl(): number[] {
    if (this.newlines === null) {
      const nl: number[] = [];
      for (let i = this.view.indexOf('\n'); i >= 0; i = this.view.indexOf('\n', i + 1)) nl.push(i);
      this.newlines = nl;
    }
    return this.newlines;
  }
  /** Index of the line holding `at`. */
  private line(at: number): number {
    let lo = 0;
    let hi = this.nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.nl[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  start(at: number): number {
    const l = this.line(at);
    return l === 0 ? 0 : this.nl[l - 1]! + 1;
  }
  end(at: number): number {
    const l = this.line(at);
    return l < this.nl.length ? this.nl[l]! : this.view.length;
  }
  /** Only whitespace between the line start and `at`. */
  atStart(at: number): boolean {
    const l = this.line(at);
    let f = this.firstNonSpace.get(l);
    if (f === undefined) {
      f = this.start(at);
      const e = this.end(at);
      while (f < e && /\s/.test(this.view[f]!)) f++;
      this.firstNonSpace.set(l, f);
    }
    return f >= at;
  }
  /** The last non-space character before `at` on its line, or ''. */
  lastBefore(at: number): string {
    const s = this.start(at);
    let k = at - 1;
    while (k >= s && /\s/.test(this.view[k]!)) k--;
    return k >= s ? this.view[k]! : '';
  }
}

/**
 * Pairs double quote marks: curly marks by their direction, straight ones by the spaces around them.
 * A quote that runs over a paragraph end and is reopened at the next paragraph's start is one quote
 * (the English and Indonesian convention for multi-paragraph speech); an opening mark with no closing
 * one ends at its paragraph's end.
 */
export function findQuoteMarks(text: string, view: string, lines = new Lines(view)): RawQuote[] {
  const out: RawQuote[] = [];
  let open = -1;
  for (let i = view.indexOf('"'); i >= 0; i = view.indexOf('"', i + 1)) {
    const ch = text[i]!;
    let dir: 'open' | 'close';
    if (OPENING.has(ch)) dir = 'open';
    else if (CLOSING.has(ch)) dir = 'close';
    else {
      const before = view[i - 1];
      const after = view[i + 1];
      if (isSpace(before) || before === '(' || before === ':' || before === '[')
        dir = isSpace(after) && open >= 0 ? 'close' : 'open';
      else dir = 'close';
    }
    if (dir === 'open') {
      if (open >= 0) {
        const paraEnd = lines.end(open);
        if (paraEnd < i) {
          // Reopened at a later paragraph's start: the same speech goes on; elsewhere: a new quote.
          if (!lines.atStart(i)) {
            out.push({ open, close: paraEnd, unclosed: true });
            open = i;
          }
        } else open = i;
      } else open = i;
    } else if (open >= 0) {
      out.push({ open, close: i, unclosed: false });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, close: lines.end(open), unclosed: true });
  return out;
}

/**
 * `“Prinsip ini … masyarakat ASN, imbaunya.`: a quote left unclosed whose paragraph goes on with a comma and a
 * `-nya` cue closes after that comma, as if the mark were there; the cue then reads as usual.
 */
function closedByCue(m: Mentions, raw: RawQuote): RawQuote {
  if (!raw.unclosed) return raw;
  const toks = m.tokens;
  for (let k = m.tokenAt(raw.open + 1); k + 1 < toks.length && toks[k + 1]!.end <= raw.close; k++) {
    const w = toks[k + 1]!;
    if (toks[k]!.norm !== ',' || w.kind !== 'word' || w.cap || !w.norm.endsWith('nya')) continue;
    if (AFTER_ONE.has(w.norm) || AFTER_ONE.has(w.norm.slice(0, -3)))
      return { open: raw.open, close: toks[k]!.end, unclosed: false };
  }
  return raw;
}

/** Words in a span (for the length test of unattributed quotes). */
function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'entities', 'clusters', 'roles'],
  assigns: ['quotes'],
  indonesianOnly: true,
  run(doc: Doc): void {
    doc.quotes = findQuotes(doc);
  },
};

/** Quotes of the document in text order (the stage's work, callable on its own). */
export function findQuotes(doc: Doc): Quote[] {
  const m = mentionsOf(doc);
  const toks = m.tokens;
  const out: Quote[] = [];
  let last: string | null = null;
  let lastEnd = -1;
  const lines = new Lines(doc.view);
  for (const found of findQuoteMarks(doc.text, doc.view, lines)) {
    const raw = closedByCue(m, found);
    // Span inside the marks, without the spaces at its ends.
    let s = raw.open + 1;
    let e = raw.close;
    while (s < e && /\s/.test(doc.view[s]!)) s++;
    while (e > s && /\s/.test(doc.view[e - 1]!)) e--;
    if (e <= s) continue;
    const after = raw.unclosed ? toks.length : m.tokenAt(raw.close + 1);
    const before = m.tokenAt(raw.open) - 1;

    let speaker: string | null = null;
    let cue: Quote['cue'] = null;
    let rule: string | undefined;

    // Cue after the closing mark: skip a comma or dash, then one word or `demikian X`.
    let k = after;
    while (k < toks.length && k < after + 2 && (toks[k]!.norm === ',' || toks[k]!.norm === '-')) k++;
    const t1 = toks[k];
    const t2 = toks[k + 1];
    if (!raw.unclosed && t1 && t1.kind === 'word' && doc.sentenceAt(t1.start) <= doc.sentenceAt(raw.close) + 1) {
      const two = t2 ? AFTER_TWO.get(`${t1.norm} ${t2.norm}`) : undefined;
      const one = AFTER_TWO.get(t1.norm) ?? AFTER_ONE.get(t1.norm);
      const hit = two ?? one;
      if (hit) {
        const cueEnd = two ? t2!.end : t1.end;
        cue = doc.span(t1.start, cueEnd);
        rule = hit.id;
        speaker = speakerAfter(doc, m, two ? k + 2 : k + 1, two ? t2!.norm : t1.norm, s, last, lastEnd);
      }
    }
    // Cue before the opening mark: `X menegaskan, "`, `Menurut X, "`.
    if (!rule && before >= 0) {
      let j = before;
      if (toks[j]!.norm === ',' || toks[j]!.norm === ':') j--;
      const v = toks[j];
      if (v && BEFORE.has(v.norm)) {
        cue = doc.span(v.start, v.end);
        rule = BEFORE.get(v.norm)!.id;
        speaker = v.norm.endsWith('nya') ? pointBack(m, v.start, last, lastEnd) : speakerBefore(doc, m, j, last);
      } else if (MENURUT && toks[before]!.norm === ',') {
        // Menurut X, "…": look back for `menurut` in the same sentence.
        for (let i = before - 1; i >= 0 && before - i <= 12 && toks[i]!.norm !== '.' && toks[i]!.norm !== '"'; i--) {
          if (toks[i]!.norm === 'menurut' || toks[i]!.norm === 'menurutnya') {
            cue = doc.span(toks[i]!.start, toks[i]!.end);
            rule = MENURUT.id;
            if (toks[i]!.norm === 'menurutnya') speaker = pointBack(m, toks[i]!.start, last, lastEnd);
            else {
              for (let x = i + 1; x < before; x++) {
                const ent = m.entityAt(x);
                if (ent && m.typeOf(ent) === 'PERSON') {
                  speaker = ent.cluster;
                  break;
                }
              }
              speaker ??=
                doc.roles.find((r) => r.holder && r.start >= toks[i]!.end && r.end <= toks[before]!.start)?.holder ??
                null;
            }
            break;
          }
        }
      }
    }
    // No cue: a long quote opening a paragraph or following a colon is still speech.
    if (!rule && UNATTRIBUTED) {
      if (
        (lines.atStart(raw.open) || lines.lastBefore(raw.open) === ':') &&
        e - s < 5000 &&
        wordCount(doc.view.slice(s, e)) >= 6
      ) {
        rule = UNATTRIBUTED.id;
        // Continues the speech of a quote that ended in the paragraph just before.
        const gap = lastEnd >= 0 && raw.open - lastEnd < 400 ? doc.view.slice(lastEnd, raw.open) : null;
        if (last && gap !== null && (gap.match(/\n/g)?.length ?? 0) <= 2) speaker = last;
      }
    }
    if (!rule) continue;
    out.push({ start: s, end: e, text: doc.text.slice(s, e), speaker, cue, rule });
    if (speaker) last = speaker;
    // A cue after the quote and the speaker it names (`” ujar Yuslina.`) belong to this quote, not the next one's
    // look-back, so the text since the last quote starts at the end of the cue's sentence.
    lastEnd =
      cue && cue.start > raw.close && doc.sentences.length
        ? doc.sentences[doc.sentenceAt(cue.start)]!.end
        : raw.close + 1;
  }
  return out;
}
