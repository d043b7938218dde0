/**
 * UTF-16 code units (JavaScript strings, every offset of a record) and code points (Python `str`,
 * brat) count the same text differently after any character outside the Basic Multilingual Plane.
 * These build the conversion for one whole text at once; a surrogate pair counts as one code point
 * only when both halves are there, as `for … of` and Python count it.
 */

/**
 * UTF-16 offset → code-point offset; an offset inside a pair maps to the pair's code point, one past the end to the
 * end.
 */
export function toCodePoints(text: string): (utf16: number) => number {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) map[++i] = cp;
    }
    cp++;
  }
  map[text.length] = cp;
  return (utf16) => map[Math.max(0, Math.min(utf16, text.length))]!;
}

/** Code-point offset → UTF-16 offset; past the end gives the text's length. */
export function toUtf16(text: string): (codePoint: number) => number {
  const starts: number[] = [];
  let i = 0;
  for (const ch of text) {
    starts.push(i);
    i += ch.length;
  }
  starts.push(i);
  return (codePoint) => starts[codePoint] ?? i;
}
