import type {
  Cluster,
  Commitment,
  Dateline,
  Dct,
  Entity,
  LanguageGuess,
  Quote,
  Role,
  Sentence,
  Timex,
  Warning,
} from './schema/layers.js';
import { foldCase, foldPunctuation } from './text/view.js';
import { tokenize, type Token } from './text/tokens.js';
import { Words } from './text/words.js';
import { lastStartingAtOrBefore } from './text/spans.js';
import { LanguageWords } from './lang/lid.js';
import type { EntityTokens, TitleSpan } from './stages/entities/mention.js';

/** What the caller knows about a document besides its text (sidecar `.meta.json`, `--dct`). */
export interface DocMeta {
  /** Path relative to the input root, without extension. Defaults to `doc`. */
  id?: string;
  /** Document creation date: `YYYY-MM-DD` or a date-time with offset. */
  dct?: string;
  /** Where `dct` came from; `metadata` unless the CLI's `--dct` supplied it. */
  dctSource?: 'metadata' | 'option';
  /** The document's language (ISO 639-3, e.g. `ind`), asserted: identification is skipped. */
  language?: string;
  title?: string;
  url?: string;
  [key: string]: unknown;
}

/**
 * The document being built. Stages read the layers made before them and add their own; nothing
 * ever changes `text`. `view` and `lower` have the same length as `text` (see text/view.ts).
 */
export class Doc {
  readonly text: string;
  /** Punctuation-folded view (NBSP as space, curly quotes straight, dashes ASCII), case kept. */
  readonly view: string;
  /** `view` lower-cased, same length. */
  readonly lower: string;
  readonly meta: DocMeta;

  language: LanguageGuess | null = null;
  sentences: Sentence[] = [];
  dateline: Dateline | null = null;
  dct: Dct | null = null;
  /** The tokens as the entity rules read them (hyphenated known names split), with their sentences. */
  entityTokens: EntityTokens | null = null;
  /** Role titles the entity rules found, by token range of `entityTokens`. */
  titles: TitleSpan[] = [];
  entities: Entity[] = [];
  clusters: Cluster[] = [];
  roles: Role[] = [];
  timex: Timex[] = [];
  quotes: Quote[] = [];
  commitments: Commitment[] = [];
  warnings: Warning[] = [];

  private tokenCache: Token[] | null = null;
  private wordCache: Words | null = null;
  private languageWordCache: LanguageWords | null = null;
  /**
   * Milliseconds spent making `tokens` (0 until first use), so the pipeline's timing can report it apart from the stage
   * that first asked.
   */
  tokenMs = 0;

  constructor(text: string, meta: DocMeta = {}) {
    this.text = text;
    this.view = foldPunctuation(text);
    this.lower = foldCase(this.view);
    this.meta = meta;
  }

  /** Tokens of the whole text, made once on first use and shared by every stage. */
  get tokens(): Token[] {
    if (this.tokenCache === null) {
      const t0 = performance.now();
      this.tokenCache = tokenize(this.view, this.text, 0, this.text.length, this.lower);
      this.tokenMs = performance.now() - t0;
    }
    return this.tokenCache;
  }

  /** The token-feature layer of `tokens` (src/text/words.ts): word ids, taken as stages ask. Timed with the tokens. */
  get words(): Words {
    if (this.wordCache === null) {
      const tokens = this.tokens;
      const t0 = performance.now();
      this.wordCache = new Words(tokens);
      this.tokenMs += performance.now() - t0;
    }
    return this.wordCache;
  }

  /**
   * The words of `lower` with their language evidence, read on first use: the sentences' language
   * is a sum over them, and so is the document's when `identify` reads the text whole and its folded
   * view reads as the text does (src/lang/lid.ts), so the text is then scanned once for both.
   */
  get languageWords(): LanguageWords {
    return (this.languageWordCache ??= new LanguageWords(this.lower));
  }

  /** Index of the sentence that contains offset `at` (the last one starting at or before it). */
  sentenceAt(at: number): number {
    return Math.max(0, lastStartingAtOrBefore(this.sentences, at));
  }

  warn(code: string, message: string, start?: number, end?: number): void {
    this.warnings.push(start === undefined ? { code, message } : { code, message, start, end: end ?? start });
  }

  /** A span object for `[start, end)` of the text. */
  span(start: number, end: number): { start: number; end: number; text: string } {
    return { start, end, text: this.text.slice(start, end) };
  }
}

/** Keys of the layers a stage may read or assign (test/contract.test.ts checks that stages keep to them). */
export const LAYERS = [
  'language',
  'sentences',
  'dateline',
  'dct',
  'entityTokens',
  'titles',
  'entities',
  'clusters',
  'roles',
  'timex',
  'quotes',
  'commitments',
] as const;
export type Layer = (typeof LAYERS)[number];

/**
 * One pipeline stage: adds its layers to the document. `requires` and `assigns` are checked when the
 * pipeline is built (src/pipeline.ts), so a stage cannot silently read a layer made after it.
 */
export interface Stage {
  name: string;
  requires: readonly Layer[];
  assigns: readonly Layer[];
  /** Runs only on documents detected as Indonesian when true. */
  indonesianOnly: boolean;
  run(doc: Doc): void;
}
