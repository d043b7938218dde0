import { F } from '../../rules/gazetteers/word-flags.js';
import type { EntityContext } from './context.js';
import { HAS_LOWER, INITIAL } from './name-tests.js';

/**
 * What a word before a name says it is: a speaker (`kata`), a titled person (`Menteri`), an honorific's bearer (`Ibu`).
 */
export type PersonCue = 'speech' | 'title' | 'honorific';

/** The cues around an unknown run, from the words before it (segmentRun in candidates.ts). */
export interface Cues {
  personCue: PersonCue | null;
  /** The honorific is a weak one (`aktor`, `warga`): the name must not be a dictionary word. */
  weakHonorific: boolean;
  /** A strict speech word right before (`kata`, `ujar`). */
  speechStrong: boolean;
  /** The speech cue is one of the weak words before the run (`oleh`, `bersama`, `dengan`: bodies follow them too). */
  speechWeak: boolean;
  /** A product word right before (`vaksin`, `aplikasi`). */
  productCue: boolean;
  /** A place preposition right before (`di`, `ke`). */
  locCue: boolean;
  /** A word that introduces a body right before (`pihak`, `maskapai`). */
  orgCue: boolean;
}

/**
 * An unknown capitalised run and what is known of it, which every typing rule reads. The run is
 * [a0, b0) as found; [a1, b0) without the leading stop words and sentence-initial common words;
 * [a, b) without the trailing dates and connectors too. Its words are counted over [a, b).
 */
export interface RunEvidence extends Cues {
  ctx: EntityContext;
  a0: number;
  b0: number;
  a1: number;
  a: number;
  b: number;
  /** A speech word opened the sentence before the run (`Menurut Amir , …`). */
  opener: boolean;
  /** Number of words (tokens of kind `word`), the first and the last one. */
  count: number;
  first: number;
  last: number;
  /** Some word is outside the dictionary (not `common`). */
  oov: boolean;
  /** Every word is listed as not a name. */
  allNotNames: boolean;
  /** A lower-case English function word inside (`of`, `the`, `and`). */
  lowerFunction: boolean;
  /** The run is one all-capitals word (`PKBI`, `SBY`). */
  acronym: boolean;
}

/**
 * The evidence of the run [a, b) with `given` cues (read, not changed: the leading words may change the person cue,
 * which is kept apart). One object per run, written field by field: no copy of `given`, no object spread.
 */
export function evidence(ctx: EntityContext, a0: number, b0: number, given: Cues): RunEvidence {
  const toks = ctx.toks;
  let personCue = given.personCue;
  // Drop leading words that are sentence-initial common words or stop words.
  let a = a0;
  let opener = false;
  while (
    a < b0 &&
    toks[a]!.kind === 'word' &&
    (ctx.fl(a) & F.STOP || (ctx.ini(a) && ctx.common(a) && !personCue)) &&
    // `M. Arifianto`: an initial is part of the name, though `m` is a stop word.
    !(toks[a + 1]?.text === '.' && INITIAL.test(toks[a]!.text))
  ) {
    // `Menurut Arie , …`: a sentence-initial speech word is a cue like a lower-case one.
    if (ctx.ini(a) && !personCue && ctx.fl(a) & F.SPEECH_BEFORE_STRICT) personCue = 'speech';
    opener = personCue === 'speech';
    a++;
  }
  const a1 = a;
  // Trailing dates and connectors (`Amanda Vanstone Selasa`, `Financial Times Senin`) are not part of a name.
  let b = b0;
  const initialPoint = (k: number) => toks[k]!.text === '.' && k - 1 > a && INITIAL.test(toks[k - 1]!.text);
  while (b > a && ((toks[b - 1]!.kind !== 'word' && !initialPoint(b - 1)) || (ctx.fl(b - 1) & F.NOT_NAME && b - 1 > a)))
    b--;
  // The words of [a, b), by index: how many, the first and the last, and what all or some of them are.
  let count = 0;
  let first = -1;
  let last = -1;
  let oov = false;
  let allNotNames = true;
  let lowerFunction = false;
  for (let k = a; k < b; k++) {
    if (toks[k]!.kind !== 'word') continue;
    if (first < 0) first = k;
    last = k;
    count++;
    // As `some`: the first word outside the dictionary answers (most names start with one).
    if (!oov && !ctx.common(k)) oov = true;
    const f = ctx.fl(k);
    if (!(f & F.NOT_NAME)) allNotNames = false;
    if (f & F.ENGLISH_FUNCTION && !toks[k]!.cap) lowerFunction = true;
  }
  const w0 = first >= 0 ? toks[first]! : undefined;
  const acronym = count === 1 && w0!.upper && !HAS_LOWER.test(w0!.text);
  return {
    ctx,
    personCue,
    weakHonorific: given.weakHonorific,
    speechStrong: given.speechStrong,
    speechWeak: given.speechWeak,
    productCue: given.productCue,
    locCue: given.locCue,
    orgCue: given.orgCue,
    a0,
    b0,
    a1,
    a,
    b,
    opener,
    count,
    first,
    last,
    oov,
    allNotNames,
    lowerFunction,
    acronym,
  };
}
