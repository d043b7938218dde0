import { TRIGGERS } from '../../rules/triggers.js';

// A cheap filter in front of the cache, exact in what it rejects. Every reading of `analyze` is
// [prefix] root [suffix] [clitic] where only the root's first letter may differ from the word
// (meN-/peN- assimilation: s, k, t, p). So a word can read as a listed root only if, once a suffix
// (kan, an, i) and a clitic a trigger takes (-nya, -mu, -ku) are taken off its end, it ends with
// that root's last three letters (its last two for a three-letter root whose first letter may be
// assimilated). Keys are the low five bits of the last code units (exact on a-z; elsewhere a collision
// only lets a word through to the full lookup), kept as bits: this runs on every word.
export class Bits {
  private readonly words: Uint32Array;
  constructor(size: number) {
    this.words = new Uint32Array(size >>> 5);
  }
  add(k: number): void {
    this.words[k >>> 5] = this.words[k >>> 5]! | (1 << (k & 31));
  }
  has(k: number): boolean {
    return (this.words[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}
export const ROOT_END3 = new Bits(1 << 15);
export const ROOT_END2 = new Bits(1 << 10);
let anyRootEnd2 = false;
export const key3 = (w: string, at: number): number =>
  ((w.charCodeAt(at) & 31) << 10) | ((w.charCodeAt(at + 1) & 31) << 5) | (w.charCodeAt(at + 2) & 31);
export const key2 = (w: string, at: number): number => ((w.charCodeAt(at) & 31) << 5) | (w.charCodeAt(at + 1) & 31);
for (const root of new Set(TRIGGERS.flatMap((rule) => rule.roots))) {
  if (root.length >= 4 || !'sktp'.includes(root[0]!)) ROOT_END3.add(key3(root, root.length - 3));
  else {
    ROOT_END2.add(key2(root, root.length - 2));
    anyRootEnd2 = true;
  }
}

/** `w[0, e)` ends like a listed root. */
export function endsLikeRoot(w: string, e: number): boolean {
  return (e >= 3 && ROOT_END3.has(key3(w, e - 3))) || (e >= 2 && anyRootEnd2 && ROOT_END2.has(key2(w, e - 2)));
}

/** False when no reading of the word can have a listed root (then `lookupTrigger` is null). */
export function mayBeTrigger(w: string): boolean {
  let e = w.length;
  if (endsLikeRoot(w, e)) return true;
  // Suffixes -i, -an, -kan; then the same after taking off a clitic.
  for (let pass = 0; pass < 2; pass++) {
    if (w.charCodeAt(e - 1) === 105 && endsLikeRoot(w, e - 1)) return true;
    if (w.charCodeAt(e - 1) === 110 && w.charCodeAt(e - 2) === 97) {
      if (endsLikeRoot(w, e - 2)) return true;
      if (w.charCodeAt(e - 3) === 107 && endsLikeRoot(w, e - 3)) return true;
    }
    if (pass > 0 || e < 3) break;
    const clitic = w.endsWith('nya', e) ? 3 : w.endsWith('mu', e) || w.endsWith('ku', e) ? 2 : 0;
    if (!clitic) break;
    e -= clitic;
    if (endsLikeRoot(w, e)) return true;
  }
  return false;
}
