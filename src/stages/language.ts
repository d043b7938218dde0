import type { Stage } from '../doc.js';
import { identify } from '../lang/lid.js';

export { identify } from '../lang/lid.js';

/** Document language: Indonesian / Malay / English by markers and franc (src/lang/lid.ts). */
export const languageStage: Stage = {
  name: 'language',
  requires: [],
  assigns: ['language'],
  indonesianOnly: false,
  run(doc) {
    doc.language = identify(doc.text, {}, doc.languageWords);
  },
};
