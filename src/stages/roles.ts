import type { Doc, Stage } from '../doc.js';
import type { Entity, Role } from '../schema/record.js';
import type { RuleMeta } from '../schema/rule.js';
import * as L from '../rules/gazetteers/lexicon.js';
import { analyse, entityCache, type EntityAnalysis } from './entities.js';

/** Role rules; their examples are run by test/entities.test.ts (holder given as the entity text). */
export const ROLE_RULES = [
  {
    id: 'role.title-name',
    description: 'A title followed by the holder’s name, with or without a comma: `Direktur Jenderal Kerja Sama ASEAN, Sidharto R. Suryodipuro`, `Dirjen Arto`.',
    examples: [
      { text: 'disampaikan Direktur Jenderal Kerja Sama ASEAN, Sidharto R. Suryodipuro pada pembukaan.', expect: ['Direktur Jenderal Kerja Sama ASEAN'] },
      { text: 'Kunjungan Presiden Joko Widodo ke Jepang.', expect: ['Presiden'] },
    ],
  },
  {
    id: 'role.name-title',
    description: 'A name followed by `, Title …` (appositive): `Igor Morgulov, Wakil Menteri Luar Negeri …`.',
    examples: [{ text: 'bersama pejabat Rusia, Igor Morgulov, Wakil Menteri Luar Negeri untuk Kerja Sama Kawasan Asia Timur.', expect: ['Wakil Menteri Luar Negeri untuk Kerja Sama Kawasan Asia Timur'] }],
  },
  {
    id: 'role.alone',
    description: 'A title standing alone gets the holder of the same title elsewhere in the text when only one person holds it.',
    examples: [
      { text: 'Menteri Luar Negeri Retno Marsudi hadir. Menlu menyampaikan sambutan.', expect: ['Menlu'] },
      { text: 'Para Menteri hadir.', expect: [] },
    ],
  },
] as const satisfies readonly RuleMeta[];
type RoleRuleId = (typeof ROLE_RULES)[number]['id'];

// Lower-case words that continue a title's portfolio: `untuk Kerja Sama …`, `Bidang …`, `urusan …`.
const TITLE_GLUE = new Set(['untuk', 'bidang', 'urusan', 'dan', 'luar', 'biasa', 'berkuasa', 'penuh', 'di', 'pada', 'of', 'for', 'the', 'and', 'ad', 'interim']);

const PLURAL = new Set(['para', 'seluruh', 'semua', 'sejumlah', 'beberapa', 'kedua', 'ketiga']);

/** Titles as role spans with their holder and organisation. */
export function findRoles(doc: Doc, analysis: EntityAnalysis): Role[] {
  const { toks, titles } = analysis;
  const ents = doc.entities;
  const entAt = new Map<number, Entity>();
  const entEndAt = new Map<number, Entity>();
  for (const e of ents) {
    entAt.set(e.start, e);
    entEndAt.set(e.end, e);
  }
  const typeOf = new Map(doc.clusters.map((c) => [c.id, c.type]));
  const tokAt = new Map<number, number>();
  toks.forEach((t, k) => tokAt.set(t.start, k));
  const isPerson = (e: Entity | undefined): boolean => !!e && e.type === 'PERSON';

  const found: { role: Role; titleId: string; headOfState: boolean; orgHint?: string; sent: number; a: number; b: number }[] = [];
  for (const t of titles) {
    // `para Menteri`, `seluruh Gubernur`: a plural title names no one.
    if (PLURAL.has(toks[t.a - 1]?.norm ?? '')) continue;
    // Extend over the portfolio: capitalised words, entities that are not persons, glue words,
    // and `, dan Asia Pasifik` continuations; stop before a person or a comma + name.
    let b = t.b;
    while (b < toks.length) {
      const u = toks[b]!;
      const e = entAt.get(u.start);
      if (isPerson(e)) break;
      if (u.sent !== toks[t.a]!.sent) break;
      if (e && e.type !== 'PERSON') {
        b = tokAt.get(e.end) !== undefined ? tokAt.get(e.end)! : advanceTo(toks, b, e.end);
        continue;
      }
      if (u.kind === 'word' && u.cap && !u.initial) {
        b++;
        continue;
      }
      if (u.kind === 'word' && TITLE_GLUE.has(u.norm) && (toks[b + 1]?.cap || TITLE_GLUE.has(toks[b + 1]?.norm ?? ''))) {
        b++;
        continue;
      }
      if (u.text === ',' && toks[b + 1]?.norm === 'dan' && toks[b + 2]?.cap && !isPerson(entAt.get(toks[b + 2]!.start))) {
        b += 2;
        continue;
      }
      if (u.text === ',' && toks[b + 1]?.cap && !isPerson(entAt.get(toks[b + 1]!.start)) && toks[b + 2]?.norm === 'dan') {
        b++;
        continue;
      }
      break;
    }
    // Trim trailing glue and punctuation.
    while (b > t.b && (toks[b - 1]!.kind !== 'word' || TITLE_GLUE.has(toks[b - 1]!.norm))) b--;
    // A title inside a longer organisation name (`Dewan Perwakilan`) is not a role.
    const inside = ents.find((e) => e.start <= toks[t.a]!.start && e.end >= toks[t.b - 1]!.end && e.type !== 'PERSON');
    if (inside) continue;
    const start = toks[t.a]!.start;
    const end = toks[b - 1]!.end;

    // Holder: the person right after (`Dirjen Arto`, `…, Sidharto`) or right before (`Morgulov, Wakil …`).
    let holder: string | null = null;
    let rule: RoleRuleId = 'role.alone';
    let k = b;
    if (toks[k]?.text === ',') k++;
    const afterEnt = toks[k] ? entAt.get(toks[k]!.start) : undefined;
    if (isPerson(afterEnt)) {
      holder = afterEnt!.cluster;
      rule = 'role.title-name';
    } else if (toks[t.a - 1]?.text === ',' && t.a >= 2) {
      const before = entEndAt.get(toks[t.a - 2]!.end);
      if (isPerson(before)) {
        holder = before!.cluster;
        rule = 'role.name-title';
      }
    }
    // A country right before a head-of-state title: `Presiden Rusia`.
    const org = ents.find((e) => e.start >= start && e.end <= end && e.type === 'ORGANIZATION' && L.ORG_HEADS.has(e.text.split(/\s/)[0]!.toLowerCase()));
    const country = ents.find((e) => e.start >= start && e.end <= end && e.type === 'LOCATION' && doc.clusters.find((c) => c.id === e.cluster)?.country);
    let organization: string | null = org?.cluster ?? null;
    if (!organization && t.hit.title.headOfState && country) organization = country.cluster;
    if (!organization && holder && rule === 'role.name-title') {
      // `Kementerian Luar Negeri Rusia, Igor Morgulov, Wakil Menteri …`: the body named before the holder.
      const h = ents.find((e) => e.cluster === holder && (e.end === toks[t.a - 2]?.end || e.start === toks[k]?.start));
      if (h) {
        const hk = tokAt.get(h.start);
        const prev = hk !== undefined && hk >= 2 && toks[hk - 1]!.text === ',' ? entEndAt.get(toks[hk - 2]!.end) : undefined;
        if (prev && prev.type === 'ORGANIZATION') organization = prev.cluster;
      }
    }
    found.push({
      role: { start, end, text: doc.text.slice(start, end), holder, organization, rule },
      titleId: t.hit.title.id,
      headOfState: !!t.hit.title.headOfState,
      ...(t.hit.title.org ? { orgHint: t.hit.title.org } : {}),
      sent: toks[t.a]!.sent,
      a: t.a,
      b,
    });
  }

  // Titles alone: the one holder of the same title elsewhere, else the one person who holds any title.
  const holdersOf = new Map<string, Set<string>>();
  for (const f of found) if (f.role.holder) (holdersOf.get(f.titleId) ?? holdersOf.set(f.titleId, new Set()).get(f.titleId)!).add(f.role.holder);
  const titled = new Set(found.map((f) => f.role.holder).filter((h): h is string => !!h));
  for (const f of found) {
    if (f.role.holder) continue;
    const same = holdersOf.get(f.titleId);
    if (same && same.size === 1) f.role.holder = [...same][0]!;
  }
  // Organisation fallbacks: the title's own body in an Indonesian text, else the publishing ministry.
  const idnMinistries = doc.clusters.filter((c) => c.type === 'ORGANIZATION' && c.country === 'IDN' && c.ref?.startsWith('idn.'));
  for (const f of found) {
    if (f.role.organization) continue;
    const own = f.orgHint ? doc.clusters.find((c) => c.ref === f.orgHint) : undefined;
    if (own) f.role.organization = own.id;
    else if (!f.headOfState && f.role.holder && idnMinistries.length === 1 && typeOf.get(f.role.holder) === 'PERSON') {
      // Only for a holder no foreign body was tied to.
      const tiedAbroad = found.some((g) => g.role.holder === f.role.holder && g.role.organization && doc.clusters.find((c) => c.id === g.role.organization)?.country !== 'IDN');
      if (!tiedAbroad) f.role.organization = idnMinistries[0]!.id;
    }
  }
  void titled;
  return found.map((f) => f.role).filter((r) => r.holder !== null || /^\p{Lu}/u.test(r.text));
}

function advanceTo(toks: EntityAnalysis['toks'], k: number, end: number): number {
  while (k < toks.length && toks[k]!.start < end) k++;
  return k;
}

/** Roles: job titles with holder and organisation, Indonesian documents only. */
export const rolesStage: Stage = {
  name: 'roles',
  requires: ['entities', 'clusters'],
  assigns: ['roles'],
  indonesianOnly: true,
  run(doc) {
    const analysis = entityCache.get(doc) ?? analyse(doc);
    doc.roles = findRoles(doc, analysis);
  },
};
