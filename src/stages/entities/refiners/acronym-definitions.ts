import * as L from '../../../rules/gazetteers/lexicon.js';
import type { EntityContext } from '../context.js';
import { isEdition } from '../context.js';
import { makeMention, type Mention } from '../mention.js';
import type { Refiner } from './refiner.js';

export const acronymDefinitions: Refiner = {
  name: 'acronym-definitions',
  description:
    "`Long Name (ACR)`, `(Long Name/ACR)`, `Long Name/ACR`, `Moody's Investors Service (Moody's)`: the acronym or short name takes the long name's type everywhere in the document, and an edition after a defined event acronym joins it (`ARSOM ke-17`). A definition in the document wins over the common-acronym list: `Pusat Pembinaan Profesi Keuangan (PPPK)` makes `PPPK` that body here, not the civil servants' acronym. An acronym defined by a kind of body and followed by a name names one body of that kind: `Koperasi Simpan Pinjam (KSP) Nasari` … `KSP Nasari` (not the presidential staff office).",
  run(ctx, mentions) {
    const toks = ctx.toks;
    const byEnd = ctx.index(mentions, true);
    const defs = new Map<string, Mention>();
    let kinds: { m: Mention; long: Mention }[] | null = null;
    for (const m of mentions) {
      if (m.basis !== 'acronym' && !(m.hit && m.hit.exact) && m.basis !== 'shape') continue;
      if (m.b - m.a !== 1) continue;
      const sep = toks[m.a - 1];
      if (!sep || (sep.text !== '(' && sep.text !== '/')) continue;
      const long = byEnd[m.a - 1];
      // A weak default PERSON (`Moody's Investors Service`) is no evidence of the acronym's type.
      if (!long || long === m || long.b - long.a < 2 || long.weak) continue;
      if (long.hit && m.hit) continue;
      // A gazetteer acronym keeps its own type (`Hari Ulang Tahun … Tentara Nasional Indonesia (TNI)`).
      if (m.hit && m.hit.exact && m.hit.type !== long.type) continue;
      // The acronym must abbreviate the whole long name: `Pertemuan Tahunan Islamic Development Bank
      // (IsDB)` abbreviates only its tail, `Kapal Republik Indonesia (KRI)` a longer phrase.
      // `Moody's Investors Service (Moody's)`: or the name's first word, as a short name.
      const firstWord = toks[m.a]!.text === toks[long.a]!.text && long.type !== 'PERSON';
      if (!firstWord && !abbreviates(ctx, toks[m.a]!.text, long.a, long.b)) continue;
      define(m, long.type, ctx.textOf(long.a, long.b));
      defs.set(toks[m.a]!.text, m);
      if (kindOfBody(ctx, long) && toks[m.b]?.text === ')') (kinds ??= []).push({ m, long });
    }
    const added = commonAcronymBodies(ctx, mentions, byEnd);
    ctx.unindex(mentions, true);
    if (added.length) mentions = [...mentions, ...added];
    blends(ctx, mentions);
    if (defs.size === 0) return mentions;
    for (const m of mentions) {
      if (m.basis === 'defined') continue;
      const d = defs.get(toks[m.a]!.text);
      if (!d) continue;
      if (m.b - m.a === 1 || (m.b - m.a === 2 && isEdition(toks[m.a + 1]!))) define(m, d.type, d.definedBy!);
    }
    // `ARSOM ke-17`: an edition after a defined event acronym belongs to it.
    for (const m of mentions) {
      if (m.type === 'EVENT' && m.b < toks.length && isEdition(toks[m.b]!) && !toks[m.b]!.cap) {
        m.b++;
        m.end = toks[m.b - 1]!.end;
      }
    }
    if (kinds) for (const k of kinds) mentions = namedKind(ctx, mentions, k.m, k.long);
    return mentions;
  },
};

/**
 * `Pusat Pembinaan Profesi Keuangan (PPPK)`: an acronym of the common-acronym list (typed as no name) that the
 * document defines by a body's name, whose capitalised words' initials are its letters (three or more: two-letter
 * acronyms and two-word names are kinds, `Sekolah Dasar (SD)`), is that body here and at every use not inside
 * another mention. The new mentions are unsorted (`byStart` sorts later).
 */
function commonAcronymBodies(
  ctx: EntityContext,
  mentions: readonly Mention[],
  byEnd: readonly (Mention | undefined)[],
): Mention[] {
  const toks = ctx.toks;
  let covered: Uint8Array | null = null;
  const longs = new Map<string, Mention>();
  for (let k = 2; k + 1 < ctx.n; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || !t.upper || t.text.length < 3 || !L.COMMON_ACRONYMS.has(t.norm)) continue;
    if (toks[k - 1]!.text !== '(' || toks[k + 1]!.text !== ')' || longs.has(t.text)) continue;
    const long = byEnd[k - 1];
    if (!long || long.type !== 'ORGANIZATION' || long.weak) continue;
    let ini = '';
    for (let x = long.a; x < long.b; x++) if (toks[x]!.kind === 'word' && toks[x]!.cap) ini += toks[x]!.norm[0];
    if (ini !== t.norm) continue;
    if (!covered) {
      covered = new Uint8Array(ctx.n);
      for (const m of mentions) covered.fill(1, m.a, m.b);
    }
    if (covered[k]) continue;
    longs.set(t.text, long);
  }
  if (longs.size === 0) return [];
  const added: Mention[] = [];
  for (let k = 0; k < ctx.n; k++) {
    const long = covered![k] ? undefined : longs.get(toks[k]!.text);
    if (!long) continue;
    const m = makeMention(toks, k, k + 1, 'ORGANIZATION', 'ent.acronym-def', 'defined');
    m.definedBy = ctx.textOf(long.a, long.b);
    added.push(m);
  }
  return added;
}

/** Most words of a name after a kind's acronym (`KSP Nasari`, `BUMDes Maju Jaya Abadi`). */
const MAX_KIND_NAME = 3;

/**
 * `Koperasi Simpan Pinjam`: a body's head and dictionary words only, in no gazetteer: a kind of body, not one
 * (`Kantor Staf Presiden` is in the gazetteer; `Komisi Penyiaran Indonesia` has a name in it; `Pusat Pembinaan
 * Profesi Keuangan` is one body but is followed by no name of its own, see `namedKind`).
 */
function kindOfBody(ctx: EntityContext, long: Mention): boolean {
  if (long.type !== 'ORGANIZATION' || long.hit || !L.ORG_HEADS.has(ctx.toks[long.a]!.norm)) return false;
  return ctx.everyWord(long.a + 1, long.b, (c, k) => !c.toks[k]!.cap || (c.common(k) && !c.gaz[k]));
}

/**
 * `Koperasi Simpan Pinjam (KSP) Nasari` … `KSP Nasari berkomitmen`: an acronym defined by a kind of body and
 * followed, in its definition, by capitalised words no mention holds names one body of that kind: the definition
 * with the name is one mention, and so is the acronym with the name wherever it recurs (a mention the name opens
 * loses it: `Ketua KSP Nasari Frans Meroga` is `KSP Nasari` and `Frans Meroga`). The acronym alone is that body too,
 * not the gazetteer's (`KSP` is also the presidential staff office).
 */
function namedKind(ctx: EntityContext, mentions: Mention[], m: Mention, long: Mention): Mention[] {
  const toks = ctx.toks;
  const from = m.b + 1;
  let e = from;
  while (e < ctx.n && e - from < MAX_KIND_NAME && toks[e]!.kind === 'word' && toks[e]!.cap && !toks[e]!.upper) e++;
  // The name ends there: no capitalised word, number or hyphen goes on (`Markas Komando (Mako) Grup 5`,
  // `(KI) Se-Indonesia`).
  const next = toks[e];
  if (e === from || e - from === MAX_KIND_NAME || ctx.wcap(e) || next?.kind === 'number' || next?.text === '-')
    return mentions;
  if (mentions.some((x) => x.a < e && x.b > from)) return mentions;
  const name = toks.slice(from, e).map((t) => t.text);
  long.b = e;
  long.end = toks[e - 1]!.end;
  const longName = ctx.textOf(long.a, long.b);
  const acr = toks[m.a]!.text;
  const drop = new Set<Mention>([m]);
  for (const x of mentions) {
    if (x === m || x.basis !== 'defined' || x.b - x.a !== 1 || toks[x.a]!.text !== acr) continue;
    x.hit = undefined;
    x.definedBy = longName;
    if (!name.every((w, i) => toks[x.b + i]?.text === w)) continue;
    const b = x.b + name.length;
    // `KSP Nasari Jaya` is another name, unless a mention opened by the name goes on (`Nasari Frans Meroga`).
    if (ctx.wcap(b) && !mentions.some((y) => y.a === x.b && y.b > b)) continue;
    for (const y of mentions) {
      if (y === x || y.a < x.b || y.a >= b) continue;
      if (y.b <= b) drop.add(y);
      else {
        y.a = b;
        y.start = toks[b]!.start;
      }
    }
    x.b = b;
    x.end = toks[b - 1]!.end;
  }
  return mentions.filter((x) => !drop.has(x));
}

function define(m: Mention, type: Mention['type'], longName: string): void {
  m.type = type;
  m.rule = 'ent.acronym-def';
  m.basis = 'defined';
  m.definedBy = longName;
}

/**
 * Whether `acr` can abbreviate the name over tokens [a, b): same first letter, and the name's
 * initials are not a proper tail of the acronym (`KRI` is not `Republik Indonesia`).
 */
function abbreviates(ctx: EntityContext, acr: string, a: number, b: number): boolean {
  const toks = ctx.toks;
  const low = acr.toLowerCase();
  // One leading common word may stand outside the abbreviation (`Dokumen ASEAN Outlook … (AOIP)`).
  if (low[0] !== toks[a]!.norm[0] && !(b - a > 2 && ctx.common(a) && low[0] === toks[a + 1]!.norm[0])) return false;
  let ini = '';
  for (let k = a; k < b; k++) if (toks[k]!.kind === 'word' && toks[k]!.cap) ini += toks[k]!.norm[0];
  return !(ini.length < low.length && low.endsWith(ini) && acr === acr.toUpperCase() && ini.length >= 2);
}

/**
 * `Rektor Unand` after `Universitas Andalas`, `Bappenas` after `Badan Perencanaan Pembangunan Nasional`: one
 * unknown capitalised word made of the leading letters of the words of a body named in the document, in order
 * (each part at least one letter, the first word's part at least two), is that body's short name.
 */
function blends(ctx: EntityContext, mentions: Mention[]): void {
  const toks = ctx.toks;
  // Distinct bodies by the first two letters of their first word, which a blend shares, so that each word is
  // tried against few bodies, and each distinct word once.
  const bodies = new Map<string, Map<string, { words: string[]; m: Mention }>>();
  for (const m of mentions) {
    if (m.type !== 'ORGANIZATION' || m.b - m.a < 2) continue;
    const words: string[] = [];
    for (let k = m.a; k < m.b; k++) if (toks[k]!.kind === 'word' && toks[k]!.cap) words.push(toks[k]!.norm);
    if (words.length < 2) continue;
    const key = words[0]!.slice(0, 2);
    const same = bodies.get(key) ?? bodies.set(key, new Map()).get(key)!;
    if (!same.has(words.join(' '))) same.set(words.join(' '), { words, m });
  }
  if (bodies.size === 0) return;
  const answers = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.b - m.a !== 1 || m.hit || m.basis === 'defined' || m.basis === 'gazetteer') continue;
    const w = toks[m.a]!;
    if (w.kind !== 'word' || w.upper || w.norm.length < 4) continue;
    let long = answers.get(w.norm);
    if (long === undefined) {
      long = null;
      for (const body of bodies.get(w.norm.slice(0, 2))?.values() ?? [])
        if (spells(w.norm, body.words)) {
          long = ctx.textOf(body.m.a, body.m.b);
          break;
        }
      answers.set(w.norm, long);
    }
    if (long) define(m, 'ORGANIZATION', long);
  }
}

/** `blend` is prefixes of `words` in order, covering the first two words at least. */
function spells(blend: string, words: readonly string[]): boolean {
  // The states (i, j): blend[0, i) is spelt by words[0, j), kept as i * width + j; iterative, no recursion.
  const width = words.length + 1;
  let reach = new Set<number>([0]);
  while (reach.size) {
    const next = new Set<number>();
    for (const key of reach) {
      const i = Math.floor(key / width);
      const j = key % width;
      if (i === blend.length && j >= 2) return true;
      const word = words[j];
      if (!word) continue;
      for (let len = j === 0 ? 2 : 1; len <= word.length && i + len <= blend.length; len++) {
        if (blend.charCodeAt(i + len - 1) !== word.charCodeAt(len - 1)) break;
        next.add((i + len) * width + j + 1);
      }
    }
    reach = next;
  }
  return false;
}
