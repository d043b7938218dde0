import type { EntityType } from '../../../schema/record.js';
import type { EntityRuleId } from '../../../rules/entity-patterns.js';
import type { RunEvidence } from '../evidence.js';
import type { Basis } from '../mention.js';

/** What a typing rule makes of the run: a mention's type, rule and basis, or no entity (`null`). */
export type Typed = { type: EntityType; rule: EntityRuleId; basis: Basis; weak?: boolean } | null;

/**
 * One typing rule. The rules are tried in order and the first whose `when` holds decides: the run
 * becomes the mention of `then`, or no entity. `span` says which of the run's spans the mention
 * covers; `when` may return a token index instead of `true` to start the mention there.
 */
export interface TypingRule {
  id: string;
  description: string;
  when: (ev: RunEvidence) => boolean | number;
  then: Typed;
  span?: 'run' | 'opened';
  /** Runs of the example text this rule decides, in order (test/entities.test.ts runs them). */
  examples: readonly { text: string; expect: readonly string[] }[];
}

export const PERSON = (rule: EntityRuleId, basis: Basis = 'cue'): Typed => ({ type: 'PERSON', rule, basis });
export const NONE: Typed = null;

/** The run's first word. */
export const word0 = (ev: RunEvidence) => ev.ctx.toks[ev.first]!;
