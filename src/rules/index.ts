import { Doc } from '../doc.js';
import { languageRuleFamily } from '../lang/family.js';
import { runPipeline, STAGES } from '../pipeline.js';
import type { RuleFamily, RuleMeta } from '../schema/rule.js';
import { ROLE_RULES } from './roles.js';
import { segmentDetailed } from '../stages/sentences.js';
import { timexFamily, timexWordFamily } from '../stages/timex.js';
import { ABBREVIATION_RULES } from './abbreviations.js';
import { COMMITMENT_WORDS } from './commitment-words.js';
import { ENTITY_RULES } from './entity-patterns.js';
import { QUOTE_CUES } from './quote-cues.js';
import { TRIGGERS } from './triggers.js';

/**
 * Every rule family, with the engine that runs one rule on an example text. `test/rules.test.ts`
 * runs every example of every rule through it, and `siaran rules` lists them with their hit counts.
 */

/**
 * The pipeline on an example, taken as Indonesian (a short example is often too short for language
 * identification to be sure, and the example is about its rule), with document date 2021-01-27 as
 * in the timex examples.
 */
function pipelineOn(text: string): Doc {
  const doc = new Doc(text, { dct: '2021-01-27' });
  doc.language = { code: 'ind', confidence: 1, candidates: [], rule: 'example' };
  return runPipeline(
    doc,
    STAGES.filter((s) => !s.assigns.includes('language')),
  );
}

const sentenceFamily: RuleFamily<(typeof ABBREVIATION_RULES)[number]> = {
  family: 'sbd',
  description:
    'Abbreviations that do not end a sentence (titles, places, degrees, numbers); an example lists the sentences it splits into.',
  rules: ABBREVIATION_RULES,
  recorded: false,
  run: (_rule, text) => segmentDetailed(text).map((s) => ({ text: text.slice(s.start, s.end) })),
};

const entityFamily: RuleFamily<RuleMeta> = {
  family: 'ent',
  description:
    'Named entities: gazetteers, heads, titles, honorifics, acronym definitions; an example lists the mentions the rule makes.',
  rules: ENTITY_RULES,
  run: (rule, text) =>
    pipelineOn(text)
      .entities.filter((e) => e.rule === rule.id)
      .map((e) => ({ text: e.text })),
};

const roleFamily: RuleFamily<RuleMeta> = {
  family: 'role',
  description: 'Job titles with their holder and organisation; an example lists the role spans the rule makes.',
  rules: ROLE_RULES,
  run: (rule, text) =>
    pipelineOn(text)
      .roles.filter((r) => r.rule === rule.id)
      .map((r) => ({ text: r.text })),
};

const triggerFamily: RuleFamily<RuleMeta> = {
  family: 'commit',
  description:
    'Commitment triggers by lemma, matched through Indonesian morphology; an example lists the triggers the rule fires on.',
  rules: TRIGGERS,
  run: (rule, text) =>
    pipelineOn(text)
      .commitments.filter((c) => c.rule === rule.id)
      .map((c) => ({ text: c.trigger.text })),
};

const commitmentWordFamily: RuleFamily<RuleMeta> = {
  family: 'commit-words',
  description:
    'Word classes read around a commitment trigger (auxiliaries, blockers, negation, light verbs …); an example lists the triggers found, its values what the stage made of each.',
  rules: COMMITMENT_WORDS,
  recorded: false,
  run: (_rule, text) => {
    const doc = pipelineOn(text);
    const name = (id: string) => doc.clusters.find((c) => c.id === id)?.canonical ?? id;
    return doc.commitments.map((c) => ({
      text: c.trigger.text,
      value: `${c.status ?? '-'}${c.negated ? ' negated' : ''}; actors: ${c.actors.map(name).join(', ')}; content: ${c.content?.text ?? ''}`,
    }));
  },
};

const quoteFamily: RuleFamily<RuleMeta> = {
  family: 'quote',
  description: 'Quote cue verbs and phrases; an example lists the quotes whose cue the rule found.',
  rules: QUOTE_CUES,
  run: (rule, text) =>
    pipelineOn(text)
      .quotes.filter((q) => q.rule === rule.id)
      .map((q) => ({ text: q.text })),
};

export const RULE_FAMILIES: readonly RuleFamily[] = [
  { ...(languageRuleFamily as RuleFamily), recorded: false },
  sentenceFamily as RuleFamily,
  entityFamily,
  roleFamily,
  timexFamily as RuleFamily,
  timexWordFamily as RuleFamily,
  triggerFamily,
  commitmentWordFamily,
  quoteFamily,
];
