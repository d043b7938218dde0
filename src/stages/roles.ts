import type { Doc, Stage } from '../doc.js';
import type { Cluster, Entity, Role } from '../schema/layers.js';
import * as L from '../rules/gazetteers/lexicon.js';
import { ROLE_RULES } from '../rules/roles.js';
import type { Tok } from './entities.js';

type RoleRuleId = (typeof ROLE_RULES)[number]['id'];

// Lower-case words that continue a title's portfolio: `untuk Kerja Sama …`, `Bidang …`, `urusan …`.
const TITLE_GLUE = new Set([
  'untuk',
  'bidang',
  'urusan',
  'dan',
  'luar',
  'biasa',
  'berkuasa',
  'penuh',
  'di',
  'pada',
  'of',
  'for',
  'the',
  'and',
  'ad',
  'interim',
]);

const PLURAL = new Set(['para', 'seluruh', 'semua', 'sejumlah', 'beberapa', 'kedua', 'ketiga']);

/** Service marks after a rank (`Laksamana TNI`, `Irjen Pol`, `Mayjen TNI (Purn)`). */
const RANK_MARKS = new Set(['tni', 'polri', 'pol', 'ad', 'al', 'au', 'purn']);

/**
 * From token `k` right after a title, past what may stand between it and the holder's name: the
 * title's bracketed acronym (`(Kasal)`), ranks with their service and corps marks, and honorifics
 * with their dots (`Laksamana TNI Dr. Muhammad Ali`, `Kolonel Inf Troy`).
 */
function skipToName(toks: readonly Tok[], k: number): number {
  const from = k;
  // `Wakil Menteri Keuangan (Wamenkeu), Anggito`, `Kepala Biro … (Karo Infohan) Brigjen TNI Frega`: the title's
  // short form in brackets (one to three capitalised words), then perhaps a comma, stand before the name.
  if (toks[k]?.text === '(') {
    let q = k + 1;
    while (q < toks.length && q - k <= 3 && toks[q]!.kind === 'word' && toks[q]!.cap) q++;
    if (q > k + 1 && toks[q]?.text === ')') k = toks[q + 1]?.text === ',' ? q + 2 : q + 1;
  }
  let ranked = false;
  for (let steps = 0; steps < 8 && k < toks.length; steps++) {
    const u = toks[k]!;
    const n = u.norm;
    if (u.kind === 'word' && L.HONORIFICS.has(n) && !L.WEAK_HONORIFICS.has(n)) {
      ranked ||= L.RANKS.has(n);
      k++;
    } else if (ranked && u.kind === 'word' && (RANK_MARKS.has(n) || L.CORPS.has(n))) k++;
    else if (ranked && u.text === '(' && RANK_MARKS.has(toks[k + 1]?.norm ?? '') && toks[k + 2]?.text === ')') k += 3;
    else if (u.text === '.' && k > from && !u.spaceBefore) k++;
    else break;
  }
  return k;
}

/**
 * How far a title's portfolio may run (`Wakil Menteri Luar Negeri untuk Kerja Sama Kawasan Asia Timur
 * dan Selatan, dan Asia Pasifik` is 17 tokens). Without a bound, a run of titles (`Menteri Menteri …`)
 * gives each one a span to the end of the run: output quadratic in the input.
 */
const MAX_PORTFOLIO_TOKENS = 40;

/** Titles as role spans with their holder and organisation (the `entityTokens` and `titles` layers). */
export function findRoles(doc: Doc): Role[] {
  const titles = doc.titles;
  if (titles.length === 0 || !doc.entityTokens) return [];
  const { toks, sent, initial } = doc.entityTokens;
  const ents = doc.entities;
  let clusterById: Map<string, Cluster> | null = null;
  const clusterOf = (id: string): Cluster | undefined =>
    (clusterById ??= new Map(doc.clusters.map((c) => [c.id, c]))).get(id);
  const tokAt = (start: number): number | undefined => {
    let lo = 0;
    let hi = toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = toks[mid]!.start;
      if (s === start) return mid;
      if (s < start) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  // Entities are sorted and never overlap: index of the first one ending after `at`.
  const entFrom = (at: number): number => {
    let lo = 0;
    let hi = ents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ents[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The entity starting (ending) exactly at an offset: found by the same search, not by maps of every entity.
  const entAt = (start: number): Entity | undefined => {
    const e = ents[entFrom(start)];
    return e && e.start === start ? e : undefined;
  };
  const entEndAt = (end: number): Entity | undefined => {
    const e = ents[entFrom(end - 1)];
    return e && e.end === end ? e : undefined;
  };
  const within = (start: number, end: number, ok: (e: Entity) => boolean): Entity | undefined => {
    for (let x = entFrom(start); x < ents.length && ents[x]!.start < end; x++) {
      const e = ents[x]!;
      if (e.start >= start && e.end <= end && ok(e)) return e;
    }
    return undefined;
  };
  const isPerson = (e: Entity | undefined): boolean => !!e && e.type === 'PERSON';

  const found: {
    role: Role;
    titleId: string;
    headOfState: boolean;
    orgHint?: string;
    sent: number;
    a: number;
    b: number;
  }[] = [];
  for (const t of titles) {
    // `para Menteri`, `seluruh Gubernur`: a plural title names no one.
    if (PLURAL.has(toks[t.a - 1]?.norm ?? '')) continue;
    // Extend over the portfolio: capitalised words, entities that are not persons, glue words,
    // and `, dan Asia Pasifik` continuations; stop before a person or a comma + name.
    let b = t.b;
    while (b < toks.length && b - t.b < MAX_PORTFOLIO_TOKENS) {
      const u = toks[b]!;
      const e = entAt(u.start);
      if (isPerson(e)) break;
      if (sent[b] !== sent[t.a]) break;
      // A rank or honorific starts the holder's name, not the portfolio (`Kasal | Laksamana TNI Dr. Muhammad Ali`).
      if (u.kind === 'word' && u.cap && L.HONORIFICS.has(u.norm) && !L.WEAK_HONORIFICS.has(u.norm)) break;
      if (e && e.type !== 'PERSON') {
        b = advanceTo(toks, b, e.end);
        continue;
      }
      // `Perdana Menteri (PM) Malaysia, Anwar Ibrahim`: the title's short form in brackets, then more portfolio.
      if (u.text === '(' && toks[b + 2]?.text === ')' && toks[b + 1]!.cap) {
        const after = toks[b + 3];
        const ae = after ? entAt(after.start) : undefined;
        if (ae && ae.type !== 'PERSON' && sent[b + 3] === sent[t.a]) {
          b += 3;
          continue;
        }
      }
      if (u.kind === 'word' && u.cap && initial[b] !== 1) {
        b++;
        continue;
      }
      if (
        u.kind === 'word' &&
        TITLE_GLUE.has(u.norm) &&
        (toks[b + 1]?.cap || TITLE_GLUE.has(toks[b + 1]?.norm ?? ''))
      ) {
        b++;
        continue;
      }
      if (u.text === ',' && toks[b + 1]?.norm === 'dan' && toks[b + 2]?.cap && !isPerson(entAt(toks[b + 2]!.start))) {
        b += 2;
        continue;
      }
      if (u.text === ',' && toks[b + 1]?.cap && !isPerson(entAt(toks[b + 1]!.start)) && toks[b + 2]?.norm === 'dan') {
        b++;
        continue;
      }
      break;
    }
    // Trim trailing glue and punctuation.
    while (b > t.b && (toks[b - 1]!.kind !== 'word' || TITLE_GLUE.has(toks[b - 1]!.norm))) b--;
    // A title inside a longer organisation name (`Dewan Perwakilan`) is not a role.
    const around = ents[entFrom(toks[t.a]!.start)];
    const inside =
      around && around.start <= toks[t.a]!.start && around.end >= toks[t.b - 1]!.end && around.type !== 'PERSON';
    if (inside) continue;
    const start = toks[t.a]!.start;
    const end = toks[b - 1]!.end;

    // Holder: the person right after (`Dirjen Arto`, `…, Sidharto`) or right before (`Morgulov, Wakil …`).
    let holder: string | null = null;
    let rule: RoleRuleId = 'role.alone';
    // The holder's name stands before the title (`Morgulov, Wakil …`).
    let holderBefore = false;
    let k = b;
    if (toks[k]?.text === ',') k++;
    k = skipToName(toks, k);
    const afterEnt = toks[k] ? entAt(toks[k]!.start) : undefined;
    if (isPerson(afterEnt)) {
      holder = afterEnt!.cluster;
      rule = 'role.title-name';
    } else if (toks[t.a - 1]?.text === ',' && t.a >= 2) {
      const before = entEndAt(toks[t.a - 2]!.end);
      if (isPerson(before)) {
        holder = before!.cluster;
        holderBefore = true;
        rule = 'role.name-title';
      }
    } else if (t.a >= 1 && sent[t.a - 1] !== sent[t.a]) {
      // A sign-off: the name is the line before the title (`Deni Surjantoro` ⏎ `Kepala Biro …`).
      const before = entEndAt(toks[t.a - 1]!.end);
      const from = before ? tokAt(before.start) : undefined;
      if (isPerson(before) && from !== undefined && (from === 0 || sent[from - 1] !== sent[from])) {
        holder = before!.cluster;
        rule = 'role.signature';
      }
    }
    // A country right before a head-of-state title: `Presiden Rusia`.
    // A body with a head word, or one a definition named (`Ketua KSP Nasari` after `Koperasi Simpan Pinjam (KSP)
    // Nasari`).
    const org = within(
      start,
      end,
      (e) => e.type === 'ORGANIZATION' && (L.ORG_HEADS.has(firstWord(e.text)) || e.rule === 'ent.acronym-def'),
    );
    const country = within(start, end, (e) => e.type === 'LOCATION' && !!clusterOf(e.cluster)?.country);
    let organization: string | null = org?.cluster ?? null;
    // A foreign country inside any title (`Dubes Turkmenistan untuk Malaysia`) is the body the holder serves:
    // the publishing ministry fallback below must not claim a foreign envoy.
    if (!organization && country && (t.hit.title.headOfState || clusterOf(country.cluster)?.country !== 'IDN'))
      organization = country.cluster;
    if (!organization && holderBefore) {
      // `Kementerian Luar Negeri Rusia, Igor Morgulov, Wakil Menteri …`: the body named before the holder.
      const h = ents.find((e) => e.cluster === holder && (e.end === toks[t.a - 2]?.end || e.start === toks[k]?.start));
      if (h) {
        const hk = tokAt(h.start);
        const prev =
          hk !== undefined && hk >= 2 && toks[hk - 1]!.text === ',' ? entEndAt(toks[hk - 2]!.end) : undefined;
        if (prev && prev.type === 'ORGANIZATION') organization = prev.cluster;
      }
    }
    found.push({
      role: { start, end, text: doc.text.slice(start, end), holder, organization, rule },
      titleId: t.hit.title.id,
      headOfState: !!t.hit.title.headOfState,
      ...(t.hit.title.org ? { orgHint: t.hit.title.org } : {}),
      sent: sent[t.a]!,
      a: t.a,
      b,
    });
  }

  // Titles alone: the one holder of the same title elsewhere, else the one person who holds any title.
  // A holder named right after the title outweighs one found by other shapes (`Name, Title`), which misread more.
  const holdersOf = new Map<string, Set<string>>();
  const add = (f: (typeof found)[number]) =>
    (holdersOf.get(f.titleId) ?? holdersOf.set(f.titleId, new Set()).get(f.titleId)!).add(f.role.holder!);
  for (const f of found) if (f.role.holder && f.role.rule === 'role.title-name') add(f);
  const named = new Set(holdersOf.keys());
  for (const f of found) if (f.role.holder && !named.has(f.titleId)) add(f);
  // Of several holders, a bare short title (`Wamenaker`, `Menkeu`, `Presiden`) is the first one the release
  // introduced before it: the publisher's own official comes first, counterparts later and with their country
  // (`Menkeu Jerman Jörg Kukies`); a qualified title (`Menteri Keuangan Australia`, `Kepala BPPK`) is not resolved so.
  const resolved = new Map<(typeof found)[number], string>();
  for (const f of found) {
    if (f.role.holder) continue;
    const same = holdersOf.get(f.titleId);
    if (!same) continue;
    if (same.size === 1) resolved.set(f, [...same][0]!);
    else if (!f.role.text.includes(' ')) {
      let first: (typeof found)[number] | null = null;
      for (const g of found)
        if (
          g.titleId === f.titleId &&
          g.role.holder &&
          g.role.start < f.role.start &&
          (!first || g.role.start < first.role.start)
        )
          first = g;
      if (first) resolved.set(f, first.role.holder!);
    }
  }
  for (const [f, holder] of resolved) f.role.holder = holder;
  // Organisation fallbacks: the title's own body in an Indonesian text, else the publishing ministry.
  const idnMinistries = doc.clusters.filter(
    (c) => c.type === 'ORGANIZATION' && c.country === 'IDN' && c.ref?.startsWith('idn.'),
  );
  for (const f of found) {
    if (f.role.organization) continue;
    const own = f.orgHint ? doc.clusters.find((c) => c.ref === f.orgHint) : undefined;
    if (own) f.role.organization = own.id;
    else if (
      !f.headOfState &&
      f.role.holder &&
      idnMinistries.length === 1 &&
      clusterOf(f.role.holder)?.type === 'PERSON'
    ) {
      // Only for a holder no foreign body was tied to.
      const tiedAbroad = found.some(
        (g) =>
          g.role.holder === f.role.holder && g.role.organization && clusterOf(g.role.organization)?.country !== 'IDN',
      );
      if (!tiedAbroad) f.role.organization = idnMinistries[0]!.id;
    }
  }
  return found.map((f) => f.role).filter((r) => r.holder !== null || /^\p{Lu}/u.test(r.text));
}

const SPACE = /\s/;
function firstWord(text: string): string {
  const m = SPACE.exec(text);
  return (m ? text.slice(0, m.index) : text).toLowerCase();
}

function advanceTo(toks: readonly Tok[], k: number, end: number): number {
  while (k < toks.length && toks[k]!.start < end) k++;
  return k;
}

/** Roles: job titles with holder and organisation, Indonesian documents only. */
export const rolesStage: Stage = {
  name: 'roles',
  requires: ['entityTokens', 'titles', 'entities', 'clusters'],
  assigns: ['roles'],
  indonesianOnly: true,
  run(doc) {
    doc.roles = findRoles(doc);
  },
};
