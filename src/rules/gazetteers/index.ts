import type { EntityType } from '../../schema/record.js';
import { tokenize } from '../../text/tokens.js';
import { foldPunctuation } from '../../text/view.js';
import { COMPANIES } from './companies.js';
import { COUNTRIES } from './countries.generated.js';
import { INDONESIAN_ORGS, INTERNATIONAL_ORGS } from './organizations.js';
import { PLACES, PROVINCE_SHORT_FORMS } from './places.js';
import { REGIONS } from './regions.generated.js';
import { TITLES } from './titles.js';
import type { TitleEntry } from './types.js';
import { wordColumn } from '../../text/words.js';
import { signature, signatures } from './words.js';

/** What a gazetteer key leads to. */
export interface GazHit {
  /** Gazetteer entry id (`country.rus`, `org.asean`, `idn.reg.32.73`). */
  ref: string;
  type: EntityType;
  canonical: string;
  country?: string;
  /** Matched case-sensitively against the surface (acronyms, short forms). */
  exact?: string;
}

/**
 * A trie over token norms: `match(tokens, i)` walks from token `i` and returns the longest key that
 * ends there, so matching every start is linear in the text times the longest key (a few tokens).
 */
export class TokenTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map() };
  /** Every key token that holds a hyphen, so a caller can tell `Indo-Pasifik` from `ASEAN-Rusia`. */
  readonly hyphenated = new Set<string>();
  add(keyTokens: readonly string[], value: V): void {
    let node = this.root;
    for (const k of keyTokens) {
      if (k.includes('-')) this.hyphenated.add(k);
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map() }));
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /**
   * Longest accepted match starting at `start`: `norms[j]` are the token norms; `accept(v, start, end)`
   * may refuse a value (case checks), in which case a shorter key is tried. A plain function is
   * passed (not a closure per call), so matching every token allocates only on a hit. Only
   * `norms[0, count)` are read (a caller may reuse a longer array).
   */
  match(
    norms: readonly string[],
    start: number,
    accept: (v: V, start: number, end: number) => boolean,
    count = norms.length,
  ): { end: number; value: V } | null {
    let node: TrieNode<V> | undefined = this.root;
    let bestEnd = -1;
    let bestValue: V | undefined;
    for (let j = start; j < count; j++) {
      node = node.next.get(norms[j]!);
      if (!node) break;
      const values = node.values;
      if (values) {
        for (let k = 0; k < values.length; k++) {
          if (accept(values[k]!, start, j + 1)) {
            bestEnd = j + 1;
            bestValue = values[k]!;
            break;
          }
        }
      }
    }
    return bestEnd < 0 ? null : { end: bestEnd, value: bestValue! };
  }

  /** The first tokens of the keys. */
  firstTokens(): Iterable<string> {
    return this.root.next.keys();
  }

  /** Some key starts with the word `norm`. */
  startsKey(norm: string): boolean {
    return this.root.next.has(norm);
  }
}
interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values?: V[];
}

/** Token norms of a name, tokenised exactly as documents are. */
export function keyOf(name: string): string[] {
  const view = foldPunctuation(name);
  return tokenize(view, name).map((t) => t.norm);
}

function build(): TokenTrie<GazHit> {
  const trie = new TokenTrie<GazHit>();
  const addAll = (names: readonly string[], acronyms: readonly string[], hit: Omit<GazHit, 'exact'>) => {
    for (const n of names) trie.add(keyOf(n), hit);
    for (const a of acronyms) trie.add(keyOf(a), { ...hit, exact: a });
  };
  // Order matters only between equal keys: the first accepted value wins, so countries and
  // hand-written entries come before the generated regions (`Bandung` the city before the regency).
  for (const c of COUNTRIES)
    addAll(c.names, c.acronyms, { ref: c.id, type: 'LOCATION', canonical: c.canonical, country: c.iso3 });
  for (const e of [...INTERNATIONAL_ORGS, ...INDONESIAN_ORGS, ...PLACES, ...PROVINCE_SHORT_FORMS, ...COMPANIES]) {
    addAll(e.names, e.acronyms ?? [], {
      ref: e.id,
      type: e.type,
      canonical: e.canonical,
      ...(e.country ? { country: e.country } : {}),
    });
  }
  const regions = [...REGIONS].sort(
    (a, b) =>
      (a.kind === 'city' ? 0 : a.kind === 'province' ? 1 : 2) - (b.kind === 'city' ? 0 : b.kind === 'province' ? 1 : 2),
  );
  for (const r of regions) addAll(r.names, [], { ref: r.id, type: 'LOCATION', canonical: r.canonical, country: 'IDN' });
  return trie;
}

/** Every named entry (countries, regions, organisations, places), built once at load. */
export const GAZETTEER: TokenTrie<GazHit> = build();

export interface TitleHit {
  title: TitleEntry;
  exact?: string;
}
function buildTitles(): TokenTrie<TitleHit> {
  const trie = new TokenTrie<TitleHit>();
  for (const t of TITLES) {
    for (const n of t.names) trie.add(keyOf(n), { title: t });
    for (const a of t.acronyms ?? []) trie.add(keyOf(a), { title: t, exact: a });
  }
  return trie;
}
/** Role titles, built once at load. */
export const TITLE_TRIE: TokenTrie<TitleHit> = buildTitles();

/** `signature` of the first token of every key of both tries. */
const FIRST_SIGNATURES = signatures([...GAZETTEER.firstTokens(), ...TITLE_TRIE.firstTokens()]);

/** Bits of `KEY_STARTS`. */
export const STARTS_GAZETTEER_KEY = 1;
export const STARTS_TITLE_KEY = 2;
/**
 * Which tries have a key starting with the word: a column of the token-feature layer (src/text/words.ts). Most
 * capitalised words start none (83% for the gazetteer, 96% for titles), and this answers them without a walk.
 */
export const KEY_STARTS = wordColumn(
  'gazetteer.key-starts',
  (norm: string): number =>
    (GAZETTEER.startsKey(norm) ? STARTS_GAZETTEER_KEY : 0) | (TITLE_TRIE.startsKey(norm) ? STARTS_TITLE_KEY : 0),
  { skip: (norm) => FIRST_SIGNATURES[signature(norm)] === 0, none: 0 },
);

/** Entries by id, for canonical names and countries of referenced clusters. */
export const BY_REF: ReadonlyMap<string, { canonical: string; type: EntityType; country?: string }> = (() => {
  const m = new Map<string, { canonical: string; type: EntityType; country?: string }>();
  for (const c of COUNTRIES) m.set(c.id, { canonical: c.canonical, type: 'LOCATION', country: c.iso3 });
  for (const e of [...INTERNATIONAL_ORGS, ...INDONESIAN_ORGS, ...PLACES, ...COMPANIES])
    m.set(e.id, { canonical: e.canonical, type: e.type, ...(e.country ? { country: e.country } : {}) });
  for (const r of REGIONS) m.set(r.id, { canonical: r.canonical, type: 'LOCATION', country: 'IDN' });
  return m;
})();
