// One trigger to one draft commitment: its actors by voice, its status, and its content span.
import type { Commitment } from '../../schema/layers.js';
import { looksVerbal } from '../../text/morphology.js';
import type { EventCode, TriggerHit } from '../../rules/triggers.js';
import {
  CONTENT_LEAD,
  DETERMINERS,
  FORM_ADJECTIVES,
  FRONTED_ADJUNCTS,
  AUX,
  LIGHT_VERBS,
  NOT_PLEDGE_BEFORE,
  NOUN_CONTENT_LINKS,
  PARTY_HEADS,
  PREPOSITIONS,
  PURPOSE_HOSTS,
  PURPOSE_WORDS,
  EFFORT_NOUNS,
  RECEIVE_VERBS,
  SIGNING_LINKS,
  SUBORDINATE,
  VERB_COORDINATORS,
} from '../../rules/commitment-words.js';
import { APPEAL_LINKS, BOTH, PARTY_NOUNS } from './word-classes.js';
import { type Ctx, type Found, quoteAt } from './context.js';
import { agentRight, bothParties, partyLeft, partyRight } from './parties.js';
import { clauseSubject, skipAuxLeft, subjectOf } from './subject.js';
import { blocked, clauseEnd, nextWord, underPurpose } from './clause.js';
import { needsMet } from './needs.js';
import { TRIGGER, VERB_LIKE } from './lookup.js';

export interface Draft {
  c: Commitment;
  i: number;
  /** Token range of the content, [s, e). */
  s: number;
  e: number;
  how: Found['how'];
}

/** The draft commitment of the trigger `hit` at token `i`, pushed on `drafts` (which it may cut), if it is one. */
export function draftAt(ctx: Ctx, i: number, hit: TriggerHit, si: number, drafts: Draft[]): void {
  const { doc, m, toks, a } = ctx;
  const t = toks[i]!;
  // A capitalised trigger inside a sentence is part of a name (Nota Kesepakatan …).
  if (t.cap && i > a && toks[i - 1]!.norm !== '"' && !t.upper) return;
  const { rule, voice } = hit;
  if (!needsMet(ctx, i, rule) || blocked(ctx, i)) return;
  const inQuote = quoteAt(ctx.quotes, t.start);
  const aux = skipAuxLeft(ctx, i - 1);
  const prev = aux.j >= a ? toks[aux.j]!.norm : '';
  const enclosing = drafts.find((d) => d.s <= i && i < d.e);

  let found: Found | null = null;
  let target: string[] = [];
  let contentFrom = i + 1;
  const end = clauseEnd(ctx, i + 1, inQuote);

  if (voice === 'passive') {
    if (prev === 'yang' || (prev === 'telah' && toks[aux.j]?.norm === 'yang')) return;
    found = agentRight(ctx, i, end);
    if (!found && rule.passiveNeedsAgent) return;
    if (found && found.from === i + 1) contentFrom = found.to + 1;
    if (rule.type === 'ENCOURAGE' || rule.type === 'SUPPORT') {
      const subj = aux.j >= a && m.entityAt(aux.j) ? partyLeft(ctx, aux.j) : null;
      if (rule.type === 'ENCOURAGE') target = subj?.clusters ?? [];
    }
    found ??= { actors: [], from: i, to: i, how: 'implicit' };
  } else if (voice === 'noun') {
    // Stated by a light verb's subject (menegaskan komitmennya), owned (sebagai bentuk dukungan Jepang,
    // Komitmen Indonesia … at the start), between parties, received (dukungan dari X), or a signing.
    // `komitmen bersama negara ASEAN`: a joint commitment of the parties named after `bersama` and a party head.
    let possAt = i + 1;
    if (toks[possAt]?.norm === 'bersama') possAt++;
    if (possAt > i + 1 && PARTY_HEADS.has(toks[possAt]?.norm ?? '')) possAt++;
    const poss = partyRight(ctx, possAt, end);
    const kind = BOTH[toks[i + 2]?.norm ?? ''];
    // `menyampaikan apresiasi sekaligus komitmen …`: a noun coordinated with the light verb's first object.
    // (`sekaligus` is also an auxiliary, so the word right before the trigger is read, not `prev`.)
    const coord = VERB_COORDINATORS.has(toks[i - 1]?.norm ?? '') ? i - 1 : VERB_COORDINATORS.has(prev) ? aux.j : -1;
    const lightAt =
      LIGHT_VERBS.has(prev) && prev !== 'bentuk' && prev !== 'wujud'
        ? aux.j
        : coord - 2 >= a &&
            toks[coord - 1]!.kind === 'word' &&
            !toks[coord - 1]!.cap &&
            LIGHT_VERBS.has(toks[coord - 2]!.norm)
          ? coord - 2
          : -1;
    const light = lightAt >= 0;
    // `wujud nyata komitmen pemerintah`: an adjective may qualify the form.
    const formWord = (k: number) => ['bentuk', 'wujud'].includes(toks[k]?.norm ?? '');
    const owned = formWord(aux.j) || (FORM_ADJECTIVES.has(prev) && formWord(aux.j - 1));
    // `komitmen Kemnaker dalam memperkuat …`: a possessor and then what it commits to, as a verb.
    const stated = (to: number): boolean => {
      const v = toks[to + 2];
      return NOUN_CONTENT_LINKS.has(toks[to + 1]?.norm ?? '') && !!v && to + 2 < end && looksVerbal(v.norm);
    };
    if (poss && (light || owned || i === a || stated(poss.to))) {
      found = { actors: poss.clusters, from: i + 1, to: poss.to, how: 'possessor' };
      contentFrom = poss.to + 1;
    } else if (toks[i + 1]?.norm === 'kedua' && kind && (light || i === a)) {
      found = { actors: bothParties(ctx, toks[i + 1]!.start, kind), from: i + 1, to: i + 2, how: 'both' };
      contentFrom = i + 3;
    } else if (light) {
      if (lightAt <= a) return; // Memiliki komitmen … (a list item with no subject)
      if (underPurpose(ctx, lightAt) || SUBORDINATE.has(toks[lightAt - 1]?.norm ?? '')) return;
      const s = subjectOf(ctx, lightAt);
      if (s === 'reject' || s === null) return;
      found = s;
    } else if (toks[i + 1]?.norm === 'antara' || toks[i + 1]?.norm === 'oleh') {
      found = agentRight(ctx, i, end);
    } else if (RECEIVE_VERBS.has(prev)) {
      let k = i + 1;
      while (k < end && toks[k]!.norm !== 'dari') k++;
      const p = k < end ? partyRight(ctx, k + 1, end) : null;
      if (!p) return;
      found = { actors: p.clusters, from: k, to: p.to, how: 'agent' };
    } else if (rule.type === 'SIGN') {
      found = agentRight(ctx, i, end) ?? signers(ctx, i, prev, end) ?? { actors: [], from: i, to: i, how: 'implicit' };
      // `Penandatanganan ini dilakukan oleh A`: what was signed was named before; the rest is the agent.
      if (found.how === 'agent' && SIGNING_LINKS.has(toks[found.from]!.norm)) contentFrom = end;
    } else return;
    if (!found) return;
  } else {
    // Active verb. A purpose or relative clause (untuk mendukung, yang mendukung) is not a commitment, unless a
    // party is there for that purpose (`KNIU hadir untuk mendukung …`): then the party's.
    const hosted =
      PURPOSE_WORDS.has(prev) && !enclosing
        ? purposeHost(ctx, aux.j, rule.type)
        : aux.j === a && FRONTED_ADJUNCTS.has(prev)
          ? mainClauseSubject(ctx, i)
          : null;
    if (SUBORDINATE.has(prev) && !enclosing && !hosted) return;
    if (aux.j < a && i === a) return; // sentence-initial participle (Mendukung program X, …)
    if (!enclosing && !hosted && underPurpose(ctx, i)) return;
    const s = hosted ?? subjectOf(ctx, i, 0, rule.type);
    // No subject anywhere (a list item, a participle, a thing as subject): not a party's commitment.
    if (s === 'reject' && !enclosing) return;
    if (s === null && !enclosing && !inQuote?.speaker) return;
    // `siap`/`bersedia` pledge only with their own subject (`lebih siap menghadapi` is readiness).
    if (rule.needs === 'verb' && (s === null || s === 'reject' || s.how === 'clause' || NOT_PLEDGE_BEFORE.has(prev)))
      return;
    found = s === 'reject' ? null : s;
    if (rule.type === 'ENCOURAGE') {
      const k = nextWord(ctx, i, DETERMINERS);
      const tgt = k < end ? partyRight(ctx, k, end) : null;
      if (tgt) {
        target = tgt.clusters;
        contentFrom = tgt.to + 1;
      } else if (k < end && PARTY_NOUNS.has(toks[k]!.norm) && toks[k]!.norm !== 'agar' && toks[k]!.norm !== 'supaya') {
        // Unnamed addressee phrase: content starts at untuk/agar after it.
        let x = k;
        while (x < end && x - k < 6 && !APPEAL_LINKS.has(toks[x]!.norm)) x++;
        if (x < end && x - k < 6) contentFrom = x;
      }
    }
    // Inside a quote, `kami`/`kita` or no subject → the speaker.
    if (inQuote?.speaker && (!found || (found.how === 'pronoun' && found.actors.length === 0))) {
      found = { actors: [inQuote.speaker], from: i, to: i, how: 'speaker' };
    }
  }
  if (!found) found = { actors: [], from: i, to: i, how: 'implicit' };

  // A trigger inside another commitment's content is that commitment's chained verb, unless another
  // party acts (menyepakati usulan Malaysia) or a new verb is coordinated after a non-agreement.
  if (enclosing) {
    const own =
      (found.how === 'subject' || found.how === 'possessor' || found.how === 'agent' || found.how === 'both') &&
      found.from > enclosing.i;
    const differs = found.actors.length > 0 && found.actors.join() !== enclosing.c.actors.join();
    const coordinated =
      voice === 'active' &&
      (prev === 'dan' || prev === 'serta' || prev === ',') &&
      enclosing.c.type !== 'AGREE' &&
      enclosing.c.type !== 'PLEDGE';
    if (!(own && differs) && !coordinated) return;
    if (coordinated && !(own && differs))
      found = { actors: enclosing.c.actors, from: aux.j, to: aux.j, how: enclosing.how };
    // Cut the enclosing content before this clause.
    const cut = Math.min(found.from, aux.j + 1, i);
    let e = cut;
    while (e > enclosing.s && /^(?:dan|serta|,|yang)$/.test(toks[e - 1]!.norm)) e--;
    enclosing.e = Math.min(enclosing.e, e);
  }
  // Content: after the trigger (and its possessor, agent or target), past untuk/bahwa/agar.
  let s = contentFrom;
  while (s < end && toks[s]!.kind === 'punct' && toks[s]!.norm !== '(') s++;
  while (s < end && CONTENT_LEAD.has(toks[s]!.norm) && s - contentFrom < 2) s++;
  // `Selain mendorong …, Meutya juga …`: the content stops before the main clause that named the subject.
  const e = found.how === 'clause' && found.from > i ? Math.min(end, Math.max(s, found.from - 1)) : end;
  // The status and its evidence: the rule (a pledge of readiness, or the word class of the marker) and the word.
  const [status, statusRule, cueAt]: [Commitment['status'], string, number] =
    rule.id === 'commit.siap' || rule.id === 'commit.bersedia'
      ? ['intended', rule.id, i]
      : aux.done
        ? ['done', 'commit-words.done', aux.doneAt]
        : aux.intended
          ? ['intended', 'commit-words.intended', aux.intendedAt]
          : aux.ongoingAt >= 0
            ? ['ongoing', 'commit-words.ongoing', aux.ongoingAt]
            : [undefined, '', -1];
  const code: EventCode = status === 'intended' && rule.intended ? rule.intended : rule.event;
  const c: Commitment = {
    type: rule.type,
    trigger: doc.span(t.start, t.end),
    actors: [...new Set(found.actors)],
    target: target.filter((x) => !found!.actors.includes(x)),
    object: [],
    content: null,
    sentence: si,
    ...(status ? { status, statusRule, statusCue: doc.span(toks[cueAt]!.start, toks[cueAt]!.end) } : {}),
    negated: aux.negated,
    basis: [`actor.${found.how}`, `trigger.${voice}`],
    cameo: code.cameo,
    ...(code.plover ? { plover: code.plover } : {}),
    rule: rule.id,
  };
  drafts.push({ c, i, s, e, how: found.how });
}

/**
 * The party whose effort a purpose clause serves (the purpose word at token `p`: `untuk`, `dengan tujuan`):
 * the nearest host to its left in the sentence, a verb of being there or trying (`KNIU hadir untuk …`,
 * `Kemenkop berupaya … dengan tujuan …`) with a named subject, or an effort noun with its party (`upaya
 * pemerintah … untuk …`, `tugas dari IKA Unpad untuk …`; `pelaku usaha` names none, so the scan goes on).
 * Another trigger on the way governs instead.
 */
function purposeHost(ctx: Ctx, p: number, type: string): Found | null {
  const { toks, a } = ctx;
  if (toks[p]!.norm === 'tujuan' && toks[p - 1]?.norm !== 'dengan') return null;
  for (let k = toks[p]!.norm === 'tujuan' ? p - 2 : p - 1; k >= a && p - k <= 24; k--) {
    const w = toks[k]!.norm;
    if (w === '"' || w === ';') return null;
    if (PURPOSE_HOSTS.has(w)) {
      const s = subjectOf(ctx, k, 0, type);
      return s && s !== 'reject' && s.actors.length > 0 ? s : null;
    }
    if (EFFORT_NOUNS.has(w)) {
      const from = toks[k + 1]?.norm === 'dari' ? k + 2 : k + 1;
      const party = partyRight(ctx, from, p);
      if (party) return { actors: party.clusters, from, to: party.to, how: 'possessor' };
    }
    if (ctx.words.get(TRIGGER, k)) return null;
  }
  return null;
}

/**
 * `Selain mendorong …, Meutya juga mengingatkan …`: the subject the main clause names after the first comma,
 * followed by a verb (commit-words.fronted-adjuncts).
 */
function mainClauseSubject(ctx: Ctx, i: number): Found | null {
  const { toks, b } = ctx;
  let k = i + 1;
  while (k < b && toks[k]!.norm !== ',') k++;
  if (k + 1 >= b) return null;
  // A title first (`Menteri Luar Negeri Sugiono`): its holder, unless a name follows it.
  const role = ctx.roleAt(k + 1);
  let from = k + 1;
  if (role) while (from < b && toks[from]!.end <= role.end && !ctx.m.entityAt(from)) from++;
  const p = partyRight(ctx, from, b);
  if (!p && !role) return null;
  const to = p ? p.to : from - 1;
  let v = to + 1;
  while (v < b && (AUX.has(toks[v]!.norm) || toks[v]!.norm === 'pun')) v++;
  if (v >= b || !ctx.words.get(VERB_LIKE, v)) return null;
  return { actors: p ? p.clusters : [role!.holder], from: k + 1, to, how: 'clause' };
}

/**
 * Signers named around a signing noun (`commit-words.signing-links`): the subject of the clause it is the means of
 * (`X memperkuat sinergi melalui penandatanganan`), or the agent of a performing passive after it (`Penandatanganan
 * ini dilakukan oleh A dan B`).
 */
function signers(ctx: Ctx, i: number, prev: string, end: number): Found | null {
  const { toks } = ctx;
  if (prev === 'melalui' && SIGNING_LINKS.has(prev)) {
    // The verb the signing is the means of (`memperkuat sinergi melalui …`), and its subject.
    let v = i - 2;
    while (v > ctx.a && i - v < 6 && !looksVerbal(toks[v]!.norm)) v--;
    const s = v >= ctx.a && looksVerbal(toks[v]!.norm) ? subjectOf(ctx, v) : null;
    if (s && s !== 'reject' && s.actors.length) return s;
    const c = clauseSubject(ctx, i);
    return c && c.actors.length ? c : null;
  }
  let k = i + 1;
  if (toks[k]?.norm === 'ini' || toks[k]?.norm === 'tersebut') k++;
  if (!SIGNING_LINKS.has(toks[k]?.norm ?? '') || toks[k + 1]?.norm !== 'oleh') return agentAfterObject(ctx, i, end);
  const p = partyRight(ctx, k + 2, end);
  if (p) return { actors: p.clusters, from: k, to: p.to, how: 'agent' };
  // `oleh Rektor UNEJ, Iwan Taruna, dan Bupati Jember, Muhammad Fawait, pada …`: the persons of the titled list.
  const persons: string[] = [];
  let to = k + 1;
  for (let x = k + 2; x < end && !PREPOSITIONS.has(toks[x]!.norm); x++) {
    const e = ctx.m.entityAt(x);
    if (e && ctx.m.typeOf(e) === 'PERSON' && !persons.includes(e.cluster)) {
      persons.push(e.cluster);
      to = ctx.m.entityEnd(x);
    }
  }
  return persons.length ? { actors: persons, from: k, to, how: 'agent' } : null;
}

/**
 * `penandatanganan pokok-pokok kebijakan … oleh pimpinan dan jajaran Kemnaker`: the agent after what is signed, within
 * the clause and before any verb or `yang` (`… yang disaksikan oleh Presiden` names a witness).
 */
function agentAfterObject(ctx: Ctx, i: number, end: number): Found | null {
  const { toks } = ctx;
  for (let x = i + 1; x < end && x < i + 16; x++) {
    const n = toks[x]!.norm;
    if (n === 'yang' || n === ',' || (toks[x]!.kind === 'word' && looksVerbal(n))) return null;
    if (n !== 'oleh') continue;
    // `oleh pimpinan dan jajaran Kemnaker`: the heads of a named party are part of its phrase.
    let y = x + 1;
    while (
      y < end &&
      (PARTY_HEADS.has(toks[y]!.norm) ||
        ((toks[y]!.norm === 'dan' || toks[y]!.norm === 'serta') && PARTY_HEADS.has(toks[y + 1]?.norm ?? '')))
    )
      y++;
    const p = partyRight(ctx, y, end);
    return p ? { actors: p.clusters, from: x, to: p.to, how: 'agent' } : null;
  }
  return null;
}
