import type { EntityContext } from './context.js';
import { evidence, type Cues } from './evidence.js';
import type { Push } from './mention.js';
import { CUE_RULES } from './typing/cue-rules.js';
import type { TypingRule } from './typing/rule.js';
import { SHAPE_RULES } from './typing/shape-rules.js';

export type { Typed, TypingRule } from './typing/rule.js';

/** The typing rules for unknown capitalised runs, in the order they are tried: cue rules, then shape rules. */
export const TYPING_RULES: readonly TypingRule[] = [...CUE_RULES, ...SHAPE_RULES];

/** Unknown capitalised words [a, b): a person, place, organisation or nothing, by the first typing rule that holds. */
export function typeUnknown(ctx: EntityContext, a: number, b: number, cues: Cues, push: Push): void {
  const ev = evidence(ctx, a, b, cues);
  for (const rule of TYPING_RULES) {
    const got = rule.when(ev);
    if (got === false) continue;
    const start = rule.span === 'run' ? ev.a0 : rule.span === 'opened' ? ev.a1 : typeof got === 'number' ? got : ev.a;
    const end = rule.span === undefined ? ev.b : ev.b0;
    ctx.trace?.push({ rule: rule.id, a: start, b: end });
    const t = rule.then;
    if (t) push(start, end, t.type, t.rule, t.basis, t.weak ? { weak: true } : undefined);
    return;
  }
}
