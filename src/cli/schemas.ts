import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { jsonSchemas } from '../schema/json-schema.js';
import { EXIT } from './errors.js';

export const schemasHelp = `siaran schemas [--out schemas]   write the JSON Schema of the record and the manifest`;

export async function schemasCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string', short: 'o', default: 'schemas' } } });
  await mkdir(values.out, { recursive: true });
  for (const [name, text] of Object.entries(jsonSchemas())) {
    await writeFile(path.join(values.out, name), text);
    process.stderr.write(`siaran: wrote ${path.join(values.out, name)}\n`);
  }
  return EXIT.ok;
}
