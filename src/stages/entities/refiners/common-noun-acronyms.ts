import * as L from '../../../rules/gazetteers/lexicon.js';
import type { Mention } from '../mention.js';
import type { Refiner } from './refiner.js';

/**
 * An unknown one-word acronym or blend taken for a body (`ent.acronym-org`), not one a definition or the gazetteer
 * typed.
 */
const guessedAcronym = (m: Mention): boolean => m.basis === 'acronym' && m.b - m.a === 1;

export const commonNounAcronyms: Refiner = {
  name: 'common-noun-acronyms',
  description:
    "Common-noun blends left untyped by a definition (`Alutsista`, `Satgas`) are dropped; and `daftar pemilih tetap (DPT)`, `unit gedung baru ( UGB )`: an acronym defined by lower-case words (the word right before the bracket is lower case and starts with the acronym's last letter) abbreviates a common noun, so neither it nor its later uses are organisations.",
  run(ctx, mentions) {
    const toks = ctx.toks;
    let blends = false;
    for (const m of mentions) if (guessedAcronym(m) && L.COMMON_BLENDS.has(toks[m.a]!.norm)) blends = true;
    if (blends) mentions = mentions.filter((m) => !(guessedAcronym(m) && L.COMMON_BLENDS.has(toks[m.a]!.norm)));
    let common: Set<string> | null = null;
    for (const m of mentions) {
      if (!guessedAcronym(m) || toks[m.a - 1]?.text !== '(') continue;
      const w = toks[m.a - 2];
      const acr = toks[m.a]!.text;
      if (!w || w.kind !== 'word' || w.cap || w.norm[0] !== acr[acr.length - 1]!.toLowerCase()) continue;
      (common ??= new Set()).add(acr);
    }
    if (!common) return mentions;
    const set = common;
    return mentions.filter((m) => !(guessedAcronym(m) && set.has(toks[m.a]!.text)));
  },
};
