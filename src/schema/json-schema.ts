import { z } from 'zod';
import { Manifest } from './manifest.js';
import { DocRecord } from './record.js';

/** The JSON Schema files checked in under `schemas/`, generated from the zod schemas. */
export function jsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, id: string, title: string): string =>
    JSON.stringify({ $id: id, title, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) }, null, 2) + '\n';
  return {
    'record.schema.json': render(DocRecord, 'https://siaran.dev/schemas/record.schema.json', 'siaran record'),
    'manifest.schema.json': render(Manifest, 'https://siaran.dev/schemas/manifest.schema.json', 'siaran manifest'),
  };
}
