import type { Stage } from '../doc.js';
import { identify } from '../lang/lid.js';

export { identify } from '../lang/lid.js';

/**
 * Below this confidence a guess is not trusted: the language is `und` (with W121) and the Indonesian
 * stages still run. Measured on the LID dev sentences (ind/zlm/eng): guesses under 0.6 are right
 * 42–80 % of the time by band, those from 0.6 up 92.5–99.5 % (docs/EVALUATION.md).
 */
export const UNCERTAIN_BELOW = 0.6;

/** A language code as a caller may assert it (`meta.language`, `--lang`): ISO 639-3. */
export const LANGUAGE_CODE = /^[a-z]{3}$/;

/**
 * Document language: asserted by the caller (`meta.language`, the CLI's `--lang`), else Indonesian /
 * Malay / English by markers and franc (src/lang/lid.ts), `und` when the guess is too weak.
 */
export const languageStage: Stage = {
  name: 'language',
  requires: [],
  assigns: ['language'],
  indonesianOnly: false,
  run(doc) {
    const asserted = doc.meta.language;
    if (typeof asserted === 'string' && LANGUAGE_CODE.test(asserted)) {
      doc.language = { code: asserted, confidence: 1, candidates: [], rule: 'lid.asserted' };
      return;
    }
    const guess = identify(doc.text, {}, doc.languageWords);
    if (guess.code !== 'und' && guess.confidence < UNCERTAIN_BELOW) {
      doc.warn(
        'W121',
        `language uncertain: best guess ${guess.code} at confidence ${guess.confidence.toFixed(2)} (below ${UNCERTAIN_BELOW}); treated as und, Indonesian stages run`,
      );
      doc.language = { ...guess, code: 'und', rule: `${guess.rule ?? 'lid'}+uncertain` };
      return;
    }
    doc.language = guess;
  },
};
