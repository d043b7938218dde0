import type { EntityContext } from '../context.js';
import type { Mention } from '../mention.js';

/**
 * A step over the document's mentions after the candidates are found: it may retype, extend, merge
 * or drop mentions, and returns the list the next step reads. The order is listed in
 * src/stages/entities.ts (`REFINERS`).
 */
export interface Refiner {
  name: string;
  description: string;
  run(ctx: EntityContext, mentions: Mention[]): Mention[];
}
