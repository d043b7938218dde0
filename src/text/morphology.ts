/**
 * Indonesian affix analysis for matching a closed set of roots (the commitment triggers).
 *
 * `analyze(word)` returns every way the word can be read as prefix + root + suffix (+ clitic), with
 * the nasal assimilation of meN-/peN- undone (`menyepakati` → meN + sepakat + i, `menawarkan` →
 * meN + tawar + kan, `memberikan` → meN + beri + kan). It over-generates on purpose: a caller keeps
 * only readings whose root is in its own table and whose shape that table allows, so no reading is
 * ever guessed from the word alone. This is why we do not use `natural`'s StemmerId here: it picks one
 * reading and over-strips (`menyepakati` → `pakat`, `kesepakatan` → `sepakat`… but `disepakati` →
 * `sepakat` only by luck), and it must never run over entity tokens anyway.
 */

/** Which affixes a reading carries; `shape` joins them, e.g. `meN-kan`, `ke-an`, `di-i`, `base`. */
export interface Reading {
  root: string;
  prefix: Prefix;
  suffix: Suffix;
  /** `-nya`, `-lah`, `-kah`, `-pun`, `-mu`, `-ku` stripped from the end, or ''. */
  clitic: string;
  shape: string;
}

export type Prefix = '' | 'meN' | 'di' | 'ber' | 'ter' | 'ke' | 'per' | 'peN' | 'memper' | 'diper';
export type Suffix = '' | 'kan' | 'i' | 'an';

// Possessive and object pronouns (`-mu`, `-ku`: `mendukungmu`) are clitics here too.
const CLITICS = ['nya', 'lah', 'kah', 'pun', 'mu', 'ku'] as const;
const VOWEL = /^[aiueo]/;

/** Shape name of a prefix/suffix pair: `meN-kan`, `ke-an`, `base`, `-an`, `di`. */
export function shapeOf(prefix: Prefix, suffix: Suffix): string {
  if (!prefix && !suffix) return 'base';
  if (!prefix) return `-${suffix}`;
  if (!suffix) return prefix;
  return `${prefix}-${suffix}`;
}

/** Roots left after taking a meN-/peN- allomorph off `rest` (the part after `me`/`pe`). */
function nasalRoots(rest: string): string[] {
  const out: string[] = [];
  // meny + vowel → s (menyepakati → sepakat); meny + c? (rare) kept as is.
  if (rest.startsWith('ny') && VOWEL.test(rest.slice(2))) out.push(`s${rest.slice(2)}`);
  // menge + monosyllable (mengecat → cat)
  if (rest.startsWith('nge')) out.push(rest.slice(3));
  // meng + vowel → vowel or k (mengajak → ajak, mengirim → kirim); meng + g/h/k → itself
  if (rest.startsWith('ng')) {
    const r = rest.slice(2);
    if (VOWEL.test(r)) out.push(r, `k${r}`);
    else if (/^[ghk]/.test(r)) out.push(r);
  }
  // men + d/c/j/t/s(z) → itself; men + vowel → t (menawarkan → tawar)
  if (rest.startsWith('n') && !rest.startsWith('ng') && !rest.startsWith('ny')) {
    const r = rest.slice(1);
    if (/^[dcjtsz]/.test(r)) out.push(r);
    else if (VOWEL.test(r)) out.push(`t${r}`);
  }
  // mem + b/f/v/p → itself; mem + vowel → p (memikirkan → pikir)
  if (rest.startsWith('m')) {
    const r = rest.slice(1);
    if (/^[bfvp]/.test(r)) out.push(r);
    else if (VOWEL.test(r)) out.push(`p${r}`);
  }
  // me + l/m/n/r/w/y (meminta → minta, merumuskan → rumus)
  if (/^[lmnrwy]/.test(rest)) out.push(rest);
  return out;
}

/** Prefix readings of a stem (no suffix logic here). */
function prefixReadings(stem: string): [Prefix, string][] {
  const out: [Prefix, string][] = [['', stem]];
  if (stem.startsWith('memper')) out.push(['memper', stem.slice(6)]);
  if (stem.startsWith('diper')) out.push(['diper', stem.slice(5)]);
  if (stem.startsWith('me')) for (const r of nasalRoots(stem.slice(2))) out.push(['meN', r]);
  if (stem.startsWith('pe') && !stem.startsWith('per')) for (const r of nasalRoots(stem.slice(2))) out.push(['peN', r]);
  if (stem.startsWith('pe')) out.push(['peN', stem.slice(2)]); // pe + l/r/w/y (pelatihan)
  if (stem.startsWith('di')) out.push(['di', stem.slice(2)]);
  if (stem.startsWith('ber')) out.push(['ber', stem.slice(3)]);
  if (stem.startsWith('bel')) out.push(['ber', stem.slice(3)]); // belajar
  if (stem.startsWith('be') && stem[2] === 'r') out.push(['ber', stem.slice(2)]); // beranjak-type roots
  if (stem.startsWith('ter')) out.push(['ter', stem.slice(3)]);
  if (stem.startsWith('ke')) out.push(['ke', stem.slice(2)]);
  if (stem.startsWith('per')) out.push(['per', stem.slice(3)]);
  return out.filter(([, r]) => r.length >= 3);
}

/**
 * Every reading of a lower-cased word as [prefix] root [suffix] [clitic]. Roots shorter than three
 * letters are not produced. Linear in the word length; callers cache by word.
 */
export function analyze(word: string): Reading[] {
  const w = word.toLowerCase();
  const out: Reading[] = [];
  const seen = new Set<string>();
  const stems: [string, string][] = [[w, '']];
  for (const c of CLITICS) if (w.length > c.length + 3 && w.endsWith(c)) stems.push([w.slice(0, -c.length), c]);
  for (const [stem, clitic] of stems) {
    const suffixed: [Suffix, string][] = [['', stem]];
    if (stem.endsWith('kan') && stem.length > 6) suffixed.push(['kan', stem.slice(0, -3)]);
    if (stem.endsWith('an') && stem.length > 5) suffixed.push(['an', stem.slice(0, -2)]);
    if (stem.endsWith('i') && stem.length > 5) suffixed.push(['i', stem.slice(0, -1)]);
    for (const [suffix, base] of suffixed) {
      for (const [prefix, root] of prefixReadings(base)) {
        const shape = shapeOf(prefix, suffix);
        const key = `${root}|${shape}|${clitic}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ root, prefix, suffix, clitic, shape });
      }
    }
  }
  return out;
}

// A looser reading, for telling common words from names (src/rules/gazetteers/words.ts): one suffix or
// clitic, and a prefix whose nasal assimilation is undone by replacing the root's first letter.
const LOOSE_SUFFIXES = ['nya', 'lah', 'kah', 'kan', 'an', 'i'];
// Prefix → replacements for the root's first letter (nasal assimilation: menulis ← tulis).
const LOOSE_PREFIXES: readonly [string, string[]][] = [
  ['memper', ['']],
  ['mempe', ['']],
  ['meng', ['', 'k']],
  ['meny', ['s']],
  ['mem', ['', 'p']],
  ['men', ['', 't']],
  ['me', ['']],
  ['peng', ['', 'k']],
  ['peny', ['s']],
  ['pem', ['', 'p']],
  ['pen', ['', 't']],
  ['per', ['']],
  ['pe', ['']],
  ['ber', ['']],
  ['be', ['']],
  ['ter', ['']],
  ['di', ['']],
  ['ke', ['']],
  ['se', ['']],
];

/** `w` is a root, or a root with one suffix or clitic (`-nya -lah -kah -kan -an -i`) and two letters or more left. */
export function isSuffixedRoot(w: string, isRoot: (w: string) => boolean): boolean {
  if (isRoot(w)) return true;
  for (const s of LOOSE_SUFFIXES)
    if (w.length > s.length + 2 && w.endsWith(s) && isRoot(w.slice(0, -s.length))) return true;
  return false;
}

/** `w` is a prefix (with its assimilation undone) on a suffixed root (`pertemuan` = per + temu + an). */
export function isPrefixedRoot(w: string, isRoot: (w: string) => boolean): boolean {
  for (const [p, reps] of LOOSE_PREFIXES) {
    if (w.length <= p.length + 2 || !w.startsWith(p)) continue;
    const rest = w.slice(p.length);
    if (reps.some((r) => isSuffixedRoot(r + rest, isRoot))) return true;
  }
  return false;
}

/** Nouns and adjectives that begin like a verbal prefix (menteri is not meN + teri). */
export const NOT_VERBAL: ReadonlySet<string> = new Set([
  'menteri',
  'mentan',
  'menkeu',
  'menlu',
  'menhan',
  'menko',
  'menkop',
  'menaker',
  'media',
  'medis',
  'merah',
  'meja',
  'metode',
  'mekanisme',
  'material',
  'memori',
  'menara',
  'mental',
  'mesin',
  'meter',
  'merek',
  'mendatang',
  'dinas',
  'direktur',
  'direktorat',
  'dirjen',
  'diskusi',
  'digital',
  'dialog',
  'distribusi',
  'dimensi',
  'diplomasi',
  'disiplin',
  'diaspora',
  'berita',
  'berkas',
  'besar',
  'beras',
  'beserta',
  'terminal',
  'teritorial',
  'teroris',
  'terorisme',
  'teknologi',
  'tertentu',
  'terbaik',
  'terbesar',
  'terkait',
  'termasuk',
  'terhadap',
  'bersama',
  'bersama-sama',
  'berbagai',
  'berikut',
  'beberapa',
  'melalui',
  'mengenai',
  'menurut',
  'menuju',
  'selama',
  'diri',
  'dia',
  'dini',
  'dimana',
  'bertahap',
]);

/** The active and passive verbal prefixes `looksVerbal` reads. */
const VERBAL_PREFIXES = ['me', 'mem', 'men', 'meng', 'meny', 'ber', 'be', 'di', 'ter', 'memper', 'diper'];
const VERBAL = new RegExp(`^(?:${VERBAL_PREFIXES.join('|')})\\p{L}{3,}$`, 'u');
const VERBAL_FIRST: ReadonlySet<string> = new Set(VERBAL_PREFIXES.map((p) => p[0]!));

/** A verb-looking word: an active or passive verbal prefix on a stem of three letters or more. */
export function looksVerbal(word: string): boolean {
  if (NOT_VERBAL.has(word.toLowerCase())) return false;
  return VERBAL.test(word.toLowerCase());
}

/** False when a lower-cased word opens with no verbal prefix's letter, so `looksVerbal` is false (a cheap test). */
export function mayLookVerbal(norm: string): boolean {
  return VERBAL_FIRST.has(norm.charAt(0));
}
