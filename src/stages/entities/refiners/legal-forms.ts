import * as L from '../../../rules/gazetteers/lexicon.js';
import { unitNumber } from '../name-tests.js';
import type { Refiner } from './refiner.js';

export const legalForms: Refiner = {
  name: 'legal-forms',
  description:
    "`PT Pertamina (Persero)`, `PT Bank Mandiri Tbk`: a legal form after an organisation's name is part of it; so is a numbered regional unit (`LLDIKTI Wilayah IX`), and a mention the unit's words made is dropped.",
  run(ctx, mentions) {
    const toks = ctx.toks;
    let grown = false;
    for (const m of mentions) {
      if (m.type !== 'ORGANIZATION') continue;
      const t = toks[m.b];
      let b = m.b;
      if (t?.text === '(' && L.LEGAL_FORMS.has(toks[b + 1]?.norm ?? '') && toks[b + 2]?.text === ')') b += 3;
      else if (t?.kind === 'word' && t.cap && L.LEGAL_FORMS.has(t.norm)) b++;
      else if (t?.kind === 'word' && t.cap && L.REGIONAL_UNIT_WORDS.has(t.norm) && unitNumber(toks[b + 1])) {
        b += 2;
        grown = true;
      }
      if (b === m.b) continue;
      m.b = b;
      m.end = toks[b - 1]!.end;
    }
    if (!grown) return mentions;
    const orgs = mentions.filter((m) => m.type === 'ORGANIZATION');
    return mentions.filter((m) => m.type === 'ORGANIZATION' || !orgs.some((o) => o.a < m.a && m.b <= o.b));
  },
};
