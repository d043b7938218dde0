import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { extract } from '../index.js';
import { GoldFile } from '../schema/gold.js';
import { DocRecord } from '../schema/record.js';
import { scoreRecord, type DocScores } from '../eval/score.js';
import { formatByDocument, formatErrors, formatScores } from '../eval/report.js';
import { openRecords } from '../batch/records.js';
import { defineCommand, helpText, parseCommand } from './options.js';
import { EXIT, InputError, UsageError } from './errors.js';

export const evalSpec = defineCommand({
  usage: ['siaran eval <gold files or folders…> --records <dir> [--by-document] [--errors] [--json]'],
  about:
    'Scores records against hand-annotated gold files (*.gold.json) by the rules of docs/ANNOTATION.md and ' +
    'prints a table per layer. Timex values without a document date are scored on the same text extracted ' +
    'again with no DCT.',
  positionals: true,
  options: {
    records: {
      type: 'string',
      short: 'r',
      value: 'dir',
      description: 'the records to score: an extract output folder or a .jsonl / .json file (required)',
    },
    json: { type: 'boolean', default: false, description: 'the scores as JSON on stdout instead of tables' },
    'by-document': {
      type: 'boolean',
      default: false,
      description: 'also a row per document (entities, role holders, commitments, actors, quotes)',
    },
    errors: { type: 'boolean', default: false, description: 'also every miss, false hit and wrong link, one per line' },
  },
});

export const evalHelp = helpText(evalSpec);

export async function evalCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(evalSpec, argv);
  if (!values.records) throw new UsageError('eval needs --records <dir>');
  if (positionals.length === 0) throw new UsageError('eval needs gold files or folders');
  const goldFiles: string[] = [];
  for (const p of positionals) {
    const info = await stat(p).catch(() => null);
    if (info === null) throw new InputError(`${p}: no such gold file or folder`);
    if (info.isDirectory()) {
      const found = (await readdir(p)).filter((name) => name.endsWith('.gold.json')).sort();
      if (found.length === 0) process.stderr.write(`siaran: ${p}: no *.gold.json files in this folder\n`);
      for (const name of found) goldFiles.push(path.join(p, name));
    } else goldFiles.push(p);
  }
  if (goldFiles.length === 0) {
    process.stderr.write('siaran: eval: no gold files, nothing to score\n');
    return EXIT.ok;
  }
  if (!(await stat(values.records).catch(() => null)))
    throw new InputError(`${values.records}: no such records folder or file`);
  // Any layout extract writes (records.jsonl, records/<id>.json) or a folder of record files.
  const records = await openRecords(values.records);
  const byId = new Map<string, DocRecord>();
  for await (const r of records.records) byId.set(r.id, r);
  for (const p of records.problems) process.stderr.write(`siaran: ${p.where}: ${p.message}\n`);
  const scores: DocScores[] = [];
  let missing = 0;
  for (const file of goldFiles) {
    let gold: GoldFile;
    try {
      gold = GoldFile.parse(JSON.parse(await readFile(file, 'utf8')));
    } catch (err) {
      process.stderr.write(`siaran: ${file}: not a gold file (${(err as Error).message.split('\n')[0]})\n`);
      missing++;
      continue;
    }
    const id = gold.document.replace(/\.txt$/, '');
    const record = byId.get(id);
    if (!record) {
      process.stderr.write(`siaran: ${file}: no record with id "${id}" in ${records.origin}\n`);
      missing++;
      continue;
    }
    const { dct: _dct, dctSource: _src, ...meta } = record.meta as Record<string, unknown>;
    const withoutDct = extract(record.text, { ...meta, id: record.id });
    scores.push(scoreRecord(record, gold, withoutDct));
  }
  if (values.json) process.stdout.write(JSON.stringify(scores, null, 2) + '\n');
  else {
    process.stdout.write(formatScores(scores));
    if (values['by-document']) process.stdout.write('\n' + formatByDocument(scores));
    if (values.errors) process.stdout.write('\n' + formatErrors(scores));
  }
  return missing > 0 ? EXIT.failed : EXIT.ok;
}
