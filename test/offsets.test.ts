import { describe, expect, it } from 'vitest';
import { toCodePoints, toUtf16 } from '../src/text/offsets.js';

describe('UTF-16 ↔ code-point offsets (src/text/offsets.ts)', () => {
  const text = 'a😀b\ud800c𝔸';
  it('counts a pair once and a lone surrogate as one code point, as Python does', () => {
    const cp = toCodePoints(text);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(cp)).toEqual([0, 1, 1, 2, 3, 4, 5, 5, 6]);
    expect(cp(99)).toBe(6);
    expect([...text].length).toBe(6);
  });
  it('goes back to UTF-16 offsets', () => {
    const u16 = toUtf16(text);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(u16)).toEqual([0, 1, 3, 4, 5, 6, 8, 8]);
  });
});
