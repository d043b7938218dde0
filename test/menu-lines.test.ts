import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const persons = (text: string) =>
  extract(text, { id: 't', language: 'ind' })
    .entities.filter((e) => e.type === 'PERSON')
    .map((e) => e.text);

describe('menu lines (refiners/menu-lines.ts)', () => {
  it('a scraped menu of labels names no person', () => {
    const menu = [
      'Ruang Pemerintah',
      'Ruang Mitra',
      'Ruang Publik',
      'Ruang Bahasa',
      'Sekjen',
      'Orang Tua',
      'Pegiat Literasi',
    ];
    expect(persons(`Menteri Abdul Mu'ti meresmikan program itu.\n\n${menu.join('\n\n')}`)).toEqual(["Abdul Mu'ti"]);
  });

  it('a sign-off block keeps its names (no first word repeats)', () => {
    const block = [
      'Deni Surjantoro',
      'Kepala Biro Komunikasi dan Layanan Informasi',
      'Kementerian Keuangan',
      'Ramdan Denny Prakoso',
      'Direktur Eksekutif Departemen Komunikasi',
      'Bank Indonesia',
    ];
    expect(persons(`Pemerintah menjaga stabilitas.\n\n${block.join('\n\n')}`)).toEqual([
      'Deni Surjantoro',
      'Ramdan Denny Prakoso',
    ]);
  });
});
