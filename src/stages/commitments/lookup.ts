import { analyze } from '../../text/morphology.js';
import { NOT_TRIGGERS, TRIGGERS, type TriggerHit, type TriggerRule } from '../../rules/triggers.js';
import { looksVerbal, mayLookVerbal } from '../../text/morphology.js';
import { wordColumn } from '../../text/words.js';
import { mayBeTrigger } from './root-filter.js';

// Trigger lookup: root → rules. The stage asks through the token-feature layer (src/text/words.ts), so each
// distinct word is analysed once.

export const BY_ROOT = new Map<string, TriggerRule[]>();
for (const rule of TRIGGERS) for (const root of rule.roots) BY_ROOT.set(root, [...(BY_ROOT.get(root) ?? []), rule]);

/**
 * The trigger a lower-cased word reads as, or null. Not cached: the stage reads `TRIGGER`. The root filter answers
 * most words (exactly) before the morphology is run.
 */
export function lookupTrigger(norm: string): TriggerHit | null {
  if (noTrigger(norm)) return null;
  let hit: TriggerHit | null = null;
  if (!NOT_TRIGGERS.has(norm) && norm.length >= 4) {
    for (const r of analyze(norm)) {
      if (r.clitic && r.clitic !== 'nya' && r.clitic !== 'mu' && r.clitic !== 'ku') continue;
      const rules = BY_ROOT.get(r.root);
      if (!rules) continue;
      for (const rule of rules) {
        const voice = rule.active.includes(r.shape)
          ? 'active'
          : rule.passive.includes(r.shape)
            ? 'passive'
            : rule.noun.includes(r.shape)
              ? 'noun'
              : null;
        // `-nya` only on nouns (komitmennya, dukungannya) and passives (disepakatinya); `-mu`/`-ku` (you, me)
        // also on active verbs (mendukungmu).
        if (voice && (!r.clitic || voice !== 'active' || r.clitic !== 'nya')) {
          hit = { rule, voice, shape: r.shape };
          break;
        }
      }
      if (hit) break;
    }
  }
  return hit;
}

/** No reading of the word can have a listed root (exact: then `lookupTrigger` is null). */
const noTrigger = (norm: string): boolean => norm.length < 4 || !mayBeTrigger(norm);

/** The trigger a word reads as: a column of the token-feature layer; the root filter answers most words unhashed. */
export const TRIGGER = wordColumn('commitment.trigger', lookupTrigger, { skip: noTrigger, none: null });

/** A word that reads as a verb (`looksVerbal`) or a trigger: where a clause's verb chain goes on. */
export const VERB_LIKE = wordColumn(
  'commitment.verb-like',
  (norm: string): boolean => looksVerbal(norm) || lookupTrigger(norm) !== null,
  { skip: (norm) => !mayLookVerbal(norm) && noTrigger(norm), none: false },
);
