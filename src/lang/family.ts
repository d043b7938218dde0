import type { RuleFamily } from '../schema/rule.js';
import {
  LANGUAGE_MARKERS,
  LANGUAGE_PATTERNS,
  type LanguageMarker,
  type LanguagePattern,
} from '../rules/language-markers.js';
import { collectEvidence, identify } from './lid.js';

/**
 * The language markers as a rule family, for a registry of families (src/rules/index.ts): running a
 * rule on an example gives the identified language when the rule fires on it, and nothing otherwise,
 * so `expect: ['ind']` reads "fires, and the text is Indonesian" and `expect: []` "does not fire".
 */
export const languageRuleFamily: RuleFamily<LanguageMarker | LanguagePattern> = {
  family: 'lid',
  description: 'Indonesian / Malay / English marker words and number formats for language identification.',
  rules: [...LANGUAGE_MARKERS, ...LANGUAGE_PATTERNS],
  run(rule, text) {
    if (!collectEvidence(text.toLowerCase()).fired.has(rule.id)) return [];
    return [{ text: identify(text).code }];
  },
};
