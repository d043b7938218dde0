import { z } from 'zod';
import { RuleMeta } from '../schema/rule.js';
import { CommitmentType } from '../schema/record.js';

/**
 * Commitment triggers (ANNOTATION.md, "commitments"): one rule per root. A word is a trigger when one
 * of its readings (src/text/morphology.ts) has the rule's root and a shape the rule lists under
 * `active`, `passive` or `noun`. The voice decides where the actors are looked for: left of an active
 * verb, in `antara A dan B` / `oleh A` after a passive one, after a noun (`usulan Malaysia`) or on the
 * light verb before it (`menegaskan komitmen`).
 *
 * Event codes for analysts: `cameo` is the CAMEO 1.1b3 code, `plover` the PLOVER category from the
 * Open Event Data Alliance's CAMEO→PLOVER table (openeventdata/PLOVER, CAMEO2PLOVER-2021.txt, where
 * 03 → AGREE, 05 incl. 057 → SUPPORT, 07 → AID). PLOVER dropped CAMEO 02 (APPEAL), so ENCOURAGE has no
 * PLOVER category. `intended` overrides the codes when the commitment is only announced (`akan`,
 * `siap`): giving aid that is promised is CAMEO 033, not 070.
 */
export const EventCode = z.object({ cameo: z.string().regex(/^\d{3,4}$/), plover: z.string().optional() }).strict();
export type EventCode = z.infer<typeof EventCode>;

export const TriggerRule = RuleMeta.extend({
  type: CommitmentType,
  /** Roots as morphology.ts returns them (lower case, no affixes). */
  roots: z.array(z.string().min(3)).min(1),
  /** Shapes read as an active verb: the actor is the subject on the left. */
  active: z.array(z.string()).default([]),
  /** Shapes read as a passive verb (`disepakati`): actors from `antara A dan B` or `oleh A`. */
  passive: z.array(z.string()).default([]),
  /** Shapes read as a noun (`kesepakatan`, `dukungan`, `usulan`). */
  noun: z.array(z.string()).default([]),
  /**
   * Extra condition: `aid` needs an aid noun right after (`memberikan bantuan`); `verb` needs a verb
   * after (`siap membantu`); `addressee` needs a party or `agar` after (`mendorong Rusia untuk`);
   * `proposal` needs a proposal noun after (`mengajukan usulan`).
   */
  needs: z.enum(['aid', 'verb', 'addressee', 'proposal']).optional(),
  /** Passive forms count only with an explicit agent (`oleh X`) or parties (`antara A dan B`). */
  passiveNeedsAgent: z.boolean().default(false),
  event: EventCode,
  intended: EventCode.optional(),
}).strict();
export type TriggerRule = z.infer<typeof TriggerRule>;

const INTENT_COOPERATE = { cameo: '030', plover: 'AGREE' };
const APPEAL = { cameo: '020' };

const RAW: z.input<typeof TriggerRule>[] = [
  {
    id: 'commit.sepakat',
    description: 'AGREE: sepakat, bersepakat, menyepakati, disepakati, kesepakatan',
    type: 'AGREE',
    roots: ['sepakat'],
    active: ['base', 'ber', 'meN-i'],
    passive: ['di-i'],
    noun: ['ke-an'],
    event: INTENT_COOPERATE,
    examples: [
      { text: 'Kedua menteri sepakat untuk memperluas kerja sama.', expect: ['sepakat'] },
      { text: 'Forum itu menyepakati usulan tersebut.', expect: ['menyepakati'] },
      { text: 'Telah disepakati Nota Kesepahaman antara Jepang dan Indonesia.', expect: ['disepakati'] },
      { text: 'Kedua pihak mencapai kesepakatan untuk membuka jalur baru.', expect: ['kesepakatan'] },
      { text: 'Indonesia berharap kedua negara segera sepakat.', expect: [] },
    ],
  },
  {
    id: 'commit.setuju',
    description: 'AGREE: setuju, menyetujui, disetujui (not persetujuan, which is mostly an approval document)',
    type: 'AGREE',
    roots: ['setuju'],
    active: ['base', 'meN-i'],
    passive: ['di-i'],
    passiveNeedsAgent: true,
    event: INTENT_COOPERATE,
    examples: [
      { text: 'Malaysia menyetujui rencana aksi tersebut.', expect: ['menyetujui'] },
      { text: 'Rusia tidak setuju dengan usulan itu.', expect: ['setuju'] },
      { text: 'Dokumen itu memerlukan persetujuan parlemen.', expect: [] },
    ],
  },
  {
    id: 'commit.komitmen',
    description: 'PLEDGE: berkomitmen, and komitmen when stated (menegaskan komitmen) or owned (komitmen Indonesia)',
    type: 'PLEDGE',
    roots: ['komitmen'],
    active: ['ber'],
    noun: ['base'],
    event: INTENT_COOPERATE,
    examples: [
      { text: 'Indonesia berkomitmen mendukung pemulihan ekonomi kawasan.', expect: ['berkomitmen'] },
      { text: 'Menteri itu menegaskan komitmen Indonesia untuk menjaga perdamaian.', expect: ['komitmen'] },
      { text: 'Ia mengapresiasi komitmen Jepang selama ini.', expect: [] },
    ],
  },
  {
    id: 'commit.janji',
    description: 'PLEDGE: berjanji (menjanjikan is left out: "prospek yang menjanjikan" means promising)',
    type: 'PLEDGE',
    roots: ['janji'],
    active: ['ber'],
    event: INTENT_COOPERATE,
    examples: [
      { text: 'Pemerintah berjanji menyelesaikan proyek itu tahun depan.', expect: ['berjanji'] },
      { text: 'Sektor ini memiliki prospek yang menjanjikan.', expect: [] },
    ],
  },
  {
    id: 'commit.tekad',
    description: 'PLEDGE: bertekad, and tekad when stated or owned',
    type: 'PLEDGE',
    roots: ['tekad'],
    active: ['ber'],
    noun: ['base'],
    event: INTENT_COOPERATE,
    examples: [
      { text: 'ASEAN bertekad memperkuat sentralitasnya.', expect: ['bertekad'] },
      { text: 'Presiden menyampaikan tekad Indonesia untuk swasembada pangan.', expect: ['tekad'] },
    ],
  },
  {
    id: 'commit.siap',
    description: 'PLEDGE: siap followed by a verb or untuk (siap membantu); kesiapan and siap siaga are not',
    type: 'PLEDGE',
    roots: ['siap'],
    active: ['base'],
    needs: 'verb',
    event: INTENT_COOPERATE,
    examples: [
      { text: 'Jepang siap membantu pembangunan pelabuhan.', expect: ['siap'] },
      { text: 'Petugas telah siap di lokasi.', expect: [] },
      { text: 'Kemhan memastikan kesiapan personel.', expect: [] },
    ],
  },
  {
    id: 'commit.bersedia',
    description: 'PLEDGE: bersedia followed by a verb or untuk (willing to); tersedia (available) is not',
    type: 'PLEDGE',
    roots: ['sedia'],
    active: ['ber'],
    needs: 'verb',
    event: INTENT_COOPERATE,
    examples: [
      { text: 'Korea Selatan bersedia memberikan pelatihan.', expect: ['bersedia'] },
      { text: 'Dana tersedia untuk semua provinsi.', expect: [] },
    ],
  },
  {
    id: 'commit.usul',
    description: 'PROPOSE: mengusulkan, usulkan, diusulkan (with an agent), usulan',
    type: 'PROPOSE',
    roots: ['usul'],
    active: ['meN-kan', '-kan'],
    passive: ['di-kan'],
    noun: ['-an', 'base'],
    passiveNeedsAgent: true,
    event: INTENT_COOPERATE,
    examples: [
      { text: 'Rusia usulkan kerja sama peningkatan kapasitas.', expect: ['usulkan'] },
      { text: 'Thailand mengusulkan pembentukan pusat pelatihan.', expect: ['mengusulkan'] },
      { text: 'Forum menyepakati usulan Malaysia tentang pusat data.', expect: ['usulan'] },
    ],
  },
  {
    id: 'commit.aju',
    description: 'PROPOSE: mengajukan with a proposal noun after it (usulan, proposal, rancangan, inisiatif)',
    type: 'PROPOSE',
    roots: ['aju'],
    active: ['meN-kan'],
    needs: 'proposal',
    event: INTENT_COOPERATE,
    examples: [
      { text: 'Vietnam mengajukan rancangan deklarasi bersama.', expect: ['mengajukan'] },
      { text: 'Wartawan mengajukan pertanyaan kepada menteri.', expect: [] },
    ],
  },
  {
    id: 'commit.gagas',
    description: 'PROPOSE: menggagas (initiates an idea or programme)',
    type: 'PROPOSE',
    roots: ['gagas'],
    active: ['meN'],
    event: INTENT_COOPERATE,
    examples: [{ text: 'Indonesia menggagas forum maritim regional.', expect: ['menggagas'] }],
  },
  {
    id: 'commit.tawar',
    description: 'OFFER: menawarkan, tawarkan, tawaran (CAMEO 033 express intent to provide material aid)',
    type: 'OFFER',
    roots: ['tawar'],
    active: ['meN-kan', '-kan'],
    passive: ['di-kan'],
    noun: ['-an'],
    passiveNeedsAgent: true,
    event: { cameo: '033', plover: 'AGREE' },
    examples: [
      { text: 'Rusia juga menawarkan vaksin Sputnik V.', expect: ['menawarkan'] },
      { text: 'Indonesia menyambut baik tawaran Jepang.', expect: [] },
    ],
  },
  {
    id: 'commit.beri',
    description: 'OFFER: memberikan/memberi with an aid noun after it (bantuan, hibah, beasiswa, pinjaman, donasi)',
    type: 'OFFER',
    roots: ['beri'],
    active: ['meN-kan', 'meN'],
    passive: ['di-kan'],
    needs: 'aid',
    passiveNeedsAgent: true,
    event: { cameo: '070', plover: 'AID' },
    intended: { cameo: '033', plover: 'AGREE' },
    examples: [
      { text: 'Jepang memberikan bantuan senilai 5 juta dolar.', expect: ['memberikan'] },
      { text: 'Narasumber memberikan pelatihan kepada peserta.', expect: [] },
    ],
  },
  {
    id: 'commit.sedia',
    description: 'OFFER: menyediakan (provides); tersedia and ketersediaan are not',
    type: 'OFFER',
    roots: ['sedia'],
    active: ['meN-kan'],
    event: { cameo: '070', plover: 'AID' },
    intended: { cameo: '033', plover: 'AGREE' },
    examples: [
      { text: 'Australia akan menyediakan beasiswa bagi 100 pelajar.', expect: ['menyediakan'] },
      { text: 'Ketersediaan pangan tetap terjaga.', expect: [] },
    ],
  },
  {
    id: 'commit.hibah',
    description: 'OFFER: menghibahkan (grants)',
    type: 'OFFER',
    roots: ['hibah'],
    active: ['meN-kan'],
    event: { cameo: '070', plover: 'AID' },
    intended: { cameo: '033', plover: 'AGREE' },
    examples: [{ text: 'Korea Selatan menghibahkan dua kapal patroli.', expect: ['menghibahkan'] }],
  },
  {
    id: 'commit.dukung',
    description: 'SUPPORT: mendukung, dukung, didukung (with an agent), dukungan when given, stated or owned',
    type: 'SUPPORT',
    roots: ['dukung'],
    active: ['meN', 'base'],
    passive: ['di'],
    noun: ['-an'],
    passiveNeedsAgent: true,
    event: { cameo: '051', plover: 'SUPPORT' },
    intended: { cameo: '032', plover: 'AGREE' },
    examples: [
      { text: 'Rusia juga mendukung penguatan kapasitas kesehatan publik.', expect: ['mendukung'] },
      { text: 'Singapura menyatakan dukungan terhadap keketuaan Indonesia.', expect: ['dukungan'] },
      { text: 'Kegiatan ini untuk mendukung ketahanan pangan.', expect: [] },
      { text: 'Kami berterima kasih atas dukungan Jepang.', expect: [] },
      { text: '“Zacky, kami akan mendukungmu,” kata Rektor Unand.', expect: ['mendukungmu'] },
    ],
  },
  {
    id: 'commit.dorong',
    description:
      'ENCOURAGE: mendorong with an addressee (a party, or agar): mendorong Rusia untuk …; "mendorong pertumbuhan" is not an appeal',
    type: 'ENCOURAGE',
    roots: ['dorong'],
    active: ['meN', 'base'],
    passive: ['di'],
    needs: 'addressee',
    passiveNeedsAgent: true,
    event: APPEAL,
    examples: [
      { text: 'Dirjen Arto kembali mendorong Rusia untuk bekerja sama dengan ASEAN.', expect: ['mendorong'] },
      { text: 'Kebijakan ini mendorong pertumbuhan ekonomi.', expect: [] },
      { text: 'Menkes Budi Gunadi mendorong kompi kesehatan untuk bekerja sama.', expect: ['mendorong'] },
    ],
  },
  {
    id: 'commit.ajak',
    description: 'ENCOURAGE: mengajak (invites someone to act)',
    type: 'ENCOURAGE',
    roots: ['ajak'],
    active: ['meN', 'base'],
    event: APPEAL,
    examples: [{ text: 'Menteri mengajak generasi muda untuk menjaga persatuan.', expect: ['mengajak'] }],
  },
  {
    id: 'commit.minta',
    description: 'ENCOURAGE: meminta (asks someone to act); meminta maaf is not',
    type: 'ENCOURAGE',
    roots: ['minta'],
    active: ['meN'],
    passive: ['di'],
    passiveNeedsAgent: true,
    event: APPEAL,
    examples: [
      { text: 'Presiden meminta para menteri mempercepat penyerapan anggaran.', expect: ['meminta'] },
      { text: 'Panitia meminta maaf atas keterlambatan.', expect: [] },
    ],
  },
  {
    id: 'commit.seru',
    description: 'ENCOURAGE: menyerukan (calls for)',
    type: 'ENCOURAGE',
    roots: ['seru'],
    active: ['meN-kan'],
    event: APPEAL,
    examples: [{ text: 'Indonesia menyerukan gencatan senjata segera di Gaza.', expect: ['menyerukan'] }],
  },
  {
    id: 'commit.imbau',
    description: 'ENCOURAGE: mengimbau / menghimbau (urges)',
    type: 'ENCOURAGE',
    roots: ['imbau', 'himbau'],
    active: ['meN'],
    event: APPEAL,
    examples: [{ text: 'Kementerian mengimbau masyarakat untuk waspada.', expect: ['mengimbau'] }],
  },
  {
    id: 'commit.tandatangan',
    description: 'SIGN: menandatangani, ditandatangani, penandatanganan (CAMEO 057 sign formal agreement)',
    type: 'SIGN',
    roots: ['tandatangan'],
    active: ['meN-i'],
    passive: ['di-i'],
    noun: ['peN-an'],
    event: { cameo: '057', plover: 'SUPPORT' },
    examples: [
      { text: 'Kedua menteri menandatangani Nota Kesepahaman di bidang pertahanan.', expect: ['menandatangani'] },
      {
        text: 'Acara ditutup dengan penandatanganan nota kesepahaman antara Kemhan dan Unhan.',
        expect: ['penandatanganan'],
      },
    ],
  },
];

/** The trigger rules, validated on load. */
export const TRIGGERS: readonly TriggerRule[] = RAW.map((r) => TriggerRule.parse(r));

/**
 * Words that read as a trigger shape but are not triggers, kept as data and tested. Most false
 * readings are already excluded by the shapes each rule allows; these are the remaining homographs.
 */
export const NOT_TRIGGERS: ReadonlySet<string> = new Set([
  'menjanjikan', // promising (adjective use); berjanji is the pledge
  'pendukung', // supporter (a person noun)
  'pendukungnya',
  'tersedia', // available
  'ketersediaan', // availability
  'kesiapan', // readiness
  'persetujuan', // approval
  'perjanjian', // a treaty (a DOCUMENT name, not an act)
  'dorongan', // impetus
  'bersepakat-sepakat',
]);

/** Nouns that make `memberikan` an OFFER (memberikan bantuan). */
export const AID_NOUNS: ReadonlySet<string> = new Set([
  'bantuan',
  'hibah',
  'donasi',
  'sumbangan',
  'beasiswa',
  'pinjaman',
  'dana',
  'santunan',
  'insentif',
  'subsidi',
  'vaksin',
  'obat',
  'obat-obatan',
  'logistik',
  'paket',
  'sembako',
]);

/** Nouns that make `mengajukan` a PROPOSE. */
export const PROPOSAL_NOUNS: ReadonlySet<string> = new Set([
  'usulan',
  'usul',
  'proposal',
  'rancangan',
  'inisiatif',
  'gagasan',
  'rekomendasi',
  'draf',
  'konsep',
  'tawaran',
  'opsi',
]);

/** How a lower-cased word resolves: the rule and the voice it is read in. */
export interface TriggerHit {
  rule: TriggerRule;
  voice: 'active' | 'passive' | 'noun';
  shape: string;
}
