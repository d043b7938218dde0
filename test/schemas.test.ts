import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/schema/json-schema.js';
import { PACKAGE_VERSION, PIPELINE_VERSION, RECORD_MAKERS_HASH } from '../src/version.js';

describe('checked-in JSON Schemas', () => {
  for (const [name, text] of Object.entries(jsonSchemas())) {
    it(`schemas/${name} is in sync with the zod schema (run npm run schemas)`, () => {
      expect(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8')).toBe(text);
    });
  }

  it("pipeline version is package.json's version plus the hash of what makes a record", () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(PACKAGE_VERSION).toBe(pkg.version);
    expect(RECORD_MAKERS_HASH).toMatch(/^[0-9a-f]{64}$/);
    expect(PIPELINE_VERSION).toBe(`${pkg.version}+${RECORD_MAKERS_HASH.slice(0, 12)}`);
  });
});
