import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/schema/json-schema.js';
import { PIPELINE_VERSION } from '../src/version.js';

describe('checked-in JSON Schemas', () => {
  for (const [name, text] of Object.entries(jsonSchemas())) {
    it(`schemas/${name} is in sync with the zod schema (run npm run schemas)`, () => {
      expect(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8')).toBe(text);
    });
  }

  it('pipeline version follows package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(PIPELINE_VERSION).toBe(pkg.version);
  });
});
