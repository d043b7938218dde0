import * as L from '../../../rules/gazetteers/lexicon.js';
import { F } from '../../../rules/gazetteers/word-flags.js';
import { datelinePlace } from '../candidates.js';
import * as N from '../name-tests.js';
import type { EntityContext } from '../context.js';
import { NONE, PERSON, type TypingRule, word0 } from './rule.js';

/**
 * Token `k` is a lower-case speech verb that can follow a speaker (`mengaku`, `menambahkan`): a function, not a
 * closure made at every run the rule reads.
 */
function speechAt(ctx: EntityContext, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && t.kind === 'word' && !t.cap && (ctx.fl(k) & F.SPEECH_AFTER) !== 0;
}

/** Token `k` is an upper-case Indonesian dictionary word of four letters or more (`NOMOR`, `PENGUMUMAN`). */
function capitalWord(ctx: EntityContext, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && t.upper && t.norm.length >= 4 && ctx.isCommon(k) && !(ctx.fl(k) & F.GIVEN_NAME);
}

/** Token `k` is `mark` written against the words on both sides. */
function gluedMark(ctx: EntityContext, k: number, mark: string): boolean {
  const t = ctx.toks[k];
  return !!t && t.text === mark && !t.spaceBefore && !!ctx.toks[k + 1] && !ctx.toks[k + 1]!.spaceBefore;
}
const gluedSlash = (ctx: EntityContext, k: number): boolean => gluedMark(ctx, k, '/');

/** The run of tokens written together (no space) around token `k` holds a number (`1/SP/TIMSEL/07/2025`). */
function chainHasNumber(ctx: EntityContext, k: number): boolean {
  const toks = ctx.toks;
  for (let j = k; j >= 0 && (j === k || !toks[j + 1]!.spaceBefore); j--) if (toks[j]!.kind === 'number') return true;
  for (let j = k + 1; j < ctx.n && !toks[j]!.spaceBefore; j++) if (toks[j]!.kind === 'number') return true;
  return false;
}

// Indonesian blends that name bodies: `Kompolnas`, `KemenPAN`, `Mapolda`, `Pemkot`.
const BODY_BLEND =
  /^(?:Kemen|Kemenko|Komnas|Kompol|Bappe|Pem(?:kab|kot|prov)|Ma?pol(?:da|res|sek)|Kodam|Korem|Kodim|Lanud|Lantamal|Dispen|Disdik|Dinkes|Dis(?:perkim|dukcapil|hub|naker|kominfo|budpar|pora|parekraf|perindag|ketapang|pertan|sos|kes))/;

// Centre blends: `Pus` + a unit + a service (`-ad` army, `-al` navy, `-au` air force, `-han` defence) or `-nas`
// (national: `Pusiknas`).
const OFFICE_BLEND = /^Pus[a-z]{4,}(?:ad|al|au|han|nas)$/;
// `Ka` (kepala) + a centre's blend: the head's title.
const OFFICE_HEAD = /^Kapus[a-z]{5,}$/;

/**
 * The typing rules of evidence around or inside the run (speech, titles, datelines, acronyms, cue words), tried
 * first, in this order.
 */
export const CUE_RULES: readonly TypingRule[] = [
  {
    id: 'office-head',
    description:
      "`Ka` (kepala) before a centre's blend (`Kapusrehabkeshan`, `Kapusrehab`) is its head's title, no name, even before a speech verb.",
    when: (ev) => ev.count === 1 && OFFICE_HEAD.test(word0(ev).text),
    then: NONE,
    examples: [{ text: 'Kapusrehabkeshan menyampaikan hal itu.', expect: ['Kapusrehabkeshan'] }],
  },
  {
    id: 'office-blend',
    description:
      "A military or ministry centre's blend (`Pusrehabkeshan`, `Puspenerbal`, `Pusintelad`: `Pus` and a service ending) is an organisation, even before a speech verb; a name is not (`Puspitasari`).",
    when: (ev) => ev.count === 1 && OFFICE_BLEND.test(word0(ev).text),
    then: { type: 'ORGANIZATION', rule: 'ent.acronym-org', basis: 'acronym' },
    examples: [
      { text: 'Pusrehabkeshan dan Puspenerbal siap, kata Puspitasari.', expect: ['Pusrehabkeshan', 'Puspenerbal'] },
    ],
  },
  {
    id: 'regional-unit',
    description:
      "A body's short form with a numbered regional unit (`LLDIKTI Wilayah VII`, `BPK Regional 2`) is one organisation, not a name after a body (after a title the legal-forms refiner joins them).",
    when: (ev) => {
      const toks = ev.ctx.toks;
      const k = ev.first;
      return (
        ev.count >= 2 &&
        ev.b === k + 3 &&
        toks[k]!.upper &&
        N.bodyAcronym(toks[k]!.text) &&
        L.REGIONAL_UNIT_WORDS.has(toks[k + 1]!.norm) &&
        N.unitNumber(toks[k + 2])
      );
    },
    then: { type: 'ORGANIZATION', rule: 'ent.acronym-org', basis: 'cue' },
    examples: [
      { text: 'LLDIKTI Wilayah VII menggelar acara.', expect: ['LLDIKTI Wilayah VII'] },
      { text: 'Acara digelar oleh LLDIKTI Wilayah IX, kata dia.', expect: ['LLDIKTI Wilayah IX'] },
    ],
  },
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
      // `…, Nur Syarifah, menyampaikan`: set off by commas right before the speech verb.
      const inCommas = ctx.toks[a0 - 1]?.text === ',' && ctx.toks[b0]?.text === ',' && speechAt(ctx, b0 + 1);
      return (ev.speechStrong || speechAt(ctx, b0) || inCommas) && N.speakerName(ctx, a0, b0);
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
    id: 'capitals-line',
    description:
      'An upper-case dictionary word of four letters or more beside another (a line set in capitals: `PENGUMUMAN NOMOR : 1/SP/…`, `SIARAN PERS`) is a word of that line, not an acronym.',
    when: (ev) =>
      ev.count === 1 &&
      capitalWord(ev.ctx, ev.first) &&
      (capitalWord(ev.ctx, ev.first - 1) || capitalWord(ev.ctx, ev.first + 1)),
    then: NONE,
    examples: [{ text: 'PENGUMUMAN NOMOR : 1/SP/2025 diterbitkan. Dukungan PKBI mengalir.', expect: ['NOMOR'] }],
  },
  {
    id: 'reference-code',
    description:
      'An acronym between two slashes with no space, in a chain that holds a number (`Nomor 1/SP/TIMSEL/2025`, `S-816/MS/PB.06.00/10/2025`, `1291/B-KS.04.01/SD/K/2025`: or before a glued period), is a part of a letter or decree number, not a body; a list of bodies is not (`BBGTK/BGTK/KGTK`).',
    when: (ev) =>
      ev.count === 1 &&
      gluedSlash(ev.ctx, ev.first - 1) &&
      (gluedSlash(ev.ctx, ev.first + 1) || gluedMark(ev.ctx, ev.first + 1, '.')) &&
      chainHasNumber(ev.ctx, ev.first),
    then: NONE,
    examples: [
      { text: 'Surat Nomor 1/SP/TIMSEL/07/2025 dari PKBI, juga BBGTK/BGTK/KGTK.', expect: ['SP', 'TIMSEL'] },
      { text: 'Surat Kepala BKN Nomor 1291/B-KS.04.01/SD/K/2025 tanggal 15 Januari.', expect: ['B-KS'] },
    ],
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
      'An acronym after a strict speech word is a person (`kata JK`: initials are how the press names some speakers); after `oleh` it is the body that acts (`diberikan oleh LKPP`).',
    when: (ev) => ev.acronym && ev.personCue === 'speech' && ev.speechStrong,
    then: PERSON('ent.person-speech'),
    examples: [{ text: 'Hal itu penting, ujar ABK. Penghargaan diberikan oleh LKPP.', expect: ['ABK'] }],
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
    when: (ev) =>
      ev.personCue === 'honorific' &&
      (ev.oov || !ev.weakHonorific) &&
      // `Prof. Dr. h.c. H.J. Jentsch`: an honorific alone is no name.
      !(ev.count === 1 && ev.ctx.fl(ev.first) & F.HONORIFIC),
    then: PERSON('ent.person-honorific'),
    examples: [{ text: 'Sambutan disampaikan Ibu Sri Mulyani kemarin.', expect: ['Sri Mulyani'] }],
  },
];
