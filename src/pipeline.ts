import type { Doc, Layer, Stage } from './doc.js';
import { languageStage } from './stages/language.js';
import { dctStage } from './stages/dct.js';
import { datelineStage } from './stages/dateline.js';
import { sentencesStage } from './stages/sentences.js';
import { sentenceLanguageStage } from './stages/sentence-language.js';
import { entitiesStage } from './stages/entities.js';
import { rolesStage } from './stages/roles.js';
import { timexStage } from './stages/timex.js';
import { quotesStage } from './stages/quotes.js';
import { commitmentsStage } from './stages/commitments.js';

/**
 * The ordered stages. Reading this list tells what siaran does to a document; each stage adds the
 * layers it `assigns` and reads only layers assigned before it (checked below, at load).
 */
export const STAGES: readonly Stage[] = [
  languageStage, // document language; non-Indonesian documents stop here
  dctStage, // document date from the caller
  datelineStage, // place (and date) before the first dash; DCT fallback
  sentencesStage, // sentences with exact offsets
  sentenceLanguageStage, // a language per sentence, the document's as prior
  entitiesStage, // entity mentions and their clusters
  rolesStage, // titles with holder and organisation
  timexStage, // dates and times, resolved against the DCT
  quotesStage, // direct speech with cue and speaker
  commitmentsStage, // who agreed, pledged, proposed, offered, supported, urged or signed what
];

/** Throws at load when a stage requires a layer that no earlier stage assigns. */
export function checkStages(stages: readonly Stage[]): void {
  const made = new Set<Layer>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!made.has(need))
        throw new Error(`[E001] stage "${stage.name}" requires "${need}", which no earlier stage assigns`);
    }
    for (const layer of stage.assigns) made.add(layer);
  }
}
checkStages(STAGES);

/**
 * Milliseconds spent per stage name, summed over the documents a process ran (for `npm run bench`).
 * The shared tokens are made by whichever stage first reads them; their time is reported as `tokens`.
 */
export const stageTimes = new Map<string, number>();

/**
 * Runs every stage on the document. Stages marked `indonesianOnly` skip documents in other languages;
 * an undecided one (`und`: too short or too weak to tell) still gets them, as a pipeline for
 * Indonesian releases should not discard an Indonesian phrase.
 */
export function runPipeline(doc: Doc, stages: readonly Stage[] = STAGES, timed = false): Doc {
  for (const stage of stages) {
    if (stage.indonesianOnly && doc.language && doc.language.code !== 'ind' && doc.language.code !== 'und') continue;
    if (timed) {
      const t0 = performance.now();
      const tokenMs = doc.tokenMs;
      stage.run(doc);
      const tokens = doc.tokenMs - tokenMs;
      stageTimes.set(stage.name, (stageTimes.get(stage.name) ?? 0) + performance.now() - t0 - tokens);
      if (tokens > 0) stageTimes.set('tokens', (stageTimes.get('tokens') ?? 0) + tokens);
    } else stage.run(doc);
  }
  return doc;
}
