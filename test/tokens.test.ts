import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/text/tokens.js';
import { foldPunctuation } from '../src/text/view.js';

const words = (text: string) => tokenize(foldPunctuation(text), text).map((t) => t.text);

describe('tokens', () => {
  it('a hyphen joins words; an en or em dash between letters sets them apart', () => {
    expect(words('agenda-agenda ke-17 Al-Ittifaq')).toEqual(['agenda-agenda', 'ke-17', 'Al-Ittifaq']);
    expect(words('Open Door Policy—kebijakan TPNPB–OPM')).toEqual([
      'Open',
      'Door',
      'Policy',
      '—',
      'kebijakan',
      'TPNPB',
      '–',
      'OPM',
    ]);
  });
  it('keeps case and offsets', () => {
    const text = 'Rusia, 26/1/2021.';
    for (const t of tokenize(foldPunctuation(text), text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(words(text)).toEqual(['Rusia', ',', '26/1/2021', '.']);
  });
});
