import { createRequire } from 'node:module';

/**
 * Indonesian common words: the root-word list (kata dasar, 29,933 entries) and the stop words that
 * ship with `natural` (MIT), which siaran already depends on. A capitalised word that is a common
 * word (or a common word with affixes: `Pertemuan` = per-temu-an) is not by itself evidence of a name.
 */
const require = createRequire(import.meta.url);
const ROOTS: ReadonlySet<string> = new Set(require('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]);
const STOP: ReadonlySet<string> = new Set((require('natural/lib/natural/util/stopwords_id.js') as { words: string[] }).words);

const SUFFIXES = ['nya', 'lah', 'kah', 'kan', 'an', 'i'];
// Prefix → replacements for the root's first letter (nasal assimilation: menulis ← tulis).
const PREFIXES: readonly [string, string[]][] = [
  ['memper', ['']], ['mempe', ['']], ['meng', ['', 'k']], ['meny', ['s']], ['mem', ['', 'p']], ['men', ['', 't']], ['me', ['']],
  ['peng', ['', 'k']], ['peny', ['s']], ['pem', ['', 'p']], ['pen', ['', 't']], ['per', ['']], ['pe', ['']],
  ['ber', ['']], ['be', ['']], ['ter', ['']], ['di', ['']], ['ke', ['']], ['se', ['']],
];
const cache = new Map<string, boolean>();

function rootLike(w: string): boolean {
  if (ROOTS.has(w)) return true;
  for (const s of SUFFIXES) if (w.length > s.length + 2 && w.endsWith(s) && ROOTS.has(w.slice(0, -s.length))) return true;
  return false;
}

/** True when the lower-cased word is an Indonesian stop word, root word, or a root with common affixes. */
export function isCommonWord(norm: string): boolean {
  let v = cache.get(norm);
  if (v !== undefined) return v;
  v = STOP.has(norm) || rootLike(norm);
  if (!v && norm.includes('-')) v = norm.split('-').every((p) => p.length > 0 && (STOP.has(p) || rootLike(p)));
  if (!v) {
    for (const [p, reps] of PREFIXES) {
      if (norm.length <= p.length + 2 || !norm.startsWith(p)) continue;
      const rest = norm.slice(p.length);
      if (reps.some((r) => rootLike(r + rest))) {
        v = true;
        break;
      }
    }
  }
  // Bounded: start over when full rather than stop caching (a large batch sees many distinct words).
  if (cache.size >= 200_000) cache.clear();
  cache.set(norm, v);
  return v;
}

/** True for Indonesian stop words (`dan`, `yang`, `dalam`). */
export function isStopWord(norm: string): boolean {
  return STOP.has(norm);
}
