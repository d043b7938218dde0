import type { EntityType } from '../../schema/record.js';
import type { EntityRuleId } from '../../rules/entity-patterns.js';
import {
  GAZETTEER,
  KEY_STARTS,
  STARTS_GAZETTEER_KEY,
  STARTS_TITLE_KEY,
  TITLE_TRIE,
  type GazHit,
  type TitleHit,
} from '../../rules/gazetteers/index.js';
import * as L from '../../rules/gazetteers/lexicon.js';
import { F } from '../../rules/gazetteers/word-flags.js';
import { isEdition, type EntityContext } from './context.js';
import { englishWhole, headAt, innerCountry } from './heads.js';
import { matchLaw } from './laws.js';
import { makeMention, type Basis, type Mention, type MentionExtra, type Push, type TitleSpan } from './mention.js';
import { bodyAcronym, INITIAL } from './name-tests.js';
import type { PersonCue } from './evidence.js';
import { typeUnknown } from './typing.js';
import { particleInName, runEnd } from './runs.js';

// Candidate runs: capitalised runs of the text, split into mentions by what is known of their
// words (laws, heads, gazetteer names, titles, honorifics); unknown words go to the typing rules.

/** The mentions and role titles of the document before the refiners, left to right. */
export function findCandidates(ctx: EntityContext): { mentions: Mention[]; titles: TitleSpan[] } {
  const { toks, n, gaz, ttl, norms } = ctx;
  // Gazetteer and title hits at every capitalised word or number, longest first.
  const acceptGaz = (v: GazHit, start: number, end: number): boolean => acceptName(ctx, start, end, v.exact, v);
  // A title is a common noun by nature: `Presiden` opening a sentence is still a title.
  const acceptTitle = (v: TitleHit, start: number, end: number): boolean =>
    acceptName(ctx, start, end, v.exact, undefined, true);
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (t.kind === 'number' || (t.kind === 'word' && t.cap)) {
      const starts = ctx.words.get(KEY_STARTS, i);
      if (starts & STARTS_GAZETTEER_KEY) gaz[i] = GAZETTEER.match(norms, i, acceptGaz, n);
      if (t.cap && starts & STARTS_TITLE_KEY) ttl[i] = TITLE_TRIE.match(norms, i, acceptTitle, n);
    }
  }

  const mentions: Mention[] = [];
  const titles: TitleSpan[] = [];
  const push: Push = (
    a: number,
    b: number,
    type: EntityType,
    rule: EntityRuleId,
    basis: Basis,
    extra?: MentionExtra,
  ) => {
    if (b > a) mentions.push(makeMention(toks, a, b, type, rule, basis, extra));
  };

  let i = 0;
  while (i < n) {
    const t = toks[i]!;
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    // Laws cited by number: `Undang-Undang Nomor 11 Tahun 2020 [tentang …]`.
    if (t.cap && ctx.fl(i) & F.LAW_FIRST) {
      const law = matchLaw(ctx, i);
      if (law) {
        push(i, law, 'DOCUMENT', 'ent.law', 'cue');
        i = law;
        continue;
      }
    }
    // `Pemerintah berkomitmen`, `pemerintah pusat`: bare, the Indonesian government (`ent.government`).
    if (t.norm === 'pemerintah' && !L.GOVERNMENT_AS_KIND.has(toks[i - 1]?.norm ?? '')) {
      const next = toks[i + 1];
      const pusat = next?.norm === 'pusat' && !next.cap;
      if (!next || (!ctx.wcap(i + 1) && !L.NOT_NATIONAL_GOVERNMENT.has(next.norm)) || pusat) {
        push(i, pusat ? i + 2 : i + 1, 'ORGANIZATION', 'ent.government', 'cue', { hit: GOVERNMENT });
        i += pusat ? 2 : 1;
        continue;
      }
    }
    // The flag test last: most lower-case words are not followed by a name (and this runs on every one).
    if (!t.cap && ctx.wcap(i + 1) && !ctx.ini(i + 1) && ctx.fl(i) & F.LOWER_LOC_HEAD) {
      let e = runEnd(ctx, i + 1);
      // `kota Camden dan Penrith`: stop before `dan`; the second name is coordinated.
      for (let k = i + 2; k < e; k++) if (toks[k]!.norm === 'dan' && !toks[k]!.cap) e = k;
      const g = gaz[i + 1];
      push(i, e, 'LOCATION', 'ent.location-head', 'cue', g && g.end === e ? { hit: g.value } : undefined);
      i = e;
      continue;
    }
    if (!gaz[i] && !ctx.wcap(i)) {
      i++;
      continue;
    }
    // `#KampusBerdampak`, `@kemlu_ri`: hashtags and handles are not names.
    if (i > 0 && !t.spaceBefore && (toks[i - 1]!.text === '#' || toks[i - 1]!.text === '@')) {
      i++;
      while (i < n && !toks[i]!.spaceBefore) i++;
      continue;
    }
    const end = runEnd(ctx, i);
    segmentRun(ctx, i, end, push, titles);
    i = end;
  }
  return { mentions, titles };
}

const GOVERNMENT: GazHit = { ref: 'idn.government', type: 'ORGANIZATION', canonical: 'Pemerintah Republik Indonesia' };

/** Case rules for a gazetteer or title key over tokens [i, end). */
function acceptName(ctx: EntityContext, i: number, end: number, exact?: string, v?: GazHit, title = false): boolean {
  const toks = ctx.toks;
  // A name never crosses a sentence (or paragraph) boundary: `Kementerian Keuangan⏎⏎Republik Indonesia` is two lines.
  for (let k = i + 1; k < end; k++) if (ctx.ini(k)) return false;
  if (exact !== undefined) {
    if (end - i === 1) return toks[i]!.text === exact;
    let s = '';
    for (let k = i; k < end; k++) s += toks[k]!.text;
    return s === exact.replace(/\s+/g, '');
  }
  const first = toks[i]!;
  const last = toks[end - 1]!;
  if (!first.cap || !(last.cap || last.kind === 'number')) return false;
  // A one-word common-noun name (`Batu`, `Agung`) at the start of a sentence is not evidence.
  if (
    !title &&
    !datelinePlace(ctx, i, end) &&
    end - i === 1 &&
    ctx.ini(i) &&
    !first.upper &&
    !(v?.ref.startsWith('country.') ?? false) &&
    ctx.isCommon(i)
  )
    return false;
  return true;
}

const DATELINE_MARKS: ReadonlySet<string> = new Set([',', '-', '–', '—']);

/** Tokens [i, end) open the document and a comma or dash follows: the dateline's place (`Jember — …`). */
export function datelinePlace(ctx: EntityContext, i: number, end: number): boolean {
  const mark = ctx.toks[end]?.text ?? '';
  if (i !== 0 || !DATELINE_MARKS.has(mark)) return false;
  if (mark !== ',') return true;
  // After a comma, a date or another place (`Samarkand, Uzbekistan`), not a title (`Budi, Ketua …`).
  const next = ctx.toks[end + 1];
  return !!next && (next.kind === 'number' || ctx.gaz[end + 1]?.value.type === 'LOCATION');
}

/** Splits one capitalised run [a, b) into mentions: titles and honorifics, heads, gazetteer names, the rest. */
function segmentRun(ctx: EntityContext, a: number, b: number, push: Push, titles: TitleSpan[]): void {
  const { toks, gaz, ttl } = ctx;
  const before = a > 0 ? toks[a - 1]! : undefined;
  // The word before the run, its flags (0 for no word), and the same for a lower-case word only.
  const bf = before && before.kind === 'word' ? ctx.fl(a - 1) : 0;
  const lowerBf = before && !before.cap ? bf : 0;
  let personCue: PersonCue | null = null;
  if (lowerBf & F.SPEECH_BEFORE) personCue = 'speech';
  let weakHonorific = false;
  if (lowerBf & F.HONORIFIC) {
    personCue = 'honorific';
    weakHonorific = (bf & F.WEAK_HONORIFIC) !== 0;
  }
  const speechStrong = (lowerBf & F.SPEECH_BEFORE_STRICT) !== 0;
  const speechWeak = personCue === 'speech' && L.WEAK_SPEECH_BEFORE.has(before!.norm);
  const productCue = (bf & F.PRODUCT_CUE) !== 0;
  const orgCue = (lowerBf & F.ORG_CUE) !== 0;
  const locCue = (lowerBf & F.LOC_PREP) !== 0 && before!.norm !== 'dari';

  // Whole-run English names typed by their last word: `… Community`, `… Meeting`, `… Outlook on the …`.
  // Indonesian words opening the run are no part of such a name: a weak honorific (`Jurnalis | Metro TV`), a
  // capitalised sentence opener or heading word (`Melalui | Future Leaders Camp`).
  let from = a;
  if (ctx.fl(b - 1) & F.ENGLISH_TYPE_WORD)
    while (b - from > 2 && !gaz[from] && !ttl[from] && indonesianOpener(ctx, from)) from++;
  const whole = englishWhole(ctx, from, b);
  if (whole) {
    push(from, b, whole.type, whole.rule, 'cue');
    return;
  }

  // An English run with inner function words and nothing known in it is typed whole (see typing.ts).
  let english = false;
  let known = false;
  for (let k = a; k < b; k++) {
    if (toks[k]!.kind === 'word' && !toks[k]!.cap && ctx.fl(k) & F.ENGLISH_FUNCTION) english = true;
    if (!known && (gaz[k] || ttl[k] || headAt(ctx, k, b) || ctx.fl(k) & F.HONORIFIC)) known = true;
  }
  if (english && !known) {
    typeUnknown(
      ctx,
      a,
      b,
      { personCue, weakHonorific, speechStrong, speechWeak, productCue, locCue, orgCue: false },
      push,
    );
    return;
  }

  let k = a;
  while (k < b) {
    const t = toks[k]!;
    if (t.kind !== 'word' && t.kind !== 'number') {
      k++;
      continue;
    }
    if (!t.cap && ctx.fl(k) & F.NAME_CONNECTOR) {
      k++;
      continue;
    }
    // An honorific written as initials (`K.H. Nasaruddin Umar`: kiai haji).
    const spelled = spelledHonorific(ctx, k, b);
    if (spelled > k) {
      personCue = 'honorific';
      k = spelled;
      continue;
    }
    // Honorifics and academic titles: `Prof. Dr. Budi`, `Ibu Sri`, `H.E. Mr.`.
    if (!gaz[k] && !ttl[k] && ctx.fl(k) & F.HONORIFIC) {
      let m = k + 1;
      if (toks[m]?.text === '.') m++;
      if (m < b || (m === b && ctx.wcap(m))) {
        personCue = 'honorific';
        weakHonorific = (ctx.fl(k) & F.WEAK_HONORIFIC) !== 0;
        k = m;
        continue;
      }
    }
    const g = gaz[k];
    // Heads: organisation, event, document, place, each running to the end of the run.
    const head = headAt(ctx, k, b);
    if (head && head.generic && !g) {
      k = head.end;
      continue;
    }
    if (head && (!g || head.end > g.end)) {
      const country = innerCountry(ctx, k, head.end);
      push(k, head.end, head.type, head.rule, 'cue', country ? { country } : {});
      k = head.end;
      continue;
    }
    // Titles: `Direktur Jenderal`, `Dirjen`, `Menteri Luar Negeri` – the next unknown name is a person.
    const tt = ttl[k];
    if (tt && (!g || tt.end >= g.end)) {
      titles.push({ a: k, b: tt.end, hit: tt.value });
      ctx.titleRunEnds.add(b);
      personCue = 'title';
      k = tt.end;
      continue;
    }
    if (g) {
      let end = g.end;
      // `ARSOM ke-17`, `KTT ASEAN ke-47` editions stay with an event.
      if (g.value.type === 'EVENT' && end < toks.length && isEdition(toks[end]!)) end++;
      // `ASEAN-Rusia`: a known name split off a hyphenated word.
      const split =
        toks[k]!.start > 0 && !toks[k]!.spaceBefore && toks[k - 1]?.text === '-'
          ? true
          : end < toks.length && toks[end]?.text === '-' && !toks[end]!.spaceBefore;
      if (split) push(k, end, g.value.type, 'ent.split-hyphen', 'gazetteer-part', { hit: g.value });
      else push(k, end, g.value.type, 'ent.gazetteer', 'gazetteer', { hit: g.value });
      k = end;
      continue;
    }
    // `Kolonel Inf Troy`, `Mayjen TNI (Purn) Wiyarto`: a corps mark after a rank is neither name nor part of one.
    if (personCue === 'honorific' && ctx.fl(k) & F.CORPS && k + 1 < b) {
      k++;
      continue;
    }
    // Unknown words up to the next gazetteer name, head, title or connector.
    let e = k + 1;
    while (
      e < b &&
      !gaz[e] &&
      !ttl[e] &&
      !headAt(ctx, e, b) &&
      !(ctx.fl(e) & F.NAME_CONNECTOR && !toks[e]!.cap && !particleInName(ctx, e, b)) &&
      toks[e]!.text !== '-' &&
      !(ctx.fl(e) & F.RANK && e + 1 < b)
    )
      e++;
    // `Presiden IsDB Muhammad Al Jasser`: after a title, a body's short form and then the holder's name.
    if (personCue === 'title' && e - k >= 2 && bodyAcronym(t.text) && ctx.wcap(k + 1)) {
      push(k, k + 1, 'ORGANIZATION', 'ent.acronym-org', 'acronym');
      k++;
      continue;
    }
    // `KRI Belati-622`, `KM Sinar Bangun`: a vessel prefix and the name after it are one named product.
    if (e - k >= 2 && L.VESSEL_PREFIXES.has(t.text)) {
      push(k, e, 'PRODUCT', 'ent.product', 'cue');
      k = e;
      continue;
    }
    typeUnknown(
      ctx,
      k,
      e,
      {
        personCue,
        weakHonorific,
        speechStrong: speechStrong && k === a,
        speechWeak,
        productCue: productCue && k === a,
        locCue: locCue && k === a,
        orgCue: orgCue && k === a,
      },
      push,
    );
    if (personCue === 'title' || personCue === 'honorific') personCue = null;
    k = e;
  }
}

/** An Indonesian word that may open a capitalised run before an English name: a weak honorific or a dictionary word. */
function indonesianOpener(ctx: EntityContext, k: number): boolean {
  const f = ctx.fl(k);
  if (f & F.WEAK_HONORIFIC) return true;
  return ctx.toks[k]!.kind === 'word' && ctx.isCommon(k) && !(f & (F.HEAD | F.ENGLISH_FUNCTION)) && !ctx.isEnglish(k);
}

/**
 * End of an honorific written as glued initials from token `k` (`K.H.`, `Hj.` is a word): letter, period, letter,
 * period, whose letters together are an honorific, with a name after it in the run; `k` when there is none.
 */
function spelledHonorific(ctx: EntityContext, k: number, b: number): number {
  const toks = ctx.toks;
  if (toks[k]!.text.length !== 1) return k;
  let letters = '';
  let e = k;
  while (
    e + 1 < b &&
    INITIAL.test(toks[e]!.text) &&
    toks[e + 1]!.text === '.' &&
    !toks[e + 1]!.spaceBefore &&
    (e === k || !toks[e]!.spaceBefore)
  ) {
    letters += toks[e]!.norm;
    e += 2;
  }
  return letters.length >= 2 && L.HONORIFICS.has(letters) && e < b && ctx.wcap(e) ? e : k;
}
