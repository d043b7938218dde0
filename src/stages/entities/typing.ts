import type { EntityType } from '../../schema/record.js';
import type { EntityRuleId } from '../../rules/entity-patterns.js';
import * as L from '../../rules/gazetteers/lexicon.js';
import { F } from '../../rules/gazetteers/word-flags.js';
import { isYear, type EntityContext } from './context.js';
import { evidence, type Cues, type RunEvidence } from './evidence.js';
import type { Basis, Push } from './mention.js';
import { datelinePlace } from './candidates.js';
import * as N from './name-tests.js';

/** What a typing rule makes of the run: a mention's type, rule and basis, or no entity (`null`). */
export type Typed = { type: EntityType; rule: EntityRuleId; basis: Basis; weak?: boolean } | null;

/**
 * One typing rule. The rules are tried in order and the first whose `when` holds decides: the run
 * becomes the mention of `then`, or no entity. `span` says which of the run's spans the mention
 * covers; `when` may return a token index instead of `true` to start the mention there.
 */
export interface TypingRule {
  id: string;
  description: string;
  when: (ev: RunEvidence) => boolean | number;
  then: Typed;
  span?: 'run' | 'opened';
  /** Runs of the example text this rule decides, in order (test/entities.test.ts runs them). */
  examples: readonly { text: string; expect: readonly string[] }[];
}

const PERSON = (rule: EntityRuleId, basis: Basis = 'cue'): Typed => ({ type: 'PERSON', rule, basis });
const NONE: Typed = null;

// Indonesian blends that name bodies: `Kompolnas`, `KemenPAN`, `Mapolda`, `Pemkot`.
const BODY_BLEND =
  /^(?:Kemen|Kemenko|Komnas|Kompol|Bappe|Pem(?:kab|kot|prov)|Ma?pol(?:da|res|sek)|Kodam|Korem|Kodim|Lanud|Lantamal|Dispen|Disdik|Dinkes)/;

const word0 = (ev: RunEvidence) => ev.ctx.toks[ev.first]!;

/** The typing rules for unknown capitalised runs, in the order they are tried. */
export const TYPING_RULES: readonly TypingRule[] = [
  {
    id: 'inner-capitals',
    description:
      "One word with capitals inside that ends in one (`IsDB`, `KemenPAN`, `BenQ`; not `AKSes`) is a body's short form even before a speech verb: the press writes no person's name that way (a surname's `McDonald` excepted, in name-tests.ts).",
    when: (ev) =>
      ev.count === 1 &&
      !ev.productCue &&
      N.HAS_LOWER.test(word0(ev).text) &&
      N.UPPER_LAST.test(word0(ev).text) &&
      N.bodyAcronym(word0(ev).text) &&
      !L.COMMON_ACRONYMS.has(word0(ev).norm),
    then: { type: 'ORGANIZATION', rule: 'ent.acronym-org', basis: 'cue' },
    examples: [{ text: 'Kemarin IsDB menyatakan dukungan, kata pejabat itu.', expect: ['IsDB'] }],
  },
  {
    id: 'speech-next',
    description:
      "Speech outweighs the dictionary: a run in a speaker's shape after a strict speech word or before a speech verb is a person (`kata Jero`, `Vena mengaku`, `Sri Rahayu menambahkan`).",
    when: (ev) => {
      const { ctx, a0, b0 } = ev;
      const speechAt = (k: number): boolean => {
        const t = ctx.toks[k];
        return !!t && t.kind === 'word' && !t.cap && (ctx.fl(k) & F.SPEECH_AFTER) !== 0;
      };
      // `…, Nur Syarifah, menyampaikan`: set off by commas right before the speech verb.
      const inCommas = ctx.toks[a0 - 1]?.text === ',' && ctx.toks[b0]?.text === ',' && speechAt(b0 + 1);
      return (ev.speechStrong || speechAt(b0) || inCommas) && N.speakerName(ctx, a0, b0);
    },
    then: PERSON('ent.person-speech'),
    span: 'run',
    examples: [
      { text: 'Kuota dipangkas, kata Jero. Vena mengaku tidak tahu.', expect: ['Jero', 'Vena'] },
      {
        text: 'Pada kesempatan itu, Staf Ahli Menteri, Nur Syarifah, menyampaikan apresiasi.',
        expect: ['Nur Syarifah'],
      },
    ],
  },
  {
    id: 'speech-opener',
    description:
      'As after `kata`, a sentence-initial speech word and a comma after the name outweigh the dictionary (`Menurut Amir , …`).',
    when: (ev) => ev.opener && ev.ctx.toks[ev.b0]?.text === ',' && N.speakerName(ev.ctx, ev.a1, ev.b0),
    then: PERSON('ent.person-speech'),
    span: 'opened',
    examples: [{ text: 'Menurut Amir , harga akan naik.', expect: ['Amir'] }],
  },
  {
    id: 'sign-off',
    description:
      "A name that is a sentence (a line) of its own, with a job title opening the next one, is the release's signatory (`Deni Surjantoro` ⏎ `Kepala Biro Komunikasi …`), whatever its words are in the dictionary.",
    when: (ev) => {
      const { ctx, a0, b0 } = ev;
      if (b0 - a0 < 2 || b0 - a0 > 4 || !ctx.ini(a0) || b0 >= ctx.n || !ctx.ini(b0) || !ctx.ttl[b0]) return false;
      for (let k = a0; k < b0; k++) {
        const t = ctx.toks[k]!;
        if (t.kind !== 'word' || !t.cap || t.upper || ctx.fl(k) & (F.HEAD | F.HONORIFIC) || ctx.ttl[k]) return false;
      }
      return true;
    },
    then: PERSON('ent.person-title'),
    span: 'run',
    examples: [
      {
        text: 'Demikian.\n\nDeni Surjantoro\n\nKepala Biro Komunikasi dan Layanan Informasi',
        expect: ['Deni Surjantoro'],
      },
    ],
  },
  {
    id: 'dateline',
    description:
      "The run that opens the document before a comma or dash is the dateline's place (`Padangpanjang, 22 Januari 2025 –`, `Samarkand, Uzbekistan, Kemendikdasmen –`).",
    when: (ev) => ev.count <= 3 && datelinePlace(ev.ctx, ev.a0, ev.b0) && !ev.ctx.ttl[ev.a0],
    then: { type: 'LOCATION', rule: 'ent.dateline', basis: 'place-cue' },
    span: 'run',
    examples: [{ text: 'Padangpanjang, 22 Januari 2025 – Institut Seni Indonesia hadir.', expect: ['Padangpanjang'] }],
  },
  {
    id: 'nothing-left',
    description:
      'Nothing is left once stop words, sentence-initial common words, trailing dates and connectors are set aside (`Selama`, `Menurut dia`).',
    when: (ev) => ev.count === 0,
    then: NONE,
    examples: [],
  },
  {
    id: 'the-article',
    description:
      'An English article opens titles of works and bands, not persons (`The Fame Monster`), except after a word that introduces a body.',
    when: (ev) => word0(ev).norm === 'the' && !ev.orgCue,
    then: NONE,
    examples: [{ text: 'Album The Fame Monster laris.', expect: ['The Fame Monster'] }],
  },
  {
    id: 'quoted-work',
    description:
      'A run that fills a pair of quotes is the title of a work (`" Guinness Book "`), unless a person cue stands before it.',
    when: (ev) => {
      const q0 = ev.ctx.toks[ev.a - 1]?.text;
      return (q0 === '"' || q0 === "'") && ev.ctx.toks[ev.b]?.text === q0 && !ev.personCue;
    },
    then: NONE,
    examples: [{ text: 'Ia masuk " Guinness Book " tahun lalu.', expect: ['Guinness Book'] }],
  },
  {
    id: 'digits',
    description: 'One word with digits (`Rp5`, `W510`) is not a name.',
    when: (ev) => ev.count === 1 && N.HAS_DIGIT.test(word0(ev).text),
    then: NONE,
    examples: [{ text: 'Ia membeli Rp5 kemarin. Setelah itu ABK2 datang.', expect: ['Rp5', 'ABK2'] }],
  },
  {
    id: 'bare-head',
    description: 'A bare head word (`Kementerian`, `Inpres`) names nothing by itself.',
    when: (ev) => {
      if (ev.count !== 1 || !(ev.ctx.fl(ev.first) & F.HEAD)) return false;
      const w = word0(ev).norm;
      return L.ORG_HEADS.has(w) || L.DOC_HEADS.has(w) || L.EVENT_HEADS.has(w) || L.LOC_HEADS.has(w);
    },
    then: NONE,
    examples: [{ text: 'Pejabat Kementerian hadir.', expect: ['Kementerian'] }],
  },
  {
    id: 'common-blend',
    description:
      'A common-noun blend (`Alutsista`, `Satgas`, `Mubes`) is kept only as a candidate that an acronym definition may type (`Rapat Koordinasi Nasional (Rakornas)`); refiners/common-noun-acronyms.ts drops it otherwise.',
    when: (ev) => ev.count === 1 && L.COMMON_BLENDS.has(word0(ev).norm),
    then: { type: 'ORGANIZATION', rule: 'ent.acronym-org', basis: 'acronym' },
    examples: [{ text: 'Anggaran Alutsista naik.', expect: ['Alutsista'] }],
  },
  {
    id: 'common-acronym',
    description: 'Common acronyms (`AI`, `IoT`, `SBN`) are not names, even after a product or organisation word.',
    when: (ev) => ev.count === 1 && L.COMMON_ACRONYMS.has(word0(ev).norm) && N.UPPER2.test(word0(ev).text),
    then: NONE,
    examples: [{ text: 'Harga BBM dan APBN dibahas, juga adopsi AI.', expect: ['BBM', 'APBN', 'AI'] }],
  },
  {
    id: 'body-blend',
    description:
      'An Indonesian blend that names a body (`Kompolnas`, `KemenPAN`, `Mapolda`, `Pemkot`) is an organisation.',
    when: (ev) => ev.count === 1 && BODY_BLEND.test(word0(ev).text),
    then: { type: 'ORGANIZATION', rule: 'ent.acronym-org', basis: 'acronym' },
    examples: [{ text: 'Laporan diterima Kompolnas kemarin.', expect: ['Kompolnas'] }],
  },
  {
    id: 'org-cue',
    description:
      'A run with a word outside the dictionary after a word that introduces a body (`pihak Indofood`, `maskapai TransNusa`) is an organisation.',
    when: (ev) => ev.orgCue && ev.oov,
    then: { type: 'ORGANIZATION', rule: 'ent.org-cue', basis: 'cue' },
    examples: [{ text: 'Menurut pihak Wingsfood produk itu aman.', expect: ['Wingsfood'] }],
  },
  {
    id: 'product-cue',
    description: 'A run after a product word (`vaksin Sputnik V`, `aplikasi PeduliLindungi`) is a product.',
    when: (ev) => ev.productCue,
    then: { type: 'PRODUCT', rule: 'ent.product', basis: 'cue' },
    examples: [{ text: 'Warga memakai aplikasi PeduliLindungi setiap hari.', expect: ['PeduliLindungi'] }],
  },
  {
    id: 'english-org-tail',
    description:
      'An English name ending in an organisation word is one even after a title (`Director of Public Services Department`).',
    when: (ev) => ev.count > 1 && (ev.ctx.fl(ev.last) & F.ORG_TAIL_EN) !== 0,
    then: { type: 'ORGANIZATION', rule: 'ent.org-en', basis: 'cue' },
    examples: [
      {
        text: 'Hadir Principal Assistant Director of Public Services Department of Malaysia, Yuslina Kamarudin.',
        expect: ['Public Services Department'],
      },
    ],
  },
  {
    id: 'acronym-long',
    description: 'An all-capitals word longer than six letters is not a name (shouting, not an acronym).',
    when: (ev) => ev.acronym && word0(ev).norm.length > 6,
    then: NONE,
    examples: [{ text: 'Ia menulis KWXZQRTY di papan.', expect: ['KWXZQRTY'] }],
  },
  {
    id: 'acronym-person',
    description: "The press's initials for public figures (`SBY`, `JK`) are persons.",
    when: (ev) => ev.acronym && L.PERSON_ACRONYMS.has(word0(ev).norm),
    then: PERSON('ent.person-given'),
    examples: [{ text: 'Ia meminta SBY menegur menteri itu.', expect: ['SBY'] }],
  },
  {
    id: 'acronym-speaker',
    description:
      'An acronym after a speech word is a person (`kata JK`: initials are how the press names some speakers).',
    when: (ev) => ev.acronym && ev.personCue === 'speech',
    then: PERSON('ent.person-speech'),
    examples: [{ text: 'Hal itu penting, ujar ABK.', expect: ['ABK'] }],
  },
  {
    id: 'acronym-titled',
    description:
      "A short form after a title names the body the title belongs to (`Ketua KPK`, `Presiden IsDB`); the press's initials for persons are listed (acronym-person).",
    when: (ev) => ev.count === 1 && ev.personCue === 'title' && N.bodyAcronym(word0(ev).text),
    then: { type: 'ORGANIZATION', rule: 'ent.acronym-org', basis: 'acronym' },
    examples: [{ text: 'Rapat dipimpin Ketua KPBU kemarin.', expect: ['KPBU'] }],
  },
  {
    id: 'acronym-org',
    description: 'Any other unknown acronym of up to six letters is an organisation (`PKBI`, `GMNI`).',
    when: (ev) => ev.acronym,
    then: { type: 'ORGANIZATION', rule: 'ent.acronym-org', basis: 'acronym' },
    examples: [{ text: 'Dukungan dari PKBI dan GMNI mengalir.', expect: ['PKBI', 'GMNI'] }],
  },
  {
    id: 'quoted-title',
    description:
      'Inside a short quoted title (`" Black Date "`) an unknown name is part of a work\'s title, unless a person cue stands before it.',
    when: (ev) => ev.ctx.quotedTitle(ev.a) && !ev.personCue,
    then: NONE,
    examples: [{ text: 'Ia tampil dalam " Black Date untuk kita " tahun itu.', expect: ['Black Date'] }],
  },
  {
    id: 'honorific',
    description:
      'A run after an honorific is a person; after a weak one (a kinship or occupation noun: `aktor`, `warga`) only with a word outside the dictionary.',
    when: (ev) => ev.personCue === 'honorific' && (ev.oov || !ev.weakHonorific),
    then: PERSON('ent.person-honorific'),
    examples: [{ text: 'Sambutan disampaikan Ibu Sri Mulyani kemarin.', expect: ['Sri Mulyani'] }],
  },
  {
    id: 'dictionary-words',
    description:
      'A run made only of dictionary words (`Kawasan`, `Mitra Penuh`) is not a name when no stronger cue said so.',
    when: (ev) => !ev.oov,
    then: NONE,
    examples: [{ text: 'Selama ini Rusia menjadi Mitra penting di Kawasan.', expect: ['Mitra', 'Kawasan'] }],
  },
  {
    id: 'titled',
    description:
      'A run after a job title is its holder; a derived common word left of the name stays out (`Presiden Terpilih | Joko Widodo`).',
    when: (ev) => {
      if (ev.personCue !== 'title') return false;
      const { ctx, b } = ev;
      let a = ev.a;
      while (b - a > 1 && ctx.toks[a]!.kind === 'word' && ctx.common(a) && N.DERIVED_WORD.test(ctx.toks[a]!.norm)) a++;
      return a;
    },
    then: PERSON('ent.person-title'),
    examples: [
      { text: 'Pemerintahan itu dipimpin Presiden Terpilih Joko Widodo tahun depan.', expect: ['Joko Widodo'] },
    ],
  },
  {
    id: 'not-names',
    description: 'Words listed as never names (weekdays, months, pronouns …) make no name.',
    when: (ev) => ev.allNotNames,
    then: NONE,
    examples: [],
  },
  {
    id: 'speech',
    description:
      "A run after a speech word or before a speech verb that is not in a speaker's shape (five words: `Muhammad Rizal Abdul Karim Siregar menegaskan`) is a person too.",
    when: (ev) => {
      if (ev.personCue === 'speech') return true;
      const next = ev.ctx.toks[ev.b];
      return !!next && next.kind === 'word' && (ev.ctx.fl(ev.b) & F.SPEECH_AFTER) !== 0;
    },
    then: PERSON('ent.person-speech'),
    examples: [
      {
        text: 'Muhammad Rizal Abdul Karim Siregar menegaskan hal itu.',
        expect: ['Muhammad Rizal Abdul Karim Siregar'],
      },
    ],
  },
  {
    id: 'appositive',
    description:
      'A name set off by commas next to a title (`Igor Morgulov, Wakil Menteri …`, `Direktur …, Sidharto R. Suryodipuro`) or before a description only a person takes (`Tsvangirai , mantan tokoh …`).',
    // Not an English run with inner function words (`…: Diversification Strategies for Sustainable Development`).
    when: (ev) =>
      !ev.lowerFunction &&
      (N.appositive(ev.ctx, ev.a, ev.b) || (ev.ctx.toks[ev.a - 1]?.text === ',' && ev.ctx.titleRunEnds.has(ev.a - 1))),
    then: PERSON('ent.person-appositive'),
    examples: [
      { text: 'bersama pejabat Rusia, Igor Morgulov, Wakil Menteri Luar Negeri Rusia.', expect: ['Igor Morgulov'] },
    ],
  },
  {
    id: 'place-cue',
    description: 'A run after a place preposition (`di Kedungbulus`, `ke Wamena`) is a place.',
    when: (ev) => ev.locCue,
    then: { type: 'LOCATION', rule: 'ent.location-prep', basis: 'place-cue' },
    examples: [{ text: 'Rombongan berangkat ke Wamena pagi ini.', expect: ['Wamena'] }],
  },
  {
    id: 'english-joined',
    description:
      'An English run of three or more words with inner function words: names joined by `and` are persons (`Bill and Melinda Gates`).',
    when: (ev) => ev.count >= 3 && ev.lowerFunction && ev.ctx.everyWord(ev.a, ev.b, N.joinedName),
    then: PERSON('ent.english'),
    examples: [{ text: 'Yayasan itu didanai Bill and Melinda Gates tahun lalu.', expect: ['Bill and Melinda Gates'] }],
  },
  {
    id: 'english-phrase',
    description:
      'Other English runs with inner function words (`Descendants of the Sun`) are titles of works or slogans, not names.',
    when: (ev) => ev.count >= 2 && ev.lowerFunction,
    then: NONE,
    examples: [{ text: 'Drama seri Descendants of the Sun sukses.', expect: ['Descendants of the Sun'] }],
  },
  {
    id: 'work-year',
    description: 'A name with a bare year in brackets is a work (`Underworld ( 2003 )`, `Ghost Whisperer ( 2005 )`).',
    when: (ev) => {
      const toks = ev.ctx.toks;
      return toks[ev.b]?.text === '(' && toks[ev.b + 2]?.text === ')' && isYear(toks[ev.b + 1]!);
    },
    then: NONE,
    examples: [{ text: 'Ia membintangi Stealth ( 2005 ) yang laris.', expect: ['Stealth'] }],
  },
  {
    id: 'common-phrase',
    description:
      'Common words with acronyms make a noun phrase (a headline or a programme), not a name (`Perluasan PPh Pasal`, `Tenaga Non-ASN`).',
    when: (ev) =>
      ev.count >= 2 && ev.ctx.someWord(ev.a, ev.b, N.commonLower) && ev.ctx.everyWord(ev.a, ev.b, N.commonOrAcronym),
    then: NONE,
    examples: [{ text: 'Program Perluasan PPh Pasal 21 digelar.', expect: ['Perluasan PPh Pasal'] }],
  },
  {
    id: 'english-words',
    description:
      'A short run made only of English words (WordNet) and Indonesian common words is a phrase or a title of a work (`Delivery Ceremony`, `Prison Break`), unless a word is one compromise knows as a personal name (`Michael Brown`).',
    when: (ev) =>
      ev.count >= 2 &&
      ev.count <= 4 &&
      ev.ctx.everyWord(ev.a, ev.b, N.commonOrEnglish) &&
      !ev.ctx.someWord(ev.a, ev.b, N.englishName),
    then: NONE,
    examples: [
      { text: 'Acara ini disebut Delivery Ceremony dan dihadiri Michael Brown.', expect: ['Delivery Ceremony'] },
    ],
  },
  {
    id: 'derived-phrase',
    description:
      'A run that opens with an Indonesian derived dictionary word, or holds two, is a noun phrase (a programme, a heading: `Layanan Akses Nirkabel Pitalebar`, `Keterisian Jabatan Fungsional PPBJ`), not a name, unless a word is a known given name.',
    when: (ev) => {
      const { ctx, a, b } = ev;
      if (ev.count < 2 || ctx.someWord(a, b, (c, k) => (c.fl(k) & F.GIVEN_NAME) !== 0)) return false;
      let derived = 0;
      for (let k = a; k < b; k++) if (ctx.toks[k]!.kind === 'word' && N.derivedCommon(ctx, k)) derived++;
      return derived >= 2 || (ev.first >= 0 && N.derivedCommon(ctx, ev.first));
    },
    then: NONE,
    examples: [
      {
        text: 'Seleksi untuk Layanan Akses Nirkabel Pitalebar dibuka bagi Kurniawan Dwi.',
        expect: ['Layanan Akses Nirkabel Pitalebar'],
      },
    ],
  },
  {
    id: 'name-shape',
    description:
      "A run in a person's name shape (nameShaped in name-tests.ts), or one word that is the subject of an action verb (`Asrofi menargetkan`, `Udit juga mencoba`), is a person.",
    when: (ev) => N.nameShaped(ev.ctx, ev.a, ev.b, ev.count) || (ev.count === 1 && N.actorVerb(ev.ctx, ev.b, true)),
    then: PERSON('ent.name', 'shape'),
    examples: [
      {
        text: 'Pertemuan itu dihadiri Zalmay Khalilzad dan rekannya. Bryant menyelesaikan studinya.',
        expect: ['Zalmay Khalilzad', 'Bryant'],
      },
    ],
  },
  {
    id: 'given-name',
    description:
      'In a run of up to three words, a known given name or a word in the shape of a Javanese or Arabic name is evidence by itself (`Bambang dipilih`, `Waryono`); acronyms and common words before it stay out (`Menteri PANRB | Rini Widyantini`).',
    when: (ev) => {
      if (ev.count > 3) return false;
      const { ctx } = ev;
      for (let k = ev.a; k < ev.b; k++) {
        if (ctx.toks[k]!.kind !== 'word') continue;
        if (N.givenName(ctx, k)) return k;
        if (!N.commonOrAcronym(ctx, k)) break;
      }
      return false;
    },
    then: PERSON('ent.person-given'),
    examples: [{ text: 'KPK juga telah menetapkan Waryono sebagai tersangka.', expect: ['Waryono'] }],
  },
  {
    id: 'weak-default',
    description:
      'Any other run (one unknown word, acronyms, capitals, noun phrases) is a person only when the document gives evidence elsewhere (refiners/weak-persons.ts).',
    when: () => true,
    then: { type: 'PERSON', rule: 'ent.name', basis: 'shape', weak: true },
    examples: [{ text: 'Muhammad Asrofi mengatakan hal itu. Hal itu dibenarkan Asrofi.', expect: ['Asrofi'] }],
  },
];

/** Unknown capitalised words [a, b): a person, place, organisation or nothing, by the first typing rule that holds. */
export function typeUnknown(ctx: EntityContext, a: number, b: number, cues: Cues, push: Push): void {
  const ev = evidence(ctx, a, b, cues);
  for (const rule of TYPING_RULES) {
    const got = rule.when(ev);
    if (got === false) continue;
    const start = rule.span === 'run' ? ev.a0 : rule.span === 'opened' ? ev.a1 : typeof got === 'number' ? got : ev.a;
    const end = rule.span === undefined ? ev.b : ev.b0;
    ctx.trace?.push({ rule: rule.id, a: start, b: end });
    const t = rule.then;
    if (t) push(start, end, t.type, t.rule, t.basis, t.weak ? { weak: true } : undefined);
    return;
  }
}
