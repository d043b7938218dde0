import { AID_NOUNS, PROPOSAL_NOUNS, type TriggerRule } from '../../rules/triggers.js';
import { DETERMINERS, NEEDS_SKIP, PARTICIPATION_NOUNS, READINESS_VERBS } from '../../rules/commitment-words.js';
import { isCommonWord } from '../../rules/gazetteers/words.js';
import { isPrefixedRoot, looksVerbal } from '../../text/morphology.js';
import { VERB_LIKE } from './lookup.js';
import { APPEAL_LINKS, PARTY_NOUNS, PARTY_TYPES } from './word-classes.js';
import type { Ctx } from './context.js';
import { nextWord } from './clause.js';

/** The extra condition of a rule (needs). */
export function needsMet(ctx: Ctx, i: number, rule: TriggerRule): boolean {
  const { toks, m, b } = ctx;
  const n = nextWord(ctx, i, NEEDS_SKIP);
  const next = n < b ? toks[n]!.norm.replace(/nya$/, '') : '';
  switch (rule.needs) {
    case 'aid':
      return AID_NOUNS.has(next);
    case 'proposal':
      return PROPOSAL_NOUNS.has(next);
    case 'verb': {
      if (next === 'siaga' || next === '') return false;
      const k = i + 1;
      // `siap beroperasi`, `siap (untuk) digunakan`: readiness, not a pledge.
      const v = next === 'untuk' ? (toks[k + 1]?.kind === 'word' ? toks[k + 1]!.norm : '') : next;
      if (READINESS_VERBS.has(v) || passive(v)) return false;
      return k < b && toks[k]!.kind === 'word' && (toks[k]!.norm === 'untuk' || ctx.words.get(VERB_LIKE, k));
    }
    case 'addressee': {
      const k = nextWord(ctx, i, DETERMINERS);
      if (k >= b) return false;
      const e = m.entityAt(k);
      if (e) return PARTY_TYPES.has(m.typeOf(e));
      const w = toks[k]!.norm;
      if (PARTY_NOUNS.has(w) || toks[k - 1]?.norm === 'kepada') return true;
      // `mendorong peran aktif perempuan`: taking part, then (after an adjective or two) who is to take part.
      if (PARTICIPATION_NOUNS.has(w))
        for (let x = k + 1; x < b && x - k <= 3 && toks[x]!.kind === 'word'; x++) {
          const e = m.entityAt(x);
          if ((e && PARTY_TYPES.has(m.typeOf(e))) || PARTY_NOUNS.has(toks[x]!.norm)) return true;
        }
      // `mendorong kompi kesehatan untuk bekerja sama`: a short noun phrase, then `untuk`/`agar` + a verb, is
      // someone urged to act; `mendorong pertumbuhan ekonomi` has no such clause.
      for (let x = k + 1; x < b && x - k <= 4; x++) {
        const u = toks[x]!;
        if (u.kind !== 'word') return false;
        if (APPEAL_LINKS.has(u.norm)) {
          const v = toks[x + 1];
          return !!v && v.kind === 'word' && ctx.words.get(VERB_LIKE, x + 1);
        }
        if (ctx.words.get(VERB_LIKE, x)) return false;
      }
      return false;
    }
    default:
      if (rule.id === 'commit.minta' && (next === 'maaf' || next === 'izin')) return false;
      return true;
  }
}

/** A passive verb: `di-` on a root (`digunakan`, `dipamerkan`; not `diskusi`). */
const passive = (w: string): boolean => w.startsWith('di') && looksVerbal(w) && isPrefixedRoot(w, isCommonWord);
