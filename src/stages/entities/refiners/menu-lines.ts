import type { EntityContext } from '../context.js';
import type { Refiner } from './refiner.js';

/** Fewest label lines in a row that make a menu. */
const MIN_LINES = 6;
/** Most words of one label. */
const MAX_LABEL_WORDS = 6;
/** Fewest labels of a menu that open with the same word (`Ruang Pemerintah`, `Ruang Mitra`, `Ruang Publik`). */
const MIN_SAME_FIRST = 3;

export const menuLines: Refiner = {
  name: 'menu-lines',
  description:
    "A run of six or more short lines of capitalised labels, three of them opening with the same word (a website's menu scraped with the release: `Ruang Pemerintah`, `Ruang Mitra`, `Sekjen`, `Ruang Publik`, `Pegiat Literasi` …), names no person: the PERSON mentions inside it are dropped (a known body or place stays). A sign-off block (names, titles, offices on lines of their own) repeats no first word so.",
  run(ctx, mentions) {
    const menu = menuTokens(ctx);
    if (!menu) return mentions;
    return mentions.filter((m) => m.type !== 'PERSON' || !menu[m.a]);
  },
};

/** Per token: 1 inside a block of label lines, or null when the document has none. */
function menuTokens(ctx: EntityContext): Uint8Array | null {
  const { toks, n, sent } = ctx;
  let menu: Uint8Array | null = null;
  let blockStart = -1;
  let lines = 0;
  let firsts = new Map<string, number>();
  let sameFirst = 0;
  const close = (end: number) => {
    if (lines >= MIN_LINES && sameFirst >= MIN_SAME_FIRST && blockStart >= 0)
      (menu ??= new Uint8Array(n)).fill(1, blockStart, end);
    blockStart = -1;
    lines = 0;
    if (firsts.size) firsts = new Map();
    sameFirst = 0;
  };
  for (let a = 0; a < n;) {
    let b = a;
    while (b < n && sent[b] === sent[a]) b++;
    if (isLabel(ctx, a, b)) {
      if (blockStart < 0) blockStart = a;
      lines++;
      const count = (firsts.get(toks[a]!.norm) ?? 0) + 1;
      firsts.set(toks[a]!.norm, count);
      if (count > sameFirst) sameFirst = count;
    } else close(a);
    a = b;
  }
  close(n);
  return menu;
}

/** Tokens [a, b), one sentence, are a label: one to six capitalised words (with `dan`, `&`, `,` between). */
function isLabel(ctx: EntityContext, a: number, b: number): boolean {
  let words = 0;
  for (let k = a; k < b; k++) {
    const t = ctx.toks[k]!;
    if (t.kind === 'word' && t.cap) words++;
    else if (!(t.norm === 'dan' || t.text === '&' || t.text === ',')) return false;
  }
  return words >= 1 && words <= MAX_LABEL_WORDS;
}
