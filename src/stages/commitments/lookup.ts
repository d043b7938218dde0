import { analyze } from '../../text/morphology.js';
import { NOT_TRIGGERS, TRIGGERS, type TriggerHit, type TriggerRule } from '../../rules/triggers.js';
import { mayBeTrigger } from './root-filter.js';

// Trigger lookup: root → rules, and a per-word cache so each distinct word is analysed once.

export const BY_ROOT = new Map<string, TriggerRule[]>();
for (const rule of TRIGGERS) for (const root of rule.roots) BY_ROOT.set(root, [...(BY_ROOT.get(root) ?? []), rule]);

export const lookupCache = new Map<string, TriggerHit | null>();

/** The trigger a lower-cased word reads as, or null. Never called on entity tokens. */
export function lookupTrigger(norm: string): TriggerHit | null {
  if (norm.length < 4 || !mayBeTrigger(norm)) return null;
  const cached = lookupCache.get(norm);
  if (cached !== undefined) return cached;
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
  if (lookupCache.size > 50_000) lookupCache.clear();
  lookupCache.set(norm, hit);
  return hit;
}
