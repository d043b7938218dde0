import { F } from '../../../rules/gazetteers/word-flags.js';
import type { EntityContext } from '../context.js';
import type { Mention } from '../mention.js';
import type { Refiner } from './refiner.js';

/** Most words read back from a bracketed short form for the phrase it shortens. */
const MAX_PHRASE_WORDS = 8;
/** Words of the phrase a blend may leave out (`Majelis Bahasa Brunei Darussalam–Indonesia–Malaysia (Mabbim)`). */
const MAX_SKIPPED = 1;

export const definedBlends: Refiner = {
  name: 'defined-blends',
  description:
    "A capitalised blend the document brackets right after the phrase it is made of (`Pelatihan Dasar Kemiliteran (Latsarmil)`, `Komponen Cadangan (Komcad)`, `Majelis Bahasa Brunei Darussalam–Indonesia–Malaysia (Mabbim)`: pieces of the phrase's words in order) is that phrase's short form, never a person's name: a PERSON made only of such blends (`Latsarmil Komcad`, a later `Mabbim`) is dropped, or is the body when the phrase opens with a body's head word (`Majelis`). Acronyms in capitals are the acronym-definitions refiner's.",
  run(ctx, mentions) {
    const phrases = definedPhrases(ctx, mentions);
    if (phrases.size === 0) return mentions;
    const toks = ctx.toks;
    const out: Mention[] = [];
    for (const m of mentions) {
      let body: string | null | undefined;
      if (m.type === 'PERSON') {
        body = undefined;
        for (let k = m.a; k < m.b; k++) {
          if (toks[k]!.kind !== 'word') continue;
          const p = phrases.get(toks[k]!.norm);
          if (p === undefined) {
            body = undefined;
            break;
          }
          body = m.b - m.a === 1 ? p : null;
        }
      }
      if (body === undefined) out.push(m);
      else if (body !== null) {
        m.type = 'ORGANIZATION';
        m.rule = 'ent.acronym-def';
        m.basis = 'defined';
        m.definedBy = body;
        out.push(m);
      }
    }
    return out;
  },
};

/**
 * The document's bracketed blends of capitalised phrases: blend → the phrase when it opens with a body's head word,
 * else null (a common phrase: training, reserve forces).
 */
function definedPhrases(ctx: EntityContext, mentions: readonly Mention[]): Map<string, string | null> {
  const toks = ctx.toks;
  const found = new Map<string, string | null>();
  // A person's short name is no phrase's blend (`Junaidi Samsudin (Junsam)`).
  let person: Uint8Array | null = null;
  for (let k = 1; k + 1 < ctx.n; k++) {
    const t = toks[k]!;
    if (toks[k - 1]!.text !== '(' || toks[k + 1]!.text !== ')' || t.kind !== 'word' || !t.cap || t.upper) continue;
    if (t.norm.length < 5 || found.has(t.norm)) continue;
    if (!person) {
      person = new Uint8Array(ctx.n);
      for (const m of mentions) if (m.type === 'PERSON' && m.basis !== 'document') person.fill(1, m.a, m.b);
    }
    if (person[k - 2]) continue;
    // The capitalised words right before the bracket (token indices, nearest last); dashes between them are read over.
    const at: number[] = [];
    for (let j = k - 2; j >= 0 && at.length < MAX_PHRASE_WORDS; j--) {
      const w = toks[j]!;
      if (w.kind === 'word' && w.cap) at.unshift(j);
      else if (!(w.text === '-' || w.text === '–' || w.text === '—')) break;
    }
    // The longest phrase that the blend is made of (a capitalised word before it may be no part of it).
    for (let s = 0; s + 2 <= at.length; s++) {
      if (
        !blendOf(
          t.norm,
          at.slice(s).map((j) => toks[j]!.norm),
        )
      )
        continue;
      found.set(t.norm, ctx.fl(at[s]!) & F.ORG_HEAD ? ctx.textOf(at[s]!, k - 1) : null);
      break;
    }
  }
  return found;
}

/** Prefixes a blend leaves out of a word (`pe-latihan` → `lat`, `ke-militeran` → `mil`). */
const PREFIXES = ['pe', 'ke', 'per', 'pen', 'pem', 'peng', 'me'];

/**
 * `blend` is pieces of `words` in order, each word used but at most `MAX_SKIPPED` after the first: the first piece
 * opens the first word or follows its prefix; each later piece is two letters or more found anywhere in its word
 * (`sar` of dasar), or one letter or more opening it (`b` of bahasa).
 */
export function blendOf(blend: string, words: readonly string[]): boolean {
  // Depth-first over (position in blend, next word, words skipped); blends and phrases are short.
  const go = (i: number, j: number, skipped: number): boolean => {
    if (i === blend.length) return j === words.length;
    if (j >= words.length) return false;
    const w = words[j]!;
    for (let p = 0; p < w.length; p++) {
      if (w.charCodeAt(p) !== blend.charCodeAt(i)) continue;
      if (i === 0 && p > 0 && !PREFIXES.some((x) => x.length === p && w.startsWith(x))) continue;
      let len = 0;
      while (i + len < blend.length && p + len < w.length && w[p + len] === blend[i + len]) len++;
      for (let l = len; l >= (p === 0 ? 1 : 2); l--) if (go(i + l, j + 1, skipped)) return true;
    }
    return skipped < MAX_SKIPPED && i > 0 && go(i, j + 1, skipped + 1);
  };
  return go(0, 0, 0);
}
