import { z } from 'zod';
import { RuleMeta } from '../schema/rule.js';
import { speechWords } from './speech-verbs.js';

/**
 * Quote cues (ANNOTATION.md, "quotes"): the words that attribute direct speech to a speaker, by where
 * they stand. `after`: right after the closing mark (`…," ujar Menlu Retno`, `…", demikian disampaikan
 * Dirjen`); `before`: a speech verb before the opening mark (`Menlu menegaskan, "…"`); `menurut`:
 * `Menurut X, "…"`. Words are matched lower-cased; the `-nya` form (`ujarnya`) points back to the last
 * person named. The words are the speech-verb vocabulary's (`speech-verbs.ts`), by their `quote.*` tags.
 */
export const QuoteCueRule = RuleMeta.extend({
  position: z.enum(['after', 'before', 'menurut']),
  /** Cue words; a leading `demikian ` makes a two-word cue. */
  words: z.array(z.string().min(3)).min(1),
}).strict();
export type QuoteCueRule = z.infer<typeof QuoteCueRule>;

const RAW: z.input<typeof QuoteCueRule>[] = [
  {
    id: 'quote.cue-after',
    description:
      'speech verb right after the closing mark: kata, ujar, tutur, ucap, jelas, tegas, ungkap, papar, imbuh, tambah …',
    position: 'after',
    words: speechWords('quote.after'),
    examples: [
      {
        text: '"Nama Belati melambangkan ketepatan dan keberanian," ujar Kasal.',
        expect: ['Nama Belati melambangkan ketepatan dan keberanian,'],
      },
      {
        text: '"AOIP merupakan konsep yang holistik." tegas Dirjen Arto.',
        expect: ['AOIP merupakan konsep yang holistik.'],
      },
    ],
  },
  {
    id: 'quote.cue-demikian',
    description:
      'demikian + passive speech verb after the closing mark: demikian disampaikan / dikatakan / ditegaskan X',
    position: 'after',
    words: [...speechWords('quote.after-demikian').map((w) => `demikian ${w}`), ...speechWords('quote.after-passive')],
    examples: [
      {
        text: '"Indonesia yakin kemitraan ini akan terus tumbuh", demikian disampaikan Direktur Jenderal Kerja Sama ASEAN.',
        expect: ['Indonesia yakin kemitraan ini akan terus tumbuh'],
      },
    ],
  },
  {
    id: 'quote.cue-before',
    description: 'speech verb before the opening mark, followed by a comma or colon: X mengatakan, "…"',
    position: 'before',
    words: speechWords('quote.before'),
    examples: [
      {
        text: 'Menhan menegaskan, "Pertahanan negara adalah tanggung jawab kita bersama."',
        expect: ['Pertahanan negara adalah tanggung jawab kita bersama.'],
      },
      {
        text: 'Pesan Menhan berbunyi: "Kamu hanya mengabdi untuk bangsa."',
        expect: ['Kamu hanya mengabdi untuk bangsa.'],
      },
    ],
  },
  {
    id: 'quote.menurut',
    description: 'Menurut X (or Menurutnya) before the opening mark',
    position: 'menurut',
    words: speechWords('quote.menurut'),
    examples: [
      {
        text: 'Menurut Wamenhan, "Kedaulatan tidak bisa ditawar oleh siapa pun."',
        expect: ['Kedaulatan tidak bisa ditawar oleh siapa pun.'],
      },
    ],
  },
  {
    id: 'quote.unattributed',
    description:
      'a quote of six words or more that opens a paragraph or follows a colon, with no cue: the speaker is the one of a quote in the paragraph before, else none',
    position: 'after',
    words: ['(none)'],
    examples: [
      {
        text: '"Kita harus terus menjaga persatuan dan kesatuan bangsa di mana pun kita berada."',
        expect: ['Kita harus terus menjaga persatuan dan kesatuan bangsa di mana pun kita berada.'],
      },
      { text: 'Tema tahun ini adalah "Samorastra" yang berarti kerja keras.', expect: [] },
    ],
  },
];

export const QUOTE_CUES: readonly QuoteCueRule[] = RAW.map((r) => QuoteCueRule.parse(r));

/**
 * Words that may stand between a subject and its verb when a pronoun cue looks back for the person who spoke
 * (`Herman Khaeron … juga mempertanyakan`, `Iwan Taruna, secara resmi membuka`).
 */
export const SUBJECT_VERB_GAP: ReadonlySet<string> = new Set([
  'juga',
  'pun',
  'kemudian',
  'lalu',
  'turut',
  'secara',
  'resmi',
  'langsung',
  'pula',
  'sendiri',
]);
/** Words that open a subject's affiliation before its verb (`Maggy dari SMK Kristen Immanuel Pontianak berharap`). */
export const SUBJECT_AFFILIATION: ReadonlySet<string> = new Set(['dari', 'selaku', 'sebagai', 'asal']);

/** Words that refer back to a person already named (`ujarnya`, `beliau`, `ia`). */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['ia', 'dia', 'beliau', 'pihaknya', 'nya']);

/**
 * Reporters named only by their outlet (`ujar Wartawan TVOne`, `tambah Jurnalis Metro TV`): the quote is the
 * outlet's (ANNOTATION.md, "an unnamed reporter of an outlet speaks as the outlet").
 */
export const OUTLET_REPORTERS: ReadonlySet<string> = new Set([
  'wartawan',
  'jurnalis',
  'reporter',
  'koresponden',
  'kontributor',
]);
