import { describe, expect, it } from 'vitest';
import { Doc } from '../src/doc.js';
import { findMentions } from '../src/stages/entities.js';
import { EntityContext } from '../src/stages/entities/context.js';
import { entityTokens } from '../src/stages/entities/tokens.js';
import { TYPING_RULES } from '../src/stages/entities/typing.js';
import { sentencesStage } from '../src/stages/sentences.js';

/** The runs of `text` that the typing rule `id` decided (a mention or no entity), by their text. */
function decidedBy(id: string, text: string): string[] {
  const doc = new Doc(text);
  sentencesStage.run(doc);
  const ctx = new EntityContext(entityTokens(doc));
  ctx.trace = [];
  findMentions(ctx);
  return ctx.trace.filter((d) => d.rule === id).map((d) => text.slice(ctx.toks[d.a]!.start, ctx.toks[d.b - 1]!.end));
}

describe('typing rules: every example', () => {
  it('ids are unique', () => expect(new Set(TYPING_RULES.map((r) => r.id)).size).toBe(TYPING_RULES.length));
  for (const rule of TYPING_RULES) {
    for (const ex of rule.examples)
      it(`${rule.id}: ${ex.text}`, () => expect(decidedBy(rule.id, ex.text)).toEqual(ex.expect));
  }
});
