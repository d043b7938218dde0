import { describe, expect, it } from 'vitest';
import { RULE_FAMILIES } from '../src/rules/index.js';
import { RuleMeta } from '../src/schema/rule.js';

// Runs every example of every rule through its family's engine (src/rules/index.ts), so that every
// family is covered in one place; some stage tests also run their own family's examples.
describe('rule catalogue', () => {
  it('has unique rule ids across families', () => {
    const ids = RULE_FAMILIES.flatMap((f) => f.rules.map((r) => r.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  for (const family of RULE_FAMILIES) {
    describe(family.family, () => {
      for (const rule of family.rules) {
        describe(rule.id, () => {
          it('is valid rule data with a description and examples', () => {
            expect(() => RuleMeta.parse(rule)).not.toThrow();
          });
          for (const example of rule.examples) {
            it(`${example.expect.length ? '+' : '−'} ${example.text}`, () => {
              const got = family.run(rule, example.text);
              expect(got.map((g) => g.text)).toEqual(example.expect);
              if (example.values) expect(got.map((g) => g.value ?? null)).toEqual(example.values);
            });
          }
        });
      }
    });
  }
});
