import { z } from 'zod';

/**
 * What every rule in `src/rules/` carries, whatever its family: a stable id that comes out on each
 * extraction it makes, a one-line description, and examples that `test/rules.test.ts` runs through
 * the family's engine. Data that no test runs goes stale.
 */
export const RuleExample = z
  .object({
    /** Input text. */
    text: z.string().min(1),
    /**
     * Span texts the rule must produce on `text`, in order. An empty array makes the example a
     * negative: the rule must not fire.
     */
    expect: z.array(z.string()),
    /** Normalised values, parallel to `expect`, for families that normalise (timex). */
    values: z.array(z.string().nullable()).optional(),
  })
  .strict();
export type RuleExample = z.infer<typeof RuleExample>;

export const RuleMeta = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, 'rule ids look like family.name'),
  description: z.string().min(1),
  examples: z.array(RuleExample).min(1),
});
export type RuleMeta = z.infer<typeof RuleMeta>;

/** A rule family as registered in `src/rules/index.ts`: its rules and the engine that runs an example. */
export interface RuleFamily<R extends RuleMeta = RuleMeta> {
  family: string;
  description: string;
  rules: readonly R[];
  /**
   * False for families that steer a decision without producing extractions of their own (sentence
   * abbreviations, language markers): their ids never appear on a record, so hit counts do not apply.
   */
  recorded?: boolean;
  /** Runs one rule on an example text and returns the span texts (and values) it produced. */
  run(rule: R, text: string): { text: string; value?: string | null }[];
}
