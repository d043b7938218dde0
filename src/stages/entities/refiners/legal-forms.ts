import * as L from '../../../rules/gazetteers/lexicon.js';
import type { Refiner } from './refiner.js';

export const legalForms: Refiner = {
  name: 'legal-forms',
  description:
    "`PT Pertamina (Persero)`, `PT Bank Mandiri Tbk`: a legal form after an organisation's name is part of it.",
  run(ctx, mentions) {
    const toks = ctx.toks;
    for (const m of mentions) {
      if (m.type !== 'ORGANIZATION') continue;
      const t = toks[m.b];
      let b = m.b;
      if (t?.text === '(' && L.LEGAL_FORMS.has(toks[b + 1]?.norm ?? '') && toks[b + 2]?.text === ')') b += 3;
      else if (t?.kind === 'word' && t.cap && L.LEGAL_FORMS.has(t.norm)) b++;
      if (b === m.b) continue;
      m.b = b;
      m.end = toks[b - 1]!.end;
    }
    return mentions;
  },
};
