import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const persons = (text: string) =>
  extract(text, { id: 't', language: 'ind' })
    .entities.filter((e) => e.type === 'PERSON')
    .map((e) => e.text);

describe('initials written together (runs.ts, candidates.ts)', () => {
  it('glued initials stay inside the name', () => {
    expect(persons('Upacara dipimpin Mayjen TNI Dr. I.E. Djoko Purwanto, S.E., kemarin.')).toEqual([
      'I.E. Djoko Purwanto',
    ]);
    expect(persons('Hadir Irjen Kemhan Letjen TNI Rui F.G.P. Duarte kemarin.')).toEqual(['Rui F.G.P. Duarte']);
  });
  it('an honorific written as initials is no part of the name', () => {
    expect(persons('Menteri Agama Prof. Dr. K.H. Nasaruddin Umar menekankan hal itu.')).toEqual(['Nasaruddin Umar']);
  });
});
