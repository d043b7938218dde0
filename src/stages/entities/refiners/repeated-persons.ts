import { makeMention, type Mention } from '../mention.js';
import type { Refiner } from './refiner.js';

/** Persons whose name is two or more words and whose evidence is not the document itself. */
const evidenced = (m: Mention): boolean => m.type === 'PERSON' && !m.weak && m.b - m.a >= 2;

export const repeatedPersons: Refiner = {
  name: 'repeated-persons',
  description:
    'A person named with evidence once (`…, Nur Syarifah, menyampaikan`) is the same person where the same capitalised words recur with no mention on them, even when they are dictionary words (`Lebih lanjut Nur Syarifah menekankan`): one name, one type in a document. The repeats get `ent.person-doc`. The mentions come sorted by start and leave sorted.',
  run(ctx, mentions) {
    const toks = ctx.toks;
    // First word → the token texts of each evidenced name starting with it.
    const names = new Map<string, string[][]>();
    for (const m of mentions) {
      if (!evidenced(m)) continue;
      const words: string[] = [];
      for (let k = m.a; k < m.b; k++) words.push(toks[k]!.text);
      const list = names.get(words[0]!) ?? [];
      if (!list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
      names.set(words[0]!, list);
    }
    if (names.size === 0) return mentions;
    const covered = new Uint8Array(ctx.n);
    for (const m of mentions) covered.fill(1, m.a, m.b);
    const added: Mention[] = [];
    for (let k = 0; k < ctx.n; k++) {
      const list = covered[k] ? undefined : names.get(toks[k]!.text);
      if (!list) continue;
      for (const words of list) {
        const b = k + words.length;
        if (b > ctx.n || ctx.wcap(b)) continue; // not inside a longer capitalised run
        let same = !(k > 0 && ctx.wcap(k - 1) && !ctx.ini(k));
        for (let i = 1; i < words.length && same; i++) same = toks[k + i]!.text === words[i] && !covered[k + i];
        if (!same) continue;
        added.push(makeMention(toks, k, b, 'PERSON', 'ent.person-doc', 'document'));
        k = b - 1;
        break;
      }
    }
    if (added.length === 0) return mentions;
    return [...mentions, ...added].sort((x, y) => x.a - y.a);
  },
};
