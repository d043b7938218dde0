import {
  ADDRESSEE_NOUNS,
  BOTH_COUNTRIES,
  BOTH_PARTIES,
  BOTH_PERSONS,
  IMPLICIT_PARTIES,
} from '../../rules/commitment-words.js';

// Word classes (lower case): the lists are data in src/rules/commitment-words.ts.

/** Addressees of an appeal that are not named: mendorong masyarakat untuk … */
export const PARTY_NOUNS: ReadonlySet<string> = new Set([...IMPLICIT_PARTIES, ...ADDRESSEE_NOUNS]);

/** `kedua X`: the X-words that name the parties and what kind of cluster they are. */
export const BOTH: Readonly<Record<string, 'country' | 'person' | 'party'>> = Object.fromEntries([
  ...[...BOTH_COUNTRIES].map((w) => [w, 'country'] as const),
  ...[...BOTH_PERSONS].map((w) => [w, 'person'] as const),
  ...[...BOTH_PARTIES].map((w) => [w, 'party'] as const),
]);

export const PARTY_TYPES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'EVENT']);
export const OBJECT_TYPES = new Set(['DOCUMENT', 'PRODUCT', 'EVENT']);
export const TYPE_RANK: Record<string, number> = { PERSON: 4, ORGANIZATION: 3, LOCATION: 2, EVENT: 1 };

/** Words that link an addressee to the act they are urged to (`mendorong X untuk …`, `agar`, `supaya`). */
export const APPEAL_LINKS: ReadonlySet<string> = new Set(['untuk', 'agar', 'supaya']);
