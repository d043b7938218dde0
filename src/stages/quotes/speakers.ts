// Who speaks a quote: the cue words by position, and the speaker a cue names or points back to.
import type { Doc } from '../../doc.js';
import { looksVerbal } from '../../text/morphology.js';
import {
  OUTLET_REPORTERS,
  PERSON_PRONOUNS,
  QUOTE_CUES,
  SUBJECT_AFFILIATION,
  SUBJECT_VERB_GAP,
  type QuoteCueRule,
} from '../../rules/quote-cues.js';
import type { Mentions } from '../quotes.js';

/** Cue words by where they stand: after the closing mark (one word or two), before the opening one. */
export const AFTER_ONE = new Map<string, QuoteCueRule>();
export const AFTER_TWO = new Map<string, QuoteCueRule>();
export const BEFORE = new Map<string, QuoteCueRule>();
export const MENURUT = QUOTE_CUES.find((r) => r.id !== 'quote.unattributed' && r.position === 'menurut');
export const UNATTRIBUTED = QUOTE_CUES.find((r) => r.id === 'quote.unattributed');
for (const rule of QUOTE_CUES) {
  if (rule.id === 'quote.unattributed') continue;
  for (const w of rule.words) {
    if (rule.position === 'after') (w.includes(' ') ? AFTER_TWO : AFTER_ONE).set(w, rule);
    else if (rule.position === 'before') BEFORE.set(w, rule);
  }
}

const SPEAKER_WINDOW = 12;
const STOP = new Set(['.', ';', '"', '!', '?']);

/**
 * Speaker of a cue that names them after it (`ujar Menlu Retno Marsudi`, `tegas Dirjen Arto`): the
 * first PERSON within the window (or the outlet of an unnamed reporter: `ujar Wartawan TVOne`), else the
 * holder of a role in the cue's clause, else — when a title or a `-nya`
 * form points back — the last person named before the quote.
 */
export function speakerAfter(
  doc: Doc,
  m: Mentions,
  from: number,
  cueWord: string,
  quoteStart: number,
  last: string | null,
  lastEnd: number,
): string | null {
  const toks = m.tokens;
  let sawName = false;
  // A role counts only inside the cue's own clause: the next sentence's `Wamenaker Noel` is not this speaker.
  let clauseEnd = Infinity;
  for (let i = from; i < toks.length && i < from + SPEAKER_WINDOW; i++) {
    const t = toks[i]!;
    if (STOP.has(t.norm) && !(t.norm === '.' && !endsSentence(doc, toks, i))) {
      clauseEnd = t.start;
      break;
    }
    const e = m.entityAt(i);
    if (e && m.typeOf(e) === 'PERSON') return e.cluster;
    if (OUTLET_REPORTERS.has(t.norm)) {
      const outlet = m.entityAt(i + 1);
      if (outlet && m.typeOf(outlet) === 'ORGANIZATION') return outlet.cluster;
    }
    if (i === from && PERSON_PRONOUNS.has(t.norm)) return pointBack(m, quoteStart, last, lastEnd);
    if (t.cap) sawName = true;
  }
  for (const r of doc.roles) {
    const start = toks[from]?.start ?? Infinity;
    if (r.holder && r.start >= start && r.start < Math.min(start + 80, clauseEnd)) return r.holder;
  }
  if (cueWord.endsWith('nya') || sawName) return pointBack(m, quoteStart, last, lastEnd);
  return null;
}

/**
 * Whom a pronoun cue (`ujarnya`, `Ia menegaskan`) points back to: whoever was reported speaking since the last
 * quote (`Ferry bilang …`), else a person since then who is a clause's subject (`Rektor …, Iwan Taruna, secara
 * resmi membuka …` "…" ungkapnya; not `… Sekjen PKS Muhammad Kholid beserta jajarannya`), else the last quote's
 * speaker, else the last person named. Each call reads only the text since the last quote.
 */
export function pointBack(m: Mentions, at: number, last: string | null, lastEnd: number): string | null {
  const reported = reportedSpeaker(m, lastEnd, at, last);
  if (reported) return reported;
  return (lastEnd >= 0 ? subjectSince(m, lastEnd, at) : null) ?? last ?? m.personBefore(at);
}

/** The last PERSON between offsets `from` and `to` that a verb follows, as a subject (see `pointBack`). */
function subjectSince(m: Mentions, from: number, to: number): string | null {
  const lo = m.tokenAt(from);
  for (let k = m.tokenAt(to) - 1; k >= lo; k--) {
    const e = m.entityAt(k);
    if (!e || m.typeOf(e) !== 'PERSON') continue;
    if (verbAfter(m, k + 1)) return e.cluster;
    k = m.entityStart(k);
  }
  return null;
}

/**
 * Whether a verb follows token `j` as the predicate of what stands before it, past an appositive set off by
 * commas (`Tanti Damayanti, guru SMP Negeri 3, menilai`), an affiliation (`dari …`) and adverbs.
 */
function verbAfter(m: Mentions, j: number): boolean {
  const toks = m.tokens;
  const limit = j + 15;
  if (toks[j]?.norm === ',') {
    j++;
    if (verbAt(m, j, limit)) return true;
    while (j < limit && toks[j] && toks[j]!.norm !== ',' && toks[j]!.norm !== '.') j++;
    if (toks[j]?.norm !== ',') return false;
    j++;
  } else if (SUBJECT_AFFILIATION.has(toks[j]?.norm ?? '')) {
    j++;
    while (j < limit && toks[j] && (toks[j]!.cap || toks[j]!.kind !== 'word' || m.entityAt(j))) {
      if (toks[j]!.norm === '.' || toks[j]!.norm === ',') break;
      j++;
    }
  }
  return verbAt(m, j, limit);
}

/** Whether a verb stands at token `j`, past adverbs. */
function verbAt(m: Mentions, j: number, limit: number): boolean {
  const toks = m.tokens;
  while (j < limit && SUBJECT_VERB_GAP.has(toks[j]?.norm ?? '')) j++;
  const t = toks[j];
  return !!t && t.kind === 'word' && !t.cap && looksVerbal(t.norm);
}

/**
 * The last one reported as speaking between offsets `from` and `to` (`kata dia`, `Ferry bilang`, `menurut PM
 * Anwar`): a person next to a speech word, or the last speaker when the speech word has a pronoun
 * (`Menurutnya`, `kata dia`); undefined when no speech word stands there.
 */
function reportedSpeaker(m: Mentions, from: number, to: number, last: string | null): string | null | undefined {
  const toks = m.tokens;
  let found: string | null | undefined;
  let k = from >= 0 ? m.tokenAt(from) : 0;
  for (; k < toks.length && toks[k]!.end <= to; k++) {
    const t = toks[k]!;
    const norm = t.norm.replace(/nya$/, '');
    if (!AFTER_ONE.has(norm) && !BEFORE.has(norm) && norm !== 'menurut' && norm !== 'bilang') continue;
    // `Menurutnya`, `kata dia`: the last quote's speaker (the person named last may be the topic: `Menurutnya
    // sosok Mochtar …`).
    if (t.norm !== norm || PERSON_PRONOUNS.has(toks[k + 1]?.norm ?? '')) {
      found = last;
      continue;
    }
    // `kata X` names the speaker after the word; `X menjelaskan, …` and `X menjelaskan bahwa …` before it.
    const before = personNear(m, k, -1);
    const after = personNear(m, k, 1);
    const next = toks[k + 1]?.norm;
    const subjectFirst = !AFTER_ONE.has(norm) || next === ',' || next === 'bahwa';
    const named = subjectFirst ? (before ?? after) : (after ?? before);
    if (named) found = named;
  }
  return found;
}

/** The first PERSON within four tokens after `k` (`dir` 1) or three before it (`dir` -1). */
function personNear(m: Mentions, k: number, dir: 1 | -1): string | null {
  const reach = dir === 1 ? 4 : 3;
  for (let x = k + dir; Math.abs(x - k) <= reach && x >= 0 && x < m.tokens.length; x += dir) {
    const e = m.entityAt(x);
    if (e && m.typeOf(e) === 'PERSON') return e.cluster;
  }
  return null;
}

/** Whether the full stop at token `i` ends a sentence (not `Prof.` or `Dr.` before a name). */
function endsSentence(doc: Doc, toks: Mentions['tokens'], i: number): boolean {
  const next = toks[i + 1];
  if (!next) return true;
  if (next.start === toks[i]!.end) return false;
  return doc.sentences.length === 0 || doc.sentenceAt(next.start) !== doc.sentenceAt(toks[i]!.start);
}

/** Speaker named before a `before` cue verb in the same sentence (`Menhan Sjafrie menegaskan, "…"`). */
export function speakerBefore(doc: Doc, m: Mentions, verb: number, last: string | null): string | null {
  const toks = m.tokens;
  const sentStart = doc.sentences.length ? doc.sentences[doc.sentenceAt(toks[verb]!.start)]!.start : 0;
  for (let i = verb - 1; i >= 0 && toks[i]!.start >= sentStart && verb - i <= 15; i--) {
    const t = toks[i]!;
    if (t.norm === '"') break;
    const e = m.entityAt(i);
    if (e && m.typeOf(e) === 'PERSON') return e.cluster;
    if (PERSON_PRONOUNS.has(t.norm)) return last ?? m.personBefore(t.start);
  }
  for (const r of doc.roles) if (r.holder && r.end <= toks[verb]!.start && r.start >= sentStart) return r.holder;
  return last ?? m.personBefore(toks[verb]!.start);
}
