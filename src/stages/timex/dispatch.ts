import { TIMEX_RULES, type TimexRule } from '../../rules/timex.js';
import type { Token } from '../../text/tokens.js';
import { wordColumn } from '../../text/words.js';
import { ShapeFilter } from './shape-filter.js';

// The rules by the token that can start them (`#` for any number).

export const RULE_ORDER = new Map(TIMEX_RULES.map((r, i) => [r.id, i]));

/**
 * A rule as the engine runs it. Rules as written differ in which optional fields they have (a guard
 * or not), so they have several object shapes; the matching loop reads these, which all have one.
 */
export interface Runner {
  rule: TimexRule;
  pattern: RegExp;
  guard: TimexRule['guard'] | null;
  normalise: TimexRule['normalise'];
  /** Index in TIMEX_RULES, for ties. */
  order: number;
}

/** Runners by trigger (`#` for any number), in rule order. */
export function buildDispatch(rules: readonly TimexRule[]): Map<string, Runner[]> {
  const map = new Map<string, Runner[]>();
  for (const rule of rules) {
    const runner: Runner = {
      rule,
      pattern: rule.pattern,
      guard: rule.guard ?? null,
      normalise: rule.normalise,
      order: RULE_ORDER.get(rule.id)!,
    };
    for (const t of new Set(rule.triggers)) {
      const list = map.get(t);
      if (list) list.push(runner);
      else map.set(t, [runner]);
    }
  }
  return map;
}
export const DISPATCH = buildDispatch(TIMEX_RULES);

/** False when no rule can start a match at this token (every timex starts at a number or a trigger word). */
export function mayStartTimex(tok: Token): boolean {
  return tok.kind === 'number' || DISPATCH.has(tok.norm);
}

/** The shapes of the words that start a rule: most words have none, and are answered unhashed. */
const SHAPES = new ShapeFilter(DISPATCH.keys());

/** The runners that can start at a word (not a number): a column of the token-feature layer (src/text/words.ts). */
export const TIMEX_STARTS = wordColumn('timex.starts', (norm: string): Runner[] | null => DISPATCH.get(norm) ?? null, {
  skip: (norm) => norm.length === 0 || !SHAPES.mayHave(norm),
  none: null,
});
