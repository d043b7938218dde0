import type { RuleMeta } from '../schema/rule.js';

/**
 * Role rules: each id comes out on the roles it makes (`role.rule`). The engine is
 * src/stages/roles.ts; titles are in src/rules/gazetteers/titles.ts. The examples list the role spans.
 */
export const ROLE_RULES = [
  {
    id: 'role.title-name',
    description:
      'A title followed by the holder’s name, with or without a comma: `Direktur Jenderal Kerja Sama ASEAN, Sidharto R. Suryodipuro`, `Dirjen Arto`.',
    examples: [
      {
        text: 'disampaikan Direktur Jenderal Kerja Sama ASEAN, Sidharto R. Suryodipuro pada pembukaan.',
        expect: ['Direktur Jenderal Kerja Sama ASEAN'],
      },
      { text: 'Kunjungan Presiden Joko Widodo ke Jepang.', expect: ['Presiden'] },
      {
        text: 'Hadir Kepala Staf Angkatan Laut (Kasal) Laksamana TNI Dr. Muhammad Ali di dermaga.',
        expect: ['Kepala Staf Angkatan Laut'],
      },
    ],
  },
  {
    id: 'role.name-title',
    description: 'A name followed by `, Title …` (appositive): `Igor Morgulov, Wakil Menteri Luar Negeri …`.',
    examples: [
      {
        text: 'bersama pejabat Rusia, Igor Morgulov, Wakil Menteri Luar Negeri untuk Kerja Sama Kawasan Asia Timur.',
        expect: ['Wakil Menteri Luar Negeri untuk Kerja Sama Kawasan Asia Timur'],
      },
    ],
  },
  {
    id: 'role.signature',
    description:
      "A sign-off: the title's line follows a line that is only a name (`Deni Surjantoro` ⏎ `Kepala Biro …`).",
    examples: [
      {
        text: 'Demikian.\n\nDeni Surjantoro\n\nKepala Biro Komunikasi dan Layanan Informasi\n\nKementerian Keuangan',
        expect: ['Kepala Biro Komunikasi dan Layanan Informasi'],
      },
    ],
  },
  {
    id: 'role.alone',
    description:
      "A title standing alone gets the holder of the same title elsewhere in the text when only one person holds it; when several do, a bare short title (`Menkeu`, `Wamenaker`) gets the first one introduced before it (the publisher's official; counterparts come later, with their country).",
    examples: [
      { text: 'Menteri Luar Negeri Retno Marsudi hadir. Menlu menyampaikan sambutan.', expect: ['Menlu'] },
      { text: 'Para Menteri hadir.', expect: [] },
    ],
  },
] as const satisfies readonly RuleMeta[];
