import { z } from 'zod';
import { RuleMeta } from '../schema/rule.js';

/**
 * Quote cues (ANNOTATION.md, "quotes"): the words that attribute direct speech to a speaker, by where
 * they stand. `after`: right after the closing mark (`…," ujar Menlu Retno`, `…", demikian disampaikan
 * Dirjen`); `before`: a speech verb before the opening mark (`Menlu menegaskan, "…"`); `menurut`:
 * `Menurut X, "…"`. Words are matched lower-cased; the `-nya` form (`ujarnya`) points back to the last
 * person named.
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
    words: [
      'kata',
      'ujar',
      'tutur',
      'ucap',
      'jelas',
      'tegas',
      'ungkap',
      'papar',
      'imbuh',
      'tambah',
      'lanjut',
      'terang',
      'tandas',
      'pungkas',
      'sebut',
      'sambung',
      'tukas',
      'pesan',
      'tutup',
      'seru',
      'katanya',
      'ujarnya',
      'tuturnya',
      'ucapnya',
      'jelasnya',
      'tegasnya',
      'ungkapnya',
      'paparnya',
      'imbuhnya',
      'tambahnya',
      'lanjutnya',
      'terangnya',
      'tandasnya',
      'pungkasnya',
      'sebutnya',
      'sambungnya',
      'pesannya',
      'tutupnya',
      'serunya',
      'mengatakan',
      'menegaskan',
      'menjelaskan',
      'mengungkapkan',
      'menambahkan',
      'menyampaikan',
      'menuturkan',
      'memaparkan',
      'menyatakan',
      'menekankan',
      'mengingatkan',
      'berpesan',
      'menandaskan',
      'menerangkan',
    ],
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
    words: [
      'demikian disampaikan',
      'demikian dikatakan',
      'demikian ditegaskan',
      'demikian diungkapkan',
      'demikian dijelaskan',
      'demikian disebutkan',
      'demikian dipaparkan',
      'demikian ujar',
      'demikian kata',
      'demikian tegas',
      'disampaikan',
      'dikatakan',
      'ditegaskan',
      'diungkapkan',
      'dijelaskan',
    ],
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
    words: [
      'mengatakan',
      'menyatakan',
      'menegaskan',
      'menjelaskan',
      'mengungkapkan',
      'menyampaikan',
      'menambahkan',
      'memaparkan',
      'menuturkan',
      'berkata',
      'menekankan',
      'mengingatkan',
      'menerangkan',
      'menandaskan',
      'berpesan',
      'mengucapkan',
      'bertutur',
      'mengajak',
      'mengimbau',
      'meminta',
      'katanya',
      'ujarnya',
      'ujar',
      'kata',
      'tegasnya',
      'jelasnya',
      'ungkapnya',
      // Written words: `Menkes menuliskan: "…"`, `Pesan Menhan berbunyi: "…"`.
      'menuliskan',
      'menulis',
      'berbunyi',
    ],
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
    words: ['menurut', 'menurutnya'],
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

/** Words that refer back to a person already named (`ujarnya`, `beliau`, `ia`). */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['ia', 'dia', 'beliau', 'pihaknya', 'nya']);
