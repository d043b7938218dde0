import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../index.js';
import { GoldFile } from '../schema/gold.js';
import { DocRecord } from '../schema/record.js';
import { scoreRecord, type DocScores } from '../eval/score.js';
import { formatScores } from '../eval/report.js';
import { EXIT, UsageError } from './errors.js';

export const evalHelp = `siaran eval <gold files or folders…> --records <dir> [--json]
  Scores records against hand-annotated gold files (*.gold.json) by the rules of docs/ANNOTATION.md and
  prints a table per layer. Timex values without a document date are scored on the same text
  extracted again with no DCT.`;

export async function evalCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { records: { type: 'string', short: 'r' }, json: { type: 'boolean', default: false } },
  });
  if (!values.records) throw new UsageError('eval needs --records <dir>');
  if (positionals.length === 0) throw new UsageError('eval needs gold files or folders');
  const goldFiles: string[] = [];
  for (const p of positionals) {
    if ((await stat(p)).isDirectory()) {
      for (const name of (await readdir(p)).sort()) if (name.endsWith('.gold.json')) goldFiles.push(path.join(p, name));
    } else goldFiles.push(p);
  }
  const scores: DocScores[] = [];
  let missing = 0;
  for (const file of goldFiles) {
    const gold = GoldFile.parse(JSON.parse(await readFile(file, 'utf8')));
    const id = gold.document.replace(/\.txt$/, '');
    const recordPath = path.join(values.records, `${id}.json`);
    let record: DocRecord;
    try {
      record = DocRecord.parse(JSON.parse(await readFile(recordPath, 'utf8')));
    } catch (err) {
      process.stderr.write(`siaran: ${file}: no usable record at ${recordPath} (${(err as Error).message.split('\n')[0]})\n`);
      missing++;
      continue;
    }
    const { dct: _dct, dctSource: _src, ...meta } = record.meta as Record<string, unknown>;
    const withoutDct = extract(record.text, { ...meta, id: record.id });
    scores.push(scoreRecord(record, gold, withoutDct));
  }
  process.stdout.write(values.json ? JSON.stringify(scores, null, 2) + '\n' : formatScores(scores));
  return missing > 0 ? EXIT.failed : EXIT.ok;
}
