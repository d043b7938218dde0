// Capitalised runs: where a run of names, initials and inner connectors that the candidates split ends.
import { F } from '../../rules/gazetteers/word-flags.js';
import { isEdition, isYear, type EntityContext } from './context.js';
import { matchLaw } from './laws.js';
import { INITIAL, ROMAN_NUMERAL } from './name-tests.js';

const UNIT_NUMBER = /^\d{1,4}$/;

/** End (exclusive) of the capitalised run starting at `i`: names, initials, inner connectors, hyphens, `ke-N`. */
export function runEnd(ctx: EntityContext, i: number): number {
  const { toks, n, gaz } = ctx;
  let j = i;
  let numbered = false;
  while (j < n) {
    const t = toks[j]!;
    if (j > i && ctx.ini(j)) break;
    if (t.cap && ctx.fl(j) & F.NUMBERED_HEAD) numbered = true;
    // `SMA Negeri 6 Jakarta`, `Kodim 0501`: a body numbered after its head keeps the number.
    if (
      numbered &&
      j > i &&
      t.kind === 'number' &&
      UNIT_NUMBER.test(t.text) &&
      !isYear(t) &&
      t.spaceBefore &&
      !ctx.ini(j)
    ) {
      j++;
      continue;
    }
    // `Yonif 733/Masariku`, `Kodam XXIV/Mandala Trikora`: a numbered unit's name after its number, across a slash.
    if (
      numbered &&
      j > i &&
      t.text === '/' &&
      !t.spaceBefore &&
      (toks[j - 1]!.kind === 'number' || ROMAN_NUMERAL.test(toks[j - 1]!.text)) &&
      toks[j + 1] &&
      !toks[j + 1]!.spaceBefore &&
      ctx.wcap(j + 1)
    ) {
      j++;
      continue;
    }
    const g = gaz[j];
    if (g && g.end > j + 1) {
      j = g.end;
      continue;
    }
    if (j > i && t.cap && ctx.fl(j) & F.LAW_FIRST && matchLaw(ctx, j)) break;
    if (ctx.wcap(j) || (j > i && isEdition(t))) {
      j++;
      continue;
    }
    if (j === i) break;
    const prev = toks[j - 1]!;
    const next = toks[j + 1];
    // `R.` in `Sidharto R. Suryodipuro`, `St.` in `St. Petersburg`, `Prof. Dr.`; initials written together (`I.E.
    // Djoko Purwanto`).
    if (
      t.text === '.' &&
      !t.spaceBefore &&
      (INITIAL.test(prev.text) || prev.norm === 'st' || prev.norm === 'jl' || ctx.fl(j - 1) & F.HONORIFIC) &&
      ctx.wcap(j + 1) &&
      (next!.spaceBefore || (INITIAL.test(prev.text) && INITIAL.test(next!.text) && toks[j + 2]?.text === '.')) &&
      !ctx.ini(j + 1)
    ) {
      j++;
      continue;
    }
    // `Officials'` and `ASEAN-Russia`.
    if (t.text === "'" && !t.spaceBefore && prev.norm.endsWith('s') && ctx.wcap(j + 1)) {
      j++;
      continue;
    }
    if (t.text === '-' && !t.spaceBefore && next && !next.spaceBefore && ctx.wcap(j + 1)) {
      j++;
      continue;
    }
    // `ke-47` after a head, `Officials` … ; connectors inside names (`of the`, `dan`).
    // Name particles too (`Lula da Silva`, `Rozaiman bin Makmum`).
    if (t.kind === 'word' && !t.cap && ctx.fl(j) & (F.NAME_CONNECTOR | F.NAME_PARTICLE)) {
      let k = j;
      while (
        k < n &&
        toks[k]!.kind === 'word' &&
        !toks[k]!.cap &&
        ctx.fl(k) & (F.NAME_CONNECTOR | F.NAME_PARTICLE) &&
        k - j < 2
      )
        k++;
      if (ctx.wcap(k) && !ctx.ini(k)) {
        j = k;
        continue;
      }
    }
    break;
  }
  // `Denty A., Seno H.)`: a closing initial keeps its point (then the run is over: a comma, bracket, slash or new
  // sentence follows).
  if (
    j > i + 1 &&
    toks[j]?.text === '.' &&
    !toks[j]!.spaceBefore &&
    INITIAL.test(toks[j - 1]!.text) &&
    ctx.wcap(j - 2) &&
    (j + 1 >= n || [',', ')', '/'].includes(toks[j + 1]!.text) || ctx.ini(j + 1))
  )
    return j + 1;
  // Never end on a connector or punctuation.
  while (
    j > i + 1 &&
    !ctx.wcap(j - 1) &&
    !isEdition(toks[j - 1]!) &&
    !gaz[j - 1] &&
    toks[j - 1]!.text !== "'" &&
    !(numbered && toks[j - 1]!.kind === 'number')
  )
    j--;
  return Math.max(j, i + 1);
}

/** A lower-case name particle between two unknown capitalised words of a run (`Lula da Silva`, `bin Makmum`). */
export function particleInName(ctx: EntityContext, e: number, b: number): boolean {
  return (ctx.fl(e) & F.NAME_PARTICLE) !== 0 && e + 1 < b && ctx.wcap(e + 1) && !ctx.gaz[e + 1] && !ctx.common(e + 1);
}
