import type { Stage } from '../doc.js';
import { IND_PRIOR, type Evidence } from '../lang/lid.js';

/**
 * Per-sentence language inside a document whose language is known. Sentences are short, so the
 * document language is the prior: a sentence is marked differently only on strong evidence (an English
 * quote; a sentence with clear Malay forms and no Indonesian ones), never on one weak word.
 */
export function sentenceLanguage(ev: Evidence, docCode: string): string {
  if (ev.letters < 3 || ev.words === 0) return docCode;
  // English: at least three English function words, and clearly more than Malay-family words.
  if (ev.eng >= 3 && ev.eng >= 2 * ev.fam + 1) return 'eng';
  if (docCode === 'eng') {
    if (ev.fam >= 3 && ev.fam >= 2 * ev.eng + 1) return ev.ind - ev.zlm + IND_PRIOR >= 0 ? 'ind' : 'zlm';
    return 'eng';
  }
  if (docCode === 'ind' && ev.zlm - ev.ind >= STRONG && ev.ind === 0) return 'zlm';
  if (docCode === 'zlm' && ev.ind - ev.zlm >= STRONG && ev.zlm === 0) return 'ind';
  return docCode;
}

/** Marker weight (log-odds units) a sentence needs against its document's standard to be marked otherwise. */
const STRONG = 4;

export const sentenceLanguageStage: Stage = {
  name: 'sentence-language',
  requires: ['language', 'sentences'],
  // Rewrites the sentences with their language, so it assigns the layer it requires.
  assigns: ['sentences'],
  indonesianOnly: true,
  run(doc) {
    const docCode = doc.language?.code ?? 'und';
    // New objects with the keys in the schema's order (start, end, text, language, rule), so the
    // record needs no reordering copy when it is validated (src/index.ts).
    const words = doc.languageWords;
    doc.sentences = doc.sentences.map(({ start, end, text, rule }) => {
      const language = sentenceLanguage(words.evidence(start, end, false), docCode);
      return rule === undefined ? { start, end, text, language } : { start, end, text, language, rule };
    });
  },
};
