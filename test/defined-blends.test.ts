import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { blendOf } from '../src/stages/entities/refiners/defined-blends.js';

const entities = (text: string) =>
  extract(text, { id: 't', language: 'ind' }).entities.map((e) => `${e.text}:${e.type}`);

describe('defined blends (refiners/defined-blends.ts)', () => {
  it.each([
    ['latsarmil', ['pelatihan', 'dasar', 'kemiliteran'], true],
    ['komcad', ['komponen', 'cadangan'], true],
    ['mabbim', ['majelis', 'bahasa', 'brunei', 'darussalam', 'indonesia', 'malaysia'], true],
    ['perdokmil', ['perkumpulan', 'kedokteran', 'militer'], true],
    ['tilok', ['titik', 'lokasi'], true],
    // The blend must use the phrase's last word, and open its first.
    ['komcad', ['komponen', 'cadangan', 'nasional'], false],
    ['latsarmil', ['dasar', 'kemiliteran'], false],
    ['junsam', ['kepala', 'dinas'], false],
  ])('%s is a blend of %j: %s', (blend, words, yes) => expect(blendOf(blend, words)).toBe(yes));

  it('a blend of a common phrase is no person; of a body, the body', () => {
    const text =
      'Upacara penutupan Pelatihan Dasar Kemiliteran (Latsarmil) Komponen Cadangan (Komcad) digelar. ' +
      'Oleh karena itu, Latsarmil Komcad ini merupakan bukti. ' +
      'Majelis Bahasa Brunei Darussalam–Indonesia–Malaysia (Mabbim) bersidang. Modul itu penting, ujar Mabbim.';
    const found = entities(text);
    expect(found.filter((e) => /Latsarmil|Komcad/.test(e))).toEqual([]);
    // Taken for a speaker by `ujar` (and so in the bracket too), the blend is the body.
    expect(found.filter((e) => e.startsWith('Mabbim'))).toEqual(['Mabbim:ORGANIZATION', 'Mabbim:ORGANIZATION']);
  });

  it("a person's bracketed short name stays a person", () => {
    const found = entities(
      'Wakil Ketua DPRD Kabupaten Bogor Junaidi Samsudin (Junsam) menegaskan. Kata Junsam, itu benar.',
    );
    expect(found.filter((e) => e.startsWith('Junsam'))).toEqual(['Junsam:PERSON', 'Junsam:PERSON']);
  });
});
