import type { Mention } from '../mention.js';
import type { Refiner } from './refiner.js';

export const placeNames: Refiner = {
  name: 'place-names',
  description:
    "`PSMS Medan`, `BPD Riau`, `KPU Jawa Barat`: an organisation's acronym or short name right before an Indonesian region (or, for a known body that is not international, a country's name) with no mark between is one organisation with it, the body of that place. Country acronyms (`RI`, `AS`) stay apart (`DPR RI`: ANNOTATION.md).",
  run(ctx, mentions) {
    const toks = ctx.toks;
    const byStart = ctx.index(mentions, false);
    let merged: Set<Mention> | null = null;
    for (const m of mentions) {
      if (
        m.type !== 'ORGANIZATION' ||
        m.b - m.a !== 1 ||
        !(m.basis === 'acronym' || (m.basis === 'gazetteer' && m.hit))
      )
        continue;
      const p = byStart[m.b];
      if (!p || p.type !== 'LOCATION' || p.basis !== 'gazetteer' || !p.hit || ctx.ini(p.a) || !toks[p.a]!.spaceBefore)
        continue;
      // Country acronyms stay apart (`DPR RI`); province short forms join (`Polda Jabar` is one body, `BPBD NTB`).
      if (p.hit.exact && !p.hit.ref.startsWith('idn.prov.')) continue;
      // An unknown acronym takes a region only (`GP Hungaria` is a race in a country); an international body stays
      // apart (`ASEAN Tiongkok`).
      const region = p.hit.ref.startsWith('idn.reg.') || p.hit.ref.startsWith('idn.prov.');
      if (m.hit ? m.hit.ref.startsWith('org.') : !region) continue;
      if (!(region || p.hit.ref.startsWith('country.'))) continue;
      m.b = p.b;
      m.end = p.end;
      (merged ??= new Set()).add(p);
    }
    ctx.unindex(mentions, false);
    return merged ? mentions.filter((m) => !merged!.has(m)) : mentions;
  },
};
