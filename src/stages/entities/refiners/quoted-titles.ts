import * as L from '../../../rules/gazetteers/lexicon.js';
import { makeMention } from '../mention.js';
import type { Refiner } from './refiner.js';

/** How far back from `bertajuk` a session noun may stand (`sesi pertama yang bertajuk`), and a title's length. */
const NOUN_REACH = 4;
const MAX_TITLE = 60;

export const quotedTitles: Refiner = {
  name: 'quoted-titles',
  description:
    "`sesi pertama yang bertajuk “Empowering Youth …”`, `Seminar bertajuk ‘Berdaya Bersama …’`, `paparannya bertajuk “Visual Talks Louder: …”`: a session's, talk's or event's title in double or single quote marks after a titling word is one EVENT (ent.event-titled), replacing the runs found inside it; a book's or song's title is not (no session noun before).",
  run(ctx, mentions) {
    const toks = ctx.toks;
    for (let k = 1; k + 2 < ctx.n; k++) {
      const mark = toks[k + 1]!.norm;
      if (!L.TITLING_WORDS.has(toks[k]!.norm) || (mark !== '"' && mark !== "'") || !toks[k + 2]!.cap) continue;
      let session = false;
      for (let x = k - 1; x >= 0 && k - x <= NOUN_REACH && !session; x--) session = sessionNoun(toks[x]!.norm);
      if (!session) continue;
      let close = k + 2;
      while (close < ctx.n && toks[close]!.norm !== mark && close - k < MAX_TITLE) close++;
      if (toks[close]?.norm !== mark) continue;
      let b = close;
      while (b > k + 3 && (toks[b - 1]!.text === ',' || toks[b - 1]!.text === '.')) b--;
      const a = k + 2;
      mentions = mentions.filter((m) => m.b <= a || m.a >= b);
      mentions.push(makeMention(toks, a, b, 'EVENT', 'ent.event-titled', 'cue'));
    }
    return mentions;
  },
};

/** A session or talk noun, with or without `-nya` (`paparannya`). */
function sessionNoun(norm: string): boolean {
  return L.SESSION_NOUNS.has(norm) || (norm.endsWith('nya') && L.SESSION_NOUNS.has(norm.slice(0, -3)));
}
