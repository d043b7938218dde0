import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonSchemas } from '../schema/json-schema.js';
import { defineCommand, helpText, parseCommand } from './options.js';
import { EXIT } from './errors.js';

export const schemasSpec = defineCommand({
  usage: ['siaran schemas [--out schemas]'],
  about: 'Writes the JSON Schema of the record and of the manifest.',
  positionals: false,
  options: {
    out: { type: 'string', short: 'o', default: 'schemas', value: 'dir', description: 'folder to write them in' },
  },
});

export const schemasHelp = helpText(schemasSpec);

export async function schemasCommand(argv: string[]): Promise<number> {
  const { values } = parseCommand(schemasSpec, argv);
  await mkdir(values.out, { recursive: true });
  for (const [name, text] of Object.entries(jsonSchemas())) {
    await writeFile(path.join(values.out, name), text);
    process.stderr.write(`siaran: wrote ${path.join(values.out, name)}\n`);
  }
  return EXIT.ok;
}
