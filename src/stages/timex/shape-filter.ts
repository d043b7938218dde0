/**
 * Length, first and last code unit of every trigger word, as bits: a token whose norm has no such
 * shape has no rule (checked before the dispatch lookup, which hashes the whole string). Lossy (five
 * bits of each code unit): a collision only lets a token through to the dispatch lookup.
 */
export class ShapeFilter {
  private readonly bits = new Uint32Array(2048);
  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length === 0) continue;
      const k = shapeOf(w);
      this.bits[k >>> 5] = this.bits[k >>> 5]! | (1 << (k & 31));
    }
  }
  mayHave(w: string): boolean {
    const k = shapeOf(w);
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}
/** 16-bit key: length (to 63), and the low five bits of the first and last code units. */
export const shapeOf = (w: string): number =>
  (Math.min(w.length, 63) << 10) | ((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(w.length - 1) & 31);
