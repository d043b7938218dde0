import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GoldFile } from '../../src/schema/gold.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The golden document and its hand annotation, as copied into the repository (never ../shared). */
export const goldenText = readFileSync(here('../../corpus/arsom-2021.txt'), 'utf8');
export const goldenMeta = JSON.parse(readFileSync(here('../../corpus/arsom-2021.meta.json'), 'utf8')) as {
  dct: string;
};
export const gold = GoldFile.parse(JSON.parse(readFileSync(here('../arsom-2021.gold.json'), 'utf8')));
