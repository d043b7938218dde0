import type { Doc } from '../doc.js';
import type { Cluster, Entity } from '../schema/record.js';
import { BY_REF } from '../rules/gazetteers/index.js';
import * as L from '../rules/gazetteers/lexicon.js';
import type { EntityAnalysis, Mention } from './entities.js';

const EDITION_SUFFIX = /\s+ke-\d+$/i;

/** Readable, stable id: the canonical name as a slug (`kementerian-luar-negeri-rusia`). */
export function slug(s: string): string {
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

/** Initials of the capitalised words of a name (`Eurasian Economic Community` → `EEC`). */
function initials(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => w && !L.NAME_CONNECTORS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0]))
    .join('')
    .toUpperCase();
}

interface Group {
  key: string;
  members: Mention[];
  texts: string[];
  ref?: string;
  country?: string;
  canonical?: string;
}

/**
 * Groups mentions into clusters: same gazetteer entry; an acronym with the name it was defined by
 * or whose initials it is; a short name (`Arto`, a surname) with the one longer name that contains
 * it; otherwise the same type and text. Unqualified `Kementerian Luar Negeri` is the gazetteer's
 * Indonesian ministry; `Kementerian Luar Negeri Rusia` carries RUS and is another entity.
 */
export function buildClusters(doc: Doc, analysis: EntityAnalysis): { entities: Entity[]; clusters: Cluster[] } {
  const { mentions } = analysis;
  const groups = new Map<string, Group>();
  const keyOf = new Map<Mention, string>();
  const text = (m: Mention) => doc.text.slice(m.start, m.end);
  const plain = (m: Mention) => text(m).replace(EDITION_SUFFIX, '').replace(/\s+/g, ' ');

  const byText = new Map<string, Group>();
  const add = (key: string, m: Mention) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, members: [], texts: [] }));
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
    keyOf.set(m, key);
  };

  // 1. Gazetteer names and plain surfaces.
  const deferred: Mention[] = [];
  for (const m of mentions) {
    if (m.hit && !(m.rule === 'ent.acronym-def')) add(`ref:${m.hit.ref}`, m);
    else if (m.definedBy || m.type === 'PERSON') deferred.push(m);
    else add(`${m.type}:${plain(m).toLowerCase()}`, m);
  }
  // 2. Persons: longest names first, then shorter ones that one longer name contains.
  const persons = deferred.filter((m) => !m.definedBy).sort((x, y) => plain(y).length - plain(x).length);
  const personKeys: { key: string; tokens: string[] }[] = [];
  for (const m of persons) {
    const words = plain(m).toLowerCase().split(/[\s.]+/).filter((w) => w.length > 1);
    const own = `PERSON:${plain(m).toLowerCase()}`;
    if (groups.has(own) || words.length === 0) {
      add(own, m);
      continue;
    }
    const host = personKeys.filter((p) => words.every((w) => p.tokens.some((t) => t === w || (w.length >= 4 && t.length > w.length && t.endsWith(w)))));
    if (host.length === 1) add(host[0]!.key, m);
    else {
      add(own, m);
      personKeys.push({ key: own, tokens: words });
    }
  }
  // 3. Acronyms: with the long name they were defined by, else one whose initials they are.
  for (const m of deferred.filter((d) => d.definedBy)) {
    const longKey = byText.get(m.definedBy!.replace(/\s+/g, ' '));
    add(longKey ? longKey.key : `${m.type}:${plain(m).toLowerCase()}`, m);
  }
  for (const g of [...groups.values()]) {
    if (g.members.length === 0 || g.ref) continue;
    const t = g.texts[0]!;
    if (!/^\p{Lu}{2,6}$/u.test(t)) continue;
    const long = [...groups.values()].filter((h) => h !== g && h.members[0]!.type === g.members[0]!.type && h.texts.some((x) => x.includes(' ') && initials(x) === t));
    if (long.length === 1) {
      for (const m of g.members) add(long[0]!.key, m);
      groups.delete(g.key);
    }
  }

  // Clusters with readable ids, in order of first mention.
  const used = new Set<string>();
  const idOf = new Map<string, string>();
  const clusters: Cluster[] = [];
  const first = (g: Group) => g.members.reduce((min, m) => Math.min(min, m.start), Infinity);
  const ordered = [...groups.values()]
    .filter((g) => g.members.length > 0)
    .map((g) => ({ g, at: first(g) }))
    .sort((x, y) => x.at - y.at)
    .map((x) => x.g);
  for (const g of ordered) {
    const type = g.members[0]!.type;
    const refEntry = g.ref ? BY_REF.get(g.ref) : undefined;
    const longest = [...g.texts].sort((x, y) => y.length - x.length)[0]!;
    const canonical = g.canonical ?? refEntry?.canonical ?? longest;
    let id = slug(canonical);
    for (let k = 2; used.has(id); k++) id = `${slug(canonical)}-${k}`;
    used.add(id);
    idOf.set(g.key, id);
    const country = g.country ?? refEntry?.country;
    clusters.push({
      id,
      type,
      canonical,
      aliases: g.texts.filter((t) => t !== canonical),
      ...(country ? { country } : {}),
      ...(g.ref ? { ref: g.ref } : {}),
    });
  }
  const hasSentences = doc.sentences.length > 0;
  const entities: Entity[] = mentions.map((m) => ({
    start: m.start,
    end: m.end,
    text: doc.text.slice(m.start, m.end),
    type: groups.get(keyOf.get(m)!)?.members[0]?.type ?? m.type,
    cluster: idOf.get(keyOf.get(m)!)!,
    sentence: hasSentences ? doc.sentenceAt(m.start) : 0,
    rule: m.rule,
  }));
  return { entities, clusters };
}
