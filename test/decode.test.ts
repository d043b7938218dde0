import { describe, expect, it } from 'vitest';
import { decode, NotTextError } from '../src/text/decode.js';

const utf16 = (s: string, be: boolean): Buffer => {
  const le = Buffer.from(s, 'utf16le');
  if (!be) return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const swapped = Buffer.from(le);
  swapped.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]);
};

describe('decode', () => {
  it('reads UTF-8 and keeps NBSP and curly quotes', () => {
    const d = decode(Buffer.from('Jakarta\u00a0– “Kata” Rusia', 'utf8'));
    expect(d).toEqual({ text: 'Jakarta\u00a0– “Kata” Rusia', encoding: 'utf-8', warnings: [] });
  });

  it('drops a UTF-8 BOM', () => {
    const d = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Rusia', 'utf8')]));
    expect(d.text).toBe('Rusia');
    expect(d.encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decode(utf16('Kementerian “Luar” Negeri', false))).toMatchObject({
      text: 'Kementerian “Luar” Negeri',
      encoding: 'utf-16le',
    });
    expect(decode(utf16('Kementerian “Luar” Negeri', true))).toMatchObject({
      text: 'Kementerian “Luar” Negeri',
      encoding: 'utf-16be',
    });
  });

  it('takes lone high bytes for Windows-1252, with a warning', () => {
    const bytes = Buffer.from([0x93, 0x4b, 0x61, 0x74, 0x61, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]); // “Kata” café
    const d = decode(bytes);
    expect(d.text).toBe('“Kata” café');
    expect(d.encoding).toBe('windows-1252');
    expect(d.warnings.map((w) => w.code)).toEqual(['W102']);
  });

  it('replaces invalid UTF-8 and warns with offsets', () => {
    // A valid é, then a truncated 3-byte sequence.
    const bytes = Buffer.concat([
      Buffer.from('café ', 'utf8'),
      Buffer.from([0xe2, 0x82]),
      Buffer.from(' Rusia', 'utf8'),
    ]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toHaveLength(1);
    const w = d.warnings[0]!;
    expect(w.code).toBe('W101');
    expect(d.text.slice(w.start, w.end)).toMatch(/^\uFFFD+$/);
    expect(d.text.endsWith(' Rusia')).toBe(true);
  });

  it('refuses binary content', () => {
    expect(() => decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]))).toThrow(NotTextError);
  });
});
