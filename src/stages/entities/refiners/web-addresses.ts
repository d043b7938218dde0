import type { Refiner } from './refiner.js';

/** Words that open a web address (`https://…`, `www.…`). */
const SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'www']);

export const webAddresses: Refiner = {
  name: 'web-addresses',
  description:
    'Words inside a web address (`https://s.komdigi.go.id/Draft_RPM_OTK_Sekretariat_KIP`, `www.kemhan.go.id/…`) are parts of the address, not mentions: a mention from its scheme to the next space is dropped. The text of a link before it (`[Kompas.com](https://…)`) and a bare domain naming an outlet (`KOMPAS.com`, `Kompas.com/Sandra`) stay.',
  run(ctx, mentions) {
    const toks = ctx.toks;
    let inside: Uint8Array | null = null;
    for (let k = 0; k < ctx.n; k++) {
      if (!SCHEMES.has(toks[k]!.norm)) continue;
      const next = toks[k + 1];
      // `https:` + `//`, or `www` + `.`: written together.
      if (!next || next.spaceBefore || (next.text !== ':' && next.text !== '.')) continue;
      let e = k + 1;
      while (e < ctx.n && !toks[e]!.spaceBefore) e++;
      (inside ??= new Uint8Array(ctx.n)).fill(1, k, e);
      k = e - 1;
    }
    if (!inside) return mentions;
    const marks = inside;
    return mentions.filter((m) => !marks[m.a]);
  },
};
