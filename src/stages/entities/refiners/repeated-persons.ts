import { F } from '../../../rules/gazetteers/word-flags.js';
import type { EntityContext } from '../context.js';
import { makeMention, type Mention } from '../mention.js';
import type { Refiner } from './refiner.js';

/** Persons whose name is two or more words and whose evidence is not the document itself. */
const evidenced = (m: Mention): boolean => m.type === 'PERSON' && !m.weak && m.b - m.a >= 2;

export const repeatedPersons: Refiner = {
  name: 'repeated-persons',
  description:
    'A person named with evidence once (`…, Nur Syarifah, menyampaikan`) is the same person where the same capitalised words recur with no mention on them, even when they are dictionary words (`Lebih lanjut Nur Syarifah menekankan`): one name, one type in a document. The repeats get `ent.person-doc`. One word of such a name, alone where no mention is, is that person too when the document writes it so mid-sentence, capitalised, at least once (`Survei Halawa, mahasiswa …` then `Bagi Survei, …` and `Sepulang dari kegiatan, Survei bertekad`: a dictionary word capitalised alone in mid-sentence is a name), unless two names share it. The mentions come sorted by start and leave sorted.',
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
    for (const m of added) covered.fill(1, m.a, m.b);
    partNames(ctx, mentions, covered, added);
    if (added.length === 0) return mentions;
    return [...mentions, ...added].sort((x, y) => x.a - y.a);
  },
};

/** Flags of a word that names a role or kind of person or body, not a person (`Prof`, `Polisi`). */
const NOT_GIVEN = F.HONORIFIC | F.PERSON_NOUN | F.RANK | F.HEAD | F.ORG_HEAD;

/**
 * `Survei` after `Survei Halawa`: the first word of an evidenced name (three letters or more; no title, person noun
 * or head; never written in lower case in the document; no gazetteer word), alone where no mention is (no
 * capitalised word right after it, nor before it in mid-sentence but a sentence's first common word, `Bagi Survei`,
 * nor `Loan at Risk`'s glue), is that person at every such place, once one of them is in mid-sentence; a word two
 * names share is left. Adds to `added` and `covered`.
 */
function partNames(ctx: EntityContext, mentions: readonly Mention[], covered: Uint8Array, added: Mention[]): void {
  const toks = ctx.toks;
  // Word → the name it starts ('' when two names share it).
  const owner = new Map<string, string>();
  for (const m of mentions) {
    if (!evidenced(m)) continue;
    const t = toks[m.a]!;
    if (t.kind !== 'word' || !t.cap || t.text.length < 3 || t.upper || ctx.fl(m.a) & NOT_GIVEN) continue;
    if (toks[m.a + 1]?.text === '.') continue;
    const name = ctx.textOf(m.a, m.b);
    const had = owner.get(t.text);
    owner.set(t.text, had === undefined || had === name ? name : '');
  }
  if (owner.size === 0) return;
  // A word the document also writes in lower case is a common word there (looked up by norm: no string per token).
  const byNorm = new Map<string, string>();
  for (const key of owner.keys()) byNorm.set(key.toLowerCase(), key);
  for (const t of toks) {
    if (t.kind !== 'word' || t.cap) continue;
    const key = byNorm.get(t.norm);
    if (key !== undefined && key.slice(1) === t.text.slice(1)) owner.set(key, '');
  }
  const glued = (k: number) => k > 1 && ctx.fl(k - 1) & F.ENGLISH_FUNCTION && !toks[k - 1]!.cap && ctx.wcap(k - 2);
  const alone = (k: number) =>
    !covered[k] &&
    !ctx.gaz[k] &&
    !!owner.get(toks[k]!.text) &&
    !ctx.wcap(k + 1) &&
    !(k > 0 && ctx.wcap(k - 1) && !ctx.ini(k) && !(ctx.ini(k - 1) && ctx.common(k - 1))) &&
    !glued(k);
  const seenMid = new Set<string>();
  for (let k = 0; k < ctx.n; k++) if (alone(k) && !ctx.ini(k)) seenMid.add(toks[k]!.text);
  if (seenMid.size === 0) return;
  for (let k = 0; k < ctx.n; k++) {
    if (!seenMid.has(toks[k]!.text) || !alone(k)) continue;
    added.push(makeMention(toks, k, k + 1, 'PERSON', 'ent.person-doc', 'document'));
    covered[k] = 1;
  }
}
