import type { Doc } from '../doc.js';
import type { Cluster, Entity } from '../schema/layers.js';
import { BY_REF, GAZETTEER } from '../rules/gazetteers/index.js';
import { tokenize } from '../text/tokens.js';
import { foldPunctuation } from '../text/view.js';
import * as L from '../rules/gazetteers/lexicon.js';
import type { Mention } from './entities/mention.js';

const EDITION_SUFFIX = /\s+ke-\d+$/i;
const SPACE_RUN = /\s\s|[^\S ]/;
const SPACES = /\s+/g;

/** Readable, stable id: the canonical name as a slug (`kementerian-luar-negeri-rusia`). */
const SLUG_PLAIN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, NUL included, is the point
const ASCII = /^[\x00-\x7f]*$/;
export function slug(s: string): string {
  const low = s.toLowerCase();
  if (SLUG_PLAIN.test(low)) return low;
  if (ASCII.test(s)) return asciiSlug(low);
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entity'
  );
}

/**
 * `slug` of a lower-cased ASCII name in one pass: `'` dropped, every other run of non-alphanumerics one `-`, none at
 * the ends.
 */
function asciiSlug(low: string): string {
  let out = '';
  let gap = false;
  let i = 0;
  while (i < low.length) {
    if (!isAsciiAlnum(low.charCodeAt(i))) {
      if (low.charCodeAt(i) !== 39) gap = true;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < low.length && isAsciiAlnum(low.charCodeAt(j))) j++;
    // Whole runs, not characters: each `+=` of a short string makes a new one.
    out = gap && out.length > 0 ? `${out}-${low.slice(i, j)}` : out + low.slice(i, j);
    gap = false;
    i = j;
  }
  return out || 'entity';
}
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Initials of the capitalised words of a name (`Eurasian Economic Community` → `EEC`). */
function initials(text: string): string {
  if (ASCII.test(text)) return asciiInitials(text);
  return text
    .split(/[\s-]+/)
    .filter((w) => w && !L.NAME_CONNECTORS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0]))
    .join('')
    .toUpperCase();
}

/**
 * `initials` of an ASCII name in one pass: A-Z are its only upper-case letters, so no Unicode regular expressions, word
 * arrays or upper-casing.
 */
function asciiInitials(text: string): string {
  let out = '';
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // Separators as in `split(/[\s-]+/)`: ASCII white space and `-`.
    if (c === 32 || c === 45 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const start = i;
    let allUpper = true;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c === 32 || c === 45 || (c >= 9 && c <= 13)) break;
      if (c < 65 || c > 90) allUpper = false;
      i++;
    }
    const first = text.charCodeAt(start);
    if (first < 65 || first > 90) continue;
    const word = text.slice(start, i);
    if (L.NAME_CONNECTORS.has(word.toLowerCase())) continue;
    out += allUpper && i - start >= 2 ? word : word[0];
  }
  return out;
}

/**
 * Words of a lower-cased person name longer than one letter, split at spaces and dots
 * (`sidharto r. suryodipuro` → sidharto, suryodipuro). A `plain` surface has no white space but
 * single spaces, so this is `split(/[\s.]+/)` without a regular expression.
 */
function nameWords(low: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i <= low.length; i++) {
    if (i < low.length && low.charCodeAt(i) !== 32 && low.charCodeAt(i) !== 46) continue;
    if (i - start > 1) words.push(low.slice(start, i));
    start = i + 1;
  }
  return words;
}

/** Every word of a shorter name is a word of the longer one or, from four letters, its end (`Arto` in `Suharto`). */
function containedIn(tokens: readonly string[], words: readonly string[]): boolean {
  for (const w of words) {
    let found = false;
    for (const t of tokens) {
      if (t === w || (w.length >= 4 && t.length > w.length && t.endsWith(w))) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/**
 * A name's form with its known parts read as gazetteer entries and each run of other words as its initials
 * (`Komisi X DPR RI` → `KX|ref:…dpr|ref:…idn`), or null when it has no known part or no other words (then a
 * form says nothing beyond the name).
 */
function knownPartsForm(name: string): string | null {
  const toks = tokenize(foldPunctuation(name), name).filter((t) => t.kind === 'word');
  const norms = toks.map((t) => t.norm);
  const parts: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length) parts.push(initials(run.join(' ')));
    run = [];
  };
  let refs = 0;
  for (let k = 0; k < toks.length;) {
    const hit = GAZETTEER.match(norms, k, (v, a, b) => !v.exact || (b === a + 1 && toks[a]!.text === v.exact));
    if (hit) {
      // `RI`, `Republik Indonesia` after a national body are optional in its name (`DPR RI`).
      const country = hit.value.type === 'LOCATION' && hit.value.country === 'IDN' && parts.length > 0;
      if (!country) {
        endRun();
        parts.push(`ref:${hit.value.ref}`);
        refs++;
      }
      k = hit.end;
      continue;
    }
    run.push(toks[k]!.text);
    k++;
  }
  endRun();
  // One letter says too little (`Pemkot Batam` and `Polres Batam` would agree).
  if (parts.some((p) => !p.startsWith('ref:') && p.length < 2)) return null;
  return refs > 0 && parts.length > refs ? parts.join('|').toUpperCase() : null;
}

/** A cluster being built: its mentions and surfaces; a mention points to its group (`Mention.group`). */
export interface Group {
  key: string;
  members: Mention[];
  texts: string[];
  ref?: string;
  country?: string;
  canonical?: string;
  /** The cluster's id, once assigned. */
  id?: string;
}

/**
 * Groups mentions into clusters: same gazetteer entry; an acronym with the name it was defined by
 * or whose initials it is; a short name (`Arto`, a surname) with the one longer name that contains
 * it; otherwise the same type and text. Unqualified `Kementerian Luar Negeri` is the gazetteer's
 * Indonesian ministry; `Kementerian Luar Negeri Rusia` carries RUS and is another entity.
 */
export function buildClusters(doc: Doc, mentions: readonly Mention[]): { entities: Entity[]; clusters: Cluster[] } {
  const groups = new Map<string, Group>();
  const plain = (m: Mention): string => {
    let p = m.plain;
    if (p === undefined) {
      p = doc.text.slice(m.start, m.end);
      if (p.includes(' ke-') || p.includes(' Ke-')) p = p.replace(EDITION_SUFFIX, '');
      if (SPACE_RUN.test(p)) p = p.replace(SPACES, ' ');
      m.plain = p;
    }
    return p;
  };

  const byText = new Map<string, Group>();
  const add = (key: string, m: Mention) => {
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = { key, members: [], texts: [], ref: undefined, country: undefined, canonical: undefined, id: undefined }),
      );
    g.members.push(m);
    const t = plain(m);
    if (!g.texts.includes(t)) g.texts.push(t);
    if (!byText.has(t)) byText.set(t, g);
    if (m.hit && !g.ref) {
      g.ref = m.hit.ref;
      g.canonical = m.hit.canonical;
      if (m.hit.country) g.country = m.hit.country;
    }
    if (m.country && !g.country) g.country = m.country;
    m.group = g;
  };

  // 1. Gazetteer names and plain surfaces; persons and defined acronyms wait for steps 2 and 3.
  const persons: Mention[] = [];
  const defined: Mention[] = [];
  for (const m of mentions) {
    if (m.hit && m.basis !== 'defined') add(`ref:${m.hit.ref}`, m);
    else if (m.definedBy) defined.push(m);
    else if (m.type === 'PERSON') persons.push(m);
    else add(`${m.type}:${plain(m).toLowerCase()}`, m);
  }
  // 2. Persons: longest names first, then shorter ones that one longer name contains.
  persons.sort((x, y) => plain(y).length - plain(x).length);
  const personKeys: { key: string; tokens: string[] }[] = [];
  for (const m of persons) {
    const low = plain(m).toLowerCase();
    const own = `PERSON:${low}`;
    const words = groups.has(own) ? [] : nameWords(low);
    if (words.length === 0) {
      add(own, m);
      continue;
    }
    // The one longer name that contains this one, if exactly one does; of several, the one a single word opens
    // (`Prabowo` is `Prabowo Subianto`, not `Listyo Sigit Prabowo`: the press shortens to the first name).
    let host: { key: string } | null = null;
    let hosts = 0;
    let opened: { key: string } | null = null;
    let openers = 0;
    for (const p of personKeys) {
      if (!containedIn(p.tokens, words)) continue;
      host = p;
      hosts++;
      if (words.length === 1 && p.tokens[0] === words[0]) {
        opened = p;
        openers++;
      }
    }
    if (hosts > 1 && openers === 1) add(opened!.key, m);
    else if (hosts === 1) add(host!.key, m);
    else {
      add(own, m);
      personKeys.push({ key: own, tokens: words });
    }
  }
  // 3. Acronyms: with the long name they were defined by, else one whose initials they are.
  for (const m of defined) {
    const longKey = byText.get(m.definedBy!.replace(/\s+/g, ' '));
    add(longKey ? longKey.key : `${m.type}:${plain(m).toLowerCase()}`, m);
  }
  const acronymGroups: Group[] = [];
  for (const g of groups.values())
    if (g.members.length > 0 && !g.ref && ACRONYM.test(g.texts[0]!)) acronymGroups.push(g);
  const byInitials = new Map<string, Group[]>();
  if (acronymGroups.length > 0) {
    // Only a group of an acronym's type can take it (see the filter below).
    const acronymTypes = new Set<string>();
    for (const g of acronymGroups) acronymTypes.add(g.members[0]!.type);
    for (const h of groups.values()) {
      if (!acronymTypes.has(h.members[0]!.type)) continue;
      for (const x of h.texts) {
        if (!x.includes(' ')) continue;
        const ini = initials(x);
        const list = byInitials.get(ini);
        // Once per group: an earlier text of `h` with these initials put `h` last in the list.
        if (list && list[list.length - 1] === h) continue;
        if (list) list.push(h);
        else byInitials.set(ini, [h]);
      }
    }
  }
  for (const g of acronymGroups) {
    const t = g.texts[0]!;
    const long = (byInitials.get(t) ?? []).filter(
      (h) => h !== g && groups.has(h.key) && h.members[0]!.type === g.members[0]!.type,
    );
    if (long.length === 1) {
      for (const m of g.members) add(long[0]!.key, m);
      groups.delete(g.key);
    }
  }

  // 4. Organisations named two ways (`Komisi X DPR RI` / `Komisi X Dewan Perwakilan Rakyat Republik Indonesia`,
  // `IKA Unpad` / `Ikatan Keluarga Alumni Universitas Padjadjaran`): one body when their known parts are the same
  // gazetteer entries and the rest of one is the other's rest or its initials.
  const byForm = new Map<string, Group>();
  for (const g of [...groups.values()]) {
    if (g.ref || g.members[0]!.type !== 'ORGANIZATION' || !groups.has(g.key)) continue;
    for (const t of g.texts) {
      const form = knownPartsForm(t);
      if (!form) continue;
      const other = byForm.get(form);
      if (other && other !== g && groups.has(other.key)) {
        for (const m of g.members) add(other.key, m);
        groups.delete(g.key);
        break;
      }
      byForm.set(form, g);
    }
  }

  // Clusters with readable ids, in order of first mention.
  const used = new Set<string>();
  const clusters: Cluster[] = [];
  // Mentions are sorted by start (and never overlap), so a group comes up first at its first
  // mention: the clusters are made in order of first mention without sorting the groups. A merged
  // group's mentions all point to the group that took them (`add`), so no mention leads to it.
  for (const m of mentions) {
    const g = m.group!;
    if (g.id !== undefined) continue;
    const type = g.members[0]!.type;
    const refEntry = g.ref ? BY_REF.get(g.ref) : undefined;
    let longest = g.texts[0]!;
    for (const t of g.texts) if (t.length > longest.length) longest = t;
    const canonical = g.canonical ?? refEntry?.canonical ?? longest;
    const base = slug(canonical);
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    g.id = id;
    const country = g.country ?? refEntry?.country;
    const cluster: Cluster = { id, type, canonical, aliases: g.texts.filter((t) => t !== canonical) };
    if (country) cluster.country = country;
    if (g.ref) cluster.ref = g.ref;
    clusters.push(cluster);
  }
  // Mentions are sorted by start, so their sentence indices are one forward walk.
  const sents = doc.sentences;
  let si = 0;
  const entities: Entity[] = new Array(mentions.length);
  for (let x = 0; x < mentions.length; x++) {
    const m = mentions[x]!;
    while (si + 1 < sents.length && sents[si + 1]!.start <= m.start) si++;
    entities[x] = {
      start: m.start,
      end: m.end,
      text: doc.text.slice(m.start, m.end),
      type: m.group!.members[0]!.type,
      cluster: m.group!.id!,
      sentence: si,
      rule: m.rule,
    };
  }
  return { entities, clusters };
}
