import * as L from '../../../rules/gazetteers/lexicon.js';
import { F } from '../../../rules/gazetteers/word-flags.js';
import { isYear } from '../context.js';
import * as N from '../name-tests.js';
import { NONE, PERSON, type TypingRule } from './rule.js';

/**
 * The typing rules of the run's own words (dictionary, name shape, English phrases), tried after the cue rules, in
 * this order; the last always holds.
 */
export const SHAPE_RULES: readonly TypingRule[] = [
  {
    id: 'dictionary-words',
    description:
      'A run made only of dictionary words (`Kawasan`, `Mitra Penuh`) is not a name when no stronger cue said so.',
    when: (ev) => !ev.oov,
    then: NONE,
    examples: [{ text: 'Selama ini Rusia menjadi Mitra penting di Kawasan.', expect: ['Mitra', 'Kawasan'] }],
  },
  {
    id: 'titled-portfolio',
    description:
      "After a title, a portfolio ending in a body's short form, or of one or two words right before a known body, with no given name, is the title's, no holder (`Deputi Bidang Geoekonomi DPN`, `Kepala Kanreg XII BKN`, `Dirjen Renhan Kemhan`).",
    when: (ev) => {
      if (ev.personCue !== 'title') return false;
      const { ctx, a, b } = ev;
      const last = ctx.toks[b - 1]!;
      for (let k = a; k < b; k++) if (ctx.fl(k) & F.GIVEN_NAME || !ctx.toks[k]!.cap) return false;
      // `Dirjen Renhan Kemhan`: one or two words between a title and its body are the portfolio.
      // (`(Dirjen Strahan) Kemhan`: over the bracket that closes the short title, to a body or a body's head.)
      const at = ctx.toks[b]?.text === ')' ? b + 1 : b;
      const body = ctx.gaz[at];
      const head = ctx.toks[at]?.cap && (ctx.fl(at) & F.ORG_HEAD) !== 0;
      if (b - a <= 2 && ctx.toks[at]?.spaceBefore && (body?.value.type === 'ORGANIZATION' || head)) return true;
      return b - a >= 2 && b - a <= 4 && last.upper && N.bodyAcronym(last.text);
    },
    then: NONE,
    examples: [
      { text: 'Hadir pula Deputi Bidang Geoekonomi DPN kemarin.', expect: ['Bidang Geoekonomi DPN'] },
      { text: 'Hadir Dirjen Renhan Kemhan dan Dirjen Kuathan Kemhan.', expect: ['Renhan', 'Kuathan'] },
      { text: 'Direktur Jenderal Strategi Pertahanan (Dirjen Strahan) Kemhan RI hadir.', expect: ['Strahan'] },
    ],
  },
  {
    id: 'titled',
    description:
      "A run after a job title is its holder; the title's common words left of the name stay out (`Presiden Terpilih | Joko Widodo`, `Deputi Bidang Usaha Mikro | Yulius`), and a body's short form after them is no holder (`Ketua Harian KNIU`).",
    when: (ev) => {
      if (ev.personCue !== 'title') return false;
      const { ctx, b } = ev;
      let a = ev.a;
      // The portfolio's words (`Bidang Usaha Mikro`, `Ekosistem Digital`) when a name follows them; one common word
      // alone may be a given name (`Sri Mulyani`, `Budi Santoso`) unless it opens a portfolio.
      let name = a;
      while (name < b && ctx.toks[name]!.kind === 'word' && ctx.common(name)) name++;
      const portfolio = name - a >= 2 || (name - a === 1 && L.PORTFOLIO_OPENERS.has(ctx.toks[a]!.norm));
      if (name < b && portfolio && ctx.toks[name]!.kind === 'word') a = name;
      // `Ketua Harian KNIU | Amich Alhumami`: the body's short form is the title's, not the holder's.
      if (b - a > 1 && ctx.toks[a]!.upper && N.bodyAcronym(ctx.toks[a]!.text)) a++;
      while (b - a > 1 && ctx.toks[a]!.kind === 'word' && ctx.common(a) && N.DERIVED_WORD.test(ctx.toks[a]!.norm)) a++;
      if (b - a === 1 && ctx.toks[a]!.upper && N.bodyAcronym(ctx.toks[a]!.text)) return false;
      return a;
    },
    then: PERSON('ent.person-title'),
    examples: [
      { text: 'Pemerintahan itu dipimpin Presiden Terpilih Joko Widodo tahun depan.', expect: ['Joko Widodo'] },
      { text: 'Acara dibuka Deputi Bidang Usaha Mikro Yulius pagi ini.', expect: ['Yulius'] },
      { text: 'Ketua Harian KNIU Amich Alhumami hadir.', expect: ['Amich Alhumami'] },
      {
        text: 'Hadir Menteri Perdagangan Budi Santoso dan Direktur Ekosistem Digital Farida Dewi.',
        expect: ['Budi Santoso', 'Farida Dewi'],
      },
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
      "A run after a speech word or before a speech verb that is not in a speaker's shape (five words: `Muhammad Rizal Abdul Karim Siregar menegaskan`) is a person too; after the weak `oleh`, `bersama`, `dengan` only without capitalised dictionary words (`dilengkapi dengan Combat Management System`).",
    when: (ev) => {
      // After `oleh`, `bersama`, `dengan` (weak: bodies and things follow them too), not a run of dictionary words
      // (`dengan Keterisian Jabatan Fungsional PPBJ`), and one unknown word is left to the weak default, which needs
      // evidence elsewhere (`disediakan oleh Elsevier`, `diselenggarakan oleh Wardah`).
      if (ev.personCue === 'speech') {
        if (!ev.speechWeak) return true;
        return (
          ev.count >= 2 && !ev.ctx.someWord(ev.a, ev.b, (c, k) => c.common(k) && c.toks[k]!.cap && !c.toks[k]!.upper)
        );
      }
      const next = ev.ctx.toks[ev.b];
      return !!next && next.kind === 'word' && (ev.ctx.fl(ev.b) & F.SPEECH_AFTER) !== 0;
    },
    then: PERSON('ent.person-speech'),
    examples: [
      {
        text: 'Muhammad Rizal Abdul Karim Siregar menegaskan hal itu.',
        expect: ['Muhammad Rizal Abdul Karim Siregar'],
      },
      { text: 'Kapal ini dilengkapi dengan Combat Management System modern.', expect: [] },
    ],
  },
  {
    id: 'appositive',
    description:
      'A name set off by commas next to a title (`Igor Morgulov, Wakil Menteri …`, `Direktur …, Sidharto R. Suryodipuro`) or before a description only a person takes (`Tsvangirai , mantan tokoh …`).',
    // Not an English run with inner function words (`…: Diversification Strategies for Sustainable Development`).
    when: (ev) =>
      !ev.lowerFunction &&
      (N.appositive(ev.ctx, ev.a, ev.b) ||
        (ev.ctx.toks[ev.a - 1]?.text === ',' && N.titleBeforeComma(ev.ctx, ev.a - 1))),
    then: PERSON('ent.person-appositive'),
    examples: [
      { text: 'bersama pejabat Rusia, Igor Morgulov, Wakil Menteri Luar Negeri Rusia.', expect: ['Igor Morgulov'] },
      {
        text: 'Menteri Pertahanan (Menhan) RI, Sjafrie Sjamsoeddin, meninjau lokasi.',
        expect: ['Sjafrie Sjamsoeddin'],
      },
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
