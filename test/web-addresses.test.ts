import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const mentions = (text: string) => extract(text, { id: 't', language: 'ind' }).entities.map((e) => e.text);

describe('web addresses (refiners/web-addresses.ts)', () => {
  it('words of an address are no mentions', () => {
    expect(mentions('Unduh di https://s.komdigi.go.id/Draft_RPM_OTK_Sekretariat_KIP sekarang.')).toEqual([]);
  });
  it("a link's text and an outlet's bare domain stay", () => {
    const found = mentions('Dikutip dari [Kompas.com](https://nasional.kompas.com/read/1) dan KOMPAS.com kemarin.');
    expect(found.filter((m) => /kompas/i.test(m)).length).toBe(2);
  });
});
