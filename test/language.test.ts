import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { Doc } from '../src/doc.js';
import { collectEvidence, conflictingMarkers, identify, LanguageWords } from '../src/lang/lid.js';
import { LANGUAGE_MARKERS, LANGUAGE_PATTERNS } from '../src/rules/language-markers.js';
import { RuleMeta } from '../src/schema/rule.js';
import { languageStage } from '../src/stages/language.js';
import { languageRuleFamily } from '../src/lang/family.js';
import { sentenceLanguageStage } from '../src/stages/sentence-language.js';
import { expectLinear } from './helpers/linear.js';

const fired = (text: string): Set<string> => new Set(collectEvidence(text.toLowerCase()).fired.keys());

describe('language marker data', () => {
  const rules = [...LANGUAGE_MARKERS, ...LANGUAGE_PATTERNS];

  it('has valid, unique ids', () => {
    for (const rule of rules) RuleMeta.parse(rule);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('runs as a rule family', () => {
    for (const rule of languageRuleFamily.rules) {
      for (const example of rule.examples) {
        expect(languageRuleFamily.run(rule, example.text).map((r) => r.text)).toEqual(example.expect);
      }
    }
  });

  it('never lists one form for both Indonesian and Malay', () => {
    expect(conflictingMarkers()).toEqual([]);
  });

  for (const rule of rules) {
    for (const example of rule.examples) {
      if (example.expect.length) {
        it(`${rule.id} fires and gives ${example.expect[0]}: ${example.text}`, () => {
          expect(fired(example.text).has(rule.id)).toBe(true);
          expect(identify(example.text).code).toBe(example.expect[0]);
        });
      } else {
        it(`${rule.id} does not fire: ${example.text}`, () => {
          expect(fired(example.text).has(rule.id)).toBe(false);
        });
      }
    }
  }
});

describe('identify', () => {
  const cases: [string, string][] = [
    ['Menteri Keuangan mengatakan bahwa pertumbuhan ekonomi tahun ini mencapai 5,1 persen.', 'ind'],
    ['Pemerintah akan memberikan bantuan kepada warga yang terdampak banjir di kabupaten itu.', 'ind'],
    ['Saya nggak bisa datang besok karena ada rapat di kantor.', 'ind'],
    ['Kerajaan akan memberikan bantuan kepada mangsa banjir di negeri itu, kata beliau.', 'zlm'],
    ['Menteri Kewangan berkata pertumbuhan ekonomi tahun ini dijangka mencecah 4.5 peratus.', 'zlm'],
    ['Saya tak boleh datang esok kerana ada mesyuarat di pejabat.', 'zlm'],
    ['The ministry said the new regulation would take effect next month.', 'eng'],
    ['I think we should leave before it starts raining.', 'eng'],
  ];
  for (const [text, code] of cases) {
    it(`${code}: ${text}`, () => expect(identify(text).code).toBe(code));
  }

  it('calls an English paragraph eng with high confidence', () => {
    const guess = identify(
      'The government announced on Monday that it would expand the programme to three more provinces. ' +
        'Officials said the decision followed a review of last year’s results, which showed a sharp drop in costs.',
    );
    expect(guess.code).toBe('eng');
    expect(guess.confidence).toBeGreaterThan(0.8);
  });

  it('calls a Malay paragraph zlm', () => {
    const guess = identify(
      'Kerajaan negeri akan memperuntukkan RM2.5 juta bagi membaiki jalan raya yang rosak akibat banjir, ' +
        'kata Menteri Besar semalam. Beliau berkata kerja-kerja pembaikan dijangka bermula pada bulan Disember ' +
        'dan siap sepenuhnya dalam tempoh enam bulan. Orang ramai diminta bersabar sepanjang tempoh tersebut.',
    );
    expect(guess.code).toBe('zlm');
    expect(guess.confidence).toBeGreaterThan(0.8);
  });

  it('calls an Indonesian press release ind with high confidence', () => {
    const guess = identify(
      'Jakarta, 12 Maret 2024 - Kementerian Kesehatan meluncurkan program vaksinasi nasional yang akan ' +
        'dilaksanakan di seluruh provinsi. Menurut Menteri Kesehatan, program tersebut menargetkan 20 juta ' +
        'anak dan didukung anggaran sebesar Rp1,5 triliun. "Kami berharap masyarakat ikut berpartisipasi," ujarnya.',
    );
    expect(guess.code).toBe('ind');
    expect(guess.confidence).toBeGreaterThan(0.9);
    expect(guess.candidates[0]?.code).toBe('ind');
    expect(guess.candidates.map((c) => c.code).sort()).toEqual(['eng', 'ind', 'zlm']);
  });

  it('gives und for text without words', () => {
    expect(identify('').code).toBe('und');
    expect(identify('12/03/2024 — 15.00').code).toBe('und');
  });

  it('never answers short text with confidence', () => {
    for (const text of ['Terima kasih.', 'Selamat pagi', 'Ya', 'Kuda makan rumput.', 'OK then']) {
      const guess = identify(text);
      expect(guess.code === 'und' || guess.confidence < 0.6).toBe(true);
    }
  });

  it('keeps mixed English/Indonesian text at low confidence', () => {
    const guess = identify('Kita harus meeting dulu, because the deadline is tomorrow and kita belum siap.');
    expect(guess.confidence).toBeLessThanOrEqual(0.5);
  });

  it('bounds the work on long documents', () => {
    const para = 'Pemerintah menyatakan bahwa program tersebut berjalan dengan baik. ';
    expect(identify(para.repeat(20000)).code).toBe('ind');
    expectLinear('repeated paragraph', (n) => para.repeat(n), identify, 500);
  });
});

describe('language stages', () => {
  it('sets doc.language', () => {
    const doc = new Doc('Pemerintah provinsi mengatakan bahwa bantuan akan disalurkan pekan depan.');
    languageStage.run(doc);
    expect(doc.language?.code).toBe('ind');
  });

  it('marks an English quote in an Indonesian document, and keeps weak sentences Indonesian', () => {
    const parts = [
      'Menteri Luar Negeri mengatakan bahwa kerja sama kedua negara akan diperkuat tahun ini.',
      'Pemerintah juga akan membuka kantor perwakilan baru di Surabaya pada bulan Agustus.',
      'Menurut Kementerian Luar Negeri, nilai perdagangan kedua negara mencapai Rp150 triliun.',
      '"We are very happy with the progress of this cooperation," said the ambassador.',
      'Beliau turut hadir.',
      'Kerajaan negeri menggesa orang ramai supaya sentiasa berwaspada, kata pengerusi jawatankuasa itu.',
    ];
    const text = parts.join(' ');
    const doc = new Doc(text);
    languageStage.run(doc);
    expect(doc.language?.code).toBe('ind');
    let at = 0;
    doc.sentences = parts.map((p) => {
      const start = text.indexOf(p, at);
      at = start + p.length;
      return { start, end: at, text: p };
    });
    sentenceLanguageStage.run(doc);
    expect(doc.sentences.map((s) => s.language)).toEqual(['ind', 'ind', 'ind', 'eng', 'ind', 'zlm']);
  });
});

describe('one scan of a document for its language and its sentences', () => {
  // Texts where the folded view reads differently from the text (curly apostrophes and dashes between
  // letters, NBSP before a number, İ) and where it does not.
  const texts = [
    'Menteri Luar Negeri mengatakan bahwa kerja sama kedua negara akan diperkuat. Nilainya Rp 150 triliun, naik 2,5 persen.',
    'Kerajaan negeri menggesa orang ramai supaya sentiasa berwaspada, kata pengerusi jawatankuasa itu. Harga RM\u00a012.50 sekilo.',
    'Pemerintah\u2019s program \u2013 bantuan sosial\u2014dan negara\u2013negara tetangga; rp\u00a01.500 per orang. Don\u2019t worry.',
    'Dia berkata: \u201cKami akan datang.\u201d Itulah kebijakannya, katanya. \u0130stanbul dan negara-negara lain.',
    'The minister said that the government will support the programme. Pemerintah akan mendukung program itu juga.',
    'Rapat   koordinasi  \u00a0 diadakan pada 12/03/2024 pukul 10.00 WIB di Jakarta, dan dihadiri oleh para menteri.',
  ];

  it('gives the evidence of a scan of each stretch alone', () => {
    for (const text of texts) {
      const doc = new Doc(text);
      const words = doc.languageWords;
      const ends = [...text.matchAll(/[.;:,]\s|$/g)].map((m) => m.index! + 1);
      let from = 0;
      for (const end of ends) {
        const to = Math.min(end, text.length);
        if (to <= from) continue;
        expect(words.evidence(from, to)).toEqual(collectEvidence(doc.lower, from, to));
        // Stretches that cut words, asked out of order, too.
        expect(words.evidence(from + 1, Math.max(from + 1, to - 2))).toEqual(
          collectEvidence(doc.lower, from + 1, Math.max(from + 1, to - 2)),
        );
        from = to;
      }
      expect(words.evidence(0, text.length)).toEqual(collectEvidence(doc.lower));
      expect(new LanguageWords(doc.lower).evidence(3, text.length)).toEqual(collectEvidence(doc.lower, 3));
    }
  });

  it('identifies a document as from its lower-cased text', () => {
    for (const text of [
      ...texts,
      texts.join(' ').repeat(6),
      texts.slice(4).join(' ').repeat(12),
      texts.join('\n').repeat(12),
    ]) {
      const doc = new Doc(text);
      expect(identify(text, {}, doc.languageWords)).toEqual(identify(text));
    }
  });
});

describe('short texts and asserted languages (src/stages/language.ts)', () => {
  it('a weak guess is und with W121, and the Indonesian stages still run', () => {
    const record = extract('lusa');
    expect(record.language.code).toBe('und');
    expect(record.warnings.map((w) => w.code)).toContain('W121');
    expect(record.sentences.map((s) => s.text)).toEqual(['lusa']);
  });
  it('a phrase below the measured confidence is not called English', () => {
    const record = extract('tanggal 12 Agt 2024', { dct: '2024-08-01' });
    expect(record.language.code).toBe('und');
    expect(record.timex.length).toBeGreaterThan(0);
  });
  it('meta.language asserts the language and skips identification', () => {
    const record = extract('Presiden Joko Widodo', { language: 'ind' });
    expect(record.language).toEqual({ code: 'ind', confidence: 1, candidates: [], rule: 'lid.asserted' });
    expect(record.warnings).toEqual([]);
    expect(record.entities.length).toBeGreaterThan(0);
  });
  it('a confident guess is kept (English stays English, Indonesian stays Indonesian)', () => {
    expect(
      extract(
        'The ministers agreed to strengthen cooperation in trade and investment, and they welcomed the progress made since the last meeting.',
      ).language.code,
    ).toBe('eng');
    expect(
      extract(
        'Kementerian Luar Negeri menggelar pertemuan dengan Petronas Chemicals Group Bhd. dan Sime Darby Plantation Sdn. Bhd. dari Malaysia di Jakarta pada hari ini.',
      ).language.code,
    ).toBe('ind');
  });
});
