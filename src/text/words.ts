/**
 * The token-feature layer: every distinct word (token norm) gets an id, and what the stages ask about a
 * word is a column of the word table: its lexicon flags, whether a timex rule or a commitment trigger
 * can start at it, whether a gazetteer key starts with it. A column's value is computed the first time
 * any document asks for that word and kept for the next documents, so a question costs two array reads
 * once a token has its id; the per-stage caches are gone, and each cheap prefilter (a shape, signature or
 * root test) is declared with the column it guards (`skip`), so a token that no column needs is never
 * hashed. Columns are declared by the modules that own the question (`wordColumn`), next to their data;
 * this module knows none of them.
 *
 * The table is shared by the documents of a thread and bounded: when it holds `MAX_WORDS` words, the
 * next document starts a new one. A document keeps the table its ids belong to, so a document made
 * before the switch still reads right; values are pure functions of the word, so records never depend
 * on which table a document had.
 */

/** A question about a word, answered once per word and table. */
export interface WordColumn<T> {
  readonly name: string;
  readonly slot: number;
  readonly compute: (norm: string) => T;
  /**
   * A cheap test that is true only for words whose answer is `none` (a shape or signature test, lossy the safe way):
   * such a word is answered without taking its id, as hashing a word costs more (~100 ns) than the test.
   */
  readonly skip: ((norm: string) => boolean) | null;
  readonly none: T;
}

const columns: WordColumn<unknown>[] = [];

/**
 * Declares a column: `compute` must depend on the word alone (it is cached across documents) and never return
 * `undefined` (which reads as "not asked yet"); `skip`, when given, answers `none` for most words before they are
 * hashed.
 */
export function wordColumn<T>(
  name: string,
  compute: (norm: string) => T,
  quick?: { skip: (norm: string) => boolean; none: T },
): WordColumn<T> {
  const column: WordColumn<T> = {
    name,
    slot: columns.length,
    compute,
    skip: quick?.skip ?? null,
    none: quick ? quick.none : (undefined as T),
  };
  columns.push(column as WordColumn<unknown>);
  return column;
}

/** Every column declared so far (for the tests that check each column's `skip` against its `compute`). */
export function wordColumns(): readonly WordColumn<unknown>[] {
  return columns;
}

/** Most distinct words a table holds before a new one is started (about 20 MB with its columns). */
export const MAX_WORDS = 200_000;

/**
 * `s` as a string of its own. V8 makes a slice of 13 or more characters a view that keeps its whole
 * parent alive: a token's norm would keep its document's text, a WordNet lemma a 1-4 MB index file.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : [...s].join('');
}

/**
 * Word ids and the columns' values by id. The index is its own open-addressing hash over the code units (FNV-1a):
 * the words of a document are fresh strings, and hashing them into a `Map` cost about twice as much (measured).
 */
export class WordTable {
  /** Per slot: word id + 1, 0 when empty. A power of two in size, kept at least twice the word count. */
  private slots = new Int32Array(1 << 16);
  /** Per word id: its hash (half the size of `slots`). */
  private hashes = new Int32Array(1 << 15);
  readonly norms: string[] = [];
  /**
   * Per column slot: values by word id (`undefined` until asked), each as long as `norms` (a new word adds an entry to
   * each): a read is then two array loads, and every column array has one elements kind.
   */
  readonly values: unknown[][] = columns.map(() => []);

  get size(): number {
    return this.norms.length;
  }

  /** The id of `norm`, added when new. */
  id(norm: string): number {
    let h = 0x811c9dc5 | 0;
    const n = norm.length;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ norm.charCodeAt(k), 0x01000193);
    const { slots, hashes, norms } = this;
    const mask = slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = slots[slot]!;
      if (e === 0) {
        const id = norms.length;
        norms.push(detached(norm));
        for (const column of this.values) column.push(undefined);
        hashes[id] = h;
        slots[slot] = id + 1;
        if (2 * norms.length >= slots.length) this.grow();
        return id;
      }
      if (hashes[e - 1] === h && norms[e - 1] === norm) return e - 1;
    }
  }

  /** Doubles the index (a document may add words past `MAX_WORDS`: the table is switched between documents only). */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const hashes = new Int32Array(slots.length / 2);
    hashes.set(this.hashes);
    const mask = slots.length - 1;
    for (let id = 0; id < this.norms.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
    this.hashes = hashes;
  }

  /** The value of `column` for word `id`, computed on first use. */
  get<T>(column: WordColumn<T>, id: number): T {
    const v = this.values[column.slot]?.[id];
    return v !== undefined ? (v as T) : this.compute(column, id);
  }

  private compute<T>(column: WordColumn<T>, id: number): T {
    // A column declared after this table was made gets its array now, as long as the others.
    while (this.values.length <= column.slot) this.values.push(this.norms.map(() => undefined));
    const computed = column.compute(this.norms[id]!);
    this.values[column.slot]![id] = computed;
    return computed;
  }
}

let current = new WordTable();

/**
 * The token-feature layer of one token sequence: a word id per token, taken from the table on the token's first
 * question that the column's `skip` does not answer (most tokens are never hashed), plus one slot past the last
 * token (the empty word), so a look at the token after the last needs no bounds test.
 */
export class Words {
  readonly table: WordTable;
  private readonly tokens: readonly { norm: string }[];
  /** Per token: its word id + 1, 0 until asked. */
  private readonly ids: Int32Array;

  constructor(tokens: readonly { norm: string }[]) {
    if (current.size >= MAX_WORDS) current = new WordTable();
    this.table = current;
    this.tokens = tokens;
    this.ids = new Int32Array(tokens.length + 1);
  }

  /** The norm of token `i`; the empty word for `n`. */
  private normAt(i: number): string {
    return i < this.tokens.length ? this.tokens[i]!.norm : '';
  }

  /** The word id of token `i` (or `n`, the empty word). */
  id(i: number): number {
    const known = this.ids[i]!;
    if (known !== 0) return known - 1;
    const id = this.table.id(this.normAt(i));
    this.ids[i] = id + 1;
    return id;
  }

  /** `column`'s value for token `i` (or `n`, the empty word). */
  get<T>(column: WordColumn<T>, i: number): T {
    const known = this.ids[i]!;
    if (known !== 0) return this.table.get(column, known - 1);
    const skip = column.skip;
    if (skip !== null && skip(this.normAt(i))) return column.none;
    return this.table.get(column, this.id(i));
  }
}
