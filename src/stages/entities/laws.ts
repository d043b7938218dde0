import * as L from '../../rules/gazetteers/lexicon.js';
import type { EntityContext } from './context.js';

const YEAR_SUFFIX = /\/\d{4}$/;

/**
 * Where a law or regulation cited by number that starts at token `i` ends (`Undang-Undang Nomor 11
 * Tahun 2020 [tentang …]`, `Perpres 12/2020`), or null when none starts there.
 */
export function matchLaw(ctx: EntityContext, i: number): number | null {
  const toks = ctx.toks;
  const draft = matchDraftLaw(ctx, i);
  if (draft !== null) return draft;
  for (const head of L.LAW_HEADS) {
    let k = i;
    let ok = true;
    for (const w of head) {
      if (toks[k]?.norm !== w) {
        ok = false;
        break;
      }
      k++;
    }
    if (!ok) continue;
    // `Keputusan Menteri PANRB Nomor …`, `Peraturan Menteri Pertahanan Nomor …`, `Keputusan Menteri
    // Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Nomor …`: the issuer's name may
    // stand between the head and the number (capitalised words, `dan`, one bracketed acronym).
    if (toks[k]?.norm !== 'nomor' && toks[k]?.norm !== 'no' && toks[k]?.kind !== 'number') {
      let q = k;
      while (q < toks.length && q - k < 12) {
        const u = toks[q]!;
        if (u.norm === 'nomor' || u.norm === 'no' || u.kind === 'number') break;
        if (ctx.wcap(q) || (u.norm === 'dan' && ctx.wcap(q + 1)) || (u.text === ',' && ctx.wcap(q + 1))) q++;
        else if (u.text === '(' && ctx.wcap(q + 1) && toks[q + 2]?.text === ')') q += 3;
        else if (u.text === '/' && !u.spaceBefore && ctx.wcap(q + 1)) q++;
        else break;
      }
      const at = toks[q];
      if (
        q > k &&
        at &&
        (at.norm === 'nomor' || at.norm === 'no' || (at.kind === 'number' && YEAR_SUFFIX.test(at.text)))
      )
        k = q;
    }
    // Nomor / No. / No
    let j = k;
    if (toks[j]?.norm === 'nomor' || toks[j]?.norm === 'no') {
      j++;
      if (toks[j]?.text === '.') j++;
    }
    const num = toks[j];
    if (!num || num.kind !== 'number') continue;
    j++;
    // `12/2020` carries its year; otherwise `Tahun 2020` follows, or the number came right after `Nomor`.
    if (!YEAR_SUFFIX.test(num.text)) {
      if (toks[j]?.norm === 'tahun' && toks[j + 1]?.kind === 'number') j += 2;
      else if (j === k + 1) continue;
    }
    return subjectEnd(ctx, j);
  }
  return null;
}

/** After a law's head and number: `tentang Cipta Kerja` runs on over its capitalised subject; else `j`. */
function subjectEnd(ctx: EntityContext, j: number): number {
  const toks = ctx.toks;
  if (toks[j]?.norm !== 'tentang' || !ctx.wcap(j + 1)) return j;
  let e = j + 1;
  while (e < toks.length && (ctx.wcap(e) || (toks[e]!.norm === 'dan' && ctx.wcap(e + 1)))) e++;
  return e;
}

/** A draft law cited by its subject: `Rancangan Undang-Undang (RUU) tentang …`, `RUU tentang …`. */
function matchDraftLaw(ctx: EntityContext, i: number): number | null {
  const toks = ctx.toks;
  for (const head of L.DRAFT_LAW_HEADS) {
    let k = i;
    while (k - i < head.length && toks[k]?.norm === head[k - i]) k++;
    if (k - i < head.length) continue;
    // `(RUU)`: the short form of the head stays inside the citation.
    if (toks[k]?.text === '(' && toks[k + 1]?.norm === 'ruu' && toks[k + 2]?.text === ')') k += 3;
    const e = subjectEnd(ctx, k);
    return e > k ? e : null;
  }
  return null;
}
