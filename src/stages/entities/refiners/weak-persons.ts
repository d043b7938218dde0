import type { Mention } from '../mention.js';
import type { Refiner } from './refiner.js';

/** A default PERSON with no person evidence yet (the typing rule `weak-default`). */
const isWeak = (m: Mention): boolean => m.weak === true && m.type === 'PERSON' && m.basis === 'shape';

export const weakPersons: Refiner = {
  name: 'weak-persons',
  description:
    "A weak default PERSON (one unknown word, or a run not in a name's shape) is kept only with person evidence in the same document, and then gets `ent.person-doc`: a PERSON mention with evidence holds all its words (`Asrofi` after `Muhammad Asrofi mengatakan`); it is listed next to such a person (`Roid Al Azhar Nasution dan Asnawi`, `A, B, dan C`); or it stands in brackets right after one (`Emanuel Wopon (Manu)`). Without evidence it is not an entity. The mentions come sorted by start.",
  run(ctx, mentions) {
    if (!mentions.some(isWeak)) return mentions;
    const toks = ctx.toks;
    // Words (surface) of persons with evidence.
    const words = new Set<string>();
    for (const m of mentions) {
      if (m.type !== 'PERSON' || isWeak(m)) continue;
      for (let k = m.a; k < m.b; k++) if (toks[k]!.kind === 'word' && ctx.wcap(k)) words.add(toks[k]!.text);
    }
    const strong = (m: Mention | undefined) => !!m && m.type === 'PERSON' && !isWeak(m);
    const promote = (m: Mention) => {
      m.rule = 'ent.person-doc';
      m.basis = 'document';
      m.weak = false;
    };
    for (const m of mentions) {
      if (!isWeak(m)) continue;
      let all = true;
      for (let k = m.a; k < m.b && all; k++)
        if (toks[k]!.kind === 'word' && ctx.wcap(k) && !words.has(toks[k]!.text)) all = false;
      if (all) promote(m);
    }
    // Lists and brackets, both directions, so that `A, B, dan C` spreads from any person with evidence.
    const listSep = (k: number) => {
      const t = toks[k];
      return (
        !!t &&
        (t.text === ',' ||
          t.text === ';' ||
          t.text === '&' ||
          t.norm === 'dan' ||
          t.norm === 'serta' ||
          t.norm === 'atau')
      );
    };
    const neighbour = (x: Mention, y: Mention) => {
      // x before y: `x , y`, `x dan y`, `x , dan y`, `x (y)`.
      const gap = y.a - x.b;
      if (gap === 1) return listSep(x.b);
      if (gap === 2)
        return (toks[x.b]!.text === ',' && listSep(x.b + 1)) || (toks[x.b]!.text === '(' && toks[y.b]?.text === ')');
      return false;
    };
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 1; i < mentions.length; i++) {
        const m = mentions[i]!;
        if (isWeak(m) && strong(mentions[i - 1]) && neighbour(mentions[i - 1]!, m)) promote(m);
      }
      for (let i = mentions.length - 2; i >= 0; i--) {
        const m = mentions[i]!;
        if (isWeak(m) && strong(mentions[i + 1]) && neighbour(m, mentions[i + 1]!) && toks[m.b]!.text !== '(')
          promote(m);
      }
    }
    return mentions.filter((m) => !isWeak(m));
  },
};
