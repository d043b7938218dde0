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

export const commonNounAcronyms: Refiner = {
  name: 'common-noun-acronyms',
  description:
    "Common-noun blends left untyped by a definition (`Alutsista`, `Satgas`) are dropped; and `daftar pemilih tetap (DPT)`, `unit gedung baru ( UGB )`, `Usaha Kesehatan Sekolah (UKS)`: an acronym defined by lower-case words (the word right before the bracket is lower case and starts with the acronym's last letter), or by capitalised dictionary words that make no name and spell it, abbreviates a common noun, so neither it nor its later uses are organisations.",
  run(ctx, mentions) {
    const toks = ctx.toks;
    let blends = false;
    for (const m of mentions) if (guessedAcronym(m) && L.COMMON_BLENDS.has(toks[m.a]!.norm)) blends = true;
    if (blends) mentions = mentions.filter((m) => !(guessedAcronym(m) && L.COMMON_BLENDS.has(toks[m.a]!.norm)));
    let common: Set<string> | null = null;
    const byEnd = ctx.index(mentions, true);
    for (const m of mentions) {
      if (!guessedAcronym(m) || toks[m.a - 1]?.text !== '(') continue;
      const w = toks[m.a - 2];
      const acr = toks[m.a]!.text;
      if (!w || w.kind !== 'word') continue;
      if (w.cap ? !byEnd[m.a - 2] && spellsCommonWords(ctx, acr, m.a - 1) : w.norm[0] === acr.at(-1)!.toLowerCase())
        (common ??= new Set()).add(acr);
    }
    ctx.unindex(mentions, true);
    if (!common) return mentions;
    const set = common;
    return mentions.filter((m) => !(guessedAcronym(m) && set.has(toks[m.a]!.text)));
  },
};
