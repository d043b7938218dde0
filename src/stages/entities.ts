import type { Doc, Stage } from '../doc.js';
import { buildClusters } from './clusters.js';
import { findCandidates } from './entities/candidates.js';
import { EntityContext } from './entities/context.js';
import type { Mention, TitleSpan } from './entities/mention.js';
import { acronymDefinitions } from './entities/refiners/acronym-definitions.js';
import { byStart } from './entities/refiners/by-start.js';
import { commonNounAcronyms } from './entities/refiners/common-noun-acronyms.js';
import { coordination } from './entities/refiners/coordination.js';
import { harmonise } from './entities/refiners/harmonise.js';
import { legalForms } from './entities/refiners/legal-forms.js';
import { officeNouns } from './entities/refiners/office-nouns.js';
import { overlaps } from './entities/refiners/overlaps.js';
import { placeNames } from './entities/refiners/place-names.js';
import { quotedTitles } from './entities/refiners/quoted-titles.js';
import type { Refiner } from './entities/refiners/refiner.js';
import { plusGroups } from './entities/refiners/plus-groups.js';
import { repeatedPersons } from './entities/refiners/repeated-persons.js';
import { weakPersons } from './entities/refiners/weak-persons.js';
import { definedBlends } from './entities/refiners/defined-blends.js';
import { menuLines } from './entities/refiners/menu-lines.js';
import { webAddresses } from './entities/refiners/web-addresses.js';
import { entityTokens } from './entities/tokens.js';

export type { EntityTokens, Mention, TitleSpan, Tok } from './entities/mention.js';

/**
 * The entity stage in its parts (docs/stages/entities.md): the document's tokens as the rules read
 * them (entities/tokens.ts), candidate runs split by what is known of their words
 * (entities/candidates.ts), the unknown ones typed by the first typing rule that holds
 * (entities/typing.ts, a table), then these refiners in this order, then clusters (clusters.ts).
 */
export const REFINERS: readonly Refiner[] = [
  plusGroups, // `ASEAN+3` is another body than ASEAN
  coordination, // `di Ayr , Skotlandia`: a name coordinated with a place is a place
  legalForms, // `PT Pertamina (Persero)`
  officeNouns, // `Kantor Kemnaker`: the body, not its office
  acronymDefinitions, // `Long Name (ACR)`: the acronym takes the long name's type everywhere
  placeNames, // `PSMS Medan`: after the definitions, so that a defined acronym keeps its long name
  commonNounAcronyms, // `daftar pemilih tetap (DPT)`, untyped blends
  harmonise, // one type per unknown surface
  quotedTitles, // `sesi … bertajuk “…”`: the quoted title is one EVENT
  byStart, // text order, for the three below
  repeatedPersons, // a person's name where it recurs without a mention
  weakPersons, // a weak default person needs evidence in the document
  definedBlends, // `Pelatihan Dasar Kemiliteran (Latsarmil)`: a phrase's blend is no person
  menuLines, // a scraped website menu names no person
  webAddresses, // `https://…/Draft_RPM_OTK_…`: words of an address are no mentions
  overlaps, // the longer of two overlapping mentions
];

/** The mentions and role titles of a document whose `entityTokens` layer is set. */
export function findMentions(ctx: EntityContext): { mentions: Mention[]; titles: TitleSpan[] } {
  const found = findCandidates(ctx);
  let mentions = found.mentions;
  for (const refiner of REFINERS) mentions = refiner.run(ctx, mentions);
  return { mentions, titles: found.titles };
}

/** Entities and their clusters (src/stages/clusters.ts), Indonesian documents only. */
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['sentences'],
  assigns: ['entityTokens', 'titles', 'entities', 'clusters'],
  indonesianOnly: true,
  run(doc: Doc) {
    const tokens = entityTokens(doc);
    const { mentions, titles } = findMentions(new EntityContext(tokens));
    doc.entityTokens = tokens;
    doc.titles = titles;
    const { entities, clusters } = buildClusters(doc, mentions);
    doc.entities = entities;
    doc.clusters = clusters;
  },
};
