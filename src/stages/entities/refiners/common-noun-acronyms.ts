import * as L from '../../../rules/gazetteers/lexicon.js';
import type { EntityContext } from '../context.js';
import type { Mention } from '../mention.js';
import type { Refiner } from './refiner.js';

/**
 * An unknown one-word acronym or blend taken for a body (`ent.acronym-org`), not one a definition or the gazetteer
 * typed.
 */
const guessedAcronym = (m: Mention): boolean => m.basis === 'acronym' && m.b - m.a === 1;

/** The capitalised words right before token `close` (exclusive) spell `acr` and are all dictionary words. */
function spellsCommonWords(ctx: EntityContext, acr: string, close: number): boolean {
  const n = acr.length;
  if (n < 2 || acr !== acr.toUpperCase() || close - n < 0) return false;
  for (let k = close - n, i = 0; k < close; k++, i++) {
    const t = ctx.toks[k]!;
    if (t.kind !== 'word' || !t.cap || t.norm[0] !== acr[i]!.toLowerCase() || !ctx.common(k)) return false;
  }
  return true;
}

/** Lower-case words and marks that may stand inside a spelled-out name (`Loan to Value/Financing to Value`). */
const SPELLED_GLUE = new Set([
  '/',
  ',',
  '-',
  '&',
  'dan',
  'and',
  'of',
  'for',
  'the',
  'to',
  'on',
  'in',
  'at',
  'ke',
  'untuk',
]);

/**
 * Where the name that `acr` spells out starts, the name ending right before token `close` (the bracket): each
 * capital of the acronym is the initial of a capitalised word in order (an all-capitals word gives all its
 * letters: `Sistem Informasi ASN (SIASN)`), over lower-case glue words, which may give their initial too (`Transfer
 * ke Daerah (TKD)`); -1 when the words do not spell it.
 */
function spelledFrom(ctx: EntityContext, acr: string, close: number): number {
  const letters = acr.replace(/[^A-Z]/g, '').toLowerCase();
  if (letters.length < 2) return -1;
  // Right to left: letters[0, i) are still to spell by the tokens up to k. Depth-first: a glue word is tried with
  // and without its initial (acronyms are short).
  const from = (i: number, k: number): number => {
    if (i === 0) return k + 1;
    if (k < 0) return -1;
    const t = ctx.toks[k]!;
    const rest = letters.slice(0, i);
    if (t.kind !== 'word' || !t.cap) {
      if (!SPELLED_GLUE.has(t.norm) || k === close - 1) return -1;
      if (t.kind === 'word' && rest.endsWith(t.norm[0]!)) {
        const withInitial = from(i - 1, k - 1);
        if (withInitial >= 0) return withInitial;
      }
      return from(i, k - 1);
    }
    const part = t.upper && t.norm.length > 1 && rest.endsWith(t.norm) ? t.norm : t.norm[0]!;
    return rest.endsWith(part) ? from(i - part.length, k - 1) : -1;
  };
  return from(letters.length, close - 1);
}

/** What the spelled-out words [a, b) name: a body, an event, or neither (a ratio, a test, a programme). */
function spelledKind(ctx: EntityContext, a: number, b: number): 'body' | 'event' | null {
  const first = ctx.toks[a]!.norm;
  if (L.ORG_HEADS.has(first) || L.ACRONYM_BODY_HEADS.has(first)) return 'body';
  // A head left outside the abbreviation: `Direktorat Jenderal | Komunikasi Publik dan Media (KPM)`.
  for (let k = a - 1; k >= 0 && a - k <= 2 && ctx.toks[k]!.cap; k--)
    if (L.ORG_HEADS.has(ctx.toks[k]!.norm) || L.ACRONYM_BODY_HEADS.has(ctx.toks[k]!.norm)) return 'body';
  if (L.EVENT_HEADS.has(first)) return 'event';
  let event = false;
  for (let k = a; k < b; k++) {
    const w = ctx.toks[k]!.norm;
    if (L.ORG_TAILS_EN.has(w)) return 'body';
    if (L.EVENT_TAILS_EN.has(w)) event = true;
  }
  return event ? 'event' : null;
}

export const commonNounAcronyms: Refiner = {
  name: 'common-noun-acronyms',
  description:
    "Common-noun blends left untyped by a definition (`Alutsista`, `Satgas`) are dropped; an acronym spelled out by capitalised words that are no mention is what they name (`Future Leaders Camp (FLC)` an event, `Capital Adequacy Ratio (CAR)` no name; `Unit Layanan Disabilitas (ULD)` stays a body); and `daftar pemilih tetap (DPT)`, `unit gedung baru ( UGB )`, `Usaha Kesehatan Sekolah (UKS)`: an acronym defined by lower-case words (the word right before the bracket is lower case and starts with the acronym's last letter), or by capitalised dictionary words that make no name and spell it, abbreviates a common noun, so neither it nor its later uses are organisations.",
  run(ctx, mentions) {
    const toks = ctx.toks;
    let blends = false;
    for (const m of mentions) if (guessedAcronym(m) && L.COMMON_BLENDS.has(toks[m.a]!.norm)) blends = true;
    if (blends) mentions = mentions.filter((m) => !(guessedAcronym(m) && L.COMMON_BLENDS.has(toks[m.a]!.norm)));
    let common: Set<string> | null = null;
    let events: Set<string> | null = null;
    const byEnd = ctx.index(mentions, true);
    for (const m of mentions) {
      if (!guessedAcronym(m) || toks[m.a - 1]?.text !== '(') continue;
      const w = toks[m.a - 2];
      const acr = toks[m.a]!.text;
      if (!w || w.kind !== 'word') continue;
      // Lower case: the word before the bracket starts with one of the last two letters (`perguruan tinggi kedinasan
      // (PTKL)`, where the press adds a letter).
      if (
        w.cap
          ? !byEnd[m.a - 2] && spellsCommonWords(ctx, acr, m.a - 1)
          : acr.slice(-2).toLowerCase().includes(w.norm[0]!)
      ) {
        (common ??= new Set()).add(acr);
        continue;
      }
      // `Capital Adequacy Ratio (CAR)`, `Future Leaders Camp (FLC)`: spelled out by words that are no mention, the
      // acronym is what those words are: a body, an event, or no name at all.
      if (!w.cap || byEnd[m.a - 2]) continue;
      const from = spelledFrom(ctx, acr, m.a - 1);
      if (from < 0 || m.a - 1 - from < 2) continue;
      const kind = spelledKind(ctx, from, m.a - 1);
      if (kind === 'event') (events ??= new Set()).add(acr);
      else if (kind === null) (common ??= new Set()).add(acr);
    }
    ctx.unindex(mentions, true);
    if (events)
      for (const m of mentions)
        if (guessedAcronym(m) && events.has(toks[m.a]!.text)) {
          m.type = 'EVENT';
          m.rule = 'ent.acronym-def';
        }
    if (!common) return mentions;
    const set = common;
    return mentions.filter((m) => !(guessedAcronym(m) && set.has(toks[m.a]!.text)));
  },
};
